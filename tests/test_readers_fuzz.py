"""Property tests for northeast_text.readers (hypothesis).

(a) any text gives a Document or an InputError, nothing else;
(b) for text without markdown, blocks are check_gold's split, or lines of its
    blocks (a block written one paragraph per line is cut into its lines);
(c) mark offsets lie inside the block text, and every block text is trimmed.
The quick versions run always; the 10,000-example versions are marked slow.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from northeast_text.errors import InputError
from northeast_text.model import ROLES, Document
from northeast_text.readers import decode_bytes, parse_document

from test_readers import gold_split

# Alphabet: markdown syntax, whitespace (incl. exotic), CJK, controls, surrogates.
_PIECES = st.sampled_from([
    "*", "**", "_", "`", "[", "]", "(", ")", "\\", "#", "> ", "- ", "1. ", "1\\. ",
    "<b>", "&amp;", "---", "\n", "\n\n", "\r\n", "\r", "  \n", " ", "\t", "\u3000",
    "\u00a0", "\u2028", "\x85", "word", "Notes", "一", "中文", "，", "。", "“", "”",
    "[1]", "](http://x.y)", "![a](b)", "\x00", "\x07", "\ufeff", "\ufffe", "\ud800",
    "title: x\n", ": [", "é",
])
ANY_TEXT = st.one_of(
    st.text(),
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join),
)

# Text with no markdown or front matter: letters, CJK, spaces, newlines.
PLAIN_TEXT = st.lists(
    st.sampled_from(["a", "b", "Word", "中", "文", "。", " ", "\t", "\u3000", "\n", "\n", "\n \n", "\r\n", "1"]),
    max_size=60,
).map("".join)


def _check_any(text: str) -> None:
    try:
        doc = parse_document(text, None, path="fuzz.md")
    except InputError as e:
        msg = str(e)
        assert msg.startswith("fuzz.md") and "\n" not in msg
        return
    assert isinstance(doc, Document)
    assert doc.blocks, "a Document always has blocks"
    for n, b in enumerate(doc.blocks):
        assert b.n == n and b.id == f"{doc.lang}-b{n}" and b.role in ROLES
        assert b.raw.strip() and b.line >= 1
        assert b.text == b.text.strip()
        for m in b.marks:
            assert 0 <= m.start < m.end <= len(b.text), (m, b.text)
    lines = [b.line for b in doc.blocks]
    assert lines == sorted(set(lines))


def _check_plain(text: str) -> None:
    try:
        doc = parse_document(text, "en", path="p.md")
    except InputError as e:
        assert not text.strip() and "p.md" in str(e)
        return
    raws = [b.raw for b in doc.blocks]
    assert _regrouped(raws, gold_split(text)), (raws, gold_split(text))
    for b in doc.blocks:
        assert b.marks == ()
        # the plain text holds every non-space character of the block, in order
        assert re.sub(r"\s", "", b.text) == re.sub(r"\s", "", b.raw)


def _regrouped(raws: list[str], gold: list[str]) -> bool:
    """True when ``raws`` are the ``gold`` blocks, each one whole or cut at line ends."""
    run: list[str] = []
    expected = iter(gold)
    want = next(expected, None)
    for raw in raws:
        run.append(raw)
        if "\n".join(run) == want:
            run, want = [], next(expected, None)
    return not run and want is None


def _check_marks(text: str, fmt: str) -> None:
    try:
        doc = parse_document(text, "en", format=fmt)
    except InputError:
        return
    for b in doc.blocks:
        for m in b.marks:
            assert 0 <= m.start < m.end <= len(b.text)
            assert m.kind in ("emphasis", "strong", "link", "code")
            assert (m.target is not None) == (m.kind == "link")


# ------------------------------------------------------------------- quick


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_document_or_input_error(text):
    _check_any(text)


@settings(max_examples=300, deadline=None)
@given(PLAIN_TEXT)
def test_plain_text_blocks_match_gold_split(text):
    _check_plain(text)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.sampled_from(["markdown", "text"]))
def test_mark_offsets_inside_text(text, fmt):
    _check_marks(text, fmt)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_input_error(data):
    try:
        text, enc = decode_bytes(data, "b.md")
    except InputError as e:
        assert str(e).startswith("b.md")
        return
    assert isinstance(text, str) and enc
    _check_any(text)


# ------------------------------------------------------------------- slow


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_document_or_input_error_slow(text):
    _check_any(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(PLAIN_TEXT)
def test_plain_text_blocks_match_gold_split_slow(text):
    _check_plain(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(ANY_TEXT, st.sampled_from(["markdown", "text"]))
def test_mark_offsets_inside_text_slow(text, fmt):
    _check_marks(text, fmt)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_input_error_slow(data):
    try:
        text, _enc = decode_bytes(data, "b.md")
    except InputError:
        return
    _check_any(text)


# Text whose only markdown is backslash escapes / hard breaks: the regex fast path
# of plain_text must give exactly what markdown-it gives.
ESCAPE_TEXT = st.lists(
    st.sampled_from(["a", "中", " ", "\n", "  \n", "\\.", "\\[", "\\]", "\\\\", "\\*", "\\_", "\\#",
                     "\\a", "\\中", "1", ".", "]", "\\`", "\\<", "\\&", "\\!"]),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ESCAPE_TEXT)
def test_escape_fast_path_matches_markdown_it(text):
    from northeast_text.readers import _markdown_plain, plain_text

    assert plain_text(text) == _markdown_plain(text)


# One line with none of the characters that can start markdown: anything else goes.
PLAIN_LINE = st.text(st.characters(blacklist_characters="\n\\`*_[]<&!#>", blacklist_categories=("Cs",)),
                     min_size=1)


@settings(max_examples=500, deadline=None)
@given(PLAIN_LINE, st.sampled_from(["markdown", "text"]))
def test_plain_line_fast_path_reads_as_the_full_path(line, format):
    """A one-line block without markdown characters skips the parser: what it reads must
    be what block syntax removal, the inline parser and line joining would give."""
    from northeast_text.readers import _parse_block, _strip_block_syntax, plain_text, too_nested

    source = _strip_block_syntax(line, format)
    text, marks = plain_text(source.src, format)
    full = (text, marks, "\n" not in source.src.strip(), bool(source.atx or source.setext),
            format == "markdown" and too_nested(source.src))
    assert tuple(_parse_block(line, format)) == full

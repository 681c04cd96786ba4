"""Read a file into a :class:`~northeast_text.model.Document` of blocks.

Three steps, each a pure function:

* :func:`decode_bytes` turns bytes into text (UTF-8 with or without BOM,
  UTF-16/32 with BOM, GB18030 for Chinese, else charset-normalizer);
* :func:`parse_document` normalises line endings (CRLF, CR, U+2028, U+2029,
  NEL), rejects characters XML
  cannot hold, reads the YAML front matter, splits the blocks exactly as
  ``GOLD_FORMAT.md`` defines them (maximal runs of lines that are not blank
  after ``str.strip()``), turns each block's inline markdown into plain text
  plus :class:`~northeast_text.model.Mark` spans, and gives each block a role;
* :func:`read_document` does the I/O (a path or ``"-"`` for stdin).

Every problem with the input raises :class:`~northeast_text.errors.InputError`
naming the file (and the line where there is one).

Markdown is only ever parsed *inline*, one block at a time: the block split
above is authoritative, so markdown never merges or splits blocks, and a line
such as ``1. Since 2003`` keeps its ``1.`` as text instead of becoming list
syntax.  ATX/setext heading markers and blockquote ``>`` markers are the only
block-level syntax removed.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .model import Block, Document, Mark
from .resources_io import read_text
from .script import detect_script

__all__ = [
    "read_document", "parse_document", "decode_bytes", "detect_language",
    "split_blocks", "plain_text", "is_cjk_letter",
]

FORMATS = ("markdown", "text")
TEXT_SUFFIXES = (".txt", ".text")
#: What each input format is, for messages ("which formats are supported"):
#: a reader for a new format adds its line here.
FORMAT_DESCRIPTIONS = {
    "markdown": "markdown (.md, with optional YAML front matter)",
    "text": "plain text (.txt)",
    "html": "HTML (.html, or <p> paragraphs in any file)",
    "docx": "Word (.docx)",
    "bilingual": "one bilingual file checked alone: XLIFF 1.2/2.x (.xlf), TMX (.tmx), a two-column .docx review table",
}

# --------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------

# CJK letters: Han ideographs (with extensions and compatibility forms), kana,
# hangul, bopomofo.  Used for language detection and for line joining.
_CJK_LETTER_CLASS = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"  # 々 〇 Hangzhou numerals
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff"  # kana, bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af\u1100-\u11ff"  # hangul
    "\U00020000-\U0003134f"  # Han extensions B-G
)
# CJK punctuation and full-width forms (full-width comma, brackets, digits ...).
_CJK_PUNCT_CLASS = "\u3000-\u3004\u3008-\u3020\u3030\u303d-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef"
# Punctuation that sits between CJK characters without spaces, but is also
# used in Latin text (curly quotes, dashes, ellipsis, middle dot).
_SHARED_PUNCT_CLASS = "\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2027"

_CJK_LETTER = re.compile(f"[{_CJK_LETTER_CLASS}]")
_CJK_ANY = re.compile(f"[{_CJK_LETTER_CLASS}{_CJK_PUNCT_CLASS}]")
_CJK_OR_SHARED = re.compile(f"[{_CJK_LETTER_CLASS}{_CJK_PUNCT_CLASS}{_SHARED_PUNCT_CLASS}]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Characters XML 1.0 cannot hold: C0 controls other than tab/LF/CR, U+FFFE,
# U+FFFF and lone surrogates (only reachable from a str, never from decoding).
# A form feed (a page break from a PDF or a word processor) is a block break;
# the others are dropped with a warning.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FORM_FEED = re.compile("\n?\f")
#: At most this many dropped characters are listed one by one.
MAX_LISTED = 10

# A block: maximal run of lines that are not blank (``str.strip()`` semantics:
# ``re``'s ``\s`` and ``str.isspace`` agree).  Anchored at line starts and with
# possessive whitespace runs, so scanning is linear even for a megabyte line.
_BLOCK = re.compile(r"^[^\S\n]*+\S[^\n]*+(?:\n[^\S\n]*+\S[^\n]*+)*+", re.MULTILINE)

_NEWLINES = re.compile(r"\r\n?")
# Unicode's own line and paragraph separators (Word and some web exports write
# them) and NEL: a line break, a block break, a line break.
_UNICODE_BREAKS = re.compile("[\u2028\u2029\x85]")
_UNICODE_BREAK_MAP = {0x2028: "\n", 0x2029: "\n\n", 0x85: "\n"}
# Inline markdown only matters when one of these characters is present.
_MD_SPECIAL = re.compile(r"[\\`*_\[<&!]")
_ATX = re.compile(r"\A {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*\Z")
_SETEXT = re.compile(r"\A {0,3}(?:=+|-+)[ \t]*\Z")
_QUOTE_MARK = re.compile(r"^(?: {0,3}>[ \t]?)++", re.MULTILINE)  # every level of "> > >"
_LINE_SPLIT = re.compile(r"[ \t]*\n[ \t]*")
# CommonMark backslash escapes: a backslash before ASCII punctuation.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def is_cjk_letter(ch: str) -> bool:
    """True for a Han, kana, hangul or bopomofo character."""
    return ch >= "\u1100" and bool(_CJK_LETTER.match(ch))  # hangul jamo (U+1100) come first


# The end of a line that stops inside a figure of Chinese text ("面积为2." before "58").
_ZH_FIGURE_END = re.compile(f"(?:\\A|[{_CJK_LETTER_CLASS}{_CJK_PUNCT_CLASS}])[0-9][0-9.,]*\\Z")


#: How many characters before a line break :func:`_joins_without_space` looks at.
_TAIL = 32


def _joins_without_space(tail: str, right: str) -> bool:
    """Two lines join with no space when both ends are CJK (letters or punctuation),
    or one is CJK and the other a digit, or a Chinese line was cut inside a figure
    (Chinese hard-wrapped before, after or inside a figure), or the line ends
    in a hyphen after a letter or digit (the hyphen is kept).  ``tail``: the end of
    the text before the break (its last few characters)."""
    left = tail[-1:]
    if not left or not right:
        return True
    if (left == "%" or left.isdigit()) and _CJK_ANY.match(right) or right.isdigit() and _CJK_ANY.match(left):
        return True
    if right in "0123456789.,%" and _ZH_FIGURE_END.search(tail):
        return True
    if left == "-" and right.isalnum() and tail[-2:-1].isalnum():
        return True  # a hard-wrapped compound or range: "high-" + "standard", "12-" + "15"
    if not (_CJK_OR_SHARED.match(left) and _CJK_OR_SHARED.match(right)):
        return False
    return bool(_CJK_ANY.match(left) or _CJK_ANY.match(right))


# --------------------------------------------------------------------------
# Language detection
# --------------------------------------------------------------------------

_DETECT_SAMPLE = 200_000


def detect_language(text: str) -> str:
    """``"zh"`` when CJK letters dominate, else ``"en"``.

    One CJK character carries roughly as much as four Latin letters, so the
    text is Chinese when ``4 * cjk >= latin``.  Only the first 200,000
    characters are looked at, which keeps this cheap on huge files.
    """
    sample = text[:_DETECT_SAMPLE]
    cjk = len(_CJK_LETTER.findall(sample))
    if cjk == 0:
        return "en"
    latin = len(_LATIN_LETTER.findall(sample))
    return "zh" if 4 * cjk >= latin else "en"


def _norm_lang(lang: str | None, where: str | None) -> str | None:
    if lang is None:
        return None
    low = lang.strip().lower().replace("_", "-")
    base = low.split("-", 1)[0]
    if base in ("zh", "en"):
        return base
    raise InputError(f"unsupported language {lang!r} (expected zh or en)", where)


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)


#: Documents recognised by their first bytes that no reader reads, and what to do.
_OTHER_DOCUMENTS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file: copy its text into a .txt file or export it as .docx"),
    (b"{\\rtf", "an RTF document: save it as .docx or as plain text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc): save it as .docx"),
)


def _display(path: object) -> str | None:
    if path is None:
        return None
    return "<stdin>" if str(path) == "-" else str(path)


def _looks_cjk(text: str) -> bool:
    """True when ``text`` holds CJK letters and its non-ASCII is mostly CJK."""
    sample = text[:_DETECT_SAMPLE]
    cjk = len(_CJK_LETTER.findall(sample)) + len(re.findall(f"[{_CJK_PUNCT_CLASS}{_SHARED_PUNCT_CLASS}]", sample))
    if cjk == 0:
        return False
    non_ascii = len(re.findall(r"[^\x00-\x7f]", sample))
    return cjk >= 0.8 * non_ascii


def decode_bytes(data: bytes, path: object = None) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding name)``.

    Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
    else strict UTF-8; else GB18030 when it decodes and yields Chinese (not
    CJK letters glued inside Latin words); else Windows-1252 when the text
    reads as Western (:func:`_western`); else charset-normalizer's best guess.  NUL bytes outside UTF-16/32 mean a
    binary file.  The BOM is removed; line endings are left as they are.
    """
    where = _display(path)
    if not data:
        raise InputError("empty file", where)
    for magic, what in _OTHER_DOCUMENTS:
        if data.startswith(magic):
            raise InputError(f"{what}; supported formats: {supported_formats()}", where)
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            body = data if codec == "utf-8-sig" else data[len(bom):]
            try:
                return body.decode(codec), name
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"not valid {name.upper()} despite its byte-order mark "
                    f"(bad bytes at offset {exc.start + (0 if codec == 'utf-8-sig' else len(bom))})",
                    where,
                ) from None
    if b"\x00" in data:
        hint = ""
        head = data[:4096]
        if head.count(b"\x00") * 3 >= len(head):
            hint = "; UTF-16 needs a byte-order mark"
        raise InputError(f"binary file (contains NUL bytes){hint}; supported formats: {supported_formats()}",
                         where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    _refuse_almost_utf8(data, where)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_cjk(text) and not _latin_mojibake(text):
        return text, "gb18030"
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # lazy: only for odd files

    best = from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    bad = utf8_error.start
    raise InputError(
        f"cannot decode: not UTF-8 (bad byte 0x{data[bad]:02X} at offset {bad}), "
        "nor UTF-16 with a byte-order mark, nor GB18030 text (binary file?)",
        where,
        data.count(b"\n", 0, bad) + 1,
    )


_GLUED_CJK = re.compile(f"(?<=[A-Za-z])[{_CJK_LETTER_CLASS}]|[{_CJK_LETTER_CLASS}](?=[A-Za-z])")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")


def _latin_mojibake(text: str) -> bool:
    """True when most CJK letters of a GB18030 reading sit inside Latin words
    ("na飗e"): a Western file's accented letters read as Chinese."""
    sample = text[:_DETECT_SAMPLE]
    cjk = len(_CJK_LETTER.findall(sample))
    return 2 * len(_GLUED_CJK.findall(sample)) > cjk


def _western(data: bytes) -> str | None:
    """``data`` read as Windows-1252 when it looks like Western text: mostly ASCII,
    its other characters alone or in pairs (accented letters, curly quotes,
    dashes), not in the runs a CJK file read as Windows-1252 gives ("Ë®µ¾")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:_DETECT_SAMPLE]
    non_ascii = len(_VALID_NON_ASCII.findall(sample))
    in_runs = sum(len(m.group(0)) for m in _NON_ASCII_RUN.finditer(sample))
    return text if 5 * non_ascii <= len(sample) and 20 * in_runs <= non_ascii else None


def supported_formats() -> str:
    """The input formats, for messages: "markdown (.md …), plain text (.txt)"."""
    return ", ".join(FORMAT_DESCRIPTIONS.values()) + "; in UTF-8, UTF-16 or GB18030"


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, after "surrogateescape"
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _refuse_almost_utf8(data: bytes, where: str | None) -> None:
    """Refuse a file that is UTF-8 but for a few bad bytes, naming the first.

    "Almost UTF-8": it holds valid multi-byte UTF-8 characters, at least as
    many as bad bytes (a GB18030 or Big5 file holds four bad bytes for each
    accidental valid one).  Guessing a legacy code page for such a file turns
    every curly quote into mojibake, on either side of the pair.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(text))
    if not bad or len(_VALID_NON_ASCII.findall(text)) < bad:
        return
    first = _ESCAPED_BYTE.search(text).start()  # type: ignore[union-attr]
    line_start = text.rfind("\n", 0, first) + 1
    more = f" ({bad} bad bytes in all)" if bad > 1 else ""
    raise InputError(
        f"not valid UTF-8: bad byte 0x{ord(text[first]) - 0xDC00:02X} at column {first - line_start + 1}"
        f"{more}; the rest of the file is UTF-8: re-save it as UTF-8",
        where,
        text.count("\n", 0, first) + 1,
    )


# --------------------------------------------------------------------------
# Role resources
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _RoleRules:
    notes_headings: frozenset[str]
    section_words: frozenset[str]
    section_prefixes: tuple[str, ...]
    section_number_words: frozenset[str]
    final_punct: re.Pattern[str]
    sentence_end: re.Pattern[str]
    structured_line: re.Pattern[str]
    kept_whole: re.Pattern[str]
    two_sentences: re.Pattern[str]
    list_item: re.Pattern[str]
    numbered: re.Pattern[str]
    note_entry: re.Pattern[str]
    section: re.Pattern[str]  # a section number: "Part Two", "III.", "第三章", "（二）"


@lru_cache(maxsize=1)
def _rules() -> _RoleRules:
    data = tomllib.loads(read_text("readers", "roles.toml"))
    pats = data["patterns"]
    sw = data["section_words"]
    zh_num = pats["zh_numeral"]
    numbers = [w.lower() for w in sw["en_numbers"]]
    prefixes = [p.lower() for p in sw["en_prefixes"]]
    roman = r"[ivxlcdm]{1,7}"
    word_alt = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    prefix_alt = "|".join(re.escape(p) for p in prefixes)
    en_section = (
        rf"(?i:^(?:(?:{prefix_alt})\s+(?:\d{{1,3}}|{roman}|{word_alt})\b.{{0,60}}"
        rf"|(?:{word_alt})|{roman}\.?|\d{{1,3}}(?:\.\d{{1,2}})*\.?|[a-z]\.|§\s*\d{{1,3}})$)"
    )
    zh_section = (
        rf"^(?:{zh_num}|[（(](?:{zh_num}|\d{{1,3}})[)）]|第(?:{zh_num}|\d{{1,4}})[章节節部篇回卷编編讲講课課幕]"
        rf"(?:\s*\S.{{0,30}})?|[上中下][篇编編卷部])$"
    )
    return _RoleRules(
        notes_headings=frozenset(w.casefold() for w in data["notes_headings"]["en"] + data["notes_headings"]["zh"]),
        section_words=frozenset(w.casefold() for w in sw["en_words"] + sw["zh_words"]),
        section_prefixes=tuple(prefixes),
        section_number_words=frozenset(numbers),
        final_punct=re.compile(rf"(?:{pats['final_punct']}){pats['closers']}*$"),
        sentence_end=re.compile(
            rf"(?:{pats['sentence_end']}){pats['closers']}*(?:\s*[(（][^()（）]{{1,40}}[)）])?[*_]*$"),
        structured_line=re.compile(pats["structured_line"], re.MULTILINE),
        kept_whole=re.compile(pats["kept_whole"], re.MULTILINE),
        two_sentences=re.compile(
            rf"[。！？；]{pats['closers']}*+\s*+\S|[.!?]{pats['closers']}*+\s++[\"'“‘(]?[A-Z0-9]"),
        list_item=re.compile(pats["list_item"]),
        numbered=re.compile(pats["numbered"]),
        note_entry=re.compile(pats["note_entry"]),
        section=re.compile(f"{zh_section}|{en_section}"),
    )


# --------------------------------------------------------------------------
# Front matter
# --------------------------------------------------------------------------


def _meta_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_meta_value(v) for v in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


#: Front matter longer than this (characters) is refused: metadata is a few lines.
MAX_FRONT_MATTER = 65_536


@lru_cache(maxsize=1)
def _front_matter_loader():
    """PyYAML's SafeLoader, minus what hostile front matter abuses.

    Dates and timestamps stay strings (``date: 2024-02-30`` is text, not a
    crash in the date resolver), and aliases (``*name``) are refused: a few
    kilobytes of nested aliases expand to gigabytes ("billion laughs").
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"aliases (*{event.anchor}) are not allowed in front matter", event.start_mark)
            return super().compose_node(parent, index)

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return FrontMatterLoader


def _front_matter(text: str, where: str | None) -> tuple[dict[str, str], int, int]:
    """Return (meta, offset of the body, number of lines before the body)."""
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.strip() != "---":
        return {}, 0, 0
    m = re.compile(r"^[^\S\n]*---[^\S\n]*$", re.MULTILINE).search(text, first_end + 1) if first_end >= 0 else None
    if m is None:
        raise InputError("front matter opened with '---' is never closed (expected a closing '---' line)", where, 1)
    yaml_src = text[first_end + 1 : m.start()]
    if len(yaml_src) > MAX_FRONT_MATTER:
        raise InputError(f"front matter is {len(yaml_src):,} characters long; at most {MAX_FRONT_MATTER:,} "
                         "are read (is the closing '---' missing?)", where, 1)
    import yaml  # lazy

    try:
        data = yaml.load(yaml_src, Loader=_front_matter_loader()) if yaml_src.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML in front matter: {problem}", where, line) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # an explicit !!tag with a bad value
        raise InputError(f"invalid YAML in front matter: {exc}", where, 2) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(
            f"front matter is not a mapping of keys to values (got {type(data).__name__})", where, 2
        )
    meta = {str(k): _meta_value(v) for k, v in data.items() if v is not None}
    body = min(m.end() + 1, len(text))
    return meta, body, text.count("\n", 0, body)


# --------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------


def split_blocks(text: str, start: int = 0, first_line: int = 1) -> list[tuple[int, str]]:
    """``(line, raw)`` for each block of ``text[start:]`` (LF line endings).

    ``line`` is 1-based, counting from ``first_line`` at ``start``.
    """
    out: list[tuple[int, str]] = []
    line = first_line
    pos = start
    for m in _BLOCK.finditer(text, start):
        line += text.count("\n", pos, m.start())
        out.append((line, m.group(0)))
        pos = m.start()
    return out


#: A block whose lines are all at most this wide (columns, a CJK character
#: counting two) and mostly near the widest is hard-wrapped.
MAX_WRAP_WIDTH = 100


def split_line_paragraphs(blocks: Sequence[tuple[int, str]], lang: str) -> list[tuple[int, str]]:
    """``blocks`` with each block written one paragraph per line cut into its lines.

    Files without blank lines between paragraphs (a plain-text export, one
    paragraph per line) would otherwise be one block.  A block of several
    lines is read as one paragraph per line when one of its lines that is not
    short ends a sentence and is followed by a line that may start a
    paragraph (in English, not a lower-case letter), and either one of its
    lines holds two sentences or it is the document's only block of several
    lines (so a markdown file written one *sentence* per line, blank lines
    between paragraphs, keeps its paragraphs).  Such a block is cut after every
    line that ends a sentence and every short line without final punctuation
    (a heading, a dateline, "(End)").  In a hard-wrapped block (see
    :data:`MAX_WRAP_WIDTH`; the width is learnt from all the document's blocks
    of several lines, so a two-line paragraph of a wrapped file is known as
    wrapped) a line that was full (:func:`_full`) never ends a paragraph, and
    a heading is at most three fifths of the width.  Where
    some lines after the first are indented (spaces, a full-width ``　　``) and
    others not, an indented line starts a paragraph.  Blocks holding a bullet
    list, a table, a quote or a code fence are left whole, and so are a
    byline, an address or a list of short lines (no long line ends a sentence).
    """
    rules = _rules()
    several = [i for i, (_line, raw) in enumerate(blocks) if "\n" in raw and not rules.kept_whole.search(raw)
               and not all(rules.structured_line.match(t) for t in raw.split("\n"))]
    if not several:
        return list(blocks)
    wrapped = _wrap_width([t.strip() for i in several for t in blocks[i][1].split("\n")
                           if not rules.structured_line.match(t)], lang)
    out: list[tuple[int, str]] = []
    cut = set(several)
    for i, (line, raw) in enumerate(blocks):
        if i in cut:
            out.extend(_around_lists(line, raw, lang, alone=len(several) == 1, wrapped=wrapped))
        else:
            out.append((line, raw))
    return out


def _around_lists(
    line: int, raw: str, lang: str, alone: bool, wrapped: tuple[int, int] | None
) -> list[tuple[int, str]]:
    """:func:`_line_paragraphs` of a block that may hold bullet-list or table lines
    among its paragraphs (a plain-text file written one paragraph per line, with a
    list in it): each run of such lines is a block of its own, the runs between are
    cut as paragraphs, when one of those runs shows paragraphs a line each; else
    the block is left whole (a markdown list with its lead-in line)."""
    lines = raw.split("\n")
    structured = [bool(_rules().structured_line.match(t)) for t in lines]
    if not any(structured):
        return _line_paragraphs(line, raw, lang, alone, wrapped)
    out: list[tuple[int, str]] = []
    cut = False
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and structured[end] == structured[start]:
            continue
        text = "\n".join(lines[start:end])
        pieces = [(line + start, text)] if structured[start] else \
            _line_paragraphs(line + start, text, lang, alone, wrapped)
        cut = cut or len(pieces) > 1
        out.extend(pieces)
        start = end
    return out if cut else [(line, raw)]


def _line_paragraphs(
    line: int, raw: str, lang: str, alone: bool, wrapped: tuple[int, int] | None
) -> list[tuple[int, str]]:
    lines = raw.split("\n")
    texts = [t.strip() for t in lines]
    width = wrapped or _wrap_width(texts, lang)
    indents = [ln[:1].isspace() for ln in lines]
    by_indent = any(indents[1:]) and not all(indents[1:])
    cuts = [0]
    ends: set[str] = set()  # how paragraphs that are not short end
    for i in range(len(texts) - 1):
        indented = by_indent and indents[i + 1]
        kind = "indent" if indented else _break_kind(texts[i], texts[i + 1], lang, width)
        if kind:
            if kind != "head" and not _short(" ".join(texts[cuts[-1]:i + 1]), lang):
                ends.add(kind)
            cuts.append(i + 1)
    last = " ".join(texts[cuts[-1]:])
    if len(cuts) > 1 and _rules().sentence_end.search(last[-60:]) and not _short(last, lang):
        ends.add("end")  # the block's end ends its last paragraph
    if not ends or not (alone or "indent" in ends or any(_rules().two_sentences.search(t) for t in texts)):
        return [(line, raw)]
    cuts.append(len(lines))
    return [(line + a, "\n".join(lines[a:b])) for a, b in zip(cuts, cuts[1:])]


def _columns(text: str) -> int:
    return len(text) + len(_CJK_ANY.findall(text))


def _wrap_width(texts: Sequence[str], lang: str) -> tuple[int, int] | None:
    """The width (characters, columns) a block is hard-wrapped at, or None when
    it is not: at least two lines, and half of them, near the widest."""
    if len(texts) < 3 or any(len(t) > MAX_WRAP_WIDTH for t in texts):
        return None
    width = (max(len(t) for t in texts), max(_columns(t) for t in texts))
    if width[1] > MAX_WRAP_WIDTH:
        return None
    full = sum(_near_width(t, lang, width) for t in texts[:-1])
    return width if full >= 2 and 2 * full >= len(texts) - 1 else None


def _near_width(text: str, lang: str, width: tuple[int, int]) -> bool:
    """Chinese is wrapped by characters or by columns, each about the same in
    every full line; English at spaces, so a full line may be a long word short."""
    if lang == "zh":
        return len(text) >= width[0] - 2 or _columns(text) >= width[1] - 4
    return _columns(text) >= 0.75 * width[1]


def _break_kind(this: str, nxt: str, lang: str, width: tuple[int, int] | None) -> str:
    """``"end"`` (a sentence ends a paragraph), ``"head"`` (a short line without
    final punctuation: a heading; or the next line starts a list item) or
    ``""`` (the paragraph goes on)."""
    if lang == "en" and nxt[0].islower():
        return ""
    if width is not None and _full(this, nxt, lang, width):
        return ""
    rules = _rules()
    if rules.sentence_end.search(this[-60:]):
        return "end"
    heading = (
        (_short(this, lang) or (width is None and _headline_length(this, lang)))
        and not rules.final_punct.search(this[-12:])
        and (lang == "zh" or not this[0].islower())
        and (width is None or _columns(this) <= 0.6 * width[1])
    )
    return "head" if heading or rules.list_item.match(nxt) else ""


def _full(this: str, nxt: str, lang: str, width: tuple[int, int]) -> bool:
    """True when a line of a hard-wrapped block had no room for the next line's
    first word (English, exact) or is near the width (Chinese)."""
    if lang == "zh":
        return _near_width(this, lang, width)
    return _columns(this) + 1 + _columns(nxt.split(maxsplit=1)[0]) > width[1]


# --------------------------------------------------------------------------
# Inline markdown -> plain text + marks
# --------------------------------------------------------------------------

_MARK_KINDS = {"em": "emphasis", "strong": "strong", "link": "link"}


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt  # lazy

    return MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})


class _Builder:
    """Collects text pieces, joining lines and tracking mark spans linearly."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.pending_break = False
        self.marks: list[list] = []  # [kind, start|None, end, target]
        self.open: list[int] = []
        self.touched: set[int] = set()
        self.after_tag = False  # a dropped HTML tag was the last token

    def tag(self) -> None:
        """An inline HTML tag, dropped: no double space where it stood."""
        self.after_tag = True

    def text(self, t: str, extra_marks: Sequence[int] = ()) -> None:
        if self.after_tag and self.out and self.out[-1].endswith(" "):
            t = t.lstrip(" ")
        self.after_tag = False
        if not t:
            return
        if self.pos == 0:
            t = t.lstrip()
        elif self.pending_break:
            t = t.lstrip()
            if not t:
                return
            if not _joins_without_space("".join(self.out[-4:])[-_TAIL:], t[0]):
                self.out.append(" ")
                self.pos += 1
        if not t:
            return
        self.pending_break = False
        start = self.pos
        self.out.append(t)
        self.pos += len(t)
        for i in (*self.open, *extra_marks):
            mk = self.marks[i]
            if mk[1] is None:
                mk[1] = start
            mk[2] = self.pos
            self.touched.add(i)

    def newline(self) -> None:
        self._rstrip()
        if self.pos:
            self.pending_break = True

    def _rstrip(self) -> None:
        while self.out:
            tail = self.out[-1]
            s = tail.rstrip()
            if s == tail:
                break
            self.pos -= len(tail) - len(s)
            if s:
                self.out[-1] = s
                break
            self.out.pop()
        for i in self.touched:
            mk = self.marks[i]
            if mk[2] > self.pos:
                mk[2] = self.pos
        self.touched.clear()

    def open_mark(self, kind: str, target: str | None = None) -> None:
        self.marks.append([kind, None, 0, target])
        self.open.append(len(self.marks) - 1)

    def close_mark(self, kind: str) -> None:
        for j in range(len(self.open) - 1, -1, -1):
            if self.marks[self.open[j]][0] == kind:
                del self.open[j]
                return

    def new_mark(self, kind: str) -> int:
        self.marks.append([kind, None, 0, None])
        return len(self.marks) - 1

    def finish(self) -> tuple[str, tuple[Mark, ...]]:
        self._rstrip()
        text = "".join(self.out)
        marks = []
        for kind, start, end, target in self.marks:
            if start is None:
                continue
            end = min(end, len(text))
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                marks.append(Mark(kind, start, end, target))
        marks.sort(key=lambda m: (m.start, -m.end))
        return text, tuple(marks)


def _join_lines(src: str) -> str:
    """Plain-text join: one space between lines, none between two CJK ends."""
    parts = _LINE_SPLIT.split(src.strip())
    if len(parts) == 1:
        return parts[0]
    out = [parts[0]]
    for p in parts[1:]:
        if not p:
            continue
        if out[-1] and not _joins_without_space(out[-1][-_TAIL:], p[0]):
            out.append(" ")
        out.append(p)
    return "".join(out)


def plain_text(src: str, format: str = "markdown") -> tuple[str, tuple[Mark, ...]]:
    """Plain text and marks for one block's source (block-level syntax already removed).

    ``format="text"`` only joins lines.  ``format="markdown"`` parses inline
    markdown: emphasis/strong/links/code become marks, escapes are resolved,
    entities decoded; inline HTML tags (``<sup>``, ``<span>``, ``<b>`` …) are
    dropped and their text kept, ``<br>`` is a line break.
    """
    if format == "text" or not _MD_SPECIAL.search(src) or too_nested(src):
        return _join_lines(src), ()
    if "\\" in src:  # only backslash escapes? resolve them without the parser
        unescaped = _ESCAPE.sub(r"\1", src)
        if not _MD_SPECIAL.search(_ESCAPE.sub("", src)):
            return _join_lines(unescaped), ()
    return _markdown_plain(src)


#: Inline markdown nested deeper than this (brackets, or a run of delimiters)
#: is read as plain text: the parser's time grows with the square of the depth.
MAX_NESTING = 32
_DELIMITER_RUN = re.compile(rf"[*_`\[\]]{{{2 * MAX_NESTING + 1},}}")
_BRACKET = re.compile(r"\\.|[\[\]]")


def too_nested(src: str) -> bool:
    """True when ``src`` nests inline markdown past :data:`MAX_NESTING`
    (``[[[…](y)``, ``***…a…***``); such a block is read as plain text."""
    if _DELIMITER_RUN.search(src):
        return True
    if src.count("[") <= MAX_NESTING:
        return False
    depth = 0
    for m in _BRACKET.finditer(src):
        token = m.group(0)
        if token == "[":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif token == "]":
            depth = max(0, depth - 1)
    return False


_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _markdown_plain(src: str) -> tuple[str, tuple[Mark, ...]]:
    """The full markdown-it path of :func:`plain_text` (no fast path)."""
    tokens = _markdown().parseInline(src)
    b = _Builder()
    for tok in tokens[0].children or ():
        t = tok.type
        if t == "text":
            b.text(tok.content)
        elif t == "html_inline":
            if _BR_TAG.match(tok.content):
                b.newline()
            else:
                b.tag()
        elif t in ("softbreak", "hardbreak"):
            b.newline()
        elif t == "code_inline":
            b.text(tok.content, (b.new_mark("code"),))
        elif t.endswith("_open"):
            kind = t[:-5]
            target = tok.attrGet("href") if kind == "link" else None
            b.open_mark(_MARK_KINDS.get(kind, kind), str(target) if target is not None else None)
        elif t.endswith("_close"):
            b.close_mark(_MARK_KINDS.get(t[:-6], t[:-6]))
        elif t == "image":
            b.text("".join(c.content for c in tok.children or ()) or tok.content)
        else:  # any other token: keep whatever text it carries
            b.text(tok.content)
    return b.finish()


class _Source(NamedTuple):
    """A block's source with block-level markdown removed."""

    src: str
    atx: int = 0  # heading level from '#', 0 if none
    setext: bool = False


def _strip_block_syntax(raw: str, format: str) -> _Source:
    if format == "text":
        return _Source(raw)
    src = raw
    if src.lstrip(" ").startswith(">"):
        src = _QUOTE_MARK.sub("", src)
    first_end = src.find("\n")
    first = src if first_end < 0 else src[:first_end]
    m = _ATX.match(first)
    if m:
        head = _ATX_CLOSE.sub("", first[m.end():])
        return _Source(head + ("" if first_end < 0 else src[first_end:]), atx=len(m.group(1)))
    last_nl = src.rfind("\n")
    if last_nl > 0 and _SETEXT.match(src[last_nl + 1 :]) and src[:last_nl].strip():
        return _Source(src[:last_nl], setext=True)
    return _Source(src)


class _Parsed(NamedTuple):
    """A block read: its plain text and marks, and what its source looked like."""

    text: str
    marks: tuple[Mark, ...]
    single_line: bool
    md_heading: bool  # an ATX or setext heading
    too_nested: bool = False  # markdown nested too deep, read as plain text (:func:`too_nested`)


#: A block of one line holding none of these has no markdown to parse: its text is
#: its line stripped, as :func:`_parse_block` would find, only faster.
_MARKUP_OR_BREAK = re.compile(r"[\n\\`*_\[\]<&!#>]")


def _parse_block(raw: str, format: str) -> _Parsed:
    """One block's source (its lines as written) read into plain text and marks."""
    if _MARKUP_OR_BREAK.search(raw) is None:
        return _Parsed(raw.strip(), (), True, False)
    source = _strip_block_syntax(raw, format)
    text, marks = plain_text(source.src, format)
    return _Parsed(raw if text == raw else text, marks, "\n" not in source.src.strip(),
                   bool(source.atx or source.setext), format == "markdown" and too_nested(source.src))


# --------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------


def _headline_length(text: str, lang: str) -> bool:
    """A news headline may run past :func:`_short` (a wire headline of twenty words, "... - RT Sport
    News"); in a block that is not hard-wrapped, a line of at most this length without final
    punctuation, followed by a line that may start a paragraph, is such a headline, not a sentence
    going on."""
    if lang == "zh":
        return len(text) <= 60
    return len(text) <= 200 and len(text.split()) <= 30


def _short(text: str, lang: str) -> bool:
    if lang == "zh":
        return len(text) <= 30
    return len(text) <= 100 and len(text.split()) <= 12


def _wholly_marked(text: str, marks: Sequence[Mark]) -> bool:
    return bool(text) and any(
        m.kind in ("emphasis", "strong") and m.start == 0 and m.end == len(text) for m in marks
    )


def _bare(text: str) -> str:
    """Heading text reduced for word-list look-ups."""
    return text.strip().strip("*_\"'“”‘’「」『』[]【】()（）").rstrip(":：.。").strip().casefold()


def _is_section_number(text: str) -> bool:
    return bool(_rules().section.match(text.strip()))


def _classify(
    blocks: Sequence[_Parsed],
    lang: str,
    format: str,
    meta: Mapping[str, str],
) -> list[str]:
    rules = _rules()
    roles: list[str] = []
    in_notes = False
    title = _bare(meta.get("title", "")) if meta.get("title") else ""
    # what a block's text alone decides, read once per short text (a list or
    # a subtitle file repeats its lines)
    seen: dict[str, tuple[bool, str, bool, bool, bool]] = {}
    for n, (text, marks, single_line, md_heading, _nested) in enumerate(blocks):
        facts = seen.get(text)
        if facts is None:
            facts = _text_facts(text, lang, rules)
            if len(text) <= 200:
                seen[text] = facts
        short, bare, section, listed, may_head = facts
        marked = bool(marks) and _wholly_marked(text, marks)
        plain_heading = single_line and may_head
        heading_like = md_heading or (marked and short) or section or plain_heading
        role = "paragraph"
        if (heading_like or (single_line and short)) and bare in rules.notes_headings:
            role = "notes-heading"
            in_notes = True
        elif n == 0 and (
            md_heading or marked or (title and bare == title)
            or (plain_heading and not section)
        ):
            role = "title"
        elif in_notes and rules.note_entry.match(text):
            role = "note-entry"
        elif md_heading or (marked and short) or section:
            role = "heading"
            in_notes = False
        elif listed and _numbered_heading(blocks, n, lang, roles):
            role = "heading"
        elif listed:
            role = "list-item"
        elif plain_heading and (bare in rules.section_words or _next_is_longer(blocks, n, lang)):
            role = "heading"
        roles.append(role)
    return roles


def _text_facts(text: str, lang: str, rules: _RoleRules) -> tuple[bool, str, bool, bool, bool]:
    """(short, bare, section number, list item, a heading if on a line of its
    own) of a block's text, as :func:`_classify` reads them."""
    short = _short(text, lang)
    listed = bool(rules.list_item.match(text))
    return (short, _bare(text) if len(text) <= 200 else "", len(text) <= 100 and _is_section_number(text), listed,
            short and bool(text)
            and (lang == "zh" or text[0].isupper() or text[0].isdigit() or is_cjk_letter(text[0]))
            and not listed and not rules.final_punct.search(text[-12:]))


def _numbered_heading(blocks: Sequence[_Parsed], n: int, lang: str, roles: Sequence[str]) -> bool:
    """A numbered line of its own, short and unpunctuated, after anything but a list
    item and before a longer block that is no numbered item, is a section heading
    ("1. Industrial production", "一、老龄化来得比预想更快" written without a markdown
    ``#``, as a plain-text file gives them)."""
    text, _marks, single_line = blocks[n][:3]
    rules = _rules()
    return (single_line and _short(text, lang) and bool(rules.numbered.match(text))
            and not rules.final_punct.search(text[-12:]) and not (roles and roles[-1] == "list-item")
            and _next_is_longer(blocks, n, lang) and not rules.numbered.match(blocks[n + 1][0]))


def _next_is_longer(blocks: Sequence[_Parsed], n: int, lang: str) -> bool:
    """A short unpunctuated line is clearly a heading when a longer block follows."""
    if n + 1 >= len(blocks):
        return False
    this, nxt = blocks[n][0], blocks[n + 1][0]
    if len(nxt) < 2 * len(this):
        return False
    return not _short(nxt, lang) or bool(_rules().final_punct.search(nxt[-12:]))


# --------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------


def _drop_xml_illegal(text: str, where: str | None) -> tuple[str, list[str]]:
    """``text`` without the characters XML cannot hold, and one warning per
    dropped character (the first :data:`MAX_LISTED`, then a count)."""
    found = list(_ILLEGAL_XML.finditer(text))
    if not found:
        return text, []
    warnings = []
    for m in found[:MAX_LISTED]:
        ch = m.group(0)
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        kind = "lone surrogate" if "\ud800" <= ch <= "\udfff" else "character"
        warnings.append(str(InputError(
            f"{kind} U+{ord(ch):04X} at column {col} dropped (control character or non-character)", where, line)))
    if len(found) > MAX_LISTED:
        warnings.append(str(InputError(
            f"{len(found) - MAX_LISTED} more control characters or non-characters dropped", where)))
    return _ILLEGAL_XML.sub("", text), warnings


def parse_document(
    text: str,
    lang: str | None,
    path: str | None = None,
    format: str = "markdown",
    encoding: str = "utf-8",
    line_paragraphs: bool = True,
) -> Document:
    """Parse decoded text into a :class:`Document` (blocks, roles, metadata).

    ``lang=None`` detects the language.  ``path`` is only used for messages
    and stored on the document.  ``line_paragraphs``: cut blocks written one
    paragraph per line (:func:`split_line_paragraphs`).  Raises :class:`InputError`.
    """
    where = _display(path)
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (expected markdown or text)", where)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if _UNICODE_BREAKS.search(text):
        text = text.translate(_UNICODE_BREAK_MAP)
    if not text:
        raise InputError("empty file", where)
    text, warnings = _drop_xml_illegal(text, where)
    if "\f" in text:
        text = _FORM_FEED.sub("\n\n", text)  # a page break ends a block
    if not text.strip():
        raise InputError("file holds only whitespace, no text", where)
    meta, body, skipped = _front_matter(text, where)
    raw_blocks = split_blocks(text, body, skipped + 1)
    if not raw_blocks:
        raise InputError("no text after the front matter", where)
    code = _norm_lang(lang, where) or detect_language(text[body:])
    if line_paragraphs:
        raw_blocks = split_line_paragraphs(raw_blocks, code)
    parsed = [_parse_block(raw, format) for _line, raw in raw_blocks]
    warnings.extend(
        str(InputError(f"markdown nested more than {MAX_NESTING} levels deep; block read as plain text", where, line))
        for (line, _raw), block in zip(raw_blocks, parsed) if block.too_nested
    )
    roles = _classify(parsed, code, format, meta)
    blocks = tuple([
        Block(f"{code}-b{n}", n, code, role, block.text, raw, line, block.marks)
        for n, ((line, raw), block, role) in enumerate(zip(raw_blocks, parsed, roles))
    ])
    return Document(
        lang=code, blocks=blocks, path=None if path is None else str(path),
        meta=meta, format=format, encoding=encoding, warnings=tuple(warnings),
        script=detect_script(text[body:]) if code == "zh" else "",
    )


DEFAULT_MAX_SIZE_MB = 32
MAX_SIZE_ENV = "NORTHEAST_TEXT_MAX_SIZE_MB"


def max_size_mb(value: float | None = None) -> float:
    """The input size limit in MB (MiB): ``value``, else $NORTHEAST_TEXT_MAX_SIZE_MB, else 32."""
    where = "--max-size"
    if value is None:
        raw = os.environ.get(MAX_SIZE_ENV, "").strip()
        if not raw:
            return DEFAULT_MAX_SIZE_MB
        where = MAX_SIZE_ENV
        try:
            value = float(raw)
        except ValueError:
            raise InputError(f"{raw!r} is not a number of MB", where) from None
    if not 0 < value < float("inf"):
        raise InputError(f"{value!r} is not a positive number of MB", where)
    return value


def _too_large(where: str, limit_mb: float, size: int | None) -> InputError:
    what = "is" if size is None else f"is {size / 2**20:.1f} MB," if size >= 2**17 else f"is {size} bytes,"
    return InputError(f"{what} larger than the {limit_mb:g} MB limit; raise it with --max-size", where)


def _read_bytes(path: str | Path, limit_mb: float | None = None) -> bytes:
    """The bytes of ``path`` ("-": stdin), refusing inputs over the size limit.

    A regular file's size is checked before any byte is read; stdin and other
    streams are read up to the limit plus one byte, so memory stays bounded.
    """
    limit_mb = max_size_mb(limit_mb)
    limit = int(limit_mb * 2**20)
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_large("<stdin>", limit_mb, None)
        return data
    p = Path(path)
    where = str(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", where)
        with p.open("rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISREG(st.st_mode) and st.st_size > limit:
                raise _too_large(where, limit_mb, st.st_size)
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise _too_large(where, limit_mb, None)
        return data
    except FileNotFoundError:
        raise InputError("no such file", where) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", where) from None
    except PermissionError:
        raise InputError("cannot read the file: permission denied", where) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", where) from None


def read_document(
    path: str | Path, lang: str | None = None, format: str | None = None, max_size: float | None = None
) -> Document:
    """Read a markdown or plain-text file (``"-"``: stdin) into a :class:`Document`.

    The format follows the suffix (``.txt`` -> text, anything else markdown)
    unless ``format`` is given; ``lang=None`` detects the language.  Inputs
    larger than ``max_size`` MB (default :func:`max_size_mb`: 32, or
    $NORTHEAST_TEXT_MAX_SIZE_MB) are refused before they are read.  Word
    documents are read by :func:`northeast_text.inputs.read_side`.
    """
    data = _read_bytes(path, max_size)
    text, encoding = decode_bytes(data, path)
    del data
    if format is None:
        format = "text" if str(path).lower().endswith(TEXT_SUFFIXES) else "markdown"
    return parse_document(text, lang, path=str(path), format=format, encoding=encoding)

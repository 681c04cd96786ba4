"""Shortcuts taken for speed give what the direct way gives (issue 15: a faster pipeline,
the same results): the Latin-name gap, the Chinese lexicon matching by form lengths,
the name links kept for the last pair, the declared-rate prefilter."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from northeast_text import namelinks
from northeast_text.checks.conversion import find_declared_rate
from northeast_text.entities import _lexicon_matches, load_lexicon, normalise_zh, recognise
from northeast_text.model import Analysis, AnnotatedPair, Block, Document, Link, Note


def test_latin_gap_is_the_class_it_replaces_at_every_code_point():
    gap = re.compile(namelinks._latin_gap().removesuffix("*"), re.IGNORECASE)
    old = re.compile(r"[^\w\u3400-\u9fff]", re.IGNORECASE)
    differ = [hex(i) for i in range(0x110000) if bool(gap.fullmatch(chr(i))) != bool(old.fullmatch(chr(i)))]
    assert differ == []


@given(st.text(alphabet="ab -!.䷀中K1", max_size=14), st.sampled_from(["ab", "a b!", "AB1", "oOh! Media"]))
def test_latin_name_pattern_finds_what_the_class_found(text, name):
    chars = [c for c in name if c.isascii() and c.isalnum()]
    body = r"[^\w\u3400-\u9fff]*".join(re.escape(c) for c in chars)
    old = re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)
    new = namelinks._latin(name).search(text)
    got = old.search(text)
    assert (new and new.span()) == (got and got.span())


def _all_lengths_matches(norm, lexicon, bounds):
    """The matching as it was: every length from the longest form down, at every position."""
    found, i, n = [], 0, len(norm)
    while i < n:
        hit = None
        for L in range(min(lexicon.zh_max, n - i), 1, -1):
            keys = lexicon.zh_index.get(norm[i:i + L])
            if keys is not None and (L >= 3 or bounds is None or (i in bounds and i + L in bounds)):
                hit = (L, keys)
                break
        if hit is None:
            i += 1
            continue
        L, keys = hit
        entry = lexicon.entries[keys[0]]
        if entry.type != "none":
            same = tuple(k for k in keys if lexicon.entries[k].type == entry.type)
            found.append((i, i + L, entry.type, keys[0], same[1:]))
        i += L
    return found


_FORMS = sorted({normalise_zh(f) for e in load_lexicon().entries.values() for f in e.zh if len(f) >= 2})[:400]


@given(st.lists(st.one_of(st.sampled_from(_FORMS), st.text(alphabet="的中部分省市东北江", max_size=3)), max_size=12),
       st.booleans())
def test_lexicon_matching_by_form_length_is_the_full_search(pieces, with_bounds):
    lexicon = load_lexicon()
    norm = "".join(pieces)
    bounds = None
    if with_bounds:
        bounds, k = {0, len(norm)}, 0
        for p in pieces:
            k += len(p)
            bounds.add(k)
    assert _lexicon_matches(norm, lexicon, bounds) == _all_lengths_matches(norm, lexicon, bounds)


def _doc(lang, texts):
    return Document(lang=lang, blocks=tuple(Block(id=f"{lang}-b{i}", n=i, lang=lang, role="paragraph", text=t)
                                            for i, t in enumerate(texts)))


def _pair():
    lex = load_lexicon()
    zh, en = _doc("zh", ["辽宁省沈阳市", "陈海峰表示"]), _doc("en", ["Shenyang, Liaoning", "Chen Haifeng said"])
    return AnnotatedPair(id="t", source=Analysis(zh, entities=tuple(recognise(zh, lex))),
                         target=Analysis(en, entities=tuple(recognise(en, lex))),
                         alignment=(Link((0,), (0,), 1.0), Link((1,), (1,), 1.0)))


def test_name_links_are_kept_for_the_pair_and_redone_for_another_alignment(monkeypatch):
    pair = _pair()
    fresh = namelinks.name_links(pair)
    calls = []
    real = namelinks._name_links
    monkeypatch.setattr(namelinks, "_name_links", lambda *a: calls.append(a) or real(*a))
    assert namelinks.name_links(replace(pair, findings=())) == fresh  # the same pair with its findings
    assert calls == []
    crossed = replace(pair, alignment=(Link((0, 1), (0, 1), 1.0),))
    assert namelinks.name_links(crossed) != fresh
    assert len(calls) == 1


def test_declared_rate_is_still_found_in_a_note_and_not_outside_one():
    text = "The figures (at 7.1 yuan to the dollar) are converted. No rate here."
    en = _doc("en", [text])

    def note(part: str) -> Note:
        start = text.index(part)
        return Note(id="n1", kind="translator", block="en-b0", start=start, end=start + len(part), text=part)

    rate = find_declared_rate(Analysis(en, notes=(note("(at 7.1 yuan to the dollar)"),)))
    assert rate is not None and (rate.base, rate.quote, rate.value) == ("USD", "CNY", Decimal("7.1"))
    assert find_declared_rate(Analysis(en, notes=(note("No rate here."),))) is None

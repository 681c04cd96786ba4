"""The aligner's fast paths give exactly what the plain computation gives.

Each test holds the plain (loop) form of a computation the aligner does on
arrays or skips where it cannot matter, and compares the two on random
inputs (derandomised): any difference, down to the last bit of a float,
would change alignments.
"""

from __future__ import annotations

import math
import re

import numpy as np
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from northeast_text.align import (
    AlignConfig,
    Segment,
    _estimate_hit,
    _estimate_ratio,
    _estimate_sentences,
    _keys_in,
    _Lexicon,
    _Model,
    _Stats,
    words_of,
)
from northeast_text.dictionary import Dictionary, english_stem_set, english_stem_spans

fast = hsettings(max_examples=60, deadline=None, derandomize=True)

_WORDS = ["wa", "wb", "wc", "wd"]
_GLOSSES = {"甲": ("wa",), "乙": ("wb", "wc"), "丙": ("wd",), "丁": ("zz",)}
_REVERSE: dict[str, tuple[str, ...]] = {}
for _zh, _ens in _GLOSSES.items():
    for _en in _ens:
        _REVERSE[_en] = (*_REVERSE.get(_en, ()), _zh)
_DICTIONARY = Dictionary(_GLOSSES, _REVERSE, 1)


def _segments(draw, words: list[str]) -> list[Segment]:
    size = draw(st.integers(1, 25))
    return [Segment(length=float(draw(st.integers(0, 60))), sentences=draw(st.integers(0, 3)),
                    hint=draw(st.sampled_from([None, None, None, "addition"])),
                    words=frozenset(draw(st.lists(st.sampled_from(words), max_size=3))))
            for _ in range(size)]


def _path(draw, n: int, m: int) -> list[tuple[int, int, int, int]]:
    """A random monotone path of (i, j, a, b) links covering both sides."""
    path, i, j = [], 0, 0
    while i < n or j < m:
        a = draw(st.integers(0, min(3, n - i)))
        b = draw(st.integers(0 if a else 1, min(3, m - j))) if m > j else 0
        if a == b == 0:
            a = 1
        i, j = i + a, j + b
        path.append((i, j, a, b))
    return path


@st.composite
def _pairs(draw):
    src, tgt = _segments(draw, list(_GLOSSES)), _segments(draw, _WORDS)
    return src, tgt, _path(draw, len(src), len(tgt))


# ------------------------------------------------------- the plain forms


def _plain_ratio(src, tgt, path) -> float:
    if not path:
        ls = sum(max(s.length, 0.0) for s in src)
        lt = sum(max(t.length, 0.0) for t in tgt if t.hint != "addition")
        return 1.0 if ls <= 0 or lt <= 0 else lt / ls
    samples = []
    for i, j, a, b in path:
        if a == 0 or b == 0:
            continue
        ls = sum(max(s.length, 0.0) for s in src[i - a:i])
        lt = sum(max(t.length, 0.0) for t in tgt[j - b:j])
        if ls > 0 and lt > 0:
            samples.append((lt / ls, ls + lt))
    if not samples:
        return _plain_ratio(src, tgt, None)
    samples.sort()
    half = sum(w for _, w in samples) / 2.0
    acc = 0.0
    for r, w in samples:
        acc += w
        if acc >= half:
            return r
    raise AssertionError("unreachable")


def _plain_sentences(src, tgt, path, cfg):
    pairs = []
    links = [x for x in path if x[2] and x[3]] if path else [(len(src), len(tgt), len(src), len(tgt))]
    for i, j, a, b in links:
        ss, ts = src[i - a:i], tgt[j - b:j]
        if all(x.sentences for x in ss) and all(x.sentences for x in ts):
            pairs.append((sum(x.sentences for x in ss), sum(x.sentences for x in ts)))
    total_s = sum(s for s, _ in pairs)
    if not total_s:
        return 1.0, cfg.sentence_variance
    ratio = sum(t for _, t in pairs) / total_s
    if not path:
        return ratio, cfg.sentence_variance
    spread = sum((t - ratio * s) ** 2 / max(ratio * s, 1.0) for s, t in pairs)
    k = cfg.sentence_strength
    return ratio, max(cfg.sentence_floor, (spread + k * cfg.sentence_variance) / (len(pairs) + k))


def _plain_hit(lexicon, path, cfg, chance):
    acc = [0.0, 0.0, 0.0, 0.0]
    for i, j, a, b in path:
        if not (a and b):
            continue
        ks, ns, kt, nt = (int(x[0]) for x in lexicon.counts(np.array([i]), np.array([j]), a, b))
        for side, k, n, other in ((0, ks, ns, nt), (2, kt, nt, ns)):
            p0 = 1.0 - math.exp(-chance[side // 2] * other)
            acc[side] += k - n * p0
            acc[side + 1] += n * (1.0 - p0)
    strength = cfg.lexical_strength
    return tuple((max(acc[s], 0.0) + strength * cfg.lexical_hit) / (acc[s + 1] + strength) for s in (0, 2))


# ------------------------------------------------------------------ tests


@fast
@given(_pairs())
def test_learnt_statistics_match_the_plain_loops(pair):
    src, tgt, path = pair
    cfg = AlignConfig()
    for p in (None, path):
        assert _estimate_ratio(src, tgt, p) == _plain_ratio(src, tgt, p)
        assert _estimate_sentences(src, tgt, p, cfg) == _plain_sentences(src, tgt, p, cfg)
    lexicon = _Lexicon(src, tgt, _DICTIONARY)
    assert _estimate_hit(lexicon, path, cfg, (0.01, 0.03)) == _plain_hit(lexicon, path, cfg, (0.01, 0.03))


@fast
@given(_pairs(), st.sampled_from([(1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]))
def test_lexical_costs_are_skipped_only_where_they_are_zero(pair, link):
    src, tgt, _path_ = pair
    a, b = link
    lexicon = _Lexicon(src, tgt, _DICTIONARY)
    if not lexicon.active or len(src) < a or len(tgt) < b:
        return
    model = _Model(src, tgt, AlignConfig(), _Stats(ratio=1.0, chance=(0.01, 0.02)), lexicon)
    i, j = (x.ravel() for x in np.meshgrid(np.arange(a, len(src) + 1), np.arange(b, len(tgt) + 1)))
    base = np.linspace(1.0, 2.0, len(i))
    got = base.copy()
    model._add_lexical_cost(got, i, j, a, b)
    assert got.tolist() == (base + model.lexical_cost(i, j, a, b)).tolist()


_TEXT = st.lists(st.sampled_from(["Wang", "Er", "the", "The", "wang", "Li's", "Zhang", "-", " ", "  ", ".",
                                  "\n", "horses", "went", "don't", "Chen-Qingyang", "of"]), max_size=30)


@fast
@given(_TEXT)
def test_whole_text_english_words_are_the_words_of_its_spans(parts):
    text = " ".join(parts)
    assert english_stem_set(text) == {s for _, s in english_stem_spans(text)}
    assert words_of(text, "en", _DICTIONARY) == english_stem_set(text)


@fast
@given(st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["s:a", "s:b", "s:c"])), max_size=12),
       st.integers(0, 32), st.integers(0, 32))
def test_keys_in_a_span(spans, start, end):
    spans = sorted(spans)
    assert _keys_in(spans, start, end) == {k for at, k in spans if start <= at < end}


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:'[a-z]+)?\b")


def _plain_names(text: str, common: set[str]) -> list[tuple[int, str]]:
    from northeast_text.dictionary import english_stopwords

    stop = english_stopwords()
    words = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]
    out = []
    for k, (start, end, word) in enumerate(words):
        low = word.lower().removesuffix("'s")
        if low in stop or low in common:
            continue
        if len(low) >= 4:
            out.append((start, "s:" + low))
        if k + 1 < len(words) and re.match(r"^[ \-‐]$", text[end:words[k + 1][0]]):
            out.append((start, "s:" + low + words[k + 1][2].lower().removesuffix("'s")))
    return out


@fast
@given(st.lists(st.sampled_from(["Wang", "Er", "The", "wang", "Li's", "Zhang", "-", " ", "\n", "‐", "of",
                                 "Qingyang", "er"]), max_size=30))
def test_names_by_sound_match_the_plain_loop(parts):
    from northeast_text.sounds import english_names, lowercase_words

    text = "".join(parts)
    common = lowercase_words([text])
    assert common == set(re.findall(r"\b[a-z]+\b", text))
    assert english_names(text, common) == _plain_names(text, common)


@fast
@given(st.text(alphabet="a .!?。！？…；\n甲”", max_size=12), st.sampled_from(["zh", "en"]))
def test_sentence_count_without_an_end_mark(text, lang):
    from northeast_text.sentences import count, split

    assert count(text, lang) == len(split(text, lang))


@fast
@given(st.text(alphabet="沈阳甲 1〇x\ue815丁", max_size=8))
def test_chinese_sound_matches_need_two_syllables_in_a_row(text):
    from pypinyin.constants import RE_HANS

    from northeast_text.sounds import _syllables, chinese_matches

    wanted = {"s:" + "".join(_syllables(text)[i:i + 2]) for i in range(len(text))}
    plain = [(i, "s:" + "".join(_syllables(text)[i:k + 1])) for i in range(len(text)) for k in range(i + 1, i + 4)
             if k < len(text) and all(_syllables(text)[i:k + 1])
             and "s:" + "".join(_syllables(text)[i:k + 1]) in wanted]
    assert chinese_matches(text, wanted) == plain
    assert all(RE_HANS.match(ch) for i, _ in plain for ch in text[i:i + 2])


def _plain_diagonal(model) -> list[float]:
    src, tgt = model.src, model.tgt
    n, m = len(src), len(tgt)
    eff = [0.0]
    for t in tgt:
        eff.append(eff[-1] + (0.0 if t.hint == "addition" else max(t.length, 0.0)) + 1e-9)
    ps = model.ps.tolist()
    total_s, total_t = ps[-1] + 1e-9 * n, eff[-1]
    out, j = [], 0
    for i in range(n + 1):
        goal = ((ps[i] + 1e-9 * i) / total_s if n else 1.0) * total_t
        while j < m and eff[j + 1] <= goal:
            j += 1
        if j < m:
            span = eff[j + 1] - eff[j]
            out.append(j + ((goal - eff[j]) / span if span > 0 else 0.0))
        else:
            out.append(float(m))
    if out:
        out[0], out[-1] = 0.0, float(m)
    return out


@fast
@given(_pairs())
def test_length_diagonal_matches_the_plain_walk(pair):
    from northeast_text.align import _diagonal

    src, tgt, _path_ = pair
    model = _Model(src, tgt, AlignConfig(), _Stats(ratio=1.0))
    assert _diagonal(model) == _plain_diagonal(model)
    model = _Model(src, [], AlignConfig(), _Stats(ratio=1.0))
    assert _diagonal(model) == _plain_diagonal(model)


@fast
@given(st.lists(st.text(alphabet="ab A-'\n1é_", max_size=6), max_size=5))
def test_lowercase_words_of_many_texts(texts):
    from northeast_text.sounds import lowercase_words

    assert lowercase_words(texts) == {w for text in texts for w in re.findall(r"\b[a-z]+\b", text)}


@fast
@given(st.text(alphabet=" \t“(（「第一二十三章、.)）1２①¹甲a", max_size=7))
def test_chinese_cues_are_found_past_the_quick_test(text):
    import northeast_text.align as align_module

    fast_cue = align_module.cue_of(text, "zh")
    original = align_module._ZH_CUE_START
    try:
        align_module._ZH_CUE_START = re.compile("")  # every text passes
        assert align_module.cue_of(text, "zh") == fast_cue
    finally:
        align_module._ZH_CUE_START = original

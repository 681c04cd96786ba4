"""Fuzzing both number parsers with text built from the pieces numbers are made of.

Strategies draw tokens biased towards digits (ASCII and full-width), Chinese
numerals and scale characters (万亿/亿/万/千/百/十/两/零), 点, %, 分之, 第,
range marks (- — ~ 至 到), English scale words, currencies, brackets and
ordinary words, so the parsers meet the odd neighbours real text holds.

Properties: nothing raises except :class:`InputError`; every quantity's text
is exactly ``text[start:end]`` and in bounds; ``low <= high``; quantities are
in text order and do not overlap.  The quick versions run in every test run;
the ``slow`` ones (10,000 examples each) run in CI.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from northeast_text.errors import InputError
from northeast_text.numbers import extract_text
from northeast_text.numbers.core import MAX_DIGITS

DIGITS = list("0123456789") + list("０１２３４５６７８９")
ZH_NUMERALS = (list("零〇一二两三四五六七八九十百千万亿")
               + ["万亿", "千万", "百万", "十万", "壹", "贰", "拾", "佰", "仟"])
ZH_MARKS = ["点", "%", "％", "分之", "第", "成", "倍", "个", "元", "美元", "人民币", "年", "月", "日", "多", "余", "约",
            "近", "超过", "左右", "以上", "百分之", "千分之", "个百分点", "公里", "吨", "亿元", "万人", "世纪", "年代"]
EN_WORDS = ["million", "billion", "trillion", "thousand", "hundred", "bn", "m", "tn", "k", "percent", "per cent",
            "percentage points", "one", "two", "twenty", "first", "second", "half", "quarter", "dozen", "a",
            "about", "nearly", "more than", "over", "up to", "some", "between", "and", "from", "to", "the",
            "in", "year", "1990s", "mid-", "late", "times", "fold", "st", "nd", "th", "yuan", "dollars",
            "RMB", "CNY", "USD", "US$", "tons", "km", "per", "of", "which", "GDP", "Liaoning"]
SYMBOLS = ["$", "¥", "€", "£", "US$", "HK$", "￥", ".", ",", "，", "。", "、", "·", "/", ":", ";", "'", "\"",
           "(", ")", "（", "）", "[", "]", "【", "】", "《", "》", "“", "”", "-", "—", "–", "~", "～", "至", "到",
           "－", "+", "±", "×", "x", "e", "E", "^", "½", "¼", "⅓", "²", " ", " ", "\u3000", "\n", "\t"]
ZH_WORDS = ["辽宁", "增长", "下降", "人口", "经济", "其中", "比", "同比", "为", "达", "约为", "共", "合计"]

ZH_TOKENS = DIGITS * 3 + ZH_NUMERALS * 3 + ZH_MARKS + SYMBOLS + ZH_WORDS
EN_TOKENS = DIGITS * 3 + EN_WORDS * 2 + SYMBOLS + ["%", "-", ".", ",", " ", " ", " "] * 3 + ZH_NUMERALS[:6]


def _texts(tokens: list[str]):
    piece = st.one_of(
        st.sampled_from(tokens),
        st.sampled_from(tokens),
        st.sampled_from(tokens),
        st.integers(min_value=0, max_value=10**15).map(str),
        st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False).map(str),
        st.text(max_size=3),
    )
    return st.lists(piece, max_size=40).map("".join)


ZH_TEXT = _texts(ZH_TOKENS)
EN_TEXT = _texts(EN_TOKENS)


def check(text: str, lang: str) -> None:
    try:
        quantities = extract_text(text, lang)
    except InputError:
        return
    last_end = 0
    for q in quantities:
        assert 0 <= q.start <= q.end <= len(text), (q, text)
        assert q.text == text[q.start:q.end], (q.text, text[q.start:q.end], text)
        assert q.start >= last_end, ("overlap or out of order", q, text)
        last_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, (q, text)
        if q.value is not None:
            assert q.value.is_finite(), (q, text)


QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(ZH_TEXT)
def test_fuzz_zh_quick(text):
    check(text, "zh")


@QUICK
@given(EN_TEXT)
def test_fuzz_en_quick(text):
    check(text, "en")


@QUICK
@given(st.text(max_size=60), st.sampled_from(["zh", "en"]))
def test_fuzz_any_unicode_quick(text, lang):
    check(text, lang)


@pytest.mark.slow
@SLOW
@given(ZH_TEXT)
def test_fuzz_zh_slow(text):
    check(text, "zh")


@pytest.mark.slow
@SLOW
@given(EN_TEXT)
def test_fuzz_en_slow(text):
    check(text, "en")


@pytest.mark.slow
@SLOW
@given(st.text(max_size=80), st.sampled_from(["zh", "en"]))
def test_fuzz_any_unicode_slow(text, lang):
    check(text, lang)


def _best_cpu_time(text: str, lang: str) -> tuple[int, float]:
    """Figures found and the least CPU time of three runs, the garbage collector off: the
    cost of the parser itself, not of the heap a long test session has built up."""
    import gc

    best, found = float("inf"), 0
    gc.disable()
    try:
        for _ in range(3):
            t0 = time.process_time()
            found = len(extract_text(text, lang))
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return found, best


# Regression cases fuzzing and the bad-input matrix found.

@pytest.mark.parametrize("lang,text", [
    ("zh", "2023年，辽宁省地区生产总值增长5.3%，达到3.0万亿元。" * 3000),
    ("en", "In 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan. " * 2500),
])
def test_many_figures_in_one_block_is_linear(lang, text):
    """A long block with thousands of figures: the claimed-span test was quadratic
    (a 100,000-character block took 27 s); time must grow about linearly."""
    small = text[: len(text) // 8]
    n_small, t_small = _best_cpu_time(small, lang)
    n_big, t_big = _best_cpu_time(text, lang)
    assert n_big >= 7 * n_small > 0
    assert t_big < 20 * max(t_small, 0.01), (t_small, t_big)
    check(text[:5000], lang)


@pytest.mark.parametrize("lang,text", [
    ("zh", "¼"), ("en", "½"), ("en", "2½ miles"), ("zh", "增长⅓"), ("en", "a ¾ share and 5%"),
])
def test_vulgar_fractions_give_no_overlapping_figures(lang, text):
    """Found by fuzzing: NFKC turns ½ into 1⁄2, and the 1 and the 2 both mapped onto
    the one character, giving two overlapping quantities (value 1 and value 2).  A sign
    read as a figure is one figure of its own value (0.5.18: "a ¾ share"), and a whole
    number before it makes one figure of both ("2½ miles": 2.5), never two."""
    check(text, lang)
    found = extract_text(text, lang)
    spans = sorted((q.start, q.end) for q in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    values = {"¼": "0.25", "½": "0.5", "¾": "0.75", "2½": "2.5"}
    for q in found:
        if any(ch in q.text for ch in "¼½¾⅓"):
            assert q.text in values and q.value == Decimal(values[q.text]), q


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_longer_than_the_decimal_precision(lang):
    """Found by fuzzing: a 29-digit figure raised decimal.InvalidOperation in clean().
    Digit runs longer than MAX_DIGITS are codes or noise (issue 11): not read."""
    text = "10000000010000000001000000000"
    check(text, lang)
    assert extract_text(text, lang) == []
    assert extract_text(text + "元" if lang == "zh" else "$" + text, lang) == []
    longest = "1" + "0" * (MAX_DIGITS - 1)
    assert [q.value for q in extract_text(longest, lang)] == [int(longest)]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("text", ["9" * 10_000, "一" * 10_000, "万" * 10_000, "九万亿亿亿", "1," * 5000 + "元"])
def test_pathological_numerals_are_not_figures(lang, text):
    """Issue 11: a 10,000-digit number, runs of numerals and stacked scale words
    neither crash (recursion, decimal context) nor give a figure of absurd size."""
    check(text, lang)
    for q in extract_text(text, lang):
        assert len(q.text) <= 64, q.text[:40]

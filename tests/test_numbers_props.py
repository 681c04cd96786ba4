"""Property tests: values written the way Chinese and English writers write
them parse back to the same value; ranges keep both ends; a wrong scale word
changes the value by exactly a power of ten."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from northeast_text.numbers import extract_text
from northeast_text.numbers.render import render_en, render_zh

ZH_SCALES = {"万": 4, "亿": 8, "万亿": 12}
EN_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "tn": 12}


@st.composite
def mantissas(draw):
    """A figure as written before a scale word: 1-4 integer digits, 0-4 decimals."""
    ip = draw(st.integers(min_value=1, max_value=9999))
    nd = draw(st.integers(min_value=0, max_value=4))
    if nd == 0:
        return str(ip)
    fp = draw(st.integers(min_value=0, max_value=10**nd - 1))
    return f"{ip}.{fp:0{nd}d}"


def only(text: str, lang: str):
    qs = extract_text(text, lang)
    assert len(qs) == 1, [(q.text, q.kind, q.value) for q in qs]
    return qs[0]


@settings(max_examples=200, deadline=None)
@given(mantissas(), st.sampled_from(sorted(ZH_SCALES)), st.sampled_from(["元", "美元", "人", ""]))
def test_zh_scaled_roundtrip(m, scale, unit):
    q = only(f"总额为{m}{scale}{unit}。", "zh")
    assert q.value == Decimal(m) * Decimal(10) ** ZH_SCALES[scale]
    assert q.step == ((Decimal(1) if "." not in m else Decimal(10) ** -len(m.split(".")[1]))
                      * Decimal(10) ** ZH_SCALES[scale])
    assert q.kind == ("money" if unit.endswith("元") else "count")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**12 - 1))  # a bare 一 is a word, not a figure
def test_zh_chinese_numerals_roundtrip(n):
    import cn2an
    written = cn2an.an2cn(n, "low")
    q = only(f"共有{written}人", "zh")
    assert q.value == n, written


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=10000, max_value=10**9))
def test_zh_separators(n):
    q = only(f"收入{n:,}元", "zh")
    assert q.value == n and q.unit == "CNY"


@settings(max_examples=200, deadline=None)
@given(mantissas(), st.sampled_from(sorted(EN_SCALES)), st.sampled_from(["RMB", "USD", "yuan", ""]))
def test_en_scaled_roundtrip(m, scale, unit):
    text = f"a total of {m} {scale} {unit}".rstrip() + "."
    q = only(text, "en")
    assert q.value == Decimal(m) * Decimal(10) ** EN_SCALES[scale]
    assert q.kind == ("money" if unit else "count")


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=10000, max_value=10**12))
def test_en_separators(n):
    q = only(f"a total of {n:,} people", "en")
    assert q.value == n


@settings(max_examples=200, deadline=None)
@given(mantissas(), st.integers(min_value=4, max_value=13), st.sampled_from(["CNY", "USD", None]))
def test_render_roundtrip(m, exp, unit):
    value = Decimal(m) * Decimal(10) ** exp
    en = render_en(value, unit)
    zh = render_zh(value, unit)
    assert only(f"It reached {en}.", "en").value == value, en
    assert only(f"达到{zh}。", "zh").value == value, zh


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=98), st.integers(min_value=1, max_value=50),
       st.sampled_from(sorted(ZH_SCALES)))
def test_zh_ranges_keep_both_ends(a, d, scale):
    b = a + d
    mult = Decimal(10) ** ZH_SCALES[scale]
    for text in (f"{a}-{b}{scale}元", f"{a}{scale}—{b}{scale}元", f"{a}{scale}元到{b}{scale}元"):
        q = only(f"约{text}", "zh")
        assert (q.low, q.high) == (a * mult, b * mult), text
        assert q.value is None and q.unit == "CNY"


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=98), st.integers(min_value=1, max_value=50),
       st.sampled_from(["million", "billion", "trillion"]))
def test_en_ranges_keep_both_ends(a, d, scale):
    b = a + d
    mult = Decimal(10) ** EN_SCALES[scale]
    for text in (f"{a}-{b} {scale} RMB", f"{a} to {b} {scale} RMB", f"between {a} and {b} {scale} RMB"):
        q = only(f"some {text}", "en")
        assert (q.low, q.high) == (a * mult, b * mult), text
        assert q.unit == "CNY"


@settings(max_examples=100, deadline=None)
@given(mantissas())
def test_wrong_scale_word_is_a_power_of_ten(m):
    zh = only(f"{m}万亿元", "zh")
    en = only(f"{m} billion RMB", "en")
    ratio = zh.value / en.value
    assert ratio == 1000


# Reversed ranges (issue 15): the ends of a range are never reversed, and a
# scale word written once applies to both ends.  The examples are the inputs
# a random seed once found.

CN_DIGITS = "零一二三四五六七八九"


def ordered(text: str, lang: str = "zh"):
    qs = extract_text(text, lang)
    for q in qs:
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, (text, q)
    return qs


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
@example(1, 0)
@example(5, 3)
def test_zh_percent_ranges_are_ordered(a, b):
    for text in (f"百分之{a}-{b}", f"百分之{a}至百分之{b}", f"百分之{a}到{b}"):
        qs = ordered(text)
        assert {v for q in qs for v in (q.value, q.low, q.high) if v is not None} == {a, b}, (text, qs)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
@example(2, 1)
def test_zh_cheng_ranges_are_ordered(a, b):
    ordered(f"{CN_DIGITS[a]}{CN_DIGITS[b]}成")


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99),
       st.sampled_from(sorted(ZH_SCALES)))
@example(5, 3, "亿")
def test_zh_scale_applies_to_both_ends(a, b, scale):
    mult = Decimal(10) ** ZH_SCALES[scale]
    qs = ordered(f"{a}-{b}{scale}元")
    values = {v for q in qs for v in (q.value, q.low, q.high) if v is not None}
    assert values == {a * mult, b * mult}, values


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99),
       st.sampled_from(["million", "billion"]))
@example(5, 3, "million")
def test_en_scale_applies_to_both_ends(a, b, scale):
    mult = Decimal(10) ** EN_SCALES[scale]
    qs = ordered(f"{a}-{b} {scale} dollars", "en")
    values = {v for q in qs for v in (q.value, q.low, q.high) if v is not None}
    assert values == {a * mult, b * mult}, values

"""Correct translations of Chinese travel writing, memoir and magazine features into English
that a check misread, and slips it missed, from a blind probe, through the whole pipeline.

Each class is written fresh for this test (a sight named by a generic the translation puts in
English or drops, 叶斗峰 "Yedou Peak", 莫高窟 "the Mogao Caves", 长白山天池 "Heaven Lake on
Changbai Mountain"; an age in literary Chinese, 七十有三; 贵了一倍 "twice the price"; a price
in 块 before 的; a day of the Chinese calendar, 农历八月十五 "the fifteenth day of the eighth
lunar month", 正月初一; "three or four hundred"), with a counter-case that must still be reported, so no rule is a
blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text import translit
from northeast_text.numbers import extract_text

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


def _read(text: str, lang: str) -> list[tuple[str, str, Decimal | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit) for q in extract_text(text, lang)]


@pytest.mark.parametrize(("text", "lang", "read"), [
    # 有 "and" between the tens and the units
    ("奶奶今年七十有三", "zh", [("七十有三", "count", 73, None)]),
    ("吾十有五而志于学，一百有五", "zh", [("十有五", "count", 15, None), ("一百有五", "count", 105, None)]),
    ("三十有余", "zh", [("三十有余", "count", 30, None)]),
    # a price in 块 before 的 (pieces take no 的)
    ("一双三百块的球鞋", "zh", [("三百块", "money", 300, "CNY")]),
    ("三块电池", "zh", [("三块", "count", 3, "item")]),
    # 贵了一倍 is twice the price
    ("比十年前贵了一倍", "zh", [("十年", "count", 10, "year"), ("一倍", "multiplier", 2, "x")]),
    # a day of the Chinese calendar, in Chinese and in English
    ("农历八月十五，正月初一，腊月二十八", "zh",
     [("八月十五", "date", 815, None), ("正月初一", "date", 101, None), ("腊月二十八", "date", 1228, None)]),
    ("八月十五日", "zh", [("八月十五日", "date", 815, None)]),
    ("on the fifteenth day of the eighth lunar month", "en",
     [("fifteenth day of the eighth lunar month", "date", 815, None)]),
    ("the fifth day of the fifth month", "en", [("fifth day of the fifth month", "date", 505, None)]),
])
def test_travel_figures_are_read(text, lang, read):
    assert _read(text, lang) == [(t, k, Decimal(v), u) for t, k, v, u in read]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Three or four hundred a day", 300, 400), ("three to four hundred metres", 300, 400),
    ("between five and six hundred", 500, 600),
])
def test_a_digit_before_its_neighbour_in_hundreds_shares_the_hundreds(text, low, high):
    [q] = extract_text(text, "en")
    assert (q.low, q.high) == (low, high)


def test_a_digit_before_a_hundred_not_its_neighbour_stays_alone():
    assert [q.value for q in extract_text("three or five hundred", "en")] == [3, 500]
    assert [q.value for q in extract_text("3 or 400", "en")] == [3, 400]


def test_a_lunar_date_has_no_gregorian_form():
    [zh] = extract_text("农历八月十五", "zh")
    [en] = extract_text("the fifteenth day of the eighth lunar month", "en")
    assert zh.when is None and en.when is None
    [solar] = extract_text("8月15日", "zh")
    assert solar.when == "--08-15"


@pytest.mark.parametrize(("text", "attrs"), [
    ("腊月二十八", {}), ("12月28日", {}), ("2020年12月28日", {"when": "2020-12-28"}), ("1228年", {"when": "1228"}),
])
def test_a_day_and_month_get_no_year_in_tei(text, attrs):
    from northeast_text.writers.tei.quantities import _date_attrs

    [q] = extract_text(text, "zh")
    assert _date_attrs(q) == attrs


@pytest.mark.parametrize(("zh", "en", "typ"), [
    ("叶斗峰", "Yedou", "place"), ("莫高窟", "Mogao", "place"), ("四方街", "Sifang", "place"),
    ("长白山天池", "Changbai Mountain", "place"),
])
def test_a_sight_without_its_generic_is_no_cut_name(zh, en, typ):
    assert not translit.near_miss(zh, en, typ)
    assert translit.how(zh, en, typ) == "pinyin"


def test_a_misspelt_sight_still_is_one():
    assert translit.near_miss("叶斗峰", "Yedu", "place")
    assert translit.near_miss("莫高窟", "Mogo", "place")


@pytest.mark.parametrize(("zh", "en"), [
    ("最高的北台叶斗峰海拔3061米。", "The highest, Yedou Peak on the Northern Terrace, rises 3,061 metres."),
    ("莫高窟要提前预约，A类票二百三十八元。",
     "The Mogao Caves must be booked in advance: a Class A ticket is 238 yuan."),
    ("长白山天池海拔2189米。", "Heaven Lake on Changbai Mountain lies 2,189 metres above sea level."),
    ("奶奶今年七十有三，身体还算硬朗。", "My grandmother is seventy-three and still in good health."),
    ("冰雪大世界的门票比十年前贵了一倍多。",
     "A ticket to the Ice and Snow World costs more than twice what it did ten years ago."),
    ("今年给他买了一双三百块的球鞋。", "This year we bought him a pair of trainers for 300 yuan."),
    ("今年农历八月十五，我回到了老家。", "This year, on the fifteenth day of the eighth lunar month, I went home."),
    ("腊月二十八，车站里挤满了人。", "On the twenty-eighth day of the twelfth lunar month, the station was packed."),
    ("现在一天三四百个。", "Now it's three or four hundred a day."),
])
def test_correct_travel_writing_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [
    # a lunar date changed
    ("今年农历八月十五，我回到了老家。", "This year, on the fifteenth day of the ninth lunar month, I went home.",
     "value"),
    ("三月街农历三月十五开始。", "The fair starts on the fifth day of the third lunar month.", "value"),
    # an age in literary Chinese changed
    ("奶奶今年七十有三，身体还算硬朗。", "My grandmother is seventy-five and still in good health.", "value"),
    # twice the price against three times
    ("门票比十年前贵了一倍。", "A ticket costs three times what it did ten years ago.", "value"),
    # a price in 块 changed
    ("今年给他买了一双三百块的球鞋。", "This year we bought him a pair of trainers for 200 yuan.", "value"),
    # a range in hundreds changed
    ("现在一天三四百个。", "Now it's five or six hundred a day.", "value"),
    # metres as feet
    ("最高的北台叶斗峰海拔3061米。", "The highest, Yedou Peak on the Northern Terrace, rises 3,061 feet.", "unit"),
])
def test_travel_slips_are_reported(tmp_path, zh, en, kind):
    assert kind in [k for k, _, _ in check(tmp_path, zh, en)]


def test_a_different_place_with_a_generic_still_is_one(tmp_path):
    found = check(tmp_path, "我们从抚顺市出发。", "We set off from Tieling City.")
    assert ("entity", "error", "Tieling City") in found

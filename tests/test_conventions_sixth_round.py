"""Conventions a new user brings, sixth round (docs/evaluation.md, 0.5.12): pairs written for the
purpose in timetables, disasters, medicine, space, history, rankings and English number words.
Each class has a counter-case that the true slip of the same shape is still reported.  The
sentences are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import loud
from builders import loud_expected as findings
from builders import read_plain as read


def kinds(zh: str, en: str, kind: str) -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


# --- noon and midnight, 12 noon, 午夜12时 --------------------------------------------------------

FERRY = "渡轮每天中午12时从码头出发，末班船午夜12时返回。"


@pytest.mark.parametrize("en", [
    "The ferry leaves the pier at noon every day and the last boat returns at midnight.",
    "The ferry departs at 12 noon daily; the last boat is back at 12 midnight.",
    "The ferry leaves at 12:00 every day and the last boat returns at 24:00.",
])
def test_noon_and_midnight_are_clock_times(en):
    assert loud(FERRY, en) == []


def test_noon_given_for_midnight_is_a_value_warning():
    assert findings("渡轮每天中午12时出发。", "The ferry leaves at midnight every day.") == [
        ("value", "中午12时", "midnight", "noon")]
    assert findings("末班船午夜12时返回。", "The last boat returns at noon.") == [
        ("value", "午夜12时", "noon", "midnight")]


def test_twelve_at_night_is_the_end_of_the_day():
    assert read("晚上12点关门", "zh") == [("晚上12点", "time", Decimal(2400))]
    assert read("半夜2点", "zh") == [("半夜2点", "time", Decimal(200))]  # after midnight, not 14:00
    assert read("中午12时", "zh") == [("中午12时", "time", Decimal(1200))]


def test_a_noon_alone_is_no_figure_missing():
    assert loud("他中午在食堂吃饭，下午3时开会。", "He ate in the canteen at noon and had a meeting at 3 p.m.") == []
    assert kinds("他中午在食堂吃饭，下午3时开会。", "He ate in the canteen at noon and had a meeting at 4 p.m.",
                 "value") == [("下午3时", "4 p.m.")]


# --- a time with no a.m. or p.m.; a time moved whatever its digits -------------------------------

def test_a_time_on_the_twelve_hour_clock_without_its_mark_is_either_half_of_the_day():
    assert loud("发布会下午4时30分举行。", "The news conference is at 4:30.") == []
    assert loud("发布会下午4时举行。", "The news conference is at 4 o'clock.") == []
    assert findings("发布会下午4时30分举行。", "The news conference is at 5:30.") == [
        ("value", "下午4时30分", "5:30", "4:30")]
    # a mark of its own still counts, and so does the 24-hour clock
    assert kinds("发布会晚上8时举行。", "The news conference is at 8 a.m.", "value") == [("晚上8时", "8 a.m.")]
    assert kinds("发布会上午9时举行。", "The news conference is at 21:00.", "value") == [("上午9时", "21:00")]
    # nor when the words after it give the part of the day
    assert kinds("发布会晚上8时举行。", "The news conference is at 8 o'clock this morning.", "value") == [
        ("晚上8时", "8 o'clock")]


def test_the_only_time_on_each_side_moved_is_a_value_warning():
    assert findings("货轮于上午10时15分启航。", "The freighter sailed at 9:40 a.m.") == [
        ("value", "上午10时15分", "9:40 a.m.", "10:15 a.m.")]
    assert loud("货轮于上午10时15分启航。", "The freighter sailed at 10:15 a.m.") == []


# --- a quarter of a million; a score of ---------------------------------------------------------

@pytest.mark.parametrize("en", [
    "About a quarter of a million tourists visited the fair.",
    "Some 250,000 tourists visited the fair.",
])
def test_a_quarter_of_a_million_is_a_count(en):
    assert loud("约25万名游客参观了博览会。", en) == []


def test_parts_of_a_scale_are_read():
    assert read("three-quarters of a billion dollars", "en")[0][1:] == ("count", Decimal(750000000))
    assert read("a third of a million homes", "en")[0][1:] == ("count", Decimal(333333))


def test_a_quarter_of_a_million_for_another_figure_is_reported():
    assert kinds("约50万名游客参观了博览会。", "About a quarter of a million tourists visited the fair.",
                 "value") == [("约50万名", "About a quarter of a million")]


def test_a_score_of_people_is_twenty():
    assert loud("约20名工人被困井下。", "About a score of miners were trapped underground.") == []
    assert kinds("约20名工人被困井下。", "About a dozen miners were trapped underground.", "value") == [
        ("约20名", "About a dozen")]
    # a result is no count of twenty
    assert [t for t, _, _ in read("She won with a score of 85 points.", "en")] == ["85"]
    assert read("a score of two goals", "en") == [("two", "count", Decimal(2))]


# --- micrograms; kilometres per second -----------------------------------------------------------

@pytest.mark.parametrize("en", [
    "Each tablet contains 50 micrograms of the drug.",
    "Each tablet contains 50 mcg of the drug.",
    "Each tablet contains 50 μg of the drug.",
])
def test_micrograms_are_a_unit(en):
    assert loud("每片含药物50微克。", en) == []


def test_micrograms_given_as_milligrams_is_a_unit_warning():
    assert kinds("每片含药物50微克。", "Each tablet contains 50 milligrams of the drug.", "unit") == [
        ("50微克", "50")]
    assert kinds("每片含药物50毫克。", "Each tablet contains 50 micrograms of the drug.", "unit") == [
        ("50毫克", "50")]


def test_kilometres_per_second_are_a_speed():
    assert loud("第一宇宙速度为7.9公里/秒。", "The first cosmic velocity is 7.9 km per second.") == []
    assert loud("第一宇宙速度为7.9公里/秒。", "The first cosmic velocity is 7.9 km/s.") == []
    assert kinds("第一宇宙速度为7.9公里/秒。", "The first cosmic velocity is 7.9 km per hour.", "unit") == [
        ("7.9公里/秒", "7.9 km per hour")]


# --- a conversion into another unit, rounded ----------------------------------------------------

@pytest.mark.parametrize("en", [
    "The pipeline runs some 500 miles.",  # 约800公里: 497 miles
    "The pipeline runs about 497 miles.",
])
def test_a_hedged_figure_converted_may_be_rounded(en):
    assert loud("这条管道全长约800公里。", en) == []


def test_a_conversion_off_by_more_than_its_rounding_is_still_reported():
    assert loud("这条管道全长约800公里。", "The pipeline runs some 540 miles.") != []
    # a figure given to four digits is converted to three
    assert loud("这条管道全长1318公里。", "The pipeline runs 819 miles.") == []
    assert loud("这条管道全长1318公里。", "The pipeline runs 810 miles.") != []
    # the same figure in the other unit is a unit slip, as before
    assert kinds("这条管道全长约800公里。", "The pipeline runs about 800 miles.", "unit") == [
        ("约800公里", "about 800")]


# --- a contraction told as growth ----------------------------------------------------------------

@pytest.mark.parametrize("en", ["Factory output contracted 1.2% in May.", "Factory output shrank by 1.2% in May."])
def test_a_contraction_is_a_fall(en):
    assert loud("5月工厂产出萎缩了1.2%。", en) == []


def test_a_contraction_told_as_growth_is_a_value_warning():
    assert kinds("5月工厂产出萎缩了1.2%。", "Factory output grew 1.2% in May.", "value") == [("1.2%", "1.2%")]
    assert kinds("5月工厂产出增长了1.2%。", "Factory output contracted 1.2% in May.", "value") == [("1.2%", "1.2%")]


# --- expected texts -------------------------------------------------------------------------------

def test_a_year_before_christ_expects_the_era_in_words():
    assert findings("该城建于公元前334年。", "The city was founded in 343 BC.") == [
        ("value", "公元前334年", "343 BC", "334 BC")]


def test_scientific_notation_expects_the_same_notation():
    assert findings("每毫升含细菌3.4×10⁷个。", "Each millilitre holds 3.4×10⁶ bacteria.") == [
        ("scale", "3.4×10⁷个", "3.4×10⁶", "3.4×10⁷")]
    assert [f[1:] for f in findings("每毫升含细菌3.4×10^7个。", "Each millilitre holds 3.4 x 10^6 bacteria.")] == [
        ("3.4×10^7个", "3.4 x 10^6", "3.4 x 10^7")]


def test_an_ordinal_expects_its_own_suffix():
    assert findings("她在榜单上排名第13位。", "She ranks 31st on the list.") == [("value", "第13", "31st", "13th")]
    assert findings("她在榜单上排名第22位。", "She ranks 21st on the list.") == [("value", "第22", "21st", "22nd")]


def test_a_half_expects_a_half():
    assert findings("该镇人口比二十年前减少了一半。", "The town has lost a third of its people in twenty years.") == [
        ("value", "一半", "a third", "a half")]


def test_a_figure_grown_past_a_thousand_is_grouped():
    assert findings("水库库容约为2675万立方米。", "The reservoir holds about 267 million cubic metres.")[0][3] \
        == "about 26.75 million"
    assert findings("这片湿地面积为3572公顷。", "The wetland covers 357 hectares.")[0][3] == "3,572"


# --- a clock time in words ---------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "The shelter opens at half past seven in the evening.",
    "The shelter opens at half past seven.",
    "The shelter opens at 7:30 p.m.",
])
def test_a_clock_time_in_words_is_a_time(en):
    assert loud("避难所晚上7时30分开放。", en) == []


def test_a_clock_time_in_words_moved_is_a_value_warning():
    assert findings("避难所晚上7时30分开放。", "The shelter opens at half past eight in the evening.") == [
        ("value", "晚上7时30分", "half past eight in the evening", "half past seven in the evening")]
    assert findings("车队凌晨4时45分出发。", "The convoy set off at a quarter past four in the morning.") == [
        ("value", "凌晨4时45分", "a quarter past four in the morning", "a quarter to five in the morning")]


@pytest.mark.parametrize("text", ["Five to ten people were hurt.", "It is ten to one he loses.",
                                  "A quarter to the north was flooded."])
def test_words_that_are_no_clock_time(text):
    assert all(kind != "time" for _, kind, _ in read(text, "en"))

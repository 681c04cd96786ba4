"""Conventions a new user brings, seventh round (docs/evaluation.md, 0.5.13): pairs written for the
purpose in other calendars' years, numbered congresses and plans, vague counts, cooking,
sports, coordinates, floors, clinical readings and ratios.  Each class has a counter-case that the
true slip of the same shape is still reported.  The sentences are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import loud
from builders import loud_expected as findings
from builders import read_plain as read

# --- a year of a Japanese era or of the Buddhist Era ----------------------------------------------

def test_era_years_are_gregorian_years():
    assert read("该法于令和4年施行", "zh") == [("令和4年", "year", Decimal(2022))]
    assert read("平成元年", "zh") == [("平成元年", "year", Decimal(1989))]
    assert read("佛历2568年", "zh") == [("佛历2568年", "year", Decimal(2025))]
    assert read("昭和39年10月10日", "zh") == [("昭和39年10月10日", "date", Decimal(19641010))]
    assert read("It took effect in Reiwa 4.", "en") == [("Reiwa 4", "year", Decimal(2022))]
    assert read("The year 2568 BE began in April.", "en")[0] == ("2568 BE", "year", Decimal(2025))


@pytest.mark.parametrize("en", [
    "The law took effect in 2022.",
    "The law took effect in fiscal 2022.",
    "The law took effect in Reiwa 4 (2022).",
])
def test_an_era_year_given_as_its_gregorian_year_agrees(en):
    assert loud("该法于令和4年施行。", en) == []


def test_an_era_year_given_as_another_year_is_reported():
    assert findings("该法于令和4年施行。", "The law took effect in 2021.") == [("value", "令和4年", "2021", "2022")]
    assert findings("该法于令和4年施行。", "The law took effect in Reiwa 3.") == [
        ("value", "令和4年", "Reiwa 3", "Reiwa 4")]
    assert findings("寺院落成于佛历2568年。", "The temple was completed in 2586 BE.") == [
        ("value", "佛历2568年", "2586 BE", "2568 BE")]
    assert findings("东京奥运会于昭和39年10月10日开幕。", "The Tokyo Olympics opened on 10 October 1946.")[0][:2] == \
        ("value", "昭和39年10月10日")


# --- a congress, a plenum, a session or a plan numbered without 第 -----------------------------------

@pytest.mark.parametrize("zh,en", [
    ("十三届全国人大一次会议选举产生了新一届国家领导人。",
     "The first session of the 13th National People's Congress elected a new state leadership."),
    ("党的十八届三中全会作出了全面深化改革的决定。",
     "The Third Plenum of the 18th CPC Central Committee adopted a decision on deepening reform."),
    ("中共十八大于2012年11月召开。", "The 18th National Congress of the CPC was held in November 2012."),
    ("“十三五”时期，全国脱贫攻坚取得决定性胜利。",
     "During the 13th Five-Year Plan period, the fight against poverty won a decisive victory."),
])
def test_congress_numbers_agree(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en,expected", [
    ("十三届全国人大一次会议选举产生了新一届国家领导人。",
     "The second session of the 13th National People's Congress elected a new state leadership.", "first"),
    ("党的十八届三中全会作出了全面深化改革的决定。",
     "The Fourth Plenum of the 18th CPC Central Committee adopted a decision on deepening reform.", "Third"),
    ("中共十八大于2012年11月召开。", "The 17th National Congress of the CPC was held in November 2012.", "18th"),
    ("“十三五”时期，全国脱贫攻坚取得决定性胜利。",
     "During the 12th Five-Year Plan period, the fight against poverty won a decisive victory.", "13th"),
])
def test_a_changed_congress_number_is_a_value_warning(zh, en, expected):
    got = findings(zh, en)
    assert [(k, e) for k, _, _, e in got] == [("value", expected)]


def test_a_run_of_terms_stays_a_count():
    assert read("他连续三届当选", "zh") == [("三届", "count", Decimal(3))]
    assert read("十四五", "zh") == []  # a code name alone, no plan after it


# --- 成千上万 and 成百上千 ---------------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "Thousands of migratory birds stop at the lake every winter.",
    "Tens of thousands of migratory birds stop at the lake every winter.",
])
def test_by_the_thousand_is_thousands(en):
    assert loud("每年冬天，成千上万只候鸟在湖区停留。", en) == []


def test_by_the_thousand_is_no_hundreds_nor_millions():
    zh = "每年冬天，成千上万只候鸟在湖区停留。"
    assert [k for k, *_ in findings(zh, "Hundreds of migratory birds stop at the lake every winter.")] == ["scale"]
    assert [k for k, *_ in findings(zh, "Millions of migratory birds stop at the lake every winter.")] == ["scale"]
    got = findings("成百上千名游客滞留机场。", "Tens of thousands of tourists were stranded.")
    assert [k for k, *_ in got] == ["scale"]


# --- "nearly" a power of ten; 上百 and "more than a thousand" ----------------------------------------

def test_nearly_a_thousand_is_no_rounding_of_nearly_a_hundred():
    assert [k for k, *_ in findings("近百辆汽车被困。", "Nearly 1,000 cars were stranded.")] == ["value"]
    assert [k for k, *_ in findings("近千辆汽车被困。", "Nearly 10,000 cars were stranded.")] == ["value"]


@pytest.mark.parametrize("zh,en", [
    ("近百辆汽车被困。", "Nearly 100 cars were stranded."),
    ("近950辆汽车被困。", "Nearly 1,000 cars were stranded."),
    ("398辆汽车被困。", "Nearly 400 cars were stranded."),
])
def test_nearly_still_rounds(zh, en):
    assert loud(zh, en) == []


def test_a_hundred_or_more_is_no_more_than_a_thousand():
    got = findings("上百名村民参加了听证会。", "More than a thousand villagers attended the hearing.")
    assert [k for k, *_ in got] == ["value"]
    assert loud("上百名村民参加了听证会。", "More than a hundred villagers attended the hearing.") == []
    assert loud("上千名村民参加了听证会。", "More than 1,000 villagers attended the hearing.") == []


# --- teaspoons and tablespoons; a range in another unit -------------------------------------------

@pytest.mark.parametrize("en", ["Stir in 3 teaspoons of soy sauce.", "Stir in 3 tsp soy sauce."])
def test_teaspoons(en):
    assert loud("加入酱油3茶匙。", en) == []


def test_tablespoons_for_teaspoons_is_a_unit_warning():
    assert [k for k, *_ in findings("加入酱油3茶匙。", "Stir in 3 tablespoons of soy sauce.")] == ["unit"]
    assert [k for k, *_ in findings("加入醋2汤匙。", "Add 2 teaspoons of vinegar.")] == ["unit"]


@pytest.mark.parametrize("zh,en", [
    ("每次注射2000至2500毫升生理盐水。", "Each infusion is 2 to 2.5 litres of saline."),
    ("每天步行8至10公里。", "Walk 8,000 to 10,000 metres a day."),
])
def test_a_range_in_another_unit_of_the_measure_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_range_in_another_unit_with_an_end_moved_is_reported():
    got = findings("每次注射2000至2500毫升生理盐水。", "Each infusion is 2 to 3.5 litres of saline.")
    assert [k for k, *_ in got] == ["value"]
    assert [k for k, *_ in findings("每天步行8至10公里。", "Walk 8 to 10 miles a day.")] == ["unit"]


# --- a race time in seconds glued to its figure -----------------------------------------------------

def test_seconds_glued_to_a_decimal_figure():
    assert read("She won in 10.85s.", "en") == [("10.85s", "count", Decimal("10.85"))]
    from northeast_text.numbers import extract_text

    assert [q.unit for q in extract_text("the 70s and the iPhone 5s", "en")] == [None]  # a model, no seconds
    assert loud("她在女子100米决赛中跑出10秒85。", "She clocked 10.85s in the women's 100m final.") == []
    assert findings("她在女子100米决赛中跑出10秒85。", "She clocked 10.58s in the women's 100m final.") == [
        ("value", "10秒85", "10.58s", "10.85s")]


# --- the decade since -------------------------------------------------------------------------------

def test_the_decade_since_is_ten_years():
    assert loud("该基金会成立10年来，已资助2000多名学生。",
                "In the decade since it was founded, the foundation has supported more than 2,000 students.") == []
    got = findings("该基金会成立20年来，已资助2000多名学生。",
                   "In the decade since it was founded, the foundation has supported more than 2,000 students.")
    assert [(k, s) for k, s, *_ in got] == [("value", "20年")]


# --- latitudes and longitudes -------------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "The buoy drifted to 12.5°S, 170.3°E.",
    "The buoy drifted to 12.5 degrees south, 170.3 degrees east.",
    "The buoy drifted to latitude 12.5 degrees south and longitude 170.3 degrees east.",
])
def test_coordinates_agree(en):
    assert loud("浮标漂移至南纬12.5度、东经170.3度。", en) == []


def test_a_hemisphere_changed_is_a_unit_warning():
    got = findings("浮标漂移至南纬12.5度、东经170.3度。", "The buoy drifted to 12.5°N, 170.3°E.")
    assert [(k, s) for k, s, *_ in got] == [("unit", "12.5度")]
    got = findings("浮标漂移至南纬12.5度、东经170.3度。", "The buoy drifted to 12.5°S, 170.3°W.")
    assert [(k, s) for k, s, *_ in got] == [("unit", "170.3度")]
    assert [k for k, *_ in findings("浮标漂移至南纬12.5度。", "The buoy drifted to 15.2°S.")] == ["value"]


# --- the ground floor ---------------------------------------------------------------------------------

def test_the_ground_floor_is_the_first():
    assert loud("餐厅位于酒店1楼。", "The restaurant is on the hotel's ground floor.") == []
    assert [k for k, *_ in findings("餐厅位于酒店3楼。", "The restaurant is on the hotel's ground floor.")] \
        == ["missing-number"]


# --- a ratio written with "to"; a reading "160 over 100" -----------------------------------------------

def test_a_ratio_of_one_to_another():
    assert loud("水泥和沙子的比例为1:2.5。", "The ratio of cement to sand is 1 to 2.5.") == []
    assert findings("水泥和沙子的比例为1:2.5。", "The ratio of cement to sand is 1 to 5.2.") == [
        ("value", "1:2.5", "1 to 5.2", "1 to 2.5")]
    assert read("Prices rose from 5 to 8 percent.", "en")[0][1] == "percent"  # no ratio without the word


def test_a_reading_over_another_is_no_bound():
    assert loud("他的血压为140/90毫米汞柱。", "His blood pressure was 140 over 90.") == []
    assert findings("他的血压为140/90毫米汞柱。", "His blood pressure was 140 over 95.") == [
        ("value", "90毫米", "95", "90")]
    assert [k for k, *_ in findings("共有100余人到场。", "In all, 100 people came.")] == ["approximation"]


# --- stones and pounds ---------------------------------------------------------------------------------

def test_stones_and_pounds_are_one_weight():
    assert read("He weighs 11st 6lb.", "en") == [("11st 6lb", "count", Decimal(160))]
    assert loud("他体重72.5公斤。", "He weighs 11st 6lb.") == []
    assert [k for k, *_ in findings("他体重72.5公斤。", "He weighs 13st 6lb.")] == ["missing-number", "extra-number"]

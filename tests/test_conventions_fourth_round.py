"""Conventions a new user brings, fourth round (docs/evaluation.md, 0.5.10): pairs written for the
purpose in time zones, quarters and halves, decades, Taiwan's calendar in English, temperatures in
both scales, wind speeds, nautical conversions, intensities per 万元 and shares of "it".  Each class
has a counter-case that the true slip of the same shape is still reported.  The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from builders import loud


def kinds(zh: str, en: str, kind: str) -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


def expected(zh: str, en: str) -> list[tuple[str, str, str | None]]:
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.source_text or "", f.target_text or "", f.expected) for f in pair.findings if f.severity == "error"]


# --- a time moved into another zone, and its date with it across midnight -----------------------------

LAUNCH = "卫星于北京时间4月10日凌晨3时15分成功发射。"


@pytest.mark.parametrize("en", [
    "The satellite was launched at 19:15 GMT on April 9.",
    "The satellite was launched at 1915 UTC on 9 April.",
    "The satellite was launched at 3:15 a.m. Beijing time on April 10.",
])
def test_a_time_given_in_gmt_is_compared_in_beijing_time_and_moves_its_date(en):
    assert loud(LAUNCH, en) == []


def test_a_date_not_moved_with_its_time_is_still_an_error():
    assert kinds(LAUNCH, "The satellite was launched at 19:15 GMT on April 10.", "value") == [
        ("4月10日", "April 10")]


def test_a_time_converted_an_hour_off_is_still_a_value_finding():
    assert kinds(LAUNCH, "The satellite was launched at 20:15 GMT on April 9.", "value") == [
        ("凌晨3时15分", "20:15")]


def test_a_time_with_no_zone_on_the_source_side_is_compared_as_written():
    # the source names no zone: "19:15 GMT" is not moved (nor is its date)
    found = loud("卫星于4月10日凌晨3时15分成功发射。", "The satellite was launched at 19:15 GMT on April 9.")
    assert ("value", "凌晨3时15分", "19:15") in found and ("missing-number", "4月10日", "") in found


# --- quarters and halves; decades ----------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "2H24 revenue rose 7.1% from a year earlier.",
    "Revenue in H2 2024 rose 7.1% year on year.",
    "Revenue rose 7.1% year on year in the second half of 2024.",
])
def test_the_second_half_in_analysts_shorthand(en):
    assert loud("2024年下半年营收同比增长7.1%。", en) == []


def test_another_half_is_an_error_with_the_half_expected_in_its_shorthand():
    assert expected("2024年下半年营收同比增长7.1%。", "1H24 revenue rose 7.1% from a year earlier.") == [
        ("下半年", "1H24", "2H24")]


def test_another_quarter_in_words_expects_the_quarter_in_words():
    assert expected("公司第二季度亏损3亿元。", "The company lost 300 million yuan in the third quarter.") == [
        ("第二季度", "third quarter", "second quarter")]


@pytest.mark.parametrize("en", ["Car ownership was rare in the 1970s.", "Car ownership was rare in the '70s."])
def test_a_decade_of_the_last_century(en):
    assert loud("上世纪70年代，私家车还很少见。", en) == []


def test_another_decade_is_an_error():
    assert expected("上世纪70年代，私家车还很少见。", "Car ownership was rare in the 1960s.") == [
        ("上世纪70年代", "the 1960s", "the 1970s")]
    assert [s for s, _ in kinds("二十世纪五十年代初，这里建起了第一座工厂。",
                                "The first factory was built here in the early 1960s.", "value")] == [
        "二十世纪五十年代初"]


def test_one_decade_beside_another_in_order_is_no_slip():
    assert loud("从上世纪80年代到90年代，该市人口翻了一番。",
                "The city's population doubled from the 1980s to the 1990s.") == []


# --- a year of the Minguo calendar as Taiwan's English press writes it ----------------------------------

@pytest.mark.parametrize("en", [
    "The island's exports hit a record in ROC year 113 (2024).",
    "The island's exports hit a record in Minguo 113.",
    "The island's exports hit a record in 2024.",
])
def test_roc_years_in_english(en):
    assert loud("民国113年台湾出口创历史新高。", en) == []


def test_an_roc_year_off_by_one_is_an_error_expecting_the_roc_year():
    assert expected("民国113年台湾出口创历史新高。", "The island's exports hit a record in ROC year 112 (2023).") == [
        ("民国113年", "ROC year 112", "ROC year 113")]


# --- temperatures in both scales: glued C and F, below zero ------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("午后气温升至41℃。", "The afternoon temperature climbed to 41C (106F)."),
    ("城区气温升至41℃。", "The city hit 41C (106F)."),  # no weather word: both scales make it a temperature
    ("山顶最低气温为零下25℃。", "The summit low was -25C (-13F)."),
    ("山顶最低气温为零下25℃。", "The summit low was -25°C (-13°F)."),
    ("山顶最低气温为零下25℃。", "The summit low was minus 25 degrees Celsius (minus 13 degrees Fahrenheit)."),
])
def test_a_temperature_in_both_scales(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh, en, extra", [
    ("城区气温升至41℃。", "The city hit 41C (96F).", "96F"),
    ("山顶最低气温为零下25℃。", "The summit low was -25C (13F).", "13F"),  # the sign of the conversion lost
])
def test_a_wrong_conversion_into_fahrenheit_is_still_reported(zh, en, extra):
    assert ("extra-number", "", extra) in loud(zh, en)


def test_a_room_with_a_letter_stays_a_code():
    assert loud("会议在10楼举行。", "The meeting is on floor 10, in Room 10C (next to 10F).") == []


# --- wind speeds in metres per second, km/h and knots; a wind force told by its speed -----------------------

@pytest.mark.parametrize("en", [
    "At landfall its maximum winds were 50 metres per second, or about 97 knots.",
    "It made landfall with maximum winds of 180 km/h.",
    "It made landfall with maximum winds of 50 m/s (180 km/h).",
])
def test_a_wind_speed_converted(en):
    assert loud("登陆时中心附近最大风速为50米/秒。", en) == []


def test_a_speed_in_another_unit_with_the_same_figure_is_a_unit_warning():
    assert kinds("登陆时中心附近最大风速为50米/秒。", "It made landfall with maximum winds of 50 km/h.", "unit") == [
        ("50米/秒", "50 km/h")]


def test_a_wrong_conversion_of_a_speed_is_reported():
    assert ("extra-number", "", "250 km/h") in loud(
        "登陆时中心附近最大风速为50米/秒。", "It made landfall with maximum winds of 50 m/s (250 km/h).")


@pytest.mark.parametrize("en", [
    "Sustained winds near the eye reached 55 metres per second.",
    "Sustained winds near the eye reached force 16 (55 metres per second).",
])
def test_a_wind_force_told_again_by_its_speed_may_be_left_out(en):
    assert loud("台风眼附近最大风力16级（55米/秒）。", en) == []


@pytest.mark.parametrize("en, kind", [
    ("Sustained winds near the eye reached 45 metres per second.", "value"),
    ("Sustained winds near the eye reached force 15.", "value"),
])
def test_a_wind_force_or_speed_changed_is_still_reported(en, kind):
    assert kind in [k for k, _, _ in loud("台风眼附近最大风力16级（55米/秒）。", en)]


def test_a_magnitude_is_no_wind_force():
    # 级 of an earthquake: no speed stands for it, its loss is still reported
    assert ("missing-number", "6.1级", "") in loud("当地发生6.1级地震（震源深度10公里）。",
                                                "A quake struck at a depth of 10 km.")


# --- a figure converted with the converted one put first ----------------------------------------------------

def test_a_conversion_put_before_the_source_figure_in_brackets():
    zh = "该机型最大航程为12960公里。"
    assert loud(zh, "The model has a maximum range of 7,000 nautical miles (12,960 km).") == []
    # the bracket changed: a value error; the conversion wrong: an extra figure
    assert kinds(zh, "The model has a maximum range of 7,000 nautical miles (12,690 km).", "value") == [
        ("12960公里", "12,690")]
    wrong = "The model has a maximum range of 8,000 nautical miles (12,960 km)."
    assert ("extra-number", "", "8,000") in loud(zh, wrong)


# --- tenths of a percentage point --------------------------------------------------------------------------

def test_tenths_of_a_percentage_point():
    zh = "通胀率比上月回落0.2个百分点。"
    assert loud(zh, "Inflation eased two-tenths of a percentage point from the month before.") == []
    assert kinds(zh, "Inflation eased four-tenths of a percentage point from the month before.", "value") == [
        ("0.2个百分点", "four-tenths of a percentage point")]


# --- an intensity per 10,000 yuan after a slash ------------------------------------------------------------

def test_an_intensity_per_ten_thousand_yuan_after_a_slash():
    zh = "全市单位地区生产总值水耗为28立方米/万元。"
    assert loud(zh, "Water use was 28 cubic metres per 10,000 yuan of GDP.") == []
    assert kinds(zh, "Water use was 28 cubic metres per 1,000 yuan of GDP.", "scale") == [("万元", "1,000 yuan")]


# --- a share of "it" naming a part not given ------------------------------------------------------------------

def test_a_share_of_it_naming_a_part_relates_no_two_figures():
    zh = "该企业去年销售额为120亿元，利润为9亿元，其中三成来自出口。"
    assert loud(zh, "The firm made a profit of 900 million yuan on sales of 12 billion yuan, 30% of it from exports.") \
        == []


def test_a_share_that_relates_the_two_figures_is_still_checked():
    zh = "该企业去年销售额为120亿元，出口额为36亿元，占三成。"
    found = loud(zh, "The firm exported 3.6 billion yuan of goods on sales of 12 billion yuan, or 40% of it.")
    assert ("arithmetic", "", "40%") in found


# --- 约 after 损失, 流失: a loss of about, not 失约 "a broken promise" ------------------------------------------

def test_a_hedge_after_a_word_of_loss_is_read():
    zh = "这片湿地每年流失约120公顷。"
    assert loud(zh, "The wetland loses some 120 hectares a year.") == []
    assert kinds(zh, "The wetland loses 120 hectares a year.", "approximation") == [("约120公顷", "120")]


def test_shi_yue_as_a_broken_promise_hedges_nothing():
    assert loud("他两次失约3天后才道歉。", "Twice he failed to show up, and apologised only 3 days later.") == []


# --- pounds and ounces in Chinese; a figure the source states is no conversion put first ------------

@pytest.mark.parametrize("zh, en", [
    ("这种生物重达3000磅（1300公斤）。", "The creature weighed up to 3,000 pounds (1,300 kg)."),
    ("球场长约3000码（2743米）。", "The course is about 3,000 yards (2,743 metres) long."),
    ("他买了2盎司黄金。", "He bought 2 ounces of gold."),
])
def test_a_figure_and_its_conversion_given_as_the_source_gives_them_agree(zh, en):
    assert loud(zh, en) == []


def test_pounds_and_ounces_given_in_another_unit_are_unit_warnings():
    assert [k for k, _, _ in loud("这条鱼重达30磅。", "The fish weighed 30 kg.")] == ["unit"]
    assert [k for k, _, _ in loud("他买了2盎司黄金。", "He bought 2 grams of gold.")] == ["unit"]

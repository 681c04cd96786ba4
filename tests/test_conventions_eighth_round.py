"""Conventions a new user brings, eighth round (docs/evaluation.md, 0.5.14): pairs written for the
purpose in nutrition labels, advice and limits, pensions and loans, prices, ratings, floods and
reservoirs.  Each class has a counter-case that the true slip of the same shape is still reported.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from builders import every, loud
from builders import loud_expected as findings

# --- kilojoules and kilocalories --------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "One slice of bread provides 330 kJ.",
    "One slice of bread provides 330 kilojoules (79 kcal).",
])
def test_kilojoules_agree(en):
    assert loud("一片面包提供330千焦能量。", en) == []


@pytest.mark.parametrize("en", [
    "A glass of milk has about 130 kcal.",
    "A glass of milk has about 130 calories.",
    "A glass of milk has about 130 kilocalories (544 kJ).",
])
def test_kilocalories_agree(en):
    assert loud("一杯牛奶约含130千卡热量。", en) == []


def test_kilojoules_for_kilocalories_is_a_unit_warning():
    assert [k for k, *_ in findings("一片面包提供330千焦能量。", "One slice of bread provides 330 kcal.")] == ["unit"]
    assert [k for k, *_ in findings("一杯牛奶约含130千卡热量。", "A glass of milk has about 130 kJ.")] == ["unit"]
    # a wrong conversion in brackets is still a figure of its own
    assert [k for k, *_ in findings("一片面包提供330千焦能量。",
                                    "One slice of bread provides 330 kilojoules (97 kcal).")] == ["extra-number"]
    assert [k for k, *_ in findings("一杯牛奶约含130千卡热量。", "A glass of milk has about 13 calories.")] == ["scale"]


# --- a bound advised or forbidden: 不宜超过, 不要低于, 勿超过 ----------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("儿童每天看屏幕时间不宜超过1小时。", "Children should spend no more than 1 hour a day on screens."),
    ("每次服用剂量勿超过20毫升。", "Do not take more than 20 ml at a time."),
    ("室内温度不要低于16℃。", "Indoor temperatures should be at least 16°C."),
])
def test_an_advised_bound_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_plain_negation_keeps_its_bound():
    # "did not take more than 20 ml" told as a report keeps "more than" (a bound turned round)
    got = findings("他服用了不到20毫升。", "He said he did not take more than 20 ml.")
    assert [k for k, *_ in got] == ["approximation"]


def test_an_advised_bound_turned_round_is_reported():
    got = findings("儿童每天看屏幕时间不宜超过1小时。", "Children should spend more than 1 hour a day on screens.")
    assert [k for k, *_ in got] == ["approximation"]
    got = findings("儿童每天看屏幕时间不宜超过1小时。", "Children should spend 1 hour a day on screens.")
    assert [k for k, *_ in got] == ["approximation"]


# --- "over" a span of time the thing takes -------------------------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("这笔贷款将用10年时间分期偿还。", "The loan will be repaid gradually over 10 years."),
    ("公司计划投资50亿元，为期5年。", "The company plans to invest 5 billion yuan over five years."),
])
def test_over_a_span_of_time_is_no_bound(zh, en):
    assert loud(zh, en) == []


def test_over_a_span_of_time_still_compares_its_figure_and_a_true_bound():
    got = findings("这笔贷款将用10年时间分期偿还。", "The loan will be repaid gradually over 12 years.")
    assert [(k, e) for k, _, _, e in got] == [("value", "10")]
    assert [k for k, *_ in findings("他在这家公司工作了10年。", "He has worked at the company for over 10 years.")] \
        == ["approximation"]
    assert [k for k, *_ in findings("参加者有10年以上工龄。", "Participants have over 10 years of service.")] == []


# --- a cap named right before its figure ------------------------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("每户补贴上限为3000元。", "Each household can receive up to 3,000 yuan in subsidies."),
    ("每户补贴上限为3000元。", "The subsidy is capped at 3,000 yuan per household."),
    ("该保单保额为20万元。", "The policy pays out up to 200,000 yuan."),
])
def test_a_cap_given_as_up_to_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_cap_given_as_more_or_about_is_reported():
    assert [k for k, *_ in findings("每户补贴上限为3000元。", "Each household can receive about 3,000 yuan.")] \
        == ["approximation"]
    assert [k for k, *_ in findings("每户补贴上限为3000元。", "Each household can receive more than 3,000 yuan.")] \
        == ["approximation"]
    # a plain figure with no cap in the source is still no bound
    got = findings("每户补贴3000元。", "Each household receives up to 3,000 yuan.")
    assert [k for k, *_ in got] == ["approximation"]


# --- a share of a nutrient reference value --------------------------------------------------------------

CALCIUM = "每份含钙120毫克，占营养素参考值的15%。"


@pytest.mark.parametrize("en", [
    "Each serving has 120 mg of calcium, 15% of the nutrient reference value.",
    "Calcium: 120mg per serving (15% NRV).",
    "Each serving has 120 mg of calcium, 15% of the daily value.",
])
def test_a_share_of_a_reference_value_has_no_terms_beside_it(en):
    assert loud(CALCIUM, en) == []


def test_a_share_of_the_figures_beside_it_is_still_checked():
    got = findings(CALCIUM, "Each serving has 120 mg of calcium, 18% of the nutrient reference value.")
    assert [(k, e) for k, _, _, e in got] == [("value", "15%")]
    got = every("该省粮食产量为200万吨，其中小麦80万吨，占50%。",
                "Grain output was 2 million tonnes, wheat 800,000, or 50%.")
    assert ("arithmetic", "warning") in [(k, s) for k, s, *_ in got]


# --- a rating's scale -------------------------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "The restaurant is rated 4.6 out of 5 by diners.",
    "The restaurant is rated 4.6 out of 5 stars by diners.",
])
def test_a_rating_scale_is_no_figure_added(en):
    assert loud("这家餐厅的食客评分为4.6分。", en) == []


def test_a_rating_changed_and_a_count_out_of_ten_are_still_reported():
    got = findings("这部剧的观众评分为8.7分。", "The series is rated 8.2 out of 10 by viewers.")
    assert [(k, e) for k, _, _, e in got] == [("value", "8.7")]
    # "out of 10" after a count is a share, read as before
    assert loud("三成受访者表示同意。", "Three out of 10 respondents agreed.") == []
    assert [k for k, *_ in findings("三成受访者表示同意。", "Four out of 10 respondents agreed.")] == ["value"]
    assert loud("这家餐厅的食客评分为4.6分，满分5分。", "The restaurant is rated 4.6 out of 5 by diners.") == []


# --- one month put for another -----------------------------------------------------------------------------

@pytest.mark.parametrize("zh,en,expected", [
    ("3月份，全市新增就业1.2万人。", "In April, the city added 12,000 jobs.", "March"),
    ("该航线于2025年6月开通。", "The route opened in July 2025.", "June 2025"),
])
def test_a_month_changed_is_reported(zh, en, expected):
    got = findings(zh, en)
    assert [(k, e) for k, _, _, e in got] == [("value", expected)]


@pytest.mark.parametrize("zh,en", [
    ("3月份，全市新增就业1.2万人。", "In March, the city added 12,000 jobs."),
    ("该航线于2025年6月开通。", "The route opened in June 2025."),
    # each month of two given, in another order
    ("3月出口增长4%，4月增长6%。", "Exports grew 6% in April and 4% in March."),
])
def test_the_same_month_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_month_of_another_year_or_of_the_chinese_calendar_is_not_judged_so():
    # the year and the month both differ: not one month put for another
    assert loud("该航线于2025年6月开通。", "The route opened in July 2024.") == []
    assert loud("农历十月，天气转凉。", "In November, the weather turns cool.") == []


# --- a difference from a level turned the other way ---------------------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("今年梅雨期降水量比常年偏多35毫米。", "Plum-rain season rainfall this year was 35 mm more than usual."),
    ("目前水库水位低于死水位1.2米。", "The reservoir is now 1.2 metres below its dead-storage level."),
    ("江水超保证水位0.6米。", "The river stands 0.6 m above its guaranteed level."),
])
def test_a_difference_in_its_direction_agrees(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("今年梅雨期降水量比常年偏多35毫米。", "Plum-rain season rainfall this year was 35 mm less than usual."),
    ("目前水库水位低于死水位1.2米。", "The reservoir is now 1.2 metres above its dead-storage level."),
    ("江水超保证水位0.6米。", "The river stands 0.6 m below its guaranteed level."),
])
def test_a_difference_turned_the_other_way_is_a_value_warning(zh, en):
    got = every(zh, en)
    assert [(k, s) for k, s, *_ in got] == [("value", "warning")]


def test_a_bound_is_no_difference():
    # 低于 right before the figure is a hedge (less than), judged as one
    assert [k for k, *_ in findings("气温低于5℃。", "Temperatures were more than 5°C.")] == ["approximation"]
    assert loud("气温低于5℃。", "Temperatures were below 5°C.") == []


# --- a flow per second given per hour ------------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "The river's flow reached 3,500 cubic metres per second.",
    "The river's flow reached 3,500 m³/s.",
    "The river's flow reached 3,500 cubic meters a second.",
])
def test_a_flow_per_second_agrees(en):
    assert loud("河道流量达到每秒3500立方米。", en) == []


def test_a_flow_per_second_given_per_hour_or_minute_is_a_frequency_warning():
    got = findings("河道流量达到每秒3500立方米。", "The river's flow reached 3,500 cubic metres per hour.")
    assert [(k, e) for k, _, _, e in got] == [("value", "every second")]
    got = findings("机器每分钟可包装120袋。", "The machine packs 120 bags per second.")
    assert [(k, e) for k, _, _, e in got] == [("value", "every minute")]
    assert loud("机器每分钟可包装120袋。", "The machine packs 120 bags a minute.") == []

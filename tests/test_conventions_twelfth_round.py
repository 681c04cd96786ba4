"""Conventions a new user brings, twelfth round (docs/evaluation.md, 0.5.18): whole documents in
conventions the bundled corpus does not use (interviews, press conferences, notices with numbered
clauses, footnoted essays, CVs, package inserts, market reports, a weather bulletin …).  Each class
has a counter-case that the true slip of the same shape is still reported.  The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from builders import loud, read_figures


def kinds(zh: str, en: str) -> list[str]:
    return [k for k, *_ in loud(zh, en)]


# --- a change told by a range: its direction is judged -------------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("受冷空气影响，山区气温将下降6～9℃。", "Under the cold air, temperatures in the hills will rise by 6 to 9°C."),
    ("受冷空气影响，山区气温将下降6～9℃。", "Under the cold air, temperatures in the hills will climb 6-9°C."),
    ("预计门店客流增长15%～20%。", "Footfall in the shops is expected to fall 15-20%."),
])
def test_a_change_told_by_a_range_in_the_other_direction_is_reported(zh, en):
    assert kinds(zh, en) == ["value"]


@pytest.mark.parametrize("zh,en", [
    ("受冷空气影响，山区气温将下降6～9℃。", "Under the cold air, temperatures in the hills will drop by 6 to 9°C."),
    ("预计门店客流增长15%～20%。", "Footfall in the shops is expected to grow 15-20%."),
    # a range's "to" is not read as a level: 增长15%至20% may be from one level to the other
    ("预计门店客流增长15%～20%。", "Footfall in the shops is expected to rise to between 15% and 20%."),
])
def test_a_change_told_by_a_range_in_the_same_direction_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_single_figure_told_in_the_other_direction_is_still_reported():
    assert kinds("山区气温将下降6℃。", "Temperatures in the hills will rise by 6°C.") == ["value"]


# --- a difference from a level told with 回落, 回升, 放缓, 加快 after 比 -----------------------------------

@pytest.mark.parametrize("zh,en", [
    ("全市商品房销售面积同比下降4.2%，比一季度回落1.6个百分点。",
     "Floor space of new homes sold in the city fell 4.2% year on year, 1.6 percentage points higher than in Q1."),
    ("全市出口同比增长7.5%，比上月回升0.8个百分点。",
     "The city's exports grew 7.5% year on year, 0.8 percentage points lower than the previous month."),
    ("全省平均气温比常年同期偏高1～2℃。", "Average temperatures across the province were 1 to 2°C lower than normal."),
])
def test_a_difference_told_with_a_verb_of_change_after_bi_turned_round_is_reported(zh, en):
    assert kinds(zh, en) == ["value"]


@pytest.mark.parametrize("zh,en", [
    ("全市商品房销售面积同比下降4.2%，比一季度回落1.6个百分点。",
     "Floor space of new homes sold in the city fell 4.2% year on year, 1.6 percentage points lower than in Q1."),
    ("全市出口同比增长7.5%，比上月回升0.8个百分点。",
     "The city's exports grew 7.5% year on year, 0.8 percentage points higher than the previous month."),
    ("全市出口同比增长7.5%，比上月回升0.8个百分点。",
     "The city's exports grew 7.5% year on year, up 0.8 percentage points from the previous month."),
    ("全省平均气温比常年同期偏高1～2℃。", "Average temperatures across the province were 1-2°C above normal."),
])
def test_a_difference_told_the_same_way_agrees(zh, en):
    assert loud(zh, en) == []


# --- a span of months written year.month (a CV, a chronology) -----------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("2013.09—2017.06　浙江大学　化学学士", "Sept 2013 – June 2017, Zhejiang University, BSc in Chemistry"),
    ("2013.09～2017.06　浙江大学", "September 2013 to June 2017: Zhejiang University"),
    ("2020.03至今　某设计院，工程师。", "March 2020 – present: engineer at a design institute."),
    ("2013.09—2017.06　浙江大学", "2013.09–2017.06 Zhejiang University"),
])
def test_a_span_of_months_written_year_dot_month_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_span_of_months_written_year_dot_month_with_a_month_changed_is_reported():
    assert kinds("2013.09—2017.06　浙江大学", "Sept 2013 – June 2016, Zhejiang University") == ["value"]
    assert kinds("2020.03至今　某设计院", "May 2020 – present: a design institute") == ["value"]


def test_a_lone_year_dot_month_is_still_a_figure():
    # an index level or an amount, not a month: read as it is
    assert [k for _, k, *_ in read_figures("上证指数收于2012.09，", "zh")] == ["count"]
    assert [k for _, k, *_ in read_figures("收于2012.09点至2016.06点", "zh")] == ["count"]
    assert "date" not in [k for _, k, *_ in read_figures("半年后增至2012.9—2016.6", "zh")]  # one-digit months


# --- two bounds under one negated order, joined by "or" -------------------------------------------------

@pytest.mark.parametrize("en", [
    "Do not use for more than 7 days for a cough or more than 3 days for a fever.",
    "Do not use for more than 7 days for a cough, or for more than 3 days for a fever.",
])
def test_the_second_bound_of_a_negated_order_joined_by_or_agrees(en):
    assert loud("用于止咳不得超过7天，用于退热不得超过3天。", en) == []


def test_a_bound_outside_a_negated_order_is_still_reversed():
    assert kinds("用于退热不得超过3天。", "Use for more than 3 days for a fever.") == ["approximation"]
    # a plain negation keeps its bound (a fact, not an order), and so does the bound joined to it
    assert kinds("他离家已不止3年。", "He has not been home for more than 3 years or more than 2 months.") \
        != ["approximation", "approximation"]


# --- net purchases against net sales, inflows against outflows ----------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("南向资金当日净买入23.5亿港元。", "Southbound funds made net sales of HK$2.35 billion on the day."),
    ("该基金上周净流出12亿元。", "The fund saw net inflows of 1.2 billion yuan last week."),
])
def test_a_net_purchase_told_as_a_net_sale_is_reported(zh, en):
    assert kinds(zh, en) == ["value"]


@pytest.mark.parametrize("zh,en", [
    ("南向资金当日净买入23.5亿港元。", "Southbound funds made net purchases of HK$2.35 billion on the day."),
    ("该基金上周净流出12亿元。", "The fund saw net outflows of 1.2 billion yuan last week."),
    # a deal told from the buyer's side: the same deal, no flow read
    ("该公司以5亿元卖出子公司股权。", "The buyer bought the stake for 500 million yuan."),
])
def test_a_net_purchase_told_as_one_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_loss_told_as_a_gain_is_still_reported():
    assert kinds("该公司上半年亏损3.2亿元。",
                 "The company made a profit of 320 million yuan in the first half.") == ["value"]


# --- a range in words joined by "to" is judged end by end ------------------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("年终奖为2～4个月工资。", "The year-end bonus is two to three months' salary."),
    ("年终奖为二至四个月工资。", "The year-end bonus is between two and five months' salary."),
])
def test_a_range_in_words_with_an_end_changed_is_reported(zh, en):
    assert kinds(zh, en) == ["value"]


@pytest.mark.parametrize("zh,en", [
    ("年终奖为2～4个月工资。", "The year-end bonus is two to four months' salary."),
    # two figures said as one rough one: no ends to compare
    ("年终奖为两三个月工资。", "The year-end bonus is two or three months' salary."),
    ("年终奖为两三个月工资。", "The year-end bonus is two to three months' salary."),
])
def test_a_range_in_words_agrees(zh, en):
    assert loud(zh, en) == []

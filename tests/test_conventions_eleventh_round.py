"""Conventions a new user brings, eleventh round (docs/evaluation.md, 0.5.18): pairs written for the
purpose in hospital fees, insurance claims, lab reports, telecom tariffs, water supply, fisheries,
opinion polls, annual reports, museums, heating, blood donation and wine labels.  Each class has a
counter-case that the true slip of the same shape is still reported.  The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from builders import loud
from builders import loud_expected as findings


def kinds(zh: str, en: str) -> list[str]:
    return [k for k, *_ in loud(zh, en)]


# --- hedges written as signs or abbreviations: "c.", "~", "≈", "≥", "≤" --------------------------------

@pytest.mark.parametrize("zh,en", [
    ("这台设备重约350公斤。", "The unit weighs c. 350 kg."),
    ("这台设备重约350公斤。", "The unit weighs ~350 kg."),
    ("这台设备重约350公斤。", "The unit weighs ~ 350 kg."),
    ("门票约合9.5美元。", "A ticket costs ≈ US$9.50."),
    ("门票约合9.5美元。", "A ticket costs ≈US$9.50."),
    ("该奶粉蛋白质含量≥2.9%。", "The milk powder has at least 2.9% protein."),
    ("该奶粉蛋白质含量≥2.9%。", "The milk powder has ≥2.9% protein."),
    ("该奶粉蛋白质含量不低于2.9%。", "The milk powder has ≥ 2.9% protein."),
    ("噪声不超过55分贝。", "Noise is ≤55 dB."),
])
def test_a_hedge_written_as_a_sign_or_an_abbreviation_agrees(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("这台设备重350公斤。", "The unit weighs c. 350 kg."),  # a hedge added
    ("这台设备重350公斤。", "The unit weighs ~350 kg."),
    ("该奶粉蛋白质含量≥2.9%。", "The milk powder has 2.9% protein."),  # the bound dropped
    ("该奶粉蛋白质含量≥2.9%。", "The milk powder has ≤2.9% protein."),  # the bound reversed
    ("该奶粉蛋白质含量不低于2.9%。", "The milk powder has at most 2.9% protein."),
])
def test_a_hedge_written_as_a_sign_still_reports_one_added_dropped_or_reversed(zh, en):
    assert kinds(zh, en) == ["approximation"]


def test_a_tilde_between_two_figures_is_a_range_not_a_hedge():
    assert loud("工期为5至7年。", "The works take 5 ~ 7 years.") == []
    assert loud("约有40人。", "There were 40~50 people, about 40.") != []  # "~" after a figure hedges nothing


def test_etc_before_a_figure_is_no_circa():
    # "etc." ends a list; the "c." inside it is no hedge of the figure after it
    assert loud("包括桌椅等，共120件。", "Tables, chairs etc. 120 items in all.") == []


# --- a ceiling set: "capped at", "limited to" for 限流, 以内, 不超过 -------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("每日限流5000人。", "Entry is capped at 5,000 people a day."),
    ("船队规模控制在200艘以内。", "The fleet is capped at 200 boats."),
    ("船队规模不超过200艘。", "The fleet is limited to 200 boats."),
])
def test_a_ceiling_set_agrees_with_its_source(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("船队规模在200艘以上。", "The fleet is capped at 200 boats."),  # a floor given as a ceiling
    ("每日接待游客5000人。", "Entry is capped at 5,000 people a day."),  # a ceiling the source has not
])
def test_a_ceiling_is_still_reported_against_a_floor_or_a_plain_figure(zh, en):
    assert kinds(zh, en) == ["approximation"]


# --- 正负 is ±, not a negative figure ---------------------------------------------------------------

def test_a_margin_of_error_is_no_negative_figure():
    assert loud("抽样误差为正负2.5个百分点。", "The sampling error is ±2.5 percentage points.") == []
    assert loud("抽样误差为正负2.5个百分点。", "The sampling error is plus or minus 2.5 percentage points.") == []


def test_a_negative_figure_written_with_fu_is_still_reported():
    assert kinds("该指标为负2.5个百分点。", "The indicator stood at 2.5 percentage points.") == ["value"]
    assert kinds("抽样误差为正负2.5个百分点。", "The sampling error is ±3.5 percentage points.") == ["value"]


# --- an accounting negative: "RMB(0.21)", "RMB(860) million" ---------------------------------------

@pytest.mark.parametrize("zh,en", [
    ("稀释每股收益为-0.21元。", "Diluted earnings per share were RMB(0.21)."),
    ("营业利润为-8.6亿元。", "Operating profit was RMB(860) million."),
    ("营业利润为-8.6亿元。", "Operating profit was RMB(0.86)bn."),
    ("投资活动现金流量净额为-1.5亿元。", "Net cash used in investing activities was (150)mn yuan."),
])
def test_an_accounting_negative_keeps_the_sign(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("稀释每股收益为-0.21元。", "Diluted earnings per share were RMB0.21."),
    ("营业利润为-8.6亿元。", "Operating profit was RMB860 million."),
])
def test_a_sign_dropped_is_still_reported(zh, en):
    assert kinds(zh, en) == ["value"]


# --- a decimal comma quoted in a Chinese text: "Blanc 11,5 %" ----------------------------------------

def test_a_decimal_comma_before_a_per_cent_sign_in_chinese_is_one_figure():
    zh = '酒标上印有"Sauvignon Blanc 11,5 % vol"字样，即酒精度11.5%。'
    assert loud(zh, 'The label reads "Sauvignon Blanc 11,5 % vol", that is, 11.5 per cent alcohol.') == []
    assert loud("酒精度为13,5％。", "It is 13.5% alcohol.") == []


def test_a_decimal_comma_figure_is_still_compared():
    zh = '酒标上印有"Sauvignon Blanc 11,5 % vol"字样，即酒精度11.5%。'
    got = findings(zh, 'The label reads "Sauvignon Blanc 11,5 % vol", that is, 12.5 per cent alcohol.')
    assert [(k, s, t) for k, s, t, _ in got] == [("value", "11.5%", "12.5 per cent")]
    # a comma before three digits still groups thousands; a list of months is no decimal
    assert loud("共售出1,500瓶。", "1,500 bottles were sold.") == []
    assert loud("今年1,2月增长5%。", "Growth was 5% in January and February.") == []


# --- a change in percentage points: its direction though no rate is named ----------------------------

@pytest.mark.parametrize("en", [
    "Approval rose 3 points to 41%.",
    "Backing for the plan rose 3 percentage points to 41%.",
])
def test_a_fall_in_points_told_as_a_rise_is_reported(en):
    assert kinds("对该计划的支持率下降3个百分点，至41%。", en) == ["value"]


@pytest.mark.parametrize("en", [
    "Approval fell 3 points to 41%.",
    "Backing for the plan fell 3 percentage points to 41%.",
    "The approval rating dropped 3 points to 41%.",
])
def test_a_fall_in_points_told_as_a_fall_agrees(en):
    assert loud("对该计划的支持率下降3个百分点，至41%。", en) == []


def test_a_rate_named_on_one_side_only_is_still_not_judged_for_a_level():
    # 增速 (a rate) to a level against "grew by": the level of a rate, not judged (the ninth round's rule)
    assert loud("GDP增速回落至5.2%。", "GDP grew 5.2%.") == []


# --- "raising", "lowering": verbs of change as participles ------------------------------------------

def test_participles_of_change_are_read_for_their_direction():
    zh = "本次调整中，上调收费项目128项、下调收费项目96项。"
    assert kinds(zh, "The revision raised 128 charges and lowered 96.") == []
    assert loud(zh, "The revision touched many charges, raising 128 and lowering 96.") == []
    assert kinds(zh, "The revision touched many charges, raising 96 and lowering 128.") == ["value", "value"]


# --- units: "US gallons", "in" for inches, "µg/kg", prices per a Latin unit --------------------------

def test_us_gallons_are_gallons():
    assert loud("每户每天用水约400升。", "Each household uses about 400 litres (106 US gallons) a day.") == []
    assert kinds("每户每天用水约400升。", "Each household uses about 400 litres (160 US gallons) a day.") \
        == ["extra-number"]


@pytest.mark.parametrize("en", [
    "The vase is 41.5 in tall.",
    "The vase is 41.5 in high.",
])
def test_in_before_a_word_of_size_is_inches(en):
    assert kinds("这件花瓶高41.5厘米。", en) == ["unit"]


def test_in_as_a_preposition_or_a_converted_inch_is_no_clash():
    assert loud("这件花瓶高41.5厘米。", "The vase is 41.5 cm (16.3 in) tall.") == []
    assert loud("十人中有3人反对。", "3 in 10 people were against.") == []
    assert loud("这件花瓶高41.5厘米。", "The vase is 41.5 cm tall.") == []


def test_the_measure_of_a_rate_written_with_a_slash_is_read():
    assert loud("镉含量为0.08毫克/千克。", "The cadmium content was 0.08 mg/kg.") == []
    assert loud("镉含量为0.08毫克/千克。", "The cadmium content was 0.08 µg/kg.") != []
    assert loud("臭氧浓度为160微克/立方米。", "Ozone stood at 160 μg/m³.") == []
    assert kinds("臭氧浓度为160微克/立方米。", "Ozone stood at 160 mg/m³.") == ["unit"]


@pytest.mark.parametrize("zh,en", [
    ("超出部分每MB 0.29元。", "Extra data costs RMB0.29 per GB."),
    ("工业用气每立方米3.9元。", "Industrial gas costs 3.9 yuan per kilowatt-hour."),
    ("峰时电价为0.62元/kWh。", "The peak tariff is 0.62 yuan per MWh."),
])
def test_a_price_per_another_unit_is_reported(zh, en):
    assert kinds(zh, en) == ["unit"]


@pytest.mark.parametrize("zh,en", [
    ("超出部分每MB 0.29元。", "Extra data costs RMB0.29 per MB."),
    ("超出部分每MB 0.29元。", "Extra data costs RMB0.29 per megabyte."),
    ("工业用气每立方米3.9元。", "Industrial gas costs 3.9 yuan per cubic metre."),
    ("峰时电价为0.62元/kWh。", "The peak tariff is 0.62 yuan per kilowatt-hour."),
])
def test_a_price_per_the_same_unit_agrees(zh, en):
    assert loud(zh, en) == []


# --- a vulgar fraction alone: "¾", "⅔" ---------------------------------------------------------------

def test_a_vulgar_fraction_alone_is_read():
    assert loud("约三分之二的家庭拥有汽车。", "About ⅔ of households own a car.") == []
    assert kinds("约三分之二的家庭拥有汽车。", "About ¾ of households own a car.") == ["value"]


# --- the expected text of a figure grouped by spaces -------------------------------------------------

def test_the_expected_text_keeps_a_space_grouping():
    got = findings("馆藏标本2457310件。", "The collection holds 2\u2009475\u2009310 specimens.")
    assert [(k, e) for k, _, _, e in got] == [("value", "2\u2009457\u2009310")]
    got = findings("馆藏标本2457310件。", "The collection holds 2 475 310 specimens.")
    assert [(k, e) for k, _, _, e in got] == [("value", "2 457 310")]

"""Correct translations of Chinese government and policy documents (work reports,
plan outlines, white papers, communiqués, press-conference transcripts) that the
figure checks misread, from a blind probe, through the whole pipeline.

Each class is written fresh for this test (a growth multiple 增长了N倍 rendered as
a percentage beside another multiple, a "1+N" policy formula, the 万元 of
output an intensity is measured per, a money figure beside a small number in
words, a negative figure's sign, a figure and a year read as a fraction), with
a counter-case that must still be reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.numbers import extract_text

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    # 增长了0.6倍 is "60 percent": the reading the other side states exactly wins over
    # the multiple 1.6 that "more than doubled" holds within its rounding
    ("全国铁路营业里程增长了0.6倍，高速公路里程增长了1倍多。",
     "Railways in operation grew by 60 percent, and expressways more than doubled in length."),
    # "1+N": a formula, not "more than 1"
    ("落实“双碳”目标，构建“1+N”政策体系。", "We will build a \"1+N\" policy framework for the carbon goals."),
    # the 万元 of GDP an intensity is measured per
    ("全国万元国内生产总值能耗比上年下降0.5%。", "Energy consumption per 10,000 yuan of GDP fell by 0.5 percent."),
    # "from 6.92 in 2022": a figure and a year, not the fraction 92 in 2022
    ("每千人口床位数由2022年的6.92张增加到7.23张。", "Beds per 1,000 people rose from 6.92 in 2022 to 7.23."),
    # a negative figure with its sign, or with a word of a fall, on the English side
    ("全年自然增长率为-1.48‰。", "The natural growth rate was minus 1.48 per thousand."),
    ("10月份，工业生产者出厂价格同比为-2.6%。", "In October, producer prices fell 2.6 percent year on year."),
    ("全年人口自然增长率为-1.48‰。", "The population recorded a natural decrease of 1.48 per thousand."),
    ("当天最低气温零下5度。", "The lowest temperature of the day was 5 degrees below zero."),
    # a hyphen between two figures is a range, not a sign
    ("1-8月，规模以上工业增加值增长4.0%。", "In the first eight months, industrial output grew 4 percent."),
    # a dash after a figure joins a range, not a sign
    ("规划期为2021年-2025年，投资10万-20万元。",
     "The plan covers 2021-2025, with investment of 100,000 to 200,000 yuan."),
    # a list's bullet is no sign
    ("- 41个工业大类行业中，有29个行业增加值实现增长。", "- Of the 41 major industrial sectors, 29 grew."),
])
def test_correct_policy_translation_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [
    ("全国铁路营业里程增长了0.6倍，高速公路里程增长了1倍多。",
     "Railways in operation grew by 70 percent, and expressways more than doubled in length.", "extra-number"),
    # the formula's figure is still read
    ("构建“1+N”政策体系，服务10万家企业。", "We will build a \"2+N\" policy framework serving 100,000 firms.",
     "value"),
    ("全国万元国内生产总值能耗比上年下降0.5%。", "Energy consumption per 1,000 yuan of GDP fell by 0.5 percent.",
     "scale"),
    ("每千人口床位数由2022年的6.92张增加到7.23张。", "Beds per 1,000 people rose from 6.29 in 2022 to 7.23.", "value"),
    # the sign lost
    ("全年自然增长率为-1.48‰。", "The natural growth rate was 1.48 per thousand.", "value"),
    ("当天最低气温零下5度。", "The lowest temperature of the day was 5 degrees.", "value"),
    # a total changed: a value slip, not a scale slip onto "three" (前三季度)
    ("前三季度，我国货物贸易进出口总值30.8万亿元。",
     "In the first three quarters, China's trade in goods reached 31.8 trillion yuan.", "value"),
    ("前三季度，我国货物贸易进出口总值30.8万亿元。",
     "In the first three quarters, China's trade in goods reached 30.8 billion yuan.", "scale"),
])
def test_counter_case_is_still_reported(tmp_path, zh, en, kind):
    assert kind in {k for k, _, _ in check(tmp_path, zh, en)}


def test_a_changed_total_is_no_scale_slip_onto_a_number_in_words(tmp_path):
    found = check(tmp_path, "前三季度，我国货物贸易进出口总值30.8万亿元。",
                  "In the first three quarters, China's trade in goods reached 31.8 trillion yuan.")
    assert ("scale", "error", "three") not in found


@pytest.mark.parametrize(("text", "qualifier"), [("a \"1+N\" framework", None), ("a 5+ rating", "plus"),
                                                  ("for 10+ years", "plus")])
def test_a_plus_before_a_letter_is_a_formula(text, qualifier):
    [q] = extract_text(text, "en")
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "found"), [
    ("rose from 6.92 in 2022 to 7.23", [("6.92", "count"), ("2022", "year"), ("7.23", "count")]),
    ("deaths fell to 12 in 2023", [("12", "count"), ("2023", "year")]),
    ("1 in 250 people", [("1 in 250", "fraction")]),
    ("one in 5 million", [("one in 5 million", "fraction")]),
])
def test_a_figure_in_a_year_is_no_fraction(text, found):
    assert [(q.text, q.kind) for q in extract_text(text, "en")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("万元国内生产总值能耗下降0.5%", [("万元", Decimal(10000), "CNY")]),
    ("亿元GDP生产安全事故死亡率", [("亿元", Decimal(10 ** 8), "CNY")]),
    ("他是村里的万元户", []),
    ("千元以下的商品", []),
])
def test_the_yuan_an_intensity_is_measured_per(text, found):
    assert [(q.text, q.value, q.unit) for q in extract_text(text, "zh")][:1] == found

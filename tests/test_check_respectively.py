"""Figures given to the wrong subjects of a 分别 ("respectively") list (checks/respectively.py,
rule ``numbers.value_respectively``).  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from northeast_text.checks import respectively as R

from builders import loud


def _findings(zh: str, en: str):
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    return pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text")).findings

SWAPPED = [
    # "respectively", subjects named in the source's order
    ("上半年和下半年的销量分别为320万辆和410万辆。",
     "Sales were 4.1 million vehicles in the first half and 3.2 million in the second.",
     "320万辆和410万辆", "4.1 million vehicles in the first half and 3.2 million"),
    ("城镇和农村居民人均收入分别增长4.8%和6.9%。",
     "Per capita income grew 6.9% and 4.8% respectively for urban and rural residents.",
     "4.8%和6.9%", "6.9% and 4.8%"),
    # each subject followed by its figure, no "respectively"
    ("进口和出口分别下降3.1%和7.4%。", "Imports fell 7.4% and exports 3.1%.", "3.1%和7.4%", "7.4% and exports 3.1%"),
    # three subjects, two of them swapped
    ("广州、深圳和东莞的降水量分别为120毫米、95毫米和60毫米。",
     "Rainfall reached 120 mm in Guangzhou, 60 mm in Shenzhen and 95 mm in Dongguan.",
     "120毫米、95毫米和60毫米", "120 mm in Guangzhou, 60 mm in Shenzhen and 95"),
    # years as subjects
    ("2021年和2022年的利润分别为15亿元和9亿元。",
     "Profits were 900 million yuan in 2021 and 1.5 billion yuan in 2022.",
     "15亿元和9亿元", "900 million yuan in 2021 and 1.5 billion yuan"),
]


@pytest.mark.parametrize("zh, en, src, tgt", SWAPPED)
def test_figures_given_to_the_other_subject_are_a_value_warning(zh, en, src, tgt):
    assert ("value", src, tgt) in loud(zh, en)


KEPT = [
    ("上半年和下半年的销量分别为320万辆和410万辆。",
     "Sales were 3.2 million vehicles in the first half and 4.1 million in the second."),
    ("上半年和下半年的销量分别为320万辆和410万辆。",
     "First-half and second-half sales were 3.2 million and 4.1 million vehicles respectively."),
    # the translator names the subjects in the other order, and their figures with them
    ("城镇和农村居民人均收入分别增长4.8%和6.9%。",
     "Per capita income grew 6.9% for rural residents and 4.8% for urban residents."),
    ("城镇和农村居民人均收入分别增长4.8%和6.9%。",
     "Rural and urban per capita income grew 6.9% and 4.8% respectively."),
    ("进口和出口分别下降3.1%和7.4%。", "Exports fell 7.4% and imports 3.1%."),
    ("广州、深圳和东莞的降水量分别为120毫米、95毫米和60毫米。",
     "Rainfall reached 120 mm in Guangzhou, 95 mm in Shenzhen and 60 mm in Dongguan."),
    ("2021年和2022年的利润分别为15亿元和9亿元。",
     "Profits fell from 1.5 billion yuan in 2021 to 900 million yuan in 2022."),
    # 分别 as "separately", and a list the translation does not say in a readable order
    ("两国外长分别会见了记者。", "The two foreign ministers met the press separately."),
    ("上半年和下半年的销量分别为320万辆和410万辆。",
     "Sales of 3.2 million and 4.1 million vehicles made the two halves of the year."),
]


@pytest.mark.parametrize("zh, en", KEPT)
def test_figures_kept_with_their_subjects_are_silent(zh, en):
    assert not [f for f in loud(zh, en) if f[0] == "value"]


def test_a_subject_named_twice_apart_is_not_judged():
    # "exports" stands in two places of the sentence: it cannot be placed, so nothing is said
    zh = "进口和出口分别下降3.1%和7.4%。"
    en = "Exports weakened: imports fell 7.4%, while exports, hit by tariffs on steel and aluminium, fell 3.1%."
    assert not [f for f in loud(zh, en) if f[0] == "value"]


def test_the_list_reader_takes_as_many_figures_as_subjects_and_distinct_values():
    assert R._given("A and B were 1 and 2 respectively", [0, 6], [12, 18]) == [0, 1]
    assert R._given("A rose 2 and B 1", [0, 11], [7, 15]) == [0, 1]
    assert R._given("2 for A and 1 for B", [6, 18], [0, 12]) == [0, 1]
    assert R._given("A and B rose 2 and 1", [0, 6], [13, 19]) is None  # no "respectively": not read



@pytest.mark.parametrize(("zh", "en"), [
    ("其中，出口20.46万亿元，增长0.5%；进口15.56万亿元，下降0.6%。",
     "Exports were 15.56 trillion yuan, up 0.5%, while imports were 20.46 trillion yuan, down 0.6%."),
    ("代表团共获得38枚金牌、32枚银牌和18枚铜牌。", "The delegation won 38 gold, 18 silver and 32 bronze medals."),
    ("男性平均预期寿命73.6岁，女性79.4岁。", "Life expectancy was 79.4 years for men and 73.6 for women."),
    ("今天最高气温35摄氏度，最低气温22摄氏度。", "Today's high will be 22C and the low 35C."),
    # casualties: the dead and the injured or missing
    ("车祸造成4人死亡、7人受伤。", "The crash killed seven people and injured four."),
    ("山体滑坡已造成15人遇难，6人失踪。", "The landslide has left six people dead and 15 missing."),
])
def test_figures_each_by_its_label_given_to_other_labels_is_a_value_warning(zh, en):
    """No 分别: each figure has its own label of a closed group (出口/进口, 金牌/银牌/铜牌, 男性/女性,
    最高/最低), right before it or right after its counter."""
    found = [f for f in _findings(zh, en) if f.evidence.get("rule") == "numbers.value_labelled"]
    assert [(f.kind, f.severity) for f in found] == [("value", "warning")]


@pytest.mark.parametrize(("zh", "en"), [
    ("其中，出口20.46万亿元，增长0.5%；进口15.56万亿元，下降0.6%。",
     "Exports were 20.46 trillion yuan, up 0.5%, while imports were 15.56 trillion yuan, down 0.6%."),
    ("代表团共获得38枚金牌、32枚银牌和18枚铜牌。", "The delegation won 38 gold, 32 silver and 18 bronze medals."),
    ("男性平均预期寿命73.6岁，女性79.4岁。", "Life expectancy was 73.6 years for men and 79.4 for women."),
    ("今天最高气温35摄氏度，最低气温22摄氏度。", "Today's high will be 35C and the low 22C."),
    ("车祸造成4人死亡、7人受伤。", "The crash killed four people and injured seven."),
    ("车祸造成4人死亡、7人受伤。", "Four people were killed and seven hurt in the crash."),
    ("山体滑坡已造成15人遇难，6人失踪。", "The landslide has left 15 people dead and six missing."),
    # a label and a figure of another clause: 增长0.5% is no export figure; one label only is no list
    ("出口增长，达到20万亿元，进口15万亿元。", "Imports reached 20 trillion yuan and exports 15 trillion yuan."),
    ("出口20万亿元，同比增长5%。", "Exports grew 20% to 5 trillion yuan."),
])
def test_figures_each_by_its_label_kept_or_unread_give_no_labelled_finding(zh, en):
    assert [f for f in _findings(zh, en) if f.evidence.get("rule") == "numbers.value_labelled"] == []

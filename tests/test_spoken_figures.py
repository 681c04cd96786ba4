"""Figures as speech and the press write them, and the text a finding expects:
4个亿 with 多 (3个多亿 "more than 300 million"), 几个亿, half of 亿 (半个亿 "50 million"),
hours and minutes with 分 for the minutes (2小时15分), a season written with a slash
(2022/23赛季), and the expected form of a per-mille rate, a two-unit measure or a
multiplier the translation got wrong.  Sentences written for
these tests; each reading has a counter-case that is still reported."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from builders import loud, read_figures

# --------------------------------------------------------------------------
# the number engine


@pytest.mark.parametrize(("text", "want"), [
    ("另有3个多亿的贷款", [("3个多亿", "count", D("3E8"), "plus")]),
    ("1个多亿元的资金", [("1个多亿元", "money", D("1E8"), "plus")]),
    ("一个多亿", [("一个多亿", "count", D("1E8"), "plus")]),
    ("几个亿的项目", [("几个亿", "count", None, "several")]),
    ("投资半个亿", [("半个亿", "count", D("5E7"), None)]),
    ("半亿人口", [("半亿人", "count", D("5E7"), None)]),
    ("全程用时2小时15分", [("2小时15分", "count", D("2.25"), None)]),
])
def test_spoken_scales_and_minutes_are_read(text, want):
    assert read_figures(text, "zh") == want


@pytest.mark.parametrize("text", ["大半个亿", "三个半亿", "过半", "半个世纪"])
def test_half_of_a_word_or_after_a_count_is_no_half_of_yi(text):
    assert all(q[2] != D("5E7") for q in read_figures(text, "zh"))


def test_minutes_need_the_hours_beside_them():
    # 15分 alone is a score or a mark; after a comma it is no part of the duration
    assert read_figures("这场比赛他得了15分", "zh") == [("15", "count", D(15), None)]
    assert [f[0] for f in read_figures("用了2小时，15分", "zh")] == ["2小时", "15"]


# --------------------------------------------------------------------------
# the checks


def test_spoken_scales_agree_with_the_translation():
    zh = "预计投资半个亿，另有3个多亿的贷款，几个亿的项目还在谈。"
    en = ("The investment is expected to be 50 million yuan, with more than 300 million yuan in loans; "
          "projects worth several hundred million are still being negotiated.")
    assert loud(zh, en) == []


def test_spoken_scales_given_ten_times_too_large_or_small_are_errors():
    assert loud("预计投资半个亿。", "The investment is expected to be 500 million yuan.") == [
        ("scale", "半个亿", "500 million yuan")]
    assert loud("另有3个多亿的贷款。", "There are also 30 million yuan in loans.") == [
        ("scale", "3个多亿", "30 million yuan")]


def test_hours_and_minutes_with_fen_agree():
    assert loud("全程用时2小时15分。", "The whole trip took 2 hours and 15 minutes.") == []
    assert loud("全程用时2小时15分。", "The whole trip took two and a quarter hours.") == []


def test_hours_and_minutes_changed_expect_both_units():
    pair = _findings("全程用时2小时15分。", "The whole trip took 2 hours and 50 minutes.")
    assert [(f.kind, f.expected) for f in pair] == [("value", "2 hours and 15")]


def test_per_mille_given_as_percent_expects_the_tenths():
    found = _findings("稻田的盐度为5‰至6‰。", "The salinity of the paddies was 5% to 6%.")
    assert [(f.kind, f.severity, f.expected) for f in found] == [("scale", "error", "0.5% to 0.6%")]
    found = _findings("盐度为5‰。", "The salinity was 0.6%.")
    assert [(f.kind, f.expected) for f in found] == [("value", "0.5%")]


def test_per_mille_sign_given_as_percent_names_both_signs():
    found = _findings("盐度为5‰。", "The salinity was 5%.")
    assert [f.kind for f in found] == ["unit"]
    assert "(‰)" in found[0].message and "(%)" in found[0].message


def _findings(zh: str, en: str):
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [f for f in pair.findings if f.severity != "info"]


def test_a_season_or_school_year_written_with_a_slash_is_one_year_range():
    assert read_figures("他在2022/23赛季打进了12球。", "zh")[0] == ("2022/23", "year", None, None)
    assert read_figures("2023/2024学年", "zh") == [("2023/2024", "year", None, None)]
    assert loud("他在2022/23赛季打进了12球。", "He scored 12 goals in the 2022/23 season.") == []
    assert loud("他在2022/23赛季打进了12球。", "He scored 12 goals in the 2021/22 season.") != []


def test_a_multiplier_changed_expects_times():
    found = _findings("客流量是三年前的两倍。", "Passenger flow is three times what it was three years ago.")
    assert [(f.kind, f.expected) for f in found] == [("value", "2 times")]

"""A whole number and a fraction after it are one figure: 1½, 2 ¼, 3¼%, 1 1/2, 1-3/4."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.numbers.normalise import mixed_as_decimal, normalise

from builders import every, read_plain
from builders import loud_expected as findings


@pytest.mark.parametrize("text,figure,value", [
    ("It lasted 1½ hours.", "1½", "1.5"),
    ("It lasted 1 ½ hours.", "1 ½", "1.5"),
    ("The team is 2½ games behind.", "2½", "2.5"),
    ("The rate is 3¼%.", "3¼%", "3.25"),
    ("It cost $2½ billion.", "$2½ billion", "2500000000"),
    ("A 5⅛-inch pipe.", "5⅛-inch", "5.125"),
    ("The pipe is 1 3/4 inches long.", "1 3/4", "1.75"),
    ("It took 12-1/2 days.", "12-1/2", "12.5"),
    ("It weighs 3 5/16 pounds.", "3 5/16", "3.3125"),
])
def test_a_mixed_number_is_one_figure(text, figure, value):
    got = [(t, v) for t, _, v in read_plain(text, "en")]
    assert got == [(figure, Decimal(value))]


@pytest.mark.parametrize("text", [
    "Add ½ cup of milk.",  # a fraction alone stays what it was: not read as a count
    "Half (1/2) of the votes.",
    "It took 1⅓ hours.",  # a third is no ending decimal
    "Pages 12/1 1/2 of the file.",  # a figure before the whole number: no mixed number
])
def test_what_is_no_mixed_number_stays_as_it_was(text):
    assert mixed_as_decimal(text) == text


def test_the_map_back_covers_the_whole_mixed_number():
    text = "lasted 1 1/2 hours"
    n = normalise(text)
    at = n.text.index("1.5")
    assert n.text == "lasted 1.5 hours"
    assert n.span(at, at + 3) == (7, 12)
    assert n.whole(at, at + 3)


@pytest.mark.parametrize("zh,en", [
    ("会议持续了1.5小时。", "The meeting lasted 1½ hours."),
    ("会议持续了1.5小时。", "The meeting lasted 1 1/2 hours."),
    ("会议持续了一个半小时。", "The meeting lasted 1-1/2 hours."),
    ("该队落后2.5场。", "The team is 2½ games behind."),
    ("利率为3.25%。", "The rate is 3¼%."),
    ("这家公司市值25亿美元。", "The company is worth $2½ billion."),
    ("这根管子长1.75英寸。", "The pipe is 1 3/4 inches long."),
])
def test_a_mixed_number_agrees_with_its_decimal(zh, en):
    assert every(zh, en) == []


@pytest.mark.parametrize("zh,en,kind,expected", [
    ("利率为3.75%。", "The rate is 3¼%.", "value", "3.75%"),
    ("这块地有3.5英亩。", "The plot is 2½ acres.", "value", "3.5"),
    ("这家公司市值25亿美元。", "The company is worth $2½ million.", "scale", "$2.5 billion"),
    ("这根管子长1.5英寸。", "The pipe is 1 3/4 inches long.", "value", "1.5"),
])
def test_a_changed_mixed_number_is_reported_in_decimals(zh, en, kind, expected):
    assert [(k, e) for k, _, _, e in findings(zh, en)] == [(kind, expected)]


def test_two_and_a_half_hours_as_one_and_a_half_is_reported():
    assert [k for k, *_ in findings("会议持续了两个半小时。", "The meeting lasted 1½ hours.")] == ["value"]


@pytest.mark.parametrize("zh,value", [("加入2又3/4杯面粉", "2.75"), ("加入 2 又 1/2 杯面粉", "2.5")])
def test_a_chinese_mixed_number_joined_by_you_is_one_figure(zh, value):
    assert [v for _, _, v in read_plain(zh, "zh")] == [Decimal(value)]

"""A period counted from the start of the year (checks/periods.py, resources/checks/periods.json, rule
numbers.value_period): given as another number of months, a value warning; given in any other
wording of the same months, nothing at all (no number added either)."""

from __future__ import annotations

import pytest

from northeast_text.checks.periods import periods_in

from builders import every

_ZH = "{}，全省规模以上工业增加值同比增长6.2%。"
_EN = "In {}, the province's industrial output grew 6.2% year on year."


@pytest.mark.parametrize("zh,en", [
    ("今年前三季度", "the first half of this year"),
    ("今年前三季度", "the first eight months of this year"),
    ("今年前5个月", "the first four months"),
    ("1至9月", "the first half"),
    ("1-11月", "the first ten months"),
    ("上半年", "the first nine months"),
    ("前两个季度", "the first three quarters"),
    ("今年前十个月", "January-November"),
])
def test_another_period_is_a_value_warning(zh, en):
    found = every(_ZH.format(zh), _EN.format(en))
    assert [f for f in found if f[1] != "info"] == [("value", "warning", zh.removeprefix("今年"), en.removeprefix(
        "the ").removesuffix(" of this year"))]


@pytest.mark.parametrize("zh,en", [
    ("今年前三季度", "the first three quarters of this year"),
    ("今年前三季度", "the first nine months of this year"),
    ("今年前三季度", "January-September"),
    ("今年前三季度", "the nine months to September"),
    ("今年前三季度", "Q1-Q3"),
    ("今年前5个月", "the first five months"),
    ("1至9月", "the first nine months"),
    ("1月至9月", "the first three quarters"),
    ("上半年", "the first six months"),
])
def test_the_same_months_said_otherwise_are_nothing(zh, en):
    assert every(_ZH.format(zh), _EN.format(en)) == []


def test_the_quarter_before_is_no_period_from_the_start_of_the_year():
    assert periods_in("环比前一季度增长2%", "zh") == []
    assert [p.months for p in periods_in("前两个季度和前5个月", "zh")] == [6, 5]

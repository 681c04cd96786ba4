"""Two decades in a row, on either side: 五六十年代, 80-90年代, "the 1950s and 60s", "the 1980s-90s"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.numbers import extract_text

from builders import every
from builders import loud_expected as findings


@pytest.mark.parametrize("text,lang,low,high", [
    ("五六十年代的工厂", "zh", 1950, 1960),
    ("80-90年代的工厂", "zh", 1980, 1990),
    ("上世纪80～90年代", "zh", 1980, 1990),
    ("20世纪60-80年代", "zh", 1960, 1980),  # as written: from the 1960s to the 1980s
    ("factories of the 1950s and 1960s", "en", 1950, 1960),
    ("the 1980s and '90s", "en", 1980, 1990),
    ("in the 1980s-90s", "en", 1980, 1990),
    ("the 1950s and 60s", "en", 1950, 1960),
    ("the 1990s and 2000s", "en", 1990, 2000),
])
def test_two_decades_are_one_range(text, lang, low, high):
    got = [(q.kind, q.low, q.high) for q in extract_text(text, lang)]
    assert got == [("decade", Decimal(low), Decimal(high))]


@pytest.mark.parametrize("text,lang", [
    ("70年代至80年代", "zh"),  # each decade with its own 年代: two decades, as before
    ("from the 1960s to the 1980s", "en"),  # not in a row: two decades
    ("in the 1990s and 2010s", "en"),
])
def test_what_is_no_pair_stays_two_decades(text, lang):
    assert [q.kind for q in extract_text(text, lang)] == ["decade", "decade"]


@pytest.mark.parametrize("zh,en", [
    ("80-90年代的工厂", "factories of the 1980s and 1990s"),  # the 80 was a figure with no counterpart
    ("80-90年代的工厂", "factories of the 1980s-90s"),
    ("五六十年代的工厂关闭了。", "The factories of the 1950s and 1960s closed."),
    ("五六十年代的工厂关闭了。", "The factories of the 1950s and 60s closed."),
    ("60-80年代的工厂", "factories from the 1960s to the 1980s"),
])
def test_two_decades_agree(zh, en):
    assert every(zh, en) == []


@pytest.mark.parametrize("zh,en,expected", [
    ("五六十年代的工厂关闭了。", "The factories of the 1960s and 1970s closed.", "the 1950s and 1960s"),
    ("八九十年代的工厂", "factories of the 1970s and '80s", "the 1980s and '90s"),
    ("80-90年代的工厂", "factories of the 1970s-80s", "the 1980s-90s"),
])
def test_two_decades_moved_are_a_value_error(zh, en, expected):
    assert [(k, e) for k, _, _, e in findings(zh, en)] == [("value", expected)]


def test_one_decade_moved_is_still_reported():
    assert [(k, e) for k, _, _, e in findings("上世纪80年代", "in the 1970s")] == [("value", "the 1980s")]


@pytest.mark.parametrize("zh,en,expected", [
    ("这批住宅楼建于上世纪70、80年代。", "The blocks were built in the 1960s and 1970s.", "the 1980s"),
    ("五六十年代的工厂", "factories of the 1970s", "the 1950s and 1960s"),
])
def test_a_decade_at_neither_end_of_a_pair_is_a_value_error(zh, en, expected):
    assert [(k, e) for k, _, _, e in findings(zh, en)] == [("value", expected)]


@pytest.mark.parametrize("zh,en", [
    ("这批住宅楼建于上世纪70、80年代。", "The blocks were built in the 1970s and 1980s."),
    ("五六十年代的工厂", "factories of the 1950s"),  # one end of the pair: narrowed, not moved
    ("这批住宅楼建于上世纪60、70、80年代。", "The blocks were built in the 1960s, 1970s and 1980s."),
])
def test_a_decade_at_an_end_of_a_pair_agrees(zh, en):
    assert findings(zh, en) == []

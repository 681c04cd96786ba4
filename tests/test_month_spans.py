"""Spans of months: "from January to September", "January-August", "between March and May"
are one date range as 1至9月 and 1-8月 are, and a span with one end moved is a changed date.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from builders import loud


def _spans(text: str) -> list[tuple[str, D | None, D | None]]:
    from northeast_text.numbers import extract_text

    return [(q.text, q.low, q.high) for q in extract_text(text, "en") if q.kind == "date"]


@pytest.mark.parametrize(("text", "want"), [
    ("From January to September this year, sales rose.", [("January to September", D(1), D(9))]),
    ("In January-August, output fell.", [("January-August", D(1), D(8))]),
    ("Between March and May, prices rose.", [("March and May", D(3), D(5))]),
    ("from March through May", [("March through May", D(3), D(5))]),
])
def test_a_span_of_months_is_one_range(text, want):
    assert _spans(text) == want


@pytest.mark.parametrize("text", ["in June and July", "from May to June 3", "January to September 2023"])
def test_two_months_listed_or_a_month_with_a_day_or_year_are_no_span(text):
    assert all(lo is None for _, lo, _ in _spans(text))


@pytest.mark.parametrize("en", [
    "From January to September this year, industrial output rose 6.2% year on year.",
    "In January-September, industrial output rose 6.2% year on year.",
    "In the first nine months of the year, industrial output rose 6.2% year on year.",
])
def test_the_same_span_agrees(en):
    assert loud("今年1至9月，全市工业增加值同比增长6.2%。", en) == []


def test_a_span_with_one_end_moved_is_a_changed_date():
    zh = "今年1至9月，全市工业增加值同比增长6.2%。"
    assert loud(zh, "From January to August this year, industrial output rose 6.2% year on year.") == [
        ("value", "1至9月", "January to August")]
    assert loud("今年1-8月，销量增长6.2%。", "Between January and July, sales rose 6.2%.") == [
        ("value", "1-8月", "January and July")]

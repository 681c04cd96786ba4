"""Two adjacent digits after a place word as a rough range (0.5.18): 十三四 "13 or 14", 十四五年
"14 or 15 years" (not the plan 十四五), 一百二三十 "120 or 130".  Found on the WMT24 speech probe's
held-out set (十四五年 read as the plan's name) and, in the same engine, 十三四 read as 14.  And a
figure or a span inside the span of N多 (十多 "10 to 12", 一百多 "about 110"), found on the WMT24
literary probe's held-out set.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from builders import loud


@pytest.mark.parametrize("zh,en", [
    ("他十三四岁就离开了家乡。", "He left home at 13 or 14."),
    ("他十三四岁就离开了家乡。", "He left home at thirteen or fourteen."),
    ("他们在这里住了十四五年。", "They have lived here for 14 or 15 years."),
    ("二十三四个工人留了下来。", "Twenty-three or twenty-four workers stayed."),
    ("一百二三十人挤在大厅里。", "Some 120 to 130 people crowded into the hall."),
    ("十四五年规划期间经济增长较快。", "The economy grew fast during the 14th Five-Year Plan."),
])
def test_a_rough_range_after_a_place_word_agrees_with_its_two_ends(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("他十三四岁就离开了家乡。", "He left home at 23 or 24."),
    ("他们在这里住了十四五年。", "They have lived here for 40 or 50 years."),
])
def test_a_rough_range_given_as_other_figures_is_still_reported(zh, en):
    assert loud(zh, en) != []


# --- a figure inside the span of N多 / N余 (more than N, below the next N) --------------------------

@pytest.mark.parametrize("zh,en", [
    ("十多年前，我们在这里见过面。", "We met here 10 to 12 years ago."),
    ("十多年前，我们在这里见过面。", "We met here 10-12 years ago."),
    ("会场来了一百多人。", "100-120 people came."),
    ("他十多岁就离开了家乡。", "He left home when he was 10-12 years old."),
    ("十多年前，我们在这里见过面。", "We met here more than 10 years ago."),
])
def test_a_span_inside_the_odd_figure_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_figure_inside_the_odd_figure_is_a_hedge_dropped_not_a_changed_figure():
    assert [k for k, *_ in loud("十多年前，我们在这里见过面。", "We met here 12 years ago.")] == ["approximation"]
    assert loud("会场来了一百多人。", "About 110 people came.") == []


@pytest.mark.parametrize("zh,en", [
    ("十多年前，我们在这里见过面。", "We met here 25 years ago."),
    ("他十多岁就离开了家乡。", "He left home when he was 20-22 years old."),
    ("会场来了一百多人。", "About 210 people came."),
])
def test_a_figure_outside_the_odd_figure_is_still_reported(zh, en):
    assert [k for k, *_ in loud(zh, en)] == ["extra-number"]


def test_more_than_a_figure_inside_the_odd_figure_is_a_changed_lower_bound():
    """"over 6,006" for 6000多 restates the bound with other digits: a changed figure."""
    assert [k for k, *_ in loud("共有6000多面定日镜。", "There are over 6,006 heliostats.")] == ["value"]
    assert loud("共有6000多面定日镜。", "There are over 6,000 heliostats.") == []

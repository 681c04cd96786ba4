"""Two adjacent digits after a place word as a rough range (0.5.18): 十三四 "13 or 14", 十四五年
"14 or 15 years" (not the plan 十四五), 一百二三十 "120 or 130".  Found on the WMT24 speech probe's
held-out set (十四五年 read as the plan's name) and, in the same engine, 十三四 read as 14.  The
sentences are written for these tests."""

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

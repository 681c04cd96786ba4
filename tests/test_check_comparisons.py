"""A comparison read as a bound ("older than sixteen" for 不止十六岁, "shorter than two hours" for
不到两个小时), found on the MAC novels (benchmarks/literary_alarms.py).  The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from builders import loud


@pytest.mark.parametrize("zh, en", [
    ("她觉得自己已经不止十六岁了。", "She felt much older than sixteen."),
    ("会议持续了不到两个小时。", "The meeting was shorter than two hours."),
])
def test_a_comparison_keeps_the_bound(zh, en):
    assert [f for f in loud(zh, en) if f[0] == "approximation"] == []


def test_a_comparison_the_source_does_not_make_is_a_hedge_added():
    assert ("approximation", "十六岁", "older than sixteen") in loud("他今年十六岁。", "He is older than sixteen.")

"""Classes of false alarms read on the WMT21 news test set, en-zh, second Chinese reference (b21e probe):
sentences written for the tests, each class with a counter-case that is still reported."""

from __future__ import annotations

from northeast_text.numbers import extract_text

from builders import loud


def test_an_about_between_the_part_of_the_day_and_the_clock_keeps_the_evening():
    assert [q.when for q in extract_text("集会当晚约10:15结束。", "zh")] == ["T22:15"]
    assert [q.when for q in extract_text("晚上大约9点半散场。", "zh")] == ["T21:30"]
    assert loud("集会当晚约10:15结束。", "The rally ended at about 10:15 p.m.") == []
    assert loud("晚上大约9点半，人群散去。", "The crowd left at around 9:30 p.m.") == []


def test_an_about_clock_reading_of_another_half_of_the_day_or_without_a_part_is_still_reported():
    assert [k for k, _, _ in loud("集会当晚约10:15结束。", "The rally ended at about 10:15 a.m.")] == ["value"]
    # no part of the day before the "about": the morning reading stays
    assert [q.when for q in extract_text("集会约10:15结束。", "zh")] == ["T10:15"]
    assert [q.when for q in extract_text("今天早上约6点半出发。", "zh")] == ["T06:30"]

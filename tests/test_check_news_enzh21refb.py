"""Classes of false alarms read on the WMT21 news test set, en-zh, second Chinese reference (b21e probe):
sentences written for the tests, each class with a counter-case that is still reported."""

from __future__ import annotations

from northeast_text.numbers import extract_text

from builders import every, loud


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


def _entities(zh: str, en: str) -> list[tuple[str, str, str]]:
    return [(kind, severity, src) for kind, severity, src, _ in every(zh, en) if kind == "entity"]


def test_an_office_and_the_foreign_name_after_it_hold_no_chinese_city():
    # 市长 + 沙丽·陈: 长沙 (Changsha) read across the title and the name
    assert _entities("市长沙丽•陈出席了会议。", "Mayor Shari Chen attended the meeting.") == []
    assert _entities("议长沙丽·陈宣布休会。", "Speaker Shari Chen adjourned the house.") == []


def test_the_city_after_an_office_without_a_foreign_name_is_still_read():
    assert _entities("市长长沙人王明表示欢迎。", "The mayor, Wang Ming of Beijing, welcomed it.") == [
        ("entity", "error", "长沙")]
    assert _entities("市长王明昨天去了长沙。", "Mayor Wang Ming went to Beijing yesterday.") == [
        ("entity", "error", "长沙")]

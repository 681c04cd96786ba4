"""A span of time counted back on one side and forward on the other (checks/time_directions.py)."""

from __future__ import annotations

import pytest

from northeast_text.checks.time_directions import direction
from northeast_text.numbers import en as en_numbers
from northeast_text.numbers import zh as zh_numbers

from builders import every


def _elapsed(zh: str, en: str) -> list[tuple[str, str, str]]:
    return [(sev, s, t) for kind, sev, s, t in every(zh, en) if kind == "value"]


@pytest.mark.parametrize("text,expected", [
    ("他两年前被判无罪。", "before"),
    ("两年多前，他来到深圳。", "before"),
    ("三个月后，他出狱了。", "after"),
    ("10天之后，他回来了。", "after"),
    ("五年以前，这里是农田。", "before"),
    ("三年的时间里", None),
    ("五年前景不明。", None),  # 前景, prospects
    ("两年后续工作", None),  # 后续, follow-up
])
def test_the_chinese_direction_is_read_after_the_unit(text, expected):
    spans = [q for q in zh_numbers.extract_text(text, "b") if q.unit in ("year", "month", "week", "day", "hour")]
    assert [direction(q, text) for q in spans] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("He was cleared two years ago.", "before"),
    ("He left Beijing 10 days ago.", "before"),
    ("I saw him three weeks back.", "before"),
    ("The plant will open two years from now.", "after"),
    ("Three months hence, the law takes effect.", "after"),
    # counted from another event: not read (the events may be told in the other order)
    ("He left two years later.", None),
    ("Three months earlier, he was released.", None),
    ("They met 10 days before the vote.", None),
    ("It was removed less than two days after the vote.", None),
    ("Three years on, the project is finished.", None),
    ("After three months, he was released.", None),
    ("He stayed two years on the island.", None),
    ("He worked there for two years.", None),
])
def test_the_english_direction_is_read_around_the_span(text, expected):
    spans = [q for q in en_numbers.extract_text(text, "b") if q.unit in ("year", "month", "week", "day", "hour")]
    assert [direction(q, text) for q in spans] == [expected]


@pytest.mark.parametrize("zh,en,source,target", [
    ("两年后，他被判无罪。", "He was cleared two years ago.", "两年", "two"),
    ("三年前，该项目已完工。", "The project will be finished three years from now.", "三年", "three"),
    ("10天后，他将离开北京。", "He left Beijing 10 days ago.", "10天", "10"),
])
def test_a_span_turned_round_is_a_value_warning(zh, en, source, target):
    assert _elapsed(zh, en) == [("warning", source, target)]


@pytest.mark.parametrize("zh,en", [
    ("他两年前被判无罪。", "He was cleared two years ago."),
    ("三个月后，他出狱了。", "After three months, he was released."),
    ("三年后，该项目将完工。", "The project will be finished in three years."),  # no direction word
    ("四十年前的光环已经褪色。", "The halo had faded after forty years."),  # a span gone by, no direction
    ("两年前他来到这里，两年后他离开。", "He arrived two years ago and will leave two years from now."),
    ("两年前他来到这里。", "He came here two years ago and will leave three years from now."),  # another span
    # two events told in the other order: the vote two days before the removal, the removal two days after it
    ("周日，该市拆除了纪念碑。两天前，市议会决定将其拆除。",
     "The city removed the monument on Sunday, less than two days after the council voted to do so."),
    ("他两年前被判无罪。", "He was cleared two years later."),  # "later" counts from another event: not read
])
def test_the_same_direction_or_none_is_silent(zh, en):
    assert _elapsed(zh, en) == []

"""False alarms found on news written in English and translated into Chinese, the third span of
the WMT19 en-zh test set (docs/evaluation.md "WMT19 news translated from English, part 3"), one
class a test, each with a counter-case that must still be reported.  The sentences are written for
these tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- 内 after a span of time (三个月内 "within three months"): its upper bound -------------------

UNION_ZH = "工会在合同到期前三个月{}提出了新的要求。"
UNION_EN = "The union made new demands with {} three months left on the contract."
SURGERY_ZH = "病人必须在 48 小时内接受手术。"


def test_within_a_span_of_time_is_its_upper_bound():
    assert loud(UNION_ZH.format("内"), UNION_EN.format("less than")) == []
    assert loud(UNION_ZH.format("之内"), UNION_EN.format("under")) == []
    assert loud(SURGERY_ZH, "The patient must have surgery in less than 48 hours.") == []
    assert loud("新馆将在十年内建成。", "The new hall will be built in up to ten years.") == []


def test_within_a_span_of_time_given_another_bound_or_figure_is_still_reported():
    assert loud(UNION_ZH.format("内"), UNION_EN.format("more than")) == [
        ("approximation", "三个月", "more than three")]
    assert loud(UNION_ZH.format("内"), UNION_EN.format("about")) == [("approximation", "三个月", "about three")]
    # without 内 the bound is the translation's own
    assert loud(UNION_ZH.format(""), UNION_EN.format("less than")) == [
        ("approximation", "三个月", "less than three")]
    assert loud(SURGERY_ZH, "The patient must have surgery in less than 24 hours.") == [
        ("value", "48 小时", "less than 24")]
    # 内 that begins another word is no bound: 三年内容 is not "within three years"
    assert loud("他用三年内容丰富的笔记写成了这本书。",
                "He wrote the book from less than three years of rich notes.") == [
        ("approximation", "三年", "less than three")]

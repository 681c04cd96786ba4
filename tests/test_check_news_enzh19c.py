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


# --- 不止 "more than" before a figure, and a hedge between a growth verb and its multiple -----------
# (增长了不止一倍 "more than doubled", 增加了将近一倍 "nearly doubled"); found after the blind run

VISITS_ZH = "自 2015 年以来，该网站的访问量增长了{}一倍{}，达到了 40 万。"
VISITS_EN = "Since 2015, visits to the website have {} to 400,000."


def test_more_than_and_a_hedged_growth_are_read():
    assert loud(VISITS_ZH.format("不止", "多"), VISITS_EN.format("more than doubled")) == []
    assert loud(VISITS_ZH.format("不止", ""), VISITS_EN.format("more than doubled")) == []
    assert loud(VISITS_ZH.format("将近", ""), VISITS_EN.format("nearly doubled")) == []
    assert loud(VISITS_ZH.format("至少", ""), VISITS_EN.format("at least doubled")) == []
    assert loud("现场观众不止三百人。", "There were more than 300 people in the audience.") == []


def test_more_than_and_a_hedged_growth_are_still_checked():
    assert loud(VISITS_ZH.format("不止", ""), VISITS_EN.format("more than tripled")) == [
        ("value", "不止一倍", "more than tripled")]
    assert loud(VISITS_ZH.format("将近", ""), VISITS_EN.format("nearly tripled")) == [
        ("value", "将近一倍", "nearly tripled")]
    assert loud(VISITS_ZH.format("不止", ""), VISITS_EN.format("doubled")) == [
        ("approximation", "不止一倍", "doubled")]
    # 不止 is now read as "more than": dropped, reversed or given another figure, it is reported
    assert loud("现场观众不止三百人。", "There were 300 people in the audience.") == [
        ("approximation", "不止三百人", "300")]
    assert loud("现场观众不止三百人。", "There were fewer than 300 people in the audience.") == [
        ("approximation", "不止三百人", "fewer than 300")]
    assert loud("现场观众不止三百人。", "There were more than 400 people in the audience.") == [
        ("value", "不止三百人", "more than 400")]

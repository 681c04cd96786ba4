"""Findings missed on news written in English and translated into Chinese, the first span of the
WMT17 en-zh test set (docs/evaluation.md "WMT17 news translated from English"), one class a test,
each with a counter-case that must stay quiet.  The sentences are written for these tests; none is
taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- "the best part of" a span: most of it, a hedge like "nearly" -----------------------------

def test_the_best_part_of_a_span_given_as_the_whole_span_is_reported():
    assert loud("她在这家医院工作了二十年。", "She has worked at the hospital for the best part of "
                "20 years.") == [("approximation", "二十年", "best part of 20")]
    assert loud("这座桥使用了四十年。", "The bridge was in use for the better part of 40 years.") == [
        ("approximation", "四十年", "better part of 40")]


def test_the_best_part_of_a_span_given_another_span_is_a_changed_value():
    assert loud("她在这家医院工作了十年。", "She has worked at the hospital for the best part of "
                "20 years.") == [("value", "十年", "best part of 20")]


def test_the_best_part_of_a_span_hedged_on_both_sides_or_of_a_year_is_quiet():
    assert loud("她在这家医院工作了近20年。", "She has worked at the hospital for the best part of "
                "20 years.") == []
    assert loud("他在2019年大部分时间都在国外。", "He spent the best part of 2019 abroad.") == []
    assert loud("这座桥使用了将近四十年。", "The bridge was in use for the better part of 40 years.") == []

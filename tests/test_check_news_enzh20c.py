"""False alarms found on news written in English and translated into Chinese, the third span of
the WMT20 en-zh test set (docs/evaluation.md "WMT20 news translated from English, part 3"), one
class a test, each with a counter-case that must still be reported.  The class came from the
held-out set, after its blind run (post hoc); so did the currency read below.  The sentences are
written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from northeast_text.numbers import extract_text

from builders import loud

# --- (post hoc) a day of the month right after its month, the 日 left out: 11 月 9 -------------


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.when) for q in extract_text(text, "zh") if q.kind == "date"]


def test_a_day_without_its_ri_is_the_day_of_that_month():
    assert _dates("这位前总理宣布计划于 12 月 4 结束两年的流亡回国。") == [("12 月 4", "--12-04")]
    assert _dates("展览于2021年3月15开幕。") == [("2021年3月15", "2021-03-15")]
    assert loud("这位前总理宣布计划于 12 月 4 结束两年的流亡回国。", "The former prime minister announced "
                "plans to end two years of exile and return home on Dec. 4.") == []


def test_a_count_after_a_month_and_another_day_are_still_reported():
    # a figure with its counter is a count, not a day: nine people, twelve accidents
    assert [q.kind for q in extract_text("12月9人被捕。", "zh")] == ["date", "count"]
    assert [q.kind for q in extract_text("今年 5 月 12 起事故", "zh")] == ["date", "count"]
    assert [q.kind for q in extract_text("2 月 30 结束", "zh")] == ["date", "count"]  # no 30 February
    assert loud("这位前总理宣布计划于 12 月 4 结束两年的流亡回国。", "The former prime minister announced "
                "plans to end two years of exile and return home on Dec. 14.") == [
        ("value", "12 月 4", "Dec. 14")]
    assert loud("警方在 12 月 9 人被捕后关闭了广场。", "Police closed the square in December after "
                "the arrests.") == [("missing-number", "9 人", "")]


# --- Swiss francs written out are money (a currency the English side did not read) ------------


def test_swiss_francs_written_out_are_money():
    assert [(q.kind, q.unit) for q in extract_text("sales of 8.4 billion Swiss francs", "en")] == [
        ("money", "CHF")]
    assert loud("该集团去年的营业额为 84 亿瑞士法郎。", "The group had revenue of 8.4 billion Swiss francs "
                "last year.") == []


def test_another_currency_for_swiss_francs_is_now_reported():
    assert loud("该集团去年的营业额为 84 亿美元。", "The group had revenue of 8.4 billion Swiss francs "
                "last year.") == [("unit", "84 亿美元", "8.4 billion Swiss francs")]


def test_the_hedge_of_a_conversion_is_still_compared():
    # 约合 is "about" (docs/evaluation.md, hedges): a conversion given flat on one side and hedged on the other
    # stays a minor approximation warning, whichever side the conversion was written on first
    assert loud("该集团去年的营业额为 84 亿瑞士法郎（约合 85 亿美元）。", "The group had revenue of 8.4 "
                "billion Swiss francs ($8.5 billion) last year.") == [
        ("approximation", "约合 85 亿美元", "$8.5 billion")]

"""False alarms found on the held-out half of the first span of the WMT18 en-zh test set
(docs/evaluation.md "WMT18 news, en-zh release"), fixed after the blind reading, one class a test,
each with a counter-case that must still be reported.  The sentences are written for these tests;
none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- "over the N days": the span of time a figure names, not the hedge "more than" ----------------

SHARES_ZH = "公司宣布提价后的6个交易日里，股价上涨了12%。"


def test_over_the_n_days_is_a_span_not_a_hedge():
    assert loud(SHARES_ZH, "The share price rose 12% over the six trading days after the company "
                           "announced the price rise.") == []
    assert loud("过去12个月，出口下降了3%。", "Exports fell 3% over the 12 months to June.") == []
    assert loud("这3周里，他走访了5个村庄。", "He visited five villages over the 3 weeks.") == []


def test_over_a_figure_without_a_span_of_time_is_still_a_hedge():
    # "over the 10,000 mark" is above it; "over six trading days" (no "the") keeps its hedge as before
    assert ("approximation", "1万点", "over the 10,000") in loud(
        "指数收于1万点。", "The index closed over the 10,000 mark.")
    assert [k for k, _, _ in loud(SHARES_ZH, "The share price rose 12% over six trading days after the "
                                             "company announced the price rise.")] == ["approximation"]
    # a span of time with another figure is still a changed figure
    assert [k for k, _, _ in loud(SHARES_ZH, "The share price rose 12% over the 7 trading days after "
                                             "the company announced the price rise.")] == ["value"]


# --- the dateline's day said again by the story, dated once by the translation -------------------

STATS_ZH = "新华社北京3月5日电（记者王林）国家统计局5日发布数据，全国工业产值增长6%。"


def test_a_dateline_day_said_again_is_folded_into_the_story():
    assert loud(STATS_ZH, "On March 5, the National Bureau of Statistics released data showing industrial "
                          "output up 6%, Xinhua reported from Beijing (reporter Wang Lin).") == []
    assert loud("中新网上海10月2日电 上海市政府2日宣布，地铁票价不变。",
                "The Shanghai government announced on October 2 that metro fares would not change, "
                "China News Service reported.") == []


def test_a_story_day_left_undated_or_another_day_is_still_reported():
    # the date kept as the translation's own dateline: the story's day is not said
    assert ("missing-number", "5日", "") in loud(
        STATS_ZH, "BEIJING, March 5 (Xinhua) -- The National Bureau of Statistics released data showing "
                  "industrial output up 6%.")
    # the story's day is not the dateline's
    found = loud(STATS_ZH.replace("统计局5日", "统计局4日"), "On March 5, the National Bureau of Statistics "
                 "released data showing industrial output up 6%, Xinhua reported from Beijing.")
    assert ("missing-number", "4日", "") in found
    # the translation gives another day for the story
    assert [k for k, _, _ in loud(STATS_ZH, "On March 4, the National Bureau of Statistics released data "
                                            "showing industrial output up 6%, Xinhua reported from Beijing.")] \
        == ["value", "missing-number"]

"""False alarms found on professional news translations, the news documents of the WMT24 general test
set, en-zh (docs/evaluation.md "WMT24 general test, en-zh"), one class a test, each with a counter-case
that must still be reported.  The sentences are written for these tests; none is taken from the probed
texts."""

from __future__ import annotations

from northeast_text.numbers.en import extract_text

from builders import benchmark_module, loud

# --- a currency written as one letter glued before an amount (N for the naira) ---------------

NAIRA_ZH = "审计署发现，该局挪用了3.2亿奈拉的救济金。"


def test_a_one_letter_currency_before_an_amount_is_money():
    assert loud(NAIRA_ZH, "Auditors found that the agency diverted N320 million of relief money.") == []
    assert loud("他被罚款25万奈拉。", "He was fined N250,000.") == []
    assert loud("预算为20亿奈拉。", "The budget is N2bn.") == []


def test_another_amount_or_currency_after_the_letter_is_still_reported():
    assert loud(NAIRA_ZH, "Auditors found that the agency diverted N230 million of relief money.") == [
        ("value", "3.2亿奈拉", "N230 million")]
    assert loud("该局挪用了3.2亿美元的救济金。", "The agency diverted N320 million of relief money.") == [
        ("unit", "3.2亿美元", "N320 million")]


def test_a_letter_and_digits_that_are_no_amount_stay_a_code():
    # N95 (a mask), N2 (a road): no scale word and no thousands groups, so no naira
    assert [q.text for q in extract_text("Nurses wore N95 masks on the N2 near the city.")] == []
    assert [q.unit for q in extract_text("The bill rose to N320 million.")] == ["NGN"]
    assert [q.text for q in extract_text("The ZN320 million series")] == []


# --- a range of hours with its part of the day said once -------------------------------------

RECEPTION_ZH = "开幕酒会将于晚上7-9点举行。"


def test_a_range_of_hours_after_a_part_of_the_day_faces_the_range_with_pm():
    assert loud(RECEPTION_ZH, "The opening reception runs from 7-9 p.m.") == []
    assert loud(RECEPTION_ZH, "The opening reception runs from 7 p.m. to 9 p.m.") == []
    assert loud("展厅上午9至11点开放。", "The hall is open from 9 to 11 a.m.") == []


def test_another_hour_or_half_of_the_day_is_still_reported():
    assert loud(RECEPTION_ZH, "The opening reception runs from 7-10 p.m.") == [("value", "9点", "10 p.m.")]
    assert ("value", "9点", "9 a.m.") in loud(RECEPTION_ZH, "The opening reception runs from 7-9 a.m.")


# --- the author's own bracket rendered in square brackets ------------------------------------

CUT_ZH = "“（2%的降幅）会逼各方坐下来谈，”她说。"


def test_a_square_bracket_holding_the_figures_of_a_bracket_of_the_original_is_no_gloss():
    # an insertion into a quotation, bracketed in the original too: its figure is the author's
    assert loud(CUT_ZH, "\"That [2 percent drop] will force everyone to talk,\" she said.") == []


def test_a_bracket_with_another_figure_is_still_a_gloss_and_the_figure_still_missing():
    assert loud(CUT_ZH, "\"That [3 percent drop] will force everyone to talk,\" she said.") == [
        ("missing-number", "2%", "")]


# --- a stock index named by a figure ---------------------------------------------------------


def test_the_figure_of_a_stock_index_is_a_name():
    # "the FTSE 250 company" for the firm the source names: the index's number is no added figure
    assert loud("该公司计划新开120家门店。", "The FTSE 250 company plans to open 120 new shops.") == []
    assert loud("这家富时250指数公司计划新开120家门店。", "The FTSE 250 company plans to open 120 new shops.") == []


def test_another_index_is_still_reported():
    assert loud("这家富时100指数公司计划新开120家门店。", "The FTSE 250 company plans to open 120 new shops.") == [
        ("value", "100", "250")]
    assert loud("标普500指数上涨2%。", "The S&P 400 rose 2%.") == [("value", "500", "400")]


# --- benchmarks/wmt_general.py: --enzh-docs takes the news documents whole -------------------



def test_the_documents_file_cuts_the_news_domain_into_whole_documents(tmp_path):
    domains = ["canary", "news", "news", "news", "news", "news", "social", "news"]
    ids = ["canary", "test-en-news_a.1", "test-en-news_a.1", "test-en-news_b.2", "test-en-news_c.3",
           "test-en-news_c.3", "test-en-social_9", "test-en-news_d.4"]
    (tmp_path / "en-zh.docs").write_text("".join(f"{d}\t{i}\n" for d, i in zip(domains, ids)), encoding="utf-8")
    (tmp_path / "en-zh.txt").write_text("".join(f"Line {k}.\n" for k in range(1, 9)), encoding="utf-8")
    (tmp_path / "ref.zh").write_text("".join(f"第{k}行。\n" for k in range(1, 9)), encoding="utf-8")
    args = ["--enzh-src", str(tmp_path / "en-zh.txt"), "--enzh-ref", str(tmp_path / "ref.zh"),
            "--enzh-docs", str(tmp_path / "en-zh.docs"), "--enzh-year", "24", "--out", str(tmp_path / "out")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "out" / "real"
    assert sorted(p.name for p in (real / "e24dev").iterdir()) == ["01-news_a.1", "03-news_c.3", "truth.tsv"]
    assert sorted(p.name for p in (real / "e24held").iterdir()) == ["02-news_b.2", "04-news_d.4", "truth.tsv"]
    first = real / "e24dev" / "01-news_a.1"
    assert (first / "zh.txt").read_text(encoding="utf-8") == "第2行。\n\n第3行。\n"
    assert (first / "en.txt").read_text(encoding="utf-8") == "Line 2.\n\nLine 3.\n"
    assert (real / "e24held" / "04-news_d.4" / "en.txt").read_text(encoding="utf-8") == "Line 8.\n"


# --- a figure hedged by a hyphened "plus" (recall; after the held-out run) ------------------

PLUS_EN = "The mill opened after a £4 million-plus upgrade."


def test_a_hyphened_plus_is_a_hedge_like_the_plus_sign():
    assert [q.qualifier for q in extract_text(PLUS_EN)] == ["plus"]
    assert [q.qualifier for q in extract_text("The club has 40-plus members.")] == ["plus"]
    # the source that hedges the figure too is silent
    assert loud("磨坊投资400多万英镑升级后开业。", PLUS_EN) == []
    assert loud("磨坊投资超过400万英镑升级后开业。", PLUS_EN) == []


def test_a_figure_given_exactly_on_one_side_and_hedged_on_the_other_is_reported():
    assert loud("磨坊投资400万英镑升级后开业。", PLUS_EN) == [("approximation", "400万英镑", "£4 million-plus")]
    # "-plus-year": a compound adjective, left as it was
    assert [q.qualifier for q in extract_text("a 20-plus-year career")] == [None]

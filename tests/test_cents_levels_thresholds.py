"""Hundredths of a currency (5美分, 跌8仙, "5 cents", "8 HK cents", "50 pence"), a change
followed by the level it reached ("fell $0.08 to $12.30", 下跌2美元至75美元), as market and
price news writes them, and age thresholds (65岁及以上) as census and policy news writes them.
The sentences are written for these tests."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from northeast_text.numbers import extract_text

from builders import loud


def figures(text: str, lang: str) -> list[tuple[str, str, D | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit) for q in extract_text(text, lang)]


def ranges(text: str, lang: str) -> list[tuple[str, D | None, D | None]]:
    return [(q.text, q.low, q.high) for q in extract_text(text, lang) if q.value is None]


# --- reading hundredths -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("汽油每升上涨5美分。", [("5美分", "money", D("0.05"), "USD")]),
    ("该股跌8港仙。", [("8港仙", "money", D("0.08"), "HKD")]),
    ("该股升5仙收报3.45港元。", [("5仙", "money", D("0.05"), "HKD"), ("3.45港元", "money", D("3.45"), "HKD")]),
    ("一枚硬币值20欧分。", [("20欧分", "money", D("0.2"), "EUR")]),
    ("票价涨了30便士。", [("30便士", "money", D("0.3"), "GBP")]),
])
def test_chinese_hundredths_are_sums_of_the_currency(text, expected):
    assert figures(text, "zh") == expected


@pytest.mark.parametrize("text", ["八仙过海，各显神通。", "3仙女下凡。", "5万美分"])
def test_xian_is_a_cent_only_right_after_arabic_digits_and_never_after_a_scale(text):
    assert all(kind != "money" for _, kind, _, _ in figures(text, "zh"))


@pytest.mark.parametrize("text, expected", [
    ("Petrol rose 5 cents a litre.", [("5 cents", "money", D("0.05"), "USD")]),
    ("a dividend of 12 HK cents a share", [("12 HK cents", "money", D("0.12"), "HKD")]),
    ("The stamp now costs 85 pence.", [("85 pence", "money", D("0.85"), "GBP")]),
    ("ten dollars and fifty cents", [("ten dollars and fifty cents", "money", D("10.5"), "USD")]),
    ("a 5p levy on plastic bags", [("5p", "money", D("0.05"), "GBP")]),
    ("Tea sells for 40p.", [("40p", "money", D("0.4"), "GBP")]),
    ("Growth was 5 per cent.", [("5 per cent", "percent", D("5"), "%")]),
])
def test_english_hundredths_are_sums_of_the_currency(text, expected):
    assert figures(text, "en") == expected


@pytest.mark.parametrize("text", ["The film was shot in 1080p.", "We meet at 4p.m. today.", "a 5.5p rise"])
def test_a_glued_p_is_pence_only_after_a_whole_figure_under_a_hundred(text):
    assert all(kind != "money" for _, kind, _, _ in figures(text, "en"))


def test_a_price_in_two_currencies_agrees_with_both():
    assert loud("他们以50美分（40便士）的价格卖茶。", "They sell tea for 50 cents (40p).") == []


def test_a_bare_cents_reads_any_dollar_as_a_bare_dollar_sign_does():
    q, = extract_text("Petrol rose 5 cents a litre.", "en")
    assert {u for _, u in q.readings} >= {"AUD", "CAD", "HKD", "SGD"}


def test_a_range_of_hundredths_carries_the_unit_to_its_first_end():
    assert ranges("每升涨5至8美分", "zh") == [("5至8美分", D("0.05"), D("0.08"))]
    assert ranges("between 20 and 30 pence", "en") == [("between 20 and 30 pence", D("0.2"), D("0.3"))]


# --- checking them ----------------------------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("该股升5仙，收报3.45港元。", "The stock rose HK$0.05 to close at HK$3.45."),
    ("该股升5仙，收报3.45港元。", "The stock rose 5 HK cents to close at HK$3.45."),
    ("汽油每升上涨5美分。", "Petrol rose 5 cents a litre."),
    ("汽油每升上涨5美分。", "Petrol rose $0.05 a litre."),
    ("每股派息12仙。", "A dividend of 12 cents a share was declared."),
])
def test_a_sum_in_hundredths_agrees_with_the_same_sum_in_any_form(zh, en):
    assert loud(zh, en) == []


def test_hundredths_off_by_ten_are_a_scale_error_written_back_in_hundredths():
    assert loud("汽油每升上涨5美分。", "Petrol rose 50 cents a litre.") == [("scale", "5美分", "50 cents")]
    assert loud("该股跌8仙，收报12.3港元。", "The stock fell HK$0.8 to HK$12.30.") == [("scale", "8仙", "HK$0.8")]
    assert loud("汽油每升上涨5美分。", "Petrol rose 6 cents a litre.") == [("value", "5美分", "6 cents")]


def test_the_expected_text_counts_hundredths_where_the_translation_does():
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document("汽油每升上涨5美分。", "zh", format="text"),
                             parse_document("Petrol rose 50 cents a litre.", "en", format="text"))
    assert [f.expected for f in pair.findings if f.kind == "scale"] == ["5 cents"]


def test_cents_of_another_currency_are_a_unit_warning():
    assert loud("汽油每升上涨5美分。", "Petrol rose 5 pence a litre.") == [("unit", "5美分", "5 pence")]


# --- a change, then the level it reached ------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("油价下跌2美元至75美元。", "zh"),
    ("该股下跌0.08港元至12.3港元。", "zh"),
])
def test_a_change_then_a_level_is_two_figures_in_chinese(text, lang):
    assert ranges(text, lang) == []


@pytest.mark.parametrize("text", ["上涨2至3美元", "价格在2美元至75美元之间", "下跌2美元至3美元"])
def test_a_range_stays_a_range(text):
    assert len(ranges(text, "zh")) == 1


@pytest.mark.parametrize("zh, en", [
    ("油价下跌2美元至75美元。", "Oil fell $2 to $75."),
    ("该股跌0.08美元，收报12.3美元。", "The stock fell $0.08 to $12.30."),
    ("该股下跌0.08港元至12.3港元。", "The stock dropped 8 HK cents to HK$12.30."),
    ("该股上涨1.2美元，至45.6美元。", "The shares rose $1.20 to $45.60."),
])
def test_a_change_and_a_level_agree_however_each_side_writes_them(zh, en):
    assert loud(zh, en) == []


def test_a_change_off_by_ten_before_its_level_is_a_scale_error_on_the_change_alone():
    assert loud("油价下跌2美元至75美元。", "Oil fell $20 to $75.") == [("scale", "2美元", "$20")]
    assert loud("该股跌0.08美元，收报12.3美元。", "The stock fell $0.8 to $12.30.") == [
        ("scale", "0.08美元", "$0.8")]
    assert loud("该股上涨1.2美元，至45.6美元。", "The shares rose $1.50 to $45.60.") == [
        ("value", "1.2美元", "$1.50")]


# --- an age threshold draws a group: no rounding -----------------------------------------------------

@pytest.mark.parametrize("zh, en, slip", [
    ("这项调查覆盖65岁及以上老人。", "The survey covered people aged 60 and over.", ("65岁及以上", "60 and over")),
    ("这项调查覆盖65岁以上老人。", "The survey covered people over 60.", ("65岁以上", "over 60")),
    ("老人年满80周岁可领取补贴。", "Old people aged 70 or above can claim the subsidy.", ("年满80周岁", "70 or above")),
])
def test_an_age_threshold_given_as_another_is_a_value_error(zh, en, slip):
    assert loud(zh, en) == [("value", *slip)]


@pytest.mark.parametrize("zh, en", [
    ("这项调查覆盖65岁及以上老人。", "The survey covered people aged 65 and over."),
    ("老人年满80周岁可领取补贴。", "Old people aged 80 or above can claim the subsidy."),
    ("他已经六十多岁了。", "He is over 60."),
])
def test_the_same_age_threshold_agrees(zh, en):
    assert loud(zh, en) == []


def test_a_count_above_a_bound_may_still_be_rounded_down_to_a_round_bound():
    assert loud("事故造成超过520人受伤。", "The accident injured more than 500 people.") == []
    assert loud("事故造成超过500人受伤。", "The accident injured more than 400 people.") == [
        ("value", "超过500人", "more than 400")]

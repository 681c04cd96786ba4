"""False alarms found on the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md "WMT18
news (real-text probe, 0.5.8)"), one class a test, each with a counter-case that must still be
reported.  The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.numbers import extract_text

from builders import loud


def qualified(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(q.text, q.value, q.qualifier) for q in extract_text(text, "zh", "b")]


# --- "or more" said after the figure (或以上, 或更多, 或多 + the measure word again) -----------------

@pytest.mark.parametrize("zh, text", [("载有15位或多位乘客的车辆须登记。", "15位或多位"),
                                      ("购票满20张或以上可享团体优惠。", "20张或以上"),
                                      ("每年参加12次或更多培训。", "12次或更多")])
def test_or_more_after_the_figure_is_at_least(zh, text):
    assert [(t, q) for t, _, q in qualified(zh)][:1] == [(text, "at-least")]


def test_more_or_less_and_a_second_figure_are_no_bound():
    assert qualified("这五个人或多或少都有责任。") == [("五个", Decimal(5), None)]
    assert all(q is None for _, _, q in qualified("载有15位或16位乘客的车辆。"))


def test_or_more_rendered_or_more_is_no_added_hedge():
    assert loud("载有15位或多位乘客的车辆须登记。", "Vehicles carrying 15 or more passengers must register.") == []
    assert loud("每年参加12次或更多培训。", "They attend 12 or more training sessions a year.") == []


def test_a_dropped_or_more_and_another_figure_are_still_reported():
    assert loud("载有15位或多位乘客的车辆须登记。", "Vehicles carrying 15 passengers must register.") == [
        ("approximation", "15位或多位", "15")]
    assert loud("载有15位或多位乘客的车辆须登记。", "Vehicles carrying 50 or more passengers must register.") == [
        ("value", "15位或多位", "50 or more")]


# --- a foreign name's e that Chinese writes with an ei syllable (梅, 贝, 雷) -------------------------

def test_a_foreign_e_written_with_an_ei_syllable_is_the_names_spelling():
    assert loud("副总理德梅克在会上致辞。", "Deputy Prime Minister Demeke addressed the meeting.") == []


def test_a_garbled_foreign_name_or_a_chinese_name_without_its_i_is_still_reported():
    assert loud("副总理德梅克在会上致辞。", "Deputy Prime Minister Demike addressed the meeting.") == [
        ("entity", "德梅克", "Demike")]
    assert loud("记者梅志伟报道。", "Reporter Me Zhiwei reports.") == [("entity", "梅志伟", "Me Zhiwei")]


# --- a football club by the short name the Chinese press gives it (resources/lexicon.tsv) ---------

@pytest.mark.parametrize("en", [
    "After signing a five-year contract with Barcelona, Neymar trained with Barcelona for the first time.",
    "After signing a five-year contract with FC Barcelona, Neymar trained with Barca for the first time."])
def test_a_club_by_its_chinese_short_name_is_the_club(en):
    assert loud("内马尔与巴萨签下五年合同后，首次随巴萨训练。", en) == []


def test_another_club_or_another_city_is_still_an_error():
    assert loud("他下周将身披巴萨球衣首次登场。", "He will make his debut in a Real Madrid shirt next week.") == [
        ("entity", "巴萨", "Real Madrid")]
    assert loud("他下周将身披皇马球衣首次登场。", "He will make his debut in a Barcelona shirt next week.") == [
        ("entity", "皇马", "Barcelona")]
    assert loud("她在巴塞罗那度过了童年。", "She spent her childhood in Madrid.") == [("entity", "巴塞罗那", "Madrid")]


# --- (message) the expected figure of a scale slip under a million --------------------------------

def expected_of(zh: str, en: str) -> list[tuple[str, str | None]]:
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.expected) for f in pair.findings if f.severity != "info"]


def test_a_figure_under_a_million_is_expected_without_a_scale_word():
    assert expected_of("该厂预计明年的产量将达到3000台以上。",
                       "The plant expects output of more than 3 million units next year.") == [
        ("scale", "more than 3000")]
    assert expected_of("公司投资了800元。", "The company invested 800 million yuan.") == [("scale", "800 yuan")]


def test_a_figure_of_millions_keeps_a_scale_word():
    assert expected_of("该市去年接待游客5000万人次。", "The city received 5 billion visitors last year.") == [
        ("scale", "50 million")]

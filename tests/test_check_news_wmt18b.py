"""Findings of the second span of the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md
"WMT18 news, part 2 (real-text probe, 0.5.8)"): no error or warning was false there, so these are
the two informational classes the development set showed, each with a counter-case that must still
be reported.  The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

import pytest

from builders import every, loud

# --- a count of two or three parties said by a word that holds the number ---------------------------

@pytest.mark.parametrize("zh, en", [
    ("两省签署了合作协议，推动两地交流。", "The provinces signed a bilateral agreement to promote exchanges."),
    ("两国贸易额去年有所增长。", "Trade between both countries grew last year."),
    ("三国领导人在东京举行会谈。", "The leaders held trilateral talks in Tokyo."),
    ("两国将开展学生交流项目。", "Student exchanges will be organised bilaterally."),
])
def test_two_or_three_parties_said_by_a_word_is_no_lost_figure(zh, en):
    assert [f for f in every(zh, en) if f[0] == "missing-number"
            and f[2] in ("两省", "两国", "三国")] == []


def test_a_party_count_without_its_word_or_with_another_is_still_reported():
    # one "bilateral" accounts for one of the two counts of two
    assert every("两国贸易额增长，两国投资也增长。", "Bilateral trade grew, and so did investment.") == [
        ("missing-number", "info", "两国", "")]
    # three parties as "bilateral" is no rendering of three
    assert every("三国领导人在东京举行会谈。", "The leaders held bilateral talks in Tokyo.") == [
        ("missing-number", "info", "三国", "")]
    assert every("两国贸易额去年有所增长。", "Trade grew last year.") == [("missing-number", "info", "两国", "")]
    assert loud("两国贸易额去年有所增长。", "Trade between the three countries grew last year.") == [
        ("value", "两国", "three")]


# --- the number of a set phrase the source's figures leave alone, given as a figure --------------------

@pytest.mark.parametrize("zh, en", [
    ("全体党员要增强四个意识。", "All party members must strengthen the 4 consciousnesses."),
    ("各级干部要坚定四个自信。", "Officials at all levels must hold to the four confidences."),
    ("严格落实八项规定精神。", "The spirit of the 8 rules on conduct is strictly carried out."),
    ("严格落实八项规定精神。", "The spirit of the eight-point rules is strictly carried out."),
])
def test_a_set_phrases_number_as_a_figure_is_no_addition(zh, en):
    assert every(zh, en) == []


def test_another_figure_beside_the_set_phrase_is_still_reported():
    # the phrase accounts for one 4, not for a second one that counts something else
    assert every("全体党员要增强四个意识。",
                 "All party members, 4 of them new, must strengthen the 4 consciousnesses.") == [
        ("extra-number", "info", "", "4")]
    # no set phrase, no number of one; a numeral in a place's name (四川) counts nothing
    assert every("四川全体党员要增强政治意识。",
                 "All party members in Sichuan must strengthen the 4 consciousnesses.") == [
        ("extra-number", "info", "", "4")]
    assert every("全体党员要增强政治意识。", "All party members must strengthen the 4 consciousnesses.") == [
        ("extra-number", "info", "", "4")]
    assert every("严格落实八项规定精神。", "The spirit of the 6 rules on conduct is strictly carried out.") == [
        ("extra-number", "info", "", "6")]

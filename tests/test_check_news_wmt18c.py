"""Findings of the third span of the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md
"WMT18 news, part 3 (real-text probe, 0.5.8)"): a transliterated place no dictionary holds, whose
consonants fall in one class (巴布亚: b and p are one class, 亚 adds none), was judged a different
place when the translation gave its English name, and its people's word was no rendering of it.
Each class has a counter-case that must still be reported.  The sentences are written for these
tests; none is taken from the probed texts."""

from __future__ import annotations

import pytest

from builders import loud


def entity_warnings(zh: str, en: str) -> list[tuple[str, str]]:
    return [(s, t) for kind, s, t in loud(zh, en) if kind == "entity"]


# --- a transliteration of one consonant class, heard with its vowels ------------------------------

def test_one_consonant_transliteration_is_heard_by_its_vowels():
    from northeast_text import translit

    assert translit.heard("巴布亚", "Papua", "place")
    # the same consonant, other vowels: not heard
    assert not translit.heard("巴布亚", "Pupa", "place")
    assert not translit.heard("巴布亚", "Bob", "place")
    assert not translit.heard("巴布亚", "Bali", "place")


@pytest.mark.parametrize("zh, en", [
    ("这位教师在巴布亚工作了十年。", "The teacher has worked in Papua for ten years."),
    ("记者上周前往巴布亚采访当地教师。", "Last week the reporter travelled to Papua to interview local teachers."),
])
def test_a_place_heard_in_its_english_name_is_no_other_place(zh, en):
    assert entity_warnings(zh, en) == []


def test_a_place_rendered_as_another_place_is_still_reported():
    assert entity_warnings("这位教师在巴布亚工作了十年。", "The teacher has worked in Fiji for ten years.") == [
        ("巴布亚", "Fiji")]
    assert entity_warnings("记者上周前往巴布亚采访当地教师。",
                           "Last week the reporter travelled to Fiji to interview local teachers.") == [
        ("巴布亚", "Fiji")]


# --- a place said by its people's word, the name heard in its stem ----------------------------------

@pytest.mark.parametrize("text", [
    "Many Papuans trade at the market near the harbour.",
    "A traditional Papuan dance was performed at the airport.",
])
def test_a_place_said_by_its_people_is_no_other_place(text):
    from northeast_text.checks.entity import _heard_adjective_in

    assert _heard_adjective_in(text, "巴布亚")


@pytest.mark.parametrize("text", [
    "Many Balinese trade at the market near the harbour.",
    "Many Papuas trade at the market near the harbour.",  # no adjective ending: the name itself
    "The traders came from Pupans and Bobans.",
])
def test_a_people_word_of_another_name_is_no_rendering(text):
    from northeast_text.checks.entity import _heard_adjective_in

    assert not _heard_adjective_in(text, "巴布亚")
    # a place CC-CEDICT names is judged by its dictionary adjectives, not by sound
    assert not _heard_adjective_in("Many Pakistanis came.", "巴基斯坦")


# --- the place opening a longer English name, heard (post-hoc, from the held-out set) ---------------

def test_a_place_opening_a_longer_name_is_no_other_place():
    assert entity_warnings("巴布亚警察局长在新闻发布会上回答了记者的提问。",
                           "The Papua Police chief answered reporters' questions at a press conference.") == []


def test_a_longer_name_opening_with_another_place_is_still_reported():
    assert entity_warnings("巴布亚警察局长在新闻发布会上回答了记者的提问。",
                           "The Fiji Police chief answered reporters' questions at a press conference.") == [
        ("巴布亚", "Fiji")]

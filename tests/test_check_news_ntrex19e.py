"""Classes found on news written in English and translated into Chinese, NTREX-128 part 5
(docs/evaluation.md "NTREX-128 news, en-zh, part 5"), one class a test, each with a counter-case that
must still be reported.  The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from northeast_text import translit

from builders import loud

# --- North and South Korea said as "the North" and "the South" ----------------------------------------


def test_a_country_said_by_its_half_renders_it():
    # 朝 and 韩 (North Korea, South Korea) against "the North" and "the South": the countries by their
    # halves, as news on a divided country names them; each was paired with the compass word's region
    assert loud("双方表示，朝韩会谈将于下月举行。", "Talks between the North and the South will be held next month, both said.") == []
    assert loud("双方表示，朝韩会谈将于下月举行。", "Talks between the South and the North will be held next month, both said.") == []


def test_a_country_said_by_another_half_is_still_reported():
    # "the West" is no half of South Korea's name; "North" without "the" is no country
    assert ("entity", "韩", "West") in loud("双方表示，朝韩会谈将于下月举行。",
                                            "Talks between the North and the West will be held next month, both said.")


# --- a Korean name romanised in Korean ("Ri Yong-ho" for 李英浩) ------------------------------------------


def test_a_korean_surname_as_korean_spells_it_renders_the_person():
    # 李 read in Korean is Ri, Lee, Yi or Rhee; "Ri Yong-ho" is all pinyin syllables, so it was read as
    # a Chinese name in pinyin and judged another person than 李英浩 (Li Yinghao)
    zh = "朝鲜外交部长李英浩周六抵达纽约。"
    assert loud(zh, "North Korean Foreign Minister Ri Yong-ho arrived in New York on Saturday.") == []
    assert translit.cantonese_spelt("卢武铉", "Roh Moo-hyun") and translit.cantonese_spelt("朴槿惠", "Park Geun-hye")


def test_another_surname_against_a_korean_name_is_still_reported():
    zh = "朝鲜外交部长李英浩周六抵达纽约。"
    assert ("entity", "李英浩", "Wang Yong-ho") in loud(
        zh, "North Korean Foreign Minister Wang Yong-ho arrived in New York on Saturday.")
    assert not translit.cantonese_spelt("李英浩", "Kim Yong-ho")


# --- a county cut inside its transliteration (伯勒县 of 希尔斯伯勒县) ---------------------------------------


def test_a_county_cut_inside_its_transliteration_is_no_place_of_its_own():
    # the reader cut 诺尔斯伯勒县 (Knollsborough County) into 诺尔 and 斯伯勒县, a place by its generic,
    # which was then paired with the next county of the sentence
    zh = "在诺尔斯伯勒县附近可以看到这种鸟，利县也有。"
    assert loud(zh, "The bird can be seen near Knollsborough County, and in Lee County too.") == []


def test_a_county_of_its_own_against_another_is_still_reported():
    # 伯勒县 with no transliteration glued before it is a county of its own, and Lee County another one
    assert ("entity", "伯勒县", "Lee County") in loud("在伯勒县附近可以看到这种鸟。",
                                                       "The bird can be seen near Lee County.")

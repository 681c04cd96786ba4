"""Findings of the sixth span of the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md
"WMT18 news, part 6 (real-text probe, 0.5.10)"): seen on the development set, a foreign place
written in transliteration whose tail jieba reads as a place of its own (罗州 of 锡那罗州, 帕斯 of
塔毛利帕斯), set against the English name of the whole; after the held-out set's blind run
(post-hoc), a town's generic read as a place of its own (古镇 of 西塘古镇 "Xitang Ancient Town") and
江南水乡 (the water towns south of the Yangtze) said by its side of the river.  Each class has a
counter-case that must still be reported.  The sentences are written for these tests; none is taken from the probed
texts."""

from __future__ import annotations

import pytest

from builders import loud


def kinds(zh: str, en: str, kind: str) -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


# --- the tail of a transliterated place read as a place of its own ---------------------------------

_STATE = "在与锡那罗州州长的会谈中，加西亚要求保护记者。"
_STATE_EN = "In talks with the governor of {}, Garcia demanded protection for reporters."
_BORDER = "人们记得两年前，摄影师安娜·伊丽莎白·加西亚死在了塔毛利帕斯北部的边界。"
_BORDER_EN = ("People remember the death two years ago of photographer Ana Elizabeth Garcia on the "
              "northern border of {}.")


@pytest.mark.parametrize("zh, en", [
    (_STATE, _STATE_EN.format("Sinaloa")),  # 锡那 | 罗州: the generic 州 unsaid in English
    (_STATE, _STATE_EN.format("Sinaloa State")),
    (_BORDER, _BORDER_EN.format("Tamaulipas")),  # 塔 | 毛利 | 帕斯: three characters before the tail
])
def test_the_tail_of_a_transliterated_place_is_rendered_by_the_whole(zh, en):
    assert kinds(zh, en, "entity") == []


@pytest.mark.parametrize("zh, en, tail", [
    (_STATE, _STATE_EN.format("Chihuahua"), "罗州"),
    (_STATE, _STATE_EN.format("Durango"), "罗州"),
    (_BORDER, _BORDER_EN.format("Veracruz"), "帕斯"),
])
def test_another_place_for_the_transliterated_one_is_still_reported(zh, en, tail):
    assert [s for s, _ in kinds(zh, en, "entity")] == [tail]


def test_heard_across_reaches_three_characters_back_and_past_an_unsaid_generic():
    from northeast_text.translit import heard_across

    state = "他见了锡那罗州州长"
    a = state.index("罗州")
    assert heard_across(state, a, a + 2, "Sinaloa")
    assert not heard_across(state, a, a + 2, "Chihuahua")
    border = "死在了塔毛利帕斯北部"
    a = border.index("帕斯")
    assert heard_across(border, a, a + 2, "Tamaulipas")
    assert not heard_across(border, a, a + 2, "Veracruz")


# --- post hoc: a town's generic after its name; 江南水乡 said by its side of the river ---------------

_TOWNS = "江南水乡自古受到诗人的喜爱，如今，西塘古镇与多所美术学院开展合作。"
_TOWNS_EN = ("The towns in the south of the lower reaches of the Yangtze River have been loved by poets since "
             "ancient times. Nowadays, the {} is developing cooperation with several art academies.")
_WATER = "江南水乡自古受到诗人的喜爱。"
_WATER_EN = "The water towns {} the Yangtze River have been loved by poets since ancient times."


def test_a_towns_generic_after_its_name_is_no_place_of_its_own():
    assert kinds(_TOWNS, _TOWNS_EN.format("Xitang Ancient Town"), "entity") == []


def test_another_town_before_the_generic_is_still_reported():
    assert kinds(_TOWNS, _TOWNS_EN.format("Wuzhen Ancient Town"), "entity") == [("西塘", "Wuzhen Ancient Town")]


@pytest.mark.parametrize("side", ["south of", "in the south of the lower reaches of"])
def test_the_water_towns_of_jiangnan_are_said_by_their_side(side):
    assert kinds(_WATER, _WATER_EN.format(side), "entity") == []


@pytest.mark.parametrize("side", ["north of", "in the north of the lower reaches of"])
def test_the_water_towns_on_the_other_side_are_still_reported(side):
    assert kinds(_WATER, _WATER_EN.format(side), "entity") == [("江南水乡", "Yangtze River")]

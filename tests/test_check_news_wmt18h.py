"""Findings of the eighth span of the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md
"WMT18 news, part 8 (real-text probe, 0.5.12)"), seen on the development set: the figure of a
designation written with a Chinese name and a hyphen (鹰击-8, 歼-20, 苏-27), read as a negative count
and paired with a range of the translation; after the held-out set's blind run (post hoc), a place
opening an animal's name (东北豹 "Amur leopard") taken for a place given as another, and a phrase
read as a person's name (白衬衫 "a white shirt") paired with the translation's person.  Each class
has a counter-case that must still be reported.  The sentences are written for these tests; none is
taken from the probed texts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import loud, read_figures


def kinds(zh: str, en: str, kind: str = "entity") -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]

# --- a designation: a Chinese name, a hyphen and a whole figure --------------------------------------

_LAUNCHERS = ("舰桥前方是红旗16和鹰击-8共用的发射装置，舰体中部是一座8-16单元的发射装置，配有四面雷达。",
              "Forward of the bridge is a launcher shared by HQ-16 and YJ-8 missiles; amidships is an "
              "8-16-unit launcher, with a four-faced radar.")
_DRILL = "空军的歼-20战机昨天首次参加演习。"


@pytest.mark.parametrize("zh, en", [
    _LAUNCHERS,  # was: 8 "a negative figure" against 8-16, and 8-16 against "four"
    ("该舰配备了鹰击-18反舰导弹。", "The ship carries Yingji 18 anti-ship missiles."),
    (_DRILL, "The air force's J-20 fighters joined the drill for the first time yesterday."),
    ("两架苏-27在空中护航。", "Two Su-27 jets flew escort."),
])
def test_a_designation_is_no_negative_figure(zh, en):
    assert loud(zh, en) == []


def test_a_designation_is_read_as_a_model_number():
    assert [(t, k) for t, k, _, _ in read_figures("歼-20、东风-41和苏-27都参加了检阅。", "zh")] == [
        ("20", "ordinal"), ("41", "ordinal"), ("27", "ordinal")]


@pytest.mark.parametrize("zh, en, found", [
    # a minus sign after a Chinese word, its figure with a unit: the sign lost is still reported
    ("今年一季度该省工业增速为-2.6%。", "The province's industrial growth was 2.6% in the first quarter.",
     [("value", "2.6%", "2.6%")]),
    ("预计明晨最低气温-5℃。", "The low is expected to be 5C tomorrow morning.", [("value", "5℃", "5C")]),
    # the designation's figure changed
    (_DRILL, "The air force's Jian 10 fighters joined the drill for the first time yesterday.",
     [("extra-number", "", "10")]),
])
def test_a_lost_sign_or_a_changed_designation_is_still_reported(zh, en, found):
    assert loud(zh, en) == found


@pytest.mark.parametrize("zh, text, value", [
    ("当天的消费者信心指数为-12。", "12", Decimal(12)),  # after 为 the hyphen is a sign
    ("明晨最低气温-3，请注意保暖。", "3", Decimal(3)),
    ("该队本赛季得分-2。", "2", Decimal(2)),
])
def test_a_bare_figure_after_a_word_of_value_is_still_a_count(zh, text, value):
    assert (text, "count", value, None) in read_figures(zh, "zh")


@pytest.mark.parametrize("zh, text", [
    ("每组到场10人-20人。", "10人-20人"),  # the second end of a range, not a designation
    ("每户投资5万-10万元。", "5万-10万元"),
])
def test_a_range_after_a_unit_or_a_scale_word_is_still_a_range(zh, text):
    assert [t for t, k, _, _ in read_figures(zh, "zh")] == [text]


# --- a place opening an animal's name (post hoc) ---------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("这片保护区的野外仅有东北虎四到六只、东北豹三到五只。",
     "Only four to six Siberian tigers and three to five Amur leopards live wild in the reserve."),
    ("园内有非洲象两头、美洲豹一只。", "The park keeps two African elephants and a jaguar."),
])
def test_a_place_opening_an_animals_name_is_no_place_of_the_text(zh, en):
    assert kinds(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    ("东北农民今年增收。", "Farmers in Siberia earned more this year."),
    ("东北的农民今年增收。", "Farmers in the Northwest earned more this year."),
])
def test_the_place_before_another_noun_given_as_another_place_is_still_reported(zh, en):
    assert [s for s, _ in kinds(zh, en)] == ["东北"]


# --- a phrase read as a person's name (post hoc) -----------------------------------------------------

def test_a_phrase_the_translation_gives_by_its_sense_is_no_person():
    zh = "昨晚，琼·贝兹身穿白衬衫登台，演唱迪伦名曲《答案在风中飘》。"
    en = "Last night Joan Baez took the stage in a white shirt and sang Bob Dylan's Blowin' in the Wind."
    assert kinds(zh, en) == []  # was: 白衬衫 "Bai Chenshan" rendered as "Bob Dylan", a different person


@pytest.mark.parametrize("en", [
    "That night Li Na took the stage in a black suit and sang a classic.",
    # one part of the name glossed ("white" for 白) is not enough: the name is spelt, not glossed
    "That night Li Na took the stage in a white suit and sang a classic.",
])
def test_a_person_given_as_another_is_still_reported(en):
    assert kinds("当晚，白海燕以黑西装登台，演唱了一首名曲。", en) == [("白海燕", "Li Na")]

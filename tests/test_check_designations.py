"""Numbered names of a series (checks/designations.py, resources/checks/designations.json): a
designation whose number the translation changes is a value error (rule numbers.value_designation);
its right rendering, in any of the ways English writes it, is no finding at all."""

from __future__ import annotations

import pytest

from northeast_text.checks.designations import _en_mentions, _roman

from builders import every, loud


@pytest.mark.parametrize("zh,en,src,tgt", [
    ("嫦娥六号探测器昨天在月球背面着陆。", "The Chang'e-5 lander touched down on the moon's far side yesterday.",
     "嫦娥六号", "Chang'e-5"),
    ("神舟十八号载人飞船的三名航天员顺利出舱。", "The three Shenzhou-19 astronauts left their capsule.",
     "神舟十八号", "Shenzhou-19"),
    ("一枚长征七号运载火箭从海南发射升空。", "A Long March 5 carrier rocket lifted off from Hainan.",
     "长征七号", "Long March 5"),
    ("科考船雪龙2号驶离上海港。", "The research vessel Xuelong 1 left the port of Shanghai.", "雪龙2号", "Xuelong 1"),
    ("天舟五号货运飞船与空间站对接。", "The Tianzhou No. 4 cargo craft docked with the space station.",
     "天舟五号", "Tianzhou No. 4"),
    ("神舟十六号乘组返回。", "The crew of Shenzhou XVII returned.", "神舟十六号", "Shenzhou XVII"),
])
def test_a_designation_given_another_number_is_a_value_error(zh, en, src, tgt):
    found = every(zh, en)
    assert ("value", "error", src, tgt) in found
    assert [f for f in found if f[0] in ("missing-number", "extra-number")] == []  # told once


@pytest.mark.parametrize("zh,en", [
    ("嫦娥六号探测器昨天在月球背面着陆。", "The Chang'e-6 lander touched down on the moon's far side yesterday."),
    ("嫦娥六号探测器昨天在月球背面着陆。", "The Chang'e 6 lander touched down on the moon's far side yesterday."),
    ("神舟十八号载人飞船的三名航天员顺利出舱。", "The three Shenzhou-18 astronauts left their capsule."),
    ("神舟十六号乘组返回。", "The crew of Shenzhou XVI returned."),
    ("一枚长征七号运载火箭从海南发射升空。", "A Long March-7 carrier rocket lifted off from Hainan."),
    ("天舟五号货运飞船与空间站对接。", "The Tianzhou No. 5 cargo craft docked with the space station."),
])
def test_the_right_number_is_no_finding_atevery(zh, en):
    assert every(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    # the series not named in the translation: not judged
    ("嫦娥六号探测器在月球背面着陆。", "China's sixth lunar probe landed on the far side of the moon."),
    ("嫦娥六号探测器在月球背面着陆。", "The probe landed on the far side of the moon."),
    # two designations of one series, the translation naming one: the other is not judged
    ("嫦娥五号和嫦娥六号都从月球取回了样本。", "Chang'e-5 and its successor both brought back samples from the moon."),
    # an English name the Chinese name does not spell: no series
    ("天宫二号于2016年发射。", "Tiangong was launched in 2016 on Long March 2."),
])
def test_a_series_the_translation_does_not_name_with_another_number_is_not_judged(zh, en):
    assert [f for f in loud(zh, en) if f[0] == "value" and "号" in f[1]] == []


def test_other_numbered_things_are_left_to_the_number_check():
    """A metro line is no series of this check: 3号线 as "Line 4" stays the number check's value error."""
    assert ("value", "3号", "4") in loud("地铁3号线将于年底开通。", "Metro Line 4 will open at the end of the year.")


def test_english_designations_are_read():
    text = "Shenzhou-17, the Long March 2F rocket, Chang'e 4, Tianzhou No. 6 and Shenzhou XVI; June 2 too."
    got = {(text[m.start:m.end], m.number) for m in _en_mentions("b", text)}
    assert {("Shenzhou-17", 17), ("Long March 2", 2), ("March 2", 2), ("Chang'e 4", 4), ("Tianzhou No. 6", 6),
            ("Shenzhou XVI", 16)} <= got
    assert _roman("XIV") == 14 and _roman("IX") == 9

"""False alarms found on professional news translations, the second reference ("B") of the WMT21 news test
set, zh-en, part 2 (docs/evaluation.md "WMT21 news, reference B, part 2"), one class a test, each with a
counter-case that must still be reported.  The sentences are written for these tests; none is taken from
the probed texts."""

from __future__ import annotations

from northeast_text.numbers.en import extract_text

from builders import loud

# --- a clock time typed with a space after the colon ("14: 30") -------------------------------

MEETING_ZH = "会议于14时30分开始。"
RAIN_ZH = "7月3日9时至7月4日18时，全市普降大雨。"


def test_a_clock_time_with_a_space_after_the_colon_is_a_time():
    assert loud(MEETING_ZH, "The meeting began at 14: 30.") == []
    assert loud(RAIN_ZH, "From 9: 00 on July 3 to 18: 00 on July 4, heavy rain fell across the city.") == []
    assert loud("他凌晨三点半才下班。", "He did not leave work until 3: 30 in the morning.") == []
    assert [(q.text, q.kind) for q in extract_text("as of 21: 00 on the 25th")] == [
        ("21: 00", "time"), ("25th", "ordinal")]


def test_another_spaced_time_is_still_reported_and_a_bare_ratio_stays_a_ratio():
    assert loud(MEETING_ZH, "The meeting began at 14: 50.") == [("value", "14时30分", "14: 50")]
    # the closing hour after a date's "to" was read as a day of the month before ("July 3 to 16")
    assert loud(RAIN_ZH, "From 9: 00 on July 3 to 16: 00 on July 4, heavy rain fell across the city.") == [
        ("value", "18时", "16: 00")]
    assert [(q.text, q.kind) for q in extract_text("The vote was 12: 25 in the end.")] == [("12: 25", "ratio")]
    assert [(q.text, q.kind) for q in extract_text("Water and cement are mixed 3: 1.")] == [("3: 1", "ratio")]


# --- a place's adjective opening an animal's name ("Tibetan antelopes") ------------------------

ANTELOPES_ZH = "每年6月，来自西藏羌塘、新疆阿尔金山等地的藏羚羊都要前往湖区产仔。"


def test_a_place_adjective_before_an_animal_names_a_species():
    assert loud(ANTELOPES_ZH, "Every June, Tibetan antelopes from Qiangtang in Tibet and Altun Mountain in "
                              "Xinjiang travel to the lake area to give birth.") == []
    assert loud("约30只雌性藏羚羊带领5只幼仔陆续通过青藏公路2900公里处、青藏铁路大桥。",
                "About 30 female Tibetan antelopes led five young Tibetan antelopes across the railway bridge "
                "on the Qinghai-Tibet Highway 2900 km.") == []


def test_a_place_changed_beside_the_species_is_still_reported():
    found = loud(ANTELOPES_ZH, "Every June, Tibetan antelopes from Qiangtang in Tibet and Altun Mountain in "
                               "Gansu travel to the lake area to give birth.")
    assert [f for f in found if f[0] == "entity" and f[2] == "Gansu"]
    assert loud("青海的藏羚羊数量逐年增加。", "The number of Tibetan antelopes in Gansu is rising year by year.") == [
        ("entity", "青海", "Gansu")]


# --- "more than a dozen" for 十多, 十余 ------------------------------------------------------


def test_a_dozen_hedged_up_renders_ten_odd():
    assert loud("警方传唤了十多名嫌疑人。", "Police summoned more than a dozen suspects.") == []
    assert loud("警方传唤了十余名嫌疑人。", "Police summoned over a dozen suspects.") == []


def test_a_dozen_for_another_figure_or_below_it_is_still_reported():
    assert loud("警方传唤了二十多名嫌疑人。", "Police summoned more than a dozen suspects.") == [
        ("value", "二十多名", "more than a dozen")]
    assert loud("警方传唤了十多名嫌疑人。", "Police summoned nearly a dozen suspects.") == [
        ("value", "十多名", "nearly a dozen")]
    assert loud("警方传唤了十名嫌疑人。", "Police summoned a dozen suspects.") == [("value", "十名", "a dozen")]


# --- after the blind run (post hoc): a hedge after a rate's time unit (立方米每秒左右) ------------

INFLOW_ZH = "三峡水库入库流量可能达到50000立方米每秒左右。"


def test_a_hedge_after_the_time_unit_of_a_rate_is_the_figures():
    assert loud(INFLOW_ZH, "The inflow into the Three Gorges Reservoir may reach about 50,000 cubic meters "
                           "per second.") == []
    assert loud("洪峰流量为5万立方米/秒左右。", "The flood peak was about 50,000 cubic meters per second.") == []


def test_a_hedge_added_or_dropped_or_a_changed_rate_is_still_reported():
    assert loud("三峡水库入库流量可能达到50000立方米每秒。", "The inflow into the Three Gorges Reservoir may reach "
                "about 50,000 cubic meters per second.") == [("approximation", "50000立方米", "about 50,000")]
    assert loud(INFLOW_ZH, "The inflow into the Three Gorges Reservoir may reach 50,000 cubic meters per second.") == [
        ("approximation", "50000立方米每秒左右", "50,000")]
    assert loud(INFLOW_ZH, "The inflow into the Three Gorges Reservoir may reach about 40,000 cubic meters "
                           "per second.") == [("value", "50000立方米每秒左右", "about 40,000")]

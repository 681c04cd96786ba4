"""A run of province abbreviations (青藏高原, 川藏公路) rendered by the provinces it joins."""

import pytest

from builders import severe_findings


@pytest.mark.parametrize(("zh", "en"), [
    ("青藏高原平均海拔4000米以上。", "The Qinghai-Tibet Plateau averages over 4,000 meters above sea level."),
    ("川藏公路沿线风景秀丽。", "The scenery along the Sichuan-Tibet Highway is beautiful."),
    ("云贵高原喀斯特地貌广布。", "Karst landforms are widespread on the Yunnan-Guizhou Plateau."),
    ("黑吉辽三省人口下降。", "The population of Heilongjiang, Jilin and Liaoning fell."),
])
def test_a_run_of_province_abbreviations_rendered_by_its_provinces_is_no_error(tmp_path, zh, en):
    assert severe_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "wrong"), [
    ("川藏公路沿线风景秀丽。", "The scenery along the Sichuan-Yunnan Highway is beautiful.", "Yunnan"),
    ("青藏高原平均海拔4000米以上。", "The Qinghai-Xinjiang Plateau averages over 4,000 meters above sea level.",
     "Xinjiang"),
])
def test_a_province_of_the_run_swapped_is_an_entity_error(tmp_path, zh, en, wrong):
    assert any(kind == "entity" and severity == "error" and wrong in (target or "")
               for kind, severity, target in severe_findings(tmp_path, zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    # a country named as a side (中方 "China") renders it: no other place's wrong rendering
    ("专家认为，中方的决定是对美国挑衅的反制，并非针对普通美国民众。",
     "Experts held that China's decision was a countermeasure against the aggression of the US, "
     "not aimed at its public."),
    # a news site by its English name
    ("中新网7月26日电 飓风登陆美国得克萨斯州。", "July 26 (China News) A hurricane made landfall in Texas."),
    # US states by their short Chinese forms
    ("飓风登陆得州，加州发生山火，宾州和麻省举行初选，北卡和南卡的选民投票。",
     "A hurricane hit Texas, wildfires broke out in California, Pennsylvania and Massachusetts held "
     "primaries, and voters in North Carolina and South Carolina cast ballots."),
])
def test_places_named_by_a_side_a_site_or_a_short_form_are_no_error(tmp_path, zh, en):
    assert severe_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "wrong"), [
    ("中方决定对美国实施反制。", "China decided to retaliate against Russia.", "Russia"),
    ("飓风登陆得州。", "A hurricane hit Florida.", "Florida"),
])
def test_a_place_swapped_beside_a_side_or_a_state_is_still_an_error(tmp_path, zh, en, wrong):
    assert ("entity", "error", wrong) in severe_findings(tmp_path, zh, en)


def test_an_ethnic_autonomous_area_is_one_name_in_english():
    """The model cuts "Haixi Mongolian and Tibetan Autonomous Prefecture" in two (an
    organisation and a place): it is one place."""
    from northeast_text.entities import recognise_text

    text = "The bureau of Golmud City, Haixi Mongolian and Tibetan Autonomous Prefecture, said so."
    assert ("Haixi Mongolian and Tibetan Autonomous Prefecture", "place") in {
        (e.text, e.type) for e in recognise_text(text, "en")}


@pytest.mark.parametrize(("en", "flagged"), [
    ("The police of Haixi Mongolian and Tibetan Autonomous Prefecture said on the 26th that she is missing.", False),
    ("The police of Haibei Mongolian and Tibetan Autonomous Prefecture said on the 26th that she is missing.", True),
])
def test_an_autonomous_area_is_rendered_by_its_place_in_pinyin_and_its_peoples(tmp_path, en, flagged):
    found = severe_findings(tmp_path, "海西蒙古族藏族自治州警方26日通报称，她仍处于失联状态。", en)
    assert any(kind == "entity" for kind, _s, _t in found) is flagged


def test_a_pinyin_given_name_cut_short_is_no_english_given_name(tmp_path):
    """"Lu Yu" for 于凤霞: "Lu" is pinyin (one syllable for two characters), not an English given
    name like "Elaine" of 赵小兰 "Elaine Chao": another person, an error."""
    found = severe_findings(tmp_path, "副主任于凤霞表示，政策需要加强。",
                            "Deputy director Lu Yu said policies must be stronger.")
    assert any(kind == "entity" and severity == "error" for kind, severity, _ in found)

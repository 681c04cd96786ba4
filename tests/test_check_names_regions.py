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

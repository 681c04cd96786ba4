"""History and academic essays (blind probe, 0.5.5): the conventions of a scholarly
translation read as such, each class with a counter-case that must still be flagged."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text import translit
from northeast_text.notes import find_source_notes
from northeast_text.numbers import extract_text
from northeast_text.pipeline import annotate
from northeast_text.readers import parse_document


def _figures(text: str, lang: str) -> list[tuple[str, Decimal | None, str | None, str]]:
    return [(q.text, q.value, q.unit, q.kind) for q in extract_text(text, lang)]


def _alarms(zh: str, en: str) -> list[tuple[str, str]]:
    pair = annotate(parse_document(zh, "zh"), parse_document(en, "en"))
    return [(f.kind, f.severity) for f in pair.findings if f.severity in ("error", "warning")]


# ---- 两 after a place is the tael; traditional units


@pytest.mark.parametrize("text, value, unit", [
    ("每年征收商税二万九千两。", Decimal(29000), "tael"),
    ("赔偿军费八百万两白银", Decimal(8000000), "tael"),
    ("三十两银子", Decimal(30), "tael"),
    ("年产皮棉约二百万担", Decimal(2000000), "picul"),
    ("长四十四丈", Decimal(44), "zhang"),
    ("相距三千里", Decimal(3000), "li"),
])
def test_traditional_units(text, value, unit):
    (_, v, u, _), = _figures(text, "zh")
    assert (v, u) == (value, unit)


def test_liang_is_still_two_before_a_place():
    assert _figures("一万两千人", "zh")[0][1] == Decimal(12000)
    assert _figures("两万两千两", "zh")[0][1:3] == (Decimal(22000), "tael")
    assert _figures("一千二", "zh")[0][1] == Decimal(1200)  # 二 after a place is still 2 of the next


def test_tael_rendered_and_slipped():
    zh = "万历年间，月港每年征收的商税一度达到二万九千两。"
    assert _alarms(zh, "During the Wanli reign, the duties at Yuegang once reached 29,000 taels a year.") == []
    assert _alarms(zh, "During the Wanli reign, the duties at Yuegang once reached 2,900 taels a year.")


def test_li_converted_and_li_as_km():
    zh = "两地相距三千里。"
    assert _alarms(zh, "The two places are 3,000 li apart.") == []
    assert _alarms(zh, "The two places are about 1,500 km apart.") == []
    assert ("unit", "warning") in _alarms(zh, "The two places are 3,000 km apart.")


# ---- author-date references, pages


@pytest.mark.parametrize("text, lang", [
    ("增长了四倍多（赵文林，1988：412）。", "zh"),
    ("an increase of more than fourfold (Zhao 1988: 412).", "en"),
])
def test_citation_year_and_page(text, lang):
    got = [(v, k) for _, v, _, k in _figures(text, lang) if k != "multiplier"]
    assert got == [(Decimal(1988), "year"), (Decimal(412), "count")]


def test_a_ratio_is_still_a_ratio():
    assert _figures("男女比例为1:3", "zh")[0][3] == "ratio"
    assert _figures("比分2019:2020", "zh")[0][3] == "ratio"  # no author before it


def test_citation_year_changed():
    zh = "这一移民潮规模空前（赵文林，1988：412）。"
    assert _alarms(zh, "This wave of migration was unprecedented (Zhao Wenlin 1988, 412).") == []
    assert ("value", "error") in _alarms(zh, "This wave of migration was unprecedented (Zhao Wenlin 1998, 412).")


def test_page_range():
    q, = extract_text("参见该书第88—93页。", "zh")
    assert (q.low, q.high) == (Decimal(88), Decimal(93))
    assert _figures("见第3页", "zh")[0][3] == "ordinal"


# ---- before the common era


def test_bce_years():
    assert [v for _, v, _, _ in _figures("孔子（公元前551—前479）", "zh")] == [Decimal(-551), Decimal(-479)]
    assert [v for _, v, _, _ in _figures("Confucius (551–479 BCE)", "en")] == [Decimal(-551), Decimal(-479)]
    assert [v for _, v, _, _ in _figures("前3个月", "zh")] == [Decimal(3)]  # 'the first three months'


def test_bce_rendered_as_ce():
    zh = "孔子（公元前551—前479），名丘，鲁国人。"
    assert _alarms(zh, "Confucius (551–479 BCE), personal name Qiu, was a man of Lu.") == []
    assert ("value", "error") in _alarms(zh, "Confucius (551–479 CE), personal name Qiu, was a man of Lu.")


def test_bce_dropped():
    zh = "公元前214年，秦始皇派蒙恬率军三十万北击匈奴。"
    assert _alarms(zh, "In 214 BCE the First Emperor sent Meng Tian with 300,000 troops against the Xiongnu.") == []
    pair = annotate(parse_document(zh, "zh"), parse_document(
        "In 214 the First Emperor sent Meng Tian with 300,000 troops against the Xiongnu.", "en"))
    (f,) = [f for f in pair.findings if f.severity == "error"]
    assert (f.kind, f.source_text, f.expected) == ("value", "公元前214年", "214 BCE")


# ---- "and more" after the counted noun


def test_and_more_hedge():
    assert extract_text("for the next two thousand years and more.", "en")[0].qualifier == "plus"
    assert extract_text("for 70 years and more people came", "en")[0].qualifier is None


# ---- names


@pytest.mark.parametrize("zh, en, ok", [
    ("太湖", "Lake Tai", True), ("泰山", "Mount Tai", True), ("太湖流域", "Lake Tai basin", True),
    ("太湖", "Lake Hua", False), ("华山", "Mount Tai", False), ("泰山", "Lake Tai", False),
])
def test_head_before_a_short_stem(zh, en, ok):
    assert translit.matches(zh, en, "place") is ok


@pytest.mark.parametrize("zh, en", [
    ("奉天兵工厂始建于1922年。", "The Mukden Arsenal was founded in 1922."),
    ("大连是大豆出口的主要港口。", "Dairen was the main port for the soybean trade."),
    ("1898年中东铁路开工后，哈尔滨迅速发展。",
     "After work on the Chinese Eastern Railway began in 1898, Harbin grew fast."),
    ("西汉初年，匈奴屡犯边境，卫青收复河套。",
     "In the early Western Han the Xiongnu raided the frontier; Wei Qing retook the Ordos."),
])
def test_period_names(zh, en):
    assert _alarms(zh, en) == []


def test_a_swapped_city_is_still_an_error():
    found = _alarms("大连是大豆出口的主要港口。", "Qingdao was the main port for the soybean trade.")
    assert ("entity", "error") in found


# ---- footnotes marked with circled numbers


def test_circled_footnote_entry():
    doc = parse_document("# 题\n\n学界尚有争议。注①\n\n① 参见王明远：《书》，2019年，第88—93页。", "zh")
    assert [n.kind for n in find_source_notes(doc)] == ["footnote", "footnote"]
    assert find_source_notes(parse_document("# 题\n\n增长了三成。\n\n① 这是一项。", "zh")) == []


# ---- a traditional unit converted by its period's value


@pytest.mark.parametrize("zh, en", [
    ("汉代两地相距三千里。", "Under the Han the two places lay 3,000 li (about 1,250 km) apart."),
    ("清代一箱装银四千两。", "Under the Qing a chest held 4,000 taels (about 150 kg) of silver."),
    ("清代一箱装银四千两。", "Under the Qing a chest held about 150 kg of silver."),
    ("宝船长四十四丈。", "The treasure ships were about 136 metres long."),
    ("两地相距三千里。", "The two places are about 1,500 km apart."),
])
def test_period_factors(zh, en):
    assert _alarms(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    ("两地相距三千里。", "The two places are 3,000 li (about 3,000 km) apart."),  # a 里 is no km
    ("两地相距三千里。", "The two places are about 4,800 km apart."),  # nor a mile
    ("清代一箱装银四千两。", "Under the Qing a chest held about 4,000 kg of silver."),
])
def test_period_factors_still_bound(zh, en):
    assert _alarms(zh, en)


def test_period_factor_does_not_hide_a_scale_slip():
    zh = "约有七千五百万两白银，约合二千八百吨，经菲律宾流入中国。"
    assert _alarms(zh, "Some 75 million taels of silver, about 2,800 tonnes, reached China via the Philippines.") == []
    found = _alarms(zh, "Some 75 thousand taels of silver, about 2,800 tonnes, reached China via the Philippines.")
    assert ("scale", "error") in found


def test_postal_names():
    zh = "清廷开放广州、厦门、福州、宁波、上海五口通商。"
    assert _alarms(zh, "The Qing opened five ports: Canton, Amoy, Foochow, Ningpo and Shanghai.") == []
    swapped = _alarms(zh, "The Qing opened five ports: Canton, Amoy, Foochow, Tientsin and Shanghai.")
    assert ("entity", "error") in swapped


def test_the_west_is_no_place():
    zh = "只留粤海关对西洋通商。"
    assert _alarms(zh, "Only the Guangdong customs stayed open to Western trade.") == []


def test_treaty_named_after_a_place():
    zh = "李鸿章与伊藤博文签订《马关条约》，中国割让台湾及澎湖列岛。"
    assert _alarms(zh, "Li Hongzhang and Itō Hirobumi signed the Treaty of Shimonoseki; China ceded Taiwan and "
                       "the Penghu Islands.") == []
    assert ("entity", "error") in _alarms(zh, "Li Hongzhang and Itō Hirobumi signed the Treaty of Shimonoseki; "
                                              "China ceded Taiwan and Hainan.")


def test_islands_generic():
    assert translit.matches("澎湖列岛", "Penghu Islands", "place")
    assert translit.matches("舟山群岛", "Zhoushan Archipelago", "place")
    assert not translit.matches("澎湖列岛", "Hainan Islands", "place")

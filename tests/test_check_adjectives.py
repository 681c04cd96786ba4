"""A country's office, government or team given with another country's adjective (checks/adjectives.py)."""

from __future__ import annotations

import pytest

from builders import every


def _adjective_warnings(zh: str, en: str) -> list[tuple[str, str, str]]:
    return [(sev, s, t) for kind, sev, s, t in every(zh, en) if kind == "entity" and sev != "info"]


@pytest.mark.parametrize("zh,en,source,target", [
    ("日本首相周二表示将访问北京。", "The Korean prime minister said on Tuesday he would visit Beijing.",
     "日本首相", "Korean prime minister"),
    ("法国总统周三发表讲话。", "The German president gave a speech on Wednesday.", "法国总统", "German president"),
    ("德国外长抵达华盛顿。", "The French foreign minister arrived in Washington.",
     "德国外长", "French foreign minister"),
    ("日本经济去年增长了2%。", "The Korean economy grew by 2% last year.", "日本经济", "Korean economy"),
    ("韩国政府周二表示", "The North Korean government said on Tuesday", "韩国政府", "North Korean government"),
    ("朝鲜政府周二表示", "The South Korean government said on Tuesday", "朝鲜政府", "South Korean government"),
    ("荷兰队获胜。", "The Belgian national team won.", "荷兰队", "Belgian national team"),
    ("西班牙首相周一表示", "The Portuguese prime minister said on Monday", "西班牙首相", "Portuguese prime minister"),
    ("白俄罗斯总统周一表示", "The Russian president said on Monday", "白俄罗斯总统", "Russian president"),
])
def test_another_countrys_adjective_is_a_warning(zh, en, source, target):
    assert _adjective_warnings(zh, en) == [("warning", source, target)]


@pytest.mark.parametrize("zh,en", [
    ("日本首相周二表示将访问北京。", "The Japanese prime minister said on Tuesday he would visit Beijing."),
    ("日本首相会见了韩国总统。", "The prime minister met the South Korean president."),  # 韩国 is named
    ("德国外长会见了法国外长。", "The German foreign minister met the French foreign minister."),
    ("朝鲜政府周二表示", "The Korean government said on Tuesday"),  # Korean: either Korea
    ("台湾游客", "Chinese tourists"),  # related places
    ("俄罗斯总统", "the Soviet president"),
    ("美国政府表示，国产芯片将继续发展。", "The Chinese government said domestic chips would keep growing."),
    ("美国总统拜登周二表示", "President Biden said on Tuesday"),  # the country left out: no adjective
    ("英国首相周二表示", "The British PM said on Tuesday"),
    ("德国总理周二表示", "German Chancellor Olaf Scholz said on Tuesday"),
    ("白俄罗斯总统周一表示", "The Belarusian president said on Monday"),  # 白俄罗斯 holds 俄罗斯
    ("印度尼西亚政府表示", "The Indonesian government said"),  # 印度尼西亚 holds 印度
])
def test_no_swap_is_reported(zh, en):
    assert _adjective_warnings(zh, en) == []


def test_the_country_is_no_longer_reported_as_left_out():
    found = every("法国总统周三发表讲话。", "The German president gave a speech on Wednesday.")
    assert [(k, sev) for k, sev, _, _ in found] == [("entity", "warning")]


def test_two_swaps_in_one_link_are_not_guessed():
    zh, en = "日本首相会见了法国总统。", "The Korean prime minister met the German president."
    assert _adjective_warnings(zh, en) == []


@pytest.mark.parametrize("zh,en,source,target", [
    ("日本官员表示，谈判将继续。", "Korean officials said the talks would continue.", "日本官员", "Korean officials"),
    ("德国企业在华投资增加。", "French companies increased their investment in China.", "德国企业", "French companies"),
    ("俄罗斯外交部发表声明。", "The Ukrainian foreign ministry issued a statement.",
     "俄罗斯外交部", "Ukrainian foreign ministry"),
    ("意大利警方逮捕了两名嫌疑人。", "Spanish police arrested two suspects.", "意大利警方", "Spanish police"),
    ("泰国媒体报道了此事。", "Vietnamese media reported it.", "泰国媒体", "Vietnamese media"),
])
def test_officials_companies_police_and_media_are_heads_too(zh, en, source, target):
    assert _adjective_warnings(zh, en) == [("warning", source, target)]


@pytest.mark.parametrize("zh,en", [
    ("日本官员表示，谈判将继续。", "Japanese officials said the talks would continue."),
    ("美国官员说，中国企业将受到影响。", "US officials said Chinese companies would be affected."),
    ("英国警方正在调查此案。", "Scottish police are investigating the case."),  # no country's adjective
    ("德国企业在华投资增加。", "Investment in China by German firms increased."),
    ("日本官员会见了韩国官员。", "Japanese officials met Korean officials."),  # both named, both said
])
def test_the_same_heads_rendered_right_are_silent(zh, en):
    assert _adjective_warnings(zh, en) == []


@pytest.mark.parametrize("zh,en,source,target", [
    ("许多日本人喜欢吃鱼。", "Many Koreans like to eat fish.", "日本人", "Koreans"),
    ("日本人认为这很重要。", "The Koreans believe this is important.", "日本人", "Koreans"),
    ("有三名德国人受伤。", "Three French nationals were injured.", "德国人", "French nationals"),
    ("法国人说他们不同意。", "The Dutch said they disagreed.", "法国人", "Dutch"),
    ("韩国民众走上街头。", "North Korean people took to the streets.", "韩国民众", "North Korean people"),
])
def test_a_people_given_as_another_countrys(zh, en, source, target):
    """日本人 as "the Koreans": the head of a people is the adjective in the plural, before "people"
    or "nationals", or alone after "the"."""
    assert _adjective_warnings(zh, en) == [("warning", source, target)]


@pytest.mark.parametrize("zh,en", [
    ("许多日本人喜欢吃鱼。", "Many Japanese like to eat fish."),
    ("许多日本人喜欢吃鱼。", "Many people in Japan like to eat fish."),
    ("日本人口去年减少了。", "Korea's population fell last year, as did Japan's."),  # 人口 is no people
    ("日本人口去年减少了。", "The Korean population fell last year."),  # 人口: population, not 人
    ("日本人均收入增加。", "Korean incomes per head rose."),  # 人均: per head
    ("日本人会见了韩国人。", "The Japanese met the Koreans."),  # both named
    ("日本人认为这很重要。", "The Korean government thinks this is important."),  # no people said
    ("日本人认为这很重要。", "The Korean, Thai and Malay authorities disagree."),  # no people: a list
])
def test_a_people_rendered_right_or_not_said_is_silent(zh, en):
    assert _adjective_warnings(zh, en) == []

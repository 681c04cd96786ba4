"""WMT21 news, reference B, part 3 (docs/evaluation.md "WMT21 news, reference B, part 3"): the
classes of false alarms the probe found, each with a counter-case that must still be reported.
The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

import pytest

from builders import loud, read_figures

# --- a clock time typeset with a space after its colon ("13: 00") -------------------------------


@pytest.mark.parametrize("zh, en", [
    ("气象台于28日14时发布暴雨预警。", "The observatory issued a rainstorm warning at 14: 00 on the 28th."),
    ("商场每周六9时至每周日21时开放。", "The mall opens from 9: 00 every Saturday to 21: 00 every Sunday."),
    ("截至3月2日24时，该市累计报告病例88例。", "As of 24: 00 on March 2, the city had reported 88 cases."),
    ("列车于上午10时35分抵达。", "The train arrived at 10: 35 in the morning."),
])
def test_a_clock_time_with_a_space_after_its_colon_is_that_time(zh, en):
    assert loud(zh, en) == []


def test_a_clock_time_with_a_space_after_its_colon_that_differs_is_reported():
    found = loud("气象台于28日14时发布暴雨预警。", "The observatory issued a rainstorm warning at 16: 00 on the 28th.")
    assert [k for k, _, _ in found] == ["value"]


@pytest.mark.parametrize("text", [
    "Note 1: 25 countries joined the pact.",  # a label and a count
    "The powder is mixed in a ratio of 1: 10 with water.",  # a ratio
    "Each group of 2: 15 students shares a tutor.",
    "The proportion is 3: 20.",
])
def test_a_colon_and_a_space_without_a_time_around_them_make_no_clock_time(text):
    # no preposition of time before it, no day, zone, "every" nor a.m./p.m. after it
    assert not [f for f in read_figures(text, "en") if f[1] == "time"]


def test_a_spaced_clock_time_after_a_preposition_of_time_is_read():
    assert read_figures("The talks began at 9: 30 on Monday.", "en")[0][:2] == ("9: 30", "time")


# --- a space typed after the thousands comma of an amount ("RMB1, 500") ---------------------------


def test_a_currency_amount_with_a_space_after_its_thousands_comma_is_one_figure():
    zh = "每户补贴2000元，困难户每户补贴1500元。"
    en = "Each household receives RMB2,000, and each needy household RMB1, 500."
    assert loud(zh, en) == []
    assert [(t, v) for t, _, v, _ in read_figures(en, "en")] == [("RMB2,000", 2000), ("RMB1, 500", 1500)]


def test_a_comma_and_a_space_between_two_figures_that_no_currency_opens_is_no_thousands_group():
    assert [t for t, *_ in read_figures("In 2019, 500 people were rescued.", "en")] == ["2019", "500"]
    # the amount itself still compared: RMB1, 600 against 1500元 is a slip
    found = loud("困难户每户补贴1500元。", "Each needy household receives RMB1, 600.")
    assert [k for k, _, _ in found] == ["value"]


# --- a site named by its web address ("- www.example.com" for 中新网) --------------------------------


def test_a_site_named_by_its_web_address_is_no_other_org():
    zh = "某市原副市长被开除党籍 -中新网"
    assert loud(zh, "A former deputy mayor was expelled from the Communist Party of China - www.chinanews.com") == []


def test_a_site_whose_address_is_another_sites_is_still_reported():
    zh = "某市原副市长被开除党籍 -中新网"
    found = loud(zh, "A former deputy mayor was expelled from the Communist Party of China - www.xinhuanet.com")
    assert [(k, s) for k, s, _ in found] == [("entity", "中新网")]


# --- a run of places the source abbreviates (郑万 "Zhengzhou-Wanzhou") ------------------------------


def test_a_run_of_places_the_source_abbreviates_is_no_substitute_for_the_dateline_place():
    zh = "中新网重庆5月3日电 全长约12千米的郑万高铁某隧道当日贯通。"
    en = ("Www.cq.chinanews.com, May 3 - A tunnel of around 12 km on the Zhengzhou-Wanzhou High-Speed Railway "
          "was holed through that day.")
    assert loud(zh, en) == []


def test_a_run_of_places_the_source_does_not_abbreviate_so_is_still_a_substitute():
    zh = "中新网重庆5月3日电 全长约12千米的郑万高铁某隧道当日贯通。"
    en = ("Www.chinanews.com, May 3 - A tunnel of around 12 km on the Chengdu-Wanzhou High-Speed Railway "
          "was holed through that day.")
    assert ("entity", "重庆") in [(k, s) for k, s, _ in loud(zh, en)]


# --- a compass point that is a heading (向西南 "southwestward") -------------------------------------


ROUTE_ZH = "郑万高铁起于郑州市，向西南经平顶山市、南阳市至重庆市万州区，全长约818公里。"


def test_a_heading_said_as_the_same_heading_is_no_region():
    en = ("The Zhengzhou-Wanzhou railway starts from Zhengzhou City and leads southwestward to Wanzhou "
          "District, Chongqing via Pingdingshan City and Nanyang City, around 818 km in all.")
    assert loud(ROUTE_ZH, en) == []


def test_a_heading_the_translation_turns_is_still_reported():
    en = ("The Zhengzhou-Wanzhou railway starts from Zhengzhou City and leads northeastward to Wanzhou "
          "District, Chongqing via Pingdingshan City and Nanyang City, around 818 km in all.")
    assert ("entity", "西南") in [(k, s) for k, s, _ in loud(ROUTE_ZH, en)]


# --- a river named with another river word (湘水 "Xiangjiang River") --------------------------------


RIVER_ZH = "“湘水同根”山歌邀请赛等活动。"


def test_a_river_named_with_another_river_word_is_that_river():
    assert loud(RIVER_ZH, 'the Folk Song Invitational Tournament themed with "Sharing the Same Xiangjiang River '
                          'Root".') == []


def test_a_river_whose_stem_is_spelt_otherwise_is_still_reported():
    found = loud(RIVER_ZH, 'the Folk Song Invitational Tournament themed with "Sharing the Same Ganjiang River '
                           'Root".')
    assert [(k, s) for k, s, _ in found] == [("entity", "湘水")]


# --- a country's one-character abbreviation after 抗 (抗日 "the war against Japan") ------------------


def test_the_country_of_a_war_against_it_is_rendered_by_its_abbreviation():
    zh = "该剧以抗日战争为背景，讲述了中国地下党员的故事。"
    assert loud(zh, "Set during the war against Japan, the series tells the story of an underground Communist.") == []


def test_another_country_for_the_abbreviation_is_still_reported():
    zh = "该剧以抗日战争为背景，讲述了中国地下党员的故事。"
    found = loud(zh, "Set during the war against Korea, the series tells the story of an underground Communist.")
    assert ("entity", "日") in [(k, s) for k, s, _ in found]


# --- the stages of a journey in a 分别 list (始发 departure, 到达 arrival) ---------------------------


JOURNEY_ZH = "列车始发和到达正点率分别为98.2%和95.6%。"


def test_the_stages_of_a_journey_in_order_are_no_swap():
    assert loud(JOURNEY_ZH, "The departure and arrival punctuality rates were 98.2% and 95.6% respectively.") == []
    # the whole list after a shared head ("of direct trains"): not judged, no warning
    zh = "直通旅客列车始发、运行、到达正点率分别达到98.2%、90.4%、95.6%。"
    en = ("The punctuality rates of departure, operation and arrival of direct passenger trains have reached "
          "98.2%, 90.4% and 95.6% respectively.")
    assert loud(zh, en) == []


def test_the_stages_of_a_journey_with_their_figures_swapped_are_reported():
    found = loud(JOURNEY_ZH, "The departure and arrival punctuality rates were 95.6% and 98.2% respectively.")
    assert [k for k, _, _ in found] == ["value"]


# --- a dictionary organisation read across a dateline's 日电 (found after the held-out run) -------------


def test_the_day_and_wire_of_a_dateline_is_no_organisation():
    zh = "中新网5月9日电 综合俄罗斯卫星网报道，俄军当天举行了演习。"
    en = "Www.chinanews.com, May 9 - Sputnik reported that the Russian army held an exercise that day."
    assert loud(zh, en) == []


def test_the_organisation_outside_a_date_is_still_reported():
    found = loud("据日电公司介绍，该公司今年将推出新款服务器。",
                 "According to Sputnik, the company will launch a new server this year.")
    assert [(k, s) for k, s, _ in found] == [("entity", "日电")]

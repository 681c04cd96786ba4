"""Correct translations of Chinese news articles into English that a check misread, from a second
probe on real news translations (WMT21 newstest, zh-en, the next documents), through the whole
pipeline.

Each class is written fresh for this test, with a counter-case that must still be reported: a
route named by the first characters of the places it joins (郑万高铁 "the Zhengzhou-Wanzhou
high-speed railway"); a city's university by its abbreviation (厦大 "Xiamen University"); a
province's part by its abbreviation and two compass points (闽西南 "southwest Fujian"), also read
apart (闽 | 西南地区); a word that CC-CEDICT gives as a common word as well as a foreign name (金刚
"vajra", "King Kong") is no certain name; 中原 as "central China"; a place jieba reads across a word
(南通 of 呼南通道, the Hohhot-Nanning corridor).
"""

from __future__ import annotations

import pytest

from builders import severe_findings


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_route_named_by_the_first_characters_of_its_places_is_no_person(tmp_path, dash):
    zh = "记者获悉，郑万高铁的一座隧道昨日贯通。"
    en = "A tunnel on the Zhengzhou{}{} high-speed railway was completed yesterday."
    assert severe_findings(tmp_path, zh, en.format(dash, "Wanzhou")) == []
    # a run whose first place does not start with 郑 renders no abbreviation of it
    assert severe_findings(tmp_path, zh, en.format(dash, "Wanzhou").replace("Zhengzhou", "Xuzhou")) == [
        ("entity", "error", "Wanzhou")]


def test_a_city_university_by_its_abbreviation_is_rendered_by_its_full_name(tmp_path):
    zh = "厦大的学生在比赛中获得了冠军。"
    assert severe_findings(tmp_path, zh, "Students of Xiamen University won the championship.") == []
    assert severe_findings(tmp_path, zh, "Students of Fuzhou University won the championship.") == [
        ("entity", "error", "Fuzhou University")]


def test_a_province_part_by_its_abbreviation_and_two_compass_points_is_rendered_by_the_province(tmp_path):
    zh = "两家医院将共同服务闽西南的患者。"
    assert severe_findings(tmp_path, zh, "The two hospitals will serve patients in southwest Fujian.") == []
    assert severe_findings(tmp_path, zh, "The two hospitals will serve patients in southwest Guangdong.") == [
        ("entity", "error", "Guangdong")]


def test_a_compass_area_after_a_province_abbreviation_is_the_province_part(tmp_path):
    zh = "两家医院将共同提高闽西南地区的医疗水平。"
    assert severe_findings(tmp_path, zh, "The two hospitals will improve medical care in southwest Fujian.") == []
    assert severe_findings(tmp_path, zh, "The two hospitals will improve medical care in southwest Jiangxi.") == [
        ("entity", "error", "Jiangxi")]


def test_a_common_word_cedict_also_gives_as_a_foreign_name_is_no_certain_name(tmp_path):
    # 金刚 ("vajra"; "King Kong") in a nickname translated by its sense; 楚魂 goes untagged, so
    # "Chu Hun" is the only person left facing it
    zh = "影片中，剑客楚魂离开家乡，在山中遇上金刚小妹。"
    en = "In the film, the swordsman Chu Hun leaves home and meets the Iron Girl in the mountains."
    assert severe_findings(tmp_path, zh, en) == []
    # a foreign name CC-CEDICT gives and no common word is still certain
    assert severe_findings(tmp_path, "货轮从鹿特丹出发。", "The freighter left Hamburg.") == [
        ("entity", "error", "Hamburg")]


def test_the_central_plains_may_be_rendered_central_china(tmp_path):
    zh = "故事发生在虚构的中原大陆。"
    assert severe_findings(tmp_path, zh, "The story is set in a fictional central China.") == []
    assert severe_findings(tmp_path, zh, "The story is set in a fictional southern China.") == [
        ("entity", "error", "southern China")]


def test_a_place_jieba_reads_across_a_word_is_not_judged(tmp_path):
    # 呼 | 南通 | 道: 南通 (Nantong) read out of 呼南通道, the Hohhot-Nanning corridor (通道)
    zh = "新建铁路将连接沿江通道和呼南通道。"
    en = "The new railway will connect the Yangtze River corridor and the Hohhot-Nanning corridor."
    assert severe_findings(tmp_path, zh, en) == []
    # 南通 | 道路 "Nantong's roads": the place stands, and another city for it is still an error
    assert severe_findings(tmp_path, "南通道路建设加快。", "Road construction in Nanjing is speeding up.") == [
        ("entity", "error", "Nanjing")]


def test_a_place_after_a_linking_word_is_no_piece_of_a_word(tmp_path):
    # 在 | 长江 | 边: 江边 is a word, but 在 only links; the river is named, and another river for it
    # is an error
    assert severe_findings(tmp_path, "他在长江边长大。", "He grew up by the Yellow River.") == [
        ("entity", "error", "Yellow River")]
    assert severe_findings(tmp_path, "他沿黄河边走了三天。", "He walked along the Yangtze for three days.") == [
        ("entity", "error", "Yangtze")]
    assert severe_findings(tmp_path, "他在长江边长大。", "He grew up by the Yangtze.") == []

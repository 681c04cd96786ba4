"""Correct translations of Chinese news articles into English that a check misread, from a fourth
probe on real news translations (WMT21 newstest, zh-en, the documents after the third probe's, to
the end of the test set), through the whole pipeline.

Each class is written fresh for this test, with a counter-case that must still be reported: a
word jieba's dictionary calls a place before a title only persons bear (院士, 教授) is the person;
the countries of a list of companies left out together are no swap for a place the translation
names elsewhere; a word only jieba calls a place facing a place the article names elsewhere is no
swap either; the one unit a rate is given per (1亩 "per mu") is rendered; the count of the items
the source has just listed (A、B、C三所) is said by the list.
"""

from __future__ import annotations

from builders import severe_findings


def test_a_place_word_before_a_persons_title_is_the_person(tmp_path):
    # 钟南山 is a mountain in jieba's dictionary; 院士 "academician" says it is a person
    zh = "钟南山院士也谈到了当前国际抗疫合作。"
    assert severe_findings(tmp_path, zh, "He also talked about China’s current international cooperation against "
                                         "the epidemic.") == []
    # a lexicon place before an office (a mayor of a city) stays a place: a wrong city is an error
    assert severe_findings(tmp_path, "宜宾市长在会上发言。", "The mayor of Luzhou spoke at the meeting.") == [
        ("entity", "error", "Luzhou")]


def test_the_countries_of_a_list_of_companies_left_out_together_are_no_swap(tmp_path):
    zh = "在本届车展上，德国大众、美国通用、日本丰田、法国雷诺等企业发布了新车。"
    en = ("At this year's China Auto Show, Volkswagen, General Motors, Toyota, Renault and other companies "
          "launched new cars.")
    assert severe_findings(tmp_path, zh, en) == []
    # one country of a list swapped while the others are rendered is still an error
    zh2 = "来自德国、美国、日本的代表参加了会议。"
    assert severe_findings(tmp_path, zh2, "Representatives from Germany, China and Japan attended the meeting.") == [
        ("entity", "error", "China")]


def test_a_jieba_only_place_facing_a_place_of_the_article_is_no_swap(tmp_path):
    zh = "云南省总工会近日开展帮扶活动。\n\n省总与智联招聘等平台对接，推送招聘信息。\n"
    en = ("The Yunnan Provincial Federation of Trade Unions recently launched an aid campaign.\n\n"
          "The Yunnan Province federation worked with zhaopin.com and other platforms to push job "
          "information.\n")
    assert severe_findings(tmp_path, zh, en) == []
    # a lexicon place swapped for another place of the article is still an error
    zh2 = "云南省总工会近日开展帮扶活动。\n\n贵州省总与招聘平台对接，推送招聘信息。\n"
    en2 = ("The Yunnan Provincial Federation of Trade Unions recently launched an aid campaign.\n\n"
           "The Yunnan Province federation worked with job platforms to push job information.\n")
    assert severe_findings(tmp_path, zh2, en2) == [("entity", "error", "The Yunnan Province")]
    # facing a place the article names nowhere, the jieba-only place still stands
    assert severe_findings(tmp_path, zh, en.replace("The Yunnan Province federation", "Guizhou")) == [
        ("entity", "warning", "Guizhou")]


def test_the_one_unit_a_rate_is_given_per_is_rendered(tmp_path):
    zh = "1亩茶园的年收入超过8000元。"
    assert severe_findings(tmp_path, zh, "The annual income per mu of tea garden is over 8,000 yuan.") == []
    # a rate per another unit loses the mu
    assert severe_findings(tmp_path, zh, "The annual income per hectare of tea garden is over 8,000 yuan.") == [
        ("missing-number", "warning", None)]


def test_the_count_of_the_items_just_listed_is_said_by_the_list(tmp_path):
    zh = "浙江大学、复旦大学、南京大学3所高校联合发布招生政策。"
    en = "Zhejiang University, Fudan University and Nanjing University jointly issued an admissions policy."
    assert severe_findings(tmp_path, zh, en) == []
    zh_and = "浙江大学、复旦大学和南京大学3所高校联合发布招生政策。"
    assert severe_findings(tmp_path, zh_and, en) == []
    # a list closed by 等 ("and others") says fewer than its count: the count is a figure
    zh_more = "浙江大学、复旦大学等5所高校联合发布招生政策。"
    en_more = "Zhejiang University, Fudan University and others jointly issued an admissions policy."
    assert severe_findings(tmp_path, zh_more, en_more) == [("missing-number", "warning", None)]


def test_a_speed_reached_is_a_speed(tmp_path):
    # held-out class (post-hoc): 时速达到…公里 is km/h as 时速…公里 is
    zh = "台风中心附近最大风力时速达到160公里。"
    assert severe_findings(tmp_path, zh, "Winds near the typhoon's centre reached speeds of 160 kph.") == []
    # another unit of the same figure is still reported
    assert severe_findings(tmp_path, zh, "Winds near the typhoon's centre reached speeds of 160 mph.") == [
        ("unit", "warning", "160")]

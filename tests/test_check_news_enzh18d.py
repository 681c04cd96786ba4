"""False alarms and a silent slip found on the held-out half of the fourth span of the WMT18 en-zh
test set (docs/evaluation.md "WMT18 news, en-zh release, part 4"), fixed after the blind reading, one
class a test, each with a counter-case that must still be reported.  The sentences are written for
these tests; none is taken from the probed texts."""

from __future__ import annotations

from northeast_text import pipeline
from northeast_text.readers import parse_document

from builders import loud


def loud_text(zh: str, en: str) -> list[tuple[str, str, str]]:
    """:func:`builders.loud` for texts of several paragraphs (blank lines between them)."""
    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.source_text or "", f.target_text or "") for f in pair.findings if f.severity != "info"]


# --- a count the source points back to with a word, given by the translation: still an addition ---
# ("among the 12" for 位列其中 was judged true on the WMT18 zh-en release, benchmarks/adjudications/w18dheld.tsv,
# and on the en-zh one: the figure is added to the sentence, whatever the paragraph before says)

LISTING_ZH = "证监会昨日核准了12家企业的上市申请。\n\n记者发现，一家杭州的食品公司位列其中。\n"
LISTING_EN = "The regulator yesterday approved the listing applications of 12 companies.\n\n"


def test_a_count_said_again_where_the_source_points_back_is_still_an_addition():
    assert loud_text(LISTING_ZH, LISTING_EN + "Reporters found that a Hangzhou food company was among the "
                                              "12.\n") == [("extra-number", "", "12")]
    assert loud_text(LISTING_ZH, LISTING_EN + "Reporters found that a Hangzhou food company was among "
                                              "the 15.\n") == [("extra-number", "", "15")]
    assert loud_text(LISTING_ZH, LISTING_EN + "Reporters found that a Hangzhou food company was one of "
                                              "them.\n") == []


# --- "about" after a word of telling names a topic, not a hedge --------------------------------

SERIES_ZH = "这部剧讲述两名警察为了真理而奋斗的故事。"


def test_about_after_a_word_of_telling_is_no_hedge():
    assert loud(SERIES_ZH, "The series is a drama about two police officers fighting for truth.") == []
    assert loud("这部纪录片讲述12名矿工的故事。", "The documentary is a story about 12 miners.") == []
    assert loud("居民担心3座工厂会关闭。", "Residents are worried about 3 factories closing.") == []


def test_about_as_a_hedge_or_another_count_is_still_reported():
    # after a verb "about" hedges the figure
    assert loud(SERIES_ZH, "The series drew about two police officers to the set.") \
        == [("approximation", "两名", "about two")]
    # a figure with a unit keeps its hedge, whatever word is before "about"
    assert loud("这部电影片长两小时。", "It is a film about 2 hours long.") == [("approximation", "两小时", "about 2")]
    # the topic's count changed
    assert loud("这部纪录片讲述12名矿工的故事。", "The documentary is a story about 15 miners.") \
        == [("value", "12名", "15")]


# --- words of the whole world and of a river's banks that jieba tags as places ------------------

PREMIERE_ZH = "这部新片昨日在北京举行“八荒四海为你而来”首映礼，主演悉数到场。"
PREMIERE_EN = ("The new film held a premiere themed “from every corner of the land” in {} yesterday, with its "
               "whole cast present.")


def test_the_four_seas_and_a_ferry_crossing_are_no_places():
    # 在京: the city by its one-character abbreviation, which is not read as a name
    assert loud(PREMIERE_ZH.replace("北京", "京"), PREMIERE_EN.format("Beijing")) == []
    assert loud("区里打造出天子津渡遗址公园。", "The district created the Ferry Crossing Heritage Park in "
                                           "Jinghai.") == []


def test_a_real_place_beside_them_is_still_judged():
    assert loud(PREMIERE_ZH, PREMIERE_EN.format("Shanghai")) == [("entity", "北京", "Shanghai")]
    assert loud("区里打造出南京津渡遗址公园。", "The district created the Ferry Crossing Heritage Park in "
                                           "Jinghai.") == [("entity", "南京", "Jinghai")]


# --- a place translated part by part by its sense -------------------------------------------------

CANAL_ZH = "市里对南运河两岸进行了重新规划和改造。"


def test_a_place_said_by_its_sense_is_rendered():
    assert loud(CANAL_ZH, "The city re-planned and rebuilt both banks of the South Grand Canal, next to "
                          "“Emperor Yongle’s Ferry Crossing Park” and “Wellington Plaza”.") == []
    assert loud("游客在西湖边散步。", "Tourists strolled by West Lake.") == []


def test_a_place_whose_parts_are_not_all_said_is_still_judged():
    assert loud(CANAL_ZH, "The city re-planned and rebuilt both banks of the Huai River.") \
        == [("entity", "南运河", "Huai River")]
    # "south" is said, "canal" is not: the Huai River stands where the canal was
    assert loud(CANAL_ZH, "The city re-planned and rebuilt both banks of the Huai River south of the old "
                          "town.") == [("entity", "南运河", "Huai River")]


# --- a one-word name after a word of rank is a person, not a place it might spell ---------------

PARK_ZH = "市里对运河两岸进行了改造，打造出天子渡口遗址公园和滨河广场两个景观。"


def test_a_name_after_a_title_is_a_person():
    assert loud(PARK_ZH, "The city rebuilt the banks of the canal and created two sights, namely “Emperor "
                         "Yongle’s Ferry Crossing Heritage Park” and “Wellington Plaza”.") == []


def test_a_bare_one_word_name_or_a_place_is_still_judged():
    assert loud(PARK_ZH, "The city rebuilt the banks of the canal and created two sights, namely “Yongle "
                         "Ferry Crossing Heritage Park” and “Wellington Plaza”.") == [("entity", "滨河", "Yongle")]
    assert loud(PARK_ZH, "The city rebuilt the banks of the canal and created two sights, namely the “Ferry "
                         "Crossing Heritage Park” and “Wellington Plaza” in Jinghai.") \
        == [("entity", "滨河", "Jinghai")]


# --- Chinese news outlets the press cites: one given for another changes who reported -----------

CARMAKER_ZH = "据澎湃新闻报道，这家车企昨日宣布裁员两百人。"


def test_a_chinese_outlet_given_as_another_is_reported():
    assert loud(CARMAKER_ZH, "According to Bloomberg, the carmaker announced yesterday that it would cut "
                             "200 jobs.") == [("entity", "澎湃新闻", "Bloomberg")]
    assert loud("新京报记者从区政府获悉，新桥将于下月通车。", "A Reuters reporter learned from the district "
                "government that the new bridge will open next month.") == [("entity", "新京报", "Reuters")]


def test_the_outlet_by_its_english_name_is_no_finding():
    assert loud(CARMAKER_ZH, "According to The Paper, the carmaker announced yesterday that it would cut "
                             "200 jobs.") == []
    assert loud("新京报记者从区政府获悉，新桥将于下月通车。", "A Beijing News reporter learned from the district "
                "government that the new bridge will open next month.") == []
    assert loud("据《福布斯》统计，他的身价约为20亿美元。", "According to Forbes, he is worth about $2 billion.") == []

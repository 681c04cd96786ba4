"""Findings missed on the second span of the WMT17 en-zh test set (docs/evaluation.md "WMT17 news,
en-zh release, part 2"), one class a test, each with a counter-case that must stay quiet.  The
sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- carats: 克拉 is a unit of weight (a fifth of a gram), not 克 'gram' --------------------------

def test_a_price_per_carat_given_per_gram_is_a_unit_slip():
    assert loud("商人称裸钻的收购价为每克拉约四万二千元。",
                "The trader said loose stones were bought at about 42,000 yuan per gram.") == [
        ("unit", "约四万二千元", "about 42,000 yuan")]


def test_carats_given_as_grams_is_a_unit_slip():
    assert loud("这枚钻石重3.2克拉，拍出约900万元。", "The 3.2-gram diamond sold for about 9 million yuan.") == [
        ("unit", "3.2克拉", "3.2-gram")]


def test_carats_as_carats_or_converted_into_grams_are_quiet():
    assert loud("商人称裸钻的收购价为每克拉约四万二千元。",
                "The trader said loose stones were bought at about 42,000 yuan per carat.") == []
    assert loud("商人称裸钻的收购价为每克拉约四万二千元。",
                "The trader said loose stones were bought at about 210,000 yuan per gram.") == []
    assert loud("这枚钻石重3.2克拉，拍出约900万元。", "The 3.2-carat diamond sold for about 9 million yuan.") == []
    assert loud("这枚钻石重3.2克拉。", "The diamond weighs 0.64 grams.") == []


def test_grams_are_still_grams():
    assert loud("金条售价为每克约400元。", "Gold bars sell for about 400 yuan per gram.") == []
    assert loud("金条售价为每克约400元。", "Gold bars sell for about 400 yuan per kilogram.") == [
        ("unit", "约400元", "about 400 yuan")]


# --- a Chinese name between a post and a speech verb, whatever words jieba cuts it into -----------
# (黄来运 as 黄来 | 运, 盛立新 as 盛 | 立新: no word tagged a name, so the name was not read)

def test_a_garbled_name_between_a_post_and_a_speech_verb_is_reported():
    assert loud("省统计局新闻发言人黄来运表示，上月工业增速有所回落。",
                "Huang Yunyun, spokesman of the provincial statistics bureau, said industrial growth eased "
                "last month.") == [("entity", "黄来运", "Huang Yunyun")]
    assert loud("市环保局副局长盛立新介绍，今年将新增监测站12个。",
                "Sheng Lixing, deputy director of the city's environmental bureau, said 12 monitoring "
                "stations will be added this year.") == [("entity", "盛立新", "Sheng Lixing")]


def test_the_name_rendered_right_is_quiet():
    assert loud("省统计局新闻发言人黄来运表示，上月工业增速有所回落。",
                "Huang Laiyun, spokesman of the provincial statistics bureau, said industrial growth eased "
                "last month.") == []
    assert loud("市环保局副局长盛立新介绍，今年将新增监测站12个。",
                "Sheng Lixin, deputy director of the city's environmental bureau, said 12 monitoring "
                "stations will be added this year.") == []


def test_no_name_between_a_post_and_a_speech_verb_is_read_as_one():
    assert loud("该局负责人同时表示，今年将新增监测站12个。",
                "An official of the bureau also said 12 monitoring stations will be added this year.") == []
    assert loud("该局负责人还特别强调，今年将新增监测站12个。",
                "An official of the bureau stressed that 12 monitoring stations will be added this year.") == []
    assert loud("部队发言人于周五表示，城内残余武装已被肃清。",
                "An army spokesman said on Friday the last fighters in the city had been cleared.") == []
    assert loud("克里姆林宫发言人佩斯科夫表示，会谈将在下周举行。",
                "Kremlin spokesman Dmitry Peskov said the talks would be held next week.") == []


# --- "an hour and 20 minutes": one of the larger unit in words, then the smaller part ------------

def test_an_hour_and_some_minutes_is_one_duration():
    assert loud("消防队花费了1小时20分钟才扑灭大火。",
                "Firefighters took an hour and 20 minutes to put out the blaze.") == []
    assert loud("救援持续了1小时50分钟。", "The rescue lasted one hour and 50 minutes.") == []
    assert loud("他比哥哥高1英尺3英寸。", "He is a foot and 3 inches taller than his brother.") == []


def test_an_hour_and_other_minutes_or_another_hour_is_a_changed_value():
    assert loud("消防队花费了1小时20分钟才扑灭大火。",
                "Firefighters took an hour and 25 minutes to put out the blaze.") == [
        ("value", "1小时20分钟", "an hour and 25")]
    assert loud("消防队花费了2小时20分钟才扑灭大火。",
                "Firefighters took an hour and 20 minutes to put out the blaze.") == [
        ("value", "2小时20分钟", "an hour and 20")]


def test_an_hour_alone_or_with_no_smaller_part_is_no_figure():
    assert loud("会议持续了1小时。", "The meeting lasted an hour.") == []
    # no smaller part joins "an hour" (90 minutes is more than one): "an hour" stays no figure
    assert loud("他们又等了90分钟。", "They waited an hour and 90 minutes more.") == []

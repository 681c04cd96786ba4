"""Correct translations of Chinese web and social-media writing (WeChat articles,
Weibo posts, Zhihu answers, Bilibili and Douyin captions, e-commerce listings)
into English that a check misread, from a blind probe, through the whole
pipeline.

Each class is written fresh for this test (10w+, 2.5w, 3k and 1kw in a count's
context, 4个亿 and 十来万, a "+" after a figure, 9块9 and 8万8, 晚8点 and the hour
that closes a range, 95后 and 98年的 birth years, 折 discounts, 小一千, a count
of views written "N times", a country's adjective), with a counter-case that
must still be reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.checks.entity import _adjective_of
from northeast_text.numbers import extract_text

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


def _read(text: str, lang: str = "zh") -> list[tuple[str, Decimal | None, str | None]]:
    return [(q.text, q.value, q.qualifier) for q in extract_text(text, lang)]


@pytest.mark.parametrize(("text", "read"), [
    ("这篇文章阅读10w+", [("10w+", 100000, "plus")]),
    ("粉丝2.5w，评论1.2w条", [("2.5w", 25000, None), ("1.2w条", 12000, None)]),
    ("粉丝从不到500涨到了12.8w", [("不到500", 500, "less-than"), ("12.8w", 128000, None)]),
    ("收藏量破了3k", [("3k", 3000, None)]),
    ("直播在线人数超过了1kw", [("1kw", 10000000, None)]),
    ("月薪15k", [("15k", 15000, None)]),
    # the letter is a unit or a name beside no count word: watts, a resolution, kilograms, 5G
    ("65W快充", [("65", 65, None)]),
    ("4K电视", [("4", 4, None)]),
    ("5kg大米", [("5kg", 5, None)]),  # read in kilograms (a Latin unit after a Chinese figure), no 5,000
    ("他一个人骑了5k", [("5", 5, None)]),
    ("5G手机", []),
])
def test_web_magnitude_letters_are_read_beside_a_count(text, read):
    assert _read(text) == [(t, Decimal(v), q) for t, v, q in read]


@pytest.mark.parametrize(("text", "read"), [
    ("销售额突破了4个亿", [("4个亿", 400000000, None)]),
    ("约为1.5个亿", [("约为1.5个亿", 150000000, "approx")]),
    ("一年能存下十来万", [("十来万", 100000, "approx")]),
    ("在看数达到6000+。", [("6000+", 6000, "plus")]),
    ("猫一个月吃掉我小一千块", [("小一千块", 1000, "nearly")]),
    ("一杯美式只卖9块9", [("9块9", Decimal("9.9"), None)]),
    ("彩礼一般是8万8", [("8万8", 88000, None)]),
    ("考了500来分", [("500来", 500, "approx")]),
    # a formula and a memory size are no "more than"; 小 before a digit alone is no hedge
    ("他俩是小两口", [("两口", 2, None)]),
    ("12+256GB", [("12", 12, None), ("256GB", 256, None)]),  # GB a unit since 0.5.11
    ("1+N政策", [("1", 1, None)]),
])
def test_spoken_scales_and_hedges(text, read):
    assert _read(text) == [(t, Decimal(v), q) for t, v, q in read]


def test_a_price_in_kuai_before_a_pronoun_is_money():
    assert [(q.text, q.unit) for q in extract_text("涨到15块我就不喝了，买了三块电池", "zh")] == [
        ("15块", "CNY"), ("三块", "item")]


def test_a_part_of_the_day_and_the_hour_that_closes_a_range():
    assert [(q.text, q.when) for q in extract_text("今晚8点开售，周末下午2点到5点人最多，早8点开门", "zh")] == [
        ("晚8点", "T20:00"), ("下午2点", "T14:00"), ("5点", "T17:00"), ("早8点", "T08:00")]
    # 中午11点 is before noon; a range's closing hour under its opening one is after noon
    assert [q.when for q in extract_text("中午11点到1点，上午9点到11点", "zh")] == [
        "T11:00", "T13:00", "T09:00", "T11:00"]
    # a bare hour with no range before it is no time: 三点意见
    assert [q.kind for q in extract_text("他提了三点意见", "zh")] == ["count"]


@pytest.mark.parametrize(("text", "read"), [
    ("一位95后程序员", [("95后", "year", 1995)]),
    ("一位00后考生", [("00后", "decade", 2000)]),
    ("作者是一位98年的女生", [("98年", "year", 1998)]),
    # a duration of 98 years is no birth year
    ("这家店有98年的历史", [("98年", "count", 98)]),
])
def test_generations_and_birth_years(text, read):
    assert [(q.text, q.kind, q.value) for q in extract_text(text, "zh")] == [(t, k, Decimal(v)) for t, k, v in read]


def test_english_names_the_generations_as_chinese_writers_do():
    assert [(q.text, q.kind, q.value) for q in extract_text(
        "the post-90s generation, a post-95 programmer, post-00s parents and post-2020 rules", "en")] == [
        ("post-90s", "decade", Decimal(1990)), ("post-95", "year", Decimal(1995)),
        ("post-00s", "decade", Decimal(2000)), ("2020", "year", Decimal(2020))]


@pytest.mark.parametrize(("text", "off", "paid"), [
    ("全场打八折", 20, 80), ("一款空气炸锅直接五折", 50, 50), ("有6本打7.5折", 25, 75), ("会员八五折", 15, 85)])
def test_a_discount_reads_as_the_share_taken_off_and_the_share_paid(text, off, paid):
    [q] = [q for q in extract_text(text, "zh") if q.kind == "percent"]
    assert (q.value, q.unit, q.readings) == (Decimal(off), "%off", ((Decimal(paid), "%of"),))
    # 七八折 is a range; 折合 converts, 七折八扣 is an idiom: no discount
    [q] = extract_text("回落到七八折", "zh")
    assert (q.low, q.high, q.unit) == (Decimal(20), Decimal(30), "%off")
    assert extract_text("折合每斤39.6", "zh")[0].unit is None
    assert extract_text("七折八扣", "zh") == []


def test_an_english_discount_is_marked_off():
    assert [(q.text, q.unit) for q in extract_text(
        "50% off, a 20% discount, a discount of 30% and 80% of the original price", "en")] == [
        ("50%", "%off"), ("20%", "%off"), ("30%", "%off"), ("80%", "%")]


def test_a_count_of_views_in_times_is_a_count_not_a_multiple():
    assert [(q.text, q.kind) for q in extract_text(
        "It was viewed 2.3 billion times and liked 86,000 times; it is 1,000 times faster.", "en")] == [
        ("2.3 billion times", "count"), ("86,000 times", "count"), ("1,000 times", "multiplier")]


def test_a_country_s_adjective():
    assert _adjective_of("Chilean", ["Chile"]) and _adjective_of("Peruvian", ["Peru"])
    assert _adjective_of("Israeli", ["Israel"]) and _adjective_of("Japanese", ["Japan"])
    assert not _adjective_of("China", ["Chile"]) and not _adjective_of("Perth", ["Peru"])
    assert not _adjective_of("Chile", ["Chile"])


@pytest.mark.parametrize(("zh", "en"), [
    ("这篇公众号文章的阅读量破了10w+，粉丝涨到2.5w。",
     "The WeChat article passed 100,000+ reads, and the account's followers rose to 25,000."),
    ("这场直播的销售额约为1.5个亿，一款9块9包邮的纸巾卖出了80多万单。",
     "The livestream brought in about 150 million yuan; a pack of tissues at 9.9 yuan with free shipping "
     "sold more than 800,000 orders."),
    ("配件全场打八折。", "All accessories were 20% off."),
    ("配件全场打八折。", "All accessories sold at 80% of the original price."),
    ("有6本在当当上打7.5折，10本中有6本。", "Six of the ten books are 25% off on Dangdang."),
    ("预售于10月24日晚8点开启，下午2点到5点人最多。",
     "Presales opened at 8 p.m. on October 24; the crowds were worst between 2 p.m. and 5 p.m."),
    ("一位95后消费者说，他一年能存下十来万。",
     "One consumer, born after 1995, said he saves around 100,000 yuan a year."),
    ("作者是一位98年的女生，笔记点赞8.6w。", "Its author, born in 1998, has had the post liked 86,000 times."),
    ("一位95后程序员辞职回老家养蜂。", "A post-95 programmer quit his job to keep bees in his hometown."),
    ("前1小时下单还能再领一张满1000减100的券。",
     "Those who order in the first hour can claim a coupon for 100 yuan off orders of 1,000 yuan or more."),
    ("他说，这些视频能把粉丝涨到2w。", "He said the videos could bring his followers up to 20,000."),
    ("多个城市的酒店价格翻了一倍多。", "Hotel prices in several cities more than doubled."),
    ("智利车厘子到手价只要198元。", "Chilean cherries cost only 198 yuan after discounts."),
    ("猫一个月吃掉我小一千块。", "My cat eats up nearly a thousand yuan a month."),
    ("中午11点到1点是高峰，涨到15块我就不喝了。",
     "The peak is from 11 a.m. to 1 p.m.; if it goes up to 15 yuan, I'll stop drinking it."),
])
def test_correct_web_writing_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind", "severity"), [
    ("这篇公众号文章的阅读量破了10w+。", "The WeChat article passed 10,000+ reads.", "scale", "error"),
    ("销售额突破了4个亿。", "Sales passed 4 million yuan.", "scale", "error"),
    ("一款空气炸锅直接打五折。", "An air fryer was marked 5% off.", "value", "warning"),
    ("配件全场打八折。", "All accessories were 80% off.", "value", "warning"),
    ("一杯美式只卖9块9。", "An Americano sells for just 9 yuan.", "value", "error"),
    ("一位95后消费者说。", "A consumer born after 1985 said so.", "value", "error"),
    ("一位95后程序员辞职回老家养蜂。", "A post-85 programmer quit his job to keep bees.", "value", "error"),
    ("预售于今晚8点开启。", "Presales open at 8 a.m. today.", "value", "warning"),
    # "up to" with no verb before it and no 满 threshold in the source is a bound; 一倍多 is no threefold
    ("服务费为30元。", "The service fee is up to 30 yuan.", "approximation", "warning"),
    ("他领了一张1000元的购物卡。", "He got a gift card worth 1,000 yuan or more.", "approximation", "warning"),
    ("多个城市的酒店价格翻了一倍多。", "Hotel prices in several cities more than tripled.", "value", "warning"),
    ("周末下午2点到5点人最多。", "Crowds are worst between 2 p.m. and 6 p.m. on weekends.", "value", "warning"),
    ("这篇笔记点赞8.6w。", "The post was liked 8,600 times.", "scale", "error"),
    ("有6本打7.5折，10本中有6本。", "Six of the ten books are 75% off.", "value", "error"),
])
def test_web_writing_slips_are_reported(tmp_path, zh, en, kind, severity):
    assert (kind, severity) in [(k, s) for k, s, _ in check(tmp_path, zh, en)]

"""Chinese number extraction: the table of surface forms (tests/cases/numbers_zh.json,
see number_cases.py) and corpus sentences.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.model import Block
from northeast_text.numbers import anchor_key, extract, extract_text

from number_cases import case_params, check_case, load_cases

CASES = load_cases("zh")


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case):
    check_case(case, "zh")


def test_table_size():
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c["quantities"]) >= 30


def test_block_offsets_and_step():
    b = Block(id="zh-b10", n=10, lang="zh", role="paragraph",
              text="2003年至2022年，中央对辽宁的转移支付总额为3.2553万亿元，三省累计接近11万亿元。")
    qs = extract(b)
    money = [q for q in qs if q.kind == "money"]
    assert [q.text for q in money] == ["3.2553万亿元", "接近11万亿元"]
    first = money[0]
    assert first.value == Decimal("3255300000000") and first.unit == "CNY" and first.step == Decimal("1e8")
    assert first.block == "zh-b10" and b.text[first.start:first.end] == first.text
    assert money[1].qualifier == "nearly" and money[1].high == Decimal("11e12")


def test_fullwidth_offsets_point_into_original():
    text = "增长１２.５％，约３００亿元"
    qs = extract_text(text, "zh")
    assert [q.text for q in qs] == ["１２.５％", "约３００亿元"]
    assert qs[1].value == Decimal("3e10")


def test_anchor_keys():
    zh = extract_text("总投资约1.6万亿元，占11.4%，第二", "zh")
    keys = [anchor_key(q) for q in zh]
    assert keys == ["n:1600000000000", "p:11.4", None]


def test_corpus_sentences(northeast_dir):
    text = (northeast_dir / "zh.md").read_text("utf-8")
    para = next(p for p in text.split("\n\n") if "3.2553万亿元" in p)
    qs = extract_text(para, "zh")
    money = [q for q in qs if q.kind == "money"]
    assert money[0].value == Decimal("3.2553e12") and money[0].step == Decimal("1e8")
    assert any(q.kind == "year" and q.low == 2003 and q.high == 2022 for q in qs)


@pytest.mark.parametrize(("text", "want"), [
    ("三个半小时", [("三个半小时", "3.5", "hour")]),
    ("3个半月后", [("3个半月", "3.5", "month")]),
    ("三个小时", [("三个小时", "3", "hour")]),
    ("两年半时间", [("两年半", "2.5", "year")]),
    ("又过了一年半才回来", [("一年半", "1.5", "year")]),
    ("半个世纪", [("半个世纪", "0.5", "century")]),  # as "half a century" reads
    ("四个半世纪以后", [("四个半世纪", "4.5", "century")]),
    ("停工半年", [("半年", "0.5", "year")]),
    ("上半年", [("上半年", "1", "half")]),  # the first half of the year, no duration
    ("两年半导体", [("两年", "2", "year")]),
    ("三个半成品", [("三个", "3", "item")]),
])
def test_half_after_a_time_unit(text, want):
    """半 'and a half' after a time unit or between 个 and the unit; 半 of a unit alone."""
    assert [(q.text, str(q.value), q.unit) for q in extract_text(text, "zh")] == want


@pytest.mark.parametrize(("text", "want"), [
    ("其中四成为女性。", [("四成", "40")]),
    ("约两成为新客户。", [("约两成", "20")]),
    ("他一成为会员就退出了。", []),  # 一成为: on becoming
    ("企业成为主体。", []),
])
def test_cheng_before_wei_is_a_share_after_a_numeral_other_than_one(text, want):
    assert [(q.text, str(q.value)) for q in extract_text(text, "zh")] == want


@pytest.mark.parametrize(("text", "value"), [
    ("发病率约为万分之一", "0.0001"), ("十万分之五", "0.00005"), ("五百万分之一", "2E-7"), ("千分之三", "0.003"),
])
def test_a_fraction_of_ten_thousand_or_more(text, value):
    """万分之一 'one in 10,000' as 千分之三 is: kind fraction."""
    (q,) = extract_text(text, "zh")
    assert (q.kind, str(q.value)) == ("fraction", value)


@pytest.mark.parametrize(("text", "want"), [
    ("共七章五十条", ["7", "50"]), ("三卷本", ["3"]), ("文章", []), ("第七章", []),
])
def test_chapters_and_volumes_are_counted(text, want):
    """七章 'seven chapters' counts as 五十条 does; 文章 is a word and 第七章 an ordinal."""
    assert [str(q.value) for q in extract_text(text, "zh") if q.kind == "count"] == want


@pytest.mark.parametrize(("text", "want"), [
    ("2025届高校毕业生", [("2025届", "year", "2025")]),  # the class of 2025
    ("2021级新生", [("2021级", "year", "2021")]),
    ("该校已举办35届运动会", [("35届", "count", None)]),  # a count of sessions
    ("第30届大会", [("第30", "ordinal", None)]),
])
def test_year_before_a_cohort_classifier_is_a_year(text, want):
    assert [(q.text, q.kind, q.when) for q in extract_text(text, "zh")] == want


@pytest.mark.parametrize("text", [
    "上世纪90年代以来，东北经济增速放缓。", "20世纪60年代，电子工业兴起。", "一位90后博士生。",
    "2023年，增长5.3%，达到3.0万亿元。",
    "第3季度营收为12.5亿元。", "3月5日召开会议。", "约1,200亿元用于补贴。", "全年粮食产量1557.6亿斤，比上年增长2.7%。",
])
def test_spaces_between_han_and_figures_are_typography(text):
    """Some Chinese typesetting puts a space between Han characters and a figure
    (2023 年, 90 年代, 90 后): the figures read are those of the text without them,
    their offsets into the spaced text."""
    import re

    spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", text)
    assert spaced != text
    plain, got = extract_text(text, "zh"), extract_text(spaced, "zh")
    assert [(q.kind, q.value, q.unit, q.when) for q in got] == [(q.kind, q.value, q.unit, q.when) for q in plain]
    assert [q.text.replace(" ", "") for q in got] == [q.text for q in plain]
    assert all(spaced[q.start:q.end] == q.text for q in got)


def test_a_space_between_latin_words_and_a_figure_stays():
    assert [q.text for q in extract_text("iPhone 15 发布，售价 5999 元", "zh")][-1] == "5999 元"


@pytest.mark.parametrize("text, want", [
    ("等了十分钟。", [("十分钟", "10")]), ("十分之一的样本", [("十分之一", "0.1")]), ("他十分高兴。", []),
    ("投资千万元。", [("千万元", "10000000")]), ("千万不要去。", []), ("千万级项目", []),
])
def test_a_set_phrase_that_is_also_a_figure(text, want):
    """十分 "very" and 千万 "by all means" are no figures, but 十分钟 is ten minutes, 十分之一 a
    tenth and 千万元 ten million yuan: an exclusion holds unless a unit follows it."""
    assert [(q.text, str(q.value)) for q in extract_text(text, "zh")] == want


@pytest.mark.parametrize("text, want", [
    ("依照 JB/T 4730 一 2015 检测", [("4730", "4730", None), ("2015", "2015", None)]),
    ("共 3 一 5 人", [("3 一 5 人", None, ("3", "5"))]),
    ("他买了一本书，又买了 12 本", [("12 本", "12", None)]),
])
def test_yi_between_arabic_figures_is_a_dash(text, want):
    """A scanned or typed standard number writes its dash in the shape of 一: JB/T 4730 一 2015 is
    the code 4730-2015, not 4730 followed by "one", and 3 一 5 is a range; 一 elsewhere keeps its value."""
    got = [(q.text, None if q.value is None else str(q.value),
            None if q.low is None else (str(q.low), str(q.high))) for q in extract_text(text, "zh")]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("详见附录 C.2 和表 4", ["4"]),
    ("第 5 号令", ["5"]),
])
def test_a_capital_letter_and_a_dot_make_a_label(text, want):
    """C.2 names an appendix's part, not two of anything; a plain figure beside it still counts."""
    assert [str(q.value) for q in extract_text(text, "zh")] == want


@pytest.mark.parametrize("text, hedge", [
    ("新工艺可节约30%的电", None), ("已预约5个名额", None), ("约30%的电", "approx"), ("大约5个名额", "approx"),
])
def test_yue_closing_a_word_is_no_hedge(text, hedge):
    """节约 "save", 预约 "book": their 约 is no "about" for the figure after them."""
    [q] = extract_text(text, "zh")
    assert q.qualifier == hedge


@pytest.mark.parametrize("text, sub, value, unit", [
    ("全程用时1小时30分钟。", "1小时30分钟", "1.5", "hour"),
    ("用时1小时零5分钟。", "1小时零5分钟", "1.083333333333333333333333333", "hour"),
    ("重3斤2两。", "3斤2两", "3.2", "jin"),
])
def test_one_measure_in_two_units_is_one_figure(text, sub, value, unit):
    (q,) = extract_text(text, "zh")
    assert (q.text, q.value, q.unit) == (sub, Decimal(value), unit)


def test_two_measures_that_are_no_compound_stay_two():
    assert len(extract_text("先用了2小时，又用了30分钟。", "zh")) == 2
    assert len(extract_text("重3斤12两。", "zh")) == 2  # 12两 is more than a 斤


@pytest.mark.parametrize("text, day, when", [
    ("中新网2月11日电 据微信公众号10日消息，该局近日印发计划。", "10日", "--02-10"),  # the day before the dateline
    ("新华社北京3月5日电 记者5日从市政府获悉。", "5日", "--03-05"),  # the dateline's own day
    ("新华社北京3月5日电 记者28日获悉。", "28日", "---28"),  # after the dateline's day: another month
    ("3月5日，记者10日获悉。", "10日", "---10"),  # a date, no dateline
])
def test_a_day_named_alone_after_a_dateline_takes_its_month(text, day, when):
    (q,) = [q for q in extract_text(text, "zh") if q.text == day]
    assert q.when == when


@pytest.mark.parametrize("text, value", [
    ("出口增长一成半。", "15"), ("利润下降两成半左右。", "25"), ("增长三成一。", "31"),
])
def test_tenths_with_a_half_or_a_digit_after_cheng(text, value):
    (q,) = extract_text(text, "zh")
    assert (q.kind, q.value, q.unit) == ("percent", Decimal(value), "%")


@pytest.mark.parametrize("text, sub, value, low, high, qualifier", [
    ("一位七旬老人在家中摔倒。", "七旬", None, "70", "80", "several"),
    ("他年过半百，仍坚持锻炼。", "年过半百", "50", "50", None, "more-than"),
    ("一位年近古稀的老人。", "年近古稀", "70", None, "70", "nearly"),
    ("他已到不惑之年。", "不惑之年", "40", None, None, None),
])
def test_an_age_said_by_an_idiom_is_a_figure(text, sub, value, low, high, qualifier):
    (q,) = extract_text(text, "zh")
    got = (q.text, q.value, q.low, q.high, q.unit, q.qualifier)
    assert got == (sub, *(None if v is None else Decimal(v) for v in (value, low, high)), "age", qualifier)


@pytest.mark.parametrize("text, low, high", [
    ("百分之七八十能救过来。", "70", "80"), ("有百分之二三十的人。", "20", "30"),
])
def test_a_rough_range_of_adjacent_digits_after_baifenzhi(text, low, high):
    (q,) = extract_text(text, "zh")
    assert (q.kind, q.value, q.low, q.high) == ("percent", None, Decimal(low), Decimal(high))


@pytest.mark.parametrize("text, sub, low, high, unit", [
    ("他十三四岁就离开了家乡。", "十三四岁", "13", "14", "age"),
    ("二十三四个工人留了下来。", "二十三四个", "23", "24", "item"),
    ("他们在这里住了十四五年。", "十四五年", "14", "15", "year"),
    ("一百二三十人挤在大厅里。", "一百二三十人", "120", "130", "person"),
    ("看上去三十五六岁。", "三十五六岁", "35", "36", "age"),
    ("月薪一万三四千元。", "一万三四千元", "13000", "14000", "CNY"),
    ("有百分之十三四的人。", "百分之十三四", "13", "14", "%"),
])
def test_two_adjacent_digits_after_a_place_word_are_a_rough_range(text, sub, low, high, unit):
    """十三四 is "13 or 14", not 14; 一百二三十 "120 or 130", not 130."""
    (q,) = extract_text(text, "zh")
    assert (q.text, q.value, q.low, q.high, q.unit) == (sub, None, Decimal(low), Decimal(high), unit)


@pytest.mark.parametrize("text, sub, value", [
    ("二十三个工人留了下来。", "二十三个", "23"), ("一百二十三人到场。", "一百二十三人", "123"),
    ("他们在这里住了十三年。", "十三年", "13"),
])
def test_digits_after_a_place_word_that_are_no_pair_stay_one_figure(text, sub, value):
    (q,) = extract_text(text, "zh")
    assert (q.text, q.value) == (sub, Decimal(value))


def test_the_plan_name_shisiwu_stays_no_figure_before_no_unit():
    """十四五 is the plan ("十四五时期", "十四五年规划"); 十四五年, 十四五个 are 14 or 15."""
    assert [q.text for q in extract_text("十四五年规划期间经济增长较快。", "zh")] == []
    assert [(q.low, q.high) for q in extract_text("大约十四五个人参加了会议。", "zh")] \
        == [(Decimal(14), Decimal(15))]


@pytest.mark.parametrize(("text", "when"), [
    ("直到差十分钟凌晨一点时，他才起身。", "T00:50"),
    ("差一刻下午三点，会议开始。", "T14:45"),
    ("凌晨一点，他才起身。", "T01:00"),
])
def test_a_clock_time_short_of_its_hour_by_minutes(text, when):
    """差十分钟凌晨一点 is "ten to one in the morning": the hour less the minutes 差 names."""
    assert [q.when for q in extract_text(text, "zh") if q.kind == "time"] == [when]


@pytest.mark.parametrize(("text", "expected"), [
    ("他在那里住了三年零两个月。", [("三年", "3", "year"), ("两个月", "2", "month")]),
    ("工程历时一年零三个月。", [("三个月", "3", "month")]),
    ("3个月零5天", [("3个月", "3", "month"), ("5天", "5", "day")]),
    ("零三年他来了", []),  # '03, a year: the 零 is the year's, no "and"
    ("一千零五十元", [("一千零五十元", "1050", "CNY")]),  # 零 inside a numeral
])
def test_zero_joining_two_parts_of_an_amount(text, expected):
    """三年零两个月: after a figure and its unit, 零 before a Chinese digit is "and"; the part after
    it is a figure of its own (零两 was read as one numeral of two digits side by side: no figure)."""
    found = [(q.text, str(q.value), q.unit) for q in extract_text(text, "zh")]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("该计划覆盖全国近七成人口。", [("近七成", "70")]),
    ("三成年轻人表示", [("三成", "30")]),
    ("近七成员工", [("近七成", "70")]),
    ("成人教育", []),  # 成人 "adult"
    ("九成年人", []),  # 成年人 "adult"
    ("七成员", []),  # 成员 "member"
])
def test_tenths_before_a_word_that_starts_like_cheng_words(text, expected):
    """七成人口 "70 percent of the population": 成 then 人口, 年轻人 or 员工 is a share (成人, 成年, 成员
    are words of their own)."""
    assert [(q.text, str(q.value)) for q in extract_text(text, "zh")] == expected

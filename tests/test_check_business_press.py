"""Correct translations of Chinese business and technology press into English in
British house styles (Rmb1.2bn, "per cent", "3 May 2023", stock codes, quarters,
a wire service's exchange-rate line) that a check misread, from a blind probe,
through the whole pipeline.

Each class is written fresh for this test (a quarter of the year in either
language's forms, a fiscal year written 2023/24, "($1 = 7.3170 Chinese yuan
renminbi)" closing a story, a company by its English name, a cash dividend
jieba cut into a person, "the September quarter", "approach 50%", 收于3000点下方
as "below 3,000", a hedge shared by two figures joined by "and"), with a
counter-case that must still be reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.numbers import extract_text

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


def _quarters(text: str, lang: str) -> list[tuple[str, Decimal | None]]:
    return [(q.text, q.value) for q in extract_text(text, lang) if q.unit in ("quarter", "half")]


@pytest.mark.parametrize(("text", "lang", "quarters"), [
    ("第三季度营收增长，四季度放缓，2024年第一季度，第四财季，一季报，Q3营收", "zh",
     [("第三季度", 3), ("四季度", 4), ("第一季度", 1), ("第四财季", 4), ("一季报", 1), ("Q3", 3)]),
    # the first three quarters, the previous quarter, four quarters in a row: no quarter named
    ("前三季度，上一季度，连续四季度", "zh", []),
    ("the third quarter, third-quarter profit, Q3, 3Q23, the fiscal fourth quarter", "en",
     [("third quarter", 3), ("third-quarter", 3), ("Q3", 3), ("3Q23", 3), ("fourth quarter", 4)]),
    ("the first three quarters, a quarter of an hour, QE3", "en", []),
    # halves: H1 and H2 in English only before a year (green H2 is hydrogen)
    ("上半年营收增长，下半年放缓，H1营收", "zh", [("上半年", 1), ("下半年", 2), ("H1", 1)]),
    ("the first half, second-half sales, H1 2024, 1H24, green H2 fuel", "en",
     [("first half", 1), ("second-half", 2), ("H1", 1), ("1H24", 1)]),
])
def test_quarters_and_halves_are_read_in_both_languages(text, lang, quarters):
    assert _quarters(text, lang) == [(t, Decimal(v)) for t, v in quarters]


def test_a_fiscal_year_with_a_slash_is_one_range():
    [q] = [q for q in extract_text("2023/24财年营收为569亿美元", "zh") if q.kind == "year"]
    assert (q.text, q.low, q.high) == ("2023/24财年", Decimal(2023), Decimal(2024))


def test_the_month_of_a_quarter_is_a_date():
    [q] = extract_text("revenue for the September quarter rose", "en")
    assert (q.text, q.kind, q.when) == ("September", "date", "--09")
    assert extract_text("The September issue sold out.", "en") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("腾讯第三季度营收为1546亿元。", "Tencent's Q3 revenue was Rmb154.6bn."),
    ("海底捞2024年上半年收入为214.9亿元。", "Haidilao's revenue in H1 2024 was Rmb21.49bn."),
    ("联想截至2024年3月31日的2023/24财年营收为569亿美元。",
     "Lenovo's revenue for the fiscal year to 31 March 2024 was $56.9bn."),
    # a wire service's rate line: the editor's, and the rate the conversions are held to
    ("比亚迪第三季度净利润为104.1亿元。",
     "BYD's third-quarter net profit was 10.41 billion yuan ($1.42 billion).\n\n($1 = 7.3170 Chinese yuan renminbi)"),
    # a company by its English name, 现金红利 a cash dividend, not a person
    ("贵州茅台拟每10股派发现金红利308.76元。", "Kweichow Moutai plans to pay Rmb308.76 per ten shares."),
    ("蜜雪冰城在全球拥有45302家门店。", "Mixue has 45,302 shops worldwide."),
    # the quarter by the month it ends in
    ("截至9月30日的第二财季营收为2247.9亿元。", "Revenue for the September quarter was 224.79 billion yuan."),
    # a verb of approach, a position after the figure, a hedge shared by two figures
    ("预计全年渗透率将接近50%。", "It expects the share to approach 50% for the full year."),
    ("上证综指收于3000点下方。", "The Shanghai Composite closed below 3,000."),
    ("央行下调存款准备金率0.25个百分点。", "The central bank cut the reserve requirement ratio by 25 basis points."),
    # a headline figure the story gives, rounded
    ("# 宁德时代上半年净利增长\n\n宁德时代上半年净利润为228.65亿元，同比增长10.37%。",
     "# CATL H1 profit rises 10.4%\n\nCATL's net profit for the first half rose 10.37% to 22.87 bln yuan."),
    # a mark passed is no term of the growth rate beside it
    ("2023年收入为623.6亿元，同比增长16.2%，首次突破600亿元。",
     "Revenue rose 16.2 per cent in 2023 to Rmb62.36bn, passing Rmb60bn for the first time."),
    ("茅台酒产量约为5.72万吨，系列酒产量约为4.96万吨。",
     "It produced about 57,200 tonnes of Moutai and 49,600 tonnes of its other liquors."),
    # a wire's abbreviations of the scale words (Reuters: mln, bln, trln)
    ("该公司市值达到1.2万亿元，利润5000万元。", "Its market value reached 1.2 trln yuan and its profit 50 mln yuan."),
    # the market's compass
    ("该公司估值超过10亿美元，销量不到300万辆。",
     "The company is valued north of $1 billion, and sales were south of 3 million vehicles."),
    ("北纬38度线以北地区降雪。", "Snow fell north of 38 degrees north latitude."),
])
def test_correct_business_press_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind", "severity"), [
    ("腾讯第三季度营收为1546亿元。", "Tencent's second-quarter revenue was Rmb154.6bn.", "value", "error"),
    ("蔚来第四季度交付50045辆。", "Nio delivered 50,045 cars in Q3.", "value", "error"),
    ("海底捞上半年收入为214.9亿元。", "Haidilao's revenue in the second half was Rmb21.49bn.", "value", "error"),
    ("瑞幸6月5日宣布开设第一万家门店。", "Luckin said on 6 May that it had opened its 10,000th store.",
     "value", "error"),
    ("比亚迪第三季度净利润为104.1亿元。",
     "BYD's third-quarter net profit was 10.41 billion yuan ($1.62 billion).\n\n"
     "($1 = 7.3170 Chinese yuan renminbi)", "rate", "error"),
    ("京东表示，超过6万个品牌的成交额增长超过3倍。",
     "Kweichow Moutai said that more than 60,000 brands had seen sales grow more than threefold.",
     "entity", "error"),
    ("截至9月30日的第二财季营收为2247.9亿元。", "Revenue for the quarter was 224.79 billion yuan.",
     "missing-number", "warning"),
    ("预计全年渗透率将接近50%。", "It expects the share to reach 50% for the full year.", "approximation", "warning"),
    ("2023年收入为623.6亿元，同比增长16.2%。", "Revenue rose 16.2 per cent in 2023 to Rmb62.36bn from Rmb60bn.",
     "arithmetic", "warning"),
    ("# 宁德时代上半年净利增长\n\n宁德时代上半年净利润为228.65亿元，同比增长10.37%。",
     "# CATL H1 profit rises 14%\n\nCATL's net profit for the first half rose 10.37% to 22.87 bln yuan.",
     "extra-number", "warning"),
    # basis points written per cent
    ("央行下调存款准备金率0.25个百分点。", "The central bank cut the reserve requirement ratio by 25 per cent.",
     "unit", "warning"),
    ("上证综指收于3000点。", "The Shanghai Composite closed below 3,000.", "approximation", "warning"),
    # joined by "and" to a hedged figure in another unit, or across a sentence: the hedge is its own
    ("销售额约为1266亿元，系列酒产量约为4.96万吨。",
     "Sales were about Rmb126.6bn and output of its other liquors 49,600 tonnes.", "approximation", "warning"),
    ("茅台酒产量约为5.72万吨，系列酒产量约为4.96万吨。",
     "It produced about 57,200 tonnes of Moutai. It made 49,600 tonnes of its other liquors.",
     "approximation", "warning"),
    ("该公司市值达到1.2万亿元。", "Its market value reached 1.2 bln yuan.", "scale", "error"),
    ("该公司估值10亿美元。", "The company is valued north of $1 billion.", "approximation", "warning"),
])
def test_counter_case_is_still_reported(tmp_path, zh, en, kind, severity):
    assert (kind, severity) in {(k, s) for k, s, _ in check(tmp_path, zh, en)}


@pytest.mark.parametrize(("zh", "persons"), [
    ("公司拟向全体股东每10股派发现金红利10.1元。", []),  # 现金 红利: a cash dividend
    ("董事长金红利表示，公司将派发现金。", ["金红利"]),  # a name after a word it does not cut
])
def test_a_name_cut_across_two_words_is_no_person(zh, persons):
    from northeast_text.entities import load_lexicon, recognise
    from northeast_text.readers import parse_document

    found = recognise(parse_document(zh, "zh"), load_lexicon())
    assert [e.text for e in found if e.type == "person"] == persons


def test_a_lexicon_name_at_the_head_of_a_word_jieba_joined_is_read():
    from northeast_text.entities import load_lexicon, recognise
    from northeast_text.readers import parse_document

    found = recognise(parse_document("美国市场对中概股实施更加严厉的监管。", "zh"), load_lexicon())
    assert [(e.text, e.key) for e in found] == [("美国", "united-states")]
    # a noun that makes a name of its own keeps it whole
    found = recognise(parse_document("中国银行公布了上半年业绩。", "zh"), load_lexicon())
    assert [(e.text, e.key) for e in found] == [("中国银行", "boc")]


def test_a_rendering_goes_to_the_mention_of_a_name_nearest_it(tmp_path):
    zh = ("因为瑞幸咖啡造假事件，美国市场对中概股实施更加严厉的监管，加上估值长期承压，"
          "在美国上市的中概股备感压力，网易、京东等公司开始回港上市。")
    en = ("The {} market has begun supervising Chinese stocks more closely after the Luckin Coffee fraud, "
          "and with long-term pressure on valuations, Chinese stocks in the American market are under strain, "
          "so companies such as NetEase and JD.com have begun listing in Hong Kong.")
    assert [k for k, _, _ in check(tmp_path, zh, en.format("US"))] == []
    assert ("entity", "error", "The Baotou") in check(tmp_path, zh, en.format("Baotou"))

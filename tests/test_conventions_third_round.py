"""Conventions a new user brings, third round (docs/evaluation.md, 0.5.9): pairs written for the
purpose in Singapore and Malaysian money, Hong Kong property news, match results from the loser's
side, company results, race times and census wording.  Each class has a counter-case that the true
slip of the same shape is still reported.  The sentences are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import loud, read_figures


def kinds(zh: str, en: str, kind: str) -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


# --- Singapore and Malaysian money: 新元, 新币, 令吉, 马币; S$, RM, "ringgit"; "bil" and "mil" ----------

@pytest.mark.parametrize("zh, en", [
    ("这座体育馆耗资18亿令吉建成。", "The stadium was built at a cost of RM1.8 billion."),
    ("这座体育馆耗资18亿令吉建成。", "The stadium cost RM1.8bil to build."),
    ("这座体育馆耗资18亿马币建成。", "The stadium cost 1.8 billion ringgit to build."),
    ("该集团上季度净赚560万令吉。", "The group made a net profit of RM5.6mil last quarter."),
    ("这套公寓以98万新元售出。", "The flat was sold for S$980,000."),
    ("这套公寓以98万新币售出。", "The flat was sold for 980,000 Singapore dollars."),
])
def test_singapore_and_malaysian_money_in_their_press_conventions(zh, en):
    assert loud(zh, en) == []


def test_a_ringgit_figure_off_by_ten_is_still_a_scale_error():
    assert kinds("该集团上季度净赚560万令吉。", "The group made a net profit of RM56mil last quarter.", "scale") == [
        ("560万令吉", "RM56mil")]


def test_ringgit_rendered_as_singapore_dollars_is_a_unit_warning():
    assert kinds("这座体育馆耗资18亿令吉建成。", "The stadium cost S$1.8bil to build.", "unit") == [
        ("18亿令吉", "S$1.8bil")]


def test_bil_and_mil_are_scales_only_glued_to_a_figure():
    assert [(t, v) for t, _, v, _ in read_figures("It cost RM2.5bil and $3mil.", "en")] == [
        ("RM2.5bil", 2500000000), ("$3mil", 3000000)]
    assert [(t, v) for t, _, v, _ in read_figures("a film 5 mil thick", "en")] == [("5", 5)]


# --- square feet as Hong Kong writes them: 平方呎, 呎 ------------------------------------------------

def test_square_feet_in_hong_kong_characters():
    zh = "该单位实用面积为430平方呎，以512万港元成交。"
    assert loud(zh, "The 430 sq ft flat sold for HK$5.12 million.") == []
    assert [s for s, _ in kinds(zh, "The flat of 430 square metres sold for HK$5.12 million.", "unit")] == [
        "430平方呎"]


# --- a score told from the loser's side --------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("韩国队以2比1击败泰国队。", "Thailand lost 1-2 to South Korea."),
    ("泰国队以1比3不敌韩国队。", "South Korea beat Thailand 3-1."),
    ("泰国队以1比2负于韩国队。", "Thailand were beaten 1-2 by South Korea."),
])
def test_a_score_reversed_with_the_side_that_tells_it_is_the_same_score(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh, en, tgt", [
    ("韩国队以4比1击败泰国队。", "South Korea beat Thailand 1-4.", "1-4"),  # reversed, no side changed
    ("韩国队以4比1击败泰国队。", "Thailand lost 1-3 to South Korea.", "1-3"),  # reversed and changed
    ("泰国队以1比4负于韩国队。", "Thailand lost 4-1 to South Korea.", "4-1"),  # both from the loser's side
])
def test_a_score_reversed_or_changed_otherwise_is_still_a_value_error(zh, en, tgt):
    assert [t for _, t in kinds(zh, en, "value")] == [tgt]


def test_a_score_given_with_a_zero_is_no_longer_the_score_by_chance():
    # "3-0" is two counts (0 divides nothing); its 3 is no match for the score 3比1
    assert [s for s, _ in kinds("韩国队以3比1击败泰国队。", "South Korea beat Thailand 3-0.", "missing-number")] == [
        "3比1"]


@pytest.mark.parametrize("zh, en", [
    ("韩国队以3比0击败泰国队。", "South Korea beat Thailand 3-0."),
    ("韩国队以3比1击败泰国队。", "South Korea beat Thailand by three goals to one."),
])
def test_a_score_with_a_zero_or_in_words_still_agrees(zh, en):
    assert loud(zh, en) == []


# --- a fall told as a rise -----------------------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("营业收入同比下降6.8%。", "Revenue fell 6.8% year on year."),
    ("营业收入同比下降6.8%。", "Revenue was down 6.8% year on year."),
    ("营业收入同比增长6.8%。", "Revenue was up 6.8% on the year."),
    ("营业收入同比增长-6.8%。", "Revenue fell 6.8% year on year."),  # a fall said with 增长 and a sign
    ("贸易逆差扩大3.2%。", "The trade deficit grew 3.2%."),  # 扩大: no direction judged
])
def test_a_change_in_the_same_direction_is_no_finding(zh, en):
    assert kinds(zh, en, "value") == []


@pytest.mark.parametrize("zh, en", [
    ("营业收入同比下降6.8%。", "Revenue rose 6.8% year on year."),
    ("营业收入同比增长6.8%。", "Revenue dropped 6.8% year on year."),
    ("汽油价格每吨下调200元。", "Petrol prices were raised by 200 yuan a tonne."),
])
def test_a_fall_told_as_a_rise_or_a_rise_as_a_fall_is_a_value_warning(zh, en):
    found = kinds(zh, en, "value")
    assert len(found) == 1 and found[0][0] in ("6.8%", "200元")



# --- race times: h:mm:ss, "2hr 08min 15sec", 2小时08分15秒 ------------------------------------------------

@pytest.mark.parametrize("en", [
    "She won the women's marathon in 2:21:37.",
    "She won the women's marathon in 2 hours 21 minutes 37 seconds.",
    "She won the women's marathon in 2hr 21min 37sec.",
])
def test_a_race_time_in_three_units_or_on_the_clock_agrees(en):
    assert loud("她以2小时21分37秒赢得女子马拉松冠军。", en) == []


@pytest.mark.parametrize("en", ["She won in 2:08:37.", "She won in 2hr 08min 37sec."])
def test_a_race_time_with_minutes_no_decimal_holds_exactly_agrees(en):
    # 8/60 of an hour has no end in decimals: the clock's parts are read from the seconds
    assert loud("她以2小时08分37秒夺冠。", en) == []


def test_a_race_time_in_minutes_and_glued_seconds_agrees():
    assert loud("他以3分32秒15夺冠。", "He won in 3min 32.15sec.") == []


def test_a_race_time_with_a_changed_part_is_still_reported():
    zh = "她以2小时21分37秒赢得女子马拉松冠军。"
    assert kinds(zh, "She won the women's marathon in 2 hours 12 minutes 37 seconds.", "value") == [
        ("2小时21分37秒", "2 hours 12 minutes 37")]
    assert kinds(zh, "She won the women's marathon in 2:12:37.", "missing-number") == [("2小时21分37秒", "")]


def test_a_changed_race_time_expects_all_three_parts():
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document("她以2小时21分37秒夺冠。", "zh", format="text"),
                             parse_document("She won in 2hr 12min 37sec.", "en", format="text"))
    assert [f.expected for f in pair.findings if f.kind == "value"] == ["2hr 21min 37sec"]


# --- 及以上, 及以下: a bound that holds its figure ----------------------------------------------------------

def test_and_over_is_read_as_a_bound_holding_the_figure():
    assert [(t, q) for t, _, _, q in read_figures("60岁及以上人口", "zh")] == [("60岁及以上", "at-least")]
    assert [(t, q) for t, _, _, q in read_figures("月收入5000元及以下", "zh")] == [("5000元及以下", "up-to")]


@pytest.mark.parametrize("en", [
    "People aged 60 and over made up 18.7% of the population.",
    "People aged 60 or older made up 18.7% of the population.",
    "People over 60 made up 18.7% of the population.",  # the bound's edge: info at most
])
def test_and_over_rendered_as_a_bound_is_no_warning(en):
    assert loud("60岁及以上人口占18.7%。", en) == []


def test_and_over_dropped_is_still_an_approximation_warning():
    assert kinds("60岁及以上人口占18.7%。", "People aged 60 made up 18.7% of the population.",
                 "approximation") == [("60岁及以上", "60")]


# --- a measure given per a unit of another measure: a dose per kilogram, a yield per mu --------------

@pytest.mark.parametrize("zh, en", [
    ("儿童每公斤体重每日服用15毫克。", "Children take 15 mg per kilogram of body weight a day."),
    ("儿童每公斤体重每日服用15毫克。", "Children take 15 mg/kg of body weight a day."),
    ("今年小麦亩产480公斤。", "Wheat yielded 480 kg per mu this year."),
    ("今年小麦亩产480公斤。", "Wheat yielded 960 jin a mu this year."),
])
def test_a_measure_per_a_unit_of_another_measure_agrees_in_its_units(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh, en, src", [
    ("儿童每公斤体重每日服用15毫克。", "Children take 15 mg per pound of body weight a day.", "15毫克"),
    ("今年小麦亩产480公斤。", "Wheat yielded 480 kg per hectare this year.", "480公斤"),
])
def test_a_measure_kept_per_another_unit_is_a_unit_warning(zh, en, src):
    assert [s for s, _ in kinds(zh, en, "unit")] == [src]


# --- what a finding expects, in the translation's own form ----------------------------------------------

def expected_of(zh: str, en: str, kind: str) -> list[str | None]:
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [f.expected for f in pair.findings if f.kind == kind]


def test_a_race_time_in_minutes_and_seconds_is_expected_on_the_clock():
    assert expected_of("她以2分07秒35获得银牌。", "She took silver in 2:17.35.", "value") == ["2:07.35"]


def test_a_race_time_in_tenths_of_a_second():
    assert [(t, v) for t, _, v, _ in read_figures("他以59秒8夺冠。", "zh")] == [("59秒8", Decimal("59.8"))]
    assert "30秒1" not in [t for t, _, _, _ in read_figures("每30秒1次。", "zh")]
    assert loud("他以59秒8夺冠。", "He won in 59.8 seconds.") == []
    assert expected_of("他以1分59秒8夺冠。", "He won in 1:58.9.", "value") == ["1:59.8"]


def test_a_scale_word_after_a_hyphen_is_kept_in_the_expected_figure():
    assert expected_of("该市获得35亿美元拨款。", "The city received a $350-billion grant.", "scale") == [
        "$3.5-billion"]


def test_one_end_of_a_range_is_expected_at_its_own_place():
    assert expected_of("违者处3000元以上3万元以下罚款。", "Offenders face fines of between 3,000 and 300,000 yuan.",
                       "scale") == ["between 3,000 and 30,000 yuan"]


# --- a placing both sides state (第三名, "finished third", "third place") -----------------------------

@pytest.mark.parametrize("en", [
    "She finished third in the women's 1,500 metres.",
    "She came in third in the women's 1,500 metres.",
    "She took third place in the women's 1,500 metres.",
])
def test_a_placing_rendered_is_no_finding(en):
    assert loud("她在女子1500米比赛中获得第三名。", en) == []


@pytest.mark.parametrize("en", [
    "She finished second in the women's 1,500 metres.",
    "She took second place in the women's 1,500 metres.",
])
def test_a_placing_changed_is_a_value_warning(en):
    assert kinds("她在女子1500米比赛中获得第三名。", en, "value") == [("第三", "second")]
    assert expected_of("她在女子1500米比赛中获得第三名。", en, "value") == ["third"]


def test_an_ordinal_that_is_no_placing_stays_info():
    # 第三次 "the second time": a retold sentence pairs these as often as a changed count
    assert kinds("这是她第三次参加奥运会。", "It was her second time at the Olympics.", "value") == []


@pytest.mark.parametrize(("zh", "en", "found"), [
    ("这是她第五次访问乌克兰。", "It was her fourth visit to Ukraine.", [("第五", "fourth")]),
    ("第十四届全国人大第二次会议开幕。", "The third session of the 14th NPC opened.", [("第二", "third")]),
    ("这是她第五次访问乌克兰。", "It was her fifth visit to Ukraine.", []),
    ("第十四届全国人大第二次会议开幕。", "The second session of the 14th NPC opened.", []),
])
def test_an_occasion_both_sides_count_changed_is_a_value_warning(zh, en, found):
    """第五次访问 "her fourth visit": both sides count the same occasion, so no retold count."""
    assert kinds(zh, en, "value") == found

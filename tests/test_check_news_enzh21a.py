"""Classes of false alarms read on the WMT21 news test set, en-zh, documents of lines 1-500 (e21a probe):
sentences written for the tests, each class with a counter-case that is still reported."""

from __future__ import annotations

from decimal import Decimal

from northeast_text.numbers import extract_text

from builders import loud, loud_expected


def test_a_decade_clipped_to_its_tens_digit_before_the_next_one_is_a_pair_of_decades():
    assert [(q.kind, q.low, q.high) for q in extract_text("那是上世纪 5、60 年代的老房子", "zh")] == [
        ("decade", Decimal(1950), Decimal(1960))]
    assert loud("湖边堆着上世纪5、60年代的旧船。", "Old boats from the '50s and '60s lie by the lake.") == []
    assert loud("湖边堆着上世纪5、60年代的旧船。", "Old boats from the 1950s and 1960s lie by the lake.") == []


def test_a_clipped_pair_of_other_decades_is_still_reported():
    assert [(k, e) for k, _, _, e in loud_expected("湖边堆着上世纪5、60年代的旧船。",
                                                   "Old boats from the '70s and '80s lie by the lake.")] == [
        ("value", "the 1950s and 1960s")]
    # digits that are no neighbouring decades stay a figure and a decade
    assert [q.kind for q in extract_text("5、70年代", "zh")] == ["count", "decade"]


def test_twelve_months_against_one_year_in_words_is_no_figure_added_or_lost():
    assert loud("球队可以把他的合同续约一年。", "The club can extend his deal by 12 months.") == []
    assert loud("这份合同为期12个月。", "It is a one-year contract.") == []
    assert loud("工程停了一个星期。", "Work stopped for 7 days.") == []


def test_another_count_against_one_year_is_still_reported():
    assert [k for k, _, _ in loud("球队可以把他的合同续约一年。", "The club can extend his deal by 18 months.")] == [
        "extra-number"]
    assert [k for k, _, _ in loud("球队可以把他的合同续约十一年。", "The club can extend his deal by 12 months.")] != []


_BRIBE_ZH = "官员要他交出 100 卢比，否则就掀翻他的车。\n\n他拒绝交出 100 卢比后，官员掀翻了车。"
_BRIBE_EN = "The officials told him to pay Rs 100 or lose his cart.\n\nWhen he refused, they overturned it."


def test_a_sum_given_by_the_sentence_before_on_both_sides_and_not_repeated_is_minor():
    assert loud(_BRIBE_ZH, _BRIBE_EN) == []


def test_another_sum_or_a_sum_the_sentence_before_does_not_give_on_both_sides_is_still_reported():
    assert [k for k, _, _ in loud(_BRIBE_ZH.replace("拒绝交出 100", "拒绝交出 200"), _BRIBE_EN)] == ["missing-number"]
    assert [k for k, _, _ in loud(_BRIBE_ZH, _BRIBE_EN.replace("pay Rs 100", "pay a bribe"))] == [
        "missing-number", "missing-number"]
    # a small count told again may be another fact: still reported
    assert [k for k, _, _ in loud("甲市有 5 家医院。\n\n乙市也有 5 家医院。",
                                   "City A has 5 hospitals.\n\nCity B has hospitals too.")] == ["missing-number"]


def test_rs_before_an_amount_is_the_rupee():
    assert [(q.kind, q.unit, q.value) for q in extract_text("He was asked to pay Rs 2,500.", "en")] == [
        ("money", "INR", Decimal(2500))]
    assert loud("他给了男孩 2,500 卢比。", "He gave the boy Rs. 2,500.") == []
    # Mrs, RS: no currency
    assert [(q.kind, q.unit) for q in extract_text("Mrs 100 and RS 100", "en")] == [("count", None), ("count", None)]


def test_another_sum_in_rupees_is_still_a_value_error():
    assert [k for k, _, _ in loud("他给了男孩 2,500 卢比。", "He gave the boy Rs 3,500.")] == ["value"]


def test_over_a_sum_right_before_a_noun_of_a_matter_fought_over_is_no_hedge():
    assert [q.qualifier for q in extract_text("Cart overturned over Rs. 100 bribe", "en")] == [None]
    assert loud("男孩拒付 100 卢比贿赂，小车被掀翻", "Cart overturned over Rs. 100 bribe") == []


def test_over_before_a_sum_with_no_such_noun_is_still_a_hedge():
    assert [q.qualifier for q in extract_text("He paid over Rs 100 in bribes", "en")] == ["over"]
    assert [k for k, _, _ in loud("他支付了 100 卢比的罚款。", "He paid over Rs 100 in fines.")] == ["approximation"]


def test_a_county_in_transliteration_whose_tail_is_a_chinese_county_is_the_english_county():
    # the reader takes 达县 (Da County, Sichuan) out of 阿拉米达县; the whole is heard as "Alameda County"
    assert loud("阿拉米达县高等法院周六发生火灾。",
                "A fire broke out at the Alameda County Superior Court on Saturday.") == []
    assert loud("据报道，阿拉米达县法院起火。", "The Alameda County courthouse caught fire, reports said.") == []


def test_the_chinese_county_alone_against_the_english_county_is_still_an_error():
    assert [k for k, _, _ in loud("达县高等法院周六发生火灾。",
                                  "A fire broke out at the Alameda County Superior Court on Saturday.")] == ["entity"]


def test_an_event_named_by_its_month_and_day_glued_is_the_slashed_date_in_english():
    assert loud("就像 911 事件之后一样，安检随处可见。", "Just as after 9/11, security checks became ubiquitous.") == []
    assert loud("9·11事件之后，安检随处可见。", "After 9/11, security checks became ubiquitous.") == []


def test_another_date_or_no_event_is_still_reported():
    assert "missing-number" in [k for k, _, _ in loud("911事件之后，安检随处可见。",
                                                      "After 9/12, security checks became ubiquitous.")]
    assert [k for k, _, _ in loud("他买了 911 张票，安检随处可见。",
                                  "After 9/11, security checks became ubiquitous.")] == ["missing-number"]


def test_a_common_word_jieba_tags_a_place_is_no_place():
    # 捷足 (捷足先登 "the swift of foot"): jieba's dictionary tags it ns
    assert loud("他带领捷足者队拿下 12 场胜利，入选全美最佳阵容。",
                "He led the Sooners to 12 wins and was an All-America pick.") == []


def test_a_place_facing_another_place_is_still_reported():
    assert [k for k, _, _ in loud("他带领俄克拉何马队拿下 12 场胜利。", "He led Texas to 12 wins.")] == ["entity"]

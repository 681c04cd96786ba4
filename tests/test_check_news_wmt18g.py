"""Findings of the seventh span of the WMT18 news test set (newstest2018 zh-en, docs/evaluation.md
"WMT18 news, part 7 (real-text probe, 0.5.11)"), seen on the development set: 德州, the city of
Dezhou and the everyday short form of Texas, read as Dezhou against "Texas"; a transliterated
surname (罗兹) against an English name opening with a silent h ("Rhodes"); a platform of Alibaba
("Taobao") taken for another company than 阿里; after the held-out set's blind run (post hoc), a
shopping festival named by its day (双十一) given as the label "11.11", a figure of tens listed before
the decade whose 年代 it shares (70 of 70、80年代), and a bound after a conversion in brackets
(2000美元（约合人民币1.3万元）以上).  Each class has a counter-case that must still be reported.  The
sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

import pytest

from builders import loud


def kinds(zh: str, en: str, kind: str = "entity") -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


# --- 德州, the short form of Texas -----------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("德州农工大学的橄榄球队昨晚输掉了比赛。", "Texas A&M's football team lost its game last night."),
    ("他喜欢玩德州扑克。", "He likes to play Texas hold'em."),
    ("他毕业于德州大学奥斯汀分校。", "He graduated from the University of Texas at Austin."),
])
def test_dezhou_is_texas_where_the_english_says_texas(zh, en):
    assert kinds(zh, en) == []


@pytest.mark.parametrize("zh, en, source", [
    # another state for it
    ("德州农工大学的橄榄球队昨晚输掉了比赛。", "Oklahoma State's football team lost its game last night.", "德州"),
    # the text names the Chinese city: its province before it, its generic after it
    ("记者从山东德州获悉，新厂已经投产。",
     "A reporter in Texas, Shandong, learned that the new plant is running.", "德州"),
    ("这家工厂位于德州市，去年投产。", "The plant, in Texas, began production last year.", "德州市"),
    # another Chinese city for it
    ("这家工厂位于德州，去年投产。", "The plant, in Jinan, began production last year.", "德州"),
])
def test_dezhou_as_another_place_or_as_texas_where_it_is_the_city_is_still_reported(zh, en, source):
    assert [s for s, _ in kinds(zh, en)] == [source]


def test_dezhou_as_dezhou_stays_silent():
    assert kinds("这家工厂位于德州，去年投产。", "The plant, in Dezhou, began production last year.") == []


# --- an English name opening with a silent h after its r ---------------------------------------------

_NOVEL = "罗兹说，这本小说明年春天出版。"


@pytest.mark.parametrize("en", [
    "The novel comes out next spring, says Rhodes.",
    "The novel comes out next spring, says Jamie Rhodes.",
])
def test_a_transliterated_surname_is_heard_in_a_name_opening_with_rh(en):
    assert kinds(_NOVEL, en) == []


def test_another_person_for_the_transliterated_surname_is_still_reported():
    assert [s for s, _ in kinds(_NOVEL, "The novel comes out next spring, says Thompson.")] == ["罗兹"]


def test_the_h_is_silent_only_after_an_r_that_opens_a_word():
    from northeast_text.translit import _en_sound

    assert _en_sound("Rhodes") == _en_sound("Rodes")
    assert _en_sound("Rhine") == _en_sound("Rine")
    assert "H" in _en_sound("Farhan") and "H" in _en_sound("Gerhard")  # 法尔汉, 格哈德


# --- a platform of Alibaba ------------------------------------------------------------------------

_VILLAGES = "在这些村庄，阿里的村淘是农产品进城的主要渠道。"


def test_alibaba_s_platform_named_for_alibaba_is_no_other_company():
    en = "In these villages, Rural Taobao is the main channel for getting produce into cities."
    assert kinds(_VILLAGES, en) == []


@pytest.mark.parametrize("zh, en, source", [
    (_VILLAGES, "In these villages, Rural JD is the main channel for getting produce into cities.", "阿里"),
    ("阿里巴巴今天公布了季度业绩。", "Tencent released its quarterly results today.", "阿里巴巴"),
    # one platform of the group for another
    ("淘宝的销售额去年增长了两成。", "Sales at Tmall rose by a fifth last year.", "淘宝"),
])
def test_another_company_or_another_platform_is_still_reported(zh, en, source):
    assert [s for s, _ in kinds(zh, en)] == [source]


# --- a shopping festival named by its day, given as a month-day label (post hoc) ---------------------

@pytest.mark.parametrize("zh, en", [
    ("今年双十一期间，快递量大增。", "Parcel volumes surged during this year's 11.11 shopping festival."),
    ("今年双11期间，快递量大增。", "Parcel volumes surged during this year's 11.11 shopping festival."),
    ("2016年11月11日双十一购物节当天，这家店卖出了十万件衣服。",
     "On November 11, 2016, the day of the 11.11 Shopping Festival, the shop sold 100,000 garments."),
])
def test_the_festival_s_day_written_as_a_label_is_its_name(zh, en):
    assert kinds(zh, en, "extra-number") == []


@pytest.mark.parametrize("zh, en, target", [
    # another day's label
    ("今年双十一期间，快递量大增。", "Parcel volumes surged during this year's 12.12 shopping festival.", "12.12"),
    # no named day in the source
    ("今年国庆期间，快递量大增。", "Parcel volumes surged during this year's 11.11 shopping festival.", "11.11"),
    # a figure, not a label
    ("今年双十一期间，快递量大增。", "Parcel volumes surged 11.11 percent during this year's festival.",
     "11.11 percent"),
])
def test_another_label_or_a_figure_is_still_an_extra_number(zh, en, target):
    assert [t for _, t in kinds(zh, en, "extra-number")] == [target]


# --- decades listed before the 年代 they share (post hoc) --------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("这批住宅楼建于上世纪70、80年代，如今已经老化。", "The blocks, built in the 1970s and 1980s, are now ageing."),
    ("这批住宅楼建于上世纪60、70、80年代，如今已经老化。",
     "The blocks, built in the 1960s, 1970s and 1980s, are now ageing."),
])
def test_a_decade_listed_before_the_shared_nianai_is_given(zh, en):
    assert kinds(zh, en, "missing-number") == []


@pytest.mark.parametrize("en", [
    "The blocks, built in the 1980s, are now ageing.",  # dropped
    "The blocks, built in the 1960s and 1980s, are now ageing.",  # another decade
])
def test_a_listed_decade_dropped_or_changed_is_still_missing(en):
    assert [s for s, _ in kinds("这批住宅楼建于上世纪70、80年代，如今已经老化。", en, "missing-number")] == ["70"]


# --- a bound after a conversion in brackets (post hoc) ------------------------------------------------

_TRUFFLE = "这种松露每公斤可以卖到2000美元（约合人民币1.3万元）以上。"


def test_a_bound_after_a_bracketed_conversion_belongs_to_the_figure_before_it():
    assert kinds(_TRUFFLE, "The truffle can fetch more than US$2,000 (about 13,000 yuan) a kilogram.",
                 "approximation") == []


def test_the_bound_dropped_is_now_reported_and_one_added_still_is():
    # was silent: the 以上 after the bracket was read by no figure
    assert [s for s, _ in kinds(_TRUFFLE, "The truffle can fetch US$2,000 (about 13,000 yuan) a kilogram.",
                                "approximation")] == ["2000美元"]
    assert [t for _, t in kinds("这种松露每公斤可以卖到2000美元（约合人民币1.3万元）。",
                                "The truffle can fetch more than US$2,000 (about 13,000 yuan) a kilogram.",
                                "approximation")] == ["more than US$2,000"]

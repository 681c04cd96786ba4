"""False alarms found on news written in English and translated into Chinese, the WMT23 general
test set en-zh, part 2 (docs/evaluation.md "WMT23 general test, en-zh, part 2"), one class a test,
each with a counter-case that must still be reported.  The sentences are written for these tests;
none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- a foreign place the lexicon holds, written in another transliteration (莫肯贝湾) ------------


def test_a_lexicon_place_heard_in_another_transliteration_is_rendered():
    # 莫肯贝湾 (the lexicon writes 莫克姆湾) was "Mokenbei Bay", a place swapped for Morecambe Bay: a
    # syllable's final n before a b, p, m or f writes an English m (坎布里奇 "Cambridge")
    assert loud("救援船在莫肯贝湾搜寻了一整天。", "Rescue boats searched Morecambe Bay all day.") == []
    assert loud("渔民周二在莫肯贝湾附近发现了一艘小船。",
                "Fishermen found a small boat near Morecambe Bay on Tuesday.") == []


def test_another_lexicon_place_for_the_transliteration_is_still_reported():
    # the sound is another place's: still a place swapped
    assert loud("救援船在莫肯贝湾搜寻了一整天。", "Rescue boats searched Hudson Bay all day.") == [
        ("entity", "莫肯贝湾", "Hudson Bay")]
    assert loud("救援船在莫肯贝湾搜寻了一整天。", "Rescue boats searched Manila Bay all day.") == [
        ("entity", "莫肯贝湾", "Manila Bay")]


# --- a body named without its country (司法部 of 美国司法部), the text being on that country ------


def test_a_body_without_its_country_is_rendered_by_the_body():
    # 司法部 ("Ministry of Justice") facing "DOJ", a form of 美国司法部: a different organisation
    assert loud("美国前副总统彭斯的信息将有助于司法部在传票之争中取胜。",
                "Former US vice president Pence's information would help the DOJ win the subpoena fight.") == []
    assert loud("美国前副总统彭斯说，国防部也掌握这些信息。",
                "Former US vice president Pence said the Pentagon also has the information.") == []


def test_another_country_before_it_or_china_in_the_text_is_still_reported():
    # another country named right before the body: that country's ministry
    assert loud("美国前副总统彭斯说，日本司法部也掌握这些信息。",
                "Former US vice president Pence said the DOJ also has the information.") == [
        ("entity", "司法部", "DOJ")]
    # no country in the text: the ministry of a Chinese text's own country, not the US one
    assert loud("司法部也掌握这些信息。", "The DOJ also has the information.") == [("entity", "司法部", "DOJ")]
    # a text naming China as well: its own ministry may be meant
    assert loud("美国和中国的官员都到了。司法部也掌握这些信息。",
                "Officials of the US and China came. The DOJ also has the information.") == [
        ("entity", "司法部", "DOJ")]


# --- (post hoc) a foreign brand whose Chinese name opens with a city's (巴黎世家) ---------------


def test_a_brand_opening_with_a_city_is_no_city():
    # 巴黎 of 巴黎世家 was Paris, swapped for "Balenciaga" (lexicon: balenciaga)
    assert loud("这家奢侈服装品牌巴黎世家本周发表了一份声明。",
                "The luxury fashion brand Balenciaga released a statement this week.") == []


def test_the_city_beside_the_brand_is_still_judged():
    assert loud("巴黎世家本周在巴黎举办了时装秀。", "Balenciaga held a fashion show in London this week.") == [
        ("entity", "巴黎", "London")]


# --- (post hoc) a place jieba reads inside a foreign surname after a middle dot (伊希纳乔) ---------


def test_a_place_inside_a_dotted_foreign_surname_is_no_place():
    # 希纳 of 克莱奇·伊希纳乔 ("Kelechi Iheanacho") was a place, swapped for "Kelechi"
    assert loud("詹姆斯·马迪森和克莱奇·伊希纳乔周六都进球了。",
                "James Maddison and Kelechi Iheanacho both scored on Saturday.") == []


def test_the_same_word_standing_alone_is_still_a_place():
    assert [f[:2] for f in loud("克莱奇·伊希纳乔周六在希纳进球了。",
                                "Kelechi Iheanacho scored in Lagos on Saturday.")] == [("entity", "希纳")]


# --- (post hoc) a US member's party said by its letter in brackets ("(R-GA)") ------------------


def test_a_party_said_by_its_letter_after_a_member():
    # 共和党 faced "Department of Justice", the only organisation left in the English
    assert loud("众议员约翰·史密斯（共和党）周四讨论了拜登司法部的计划。",
                "Rep. John Smith (R-GA) on Thursday discussed the Biden Department of Justice's plans.") == []
    assert loud("州长约翰·史密斯（民主党）周五说，司法部需要一个计划。",
                "Gov. John Smith (D) said on Friday that the Department of Justice needs a plan.") == []


def test_the_other_party_letter_is_still_reported():
    assert [f[:2] for f in loud("众议员约翰·史密斯（共和党）周四讨论了拜登司法部的计划。",
                                "Rep. John Smith (D-GA) on Thursday discussed the Biden Department of Justice's plans.")
            ] == [("entity", "共和党")]

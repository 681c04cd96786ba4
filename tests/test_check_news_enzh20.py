"""False alarms found on news written in English and translated into Chinese, the first span of
the WMT20 en-zh test set (docs/evaluation.md "WMT20 news translated from English"), one class a
test, each with a counter-case that must still be reported.  The sentences are written for these
tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- a pope by the name Chinese Catholic usage gives him: 方济各 Francis ---------------------

def test_a_pope_by_his_catholic_chinese_name():
    assert loud("方济各周日在圣彼得广场为难民祈祷。", "Francis prayed for refugees in St. Peter's Square "
                "on Sunday.") == []
    assert loud("教宗方济各会见了阿根廷总统。", "Pope Francis met the Argentine president.") == []
    assert loud("若望·保禄二世曾三次访问波兰。", "John Paul II visited Poland three times.") == []


def test_a_pope_given_another_popes_name_is_still_reported():
    assert loud("方济各周日在圣彼得广场为难民祈祷。", "Pope Benedict XVI prayed for refugees in "
                "St. Peter's Square on Sunday.") == [("entity", "方济各", "Pope Benedict XVI")]


# --- an r after a vowel that the transliteration does not sound: 哈兰 Harlan -----------------

def test_a_silent_r_in_the_english_spelling_is_the_names_own():
    assert loud("她在肯塔基州哈兰市长大。", "She grew up in Harlan, Kentucky.") == []


def test_a_misspelt_transliteration_is_still_reported():
    # one letter changed, not an r the Chinese leaves unsounded
    assert loud("她在肯塔基州哈兰市长大。", "She grew up in Halen, Kentucky.") == [
        ("entity", "哈兰", "Halen")]


# --- (post hoc) a capital named for its government: "Washington announced" for 美国政府 ------

def test_a_capital_standing_for_its_government_is_the_country():
    assert loud("美国政府宣布对伊朗实施新的制裁。", "Washington announced new sanctions on Iran.") == []
    assert loud("俄罗斯否认与此事有关，英国则要求调查。", "Moscow denied any link, and London called for "
                "an inquiry.") == []
    assert loud("日本政府对此提出抗议。", "Tokyo protested.") == []
    # the country and its capital both named: each keeps its own rendering
    assert loud("会议此前都在日本东京或大阪举行。", "The meetings were held before in Tokyo, Japan, "
                "or in Osaka.") == []


def test_another_countrys_capital_is_still_reported():
    assert loud("美国政府宣布对伊朗实施新的制裁。", "Moscow announced new sanctions on Iran.") == [
        ("entity", "美国", "Moscow")]
    assert loud("她在伦敦工作。", "She works in Manchester.") == [("entity", "伦敦", "Manchester")]
    assert loud("俄罗斯指责英国发动了网络攻击。", "Moscow accused Paris of cyberattacks.") == [
        ("entity", "英国", "Paris")]


# --- (post hoc) a space slipped inside a figure before its scale word: 1 0 亿 --------------------

def test_a_space_inside_a_figure_before_its_scale_word_is_typography():
    assert loud("这家航空公司需要逾 1 0 亿英镑才能继续运营。", "The airline needs more than £1bn to keep "
                "flying.") == []
    assert loud("他们申请了 2 0 万美元的贷款。", "They applied for a $200,000 loan.") == []


def test_a_split_figure_with_another_value_is_still_reported():
    assert loud("他们申请了 2 0 万美元的贷款。", "They applied for a $300,000 loan.") == [
        ("value", "2 0 万美元", "$300,000")]

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

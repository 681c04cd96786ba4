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

"""Transliteration: pinyin and CC-CEDICT forms link Chinese names to English ones (translit.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from northeast_text import translit
from northeast_text.entities import conventional_lexicon, is_conventional, load_lexicon


@pytest.mark.parametrize("zh,en,typ", [
    ("陈海峰", "Chen Haifeng", "person"),
    ("陈海峰", "Haifeng Chen", "person"),
    ("陈海峰", "Chen Hai-feng", "person"),
    ("陈海峰", "CHEN Haifeng", "person"),
    ("单雄信", "Shan Xiongxin", "person"),   # polyphonic surnames in their surname reading
    ("曾国藩", "Zeng Guofan", "person"),
    ("解缙", "Xie Jin", "person"),
    ("欧阳修", "Ouyang Xiu", "person"),     # a two-character surname
    ("抚顺市", "Fushun", "place"),          # generic dropped, translated or kept
    ("抚顺市", "Fushun City", "place"),
    ("黑龙江省", "Heilongjiang Province", "place"),
    ("湖口县", "Hukou County", "place"),
    ("鄱阳湖", "Poyang Lake", "place"),
    ("西安", "Xi'an", "place"),             # apostrophe between syllables
    ("西安", "Xian", "place"),
    ("哈尔滨", "Harbin", "place"),          # Ha'erbin run together
    ("吕梁", "Lüliang", "place"),
    ("吕梁", "Lyuliang", "place"),
    ("重庆", "Chongqing", "place"),         # the phrase reading, not zhong qing
    ("鞍钢集团", "Ansteel Group", "org"),   # partial transliteration, translated head
    ("呼和浩特", "Hohhot", "place"),        # conventional forms from CC-CEDICT
    ("乌鲁木齐", "Urumqi", "place"),
    ("悉尼", "Sydney", "place"),
    ("澜沧拉祜族自治县", "Lancang Lahu Autonomous County", "place"),  # 族 of an autonomous area left out
    ("恩施土家族苗族自治州", "Enshi Tujia and Miao Autonomous Prefecture", "place"),
    # peoples English names otherwise (en_peoples.tsv)
    ("海西蒙古族藏族自治州", "Haixi Mongolian and Tibetan Autonomous Prefecture", "place"),
    ("玉树藏族自治州", "Yushu Tibetan Autonomous Prefecture", "place"),
])
def test_matches(zh, en, typ):
    assert translit.matches(zh, en, typ)


@pytest.mark.parametrize("zh,en,typ", [
    ("陈海峰", "Chen Hai", "person"),
    ("抚顺", "Fusun", "place"),
    ("抚顺市", "Fuxin", "place"),
    ("贵阳", "Kunming", "place"),
    ("郝毓盛", "Hao Yu", "person"),
    ("澜沧拉祜族自治县", "Menglian Lahu Autonomous County", "place"),  # another place, the same people
    ("澜沧拉祜族自治县", "Lancang Dai Autonomous County", "place"),    # the same place, another people
    ("海西蒙古族藏族自治州", "Haibei Mongolian and Tibetan Autonomous Prefecture", "place"),  # another place
    ("玉树藏族自治州", "Yushu Mongolian Autonomous Prefecture", "place"),  # another people
])
def test_does_not_match(zh, en, typ):
    assert not translit.matches(zh, en, typ)


def test_how_tells_pinyin_from_dictionary():
    assert translit.how("抚顺", "Fushun", "place") == "pinyin"
    assert translit.how("呼和浩特", "Hohhot", "place") == "dictionary"
    assert translit.how("抚顺", "Dalian", "place") is None


@pytest.mark.parametrize("zh,en,typ", [
    ("陈海峰", "Chen Hai", "person"),       # cut
    ("抚顺", "Fusun", "place"),             # misspelt
    ("鄱阳湖", "Poyan Lake", "place"),
    ("杨召奎", "Yang Zhoukui", "person"),   # 召 zhao written zhou
])
def test_near_miss(zh, en, typ):
    assert translit.near_miss(zh, en, typ)


@pytest.mark.parametrize("zh,en,typ", [
    ("陈海峰", "Chen Haifeng", "person"),   # right
    ("抚顺", "Dalian", "place"),             # another name altogether
    ("张勇", "Zhang Bin", "person"),         # a two-character name: another person, not a cut
])
def test_not_near_miss(zh, en, typ):
    assert not translit.near_miss(zh, en, typ)


def test_romanise():
    assert translit.romanise("陈海峰", "person") == "Chen Haifeng"
    assert translit.romanise("曾国藩", "person") == "Zeng Guofan"
    assert translit.romanise("欧阳修", "person") == "Ouyang Xiu"
    assert translit.romanise("抚顺市", "place") == "Fushun City"
    assert translit.romanise("西安", "place") == "Xi'an"


def test_pinyin_and_person_shapes():
    assert translit.pinyin_shaped("Li Qiang") and translit.pinyin_shaped("Hukou County")
    assert not translit.pinyin_shaped("Sydney") and not translit.pinyin_shaped("Macron")
    assert translit.person_shaped("Cao Fan") and translit.person_shaped("Yuliang Zhang")
    assert not translit.person_shaped("Hami City") and not translit.person_shaped("Shanghai Land")


def test_spelled_spans_find_a_name_the_reader_cut():
    text = "经济日报记者 林火灿"
    (a, b), = translit.spelled_spans("Lin Huocan", text)
    assert text[a:b] == "林火灿"
    # a person's name must start with a surname: 好与 of 好与差 is not "Hao Yu"
    assert translit.spelled_spans("Hao Yu", "无论市场好与差") == []


def test_find_in_text():
    text = "The floods in Hukou County of Jiujiang City."
    a, b = translit.find_in_text("湖口县", text, "place")
    assert text[a:b] == "Hukou County"
    assert translit.find_in_text("九江市", text, "place") is not None
    assert translit.find_in_text("抚顺", text, "place") is None


def test_cedict_both_ways():
    assert "Hohhot" in translit.cedict_names("呼和浩特")
    assert "纳斯达克" in translit.cedict_chinese("NASDAQ")
    assert "马克龙" in translit.cedict_chinese("Macron")  # a surname of a two-word name
    assert translit.cedict_chinese("China") == () or all(len(z) >= 2 for z in translit.cedict_chinese("China"))


def test_generic_agreement():
    assert translit.generic_agrees("湖口县", "Xuyi County") is True
    assert translit.generic_agrees("江西省", "Xuyi County") is False
    assert translit.generic_agrees("宜宾", "Xuyi County") is None


def test_conventional_entries_are_what_pinyin_cannot_derive():
    lex = load_lexicon()
    assert is_conventional(lex.entries["tibet"]) and is_conventional(lex.entries["hohhot"])
    assert is_conventional(lex.entries["taipei"]) and is_conventional(lex.entries["hong-kong"])
    assert not is_conventional(lex.entries["fushun"]) and not is_conventional(lex.entries["jiangxi"])
    conv = conventional_lexicon()
    assert "tibet" in conv and "fushun" not in conv
    # what the cut lexicon drops, transliteration links by itself
    for key in ("fushun", "harbin", "jiangxi", "nanchang", "guiyang"):
        e = lex.entries[key]
        assert any(translit.how(z, n, e.type) == "pinyin" for z in e.zh for n in e.en), key


def _what_pinyin_cannot_give(entry, lex, shared: set[str]) -> bool:
    """A larger unit, a part of another entry, a form no pinyin of the other language spells
    (Peking, 阿里 for Alibaba), a pinyin another entry shares, or a person (a surname alone
    stands for the full name through the key)."""
    parents = {p for e in lex.entries.values() for p in e.part_of}
    other_forms = [f for f in entry.en[1:] if not any(translit.how(z, f, entry.type) for z in entry.zh)]
    other_forms += [z for z in entry.zh[1:] if not translit.how(z, entry.en[0], entry.type)]
    return bool(entry.part_of or entry.key in parents or other_forms or entry.type == "person"
                or translit.letters(entry.en[0]) in shared)


def test_no_lexicon_entry_is_what_pinyin_derives():
    from collections import Counter

    lex = load_lexicon()
    spelt = Counter(translit.letters(e.en[0]) for e in lex.entries.values() if e.en)
    shared = {k for k, n in spelt.items() if n > 1}
    derivable = [key for key, e in lex.entries.items()
                 if not is_conventional(e) and not _what_pinyin_cannot_give(e, lex, shared)]
    assert derivable == []
    assert "shanxi" in lex.entries and "shaanxi" in lex.entries  # one pinyin, two provinces


@pytest.mark.parametrize("en,zh,found", [
    ("Parly", "国防部长帕利表示", "帕利"),
    ("Florence Parly", "部长弗洛朗丝·帕利说", "弗洛朗丝·帕利"),
    ("Miami-Dade County", "最严重的迈阿密戴德郡的病例", "迈阿密戴德郡"),
    ("Melbourne", "墨尔本机场", "墨尔本"),
    ("Macquarie", "麦格理分析师", "麦格理"),
])
def test_foreign_names_transliterated_in_chinese_sound_alike(en, zh, found):
    a, b = translit.sound_spans(en, zh)[0]
    assert zh[a:b] == found


@pytest.mark.parametrize("en,zh", [
    ("Tibet", "佛罗里达州"), ("Laixi Port", "宁波舟山港"), ("Hamburg", "鹿特丹港"), ("Parly", "管理人员"),
])
def test_other_names_do_not_sound_alike(en, zh):
    assert translit.sound_spans(en, zh) == []


def test_pinyin_lead_of_a_longer_name():
    run = "The Huantai Bay Bridge"
    a, b = translit.pinyin_lead(run)
    assert run[a:b] == "Huantai Bay"
    assert translit.pinyin_lead("Solar Power Plant") is None
    assert translit.has_generic("Laixi Port") and not translit.has_generic("Laixi")


@pytest.mark.parametrize(("zh", "en"), [
    ("陳志明", "Chen Chih-ming"), ("蔡英文", "Tsai Ing-wen"), ("张忠谋", "Chang Chung-mou"),
])
def test_taiwanese_names_in_wade_giles_are_the_same_person(zh, en):
    assert translit.matches(zh, en, "person")


def test_wade_giles_does_not_excuse_a_cut_name():
    assert not translit.matches("陈海峰", "Chen Hai", "person")
    assert translit.near_miss("陈海峰", "Chen Hai", "person")


def test_a_withheld_name_is_its_surname():
    assert translit.matches("张某", "Zhang", "person") and translit.matches("李某某", "Li", "person")
    assert not translit.matches("张某", "Wang", "person")
    assert not translit.near_miss("张某", "Zhang", "person")


@pytest.mark.parametrize("zh,en,part", [
    ("叶文洁", "Ye", True), ("贾宝玉", "Bao-yu", True), ("严师母", "Madame Yan", True), ("史强", "Da Shi", True),
    ("王刚", "Lao Wang", True), ("王刚", "Li", False), ("郝毓盛", "Hao Yu", False), ("叶文洁", "Ye Wenjie", False),
])
def test_names_part(zh, en, part):
    """Part of a person's name: the surname (with a title or a familiar prefix) or the given name alone."""
    assert translit.names_part(zh, en) is part


@pytest.mark.parametrize("zh,address", [("程先生", True), ("贾母", True), ("周瑞家", True), ("刘老老", True),
                                        ("王明", False), ("陈海峰", False), ("欧阳建国", False)])
def test_form_of_address(zh, address):
    assert translit.form_of_address(zh) is address


def test_titles_and_lone_surnames():
    assert translit.without_title("Captain Shi Qiang") == "Shi Qiang"
    assert translit.without_title("Madame") == "Madame"  # all title: kept
    assert translit.lone_surname("Mr. Cheng") and translit.lone_surname("Ye")
    assert not translit.lone_surname("Ye Wenjie") and not translit.lone_surname("Lake")


_SURNAMES = ["王", "李", "曾", "单", "吕", "欧阳", "司马", "乐", "区", "叶", "张", "长孙"]
_GIVEN = ["文", "洁", "宝", "玉", "长", "重", "女", "绿", "尔", "某", "安", "恩", "行", "乐"]
_WORDS = ["Wong", "Lei", "Au", "Yeung", "Tsang",
          "Wang", "Zeng", "Shan", "Lü", "Lu", "Lv", "Ouyang", "Sima", "Yue", "Le", "Ou", "Ye", "Zhang",
          "Wenjie", "Bao-yu", "Baoyu", "Chang", "Zhong", "Chong", "Nü", "Er", "An", "En", "Xing", "Hang",
          "Mr.", "Madame", "Lao", "Da", "Tseng", "Yeh", "Wen", "Jie", "Baoyu", "Zhangsun", "Shen"]


@settings(derandomize=True, max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=1), st.lists(st.sampled_from(_GIVEN), max_size=2),
       st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3), st.sampled_from([" ", "-"]))
def test_person_forms_say_what_matches_and_names_part_say(surname, given_name, words, sep):
    """One look-up in the listed forms is the same judgement as the two functions."""
    zh = "".join(surname + given_name)
    en = sep.join(words) if sep == " " or len(words) == 2 else " ".join(words)
    forms = translit.person_forms(zh)
    assert forms is not None
    assert forms.rendered_by(en) == (translit.matches(zh, en, "person") or translit.names_part(zh, en)
                                     or translit.cantonese_spelt(zh, en)), (zh, en)


# ---- conventions met in blind probes (tests/test_check_name_conventions.py)

@pytest.mark.parametrize(("zh", "en"), [
    ("李嘉诚", "Li Ka-shing"),     # CC-CEDICT: "Sir Li Ka-shing"
    ("孙中山", "Sun Yat-sen"),     # "Dr Sun Yat-sen"
    ("安倍晋三", "Shinzo Abe"),    # "Abe Shinzo": Japanese and Korean names turned round
    ("安倍晋三", "Abe Shinzo"),
])
def test_a_cedict_name_without_its_title_or_turned_round(zh, en):
    assert translit.how(zh, en, "person") == "dictionary"


def test_a_cedict_name_is_still_one_person():
    assert translit.how("安倍晋三", "Shinzo Suga", "person") is None
    assert translit.how("李嘉诚", "Sir Li Ka", "person") is None


def test_a_foreign_person_by_the_last_word_of_the_cedict_name():
    assert translit.how("普京", "Putin", "person") == "dictionary"
    assert translit.how("普京", "Medvedev", "person") is None
    assert translit.how("邓小平", "Xiaoping", "person") is None  # a Chinese name is no foreign one


@pytest.mark.parametrize("en", ["Great Wall at Badaling", "Badaling Great Wall"])
def test_a_place_and_a_name_cedict_translates(en):
    assert translit.how("八达岭长城", en, "place") == "dictionary"


def test_a_place_and_a_name_cedict_translates_in_running_text():
    text = "The Great Wall at Mutianyu received visitors."
    a, b = translit.compound_in_text("慕田峪长城", text, "place")
    assert text[a:b] == "Great Wall at Mutianyu"
    assert translit.compound_in_text("慕田峪长城", "The Great Wall at Huanghuacheng was shut.", "place") is None
    assert translit.how("八达岭长城", "Great Wall at Mutianyu", "place") is None


def test_cedict_names_without_an_article_or_what_follows_the_name():
    from northeast_text.cedict import names_in_definition

    assert names_in_definition("the Great Wall") == ["Great Wall"]
    assert names_in_definition("Busan Metropolitan City in South Gyeongsang Province") == ["Busan"]
    assert names_in_definition("the name of various newspapers") == []


@pytest.mark.parametrize(("zh", "en", "typ"), [
    ("加通湖", "Gatun Lake", "place"), ("朔尔茨", "Olaf Scholz", "person"), ("佩斯科夫", "Peskov", "person"),
])
def test_a_tagged_transliteration_heard(zh, en, typ):
    assert translit.heard(zh, en, typ)


@pytest.mark.parametrize(("zh", "en", "typ"), [
    ("加通湖", "Gatun River", "place"),       # another generic
    ("朔尔茨", "Angela Merkel", "person"),
    ("高雄", "Tainan", "place"),              # not a transliteration
    ("珀斯", "Sydney Buses", "place"),        # only a person's name is heard by its last word
    ("南京港", "Nanjin", "place"),            # a misspelt pinyin: a garble
    ("扬州", "Yangzou", "place"),
])
def test_a_tagged_transliteration_not_heard(zh, en, typ):
    assert not translit.heard(zh, en, typ)


@pytest.mark.parametrize(("en", "shaped"), [
    ("Chou En-lai", True), ("Mao Tse-tung", True), ("Lee Yuan-tseh", True), ("Ming-yuan Wang", True),
    ("Mingyuan Wang", False),      # pinyin_shaped's
    ("Park Geun-hye", False), ("Jean-Paul Sartre", False), ("Miami-Dade County", False),
])
def test_a_hyphenated_chinese_name(en, shaped):
    assert translit.hyphenated_name(en) is shaped

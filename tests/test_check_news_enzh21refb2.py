"""Classes of false alarms read on the WMT21 news test set, en-zh, second Chinese reference, part 2 (b21f
probe): sentences written for the tests, each class with a counter-case that is still reported."""

from __future__ import annotations

from builders import every, loud


def _severe(zh: str, en: str) -> list[tuple[str, str]]:
    return [(kind, src) for kind, severity, src, _ in every(zh, en) if severity != "info"]


def test_a_junior_minister_written_as_such_in_chinese_is_the_same_rank():
    assert _severe("国防部长辛格和其初级部长奈克也向烈士致敬。",
                   "Defence minister Singh and his junior minister Naik also paid tributes.") == []
    assert _severe("初级部长奈克出席了仪式。", "Junior minister Naik attended the ceremony.") == []


def test_a_junior_minister_against_a_minister_alone_is_still_a_changed_rank():
    assert [k for k, _, _ in loud("初级部长奈克出席了仪式。", "Minister Naik attended the ceremony.")] == ["value"]
    assert [k for k, _, _ in loud("部长奈克出席了仪式。", "Junior minister Naik attended the ceremony.")] == ["value"]


_KANYE_ZH = "歌手坎耶•韦斯特宣布参选。\n\n如果侃爷真的要竞选美国总统，那么这是唯一途径。"
_KANYE_EN = ("The singer Kanye West announced his bid.\n\n"
             "If West is still serious about running for the presidency, this is his only path.")


def test_the_surname_of_a_person_named_in_full_is_no_region_known_with_its_article():
    assert [x for x in _severe(_KANYE_ZH, _KANYE_EN) if x[0] == "entity"] == []


def test_the_region_with_its_article_or_with_no_person_of_that_name_is_still_read():
    # "the West" with its article: still the region, and 美国 is not it
    zh = "歌手坎耶•韦斯特宣布参选。\n\n美国再次警告了他们。"
    en = "The singer Kanye West announced his bid.\n\nThe West warned them again."
    assert ("entity", "美国") in _severe(zh, en)
    # no person named West in the document: the bare word is still read as the region
    assert ("entity", "美国") in _severe("如果美国真的这样做，那么这是唯一途径。",
                                          "If West is still serious about it, this is the only path.")


def _blocks(text: str, lang: str) -> list[str]:
    from northeast_text.readers import parse_document

    return [b.text for b in parse_document(text, lang, format="text").blocks]


_ZH_BODY = ("众所周知，默西塞德郡诺斯利野生动物园的灵长类动物会攻击停放车辆，损坏雨刷或后视镜。它们还会翻找工具箱。\n"
            "一位发言人称，外面关于武装狒狒的报道被人们在口口相传的过程中显著夸大了，并不属实。\n")
_LEDE = ("Washington - Senator Smith accused the Speaker of pushing a relief package. "
         "Talks on the next measure continue.\n"
         "In an interview on Sunday, Smith said the country faced two crises at once.\n")


def test_a_long_headline_without_final_punctuation_is_a_paragraph_of_its_own():
    head = 'Smith says the Speaker\'s objectives are "shoveling cash at the problem and shutting America down"'
    assert _blocks(head + "\n" + _LEDE, "en")[0] == head
    zh_head = "有人恶作剧给野生动物园狒狒提供尖刀、螺丝刀和链锯，让其毁坏周围汽车"
    zh = zh_head + "\n" + _ZH_BODY
    assert _blocks(zh, "zh")[0] == zh_head


def test_a_line_ending_in_a_comma_or_longer_than_a_headline_still_goes_on():
    zh = "据警方消息称，\n" + _ZH_BODY
    assert _blocks(zh, "zh")[0].startswith("据警方消息称，众所周知")
    long_line = " ".join(["word"] * 34) + " and the Senator"
    blocks = _blocks(long_line + "\n" + _LEDE, "en")
    assert blocks[0].startswith(long_line + " Washington")


# post hoc (b21fheld): a surname the model tags as a place no lexicon knows
_TUNISIA_ZH = "突尼斯内政部长希沙姆•迈希希被任命为总理。\n\n但是，迈希希并非执政党向突尼斯总统赛义德提名的候选人之一。"


def test_a_surname_of_a_person_named_in_full_tagged_as_an_unknown_place_is_the_person():
    en = ("Tunisia's Interior Minister Hichem Mechichi has been appointed prime minister.\n\n"
          "But Mechichi was not one of the names proposed by the governing parties to President Kais Saied.")
    assert [x for x in _severe(_TUNISIA_ZH, en) if x[0] == "entity"] == []


def test_a_lone_pinyin_shaped_word_with_no_person_of_that_surname_still_faces_the_place():
    en = ("Tunisia's interior minister has been appointed prime minister.\n\n"
          "But Mechichi was not one of the names proposed by the governing parties to President Kais Saied.")
    assert ("entity", "突尼斯") in _severe(_TUNISIA_ZH, en)


def test_a_place_that_shares_the_surname_after_a_preposition_of_place_is_still_a_place():
    from northeast_text.entities import Entity, _surnames_read_as_places, load_lexicon
    from northeast_text.model import Block

    blocks = [Block("en-b0", 0, "en", "paragraph", "Hichem Mechichi spoke."),
              Block("en-b1", 1, "en", "paragraph", "He was born in Mechichi in 1974.")]
    ents = [Entity("en-b0", 0, 15, "Hichem Mechichi", "person", None, "en"),
            Entity("en-b1", 15, 23, "Mechichi", "place", None, "en")]
    out = _surnames_read_as_places(ents, blocks, load_lexicon())
    assert [e.type for e in out] == ["person", "place"]
    moved = _surnames_read_as_places(
        [ents[0], Entity("en-b1", 0, 8, "Mechichi", "place", None, "en")],
        [blocks[0], Block("en-b1", 1, "en", "paragraph", "Mechichi spoke again.")], load_lexicon())
    assert [e.type for e in moved] == ["person", "person"]

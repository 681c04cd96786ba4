"""Check ``entity``: a named place, organisation or person rendered as a different one, or garbled.

Names are first paired link by link (:mod:`northeast_text.namelinks`: same
or related lexicon entries, pinyin and CC-CEDICT forms, adjectives and
one-character abbreviations, names the readers missed or cut), so that a
finding blames the right ones.  Only what is left alone on both sides is
judged here:

1. a source name facing a cut or misspelt transliteration of itself ("Chen
   Hai" for 陈海峰, "Fusun" for 抚顺) is a warning with the expected form;
2. a source name facing a name of the same type is a substitution, an error
   when both are read with certainty (a lexicon entry; a Chinese person's
   name or place by its form; a pinyin-shaped English name), else nothing;
   the pair is chosen by distance in the link, agreement of generics (县 /
   "County") and lexicon level, and names naming both; a name that renders
   a person of the source (in part, or by the surname as Hong Kong and
   Macao spell it: 李伟农 "Lei Wai Nong") is no other person;
3. a lexicon name with no counterpart at all is info (English often says
   "the region" for 东北).

Not judged, because a translation names people as its original does not
(docs/checks.md, "Which names are certain"): a target name that renders a
person of the text or a stretch of the link's source no reader tagged, a
form of address (程先生) and the other persons of its link, a name with a
word glued to it (贾瑞道), a lone surname ("Ye"), and words that dictionaries
call names (黎明 "dawn", "Lake").

Target names inside translator's notes (glosses, remarks) and in blocks the
translator added are not the author's and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from functools import lru_cache
from itertools import islice, product

from .. import translit
from ..cedict import common_words, surname_chars
from ..entities import (
    abbreviations,
    after_a_public_office,
    after_an_office,
    jieba_tag,
    looks_like_place,
    place_by_ending,
    region_abbreviations,
    titled_foreign_name,
)
from ..model import Analysis, AnnotatedPair, Entity, Finding
from ..namelinks import LinkNames, Side, is_english_word, keys, name_links, stands_for_country
from ..resources_io import read_text
from ..zh_tagging import cut
from . import register
from .adjectives import adjective_swaps, own_country_words
from .latin import latin_findings

# the last word of a place's or an organisation's English name
_GENERIC_TAIL = re.compile(r"\b(?:Port|Group|City|County|Province|District|Company|Co|Corp|Bank|Bay|"
                           r"Bridge|Airport|Station|Park|Zone|Plant|Center|Centre|University)\.?$")


def _before_a_generic(after: str) -> bool:
    """Does a place generic open ``after``, the text after a Chinese name (滨江市)?"""
    return any(after.startswith(g) for g, typ, _ in translit.generics() if typ == "place")


def _placed_by_jieba_alone(e: Entity, after: str = "") -> bool:
    """A Chinese place read with certainty only because jieba's dictionary tags the word a place,
    which it does for words that are none too (北风 "the north wind", 黄熟 "ripe"): no lexicon entry,
    no CC-CEDICT name, no place ending, no generic after it, no part of a province by its
    abbreviation (皖南, 闽西南).  Its substitution is a likelihood."""
    alone, parts = region_abbreviations()
    return e.type == "place" and not e.key and not translit.cedict_names(e.text) \
        and not place_by_ending(e.text) and not _before_a_generic(after) \
        and not (e.text[0] in alone and all(c in parts for c in e.text[1:]))  # 皖南, 闽西南


def _certain(e: Entity, lang: str, after: str = "", placed: bool = False) -> bool:
    """Read with certainty: a lexicon name; a Chinese person's name of 2-3 characters, or a Chinese
    place by its form (抚顺市, 吴淞口, 宜宾) or in CC-CEDICT, spelt in pinyin; a foreign name CC-CEDICT
    gives in English (鹿特丹 Rotterdam); a pinyin-shaped English name or one CC-CEDICT knows (Hamburg).
    ``after``: the source text after a Chinese name (a generic there makes a word a place: 滨江市);
    ``placed``: a place named right before it (深圳福田: a district after its city)."""
    if lang == "en" and translit.lone_surname(e.text):
        return False  # "Ye", "Madame Yan", "Mao": who it is the text says, whatever the lexicon holds
    if e.key:
        return True
    shape = _type_by_shape(e) if lang == "en" else e.type
    if lang == "en" and (e.type in ("person", "place") or shape in ("person", "place", "any")):
        if (e.type == "person" and shape != "place" and not translit.person_shaped(e.text)
                and _GENERIC_TAIL.search(e.text)):
            return False  # "Guanyun Bridge" tagged as a person: not a person's name
        name = translit.without_title(e.text)  # "Captain Shi Qiang"
        if is_english_word(name) or _translated(name):
            return False  # "Lake", "Patience": a word; "West Park Village": a name translated by its sense
        return (translit.pinyin_shaped(name) or translit.hyphenated_name(name)
                or bool(translit.cedict_chinese(name)))
    if e.type == "org":
        return _org_by_dictionary(e, lang)
    if e.type not in ("person", "place"):
        return False
    if translit.is_foreign(e.text):
        # 鹿特丹 Rotterdam: a dictionary name; not a common word it also names (金刚 "vajra", "King Kong")
        return bool(translit.cedict_names(e.text)) and e.text not in common_words()
    if _ORDINAL_HEAD.match(e.text):
        return False  # 第三极 "the third pole": a numbered thing, not a name
    if e.type == "person":
        # not a form of address (程先生, 贾母), nor a word jieba's dictionary calls a name (黎明 "dawn"),
        # nor the head of a word running on after it (金光闪烁 "glittering"), nor a prize's name
        # (金爵奖 "the Golden Goblet Awards", 鲁迅文学奖: translated by its sense, or named after someone)
        return 2 <= len(e.text) <= 3 and not translit.form_of_address(e.text) and e.text not in common_words() \
            and not any(e.text + after[:k] in common_words() for k in range(1, 5 - len(e.text))) \
            and not _PRIZE.match(after)
    if _DESCRIBED_DISTRICT.fullmatch(e.text):
        return False  # 旧城区 "the old town", 南区 "the south district": a district by its sense, no name
    before_generic = _before_a_generic(after)  # 滨江市
    if e.text in common_words() and not before_generic and not placed:
        # 滨海 "coastal" (滨海堤坝 "Marina Barrage"), 朝阳 "the morning sun": a common word first,
        # whatever place CC-CEDICT also names by it (Binhai, Chaoyang), unless a place opens it (深圳福田)
        return False
    if translit.cedict_names(e.text):
        return True
    if len(e.text) == 2 and all(c in _GENERIC_CHARS for c in e.text):
        return False  # 河湖 "rivers and lakes", 江河: two generics, no name (湖州 Huzhou is CC-CEDICT's)
    if len(e.text) == 2 and e.text[0] in _SETTLEMENT_CHARS and e.text[1] in _LOCATIVES and not before_generic:
        return False  # 屯里 "in the village", 山上, 城外: a generic and where in it, no name
    if len(e.text) == 2 and e.text[1] in _PARTICLES:
        return False  # 赶牛哇: a noun and the particle closing the sentence, no place
    if (e.text in common_words() or _common_compound(e.text)) and not before_generic:
        # 山川 "mountains and rivers", 牙关 "jaw", 城市绿化 "urban greening": places only in jieba's dictionary
        return False
    if _verb_and_object(e.text) and not before_generic:
        return False  # 庆祝国庆 "celebrating National Day": a verb and its object, a place only in jieba's dictionary
    if len(e.text) > 2 and e.text[-1] in _LOCATIVES and e.text[:-1] in common_words() and not before_generic:
        return False  # 大院里 "in the courtyard": a common word and where in it, no place
    return looks_like_place(e.text)


def _org_by_dictionary(e: Entity, lang: str) -> bool:
    """An organisation no lexicon holds, read with certainty because CC-CEDICT names it: in Chinese
    a name it gives in English (麻省理工学院 Massachusetts Institute of Technology, 百度 Baidu), not a
    common word; in English a name it gives in Chinese ("Harvard University" 哈佛大学, "Baidu" 百度;
    "Apple" is none), not a place or a person it names so, nor a word ("Shell").  Its substitution
    is a likelihood (see :func:`_findings`)."""
    if e.key or e.type != "org":
        return False
    if lang == "zh":
        return bool(translit.cedict_names(e.text)) and e.text not in common_words()
    return _dictionary_org_name(e.text)


@lru_cache(maxsize=65536)
def _dictionary_org_name(text: str) -> bool:
    """An English name CC-CEDICT gives a Chinese one for ("Baidu" 百度), not a place or a person
    it spells so ("Suning" 肃宁), nor an English word ("Shell" for 贝壳 is the word's sense,
    whatever company it also names)."""
    if is_english_word(translit.without_title(text)):
        return False
    forms = translit.cedict_chinese(text)
    return bool(forms) and not any(translit.cedict_kind(zh) in ("place", "person") for zh in forms)


# a district called by where it lies or how old it is (旧城区 "old town", 南区, 新城区), not by a name
_DESCRIBED_DISTRICT = re.compile("[东南西北中新旧老]城?区")
# a prize after a name (金爵奖, 茅盾文学奖)
_PRIZE = re.compile("(?:文学|电影|音乐|新闻)?奖")
# the one-character locatives that follow a noun (大院里 "in the courtyard", 城市中, 大楼外)
_LOCATIVES = "里内中外上下旁"


# the place generics of one character (江 河 湖 山 …, resources/entities/zh_generics.tsv)
_GENERIC_CHARS = frozenset(g for g, typ, _ in translit.generics() if typ == "place" and len(g) == 1)
# and the common nouns of a settlement that are no generic of a name there (屯, 寨, 城)
_SETTLEMENT_CHARS = _GENERIC_CHARS | frozenset("屯寨城")
# the particles that close a spoken sentence (哇, 啊, 呀, 吧 …), which jieba glues to the noun before
_PARTICLES = "哇啊呀吧呢嘛啦哦呗咧"


def _common_compound(word: str) -> bool:
    """Two common words of CC-CEDICT, neither a name (城市 + 绿化 "urban greening"), not a place
    name (燕山 + 山脉: 燕山 is a name)."""
    return any(word[:k] in common_words() and word[k:] in common_words()
               and not translit.cedict_names(word[:k]) and not translit.cedict_names(word[k:])
               for k in range(2, len(word) - 1))


def _verb_and_object(word: str) -> bool:
    """A verb of jieba's dictionary and a word or a dictionary name after it (庆祝 + 国庆
    "celebrating National Day"), not a place's name."""
    return any(jieba_tag(word[:k]).startswith("v")
               and (word[k:] in common_words() or bool(translit.cedict_names(word[k:])))
               for k in range(2, len(word) - 1))


def _translated(name: str) -> bool:
    """A name whose stem, without its generics, is an English word and no pinyin ("West" of
    "West Park Village" for 西园村): a name translated by its sense, not a transliteration."""
    stem = " ".join(translit.strip_generics(name))
    return stem != name and is_english_word(stem) and not translit.pinyin_shaped(stem)


def _zh_certain(side: Side, e: Entity) -> bool:
    """:func:`_certain` for a name of the Chinese side, with the text around it."""
    return _certain(e, "zh", _after(side, e), _after_a_place(side, e))


def _after_a_place(side: Side, e: Entity) -> bool:
    """Do the two or three characters before a name name a place the lexicon or CC-CEDICT knows
    (深圳福田, 北京朝阳)?"""
    from ..entities import active_lexicon

    start, lexicon = side.span(e)[0], active_lexicon()
    return any(k <= start and (lexicon.keys_for(before := side.text[start - k:start], "zh")
                               or translit.cedict_names(before)) for k in (2, 3))


def _full_name(t: Entity) -> bool:
    """A person's name of two capitalised words or more, titles aside ("Mike Pompeo")."""
    words = translit.without_title(t.text).split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _after_an_office(side: Side, e: Entity, public: bool = False) -> bool:
    """Is the source person a foreign name written right after an office (国务卿布林肯; ``public``: of
    a state or an international body, not a company's)?"""
    a, z = side.span(e)
    return titled_foreign_name(side.text, a, z, public)


def _after(side: Side, e: Entity) -> str:
    """The few characters of a link's side after a name."""
    end = side.span(e)[1]
    return side.text[end:end + 4]


@register(
    "entity",
    needs_source=True,
    kinds=("entity",),
    description="A named place, organisation or person in the source rendered as a different one, "
                "garbled, or dropped.",
    substitution="error",
    garbled="warning",
    dropped="info",
    adjective="warning",
    window=0.4,  # how far apart (share of the link's text) a name and its wrong rendering may sit
)
def check_entity(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    from ..entities import active_lexicon, full_name_surnames

    lexicon = active_lexicon()
    _SURNAMES.set(full_name_surnames(pair.target.entities if pair.target is not None else ()))
    links = name_links(pair, lexicon)
    cast = _Cast(pair.source.entities if pair.source is not None else (),
                 [k.target.text for names in links for k in names.links if k.source.type == "person"],
                 _dotted_persons(pair.source) if pair.source is not None else frozenset())
    if pair.source is not None:
        cast.untagged = _UntaggedRuns(pair.source)
    # the original's publisher's matter (a photo's caption, a page's credits) may be left out
    publishers = frozenset(n.block for n in pair.source.notes if n.kind == "preface" and n.place == "block") \
        if pair.source is not None else frozenset()
    # the places the source document names anywhere, by lexicon key
    places = frozenset(k for e in (pair.source.entities if pair.source is not None else ()) if e.type == "place"
                       for k in keys(e))
    findings: list[Finding] = []
    for names in links:
        findings.extend(_judge(names, lexicon, config, cast, publishers, places))
    # 日本首相 as "the Korean prime minister": a country given by another's adjective
    if swaps := adjective_swaps(pair, lexicon, str(config.get("adjective", "warning"))):
        # the country it says is no longer a name merely left out
        findings = [f for f in findings if not (f.target_text is None and any(
            f.source_block == w.source_block and f.source_span and w.source_span
            and w.source_span[0] <= f.source_span[0] < w.source_span[1] for w in swaps))] + swaps
    # a name kept in Latin letters spelt otherwise, unless a finding above says so already
    said = {(f.source_block, f.source_span) for f in findings}
    findings.extend(f for f in latin_findings(pair, config) if not any(
        block == f.source_block and span and f.source_span and span[0] < f.source_span[1]
        and f.source_span[0] < span[1] for block, span in said))
    return findings


class _Cast:
    """The persons of a pair: those the source document names, and the English names the
    translation gives a source person anywhere.  A target name that renders one of them, whole or
    in part ("Bao-yu" for 贾宝玉, "Ye" for 叶文洁, "Lei Wai Nong" for 李伟农 by its surname as
    Hong Kong and Macao spell it), or that the translation uses for a source
    person elsewhere ("Xi-feng" for 凤姐), is a person of the text: where the link's source names
    someone else, the translation most likely named who a pronoun or a form of address stands
    for (他 / "Bao-yu"), not swapped in a wrong name."""

    def __init__(self, entities: Sequence[Entity], renderings: Sequence[str],
                 dotted: frozenset[str] = frozenset()) -> None:
        self.names = tuple(dict.fromkeys(e.text for e in entities if e.type == "person"))
        self.renderings = frozenset(renderings)
        self.dotted = dotted  # foreign persons, by the name dot the source writes beside them somewhere
        self.forms = translit.PersonForms()  # of every name, for one look-up however many there are
        self._unlisted: list[str] = []  # names with too many readings to list their forms
        # a name with a verb glued to it is rendered by its name alone (尹正演 / "Yin Zheng")
        for p in self.names + tuple(g for n in self.names if (g := _verb_glued(n))):
            forms = translit.person_forms(p)
            if forms is None:
                self._unlisted.append(p)
            else:
                self.forms |= forms
        self._known: dict[str, bool] = {}
        self._misread: dict[str, bool] = {}
        self.untagged: _UntaggedRuns | None = None  # the source document's untagged stretches

    def renders(self, en: str) -> bool:
        got = self._known.get(en)
        if got is None:
            got = self._known[en] = en in self.renderings or (self.forms.rendered_by(en) or any(
                translit.matches(p, en, "person") or translit.names_part(p, en) or translit.cantonese_spelt(p, en)
                for p in self._unlisted)) and not self._someone_else(en)
        return got

    def _someone_else(self, en: str) -> bool:
        """Is a full name CC-CEDICT gives to a person the text does not name ("Lee Kuan Yew" is
        李光耀): a surname spelt the Hong Kong way ("Lee" of 李显龙) makes it no rendering of his."""
        name = translit.without_title(en)
        if len(name.split()) < 2:
            return False
        known = translit.cedict_chinese(name)
        if not known or any(k in self.names for k in known):
            return False
        # unless it spells a person of the text in pinyin too ("Da Shi" is 大史 for 史强, and
        # CC-CEDICT's 耶律大石)
        return not any(translit.matches(p, name, "person") or translit.names_part(p, name) for p in self.names)

    def misread(self, zh: str) -> bool:
        """A source person's name holding another name of the text with a character or more
        around it: a word the Chinese reader glued to a name (贾瑞道 "Jia Rui said", 向贾环 "to
        Jia Huan"), whose rendering cannot be judged with certainty."""
        got = self._misread.get(zh)
        if got is None:
            got = self._misread[zh] = any(p != zh and len(p) >= 2 and p in zh for p in self.names)
        return got


def _judge(names: LinkNames, lexicon, config: Mapping[str, object], cast: _Cast,
           publishers: frozenset[str] = frozenset(), places: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings for the names of one link left without a partner.

    Every source name left alone is weighed against every target name left
    alone (tagged, or pinyin-shaped and untagged) that sits near it: a cut or
    misspelt transliteration first, then a name of the same type, closest
    first, a generic that disagrees (省 / "County") or a lexicon name facing
    a name no lexicon holds counting as further away.
    """
    if not names.left_source:
        return []  # every finding is about a source name left alone
    src, tgt = names.source, names.target
    window = float(config.get("window", 0.4))  # type: ignore[arg-type]
    loose = list(names.untagged_target)
    # a tagged name inside an untagged pinyin run is a piece of it ("Xian" of "Rao Xian")
    # nor is a country the source names as a side (中方 / "China")
    # 朝韩 "the North and the South": each country said by its half, whichever order
    said, halves = _said_by_halves(names, lexicon)
    cands = [tgt.names[j] for j in names.left_target
             if (not loose or not any(_within(tgt.names[j], u) and u.text != tgt.names[j].text for u in loose))
             and not _side_named(tgt.names[j], src.text) and j not in halves]
    tagged = len(cands)  # candidates from here on are untagged pinyin names
    cands += loose
    alone = _only_pairs(names, cands)
    # a form of address left alone (凤姐, 程先生) may be rendered by any name: no person is certain
    addressed = any(src.names[i].type == "person" and translit.form_of_address(src.names[i].text)
                    for i in names.left_source)
    explained = _Explained(src, cast)
    # persons named in English by an English given name and their surname (赵小兰 "Elaine Chao")
    own = _own_english_names(src, names.left_source, cands)
    own_s, own_t = {i for i, _ in own}, {k for _, k in own}
    # a place the link renders already, named again for a word that stands for it (香港 ... 特区政府
    # "Hong Kong ... the HKSAR Government") or beside an organisation's own name (荷兰合作银行中国区
    # "Rabobank China")
    linked = {k for link in names.links for k in keys(link.source) | keys(link.target)}
    named = linked if any(w in src.text for w in _place_standins()) else set()
    left_places = _in_text_order(src, [src.names[j] for j in names.left_source if src.names[j].type == "place"])
    options = []
    for i in names.left_source:
        s = src.names[i]
        if i in own_s or i in said:
            continue
        if s.type == "person" and (addressed or cast.misread(s.text) or s.text in cast.dotted
                                   or _cut_from_a_name(src, s) or _translated_word_by_word(s, tgt)):
            # a form of address, a misread name or beside one (程先生 / "Cheng"), a foreign name
            # that reads like a Chinese one (约翰·刘易斯, then 刘易斯 "Lewis", no "Liu Yisi"), a
            # dictionary name the reader cut (伊丽莎 of 伊丽莎白二世 "Elizabeth II"), a phrase the
            # reader took for a surname and a given name (白衬衫 "a white shirt"): not judged
            continue
        if _beside(src, s, _DESCENT) or _of_an_abbreviated_place(src, s) or _given_to_a_part(names, s) \
                or _written_plainly(s, tgt, lexicon) or _site_after_a_headline(src, tgt, s):
            # 西班牙裔美国人 "Hispanic Americans": a descent, no place of its own; 美军基地 "the US
            # military base": the US forces' base, no place of its own; 中方 "China's" beside a
            # dateline's 北京, 中新网 "www.chinanews.com", 青龙河 "qinglong river": rendered; "…-中新网":
            # the site that ran the headline, which a translation may leave out
            continue
        if s.type == "place" and not s.key and (_adjective_in(tgt.text, translit.cedict_names(s.text))
                                                 or _heard_adjective_in(tgt.text, s.text)):
            # "Ethiopian runner Sifan Tola" for 埃塞俄比亚选手图拉: said by its adjective (a lexicon
            # place's adjectives are paired by namelinks, mention by mention); 巴布亚人 "Papuans":
            # by the adjective of the name it is heard as
            continue
        if s.type == "place" and (_beside(src, s, _NAME_DOTS) or _count_of_countries(s, tgt)
                                  or _cut_from_a_transliteration(src, s, tgt) or _holder_of_an_office(src, s)):
            # 欧文·科林斯: a part of a foreign person's name, not a place; 中越老柬四国 "the four
            # countries": a count, not 四国 (Shikoku); 西岛 of 安格尔西岛 "Anglesea", 德卡 of 赫拉德卡:
            # the tail of a longer foreign name; 中谷 of 防卫大臣中谷元 "Gen Nakatani": the office's
            # holder, a person
            continue
        if _read_across_a_word(src, s) or any(_cut_across_its_rendering(src, s, t) for t in cands):
            # 南通 of 呼南通道 "the Hohhot-Nanning corridor": 通道 is the word; 东至 of 准东至皖南
            # "Zhundong-Wannan": 准东 is the name, 至 "to"
            continue
        if _said_otherwise(src, tgt, s, cands) or _part_of_the_name_before(src, s) \
                or _said_by_its_side(s, tgt) or _station_of_the_place_before(src, s) \
                or _dropped_with_its_list(src, s, left_places) \
                or _generic_of_the_place_before(src, tgt, s) or _said_as_a_heading(src, tgt, s) \
                or (bool(s.key) and _in_a_web_address(tgt.text, _en_forms(s, lexicon))):
            # (see _said_otherwise: 东南 "the south-east", 北风, "Qiu" for 邱振东, 莫尔烟 "Mo'er tobacco");
            # 湖北东部 "the eastern part of Hubei"; 江南 "the regions south of the Yangtze"; 北站 of 深圳北站
            # "Shenzhen North Railway Station"; 韩国现代、美国陶氏化学、日本资生堂 "Hyundai, Dow Chemical,
            # Shiseido": the list's countries left out; 古镇 of 西塘古镇 "Xitang Ancient Town"; 向西南经…
            # "leads southwestward": a heading, no region; 中新网 "- www.chinanews.com": the site by its address
            continue
        if any(_spells_a_part(s, t) and (not translit.near_miss(s.text, t.text, s.type) or _rest_said_after(tgt, s, t))
               for t in cands) or (s.type == "place" and not s.key and _said_by_its_sense(s, tgt)):
            # 塞上江南 "Jiangnan beyond the Great Wall": rendered in part, by its sense elsewhere; 南运河
            # "the South Grand Canal": every part of the name translated, no other place
            continue
        if _party_by_its_letter(s, tgt) or (s.type == "place" and _named_in_its_organisation(src, tgt, s, lexicon)):
            # 克莱德（共和党） "Clyde (R-GA)": the party by its letter after a member's name;
            # 上海迈柯荣…公司 "Shanghai Maikerong … Co., Ltd."
            continue
        if any(translit.stem_with_head(s.text, t.text) for t in cands):
            continue  # 贾家庄 "Jiajia Village", read as a person: rendered by its stem and its generic
        ps = src.position(s)
        # a word only jieba's dictionary calls a place (智联 of 智联招聘) facing a place the source
        # names elsewhere: the translation most likely named the place the text is about (省总
        # "the Yunnan Province federation"); the two stand paired, with no finding.  Not a word
        # ending as places do (蓟州 as "Qinghai", the place of the caption before: a slip)
        weak = _placed_by_jieba_alone(s, _after(src, s)) and not place_by_ending(s.text, shortest=2)
        for k, t in enumerate(cands):
            # (a foreign person after an office, 国务卿布林肯 "Blinken", is heard, not spelt in pinyin)
            garbled = translit.near_miss(s.text, t.text, s.type) and not (
                s.type == "person" and _after_an_office(src, s))
            # a misspelling of this person ("Lei Jin" for 雷军) is this person's, whoever else of the
            # text it might stand for by a surname alone (李嘉诚, whose surname Hong Kong spells Lei)
            if k in own_t or (explained(t) and not (garbled and s.type == "person" and not _itself(s, t))) \
                    or _side_of(s, t, tgt) or _pair_of_places(s, t, lexicon) \
                    or _renders_as_place(s, t) or t.key in named or _names_the_part_after(src, s, t) \
                    or _in_joined_places(src, tgt, s, t, lexicon) or _area_of_the_province_before(src, s, t) \
                    or _abbreviates_joined_places(tgt, s, t) or _initials_of_listed_places(tgt, s, t, lexicon) \
                    or _ends_in_its_abbreviation(s, t) or (t.key in linked and _opens_an_organisation(src, s)) \
                    or _in_shared_tail(src, tgt, t, lexicon) or _short_form_of_a_foreign_place(src, s, t) \
                    or _tail_of_its_own_rendering(names, s, t, lexicon) \
                    or _tail_of_a_name_heard_whole(src, tgt, s, t) \
                    or (k >= tagged and _renders_its_own_name(src, tgt, s, t)) \
                    or (k >= tagged and translit.heard(s.text, t.text, s.type)) or _opens_heard(s, t) \
                    or stands_for_country(s, t, lexicon) or _river_by_another_generic(s, t) \
                    or _compass_cut_before(src, s, t) or _person_against_a_known_place(s, t, _after(src, s)) \
                    or _run_abbreviated_in_source(src, tgt, t) or _body_without_its_country(src, s, t, lexicon, places):
                # (a foreign name in transliteration against the untagged word it sounds like, 巴鲁
                # "Palu": the reader missed the name, it is no other place; a country's part or
                # capital, 英国 "England", when the linking gave the country's mention to another name)
                continue
            dist = abs(tgt.position(t) - ps)
            # a Chinese person's name in pinyin is a person whatever the English reader
            # tagged it (spaCy reads "Cao Fan" as an organisation); an untagged one (see
            # namelinks) keeps the type its shape gave it
            t_type = t.type if k >= tagged else _type_in_text(tgt, t)
            if t_type == "any" and t.type == "org" and (i, k) not in alone:
                continue  # a pinyin word tagged as an organisation stands only as the only place left
            if k >= tagged and t_type != s.type and not garbled:
                continue
            # a person's name may move anywhere in its link (a byline, a quote), and so may
            # the only two places left alone ("哈密市石城子…" / "in Shichengzi … in Hami City");
            # other names must sit near each other, between the same paired names
            # (a pinyin word of no clear type counts as the only place when it is the only one
            # left, as _only_pairs counts it: 通辽市…胜利北路 / "Shengli North Road in Chifeng")
            anywhere = (s.type == t_type or (t_type == "any" and (i, k) in alone)) and _certain(t, "en") and (
                s.type == "person" or ((i, k) in alone and dist <= _ALONE_REACH))
            if not anywhere and (dist > window or _between(i, t, names) > 1) and not _address_turned(names, s, t):
                continue
            if garbled:
                options.append((dist, i, k, "garbled"))
            elif t_type == s.type or (t_type == "any" and s.type in ("person", "place")):
                penalty = (0.5 if translit.generic_agrees(s.text, t.text) is False else 0) + \
                          (0.25 if bool(s.key) != bool(t.key) else 0) + (0 if _certain(t, "en") else 1)
                kind = "context" if weak and _place_of_the_text(tgt, t, places) else "substitution"
                options.append((1 + dist + penalty, i, k, kind))
    return _findings(names, cands, tagged, sorted(options), lexicon, config, publishers)


def _said_otherwise(src: Side, tgt: Side, s: Entity, cands: Sequence[Entity]) -> bool:
    """A source name the link's translation says in a way no name stands for: a compass point as
    a direction (大地向东南塌陷 "sank towards the south-east"), a wind (北风, no place), a person by a
    part of the name beside someone the source leaves unnamed (邱振东 … 孩子 as "Qiu and little
    Tao Tao"), a name by its stem and its last character's sense (莫尔烟 "Mo'er tobacco")."""
    if s.type == "place" and (_said_by_its_direction(s, tgt) or _a_wind(s, _after(src, s))):
        return True
    if s.type == "person" and (_rendered_in_part(s, cands) or _labelled_speaker(src, tgt, s)):
        return True
    return any(_stem_and_its_head_glossed(src, tgt, s, t) for t in cands)


# a speaker's label of a dialogue or an interview in capitals ("YE:", "WANG LIN:"), opening the
# text or following a sentence's end
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)\s*:")
_LABEL_AFTER = re.compile(r"(?:^|[.!?…\"”’)\]])\s*$")
# the source's label: the name right before a colon (叶文洁：)
_ZH_LABEL_AFTER = re.compile(r"\s*[：:]")


def _labelled_speaker(src: Side, tgt: Side, s: Entity) -> bool:
    """A person the source labels as the speaker of a line (叶文洁：…) whom the translation labels
    by the surname or the whole name in capitals ("YE: …", "YE WENJIE: …"): rendered, so the
    link's other English names are no swap for them.  A label that spells someone else ("WANG:"
    for 叶文洁) leaves the person judged."""
    if not _ZH_LABEL_AFTER.match(src.text, src.span(s)[1]):
        return False
    for m in _SPEAKER_LABEL.finditer(tgt.text):
        if not _LABEL_AFTER.search(tgt.text, max(0, m.start() - 3), m.start()):
            continue
        name = m.group(1).title()
        if translit.names_part(s.text, name) or translit.matches(s.text, name, "person"):
            return True
    return False


_NOT_A_NAME_BEFORE_GENERIC = frozenset("该本全此城各每两三")  # 该市, 本县, 全市, 城市: no name before the 市
# 市场, 市民, 县城, 县长: a word that begins with the generic, no name that ends in it
_WORD_AFTER_GENERIC = frozenset("场民长区委政府里内中级城")
_CITY_GENERICS = {"市": ("city", "municipality"), "县": ("county",)}  # a city's or county's, not a street's


def _renders_an_untagged_place(src: Side, tgt: Side, s: Entity, t: Entity) -> bool:
    """An English place no lexicon holds, written with a city's or county's generic ("Kaesong city",
    "Lassen County"), facing a Chinese name without that generic (韩国) while the Chinese of the link
    writes the generic after two characters its reader tagged as no name (开成市, a misspelt 开城市): the
    English renders that name, not the one facing it."""
    words = t.text.split()
    if len(words) < 2:  # the generic may follow the name the reader tagged ("Kaesong" in "Kaesong city")
        after = re.match(r"\s+([A-Za-z]+)", tgt.text[tgt.span(t)[1]:])
        words += [after[1]] if after else []
    if t.key is not None or len(words) < 2:
        return False
    last = words[-1].lower()
    spans = [src.span(n) for n in src.names]
    for end, heads in _CITY_GENERICS.items():
        if last not in heads or s.text.endswith(end):
            continue
        for m in re.finditer(end, src.text):
            i = m.start()
            before, next_ = src.text[max(0, i - 2):i], src.text[i + 1:i + 2]
            # inside a tagged name (江南), or right after one (舟山港: that name's own generic): not untagged
            if len(before) == 2 and all("\u4e00" <= c <= "\u9fff" for c in before) \
                    and before[-1] not in _NOT_A_NAME_BEFORE_GENERIC and next_ not in _WORD_AFTER_GENERIC \
                    and not any(a - 2 < i <= b for a, b in spans):
                return True
    return False


# the dash before a site's name closing a headline ("…-新华网", "… - 中新网")
_SITE_DASH_RE = re.compile(r"[-－—–]\s*$")


def _site_after_a_headline(src: Side, tgt: Side, s: Entity) -> bool:
    """Is the source organisation ``s`` the site's name after a dash at the very end of its block, as
    Chinese news sites sign a headline ("常补党史的“营养剂” - 中新网"), and does the translation name no
    site by its web address?  Publisher's matter, as a caption's credit is: left out, it faces no
    other name; another site's address ("- www.xinhuanet.com") is still judged."""
    if s.type != "org" or _WEB_ADDRESS_RE.search(tgt.text):
        return False
    a, b = src.span(s)
    return not src.text[b:].split("\n", 1)[0].strip() and _SITE_DASH_RE.search(src.text[max(0, a - 4):a]) is not None


def _given_to_a_part(names: LinkNames, s: Entity) -> bool:
    """Did the linking give the translation's mention of ``s``'s own place to another source name as
    that name's larger unit (中方 "China's decision" after a dateline's 北京, whose "China" it took)?
    Then ``s`` is rendered, by that mention."""
    return bool(s.key) and any(k.via == "unit" and s.key in keys(k.target) for k in names.links)


# a web address written out ("www.chinanews.com", "http://news.cn/"), a site's name inside it
_WEB_ADDRESS_RE = re.compile(r"(?i)(?:https?://|www\.)\S+|\S+\.(?:com|cn|net|org|gov)(?:\.cn)?/?")


def _token_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The run of characters without spaces around ``text[a:b]``, less a closing comma or stop."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    while b > a and text[b - 1] in ",.;:)”\"'":
        b -= 1
    return a, b


# a word in lower case that may spell a name in pinyin, alone or with the word after it ("qinglong river")
_LOWER_WORD_RE = re.compile(r"(?<![\w'-])[a-z]+(?![\w'-])")


def _written_plainly(s: Entity, tgt: Side, lexicon) -> bool:
    """Is the source name ``s`` written in the link's translation where the English reader tags no
    name of its own: one of its lexicon's English forms (six letters or more) inside a web address
    (中新网 "www.chinanews.com"), a lexicon place's English form inside an
    organisation's name tagged whole ("the U.S. Consulate General" for 美国驻…总领事馆), or a Chinese
    place or person of two characters or more spelt in pinyin in lower case (青龙河 "qinglong river")?"""
    text = tgt.text
    entry = lexicon.get(s.key) if s.key else None
    if entry is not None and any(
            _WEB_ADDRESS_RE.fullmatch(text, *_token_around(text, m.start(), m.end()))
            for form in entry.en if len(form) >= 6
            for m in re.finditer(rf"(?i)(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", text)):
        return True
    if entry is not None and s.type == "place" and any(
            t.type == "org" and re.search(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", t.text)
            for t in tgt.names for form in entry.en if form):
        return True  # 美国驻成都总领事馆 "the U.S. Consulate General in Chengdu", tagged whole
    if s.type not in ("place", "person") or len(translit.split_generic(s.text)[0]) < 2:
        return False
    words = list(_LOWER_WORD_RE.finditer(text))
    for i, w in enumerate(words):
        if len(w.group()) < 4 or is_english_word(w.group()):
            continue
        runs = [w.group()]
        if i + 1 < len(words) and text[w.end():words[i + 1].start()] == " ":
            runs.insert(0, f"{w.group()} {words[i + 1].group()}")
        if any(translit.matches(s.text, " ".join(x.capitalize() for x in run.split()), s.type) for run in runs):
            return True
    return False


def _translated_word_by_word(s: Entity, tgt: Side) -> bool:
    """A Chinese person's name of three characters whose surname and given name are each a word
    CC-CEDICT glosses, and the link's translation says a gloss of both (白衬衫 "a white shirt",
    白 "white" and 衬衫 "shirt"): a phrase translated by its sense, not a name.  A person's name
    is spelt in the translation, not glossed (白海燕 "Bai Haiyan"): it is judged as before."""
    from ..dictionary import english_stem_set, load

    if len(s.text) != 3:
        return False
    glosses, said = load().glosses, english_stem_set(tgt.text)
    return all(set(glosses.get(part, ())) & said for part in (s.text[0], s.text[1:]))


def _findings(names: LinkNames, cands: list[Entity], tagged: int, options: list[tuple[float, int, int, str]],
              lexicon, config: Mapping[str, object], publishers: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of the best ``options`` (best first), each name in one at most, and the
    lexicon names left with none (outside the ``publishers``' blocks)."""
    src, tgt = names.source, names.target
    # 曼哈顿下城 "Lower Manhattan": the city and its part, one English name, paired with no other
    taken_s, taken_t = _city_and_part(names, cands, lexicon)
    out: list[tuple[int, Finding]] = []
    for _, i, k, kind in options:
        if i in taken_s or k in taken_t:
            continue
        s, t = src.names[i], cands[k]
        if _written_out(expected_en(s, lexicon), tgt.text):
            continue  # its rendering is there, around a shorter tagged name (马关条约 "Treaty of Shimonoseki")
        if s.type == "place" and _adjective_of(t.text, [expected_en(s, lexicon)]):
            continue  # 智利车厘子 "Chilean cherries": the place's adjective
        if kind == "context":
            pass  # a weak place facing a place of the text (see _judge): paired, no swap
        elif kind == "garbled":
            if not (s.type == "person" and s.text in common_words()):  # 孔明灯 "Kongming lanterns": a word
                out.append((i, _garbled(s, t, lexicon, str(config.get("garbled", "warning")))))
        elif k >= tagged and not _zh_certain(src, s):
            continue  # an untagged English word stands only against a name read with certainty
        elif _zh_certain(src, s) and _certain(t, "en") and _renders_an_untagged_place(src, tgt, s, t):
            continue  # "Kaesong city" renders 开成市, a name the Chinese reader missed, not 韩国
        elif _zh_certain(src, s) and _certain(t, "en"):
            severity = "warning" if _placed_by_jieba_alone(s, _after(src, s)) or _org_by_dictionary(s, "zh") \
                or _org_by_dictionary(t, "en") else config.get("substitution", "error")
            out.append((i, _substitution(s, t, lexicon, str(severity))))
        elif k < tagged and s.type == t.type == "person" and _full_name(t) \
                and (_after_an_office(src, s, public=True)
                     or (s.key is not None and after_a_public_office(src.text, src.span(s)[0]))) \
                and not (translit.heard(s.text, t.text, "person") or translit.near_miss(s.text, t.text, "person")):
            # a foreign person no dictionary holds, or one the lexicon holds, named after an office
            # (国务卿布林肯, 总统泽连斯基), facing another person's full name that sounds nothing like
            # it ("Mike Pompeo", "Petro Poroshenko"): likely someone else
            out.append((i, _substitution(s, t, lexicon, "warning")))
        taken_s.add(i)
        taken_t.add(k)
    # a name repeated in the source is reported once per link, and not when one of its
    # mentions has its rendering there (the translation names it once: 吉林省 ... 吉林省 as "Jilin")
    dropped_keys = {link.source.key for link in names.links if link.source.key}
    for i in names.left_source:
        s = src.names[i]
        if i not in taken_s and s.key and s.key in lexicon and s.key not in dropped_keys and s.block not in publishers \
                and not _written_plainly(s, tgt, lexicon) and not _party_by_its_letter(s, tgt):
            # 中新网 "- www.chinanews.com", 共和党 "(R-GA)": not dropped
            dropped_keys.add(s.key)
            out.append((i, _dropped(s, tgt.blocks[0].id, lexicon, str(config.get("dropped", "info")))))
    return [f for _, f in sorted(out, key=lambda x: x[0])]


class _UntaggedRuns:
    """The source document's text, for a stretch of three characters or more that an English name
    spells and no reader tagged anywhere (齐家屯 for "Qijiatun", named in another paragraph): a place
    or a person of the text, which a translation may name where the link's source has a common noun
    (屯里 "in the village").  A name the reader tagged elsewhere is no such stretch: a swap for it
    stays judged."""

    def __init__(self, doc: Analysis) -> None:
        self._doc = doc
        self._blocks: list[tuple[str, list[tuple[int, int]]]] | None = None  # read on the first question
        self._known: dict[str, bool] = {}

    def spell(self, name: str) -> bool:
        got = self._known.get(name)
        if got is None:
            if self._blocks is None:
                self._blocks = [(b.text, sorted((e.start, e.end) for e in self._doc.entities_in(b.id)))
                                for b in self._doc.document.blocks]
            got = self._known[name] = len(name.split()) <= 3 and any(
                b - a >= 3 and not any(x < b and a < y for x, y in spans)
                for text, spans in self._blocks for a, b in _spelled_spans(name, text))
        return got


class _Explained:
    """Whether a target name left alone in a link renders someone the link's source names left
    alone are not: a person of the text (see :class:`_Cast`), China for 我国, a source name by its
    stem and its generic in English (叶斗峰 "Yedou Peak", whatever type the reader gave it), also
    the rest of one after the place it starts with (广州白云机场 "Guangzhou Baiyun Airport", read
    as two names), or a
    stretch of the link's source the Chinese reader did not tag as a name (申玉菲 / "Shen Yufei")."""

    def __init__(self, src: Side, cast: _Cast) -> None:
        self.src, self.cast = src, cast
        self._known: dict[tuple[str, str | None], bool] = {}
        self._starts: list[int] = []  # the source names' spans by start, and the furthest end up to each
        self._reach: list[int] = []

    def __call__(self, t: Entity) -> bool:
        got = self._known.get((t.text, t.key))
        if got is None:
            text = self.src.text
            name = _without_glued_acronym(t)
            got = self._known[t.text, t.key] = self.cast.renders(name) or _own_country(t, text) or any(
                translit.stem_with_head(name, t.text) for e in self.src.names for name in _with_rests(e.text)) or any(
                # three characters or more, or two from a surname (CC-CEDICT's: 阮雯 "Ruan Wen") or
                # doubled (冬冬 / "Dong Dong"; not 好与 for "Hao Yu"), and not a piece of a tagged name
                # (陈海 of 陈海峰)
                (b - a >= 3 or text[a] in translit.surnames()[0] or text[a] in surname_chars()
                 or text[a] == text[a + 1])
                and not self._inside_a_name(a, b)
                for a, b in _spelled_spans_heard(name, text)) or (
                t.type == "person" and _familiarly(name, text)) or (
                t.type == "person" and _named_by_surname_and_given(name, text)) or (
                self.cast.untagged is not None and self.cast.untagged.spell(name))
        return got

    def _inside_a_name(self, a: int, b: int) -> bool:
        """Does a tagged name hold all of ``a``..``b`` (陈海 of 陈海峰; not 詹纯新 around a 詹纯 the
        reader cut short of its last character, "Zhan Chunxin")?"""
        if not self._starts and self.src.names:
            for x, y in sorted(self.src.span(e) for e in self.src.names):
                self._starts.append(x)
                self._reach.append(max(y, self._reach[-1]) if self._reach else y)
        k = bisect_right(self._starts, a)
        return k > 0 and self._reach[k - 1] >= b


def _spelled_spans(name: str, text: str) -> list[tuple[int, int]]:
    return translit.spelled_spans(name, text, person=False)


# the initials a southern accent, and many a translator, says alike: sh/s, zh/z, ch/c
_FLAT_RETROFLEX = re.compile(r"(?i)\b([szc])(h?)(?=[aeiou])")


def _spelled_spans_heard(name: str, text: str) -> list[tuple[int, int]]:
    """:func:`translit.spelled_spans`, and for a name of two words or more the stretches it spells
    with one word's initial sh, zh, ch said flat or s, z, c said curled ("Shan Men Er" for 三闷儿):
    a name the Chinese reader missed, spelt with an accent's initial, not another person."""
    spans = _spelled_spans(name, text)
    words = name.split()
    if spans or len(words) < 2 or len(words) > 4:
        return spans
    for k, word in enumerate(words):
        m = _FLAT_RETROFLEX.match(word)
        if m is None:
            continue
        turned = word[:1] + ("" if m.group(2) else "h") + word[len(m.group()):]
        spans = _spelled_spans(" ".join(words[:k] + [turned] + words[k + 1:]), text)
        if spans:
            return spans
    return []


# 姓查，名士标 "Zha Shibiao": a person named by surname and given name said apart
_SURNAME_THEN_GIVEN = re.compile("姓([\u4e00-\u9fff])[，,、]?(?:单?名|名叫|叫)([\u4e00-\u9fff]{1,2})")


def _named_by_surname_and_given(name: str, text: str) -> bool:
    """Does the source say the English person's surname and given name apart (姓查，名士标 for
    "Zha Shibiao"; 姓王名冕)?  The English names them, not someone else."""
    return any(translit.matches(m.group(1) + m.group(2)[:k], name, "person")
               for m in _SURNAME_THEN_GIVEN.finditer(text) for k in (1, 2))


# an acronym before a name of two words or more ("ASEAN Huang Xilian")
_GLUED_ACRONYM = re.compile(r"[A-Z]{2,}\s+(?=\S+\s+\S)")


def _without_glued_acronym(t: Entity) -> str:
    """A person's English name without an organisation's acronym the English reader glued before
    it (驻东盟大使黄溪连 "Ambassador to ASEAN Huang Xilian" tagged "ASEAN Huang Xilian"): the name
    a pinyin-shaped rest spells."""
    m = _GLUED_ACRONYM.match(t.text) if t.type == "person" else None
    rest = t.text[m.end():] if m else t.text
    return rest if m and translit.person_shaped(rest) else t.text


# A familiar form of address: 老王, 小李, 大史, 阿Q (a surname after 老/小/大/阿), 凤姐, 宝哥 (a
# given name's character before a kinship word).
_FAMILIAR_BEFORE = re.compile("[老小大阿]([\u4e00-\u9fff])")
# (not 小姐, 表哥, 二姐: no one's given name)
_FAMILIAR_AFTER = re.compile("((?![老小大阿表堂空师一二三四五六七八九十])[\u4e00-\u9fff])(?=[姐哥叔婶嫂姨伯爷])")


def _familiarly(en: str, text: str) -> bool:
    """Does ``text`` call the person of the English name ``en`` familiarly: 大史 for "Shi Qiang"
    (the surname, the first or last word), 凤姐 for "Xi-feng" (a syllable of the given name)?
    A translation names who a form of address stands for."""
    words = [translit.letters(w) for w in translit.without_title(en).split()]
    if not words or not all(words):
        return False
    surnames = translit.surnames()[0]
    for m in _FAMILIAR_BEFORE.finditer(text):
        if m.group(1) in surnames and {words[0], words[-1]} & _char_readings(m.group(1), person=True):
            return True
    syllables = {translit.letters(w) for w in re.split(r"[\s-]+", translit.without_title(en))}
    return any(syllables & _char_readings(m.group(1)) for m in _FAMILIAR_AFTER.finditer(text))


def _char_readings(ch: str, person: bool = False) -> set[str]:
    """The pinyin readings of one Chinese character (none for one pypinyin cannot read)."""
    rs = translit.readings(ch, person=person)
    return set(rs[0]) if rs else set()


def _with_rests(name: str) -> tuple[str, ...]:
    """A source name, and what is left of it, four characters or more, after a city of two or
    three it may start with (广州白云机场: 白云机场)."""
    return (name, *(name[k:] for k in (2, 3) if len(name) - k >= 4))


_SIDES = {"东": "east", "南": "south", "西": "west", "北": "north"}


def _side_of(s: Entity, t: Entity, tgt) -> bool:
    """江南 as "south of the Yangtze", 河西 as "west of the Yellow River": a region named by
    its side of a landmark, rendered by the side and the landmark's own name."""
    sides = {_SIDES[c] for c in (s.text[0], s.text[-1]) if c in _SIDES}
    if not sides or s.type != "place":
        return False
    before = tgt.text[max(0, tgt.span(t)[0] - 30):tgt.span(t)[0]]
    return bool(re.search(rf"(?i)\b(?:{'|'.join(sorted(sides))})(?:ern)?\s+of\s+(?:the\s+)?$", before)) or (
        # 江北 as "Northern China", "the North": the region by its side alone, no other place
        len(s.text) == 2 and re.fullmatch(rf"(?i)(?:the\s+)?(?:{'|'.join(sorted(sides))})(?:ern)?(?:\s+China)?",
                                          t.text) is not None)


# a compass point alone or its side (东南, 西北方, 东边), and in English in any of its forms
_DIRECTION = re.compile("[东南西北]{1,2}(?:方|部|面|边)?")


def _english_direction(points: str) -> str:
    """The English pattern of one or two compass points as a direction, in lower case (东南:
    "south-east", "southeast", "south-easterly", "southeastern"; the English order north and
    south first, or either); capitalised, "the Northeast" is a region's name, which the linking
    pairs with its mention."""
    words = [_SIDES[c] for c in points]
    run = words[0] if len(words) == 1 else \
        f"(?:{words[0]}[\\s-]?{words[1]}|{words[1]}[\\s-]?{words[0]})"
    return rf"\b{run}(?:ern|erly|wards?)?\b"


def _said_by_its_direction(s: Entity, tgt: Side) -> bool:
    """A compass point read as a place (东南, which the lexicon names Southeast Asia's or China's
    region), which the translation says as a direction anywhere in the link ("in the
    south-east", "south-easterly"): the direction, rendered.  Said otherwise ("the north-west",
    or the region's name, "the Northeast", with its own mention) it is judged."""
    if s.type != "place" or not _DIRECTION.fullmatch(s.text):
        return False
    points = s.text.rstrip("方部面边")
    return re.search(_english_direction(points), tgt.text) is not None


def _a_wind(s: Entity, after: str = "") -> bool:
    """北风, 东南风: a wind by its compass point, which jieba's dictionary tags a place; no place
    the lexicon or CC-CEDICT knows (东风 Dongfeng is one)."""
    return re.fullmatch("[东南西北]{1,2}风", s.text) is not None and _placed_by_jieba_alone(s, after)


def _rendered_in_part(s: Entity, cands: Sequence[Entity]) -> bool:
    """Is a Chinese person of the link named by a part of the name alone in its English, the
    surname ("Ye" for 叶文洁) or the given name in one word ("Bao-yu"), by a name left alone there?
    The person is rendered; the link's other English names are not theirs.  A full name is no part
    ("Ye Zhetai" is someone else)."""
    return any(t.type == "person" and translit.names_part(s.text, t.text) for t in cands)


def _stem_and_its_head_glossed(src: Side, tgt: Side, s: Entity, t: Entity) -> bool:
    """莫合烟 "Mohe tobacco", 龙井茶 "Longjing tea": a name of three characters or more whose
    stem the English name spells and whose last character the word right after it translates
    (CC-CEDICT's glosses): the name rendered by its stem and its head's sense, not cut.  A word
    after it that is no gloss ("Mohe pipe") leaves it judged."""
    from ..dictionary import english_stem_set, load

    if len(s.text) < 3 or s.type not in ("person", "place"):
        return False
    word = re.match(r"\s+([A-Za-z]+)", tgt.text[tgt.span(t)[1]:])
    if word is None or not translit.spells(translit.letters(t.text), translit.readings(s.text[:-1])):
        return False
    return bool(set(load().glosses.get(s.text[-1], ())) & english_stem_set(word.group(1)))


def _person_against_a_known_place(s: Entity, t: Entity, after: str = "") -> bool:
    """A word jieba's dictionary calls a person (武斗 "armed fighting") facing one English word
    the English reader tagged as a place and CC-CEDICT knows only as a place ("Tiananmen"): no
    person was swapped for a place.  A person's name facing a person, a place spelt like the
    person's own name (莫尔烟 "Mo'er", garbled), and a "person" that is a place by its form (汤旺河
    with its place ending, or a generic after it: 汤旺河镇) are still judged."""
    if s.type != "person" or t.type != "place" or t.key or " " in t.text.strip() \
            or translit.near_miss(s.text, t.text, s.type) or place_by_ending(s.text) or _before_a_generic(after):
        return False
    kinds = {translit.cedict_kind(z) for z in translit.cedict_chinese(t.text)}
    return "place" in kinds and "person" not in kinds


def _by_an_english_name(s: Entity, t: Entity) -> bool:
    """A Chinese person of the source named in English as many overseas Chinese are: an English
    given name and the surname in pinyin or Wade–Giles (赵小兰 "Elaine Chao", 孟昭文 "Grace Meng"),
    or the given name in Wade–Giles too (董继玲 "Chiling Tung")."""
    words = translit.without_title(t.text).split()
    han = s.text
    if s.type != "person" or len(words) < 2 or not 2 <= len(han) <= 4:
        return False
    k = 2 if len(han) == 4 else 1
    rs = translit.readings(han, person=True)
    given = " ".join(words[:-1])
    # a given name in pinyin of as many syllables or fewer is a pinyin name (于凤霞 "Lu Yu": another
    # person, or a cut), not an English one
    return translit.spells(translit.letters(words[-1]), rs[:k]) and (
        not any(translit.pinyin_of(given, n) for n in range(1, len(han) - k + 1))
        or translit.spells(translit.letters(given), rs[k:]))


def _own_english_names(src: Side, left: Sequence[int], cands: Sequence[Entity]) -> list[tuple[int, int]]:
    """(source, target) persons named by an English given name (see :func:`_by_an_english_name`),
    each target name for one source person (and its repeats) in text order: of 马云和马化腾,
    "Jack Ma" is 马云's, and "Robin Li" still faces 马化腾."""
    own: list[tuple[int, int]] = []
    taken: dict[int, str] = {}
    for i in left:
        s = src.names[i]
        k = next((k for k, t in enumerate(cands) if taken.get(k, s.text) == s.text and _by_an_english_name(s, t)),
                 None)
        if k is not None:
            own.append((i, k))
            taken[k] = s.text
    return own


def _spells_a_part(s: Entity, t: Entity) -> bool:
    """Whether a target name outside the lexicon spells a place named inside a source place or
    organisation (江南 of 塞上江南 "Jiangnan beyond the Great Wall"): the name kept, the rest said by
    its sense, no other place.  A stretch that names nothing by itself (麻莱 of 曲麻莱县 "Malai
    County") is a cut transliteration, and stays judged."""
    return s.type != "person" and not t.key and any(
        (a, b) != (0, len(s.text)) and (translit.cedict_names(s.text[a:b]) or looks_like_place(s.text[a:b]))
        for a, b in translit.spelled_spans(t.text, s.text, person=False))


#: a part's senses in CC-CEDICT at most this many content words (南 "south", 运河 "canal"; not 京, a
#: dozen, "capital", "big", "city" …: a part that broad says nothing of how the name was rendered)
_NARROW_SENSES = 3


def _said_by_its_sense(s: Entity, tgt: Side) -> bool:
    """A place outside the lexicon whose every part (two or more of CC-CEDICT's words, longest
    first) is said by its sense in the translation's link: 南运河 "the South Grand Canal", 西湖
    "West Lake".  The translator translated the name; no other place stands for it.  A part of
    broad or no senses, a part that is a name of its own (景山 of 景山公园), or one whose sense the
    English does not say (北湖 as "West Lake"), leaves the place judged."""
    from ..dictionary import english_stem_set, load

    glosses = load().glosses
    parts: list[tuple[str, ...]] = []
    k = 0
    while k < len(s.text):
        for size in range(len(s.text) - k - (k == 0), 0, -1):  # never the whole name as one part
            piece = s.text[k:k + size]
            senses = glosses.get(piece)
            if senses:
                if size > 1 and translit.cedict_names(piece):
                    return False  # 景山 of 景山公园: a name of its own, which its senses do not render
                parts.append(senses)
                k += size
                break
        else:
            return False
    if len(parts) < 2 or any(len(senses) > _NARROW_SENSES for senses in parts):
        return False
    said = english_stem_set(tgt.text)
    return all(said.intersection(senses) for senses in parts)


def _cut_from_a_name(side: Side, e: Entity) -> bool:
    """The name and the character or two after it make a name CC-CEDICT gives (伊丽莎 + 白: 伊丽莎白
    "Elizabeth"): the reader cut it.  Not a generic after it (梅山 + 港 is the port of 梅山)."""
    b = side.span(e)[1]
    longer = [e.text + side.text[b:b + k] for k in (1, 2) if len(side.text) >= b + k]
    return any(translit.cedict_names(w) and translit.split_generic(w)[0] == w for w in longer)


def _cut_from_a_transliteration(side: Side, e: Entity, tgt: Side | None = None) -> bool:
    """A word only jieba's dictionary calls a place (:func:`_placed_by_jieba_alone`), opening with a
    transliteration character, with two or more of them glued right before it (安格尔 | 西岛 of
    安格尔西岛 "Anglesea", 赫拉 | 德卡 of 赫拉德卡 "Hradecka"): the tail of a longer foreign name the
    reader cut, not a place of its own; or with one or two of them right after a name's middle dot
    (克莱奇·伊 | 希纳 | 乔 "Kelechi Iheanacho": inside a foreign person's surname).  So a place read
    by its generic whose stem is transliteration characters only, no name of CC-CEDICT's (希尔斯 |
    伯勒县 of 希尔斯伯勒县 "Hillsborough County": the reader cut the name inside its sounds), when the
    translation ends a capitalised word with the sounds of that stem ("Hill|sborough"); a stem no
    word ends with (贾雅县 of 毕迪贾雅县 against "Pidie Selatan" or "Bogor") is a place to judge.  After a
    place the lexicon or CC-CEDICT names (巴黎 | 西岛) it still is one."""
    a = side.span(e)[0]
    chars = translit.transliteration_chars()
    glued = (a >= 2 and all(c in chars for c in side.text[a - 2:a])) or any(
        a > k and side.text[a - k - 1] in _NAME_DOTS and all(c in chars for c in side.text[a - k:a]) for k in (1, 2))
    stem = translit.split_generic(e.text, "place")[0]
    by_its_generic = stem != e.text and not e.key and all(c in chars for c in stem) \
        and not translit.cedict_names(stem) and not translit.cedict_names(e.text) \
        and (tgt is None or _ends_a_word_of(tgt, stem))
    return e.type == "place" and e.text[0] in chars and glued \
        and (_placed_by_jieba_alone(e, _after(side, e)) or by_its_generic) and not _after_a_known_place(side, e)


def _ends_a_word_of(tgt: Side, stem: str) -> bool:
    """Is the transliteration ``stem`` heard as the end of a capitalised word of the translation
    (斯伯勒 as the "sborough" of "Knollsborough")?"""
    return any(translit.heard(stem, word[k:], "place")
               for word in re.findall(r"\b[A-Z][a-z'’]{3,}\b", tgt.text) for k in range(1, len(word) - 2))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")


def _tail_of_a_name_heard_whole(src: Side, tgt: Side, s: Entity, t: Entity) -> bool:
    """A place the reader cut from the tail of a longer transliteration (贾雅县 of 毕迪贾雅县, two
    transliteration characters, 毕迪, glued before it) facing one word of a run of capitalised English
    words that the whole transliteration is heard as ("Pidie" of "Pidie Jaya regency"): one foreign
    place read in pieces on both sides, no substitution.  The run holds another word that spells or
    sounds like the tail itself ("Jaya" for 贾雅); a run the whole is heard as whose other words do not
    ("Pidie Baru", "Banda Aceh") is no proof."""
    chars = translit.transliteration_chars()
    a = src.span(s)[0]
    if s.type != "place" or not s.text or s.text[0] not in chars:
        return False
    ta, tb = tgt.span(t)
    run = next((m for m in _CAPITALISED_RUN.finditer(tgt.text) if m.start() <= ta and tb <= m.end()), None)
    if run is None:
        return False
    own = set(tgt.text[ta:tb].split())
    others = [w for w in run.group().split() if w not in own]
    if not others or not any(translit.heard(s.text, w, "place") or translit.near_miss(s.text, w, "place")
                             for w in others):
        return False
    return any(a >= k and all(c in chars for c in src.text[a - k:a])
               and translit.heard(src.text[a - k:a] + s.text, run.group(), "place") for k in (2, 3))


def _after_a_known_place(side: Side, e: Entity) -> bool:
    """Do the two to four characters before a name name a place the lexicon holds or CC-CEDICT
    calls a place (伦敦 | 西岛)?  Not a person or a god CC-CEDICT names (安格尔 Ingres, 赫拉 Hera)."""
    from ..entities import active_lexicon

    start, lexicon = side.span(e)[0], active_lexicon()
    befores = [side.text[start - k:start] for k in (2, 3, 4) if k <= start]
    return any(translit.cedict_kind(b) == "place"
               or any(lexicon.entries[key].type == "place" for key in lexicon.keys_for(b, "zh")) for b in befores)


def _holder_of_an_office(side: Side, e: Entity) -> bool:
    """A word only jieba's dictionary calls a place, right after an office (防卫大臣 | 中谷 of
    防卫大臣中谷元 "Defense Minister Gen Nakatani"): the holder's name, a person, not a place.  A place
    the lexicon, CC-CEDICT or its ending names stays one."""
    return e.type == "place" and after_an_office(side.text, side.span(e)[0]) \
        and _placed_by_jieba_alone(e, _after(side, e))


def _rest_said_after(tgt: Side, s: Entity, t: Entity) -> bool:
    """陕北黄土高原 "Shaanbei Loess Plateau": after the part it spells, the English says the rest of the
    name by its sense, up to the generic's head (高原 "Plateau"), no cut transliteration."""
    heads = translit.split_generic(s.text)[1]
    m = _WORDS_AFTER.match(tgt.text, tgt.span(t)[1])
    words = m.group().lower().split() if m else []
    return any(h.lower() in words for h in heads)


# one to three words right after a name ("Loess Plateau")
_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z]+){1,3}")


_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def _said_by_halves(names: LinkNames, lexicon) -> tuple[set[int], set[int]]:
    """The source names left alone that a target name left alone gives by its half (朝 "the
    North"), and those target names: (source indices, target indices)."""
    pairs = [(i, j) for i in names.left_source for j in names.left_target
             if _said_by_its_half(names.source.names[i], names.target.names[j], names.target, lexicon)]
    return {i for i, _ in pairs}, {j for _, j in pairs}


def _said_by_its_half(s: Entity, t: Entity, tgt: Side, lexicon) -> bool:
    """A country whose English name opens with a compass word, said as "the North", "the South"
    (朝韩关系 "relations between the North and the South": North and South Korea, as news on a
    divided country names them once the country is known).  Only that word of its own name, and
    only with "the" before it: 朝 against "the South" is still another place."""
    word = re.sub(r"(?i)^the\s+", "", t.text.strip())
    if word not in _COMPASS_WORDS:
        return False
    a = tgt.span(t)[0]
    if not (t.text.lower().startswith("the ") or re.search(r"(?i)\bthe\s+$", tgt.text[max(0, a - 6):a])):
        return False
    forms = set(_en_forms(s, lexicon)) | {expected_en(s, lexicon)}
    return any(f.startswith(word + " ") for f in forms)


def _said_by_its_side(s: Entity, tgt) -> bool:
    """A region outside the lexicon named by its side of a landmark (江南), which the link's
    translation renders anywhere by a side and a name ("the regions south of the Yangtze River",
    "south of the lower reaches of the Yangtze"); so the region with a common noun of its
    landscape after it (江南水乡 "the water towns south of the Yangtze")."""
    text = _REGION_NOUN.sub("", s.text) or s.text
    sides = {_SIDES[c] for c in (text[0], text[-1]) if c in _SIDES}
    side = "|".join(sorted(sides))
    return bool(sides) and s.type == "place" and not s.key and bool(
        re.search(rf"(?i)\b(?:{side})(?:ern)?\s+of\s+(?:the\s+)?"
                  rf"(?:(?:(?-i:[a-z]+)\s+){{1,3}}of\s+(?:the\s+)?)?(?-i:[A-Z])", tgt.text)
        # a region of two characters said by its side alone, a direction ("till they came south",
        # "marched north"): not a name's part ("South Korea", "North of …")
        or (len(text) == 2 and re.search(rf"\b(?:{side})(?:wards?)?\b(?!\s+(?:of\b|[A-Z]))", tgt.text)))


# a common noun of a region's landscape that jieba reads with its name (江南水乡 "the water towns
# south of the Yangtze"; 江南地区, 江南一带 it cuts apart)
_REGION_NOUN = re.compile("水乡$")


def _generic_of_the_place_before(src: Side, tgt: Side, s: Entity) -> bool:
    """A word only jieba's dictionary calls a place, ending in a place generic (古镇 "ancient town",
    古街 "old street"), right after a place the reader named (西塘 | 古镇): that place's generic,
    which the translation says after its name ("Xitang Ancient Town"), not a place of its own.
    After no place (周庄 read as a person), or with the generic's head not in the translation, it
    stays judged."""
    a = src.span(s)[0]
    if s.type != "place" or len(s.text) != 2 or not _placed_by_jieba_alone(s, _after(src, s)) \
            or not any(e.type == "place" and src.span(e)[1] == a for e in src.names):
        return False
    heads = [h for end, typ, hs in translit.generics() if typ == "place" and s.text.endswith(end) for h in hs]
    return any(re.search(rf"\b{re.escape(h)}\b", tgt.text) for h in heads)


# the part of a place by its compass point: 湖北东部 "the eastern part of Hubei", 江南北部西部
_COMPASS_PART = re.compile(r"(?:中?[东南西北]{1,2}|中)部")  # 东部, 西北部, 中西部 "central and western"
# a direction from a place (清水河西南区域 "the area southwest of the Qingshui River", 大坝东侧)
_COMPASS = re.compile("[东南西北]{1,2}")
# a station, road or banner named by its compass point or its place in a row, after the name it
# belongs to: 北站 "North Railway Station", 北路 "North Road", 中路, 东街, 中旗 "Middle Banner", 后旗
_COMPASS_STATION = re.compile("[东南西北]站|[东南西北中](?:路|大?街|大道)|[东南西北中前后左右]旗")
_SIDE_AFTER = re.compile("区域|方向|一带|[侧面角边方]")
# a compass area (西南地区, 东北部地区) after a province's abbreviation: the province's part
_COMPASS_AREA = re.compile("[东南西北]{1,2}部?地区")
_COMPASS_EN = {"东": "east", "南": "south", "西": "west", "北": "north", "中": "central"}
# words after which a compass part names a region of its own (在西部, 我国的西部), not a part of a name
_BEFORE_A_REGION = frozenset("的在和与及向往到从于是为由对给把被将其该国")  # 我国西部 "western China"


def _names_the_part_after(side: Side, s: Entity, t: Entity) -> bool:
    """美国南部 "the South": the target names the compass part written after the source
    place, not another place."""
    end = side.span(s)[1]
    m = _COMPASS_PART.match(side.text, end)
    words = re.findall(r"[a-z]+", t.text.lower())
    return m is not None and any(w.startswith(_COMPASS_EN[c]) for c in m.group()[:-1] for w in words)


def _read_across_a_word(side: Side, e: Entity) -> bool:
    """A name jieba cuts out of a run between two lone characters, its last character making a
    common word with the one after it (呼 | 南通 | 道: 南通 of 呼南通道 "the Hohhot-Nanning
    corridor", 通道 "corridor"): a name read across a word, not one the source wrote.  Followed
    by a word of its own (南通 | 道路 "Nantong's roads"), or after a word that only links
    (在 | 长江 | 边 "by the Yangtze", 沿 | 黄河 | 边), it still is one."""
    a, z = side.span(e)
    if not a or e.text[-1] + side.text[z:z + 1] not in common_words():
        return False
    starts = _word_starts(side.text)
    before = starts.get(a - 1, "")
    return len(before) == 1 and "\u4e00" <= before <= "\u9fff" and before not in _LINKING_CHARS \
        and starts.get(a) == e.text and len(starts.get(z, "")) == 1


# one-character words that link a name to the sentence (prepositions, conjunctions, 的): the
# name after one is no piece of a longer word
_LINKING_CHARS = frozenset("在于到从向往沿和与及同跟的是至赴经由对把被让给为自离近")


def _cut_across_its_rendering(side: Side, s: Entity, t: Entity) -> bool:
    """Does the target name spell a stretch of the source that shares characters with the
    source name and runs past it (准东 of 准东至皖南 for "Zhundong", where the reader took 东至;
    黄溪连 "Huang Xilian", where it took 黄溪), or sounds like one (栋格拉 for "Donggala", where it
    took 格拉)?  The reader cut the name in the wrong place:
    the target name renders the source's name, not another one.  A stretch inside the source
    name (陈海 of 陈海峰 for "Chen Hai") is a cut rendering, still judged."""
    a, z = side.span(s)
    return any(x < z and a < y and (x < a or y > z)
               for x, y in translit.spelled_spans(t.text, side.text, person=s.type == "person")) \
        or translit.heard_across(side.text, a, z, t.text)


@lru_cache(maxsize=64)
def _word_starts(text: str) -> dict[int, str]:
    """The words of ``text`` by their offsets (segmented once per text, however many names ask)."""
    at, starts = 0, {}
    for word, _tag in cut(text):
        starts[at] = word
        at += len(word)
    return starts


# the characters before a compass point that make it a heading (向西南经平顶山 "southwestward via
# Pingdingshan", 往东北延伸)
_HEADING_BEFORE = frozenset("向往朝")


def _said_as_a_heading(src: Side, tgt: Side, s: Entity) -> bool:
    """向西南经… "leads southwestward to …": a compass point after 向, 往 or 朝 is a heading when the
    translation says the same heading ("southwestward", "to the south-west", "southwest of");
    it names no region (the lexicon's 西南 "Southwest China") swapped for a place.  A heading the
    translation turns ("northeastward" for 向西南) is still judged."""
    a, _ = src.span(s)
    if not _COMPASS.fullmatch(s.text) or not a or src.text[a - 1] not in _HEADING_BEFORE:
        return False
    ns = [_COMPASS_EN[c] for c in s.text if c in "南北"]
    ew = [_COMPASS_EN[c] for c in s.text if c in "东西"]
    if len(ns) > 1 or len(ew) > 1:
        return False
    point = r"[\s-]?".join(ns + ew)
    return re.search(rf"(?i)(?<![a-z]){point}(?:wards?|erly|ern)?(?![a-z])", tgt.text) is not None


# the last characters of a river's name in Chinese, and their pinyin as an English rendering may
# keep one before "River" (湘江 "Xiangjiang River", 淮河 "Huaihe River")
_RIVER_ENDS = {"江": "jiang", "河": "he", "水": "shui", "川": "chuan", "溪": "xi"}


def _compass_cut_before(src: Side, s: Entity, t: Entity) -> bool:
    """A place the reader read without the compass character glued before it (西 | 维吉尼亚 of
    西维吉尼亚州, Taiwan's West Virginia), which the translation names with that compass word
    ("West Virginia"): the one place, not another.  "Virginia" for it is still another."""
    start = src.span(s)[0]
    side = _SIDES.get(src.text[start - 1:start]) if start else None
    word = side.capitalize() if side else None
    if word is None or s.type != "place" or not t.text.startswith(word + " "):
        return False
    rest = t.text[len(word) + 1:]
    return translit.how(s.text, rest, "place") is not None or translit.heard(s.text, rest, "place")


def _river_by_another_generic(s: Entity, t: Entity) -> bool:
    """湘水 "the Xiangjiang River": a river the source names by its stem and one river word (水,
    江, 河 …), the translation by the same stem in pinyin, another river word in pinyin or none,
    and "River"; it renders the river (湘水 is the 湘江), it is no other place.  A stem spelt
    otherwise ("Ganjiang River" for 湘水) still is one."""
    if s.type != "place" or len(s.text) < 2 or s.text[-1] not in _RIVER_ENDS:
        return False
    m = re.search(r"([A-Za-z'’-]+)\s+Rivers?(?![\w-])", t.text)
    if m is None:
        return False
    word = translit.letters(m.group(1))
    stems = {"".join(p) for p in product(*translit.readings(s.text[:-1]))}
    return any(word == stem + end for stem in stems for end in ("", *_RIVER_ENDS.values()))


def _run_abbreviated_in_source(src: Side, tgt: Side, t: Entity) -> bool:
    """"the Zhengzhou-Wanzhou High-Speed Railway" for 郑万高铁: a run of places the translation
    joins by hyphens, the source abbreviating it by one character per place (郑万, each the first
    syllable of its place), is the rendering of that abbreviation, whatever source name is left
    beside it (中新网重庆… "www.cq.chinanews.com"); it is no substitute for one.  A run the source
    does not abbreviate so ("Chengdu-Wanzhou" beside 郑万) is still judged."""
    parts = [p for p in re.split("[-–—]", t.text) if p.strip()]
    if not 2 <= len(parts) <= 4 or not all(p.strip()[:1].isupper() for p in parts):
        return False
    return _abbreviates_the_run(src.text, tuple(translit.letters(p.split()[0]) for p in parts))


@lru_cache(maxsize=256)
def _abbreviates_the_run(text: str, heads: tuple[str, ...]) -> bool:
    """Does ``text`` hold one Han character per place of ``heads`` (the places' pinyin), each the
    first syllable of its place (郑万 for "zhengzhou", "wanzhou")?"""
    n = len(heads)
    for i in range(len(text) - n + 1):
        run = text[i:i + n]
        if not all("\u4e00" <= c <= "\u9fff" for c in run):
            continue
        rs = translit.readings(run)
        if len(rs) == n and all(any(h.startswith(r) and len(r) < len(h) for r in options)
                                for h, options in zip(heads, rs)):
            return True
    return False


def _in_a_web_address(text: str, forms: Sequence[str]) -> bool:
    """Is a web address of the name in ``text`` ("www.chinanews.com", "www.cq.chinanews.com" for
    中新网, whose English forms hold "chinanews.com")?"""
    low = text.casefold()
    return any(re.search(rf"(?<![\w.-])(?:www\.)?(?:[a-z0-9-]+\.)*{re.escape(f.casefold())}(?![\w-])", low)
               for f in forms if "." in f and " " not in f)


def _part_of_the_name_before(side: Side, e: Entity) -> bool:
    """A compass part (东部, 西北部) written right after a name or another part, or a direction
    from it (清水河西南区域 "southwest of the Qingshui River", 大坝东侧): the part of that place,
    not the region the lexicon calls so (西部 "western China", 西南 "Southwest China")."""
    a, z = side.span(e)
    before = side.text[a - 1:a] if a else ""
    part = _COMPASS_PART.fullmatch(e.text) or (_COMPASS.fullmatch(e.text) and _SIDE_AFTER.match(side.text, z))
    return bool(part) and "\u4e00" <= before <= "\u9fff" and before not in _BEFORE_A_REGION


def _station_of_the_place_before(side: Side, e: Entity) -> bool:
    """A station named by its compass point (北站, 东站) right after a place's name (深圳北站
    "Shenzhen North Railway Station"): that place's station, no place of its own; so a road's
    or a banner's part after its name (胜利北路 "Shengli North Road", 人民中路, 科左中旗 "Horqin
    Left Wing Middle Banner"), which the reader cut off the name."""
    a = side.span(e)[0]
    return _COMPASS_STATION.fullmatch(e.text) is not None and a > 0 and "\u4e00" <= side.text[a - 1] <= "\u9fff"


def _area_of_the_province_before(side: Side, s: Entity, t: Entity) -> bool:
    """闽西南地区 read 闽 | 西南地区: the province of the abbreviation before a compass area,
    "southwest Fujian", is no other place for the area (another province still is)."""
    a = side.span(s)[0]
    return bool(t.key) and _COMPASS_AREA.fullmatch(s.text) is not None and a > 0 \
        and region_abbreviations()[0].get(side.text[a - 1]) == t.key


def _pair_of_places(s: Entity, t: Entity, lexicon) -> bool:
    """中欧 as "China-EU", 中美 as "China and the US": two one-character abbreviations of
    places (``resources/entities/zh_abbrev.tsv``) rendered by the name of either; a name of
    joined places, in the lexicon (京津冀 "Beijing-Tianjin-Hebei") or CC-CEDICT (深港 "Shenzhen and
    Hong Kong"), rendered by one of them, the translation naming them apart ("Beijing, Tianjin and
    Hebei", "Guangzhou-Shenzhen-Hong Kong"), with its generic or not ("Beijing, Tianjin and Hebei
    Province")."""
    table = abbreviations()
    if len(s.text) == 2 and all(c in table for c in s.text) and t.key in {table[c] for c in s.text}:
        return True
    parts = _joined_parts(s, lexicon)
    return re.sub(r"['’]s$", "", t.text) in parts or (  # "Beijing's"
        " ".join(translit.strip_generics(t.text)) in parts)


def _joined_parts(s: Entity, lexicon) -> frozenset[str]:
    """The places a name of joined places names, by its lexicon or CC-CEDICT forms (深港 "Shenzhen
    and Hong Kong": Shenzhen, Hong Kong); empty for any other name."""
    entry = lexicon.get(s.key)
    forms = entry.en if entry is not None else translit.cedict_names(s.text)
    return frozenset(part for form in forms if _JOINED_PARTS.search(form) for part in _JOINED_PARTS.split(form))


def _ends_in_its_abbreviation(s: Entity, t: Entity) -> bool:
    """老港 of 老港片 "old Hong Kong films" (老 | 港片): a two-character place outside the lexicon
    whose last character abbreviates the place the translation names (港 Hong Kong,
    ``resources/entities/zh_abbrev.tsv``, or a province's) was read across a word, and is no
    other place swapped for it (老港 as "Macau" still is).  So is a longer one that opens with
    the same abbreviation (港人治港 "Hong Kong people administering Hong Kong": a motto, no port)."""
    c = s.text[-1:]
    return s.type == "place" and not s.key and (len(s.text) == 2 or s.text[0] == c) and bool(t.key) \
        and t.key in (abbreviations().get(c), region_abbreviations()[0].get(c))


# the joints of the parts of a name of joined places ("Beijing-Tianjin-Hebei", "Shenzhen and Hong Kong")
_JOINED_PARTS = re.compile(r"\s*[-–—]\s*|\s+and\s+")


def _in_joined_places(src: Side, tgt: Side, s: Entity, t: Entity, lexicon) -> bool:
    """A place the translation joins to another by a hyphen or an en dash ("the Guangzhou-Shenzhen
    expressway", "Guangzhou–Shenzhen–Hong Kong"):
    the rendering of a run of abbreviations (广深) the Chinese reader does not tag, not a
    substitute for a source name that is no abbreviation (北京; 中欧 as "Japan-EU", 川藏 as
    "Sichuan-Yunnan" are still substitutions).  Not a country the abbreviations name (越韩 as
    "Vietnam-Japan" still swaps one), nor a place other than those a name of joined places names
    unless the source abbreviates it beside that name (深港 "Shenzhen–Macao" swaps one)."""
    a, b = tgt.span(t)
    table = abbreviations()
    return bool(t.key) and t.key not in table.values() and len(s.text) > 1 \
        and not all(c in table for c in s.text) and (
        bool(_JOINED_BEFORE.search(tgt.text, 0, a)) or bool(_JOINED_AFTER.match(tgt.text, b))) \
        and (not _joined_parts(s, lexicon) or _abbreviated_in_source(src, t, lexicon))


# two names that share their last words, written once ("the South and East China Seas",
# "North and South Korea", "the Yellow and Yangtze Rivers")
_SHARED_TAIL = re.compile(r"(?<![\w-])(?P<first>[A-Z][\w'-]*)\s+(?:and|or)\s+(?P<second>[A-Z][\w'-]*)"
                          r"(?P<tail>(?:\s+[A-Z][\w'-]*)+)")


def _in_shared_tail(src: Side, tgt: Side, t: Entity, lexicon) -> bool:
    """南海与东海 "the South and East China Seas": a target name inside two names written with their
    common last words once (in the plural or not) stands for the source name of the link that its
    own part, the tail restored, spells ("South" + "China Sea"); it is no other place swapped for
    another source name.  A part no source name spells (黄海 against "the South and East China
    Seas") is still judged."""
    a, b = tgt.span(t)
    for m in _SHARED_TAIL.finditer(tgt.text):
        if not (m.start() <= a and b <= m.end()):
            continue
        head = m.group("first") if a < m.end("first") else m.group("second")
        tail = m.group("tail").split()
        last = tail[-1]
        single = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
        spelt = {" ".join([head, *rest]).lower() for rest in (tail, [*tail[:-1], single])}
        return any(spelt & {f.lower() for f in _en_forms(e, lexicon)} for e in src.names)
    return False


# a US member's party (and state) in brackets after the name: "Rep. Andrew Clyde (R-GA)", "Gov. Jared Polis (D)"
_PARTY_LETTERS = {"us-republican-party": "R", "us-democratic-party": "D"}
_PARTY_LABEL_RE = re.compile(r"\(\s*([RD])(?:\s*-\s*[A-Z][A-Za-z]{1,3}\.?)?\s*\)")


def _party_by_its_letter(s: Entity, tgt: Side) -> bool:
    """Is the source's 共和党 or 民主党 said by the letter in brackets the English writes after a
    member's name ("(R-GA)" for 共和党, "(D)" for 民主党)?  Another party's letter does not say it."""
    letter = _PARTY_LETTERS.get(s.key or "")
    return letter is not None and any(m[1] == letter for m in _PARTY_LABEL_RE.finditer(tgt.text))


_CHINA = "china"  # the lexicon's key of 中国


def _body_without_its_country(src: Side, s: Entity, t: Entity, lexicon, places: frozenset[str]) -> bool:
    """Is the source organisation ``s``, no lexicon name, a lexicon body's Chinese name less the
    country it belongs to (司法部 of 美国司法部, a text on the United States writing its Justice
    Department without the country), and ``t`` that body's English ("DOJ")?  Rendered when the
    source document names that country and not China (whose own ministry 司法部 would be, unsaid),
    unless the source names another place right before it (中国司法部 as "DOJ" is still judged)."""
    if s.type != "org" or s.key or not t.key or _CHINA in places:
        return False
    body = lexicon.get(t.key)
    if body is None or body.type != "org":
        return False
    # the places whose Chinese name opens a form of the body, the rest being the source name
    countries = {k for form in body.zh if len(form) > len(s.text) and form.endswith(s.text)
                 for k in lexicon.keys_for(form[:-len(s.text)], "zh")
                 if (e := lexicon.get(k)) is not None and e.type == "place"}
    if not countries & places:
        return False
    start = src.span(s)[0]
    return not any(n.type == "place" and not (keys(n) & countries) and src.span(n)[1] == start
                   for n in src.names)


def _tail_of_its_own_rendering(names: LinkNames, s: Entity, t: Entity, lexicon) -> bool:
    """Is ``t`` the rest of the rendering the link gives another mention of ``s``'s name?  A name
    said twice in the source, once in the translation, with the body's term inside it
    (十二届全国人大常委会 … 全国人大常委会执法检查组 / "the Standing Committee of the 12th National
    People's Congress"): the linking pairs the first mention with the head it reads ("Standing
    Committee of the"), and the tail it leaves ("National People's Congress") spells no other org,
    but the end of a lexicon form of the same name, an ordinal between the two left out."""
    if not s.key:
        return False
    forms = {_plain_form(f) for f in _en_forms(s, lexicon)}
    tgt = names.target
    start, end = tgt.span(t)
    for k in names.links:
        if k.source.text != s.text and k.source.key != s.key:
            continue
        a, b = tgt.span(k.target)
        if b <= start and _plain_form(_ORDINAL_INSIDE.sub(" ", tgt.text[a:end])) in forms:
            return True
    return False


# an ordinal inside a body's English name ("of the 12th National People's Congress")
_ORDINAL_INSIDE = re.compile(r"\s+\d{1,3}(?:st|nd|rd|th)\s+")


def _plain_form(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _en_forms(e: Entity, lexicon) -> tuple[str, ...]:
    """A source name's English forms: its lexicon entry's, else CC-CEDICT's."""
    entry = lexicon.get(e.key)
    return tuple(entry.en) if entry is not None else translit.cedict_names(e.text)


def _abbreviated_in_source(src: Side, t: Entity, lexicon) -> bool:
    """The source may abbreviate the place ``t`` (广深港 "Guangzhou-Shenzhen-Hong Kong", 沪昆
    "Shanghai-Kunming"): it holds the first character of the place's Chinese name or its province's
    abbreviation."""
    return any(f[:1] in src.text for f in _zh_forms(t, lexicon) if f) or any(
        key == t.key and c in src.text for c, key in region_abbreviations()[0].items())


def _abbreviates_joined_places(tgt: Side, s: Entity, t: Entity) -> bool:
    """郑万高铁 "the Zhengzhou-Wanzhou high-speed railway": a source name of one character per place
    of a run the translation joins by hyphens or dashes, each character the first syllable of its
    place, abbreviates the run (jieba reads 郑万 as a person); it is no name swapped for one of the
    places (a run whose places do not start so, "Chengdu-Wanzhou", still is)."""
    a, b = tgt.span(t)
    runs = _place_runs(tgt.text)
    k = bisect_left(runs, (a + 1,)) - 1  # the last run starting at or before the name
    run = runs[k][2] if k >= 0 and b <= runs[k][1] else ""
    parts = re.split("[-–—]", run) if run else []
    if len(parts) != len(s.text):
        return False
    rs = translit.readings(s.text)
    return len(parts) == len(rs) == len(s.text) and all(
        any(translit.letters(part).startswith(r) for r in options) for part, options in zip(parts, rs))


def _initials_of_listed_places(tgt: Side, s: Entity, t: Entity, lexicon) -> bool:
    """澳新 "Australia, New Zealand": a source place of one character per place of a list the
    translation gives, each character the first of its place's Chinese name (澳大利亚, 新西兰), names
    the list; no place of it is a substitute (a list whose places start otherwise, "Austria, New
    Zealand", still is)."""
    n = len(s.text)
    if s.type != "place" or not 2 <= n <= 4 or not any(f[:1] in s.text for f in _zh_forms(t, lexicon)):
        return False
    run = _list_of(tgt, t)
    at = next(i for i, e in enumerate(run) if e is t)
    return any(all(any(f.startswith(c) for f in _zh_forms(e, lexicon)) for c, e in zip(s.text, run[i:i + n]))
               for i in range(max(0, at - n + 1), min(at, len(run) - n) + 1))


def _place_of_the_text(tgt: Side, t: Entity, places: frozenset[str]) -> bool:
    """Is ``t``, or a tagged place inside it ("Yunnan" of "Yunnan Province"), a place of
    ``places`` (lexicon keys)?"""
    return bool(keys(t) & places) or any(e.type == "place" and _within(e, t) and keys(e) & places
                                         for e in tgt.names)


def _in_text_order(side: Side, names: Sequence[Entity]) -> tuple[list[Entity], dict[int, int]]:
    """``names`` sorted by where they stand in ``side``, and each one's rank (by identity); sorted once
    per link (a sort per name was quadratic in a long block)."""
    ordered = sorted(names, key=side.span)
    return ordered, {id(e): k for k, e in enumerate(ordered)}


def _dropped_with_its_list(src: Side, s: Entity, left: tuple[list[Entity], dict[int, int]]) -> bool:
    """A source place in an enumeration (items joined by 、) with two places more of it left alone
    too: the translation left the list's places out together (韩国现代、美国陶氏化学、日本资生堂
    "Hyundai, Dow Chemical, Shiseido"), it swapped none of them for a place it names elsewhere.
    (One place of a list left alone while the others are rendered still stands against a target
    place.)  ``left``: the source places left alone, in text order (``_in_text_order``)."""
    places, rank = left
    k = rank.get(id(s))
    if k is None:
        return False
    first, last = k, k
    while first > 0 and _ENUMERATION_GAP.fullmatch(src.text, src.span(places[first - 1])[1],
                                                   src.span(places[first])[0]):
        first -= 1
    while last + 1 < len(places) and _ENUMERATION_GAP.fullmatch(src.text, src.span(places[last])[1],
                                                                src.span(places[last + 1])[0]):
        last += 1
    return last - first >= 2


# between two places of one enumeration: items of up to 12 characters each closed by 、, no clause break
_ENUMERATION_GAP = re.compile(r"(?:[^、，。；：！？,;:!?]{0,12}、)+")


def _list_of(tgt: Side, t: Entity) -> list[Entity]:
    """The places of the list in the translation that holds the place ``t`` (``t`` alone if none)."""
    places = sorted([e for e in tgt.names if e.type == "place" and e is not t] + [t], key=tgt.span)
    k = next(i for i, e in enumerate(places) if e is t)
    first, last = k, k
    while first > 0 and _LIST_JOINT.fullmatch(tgt.text, tgt.span(places[first - 1])[1], tgt.span(places[first])[0]):
        first -= 1
    while last + 1 < len(places) and _LIST_JOINT.fullmatch(tgt.text, tgt.span(places[last])[1],
                                                            tgt.span(places[last + 1])[0]):
        last += 1
    return places[first:last + 1]


def _zh_forms(e: Entity, lexicon) -> tuple[str, ...]:
    """The Chinese forms of an English place: its lexicon entry's, then CC-CEDICT's."""
    entry = lexicon.get(e.key) if e.key else None
    return (entry.zh if entry is not None else ()) + translit.cedict_chinese(e.text)


# the joint of two places of a list in English ("Australia, New Zealand", "Japan and South Korea")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*|[-–—]\s*)")


def _opens_an_organisation(side: Side, s: Entity, reach: int = 4) -> bool:
    """荷兰合作银行 "Rabobank": a place that opens the name of an organisation (an organisation's
    generic, 银行, 公司, 集团 …, ends the word after it, up to ``reach`` characters on), which its
    own English name may render without the place."""
    return bool(_organisation_after(reach).match(side.text, side.span(s)[1]))


@lru_cache(maxsize=4)
def _organisation_after(reach: int) -> re.Pattern[str]:
    """Up to ``reach`` characters, then an organisation's generic (合作银行, 石油公司)."""
    ends = "|".join(re.escape(end) for end, typ, _ in translit.generics() if typ == "org")
    return re.compile(rf"[\u4e00-\u9fff]{{0,{reach}}}?(?:{ends})")


@lru_cache(maxsize=1)
def _own_name_after() -> re.Pattern[str]:
    """One to four characters of an organisation's own name, then its generic (武船集团)."""
    ends = "|".join(re.escape(end) for end, typ, _ in translit.generics() if typ == "org")
    return re.compile(rf"(?P<own>[\u4e00-\u9fff]{{1,4}}?)(?:{ends})")


def _renders_its_own_name(src: Side, tgt: Side, s: Entity, t: Entity) -> bool:
    """中国武船集团 "Wuchang Shipbuilding Industry Group": a place that opens an organisation's name
    with a name of the organisation's own between it and the generic (武船), facing an untagged
    pinyin word inside the organisation's English name that starts with the reading of that own
    name's first character ("Wu…"): the word renders the organisation, not another place; the
    place was left out of the name.  A place the English writes there instead ("Japan's …") is
    a tagged name, still judged; so is a place facing the generic alone (北京大学 "Nanjing
    University": no name between)."""
    m = _own_name_after().match(src.text, src.span(s)[1])
    if m is None or not any(e.type == "org" and _within(t, e) and e.text != t.text for e in tgt.names):
        return False
    first = translit.letters(t.text.split()[0]) if t.text.split() else ""
    return any(first.startswith(r) for r in _char_readings(m.group("own")[0]) if r)


def _named_in_its_organisation(src: Side, tgt: Side, s: Entity, lexicon) -> bool:
    """上海迈柯荣信息咨询有限责任公司 "Shanghai Maikerong Information Consulting Co., Ltd.": a place
    that opens a company's name is rendered inside the name the English reader tagged as one."""
    form = re.compile(rf"(?<![\w-]){re.escape(expected_en(s, lexicon))}(?![\w-])")
    return _opens_an_organisation(src, s, reach=12) and any(e.type == "org" and form.search(e.text)
                                                            for e in tgt.names)


# capitalised words joined by hyphens or dashes ("Zhengzhou–Wanzhou", "Beijing-Guangzhou")
_PLACE_RUN = re.compile(r"[A-Z][a-z]+(?:[-–—][A-Z][a-z]+)+")


@lru_cache(maxsize=64)
def _place_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the runs of :data:`_PLACE_RUN` in ``text``, found once per text."""
    return [(m.start(), m.end(), m.group()) for m in _PLACE_RUN.finditer(text)]
_JOINED_BEFORE = re.compile(r"[A-Za-z][-–]$")  # a hyphen or an en dash ("Guangzhou–Shenzhen")
_JOINED_AFTER = re.compile(r"[-–][A-Z]")


# a numbered thing (第三极 "the third pole", 第一城), not a name
_ORDINAL_HEAD = re.compile(r"第[〇零一二两三四五六七八九十百千\d]")
# the dot between the parts of a foreign person's name
_NAME_DOTS = "·・•‧"
# a name dot after a name or before it, up to two characters of the foreign name between
_DOTTED_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,2}}[{_NAME_DOTS}]")
_DOTTED_BEFORE = re.compile(rf"[{_NAME_DOTS}][\u4e00-\u9fff]{{0,2}}$")


def _dotted_persons(analysis) -> frozenset[str]:
    """The source persons written with a name dot, or next to one (约翰·刘易斯, 凯·伊 of 凯·伊佛,
    史蒂 of 史蒂文·里德), somewhere in the document: parts of foreign names, which the text may
    repeat alone (刘易斯)."""
    texts = {b.id: b.text for b in analysis.document.blocks}
    return frozenset(e.text for e in analysis.entities if e.type == "person" and (
        _DOTTED_AFTER.match(texts[e.block], e.end) or _DOTTED_BEFORE.search(texts[e.block][:e.start])
        or any(c in _NAME_DOTS for c in e.text)))


def _beside(side: Side, e: Entity, chars: str) -> bool:
    """Whether one of ``chars`` stands right before or right after a name."""
    a, b = side.span(e)
    return any(c and c in chars for c in (side.text[a - 1:a] if a else "", side.text[b:b + 1]))


_COUNT_WORDS = {"两": ("two", "2"), "二": ("two", "2"), "三": ("three", "3"), "四": ("four", "4"),
                "五": ("five", "5"), "六": ("six", "6"), "七": ("seven", "7"), "八": ("eight", "8"),
                "九": ("nine", "9"), "十": ("ten", "10")}


def _of_an_abbreviated_place(side: Side, s: Entity) -> bool:
    """A place only jieba's dictionary calls one that opens with a place's one-character
    abbreviation where it stands for its place (美 before 军, 方, 资 …; ``resources/entities/
    zh_abbrev_context.txt``): 美军基地 "the US military base" is a thing of that place, no name."""
    return s.type == "place" and len(s.text) > 2 and s.text[0] in abbreviations() \
        and s.text[1] in _abbreviation_after() and _placed_by_jieba_alone(s, _after(side, s))


@lru_cache(maxsize=1)
def _abbreviation_after() -> frozenset[str]:
    """The characters after which a place's one-character abbreviation stands for its place (军 方 资 …)."""
    for line in read_text("entities", "zh_abbrev_context.txt").splitlines():
        if line.startswith("after\t"):
            return frozenset(line.split("\t")[1].strip())
    return frozenset()


def _short_form_of_a_foreign_place(side: Side, s: Entity, t: Entity) -> bool:
    """A Chinese place's name that is also the everyday short form of a foreign place (德州 Dezhou,
    and Texas: 德州农工 "Texas A&M"), facing that place's English name, where the text does not
    mark the Chinese place (its province just before, 山东德州, or a generic right after, 德州市;
    ``resources/entities/zh_shared_short_forms.tsv``)."""
    row = _shared_short_forms().get(s.text)
    if s.type != "place" or row is None or t.key != row[0]:
        return False
    a, b = side.span(s)
    before = side.text[max(0, a - len(row[1]) - 1):a]
    return row[1] not in before and not side.text.startswith(_ITS_OWN_GENERIC, b)


# a generic after a short form that names the Chinese place (德州市, 德州地区)
_ITS_OWN_GENERIC = ("市", "地区")


@lru_cache(maxsize=1)
def _shared_short_forms() -> dict[str, tuple[str, str]]:
    """Short form -> (lexicon key of the foreign place, the Chinese place's province)."""
    out = {}
    for line in read_text("entities", "zh_shared_short_forms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            form, key, province = (c.strip() for c in line.split("\t")[:3])
            out[form] = (key, province)
    return out


def _count_of_countries(s: Entity, tgt: Side) -> bool:
    """四国, 三国 read as a place (Shikoku, the Three Kingdoms) where the English says it as a count
    of countries ("the four countries", "4 nations"): a numeral and 国, the number of the
    countries the text has just listed, not a name."""
    words = _COUNT_WORDS.get(s.text[:1]) if len(s.text) == 2 and s.text.endswith("国") else None
    return words is not None and bool(re.search(
        rf"(?i)\b(?:{'|'.join(words)})\s+(?:countries|nations|states)\b", tgt.text))


# beside a place, 裔 makes it a descent (西班牙裔, 华裔美国人): an adjective in English
_DESCENT = "裔"


def _renders_as_place(s: Entity, t: Entity) -> bool:
    """A source name (a place, or a place the reader took for a person: 白马河, 汤加) that the
    target name renders as a place: by the pinyin of its stem and its generic in English, within
    a longer run ("Dehong Mang City" for 芒市, "Baima River"), or by the adjective of a name
    CC-CEDICT gives it ("Swiss" for 瑞士, "Mexican" for 墨西哥, "Tongan" for 汤加)."""
    return translit.stem_with_head(s.text, t.text) or _adjective_of(t.text, translit.cedict_names(s.text))


@lru_cache(maxsize=1)
def _city_parts() -> dict[str, tuple[str, ...]]:
    """``resources/entities/zh_city_parts.tsv``: a city's part (下城) and the English words for it."""
    out: dict[str, tuple[str, ...]] = {}
    for line in read_text("entities", "zh_city_parts.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, _, en = line.partition("\t")
            out[zh.strip()] = tuple(en.split())
    return out


def _city_and_part(names: LinkNames, cands: Sequence[Entity], lexicon) -> tuple[set[int], set[int]]:
    """The source names (by index) of a city and the part of it written right after it (曼哈顿下城,
    纽约中城: ``resources/entities/zh_city_parts.tsv``), and the target names (by index in
    ``cands``) of the English name that says both, a word for the part before the city's rendering
    ("Lower Manhattan", "Midtown New York").  The part is no place of its own there, and the city is
    rendered.  Without such a word ("Pine Street in Manhattan") both are judged as any names."""
    src, tgt = names.source, names.target
    taken_s: set[int] = set()
    taken_t: set[int] = set()
    for j, part in enumerate(src.names):
        words = _city_parts().get(part.text)
        if not words or part.type != "place" or part.key is not None:
            continue
        start = src.span(part)[0]
        for i, city in enumerate(src.names):
            if i == j or city.type != "place" or src.span(city)[1] != start:
                continue
            said = rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
            for m in re.finditer(said, tgt.text):
                name = m.group(1)
                if name == expected_en(city, lexicon) or translit.how(city.text, name, "place") is not None \
                        or translit.heard(city.text, name, "place"):
                    taken_s.update((i, j))
                    taken_t.update(k for k, t in enumerate(cands)
                                   if tgt.span(t)[0] < m.end() and tgt.span(t)[1] > m.start())
    return taken_s, taken_t


def _adjective_of(word: str, names: Sequence[str]) -> bool:
    """Whether ``word`` is the adjective of one of the English place ``names``: by rule (Mexico
    -> Mexican, Italy -> Italian, Japan -> Japanese, Kenya -> Kenyan) or as
    ``resources/entities/en_place_adjectives.tsv`` lists it (Switzerland -> Swiss, Catalonia ->
    Catalan); its plural, the place's people, too ("separatist Catalans", "Kenyans")."""
    w = translit.letters(word)
    for name in names:
        adjectives = _place_adjectives().get(name, ())
        if word in adjectives or (word.endswith("s") and word[:-1] in adjectives):
            return True
        n = translit.letters(name)
        stem = n.rstrip("aeiouy")  # Chile -> Chil-ean, Peru -> Per-uvian, Mexico -> Mexic-an
        rest = w[len(stem):]
        if " " not in name.strip() and len(stem) >= 3 and w != n and w.startswith(stem) \
                and (_ADJECTIVE_ENDING.fullmatch(rest) or _PEOPLE_ENDING.fullmatch(rest)):
            return True
    return False


def _adjective_in(text: str, names: Sequence[str]) -> bool:
    """Whether ``text`` writes the adjective of one of the English place ``names`` ("Ethiopian")."""
    return bool(names) and any(_adjective_of(w, names) for w in set(_CAPITALISED.findall(text)))


def _opens_heard(s: Entity, t: Entity) -> bool:
    """Whether the English name of two words or more opens with a word the transliterated place
    ``s`` is heard as (巴布亚警方 "the Papua Police"): the place, named in a longer name."""
    words = re.findall(r"[A-Za-z]+", t.text)
    if words and words[0].lower() == "the":
        words = words[1:]
    return s.type == "place" and not s.key and len(words) >= 2 and translit.heard(s.text, words[0], "place")


def _heard_adjective_in(text: str, zh: str) -> bool:
    """Whether ``text`` writes, as a capitalised word, the adjective or people of a name the
    transliterated place ``zh`` is heard as (巴布亚 "Papuans": "Papua" and -n, plural), when no
    dictionary gives the place an English name."""
    if translit.cedict_names(zh):
        return False
    for word in set(_CAPITALISED.findall(text)):
        w = word[:-1] if word.endswith("s") else word
        for n in range(1, min(5, len(w) - 3) + 1):
            if _ADJECTIVE_ENDING.fullmatch(w[-n:]) and translit.heard(zh, w[:-n], "place"):
                return True
    return False


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_ADJECTIVE_ENDING = re.compile(r"[aeiouy]*(?:v?ian|ean|an|n|i|ic|e|ese|ine|inian|ish)")
_PEOPLE_ENDING = re.compile(r"[aeiouy]*(?:v?ian|ean|an|n|i|ine|inian)s")  # Kenyans, Chileans, Iraqis


@lru_cache(maxsize=1)
def _place_adjectives() -> dict[str, tuple[str, ...]]:
    from ..resources_io import read_lines

    rows = (line.split("\t") for line in read_lines("entities", "en_place_adjectives.tsv"))
    return {name.strip(): tuple(a.strip() for a in forms.split("|")) for name, forms in rows}


def _own_country(t: Entity, zh: str) -> bool:
    """An English name of China facing a Chinese word for "our country" (我国, 国内, 回国 …;
    ``resources/entities/zh_own_country.txt``): a Chinese text's own country, named."""
    return t.key == "china" and any(w in zh for w in own_country_words())


def _itself(s: Entity, t: Entity) -> bool:
    """Does ``t`` render the source person ``s`` itself, or the name in it a verb is glued to
    (李宏演 "Li Hong")?"""
    for name in filter(None, (s.text, _verb_glued(s.text))):
        forms = translit.person_forms(name)
        if forms is not None and forms.rendered_by(t.text):
            return True
    return False


def _verb_glued(name: str) -> str:
    """The two-character name of a three-character person's name whose last character is a verb
    that follows names (尹正演 "played by Yin Zheng"; ``resources/entities/zh_verbs_after_name.txt``),
    else the empty string."""
    return name[:2] if len(name) == 3 and name[-1] in _words_of("zh_verbs_after_name.txt") else ""


def _place_standins() -> tuple[str, ...]:
    return _words_of("zh_place_standins.txt")


@lru_cache(maxsize=8)
def _words_of(name: str) -> tuple[str, ...]:
    """The space-separated words of a word list in ``resources/entities``."""
    from ..resources_io import read_lines

    return tuple(w for line in read_lines("entities", name) for w in line.split())


# how far apart (share of the link's text) the only two places left alone may sit: word order
# moves a name across most of a sentence, not from one end of a long paragraph to the other
_ALONE_REACH = 0.8


def _within(inner: Entity, outer: Entity) -> bool:
    return inner.block == outer.block and outer.start <= inner.start and inner.end <= outer.end


def _only_pairs(names: LinkNames, cands: list[Entity]) -> set[tuple[int, int]]:
    """(source, candidate) indexes of the only place left alone facing the only place left alone,
    both read with certainty: wherever they sit in the link (word order differs between the
    languages: "江西汛期…" / "… escalating in Jiangxi"), one was rendered as the other.  Counted
    among all places, and again among those outside the lexicon (a transliteration gone wrong).
    A place named twice and rendered once (天津市…天津 / one "Tianjin") is rendered, not left alone;
    a piece of a name the reader cut off (北路 of 胜利北路) or a thing of a place (美军基地) is no
    place of its own, and does not count."""
    out = set()
    side = names.source
    linked = {link.source.key for link in names.links if link.source.key}
    for outside_lexicon in (False, True):
        src = [i for i in names.left_source
               if side.names[i].type == "place" and not (outside_lexicon and side.names[i].key)
               and side.names[i].key not in linked and _zh_certain(side, side.names[i])
               and not _station_of_the_place_before(side, side.names[i])
               and not _of_an_abbreviated_place(side, side.names[i])]
        if len(src) != 1:
            continue
        tgt = list(islice((k for k, t in enumerate(cands) if not (outside_lexicon and t.key)  # one, or more
                           and _type_in_text(names.target, t) in ("place", "any") and _certain(t, "en")), 2))
        if len(tgt) == 1:
            out.add((src[0], tgt[0]))
    # and so the only organisation left alone facing the only one left alone, both of the lexicon
    # (清华大学 … "Peking University" after the score the English put after it)
    orgs = [i for i in names.left_source if side.names[i].type == "org" and side.names[i].key
            and side.names[i].key not in linked and _zh_certain(side, side.names[i])]
    rivals = list(islice((k for k, t in enumerate(cands) if t.type == "org" and t.key and _certain(t, "en")), 2))
    if len(orgs) == 1 and len(rivals) == 1 and not any(
            side.names[i].type == "org" for i in names.left_source if i != orgs[0]):
        out.add((orgs[0], rivals[0]))
    return out


@lru_cache(maxsize=1)
def _side_pattern() -> re.Pattern[str]:
    """A country's one-character abbreviation before 方, "the side": 中方 "China", 美方 "the US
    side", 俄方 (not 方面, 方案, 方向 …)."""
    return re.compile("([" + "".join(map(re.escape, abbreviations())) + "])方(?![面案向法式程针位])")


def _side_named(t: Entity, text: str) -> bool:
    """Does the source ``text`` name ``t``'s country as a side (中方 for "China")?  Then the
    translation's "China" renders it, and is no other place's wrong rendering."""
    return bool(t.key) and any(abbreviations()[m.group(1)] == t.key for m in _side_pattern().finditer(text))


def _type_by_shape(t: Entity) -> str:
    """The type of an English name: a Chinese person's name in pinyin is a person whatever the
    English reader tagged ("Cao Fan" ORG); one plain pinyin word outside the lexicon tagged as a
    person or a place may be either ("Rongcheng" PERSON, "Yinghua" of "Gong Yinghua"): "any";
    so may one tagged as an organisation ("Laixi" ORG) unless English knows the word ("Defense").
    Not a hyphenated word ("Miami-Dade")."""
    return _shape_type(t.text, t.type, t.key)


def _type_in_text(side: Side, t: Entity) -> str:
    """:func:`_type_by_shape`, and a one-word name the English reader tagged as a person right
    after a word of rank or address ("Emperor Yongle", "Prince Gong") is that person, not a place
    the word might also spell."""
    shape = _type_by_shape(t)
    if shape == "any" and t.type == "person" and (translit.after_a_title(side.text, side.span(t)[0])
                                                  or t.text in _SURNAMES.get()):
        return "person"
    return shape


#: The surnames of the persons the translation names in full (two words or more), set by
#: :func:`check_entity`: a lone word the English reader tagged as a person that is one of them
#: ("But Mechichi was not", after "Hichem Mechichi") is that person, not a place its shape could spell.
_SURNAMES: ContextVar[frozenset[str]] = ContextVar("_SURNAMES", default=frozenset())



@lru_cache(maxsize=65536)
def _shape_type(text: str, typ: str, key: str | None) -> str:
    """:func:`_type_by_shape` of a name, judged once (a name repeated 100,000 times).  A name the
    lexicon holds keeps the lexicon's type ("Hong Kong" is pinyin-shaped, and a place)."""
    if key and typ in ("person", "place", "org"):
        return typ
    if translit.person_shaped(text) and not translit.has_generic(text):
        return "person"
    if translit.generic_type(text) == "place" and translit.pinyin_shaped(text):
        return "place"  # "Lianshui Airport" tagged as a person
    if (typ in ("person", "place", "org") and not key and re.fullmatch(r"[A-Z][a-z]+", text)
            and translit.pinyin_shaped(text) and not (typ == "org" and (is_english_word(text)
                                                                         or _dictionary_org_name(text)))):
        # one pinyin word: a place, or a given name whose surname spaCy left out; not a company
        # CC-CEDICT names ("Baidu")
        return "any"
    return typ


_ADDRESS_COMMA = re.compile(r",\s*")


def _address_turned(names: LinkNames, s: Entity, t: Entity) -> bool:
    """Does ``t`` stand where an address turned round puts ``s``?  Chinese writes a place before
    the place inside it (新疆哈密), English after it with a comma ("Hami, Xinjiang"): the larger
    place is right after the rendering of the place that follows it in the source, however many
    smaller places the English names before (…伊吾县淖毛湖镇 "in Naomaohu Township of Yiwu County
    in Hami, Xinjiang")."""
    if s.type != "place":
        return False
    src, tgt = names.source, names.target
    s_end, t_start = src.span(s)[1], tgt.span(t)[0]
    return any(k.source.type == "place" and src.span(k.source)[0] == s_end
               and _ADDRESS_COMMA.fullmatch(tgt.text, tgt.span(k.target)[1], t_start) is not None
               for k in names.links)


def _between(i: int, t: Entity, names: LinkNames) -> int:
    """How many names paired in reading order separate source name i from target name t.

    One is tolerated: English often turns a Chinese phrase round (四川宜宾 /
    "Yibin in Sichuan"), which shifts a name across its neighbour's anchor.
    """
    start = names.target.span(t)[0]
    gs = sum(1 for a, _ in names.anchors if a < i)
    gt = sum(1 for _, b in names.anchors if names.target.span(names.target.names[b])[0] < start)
    return abs(gs - gt)


def expected_en(s: Entity, lexicon) -> str:
    """The English a source name should have: its lexicon form, else CC-CEDICT's conventional
    form (悉尼 Sydney), else its pinyin."""
    entry = lexicon.get(s.key)
    if entry is not None:
        return entry.preferred("en")
    if translit.is_foreign(s.text):
        return translit.cedict_names(s.text)[0]
    return translit.romanise(s.text, s.type)


def _written_out(form: str, text: str) -> bool:
    """Is ``form``, of two words or more, written in ``text`` as whole words?"""
    return " " in form.strip() and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) is not None


def _substitution(s: Entity, t: Entity, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    got = lexicon.get(t.key)
    other = f" ({got.preferred('zh') or got.key})" if got is not None else ""
    return _pair_finding(s, t, severity, expected,
                         f"{s.text} ({expected}) is rendered as “{t.text}”, a different {s.type}{other}; "
                         f"expected “{expected}”",
                         {"source_key": s.key, "target_key": t.key, "type": s.type, "relation": "substitution"})


def _garbled(s: Entity, t: Entity, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    return _pair_finding(s, t, severity, expected,
                         f"{s.text} is rendered as “{t.text}”, a cut or misspelt transliteration; "
                         f"expected “{expected}”",
                         {"source_key": s.key, "type": s.type, "relation": "garbled"})


def _pair_finding(s: Entity, t: Entity, severity: str, expected: str, message: str,
                  data: dict[str, str | None]) -> Finding:
    """An `entity` finding on a source name and the target name that renders it."""
    return Finding(
        kind="entity", severity=severity, message=message,
        source_block=s.block, target_block=t.block, source_text=s.text, target_text=t.text,
        expected=expected, source_span=(s.start, s.end), target_span=(t.start, t.end),
        check="entity", data=data,
    )


def _dropped(s: Entity, target_block: str, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    return Finding(
        kind="entity",
        severity=severity,
        message=f"{s.text} ({expected}) has no named counterpart in the translation",
        source_block=s.block,
        target_block=target_block,
        source_text=s.text,
        target_text=None,
        expected=expected,
        source_span=(s.start, s.end),
        check="entity",
        data={"source_key": s.key, "type": s.type, "relation": "dropped"},
    )

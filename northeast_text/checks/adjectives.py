"""A country's office given with another country's adjective (part of check ``entity``).

日本首相 as "the Korean prime minister", 德国外长 as "the French foreign minister", 法国队 as
"the Italian team", 日本官员 as "Korean officials": the source names a country right before an
office, a government, its officials, police, media or companies, a team or a people
(``resources/checks/adjectives.json``; 日本人 as "Koreans", "the Koreans", "Korean people"), the
translation never names that country nor says its adjective, and says the same head after the
adjective of another country the source does not name.  Adjectives are no names (spaCy does not
tag "Korean"), so the name links leave them alone; this reads them where the head says what they stand for.

Only one such pair in a link is reported (a warning: likely, not certain), and never when the
other country is related (Korean for either Korea), a region (European), or China said by the
source's own-country words (我国, 国产).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..model import AnnotatedPair, Block, Finding
from ..resources_io import read_json, read_lines


@dataclass(frozen=True, slots=True)
class _Said:
    """A country said with a head: its lexicon key, the block and the span of the whole phrase."""

    key: str
    block: Block
    start: int
    end: int


@cache
def _table() -> tuple[tuple[tuple[re.Pattern[str], str, bool], ...], dict[str, frozenset[str]], frozenset[str]]:
    """(the heads as a zh pattern, the en one's text and whether it is the head of a people, each key's
    related keys, the region keys)."""
    d = read_json("checks", "adjectives.json")
    related: dict[str, frozenset[str]] = {}
    for group in d["related"]:
        for k in group:
            related[k] = related.get(k, frozenset()) | frozenset(group)
    heads = tuple((re.compile(rf"(?:的)?(?:{zh})"), en, False) for zh, en in d["heads"])
    zh, en = d["people"]
    return (*heads, (re.compile(rf"(?:{zh})"), en, True)), related, frozenset(d["regions"])


@dataclass(frozen=True, slots=True)
class _Country:
    """A country: its Chinese names, English names and adjectives."""

    key: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    adjectives: tuple[str, ...]


def _countries(lexicon) -> dict[str, _Country]:
    """The lexicon's countries with adjectives (``en_demonyms.tsv``, less short forms and
    possessives), and the countries of ``adjectives.json`` the lexicon does not hold."""
    from ..namelinks import demonyms

    _, _, regions = _table()
    out: dict[str, _Country] = {}
    for key, forms in demonyms().items():
        entry = lexicon.get(key)
        adjectives = tuple(f for f in forms if f[:1].isupper() and "'" not in f and not f.isupper() and "." not in f)
        if entry is not None and key not in regions and adjectives:
            out[key] = _Country(key, entry.zh, entry.en, adjectives)
    for key, c in read_json("checks", "adjectives.json")["countries"].items():
        if key not in out and lexicon.get(key) is None:
            out[key] = _Country(key, tuple(c["zh"]), tuple(c["en"]), tuple(c["adjectives"]))
    return out


@cache
def own_country_words() -> tuple[str, ...]:
    """The words by which a Chinese text names its own country (我国, 国内: ``zh_own_country.txt``)."""
    return tuple(" ".join(read_lines("entities", "zh_own_country.txt")).split())


def _whole(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")


@dataclass(frozen=True)
class _Readers:
    """The countries of one lexicon and the patterns that find them: every Chinese name in one
    alternation (the longest first: 白俄罗斯 before 俄罗斯, 印度尼西亚 before 印度), and for each head
    its Chinese pattern and the English one of every adjective before the head's rendering."""

    countries: dict[str, _Country]
    names: re.Pattern[str]
    name_keys: dict[str, str]
    heads: tuple[tuple[re.Pattern[str], re.Pattern[str], bool], ...]
    adjective_keys: dict[str, frozenset[str]]


_READERS: dict[int, tuple[object, _Readers]] = {}  # by the lexicon's id (the lexicon kept, so the id stays its)


def _readers(lexicon) -> _Readers:
    held = _READERS.get(id(lexicon))
    if held is not None and held[0] is lexicon:
        return held[1]
    countries = _countries(lexicon)
    heads, _, _ = _table()
    name_keys = {form: c.key for c in countries.values() for form in c.zh}
    by_form: dict[str, set[str]] = {}
    for c in countries.values():
        for form in c.adjectives:
            by_form.setdefault(form, set()).add(c.key)
    alt = "|".join(map(re.escape, sorted(by_form, key=len, reverse=True)))
    readers = _Readers(
        countries,
        re.compile("|".join(map(re.escape, sorted(name_keys, key=len, reverse=True)))),
        name_keys,
        tuple((zh, re.compile(rf"(?<![\w-])(?P<adj>{alt})(?P<tail>s|\s+(?i:{en})|)(?![\w-])"), True) if people
              else (zh, re.compile(rf"(?<![\w-])(?P<adj>{alt})(?:\s+[A-Za-z-]+){{0,2}}?\s+(?i:{en})(?![\w-])"), False)
              for zh, en, people in heads),
        {form: frozenset(keys) for form, keys in by_form.items()},
    )
    _READERS.clear()
    _READERS[id(lexicon)] = (lexicon, readers)
    return readers


def _names_in(text: str, r: _Readers) -> list[tuple[int, int, str]]:
    """(start, end, key) of every country the Chinese names."""
    return [(m.start(), m.end(), r.name_keys[m.group()]) for m in r.names.finditer(text)]


def adjective_swaps(pair: AnnotatedPair, lexicon, severity: str) -> list[Finding]:
    """The warnings of :mod:`adjectives` over every link of ``pair``."""
    if pair.source is None:
        return []
    r = _readers(lexicon)
    _, related, _ = _table()
    src_blocks, tgt_blocks = pair.source.document.blocks, pair.target.document.blocks
    findings: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        source = [src_blocks[i] for i in link.source]
        names = [(block, found) for block in source if (found := _names_in(block.text, r))]
        if not names:
            continue  # most links name no country
        target = [tgt_blocks[j] for j in link.target]
        zh, en = "".join(b.text for b in source), " ".join(b.text for b in target)
        named = {key for _, found in names for _, _, key in found}
        swaps = []
        for zh_head, en_head, people in r.heads:
            said = [_Said(key, block, start, h.end()) for block, found in names for start, end, key in found
                    if (h := zh_head.match(block.text, end)) is not None]
            if not said:
                continue
            adjectives = [(r.adjective_keys[m.group("adj")], block, m) for block in target
                          for m in en_head.finditer(block.text) if not people or _a_people(block.text, m)]
            swaps += [(s, _Said(min(keys, key=len), block, m.start(), m.end())) for s in said
                      for keys, block, m in adjectives
                      if all(k not in named and _swapped(r.countries[s.key], r.countries[k], zh, en, related)
                             for k in keys)]
        if len(swaps) == 1:
            findings.append(_finding(*swaps[0], r.countries, severity))
    return findings


def _a_people(text: str, m: re.Match[str]) -> bool:
    """Does the adjective of ``m`` stand for its people: a plural ("Koreans", "South Koreans"), before
    "people" or "nationals", or alone after "the" with no word after it ("the Japanese said", not
    "the Japanese government")?"""
    if m.group("tail") or m.group("adj").endswith("s"):
        return True
    return text[max(0, m.start() - 4):m.start()].lower() == "the " and _A_PEOPLE_AFTER.match(text, m.end()) is not None


# what follows "the Japanese" standing for the people: the end of a clause, or a verb or "who"
_A_PEOPLE_AFTER = re.compile(r"\s*(?:[.;:!?)]|$)|\s+(?:said|say|says|were|are|have|had|who|also|would|will|did|do)\b")


def _swapped(s: _Country, t: _Country, zh: str, en: str, related: Mapping[str, frozenset[str]]) -> bool:
    """Whether the source country ``s`` is said nowhere in the English, and the adjective's
    country ``t`` (which the Chinese never names) is another, unrelated one."""
    if s.key == t.key or t.key in related.get(s.key, ()):
        return False
    if t.key == "china" and any(w in zh for w in own_country_words()):
        return False  # 我国, 国产: China, said by the source's own-country words
    for form in sorted((*t.en, *t.adjectives), key=len, reverse=True):
        en = _whole(form).sub(" ", en)  # "North Korean" holds "Korean": not said by it
    return not any(_whole(f).search(en) for f in (*s.en, *s.adjectives))


def _finding(s: _Said, t: _Said, countries: Mapping[str, _Country], severity: str) -> Finding:
    s_text, t_text = s.block.text[s.start:s.end], t.block.text[t.start:t.end]
    country, other = countries[s.key], countries[t.key]
    expected = country.adjectives[0]
    return Finding(
        kind="entity", severity=severity,
        message=f"{s_text} is {country.zh[0]} ({country.en[0]}); the translation says “{t_text}”, with the "
                f"adjective of another country ({other.zh[0]}) and never names {country.en[0]}; "
                f"expected “{expected}”",
        source_block=s.block.id, target_block=t.block.id, source_text=s_text, target_text=t_text,
        expected=expected, source_span=(s.start, s.end), target_span=(t.start, t.end), check="entity",
        data={"source_key": s.key, "target_key": t.key, "type": "place", "relation": "adjective"},
    )

"""A country's office given with another country's adjective (part of check ``entity``).

日本首相 as "the Korean prime minister", 德国外长 as "the French foreign minister", 法国队 as
"the Italian team": the source names a country right before an office, a government, a team
or a people (``resources/checks/adjectives.json``), the translation never names that country
nor says its adjective, and says the same head after the adjective of another country the
source does not name.  Adjectives are no names (spaCy does not tag "Korean"), so the name
links leave them alone; this reads them where the head says what they stand for.

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
def _table() -> tuple[tuple[tuple[re.Pattern[str], str], ...], dict[str, frozenset[str]], frozenset[str]]:
    """(the heads as a zh pattern and the en one's text, each key's related keys, the region keys)."""
    d = read_json("checks", "adjectives.json")
    related: dict[str, frozenset[str]] = {}
    for group in d["related"]:
        for k in group:
            related[k] = related.get(k, frozenset()) | frozenset(group)
    heads = tuple((re.compile(rf"(?:的)?(?:{zh})"), en) for zh, en in d["heads"])
    return heads, related, frozenset(d["regions"])


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
def _own_country_words() -> tuple[str, ...]:
    return tuple(" ".join(read_lines("entities", "zh_own_country.txt")).split())


def _whole(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")


def _names_in(text: str, countries: Mapping[str, _Country]) -> list[tuple[int, int, str]]:
    """(start, end, key) of every country the Chinese names, the longest name where two overlap
    (白俄罗斯 holds 俄罗斯, 印度尼西亚 印度)."""
    found = sorted(((m.start(), m.end(), c.key) for c in countries.values() for form in c.zh
                    for m in re.finditer(re.escape(form), text)), key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, key in found:
        if not any(start < e and s < end for s, e, _ in taken):
            taken.append((start, end, key))
    return taken


def _countries_said(blocks: list[Block], countries: Mapping[str, _Country], head: re.Pattern[str]) -> list[_Said]:
    """The countries the Chinese names right before ``head``."""
    return [_Said(key, block, start, h.end())
            for block in blocks for start, end, key in _names_in(block.text, countries)
            if (h := head.match(block.text, end)) is not None]


def _adjectives_said(blocks: list[Block], countries: Mapping[str, _Country],
                     head: str) -> list[tuple[frozenset[str], _Said]]:
    """The adjectives the English says before ``head`` (two words at most between), each with
    every country it may stand for ("Korean": South Korea, the peninsula)."""
    by_form: dict[str, set[str]] = {}
    for c in countries.values():
        for form in c.adjectives:
            by_form.setdefault(form, set()).add(c.key)
    alt = "|".join(map(re.escape, sorted(by_form, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w-])(?P<adj>{alt})(?:\s+[A-Za-z-]+){{0,2}}?\s+(?i:{head})(?![\w-])")
    said = [(frozenset(by_form[m.group("adj")]), block, m) for block in blocks for m in pattern.finditer(block.text)]
    return [(keys, _Said(min(keys, key=len), block, m.start(), m.end())) for keys, block, m in said]


def adjective_swaps(pair: AnnotatedPair, lexicon, severity: str) -> list[Finding]:
    """The warnings of :mod:`adjectives` over every link of ``pair``."""
    if pair.source is None:
        return []
    countries = _countries(lexicon)
    heads, related, _ = _table()
    src_blocks, tgt_blocks = pair.source.document.blocks, pair.target.document.blocks
    findings: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        source = [src_blocks[i] for i in link.source]
        target = [tgt_blocks[j] for j in link.target]
        zh, en = "".join(b.text for b in source), " ".join(b.text for b in target)
        named = {key for b in source for _, _, key in _names_in(b.text, countries)}
        swaps = [(s, t) for zh_head, en_head in heads
                 for s in _countries_said(source, countries, zh_head)
                 for keys, t in _adjectives_said(target, countries, en_head)
                 if all(k not in named and _swapped(countries[s.key], countries[k], zh, en, related) for k in keys)]
        if len(swaps) == 1:
            findings.append(_finding(*swaps[0], countries, severity))
    return findings


def _swapped(s: _Country, t: _Country, zh: str, en: str, related: Mapping[str, frozenset[str]]) -> bool:
    """Whether the source country ``s`` is said nowhere in the English, and the adjective's
    country ``t`` (which the Chinese never names) is another, unrelated one."""
    if s.key == t.key or t.key in related.get(s.key, ()):
        return False
    if t.key == "china" and any(w in zh for w in _own_country_words()):
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

"""Kind ``value``: the number of a numbered name (a series and its number) changed.

Spacecraft, rockets, ships and satellites are named by a series and a number: 嫦娥六号
"Chang'e-6", 神舟十七号 "Shenzhou-17", 长征五号 "Long March 5", 雪龙2号 "Xuelong 2". The number
engine reads neither side's number as a figure of its own (a designation is no count), so
嫦娥六号 given as "Chang'e-5" passed unseen, and the right rendering was reported as a figure
dropped or added.

A source designation is two to four Han characters, a number (Chinese numerals or digits) and
号; a translation's is a capitalised name of one or two words and a number (spaced, hyphenated,
"No. 5", or a Roman numeral: "Shenzhou XVI").  The two are one series when the English name
spells the Chinese name's readings (:func:`translit.spells`) or is its rendering in
``resources/checks/designations.json`` (长征 "Long March").  In a link, a source designation
whose series the translation names, never with the source's number but with a number no source
designation of that series has, is a value error (``numbers.value_designation``): the names
agree, so the number is the same fact told wrong.  A series the translation does not name ("the
probe", "China's sixth lunar mission") is not judged.

:func:`designations` also gives the spans of the numbers of every designation whose series both
sides of its link name, so that the ``numbers`` check neither reports them as figures dropped or
added nor pairs them with other figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from .. import translit
from ..model import AnnotatedPair, Finding
from ..numbers.zh import whole_numeral
from .quantities import Judged, load_resource, message

_ZH_NUMERALS = "〇零一二两三四五六七八九十"
_ZH = re.compile(rf"(?<![0-9０-９{_ZH_NUMERALS}百千万亿])(?P<num>[0-9０-９]{{1,3}}|[{_ZH_NUMERALS}]{{1,4}})号")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_EN = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z'’]*(?:[ -][A-Z][A-Za-z'’]*)?)"
    r"(?:[ -]|\s+No\.\s*|-No\.\s*)(?P<num>[0-9]{1,3}|[IVX]{1,5})(?![0-9]|[.,][0-9]|[A-Za-z]{2})")
_ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class _Mention:
    block: str
    start: int  # of the whole designation
    end: int
    num_start: int
    num_end: int
    number: int
    keys: frozenset[str]  # the series' names in letters ("change", "longmarch")


@cache
def _renderings() -> Mapping[str, tuple[str, ...]]:
    res = load_resource("designations.json")
    return {zh: tuple(translit.letters(e) for e in ens) for zh, ens in res["renderings"].items()}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for c in reversed(s):
        v = _ROMAN[c]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total if total > 0 else None


def _zh_mentions(block: str, text: str) -> list[tuple[str, int, int, int, int]]:
    """(the Han name before the number, 2 to 4 characters, its start, number start, end, the
    number) for each ``N号`` of ``text`` with Han characters before it; one entry per name length."""
    out = []
    for m in _ZH.finditer(text):
        number = whole_numeral(m.group("num"))
        if number is None:
            continue
        for k in (2, 3, 4):
            s = m.start() - k
            if s < 0 or not all(_HAN.match(c) for c in text[s:m.start()]):
                break
            out.append((text[s:m.start()], s, m.start(), m.end(), number))
    return out


def _en_mentions(block: str, text: str) -> list[_Mention]:
    out = []
    for m in _EN.finditer(text):
        raw = m.group("num")
        number = int(raw) if raw.isdigit() else _roman(raw)
        if not number:
            continue
        name = m.group("name")
        words = re.split(r"[ -]", name)
        last = m.start() + len(name) - len(words[-1])
        keys = {translit.letters(words[-1]): last}
        if len(words) > 1:
            keys[translit.letters("".join(words))] = m.start()
        for key, start in keys.items():
            if len(key) > 1:
                out.append(_Mention(block, start, m.end(), m.start("num"), m.end("num"), number,
                                    frozenset((key,))))
    return out


def _series(name: str, en_keys: set[str]) -> frozenset[str]:
    """The English keys of ``en_keys`` that name the series ``name`` (its readings or its rendering)."""
    fixed = set(_renderings().get(name, ()))
    rs = translit.readings(name)
    return frozenset(k for k in en_keys if k in fixed or translit.spells(k, rs))


def designations(pair: AnnotatedPair) -> Judged:
    """The value errors of designations whose number the translation changed, and the spans of
    the numbers of every designation whose series both sides of its link name."""
    out = Judged([], {}, {})
    src, tgt = pair.source, pair.target
    if src is None:
        return out
    s_blocks, t_blocks = src.document.blocks, tgt.document.blocks
    hinted = {i for i, b in enumerate(s_blocks) if "号" in b.text}
    for link in pair.alignment:
        if not link.target or hinted.isdisjoint(link.source):
            continue
        en = [m for i in link.target if 0 <= i < len(t_blocks)
              for m in _en_mentions(t_blocks[i].id, t_blocks[i].text)]
        if not en:
            continue
        en_keys = {k for m in en for k in m.keys}
        zh: list[_Mention] = []
        for i in link.source:
            if i not in hinted:
                continue
            taken = set()
            for name, s, ns, e, number in _zh_mentions(s_blocks[i].id, s_blocks[i].text):
                keys = _series(name, en_keys)
                if keys and ns not in taken:
                    taken.add(ns)
                    zh.append(_Mention(s_blocks[i].id, s, e, ns, e - 1, number, keys))
        for z in zh:
            named = [m for m in en if m.keys & z.keys]
            out.quiet_source.setdefault(z.block, []).append((z.num_start, z.end))
            for m in named:
                out.quiet_target.setdefault(m.block, []).append((m.num_start, m.num_end))
            if any(m.number == z.number for m in named):
                continue
            own = {y.number for y in zh if y.keys & z.keys}
            wrong = [m for m in named if m.number not in own]
            if not wrong:
                continue
            m = wrong[0]
            s_text = src.block(z.block).text[z.start:z.end]
            t_text = tgt.block(m.block).text[m.start:m.end]
            expected = t_text[:m.num_start - m.start] + str(z.number) + t_text[m.num_end - m.start:]
            out.findings.append(Finding(
                kind="value", severity="error",
                message=message("value_designation", src=s_text, tgt=t_text, expected=expected),
                source_block=z.block, target_block=m.block, source_text=s_text, target_text=t_text,
                expected=expected, source_span=(z.start, z.end), target_span=(m.start, m.end),
                check="numbers", data={"source_number": z.number, "target_number": m.number},
                evidence={"rule": "numbers.value_designation",
                          "source": {"text": s_text, "number": z.number},
                          "target": {"text": t_text, "number": m.number}},
            ))
    return out


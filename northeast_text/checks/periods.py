"""Kind ``value``: a period counted from the start of the year given as another.

Economic news dates its figures by the months of the year so far: 前三季度 "the first three
quarters" or "the first nine months", 前5个月 "the first five months", 1至9月 "January to
September", 上半年 "the first half".  The number engine reads some of these as dates and others as
counts or not at all, so 前三季度 given as "the first half" passed unseen, and the right rendering
("the first nine months") was reported as a number added.  Here each side's period is read as its
number of months (``resources/checks/periods.json``): a source period facing, in its link, only
periods of the translation with another number of months is a value warning
(``numbers.value_period``); two spans of months (1至9月 and "January to August") or two halves
and quarters are the ``numbers`` check's own.  The numbers inside a period both sides state are
judged here only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import AnnotatedPair, Finding
from ..numbers.zh import whole_numeral
from .quantities import Judged, load_resource, message

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_WORDS = {w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve"), start=1)}


@dataclass(frozen=True)
class _Period:
    block: str
    start: int
    end: int
    months: int
    kind: str  # "count" (前三季度, "first nine months"), "span" (1至9月, "January-September"), "part" (上半年)


@cache
def _res() -> dict[str, re.Pattern[str]]:
    d = load_resource("periods.json")
    return {k: re.compile(v, re.IGNORECASE if k.startswith("en") else 0) for k, v in d.items()
            if not k.startswith("_")}


def _en_number(s: str) -> int | None:
    return int(s) if s.isdigit() else _WORDS.get(s.lower())


def _month(s: str) -> int | None:
    s = s.lower().rstrip(".")
    return next((i for i, m in enumerate(_MONTHS, start=1) if len(s) >= 3 and m.startswith(s)), None)


def periods_in(text: str, lang: str, block: str = "") -> list[_Period]:
    """The periods counted from the start of the year that ``text`` names."""
    res = _res()
    out: list[_Period] = []
    if lang == "zh":
        for m in res["zh_quarters"].finditer(text):
            n = whole_numeral(m.group("n"))
            if n and n <= 4:
                out.append(_Period(block, m.start(), m.end(), 3 * n, "count"))
        for m in res["zh_months"].finditer(text):
            n = whole_numeral(m.group("n"))
            if n and 1 < n <= 12:
                out.append(_Period(block, m.start(), m.end(), n, "count"))
        for m in res["zh_span"].finditer(text):
            n = whole_numeral(m.group("n"))
            if n and 1 < n <= 12:
                out.append(_Period(block, m.start(), m.end(), n, "span"))
        for m in res["zh_part"].finditer(text):
            out.append(_Period(block, m.start(), m.end(), 6 if "半" in m.group(0) else 3, "part"))
        return out
    for m in res["en_quarters"].finditer(text):
        n = _en_number(m.group("n"))
        if n and n <= 4:
            out.append(_Period(block, m.start(), m.end(), 3 * n, "count"))
    for m in res["en_months"].finditer(text):
        n = _en_number(m.group("n"))
        if n and 1 < n <= 12:
            out.append(_Period(block, m.start(), m.end(), n, "count"))
    for m in res["en_months_to"].finditer(text):
        n, last = _en_number(m.group("n")), _month(m.group("m"))
        if n and n == last:
            out.append(_Period(block, m.start(), m.end(), n, "count"))
    for m in res["en_quarter_span"].finditer(text):
        out.append(_Period(block, m.start(), m.end(), 3 * int(m.group("n")), "count"))
    for m in res["en_span"].finditer(text):
        last = _month(m.group("m"))
        if last and last > 1:
            out.append(_Period(block, m.start(), m.end(), last, "span"))
    for m in res["en_part"].finditer(text):
        out.append(_Period(block, m.start(), m.end(), 6 if re.search(r"(?i)half|h", m.group(0)) else 3, "part"))
    return out


def periods(pair: AnnotatedPair) -> Judged:
    """The value warnings of periods from the start of the year given as another, and the spans of
    the periods judged here (their numbers are not paired again by the ``numbers`` check)."""
    out = Judged([], {}, {})
    src, tgt = pair.source, pair.target
    if src is None:
        return out
    hint = _res()["zh_hint"]
    s_blocks, t_blocks = src.document.blocks, tgt.document.blocks
    hinted = {i for i, b in enumerate(s_blocks) if hint.search(b.text)}
    for link in pair.alignment:
        if not link.target or hinted.isdisjoint(link.source):
            continue
        S = [p for i in link.source if i in hinted for p in periods_in(s_blocks[i].text, "zh", s_blocks[i].id)]
        if not S:
            continue
        T = [p for i in link.target if 0 <= i < len(t_blocks)
             for p in periods_in(t_blocks[i].text, "en", t_blocks[i].id)]
        if not T:
            continue
        s_months, t_months = {p.months for p in S}, {p.months for p in T}
        for s in S:
            same = [t for t in T if t.months == s.months]
            if same:
                mine = [t for t in same if not _theirs(s, t)]
                if mine:
                    _quiet(out, s, mine)
                continue
            other = [t for t in T if t.months not in s_months and not _theirs(s, t)]
            if not other or s.months in t_months:
                continue
            t = other[0]
            _quiet(out, s, [t])
            s_text, t_text = _text_of(pair, s, "zh"), _text_of(pair, t, "en")
            out.findings.append(Finding(
                kind="value", severity="warning",
                message=message("value_period", src=s_text, tgt=t_text, src_months=s.months, tgt_months=t.months),
                source_block=s.block, target_block=t.block, source_text=s_text, target_text=t_text,
                source_span=(s.start, s.end), target_span=(t.start, t.end), check="numbers",
                data={"source_months": s.months, "target_months": t.months},
                evidence={"rule": "numbers.value_period", "source": {"text": s_text, "months": s.months},
                          "target": {"text": t_text, "months": t.months}},
            ))
    return out


def _theirs(s: _Period, t: _Period) -> bool:
    """Two spans of months (1至9月, "January to August") or two parts (上半年, "the first quarter"):
    the ``numbers`` check compares those itself."""
    return s.kind == t.kind != "count"


def _text_of(pair: AnnotatedPair, p: _Period, lang: str) -> str:
    """The words of period ``p`` on its side of ``pair``."""
    side = pair.source if lang == "zh" else pair.target
    assert side is not None
    return side.block(p.block).text[p.start:p.end]


def _quiet(out: Judged, s: _Period, ts: list[_Period]) -> None:
    out.quiet_source.setdefault(s.block, []).append((s.start, s.end))
    for t in ts:
        out.quiet_target.setdefault(t.block, []).append((t.start, t.end))


"""A clock time the translator moved into another time zone: 北京时间6月5日凌晨2时30分 as
"18:30 GMT on June 4".  When the source gives the zone of its time (``zones.json``: 北京时间,
东京时间, 格林尼治时间 …) and the translation gives another right after its time ("GMT",
"UTC", "Beijing time", "JST" …), the translation's time is compared in the source's zone;
a date near that time moves with it when the hours cross midnight ("June 4" is June 5 in
Beijing at 18:30 GMT).  A time converted wrongly, or not at all ("02:30 GMT"), is then a
``value`` finding against the source's time.  Times with no zone on either side are
compared as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from ..model import Analysis
from .quantities import NQ, load_resource

_CLAUSE_END = re.compile(r"[。！？；;!?]")
_REACH_BEFORE = 24  # characters of the source clause before the time where its zone may stand
_DATE_REACH = 32  # characters between the translation's time and a date that moves with it


@cache
def _zones() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    data = load_resource("zones.json")
    zh, en = data["zh"], data["en"]
    zh_alt = "|".join(re.escape(w) for w in sorted(zh, key=len, reverse=True))
    en_alt = "|".join(re.escape(w) for w in sorted(en, key=len, reverse=True))
    zh_re = re.compile(rf"({zh_alt})")
    en_after = re.compile(rf"\s*[(,]?\s*({en_alt})(?![\w])")
    return zh, zh_re, en_after, en


def _source_zone(src: Analysis, n: NQ) -> int | None:
    """The offset of the zone the source gives for its time ``n``, else None."""
    zh, zh_re, _en_after, _en = _zones()
    text = src.block(n.q.block).text
    before = _CLAUSE_END.split(text[max(0, n.q.start - _REACH_BEFORE):n.q.start])[-1]
    found = zh_re.findall(before) or zh_re.findall(text[n.q.end:n.q.end + 8])
    return zh[found[-1]] if found else None


def _target_zone(tgt: Analysis, n: NQ) -> int | None:
    _zh, _zh_re, en_after, en = _zones()
    m = en_after.match(tgt.block(n.q.block).text, n.q.end)
    return en[m.group(1)] if m else None


def _minutes(v: Decimal) -> int | None:
    if v != v.to_integral_value() or not 0 <= v < 2400 or v % 100 >= 60:
        return None
    return int(v) // 100 * 60 + int(v) % 100


def _moved_date(v: Decimal, days: int) -> Decimal | None:
    """A date read as MMDD or YYYYMMDD, ``days`` later."""
    if v != v.to_integral_value():
        return None
    i = int(v)
    year, month, day = (i // 10000, i // 100 % 100, i % 100) if i >= 10000 else (2024, i // 100, i % 100)
    try:
        d = date(year, month, day) + timedelta(days=days)
    except ValueError:
        return None
    return Decimal(d.year * 10000 + d.month * 100 + d.day if i >= 10000 else d.month * 100 + d.day)


def _date_when(v: Decimal, when: str | None) -> str | None:
    """The ISO form of a moved date (MMDD or YYYYMMDD), as the engine writes it: --06-05,
    2023-06-05."""
    i = int(v)
    if when is None or i < 10000:
        return f"--{i // 100:02d}-{i % 100:02d}" if when is not None else None
    return f"{i // 10000:04d}-{i // 100 % 100:02d}-{i % 100:02d}"


def zone_views(src: Analysis, tgt: Analysis, S: Sequence[NQ], T: Sequence[NQ]) -> list[NQ]:
    """``T`` with each time given in another zone than the source's restated in the source's
    zone, and a date near it moved by the day the hours cross."""
    zones = {z for a in S if a.q.kind == "time" and a.lo == a.hi and (z := _source_zone(src, a)) is not None}
    if len(zones) != 1 or not any(n.q.kind == "time" for n in T):
        return list(T)
    (zone,) = zones
    out = list(T)
    moves: list[tuple[str, int, int, int]] = []  # (block, start, end, days) of each time moved
    for i, n in enumerate(T):
        if n.q.kind != "time" or n.lo != n.hi or (z := _target_zone(tgt, n)) is None or z == zone:
            continue
        m = _minutes(n.lo)
        if m is None:
            continue
        days, m = divmod(m + (zone - z) * 60, 24 * 60)
        v = Decimal(m // 60 * 100 + m % 60)
        when = f"T{m // 60:02d}:{m % 60:02d}" if (n.q.when or "").startswith("T") else n.q.when
        out[i] = replace(n, q=replace(n.q, value=v, when=when), lo=v, hi=v)
        if days:
            moves.append((n.q.block, n.q.start, n.q.end, days))
    for i, n in enumerate(out):
        if n.q.kind != "date" or n.lo != n.hi:
            continue
        near = [d for b, s, e, d in moves if b == n.q.block
                and (0 <= n.q.start - e <= _DATE_REACH or 0 <= s - n.q.end <= _DATE_REACH)]
        if near and (moved := _moved_date(n.lo, near[0])) is not None:
            out[i] = replace(n, q=replace(n.q, value=moved, when=_date_when(moved, n.q.when)), lo=moved, hi=moved)
    return out

"""Kind ``value``: a day of the week the translation changes (周二 as "Wednesday").

The number engine reads dates, not days of the week; this compares the days each
side of a link names (``resources/checks/weekdays.json``).  A day the source names
that the translation does not, facing a day the translation names that the source
does not, is a warning: a likelihood, for a day may be said by its date instead, or
moved by a time zone the translator explains elsewhere.  A day dropped, or one
added (a date said by its day), is no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache

from ..model import Analysis, AnnotatedPair, Finding
from .quantities import load_resource, message

# what a Chinese day of the week is written with (the pattern is tried only where one is)
_ZH_HINTS = ("周", "週", "星期", "礼拜", "禮拜")
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@cache
def _re(lang: str) -> re.Pattern[str]:
    return re.compile(load_resource("weekdays.json")[lang])


@cache
def _days() -> dict[str, int]:
    return dict(load_resource("weekdays.json")["days"])


def days_in(text: str, lang: str) -> Iterator[tuple[int, int, int]]:
    """(day 1-7, start, end) of each day of the week ``text`` names."""
    days = _days()
    for m in _re(lang).finditer(text):
        yield days[m.group(1)], m.start(), m.end()


def _named(analysis: Analysis, blocks: tuple[int, ...], lang: str, exempt: Mapping[str, list]
           ) -> list[tuple[int, str, int, int]]:
    out = []
    for i in blocks:
        block = analysis.document.blocks[i]
        for day, start, end in days_in(block.text, lang):
            if not any(a <= start and end <= b for a, b in exempt.get(block.id, ())):
                out.append((day, block.id, start, end))
    return out


def weekday_findings(pair: AnnotatedPair, exempt: Mapping[str, list]) -> list[Finding]:
    """A value warning for each day of the week of a link's source that the translation
    gives as another day (``exempt``: spans of the translation that are the translator's own)."""
    src, tgt = pair.source, pair.target
    if src is None:
        return []
    # the source blocks that name a day, found once (a document of many blocks names few)
    named = {i for i, b in enumerate(src.document.blocks) if any(h in b.text for h in _ZH_HINTS)}
    out: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target or named.isdisjoint(link.source):
            continue
        s_days = _named(src, link.source, "zh", {})
        if not s_days:
            continue
        t_days = _named(tgt, link.target, "en", exempt)
        if not t_days:
            continue
        s_count, t_count = Counter(d for d, *_ in s_days), Counter(d for d, *_ in t_days)
        s_only, t_only = s_count - t_count, t_count - s_count
        if not s_only or not t_only:
            continue
        lone_s = _first_of(s_days, s_only)
        lone_t = _first_of(t_days, t_only)
        for (sd, sb, ss, se), (td, tb, ts, te) in zip(lone_s, lone_t):
            s_text = src.block(sb).text[ss:se]
            t_text = tgt.block(tb).text[ts:te]
            out.append(Finding(
                kind="value", severity="warning",
                message=message("value_weekday", src=s_text, day=_NAMES[sd - 1], tgt=t_text),
                source_block=sb, target_block=tb, source_text=s_text, target_text=t_text,
                expected=_NAMES[sd - 1], source_span=(ss, se), target_span=(ts, te), check="numbers",
                data={"source_day": sd, "target_day": td},
                evidence={"rule": "numbers.value_weekday", "source": {"text": s_text, "day": sd},
                          "target": {"text": t_text, "day": td}},
            ))
    return out


def _first_of(named: list[tuple[int, str, int, int]], wanted: Counter) -> list[tuple[int, str, int, int]]:
    """The mentions of the days in ``wanted``, as many of each as it counts, in text order."""
    left = Counter(wanted)
    out = []
    for item in named:
        if left[item[0]] > 0:
            left[item[0]] -= 1
            out.append(item)
    return out

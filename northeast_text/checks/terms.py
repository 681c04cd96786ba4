"""Kind ``value``: a term of a closed set the translation changes for another of the set.

The number engine reads figures and dates; some facts are said by words of a small closed
set instead, each listed in a resource of ``resources/checks`` with the words of both sides:

- ``weekdays.json``: the day of the week (周二 as "Wednesday", rule ``numbers.value_weekday``);
- ``bases.json``: the basis of a change, year on year or against the period before (同比 as
  "month on month", 环比 as "year on year", rule ``numbers.value_basis``);
- ``frequencies.json``: how often, every day, week, month, year or hour (每天 as "every week",
  每月 as "annually", rule ``numbers.value_frequency``); English that says a period and other
  things too ("a day", "annual", "days") answers the source's term and never stands against it;
- ``relative.json``: a time named from the day of writing, last, this or next year, month or week,
  yesterday, today, tomorrow (去年 as "this year", 明天 as "today", rule ``numbers.value_relative``);
  its terms are compared within their scale only (``year:-1`` with ``year:0``, never with ``day:0``);
- ``offices.json``: an office's holder or their deputy (副市长 as "mayor", 总理 as "Vice Premier",
  rule ``numbers.value_office``), each office a scale of its own;
- ``medals.json``: a medal's colour (银牌 as "gold medal", rule ``numbers.value_medal``);
- ``sexes.json``: men's or women's events and teams (男子100米 as "the women's 100m", 女篮 as "the
  men's basketball team", rule ``numbers.value_sex``).

A term the source names that the translation does not, facing a term of the same set the
translation names that the source does not, in one link, is a warning: a likelihood, for a
day may be said by its date instead or moved by a time zone the translator explains
elsewhere.  A term dropped, or one added, is no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from ..model import Analysis, AnnotatedPair, Finding
from .quantities import load_resource, message

_SETS = ("weekdays.json", "bases.json", "frequencies.json", "relative.json", "offices.json", "medals.json",
         "sexes.json")


@dataclass(frozen=True)
class _TermSet:
    zh: re.Pattern[str]
    en: re.Pattern[str]
    exact: Mapping[str, str]  # surface -> term
    classes: tuple[tuple[str, re.Pattern[str]], ...]  # term, what its surfaces hold (the first that matches)
    names: Mapping[str, str]  # term -> its English, for the message and the expected text
    hints: tuple[str, ...]  # what the Chinese side's terms are written with
    hinted: re.Pattern[str]  # any of the hints (one scan of a block instead of one per hint)
    rule: str
    en_weak: re.Pattern[str] | None = None  # English that answers a source term, never stands against one

    def term(self, surface: str) -> str | None:
        got = self.exact.get(surface)
        if got is None:
            got = next((t for t, pattern in self.classes if pattern.search(surface)), None)
        return got


@cache
def _set(name: str) -> _TermSet:
    res = load_resource(name)
    return _TermSet(
        zh=re.compile(res["zh"]), en=re.compile(res["en"]), exact=dict(res.get("days", {})),
        classes=tuple((t, re.compile(p)) for t, p in res.get("classes", {}).items()),
        names=dict(res["names"]), hints=tuple(res["hints"]), rule=res["rule"],
        hinted=re.compile("|".join(map(re.escape, res["hints"])) or "(?!)"),
        en_weak=re.compile(res["en_weak"]) if "en_weak" in res else None)


def terms_in(text: str, lang: str, name: str = "weekdays.json") -> Iterator[tuple[str, int, int]]:
    """(term, start, end) of each term of the set ``name`` that ``text`` names (for the days
    of the week, "1" Monday to "7" Sunday)."""
    ts = _set(name)
    for m in (ts.zh if lang == "zh" else ts.en).finditer(text):
        term = ts.term(m.group(1))
        if term is not None:
            yield term, m.start(), m.end()


def _named(analysis: Analysis, blocks: tuple[int, ...], lang: str, name: str, exempt: Mapping[str, list]
           ) -> list[tuple[str, str, int, int]]:
    out = []
    for i in blocks:
        block = analysis.document.blocks[i]
        for term, start, end in terms_in(block.text, lang, name):
            if not any(a <= start and end <= b for a, b in exempt.get(block.id, ())):
                out.append((term, block.id, start, end))
    return out


def term_findings(pair: AnnotatedPair, exempt: Mapping[str, list]) -> list[Finding]:
    """A value warning for each term of a link's source that the translation gives as another
    term of its set (``exempt``: spans of the translation that are the translator's own)."""
    if pair.source is None:
        return []
    return [f for name in _SETS for f in _set_findings(pair, exempt, name)]


def _set_findings(pair: AnnotatedPair, exempt: Mapping[str, list], name: str) -> list[Finding]:
    src, tgt = pair.source, pair.target
    assert src is not None
    ts = _set(name)
    # the source blocks that may name a term, found once (a document of many blocks names few)
    hinted = ts.hinted.search
    named = {i for i, b in enumerate(src.document.blocks) if hinted(b.text)}
    if not named:
        return []
    out: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target or named.isdisjoint(link.source):
            continue
        s_terms = _named(src, link.source, "zh", name, {})
        if not s_terms:
            continue
        t_terms = _named(tgt, link.target, "en", name, exempt)
        if not t_terms:
            continue
        s_count, t_count = Counter(d for d, *_ in s_terms), Counter(d for d, *_ in t_terms)
        s_only, t_only = s_count - t_count, t_count - s_count
        if ts.en_weak is not None and s_only:
            s_only -= _weakly_named(tgt, link.target, ts)
        if not s_only or not t_only:
            continue
        pairs = [pair for scale in dict.fromkeys(map(_scale, s_only))
                 for pair in zip(_first_of(s_terms, _of_scale(s_only, scale)),
                                 _first_of(t_terms, _of_scale(t_only, scale)))]
        for (sd, sb, ss, se), (td, tb, ts_, te) in pairs:
            s_text = src.block(sb).text[ss:se]
            t_text = tgt.block(tb).text[ts_:te]
            expected = ts.names[sd]
            out.append(Finding(
                kind="value", severity="warning",
                message=message(ts.rule, src=s_text, day=expected, tgt=t_text),
                source_block=sb, target_block=tb, source_text=s_text, target_text=t_text,
                expected=expected, source_span=(ss, se), target_span=(ts_, te), check="numbers",
                data={"source_term": sd, "target_term": td},
                evidence={"rule": f"numbers.{ts.rule}", "source": {"text": s_text, "term": sd},
                          "target": {"text": t_text, "term": td}},
            ))
    return out


def _scale(term: str) -> str:
    """The scale of a term written ``scale:value`` (``year:-1``); "" for a set of one scale."""
    return term.partition(":")[0] if ":" in term else ""


def _of_scale(terms: Counter, scale: str) -> Counter:
    return Counter({t: n for t, n in terms.items() if _scale(t) == scale})


def _weakly_named(analysis: Analysis, blocks: tuple[int, ...], ts: _TermSet) -> Counter:
    """The terms the English of ``blocks`` says in words that also say other things ("a day" of
    "1,000 a day" and of "a day later"): enough to answer a source's term, never to stand against it."""
    assert ts.en_weak is not None
    found: Counter = Counter()
    for i in blocks:
        for m in ts.en_weak.finditer(analysis.document.blocks[i].text):
            term = ts.term(m.group(1))
            if term is not None:
                found[term] += 1
    return found


def _first_of(named: list[tuple[str, str, int, int]], wanted: Counter) -> list[tuple[str, str, int, int]]:
    """The mentions of the terms in ``wanted``, as many of each as it counts, in text order."""
    left = Counter(wanted)
    out = []
    for item in named:
        if left[item[0]] > 0:
            left[item[0]] -= 1
            out.append(item)
    return out

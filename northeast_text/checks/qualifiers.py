"""Kind ``approximation``: a figure's hedge dropped, added or changed.

The number engine reads the hedge of every figure and folds it into one
vocabulary for both languages (``Quantity.hedge``: approx, nearly, more, less,
at-least, at-most, vague).  Two figures the ``numbers`` check has paired as
the same value are compared here: 约184公里 as "184 km" drops a hedge, "about
184 km" for 184公里 adds one (warnings: the translation states the figure more,
or less, exactly than the source), 超过19% as "nearly 19%" changes it (info:
the two still overlap).  Vague figures (几亿, "several") are intervals, not
hedged points, and are compared by the interval itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache

from ..model import AnnotatedPair, Finding, Quantity
from .quantities import (
    NQ,
    TIME_UNITS,
    evidence,
    find_unit_conversions,
    hedged_round,
    load_resource,
    message,
    normalise,
    span_of_time,
)

_CLAUSE_END = re.compile(r"[，。；：！？,;:!?]")
_SENTENCE_END = re.compile(r"[。；！？;!?]")

_PHRASE = {"approx": "about", "nearly": "nearly", "more": "more than", "less": "less than",
           "at-least": "at least", "at-most": "at most"}


@cache
def _hedge_re(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("hedges.json")[name], re.IGNORECASE)


def hedged_nearby(pair: AnnotatedPair, q: Quantity, want: str | None = None) -> bool:
    """A hedge word near ``q`` that the engine did not attach to it (约为2013年的3倍).

    In English a hedge before another figure counts only when that figure
    carries the hedge ``want`` too and the two are coordinated, shared by both
    ("roughly 75% of Zhejiang's and 90% of Henan's"), not its own ("below 8 m³
    per mu and saving 40%") nor a list's first item's ("over 60 tons of sulfur
    dioxide, 60 tons of oxynitrides")."""
    side = pair.source if q.lang == "zh" else pair.target
    if side is None:
        return False
    text = side.block(q.block).text
    before = text[:q.start]
    if q.lang == "zh":  # the clause before it (约为2013年的3倍: the hedge is the multiple's), or its own
        # text when the figure's qualifier says something else (约14.13兆元: the ambiguity of 兆)
        clause = _CLAUSE_END.split(before)[-1] + q.text
        sentence = _SENTENCE_END.split(before)[-1]
        return bool(_hedge_re("zh_before").search(clause) or _hedge_re("zh_after").search(text[q.end:])
                    or _hedge_re("zh_sentence_before").search(sentence))
    if _hedge_re("en_after").search(text[q.end:]) or _shares_hedge(side.quantities_in(q.block), q, want, text):
        return True
    if want == "at-most" and _MERELY.search(before, max(0, q.start - 12)):
        return True  # 不过十八岁 as "only eighteen": "only" says the figure is no more
    m = _closest(_hedge_re("en_before"), before, max(0, q.start - 60))
    if m is None:
        return False
    between = [o for o in side.quantities_in(q.block) if o.end > m.start() and o.end <= q.start]
    # shared by coordinated figures ("roughly 75% of Zhejiang's and 90%"), not by the next
    # item of a list whose items carry their own ("over 60 tons of SO2, 60 tons of NOx")
    return all(o.hedge == want for o in between) and \
        (not between or bool(_COORDINATED.search(text, max(o.end for o in between), q.start)))


_COORDINATED = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
# "only eighteen", "a mere ten", "just two": an upper bound said by the adverb
_MERELY = re.compile(r"(?i)\b(?:only|merely|just|mere|barely)\s+$")


_JOINED = re.compile(r"[^.;:!?]{0,50}\band\s+(?:some\s+|about\s+)?$")


def _shares_hedge(quantities: Sequence[Quantity], q: Quantity, want: str | None, text: str) -> bool:
    """The figure just before ``q``, in its unit and joined to it by "and", carries the hedge:
    "about 57,200 tonnes of Moutai and 49,600 tonnes of its other liquors" hedges both."""
    before = [o for o in quantities if o.end <= q.start]
    if want is None or not before:
        return False
    o = max(before, key=lambda o: o.end)
    return o.hedge == want and o.unit == q.unit and bool(_JOINED.fullmatch(text, o.end, q.start))


def _closest(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The match of an end-anchored ``pattern`` that starts last ("over 50, and fewer than":
    "fewer than", the hedge next to the figure)."""
    m = pattern.search(text, start)
    while m is not None and (later := pattern.search(text, m.start() + 1)) is not None:
        m = later
    return m


def _ambiguous(pair: AnnotatedPair, q: Quantity) -> bool:
    """近十年, 近5场比赛: "nearly ten years" or "the past ten years"; either rendering is right."""
    if q.lang != "zh" or pair.source is None:
        return False
    return bool(_hedge_re("zh_not_hedge").match(q.text + pair.source.block(q.block).text[q.end:q.end + 6]))


_UP_TO = re.compile(r"(?i)up\s+to\b")
_OVER = re.compile(r"(?i)over\b")


def _target_hedge(pair: AnnotatedPair, q: Quantity) -> str | None:
    """The English hedge, unless its word is part of a phrasal verb ("took over 15%",
    "moving up to seven points"; "carried more than" keeps its hedge)."""
    if q.hedge is None or not (_UP_TO.match(q.text) or _OVER.match(q.text)):
        return q.hedge
    text = pair.target.block(q.block).text
    rule = "en_not_hedge_up_to" if _UP_TO.match(q.text) else "en_not_hedge"
    return None if _hedge_re(rule).search(text[:q.start]) else q.hedge


def _crossed(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """The same value written more than once on both sides, in another order (指数大于50%…以50%为荣枯线
    as "higher than 50% … employs 50% as the line"): each side holds as many figures of it with
    ``a``'s hedge, and as many with ``b``'s (the translation may spell out another: 反之 as "lower
    than 50%"); paired otherwise, they keep their hedges: the pairing by order crossed them."""
    if pair.source is None or pair.target is None or a.value is None:
        return False
    src = Counter(q.hedge or "" for q in pair.source.quantities_in(a.block) if (q.value, q.kind) == (a.value, a.kind))
    tgt = Counter(_target_hedge(pair, q) or "" for q in pair.target.quantities_in(b.block)
                  if (q.value, q.kind) == (b.value, b.kind))
    hedges = {a.hedge or "", _target_hedge(pair, b) or ""}
    return min(src.total(), tgt.total()) > 1 and all(src[h] == tgt[h] for h in hedges)


def _span_of_time(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """八年内 / 为期八年 as "over eight years": the English "over" is the preposition
    of a span of time the source states, not the hedge "more than"."""
    if a.unit not in TIME_UNITS or b.unit != a.unit or not _OVER.match(b.text) or pair.source is None:
        return False
    return span_of_time(pair.source.block(a.block).text, a)


def _reached(pair: AnnotatedPair, q: Quantity, target_hedge: str) -> bool:
    """参数规模达100亿 as "up to 10 billion parameters", 速度达7000MB/s as "at up to 7,000MB/s":
    the 达 of a high figure reached is an upper bound in English; "about" for it is still added."""
    if target_hedge != "at-most" or q.lang != "zh" or pair.source is None:
        return False
    return bool(_hedge_re("zh_reach_before").search(pair.source.block(q.block).text[:q.start]))


# the units of a span of time 内 may bound: those of TIME_UNITS and the second (十秒钟内)
_WITHIN_UNITS = TIME_UNITS | {"second"}


def _within_span(pair: AnnotatedPair, q: Quantity, target_hedge: str) -> bool:
    """六个月内 "within six months" as "less than six months", 48小时内 as "under 48 hours": the 内
    of a span of time is its upper bound, which English states with the hedge (十秒钟内 as "no more than
    ten seconds": a span of seconds too); "about" or "more than" for it is still added."""
    if target_hedge not in _UPPER_BOUNDS or q.lang != "zh" or q.unit not in _WITHIN_UNITS or pair.source is None:
        return False
    return bool(_hedge_re("zh_within_after").match(pair.source.block(q.block).text[q.end:]))


# 一二十, 两三个, 十二三岁: two neighbouring numerals, a rough figure in itself
_ROUGH_RANGE = re.compile(r"[一两二三四五六七八九]{2}")


def rough_range(q: Quantity) -> bool:
    """A source range of neighbouring numerals (一二十 "ten or twenty"): already rough,
    so "a dozen or more", "some twenty" for it adds no hedge."""
    return q.lang == "zh" and q.low is not None and q.high is not None and bool(_ROUGH_RANGE.search(q.text))


def _rounded_with_hedge(a: NQ, b: NQ, hedge: str) -> bool:
    """37803亿元 as "about 3.78 trillion yuan": the translation rounded the figure
    and says so; the hedge is true to the source, not added to it."""
    if a.point == b.point:
        return False
    if hedged_round(a, b):  # 1.02亿 as "more than 100 million"
        return True
    if b.tol <= a.tol:
        return False
    if hedge == "approx":
        return True
    if hedge in ("nearly", "less", "at-most"):
        return a.point < b.point
    return hedge in ("more", "at-least") and a.point > b.point


# "as many as a thousand" for 上千: a large figure stressed, no upper bound
_EMPHATIC = re.compile(r"(?i)as\s+(?:many|much)\s+as\b")
_LOWER_BOUNDS = frozenset({"more", "at-least"})
_UPPER_BOUNDS = frozenset({"less", "at-most"})


def opposite_bounds(ha: str | None, hb: str | None) -> bool:
    """不足一万元 as "more than 10,000", 以上 as "not more than": one side bounds the figure
    from below, the other from above ("nearly" is left out: 超过19% as "nearly 19%" is close).
    Only two figures stated as points: 上千艘 (a thousand or more, vaguely) may be "as many as a
    thousand"."""
    return (ha in _LOWER_BOUNDS and hb in _UPPER_BOUNDS) or (ha in _UPPER_BOUNDS and hb in _LOWER_BOUNDS)


def _end_of_range(a: NQ, b: NQ, hedge: str) -> bool:
    """A bound of the source that is the end of the translation's range on its side: 5000元以上 the
    low end of "5000-10000", 1万元以下 its high end (a range states its ends; ``b`` may be the view
    of one end)."""
    whole = normalise(b.q) if b.q.value is None and b.q.low is not None and b.q.high is not None else None
    return not a.is_range and whole is not None and whole.is_range and (
        hedge in _LOWER_BOUNDS and a.point == whole.lo or hedge in _UPPER_BOUNDS and a.point == whole.hi)


# the two ends of a range written out: 5秒以上至3分钟以下 / "5 seconds to 3 minutes", "between 5 and 30"
_ZH_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|-|－|—)\s*")
_EN_RANGE_JOIN = re.compile(r"(?i)(?:\s*(?:[A-Za-z%°]+\.?|per\s+cent))?\s*(?:(?P<and>and)|to|through|-|–|—)\s*")
_EN_BETWEEN = re.compile(r"(?i)\bbetween\s+$")


def _written_range_end(pair: AnnotatedPair, a: Quantity, b: Quantity, hedge: str) -> bool:
    """A bound of the source that is one end of a range the source writes out, each end with
    its unit and its bound (5秒以上至3分钟以下), given as that end of a range the translation
    writes out too ("5 seconds to 3 minutes", "from 5 minutes to 30 minutes"): the range
    states both bounds; the other end is paired on its own."""
    if pair.source is None or pair.target is None or hedge not in _LOWER_BOUNDS | _UPPER_BOUNDS:
        return False
    zh_text, en_text = pair.source.block(a.block).text, pair.target.block(b.block).text
    zh_qs, en_qs = pair.source.quantities_in(a.block), pair.target.quantities_in(b.block)
    def en_joined(lo: Quantity, hi: Quantity) -> bool:  # "and" only after "between"
        m = _EN_RANGE_JOIN.match(en_text, lo.end)
        return m is not None and m.end() == hi.start and (not m.group("and")
                                                            or bool(_EN_BETWEEN.search(en_text[:lo.start])))

    if hedge in _LOWER_BOUNDS:  # the low end: the other end after it
        zh_end = any((m := _ZH_RANGE_JOIN.match(zh_text, a.end)) and m.end() == q.start for q in zh_qs)
        en_end = any(en_joined(b, q) for q in en_qs)
    else:  # the high end: the other end before it
        zh_end = any((m := _ZH_RANGE_JOIN.match(zh_text, q.end)) and m.end() == a.start for q in zh_qs)
        en_end = any(en_joined(q, b) for q in en_qs)
    return bool(zh_end and en_end)


_UNDER_A_COUNT = re.compile(r"(?i)under\s")


def _finer(a: NQ, b: NQ) -> bool:
    """The hedged figure ``a`` is written more finely, for its size, than ``b`` in another unit:
    the figure a conversion gives (550 acres as 约222.6公顷, 100 miles as 约160.9公里), whose hedge
    says it was rounded, not that the fact is uncertain. A hedge on a figure as coarse as the
    other (约60公斤 as "132 pounds") is still a hedge dropped."""
    na, nb = normalise(a.q), normalise(b.q)  # as written: a converted view's tolerance is the conversion's
    return (na is not None and nb is not None and na.point != 0 and nb.point != 0
            and na.tol / abs(na.point) < nb.tol / abs(nb.point))


def _both_bracketed_conversions(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """Each figure is its side's conversion of the figure before it (500英尺（约合152米） and "500
    feet (152 meters)", :func:`find_unit_conversion_pairs`): a hedge on one of them says the
    conversion was rounded, which the other did too; a hedge on a figure of the text's own is
    still compared."""
    if pair.source is None or pair.target is None:
        return False
    # each side's figure's own block only: a document of many hedged figures is not scanned once per pair
    return (any((q.start, q.end) == (a.start, a.end) for q in find_unit_conversions(pair.source, a.block))
            and any((q.start, q.end) == (b.start, b.end) for q in find_unit_conversions(pair.target, b.block)))


def _both_ranges(a: Quantity, b: Quantity) -> bool:
    """Both figures ranges written with two ends (50至60, "between 50 and 60", "50-60")."""
    return all(q.low is not None and q.high is not None and q.low < q.high and q.value is None for q in (a, b))


def approximation_finding(pair: AnnotatedPair, a: NQ, b: NQ, quiet: Collection[str] = (),
                          converted: bool = False) -> Finding | None:
    """The finding for source figure ``a`` paired with target figure ``b``, if their hedges differ.
    A hedge on a figure ``converted`` into another unit (六十公斤 as "about 130 pounds") is the
    conversion's rounding, not a hedge added."""
    ha, hb = a.q.hedge, _target_hedge(pair, b.q)
    if hb is None and b.q.hedge == ha:  # "taking over 120 million" for 1.2亿余: the hedge reading
        hb = ha
    if ha in _LOWER_BOUNDS and _UP_TO.match(b.q.text) and _reached(pair, a.q, hb or ""):
        hb = None  # 达800多人 as "up to 800": "up to" renders 达; the 多 is dropped, not reversed
    if ha == hb or "vague" in (ha, hb) or a.family in quiet or b.family in quiet or _ambiguous(pair, a.q):
        return None
    if not (ha and hb) and (hedged_nearby(pair, b.q if ha else a.q, ha or hb) or _crossed(pair, a.q, b.q)):
        return None
    if hb and not ha and (converted or _span_of_time(pair, a.q, b.q) or _rounded_with_hedge(a, b, hb)
                          or rough_range(a.q) or _reached(pair, a.q, hb) or _within_span(pair, a.q, hb)):
        return None
    if ha and not hb and converted and _finer(a, b):
        return None  # 约222.6公顷 for "550 acres": the hedge marks the conversion's rounding
    if (ha is None) != (hb is None) and _both_bracketed_conversions(pair, a.q, b.q):
        return None  # 161英尺（约合49米） as "161 feet (49 meters)": the same rounded conversion on both sides
    if ha and not hb and rough_range(a.q) and b.q.low is not None and b.q.high is not None:
        return None  # 差不多一两个月 as "a month or two": the range is the hedge
    if "approx" in (ha, hb) and not (ha and hb) and _both_ranges(a.q, b.q):
        return None  # 约为50只至60只 as "between 50 and 60": a range says its figure is not exact
    if ha and not hb and _end_of_range(a, b, ha):
        return None  # 5000元以上1万元以下 as "5000-10000": each bound an end of the range
    if ha and not hb and _written_range_end(pair, a.q, b.q, ha):
        return None  # 5秒以上至3分钟以下 as "5 seconds to 3 minutes": both ends written out
    if ha and hb:
        reversed_ = opposite_bounds(ha, hb) and a.q.value is not None and b.q.value is not None \
            and not _EMPHATIC.match(b.q.text)
        key, severity = ("approximation_reversed", "warning") if reversed_ else ("approximation_changed", "info")
    elif ha:
        key, severity = "approximation_dropped", "warning"
    else:  # "under" before a count of things may say who runs them ("in operation under four centres")
        key, severity = "approximation_added", "info" if _UNDER_A_COUNT.match(b.q.text) and b.q.kind == "count" \
            else "warning"
    msg = message(key, src=a.q.text, tgt=b.q.text, src_hedge=_PHRASE.get(ha or "", ""),
                  tgt_hedge=_PHRASE.get(hb or "", ""))
    return Finding(
        kind="approximation", severity=severity, message=msg,
        source_block=a.q.block, target_block=b.q.block, source_text=a.q.text, target_text=b.q.text,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"source_hedge": ha, "target_hedge": hb},
        evidence=evidence(f"numbers.{key}", a.q, b.q, source_hedge=ha, target_hedge=hb),
    )

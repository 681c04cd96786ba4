"""Check ``numbers``: every figure of the source against the translation.

On every alignment link the quantities of the source blocks are paired with
those of the target blocks by value, unit and kind.  A surface that can mean
more than one thing ("$" any dollar, "762.59m" metres or millions, "and three
other doctors" against 等4位) is first read the way the other side fits
(:func:`~.quantities.resolve_readings`).  Pairing then runs in phases, each
taking the best remaining pairs first: the same figure (dates by the parts
both state), the source figure at the translation's own precision (a
translation may round, not add digits; intervals by overlap; a figure made
vague is no match), the same value in another stated unit (``unit``), a
power-of-ten ratio or a shifted decimal point (``scale``), the same figure
read as different kinds, and finally the remaining same-kind figures at the
same place (``value``).  Paired figures whose hedges differ are
``approximation`` findings (:mod:`.qualifiers`).  Whatever is left is
``missing-number`` / ``extra-number``, except for what a translator may
legitimately add or drop: conversions into another currency, anything inside
a translator's note, years, ordinals, times and dates (a date only when its
day is dropped), and a second mention of a figure already paired.

Severities follow docs/checks.md; every finding carries its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from ..model import Analysis, AnnotatedPair, Finding, Link, Quantity
from ..numbers.core import base_unit, currencies, date_parts, exclusion_re, unit_map
from ..numbers.zh import parse_numeral
from ..resources_io import read_lines
from ..script import HANT
from . import register
from .changes import change_finding, difference_finding, told_as_change
from .conversion import remark_rate_spans
from .designations import designations
from .periods import periods
from .qualifiers import approximation_finding, opposite_bounds, rough_range
from .quantities import (
    NQ,
    PRICE_SHARES,
    QUIET_KINDS,
    ROC_BASE,
    Pool,
    as_int,
    as_names,
    by_block,
    cardinal_words,
    compatible,
    config_section,
    crowded_blocks,
    date_like,
    dates_comparable,
    dec,
    digits_similar,
    evidence,
    exact,
    find_conversions,
    find_unit_conversion_pairs,
    find_unit_conversions,
    fmt_decimal,
    hedged_round,
    inside,
    inside_the_odd,
    is_vague,
    join_ranges,
    load_resource,
    measure_units,
    message,
    normalise,
    number_tokens,
    overlap_within,
    parts_apart,
    pattern,
    per_measure,
    plain_value,
    power_ratio,
    ratio_text,
    readings_of,
    rel_gap,
    render_like,
    resolve_readings,
    roc_count,
    roc_misread,
    roc_slip,
    rounds_to,
    step_of,
    written_in_digits,
    year_of,
)
from .rate_moves import rate_move_findings
from .respectively import respectively_findings
from .results import result_finding
from .signs import sign_finding
from .terms import term_findings
from .time_directions import elapsed_findings
from .units import age_as_span, per_unit_views, price_clash, unit_clash, unit_finding, units_of
from .zones import zone_views

# --------------------------------------------------------------------------
# the check


@dataclass
class _Leftover:
    link: int
    nq: NQ
    side: str  # "source" | "target"


@register(
    "numbers",
    needs_source=True,
    kinds=("scale", "value", "unit", "approximation", "missing-number", "extra-number"),
    description="Pair the figures of each aligned source and target block; report scale slips, "
    "changed digits, wrong units, dropped or added hedges, and figures missing or added without a reason.",
    **config_section("numbers"),
)
def check_numbers(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    if pair.source is None:
        return []
    src, tgt = pair.source, pair.target
    exempt = by_block(_exempt_target_spans(pair))
    markers = by_block((n.block, n.start, n.end) for n in src.notes if n.place == "inline")  # the author's note markers
    conv_parts = _conversion_targets(tgt)
    unit_pairs = find_unit_conversion_pairs(tgt)
    unit_conv = {id(b) for _a, b in unit_pairs}  # "1,200 mu (some 80 hectares)"
    # the figure before the bracket, when it is the bracket the source gives ("8,000 nautical
    # miles (14,800 km)" for 14800公里): the translator's conversion put first
    unit_first = {id(a): b for a, b in unit_pairs}
    src_unit_conv = {id(q) for q in find_unit_conversions(src)}  # 2英尺（约61厘米）in a translated original
    src_wind = _wind_force_speeds(src)  # 风力17级（62米/秒）: one wind told twice
    conv_targets: set[int] = set()  # ids of the link quantities that are conversions
    quiet = as_names(config.get("quiet_kinds", QUIET_KINDS))
    min_frac = dec(config.get("min_fraction_tolerance_percent", "0.5"))
    options = _Options.of(config, quiet)
    src_labels = _by_block_index(src, _unit_labels)  # found once per block, not per link
    src_bases = _by_block_index(src, _per_mille_bases)
    findings: list[Finding] = []
    leftovers: list[_Leftover] = []
    link_pairs: dict[int, list[tuple[Quantity, Quantity]]] = {}
    # 嫦娥六号 "Chang'e-6", 前三季度 "the first nine months": their numbers are judged there, not here
    named, so_far = designations(pair), periods(pair)
    findings.extend(named.findings)
    findings.extend(so_far.findings)
    quiet_source = _merged_spans(named.quiet_source, so_far.quiet_source)
    quiet_target = _merged_spans(named.quiet_target, so_far.quiet_target)
    # a link of one block a side whose texts were found plain before (a list's or a subtitle
    # file's line met again) is plain again, when no span or conversion of the pair's own
    # touches its blocks: what the quick path reads is the texts' alone
    plain_texts: set[tuple[str, str]] | None = None if conv_parts or unit_conv or src_unit_conv else set()
    src_blocks, tgt_blocks = src.document.blocks, tgt.document.blocks
    for li, link in enumerate(pair.alignment):
        if not link.source or not link.target:
            continue
        texts = None
        if plain_texts is not None and len(link.source) == 1 == len(link.target):
            sb, tb = src_blocks[link.source[0]], tgt_blocks[link.target[0]]
            if not (markers.get(sb.id) or exempt.get(tb.id) or quiet_source.get(sb.id) or quiet_target.get(tb.id)):
                texts = (sb.text, tb.text)
                if texts in plain_texts:
                    continue
        t_raw = _link_quantities(tgt, link.target, min_frac, conv_parts, conv_targets)
        s_raw = _link_quantities(src, link.source, min_frac)
        if quiet_source:
            s_raw = [n for n in s_raw if not inside(n.q, quiet_source)]
            t_raw = [n for n in t_raw if not inside(n.q, quiet_target)]
        labels = _link_set(src_labels, link.source)
        bases = _link_set(src_bases, link.source)
        if not (labels or bases) and _plain_link(s_raw, t_raw, markers, exempt,
                                                 (conv_targets, unit_conv, src_unit_conv), pair):
            if texts is not None and plain_texts is not None:
                plain_texts.add(texts)
            continue  # all paired, nothing left over: no finding, no pairs to look up later
        tgt_written = {_written_unit(tgt, n) for n in t_raw}
        # a bracketed conversion in the source stands for its figure, unless the translation
        # gives that unit (per that unit: kg per mu) too
        s_items = [n for n in s_raw if not inside(n.q, markers)
                   and not (id(n.q) in src_unit_conv and _written_unit(src, n) not in tgt_written)
                   and not (id(n.q) in src_wind and _speed_only(n, t_raw))]
        src_units = {n.unit for n in s_items if n.family == "amount"}
        src_written = {_written_unit(src, n) for n in s_items}
        t_items = [n for n in t_raw
                   if not inside(n.q, exempt)
                   and not (id(n.q) in conv_targets and n.unit not in src_units)
                   and not (id(n.q) in unit_conv and _written_unit(tgt, n) not in src_written)
                   and not (id(n.q) in unit_first and _written_unit(tgt, n) not in src_written
                            and _quantity_unit(tgt, unit_first[id(n.q)]) in src_written
                            and not _same_figure_in(n, s_raw))
                   and not (labels and _is_unit_label(tgt, n.q, labels))
                   and not (bases and _is_per_base(tgt, n.q, bases))]
        # a conversion the source states too ("43亿欧元（约合50亿美元）") is an ordinary figure
        conv_targets.difference_update(id(n.q) for n in t_items if n.unit in src_units)
        s_items, t_items = _per_lot(src, tgt, s_items, t_items)
        s_items = _firsts_said_by_superlatives(src, tgt, link, s_items)
        t_items = _ends_apart(zone_views(src, tgt, s_items, per_unit_views(src, tgt, s_items, t_items)), s_items)
        s_items = _ends_apart(s_items, t_items)
        t_items, s_items = _numbered(t_items), _numbered(s_items)
        pairs: list[tuple[Quantity, Quantity]] = []
        f, left = _pair_link(pair, s_items, t_items, options, conv_targets, pairs)
        link_pairs[li] = pairs
        findings.extend(f)
        leftovers.extend(_Leftover(li, n, side) for side, n in left)
    findings.extend(_report_leftovers(pair, leftovers, config, quiet, link_pairs))
    findings.extend(term_findings(pair, exempt))
    findings.extend(respectively_findings(pair))
    findings.extend(rate_move_findings(pair))
    findings.extend(elapsed_findings(pair))
    return findings


def _merged_spans(*spans: Mapping[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """The spans of every mapping, by block."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in spans:
        for block, ss in m.items():
            out.setdefault(block, []).extend(ss)
    return out


# a wind force (风力17级, 阵风14级) and its speed in brackets right after it: 17级（62米/秒）
_WIND_BEFORE = re.compile(r"风[力速]?[^，。；,;]{0,8}$")
_WIND_BRACKET = re.compile(r"\s*[（(]\s*(?:约|大约)?\s*$")


def _wind_force_speeds(analysis: Analysis) -> set[int]:
    """The ids of the wind forces the source gives with their speed in brackets (风力17级（62米/秒）)."""
    out: set[int] = set()
    for block in crowded_blocks(analysis):
        qs = sorted(analysis.quantities_in(block.id), key=lambda q: q.start)
        for a, b in zip(qs, qs[1:]):
            if a.unit == "level" and base_unit(b.unit)[0] == "km/h" \
                    and _WIND_BEFORE.search(block.text, max(0, a.start - 12), a.start) \
                    and _WIND_BRACKET.match(block.text[a.end:b.start]):
                out.add(id(a))
    return out


def _speed_only(force: NQ, T: Sequence[NQ]) -> bool:
    """Does the translation give a wind's speed and not its force (17级 as "62 metres per second"
    alone)? Then the force, told again by the speed, is no loss."""
    return any(base_unit(t.q.unit)[0] == "km/h" for t in T) and not any(t.q.value == force.q.value for t in T)


def _written_unit(analysis: Analysis, n: NQ) -> tuple[str | None, str | None]:
    """The unit a figure is written in and the unit of measure it is given per (kg, mu)."""
    return _quantity_unit(analysis, n.q)


def _quantity_unit(analysis: Analysis, q: Quantity) -> tuple[str | None, str | None]:
    """:func:`_written_unit` of a quantity."""
    return q.unit, per_measure(analysis, q) if q.unit else None


def _plain_link(S: list[NQ], T: list[NQ], markers: Mapping[str, list], exempt: Mapping[str, list],
                skip: tuple[Set[int], ...], pair: AnnotatedPair) -> bool:
    """Do both sides of a link give the same plain figures in the same order, none
    of the source's told as a change (缩小0.06: its direction is judged)?

    Then no filter, view or reading changes them, the pairing takes each with the
    one at its place (:meth:`_Pairing.in_order`) and finds nothing to report: the
    check passes such a link by.  tests/test_check_numbers_fast.py holds this to
    the general path."""
    return len(S) == len(T) and all(
        _plain(a, markers, skip) and _plain(b, exempt, skip) and compatible(a, b) and exact(a, b)
        for a, b in zip(S, T)) and not any(told_as_change(pair, a.q) for a in S)


def _plain(n: NQ, spans: Mapping[str, list], skip: tuple[Set[int], ...]) -> bool:
    """A single figure without money, unit, hedge, other reading or group, outside
    ``spans`` (notes) and none of the ``skip`` ids (conversions)."""
    q = n.q
    return (q.kind != "money" and q.unit is None and q.qualifier is None and not q.readings and q.group is None
            and n.lo == n.hi and not spans.get(q.block) and not any(id(q) in ids for ids in skip))


def _numbered(items: list[NQ]) -> list[NQ]:
    """``items`` with ``pos`` their index in the list."""
    return [n if n.pos == i else replace(n, pos=i) for i, n in enumerate(items)]


def _ends_apart(items: list[NQ], others: list[NQ]) -> list[NQ]:
    """A range whose two ends are two figures of the other side ("from 650 million to 1.3
    billion" for 从6.5亿增至13亿: a change, read as a range) stands as its two ends, the
    other side's figures taken under each of their readings (由176元调高至183元 for "from
    NT$176 to NT$183": a bare 元 may be the New Taiwan dollar)."""
    if not any(n.is_range for n in items):
        return items
    points = Pool([v for o in others if not o.is_range for v in (o, *readings_of(o))])  # looked up by value
    ranges = [o for o in others if o.is_range]
    out: list[NQ] = []
    for n in items:
        if n.is_range and not any(inside_the_odd(o, n) for o in others):  # "10 to 12 years" for 十多年: one span
            low, high = replace(n, hi=n.lo), replace(n, lo=n.hi)
            ends = [points.states(end) for end in (low, high)]
            # one end found and no range for it: a change whose other end changed ("raised from
            # RMB 2,420 to RMB 2,450" for 由2,420元调整为2,540元)
            # (not a spoken rough range, 五六百米 as "about 500 meters": no change, one rough figure)
            if all(ends) or (any(ends) and n.q.qualifier is None and not is_vague(n.q) and not rough_range(n.q)
                             and not any(compatible(o, n) and exact(o, n) for o in ranges)):
                out.extend((low, high))
                continue
        out.append(n)
    return out


# 每10股派3元: a sum per lot of shares (or people, households); "0.3 yuan per share": per one
_LOT_BEFORE = re.compile(r"每\s*$")
_LOT_AFTER = re.compile(r"\s*(?:股|人|户)")
_PER_ONE = re.compile(r"\s+(?:\([^)]*\)\s+)?(?:per|a|each)\s+(?:share|person|head|household)\b", re.IGNORECASE)


def _firsts_said_by_superlatives(src: Analysis, tgt: Analysis, link: Link, S: list[NQ]) -> list[NQ]:
    """``S`` without the source's first ranks by a superlative (第一大, 第一高) that the link's
    translation says by a superlative with no ordinal ("Europe's largest economy" for 欧洲第一大经济体),
    as many as it has: the same rank, no figure left out (and no ordinal of another rank paired with it)."""
    rank_after = _placing_res()["zh_rank_after"]
    firsts = [n for n in S if n.q.kind == "ordinal" and n.lo == n.hi == 1
              and rank_after.match(src.block(n.q.block).text, n.q.end)]
    if not firsts:
        return S
    blocks = tgt.document.blocks
    bare = sum(len(_BARE_SUPERLATIVE.findall(blocks[i].text)) for i in link.target if 0 <= i < len(blocks))
    dropped = {id(n) for n in firsts[:bare]}
    return [n for n in S if id(n) not in dropped] if dropped else S


# a superlative with no ordinal before it ("the largest", "Europe's biggest"; not "second-largest")
_BARE_SUPERLATIVE = re.compile(
    r"(?i)(?<![-\w])(?<!(?:first|econd|third|ourth|fifth|sixth|venth|ighth|ninth|tenth)\s)"
    r"(?:largest|biggest|greatest|highest|tallest|longest|deepest|richest|busiest|fastest|oldest|most\s+populous)\b")


def _per_lot(src: Analysis, tgt: Analysis, S: list[NQ], T: list[NQ]) -> tuple[list[NQ], list[NQ]]:
    """``S`` and ``T`` with a sum the translation gives per one ("0.3 yuan per share") where the
    source gives it per a lot (每10股派3元) read per the lot, and the lot's size, then no figure
    of its own, left out; anything else as it is."""
    lots = [n for n in S if n.q.kind == "count" and n.lo == n.hi > 1 and n.q.unit is None
            and _LOT_BEFORE.search(src.block(n.q.block).text[:n.q.start])
            and _LOT_AFTER.match(src.block(n.q.block).text, n.q.end)]
    if not lots:
        return S, T
    used: set[int] = set()
    out = []
    for n in T:
        if n.q.kind == "money" and _PER_ONE.match(tgt.block(n.q.block).text, n.q.end):
            for lot in lots:
                view = replace(n, lo=n.lo * lot.lo, hi=n.hi * lot.lo, tol=n.tol * lot.lo)
                if any(a.q.kind == "money" and a.unit == n.unit and overlap_within(a, view) for a in S):
                    n = view
                    used.add(id(lot))
                    break
        out.append(n)
    return [n for n in S if id(n) not in used], out


def _exempt_target_spans(pair: AnnotatedPair) -> list[tuple[str, int, int]]:
    spans = [(n.block, n.start, n.end) for n in pair.target.notes] + remark_rate_spans(pair.target)
    rate = pair.rate
    if rate is not None and rate.block and rate.text:
        try:
            text = pair.target.block(rate.block).text
            i = text.find(rate.text)
            if i >= 0:
                spans.append((rate.block, i, i + len(rate.text)))
        except KeyError:
            pass
    return spans


_LABEL_POWERS = {"十": 1, "百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8}


def _by_block_index(analysis: Analysis, find: Callable[[str], set[_R]]) -> dict[int, set[_R]]:
    """``find(text)`` of every block of a side that gives anything, by block index."""
    return {bi: found for bi, block in enumerate(analysis.document.blocks) if (found := find(block.text))}


def _link_set(sets: Mapping[int, set[_R]], indices: Sequence[int]) -> set[_R]:
    """The union of ``sets`` over the blocks of a link (from :func:`_by_block_index`)."""
    return set().union(*(sets[bi] for bi in indices if bi in sets)) if sets else set()


def _unit_labels(text: str) -> set[Decimal]:
    """The magnitudes a source block states as unit labels (（亿元）, 单位：万吨): 1e8, 1e4."""
    out = set()
    for m in pattern("unit_label_zh").finditer(text):
        scale = m.group("s") or m.group("s2")
        out.add(Decimal(10) ** sum(_LABEL_POWERS[ch] for ch in scale))
    return out


def _is_unit_label(analysis: Analysis, q: Quantity, labels: Set[Decimal]) -> bool:
    """Is ``q`` the translation of a unit label ("GDP (100 million yuan)"), no figure?"""
    if q.value not in labels or q.qualifier is not None:
        return False
    text = analysis.block(q.block).text
    return bool(pattern("unit_label_en_before").search(text, max(0, q.start - 12), q.start)
                and pattern("unit_label_en_after").match(text[q.end:]))


_PER_MILLE = {"‰": Decimal(1000), "‱": Decimal(10000)}
_PER_MILLE_RE = re.compile("|".join(map(re.escape, _PER_MILLE)))
_PER_BEFORE = re.compile(r"(?i)\bper\s+$")


def _per_mille_bases(text: str) -> set[Decimal]:
    """The bases a source block's per-mille signs stand for (4.9‰: 1,000)."""
    return {_PER_MILLE[sign] for sign in _PER_MILLE_RE.findall(text)}


def _is_per_base(analysis: Analysis, q: Quantity, bases: Set[Decimal]) -> bool:
    """Is ``q`` the base of a per-mille rate written out ("4.9 per 1,000" for 4.9‰), no figure?"""
    text = analysis.block(q.block).text
    return q.value in bases and q.qualifier is None and bool(_PER_BEFORE.search(text, max(0, q.start - 8), q.start))


def _same_figure_in(n: NQ, items: Sequence[NQ]) -> bool:
    """Does one of ``items`` state ``n``'s figure (its unit unread: 3000磅 before 磅 was a unit)?
    Then ``n`` is no conversion the translator put first, but the source's own figure."""
    return any(x.family == n.family and x.lo == n.lo and x.hi == n.hi for x in items)


def _conversion_targets(analysis: Analysis) -> set[int]:
    return {id(p) for c in find_conversions(analysis) for p in c.converted.parts}


def _link_quantities(analysis: Analysis, indices: Sequence[int], min_frac: Decimal,
                     conv_parts: Set[int] = frozenset(), conv_out: set[int] | None = None) -> list[NQ]:
    blocks = analysis.document.blocks
    out: list[NQ] = []
    for bi in indices:
        if not 0 <= bi < len(blocks):
            continue
        for q, parts in join_ranges(blocks[bi].text, analysis.quantities_in(blocks[bi].id)):
            n = normalise(q, len(out), bi, min_frac)
            if n is None:
                continue
            if conv_out is not None and conv_parts and any(id(p) in conv_parts for p in parts):
                conv_out.add(id(q))
            out.append(n)
    return out


_R = TypeVar("_R")


@dataclass(frozen=True, slots=True)
class _Options:
    """The check's settings the pairing reads, parsed once per pair."""

    quiet: frozenset[str]
    scale_kinds: frozenset[str]
    sim_ratio: Decimal
    small_in_words: Decimal  # a count this small, in words, is often restructured ("the other three")

    @classmethod
    def of(cls, config: Mapping[str, object], quiet: frozenset[str]) -> _Options:
        return cls(quiet, as_names(config.get("scale_kinds", ("money", "count"))),
                   dec(config.get("value_similar_ratio", 2)), dec(config.get("small_in_words_max", 10)))


# a month of the Chinese calendar (农历八月, 阴历十月): no Gregorian month
_LUNAR_BEFORE = re.compile(r"(?:农历|阴历|旧历|夏历|農曆|陰曆|舊曆)\s*$")


class _Pairing:
    """One link's figures, paired in phases (each takes the best remaining pairs first)."""

    def __init__(self, pair, S: list[NQ], T: list[NQ], options: _Options, conv_targets: set[int]):
        self.pair, self.S, self.T, self.options, self.quiet = pair, S, T, options, options.quiet
        self.conv = conv_targets
        self.s_used: dict[int, int] = {}
        self.t_used: dict[int, int] = {}
        self.findings: list[Finding] = []
        self.ns, self.nt = max(len(S), 1), max(len(T), 1)
        self.converted: set[int] = set()  # ids of figures read in the other side's unit (60 kg as lb)

    def place(self, i: int, j: int) -> float:
        return abs(i / self.ns - j / self.nt)

    def take(self, i: int, j: int) -> None:
        self.s_used[i] = j
        self.t_used[j] = i

    def done(self) -> bool:
        """Is every figure of one side paired (no later phase can pair anything)?"""
        return len(self.s_used) == len(self.S) or len(self.t_used) == len(self.T)

    def free(self, with_conversions: bool = True):
        """(i, a, j, b) for every pair of figures still unpaired."""
        for i, a in enumerate(self.S):
            if i in self.s_used:
                continue
            for j, b in enumerate(self.T):
                if j not in self.t_used and (with_conversions or id(b.q) not in self.conv):
                    yield i, a, j, b

    def equal_values(self) -> Iterator[tuple[int, NQ, int, NQ]]:
        """(i, a, j, b) for the pairs still unpaired that may be :func:`exact`, in the order
        :meth:`free` gives them: those of one value (looked up, not every pair weighed),
        and any two dates (whose stated parts compare)."""
        by_value: dict[tuple[Decimal, Decimal], list[int]] = {}
        dates: list[int] = []
        for j, b in enumerate(self.T):
            if j not in self.t_used:
                (dates if b.family == "date" else by_value.setdefault((b.lo, b.hi), [])).append(j)
        for i, a in enumerate(self.S):
            if i not in self.s_used:
                for j in dates if a.family == "date" else by_value.get((a.lo, a.hi), ()):
                    yield i, a, j, self.T[j]

    def phase(self, test: Callable[[NQ, NQ], _R | None], key: Callable[[NQ, NQ, _R], Any],
              with_conversions: bool = True, pairs: Iterable[tuple[int, NQ, int, NQ]] | None = None
              ) -> list[tuple[int, int, _R]]:
        """Pair the free figures (or those of ``pairs``) that pass ``test`` (its result r, None or
        False when they do not pair), best ``key(a, b, r)`` first, then nearest in place."""
        cands = []
        for i, a, j, b in self.free(with_conversions) if pairs is None else pairs:
            r = test(a, b)
            if r is not None and r is not False:
                cands.append((key(a, b, r), self.place(i, j), i, j, r))
        cands.sort(key=lambda c: (c[0], c[1]))
        out = []
        for _, _, i, j, r in cands:
            if i in self.s_used or j in self.t_used:
                continue
            self.take(i, j)
            out.append((i, j, r))
        return out

    def in_order(self) -> list[tuple[int, int, bool]]:
        """The first phase's pairs when both sides give the same figures in the same
        order (each pairs exactly with the one at its place), found without weighing
        every pair: the phase takes those first, at place 0, and then nothing is left."""
        S, T = self.S, self.T
        if not S or len(S) != len(T) or not all(compatible(a, b) and exact(a, b) for a, b in zip(S, T)):
            return []
        for i in range(len(S)):
            self.take(i, i)
        return [(i, i, True) for i in range(len(S))]

    def run(self) -> None:
        same = self.in_order()
        if not same:
            # of one value written twice, each goes with the one bounded the same way (800公里以下 …
            # 800公里以上 / "below 800 km and above 800 km")
            same = self.phase(lambda a, b: (compatible(a, b) and exact(a, b)) or None,
                              lambda a, b, r: (parts_apart(a, b), opposite_bounds(a.q.hedge, b.q.hedge)),
                              pairs=self.equal_values())
        same += self.phase(lambda a, b: (compatible(a, b) and dates_comparable(a, b) and self.agrees(a, b)
                                         and not _blurred(a, b)) or _reversed_score(self.pair, a, b) or None,
                           lambda a, b, r: rel_gap(a, b))
        for i, j, _ in same:
            converted = id(self.S[i].q) in self.converted or id(self.T[j].q) in self.converted
            f = approximation_finding(self.pair, self.S[i], self.T[j], self.quiet, converted=converted)
            if f is not None:
                self.findings.append(f)
            if units := price_clash(self.pair.source, self.pair.target, self.S[i], self.T[j]) \
                    or age_as_span(self.pair.source, self.pair.target, self.S[i], self.T[j]):
                self.findings.append(unit_finding(self.S[i], self.T[j], units))
            if sign := sign_finding(self.pair, self.S[i], self.T[j]):
                self.findings.append(sign)
            elif change := change_finding(self.pair, self.S[i], self.T[j]):
                self.findings.append(change)
            elif diff := difference_finding(self.pair, self.S[i], self.T[j]):
                self.findings.append(diff)
            if result := result_finding(self.pair, self.S[i], self.T[j]):
                self.findings.append(result)
        if self.done():
            return
        for i, j, _ in self.phase(lambda a, b: unit_clash(a, b) or None, lambda a, b, r: rel_gap(a, b),
                                  with_conversions=False):
            self.findings.append(unit_finding(self.S[i], self.T[j]))
        self.scale_phase()
        self.cross_kind_phase()
        self.value_phase()

    def agrees(self, a: NQ, b: NQ) -> bool:
        """The source figure at the translation's precision; a figure converted into the
        other's unit (六十公斤 as "130 pounds") within the precision the source gives."""
        if id(a.q) in self.converted or id(b.q) in self.converted or a.converted:
            if a.exact or b.exact:  # 1年期 as a "six-month" term: years in months are not rounded
                return overlap_within(a, b) and rounds_to(a, b)
            if a.is_range and b.is_range and not (is_vague(a.q) or is_vague(b.q)):
                tol = max(a.tol, b.tol)  # a range converted (1500至1700毫升 as "1.5 to 1.7 litres"): end by end
                return abs(a.lo - b.lo) <= tol and abs(a.hi - b.hi) <= tol
            return overlap_within(a, b)
        if a.q.kind == b.q.kind == "decade" and a.is_range and b.is_range:
            return (a.lo, a.hi) == (b.lo, b.hi)  # 五六十年代, "the 1960s and 1970s": a decade moved at both ends
        return rounds_to(a, b) or hedged_round(a, b) or inside_the_odd(a, b)

    def scale_phase(self) -> None:
        scale_kinds = self.options.scale_kinds

        def scale_test(a: NQ, b: NQ) -> int | None:
            if not compatible(a, b) or _blurred(a, b):
                return None
            if _shifted(a, b) or (a.family == "percent" and (_per_mille(a.q) or _per_mille(b.q))):
                return _scaled(a, b)  # 46.8 as "468": the decimal point moved; 万分之五 as "0.5%"
            if a.family != "amount" or not ({a.q.kind, b.q.kind} <= scale_kinds):
                return None
            if not (a.q.scale or b.q.scale or is_vague(a.q) or is_vague(b.q)):
                return None
            if _bare_word(a.q) or _bare_word(b.q):
                return None  # 30.8万亿元 is no "three" (前三季度) a power of ten off
            return _scaled(a, b)

        for i, j, k in self.phase(scale_test, lambda a, b, k: abs(k)):
            if id(self.T[j].q) in self.conv:
                continue  # a conversion slip: the conversion check reports it
            self.findings.append(_scale_finding(self.pair, self.S[i], self.T[j], k))

    def cross_kind_phase(self) -> None:
        """The same figure read as different kinds by the two sides (29 vs 第29位; 106年, a
        count of years to the reader, as 2017: a year of the Republic of China era, and as 2006
        likely that year under a wrong base)."""
        for i, a, j, b in list(self.free(with_conversions=False)):
            if i in self.s_used or j in self.t_used or a.family == b.family:
                continue
            era, year = roc_count(a.q), year_of(b.q)
            same = _same_range(a.q, b.q) or a.q.value is not None and (
                a.q.value == b.q.value or bool(era and year == era + ROC_BASE))
            if same and "money" not in (a.q.kind, b.q.kind) and not self.term_of_a_score(a, b):
                self.take(i, j)
                f = approximation_finding(self.pair, a, b, self.quiet)
                if f is not None:
                    self.findings.append(f)
                # 下降4个百分点 as "rose 4 points" (points read after no word of a rate): its direction
                if change := change_finding(self.pair, a, b):
                    self.findings.append(change)
            elif era and year in roc_misread(era):
                self.take(i, j)
                self.findings.append(_value_finding(self.pair, a, b, sure=False))

    def term_of_a_score(self, a: NQ, b: NQ) -> bool:
        """A score (3比1, value 3) facing a count that is one term of a score the other side
        writes as two numbers ("won 3-0": 0 is no divisor, so the reader gives two counts): the
        same value by chance, not the same figure; so is a rank (倒数第二 "next-to-last") facing one
        term of a score written as two numbers ("after losing 3-2")."""
        if {a.q.kind, b.q.kind} == {"ordinal", "count"}:
            count, analysis = (a, self.pair.source) if a.q.kind == "count" else (b, self.pair.target)
        else:
            ratio, count, analysis = (a, b, self.pair.target) if a.q.kind == "ratio" else (b, a, self.pair.source)
            if ratio.q.kind != "ratio" or count.q.kind != "count":
                return False
        return _in_written_score(analysis, count.q)

    def value_phase(self) -> None:
        """Changed digits: what is left, paired with a similar figure of the same kind."""
        sim_ratio = self.options.sim_ratio
        cands = []
        # a time of day left alone on each side (下午2时30分 as "3:20 p.m."): the same moment moved,
        # whatever its digits, when it is the only one left on both sides and under three hours off
        lone_times = [k for side, used in ((self.S, self.s_used), (self.T, self.t_used))
                      for k in [[i for i, n in enumerate(side) if i not in used and n.q.kind == "time"]]]
        lone = (lone_times[0][0], lone_times[1][0]) if all(len(k) == 1 for k in lone_times) else None
        # an ordinal left alone on each side that both state as the same occasion (中共二十大 as "the
        # 19th National Congress"): the number of one congress, session or plan changed, digits aside
        lone_ords = [k for side, used in ((self.S, self.s_used), (self.T, self.t_used))
                     for k in [[i for i, n in enumerate(side) if i not in used and n.q.kind == "ordinal"]]]
        lone_ord = (lone_ords[0][0], lone_ords[1][0]) if all(len(k) == 1 for k in lone_ords) else None
        if lone_ord is not None and not _placings(self.pair, self.S[lone_ord[0]].q, self.T[lone_ord[1]].q):
            lone_ord = None
        lone_month = self.lone_month()
        for i, a, j, b in self.free(with_conversions=False):
            if not compatible(a, b) or not dates_comparable(a, b) or is_vague(a.q) or is_vague(b.q):
                continue
            # an ROC-era year converted with a wrong base, or one end of a span of months moved;
            # another quarter, half or decade (上半年 as "2H23", 上世纪80年代 as "the 1970s"), whose
            # digits say nothing of how alike the two are
            certain = roc_slip(a.q, b.q) or _span_end_moved(a, b) or _periods_apart(a, b) or _decades_apart(a, b)
            similar = certain or digits_similar(a.q, b.q) or _half_day_apart(a, b) or _one_end_kept(a, b) \
                or ((i, j) == lone and _hours_apart(a, b) < 3) or (i, j) == lone_ord or (i, j) == lone_month
            pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
            close = pa > 0 and pb > 0 and (pb / pa) <= sim_ratio and (pa / pb) <= sim_ratio
            if (a.family in self.quiet and not similar) or not (similar or close) \
                    or (not similar and _half_as_a_word(self.pair, a.q, b.q)):
                continue
            gap = abs(pa - pb) / max(abs(pa), abs(pb), Decimal("1e-12"))
            cands.append((not similar, self.place(i, j), gap, i, j, similar, certain))
        cands.sort(key=lambda c: c[:3])
        for _, _, _, i, j, similar, certain in cands:
            if i in self.s_used or j in self.t_used:
                continue
            self.take(i, j)
            if self.remainder_of_total(self.S[i], self.T[j]):
                continue  # 1500名学生以及其他演员共计2000余人 as "1,500 students and 500 other actors"
            if (k := _one_end_scaled(self.S[i], self.T[j])) is not None:
                # 127万到250万 as "1.27 million to 25 million": one end a power of ten off
                self.findings.append(_scale_finding(self.pair, self.S[i], self.T[j], k))
                continue
            # digits the source does not give (2亿 as "208 million"): likely wrong, not certain
            # a figure in words against one in digits ("six times" for 60倍) is likely, not certain;
            # an ROC-era year converted with a wrong base (民国五十四年 as 1954) is certain, and so is a
            # span of months with one end moved (1至9月 as "January to August");
            # a time of day may have been moved to another time zone: likely, not certain
            # a quarter or half of the year changed (第三季度 as "the second quarter") is certain too
            sure = certain or _periods_apart(self.S[i], self.T[j]) or similar \
                and not overlap_within(self.S[i], self.T[j]) and self.S[i].q.kind != "time" \
                and written_in_digits(self.S[i].q) and written_in_digits(self.T[j].q)
            minor = not sure and _small_in_words(self.S[i], self.T[j], self.options.small_in_words) \
                and not _numbered_parts(self.pair, self.S[i].q, self.T[j].q) \
                and not _placings(self.pair, self.S[i].q, self.T[j].q)
            self.findings.append(_value_finding(self.pair, self.S[i], self.T[j], sure=sure, minor=minor))

    def lone_month(self) -> tuple[int, int] | None:
        """The only date left on each side, when both name a month and no day, in the same year
        or neither with a year, and the months differ (10月份 as "In September", 2024年10月 as
        "September 2024"): one month put for another, whatever its digits; None otherwise."""
        left = [[k for k in range(len(side)) if k not in used and side[k].q.kind == "date"]
                for side, used in ((self.S, self.s_used), (self.T, self.t_used))]
        if not all(len(k) == 1 for k in left):
            return None
        a, b = self.S[left[0][0]], self.T[left[1][0]]
        pa, pb = date_parts(a.q.when), date_parts(b.q.when)
        if a.is_range or b.is_range or pa is None or pb is None or pa[2] is not None or pb[2] is not None:
            return None
        if pa[1] is None or pb[1] is None or pa[1] == pb[1] or pa[0] != pb[0]:
            return None
        if self.pair.source is None or _LUNAR_BEFORE.search(
                self.pair.source.block(a.q.block).text[max(0, a.q.start - 4):a.q.start]):
            return None  # 农历八月 is a month of the Chinese calendar: "September" may be right
        return left[0][0], left[1][0]

    def remainder_of_total(self, a: NQ, b: NQ) -> bool:
        """Source figure ``a`` is a total (共计2000余人) of a part the source states before it in
        the same sentence and the translation gives as well (1500名), and ``b`` is the rest
        (500): the translation split the total into its parts, which add up to it."""
        if self.pair.source is None or a.q.value is None or b.q.value is None:
            return False
        text = self.pair.source.block(a.q.block).text
        if not _TOTAL_BEFORE.search(text[max(0, a.q.start - 6):a.q.start]):
            return False
        start = _sentence_of(text, a.q.start)[0]
        parts = [k.q.value for k in self.S if k is not a and k.q.block == a.q.block
                 and start <= k.q.start < a.q.start and k.q.value is not None and compatible(k, a)]
        given = {t.q.value for t in self.T if t is not b}
        return any(k in given and k + b.q.value == a.q.value for k in parts if k is not None)

    def leftovers(self) -> list[tuple[str, NQ]]:
        if len(self.s_used) == len(self.S) and len(self.t_used) == len(self.T):
            return []
        left = [("source", self.S[i]) for i in range(len(self.S)) if i not in self.s_used]
        left += [("target", self.T[j]) for j in range(len(self.T))
                 if j not in self.t_used and id(self.T[j].q) not in self.conv]
        # a second mention of a figure already paired is no loss and no addition
        paired = {"source": [self.S[i] for i in self.s_used], "target": [self.T[j] for j in self.t_used]}
        return [(side, n) for side, n in left
                if not any(compatible(n, p) and overlap_within(n, p) for p in paired[side])]


def _span_end_moved(a: NQ, b: NQ) -> bool:
    """Two spans of months or days that share one end and not the other (1至9月 as "January to
    August"): a date changed, whatever digits or words each is written in."""
    return a.family == b.family == "date" and a.is_range and b.is_range and not (a.q.when or b.q.when) \
        and (a.lo == b.lo) != (a.hi == b.hi)


# a total right before its figure (共计2000余人, 总计, 合计, 一共, 总共)
_TOTAL_BEFORE = re.compile(r"(?:共计|总计|合计|一共|总共|共有|共)(?:达到?|为|有)?\s*$")


def _same_range(a: Quantity, b: Quantity) -> bool:
    """Two ranges with the same ends as written (8至12次 and "8 to 12 times", a count of times
    read as a multiple): the same figure read as two kinds."""
    return a.value is None is b.value and a.low is not None and a.high is not None \
        and (a.low, a.high) == (b.low, b.high)


def _one_end_scaled(a: NQ, b: NQ) -> int | None:
    """k when two stated ranges in digits keep one end and give the other 10^k times as large
    (127万到250万 as "1.27 million to 25 million"), else None."""
    if not _one_end_kept(a, b):
        return None
    tol = max(a.tol, b.tol)
    lo, hi = (a.hi, b.hi) if abs(a.lo - b.lo) <= tol else (a.lo, b.lo)
    one, other = replace(a, lo=lo, hi=lo), replace(b, lo=hi, hi=hi)
    return _scaled(one, other)


def _one_end_kept(a: NQ, b: NQ) -> bool:
    """Two stated ranges in digits with one end the same and the other changed (1.5万到3万
    as "15,000 to 300,000"): the same range with an end altered, however far it moved."""
    if not (a.is_range and b.is_range and written_in_digits(a.q) and written_in_digits(b.q)) \
            or is_vague(a.q) or is_vague(b.q):
        return False
    tol = max(a.tol, b.tol)
    lo_kept, hi_kept = abs(a.lo - b.lo) <= tol, abs(a.hi - b.hi) <= tol
    return lo_kept != hi_kept


def _half_day_apart(a: NQ, b: NQ) -> bool:
    """Two times of day twelve hours apart: the half of the day changed (晚8点 as "8 a.m.")."""
    return a.q.kind == b.q.kind == "time" and abs(a.point - b.point) == 1200


def _hours_apart(a: NQ, b: NQ) -> Decimal:
    """How far apart two times of day are, in hours (HHMM values: 14:30 and 15:20 are 50/60)."""
    def minutes(v: Decimal) -> Decimal:
        h, m = divmod(v, 100)
        return h * 60 + m
    # a time with no a.m. or p.m. ("4:30") is either half of the day
    return min(abs(minutes(x) - minutes(y)) / 60 for x in [a.point, *(v for v, _ in a.q.readings)]
               for y in [b.point, *(v for v, _ in b.q.readings)])


def _periods_apart(a: NQ, b: NQ) -> bool:
    """Two different quarters (第三季度, "Q2") or halves (上半年, "the second half") of the year."""
    return a.family == b.family == "ordinal" and a.unit == b.unit and a.unit in ("quarter", "half") \
        and a.point != b.point


_ROC_WORDS = re.compile(r"ROC|R\.O\.C|Minguo|Republic")  # a year of the Minguo calendar in English
_PERIOD_DIGIT = re.compile(r"(?<=[HQhq])[1-4]|[1-4](?=[HQhq])")
_PERIOD_WORD = re.compile(r"(?i)\b(?:first|second|third|fourth)\b")
_PERIOD_WORDS = ("first", "second", "third", "fourth")


def _period_like(a: NQ, b: NQ) -> str | None:
    """The translation's quarter or half written with the source's number ("2H23" for 上半年:
    "1H23"; "Q2": "Q1"; "Third-quarter" for 第四季度: "Fourth-quarter")."""
    n, text = int(a.point), b.q.text
    if (m := _PERIOD_DIGIT.search(text)) is not None:
        return f"{text[:m.start()]}{n}{text[m.end():]}"
    if (m := _PERIOD_WORD.search(text)) is not None and 1 <= n <= 4:
        word = _PERIOD_WORDS[n - 1]
        return f"{text[:m.start()]}{word.capitalize() if m.group()[0].isupper() else word}{text[m.end():]}"
    return None


def _decades_apart(a: NQ, b: NQ) -> bool:
    """Two different decades of one century (上世纪80年代, "the 1970s"; 90年代末, "the late 1980s"), two
    pairs of decades in a row (五六十年代, "the 1960s and 1970s"), or a decade and a pair it is
    neither end of."""
    if a.q.kind != "decade" or b.q.kind != "decade":
        return False
    if (a.lo == a.hi) != (b.lo == b.hi):  # 80年代 of 70、80年代 facing "the 1960s and 1970s": at neither end
        one, two = (a, b) if a.lo == a.hi else (b, a)
        return one.lo not in (two.lo, two.hi) and one.lo // 100 == two.lo // 100
    return (a.lo, a.hi) != (b.lo, b.hi) and a.lo // 100 == b.lo // 100 and a.hi // 100 == b.hi // 100


def _decades_like(a: NQ, like: Quantity) -> str:
    """Two decades in a row written as ``like`` writes its own ("the 1980s and '90s"), with
    the source's (``a``)."""
    ends = iter((int(a.lo), int(a.hi)))
    return re.sub(r"\d{3}0|\d0", lambda m: str(next(ends, 0))[-len(m.group()):], like.text, count=2)


_PER_MILLE_TEXT = re.compile(r"千分之|万分之|‰|‱|(?i:thousandths?|per\s+mille|per\s+ten\s+thousand)")


def _per_mille(q: Quantity) -> bool:
    """A rate per thousand or per ten thousand (万分之五, 3‰, "five ten-thousandths"), which a
    translation may write a power of ten off as a percentage."""
    return bool(_PER_MILLE_TEXT.search(q.text))


def _scaled(a: NQ, b: NQ) -> int | None:
    """k when ``b`` is ``a`` times 10^k, the two agreeing within a fifth once
    scaled (50亿 as "1 billion" is a changed figure, not a scale slip)."""
    k = power_ratio(a, b)
    if k is None or rel_gap(a, b, Decimal(10) ** k) > Decimal("0.2"):
        return None
    return k


def _bare_word(q: Quantity) -> bool:
    """A figure in words with no scale word and no unit ("the first three quarters"):
    it states no digits a scale word could have moved."""
    return not written_in_digits(q) and q.scale is None and q.unit is None and not is_vague(q)


def _significant(q: Quantity) -> str:
    return re.sub(r"\D", "", q.text).strip("0")


def _shifted(a: NQ, b: NQ) -> bool:
    """The same digits written in digits on both sides, a power of ten apart (6.6 / 66, 6,000 / 600)."""
    if a.family not in ("amount", "percent") or a.is_range or b.is_range or a.lo == b.lo:
        return False
    da, db = _significant(a.q), _significant(b.q)
    return bool(da) and da == db and bool(re.search(r"\d", a.q.text)) and not (a.q.scale or b.q.scale)


def _blurred(a: NQ, b: NQ) -> bool:
    """A figure the source states (3例) that the translation makes vague ("several cases"): a loss.
    A source that is a hedged interval itself (上千, "a thousand or more": 1,000 to 10,000) states
    no figure to blur: it is weighed against the vague one like another vague figure."""
    return is_vague(b.q) and not is_vague(a.q) and not _hedged_interval(a.q)


def _hedged_interval(q: Quantity) -> bool:
    """A hedged figure that is an interval, not a point (上千, 上万: at least, below the next power)."""
    return q.hedge is not None and q.value is None and q.low is not None and q.high is not None


def _pair_link(pair, S: list[NQ], T: list[NQ], options: _Options, conv_targets,
               pairs_out: list[tuple[Quantity, Quantity]] | None = None):
    """Assign in phases; return findings and the unpaired items."""
    S0, T0 = S, T
    S = resolve_readings(S, T, conv_targets, source=True)
    T = resolve_readings(T, S, conv_targets)
    p = _Pairing(pair, S, T, options, conv_targets)
    p.converted = {id(n.q) for n, was in [*zip(S, S0), *zip(T, T0)]
                   if n.unit != was.unit and {n.unit, was.unit} <= measure_units()}
    p.run()
    if pairs_out is not None:
        pairs_out.extend((S[i].q, T[j].q) for i, j in p.s_used.items())
    return p.findings, p.leftovers()


# "scores 8.9 out of 10", "rated 4.5 out of 5 stars": a decimal score right before the scale
_SCORE_BEFORE_RE = re.compile(r"(?<![\d.,])\d{1,2}\.\d\s+out\s+of\s+$")


def _score_scale(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """The 10 of "8.9 out of 10" (豆瓣评分8.9分) left over: the scale of a rating, which the translator
    may add (minor); "three out of 10 people" is a share and "680 out of 750" a whole score."""
    q = lo.nq.q
    if lo.side != "target" or q.kind != "count" or q.value not in (5, 10, 100):
        return False
    return _SCORE_BEFORE_RE.search(pair.target.block(q.block).text, max(0, q.start - 20), q.start) is not None


def _report_leftovers(pair, leftovers: list[_Leftover], config, quiet,
                      link_pairs: Mapping[int, list[tuple[Quantity, Quantity]]] | None = None) -> list[Finding]:
    window = as_int(config.get("neighbour_links", 2))
    salient_min = dec(config.get("salient_min_value", 100))
    cancelled: set[int] = set()
    # the target's leftovers (their places in ``leftovers``) and their links, in link order as
    # check_numbers gathers them: a source leftover looks only at those within the window
    targets = [i for i, lo in enumerate(leftovers) if lo.side == "target"]
    links = [leftovers[i].link for i in targets]
    for a_i, a in enumerate(leftovers):
        if a_i in cancelled or a.side != "source":
            continue
        for b_i in targets[bisect_left(links, a.link - window):bisect_right(links, a.link + window)]:
            b = leftovers[b_i]
            if b_i in cancelled:
                continue
            same = (compatible(a.nq, b.nq) and overlap_within(a.nq, b.nq) and not _blurred(a.nq, b.nq)) \
                or _month_day_label(a.nq.q, b.nq.q) or _month_day_label(b.nq.q, a.nq.q) \
                or _same_colon_pair(a.nq.q, b.nq.q) or _game_clock(a.nq.q, b.nq.q)
            if (same or (a.link == b.link and _small_word_match(a.nq, b.nq))) \
                    and not _rank_and_score_term(pair, a.nq.q, b.nq.q):
                cancelled.update((a_i, b_i))  # misaligned, or the same small number read two ways
                break
    _cancel_terms(leftovers, cancelled)
    cancelled |= _parties_by_a_word(pair, leftovers) | _set_phrase_figures(pair, leftovers)
    findings = _bare_currency_pairs(pair, leftovers, cancelled)
    seen_minor: set[tuple[int, str, str, str]] = set()
    said_before = _SaidBefore(pair)
    # the original's publisher's matter (a photo's caption, a page's credits) is no loss when dropped
    publishers = {n.block for n in pair.source.notes if n.kind == "preface" and n.place == "block"}
    rendered = _Rendered(pair.source, pair.target)
    for i, lo in enumerate(leftovers):
        if i in cancelled or (lo.nq.family in quiet and not _dropped_day(pair, lo)) or _on_the_clock(pair, lo) \
                or _months_so_far(pair, lo) or (lo.side == "source" and lo.nq.q.block in publishers) \
                or _named_day_label(pair, lo) or _listed_decade_given(pair, lo):
            continue
        n = lo.nq
        if lo.side == "source":
            salient = _dropped_matters(n, salient_min) and not _one_in_words(pair, lo) and not _rate_unit(pair, lo) \
                and not _in_headline(pair, lo) and not _nil_score(pair, lo) and not said_before(lo) \
                and not _lead_score(pair, lo) and not _cut_marked(pair, lo) and not _given_once(pair, lo, rendered) \
                and not _model_code(pair, lo) and not _said_in_words(pair, lo) and not _turn_idiom(pair, lo) \
                and not _term_label(pair, lo) \
                and not _counts_its_list(pair, lo) and not _sequel_number(pair, lo) \
                and not _whole_unit_in_words(pair, lo) and not _event_by_its_slashed_date(pair, lo)
        else:  # a vague word in the translation ("several") says no figure of its own
            salient = _salient(n, salient_min) and not is_vague(n.q) and not _bare_place_word(pair, lo) \
                and not _headline_from_body(pair, lo, rendered) and not _model_code(pair, lo) \
                and not _spelt_digit_by_digit(pair, lo) and not _team_size_left_out(pair, lo) \
                and not _score_scale(pair, lo) and not _whole_unit_in_words(pair, lo) \
                and not _term_label(pair, lo)
        severity = "warning" if salient else "info"
        if not salient:  # a minor figure repeated in a link ("两省" twice) is reported once
            key = (lo.link, lo.side, n.q.block, n.q.text)
            if key in seen_minor:
                continue
            seen_minor.add(key)
        link = pair.alignment[lo.link]
        lp = (link_pairs or {}).get(lo.link, [])
        doublet = _doublet_finding(pair, n.q, lp) if lo.side == "target" else None
        if doublet is not None:
            findings.append(doublet)
            continue
        if lo.side == "source":
            f = Finding(
                kind="missing-number", severity=severity,
                message=message("missing-number" if salient else "missing-number-minor", src=n.q.text),
                source_block=n.q.block,
                target_block=_block_by_position(pair.source, link.source, n.q, pair.target, link.target, lp),
                source_text=n.q.text, source_span=(n.q.start, n.q.end), check="numbers",
                data={"value": fmt_decimal(n.point.normalize()), "unit": n.unit, "kind": n.q.kind},
                evidence=evidence("numbers.missing-number", n.q, None),
            )
        else:
            f = Finding(
                kind="extra-number", severity=severity,
                message=message("extra-number" if salient else "extra-number-minor", tgt=n.q.text),
                source_block=_block_by_position(pair.target, link.target, n.q, pair.source, link.source,
                                                [(b, a) for a, b in lp]),
                target_block=n.q.block,
                target_text=n.q.text, target_span=(n.q.start, n.q.end), check="numbers",
                data={"value": fmt_decimal(n.point.normalize()), "unit": n.unit, "kind": n.q.kind},
                evidence=evidence("numbers.extra-number", None, n.q),
            )
        findings.append(f)
    return findings


# an event named by its date in digits: "8·11" (汇改), "7.19" (洪灾), "9.11"
_MONTH_DAY_LABEL = re.compile(r"(?P<m>1[0-2]|0?[1-9])[.·•．](?P<d>3[01]|[12]\d|0?[1-9])")
_WHEN_MONTH_DAY = re.compile(r"(?:\d{4}|-)-(?P<m>\d\d)-(?P<d>\d\d)$")


# a count written as one term of a score ("3-0", "0-3", 3比0)
_SCORE_TERM_AFTER = re.compile(r"\s?[-–:：比]\s?\d")
_SCORE_TERM_BEFORE = re.compile(r"\d\s?[-–:：比]\s?$")
_COLON_PAIR = re.compile(r"(\d{1,3})\s*[:：]\s*(\d{1,3})")
# a score as the ratio side writes it: around a colon, or a hyphen or dash ("won the set 12-10")
_SCORE_PAIR = re.compile(r"(\d{1,3})\s*[:：\-–]\s*(\d{1,3})")


_CLAUSE_END = re.compile(r"[，。；！？,;!?]|\.(?:\s|$)")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around the span ``start``-``end`` (between punctuation)."""
    head = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    tail = _CLAUSE_END.search(text, end)
    return text[head:tail.start() if tail else len(text)]


@cache
def _losing_re(lang: str) -> re.Pattern[str]:
    return re.compile(load_resource("score_losing.json")[lang], re.IGNORECASE)


def _told_by_loser(doc: Analysis | None, q: Quantity) -> bool:
    if doc is None:
        return False
    return _losing_re(q.lang).search(_clause(doc.block(q.block).text, q.start, q.end)) is not None


def _reversed_score(pair: AnnotatedPair, a: NQ, b: NQ) -> bool:
    """A score written loser first on one side (日本队以1比3负于中国队, "Japan lost 1-3 to China")
    and winner first on the other (3比1, "China beat Japan 3-1"): the two terms swapped, and the
    clause of exactly one of them told from the loser's side (``resources/checks/score_losing.json``)."""
    if a.q.kind != "ratio" or b.q.kind != "ratio":
        return False
    ta, tb = _terms(a.q), _terms(b.q)
    if ta is None or tb is None or ta[0] == ta[1] or ta != (tb[1], tb[0]):
        return False
    return _told_by_loser(pair.source, a.q) != _told_by_loser(pair.target, b.q)


def _in_written_score(doc: Analysis | None, q: Quantity) -> bool:
    """A count that is one term of a score written as two numbers ("3-2", 3比0)."""
    if doc is None:
        return False
    text = doc.block(q.block).text
    return bool(_SCORE_TERM_AFTER.match(text, q.end) or _SCORE_TERM_BEFORE.search(text[max(0, q.start - 6):q.start]))


def _rank_and_score_term(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """A rank (倒数第二, "second") facing a count that is one term of a score the other side writes
    as two numbers ("after losing 3-2"): the same small number by chance, not one figure read two ways."""
    if {a.kind, b.kind} != {"ordinal", "count"}:
        return False
    count, doc = (a, pair.source) if a.kind == "count" else (b, pair.target)
    return _in_written_score(doc, count)


def _same_colon_pair(a: Quantity, b: Quantity) -> bool:
    """Two figures written as the same pair, one read as a score or a ratio and the other, around
    a colon, as a clock time (15：19 in a set's score, "chased the score to 15:19"; 以12：10拿下
    "won the set 12-10")."""
    if {a.kind, b.kind} != {"ratio", "time"}:
        return False
    time, ratio = (a, b) if a.kind == "time" else (b, a)
    mt, mr = _COLON_PAIR.fullmatch(time.text.strip()), _SCORE_PAIR.fullmatch(ratio.text.strip())
    return mt is not None and mr is not None and mt.groups() == mr.groups()


# a game or race clock's reading around a colon, minutes before it ("a goal on 27:37")
_GAME_CLOCK = re.compile(r"(\d{1,3})\s*[:：]\s*([0-5]\d)")
_SECONDS_IN = {"minute": 60, "second": 1}


def _game_clock(a: Quantity, b: Quantity) -> bool:
    """A duration in minutes and seconds (27分37秒) that the other side writes as a game clock's
    reading ("a goal on 27:37"), which the reader takes for a ratio, no clock of the day showing
    27 hours: the same minutes and seconds.  "27:38" is still a figure missing and one added."""
    ratio, span = (a, b) if a.kind == "ratio" else (b, a)
    m = _GAME_CLOCK.fullmatch(ratio.text.strip())
    if ratio.kind != "ratio" or m is None or span.unit not in _SECONDS_IN or span.value is None:
        return False
    seconds = (span.value * _SECONDS_IN[span.unit]).quantize(_ONE_PLACE)
    return seconds == int(m[1]) * 60 + int(m[2])


def _named_day_label(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A month and day written as a label with a dot in the translation ("11.11"), where the
    link's source names that day by a name (双十一, 双11: ``resources/numbers/zh_named_days.tsv``):
    the label is the day's name ("during this year's 11.11 shopping festival"), no figure added."""
    q = lo.nq.q
    m = _MONTH_DAY_LABEL.fullmatch(q.text.strip()) if lo.side == "target" and q.kind in ("count", "date") else None
    if m is None or pair.source is None:
        return False
    day = (int(m["m"]), int(m["d"]))
    blocks = pair.source.document.blocks
    return any(name in blocks[i].text for i in pair.alignment[lo.link].source if 0 <= i < len(blocks)
               for name, named in _named_days() if named == day)


# the decades listed after a figure, sharing the 年代 of the last (70 of 70、80年代)
_LISTED_DECADES_AFTER = re.compile(r"(?:、\d0)*、\d0年代")


def _listed_decade_given(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A figure of tens listed before the decade whose 年代 it shares (70 of 上世纪70、80年代, "the
    1970s and 1980s"), which the reader took for a count: the translation gives that decade in the
    link ("the 1970s", "the '70s", either end of "the 1970s and 1980s").  Dropped, or given as another
    decade, it is still a figure missing."""
    q = lo.nq.q
    if lo.side != "source" or q.kind != "count" or pair.source is None or q.value is None \
            or not (10 <= q.value < 100 and q.value % 10 == 0):
        return False
    if not _LISTED_DECADES_AFTER.match(pair.source.block(q.block).text, q.end):
        return False
    blocks = pair.target.document.blocks
    return any(t.kind == "decade" and any(v is not None and v % 100 == q.value for v in (t.value, t.low, t.high))
               for i in pair.alignment[lo.link].target if 0 <= i < len(blocks)
               for t in pair.target.quantities_in(blocks[i].id))


@cache
def _named_days() -> tuple[tuple[str, tuple[int, int]], ...]:
    """(name, (month, day)) of ``resources/numbers/zh_named_days.tsv``."""
    out = []
    for line in read_lines("numbers", "zh_named_days.tsv"):
        name, month, day = line.split("\t")[:3]
        out.append((name.strip(), (int(month), int(day))))
    return tuple(out)


# an event named by its month and day glued in digits or with a dot (911事件, 9·11恐袭), which English
# writes with a slash ("after 9/11", a label the English reader leaves unread)
_EVENT_AFTER_ZH = re.compile(r"\s?(?:事件|恐怖袭击|恐袭|袭击)")


def _event_by_its_slashed_date(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source month and day naming an event (911事件, 9·11事件) that the translation names by the
    same month and day with a slash ("9/11"): the same label, no figure lost.  Another month or day
    ("9/12"), or 911 before no word of an event (拨打911 "called 911"), is still weighed."""
    q, src = lo.nq.q, pair.source
    if lo.side != "source" or src is None or q.kind not in ("count", "date"):
        return False
    digits = re.sub(r"\D", "", q.text)
    if not 3 <= len(digits) <= 4 or not _EVENT_AFTER_ZH.match(src.block(q.block).text, q.end):
        return False
    splits = {(digits[:k], digits[k:]) for k in (1, 2) if not digits[k:].startswith("0")}
    labels = [re.compile(rf"(?<![\d/]){int(m)}/{int(d)}(?![\d/])") for m, d in splits
              if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    return any(label.search(text) for label in labels for text in _target_texts(pair, lo))


def _month_day_label(date: Quantity, label: Quantity) -> bool:
    """A month and day written as a label with a dot ("7.19", 8·11) on one side, read as a
    decimal or a date, facing the same month and day on the other (July 19; "8.11")."""
    w = _WHEN_MONTH_DAY.match(date.when or "") if date.kind == "date" else None
    m = _MONTH_DAY_LABEL.fullmatch(label.text) if w and label.kind in ("count", "date") else None
    return m is not None and w is not None and (int(m["m"]), int(m["d"])) == (int(w["m"]), int(w["d"]))


def _terms(q: Quantity) -> tuple[Decimal, Decimal] | None:
    """The two whole terms of a score or share as written (36比7, "6-2", "seven out of 10"):
    the denominator is the inverse of the step the reader gave it."""
    if q.kind == "ratio" and q.value == 0 and (m := _ZERO_SCORE.fullmatch(q.text.strip())):
        return Decimal(0), Decimal(m[1])  # 0比2, 0:2: a score without goals for the first side
    if q.kind not in ("ratio", "fraction") or not q.value or not q.step:
        return None
    # a score in half points or tenths (16.5比10.5, "6.5-5.5"): the terms as written, when they give
    # the value (the step makes them 165 and 105)
    m = _DECIMAL_TERMS.fullmatch(q.text.strip()) if "." in q.text else None
    if m and Decimal(m[2]) and abs(Decimal(m[1]) / Decimal(m[2]) - q.value) < _ONE_PLACE:
        return Decimal(m[1]).normalize(), Decimal(m[2]).normalize()
    den = (1 / q.step).quantize(_ONE_PLACE)
    num = (q.value * den).quantize(_ONE_PLACE)
    whole = den == den.to_integral_value() and 0 < num == num.to_integral_value()
    return (num.normalize(), den.normalize()) if whole else None


_ZERO_SCORE = re.compile(r"0\s*(?:比|[:：\-–])\s*([1-9]\d{0,2})")
_DECIMAL_TERMS = re.compile(r"(\d{1,3}(?:\.\d)?)\s*(?:比|[:：\-–])\s*(\d{1,3}(?:\.\d)?)")


_ONE_PLACE = Decimal("1e-6")


#: the currencies a bare 元 and a bare "$" may both mean; a pair that names one of them (港元,
#: 新台币, "HK$", "NT$") or is written in Traditional characters says which the bare ones mean
_DOLLARS_CALLED_YUAN = frozenset({"HKD", "TWD", "MOP"})


def _bare_currency_pairs(pair: AnnotatedPair, leftovers: list[_Leftover], cancelled: set[int]) -> list[Finding]:
    """A figure with a bare 元 and the same figure with a bare "$" left over in one link
    (3999元 as "$3,999"): one slip, not a figure dropped and another added.  Each surface
    may mean more than one currency: where the pair names a dollar Chinese also calls 元
    (a Hong Kong or Taiwan text) or is written in Traditional characters, the two are the
    same amount and nothing is reported; elsewhere 元 is the yuan and the "$" another
    currency, one `unit` warning.  The two are added to ``cancelled``."""
    source = pair.source
    if source is None:
        return []
    targets: dict[tuple[int, Decimal], list[int]] = {}  # (link, value) -> the target's bare amounts left
    for j, lo in enumerate(leftovers):
        if lo.side == "target" and j not in cancelled and _bare_amount(lo.nq):
            targets.setdefault((lo.link, lo.nq.lo), []).append(j)
    if not targets:
        return []
    findings: list[Finding] = []
    named: bool | None = None
    for i, a in enumerate(leftovers):
        if a.side != "source" or i in cancelled or not _bare_amount(a.nq):
            continue
        for j in targets.get((a.link, a.nq.lo), ()):
            b = leftovers[j].nq
            if j in cancelled or not units_of(a.nq) & units_of(b) & _DOLLARS_CALLED_YUAN:
                continue
            if named is None:
                named = _names_a_yuan_dollar(pair)
            cancelled.update((i, j))
            if not named:
                units = (_first_reading(source, a.nq.q), _first_reading(pair.target, b.q))
                findings.append(unit_finding(a.nq, b, units))
            break
    return findings


def _bare_amount(n: NQ) -> bool:
    """A single amount of money whose currency the surface leaves open (a bare 元 or "$")."""
    return n.q.kind == "money" and bool(n.q.readings) and n.lo == n.hi


def _first_reading(analysis: Analysis, q: Quantity) -> str:
    """The currency the engine read a bare surface as first (元 the yuan, "$" the US dollar),
    before a reading was chosen to fit the other side."""
    return next((o.unit for o in analysis.quantities_in(q.block) if (o.start, o.end) == (q.start, q.end) and o.unit),
                q.unit or "")


def _names_a_yuan_dollar(pair: AnnotatedPair) -> bool:
    """Does the pair name a dollar Chinese also calls 元 (港元, 新台币, "HK$", "NT$"), or is its
    original written in Traditional characters?"""
    if pair.source is not None and pair.source.document.script == HANT:
        return True
    return any(q.kind == "money" and q.unit in _DOLLARS_CALLED_YUAN and not q.readings
               for side in (pair.source, pair.target) if side is not None for q in side.quantities)


def _cancel_terms(leftovers: list[_Leftover], cancelled: set[int]) -> None:
    """A score or share left alone on one side whose two terms are figures left alone on the
    other side of the same link: the same two figures, one side reading them as a score (36比7,
    "seven out of 10") and the other as two numbers ("36-7" without a word of winning; 10块金牌中
    的7块)."""
    figures: dict[tuple[int, str, Decimal], list[int]] = {}  # (link, side, value) -> plain figures left
    for i, y in enumerate(leftovers):
        if y.nq.q.kind in ("count", "money") and not y.nq.is_range:
            figures.setdefault((y.link, y.side, y.nq.point), []).append(i)
    for x_i, x in enumerate(leftovers):
        terms = None if x_i in cancelled else _terms(x.nq.q)
        if terms is None:
            continue
        other = "target" if x.side == "source" else "source"
        found: list[int] = []
        for want in terms:
            found += [next((i for i in figures.get((x.link, other, want), ()) if i not in cancelled and i not in found),
                           -1)]
        if -1 not in found:
            cancelled.update((x_i, *found))
    _cancel_rates(leftovers, cancelled, figures)


_RATE_BASES = tuple(Decimal(10) ** k for k in range(2, 7))  # per 100 … per million


def _cancel_rates(leftovers: list[_Leftover], cancelled: set[int],
                  figures: dict[tuple[int, str, Decimal], list[int]]) -> None:
    """A share left alone on one side (千分之六点三九, 4.5‰) whose two figures as a rate per a
    round base are left alone on the other side of the same link ("6.39 births per 1,000
    people"): the same rate, one side writing it per mille and the other per 1,000.  "6.93 per
    1,000" stays a missing and an extra figure."""
    for x_i, x in enumerate(leftovers):
        if x_i in cancelled or x.nq.family != "percent" or x.nq.is_range or x.nq.q.unit in PRICE_SHARES \
                or not x.nq.point:
            continue
        other = "target" if x.side == "source" else "source"
        share = x.nq.point / 100
        for base in _RATE_BASES:
            per = [i for i in figures.get((x.link, other, base), ()) if i not in cancelled]
            rate = [i for i in figures.get((x.link, other, share * base), ()) if i not in cancelled]
            if per and rate and per[0] != rate[0] and leftovers[per[0]].nq.q.start > leftovers[rate[0]].nq.q.start:
                cancelled.update((x_i, per[0], rate[0]))  # the rate first, its base after ("6.39 … per 1,000")
                break


_DOUBLET_OPEN = re.compile(r"\s*\(\s*")
_POINT_BEFORE = re.compile(r"(?i)\bpoint\s+$")  # "zero point five per cent (0.5%)": words not read whole


def _doublet_partner(target: Analysis, q: Quantity) -> Quantity | None:
    """The other half of a figure written in words and again in digits, "thirty (30) days"."""
    text = target.block(q.block).text
    if not (text.startswith(")", q.end) or _DOUBLET_OPEN.match(text, q.end)):
        return None  # neither half: no scan of the block's figures
    for o in target.quantities_in(q.block):
        words, digits = (o, q) if o.end <= q.start else (q, o)
        if o is not q and _DOUBLET_OPEN.fullmatch(text, words.end, digits.start) \
                and text.startswith(")", digits.end) and written_in_digits(digits) and not written_in_digits(words) \
                and not _POINT_BEFORE.search(text, 0, words.start):
            return o
    return None


def _doublet_finding(pair: AnnotatedPair, q: Quantity, lp: Sequence[tuple[Quantity, Quantity]]) -> Finding | None:
    """三十日 as "thirty (20) days": the translation gives one figure twice and the half it
    left over disagrees with the half that renders the source (a `value` error, not an addition)."""
    other = _doublet_partner(pair.target, q)
    src = next((a for a, b in lp if b is other), None)
    if other is None or src is None or other.value is None or q.value is None or other.value == q.value:
        return None
    expected = render_like(other.value, q, step=step_of(q), trim=True)
    return Finding(
        kind="value", severity="error", message=message("value_doublet", src=src.text, tgt=q.text,
                                                        other=other.text, expected=expected),
        source_block=src.block, target_block=q.block, source_text=src.text, target_text=q.text,
        expected=expected, source_span=(src.start, src.end), target_span=(q.start, q.end), check="numbers",
        data={"source_value": fmt_decimal(other.value.normalize()), "target_value": fmt_decimal(q.value.normalize()),
              "kind": q.kind, "unit": q.unit},
        evidence=evidence("numbers.value_doublet", src, q),
    )


def _cut_marked(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source figure of a link whose translation marks a cut inside the
    paragraph ("…, among others […]."): the translator says it is left out."""
    from ..notes import marks_cut_within

    blocks = pair.target.document.blocks
    return any(marks_cut_within(blocks[i].text) for i in pair.alignment[lo.link].target if 0 <= i < len(blocks))


class _Rendered:
    """The figures of the translation, normalised and pooled once (on the first question),
    and how often the original gives each figure."""

    def __init__(self, source: Analysis, target: Analysis):
        self._source, self._target = source, target
        self._pool: Pool | None = None
        self._source_pool: Pool | None = None
        self._given: dict[tuple[Decimal | None, str | None], list[tuple[str, int]]] | None = None

    def holds(self, n: NQ) -> bool:
        if self._pool is None:
            self._pool = Pool([m for m in map(normalise, self._target.quantities) if m is not None])
        return self._pool.holds(n)

    def in_source(self, n: NQ) -> bool:
        """Does the original state the translation's figure ``n`` anywhere?"""
        if self._source_pool is None:
            self._source_pool = Pool([m for m in map(normalise, self._source.quantities) if m is not None])
        return self._source_pool.holds(n)

    def given_again(self, q: Quantity) -> bool:
        """Does the original give ``q``'s figure (value and unit) somewhere else too?"""
        if self._given is None:
            self._given = {}
            for o in self._source.quantities:
                if o.value is not None:
                    self._given.setdefault((o.value, o.unit), []).append((o.block, o.start))
        return any(at != (q.block, q.start) for at in self._given.get((q.value, q.unit), ()))


def _given_once(pair: AnnotatedPair, lo: _Leftover, rendered: _Rendered) -> bool:
    """A source figure the original states twice (a total in the lede and again
    in the closing quote) that the translation gives once, elsewhere: the repeat
    is dropped, not the fact."""
    q = lo.nq.q
    if pair.source is None or q.value is None or len(_significant(q)) < 2:
        return False  # 5% or 3项 twice may be two facts
    return rendered.given_again(q) and not _made_vague(pair, lo) and rendered.holds(lo.nq)


def _small_word_match(a: NQ, b: NQ, limit: Decimal = Decimal(10)) -> bool:
    """The same small number (at most ``limit``), in words on at least one side,
    read as a different kind on each ("三期" count / "third phase" ordinal)."""
    if a.lo != a.hi or b.lo != b.hi or a.lo != b.lo or not (0 < a.lo <= limit):
        return False
    digits = re.compile(r"[0-9０-９]")
    return not (digits.search(a.q.text) and digits.search(b.q.text))


_SENTENCE_END = re.compile(r"[。！？!?；;]|[.](?=\s)")


def _sentence_of(text: str, i: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, i)]
    m = _SENTENCE_END.search(text, i)
    return (starts[-1] if starts else 0, m.end() if m else len(text))


def _block_by_position(own: Analysis | None, own_indices: Sequence[int], q: Quantity,
                       other: Analysis | None, other_indices: Sequence[int],
                       pairs: Sequence[tuple[Quantity, Quantity]] = ()) -> str | None:
    """The block of the other side of an n-m link where an unpaired figure
    ``q`` belongs: where the figures paired from its own sentence went; else
    where both its paired neighbours went; else the block whose share of the
    link's characters covers the figure's cumulative character share (within
    the blocks its neighbours went to)."""
    if other is None or not other_indices:
        return None
    if len(other_indices) == 1 or own is None:
        return _block_id(other, other_indices[0])
    order = {bid: k for k, bid in enumerate(_block_id(own, i) for i in own_indices)}
    o_order = {bid: k for k, bid in enumerate(_block_id(other, i) for i in other_indices)}
    pairs = [(a, b) for a, b in pairs if a.block in order and b.block in o_order]
    try:
        text = own.block(q.block).text
    except KeyError:
        text = ""
    if text and pairs:
        s0, s1 = _sentence_of(text, q.start)
        mates = [(abs(a.start - q.start), b.block) for a, b in pairs if a.block == q.block and s0 <= a.start < s1]
        if mates:
            return min(mates)[1]
    key = (order.get(q.block, 0), q.start)
    prev = [((order[a.block], a.start), b.block) for a, b in pairs if (order[a.block], a.start) < key]
    nxt = [((order[a.block], a.start), b.block) for a, b in pairs if (order[a.block], a.start) > key]
    lo_k, hi_k = 0, len(o_order) - 1
    if prev:
        lo_k = o_order[max(prev)[1]]
    if nxt:
        hi_k = o_order[min(nxt)[1]]
    if lo_k == hi_k:
        return _block_id(other, other_indices[lo_k])
    if lo_k > hi_k:  # crossed pairings: no guidance from neighbours
        lo_k, hi_k = 0, len(o_order) - 1
    ob, tb = own.document.blocks, other.document.blocks
    own_blocks = [ob[i] for i in own_indices if 0 <= i < len(ob)]
    other_blocks = [(i, tb[i]) for i in other_indices if 0 <= i < len(tb)]
    total = sum(len(b.text) for b in own_blocks)
    before = 0
    pos = None
    for b in own_blocks:
        if b.id == q.block:
            pos = before + (q.start + q.end) / 2
            break
        before += len(b.text)
    if pos is None or total <= 0 or not other_blocks:
        return _block_id(other, other_indices[0])
    share = pos / total
    o_total = sum(len(b.text) for _, b in other_blocks) or 1
    acc = 0
    chosen = len(other_blocks) - 1
    for k, (_, b) in enumerate(other_blocks):
        acc += len(b.text)
        if share <= acc / o_total:
            chosen = k
            break
    chosen = min(max(chosen, lo_k), hi_k, len(other_blocks) - 1)
    return other_blocks[chosen][1].id


def _salient(n: NQ, salient_min: Decimal) -> bool:
    """A figure whose loss matters: written in digits (money, shares, scale
    words, 10 and more), or in words but large and not a bare 千/万 ("per
    thousand")."""
    q = n.q
    big = max(abs(n.lo), abs(n.hi))
    if re.search(r"[0-9０-９]", q.text):
        if q.kind in ("money", "percent", "points", "ratio", "multiplier") or q.scale:
            return True
        return big >= 10 or any(abs(v) >= 10 for v, _ in q.readings)  # "5.050" may be 5,050
    if big < salient_min or q.kind in ("multiplier", "fraction"):
        return False
    return not _power_of_ten(big)


_DAY_WORDS = re.compile(
    r"(?i:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:today|yesterday|tomorrow|tonight)\b"
    # the day an earlier sentence dated (截至5日21时 as "by 9 p.m. that day")
    r"|\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b"
    # the day after a dated one (25日8时至26日8时 "from 8:00 am on July 25th to 8:00 am next day")
    r"|\b(?:next|following)\s+(?:day|morning)\b|\bthe\s+day\s+after\b)"
    # a day by its name (3·15 as "World Consumer Rights Day", 双11 as "Singles' Day")
    r"|\b(?:[A-Z][\w'’-]*\s+){1,5}(?:Day|Festival|Eve)\b|\bChristmas\b")


_DURATION_PART = re.compile(r"^\s*(?:个)?(?:小时|钟头|分钟|分|秒)")
_CLOCK = re.compile(r"^T(\d\d):(\d\d)(?::(\d\d))?")


def _on_the_clock(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A part of a source duration (2小时09分) that the translation writes as a clock
    reading ("in 2:09", "2:05:32"): the hours, minutes and seconds are all there."""
    n = lo.nq
    if lo.side != "source" or pair.source is None or n.lo != n.hi or n.q.value is None:
        return False
    text = pair.source.block(n.q.block).text
    if n.q.unit not in ("hour", "minute", "second") and not _DURATION_PART.match(text[n.q.end:]):
        return False
    parts = _clock_parts(n.q.value)  # 2小时09分, one figure of 2.15 hours, is 2 and 9 on the clock
    if parts is None:
        return False
    for i in pair.alignment[lo.link].target:
        block = pair.target.document.blocks[i]
        for q in pair.target.quantities_in(block.id):
            m = _CLOCK.match(q.when or "") if q.kind == "time" else None
            if m and parts <= {int(g) for g in m.groups() if g}:
                return True
    return False


def _clock_parts(value: Decimal) -> set[int] | None:
    """The whole numbers a duration shows on a clock: 2 for 2 hours, 2 and 9 for 2.15 hours
    (2小时09分), 2, 8 and 15 for 2小时08分15秒, None when the rest is no whole number of
    minutes and seconds (8/60 of an hour is read to the places a Decimal holds: rounded)."""
    total = (value * 3600).quantize(_ONE_PLACE)  # in seconds
    if total != total.to_integral_value():
        return None
    whole, rest = divmod(int(total), 3600)
    minutes, seconds = divmod(rest, 60)
    parts = {whole}
    if minutes or seconds:
        parts.add(minutes)
    if seconds:
        parts.add(seconds)
    return parts


def _in_headline(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source figure in a title or heading that the body gives too, dropped by the
    translated headline without a vague word in its place: news translators rewrite
    headlines (minor, not a loss)."""
    q, src = lo.nq.q, pair.source
    if src is None or src.block(q.block).role not in ("title", "heading") or q.value is None:
        return False
    if _made_vague(pair, lo):
        return False  # 41.4万例 as "several cases": a figure made vague, not a headline rewritten
    return any(o.block != q.block and o.value == q.value and o.unit == q.unit for o in src.quantities)


# 《憨豆特工 3 之东山再起》, 《碟中谍6：全面瓦解》: the number of a sequel in a work's Chinese
# title, after the series' name and before the title's end, its subtitle (之, a colon) or a space
_SEQUEL_RE = re.compile(r"《[^《》\d]*[\u4e00-\u9fff][ \u3000]?(?P<n>[1-9]\d?)"
                        r"(?=[ \u3000]?(?:》|之|[：:]|[ \u3000][^《》\d]*》))")


def _sequel_number(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """The number of a sequel in the Chinese release title of a film or book, which the work's
    English title often does not carry ("Johnny English Strikes Again" for the third film): a
    figure of the title, not of the story (minor, not a loss).  A number the English states
    otherwise is paired and compared as any figure."""
    q, src = lo.nq.q, pair.source
    if src is None or q.kind != "count" or q.unit is not None:
        return False
    text = src.block(q.block).text
    return any(m.start("n") == q.start and m.end("n") == q.end
               for m in _SEQUEL_RE.finditer(text, max(0, text.rfind("《", 0, q.start)), q.end + 40))


def _headline_from_body(pair: AnnotatedPair, lo: _Leftover, rendered: _Rendered) -> bool:
    """A figure the translated title or heading adds that the original states elsewhere,
    rounded or not ("CATL H1 profit rises 10.4%" over 同比增长10.37%): news translators write
    headlines from the story (minor, not an addition)."""
    return pair.target.block(lo.nq.q.block).role in ("title", "heading") and rendered.in_source(lo.nq)


class _SaidBefore:
    """Whether a source count or sum left over was given by an earlier paragraph of the body,
    and the translation with it (15名被告人 again, as "them"): the reader has the figure, so its
    repetition dropped is minor, unless a vague word stands in its place.  Each side's first
    mentions are found once, on the first question."""

    def __init__(self, pair: AnnotatedPair) -> None:
        self.pair = pair
        self._first: tuple[dict[tuple, int], dict[tuple, int]] | None = None

    def __call__(self, lo: _Leftover) -> bool:
        q, pair = lo.nq.q, self.pair
        link = pair.alignment[lo.link]
        if pair.source is None or q.kind not in ("count", "money") or q.value is None or not link.source \
                or not link.target:
            return False
        tgt_blocks = pair.target.document.blocks
        if any(pattern("vague_words_en").search(tgt_blocks[i].text) for i in link.target if 0 <= i < len(tgt_blocks)):
            return False
        if len(_significant(q)) < 2 and not _RESTATED.search(pair.source.block(q.block).text, 0, q.start):
            # 5个 again may be another fact (乙市也是5个); 以上4人 "the four above" is not; a sum with its
            # currency given by the link just before, on both sides, is the same sum told again
            # (不支付100卢比…他拒绝交出100卢比后 "pay Rs 100 … When he refused")
            return q.kind == "money" and self._just_before(q, lo.link)
        if self._first is None:
            self._first = _first_mentions(pair.source, True), _first_mentions(pair.target, False)
        first_s, first_t = self._first
        return first_s.get((q.kind, q.value, q.unit), len(pair.source.document.blocks)) < min(link.source) \
            and first_t.get((q.kind, q.value, None), len(tgt_blocks)) < min(link.target)


    def _just_before(self, q: Quantity, link: int) -> bool:
        """Do both sides of the link before ``link`` give the sum ``q`` (the source with its unit)?"""
        if link == 0 or self.pair.source is None:
            return False
        before = self.pair.alignment[link - 1]
        sides = ((self.pair.source, before.source, True), (self.pair.target, before.target, False))
        for analysis, indices, with_unit in sides:
            blocks = analysis.document.blocks
            ids = {blocks[i].id for i in indices if 0 <= i < len(blocks)}
            if not any(o.block in ids and o.kind == q.kind and o.value == q.value
                       and (not with_unit or o.unit == q.unit) for o in analysis.quantities):
                return False
        return True


# "the above" before a count (以上4人 "the four above", 上述3家): a figure given before, restated
# (这3所 "these three" may be the first time the reader learns how many: not here)
_RESTATED = re.compile(r"(?:以上|上述|前述)$")


def _first_mentions(analysis: Analysis, with_unit: bool) -> dict[tuple, int]:
    """(kind, value, unit, or None without ``with_unit``) -> the first body block (not a title
    or heading) that gives the figure."""
    index = {b.id: k for k, b in enumerate(analysis.document.blocks) if b.role not in ("title", "heading")}
    first: dict[tuple, int] = {}
    for o in analysis.quantities:
        k = index.get(o.block)
        if k is not None and o.value is not None:
            name = (o.kind, o.value, o.unit if with_unit else None)
            first[name] = min(first.get(name, k), k)
    return first


# a running score told as who leads: 1比0领先 "put Port ahead", 以2比1落后 "trailed"
_LEAD_SCORE = re.compile(r"\d+\s*(?:比|:|：)\s*\d+\s*(?:领先|落后)")
_SCORE_REACH = 32
_LEAD_WORDS = re.compile(r"\b(?:ahead|lead|led|leading|behind|trail(?:s|ed|ing)?)\b", re.IGNORECASE)


def _lead_score(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A figure of a running score the source gives with who leads (1比0领先) that the
    translation tells by the lead alone ("put Port ahead"): minor, not a result lost."""
    q, src = lo.nq.q, pair.source
    if lo.side != "source" or src is None:
        return False
    text = src.block(q.block).text  # the score around the figure (a window: a block may be a megabyte)
    if not any(m.start() <= q.start < m.end()
               for m in _LEAD_SCORE.finditer(text, max(0, q.start - _SCORE_REACH), q.end + _SCORE_REACH)):
        return False
    blocks = pair.target.document.blocks
    return any(_LEAD_WORDS.search(blocks[i].text) for i in pair.alignment[lo.link].target if 0 <= i < len(blocks))


def _made_vague(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """Does the translation of the figure's link say a vague word ("several") in its place?"""
    blocks = pair.target.document.blocks
    return any(pattern("vague_words_en").search(blocks[i].text) for i in pair.alignment[lo.link].target
               if 0 <= i < len(blocks))


def _months_so_far(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A count of months ("the first 11 months") that the source states as the months
    from January (1至11月, 1-11月): the same period, not an added figure."""
    n = lo.nq
    if lo.side != "target" or n.unit != "month" or n.lo != n.hi or pair.source is None:
        return False
    blocks = pair.source.document.blocks
    return any(q.kind == "date" and q.low == 1 and q.high == n.lo
               for i in pair.alignment[lo.link].source if 0 <= i < len(blocks)
               for q in pair.source.quantities_in(blocks[i].id))


def _dropped_day(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source date naming its day in digits (26日, 7月26日) that the
    translation drops: a lost fact, unless the link names a weekday,
    today/yesterday, "that day" or a day by its name instead (26日 as "on Sunday", 3·15 as
    "World Consumer Rights Day")."""
    q = lo.nq.q
    parts = date_parts(q.when) if q.kind == "date" and lo.side == "source" else None
    if parts is None or parts[2] is None or not re.search(r"[0-9０-９]", q.text):
        return False
    blocks = pair.target.document.blocks
    link = pair.alignment[lo.link]
    return not any(_DAY_WORDS.search(blocks[i].text) for i in link.target if 0 <= i < len(blocks)) \
        and not _day_said_once(pair, link, q, parts[2]) and not _dateline_day_folded(pair, link, q, parts[2])


# a Chinese news dateline (新华社北京3月5日电) and what follows a date heading an English one
# ("BEIJING, March 5 (Xinhua) --", "China News Service, February 11 - ")
_ZH_DATELINE = re.compile(r"(1[0-2]|[1-9])月(3[01]|[12]\d|[1-9])日电")
_EN_DATELINE_AFTER = re.compile(r"\s*(?:\(|--|-\s|–|—)")
_EN_DATELINE_REACH = 40  # characters from the head of the block within which a date may be a dateline


def _dateline_day_folded(pair: AnnotatedPair, link: Link, q: Quantity, day: int) -> bool:
    """The dateline's day said again by the story (新华社北京3月5日电 …5日发布) that the translation
    dates once, in its sentence ("On March 5, the bureau released …, Xinhua reported"): the
    dateline is folded into the story, no day is lost.  A translation that keeps the date as its own
    dateline ("BEIJING, March 5 (Xinhua) --") and leaves the story undated, or a story day that is
    not the dateline's (…4日发布), is still reported."""
    source = pair.source
    if source is None:
        return False
    text = source.block(q.block).text
    m = _ZH_DATELINE.search(text, 0, q.end)
    month = int(m.group(1)) if m else None
    if m is None or int(m.group(2)) != day or (date_parts(q.when) or (None, None, None))[1] not in (None, month):
        return False

    def day_of(o: Quantity) -> int | None:
        return (date_parts(o.when) or (None, None, None))[2] if o.kind == "date" else None
    if sum(1 for o in source.quantities_in(q.block) if o.start >= m.start() and day_of(o) == day) < 2:
        return False  # the dateline's day is not said again: nothing to fold
    blocks = pair.target.document.blocks
    dated = [(blocks[i].text, o) for i in link.target if 0 <= i < len(blocks)
             for o in pair.target.quantities_in(blocks[i].id) if day_of(o) == day]
    if len(dated) != 1:
        return False
    text_t, o = dated[0]
    if (date_parts(o.when) or (None, None, None))[1] not in (None, month):
        return False
    return not (o.start < _EN_DATELINE_REACH and _EN_DATELINE_AFTER.match(text_t, o.end))


# a clock time right after a date (25日11时30分, 25日下午3点, 25日 14:00)
_CLOCK_AFTER = re.compile(r"\s?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜间)?\s?"
                          r"[0-9０-９一二三四五六七八九十]{1,3}\s?[时点:：]")


def _day_said_once(pair: AnnotatedPair, link: Link, q: Quantity, day: int) -> bool:
    """A day one source sentence gives again and again before clock times (于7月25日6时…于25日11时…
    25日13时) that the link's translation names once for the series ("at 6:40am on July 25, the
    second at 11:30am"): the repeats are dropped, not the day.  (A day dated again in a later
    sentence, 截至2日18时, or after a dateline, 7月25日电…25日宣布, is lost when dropped.)"""
    def day_of(o: Quantity) -> int | None:
        return (date_parts(o.when) or (None, None, None))[2] if o.kind == "date" else None
    source = pair.source
    if source is None:
        return False
    text = source.block(q.block).text
    if not _CLOCK_AFTER.match(text, q.end):
        return False  # not one of the series: the day before a clock time
    a, b = _sentence_of(text, q.start)
    # two of the series are enough (a block of thousands of dates is not scanned again for each)
    series = (o for o in source.quantities_in(q.block)
              if o is not q and a <= o.start < b and day_of(o) == day and _CLOCK_AFTER.match(text, o.end))
    if next(series, None) is None:
        return False
    blocks = pair.target.document.blocks
    return any(day_of(o) == day for i in link.target if 0 <= i < len(blocks)
               for o in pair.target.quantities_in(blocks[i].id))


_ONE_WORDS = re.compile(r"\b(?:one|single|a|an|once|first|every|each)\b", re.IGNORECASE)


# a hundred, a thousand, ten thousand as a bare character of a word: 百岁 "aged 100", 千年 "1,000 years"
_PLACE_CHARS = {Decimal(100): "百", Decimal(1000): "千", Decimal(10000): "万"}


def _bare_place_word(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A translation's 100, 1,000 or 10,000 whose character stands in the link's source
    outside every figure the number engine read (百岁老人 "people aged 100", 千年古城
    "a 1,000-year-old city"): the source's own word, not an addition."""
    n = lo.nq
    char = _PLACE_CHARS.get(n.lo) if n.lo == n.hi and n.q.kind == "count" else None
    src = pair.source
    if char is None or src is None:
        return False
    blocks = src.document.blocks
    for i in pair.alignment[lo.link].source:
        text = blocks[i].text
        taken = [(q.start, q.end) for q in src.quantities_in(blocks[i].id)]
        if any(c == char and not any(a <= k < b for a, b in taken) for k, c in enumerate(text)):
            return True
    return False


def _model_code(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A whole number whose digits the other side of the link writes glued to Latin letters,
    a model's name the number engine does not read: the translation's "737 Max" for the
    source's 737MAX, and the source's 卡-52 or 歼-20 (a Chinese designation, read as a figure)
    for the translation's "Ka-52" or "J-20"; or digits glued to letters that the other side writes
    after a hyphen or letters ("Ka -52M", read as 52 million, for 卡-52M): the same name, not a
    figure added or dropped."""
    n = lo.nq
    other = pair.target if lo.side == "source" else pair.source
    if other is None or n.lo != n.hi or n.lo != n.lo.to_integral_value() or n.q.kind != "count":
        return False
    link = pair.alignment[lo.link]
    blocks = other.document.blocks
    if re.fullmatch(r"\d+[A-Za-z]+", n.q.text):
        # "Ka -52M" (the hyphen come loose) read as 52 million beside the source's 卡-52M: the same
        # designation, written on both sides after a hyphen or letters
        code = re.compile(rf"(?<=[-－A-Za-z]){re.escape(n.q.text)}(?![0-9A-Za-z])")
        if any(code.search(blocks[i].text) for i in (link.target if lo.side == "source" else link.source)
               if 0 <= i < len(blocks)):
            return True
    glued = re.compile(rf"(?:(?<=[A-Za-z])-?{n.lo:f}(?![0-9])|(?<![0-9]){n.lo:f}(?=[A-Za-z]))")
    return any(glued.search(blocks[i].text) for i in (link.target if lo.side == "source" else link.source)
               if 0 <= i < len(blocks))


# a Latin letter or two glued to a figure's digits and a Chinese word right after them: 3K背景辐射, 4K电视
_LETTERS_THEN_HAN = re.compile(r"[A-Za-z]{1,2}[\u4e00-\u9fff]")


def _term_label(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """Digits of a Chinese text glued to a Latin letter that neither a unit nor a magnitude reads,
    a Chinese noun right after the letter (宇宙3K背景辐射, 4K电视, 5A景区): a label inside the name of
    a thing, which the translation may give by the thing's English name ("the cosmic microwave
    background", "an ultra-HD TV"); its absence is minor, however often the name recurs.  A figure
    the letter belongs to (8K工资, 5kg) is read with it and stays judged; a label rendered with
    other digits ("8K TV" for 4K电视) is paired and compared.  Either side, where it is Chinese."""
    q = lo.nq.q
    side = pair.source if lo.side == "source" else pair.target
    if side is None or q.lang != "zh" or q.kind != "count" or not q.text.isdigit():
        return False
    return _LETTERS_THEN_HAN.match(side.block(q.block).text, q.end) is not None


_ZH_DIGITS = "〇一二三四五六七八九"
_ZH_NUMERAL_AROUND = "〇零一二两三四五六七八九十百千万亿"


def _spelt_digit_by_digit(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A whole number of the translation (two digits or more) that the source spells digit by digit
    in Chinese numerals, a designation the number engine does not read as a figure: 六〇二车间 as
    "Workshop 602", 一〇五国道 as "National Highway 105" (〇 typed as a letter O or a circle too,
    六O二: ``numbers.normalise``).  The same name, not a figure added; other digits (六〇二车间
    as "Workshop 620") are still one."""
    from ..numbers.normalise import normalise

    n = lo.nq
    if lo.side != "target" or pair.source is None or n.lo != n.hi or n.lo != n.lo.to_integral_value() \
            or n.q.kind != "count" or n.lo < 10:
        return False
    spelt = "".join("[〇零]" if d == "0" else _ZH_DIGITS[int(d)] for d in f"{n.lo:f}")
    pattern = re.compile(rf"(?<![{_ZH_NUMERAL_AROUND}]){spelt}(?![{_ZH_NUMERAL_AROUND}])")
    blocks = pair.source.document.blocks
    return any(pattern.search(normalise(blocks[i].text).text) for i in pair.alignment[lo.link].source
               if 0 <= i < len(blocks))


_A_SIDE = re.compile(r"\s*-?\s*a-?\s*side\b", re.IGNORECASE)
_ZH_TEAM_SIZE = re.compile(r"人制")


def _team_size_left_out(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A figure of the translation that names a game by its players a side ("England's 15-a-side
    team", "15-aside", "a five-a-side pitch") where the source names no game so (no …人制 in the
    link): the translation spells out which game, the source calls the team by its country or
    club, and no figure is lost or added.  Against a source that does (七人制 given as "15-a-side")
    the figure is still one added."""
    if lo.side != "target" or pair.source is None:
        return False
    text = pair.target.block(lo.nq.q.block).text
    if not _A_SIDE.match(text, lo.nq.q.end):
        return False
    blocks = pair.source.document.blocks
    return not any(_ZH_TEAM_SIZE.search(blocks[i].text) for i in pair.alignment[lo.link].source
                   if 0 <= i < len(blocks))


def _target_texts(pair: AnnotatedPair, lo: _Leftover) -> list[str]:
    """The texts of the translation's blocks in ``lo``'s link."""
    blocks = pair.target.document.blocks
    return [blocks[i].text for i in pair.alignment[lo.link].target if 0 <= i < len(blocks)]


_PARTY_WORDS = {2: "two_words_en", 3: "three_words_en"}


def _parties_by_a_word(pair: AnnotatedPair, leftovers: list[_Leftover]) -> set[int]:
    """Source counts of two or three in words (两国, 三方) that the link's translation gives by a
    word holding the number ("bilateral relations", "both countries", "trilateral talks"): no
    loss.  Each such word in the translation accounts for one count, in the source's order, so a
    second 两国 with one "both" is still reported."""
    found: set[int] = set()
    words_left: dict[tuple[int, int], int] = {}
    for i, lo in enumerate(leftovers):
        n = lo.nq
        if lo.side != "source" or n.q.kind != "count" or n.lo != n.hi or n.lo not in _PARTY_WORDS \
                or re.search(r"[0-9０-９]", n.q.text):
            continue
        key = (lo.link, int(n.lo))
        if key not in words_left:
            words = pattern(_PARTY_WORDS[key[1]])
            words_left[key] = sum(len(words.findall(text)) for text in _target_texts(pair, lo))
        if words_left[key] > 0:
            words_left[key] -= 1
            found.add(i)
    return found


# the number of things a set phrase counts (四个意识, 八项规定), not a numeral in a place's name (四川)
_PHRASE_NUMERAL = re.compile("^([一二两三四五六七八九十]+)[个项]")


def _set_phrase_figures(pair: AnnotatedPair, leftovers: list[_Leftover]) -> set[int]:
    """Figures of the translation that give the number of a set phrase the source's numbers leave
    alone, one counting its items (四个意识 as "the 4 awarenesses", 八项规定 as "the eight-point
    rules": a name, no quantity, in ``zh_not_quantities.txt``; not 四川 or 三亚): no addition.
    Each phrase accounts for one figure of its own number in the link's translation."""
    found: set[int] = set()
    phrases_left: dict[tuple[int, int], int] = {}
    phrases = exclusion_re("zh_not_quantities.txt")
    if pair.source is None or phrases is None:
        return found
    blocks = pair.source.document.blocks
    for i, lo in enumerate(leftovers):
        n = lo.nq
        if lo.side != "target" or n.lo != n.hi or n.q.kind != "count" or not 1 <= n.lo < 100 \
                or n.lo != int(n.lo):
            continue
        key = (lo.link, int(n.lo))
        if key not in phrases_left:
            numerals = [_PHRASE_NUMERAL.match(m.group()) for b in pair.alignment[lo.link].source
                        if 0 <= b < len(blocks) for m in phrases.finditer(blocks[b].text)]
            phrases_left[key] = sum(1 for m in numerals if m and parse_numeral(m.group(1))[0] == key[1])
        if phrases_left[key] > 0:
            phrases_left[key] -= 1
            found.add(i)
    return found


def _said_in_words(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source count the translation says in words the engine reads as no figure: none
    (疑似病例0例 "there were no suspected cases"), a whole day of hours (24小时密切关注
    "paid close attention around the clock") or a whole of 100% (水质100%达标 "the water
    has completely reached the standard"): minor, not a loss."""
    n = lo.nq
    if n.lo != n.hi:
        return False
    if n.q.kind == "percent" and n.unit == "%" and n.lo == 100:
        words = pattern("whole_words_en")
        return any(words.search(text) for text in _target_texts(pair, lo))
    if n.q.kind != "count":
        return False
    if n.lo == 0:
        words = pattern("zero_words_en")
    elif n.lo == 24 and n.unit == "hour":
        words = pattern("round_the_clock_en")
    else:
        return False
    return any(words.search(text) for text in _target_texts(pair, lo))


def _one_in_words(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A source count of one (上海1例) that the translation may give as a word the
    number engine does not read ("one in Shanghai", "a case"), or one unit of money
    (每投入1美元 "every dollar invested"), one unit of time named with its
    article (约1小时 "about an hour"), or one unit of measure in words (1米 "one meter"), or the word
    "one" with its unit left to be understood (不止 1 分钟，但不会超过 48 分钟 "more than one and less
    than 48"; not "one hour" for 1分钟, a unit of its own): minor, not a loss."""
    n = lo.nq
    if not (n.lo == n.hi == 1) or n.q.kind not in ("count", "money"):
        return False
    measure = n.unit in measure_units()
    words = _ONE_WORDS if not measure else _one_unit_words(n.unit or "")
    return any(words.search(text) or (measure and _ONE_UNIT_UNSAID.search(text)) for text in _target_texts(pair, lo)) \
        or (n.q.kind == "money" and n.unit is not None and _the_currency_for_one(pair, lo, n.unit))


# "one" with no noun after it (its unit understood from the sentence): "more than one and less than 48",
# "one, two or three", "only one."
_ONE_UNIT_UNSAID = re.compile(r"\bone\b(?=\s*(?:$|[,.;:!?)\"”’]|(?:and|or|but|to|nor)\b))", re.IGNORECASE)


def _the_currency_for_one(pair: AnnotatedPair, lo: _Leftover, code: str) -> bool:
    """One unit of a currency named as the currency itself ("the dollar", "the US dollar", "the euro":
    1美元可兑换7.12元人民币 "the dollar bought 7.12 yuan", 1欧元兑7.8元 "the euro was worth 7.8 yuan"),
    by its names in ``numbers/currencies.tsv``: the link's translation names it so more often than its
    source names it with no figure (对美元 "against the US dollar" accounts for one)."""
    names = _currency_names(code)
    if names is None:
        return False
    said = sum(len(names[1].findall(text)) for text in _target_texts(pair, lo))
    if not said or pair.source is None:
        return False
    blocks = pair.source.document.blocks
    bare = sum(len(names[0].findall(blocks[i].text)) for i in pair.alignment[lo.link].source
               if 0 <= i < len(blocks))
    return said > bare


@cache
def _currency_names(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the currency ``code`` named in Chinese with no figure before it, named in English after
    "the"); None for a currency with no name in words on either side."""
    en = sorted({s for s, c, _pos in currencies("en") if c == code and s[:1].isalpha() and not s.isupper()
                 and not s.endswith("s")}, key=len, reverse=True)
    zh = sorted({s for s, c, _pos in currencies("zh") if c == code and len(s) > 1 and s[0] > "\u2e80"},
                key=len, reverse=True)
    if not en or not zh:
        return None
    return (re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿])(?:" + "|".join(map(re.escape, zh)) + ")"),
            re.compile(r"\bthe\s+(?:" + "|".join(map(re.escape, en)) + r")\b", re.IGNORECASE))


@cache
def _whole_units() -> dict[str, tuple[Decimal, re.Pattern[str], re.Pattern[str]]]:
    """unit -> (the count of it that makes one larger unit, that one unit in Chinese words, in English
    words), from ``numbers/whole_time_units.tsv``."""
    table = {}
    for line in read_lines("numbers", "whole_time_units.tsv"):
        unit, count, zh, en = line.split("\t")
        # not a part of a larger numeral (十一年, 第一年) nor one and a bit (一年半, 一年多)
        table[unit] = (Decimal(count), re.compile(rf"(?<![\d一二三四五六七八九十百千万两第])(?:{zh})(?![半多零以])"),
                       re.compile(rf"\b(?:{en})\b(?![\s-]+and\s+a\s+half)", re.IGNORECASE))
    return table


def _whole_unit_in_words(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A count of a unit of time that makes exactly one larger unit (12 months, 7 days, 60 minutes)
    which the link's other side gives as that one unit in words, a figure the engine does not read
    (续约一年 "extend that by 12 months"; 合同期12个月 "a one-year contract"): minor, not a loss or an
    addition.  Another count (18 months against 一年) is still reported."""
    n = lo.nq
    entry = _whole_units().get(n.unit or "")
    if entry is None or n.q.kind != "count" or not (n.lo == n.hi == entry[0]):
        return False
    if lo.side == "source":
        return any(entry[2].search(text) for text in _target_texts(pair, lo))
    if pair.source is None:
        return False
    blocks = pair.source.document.blocks
    return any(entry[1].search(blocks[i].text) for i in pair.alignment[lo.link].source if 0 <= i < len(blocks))


_UNITS_OF_TIME = frozenset({"hour", "day", "week", "month", "year", "minute", "second", "century"})


@cache
def _one_unit_words(unit: str) -> re.Pattern[str]:
    """"an hour", "one day": one unit of time in words; "one meter": one unit of length or
    weight, by the word "one" only (not "a metre of cloth": no figure); "per mu", "per hour": the
    one unit a rate is given per (1亩苹果的年产值 "the annual output value per mu")."""
    names = sorted({w for w, u in unit_map("en_units.tsv").items() if u == unit} | {unit}, key=len, reverse=True)
    ones = "one|an?|single|per" if unit in _UNITS_OF_TIME else "one|per"
    return re.compile(rf"\b(?:{ones})[\s-]+(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


# 0比0, 0:0: a score without goals, which a match report gives as "goalless"
_NIL_SCORE = re.compile(r"0\s*(?:比|:|：)\s*0")
_NIL_WORDS = re.compile(r"\b(?:goalless|scoreless|nil-(?:nil|all)|0-0)\b", re.IGNORECASE)


def _nil_score(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A zero of a 0比0 score that the translation writes as a word ("a goalless first
    half", "scoreless"): no figure lost."""
    n = lo.nq
    if lo.side != "source" or pair.source is None or n.lo != 0 or n.hi != 0:
        return False
    text = pair.source.block(n.q.block).text
    if not any(m.start() <= n.q.start < m.end() for m in _NIL_SCORE.finditer(text)):
        return False
    blocks = pair.target.document.blocks
    return any(_NIL_WORDS.search(blocks[i].text) for i in pair.alignment[lo.link].target if 0 <= i < len(blocks))


_RATE_QUOTE = re.compile(r"^\s*(?:对|兑|兑换|可兑换|折合|合|=|＝)")


_AGAINST = re.compile(r"\d\s*(?:yuan\s+|RMB\s+)?(?:against|versus|vs\.?|per)\s", re.IGNORECASE)


def _counts_its_list(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A count of the items the source lists just before it (A大学、B大学、C大学3所高校 "A, B and C
    universities"): the list says how many, the translation that gives the list loses no fact.  A
    list closed by 等 ("and others") says fewer than its count, which stays a figure."""
    n = lo.nq
    if pair.source is None or n.q.kind != "count" or not (n.lo == n.hi) or not 2 <= n.lo <= _LONGEST_LIST:
        return False
    before = pair.source.block(n.q.block).text[:n.q.start]
    items = _CLAUSE_BREAK.split(before)[-1].split("、")
    if len(items) < 2 or any(not item or len(item) > _LONGEST_ITEM for item in items) or "等" in items[-1]:
        return False
    return len(items) + bool(_LAST_JOINT.search(items[-1])) == n.lo


_LONGEST_LIST = 12
_LONGEST_ITEM = 16
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?（(“”\s]")
_LAST_JOINT = re.compile("[和及与]")  # A、B和C: the last two items joined by a word


def _rate_unit(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """The one unit of an exchange-rate quote (1美元对人民币7.1498元) that the
    translation words as "7.1498 against the dollar": no fact dropped."""
    n = lo.nq
    if not (n.lo == n.hi == 1) or n.q.kind != "money" or pair.source is None:
        return False
    if not _RATE_QUOTE.match(pair.source.block(n.q.block).text[n.q.end:]):
        return False
    blocks = pair.target.document.blocks
    return any(_AGAINST.search(blocks[i].text) for i in pair.alignment[lo.link].target if 0 <= i < len(blocks))


@cache
def _turn_idiom_re() -> re.Pattern[str]:
    words = "|".join(sorted((w.strip() for w in read_lines("numbers", "zh_turn_idioms.txt")), key=len, reverse=True))
    return re.compile(rf"的?大?(?:{words})")


def _turn_idiom(pair: AnnotatedPair, lo: _Leftover) -> bool:
    """A turn of 180 or 360 degrees that sizes a change or a thoroughness (180度的大转弯 "a complete
    reversal", 360度全方位 "all-round"): an idiom, no fact dropped when the translation words it
    without the figure; an angle (旋转180度) is still a figure."""
    n = lo.nq
    if n.unit != "deg" or not (n.lo == n.hi and n.hi in (180, 360)) or pair.source is None:
        return False
    return bool(_turn_idiom_re().match(pair.source.block(n.q.block).text[n.q.end:]))


def _dropped_matters(n: NQ, salient_min: Decimal) -> bool:
    """A source figure whose loss is a warning: any figure written in digits,
    whatever its size (3例 as "several cases"), or a salient one in words;
    never a vague figure (几亿, 上百), which states no number to lose."""
    if is_vague(n.q):
        return False
    return bool(re.search(r"[0-9０-９]", n.q.text)) or _salient(n, salient_min) or _share_in_words(n)


def _share_in_words(n: NQ) -> bool:
    """A share the source states in words with 百分之 (百分之七十, as an essay writes 70%): a
    figure like any other, but for 百分之百 ("wholly"); tenths (一成半成 "a bit") are idiom as often."""
    return n.q.kind in ("percent", "points") and "百分之" in n.q.text and n.lo == n.hi and n.hi != 100


def _power_of_ten(v: Decimal) -> bool:
    t = v.normalize().as_tuple()
    return t.digits == (1,)


def _block_id(analysis: Analysis | None, index: int) -> str | None:
    if analysis is None:
        return None
    blocks = analysis.document.blocks
    return blocks[index].id if 0 <= index < len(blocks) else None


def _scale_finding(pair, a: NQ, b: NQ, k: int) -> Finding:
    vague = is_vague(a.q) or is_vague(b.q)
    data = {"ratio": 10 ** abs(k), "power": k, "direction": "too large" if k > 0 else "too small",
            "source_value": fmt_decimal(a.point.normalize()), "target_value": fmt_decimal(b.point.normalize())}
    if vague:  # an interval: no point value to expect (数亿 is not "550 million")
        expected = None
        msg = message("scale_vague", src=a.q.text, src_range=_range_text(a), tgt=b.q.text,
                      tgt_range=_range_text(b), ratio_text=f"about {ratio_text(k)}")
    else:
        expected = _expected_scaled(a, b)
        msg = message("scale", src=a.q.text, src_value_plain=_range_text(a),
                      tgt=b.q.text, ratio_text=ratio_text(k), expected=expected)
    return Finding(
        kind="scale", severity="warning" if vague else "error", message=msg,
        source_block=a.q.block, target_block=b.q.block,
        source_text=a.q.text, target_text=b.q.text, expected=expected,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data=data, evidence=evidence("numbers.scale", a.q, b.q, power=k),
    )


def _expected_scaled(a: NQ, b: NQ) -> str:
    """The translation's figure ``b`` written with the source's value ``a``; a range in both, end by
    end (138亿至143亿 as "138 billion to 143 billion": "13.8 billion to 14.3 billion", not its middle)."""
    factor, step = _norm_factor(b), _step_for(a, b)
    two = len(number_tokens(b.q.text)) == 2
    b_low, b_high = b.q.low, b.q.high
    whole = normalise(b.q) if two and not b.is_range and b_low and b_high else None
    if whole is not None and b_low and b_high and whole.is_range and b.lo in (whole.lo, whole.hi):
        # one end of a range paired alone (2万元以下 with the end of "between 5,000 and 200,000
        # yuan"): that end written with the source's value, the other kept
        end = 1 if b.lo == whole.hi else 0
        factor = whole.hi / b_high if end else whole.lo / b_low
        return render_like(a.point / factor, b.q, token=end, step=step, trim=True)
    if not (a.is_range and b.is_range and two):
        return render_like(a.point / factor, b.q, step=step, trim=True)
    low = render_like(a.lo / factor, b.q, token=0, step=step, trim=True)
    return render_like(a.hi / factor, replace(b.q, text=low), token=1, step=step, trim=True)


def _end_of_range(n: NQ) -> int | None:
    """Which end (0, 1) of its quantity's range a single figure paired alone is, else None."""
    q = n.q
    if n.is_range or q.value is not None or not (q.low and q.high) \
            or len(number_tokens(q.text) or cardinal_words(q.text)) != 2:
        return None
    whole = normalise(q)
    if whole is None or not whole.is_range or n.lo != n.hi:
        return None
    return 1 if n.lo == whole.hi else 0 if n.lo == whole.lo else None


def _range_text(n: NQ) -> str:
    if not n.is_range:
        return plain_value(n.lo, n.unit)
    return f"{plain_value(n.lo)} to {plain_value(n.hi, n.unit)}"


def _step_for(a: NQ, b: NQ) -> Decimal:
    """The last shown digit of source ``a`` in the units of translation ``b``: 5‰ is shown to
    the per mille, so as a percentage to the tenth ("0.5%", not "1%")."""
    return step_of(a.q) * _norm_factor(a) / _norm_factor(b)


def _norm_factor(n: NQ) -> Decimal:
    """Factor from the quantity's own units to its normalised units (成 -> %)."""
    q = n.q
    raw = q.value if q.value is not None else q.low
    if raw:
        return n.lo / raw
    return Decimal(1)


def _ratio_like(a: Quantity, b: Quantity) -> str | None:
    """The two terms of ratio ``a`` (25:19) in the form of ratio ``b`` ("25-17"): "25-19"."""
    sa, sb = number_tokens(a.text), number_tokens(b.text)
    if len(sa) != 2 or len(sb) != 2:
        return None
    (s1, e1), (s2, e2) = sb
    return b.text[:s1] + a.text[sa[0][0]:sa[0][1]] + b.text[e1:s2] + a.text[sa[1][0]:sa[1][1]] + b.text[e2:]


def _small_in_words(a: NQ, b: NQ, limit: Decimal) -> bool:
    """Two small counts, ordinals or sums, at least one in words, not of one stated
    unit, paired by place only: a sentence retold ("two men and four women" for
    六人, "the first time" for 第二次, "four plates" for 吃了一块) pairs them as often
    as a changed count does.  The same unit on both sides (三个半小时, "four and a
    half hours"; 三块钱, "four yuan") pairs them for sure."""
    if (written_in_digits(a.q) and written_in_digits(b.q)) or (a.q.unit is not None and a.q.unit == b.q.unit):
        return False
    if {a.q.kind, b.q.kind} - {"count", "ordinal", "money"}:
        return False
    stated = [v for q in (a.q, b.q) for v in (q.value, q.low, q.high) if v is not None]  # as written: 七天, not seconds
    return bool(stated) and max(stated) <= limit


@cache
def _placing_res() -> dict[str, re.Pattern[str]]:
    d = load_resource("placings.json")
    return {k: re.compile(v, re.IGNORECASE if k.startswith("en") else 0)
            for k, v in d.items() if k[:3] in ("zh_", "en_")}


def _placings(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """第三名, 位列奖牌榜第二 as "finished second", "second place": a placing both sides state
    (``resources/checks/placings.json``), no retold count; and 第五次访问 as "her fourth visit",
    an occasion both sides count."""
    if a.kind != "ordinal" or b.kind != "ordinal" or pair.source is None:
        return False
    res = _placing_res()
    source, text = pair.source.block(a.block).text, pair.target.block(b.block).text
    if res["zh_occasion_after"].match(source, a.end) and res["en_occasion_after"].match(text, b.end):
        return True
    if res["zh_rank_after"].match(source, a.end) and res["en_rank_after"].match(text, b.end):
        return True  # 第二大 as "third-largest": a rank by a superlative
    if not (res["zh_after"].match(source, a.end) or res["zh_before"].search(source[max(0, a.start - 10):a.start])):
        return False
    return bool(res["en_before"].search(text[max(0, b.start - 40):b.start]) or res["en_after"].match(text, b.end))


_PART_AFTER = re.compile(r"[条款项章节编]")


def _numbered_parts(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """第二款 as "paragraph 3", 第（五）项 as "item (3)": the numbers of a law's articles,
    paragraphs and items, a label in digits in the translation, are no retold count."""
    return a.kind == b.kind == "ordinal" and written_in_digits(b) and a.text.startswith("第") \
        and pair.source is not None and bool(_PART_AFTER.match(pair.source.block(a.block).text, a.end))


def _era_offset(q: Quantity) -> int | None:
    """The offset of a year the translation gives in an era by name ("Reiwa 6", "2569 BE"), whose
    digits are not the year's: the year less the digits written; else None."""
    digits = re.sub(r"\D", "", q.text)
    if q.value is None or not digits or not re.search(r"[A-Za-z]{2}", q.text) or int(digits) == int(q.value):
        return None
    return int(q.value) - int(digits)


_HALF_WORD = re.compile(r"(?i)\b(?:one[\s-])?half\b")


def _half_as_a_word(pair: AnnotatedPair, a: Quantity, b: Quantity) -> bool:
    """A translation's "half" while the source's block holds a 半 outside every figure the number
    engine read (半间屋子 "half a room", 半截 "half"): the source's own word, not another figure
    of the link (七成新 "70 per cent new") changed into a half."""
    if b.value != Decimal("0.5") or not _HALF_WORD.search(b.text) or pair.source is None:
        return False
    text = pair.source.block(a.block).text
    taken = [(q.start, q.end) for q in pair.source.quantities_in(a.block)]
    return any(c == "半" and not any(x <= k < y for x, y in taken) for k, c in enumerate(text))


def _value_finding(pair, a: NQ, b: NQ, sure: bool, minor: bool = False) -> Finding:
    key = "value" if sure else "value_unsure"
    expected: str | None
    if a.q.group == "inclusive" and b.q.group == "others":
        # 张欢等4位医生 is Zhang Huan "and three other doctors"
        expected = render_like(a.point - max(a.q.named, 1), b.q, step=_step_for(a, b), trim=True)
        key, sure = "value_inclusive", True
    elif a.q.kind == "ratio" and b.q.kind == "ratio":  # a score: 25:19 as "25-17"
        expected = _ratio_like(a.q, b.q)
    elif a.q.kind == b.q.kind == "year" and a.lo == a.hi and _ROC_WORDS.search(b.q.text):
        expected = re.sub(r"\d+", str(int(a.point) - ROC_BASE), b.q.text, count=1)  # "ROC year 111": 112
    elif a.q.kind == b.q.kind == "year" and a.lo == a.hi and (offset := _era_offset(b.q)) is not None:
        expected = re.sub(r"\d+", str(int(a.point) - offset), b.q.text, count=1)  # "2596 BE": 2569
    elif _periods_apart(a, b) and (like := _period_like(a, b)) is not None:
        expected = like  # 上半年 for "2H23": "1H23"; 第四季度 for "Third-quarter": "Fourth-quarter"
    elif a.q.kind == b.q.kind == "date" and a.q.when and (like := date_like(a.q.when, b.q)):
        expected = like  # 2021年5月3日 for "May 3, 2012": "May 3, 2021"
    elif a.q.kind == b.q.kind == "decade" and (a.is_range or b.is_range) and a.q.lang != b.q.lang:
        # 五六十年代 for "the 1960s and 1970s": "the 1950s and 1960s"; 80年代 for it: "the 1980s"
        expected = _decades_like(a, b.q) if a.is_range and b.is_range else \
            f"the {int(a.lo)}s and {int(a.hi)}s" if a.is_range else f"the {int(a.lo)}s"
    elif a.is_range or b.is_range or a.q.kind in QUIET_KINDS:
        expected = a.q.text if a.q.lang == b.q.lang else None
        if expected is None and not a.is_range and a.q.kind != "date":  # a date is not rendered as a number
            expected = render_like(a.lo / _norm_factor(b), b.q, step=_step_for(a, b), trim=True)
        elif expected is None and a.is_range and b.is_range and a.q.kind not in QUIET_KINDS \
                and len(number_tokens(b.q.text)) == 2:
            expected = _expected_scaled(a, b)  # 30至40人 as "3 to 4": "30 to 40", end by end
    elif a.point and a.point == -b.point:  # 公元前214年 as "214" or "214 BCE" for 214年: the era changed
        era = "BCE" if a.point < 0 else "CE"
        expected = f"{render_like(abs(a.point), b.q, step=_step_for(a, b), trim=True)} {era}"
        key = "value_era" if sure else key
    elif (end := _end_of_range(b)) is not None:
        # one end of the translation's range paired alone (十年以下 of 三年以上十年以下 with the
        # "seven" of "three to seven years"): that end written with the source's value
        factor = b.lo / (b.q.high if end else b.q.low)  # type: ignore[operator]
        expected = render_like(a.point / factor, b.q, token=end, step=_step_for(a, b), trim=True)
    else:
        expected = render_like(a.point / _norm_factor(b), b.q, step=_step_for(a, b), trim=True)
    msg = message(key, src=a.q.text, tgt=b.q.text, expected=expected or a.q.text)
    return Finding(
        kind="value", severity="error" if sure else "info" if minor else "warning", message=msg,
        source_block=a.q.block, target_block=b.q.block,
        source_text=a.q.text, target_text=b.q.text, expected=expected,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"source_value": fmt_decimal(a.point.normalize()), "target_value": fmt_decimal(b.point.normalize()),
              "kind": a.q.kind, "unit": a.unit},
        evidence=evidence(f"numbers.{key}", a.q, b.q),
    )

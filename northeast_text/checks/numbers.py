"""Check ``numbers``: every figure of the source against the translation.

On every alignment link the quantities of the source blocks are paired with
those of the target blocks by value, unit and kind.  Pairing runs in phases,
each taking the best remaining pairs first: exact value, value within the
rounding of the less precise side (half a unit of its last shown digit;
intervals by overlap), a power-of-ten ratio (``scale``), and finally the
remaining same-kind quantities at the same place in order (``value``).
Whatever is left is ``missing-number`` / ``extra-number``, except for what a
translator may legitimately add or drop: conversions into another currency,
anything inside a translator's note, years, ordinals and dates (they count only
when changed), and a second mention of a figure already paired.

The module also holds the small numeric helpers the other number checks share
(tolerances, normalised views of quantities, rendering like a given text).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping, Sequence

from ..model import AnnotatedPair, Analysis, Finding, Quantity
from . import register

# --------------------------------------------------------------------------
# resources


@lru_cache(maxsize=None)
def load_resource(name: str) -> dict:
    """A JSON file of ``northeast_text/resources/checks`` (cached)."""
    text = (resources.files("northeast_text") / "resources" / "checks" / name).read_text("utf-8")
    return json.loads(text)


def config_section(name: str) -> dict:
    return {k: v for k, v in load_resource("numbers.json")[name].items() if not k.startswith("_")}


def message(key: str, **fields: object) -> str:
    """Fill the message template ``key`` (resources/checks/messages.json)."""
    return load_resource("messages.json")[key].format(**fields)


@lru_cache(maxsize=None)
def pattern(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("connectors.json")[name], re.IGNORECASE)


# --------------------------------------------------------------------------
# numeric helpers

SCALE_EN = {
    "thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6, "mln": 6,
    "billion": 9, "bn": 9, "b": 9, "trillion": 12, "tn": 12, "tr": 12,
}
_EN_SCALE_WORDS = ((12, "trillion"), (9, "billion"), (6, "million"))
SCALE_ZH = {"万": 4, "萬": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8, "億": 8,
            "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12, "萬億": 12}

QUIET_KINDS = frozenset({"year", "decade", "century", "date", "ordinal"})
AMOUNT_KINDS = frozenset({"money", "count"})


def dec(x: object) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def step_of(q: Quantity) -> Decimal:
    """The unit of the last shown digit (from the engine, else from the value)."""
    if q.step is not None and q.step > 0:
        return q.step
    v = q.value if q.value is not None else (q.high if q.high is not None else q.low)
    if v is None:
        return Decimal(1)
    exp = v.normalize().as_tuple().exponent
    return Decimal(1).scaleb(min(int(exp), 0)) if isinstance(exp, int) else Decimal(1)


def half(d: Decimal) -> Decimal:
    return d / 2


def decimals_of(step: Decimal) -> int:
    exp = step.normalize().as_tuple().exponent
    return max(0, -int(exp)) if isinstance(exp, int) else 0


def fmt_decimal(d: Decimal, places: int | None = None, grouping: bool = False) -> str:
    """Plain positional text of ``d`` (no exponent), optionally rounded and grouped."""
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places)) if places > 0 else d.quantize(Decimal(1))
    if d == d.to_integral_value() and places in (None, 0):
        d = d.quantize(Decimal(1))
    text = format(d, "f")
    if grouping:
        sign = "-" if text.startswith("-") else ""
        text = text.lstrip("-")
        intpart, _, frac = text.partition(".")
        intpart = f"{int(intpart):,}"
        text = sign + intpart + ("." + frac if frac else "")
    return text


def plain_value(value: Decimal, unit: str | None = None) -> str:
    """A value as a translator reads it: '3.2553 trillion', '548 billion', '12,900'."""
    v = abs(value)
    for exp, word in _EN_SCALE_WORDS:
        if v >= Decimal(10) ** exp:
            m = (value / Decimal(10) ** exp).normalize()
            text = f"{fmt_decimal(m)} {word}"
            break
    else:
        text = fmt_decimal(value.normalize(), grouping=v >= 10000)
    u = {"CNY": "RMB", "%": "%"}.get(unit or "", unit or "")
    if u == "%":
        return text + "%"
    if u in ("RMB", "USD", "EUR", "GBP", "JPY", "HKD"):
        return f"{text} {u}"
    return text


_NUM_TOKEN = re.compile(r"(?<![\d.])\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?")
_EN_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion|trillion|bn|tn|mn|mln|[kmb])\b", re.IGNORECASE)


def number_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of digit numbers in ``text`` (with separators and decimals)."""
    return [m.span() for m in _NUM_TOKEN.finditer(text)]


def render_like(value: Decimal, like: Quantity, token: int | None = None,
                step: Decimal | None = None, trim: bool = False) -> str:
    """``like.text`` with its number (``token``-th digit number, default the
    last single one) replaced by ``value``, keeping its scale word when the
    value fits it, e.g. 18.2e9 like "approx. 18.3 billion USD" ->
    "approx. 18.2 billion USD".  Falls back to ``numbers.render.render_en``."""
    text = like.text
    spans = number_tokens(text)
    if not spans:
        return _render_fallback(value, like)
    if token is None:
        token = len(spans) - 1 if like.value is not None else 0
    token = max(0, min(token, len(spans) - 1))
    s, e = spans[token]
    exp, m, scale_end = _scale_after(text, e, like.lang)
    if m is None and exp == 0 and token < len(spans) - 1:
        # a range carries the scale word of its last end to the others
        exp, _, _ = _scale_after(text, spans[-1][1], like.lang)
    st = step if step is not None else step_of(like)
    unit = Decimal(10) ** exp
    mant = value / unit
    # the scale word no longer fits (off by 10^k): choose a better one
    if like.lang != "zh" and m and not (Decimal(1) <= abs(mant) < 1000):
        for e2, word in _EN_SCALE_WORDS:
            if abs(value) >= Decimal(10) ** e2:
                mant = value / Decimal(10) ** e2
                exp, unit = e2, Decimal(10) ** e2
                text = text[:e] + m.group(0).replace(m.group(1), word) + text[scale_end:]
                scale_end = e + len(m.group(0).replace(m.group(1), word))
                break
    places = decimals_of(st / unit) if st else None
    if trim and places:
        places = min(places, decimals_of(mant.quantize(Decimal(1).scaleb(-places)).normalize()))
    grouping = "," in text[s:e] or (abs(mant) >= 10000 and like.lang != "zh")
    new = fmt_decimal(mant, places, grouping=grouping)
    return text[:s] + new + text[e:]


def _scale_after(text: str, e: int, lang: str) -> tuple[int, re.Match[str] | None, int]:
    """(power of ten, English match, end) of a scale word right after offset ``e``."""
    if lang != "zh":
        m = _EN_SCALE_AFTER.match(text, e)
        if m:
            return SCALE_EN.get(m.group(1).lower(), 0), m, m.end()
        return 0, None, e
    for word in sorted(SCALE_ZH, key=len, reverse=True):
        if text.startswith(word, e):
            return SCALE_ZH[word], None, e + len(word)
    return 0, None, e


def _render_fallback(value: Decimal, like: Quantity) -> str:
    try:
        from ..numbers.render import render_en  # type: ignore

        return render_en(value, like.unit, like)
    except Exception:  # renderer missing or failing: plain text
        return plain_value(value, like.unit)


_RANGE_JOIN = re.compile(r"^\s*(?:to|and|[-–—~～至到])\s*$", re.IGNORECASE)


def scale_factor(q: Quantity) -> Decimal:
    """10^n of the quantity's scale word (1 without one)."""
    if not q.scale:
        return Decimal(1)
    exp = SCALE_EN.get(q.scale.lower()) or SCALE_ZH.get(q.scale)
    return Decimal(10) ** exp if exp else Decimal(1)


def join_ranges(text: str, qs: Sequence[Quantity]) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """The block's quantities in order, a range the engine left in two pieces
    ("RMB 30,000" + "50,000", "846" + "987 billion USD") joined into one
    range quantity; each with the engine's quantities it was made of."""
    qs = sorted(qs, key=lambda q: (q.start, q.end))
    out: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (nxt is not None and q.value is not None and nxt.value is not None
                and q.kind in ("money", "count") and nxt.kind in ("money", "count")
                and (q.unit is None or nxt.unit is None or q.unit == nxt.unit)
                and _RANGE_JOIN.match(text[q.end:nxt.start])
                and (not re.search(r"\band\b", text[q.end:nxt.start], re.IGNORECASE)
                     or re.search(r"\bbetween\s*$", text[:q.start], re.IGNORECASE))):
            low = q.value if q.scale or not nxt.scale else q.value * scale_factor(nxt)
            high = nxt.value if nxt.scale or not q.scale else nxt.value * scale_factor(q)
            if low < high:
                unit = q.unit or nxt.unit
                kind = "money" if "money" in (q.kind, nxt.kind) else "count"
                joined = Quantity(block=q.block, start=q.start, end=nxt.end, text=text[q.start:nxt.end],
                                  kind=kind, value=None, low=low, high=high, unit=unit,
                                  scale=nxt.scale or q.scale, qualifier=q.qualifier or nxt.qualifier,
                                  step=min(step_of(q) * (scale_factor(nxt) if not q.scale and nxt.scale else 1),
                                           step_of(nxt)), lang=q.lang or nxt.lang)
                out.append((joined, (q, nxt)))
                i += 2
                continue
        out.append((q, (q,)))
        i += 1
    return out


# --------------------------------------------------------------------------
# normalised view of a quantity


@dataclass(frozen=True, slots=True)
class NQ:
    """A quantity in comparable terms: family, unit, closed interval, tolerance."""

    q: Quantity
    family: str  # amount | percent | points | multiplier | ratio | year | ordinal | ...
    unit: str | None
    lo: Decimal
    hi: Decimal
    tol: Decimal  # half a unit of the last shown digit, in normalised units
    pos: int = 0  # index within its side of the link
    block_index: int = 0

    @property
    def point(self) -> Decimal:
        return self.lo if self.lo == self.hi else (self.lo + self.hi) / 2

    @property
    def is_range(self) -> bool:
        return self.lo != self.hi


_UNIT_FACTORS = {"成": ("%", Decimal(10)), "decade": ("year", Decimal(10)), "decades": ("year", Decimal(10)),
                 "century": ("year", Decimal(100)), "centuries": ("year", Decimal(100)),
                 "years": ("year", Decimal(1)), "年": ("year", Decimal(1)), "RMB": ("CNY", Decimal(1)),
                 "yuan": ("CNY", Decimal(1)), "percent": ("%", Decimal(1))}


def normalise(q: Quantity, pos: int = 0, block_index: int = 0,
              min_fraction_tol: Decimal = Decimal("0.5")) -> NQ | None:
    """Comparable view of ``q``; None when it commits to no interval."""
    if q.value is not None:
        lo = hi = q.value
    elif q.low is not None and q.high is not None:
        lo, hi = q.low, q.high
    else:
        return None
    unit = q.unit
    factor = Decimal(1)
    if unit in _UNIT_FACTORS:
        unit, factor = _UNIT_FACTORS[unit]
    kind = q.kind
    step = step_of(q)
    if kind in ("money", "count"):
        family = "amount"
    elif kind in ("percent", "fraction") or unit == "%":
        family = "percent"
        if kind == "fraction" and unit != "%":
            factor = factor * 100
        unit = "%"
    elif kind == "points" or unit == "pp":
        family, unit = "points", "pp"
    else:
        family = kind
    lo, hi, step = lo * factor, hi * factor, step * factor
    tol = half(step)
    if family == "percent" and q.kind == "fraction":
        tol = max(tol, min_fraction_tol)
    return NQ(q, family, unit, lo, hi, tol, pos, block_index)


def compatible(a: NQ, b: NQ) -> bool:
    """Same family and unit; a missing unit matches any.  Counts ignore their
    classifier-derived units ("3个" item vs "three" cities); money keeps its
    currency."""
    if a.family != b.family:
        return False
    if a.unit == b.unit or a.unit is None or b.unit is None:
        return True
    if a.family == "amount":
        kinds = {a.q.kind, b.q.kind}
        if kinds == {"count"}:
            return True
        if kinds == {"money", "count"}:
            return False  # a count with its own unit is not an amount of money
    return False


def overlap_within(a: NQ, b: NQ, scale_b: Decimal = Decimal(1)) -> bool:
    """Do the intervals agree within the rounding of the less precise side?"""
    tol = max(a.tol, b.tol / scale_b)
    return a.lo - tol <= b.hi / scale_b and b.lo / scale_b <= a.hi + tol


def exact(a: NQ, b: NQ) -> bool:
    return a.lo == b.lo and a.hi == b.hi


def rel_gap(a: NQ, b: NQ, scale_b: Decimal = Decimal(1)) -> Decimal:
    pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2 / scale_b
    den = max(abs(pa), abs(pb), Decimal("1e-12"))
    return abs(pa - pb) / den


def power_ratio(a: NQ, b: NQ) -> int | None:
    """k with b = a * 10^k within rounding (k != 0), else None."""
    pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
    if pa <= 0 or pb <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        k = int((pb / pa).log10().to_integral_value())
    if k == 0:
        return None
    if overlap_within(a, b, Decimal(10) ** k):
        return k
    return None


def ratio_text(k: int) -> str:
    r = Decimal(10) ** abs(k)
    return f"{fmt_decimal(r, grouping=True)}× too {'large' if k > 0 else 'small'}"


def digits_similar(a: Quantity, b: Quantity) -> bool:
    """Digits of two figures differ by at most two edits (typo, transposition)."""
    da = re.sub(r"\D", "", a.text)
    db = re.sub(r"\D", "", b.text)
    if not da or not db:
        return False
    return _edits(da, db) <= 2


def _edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def inside(q: Quantity, spans: Iterable[tuple[str, int, int]]) -> bool:
    return any(b == q.block and s <= q.start and q.end <= e for b, s, e in spans)


# --------------------------------------------------------------------------
# the check


@dataclass
class _Side:
    items: list[NQ] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)  # index -> other side index


@dataclass
class _Leftover:
    link: int
    nq: NQ
    side: str  # "source" | "target"


@register(
    "numbers",
    needs_source=True,
    kinds=("scale", "value", "missing-number", "extra-number"),
    description="Pair the figures of each aligned source and target block; report scale slips, "
    "changed digits, and figures missing or added without a reason.",
    **config_section("numbers"),
)
def check_numbers(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    if pair.source is None:
        return []
    src, tgt = pair.source, pair.target
    exempt = _exempt_target_spans(pair)
    markers = [(n.block, n.start, n.end) for n in src.notes if n.place == "inline"]  # the author's note markers
    conv_parts = _conversion_targets(tgt)
    conv_targets: set[int] = set()  # ids of the link quantities that are conversions
    quiet = frozenset(config.get("quiet_kinds", QUIET_KINDS))  # type: ignore[arg-type]
    min_frac = dec(config.get("min_fraction_tolerance_percent", "0.5"))
    findings: list[Finding] = []
    leftovers: list[_Leftover] = []
    # everything each link holds, for the neighbour search
    link_items: list[tuple[list[NQ], list[NQ]]] = []
    link_pairs: dict[int, list[tuple[Quantity, Quantity]]] = {}
    for li, link in enumerate(pair.alignment):
        if not link.source or not link.target:
            link_items.append(([], []))
            continue
        s_items = [n for n in _link_quantities(src, link.source, min_frac) if not inside(n.q, markers)]
        src_units = {n.unit for n in s_items if n.family == "amount"}
        t_items = [n for n in _link_quantities(tgt, link.target, min_frac, conv_parts, conv_targets)
                   if not inside(n.q, exempt)
                   and not (id(n.q) in conv_targets and n.unit not in src_units)]
        t_items = [NQ(n.q, n.family, n.unit, n.lo, n.hi, n.tol, i, n.block_index) for i, n in enumerate(t_items)]
        link_items.append((s_items, t_items))
        pairs: list[tuple[Quantity, Quantity]] = []
        f, left = _pair_link(pair, s_items, t_items, config, quiet, conv_targets, pairs)
        link_pairs[li] = pairs
        findings.extend(f)
        leftovers.extend(_Leftover(li, n, side) for side, n in left)
    findings.extend(_report_leftovers(pair, leftovers, link_items, config, quiet, link_pairs))
    return findings


def _exempt_target_spans(pair: AnnotatedPair) -> list[tuple[str, int, int]]:
    spans = [(n.block, n.start, n.end) for n in pair.target.notes]
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


def _conversion_targets(analysis: Analysis) -> set[int]:
    from .conversion import find_conversions

    return {id(p) for c in find_conversions(analysis) for p in c.converted.parts}


def _link_quantities(analysis: Analysis, indices: Sequence[int], min_frac: Decimal,
                     conv_parts: set[int] = frozenset(), conv_out: set[int] | None = None) -> list[NQ]:
    blocks = analysis.document.blocks
    out: list[NQ] = []
    for bi in indices:
        if not 0 <= bi < len(blocks):
            continue
        for q, parts in join_ranges(blocks[bi].text, analysis.quantities_in(blocks[bi].id)):
            n = normalise(q, len(out), bi, min_frac)
            if n is None:
                continue
            if conv_out is not None and any(id(p) in conv_parts for p in parts):
                conv_out.add(id(q))
            out.append(n)
    return out


def _pair_link(pair, S: list[NQ], T: list[NQ], config, quiet, conv_targets,
               pairs_out: list[tuple[Quantity, Quantity]] | None = None):
    """Assign in phases; return findings and the unpaired items."""
    s_used: dict[int, int] = {}
    t_used: dict[int, int] = {}
    findings: list[Finding] = []
    ns, nt = max(len(S), 1), max(len(T), 1)

    def place(i: int, j: int) -> float:
        return abs(i / ns - j / nt)

    def phase(test, key):
        cands = []
        for i, a in enumerate(S):
            if i in s_used:
                continue
            for j, b in enumerate(T):
                if j in t_used or not compatible(a, b):
                    continue
                r = test(a, b)
                if r is not None and r is not False:
                    cands.append((key(a, b, r), place(i, j), i, j, r))
        cands.sort(key=lambda c: (c[0], c[1]))
        out = []
        for _, _, i, j, r in cands:
            if i in s_used or j in t_used:
                continue
            s_used[i] = j
            t_used[j] = i
            out.append((i, j, r))
        return out

    phase(lambda a, b: exact(a, b) or None, lambda a, b, r: 0)
    phase(lambda a, b: overlap_within(a, b) or None, lambda a, b, r: rel_gap(a, b))
    scale_kinds = set(config.get("scale_kinds", ("money", "count")))  # type: ignore[arg-type]

    def scale_test(a: NQ, b: NQ):
        if a.family != "amount" or not ({a.q.kind, b.q.kind} <= scale_kinds):
            return None
        if not (a.q.scale or b.q.scale):
            return None
        return power_ratio(a, b)

    for i, j, k in phase(scale_test, lambda a, b, k: abs(k)):
        if id(T[j].q) in conv_targets:
            continue  # a conversion slip: the conversion check reports it
        findings.append(_scale_finding(pair, S[i], T[j], k))

    # the same figure read as different kinds by the two sides (29 vs 第29位)
    for i, a in enumerate(S):
        if i in s_used:
            continue
        for j, b in enumerate(T):
            if j in t_used or id(b.q) in conv_targets or a.family == b.family:
                continue
            if a.q.value is not None and a.q.value == b.q.value and "money" not in (a.q.kind, b.q.kind):
                s_used[i] = j
                t_used[j] = i
                break

    # changed digits: what is left, paired with a similar figure of the same kind
    sim_ratio = dec(config.get("value_similar_ratio", 2))
    cands = []
    for i, a in enumerate(S):
        if i in s_used:
            continue
        for j, b in enumerate(T):
            if j in t_used or id(b.q) in conv_targets or not compatible(a, b):
                continue
            similar = digits_similar(a.q, b.q)
            pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
            close = pa > 0 and pb > 0 and (pb / pa) <= sim_ratio and (pa / pb) <= sim_ratio
            if a.family in quiet and not similar:
                continue
            if not (similar or close):
                continue
            gap = abs(pa - pb) / max(abs(pa), abs(pb), Decimal("1e-12"))
            cands.append((not similar, place(i, j), gap, i, j, similar))
    cands.sort(key=lambda c: c[:3])
    for _, _, _, i, j, similar in cands:
        if i in s_used or j in t_used:
            continue
        s_used[i] = j
        t_used[j] = i
        findings.append(_value_finding(pair, S[i], T[j], sure=similar))

    if pairs_out is not None:
        pairs_out.extend((S[i].q, T[j].q) for i, j in s_used.items())
    left = [("source", S[i]) for i in range(len(S)) if i not in s_used]
    left += [("target", T[j]) for j in range(len(T)) if j not in t_used and id(T[j].q) not in conv_targets]
    # a second mention of a figure already paired is no loss and no addition
    paired_s = [S[i] for i in s_used]
    paired_t = [T[j] for j in t_used]
    out = []
    for side, n in left:
        pool = paired_s if side == "source" else paired_t
        if any(compatible(n, p) and overlap_within(n, p) for p in pool):
            continue
        out.append((side, n))
    return findings, out


def _report_leftovers(pair, leftovers: list[_Leftover], link_items, config, quiet,
                      link_pairs: Mapping[int, list[tuple[Quantity, Quantity]]] | None = None) -> list[Finding]:
    window = int(config.get("neighbour_links", 2))  # type: ignore[arg-type]
    salient_min = dec(config.get("salient_min_value", 100))
    cancelled: set[int] = set()
    for a_i, a in enumerate(leftovers):
        if a_i in cancelled or a.side != "source":
            continue
        for b_i, b in enumerate(leftovers):
            if b_i in cancelled or b.side != "target" or abs(a.link - b.link) > window:
                continue
            if (compatible(a.nq, b.nq) and overlap_within(a.nq, b.nq)) or (a.link == b.link and _small_word_match(a.nq, b.nq)):
                cancelled.update((a_i, b_i))  # misaligned, or the same small number read two ways
                break
    findings = []
    seen_minor: set[tuple[int, str, str, str]] = set()
    for i, lo in enumerate(leftovers):
        if i in cancelled or lo.nq.family in quiet:
            continue
        n = lo.nq
        salient = _salient(n, salient_min)
        severity = "warning" if salient else "info"
        if not salient:  # a minor figure repeated in a link ("两省" twice) is reported once
            key = (lo.link, lo.side, n.q.block, n.q.text)
            if key in seen_minor:
                continue
            seen_minor.add(key)
        link = pair.alignment[lo.link]
        lp = (link_pairs or {}).get(lo.link, [])
        if lo.side == "source":
            f = Finding(
                kind="missing-number", severity=severity,
                message=message("missing-number" if salient else "missing-number-minor", src=n.q.text),
                source_block=n.q.block,
                target_block=_block_by_position(pair.source, link.source, n.q, pair.target, link.target, lp),
                source_text=n.q.text, source_span=(n.q.start, n.q.end), check="numbers",
                data={"value": fmt_decimal(n.point.normalize()), "unit": n.unit, "kind": n.q.kind},
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
            )
        findings.append(f)
    return findings


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
        return big >= 10
    if big < salient_min or q.kind in ("multiplier", "fraction"):
        return False
    return not _power_of_ten(big)


def _power_of_ten(v: Decimal) -> bool:
    t = v.normalize().as_tuple()
    return t.digits == (1,)


def _block_id(analysis: Analysis | None, index: int) -> str | None:
    if analysis is None:
        return None
    blocks = analysis.document.blocks
    return blocks[index].id if 0 <= index < len(blocks) else None


def _scale_finding(pair, a: NQ, b: NQ, k: int) -> Finding:
    expected = render_like(a.point / _norm_factor(b), b.q, step=step_of(a.q), trim=True)
    msg = message("scale", src=a.q.text, src_value_plain=plain_value(a.point, a.unit),
                  tgt=b.q.text, ratio_text=ratio_text(k), expected=expected)
    return Finding(
        kind="scale", severity="error", message=msg,
        source_block=a.q.block, target_block=b.q.block,
        source_text=a.q.text, target_text=b.q.text, expected=expected,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"ratio": 10 ** abs(k), "power": k, "direction": "too large" if k > 0 else "too small", "source_value": fmt_decimal(a.point.normalize()),
              "target_value": fmt_decimal(((b.lo + b.hi) / 2).normalize())},
    )


def _norm_factor(n: NQ) -> Decimal:
    """Factor from the quantity's own units to its normalised units (成 -> %)."""
    q = n.q
    raw = q.value if q.value is not None else q.low
    if raw:
        return n.lo / raw
    return Decimal(1)


def _value_finding(pair, a: NQ, b: NQ, sure: bool) -> Finding:
    if a.is_range or b.is_range or a.q.kind in QUIET_KINDS:
        expected = a.q.text if a.q.lang == b.q.lang else None
        if expected is None:
            expected = render_like(a.lo / _norm_factor(b), b.q, step=step_of(a.q), trim=True) if not a.is_range else None
    else:
        expected = render_like(a.point / _norm_factor(b), b.q, step=step_of(a.q), trim=True)
    key = "value" if sure else "value_unsure"
    msg = message(key, src=a.q.text, tgt=b.q.text, expected=expected or a.q.text)
    return Finding(
        kind="value", severity="error" if sure else "warning", message=msg,
        source_block=a.q.block, target_block=b.q.block,
        source_text=a.q.text, target_text=b.q.text, expected=expected,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"source_value": fmt_decimal(a.point.normalize()), "target_value": fmt_decimal(b.point.normalize()),
              "kind": a.q.kind, "unit": a.unit},
    )

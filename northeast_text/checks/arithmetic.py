"""Check ``arithmetic``: totals, shares and ratios that the text's own figures contradict.

Runs on each side alone (so also with a translation alone):

* **sums** -- parts given "respectively"/分别 (or a list of three or more
  amounts in the same unit) against a stated total in the same block ("amounted
  to A, B and C respectively, with the cumulative ... reaching nearly T").  The
  parts' sum must fall in the band the total and its qualifier allow ("nearly
  T": a little under T; "more than T": at least T), within the rounding of
  every figure.
* **relations** -- a stated percentage, share, "half", "a third" or "N times"
  against the two figures it relates: given in a parenthesis right after it
  ("133% of the national level (national level, 9,030 RMB, the Northeast,
  12,900+ RMB)"), or as the only two same-unit figures of its clause.

It is conservative: a total far from its parts (not within a factor of two,
nor about 10^k of them) is taken to be the total of something else, and a
relation is flagged only when it fits none of A/B, B/A, the change between
them, or one taken as a level and the other as its change ("66.1 billion, up
14.6 billion, or 28.3%": 14.6 over the 51.5 before).  When both sides hold
the same inconsistency it is reported once, with both blocks, as a warning
("the same figures are in the original"): the translation is faithful and
the slip is the author's.  Only a slip the
translation adds (a scale word on top of the author's figures) stays an error.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from functools import cache

from ..model import Analysis, AnnotatedPair, Finding, Quantity
from . import register
from .quantities import (
    NQ,
    PRICE_SHARES,
    as_int,
    as_items,
    as_names,
    compatible,
    config_section,
    crowded_blocks,
    dec,
    evidence,
    find_conversions,
    fmt_decimal,
    load_resource,
    measure_units,
    message,
    normalise,
    overlap_within,
    pattern,
    period_named,
    power_ratio,
    read_of,
    render_like,
    span_of_time,
    step_of,
)

INF = Decimal("1e40")
_UPWARD = {"more-than", "over", "at-least", "plus"}
_DOWNWARD = {"less-than", "nearly"}
_ABOUT = {"approx", "about"}


@dataclass
class Issue:
    """An inconsistency found on one side."""

    side: str  # "source" | "target"
    block: str
    subtype: str  # "sum" | "relation"
    anchor: Quantity  # the total, or the relation figure
    others: list[Quantity]
    stated: Decimal  # total / relation value, normalised
    actual: Decimal  # sum / computed relation
    severity: str
    message: str
    expected: str | None
    data: dict = field(default_factory=dict)
    scale_k: int = 0


@register(
    "arithmetic",
    needs_source=False,
    kinds=("arithmetic",),
    description="Check stated totals, shares, ratios and multiples against the figures they relate, "
    "on each side; one finding when both sides share the inconsistency.",
    **config_section("arithmetic"),
)
def check_arithmetic(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    exempt = _conversion_parts(pair.target)
    tgt_issues = find_issues(pair.target, "target", config, exempt)
    src_issues = find_issues(pair.source, "source", config, _conversion_parts(pair.source)) if pair.source else []
    return _merge(pair, src_issues, tgt_issues)


def _conversion_parts(analysis: Analysis | None) -> set[int]:
    if analysis is None:
        return set()
    return {id(p) for c in find_conversions(analysis) for p in c.converted.parts}


# --------------------------------------------------------------------------
# finding issues on one side


def find_issues(
    analysis: Analysis, side: str, config: Mapping[str, object], exempt: Set[int] = frozenset()
) -> list[Issue]:
    """Every sum and relation inconsistency of one document."""
    issues: list[Issue] = []
    for block in crowded_blocks(analysis):
        qs = sorted((q for q in analysis.quantities_in(block.id) if id(q) not in exempt),
                    key=lambda q: (q.start, q.end))
        if len(qs) < 2:
            continue
        lang = block.lang or (qs[0].lang if qs else "en")
        issues.extend(_sum_issues(block.text, qs, lang, side, config))
        issues.extend(_relation_issues(block.text, qs, lang, side, config))
    return issues


def _strip_parens(text: str) -> str:
    prev = None
    while prev != text:
        prev = text
        text = pattern("parenthetical").sub("", text)
    return text


def _amount(q: Quantity) -> NQ | None:
    if q.kind not in ("money", "count"):
        return None
    return normalise(q)


def _lists(text: str, qs: Sequence[Quantity], lang: str) -> list[tuple[list[Quantity], bool]]:
    """Runs of same-unit amounts joined by list separators; (run, said-respectively)."""
    sep = pattern("list_sep")
    runs: list[list[Quantity]] = []
    cur: list[Quantity] = []
    for q in qs:
        n = _amount(q)
        if n is None:
            if cur:
                runs.append(cur)
                cur = []
            continue
        if cur:
            prev = cur[-1]
            gap = _strip_parens(text[prev.end:q.start])
            pn = _amount(prev)
            if (sep.match(gap) or _repeated_noun_sep(text, gap, q)) and pn is not None and compatible(pn, n):
                cur.append(q)
                continue
            runs.append(cur)
        cur = [q]
    if cur:
        runs.append(cur)
    resp = pattern("respectively_zh" if lang == "zh" else "respectively_en")
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        if lang == "zh":
            before = text[max(0, run[0].start - 8):run[0].start]
            said = bool(resp.search(before))
        else:
            after = _strip_parens(text[run[-1].end:run[-1].end + 80])
            said = bool(re.match(r"^[\s,]*" + resp.pattern, after, re.IGNORECASE))
        out.append((run, said))
    return out


def _repeated_noun_sep(text: str, gap: str, q: Quantity) -> bool:
    """"45所学校和37所学校": the noun after each figure repeated, then a separator."""
    m = re.match(r"^([\u4e00-\u9fff]{1,4}?)(?:、|，|,|和|及|与|以及)$", gap)
    return m is not None and text.startswith(m.group(1), q.end)


def _sum_issues(text: str, qs: Sequence[Quantity], lang: str, side: str, config) -> list[Issue]:
    cue = pattern("total_cue_zh" if lang == "zh" else "total_cue_en")
    window = as_int(config.get("total_cue_window_zh" if lang == "zh" else "total_cue_window_en", 60))
    kinds = as_names(config.get("sum_kinds", ("money", "count")))
    issues = []
    for run, said in _lists(text, qs, lang):
        if any(q.kind not in kinds for q in run):
            continue
        parts = [_amount(q) for q in run]
        if any(p is None for p in parts):
            continue
        total = _breakdown_total(text, qs, run, parts, said, lang, window)
        if total is None and (said or len(run) >= 3):
            total = _find_total(text, qs, run, parts, cue, window)
        if total is None:
            continue
        issue = _judge_sum(run, parts, total, side, config, lang)  # type: ignore[arg-type]
        if issue is not None:
            issues.append(issue)
    return issues


def _summable(part: NQ, total: NQ) -> bool:
    """A part can add to the total: compatible, and not a measure against a classifier's count (flats
    of 105平方米、114平方米 are no parts of 252套 flats)."""
    measured = {u in measure_units() for u in (part.unit, total.unit) if u is not None}
    return compatible(part, total) and len(measured) < 2


def _find_total(text, qs, run, parts, cue, window) -> Quantity | None:
    in_run = {id(q) for q in run}
    after = [q for q in qs if q.start >= run[-1].end and id(q) not in in_run]
    before = [q for q in qs if q.end <= run[0].start and id(q) not in in_run]
    for q in after:
        n = _amount(q)
        if n is None or not _summable(parts[0], n):
            continue
        lo = max(run[-1].end, q.start - window)
        if cue.search(text, lo, q.start):
            return q
        break  # only the first compatible figure after the list
    lang = run[0].lang
    part_cue = pattern("part_cue_zh" if lang == "zh" else "part_cue_en")
    for q in reversed(before):
        n = _amount(q)
        if n is None or not _summable(parts[0], n):
            continue
        between = text[q.end:run[0].start]
        if re.search(r"[。!?！？]|[.]\s", between):
            break
        # "a total of T, of which A, B and C" / "T，其中A、B、C分别…"
        if cue.search(text, max(0, q.start - window), q.start) or part_cue.search(between):
            return q
        break
    return None


def _enclosing_paren(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the innermost parenthesis holding text[start:end]."""
    depth = 0
    for i in range(start - 1, -1, -1):
        ch = text[i]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                close = _matching_paren(text, i)
                if close is not None and close >= end:
                    return i, close
                return None
            depth -= 1
    return None


def _breakdown_total(text, qs, run, parts, said, lang, window) -> Quantity | None:
    """A whole followed by its breakdown in brackets: "60 villages (35 and 28
    villages respectively)", "共60个村（分别为35个和28个）".

    The parts must fill a parenthesis that opens shortly after the whole, in the
    same sentence, and either say "respectively"/分别 or a part cue
    (including/其中), or hold nothing but same-unit amounts (no years, dates or
    percentages).  Of the compatible figures before the bracket, the whole is
    the one the parts' sum comes nearest to (a breakdown sums to its whole);
    the sum rule's own plausibility window then decides whether it is one."""
    enc = _enclosing_paren(text, run[0].start, run[-1].end)
    if enc is None:
        return None
    open_, close = enc
    inner = [q for q in qs if q.start > open_ and q.end <= close]
    in_run = {id(q) for q in run}
    part_cue = pattern("part_cue_zh" if lang == "zh" else "part_cue_en")
    cued = said or bool(part_cue.search(text, open_, run[0].start))
    if not cued and any(q.kind in ("year", "date", "decade", "percent", "points", "fraction", "multiplier")
                        for q in inner if id(q) not in in_run):
        return None
    if not cued and re.search(r"\b(?:from|to|versus|vs|compared|up|down)\b|比|较|同比|增|降|减", text[open_:close],
                              re.IGNORECASE):
        return None
    s_mid = sum(((p.lo + p.hi) / 2 for p in parts), Decimal(0))
    best: tuple[Decimal, Quantity] | None = None
    for q in qs:
        if q.end > open_ or id(q) in in_run:
            continue
        gap = text[q.end:open_]
        if len(gap) > window or re.search(r"[。!?！？;；]|[.]\s", gap):
            continue
        n = _amount(q)
        if n is None or not all(_summable(p, n) for p in parts):
            continue
        T = (n.lo + n.hi) / 2
        if T <= 0 or s_mid <= 0:
            continue
        dist = abs((s_mid / T).ln())
        if best is None or dist < best[0]:
            best = (dist, q)
    return best[1] if best else None


def _interval(n: NQ) -> tuple[Decimal, Decimal]:
    """What a figure commits to, with its qualifier, as a closed interval."""
    lo, hi = n.lo - n.tol, n.hi + n.tol
    qual = n.q.qualifier
    if qual in _UPWARD:
        hi = INF
    elif qual in _DOWNWARD:
        lo = Decimal(0)
        hi = n.hi + (n.tol if qual == "nearly" else 0)
    return lo, hi


def _judge_sum(run, parts: list[NQ], total_q: Quantity, side, config, lang) -> Issue | None:
    total = _amount(total_q)
    if total is None:
        return None
    s_lo = sum((_interval(p)[0] for p in parts), Decimal(0))
    s_hi = sum((min(_interval(p)[1], INF) for p in parts), Decimal(0))
    s_mid = sum(((p.lo + p.hi) / 2 for p in parts), Decimal(0))
    parts_tol = sum((p.tol for p in parts), Decimal(0))
    T = (total.lo + total.hi) / 2
    if T <= 0 or s_mid <= 0:
        return None
    about = dec(config.get("about_band", "0.05"))
    nearly = dec(config.get("nearly_band", "0.2"))
    qual = total_q.qualifier
    if qual == "nearly":
        b_lo, b_hi = total.lo * (1 - nearly) - total.tol, total.hi + parts_tol
    elif qual in _DOWNWARD:
        b_lo, b_hi = Decimal(0), total.hi + total.tol + parts_tol
    elif qual in _UPWARD:
        b_lo, b_hi = total.lo - total.tol - parts_tol, INF
    elif qual in _ABOUT:
        b_lo, b_hi = total.lo * (1 - about) - total.tol, total.hi * (1 + about) + total.tol
    else:
        b_lo, b_hi = total.lo - total.tol, total.hi + total.tol
    w_lo, w_hi = (dec(w) for w in as_items(config.get("sum_ratio_window", (0.5, 2.0))))
    ratio = s_mid / T
    k = 0
    if not (w_lo <= ratio <= w_hi):
        with localcontext() as ctx:
            ctx.prec = 28
            k = int(ratio.log10().to_integral_value())
        slack = dec(config.get("sum_scale_slack", "0.15"))
        if k == 0 or abs(ratio / Decimal(10) ** k - 1) > slack:
            return None  # the total of something else
        # about 10^k: a scale word is wrong somewhere
        scaled = ratio / Decimal(10) ** k
        if not (1 - slack <= scaled <= 1 + slack):
            return None
    elif s_lo <= b_hi and b_lo <= s_hi:
        return None  # consistent
    dist = (s_lo - b_hi) if s_lo > b_hi else (b_lo - s_hi)
    rel = abs(dist) / T
    err = dec(config.get("error_relative_deviation", "0.05"))
    severity = "warning" if k else ("error" if rel > err else "warning")
    parts_text = ", ".join(q.text for q in run)
    expected = _sum_expected(s_mid, total_q, max(step_of(q) for q in run))
    key = "arithmetic_sum_scale" if k else "arithmetic_sum"
    rt = f"{fmt_decimal(Decimal(10) ** abs(k), grouping=True)}× {'more than' if k > 0 else 'less than'}" if k else ""
    msg = message(key, parts=parts_text, sum_text=expected, total=total_q.text, ratio_text=rt)
    return Issue(side, total_q.block, "sum", total_q, list(run), T, s_mid, severity, msg, expected,
                 {"sum": fmt_decimal(s_mid.normalize()), "total": fmt_decimal(T.normalize()),
                  "parts": [fmt_decimal(((p.lo + p.hi) / 2).normalize()) for p in parts],
                  "qualifier": qual}, scale_k=k)


def _sum_expected(s: Decimal, total_q: Quantity, parts_step: Decimal | None = None) -> str:
    """The sum written like the total, one digit finer at most: "about 12.0 trillion RMB"."""
    st = max(step_of(total_q) / 10, parts_step or Decimal(0))
    text = render_like(s, total_q, step=st)
    qual = total_q.qualifier
    if qual:
        for word in ("nearly", "almost", "close to", "more than", "over", "less than", "under", "about",
                     "approx.", "around", "接近", "将近", "近", "超过", "不足", "约"):
            if text.lower().startswith(word):
                text = text[len(word):].lstrip()
                break
    return ("约" if total_q.lang == "zh" else "about ") + text


# --------------------------------------------------------------------------
# relations


def _relation_value(q: Quantity) -> tuple[str, Decimal] | None:
    """(kind, value as a plain ratio) of a share / multiple, else None."""
    n = normalise(q)
    if n is None:
        return None
    if n.family == "percent" and q.unit != "pp" and n.unit not in PRICE_SHARES:  # 八折 is no share of a total
        return "share", (n.lo + n.hi) / 2 / 100
    if q.kind == "multiplier":
        return "times", (n.lo + n.hi) / 2
    return None


def _relation_interval(q: Quantity, v: Decimal, kind: str, config) -> tuple[Decimal, Decimal]:
    n = normalise(q)
    assert n is not None
    tol = n.tol / 100 if kind == "share" else n.tol
    band = dec(config.get("relation_about_band", "0.02"))
    qual = q.qualifier
    lo, hi = v - tol, v + tol
    if qual in _ABOUT:
        lo, hi = lo - v * band, hi + v * band
    elif qual == "nearly":
        lo, hi = v * (1 - dec(config.get("nearly_band", "0.2"))), v
    elif qual in _DOWNWARD:
        lo, hi = Decimal(0), v
    elif qual in _UPWARD:
        lo, hi = v, INF
    return lo, hi


def _relation_issues(text: str, qs: Sequence[Quantity], lang: str, side: str, config) -> list[Issue]:
    issues = []
    # a test statistic (χ²=19.37, P<0.01, n=156) is no term of a relation
    stat = pattern("statistic_label")
    qs = [q for q in qs if not stat.search(text, max(0, q.start - 16), q.start)]
    used: set[int] = set()
    window = as_int(config.get("relation_paren_window", 40))
    # 1. the two figures in a parenthesis right after the relation
    for q in qs:
        rv = _relation_value(q)
        if rv is None:
            continue
        m = re.compile(r"[(（]").search(text, q.end, q.end + window)
        if not m:
            continue
        between = text[q.end:m.start()]
        if re.search(r"[。.;；!?！？]\s*|[)）]", between):
            continue
        if any(o.start >= q.end and o.end <= m.start() and o.kind not in ("year", "date", "decade") for o in qs):
            continue
        close = _matching_paren(text, m.start())
        if close is None:
            continue
        inner = [o for o in qs if o.start > m.start() and o.end <= close]
        amounts = [o for o in inner if _amount(o) is not None]
        if len(amounts) != 2 or len(inner) != len(amounts):
            continue
        issue = _judge_relation(q, rv, amounts[0], amounts[1], side, config, sure=True)
        used.add(id(q))
        if issue:
            issues.append(issue)
    # 2. the only relation and the only two figures of a sentence, in the same
    #    unit, the relation's own clause either holding one of them or being an
    #    apposition ("..., just around 40% of the total", "，仅占…的四成")
    lead = pattern("relation_lead_zh" if lang == "zh" else "relation_lead_en")
    comma = pattern("clause_comma")
    threshold = pattern(f"threshold_{'zh' if lang == 'zh' else 'en'}")  # "passing Rmb60bn": a mark, no term
    by_start = sorted(qs, key=lambda q: q.start)
    starts = [q.start for q in by_start]
    for start, end in _clauses(text, lang):
        in_clause = by_start[bisect_left(starts, start):bisect_left(starts, end)]
        cq = [q for q in in_clause if q.end <= end and q.kind not in ("year", "date", "decade", "ordinal")]
        rels = [q for q in cq if _relation_value(q) is not None]
        amounts = [q for q in cq if _amount(q) is not None]
        if len(rels) != 1 or len(amounts) != 2 or len(cq) != 3 or id(rels[0]) in used \
                or any(threshold.search(text, max(0, q.start - 20), q.start) for q in amounts):
            continue
        r = rels[0]
        qa, qb = amounts
        if not qa.unit or qa.unit != qb.unit or _of_a_named_whole(text, r, lang, start):
            continue
        if lang == "zh" and (span_of_time(text, qa) or span_of_time(text, qb)):
            continue  # 20年来的最低…过去10年中下降了84%: the span a change holds over, not its term
        if period_named(text, qa, lang) or period_named(text, qb, lang):
            continue  # a rate of "the last 12 months" against "the previous 12": periods, not terms
        c_start = max([start] + [m.end() for m in comma.finditer(text, start, r.start)])
        c_end = min([end] + [m.start() for m in comma.finditer(text, r.end, end)])
        holds = any(c_start <= q.start and q.end <= c_end for q in amounts)
        if not holds and not lead.search(text[c_start:r.start]):
            continue
        issue = _judge_relation(r, _relation_value(r), qa, qb, side, config, sure=False)  # type: ignore[arg-type]
        if issue:
            issues.append(issue)
    return issues


@cache
def _whole_re(lang: str) -> re.Pattern[str]:
    return re.compile(load_resource("relation_bases.json")[lang])


def _of_a_named_whole(text: str, r: Quantity, lang: str, clause_start: int) -> bool:
    """"a quarter of the country's output", 占全国…的四分之一, 充入50%电量 ("fills the battery
    to 50%"): the share's base is a whole the text names, not one of the figures beside it."""
    whole = _whole_re(lang)
    before, after = text[clause_start:r.start], text[r.end:r.end + 40]
    if lang == "zh":
        return bool(whole.search(before) or _whole_re("zh_after").match(after))
    return bool(whole.match(text[r.end:]) or _whole_re("en_store_before").search(before)
                or _whole_re("en_store_after").match(after))


def _matching_paren(text: str, i: int) -> int | None:
    depth = 0
    for j in range(i, len(text)):
        if text[j] in "(（":
            depth += 1
        elif text[j] in ")）":
            depth -= 1
            if depth == 0:
                return j
    return None


def _clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentences (and semicolon-separated parts) of a block, as spans."""
    brk = pattern("clause_break_zh" if lang == "zh" else "clause_break_en")
    ends = [m.start() for m in brk.finditer(text)]
    if lang != "zh":
        ends += [m.end() - 1 for m in re.finditer(r"[.!?](?=\s+[A-Z\"“(])", text)
                 if not _abbrev_before(text, m.start())]
    bounds = sorted(set([0, *ends, len(text)]))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _abbrev_before(text: str, i: int) -> bool:
    m = re.search(r"([A-Za-z.]+)$", text[max(0, i - 40):i])  # a bounded look back: linear overall
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    return word in set(load_resource("connectors.json")["sentence_abbrev_en"])


def _judge_relation(r: Quantity, rv: tuple[str, Decimal], qa: Quantity, qb: Quantity, side, config,
                    sure: bool) -> Issue | None:
    a, b = _amount(qa), _amount(qb)
    if a is None or b is None or not compatible(a, b):
        return None
    kind, v = rv
    r_lo, r_hi = _relation_interval(r, v, kind, config)
    a_lo, a_hi = _interval(a)
    b_lo, b_hi = _interval(b)
    if a_lo <= 0 or b_lo <= 0:
        return None
    cands: list[tuple[str, Decimal, Decimal, Decimal]] = []  # name, mid, lo, hi

    def ratio(xl, xh, yl, yh, xm, ym):
        return xm / ym, xl / yh, (xh / yl if xh < INF else INF)

    am, bm = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
    m1 = ratio(a_lo, a_hi, b_lo, b_hi, am, bm)
    m2 = ratio(b_lo, b_hi, a_lo, a_hi, bm, am)
    cands.append(("a/b", *m1))
    cands.append(("b/a", *m2))
    # a change between them ("20% higher", "3 times more"), or a level and its change ("66.1
    # billion, up 14.6 billion, or 28.3%"): the change over the level before it (less a rise, plus a fall)
    change = abs(bm - am)
    for name, part, base in (("change/a", change, am), ("change/b", change, bm), ("b/(a-b)", bm, am - bm),
                             ("a/(b-a)", am, bm - am), ("b/(a+b)", bm, am + bm), ("a/(a+b)", am, am + bm)):
        if base <= 0:
            continue
        c = part / base
        cands.append((name, c, c * Decimal("0.98"), c * Decimal("1.02")))
    for _, _, lo, hi in cands:
        if lo <= r_hi and r_lo <= hi:
            return None
    # plausibility: figures that miss the stated relation by orders of magnitude
    # in every reading (a monthly per-person sum against an annual national
    # total) are not its terms; nor are figures whose ratio shows as 0
    far = dec(config.get("relation_max_factor", "100"))
    if v > 0 and all(c[1] <= 0 or max(c[1] / v, v / c[1]) > far for c in cands):
        return None
    # the nearest of the direct relations is what the text most likely meant
    name, mid, lo, hi = min(cands[:2], key=lambda c: abs(c[1] - v) / max(v, Decimal("1e-9")))
    dist = (lo - r_hi) if lo > r_hi else (r_lo - hi)
    rel = dist / v if v else Decimal(1)
    err = dec(config.get("error_relative_deviation", "0.05"))
    if not sure and rel <= err:
        return None  # an unsure relation off by a little: keep quiet
    severity = "error" if (sure and rel > err) else "warning"
    shown = mid * 100 if kind == "share" else mid
    n = normalise(r)
    st = min(n.tol * 2 if n else Decimal(1), Decimal(1) if kind == "share" else Decimal("0.1"))
    shown_r = (shown / st).quantize(Decimal(1)) * st
    if shown_r == 0:
        return None  # "give 0.0%": the figures are not the relation's terms
    if re.search(r"[0-9０-９]", r.text):
        expected = render_like(shown_r / _unit_factor(r), r, step=st / _unit_factor(r))
    else:  # a relation in words ("more than three times", "四成")
        num = fmt_decimal(shown_r.normalize())
        if r.lang == "zh":
            expected = f"约{num}%" if kind == "share" else f"约{num}倍"
        else:
            expected = f"about {num}%" if kind == "share" else f"about {num} times"
    actual_text = (fmt_decimal(shown, 1) + "%") if kind == "share" else (fmt_decimal(shown, 2) + "×")
    msg = message("arithmetic_relation", relation=r.text, a=qa.text, b=qb.text, actual=actual_text)
    return Issue(side, r.block, "relation", r, [qa, qb], v, mid, severity, msg, expected,
                 {"stated": fmt_decimal(v.normalize()), "computed": fmt_decimal(mid, 4), "relation": name})


def _unit_factor(q: Quantity) -> Decimal:
    """Normalised units per own unit (成 -> 10 %, fraction -> 100 %)."""
    n = normalise(q)
    raw = q.value if q.value is not None else q.low
    if n is None or not raw:
        return Decimal(1)
    return n.lo / raw


# --------------------------------------------------------------------------
# one finding per inconsistency


def _merge(pair: AnnotatedPair, src: list[Issue], tgt: list[Issue]) -> list[Finding]:
    findings: list[Finding] = []
    used_src: set[int] = set()
    for t in tgt:
        s_match = None
        for i, s in enumerate(src):
            if i in used_src or s.subtype != t.subtype or not _linked(pair, s.block, t.block):
                continue
            if _same_anchor(s.anchor, t.anchor):
                s_match = i
                break
        if s_match is not None:
            used_src.add(s_match)
            s = src[s_match]
            findings.append(_finding(pair, s, t, both=True))
        else:
            findings.append(_finding(pair, None, t, both=False))
    for i, s in enumerate(src):
        if i in used_src:
            continue
        findings.append(_finding(pair, s, None, both=False))
    return findings


def _same_anchor(a: Quantity, b: Quantity) -> bool:
    na, nb = normalise(a), normalise(b)
    if na is None or nb is None:
        return False
    return overlap_within(na, nb) or (na.family == nb.family == "amount" and power_ratio(na, nb) is not None)


def _linked(pair: AnnotatedPair, src_block: str, tgt_block: str) -> bool:
    si = _index(pair.source, src_block)
    ti = _index(pair.target, tgt_block)
    return any(si in link.source and ti in link.target for link in pair.alignment)


def _index(analysis: Analysis | None, block_id: str) -> int:
    if analysis is None:
        return -1
    for i, b in enumerate(analysis.document.blocks):
        if b.id == block_id:
            return i
    return -1


def _target_counterpart(pair: AnnotatedPair, s: Issue) -> tuple[str | None, Quantity | None]:
    """The target block linked to the issue's source block, and the anchor's rendering there."""
    si = _index(pair.source, s.block)
    for link in pair.alignment:
        if si in link.source and link.target:
            blocks = [pair.target.document.blocks[i] for i in link.target if 0 <= i < len(pair.target.document.blocks)]
            for blk in blocks:
                for q in pair.target.quantities_in(blk.id):
                    if _same_anchor(s.anchor, q):
                        return blk.id, q
            return (blocks[0].id if blocks else None), None
    return None, None


def _finding(pair: AnnotatedPair, s: Issue | None, t: Issue | None, both: bool) -> Finding:
    main = t or s
    assert main is not None
    source_block = s.block if s else None
    source_text = s.anchor.text if s else None
    source_span = (s.anchor.start, s.anchor.end) if s else None
    target_block = t.block if t else None
    target_text = t.anchor.text if t else None
    target_span = (t.anchor.start, t.anchor.end) if t else None
    msg = main.message
    if s is not None and t is None:
        target_block, q = _target_counterpart(pair, s)
        if q is not None:
            target_text, target_span = q.text, (q.start, q.end)
    if t is not None and s is None and pair.source is not None:
        ti = _index(pair.target, t.block)
        for link in pair.alignment:
            if ti in link.target and link.source:
                source_block = pair.source.document.blocks[link.source[0]].id
                break
    if both and s is not None and t is not None:
        if t.scale_k and not s.scale_k:
            factor = fmt_decimal(Decimal(10) ** abs(t.scale_k), grouping=True)
            rt = f"{factor}× {'more than' if t.scale_k > 0 else 'less than'}"
            msg = message("arithmetic_source_scaled", message=s.message, ratio_text=rt)
        else:
            msg = message("arithmetic_both", message=t.message)
    elif s is not None and t is None:
        msg = message("arithmetic_source", message=s.message)
    sev_rank = {"error": 0, "warning": 1, "info": 2}
    severity = min((x.severity for x in (s, t) if x is not None), key=lambda v: sev_rank[v])
    if s is not None and not (t is not None and t.scale_k and not s.scale_k) and severity == "error":
        severity = "warning"  # the translation repeats the author's slip: nothing for the translator to fix
    expected = (t.expected if t is not None and not t.scale_k else None) or (s.expected if s else None)
    if both and s is not None and t is not None and t.scale_k and s.subtype == "sum":
        expected = _sum_expected(s.actual, t.anchor)
    if t is None and s is not None and target_text is not None:
        expected = None  # the source-side expected text is in the wrong language for the target
    data = dict((s or t).data)  # type: ignore[union-attr]
    data["subtype"] = main.subtype
    data["sides"] = [x.side for x in (s, t) if x is not None]
    ev = evidence(f"arithmetic.{main.subtype}", s.anchor if s else None, t.anchor if t else None,
                  parts=[read_of(q) for q in main.others], stated=fmt_decimal(main.stated.normalize()),
                  actual=fmt_decimal(main.actual.normalize()), sides=data["sides"])
    return Finding(
        kind="arithmetic", severity=severity, message=msg,
        source_block=source_block, target_block=target_block,
        source_text=source_text, target_text=target_text, expected=expected,
        source_span=source_span, target_span=target_span, check="arithmetic", data=data, evidence=ev,
    )

"""Check ``conversion``: the translator's currency conversions against the rate.

Translators often add a conversion after an amount: "548 billion RMB (approx.
76.7 billion USD)", "104.7 billion RMB – approx. 14.6 billion USD",
"(129 billion RMB = approx. 18.1 billion USD)", "6 to 7 trillion RMB (between
846 and 987 billion USD)", or the other way round.  :func:`find_conversions`
finds them, :func:`find_declared_rate` finds the rate the text declares ("1 USD
to 7.14 RMB", "US$1 = RMB 6.90", "at 7.1 yuan to the dollar", "1美元兑7.14元"), in a
note or in the remark that gives a conversion ("(about US$169 billion at 7.1 yuan to
the dollar)"), where it holds for that conversion.

A conversion is wrong (``rate``) only when no rate within the rounding of the
declared one (7.14 means 7.135-7.145) gives a value within the rounding of the
converted figure (76.7 means 76.65-76.75); off by about 10^k it is ``scale``.
Range conversions are checked end by end.  The check needs no source text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache
from statistics import median

from ..model import Analysis, AnnotatedPair, Finding, Rate
from ..numbers.core import place_step
from ..resources_io import read_json
from . import register
from .quantities import (
    Conversion,
    Span,
    _currency_re,
    as_int,
    config_section,
    currency_code,
    dec,
    evidence,
    find_conversions,
    fmt_decimal,
    message,
    normalise,
    number_tokens,
    overlap_within,
    plain_value,
    power_ratio,
    ratio_text,
    read_of,
    render_like,
)


def _num(text: str) -> Decimal | None:
    try:
        return Decimal(unicodedata.normalize("NFKC", text).replace(",", ""))
    except InvalidOperation:
        return None


# --------------------------------------------------------------------------
# the declared rate

_QUAL = r"(?:(?:about|approx(?:imately|\.)?|roughly|around|some|约|大约)\s*)?"
_HAS_DIGIT = re.compile(r"\d")


@cache
def _rate_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    C = _currency_re()
    # bounded digit runs: a 10,000-digit number must not make the patterns backtrack
    V = r"(?P<v>\d{1,12}(?:[.．]\d{1,12})?)(?!\d|[.．]\d)(?!\s*(?:thousand|million|billion|trillion|bn|万|亿|[%％]))"
    conn = r"(?:to|=|＝|:|：|equals?|is|was|for|buys?|bought|→|≈|兑换?|折合|约合|合|换)"
    pats = [
        # base first: "1 USD to 7.14 RMB", "US$1 = RMB 6.90", "1美元兑7.14元"
        (rf"(?:(?P<b1>{C})\s*(?:1|one)\b|(?:(?<![\d.,])1|\b(?:one|a|each))\s*(?P<b2>{C}))\s*{conn}\s*{_QUAL}"
         rf"(?P<q1>{C})?\s*{V}\s*(?P<q2>{C})?", "base-first"),
        # quote per base: "at 7.1 yuan to the dollar", "7.14 RMB per USD", "RMB 7.14 per dollar"
        (rf"(?:(?P<q1>{C})\s*{V}|{V.replace('?P<v>', '?P<v2>')}\s*(?P<q2>{C}))\s*(?:to|per|for|against|/|a|an)\s*"
         rf"(?:the|a|one|1|each|every)?\s*(?P<b1>{C})", "quote-per-base"),
        # pair names: "USD/CNY 7.14", "美元兑人民币汇率为7.14"
        (rf"(?P<b1>{C})\s*(?:/|兑|against|to)\s*(?P<q1>{C})\s*(?:(?:exchange\s+)?rate|汇率|中间价)?\s*"
         rf"(?:of|at|is|was|:|：|=|为|是|按|约为|约)?\s*{_QUAL}{V}", "pair"),
        # bare: "an exchange rate of 7.14", "汇率为7.14"
        (rf"(?:exchange\s+rate|汇率)\s*(?:of|at|is|was|:|：|=|为|是|按|约为|约)?\s*{_QUAL}{V}", "bare"),
    ]
    return tuple((re.compile(p, re.IGNORECASE), name) for p, name in pats)


def find_declared_rate(analysis: Analysis) -> Rate | None:
    """The exchange rate the translator declares, or None.

    Only the translator's voice declares a rate: a match counts inside one of
    the text's notes (a translator's note, preface or bracketed remark), else
    in the remark that gives one of the translator's conversions ("(about
    US$169 billion at 7.1 yuan to the dollar)", :func:`remark_rates`); a rate
    quoted in the article itself ("1美元兑人民币7.0元" as "USD $1 to RMB 7.0")
    is content, matched as ordinary figures.  Forms: "1 USD to 7.14 RMB",
    "US$1 = RMB 6.90", "US$1 = ¥7.10", "at 7.1 yuan to the dollar",
    "exchange rate of 7.14", "1美元兑7.14元".  Explicit forms win over a bare
    "exchange rate of N"; earlier text wins among equals.
    """
    order = {b.id: i for i, b in enumerate(analysis.document.blocks)}
    noted = _best_rate(analysis, [(n.block, n.start, n.end) for n in analysis.notes], order)
    if noted is not None:
        return noted[0]
    given = [(order.get(block, 0), start, rate) for rate, block, start, _end in _remark_rates(analysis).values()]
    return min(given, key=lambda g: g[:2])[2] if given else None


def _best_rate(analysis: Analysis, spans: Sequence[tuple[str, int, int]], order: Mapping[str, int]
               ) -> tuple[Rate, int, int] | None:
    """The rate the texts of ``spans`` (block, start, end) declare, by the order of
    :func:`find_declared_rate`, with where it is written (start, end)."""
    best: tuple[int, int, int, Rate, int] | None = None
    for block, start, end in spans:
        text = analysis.block(block).text
        if not _HAS_DIGIT.search(text, start, end):
            continue  # every form holds the rate in digits
        for pi, (rx, kind) in enumerate(_rate_patterns()):
            for m in rx.finditer(text, start, end):
                rate = _rate_from_match(m, kind, block, text)
                if rate is None:
                    continue
                key = (pi, order.get(block, 0), m.start())
                if best is None or key < best[:3]:
                    best = (*key, rate, m.start() + len(rate.text or ""))
                break
    return (best[3], best[2], best[4]) if best else None


# A conversion's remark: from the converted figure to the bracket that closes it (when
# the conversion opens one), else to the end of its clause; the rate a translator gives
# there is at most this far on.
_REMARK_CHARS = 80
_REMARK_END = {True: re.compile(r"[)）\]】]"), False: re.compile(r"[)）\]】;；。，!?]|[.,](?:\s|$)")}
_OPENS = re.compile(r"[(（\[【]")


def _remark_rates(analysis: Analysis, convs: Sequence[Conversion] | None = None
                  ) -> dict[int, tuple[Rate, str, int, int]]:
    """The rate each of the translator's conversions (``convs``, by default
    :func:`find_conversions`; by index) gives in its own remark, after the
    converted figure: "(about US$169 billion at 7.1 yuan to the dollar)",
    "(US$169 billion; US$1 = 7.1 yuan)"; with its block and span.  The remark is
    the translator's voice, like a note."""
    out: dict[int, tuple[Rate, str, int, int]] = {}
    for i, c in enumerate(find_conversions(analysis) if convs is None else convs):
        text = analysis.block(c.block).text
        start, limit = c.converted.end, min(len(text), c.converted.end + _REMARK_CHARS)
        bracketed = _OPENS.search(text, c.amount.end, c.converted.start) is not None
        stop = _REMARK_END[bracketed].search(text, start, limit)
        found = _best_rate(analysis, [(c.block, start, stop.start() if stop else limit)], {})
        if found is not None:
            out[i] = (found[0], c.block, found[1], found[2])
    return out


def remark_rate_spans(analysis: Analysis) -> list[tuple[str, int, int]]:
    """(block, start, end) of every rate given in a conversion's remark: the
    translator's words, no figure of the text."""
    return [(block, start, end) for _rate, block, start, end in _remark_rates(analysis).values()]


def _rate_from_match(m: re.Match[str], kind: str, block_id: str, text: str) -> Rate | None:
    g = m.groupdict()
    value = _num(g.get("v") or g.get("v2") or "")
    if value is None or value <= 0:
        return None
    base = currency_code(g.get("b1") or g.get("b2"))
    quote = currency_code(g.get("q1") or g.get("q2"))
    if kind == "bare":
        if value >= 1:
            base, quote = "USD", "CNY"
        else:
            base, quote = "CNY", "USD"
    if not base or not quote or base == quote:
        return None
    s, e = m.span()
    while e > s and text[e - 1].isspace():
        e -= 1
    return Rate(base=base, quote=quote, value=value, block=block_id, text=text[s:e])


def rate_half_step(rate: Rate) -> Decimal:
    """Half a unit of the rate's last shown digit (7.14 -> 0.005)."""
    exp = rate.value.as_tuple().exponent
    return Decimal(1).scaleb(int(exp)) / 2 if isinstance(exp, int) else Decimal(0)


# --------------------------------------------------------------------------
# the check


@register(
    "conversion",
    needs_source=False,
    kinds=("rate", "scale"),
    description="Recompute the translator's currency conversions with the declared rate "
    "(or --rate), allowing for the rounding of the converted figure and of the rate.",
    **config_section("conversion"),
)
def check_conversion(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    convs = find_conversions(pair.target)
    if not convs:
        return []
    findings: list[Finding] = []
    rate = pair.rate
    # the rate a conversion's own remark gives holds for it, unless the user gave one (--rate)
    own = {} if rate is not None and rate.block is None else _remark_rates(pair.target, convs)
    inferred: dict[tuple[str, str], Decimal] = {}
    if rate is None:
        inferred = _inferred_rates(convs, as_int(config.get("infer_rate_min_conversions", 3)))
    for i, c in enumerate(convs):
        if i in own:
            findings.extend(_check_one(pair, c, own[i][0], config))
        elif rate is not None:
            findings.extend(_check_one(pair, c, rate, config))
        else:
            checked = False
            for (base, quote), value in inferred.items():
                r = Rate(base=base, quote=quote, value=value)
                checked = checked or _direction(c, r) is not None
                findings.extend(_check_one(pair, c, r, config, inferred_only=True))
            if not checked:
                findings.extend(_check_by_band(pair, c, config))
    return findings


@cache
def _rate_bands() -> dict[str, tuple[Decimal, Decimal]]:
    """Currency -> (lowest, highest) units of it for one US dollar (``resources/checks/rate_bands.json``)."""
    table = read_json("checks", "rate_bands.json")
    return {cur: (Decimal(str(band[0])), Decimal(str(band[1]))) for cur, band in table.items()
            if not cur.startswith("_")}


def _check_by_band(pair: AnnotatedPair, c: Conversion, config) -> list[Finding]:
    """A conversion with no rate to check it by, between the dollar and a currency of
    ``rate_bands.json``: a figure that implies a rate the two currencies never had, and one they
    had a power of ten away (5.97万亿元 as "US$84 billion": 711 yuan to the dollar, 71.1 at
    ten times the figure), was given a power of ten off (a ``scale`` warning)."""
    other = c.from_currency if c.to_currency == "USD" else c.to_currency if c.from_currency in ("USD", None) else None
    band = _rate_bands().get(other or "")
    if band is None:
        return []
    lo, hi = band
    probe = Rate(base="USD", quote=other or "", value=(lo * hi).sqrt())
    d = _direction(c, probe)
    if d is None:
        return []
    multiply, _frm = d
    a, b = c.amount, c.converted
    if a.is_range != b.is_range:
        return []
    ends = [(a.low, b.low, 0), (a.high, b.high, 1)] if a.is_range else [(a.low, b.low, None)]
    hb = _rounding(b.low, b.step) / 2
    slack = dec(config.get("scale_slack", "0.05"))
    out: list[Finding] = []
    for amount, given, end in ends:
        if amount <= 0 or given <= 0:
            continue
        exp_lo, exp_hi = (amount * lo, amount * hi) if multiply else (amount / hi, amount / lo)
        if exp_lo * (1 - slack) <= given + hb and given - hb <= exp_hi * (1 + slack):
            continue  # a rate the currencies have had
        for k in (1, -1, 2, -2, 3, -3):
            scaled, hk = given / Decimal(10) ** k, hb / Decimal(10) ** k
            if exp_lo <= scaled + hk and scaled - hk <= exp_hi:
                at = _implied(amount, scaled, multiply)
                r = replace(probe, value=at or probe.value,
                            text=f"1 USD = {_fmt_rate(lo)}-{_fmt_rate(hi)} {other}")
                out.append(_finding(pair, c, r, multiply, amount, given, scaled, end, k, borderline=False,
                                    config=config, inferred=False, band=True))
                break
    return out


def _direction(c: Conversion, rate: Rate) -> tuple[bool, str] | None:
    """(multiply?, from currency) for converting ``c.amount`` with ``rate``."""
    to = c.to_currency
    frm = c.from_currency
    if frm is None:  # an amount without its currency: the rate's other one
        frm = rate.quote if to == rate.base else rate.base if to == rate.quote else None
    if frm == rate.base and to == rate.quote:
        return True, frm
    if frm == rate.quote and to == rate.base:
        return False, frm
    return None


def _implied(a: Decimal, b: Decimal, multiply: bool) -> Decimal | None:
    if a == 0 or b == 0:
        return None
    return b / a if multiply else a / b


def _inferred_rates(convs: Sequence[Conversion], minimum: int) -> dict[tuple[str, str], Decimal]:
    """With no declared rate: the median rate the conversions themselves use."""
    by_pair: dict[tuple[str, str], list[Decimal]] = {}
    for c in convs:
        if c.from_currency is None:
            continue
        pair = tuple(sorted((c.from_currency, c.to_currency)))
        base, quote = ("USD", pair[0] if pair[1] == "USD" else pair[1]) if "USD" in pair else pair
        a, b = c.amount.low, c.converted.low
        if a <= 0 or b <= 0:
            continue
        r = b / a if c.from_currency == base else a / b
        by_pair.setdefault((base, quote), []).append(r)
    return {k: Decimal(median(v)) for k, v in by_pair.items() if len(v) >= minimum}


def _check_one(pair: AnnotatedPair, c: Conversion, rate: Rate, config, inferred_only: bool = False) -> list[Finding]:
    d = _direction(c, rate)
    if d is None:
        return []
    multiply, frm = d
    r = rate.value
    hr = Decimal(0) if inferred_only else rate_half_step(rate)
    a, b = c.amount, c.converted
    hb = _rounding(b.low, b.step) / 2
    ends: list[tuple[Decimal, Decimal, int | None]]  # (amount, converted, which end of a range)
    if a.is_range and b.is_range:
        ends = [(a.low, b.low, 0), (a.high, b.high, 1)]
    elif not a.is_range and not b.is_range:
        ends = [(a.low, b.low, None)]
    elif not a.is_range and b.is_range:
        conv = a.low * r if multiply else a.low / r
        if b.low - hb <= conv <= b.high + hb:
            return []
        ends = [(a.low, (b.low + b.high) / 2, None)]
    else:
        return []
    out: list[Finding] = []
    for amount, given, end in ends:
        if amount <= 0 or given <= 0:
            continue
        lo_r, hi_r = r - hr, r + hr
        exp_lo, exp_hi = (amount * lo_r, amount * hi_r) if multiply else (amount / hi_r, amount / lo_r)
        exp_mid = amount * r if multiply else amount / r
        inside_rate = exp_lo <= given + hb and given - hb <= exp_hi
        inside_exact = exp_mid - hb <= given <= exp_mid + hb if hb else given == exp_mid
        if inside_rate and (inside_exact or not config.get("report_borderline", True) or inferred_only):
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            lg = (given / exp_mid).log10()
        k = int(lg.to_integral_value())
        slack = dec(config.get("scale_slack", "0.05"))
        scaled = given / Decimal(10) ** k
        is_scale = k != 0 and exp_lo * (1 - slack) <= scaled + hb / Decimal(10) ** k and \
            scaled - hb / Decimal(10) ** k <= exp_hi * (1 + slack)
        if inferred_only and not is_scale:
            continue
        out.append(_finding(pair, c, rate, multiply, amount, given, exp_mid, end, k if is_scale else 0,
                            borderline=inside_rate, config=config, inferred=inferred_only))
    return out


def _finding(pair, c: Conversion, rate: Rate, multiply: bool, amount: Decimal, given: Decimal,
             expected_value: Decimal, end: int | None, k: int, borderline: bool, config, inferred: bool,
             band: bool = False) -> Finding:
    b = c.converted
    text, start = _end_text(b, end)
    like = b.quantity
    token = None if end is None else (0 if end == 0 else len(number_tokens(b.text)) - 1)
    step = b.step / Decimal(10) ** k if k else b.step  # the figure's precision, at the right scale
    expected = render_like(expected_value, like, token=token, step=step)
    implied = _implied(amount, given, multiply)
    implied_text = _fmt_rate(implied) if implied is not None else "?"
    from_cur = c.from_currency or (rate.quote if multiply is False else rate.base)
    rate_text = rate.text or f"1 {rate.base} = {fmt_decimal(rate.value)} {rate.quote}"
    fields = dict(
        amount=plain_value(amount, from_cur), converted=text, rate_text=rate_text,
        expected_plain=plain_value(_round_to(expected_value, b.step), c.to_currency),
        implied_rate=implied_text, base=rate.base, quote=rate.quote,
        ratio_text=ratio_text(k) if k else "",
    )
    if k and band:  # no rate declared or used elsewhere: likely, not certain
        kind, severity = "scale", "warning"
        msg = message("rate_band_scale", **fields)
    elif k:
        kind, severity = "scale", "error"
        msg = message("rate_inferred_scale" if inferred else "rate_scale", **fields)
    elif borderline:
        kind, severity = "rate", "info"
        msg = message("rate_borderline", **fields)
    else:
        kind = "rate"
        dev = abs(given - expected_value) / expected_value
        severity = "error" if dev > dec(config.get("error_relative_deviation", "0.02")) else "warning"
        msg = message("rate", **fields)
    data: dict[str, object] = {
        "rate": fmt_decimal(rate.value), "implied_rate": implied_text,
        "expected_value": fmt_decimal(_round_to(expected_value, b.step)),
        "given_value": fmt_decimal(given.normalize()), "amount": fmt_decimal(amount.normalize()),
        "from": from_cur, "to": c.to_currency,
    }
    if k:
        data["ratio"] = 10 ** abs(k)
        data["power"] = k
    if inferred:
        data["rate_inferred"] = True
    if band:
        data["rate_band"] = rate.text
    rule = f"conversion.{'rate_band' if band else 'rate_inferred' if inferred else 'rate'}{'_scale' if k else ''}"
    ev = evidence(rule, None, replace(like, text=text, start=start, end=start + len(text)),
                  amount=read_of(c.amount.quantity), rate=rate_text, expected_value=data["expected_value"])
    return Finding(
        kind=kind, severity=severity, message=msg,
        source_block=_source_block(pair, c), target_block=c.block,
        target_text=text, target_span=(start, start + len(text)), expected=expected,
        check="conversion", data=data, evidence=ev,
    )


def _end_text(b: Span, end: int | None) -> tuple[str, int]:
    """The converted figure's text, or one end of a range ("between 846" / "987 billion USD")."""
    if end is None:
        return b.text, b.start
    toks = number_tokens(b.text)
    if len(toks) < 2:
        return b.text, b.start
    if end == 0:
        s, e = toks[0]
        return b.text[:e], b.start
    s, _ = toks[-1]
    return b.text[s:], b.start + s


def _rounding(value: Decimal, step: Decimal) -> Decimal:
    """The precision of a converted figure: a conversion is rounded, so one written out
    in full ("approx. 13,200,000,000 USD", "USD 1,400,000") is as precise as with its
    scale word ("13.2 billion", "1.4 million"): to its last non-zero digit, at most the
    unit of that scale word."""
    if value <= 0 or step >= 1000:
        return step
    scale = Decimal(1000) ** ((len(str(int(value))) - 1) // 3)
    return max(step, min(place_step(value), scale))


def _round_to(v: Decimal, step: Decimal) -> Decimal:
    if step <= 0:
        return v
    return ((v / step).quantize(Decimal(1)) * step).normalize()


def _fmt_rate(r: Decimal) -> str:
    if r >= 1:
        return fmt_decimal(r, 2)
    return f"{r:.4g}"


def _source_block(pair: AnnotatedPair, c: Conversion) -> str | None:
    """The source block holding the converted amount, when there is a source."""
    src = pair.source
    if src is None or not pair.alignment:
        return None
    t_index = next((i for i, b in enumerate(pair.target.document.blocks) if b.id == c.block), None)
    if t_index is None:
        return None
    for link in pair.alignment:
        if t_index in link.target and link.source:
            blocks = [src.document.blocks[i] for i in link.source if 0 <= i < len(src.document.blocks)]
            a = normalise(c.amount.quantity)
            best: tuple[int, str] | None = None
            if a is not None:
                for blk in blocks:
                    for q in src.quantities_in(blk.id):
                        n = normalise(q)
                        if n is None or n.family != "amount":
                            continue
                        if a.lo == n.lo and a.hi == n.hi:
                            score = 0
                        elif overlap_within(a, n):
                            score = 2 if n.is_range != a.is_range else 1
                        elif power_ratio(a, n) is not None:
                            score = 3
                        else:
                            continue
                        if best is None or score < best[0]:
                            best = (score, blk.id)
            if best is not None:
                return best[1]
            return blocks[0].id if blocks else None
    return None

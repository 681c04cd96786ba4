"""Shared pieces of the number engine: resources, decimals, intervals, spans.

Both language modules find *candidates* in the normalised text (offsets into
the normalised text) and turn them into :class:`~northeast_text.model.Quantity`
objects through :func:`build`, which maps offsets back to the block text and
derives the qualifier interval.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from functools import cache, lru_cache

from ..model import Quantity
from ..resources_io import read_lines
from .normalise import Normalised

D0 = Decimal(0)
D1 = Decimal(1)
D10 = Decimal(10)

# The qualifier vocabulary (model.Quantity.qualifier).
QUALIFIERS = (
    "approx", "about", "nearly", "more-than", "at-least", "less-than", "over",
    "up-to", "plus", "several", "early", "mid", "late", "ambiguous-scale",
)


def pow10(k: int) -> Decimal:
    """10**k as an exact Decimal (k may be negative)."""
    return Decimal((0, (1,), k))


def digits_step(digits: str) -> Decimal:
    """Unit of the last digit shown in a plain digit string ("3.2553" -> 0.0001)."""
    if "." in digits:
        return pow10(-len(digits.split(".", 1)[1]))
    return D1


def place_step(value: Decimal) -> Decimal:
    """Unit of the last non-zero digit of an exact value (20 -> 10, 1.2e8 -> 1e7)."""
    if value == 0:
        return D1
    sign, digs, exp = value.normalize().as_tuple()
    return pow10(int(exp))


def wide_context(value: Decimal) -> Context:
    """A decimal context wide enough to hold ``value`` and its plain form exactly."""
    _, digits, exp = value.as_tuple()
    span = len(digits) + abs(int(exp)) if isinstance(exp, int) else len(digits)
    return _context(max(28, span + 2))


@lru_cache(maxsize=64)
def _context(prec: int) -> Context:
    return Context(prec=prec, Emax=MAX_EMAX, Emin=MIN_EMIN)


def clean(value: Decimal) -> Decimal:
    """An exact value without a misleading exponent (3.25530E+12 -> 3255300000000).

    Works in a context wide enough for the value, so a figure of more than 28
    digits neither raises nor is rounded.
    """
    if value.same_quantum(D1) or not value.is_finite():
        return value  # an integer written plainly (exponent 0, most figures) is clean already
    ctx = wide_context(value)
    v = value.normalize(ctx)
    if v == v.to_integral_value(context=ctx):
        return v.quantize(D1, context=ctx)
    return v


def plain(value: Decimal) -> str:
    """A canonical plain string for a value (no exponent, no trailing zeros)."""
    v = value.normalize()
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


@cache
def currencies(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(surface, code, position) for a language, longest surface first."""
    rows = []
    for line in read_lines("numbers", "currencies.tsv"):
        surface, code, lg, pos = line.split("\t")
        if lg == lang:
            rows.append((surface, code, pos))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


@dataclass(frozen=True)
class Subunit:
    """A hundredth of a currency written after a figure (``resources/numbers/subunits.tsv``)."""

    code: str
    readings: tuple[str, ...]  # other currencies a bare surface may mean ("cents": any dollar)
    after_digits: bool  # only right after Arabic digits (跌8仙, not 八仙)
    glued: bool = False  # only glued to a figure under 100 ("40p"; not 1080p)


HUNDREDTH = Decimal("0.01")


def level_above_change(unit: str | None, other_unit: str | None, low: Decimal, high: Decimal) -> bool:
    """Two figures that can be a change and the level it reached: each with its unit, the same,
    the second well above the first (a range of a change has its ends close: 2至3美元)."""
    return unit is not None and unit == other_unit and high > 2 * low > 0


@cache
def subunits(lang: str) -> dict[str, Subunit]:
    """surface -> :class:`Subunit` for a language (5美分, "5 cents", "8 HK cents", "50 pence")."""
    out = {}
    for line in read_lines("numbers", "subunits.tsv"):
        surface, code, lg, readings, where = (line.split("\t") + ["", ""])[:5]
        if lg == lang:
            out[surface] = Subunit(code, tuple(r for r in readings.split("|") if r), where.strip() == "digits",
                                   where.strip() == "glued")
    return out


@cache
def unit_map(name: str) -> dict[str, str]:
    """word -> unit from a two-column resource file."""
    out = {}
    for line in read_lines("numbers", name):
        word, unit = line.split("\t")[:2]
        out[word] = unit
    return out


@cache
def _code_res() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(glued-suffix regex, code-prefix words, currency surfaces made of letters)."""
    glued = sorted({w.strip() for w in read_lines("numbers", "glued_suffixes.txt")}, key=len, reverse=True)
    glued_re = re.compile("(?:" + "|".join(re.escape(w) for w in glued) + ")(?![A-Za-z])")
    prefixes = frozenset(w.strip().lower() for w in read_lines("numbers", "code_prefixes.txt"))
    money = frozenset(s for lang in ("en", "zh") for s, _, _ in currencies(lang) if s.isalpha() and s.isascii())
    return glued_re, prefixes, money


@cache
def _web_domains() -> frozenset[str]:
    """The top-level domains of web addresses (``resources/numbers/web_domains.txt``)."""
    return frozenset(w.strip() for w in read_lines("numbers", "web_domains.txt"))


# the labels a figure is dot-joined to on its right, up to the last ("12377.cn", "12321.gov.cn")
_HOST_AFTER = re.compile(r"(?:\.[A-Za-z0-9-]+)+")


def _in_web_address(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a label of a host name ending in a top-level domain (www.12377.cn)?"""
    m = _HOST_AFTER.match(text, end)
    return m is not None and m.group().rsplit(".", 1)[1] in _web_domains() \
        and not re.match(r"[A-Za-z0-9]", text[m.end():m.end() + 1])


_LETTERS_BEFORE = re.compile(r"(?:(?<=[^A-Za-z])|^)([A-Za-z]+)(-?)$")
_LETTERS_AFTER = re.compile(r"[A-Za-z]")
_DOTTED_AFTER = re.compile(r"\.\d")
_DOTTED_BEFORE = re.compile(r"\d\.")
_LETTER_DOT = re.compile(r"[A-Z]\.")
# a figure, then a glued x, just before a figure: 4x200, 1920x1080 (not 0x1F, a hexadecimal, nor
# H7x9 or X5x2, where the first figure is itself glued to letters)
_TIMES_BEFORE = re.compile(r"(?<![A-Za-z0-9_.])(?!0[xX])\d+(?:[.,]\d+)?[xX]$")
_TIMES_AFTER = re.compile(r"[xX]\d")
# a precious metal's symbol before its fineness (Au.999, Ag 925, Pt.950): a hallmark, no figure
_HALLMARK_BEFORE = re.compile(r"(?<![A-Za-z])(?:Au|Ag|Pt|Pd)[.\s]?$")


def is_code(text: str, start: int, end: int) -> bool:
    """Is the figure written at ``text[start:end]`` part of a name or code?

    Letters glued before it (G20, MH370, PM2.5, but not RMB5), letters and a
    hyphen before it (COVID-19, F-35, but not mid-2020), letters glued after
    it that are no unit, scale nor currency (5G, 3D, but not 5km, 3bn, 3rd, 18bucks), one capital letter and a dot
    before it (table B.1, appendix D.3, but not No.5), a precious metal's symbol before it (the
    hallmark Au.999), a third
    dotted group (version 1.2.3, address 192.168.0.1), a label of a web address
    (www.12377.cn), or a group of a telephone number written in spaced groups (021 644 83 46,
    +41 21 644 83 46).
    """
    glued_re, prefixes, money = _code_res()
    if _in_phone_number(text, start, end) or _in_web_address(text, start, end):
        return True  # 021 644 83 46; www.12377.cn
    if _DOTTED_AFTER.match(text, end) or (start > 1 and _DOTTED_BEFORE.match(text, start - 2)):
        return True  # 1.2.3, 192.168.0.1: a version or an address
    if start > 1 and _LETTER_DOT.match(text, start - 2) and not text[start - 3:start - 2].isalpha():
        return True  # B.1, D.3: a table's or an appendix's label
    if _HALLMARK_BEFORE.search(text, max(0, start - 4), start):
        return True  # Au.999: the gold's fineness stamped on a coin, a mark
    prev = text[start - 1] if start > 0 else ""
    if prev in "xX" and _TIMES_BEFORE.search(text, max(0, start - 24), start):
        return False  # 4x200米, 4x100m: an x between figures is a times sign (a relay, a size), not a code
    if prev.isascii() and prev.isupper() and text[end:end + 1] in ("%", "％"):
        return False  # GDP10%: an acronym glued to a share of it, as Chinese writes it
    if prev == "-" or (prev.isascii() and prev.isalpha()):
        m = _LETTERS_BEFORE.search(text, max(0, start - 24), start)
        if m:
            word, hyphen = m.group(1), m.group(2)
            if hyphen:
                return word.lower() not in prefixes
            return word not in money
    if end < len(text) and _LETTERS_AFTER.match(text, end):
        if _GLUED_PENCE.match(text, end) and text[start:end].isdigit() and int(text[start:end]) < 100:
            return False  # 40p, 99p: pence (1080p is a video resolution, 4p.m. a time)
        if _TIMES_AFTER.match(text, end) and _TIMES_BEFORE.search(text, max(0, start - 24), end + 1):
            return False  # 4X100米: the figure before a times sign
        word = _WORD_AFTER.match(text, end)
        if word and len(word.group()) >= 3 and word.group() in money:
            return False  # 18bucks, 20euros: a currency's name glued to the amount
        return not glued_re.match(text, end)
    return False


_WORD_AFTER = re.compile(r"[A-Za-z]+(?![\w$])")


_GLUED_PENCE = re.compile(r"p(?!\w)(?!\.\s?m\b)")

# A telephone number written in groups apart by single spaces: a trunk prefix (0) or a country
# code (+41) and at least two more groups (021 644 83 46, +41 21 644 83 46).  Hyphenated numbers
# (415-575-4444) are read alike on both sides and need no exception.
_PHONE_RE = re.compile(r"(?<![\d.,+-])(?:(?:\+\d{1,3} ?)?\(?0\d{1,4}\)?(?: \d{2,4}){2,4}|\+\d{1,3}(?: \d{2,4}){3,5})"
                       r"(?!\d|[.,]\d| \d)")


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a group (or groups) of a telephone number?"""
    if " " not in text or "0" not in text and "+" not in text:  # a trunk prefix 0 or a country code +
        return False
    return any(m.start() <= start and end <= m.end()
               for m in _PHONE_RE.finditer(text, max(0, start - 24), min(len(text), end + 24)))


@cache
def label_re(lang: str) -> re.Pattern[str]:
    """Words after which a figure is a label ("Article 23", "波音737"), ending just before it."""
    words = sorted({w.strip() for w in read_lines("numbers", "label_words.txt")}, key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    if lang == "zh":  # Chinese text names products in either script: 波音737, iPhone 15
        cjk = "|".join(re.escape(w) for w in words if not w.isascii())
        return re.compile(rf"(?:(?<![A-Za-z])(?:{latin})|{cjk})\s?$")
    return re.compile(rf"(?<![\w-])(?:{latin})(?:\s\(?|(?<=No\.))$")  # "item (5)"; "No.12" as "No. 12"


# Dates written in digits with slashes or dots: 2020/7/26, 2020.07.26,
# 7/26/2020, 26.07.2020.
NUMERIC_DATE_RE = re.compile(
    r"(?=\d)(?<![\d./-])(?:(?P<y>(?:1[89]|20)\d\d)(?P<s>[/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])"
    r"|(?P<a>3[01]|[12]\d|0?[1-9])(?P<s2>[/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=s2)(?P<y2>(?:1[89]|20)\d\d))"
    r"(?![\d/-]|\.\d)"
)


# A span of months written year.month as a CV or a chronology writes them (2012.09—2016.06, 2019.07至今,
# 2019.07–present): each end a month of its year.  Only a span (another such month, or "now", after a
# dash, 至 or "to") is read so: a lone 2012.09 may be a figure (指数报2012.09), and its month has two
# digits (2012.9 is a decimal).
_DOT_MONTH = r"(?:1[89]|20)\d\d\.(?:0[1-9]|1[0-2])"
DOTTED_MONTHS_RE = re.compile(
    rf"(?<![\d.])(?P<a>{_DOT_MONTH})(?![\d.%点元万亿])\s*(?:[—–~～-]{{1,2}}|至|到|\bto\b)\s*"
    rf"(?:(?P<b>{_DOT_MONTH})(?![\d.%点元万亿])|(?=至今|今|现在|(?i:present|now|date)\b))"
)


def _dotted_month(text: str, start: int, end: int) -> Cand:
    y, mo = int(text[start:start + 4]), int(text[start + 5:end])
    return Cand(start, end, "date", value=Decimal(y * 100 + mo), step=D1, when=f"{y:04d}-{mo:02d}", num_start=start)


def numeric_dates(text: str) -> list[Cand]:
    """Candidates for the dates written in digits with slashes or dots."""
    if "/" not in text and "." not in text:
        return []
    out = []
    for m in NUMERIC_DATE_RE.finditer(text):
        value, when = numeric_date(m)
        out.append(Cand(m.start(), m.end(), "date", value=value, step=D1, when=when, num_start=m.start()))
    for m in DOTTED_MONTHS_RE.finditer(text):
        out.append(_dotted_month(text, m.start("a"), m.end("a")))
        if m.group("b"):
            out.append(_dotted_month(text, m.start("b"), m.end("b")))
    return out


# A countdown or elapsed time past a day's hours: 1108:21:35 (hours, minutes, seconds)
COUNTDOWN_RE = re.compile(r"(?<![\d:.])(?P<h>\d{2,5}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")


def countdowns(text: str) -> list[Cand]:
    """Candidates for the durations written as hours:minutes:seconds with more
    hours than a clock shows (kind count, unit second): read as one figure on
    both sides, not as a clock time nor as a ratio and a count."""
    if ":" not in text:
        return []
    out = []
    for m in COUNTDOWN_RE.finditer(text):
        h = int(m.group("h"))
        if h >= 24:
            seconds = Decimal(h * 3600 + int(m.group("mi")) * 60 + int(m.group("s")))
            out.append(Cand(m.start(), m.end(), "count", value=seconds, unit="second", step=D1,
                            num_start=m.start()))
    return out


def numeric_date(m: re.Match[str]) -> tuple[Decimal, str]:
    """(value, ``when``) of a NUMERIC_DATE_RE match.  Day and month written
    before the year are told apart by a part over 12; when both could be
    either, only the year is certain (``when`` "YYYY")."""
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
        if a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            mo, d = a, b
        elif a == b:
            mo = d = a
        else:
            return Decimal(y), f"{y:04d}"
    return Decimal(y * 10000 + mo * 100 + d), f"{y:04d}-{mo:02d}-{d:02d}"


_WHEN_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?|---(\d{2})")


def date_parts(when: str | None) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a full or partial ISO 8601 date; None for anything else."""
    m = _WHEN_DATE_RE.fullmatch(when or "")
    if not m:
        return None
    y, mo, d, mo2, d2, d3 = (int(g) if g else None for g in m.groups())
    return (y, mo or mo2, d or d2 or d3)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Do two dates (``Quantity.when``) agree on every part both state?

    "---24" (24日) agrees with "--07-24" ("July 24") and "2020-07-24";
    "--07" agrees with "2020-07"; dates sharing no part do not agree.
    """
    pa, pb = date_parts(a), date_parts(b)
    if pa is None or pb is None:
        return False
    shared = [k for k in range(3) if pa[k] is not None and pb[k] is not None]
    return bool(shared) and all(pa[k] == pb[k] for k in shared)


# The longest digit run read as a figure: longer runs are codes or noise, and
# keep every value well inside the decimal context (issue 11).
MAX_DIGITS = 24


_LIMIT = pow10(MAX_DIGITS)


def too_long(c: Cand) -> bool:
    """A candidate whose figure has more than MAX_DIGITS integer digits."""
    for v in (c.value, c.low, c.high):
        if v is not None and abs(v) >= _LIMIT:
            return True
    return False


@cache
def _unit_factors() -> dict[str, tuple[str, Decimal, tuple[Decimal, ...]]]:
    out = {}
    for line in read_lines("numbers", "unit_factors.tsv"):
        unit, base, factor, *other = line.split("\t")
        periods = tuple(Decimal(f) for f in other[0].split("|")) if other and other[0] else ()
        out[unit] = (base, Decimal(factor), periods)
    return out


@cache
def _compound_units() -> dict[tuple[str, str], Decimal]:
    out = {}
    for line in read_lines("numbers", "compound_units.tsv"):
        big, small, ratio = line.split("\t")
        out[big, small] = Decimal(ratio)
    return out


def compound_pairs() -> dict[tuple[str, str], Decimal]:
    """(larger unit, smaller unit) -> how many of the smaller make one of the larger."""
    return _compound_units()


def compound_ratio(unit: str | None) -> Decimal | None:
    """How many of the smaller unit make one ``unit`` when a measure in it is written in
    two units (hour: 60, for "2 hours and 15 minutes"), else None."""
    return next((ratio for (big, _small), ratio in _compound_units().items() if big == unit), None)


def join_compound_measures(cands: list[Cand], t: str, joined: Callable[[str, Cand, Cand], bool]) -> list[Cand]:
    """One measure in two units, the larger first, is one figure in the larger unit: "5 feet
    11 inches" is 5 11/12 feet, 1小时30分钟 1.5 hours, 3斤2两 3.2 jin, as precise as the smaller
    part (``resources/numbers/compound_units.tsv``).  ``joined(t, larger, smaller)``: whether
    what stands between them joins them ("feet", "and", a comma, 零).  A smaller part of a whole
    larger one or more, or with a hedge or range of its own, stays a figure of its own."""
    units = _compound_units()
    out: list[Cand] = []
    for c in cands:
        big = out[-1] if out else None
        ratio = units.get((big.unit or "", c.unit or "")) if big is not None else None
        if big is not None and ratio is not None and big.kind == c.kind == "count" and big.value is not None \
                and c.value is not None and big.low is None and big.high is None and c.low is None \
                and c.high is None and c.qualifier is None and 0 <= c.value < ratio \
                and joined(t, big, c):
            big.value += c.value / ratio
            big.step = (c.step or D1) / ratio
            big.end = c.end
            continue
        out.append(c)
    return out


@cache
def _unit_heading_res(lang: str) -> tuple[re.Pattern[str], ...]:
    rows = (line.split("\t", 1) for line in read_lines("numbers", "unit_headings.tsv"))
    return tuple(re.compile(rx) for lg, rx in rows if lg == lang)


def apply_unit_heading(cands: list[Cand], t: str, lang: str, read: Callable[[str], Quantity | None]) -> list[Cand]:
    """A unit stated once in a heading for the bare figures of a table written as text
    (（单位：亿元）：一季度120, "(billion yuan): Q1 12.0", "… 620 (unit: 10,000 yuan)"): each
    figure with no unit, scale or hedge of its own after the heading, up to the next one, is
    read in that unit (120 as 120亿元); a heading with no such figure after it (a note that
    closes the table) holds for those before it (``resources/numbers/unit_headings.tsv``).
    The heading's own figure (the 100 million of "(100 million yuan)") is no figure of the
    text.  ``read(h)``: the heading's unit read as the figure 1 in it (亿元 as 1亿元), or None
    when it is no unit."""
    heads: list[tuple[int, int, Quantity]] = []
    for rx in _unit_heading_res(lang):
        for m in rx.finditer(t):
            q = read(m.group("h").strip())
            if q is not None and not any(s <= m.start() < e for s, e, _ in heads):
                heads.append((m.start(), m.end(), q))
    if not heads:
        return cands
    heads.sort(key=lambda h: h[0])
    out = [c for c in cands if not any(s <= c.start and c.end <= e for s, e, _ in heads)]
    bare = [c for c in out if c.kind == "count" and c.unit is None and c.scale is None and not c.qualifier
            and c.value is not None]
    for i, (s, e, q) in enumerate(heads):
        stop = heads[i + 1][0] if i + 1 < len(heads) else len(t)
        after = [c for c in bare if e <= c.start < stop]
        start = heads[i - 1][1] if i else 0
        for c in after or [c for c in bare if start <= c.start and c.end <= s and "heading" not in c.extra]:
            factor = q.value or D1
            # the figure as written stays a reading: a translation that drops the heading
            # ("Q1 120") pairs it as before
            c.extra["readings"] = [*(c.extra.get("readings") or ()), (c.value, None)]
            c.value = (c.value or D1) * factor
            c.step = (c.step or D1) * factor
            c.kind, c.unit, c.scale = q.kind, q.unit, q.scale
            c.extra["heading"] = True
    return out


def heading_unit(q: list[Quantity], h: str) -> Quantity | None:
    """The one quantity that reads all of a heading's unit written as the figure 1 (1亿元,
    "1 billion yuan"), if it is a power of ten in a unit, else None."""
    if len(q) != 1 or q[0].value is None or q[0].value <= 0 or q[0].unit is None or q[0].qualifier:
        return None
    v = q[0].value
    if v != pow10(len(str(int(v))) - 1) or not q[0].text.rstrip().endswith(h.split()[-1]):
        return None
    return q[0]


def base_unit(unit: str | None) -> tuple[str | None, Decimal]:
    """(base unit, factor) for a unit code: "km" -> ("m", 1000), "mu" -> ("m2", 666.67);
    a unit without a known base is its own base ("person" -> ("person", 1))."""
    base, factor, _ = _unit_factors().get(unit or "", (unit, D1, ()))
    return base, factor


def unit_factors(unit: str | None) -> tuple[Decimal, ...]:
    """Every factor a unit has had into its base unit: today's first, then those of earlier
    periods that a history converts by (a Han 里 of 415 m, a Qing 两 of 37.3 g)."""
    base, factor, periods = _unit_factors().get(unit or "", (unit, D1, ()))
    return (factor, *periods)


def before_common_era(cands: list[Cand], t: str, era: re.Pattern[str], after: bool) -> None:
    """Years before the common era (公元前214年, 前479 after 公元前551—; "214 BCE", 551 of
    "551–479 BC"), in place: the value negative, so that one given without its era, or
    in the common era, no longer agrees (its digits do: a ``value`` finding).  ``era`` is
    matched after the figure (``after``) or searched for right before it."""
    for c in cands:
        m = era.match(t, c.end) if after else era.search(t, max(0, c.start - 12), c.start)
        if m and c.value is not None and c.value > 0 and c.kind == "count":
            c.value = -c.value
            if after and not any(ch.isdigit() for ch in m.group()):
                c.end = m.end()  # the era is part of the figure: "214 BCE" (not 551 of "551–479 BCE")
            elif not after and m.group().rstrip().endswith("公元前"):
                c.start = t.rindex("公元前", m.start(), c.start)  # 公元前214年 (not 前479 of a span: two figures)


# an author-date reference: (赵文林，1988：412), (Zhao 1988: 412), (王明远, 2023a: 45-47)
_CITATION_BEFORE_RE = re.compile(r"[(\[][^()\[\]]{0,60}?[^\W\d_]\.?\s*[,，、]?\s*$")
_CITATION_YEAR_RE = re.compile(r"(?:1[4-9]|20)\d\d[a-z]?\s*:")


def citation_year(t: str, start: int) -> bool:
    """Is the figure at ``start`` the year of an author-date reference, with the
    page after a colon ("1988：412" after normalising, "2002: 15-17"): a year
    and a page, not a ratio or a time of day."""
    return bool(_CITATION_YEAR_RE.match(t, start)) and bool(_CITATION_BEFORE_RE.search(t, max(0, start - 70), start))


# a financial or school year written with the second year short: 2024/25, 2024-25;
# a span of years so written with a dash: 2019-21, 1995-99
_SPLIT_YEAR_RE = re.compile(r"(?<![\w./-])(?P<a>(?:19|20)\d\d)\s?(?P<sep>[/-])\s?(?P<b>\d\d)(?![\d.,/]?\d)")


def split_years(t: str) -> list[Cand]:
    """2024/25 and 2024-25 (the year after written with two digits), 2019-21 (a span
    of years in one century, with a dash only): kind year, both ends."""
    if "19" not in t and "20" not in t:
        return []
    out = []
    for m in _SPLIT_YEAR_RE.finditer(t):
        a, b = int(m.group("a")), int(m.group("b"))
        if b == (a + 1) % 100:
            end = a + 1
        elif m.group("sep") == "-" and b > a % 100:
            end = a - a % 100 + b
        else:
            continue
        out.append(Cand(m.start(), m.end(), "year", low=Decimal(a), high=Decimal(end), step=D1,
                        num_start=m.start(), when=f"{a}/{end}"))
    return out


@cache
def exclusion_re(name: str, flags: int = 0) -> re.Pattern[str] | None:
    """One regex matching every phrase of an exclusion list (longest first)."""
    phrases = sorted({p.strip() for p in read_lines("numbers", name)}, key=len, reverse=True)
    if not phrases:
        return None
    # "十分 !钟之": the phrase, unless one of the characters after "!" follows it (十分 "very",
    # but 十分钟 ten minutes, 十分之一 a tenth); "十分 !钟|之|左右": unless one of the words between
    # the bars follows it (十分左右 "about ten points")
    alts = "|".join(re.escape(p) + (_unless(unless) if unless else "")
                    for p, _, unless in (line.partition(" !") for line in phrases))
    if flags & re.IGNORECASE:  # English: word boundaries; a quick test of the first letter at each place
        first = re.escape("".join(sorted({p[0] for p in phrases})))
        return re.compile(rf"(?=[{first}])(?<![\w-])(?:{alts})(?![\w-])", flags)
    return re.compile(f"(?:{alts})", flags)


def _unless(after: str) -> str:
    """The lookahead of an exclusion's "!" part: characters, or words between bars."""
    if "|" in after:
        return "(?!" + "|".join(re.escape(w) for w in after.split("|")) + ")"
    return f"(?![{re.escape(after)}])"


def excluded_spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Spans of the exclusion phrases found in the normalised text."""
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def finditer_if(pattern: re.Pattern[str], text: str, hint: bool):
    """finditer, skipped when a cheap test says the pattern cannot match."""
    return pattern.finditer(text) if hint else ()


class Claimed:
    """Spans already taken by a candidate, with a fast overlap test.

    Replaces a plain list of ``(start, end)`` pairs (``append``, iteration)
    but :meth:`free` looks only at spans starting near the query, so a block
    with thousands of figures stays near-linear instead of quadratic.
    """

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def append(self, span: tuple[int, int]) -> None:
        insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def __iter__(self):
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def free(self, s: int, e: int) -> bool:
        """True when ``[s, e)`` overlaps no claimed span (a span ``(a, b)`` is
        clear when ``e <= a or s >= b``)."""
        if not self._spans:
            return True
        lo = bisect_left(self._spans, (s - self._longest, -1))
        hi = bisect_left(self._spans, (e, -1))
        return all(e <= a or s >= b for a, b in self._spans[lo:hi])


@dataclass(slots=True)
class Cand:
    """A candidate quantity in normalised-text offsets."""

    start: int
    end: int
    kind: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    scale: str | None = None
    qualifier: str | None = None
    step: Decimal | None = None
    when: str | None = None
    num_start: int = -1  # where the numeral itself starts (exclusion lists)
    extra: dict = field(default_factory=dict)


# Takes a candidate and its span (a language module's extract_text closure).
Claim = Callable[[Cand], None]


def interval(c: Cand) -> None:
    """Set low/high on a single figure from its qualifier (in place)."""
    if c.value is None or c.low is not None or c.high is not None:
        return
    q = c.qualifier
    v = c.value
    if q in ("more-than", "over", "at-least"):
        c.low = v
    elif q in ("less-than", "up-to", "nearly"):
        c.high = v
    elif q == "plus":
        c.low = v
        c.high = v + (c.extra.get("plus_step") or (place_step(v) if v else D1))


def build(c: Cand, norm: Normalised, original: str, block_id: str, lang: str) -> Quantity:
    """Turn a candidate into a Quantity with offsets into the original text."""
    interval(c)
    start, end = norm.span(c.start, c.end)
    # Trim spaces that normalisation may have exposed at the edges.
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    extra = c.extra
    readings = extra.get("readings")
    value, low, high, qualifier = c.value, c.low, c.high, c.qualifier
    if extra.get("mega") and value is not None:  # 兆 (numbers.zh): 1e12 as read, or 1e6
        if c.kind == "money":  # 2.26兆元: two readings, the other side chooses
            readings = [*(readings or ()), (value / pow10(6), c.unit)]
        else:  # 500兆 "500 MB" (the English unit holds the scale): not judged by value
            low, high, qualifier = value / pow10(6), value, "ambiguous-scale"
            value = None
    return Quantity(
        block=block_id,
        start=start,
        end=end,
        text=original[start:end],
        kind=c.kind,
        value=None if value is None else clean(value),
        low=None if low is None else clean(low),
        high=None if high is None else clean(high),
        unit=c.unit,
        scale=c.scale,
        qualifier=qualifier,
        step=None if c.step is None else clean(c.step),
        lang=lang,
        when=c.when,
        readings=tuple((clean(v), u) for v, u in readings) if readings else (),
        group=extra.get("group"),
        named=extra.get("named", 0),
    )


@cache
def _retraction_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line.strip()})" for line in read_lines("numbers", "retractions.txt")))


def drop_retracted(cands: list[Cand], t: str) -> list[Cand]:
    """Without the figures a speaker takes back at once ("大概三千，不对，是三千五百万左右";
    "around thirty, no, thirty-five million"): a slip of the tongue states no fact, and a
    translation may leave it out.  Its hedge passes to the figure that corrects it."""
    out: list[Cand] = []
    for c, nxt in zip(cands, [*cands[1:], None]):
        if nxt is None or c.kind not in ("count", nxt.kind) or not _retracted_by(t, c, nxt):
            out.append(c)
        elif nxt.qualifier is None:
            nxt.qualifier = c.qualifier
    return out


def _retracted_by(t: str, c: Cand, nxt: Cand) -> bool:
    m = _retraction_re().match(t, c.end)
    return m is not None and m.end() == nxt.start


def drop_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the longest of overlapping candidates, in text order."""
    if len(cands) < 2:
        return cands
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cand] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if (c.end - c.start) > (out[-1].end - out[-1].start):
                out[-1] = c
            continue
        out.append(c)
    return out


def apply_exclusions(cands: list[Cand], spans: list[tuple[int, int]], text: str, numeral_chars: str) -> list[Cand]:
    """Drop candidates whose numeral starts inside an exclusion phrase.

    A phrase only counts when it does not continue a numeral that starts
    before it ("3千万" is a number even though "千万" is a set phrase).
    """
    if not spans:
        return cands
    out = []
    for c in cands:
        ns = c.num_start if c.num_start >= 0 else c.start
        hit = False
        for s, e in spans:
            if s <= ns < e and (s == 0 or text[s - 1] not in numeral_chars or s == ns == c.start):
                hit = True
                break
        if not hit:
            out.append(c)
    return out


@cache
def era_offsets(lang: str) -> dict[str, int]:
    """The calendar eras of ``resources/numbers/eras.tsv`` by their names in ``lang`` ("zh": 令和,
    佛历; "en": "Reiwa", "BE"), each with the offset it adds to its years (令和6年 is 2018 + 6)."""
    column = 0 if lang == "zh" else 1
    out: dict[str, int] = {}
    for line in read_lines("numbers", "eras.tsv"):
        cells = line.split("\t")
        for name in cells[column].split("|"):
            out[name] = int(cells[2])
    return out

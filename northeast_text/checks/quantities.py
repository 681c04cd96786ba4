"""The quantity toolkit the number checks share.

Resources of the checks (configuration, messages, connector patterns), numeric
helpers (tolerances, decimal formatting, rendering a value like a given text),
a normalised comparable view of a quantity (:class:`NQ`), the currency names
(read from the engine's ``numbers/currencies.tsv``) and the translator's
currency conversions (:func:`find_conversions`), which the ``numbers``,
``conversion`` and ``arithmetic`` checks all need.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from functools import cache
from operator import attrgetter

from ..edits import edit_distance, swapped
from ..model import Analysis, Block, Finding, Quantity, quick_init
from ..numbers import change_then_level
from ..numbers.core import (
    COUNTDOWN_RE,
    base_unit,
    compound_pairs,
    compound_ratio,
    currencies,
    date_parts,
    dates_agree,
    plain,
    subunits,
    unit_factors,
    unit_map,
)
from ..numbers.en import SCALES
from ..numbers.normalise import mixed_as_decimal
from ..resources_io import read_json

# --------------------------------------------------------------------------
# resources


@cache
def load_resource(name: str) -> dict:
    """A JSON file of ``northeast_text/resources/checks`` (cached)."""
    return read_json("checks", name)


def config_section(name: str) -> dict:
    return {k: v for k, v in load_resource("numbers.json")[name].items() if not k.startswith("_")}


def message(key: str, **fields: object) -> str:
    """Fill the message template ``key`` (resources/checks/messages.json)."""
    return load_resource("messages.json")[key].format(**fields)


@cache
def pattern(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("connectors.json")[name], re.IGNORECASE)


# --------------------------------------------------------------------------
# numeric helpers

SCALE_EN = SCALES  # the English reader's scale words (bn, bln, trln, lakh …)
_EN_SCALE_WORDS = ((12, "trillion"), (9, "billion"), (6, "million"))
# the same scales abbreviated, by the family of abbreviation a writer uses ("bn"/"tn"/"m", "bln"/"trln"/"mln")
_EN_SCALE_ABBREVIATIONS = {
    **dict.fromkeys(("bn", "tn", "m", "mn", "b", "k"), {12: "tn", 9: "bn", 6: "m"}),
    **dict.fromkeys(("bln", "trln", "mln"), {12: "trln", 9: "bln", 6: "mln"}),
    "trn": {12: "trn", 9: "bn", 6: "m"},
}
SCALE_ZH = {"万": 4, "萬": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8, "億": 8,
            "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12, "萬億": 12}

QUIET_KINDS = frozenset({"year", "decade", "century", "date", "ordinal", "time"})
AMOUNT_KINDS = frozenset({"money", "count"})
# the units of a span of time (三年, "ten days")
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})


@cache
def _duration_re(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("hedges.json")[name])


def span_of_time(text: str, q: Quantity) -> bool:
    """A Chinese figure of time read as the span something holds over (八年内, 20年来, 在过去10年中,
    为期三年; ``resources/checks/hedges.json`` zh_duration_after / zh_duration_before)."""
    return q.unit in TIME_UNITS and bool(_duration_re("zh_duration_after").match(text[q.end:])
                                         or _duration_re("zh_duration_before").search(text[:q.start]))


def period_named(text: str, q: Quantity, lang: str) -> bool:
    """A figure of time named by its place in time (过去12个月, 之前的12个月, "the last 12 months",
    "the previous two years"): the period something holds over, not a quantity of it
    (``resources/checks/hedges.json`` zh_period_before / en_period_before)."""
    key = "zh_period_before" if lang == "zh" else "en_period_before"
    return q.unit in TIME_UNITS and bool(_duration_re(key).search(text[:q.start]))


def dec(x: object) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def as_int(x: object) -> int:
    """An integer setting (a number or a numeric string)."""
    if isinstance(x, int | float | str | Decimal):
        return int(x)
    raise TypeError(f"not an integer setting: {x!r}")


def as_items(x: object) -> tuple[object, ...]:
    """A list setting (kinds, a window's two ends)."""
    if isinstance(x, str) or not isinstance(x, Iterable):
        raise TypeError(f"not a list setting: {x!r}")
    return tuple(x)


def as_names(x: object) -> frozenset[str]:
    """A list setting of names (kinds)."""
    return frozenset(str(k) for k in as_items(x))


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
    """Plain positional text of ``d`` (no exponent), optionally rounded and grouped.

    Works in a context wide enough for the value, so a figure of 29 digits or
    九万亿亿亿 neither raises nor is rounded.
    """
    _, digits, exp = d.as_tuple()
    if exp != 0 or places is not None:  # an integer written plainly needs no rounding
        width = len(digits) + abs(int(exp)) + (places or 0) + 2 if isinstance(exp, int) else 28
        with localcontext() as ctx:
            ctx.prec = max(28, width)
            ctx.Emax, ctx.Emin = MAX_EMAX, MIN_EMIN
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
    if u in PRICE_SHARES:
        return text + ("% off" if u == "%off" else "% of the price")
    if u in ("RMB", "USD", "EUR", "GBP", "JPY", "HKD"):
        return f"{text} {u}"
    return text


_NUM_TOKEN = re.compile(r"(?<![\d.])\d{1,2}(?:,\d{2})+,\d{3}(?![.,]?\d)"  # Indian grouping: 2,06,737
                        # grouped by spaces, thin or not (SI style: 1 863 404)
                        "|(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u2009\u202f]\\d{3})+(?:[.,]\\d+)?(?![\\d])"
                        r"|(?<![\d.])\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?")
# a figure grouped the Indian way (12,34,567: lakhs and crores), written back so
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_DAY_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth")
_ORDINAL_WORD_VALUES = {w: i for i, w in enumerate(_DAY_WORDS[:10], 1)}
_ORDINAL_WORDS = {Decimal(v): w for w, v in _ORDINAL_WORD_VALUES.items()}
_RACE_TIME = re.compile(r"\d{1,2}:[0-5]\d\.(?P<cs>\d{1,2})")
_EN_SCALE_AFTER = re.compile(r"[\s-]*(thousand million|hundred (?:million|thousand)|thousand|million|billion|trillion"
                             r"|bn|bln|tn|trn|trln|mn|mln|[kmb])\b",
                             re.IGNORECASE)


_CARDINAL_WORD_VALUES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_CARDINAL_WORDS = {Decimal(v): w for w, v in _CARDINAL_WORD_VALUES.items()}
_CARDINAL_WORD_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_CARDINAL_WORD_VALUES, key=len, reverse=True)) + r")\b")
# a share in words, whole: "two-thirds", "three quarters", "a fifth", "one-tenth" (not "half")
_FRACTION_DENOMINATORS = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                          9: "ninth", 10: "tenth"}
_FRACTION_WORDS_RE = re.compile(r"(?i)(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
                                r"(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)")
# "three in 1,000", "one in four", "one out of every five": a share as a count in a count
_IN_EVERY_RE = re.compile(r"(?i)(?P<n>\d+|[a-z]+)\s+(?:in|out\s+of)(?:\s+every)?\s+"
                          r"(?P<d>\d{1,3}(?:,\d{3})+|\d+|[a-z]+)")


# between the two parts of a measure in words: the larger unit ("three years and six")
_UNIT_BETWEEN = re.compile(r"(?i)[\s-]+[a-z]+,?\s+(?:and\s+)?")


def _word_or_digits(s: str) -> Decimal | None:
    if s.isdigit() or "," in s:
        return Decimal(s.replace(",", ""))
    v = _CARDINAL_WORD_VALUES.get(s.lower())
    return Decimal(v) if v is not None else None


def _same_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _in_words_like(value: Decimal, like: Quantity, token: int | None) -> str | None:
    """An English figure in words written back in words: "three-quarters" for 三分之二 is
    "two-thirds", "one in five" for 四分之一 "one in four", "three in 1,000" for 万分之三 "three
    in 10,000", the "seven" of "three to seven" for 十年以下 "ten" (a small whole number), not a
    figure in digits nor a decimal.  None when the text is not written so."""
    text = like.text.strip()
    if like.kind == "fraction" and (m := _IN_EVERY_RE.fullmatch(text)):
        num = _word_or_digits(m.group("n"))
        if not num or not value:
            return None
        den = num / value
        if den != den.to_integral_value() or den < 1:
            return None
        written = m.group("d")
        if not written[0].isdigit() and den in _CARDINAL_WORDS:
            new = _CARDINAL_WORDS[den]
        else:
            new = fmt_decimal(den, 0, grouping="," in written or den >= 10000)
        return text[:m.start("d")] + new + text[m.end("d"):]
    if like.kind == "fraction" and _FRACTION_WORDS_RE.fullmatch(text):
        if value == Decimal("0.5"):  # 一半 against "a third": "a half", not "two-quarters"
            return _same_case("a half" if text[:2].lower() == "a " else "one-half", text)
        for parts, word in _FRACTION_DENOMINATORS.items():
            num = value * parts
            if num == num.to_integral_value() and 0 < num < parts:
                n = int(num)
                return _same_case(f"one-{word}" if n == 1 else f"{_CARDINAL_WORDS[Decimal(n)]}-{word}s", text)
        return None
    if number_tokens(text):
        return None
    found = list(_CARDINAL_WORD_RE.finditer(like.text))
    ratio = Decimal(12) if like.unit == "year" else compound_ratio(like.unit)
    if len(found) == 2 and token is None and ratio is not None and like.kind == "count" \
            and like.value is not None and like.low is None and like.high is None \
            and _UNIT_BETWEEN.fullmatch(like.text, found[0].end(), found[1].start()):
        # a measure in two units in words ("three years and eight" months for 三年六个月: "three
        # years and six"), each part a small whole number
        whole = value.to_integral_value(rounding="ROUND_FLOOR")
        rest = (value - whole) * ratio
        if abs(rest - rest.to_integral_value()) < Decimal("1e-9"):
            rest = rest.to_integral_value()  # two months are 2/12 of a year: 2.000…04 after the division
        if whole in _CARDINAL_WORDS and rest == rest.to_integral_value() and rest in _CARDINAL_WORDS and rest:
            (a, b), (c, d) = found[0].span(), found[1].span()
            text = like.text
            return (text[:a] + _same_case(_CARDINAL_WORDS[whole], found[0].group()) + text[b:c]
                    + _CARDINAL_WORDS[rest] + text[d:])
        return None
    if value != value.to_integral_value() or value not in _CARDINAL_WORDS:
        return None
    if not found or like.kind not in ("count", "money") \
            or (len(found) > 1 and token is None and like.value is not None):
        return None
    w = found[min(token or 0, len(found) - 1)]
    return like.text[:w.start()] + _same_case(_CARDINAL_WORDS[value], w.group()) + like.text[w.end():]


def cardinal_words(text: str) -> list[tuple[int, int]]:
    """Spans of the small whole numbers written in words in ``text`` ("three to seven")."""
    return [m.span() for m in _CARDINAL_WORD_RE.finditer(text)]


def number_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of digit numbers in ``text`` (with separators and decimals)."""
    return [m.span() for m in _NUM_TOKEN.finditer(text)]


_AM_PM = re.compile(r"\d\s?[ap]\.?m\b\.?", re.IGNORECASE)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _day_word(day: int) -> str:
    """The ordinal of a day of the month in words (5 -> "fifth", 21 -> "twenty-first")."""
    if day <= 20:
        return _DAY_WORDS[day - 1]
    tens, unit = divmod(day, 10)
    word = {2: "twenty", 3: "thirty"}[tens]
    return f"{word}-{_DAY_WORDS[unit - 1]}" if unit else word[:-1] + "ieth"


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_PADDED_PART = re.compile(r"(?<!\d)0\d(?!\d)")


def date_like(when: str, like: Quantity) -> str | None:
    """The English date ``like`` with the parts in which ``when`` differs from it put
    right, in its own style ("May 3, 2012" with 2021-05-03 -> "May 3, 2021"); None when
    it cannot be done surely."""
    have, want = date_parts(like.when), date_parts(when)
    if like.lang == "zh" or have is None or want is None:
        return None
    text = like.text
    for part, (x, y) in enumerate(zip(want, have)):
        if x is None or y is None or x == y:
            continue
        pattern = rf"\b{_MONTH_NAMES[y - 1][:3]}[a-z]*\.?" if part == 1 else rf"(?<!\d)0?{y}(?!\d)"
        found = list(re.finditer(pattern, text))
        if part == 2 and not found and x <= 31:  # the day in words: "the fifteenth of March"
            found = list(re.finditer(rf"(?i)(?<![\w-]){_day_word(y)}(?![\w-])", text))
            if len(found) == 1:
                new = _day_word(x)
                new = new.capitalize() if found[0].group()[:1].isupper() else new
                text = text[:found[0].start()] + new + text[found[0].end():]
                continue
        if len(found) != 1:
            return None  # not written, or written twice: which one is meant is not sure
        written = found[0].group()
        if part == 1:  # the month by its name, full or short as written
            full = written.rstrip(".") == _MONTH_NAMES[y - 1]
            new = _MONTH_NAMES[x - 1] if full else _MONTH_NAMES[x - 1][:3] + ("." if written.endswith(".") else "")
        else:
            # two digits stay two: 09, a part of an ISO date (2023-10-19), or of a date that pads
            # another part (15/03/2023); 3/15/2023 pads none: "3/5/2023"
            padded = written.startswith("0") or _ISO_DATE.search(text) is not None \
                or _PADDED_PART.search(text) is not None
            new = str(x).zfill(len(written)) if padded else str(x)
        text = text[:found[0].start()] + new + text[found[0].end():]
    return text


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_POWER_OF_TEN = re.compile(r"(?P<m>\d+(?:\.\d+)?)(?P<x>\s?[×xX*]\s?10)(?P<e>\^-?\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
_BEFORE_CHRIST = re.compile(r"\bB\.?C\.?(?:E\.?)?(?!\w)")


def _power_like(value: Decimal, m: re.Match[str], like: Quantity) -> str:
    """``value`` in scientific notation written as ``m`` is (a mantissa from 1 to 10, the exponent
    with a caret or in superscript digits)."""
    written = m.group("e")
    sup = not written.startswith("^")
    exp = int(written.lstrip("^").translate(str.maketrans(_SUPERSCRIPTS + "⁻", "0123456789-")))
    if value and not (1 <= abs(value) / Decimal(10) ** exp < 10):
        exp = value.adjusted()
    mant = value / Decimal(10) ** exp
    places = len(m.group("m").split(".")[1]) if "." in m.group("m") else 0
    shown = str(exp).translate(str.maketrans("0123456789-", _SUPERSCRIPTS + "⁻")) if sup else f"^{exp}"
    return fmt_decimal(mant, max(places, min(decimals_of(mant), 6))) + m.group("x") + shown


_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_CLOCK_IN_WORDS = re.compile(r"(?i)\b(?:past|to|after)\b")
_PART_OF_DAY = re.compile(r"(?i)\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.?m\b\.?)")
_HOURS_IN_WORDS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def _clock_in_words(h: int, mi: int, like: Quantity) -> str:
    """A time of day in words, as the translation writes it ("half past three in the afternoon")."""
    def hour(k: int) -> str:
        return _HOURS_IN_WORDS[k % 12]
    if mi == 0:
        said = f"{hour(h)} o'clock"
    elif mi == 15:
        said = f"a quarter past {hour(h)}"
    elif mi == 30:
        said = f"half past {hour(h)}"
    elif mi == 45:
        said = f"a quarter to {hour(h + 1)}"
    elif mi < 30:
        said = f"{mi} minutes past {hour(h)}"
    else:
        said = f"{60 - mi} minutes to {hour(h + 1)}"
    if _PART_OF_DAY.search(like.text):  # the part of the day the time falls in, if the text gives one
        h24 = (h + (1 if mi > 30 else 0)) % 24
        night = "at night" in like.text.lower() and (h24 >= 20 or h24 < 5)
        said += " at night" if night else " in the morning" if h24 < 12 else " in the afternoon" if h24 < 18 \
            else " in the evening"
    return _same_case(said, like.text)


_NOON_MIDNIGHT = re.compile(r"(?i)\b(?:noon|midday|midnight)\b")


def _time_like(value: Decimal, like: Quantity) -> str:
    """A time of day (HHMM on the 24-hour clock) written as ``like`` writes one: "noon", "a quarter
    past two", "3 p.m.", "4:30" on the 12-hour clock, or "15:30"."""
    text = like.text
    h, mi = divmod(int(value), 100)
    if _NOON_MIDNIGHT.search(text) and mi == 0 and h in (0, 12, 24):  # "noon", "12 midnight"
        return "noon" if h == 12 else "midnight"
    if not any(ch.isdigit() for ch in text) and _CLOCK_IN_WORDS.search(text):
        return _clock_in_words(h, mi, like)  # "a quarter past two" for 2时45分: "a quarter to three"
    if 12 < h < 24 and like.value is not None and any(v == like.value + 1200 for v, _ in like.readings):
        h -= 12  # "4:30" for 下午3时30分: "3:30", the translation's 12-hour clock
    if _AM_PM.search(text):  # "3 p.m.": the same clock as the translation's
        clock = f"{(h - 1) % 12 + 1}" + (f":{mi:02d}" if mi else "")
        return f"{clock} {'a.m.' if h < 12 else 'p.m.'}"
    return f"{h}:{mi:02d}"


def render_like(value: Decimal, like: Quantity, token: int | None = None,
                step: Decimal | None = None, trim: bool = False) -> str:
    """``like.text`` with its number (``token``-th digit number, default the
    last single one) replaced by ``value``, keeping its scale word when the
    value fits it, e.g. 18.2e9 like "approx. 18.3 billion USD" ->
    "approx. 18.2 billion USD".  Falls back to ``numbers.render.render_en``."""
    if (text := mixed_as_decimal(like.text)) != like.text:  # "$2½ billion": rewritten as "$2.5 billion"
        like = replace(like, text=text)
    return _render_like(value, like, token, step, trim)


def _render_like(value: Decimal, like: Quantity, token: int | None, step: Decimal | None, trim: bool) -> str:
    text = like.text
    if like.kind == "time" and value == value.to_integral_value():  # HHMM on the 24-hour clock
        return _time_like(value, like)
    if power := _POWER_OF_TEN.search(text):  # "1.2×10⁵", "3 x 10^8": the same notation
        return text[:power.start()] + _power_like(value, power, like) + text[power.end():]
    if value < 0 and like.kind in ("count", "year", "date") and _BEFORE_CHRIST.search(text):
        value = -value  # "212 BC" for 公元前221年: "221 BC", the era in the words
    if countdown := COUNTDOWN_RE.fullmatch(text):  # a duration in seconds written as h:mm:ss
        h, rest = divmod(int(value), 3600)
        return f"{h:0{len(countdown.group('h'))}d}:{rest // 60:02d}:{rest % 60:02d}"
    if like.kind == "ordinal" and like.lang == "en" and text.strip().lower() in _ORDINAL_WORD_VALUES \
            and value in _ORDINAL_WORDS:  # "second" for 第三名: "third", not "3"
        word = _ORDINAL_WORDS[value]
        return word.capitalize() if text.strip()[:1].isupper() else word
    if like.unit == "second" and (race := _RACE_TIME.fullmatch(text.strip())):
        # a race time in minutes and seconds ("2:05.12"): written back the same way
        digits = len(race.group("cs"))
        rounded = value.quantize(Decimal(1).scaleb(-digits))
        minutes, seconds = divmod(rounded, 60)
        return f"{int(minutes)}:{seconds:0{3 + digits}.{digits}f}"
    if like.lang == "en" and (words := _in_words_like(value, like, token)) is not None:
        return words
    spans = number_tokens(text)
    if not spans:
        return _render_fallback(value, like)
    if token is None and len(spans) == 1 and like.lang == "en" and (one := _ONE_WORD.match(text)) \
            and like.kind == "count" and (ratio := compound_ratio(like.unit)) is not None:
        spans = [one.span(1), spans[0]]  # "an hour and 20": "an" is the larger part
    if token is None and len(spans) == 2 and like.kind == "count" and like.low is None and like.high is None \
            and (ratio := compound_ratio(like.unit)) is not None:
        return _compound_like(value, like, spans, ratio, step)
    if token is None and len(spans) == 3 and like.kind == "count" and like.low is None and like.high is None \
            and (chain := _compound_chain(like.unit)) is not None:
        return _compound3_like(value, like, spans, chain, step)
    if token is None:
        token = len(spans) - 1 if like.value is not None else 0
    token = max(0, min(token, len(spans) - 1))
    s, e = spans[token]
    # a glued "K" read as kelvin ("0.002K") is the unit, not the scale "thousand"
    exp, m, scale_end = (0, None, e) if like.unit == "K" else _scale_after(text, e, like.lang)
    if m is None and exp == 0 and token < len(spans) - 1:
        # a range carries the scale word of its last end to the others
        exp, _, _ = _scale_after(text, spans[-1][1], like.lang)
    if exp == 0 and m is None and like.kind == "money" and _subunit_after(text, e, like.lang):
        exp = -2  # "5 HK cents", 5美分: the figure counts hundredths
    elif exp == 0 and m is None and like.readings and (shown := _heading_exp(like, text[s:e])):
        exp = shown  # a figure of a table whose heading gives the scale ("(billion yuan): Q3 14.2")
    st = step if step is not None else step_of(like)
    unit = Decimal(10) ** exp
    mant = value / unit
    # the scale word no longer fits (off by 10^k): choose a better one
    if like.lang != "zh" and m and not (Decimal(1) <= abs(mant) < 1000):
        short = _EN_SCALE_ABBREVIATIONS.get(m.group(1).lower())
        for e2, word in _EN_SCALE_WORDS:
            if abs(value) >= Decimal(10) ** e2:
                mant = value / Decimal(10) ** e2
                exp, unit = e2, Decimal(10) ** e2
                word = short[e2] if short else word  # "RMB1.2bn" for 1.2万亿: "RMB1.2tn"
                text = text[:m.start()] + m.group(0).replace(m.group(1), word) + text[scale_end:]
                scale_end = m.start() + len(m.group(0).replace(m.group(1), word))
                break
        else:  # under a million: no scale word ("more than 1000", not "more than 0.001 million")
            mant, exp, unit = value, 0, Decimal(1)
            text, scale_end = text[:m.start()] + text[scale_end:], m.start()
    # a step that does not end (0.1 × 180/2.8, a reading of 增长1.8倍) shows at most 12 places
    places = min(decimals_of(st / unit), 12) if st else None
    if trim and places:
        places = min(places, decimals_of(mant.quantize(Decimal(1).scaleb(-places)).normalize()))
    return _put(text, s, e, mant, places, like)


def _put(text: str, s: int, e: int, mant: Decimal, places: int | None, like: Quantity) -> str:
    """``text`` with ``mant`` in place of its digits from ``s`` to ``e``."""
    # a label ("No. 17809", "Flight 1549") is written without a thousands separator; a figure grown
    # past a thousand is grouped as English groups it ("458" for 4583: "4,583")
    grown = like.value is not None and abs(like.value) < 1000 <= abs(mant) and like.unit != "year"
    grouping = "," in text[s:e] or (like.lang != "zh" and like.kind not in ("ordinal", "year", "date")
                                    and (abs(mant) >= 10000 or grown))
    new = fmt_decimal(mant, places, grouping=grouping)
    if (space := _SPACE_GROUP.search(text, s, e)) and "," not in text[s:e]:
        new = fmt_decimal(mant, places, grouping=True).replace(",", space.group())  # 1 863 404 as written
    if _INDIAN_GROUPS.fullmatch(text, s, e) and (whole := _INDIAN_WHOLE.fullmatch(new)):
        new = _indian(whole.group(1).replace(",", "")) + (whole.group(2) or "")  # 2,06,737 for 206727: 2,06,727
    after = text[e:]
    if like.kind == "ordinal" and after[:2].lower() in _ORDINAL_SUFFIXES and mant == mant.to_integral_value():
        after = _ordinal_suffix(int(mant)) + after[2:]  # "21st" for 第12位: "12th"
    return text[:s] + new + after


_INDIAN_WHOLE = re.compile(r"(\d[\d,]*)(\.\d+)?")
_SPACE_GROUP = re.compile("(?<=\\d)[ \u00a0\u2009\u202f](?=\\d{3})")


def _indian(digits: str) -> str:
    """Digits grouped the Indian way: the last three, then pairs ("206727" -> "2,06,727")."""
    if len(digits) <= 3:
        return digits
    head, last = digits[:-3], digits[-3:]
    first = len(head) % 2 or 2
    return ",".join([head[:first]] + [head[i:i + 2] for i in range(first, len(head), 2)] + [last])


def _heading_exp(like: Quantity, written: str) -> int:
    """The power of ten a figure stands for beyond its digits when no scale word follows them
    (a table's heading gave it: 14.2 under "(billion yuan)" is 14.2e9), else 0."""
    try:
        shown = Decimal(written.replace(",", "").replace("，", ""))
    except ArithmeticError:
        return 0
    if not shown or like.value is None or (shown, None) not in like.readings:
        return 0  # the figure as written is no reading of its own: not a table's
    factor = like.value / shown
    exp = factor.adjusted()
    return exp if exp > 0 and factor == Decimal(10) ** exp else 0


def _compound_like(value: Decimal, like: Quantity, spans: list[tuple[int, int]], ratio: Decimal,
                   step: Decimal | None) -> str:
    """A measure written in two units ("2 hours and 15 minutes", 5 feet 11 inches) with
    ``value`` (in the larger unit) put back into both: 2.5 like "2 hours and 15" is
    "2 hours and 30", not "2 hours and 2.5"."""
    small_step = (step if step is not None else step_of(like)) * ratio
    whole = value.to_integral_value(rounding="ROUND_FLOOR")
    rest = (value - whole) * ratio
    if small_step > 0:
        rest = (rest / small_step).to_integral_value() * small_step
    if rest >= ratio:
        whole, rest = whole + 1, rest - ratio
    places = decimals_of(small_step) if small_step > 0 else None
    (s0, e0), (s1, e1) = spans
    text = like.text
    first = text[s0:e0] if whole == 1 and _ONE_WORD.match(text) else fmt_decimal(whole)  # "an hour and 30"
    return text[:s0] + first + text[e0:s1] + fmt_decimal(rest.normalize(), places) + text[e1:]


# the larger part of a compound measure written as a word ("an hour and 20 minutes")
_ONE_WORD = re.compile(r"(?i)(an?|one)\s")


def _compound_chain(unit: str | None) -> tuple[Decimal, Decimal] | None:
    """The two ratios of a measure written in three units, the largest ``unit`` (hour: 60
    minutes of 60 seconds), else None."""
    middle = next((small for (big, small) in compound_pairs() if big == unit), None)
    first, second = compound_ratio(unit), compound_ratio(middle)
    return (first, second) if first is not None and second is not None else None


def _compound3_like(value: Decimal, like: Quantity, spans: list[tuple[int, int]],
                    chain: tuple[Decimal, Decimal], step: Decimal | None) -> str:
    """A measure written in three units ("2 hours 8 minutes 15 seconds") with ``value`` (in
    the largest unit) put back into all three."""
    r1, r2 = chain
    small_step = (step if step is not None else step_of(like)) * r1 * r2
    total = value * r1 * r2
    if small_step > 0:
        total = (total / small_step).to_integral_value() * small_step
    whole, rest = divmod(total, r1 * r2)
    middle, small = divmod(rest, r2)
    places = decimals_of(small_step) if small_step > 0 else None
    (s0, e0), (s1, e1), (s2, e2) = spans
    text = like.text
    return (text[:s0] + fmt_decimal(whole) + text[e0:s1] + fmt_decimal(middle) + text[e1:s2]
            + fmt_decimal(small.normalize(), places) + text[e2:])


def _scale_after(text: str, e: int, lang: str) -> tuple[int, re.Match[str] | None, int]:
    """(power of ten, English match, end) of a scale word right after offset ``e``
    (or after the closing bracket of an accounting negative: "RMB(34.56) million")."""
    at = e + 1 if text[e:e + 1] in (")", "\uff09") else e
    if lang != "zh":
        m = _EN_SCALE_AFTER.match(text, at)
        if m:
            return SCALE_EN.get(m.group(1).lower(), 0), m, m.end()
        return 0, None, e
    for word in sorted(SCALE_ZH, key=len, reverse=True):
        if text.startswith(word, at):
            return SCALE_ZH[word], None, at + len(word)
    return 0, None, e


def _subunit_after(text: str, e: int, lang: str) -> bool:
    """Is the figure ending at ``e`` followed by a hundredth of a currency (5美分, "8 HK cents")?"""
    rest = text[e:].lstrip()
    return any(rest.startswith(word) for word in subunits("zh" if lang.startswith("zh") else "en"))


def _render_fallback(value: Decimal, like: Quantity) -> str:
    try:
        from ..numbers.render import render_en

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


# 三年六个月, 1年零3个月, "two years and six months": one duration in years
_YEARS_MONTHS_GAP = re.compile(r"^\s*(?:years?\b)?,?\s*(?:零|又|and\b)?\s*$", re.IGNORECASE)


def _years_and_months(text: str, years: Quantity, months: Quantity) -> Quantity | None:
    """A count of years followed by a count of months under twelve (三年六个月, "2 years and
    6 months") as the one duration it states in years (3.5), which a translation may give
    as "three and a half years"; None for anything else."""
    if not (years.kind == months.kind == "count" and years.unit == "year" and months.unit == "month"
            and years.value is not None and months.value is not None and 0 < months.value < 12
            and years.value == int(years.value) and months.value == int(months.value)
            and not years.scale and not months.scale and years.qualifier is None is months.qualifier
            and _YEARS_MONTHS_GAP.match(text[years.end:months.start])):
        return None
    return replace(years, end=months.end, text=text[years.start:months.end],
                   value=years.value + months.value / 12, step=Decimal(1) / 12)


def _inherits_scale(end: Quantity, other: Quantity) -> bool:
    """Can a range end written without a scale word take the other end's ("846" of "846
    to 987 billion")?  Not a figure of a thousand or more: "over 2.13 billion yuan to more
    than 12,000 investors" is a sum and a count, not a range up to 12,000 billion."""
    return bool(end.scale) or not other.scale or end.value is None or abs(end.value) < 1000


# hedges that bound a figure: an end of a range carries none
_BOUNDS = frozenset({"more", "less", "at-least", "at-most"})


def join_ranges(text: str, qs: Sequence[Quantity]) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """The block's quantities in order, a range the engine left in two pieces
    ("RMB 30,000" + "50,000", "846" + "987 billion USD") joined into one
    range quantity; each with the engine's quantities it was made of."""
    if len(qs) < 2:
        return [(q, (q,)) for q in qs]
    qs = sorted(qs, key=lambda q: (q.start, q.end))
    out: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and (duration := _years_and_months(text, q, nxt)) is not None:
            out.append((duration, (q, nxt)))
            i += 2
            continue
        if (nxt is not None and q.value is not None and nxt.value is not None
                and q.kind in ("money", "count") and nxt.kind in ("money", "count")
                and (q.unit is None or nxt.unit is None or q.unit == nxt.unit)
                and nxt.hedge not in _BOUNDS  # "2.8 million yuan to over 690 students": a sum and a count
                and _RANGE_JOIN.match(text[q.end:nxt.start])
                and not change_then_level(text, q, nxt)  # "fell $0.08 to $12.30": a change and a level
                and (not re.search(r"\band\b", text[q.end:nxt.start], re.IGNORECASE)
                     or re.search(r"\bbetween\s*$", text[:q.start], re.IGNORECASE))):
            low = q.value if q.scale or not nxt.scale else q.value * scale_factor(nxt)
            high = nxt.value if nxt.scale or not q.scale else nxt.value * scale_factor(q)
            if low < high and _inherits_scale(q, nxt) and _inherits_scale(nxt, q):
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


@quick_init
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
    converted: bool = False  # a view of the figure in another unit than its own (_unit_views)
    exact: bool = False  # a conversion no translator rounds (years and months): held at both precisions

    @property
    def point(self) -> Decimal:
        return self.lo if self.lo == self.hi else (self.lo + self.hi) / 2

    @property
    def is_range(self) -> bool:
        return self.lo != self.hi


_ONE = Decimal(1)
_UNIT_FACTORS = {"成": ("%", Decimal(10)), "decade": ("year", Decimal(10)), "decades": ("year", Decimal(10)),
                 "century": ("year", Decimal(100)), "centuries": ("year", Decimal(100)),
                 "years": ("year", Decimal(1)), "年": ("year", Decimal(1)), "RMB": ("CNY", Decimal(1)),
                 "yuan": ("CNY", Decimal(1)), "percent": ("%", Decimal(1)),
                 "‰": ("%", Decimal("0.1")), "bp": ("pp", Decimal("0.01"))}


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
    factor = _ONE
    if unit in _UNIT_FACTORS:
        unit, factor = _UNIT_FACTORS[unit]
    kind = q.kind
    step = step_of(q)
    if unit == "pp":
        family = "points"  # 50 basis points: half a percentage point
    elif kind in ("money", "count"):
        family = "amount"
    elif kind in ("percent", "fraction") or unit == "%":
        family = "percent"
        if kind == "fraction" and unit != "%":
            factor = factor * 100
        unit = unit if unit in PRICE_SHARES else "%"
    elif kind == "points" or unit == "pp":
        family, unit = "points", "pp"
    else:
        family = kind
    lo, hi, step = lo * factor, hi * factor, step * factor
    tol = half(step)
    if kind == "ratio" and 0 < lo == hi < 1:
        # a ratio's step is a unit of its first term over the second (1/15 for 1:15); its second
        # term tells ratios apart more finely when it is the larger (1:15 and 1:13 are 1/15 · 2/13
        # apart, less than that step)
        tol = half(step * lo)
    if family == "percent" and q.kind == "fraction":
        # a fraction word is as precise as the gap to its neighbours (1/3 and 1/4 are
        # 100/12 points apart): half of 100/den², not half a whole 1/den; the floor for
        # a small one is half its value (万分之一 is not "one in 1,000")
        tol = max(tol * step / 100, min(min_fraction_tol, abs(lo) / 2))
    return NQ(q, family, unit, lo, hi, tol, pos, block_index)


# A discount ("20% off", 八折's %off) and the share of the price that is paid (八折's
# other reading, %of "80% of the price"): each is a percentage like any other, not like each other.
PRICE_SHARES = frozenset({"%off", "%of"})


def compatible(a: NQ, b: NQ) -> bool:
    """Same family and unit; a missing unit matches any.  Counts ignore their
    classifier-derived units ("3个" item vs "three" cities); money keeps its
    currency; a discount is no share of the price paid (八折 read as "80%"
    is no "80% off")."""
    if a.family != b.family:
        return False
    if a.unit == b.unit or a.unit is None or b.unit is None:
        return True
    if a.family == "amount":
        kinds = {a.q.kind, b.q.kind}
        if kinds == {"count"}:  # km is not miles; "degrees" is any degree (10℃)
            return not (a.unit in measure_units() and b.unit in measure_units()) or bare_fits(a.unit, b.unit) \
                or about_the_same_size(a.unit, b.unit)
        if kinds == {"money", "count"}:
            return False  # a count with its own unit is not an amount of money
    if a.family == "percent":
        return {a.unit, b.unit} != PRICE_SHARES
    return False


@cache
def about_the_same_size(u: str, v: str) -> bool:
    """Two units of one measure within a tenth of each other (尺 a third of a metre, a foot
    0.3048 m: 九尺钢琴 "a nine-foot piano", 飞流直下三千尺 "three thousand feet"): the same number
    in each is the unit's usual English name, no other unit."""
    from ..numbers import base_unit

    (bu, fu), (bv, fv) = base_unit(u), base_unit(v)
    return bu == bv and bu not in (u, v) and abs(fu - fv) <= max(fu, fv) / 10


@cache
def measure_units() -> frozenset[str]:
    """Units of measure (km, t, kWh, mu …): unlike classifiers, two different ones never match."""
    return frozenset(load_resource("numbers.json")["units"]["measure"])


@cache
def _bare_units() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_resource("numbers.json")["units"].get("bare", {}).items()}


def bare_fits(a: str | None, b: str | None) -> bool:
    """Is one of two units a word with no scale of its own that fits the other ("degrees", degC)?"""
    bare = _bare_units()
    return b in bare.get(a or "", frozenset()) or a in bare.get(b or "", frozenset())


def is_vague(q: Quantity) -> bool:
    """A vague figure (几亿, 数亿, 十几, 上百, "several", "billions of"): an interval, no point."""
    return q.hedge == "vague"


def overlap_within(a: NQ, b: NQ, scale_b: Decimal = Decimal(1)) -> bool:
    """Do the intervals agree within the rounding of the less precise side?"""
    tol = max(a.tol, b.tol / scale_b)
    return a.lo - tol <= b.hi / scale_b and b.lo / scale_b <= a.hi + tol


def rounds_to(a: NQ, b: NQ) -> bool:
    """Is translation figure ``b`` what source figure ``a`` gives at ``b``'s own
    precision?  A translation may round (12.37亿 as "1.24 billion") but not add
    digits the source does not give (2亿 as "208 million").  Two stated ranges agree
    end by end (29万至65万 is not "290,000 to 560,000"), and so do two spans of months however
    written (1至9月 is not "January to August")."""
    if a.q.hedge in ("more", "at-least") and a.q.value is None and a.q.high is not None \
            and b.q.hedge in ("more", "at-least") and b.lo >= a.q.high:
        return False  # 上百 (a hundred or more, below a thousand) is no "more than a thousand"
    if a.is_range and b.is_range and not (is_vague(a.q) or is_vague(b.q)) \
            and ((stated_range(a.q) and stated_range(b.q)) or a.q.kind == b.q.kind == "date"):
        return abs(a.lo - b.lo) <= b.tol and abs(a.hi - b.hi) <= b.tol
    return a.lo - b.tol <= b.hi and b.lo <= a.hi + b.tol


# the word or sign that joins a range's two ends: 2至4, 二到四, "two to four", "between two and four"
_WORDS_RANGE_JOIN = re.compile(r"(?i)[至到～~—–-]|\bto\b|\bbetween\b.*\band\b")


def stated_range(q: Quantity) -> bool:
    """A range stated end by end: written in digits, or in words with a word that joins its ends
    (二至四个月, "two to four months"); 两三个月 and "two or three months" give two figures as
    one rough one, not two ends."""
    return written_in_digits(q) or _WORDS_RANGE_JOIN.search(q.text) is not None


def round_step(n: NQ) -> Decimal:
    """The place of a figure's last digit that is not zero, in normalised units: 10^8
    for "100 million", 10^6 for "23 million", 10 for "40%"; a figure written with a
    decimal point states its precision ("2.0 million": 10^5)."""
    value = abs(n.hi)
    if value == 0 or _DECIMAL_POINT.search(n.q.text):
        return n.tol * 2
    place = Decimal(1).scaleb(value.adjusted())  # the place of its first digit
    while value % place:
        place /= 10
    return max(place, n.tol * 2)


_DECIMAL_POINT = re.compile(r"\d[.．]\d")


def hedged_round(a: NQ, b: NQ) -> bool:
    """A translation that rounds the source figure to a round one on the side its hedge
    says: 1.02亿 as "more than 100 million" (from 100 up to, not including, 200
    million), 39.6% as "nearly 40%", 2345万 as "more than 23 million"."""
    if _dozen_for_ten_odd(a, b):
        return True
    if a.is_range and not is_vague(a.q) or b.is_range:
        return False
    if a.q.hedge in _BOUNDS and "age" in (a.q.unit, b.q.unit):
        return False  # 65岁及以上 is a threshold that draws a group: "60 and over" is another group
    hedge = b.q.hedge
    if hedge in ("more", "at-least"):
        return b.lo <= a.lo and a.hi < b.lo + round_step(b)
    if hedge in ("nearly", "less", "at-most"):
        step = round_step(b)
        if hedge == "nearly" and step == abs(b.hi) and not _DECIMAL_POINT.search(b.q.text):
            step /= 10  # "nearly 1,000" is 900 and more, not anything below it (近百 is no "nearly 1,000")
        return a.hi <= b.hi and a.lo > b.hi - step
    return False


def inside_the_odd(a: NQ, b: NQ) -> bool:
    """A translation figure inside the span of a source figure said with 多 or 余 after it (十多
    年 "12 years" or "10 to 12 years", 一百多人 "about 110 people": 十多 is more than ten and below
    twenty, the engine's ``low`` and ``high``): the translator named a figure the source leaves
    open, and no other.  A translation that bounds its figure itself is judged as a bound
    (:func:`hedged_round`): "over 6,006" for 6000多 is a changed figure, "nearly a dozen" for 十多 a
    figure below it."""
    q = a.q
    return q.qualifier == "plus" and q.low is not None and q.high is not None \
        and q.low <= b.lo and b.hi < q.high and b.q.hedge in (None, "approx")


_A_DOZEN = re.compile(r"(?i)(?<![\w-])(?:a|one)\s+dozen(?![\w-])")


def _dozen_for_ten_odd(a: NQ, b: NQ) -> bool:
    """"More than a dozen", "over a dozen", "about a dozen" for 十多, 十余 (ten and more, below
    twenty): the English way to say ten-odd, no figure added; only a source hedged up from ten (二十多
    is no "dozen", nor is a flat 十) and a translation that does not bound it below ("nearly a dozen")."""
    return (b.q.hedge in (None, "more", "approx") and b.lo == b.hi == 12 and _A_DOZEN.search(b.q.text) is not None
            and a.q.hedge in ("more", "approx") and a.q.value == 10 and a.q.low == 10 and a.q.high == 20)


def exact(a: NQ, b: NQ) -> bool:
    """The same figure; dates by the parts both state (24日 is "July 24")."""
    if a.family == b.family == "date" and a.q.when and b.q.when:
        return dates_agree(a.q.when, b.q.when)
    return a.lo == b.lo and a.hi == b.hi


def dates_comparable(a: NQ, b: NQ) -> bool:
    """Not two dates that state no common part (24日 and "July")."""
    if not (a.q.when and b.q.when):
        return True
    pa, pb = date_parts(a.q.when), date_parts(b.q.when)
    if pa is None or pb is None:
        return True
    return any(x is not None and y is not None for x, y in zip(pa, pb))


def parts_apart(a: NQ, b: NQ) -> int:
    """How many parts of a date one of two dates states and the other does not ("22 June"
    is nearer 6月22日 than 6月); 0 for anything else."""
    pa, pb = date_parts(a.q.when), date_parts(b.q.when)
    if pa is None or pb is None:
        return 0
    return sum((x is None) != (y is None) for x, y in zip(pa, pb))


def resolve_readings(items: list[NQ], others: list[NQ], keep: Iterable[int] = (),
                     source: bool = False) -> list[NQ]:
    """Each figure under the reading the other side of its link fits best.

    A surface can mean more than one thing (``Quantity.readings``): a bare
    "$" is any dollar the source names, "¥" yuan or yen, "762.59m" metres when
    the source says 米.  The first reading is kept unless another one fits the
    other side better.  A count of "others" ("Zhang Huan and three other
    doctors") against a count that includes those named (张欢等4位医生;
    安徽、重庆等8省 "Anhui, Chongqing and six other provinces") is compared
    plus the number named.  Figures whose ids are in ``keep`` (conversions)
    stay as read.  The ``source`` side's figures converted into the other's unit may be
    rounded there (``_as_converted``); the translation's are converted as written.
    """
    keep = keep if isinstance(keep, set | frozenset) else set(keep)
    named = sorted({max(o.q.named, 1) for o in others if o.q.group == "inclusive"})
    pool: Pool | None = None
    out = []
    for n in items:
        if id(n.q) in keep:
            out.append(n)
            continue
        plus = [NQ(n.q, n.family, n.unit, n.lo + k, n.hi + k, n.tol, n.pos, n.block_index)
                for k in named] if n.q.group == "others" else []
        n = plus[0] if plus else n
        views = [n] + plus[1:] + readings_of(n)
        unit_views = _unit_views(n, others, source)
        if len(views) == 1 and not unit_views:
            out.append(n)  # one reading only: nothing to choose
            continue
        if pool is None:  # the other side under every reading it has ("1.625 jin" may be 1,625 jin)
            # but a figure's unit given up (a table's figure read bare as well as in its heading's
            # unit) only meets a bare figure: the two sides' headings are compared as read
            pool = Pool(list(others) + [v for o in others for v in readings_of(o)
                                        if v.q.unit is not None or o.q.unit is None])
        fits, states = pool.fit, pool.states
        # a view in the other's unit that fits it, or is a power of ten off it (2648万千瓦 as
        # "2.648 GW": a scale slip across units)
        views += [v for v in unit_views if fits(v) <= 1]
        # among views that fit, one the other side states exactly before one within rounding
        # (增长了0.6倍 is "60 percent" when the other side has 60 percent and "more than doubled")
        scored = [(fits(v), i, v) for i, v in enumerate(views)]
        out.append(min(scored, key=lambda fiv: (fiv[0], fiv[0] > 0 or not states(fiv[2]), fiv[1]))[2])
    return out


def readings_of(n: NQ) -> list[NQ]:
    """``n`` under each of its other readings."""
    if not n.q.readings:
        return []
    return [v for v in (_reading_view(n, value, unit) for value, unit in n.q.readings) if v is not None]


_YEARS_AND_MONTHS = {"year", "month"}


def _unit_views(n: NQ, others: Sequence[NQ], rounded: bool = False) -> list[NQ]:
    """``n`` converted into the unit of another side's figure of the same
    measure (1625斤 as kg, 15分钟 as hours, 500毫升 as litres).  Years given in months, or months
    in years, are no rounding: twelve to the year, an unhedged figure converted is ``exact`` (1年期
    is a "12-month" term, not a "six-month" one)."""
    q = n.q
    if q.unit in _TEMPERATURES:
        return _temperature_views(n, others)
    if q.unit == "deg" and q.lang == "en" and q.value is not None and any(o.q.unit == "degC" for o in others) \
            and (as_f := normalise(replace(q, unit="degF"), n.pos, n.block_index)) is not None:
        # "above 90 degrees" in American news is Fahrenheit: 超32.2摄氏度 is its conversion
        return [v for v in _temperature_views(as_f, others) if any(o.q.unit == "degC" and overlap_within(o, v)
                                                                    for o in others)]
    measures = measure_units()
    if q.value is None and q.low is not None and q.high is not None and q.unit in measures and not is_vague(q):
        return _range_unit_views(n, others)
    if q.value is None or q.unit not in measures:
        return []
    base = base_unit(q.unit)[0]
    if any(o.q.value == q.value and o.q.unit != q.unit and o.q.unit in measures and base_unit(o.q.unit)[0] == base
           for o in others):
        return []  # the same figure in another unit of the measure: a unit slip, not a conversion
    # a 里 of today's 500 m, or of a dynasty's: the latter only where the other side gives
    # none in the unit itself (七千五百万两 beside 二千八百吨 keeps "75 million taels")
    factors = unit_factors(q.unit)
    if any(o.q.unit == q.unit for o in others):
        factors = factors[:1]
    views = []
    for unit in sorted({o.q.unit for o in others if o.q.unit in measures} - {q.unit}):
        other_base, other_factor = base_unit(unit)
        if other_base == base:
            for factor in factors:
                view = _reading_view(n, q.value * factor / other_factor, unit)
                if view is not None and {q.unit, unit} == _YEARS_AND_MONTHS and not (q.hedge or is_vague(q)):
                    views.append(replace(view, converted=view.converted or rounded, exact=True))  # 12 months, not 6
                elif view is not None:
                    views.append(_as_converted(view, q) if rounded else view)
    return views


def _range_unit_views(n: NQ, others: Sequence[NQ]) -> list[NQ]:
    """A range converted end by end into the unit of another side's range of the same measure
    (1500至1700毫升 as "1.5 to 1.7 litres"); not the same ends in another unit (a unit slip), nor
    when the other side gives the range as written too (100～150毫米 as "100 to 150 mm (4 to 16
    inches)": the conversion beside it is judged as one)."""
    q = n.q
    assert q.low is not None and q.high is not None and q.unit is not None
    base, factor = base_unit(q.unit)
    if any(o.q.unit == q.unit and (o.q.low, o.q.high) == (q.low, q.high) for o in others):
        return []  # given as written ("100 to 150 mm"): a range in another unit beside it is its conversion
    views = []
    for o in others:
        if o.q.value is not None or o.q.low is None or o.q.unit in (None, q.unit) or o.q.unit not in measure_units():
            continue
        other_base, other_factor = base_unit(o.q.unit)
        if other_base != base or (o.q.low, o.q.high) == (q.low, q.high):
            continue
        f = factor / other_factor
        if not _one_end_moved(o.q.low, o.q.high, q.low * f, q.high * f):
            continue  # another range ("4 to 16 inches" beside 100～150毫米), not this one converted
        alt = replace(q, low=q.low * f, high=q.high * f, unit=o.q.unit, step=q.step * f if q.step else q.step,
                      scale=None)
        view = normalise(alt, n.pos, n.block_index)
        if view is not None:
            views.append(view)
    return views


def _one_end_moved(low: Decimal | None, high: Decimal | None, c_low: Decimal, c_high: Decimal) -> bool:
    """Is the range ``low``..``high`` the converted range ``c_low``..``c_high`` with at most one end
    moved: one end rounded from its own (within 5 %), the other within a factor of two of its own?"""
    if low is None or high is None:
        return False
    near = [abs(w - c) <= abs(c) / 20 for w, c in ((low, c_low), (high, c_high))]
    return any(near) and all(c / 2 <= w <= c * 2 if c > 0 else w == c for w, c in ((low, c_low), (high, c_high)))


def _as_converted(view: NQ, q: Quantity) -> NQ:
    """A figure converted into another unit, which a translator writes rounded: to two significant
    figures when the source's figure is hedged or has no more itself (约1000公里 as "some 620 miles",
    3000公顷 as "7,400 acres"), to three otherwise (1318公里 as "819 miles")."""
    value = abs(view.lo)
    if value == 0 or q.value is None:
        return replace(view, converted=True)
    digits = len(abs(q.value).normalize().as_tuple().digits)
    significant = 2 if q.hedge or digits <= 2 else 3
    rounding = Decimal(1).scaleb(value.adjusted() - significant + 1)
    return replace(view, tol=max(view.tol, half(rounding)), converted=True)


_TEMPERATURES = {"degC": "degF", "degF": "degC"}
_NINE_FIFTHS = Decimal("1.8")


def _in_scale(value: Decimal, unit: str) -> Decimal:
    """A temperature converted into ``unit`` ("degF" or "degC") from the other scale."""
    return value * _NINE_FIFTHS + 32 if unit == "degF" else (value - 32) / _NINE_FIFTHS


def _temperature_views(n: NQ, others: Sequence[NQ]) -> list[NQ]:
    """A temperature (or a range of them) in the other scale, where the other side gives one in
    it (38摄氏度 as "100 degrees Fahrenheit", 15～20摄氏度 as "59 to 68 °F"): Fahrenheit is not a
    multiple of Celsius, so no factor converts it."""
    q = n.q
    unit = _TEMPERATURES[q.unit or ""]
    ends = (q.value, q.value) if q.value is not None else (q.low, q.high)
    if None in ends or not any(o.q.unit == unit for o in others) \
            or any(o.q.unit in (unit, q.unit) and (o.q.value, o.q.low, o.q.high) == (q.value, q.low, q.high)
                   for o in others):
        # none in the other scale; the same figure in it (a unit slip, not a conversion); or the
        # figure as given, beside which the other scale is the translator's conversion in brackets
        return []

    step = (q.step or Decimal(1)) * (_NINE_FIFTHS if unit == "degF" else 1 / _NINE_FIFTHS)
    low, high = (_in_scale(v, unit) for v in ends if v is not None)
    point = q.value is not None
    if not point and not any(o.q.unit == unit and o.q.low is not None and o.q.high is not None
                             and abs(o.q.low - low) <= step and abs(o.q.high - high) <= step for o in others):
        return []  # a range converts end by end: 35～37℃ is no "95 to 109 °F" that merely overlaps it
    view = normalise(replace(q, value=low if point else None, low=None if point else low,
                             high=None if point else high, unit=unit, step=step, scale=None), n.pos, n.block_index)
    return [view] if view is not None else []


def _reading_view(n: NQ, value: Decimal, unit: str | None) -> NQ | None:
    q = n.q
    rescaled = q.value is not None and value != q.value
    step = q.step * value / q.value if rescaled and q.step and q.value else q.step
    # a reading in a currency is money ("130 pounds" as sterling), one in another unit is not
    kind = "money" if currency_code(unit) == unit and unit else "count" if q.kind == "money" else q.kind
    alt = replace(q, kind=kind, value=value, low=None, high=None, unit=unit, step=step,
                  scale=None if rescaled else q.scale)
    return normalise(alt, n.pos, n.block_index)


class Pool:
    """The other side's figures, for :meth:`fit` and :meth:`holds`: grouped by what :func:`compatible` reads
    (family, unit, kind), each group's single figures sorted by value, so that a figure is
    compared with those near it, or near it a power of ten off, not with the whole side
    (a table of thousands of figures in one block)."""

    _POWERS = range(-24, 25)  # how far a power of ten off may be (power_ratio's k)

    def __init__(self, others: Sequence[NQ]) -> None:
        groups: dict[tuple, list[NQ]] = {}
        for o in others:
            groups.setdefault((o.family, o.unit, o.q.kind), []).append(o)
        self._groups = []
        for members in groups.values():
            points = sorted((o for o in members if o.lo == o.hi and o.family != "date"), key=lambda o: o.lo)
            rest = [o for o in members if not (o.lo == o.hi and o.family != "date")]  # ranges, dates: one by one
            self._groups.append((members[0], points, [o.lo for o in points], max((o.tol for o in points),
                                                                                   default=Decimal(0)), rest))

    def fit(self, n: NQ) -> int:
        """0: the other side has this figure; 1: a power of ten off; 2: the same unit; 3: nothing."""
        best = 3
        for rep, points, values, widest, rest in self._groups:
            if not compatible(n, rep):
                continue
            best = min(best, 2)
            for o in [*rest, *self._near(n, points, values, max(n.tol, widest), 0)]:
                if exact(n, o) or overlap_within(n, o):
                    return 0
                if power_ratio(n, o) is not None:
                    best = 1
            if best > 1 and n.lo + n.hi > 0:
                if any(power_ratio(n, o) is not None for k in self._POWERS if k
                       for o in self._near(n, points, values, max(n.tol, widest / Decimal(10) ** k), k)):
                    best = 1
        return best

    def states(self, n: NQ) -> bool:
        """Does a figure of the other side state ``n`` exactly (compatible, the same interval)?"""
        return any(exact(n, o) for rep, points, values, widest, rest in self._groups
                   if compatible(n, rep) for o in (*rest, *self._near(n, points, values, Decimal(0), 0)))

    def holds(self, n: NQ) -> bool:
        """Does a figure of the other side agree with ``n`` (compatible, overlapping)?"""
        return any(overlap_within(n, o) for rep, points, values, widest, rest in self._groups
                   if compatible(n, rep) for o in (*rest, *self._near(n, points, values, max(n.tol, widest), 0)))

    @staticmethod
    def _near(n: NQ, points: list[NQ], values: list[Decimal], reach: Decimal, k: int) -> list[NQ]:
        """The single figures whose value, taken 10^k down, lies within ``reach`` of ``n``."""
        scale = Decimal(10) ** k
        return points[bisect_left(values, (n.lo - reach) * scale):bisect_right(values, (n.hi + reach) * scale)]


def rel_gap(a: NQ, b: NQ, scale_b: Decimal = Decimal(1)) -> Decimal:
    pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2 / scale_b
    den = max(abs(pa), abs(pb), Decimal("1e-12"))
    return abs(pa - pb) / den


def power_ratio(a: NQ, b: NQ) -> int | None:
    """k with b = a * 10^k within rounding (k != 0), else None."""
    pa, pb = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
    if pa <= 0 or pb <= 0:
        return None
    if pa <= 2 * pb and pb <= 2 * pa:
        return None  # within a factor of two, k is 0 (and log10 is slow)
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
    """Digits of two figures differ by at most two edits (typo, transposition);
    digits read from a value (a figure in words, a year, a date, a time) by one
    edit of the same length, two neighbours swapped (2012 for 2021) or a power
    of ten ("six" for 60, 2024 for 2025, "3 p.m." for 14:00)."""
    if any(q.kind == "time" and not any(ch.isdigit() for ch in q.text) for q in (a, b)):
        return False  # "noon", "midnight": no digits written to be alike (1200 and 1500 are not)
    da, db = figure_digits(a), figure_digits(b)
    if not da or not db:
        return False
    if da == _written(a) and db == _written(b):
        return edit_distance(da, db) <= 2
    if swapped(da, db) or day_and_month_swapped(a, b) or _year_changed(a, b):
        return True
    wa, wb = _written(a), _written(b)
    if a.kind == b.kind == "year" and wa and wb and (wa, wb) != (da, db) and swapped(wa, wb):
        return True  # 佛历2569年 as "2596 BE": the era's digits, two neighbours swapped
    return edit_distance(da, db) <= 1 and (len(da) == len(db) or da.rstrip("0") == db.rstrip("0"))


_ALL_NUMERIC_DATE = re.compile(r"[\d\s./-]+")


def _year_changed(a: Quantity, b: Quantity) -> bool:
    """Two full dates on the same day of the same month in other years (2019年8月20日 as
    "20 August 2020": the year of a law's entry into force changed)."""
    pa, pb = date_parts(a.when), date_parts(b.when)
    return pa is not None and pb is not None and None not in pa + pb and pa[1:] == pb[1:] and pa[0] != pb[0]


def day_and_month_swapped(a: Quantity, b: Quantity) -> bool:
    """Two dates, their months named (6月5日, "6 May"), whose day and month are swapped;
    the years, where both state one, agree.  All-numeric dates (5/6) are left alone: their
    order is the writer's convention."""
    pa, pb = date_parts(a.when), date_parts(b.when)
    if pa is None or pb is None or None in (pa[1], pa[2], pb[1], pb[2]) or pa[1] == pa[2]:
        return False
    if _ALL_NUMERIC_DATE.fullmatch(a.text) or _ALL_NUMERIC_DATE.fullmatch(b.text):
        return False
    years_agree = pa[0] is None or pb[0] is None or pa[0] == pb[0]
    return years_agree and (pa[1], pa[2]) == (pb[2], pb[1])


def _written(q: Quantity) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", mixed_as_decimal(q.text)))


def figure_digits(q: Quantity) -> str:
    """The digits a figure stands for: as written, or, for a year (民国114年 is
    2025), a date (2023年10月9日 and "9 October 2023" both 20231009), a time
    of day (下午3点 and "3 p.m." both 1500) and a figure in words ("six
    times"), those of the value read."""
    written = _written(q)
    if q.value is not None and (q.kind in ("year", "date", "time") or not written):
        return plain(q.value).replace(".", "").lstrip("0")
    return written


# the Republic of China era (民国112年, and Taiwan's 112年9月): year N is 1911 + N
ROC_BASE = 1911


def year_of(q: Quantity) -> int | None:
    """The year a year or a date names, else None."""
    if q.kind not in ("year", "date") or not q.when or not q.when[:4].isdigit():
        return None
    return int(q.when[:4])


def roc_year(q: Quantity) -> int | None:
    """The era number N of a source year or date written in the Republic of China
    calendar (民国54年, 112年9月: read as 1911 + N), else None."""
    y = year_of(q) if q.lang == "zh" else None
    if y is None or y - ROC_BASE < 1:
        return None
    n = y - ROC_BASE
    return n if "民国" in q.text or "民國" in q.text or _written(q).startswith(str(n)) else None


def roc_count(q: Quantity) -> int | None:
    """N when ``q`` is a Chinese count of years in three digits, 100 to 199 (自106年的…, 112年1至10月:
    no month right after it says it is a date), which Taiwan writes for a year of the era."""
    if q.lang == "zh" and q.kind == "count" and q.unit == "year" and q.value is not None \
            and 100 <= q.value < 200 and len(_written(q)) == 3:
        return int(q.value)
    return None


def roc_misread(n: int) -> tuple[int, ...]:
    """The years an era number N becomes under a wrong base: 1900 + N (民国112年 as 2012),
    one year off, or N itself."""
    return n, n + 1900, n + ROC_BASE - 1, n + ROC_BASE + 1


def roc_slip(a: Quantity, b: Quantity) -> bool:
    """Is ``b`` the ROC-era year ``a`` converted with a wrong base (:func:`roc_misread`)?"""
    n = roc_year(a)
    return n is not None and year_of(b) in roc_misread(n)


def written_in_digits(q: Quantity) -> bool:
    """Is the figure written with digits (not in words)?"""
    return any(ch.isdigit() for ch in q.text)




def read_of(q: Quantity) -> dict[str, object]:
    """One side of a finding's evidence: the span, its text and what was read."""
    if q.value is not None:
        value = fmt_decimal(q.value.normalize())
    else:
        lo = fmt_decimal(q.low.normalize()) if q.low is not None else ""
        hi = fmt_decimal(q.high.normalize()) if q.high is not None else ""
        value = f"{lo}–{hi}"
    out: dict[str, object] = {"text": q.text, "span": [q.start, q.end], "block": q.block, "kind": q.kind,
                              "value": value}
    for name in ("unit", "qualifier", "when"):
        if getattr(q, name):
            out[name] = getattr(q, name)
    return out


def evidence(rule: str, source: Quantity | None, target: Quantity | None, **extra: object) -> dict[str, object]:
    """A finding's evidence: the rule and both sides as read (docs/checks.md)."""
    out: dict[str, object] = {"rule": rule}
    if source is not None:
        out["source"] = read_of(source)
    if target is not None:
        out["target"] = read_of(target)
    out.update(extra)
    return out


def value_warning(key: str, a: NQ, b: NQ, data: Mapping[str, object] | None = None, **fields: object) -> Finding:
    """A `value` warning of rule ``numbers.{key}`` on source figure ``a`` and target figure ``b``:
    the message template ``key`` with both figures' texts and ``fields``."""
    return Finding(
        kind="value", severity="warning", message=message(key, src=a.q.text, tgt=b.q.text, **fields),
        source_block=a.q.block, target_block=b.q.block, source_text=a.q.text, target_text=b.q.text,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data=dict(data or {}), evidence=evidence(f"numbers.{key}", a.q, b.q),
    )


def by_block(spans: Iterable[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    """(block, start, end) spans grouped by block, for :func:`inside`."""
    out: dict[str, list[tuple[int, int]]] = {}
    for block, start, end in spans:
        out.setdefault(block, []).append((start, end))
    return out


@dataclass
class Judged:
    """The findings of a check that judges some figures itself (designations, periods from the
    start of the year) and the spans of those figures, by block id, that the ``numbers`` check
    then leaves alone on each side."""

    findings: list[Finding]
    quiet_source: dict[str, list[tuple[int, int]]]
    quiet_target: dict[str, list[tuple[int, int]]]


def inside(q: Quantity, spans: Mapping[str, Sequence[tuple[int, int]]]) -> bool:
    """Is ``q`` within one of the spans of its block (``spans`` from :func:`by_block`)?"""
    block_spans = spans.get(q.block)
    if not block_spans:
        return False
    return any(s <= q.start and q.end <= e for s, e in block_spans)


# --------------------------------------------------------------------------
# currencies


@cache
def _currency_table() -> dict[str, str]:
    """Written form (lower case) -> ISO code, both languages (the engine's table)."""
    table: dict[str, str] = {}
    for lang in ("en", "zh"):
        for surface, code, _ in currencies(lang):
            table.setdefault(surface.lower(), code)
    return table


@cache
def _currency_re() -> str:
    parts = []
    for name in sorted(_currency_table(), key=len, reverse=True):
        esc = re.escape(name).replace(r"\ ", r"\s+")
        if name[-1].isalpha() and name.isascii():
            esc += r"\b"
        if name[0].isalpha() and name.isascii():
            esc = r"\b" + esc
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def currency_code(written: str | None) -> str | None:
    """ISO code of a written currency name, of a model unit, or None."""
    if not written:
        return None
    w = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", written).strip()).lower()
    table = _currency_table()
    if w in table:
        return table[w]
    up = written.upper()
    return up if up in {v for v in table.values()} else None


def _unit_currency(q: Quantity) -> str | None:
    return currency_code(q.unit) if q.unit else None


# --------------------------------------------------------------------------
# finding conversions


@dataclass(frozen=True, slots=True)
class Span:
    """A figure (single or range) as used here; ``parts`` are the engine's quantities."""

    text: str
    start: int
    end: int
    block: str
    low: Decimal
    high: Decimal
    unit: str | None
    step: Decimal
    parts: tuple[Quantity, ...]
    lang: str = "en"
    kind: str = "money"
    scale: str | None = None

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def quantity(self) -> Quantity:
        """A Quantity view (for rendering)."""
        q = self.parts[-1]
        return Quantity(block=self.block, start=self.start, end=self.end, text=self.text, kind=self.kind,
                        value=self.low if not self.is_range else None,
                        low=self.low, high=self.high, unit=self.unit, scale=self.scale,
                        qualifier=q.qualifier, step=self.step, lang=self.lang)


@dataclass(frozen=True, slots=True)
class Conversion:
    """``amount`` converted by the translator into ``converted`` (another currency)."""

    amount: Span
    converted: Span
    block: str
    from_currency: str | None
    to_currency: str


def _spans(analysis: Analysis, block_id: str, text: str) -> list[Span]:
    """The block's amounts, with a range the engine left in two pieces joined."""
    qs = [q for q in analysis.quantities_in(block_id) if q.kind in ("money", "count")]
    out: list[Span] = []
    for q, parts in join_ranges(text, qs):
        b = q.bounds
        if b is None:
            continue
        low, high = (q.value, q.value) if q.value is not None else b
        out.append(Span(q.text, q.start, q.end, block_id, low, high, q.unit, step_of(q), parts, q.lang or "en",
                        q.kind, q.scale))
    return out


def crowded_blocks(analysis: Analysis) -> list[Block]:
    """The blocks holding two figures or more (a conversion takes two), in order."""
    counts = Counter(map(attrgetter("block"), analysis.quantities))
    crowded = {block for block, n in counts.items() if n >= 2}
    return [b for b in analysis.document.blocks if b.id in crowded] if crowded else []


def find_unit_conversions(analysis: Analysis, block: str | None = None) -> list[Quantity]:
    """Every measure the translator converted after a figure into another unit:
    "1,200 mu (some 80 hectares)", "38.5 °C (101.3 °F)", "30 km/h (about 19 mph)",
    a rate per unit of measure too: 5628.2公斤/公顷（375.2公斤/亩）, "1,530 kg per mu
    (about 23 tonnes per hectare)".

    The two must agree once converted (within ``units.conversion_tolerance``
    of numbers.json, relative: a translator rounds the converted figure); a
    figure in brackets that does not is an ordinary figure, compared like any
    other.  ``block``: that block's only (a block id)."""
    return [b for _a, b in find_unit_conversion_pairs(analysis, block)]


def find_unit_conversion_pairs(analysis: Analysis, block_id: str | None = None) -> list[tuple[Quantity, Quantity]]:
    """(figure, its conversion in brackets) of :func:`find_unit_conversions`; ``block_id``: in
    that block only."""
    gap = pattern("conversion_gap")
    tol = dec(config_section("units").get("conversion_tolerance", "0.05"))
    out: list[tuple[Quantity, Quantity]] = []
    for block in crowded_blocks(analysis) if block_id is None else [analysis.block(block_id)]:
        qs = sorted((q for q in analysis.quantities_in(block.id) if q.bounds is not None and q.unit),
                    key=lambda q: q.start)
        for a, b in zip(qs, qs[1:]):
            between = _UNIT_WORDS_BEFORE_BRACKET.sub("", block.text[a.end:b.start], count=1)
            per = (per_measure(analysis, a), per_measure(analysis, b))
            per = per if None not in per else (None, None)  # "30 km/h (about 19 mph)": as written
            signs = (_sign(block.text, a), _sign(block.text, b))
            if signs[1] < 0:
                between = _MINUS_BEFORE.sub("", between)  # "-30°C (-22°F)": the sign is the figure's
            if (a.unit, per[0]) != (b.unit, per[1]) and gap.match(between) and _converts(a, b, tol, per, signs):
                out.append((a, b))
    return out


# a minus sign or word right before a figure ("-30°C (-22°F)", "minus 30C (minus 22F)", 零下30℃)
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.%)）])[-−–]|(?<![\w-])minus\s+|零下|负)\s*$", re.IGNORECASE)


def _sign(text: str, q: Quantity) -> int:
    """-1 when a temperature is written below zero (the engine reads its magnitude), else 1."""
    if q.unit not in ("degC", "degF"):
        return 1
    return -1 if _MINUS_BEFORE.search(text, max(0, q.start - 8), q.start) else 1


# the unit written after the figure, when the figure's span leaves it out ("1,200 mu (")
_UNIT_WORDS_BEFORE_BRACKET = re.compile(r"^[^\d()（）\[\].,;:!?。，；]{1,30}?(?=\s*[(（\[])")


def _converts(a: Quantity, b: Quantity, tol: Decimal, per: tuple[str | None, str | None] = (None, None),
              signs: tuple[int, int] = (1, 1)) -> bool:
    """Is ``b`` the figure ``a`` converted into ``b``'s unit, within ``tol``
    (relative), under any of their readings ("5.300 km²" may be 5,300), or a
    range converted end by end ("37 to 39 °C (99 to 102 °F)")?  ``per``: the units
    of measure each is given per (kg per mu against tonnes per hectare), both or neither;
    ``signs``: each one's sign, for a temperature below zero ("-30°C (-22°F)")."""
    temperature = {a.unit, b.unit} == {"degC", "degF"}
    measures = measure_units()
    if not temperature and not (a.unit in measures and b.unit in measures
                                and base_unit(a.unit)[0] == base_unit(b.unit)[0]):
        return False
    if per[0] and per[1] and (temperature or base_unit(per[0])[0] != base_unit(per[1])[0]):
        return False
    if a.value is None or b.value is None:
        ends_a, ends_b = a.bounds, b.bounds
        return a.value is None and b.value is None and ends_a is not None and ends_b is not None and all(
            _converted(a.unit, b.unit, [x], [y], tol, per) for x, y in zip(ends_a, ends_b))
    return _converted(a.unit, b.unit, [signs[0] * v for v in _written_values(a)],
                      [signs[1] * v for v in _written_values(b)], tol, per)


def _converted(unit_a: str | None, unit_b: str | None, values_a: list[Decimal], values_b: list[Decimal],
               tol: Decimal, per: tuple[str | None, str | None] = (None, None)) -> bool:
    """Does one of ``values_a`` in ``unit_a`` (per ``per[0]``) give one of ``values_b`` in
    ``unit_b`` (per ``per[1]``), within ``tol``?"""
    per_factor = base_unit(per[1])[1] / base_unit(per[0])[1] if per[0] and per[1] else Decimal(1)
    for va in values_a:
        if {unit_a, unit_b} == {"degC", "degF"}:
            expected = [_in_scale(va, unit_b or "")]
        else:  # a traditional unit by today's factor or by its period's (a Han 里, a Qing 两)
            expected = [va * fa / fb * per_factor for fa in unit_factors(unit_a) for fb in unit_factors(unit_b)]
        if any(abs(e - vb) <= tol * max(abs(e), abs(vb)) for e in expected for vb in values_b):
            return True
    return False


@cache
def _per_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(zh 每斤 … before the figure, zh 元/斤 after it, en "per kilogram" after it, word -> unit)."""
    measures = measure_units()
    words = {w: u for name in ("zh_units.tsv", "en_units.tsv") for w, u in unit_map(name).items()
             if u in measures}
    # the Latin units a Chinese text writes too (每GB 3元, 元/kWh), not glued to a longer Latin word
    latin = {w for w in unit_map("zh_units.tsv") if w.isascii() and w in words}
    zh = "|".join(re.escape(w) + ("(?![A-Za-z])" if w in latin else "")
                  for w in sorted((w for w in words if not w.isascii() or w in latin), key=len, reverse=True))
    en = "|".join(re.escape(w) for w in sorted((w for w in words if w.isascii()), key=len, reverse=True))
    # matched at the figure's end, or searched in the few characters before its start (a
    # window, so that a megabyte block is not scanned again for every figure in it)
    # 亩产550公斤: a yield per the unit before 产 ("550 kg per mu")
    zh_before = re.compile(rf"(?:每(?:一)?({zh})[^，,；;。\d]{{0,8}}|({zh})产(?:量)?(?:为|达|达到|约)?)$")
    zh_after = re.compile(rf"\s*(?:/|每|一)\s*({zh})")
    # the figure's own unit word may stand between ("16 yuan per kilogram", "23 tonnes per hectare")
    en_after = re.compile(rf"\s*(?:[^\W\d_]+\s+)?(?:per|a|an|each|/)\s*({en})\b", re.IGNORECASE)
    return zh_before, zh_after, en_after, {w.lower() if w.isascii() else w: u for w, u in words.items()}


_PER_BEFORE = 32  # 每 + a unit word + up to eight characters: the longest stretch before a figure read


def per_measure(analysis: Analysis, q: Quantity) -> str | None:
    """The unit of measure a figure is given per (每斤8元, 8元/斤, 375.2公斤/亩, "16 yuan per
    kilogram", "23 tonnes per hectare"), else None."""
    text = analysis.block(q.block).text
    zh_before, zh_after, en_after, words = _per_res()
    if q.lang == "zh":
        m = zh_after.match(text, q.end) or zh_before.search(text, max(0, q.start - _PER_BEFORE), q.start)
    else:
        m = en_after.match(text, q.end)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    per = words.get(word.lower() if word.isascii() else word)
    if per == "hour" and q.unit in _SPEEDS:
        return None  # 每小时160公里: the hour is the speed's own (km/h), as "160 km/h" has it
    return per


# speeds: units that hold their "per hour" (每小时160公里 is read as km/h)
_SPEEDS = frozenset({"km/h", "mph"})


def _written_values(q: Quantity) -> list[Decimal]:
    """The values a figure's surface can mean in its own unit."""
    return [v for v in [q.value] + [v for v, u in q.readings if u == q.unit] if v is not None]


def find_conversions(analysis: Analysis) -> list[Conversion]:
    """Every amount followed by its translator's conversion into another currency."""
    gap = pattern("conversion_gap")
    out: list[Conversion] = []
    for block in crowded_blocks(analysis):
        spans = _spans(analysis, block.id, block.text)
        for a, b in zip(spans, spans[1:]):
            to_cur = currency_code(b.unit)
            if to_cur is None or b.kind != "money":
                continue
            from_cur = currency_code(a.unit) if a.unit else None
            if a.unit and (from_cur is None or from_cur == to_cur):
                continue
            if not a.unit and not a.scale and a.kind != "money":
                continue
            if not gap.match(block.text[a.end:b.start]):
                continue
            out.append(Conversion(a, b, block.id, from_cur, to_cur))
    return out



"""English quantities: digits, number words, scale words, units, ranges, dates.

Dedicated patterns (dates, with the days listed after them: "July 17 and 22";
clock times: "9:30 a.m.", 15:43:42; decades, centuries, fractions, "tens of
billions", "a few hundred million", "two decades", ratios, ordinal words,
list markers) claim their spans first; then every remaining figure is read
with its currency, scale word, unit and qualifier, and two figures joined by
"-", "to" or "between … and" become a range with the scale and unit carried
to both ends -- unless the words before make it a change ("rose 6% to
14,422", "fell from 10 to 5": two figures).  Codes and labels with digits
(COVID-19, G20, 5G, "Article 23", "Boeing 737") are not counts; an ambiguous
surface ("$", "¥", "762.59m") keeps its other readings on the Quantity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import cache

from ..model import Quantity
from ..resources_io import read_lines
from .core import (
    D1,
    D10,
    HUNDREDTH,
    Cand,
    Claim,
    Claimed,
    apply_exclusions,
    apply_unit_heading,
    base_unit,
    before_common_era,
    build,
    citation_year,
    compound_pairs,
    countdowns,
    currencies,
    digits_step,
    drop_overlaps,
    drop_retracted,
    era_offsets,
    excluded_spans,
    exclusion_re,
    finditer_if,
    heading_unit,
    is_code,
    join_compound_measures,
    label_re,
    level_above_change,
    numeric_dates,
    place_step,
    pow10,
    split_years,
    subunits,
    too_long,
    unit_map,
)
from .normalise import normalise

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUE.update({w: 10 + i for i, w in enumerate(_TEENS)})
WORD_VALUE.update({w: 10 * i for i, w in enumerate(_TENS) if w})
WORD_VALUE.update({"a": 1, "an": 1, "dozen": 12})

_ORD_BASE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
             "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORD_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|"
             r"fifth|sixth|seventh|eighth|ninth)|" + "|".join(sorted(_ORD_BASE, key=len, reverse=True)) + ")")

_BASIC = (rf"(?:(?:{'|'.join(w for w in _TENS if w)})(?:[- ](?:{'|'.join(_UNITS[1:])}))?"
          rf"|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})")
WORDNUM = (rf"(?:(?:{_BASIC}|a|one)\s+hundred(?:\s+(?:and\s+)?{_BASIC})?|(?:a|half\s+a)\s+dozen|{_BASIC}(?:\s+dozen)?)")
# Besides 1,234.5: European separators (1.234,5; 1.234.567; a decimal comma
# before one or two digits, 812,6), SI spaces (10 000; 5 300,5) and Indian
# grouping (12,34,567).
NUM = (r"(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|\d{1,2}(?:,\d{2})+,\d{3}(?![.,]?\d)"
       r"|\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![ .,]?\d)"
       r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![.,]?\d)|\d+(?:\.\d+)?|\.\d+)")
# scientific notation after a figure: 3×10^8 (10⁸ once normalised), 3e8, 6.02E23;
# a power of ten alone: 10^8
EXPONENT = r"(?:\s?[×xX*]\s?10\^-?\d{1,3}|[eE][+-]?\d{1,3})(?![\w^]|\.\d)"
POWER = r"10\^-?\d{1,3}(?![\w^]|\.\d)"
_EXPONENT_RE = re.compile(r"\s?[×xX*]\s?10\^|[eE]|^10\^")
_EURO_RE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2}")
# 1.200: a decimal point, or (by a European writer) a thousands dot; the check
# takes the reading the other side fits
_DOT_GROUP_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def num_digits(num: str) -> str:
    """The plain digit string of a written figure ("1.234,5" -> "1234.5", "12,34,567" -> "1234567")."""
    if " " in num:  # 10 000, 5 300,5
        return num.replace(" ", "").replace(",", ".")
    if _EURO_RE.fullmatch(num):
        return num.replace(".", "").replace(",", ".")
    return num.replace(",", "")
SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mln": 6, "billion": 9, "bn": 9, "b": 9,
          "bln": 9, "bil": 9, "mil": 6, "trillion": 12, "tn": 12, "trn": 12, "trln": 12, "tr": 12,
          "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,  # the Indian scale words
          # two words: the old British billion, 亿 written word for word by a Chinese writer
          "thousand million": 9, "hundred million": 8, "hundred thousand": 5,
          # a scale word misspelt by one letter dropped ("6 billon HKD"): read as meant
          "milion": 6, "millon": 6, "bilion": 9, "billon": 9, "trilion": 12, "trillon": 12}
_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12}
# a month's name written in lower case ("On september 30"), unless the word has another sense (may, march)
_LOWER_MONTHS = "january|february|april|june|july|august|september|october|november|december"
# and in capitals, as a heading or a diary's dateline writes it ("JANUARY 14th, 2543"), the same two left out
_UPPER_MONTHS = _LOWER_MONTHS.upper()
MONTH = ("(?:January|February|March|April|May|June|July|August|September|October|November|December"
         rf"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?|{_LOWER_MONTHS}"
         rf"|{_UPPER_MONTHS})")

_QUALS = [
    ("approx.", "approx"), ("approx", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("around", "approx"), ("some", "approx"), ("circa", "approx"), ("ca.", "approx"), ("c.", "approx"),
    ("an estimated", "approx"), ("estimated", "approx"), ("about", "about"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("more than", "more-than"), ("over", "over"), ("just over", "over"), ("well over", "over"),
    # an age passed: "already past fifty", "well past sixty" (see _past_an_age)
    ("past", "more-than"), ("well past", "more-than"),
    ("in excess of", "more-than"), ("upwards of", "more-than"), ("exceeding", "more-than"),
    # the market's compass: "valued north of $1 billion", "south of 3 million units", "just shy of 5%"
    ("north of", "more-than"), ("south of", "less-than"), ("shy of", "nearly"), ("just shy of", "nearly"),
    # most of a span, so a little under it: "for the best part of 30 years", "the better part of two decades"
    ("best part of", "nearly"), ("better part of", "nearly"),
    ("at least", "at-least"), ("no less than", "at-least"), ("not less than", "at-least"),
    ("no fewer than", "at-least"), ("a minimum of", "at-least"),
    ("less than", "less-than"), ("fewer than", "less-than"), ("under", "less-than"),
    ("below", "less-than"), ("smaller than", "less-than"), ("greater than", "more-than"),
    ("larger than", "more-than"), ("bigger than", "more-than"),
    # a comparison with a measure of the person or the thing: "felt much older than sixteen"
    ("older than", "more-than"), ("younger than", "less-than"), ("longer than", "more-than"),
    ("shorter than", "less-than"), ("taller than", "more-than"), ("heavier than", "more-than"),
    ("up to", "up-to"), ("as much as", "up-to"), ("as many as", "up-to"),
    ("no more than", "up-to"), ("not more than", "up-to"), ("a maximum of", "up-to"),
    # a ceiling set (控制在3000艘以内 "capped at 3,000 vessels", "limited to 200 people")
    ("capped at", "up-to"), ("limited to", "up-to"), ("at most", "up-to"), ("at the most", "up-to"),
    # the bounds of legal drafting: "shall not be lower than 5%", "not exceeding RMB 3 million"
    ("lower than", "less-than"), ("higher than", "more-than"), ("exceeds", "more-than"),
    ("not lower than", "at-least"), ("no lower than", "at-least"), ("not be lower than", "at-least"),
    ("not be less than", "at-least"), ("not fewer than", "at-least"),
    ("not higher than", "up-to"), ("no higher than", "up-to"), ("not be higher than", "up-to"),
    ("not be more than", "up-to"), ("not exceeding", "up-to"), ("not exceed", "up-to"), ("not to exceed", "up-to"),
]
_QUAL_MAP = {k: v for k, v in _QUALS}
# the words of a qualifier apart by any run of spaces ("not  higher than", as a text may double them)
_QUAL_RE = re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(k).replace(r"\ ", r"\s+")
                                                     for k, _ in sorted(_QUALS, key=lambda x: -len(x[0])))
                      + r")\s+(?:the\s+)?$")
# a hedge or a bound written as a sign, glued or spaced ("~¥1,800", "≈ US$2.80", "≥3.1%"): not between
# two figures ("5 ~ 7" is a range)
_SIGN_QUALS = {"~": "approx", "≈": "approx", "≥": "at-least", "⩾": "at-least", "≤": "up-to", "⩽": "up-to"}
_QUAL_MAP.update(_SIGN_QUALS)
_SIGN_QUAL_RE = re.compile(r"(?<![\w~≈≥≤⩾⩽.,%-])(?<![\d%]\s)([~≈≥≤⩾⩽])\s?$")


# what follows a one-letter currency for the letter to be one ("N585 million", "N250,000"): an amount
_LETTER_AMOUNT = (r"(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:thousand|million|billion|trillion"
                  r"|mn|bn|tn|[mb]\b))")


@cache
def _letter_currencies() -> dict[str, str]:
    """One-letter currencies glued before an amount (``resources/numbers/letter_currencies.tsv``)."""
    return dict(line.split("\t")[:2] for line in read_lines("numbers", "letter_currencies.tsv"))


def _atom(pre: tuple[str, ...], words: bool) -> re.Pattern[str]:
    """The pattern of one figure: currency before it, digits or (with ``words``) number
    words, ordinal or decade ending, "+", scale word; without ``words`` for a text
    holding no number word (the ``word`` group never matches).  A one-letter currency
    (``_letter_currencies``) counts only after no letter or digit and before an amount."""
    letters = _letter_currencies()
    pre_alt = "|".join(
        (rf"(?<![\w.,]){re.escape(s)}{_LETTER_AMOUNT}" if s in letters
         else re.escape(s) + (r"\s?(?=[\d.])" if s[-1].isalpha() else r"\s?"))
        for s in sorted(pre, key=len, reverse=True)
    )
    # the characters a figure may begin with (a quick test at each place before the full pattern):
    # a currency sign or code, a digit or point, a number word ("a dozen", "half a million")
    if words:
        first = "".join(sorted({s[0] for s in pre} | {w[0] for w in WORD_VALUE} | {".", "h"}))
        head = rf"(?i:(?=[\d{re.escape(first)}]))"
        # "mother-of-two": a count after "-of-" in a hyphenated compound
        word = (rf"(?i:(?:(?<![\w-])|(?<=[a-z]-of-))(?:{_BASIC}\s+and\s+a\s+half|{WORDNUM}{_SPELT_DECIMALS}"
                r"|(?:half\s+)?an?(?=[\s-]+(?:thousand|million|billion|trillion)\b)))(?![\w])")
    else:
        head = rf"(?=[\d{re.escape(''.join(sorted({s[0] for s in pre} | {'.'})))}])"
        word = "(?!)"
    return re.compile(
        head + rf"(?:(?P<cpre>{pre_alt})|(?<![\w.,])|(?<=\bNo\.)|(?<=\d[xX]))"  # "No.12": the number sign
        # glued; "4x100m": a times sign between figures (is_code tells it from a code's x)
        rf"(?:(?P<num>{POWER}|{NUM}(?:{EXPONENT})?)|(?P<word>{word}))"
        r"(?:(?P<ord>st|nd|rd|th)\b|(?P<dec>'?s)\b)?"
        r"(?P<plus>\+(?!\s?\d|[^\W\d_]))?"  # "1+N": a formula, not "more than 1"
        r"(?:(?:\s|-)?(?P<scale>(?i:thousand\ million|hundred\ (?:million|thousand)|thousand"
        r"|(?:m|b|tr)(?:illion|ilion|illon)|mn|mln|bn|bln|(?<=\d)(?:bil|mil)|tn|trn|trln|lakhs?|crores?))\b"
        r"|(?<=\d)(?P<sscale>[kKmMbB])\b)?"
        r"(?P<plus2>\+(?!\s?\d|[^\W\d_]))?"
    )


@cache
def _digit_atom() -> re.Pattern[str]:
    """The figure pattern for a text without number words."""
    return _atom(tuple(_res()[2]), words=False)


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str], dict[str, str]]:
    """(atom regex, post-unit regex, pre surface->code, post surface->code, noun->unit)."""
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for surface, code, pos in currencies("en"):
        if pos in ("pre", "both"):
            pre[surface] = code
        if pos in ("post", "both"):
            post[surface] = code
    for surface, code in _letter_currencies().items():
        pre.setdefault(surface, code)
    atom = _atom(tuple(pre), words=True)
    nouns = unit_map("en_units.tsv")
    post_alt = "|".join(re.escape(s) for s in sorted(post, key=len, reverse=True))
    # units written with symbols or digits (°C, km/h, km2 for km², μm): matched as written
    symbols = sorted((w for w in nouns if not re.fullmatch(r"[A-Za-z]+(?:[- ][A-Za-z]+)?", w)), key=len, reverse=True)
    sym_alt = "|".join(re.escape(w) for w in symbols)
    post_re = re.compile(
        r"(?:(?P<pct>\s?%|\s?(?i:percent|per\s?cent)\b|\s?pc\b|\s?(?i:pct)\b)"  # 5pc: British papers; 5 pct: wires
        r"|(?P<pm>\s?‰|\s(?i:per\s?mill?e\b|per\s+thousand\b(?!\s+[A-Za-z])))"  # not "per thousand people"
        rf"|(?P<sym>\s?(?:{sym_alt})(?!\w|/\d))"  # "µg/kg": the measure of the rate's top
        r"|(?P<pp>\s(?i:percentage\s+points?)\b|\s?(?:pp|ppts?)\b)"
        r"|(?P<pts>\s(?i:points?)\b)"
        rf"|(?P<cur>\s?(?:{post_alt})(?![\w$]))"
        r"|(?P<times>\s(?i:times)\b|-fold\b|x\b)"
        r"|(?P<age>[\s-]years?[\s-]old\b)"
        r"|\s(?P<noun>[A-Za-z]+(?:[- ][A-Za-z]+)?)\b|(?P<glued>[A-Za-z]+)\b|-(?P<adj>[A-Za-z]+)\b)"
    )
    return atom, post_re, pre, post, nouns


# a clock time after a date, hours and minutes apart by a colon or an H ("July 25 08H00", as Macao
# writes it, "July 25 14:00"): no figure that makes the day another number
_CLOCK_HM = r"[0-2]?\d[Hh:][0-5]\d(?!\d)"
_DATE_RE = re.compile(
    rf"(?P<m1>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}})\b"
    rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>\d{{4}})\b"
    rf"|(?P<m4>{MONTH})\s+(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?!{_CLOCK_HM})\d|,\d)"
    # 9 October; "the 15th day of August, 2024", the date a contract is signed
    rf"|(?<![\w.,])(?P<d6>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?(?P<m6>{MONTH})(?![\w-])(?!\s*\d)"
    r"|(?<![\w.-])(?P<y5>\d{4})-(?P<m5>[01]\d)-(?P<d5>[0-3]\d)(?![\w-])"
)
# an age by its decade: "in their 20s", "in his early 60s"
_AGE_DECADE_RE = re.compile(r"(?i)(?<![\w-])in\s+(?:his|her|their|its|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?"
                            r"(?P<d>[1-9]0)'?s\b")
_DECADE_RE = re.compile(r"(?i:(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?)(?:(?P<d>\d{3}0)'?s|'(?P<dd>\d0)s)\b")
_CENTURY_RE = re.compile(
    rf"(?i)(?:(?P<pos>early|mid|late)[\s-]+)?(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_WORD})[\s-]centur(?:y|ies)\b"
)
_FRAC_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
               "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
               "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
               "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
               "ten-thousandth": 10000, "ten-thousandths": 10000}
_FRACTION_RE = re.compile(
    # "the first three quarters": periods; "one and a half": a number
    r"(?i)(?<![\w-])(?<!first\s)(?<!last\s)(?<!next\s)(?<!past\s)(?<!final\s)(?<!and\s)"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?P<f>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|ten-thousandths?|thousandths?|hundredths?|tenths?)\b"
    r"|(?<![\w-])(?P<half>half)(?![\w-])"
    r"|(?<![\w/.⁄])(?P<a>\d+)[/⁄](?P<b>\d+)(?![\w/⁄])"  # 3/4; ¾ (3⁄4 once normalised)
    r"|(?<![\w-])(?<!\d[.,])(?P<k>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?P<in>two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|\d{1,7})"
    r"(?:\s+(?P<inscale>thousand|million|billion))?(?![\w-]|[.,]\d)"
)
_YEAR_SHAPED = re.compile(r"(?:1[89]|20)\d\d")
_VAGUE_RE = re.compile(
    r"(?i)(?<![\w-])(?P<v>tens|hundreds|thousands|millions|billions|dozens)\s+of\s+"
    r"(?:(?P<s>thousands|millions|billions|trillions)\b)?"
)
_VAGUE_V = {"tens": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9, "trillions": 12}
_DECADES_RE = re.compile(rf"(?i)(?<![\w-])(?:(?P<n>{WORDNUM}|a|\d+)\s+decades?"
                         r"|(?:next|past|last|coming|previous|following|ensuing)\s+(?P<one>decade)"
                         # "in the decade since it was launched" (提出10年来): ten years
                         r"|the\s+(?P<since>decade)(?=\s+(?:since|after|following)\b))\b")
# "per thousand residents" = 每千人: a bare scale word after "per" is a figure.
_PER_SCALE_RE = re.compile(r"(?i)(?<![\w-])per\s+(?P<s>hundred|thousand|million)\b")
_PER_SCALE = {"hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10) ** 6}
_RATIO_RE = re.compile(rf"(?<![\w.,:]){NUM}\s?:\s?{NUM}(?![\w:])")
# A score after a word of winning or losing ("won 3-1", "a 2-0 victory" is
# not read): a ratio, as 3比1 is, not a range.
_SCORE_RE = re.compile(
    r"(?i)(?<![\w-])(?:won|lost|beat|beaten|defeated|drew|draw|scor(?:e|es|ed)|victory|wins?|defeat|loss"
    r"|edged?|edges|routed|thrashed|downed|outlasted|advanced?|advances|leads?|led|trail(?:s|ed)?|tied)(?![\w-])"
    r"[^.;:\d]{0,20}?(?<![\w.,-])(?P<a>\d{1,3})\s?-\s?(?P<b>\d{1,3})(?![\w-])"
)
# Clock times: 15:43, 15:43:42, 9:30 a.m., 9 am, 9 o'clock, 18 o'clock, 0600 GMT; 11:00: before a programme's colon.
_AMPM = r"(?P<ap>[aApP]\.?[mM]\.?)(?![\w])"
_ZONES = r"(?:GMT|UTC|BST|CES?T|E[SD]?T|P[SD]?T|JST|HKT|SGT)\b"
_AMPM_HINT_RE = re.compile(r"\d\s?(?:[ap]\.?m|" + _ZONES.lower() + ")")
_TIME_RE = re.compile(
    rf"(?=\d)(?:(?<![\w.,:])(?P<h>[01]?\d|2[0-3]|24(?=:00)):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\d|:\d)(?:\s?{_AMPM})?"
    # 13 to 24 o'clock: an hour of the 24-hour clock said with o'clock ("at 24 o'clock" for 24时)
    r"|(?<![\w.,:])(?P<h2>1[0-2]|0?[1-9]|(?:1[3-9]|2[0-4])(?=\s+o'clock\b))"
    r"(?:\s?(?P<ap2>[aApP]\.?[mM]\.?)(?![\w])|\s+o'clock\b)"
    # wire style: "(0600 GMT)", "1430 UTC"
    rf"|(?<![\w.,:])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s?{_ZONES}))"
)
# Noon as one end of a range of clock times ("9 a.m. to noon", "noon to 1:30 p.m."):
# 12:00; alone ("at noon" for 中午) it is a part of the day, not a figure.
_NOON_RE = re.compile(r"(?i)(?<=\d)(?:\s?[ap]\.?m\.?)?\s*(?:to|until|till|-)\s*(?P<a>noon|midday)(?![\w-])"
                      r"|(?<![\w-])(?P<b>noon|midday)(?=\s*(?:to|until|till|-)\s*\d)")
# "a ratio of 1:10", "the proportion is roughly 3:2": figures a ratio word leads to are a ratio, not a
# time; after other words ("reach its maximum scale at about 15:00") they are still a clock time.
_RATIO_LEAD_RE = re.compile(r"(?i)(?<![\w-])(?:ratios?|proportions?|scale|odds)"
                            r"(?:\s+(?:of|is|was|were|be|been|about|around|roughly|nearly|approximately|a|an|the))*"
                            r"\s*[:=]?\s*$")
# A day listed after a month-day date takes its month: "July 17 and 22",
# "July 17-22", when nothing after it makes it a count ("and 22 people").
_DAY_AFTER_RE = re.compile(  # not the hour of a clock time ("July 25th to 8:00 am next day", "to 14: 00")
    r"(?:\s+(?:and|or|to|through|until)\s+|\s*-\s*)(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[,;)]|[.:](?!\d|\s[0-5]\d(?!\d))|$)|\s+(?:last|this|next|of|in|at|on|respectively|when|while|and|to|the|that|after|before"
    r"|for|by|with|as|he|she|it|they|we|was|were|is|are|has|have|had)\b)"
)
# "a few hundred million", "several thousand": a vague figure, 2 to 9 of the place.
_FEW_RE = re.compile(
    r"(?i)(?<![\w-])(?:a\s+few|several)\s+(?P<p>hundred|thousand|million|billion|trillion)"
    r"(?:\s+(?P<s>thousand|million|billion|trillion))?(?![\w-])"
)
# "214 BCE", "111 BC", and the first end of "551–479 BCE"
_BCE_RE = re.compile(r"(?:\s?[-–—]\s?\d{1,4})?\s?(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![\w])")
# Words after a figure that hedge it: "a dozen or so", "20 or more".
# "two thousand years and more" (余 in a scholar's English), only where no noun follows the "more"
_POST_QUALS = {"or so": "approx", "or more": "at-least", "or less": "up-to", "or fewer": "up-to", "odd": "plus",
               # "parked for seven days or longer" (停放7天及以上)
               "or longer": "at-least", "or shorter": "up-to",
               "some": "plus", "something": "plus", "and more": "plus", "plus": "plus", "ish": "approx",
               # the bounds of an age or a group: "aged 65 and over", "50 people and under"
               **{f"{conj} {word}": bound for conj in ("and", "or")
                  for words, bound in ((("over", "above", "older"), "at-least"),
                                       (("under", "below", "younger"), "up-to")) for word in words}}
_POST_QUAL_WORDS = (r"\s+(?:or\s+(?:so|more|less|fewer|longer|shorter)|and\s+more(?![\w-])(?!\s+[a-z])"
                    r"|(?:and|or)\s+(?:over|above|older|under|below|younger)(?![\w-])"
                    r"(?!\s+(?:the|a|an|its|his|her|their|this|that|these|those)\b)"
                    # "150 countries and over 30 organisations": the "over" is the next figure's
                    r"(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|dozens?|hundreds|thousands"
                    r"|millions?|billions?)\b)))")
# "-odd", "-some": "forty-odd"; "-plus": "a £6 million-plus expansion", "50-plus members" (as "50+");
# "-ish": "being 40-ish", about 40
_POST_QUAL_RE = re.compile(rf"(?i)(?:{_POST_QUAL_WORDS}|-(?:odd|some|something|plus|ish))(?![\w-])")
# the counted noun (and a word after it) between a figure and its hedge: "eight metres or so",
# "ten days or more", "five metres deep or so"
_NOUN_THEN_QUAL_RE = re.compile(rf"(?i)(?:\s+[a-z]+){{1,2}}?(?={_POST_QUAL_WORDS}(?![\w-]))")
# "about" that names a topic, not a hedge: "told him about the two copies", "what about two?"
_ABOUT_TOPIC_RE = re.compile(r"(?i)(?:(?<![\w-])(?:what|how)\s+about\s+|about\s+the\s+)$")


@cache
def _about_a_topic_re() -> re.Pattern[str]:
    """"about" right after a word of telling (en_topic_about.txt): "a drama about two officers",
    "talked about three plans" say what is told of, not roughly how many."""
    words = sorted({w.strip().lower() for w in read_lines("numbers", "en_topic_about.txt")}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")\s+about\s+$")
# A change written "rose 6% to 14,422", "fell from 10 to 5": two figures, not a range.
_CHANGE_RE = re.compile(
    r"(?i)(?<![\w-])(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|cut(?:s|ting)?"
    r"|rais(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|expand(?:s|ed|ing)?|shr(?:ank|ink|inks|inking|unk)"
    r"|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|went|gone|going|improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?"
    r"|lower(?:s|ed|ing)?|chang(?:e|es|ed|ing)|moved?)(?![\w-])[^.;:!?]{0,30}$"
)
# "N points" after a rate or share is percentage points; after an index, index points.
_RATE_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:rates?|percent(?:age)?|shares?|proportions?|ratios?)(?![\w-])|%")
# "and three other doctors", "and 3 others": the count leaves out the people named.
_OTHERS_RE = re.compile(r"(?i)\s+others?\b")
# "Zhang Huan and the other three", "Anhui, Chongqing and other six provinces"
_OTHERS_BEFORE_RE = re.compile(r"(?i)(?<![\w-])and\s+(?:the\s+)?other\s+$")
# Surfaces that name a family of currencies: the code is the likeliest, the
# others are kept as readings for the check to choose from the other side.
_CURRENCY_FAMILY = {"USD": ("AUD", "CAD", "HKD", "NZD", "SGD", "TWD"), "CNY": ("JPY",)}
_FAMILY_SURFACES = {"$", "¥", "dollars", "dollar", "bucks", "buck"}
# "third", and "third-largest", "second-best" (a rank by a superlative); not "second-hand", "first-class"
_ORDWORD_RE = re.compile(rf"(?i)(?<![\w-]){_ORD_WORD}(?:(?![\w-])|(?=-[a-z]*(?:est|most)\b))")
_TIMES: dict[str, int | Decimal] = {
    "twice": 2, "thrice": 3, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "trebling": 3,
    "quadrupled": 4, "quadrupling": 4, "halved": Decimal("0.5"), "halving": Decimal("0.5"),
    "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "halve": Decimal("0.5"),
}
# the plain verbs ("plans to double", "will halve"), read only after "to" or a modal: elsewhere
# "double" and "triple" are adjectives ("a double room", "a triple jump")
_PLAIN_VERBS = frozenset({"double", "triple", "treble", "quadruple", "halve"})
_VERB_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:to|will|would|could|can|may|might|should|must|shall)\s+"
                             r"(?:(?:more\s+than|nearly|almost|roughly|about|at\s+least)\s+)?$")
# "double the range", "is triple that of its rival": the word before what it multiplies, a multiple
# as "twice the range" is ("a double room", "double-digit" stay adjectives)
_MULTIPLE_OF_RE = re.compile(r"(?i)\s+(?:the|that|those|its|their|his|her|this|what)(?![\w-])")
# A figure with C or F glued to it ("40C", "35-39C"), and the words that make it a temperature.
_GLUED_TEMPERATURE_RE = re.compile(r"(?<![\w.,$-])(?P<a>\d{1,3}(?:\.\d{1,2})?)(?:\s?-\s?(?P<b>\d{1,3}(?:\.\d{1,2})?))?"
                                   r"(?P<u>[CF])(?![\w°])")
_TEMPERATURE_CUE_RE = re.compile(r"(?<![a-z])(?:temperature|degree|celsius|fahrenheit|heat|hot(?:ter|test)?(?![a-z])"
                                 r"|warm|cold|cool|chill|freez|frost|highs?(?![a-z])|lows?(?![a-z])|thermometer"
                                 r"|weather|forecast|fever)")
_CUE_WINDOW = 80
# one temperature in both scales, the second in brackets ("47C (117F)", "minus 30C (minus 22F)"):
# a cue of its own, as a code ("Room 10C") is never given again in brackets in the other letter
_GLUED_BOTH_SCALES_RE = re.compile(r"(?<![\w.,$-])\d{1,3}(?:\.\d{1,2})?(?:C\s?\(\s?(?:-|minus\s)?\d{1,3}(?:\.\d{1,2})?F"
                                   r"|F\s?\(\s?(?:-|minus\s)?\d{1,3}(?:\.\d{1,2})?C)\)")
_TIMES_RE = re.compile(r"(?i)(?<![\w-])(?P<w>" + "|".join(_TIMES) + r")(?![\w-])")
# a text without one of these has no multiplier word (a cheap prefilter for _TIMES_RE)
_TIMES_HINTS = ("ice", "fold", "doubl", "tripl", "trebl", "quadrupl", "halv", "once")
# A list marker at the start of a block ("1. ", "(2) ", a quoted "1. "): an ordinal.
_LIST_RE = re.compile(r"^\s*(?:[\"'“‘\[]\s*)?\(?(?P<n>\d{1,2})[.)](?=\s)")
# A month named without day or year ("in June", "by September"): a date with
# the month alone, as Chinese 6月 is.  Only full names after a preposition or
# time word, so the verb "may" or a name "June" alone are not read; "the September
# quarter" (the one ending in September) names its closing month too.
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ONLY_RE = re.compile(
    r"(?<![\w-])(?:(?i:in|by|since|until|till|from|to|through|before|after|during|early|mid|late|last|next|this|"
    r"of|between|and|or|end)[\s-]+"
    rf"|(?i:the)\s+(?={_MONTH_NAMES}[\s-]+(?i:quarter|half|half-year|(?:fiscal|financial)\s+year)\b))"
    rf"(?P<m>{_MONTH_NAMES})(?![\w-])"
)
_HEADING_RE = re.compile(
    rf"(?i)^\s*(?:chapter\s+|part\s+|section\s+)?(?P<n>{_BASIC}|\d{{1,2}}|{_ORD_WORD})\s*[.:]?\s*$"
)
_SEP_RE = re.compile(r"\s*(?:-{1,2}|~|to|through|or)\s*|\s+and\s+")
_BETWEEN_RE = re.compile(r"(?i)(?:between|from)\s+$")


# decimals spelt out, as a speech's transcript gives them ("twelve point three billion", "five point two
# percent"): only before a scale word or "percent", for "at one point three men" is no 1.3
_SPELT_DECIMALS = (r"(?:\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+"
                   r"(?=[\s-]+(?:thousand|million|billion|trillion|percent|per\s?cent)\b))?")


def word_value(s: str) -> Decimal:
    """Value of a number-word phrase ("two hundred and fifty" -> 250, "twelve point three" -> 12.3)."""
    whole, point, decimals = s.lower().partition("point")
    if point:
        digits = "".join(str(WORD_VALUE.get(w, 0)) for w in decimals.split())  # "oh" is 0
        return word_value(whole) + Decimal("0." + digits)
    total: int | Decimal = 0
    cur: int | Decimal = 0
    for w in re.split(r"[\s-]+", s.lower()):
        if w in ("and", ""):
            continue
        if w == "hundred":
            total += (cur or 1) * 100
            cur = 0
        elif w == "dozen":
            cur = (cur or 1) * 12
        elif w == "half":
            cur = cur + Decimal("0.5")  # half a million, one and a half
        elif w in ("a", "an") and cur:
            continue  # half a million
        else:
            cur += WORD_VALUE.get(w, 0)
    return Decimal(total + cur)


def _ord_value(s: str) -> int:
    s = s.lower()
    if s[:-2].isdigit():
        return int(s[:-2])
    parts = re.split(r"[- ]", s)
    if len(parts) == 2:
        return WORD_VALUE.get(parts[0], 0) + _ORD_BASE.get(parts[1], 0)
    return _ORD_BASE.get(s, 0)


def _free(claimed: Claimed, s: int, e: int) -> bool:
    return claimed.free(s, e)


def _position(pos: str | None) -> str | None:
    return pos.lower() if pos else None


def extract_text(text: str, block_id: str = "") -> list[Quantity]:
    """Every quantity in an English text, in order, offsets into ``text``."""
    norm = normalise(text)
    t = norm.text
    cands: list[Cand] = []
    claimed = Claimed()

    def claim(c: Cand) -> None:
        cands.append(c)
        claimed.append((c.start, c.end))

    hm = _HEADING_RE.match(t)
    if hm:
        n = hm.group("n")
        v = Decimal(n) if n.isdigit() else (Decimal(_ord_value(n)) if _ORDWORD_RE.fullmatch(n) else word_value(n))
        claim(Cand(hm.start("n"), hm.end("n"), "ordinal", value=v, step=D1))
        return [build(c, norm, text, block_id, "en") for c in cands if norm.whole(c.start, c.end)]
    lm = _LIST_RE.match(t)
    if lm:
        claim(Cand(lm.start("n"), lm.end("n"), "ordinal", value=Decimal(lm.group("n")), step=D1))
    low = t.lower()
    has_digit = _DIGIT_RE.search(t) is not None
    _dedicated(t, low, has_digit, claim, claimed)
    words = _NUMBER_WORDS_RE.search(low) is not None
    if has_digit or words:
        _generic(t, cands, claimed, _res()[0] if words else _digit_atom())
    if not cands:
        return []
    cands = drop_retracted(drop_overlaps([c for c in cands if not too_long(c)]), t)
    if "BC" in t or "B.C" in t:
        before_common_era(cands, t, _BCE_RE, after=True)
    spans = excluded_spans(exclusion_re("en_not_quantities.txt", re.IGNORECASE), t)
    cands = join_compound_measures(apply_exclusions(cands, spans, t, "0123456789"), t, _compound_gap)
    # "an hour" of "an hour and 90 minutes" that no smaller part joined: no figure
    cands = [c for c in cands if c.extra.get("one_word_end") != c.end]
    if ":" in t:
        cands = apply_unit_heading(cands, t, "en", _heading_read)
    if "/" in t or " in " in t:
        _hedge_of_the_whole(cands, t)
    if "(" in t:
        _metres_beside_a_length(cands, t)
        cands = [c for c in cands if not _unit_gloss(t, c)]
    return [build(c, norm, text, block_id, "en") for c in cands if norm.whole(c.start, c.end)]


# the second figure of a rate written with a slash ("80 mg/100 ml"); the odds of one in a figure
# ("1 in 17.72 million")
_RATE_SLASH_RE = re.compile(r"\s*[A-Za-zµμ]{0,6}\s*/\s*")
_ONE_IN_RE = re.compile(r"\s+in\s+")


def _hedge_of_the_whole(cands: list[Cand], t: str) -> None:
    """A bound after a rate's second figure bounds the rate ("80 mg/100 ml or more" is 80 mg or
    more, the 100 ml its measure); a hedge before the odds of one in a figure hedges the odds
    ("about 1 in 17.72 million" is about 17.72 million to one): the hedge passes to the figure
    it belongs to, in place."""
    for a, b in zip(cands, cands[1:]):
        if b.kind != "count" or a.kind not in ("count", "money"):
            continue
        end = b.extra.get("hedged_from")
        if end is not None and a.qualifier is None and _RATE_SLASH_RE.fullmatch(t, a.end, b.start) \
                and b.qualifier in ("at-least", "up-to"):
            a.qualifier, b.qualifier, b.end = b.qualifier, None, end
            b.extra.pop("hedged_from")
        elif a.value == 1 and a.qualifier is not None and b.qualifier is None and a.unit is None \
                and b.value is not None and b.value > 1 and _ONE_IN_RE.fullmatch(t, a.end, b.start):
            b.qualifier, a.qualifier = a.qualifier, None


# the opening bracket between a figure and the same length in another unit, the first one's unit
# word allowed before it: "38ft (11.5m)", "38 ft (11.5m)"
_LENGTH_BRACKET_GAP_RE = re.compile(r"(?:\s*[A-Za-z.]+)?\s*[(（]\s*")
_SAME_LENGTH = Decimal("0.05")  # a translator rounds the length converted


def _metres_beside_a_length(cands: list[Cand], t: str) -> None:
    """"a 38ft (11.5m) long monster", "a 40m (131ft) tower": a figure with a glued "m"
    (millions, its other reading metres), or with a spaced "m" and no unit read ("10,000 m (about
    33,000 ft)"), right before or inside the brackets of a length in
    another unit that it measures too (within 5 %) is metres, in place.  "£11.5m ($15m)" and
    "a 120ft yacht (11.5m)" are no length given twice: they stay millions."""
    for a, b in zip(cands, cands[1:]):
        if not _LENGTH_BRACKET_GAP_RE.fullmatch(t, a.end, b.start):
            continue
        for glued, other in ((a, b), (b, a)):
            spaced = _spaced_metres(t, glued)
            metres = _glued_metres(glued) if spaced is None else spaced
            if metres is None or other.value is None or other.unit in (None, "m") or other.kind != "count":
                continue
            base, factor = base_unit(other.unit)
            length = other.value * factor
            if base == "m" and abs(length - metres) <= _SAME_LENGTH * max(length, metres):
                if spaced is None:
                    glued.step = (glued.step or D1) / pow10(6)
                else:
                    glued.end = t.index("m", glued.end) + 1
                glued.value, glued.unit, glued.scale = metres, "m", None
                glued.extra.pop("readings", None)


_SPACED_M_RE = re.compile(r"\s+m(?![\w²³/.-])")


def _spaced_metres(t: str, c: Cand) -> Decimal | None:
    """The metres of a figure with no unit followed by a spaced "m" ("10,000 m"), else None."""
    if c.kind != "count" or c.unit is not None or c.scale is not None or c.value is None \
            or not _SPACED_M_RE.match(t, c.end):
        return None
    return c.value


def _glued_metres(c: Cand) -> Decimal | None:
    """The metres of a figure read as millions for its glued "m" ("11.5m"), else None."""
    if c.kind != "count" or c.unit is not None or c.scale != "m":
        return None
    return next((v for v, u in c.extra.get("readings") or () if u == "m"), None)


_GLOSSED_UNIT_RE = re.compile(r"\b(?P<w>[A-Za-z]+)\s*\(\s*(?:about\s+|roughly\s+|some\s+|approx\.\s+)?$")


def _unit_gloss(t: str, c: Cand) -> bool:
    """"per jin (500 grams)", "a mu (667 square metres)": a unit of the text glossed in brackets
    by what one of it is (its factor into the bracket's unit, within 1 %), a translator's note
    and no figure of the text; "1,200 jin (600 kilograms)" converts a figure and stays one."""
    if c.kind != "count" or c.value is None or not c.unit or not re.match(r"[\sA-Za-z.²-]*\)", t[c.end:c.end + 30]):
        return False
    m = _GLOSSED_UNIT_RE.search(t, max(0, c.start - 40), c.start)
    glossed = unit_map("en_units.tsv").get(m.group("w")) if m else None
    if glossed is None or glossed == c.unit:
        return False
    (base, factor), (c_base, c_factor) = base_unit(glossed), base_unit(c.unit)
    if base != c_base or base is None or factor == 1 and base == glossed:
        return False
    one = c.value * c_factor
    return abs(one - factor) <= factor / 100


_HEADING_CURRENCY_RE = re.compile(r"(?P<c>US\$|HK\$|NT\$|S\$|A\$|C\$|\$|€|£|¥|RMB|Rmb|CNY|USD|HKD|EUR)\s*(?P<rest>.*)")


def _heading_read(h: str) -> Quantity | None:
    """A table heading's unit ("billion yuan", "100 million yuan", "US$ million") as the figure 1 in it."""
    if h[:1].isdigit():
        text = h
    elif m := _HEADING_CURRENCY_RE.fullmatch(h):
        text = f"{m.group('c')}1 {m.group('rest')}".rstrip()
    else:
        text = "1 " + h
    return heading_unit(extract_text(text), h)


_COMPOUND_GAP_RE = re.compile(r"\s*(?P<word>[A-Za-z]+)\.?\s*(?:,\s*)?(?:and\s+)?")


def _compound_gap(t: str, big: Cand, small: Cand) -> bool:
    """"5 feet 11 inches", "1 hour and 30 minutes", "7 lb, 1 oz": the larger part's unit word,
    then a comma or "and" at most, before the smaller part."""
    m = _COMPOUND_GAP_RE.fullmatch(t, big.end, small.start)
    if m is not None:
        return _last_part_unit(unit_map("en_units.tsv").get(m.group("word").lower()), big, small)
    # the larger part's unit glued to it ("2hr 08min 15sec", "2min 5.12sec")
    glued = _GLUED_UNIT_RE.search(t, big.start, big.end)
    return glued is not None and _last_part_unit(unit_map("en_units.tsv").get(glued.group(0).lower()), big, small) \
        and _GLUED_GAP_RE.fullmatch(t, big.end, small.start) is not None


def _last_part_unit(unit: str | None, big: Cand, small: Cand) -> bool:
    """Whether ``unit``, the unit word before ``small``, is the larger measure's own or that of a
    part already joined to it (the minutes of "2 hours 8 minutes 15 seconds")."""
    units = compound_pairs()
    return unit is not None and (unit == big.unit or ((big.unit or "", unit) in units
                                                      and (unit, small.unit or "") in units))


_GLUED_UNIT_RE = re.compile(r"(?<=\d)[A-Za-z]+$")
_GLUED_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


_MONTH_HINTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Literals:
    """Any of a few literal words in a text (``search``: a match or True when one is there, else
    None): one pattern for a short text; in a long one each word looked for on its own, which
    finds the same and is several times faster than the alternation over megabytes."""

    __slots__ = ("words", "pattern")

    #: Texts longer than this are searched word by word.
    LONG = 2000

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self.pattern = re.compile("|".join(map(re.escape, self.words)) or "(?!)")

    def search(self, text: str) -> re.Match[str] | bool | None:
        if len(text) <= self.LONG:
            return self.pattern.search(text)
        return True if any(map(text.__contains__, self.words)) else None


def _stems_re(words: Iterable[str]) -> Literals:
    """Any of ``words`` in a lower-cased text (only the
    words that hold none of the others: "seventeen" holds "seven")."""
    words = set(words)
    return Literals(sorted(w for w in words if not any(v != w and v in w for v in words)))


_MONTH_STEMS_RE = _stems_re(h.lower() for h in _MONTH_HINTS)  # every month's name holds its stem
_MONTH_HINT_RE = Literals([*_MONTH_HINTS, *_LOWER_MONTHS.split("|"), *_UPPER_MONTHS.split("|")])
_TIMES_HINT_RE = Literals(_TIMES_HINTS)
_ORD_STEMS_RE = _stems_re(_ORD_BASE)  # "twenty-first" holds "first"
_DIGIT_RE = re.compile(r"\d")
# Words one of which a figure written in words contains ("a dozen", "half a million"):
# without a digit or one of them, the generic reader has nothing to read.
_NUMBER_WORDS_RE = _stems_re([*(w for w in WORD_VALUE if len(w) > 2), "hundred", "thousand", "million", "billion",
                           "trillion"])
_FRACTION_WORDS_RE = _stems_re(["half", "halv", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth",
                             "ninth", "tenth", "hundredth", "thousandth"])


def _dedicated(t: str, low: str, has_digit: bool, claim: Claim, claimed: Claimed) -> None:
    """The patterns with a meaning of their own, in priority order: each step
    claims its spans before the later ones and the generic reader see them.
    A cheap test on the text (``low`` lower-cased, ``has_digit``) skips a step
    whose pattern cannot match."""
    for date in numeric_dates(t):
        claim(date)
    if has_digit and ("-foot-" in low or "-feet-" in low):
        _heights(t, claim, claimed)
    _roc_years(t, claim, claimed)
    _era_years(t, claim, claimed)
    for years in split_years(t):
        if _free(claimed, years.start, years.end):
            claim(years)
    if " the " in low and _ORD_STEMS_RE.search(low) and _MONTH_STEMS_RE.search(low):
        _ordinal_dates(t, claim, claimed)
    if has_digit and ("-" in t or _MONTH_HINT_RE.search(t)):
        _dates(t, claim)
    if _MONTH_STEMS_RE.search(low):
        _month_only(t, claim, claimed)
    _spoken(t, low, has_digit, claim, claimed)
    if has_digit and (":" in t or "o'clock" in low or _AMPM_HINT_RE.search(low)):
        _clock_times(t, claim, claimed)
    _military_times(t, claim, claimed)
    _times_in_words(t, low, claim, claimed)
    if "few" in low or "several" in low:
        _few(t, claim, claimed)
    if "centur" in low:
        _centuries(t, claim, claimed)
    if "centen" in low:
        _anniversary_words(t, claim, claimed)
    if "0s" in low or "0's" in low or "post-" in low:
        _generations_and_decades(t, low, claim, claimed)
    if "decade" in low:
        _decade_counts(t, claim, claimed)
    if "per " in low:
        _per_scale(t, claim, claimed)
    if "s of " in low:
        _vague(t, claim, claimed)
    if "Q" in t or "FY" in t or "H" in t or "quarter" in low or "half" in low:  # FY2023/24, Q3, H1, "first half"
        _fiscal_years(t, claim, claimed)
        _quarters(t, claim, claimed)
    elif "l year" in low:  # "fiscal year 17", "financial year 18"
        _fiscal_years(t, claim, claimed)
    _counts_in_words(t, low, claim, claimed)
    _amounts_in_words(t, low, has_digit, claim, claimed)
    _fractions_ratios_scores(t, low, has_digit, claim, claimed)
    if _TIMES_HINT_RE.search(low):
        _multipliers(t, claim, claimed)
    _glued_temperatures(t, low, has_digit, claim, claimed)
    if _ORD_STEMS_RE.search(low):
        _lunar_dates(t, low, claim, claimed)
        _ordinal_words(t, claim, claimed)
    _roman_items(t, claim, claimed)


def _fractions_ratios_scores(t: str, low: str, has_digit: bool, claim: Claim, claimed: Claimed) -> None:
    """Fractions ("two thirds", "1 in 5"), ratios ("3:1", "a ratio of 1 to 1.2") and scores ("3-1"),
    in that order (a step of :func:`_dedicated`)."""
    if "/" in t or "⁄" in t or _FRACTION_WORDS_RE.search(low) or (
            " in " in low or " out of " in low):
        _fractions(t, claim, claimed)
    if has_digit and ":" in t:
        _ratios(t, claim, claimed)
    if has_digit and "ratio" in low:
        _ratios_in_words(t, claim, claimed)
    if has_digit and "-" in t:
        _scores(t, claim, claimed)


def _amounts_in_words(t: str, low: str, has_digit: bool, claim: Claim, claimed: Claimed) -> None:
    """An amount in words written with its unit: "half a litre", "a percentage point", the "an
    hour" of "an hour and 20 minutes"."""
    if "half" in low or "quarter" in low or "percentage point" in low or "week" in low or "fortnight" in low:
        _unit_words(t, claim, claimed)
    if " and " in low and has_digit:
        _one_and_smaller(t, claim, claimed)


# a year of the Republic-of-China (Minguo) calendar as Taiwan's English press writes it: "ROC
# year 112", "Minguo 112", "year 112 of the Republic": the year 1911 + N, as 民国112年 reads
_ROC_YEAR_RE = re.compile(
    r"(?<![\w.])(?:R\.?O\.?C\.?|Minguo|Republic\s+of\s+China)(?:\s+(?:era|calendar))?\s+[Yy]ear\s+(?P<a>\d{1,3})(?!\d|[.,]\d)"
    r"|(?<![\w.])Minguo\s+(?P<b>\d{1,3})(?!\d|[.,]\d)"
    r"|(?<![\w.])[Yy]ear\s+(?P<c>\d{1,3})\s+of\s+the\s+(?:Republic(?:\s+of\s+China)?|ROC|Minguo\s+(?:era|calendar))\b"
)


def _roc_years(t: str, claim: Claim, claimed: Claimed) -> None:
    """"ROC year 112", "Minguo 112", "year 112 of the Republic": kind year, 1911 + N (2023)."""
    if not ("ROC" in t or "R.O.C" in t or "Minguo" in t or "Republic" in t):
        return
    for m in _ROC_YEAR_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            y = 1911 + int(m.group("a") or m.group("b") or m.group("c"))
            claim(Cand(m.start(), m.end(), "year", value=Decimal(y), step=D1, when=f"{y:04d}", num_start=m.start()))


@cache
def _era_years_re() -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str]]:
    """The eras of ``resources/numbers/eras.tsv`` by their English names: "Reiwa 6", "Heisei 1",
    "Showa 64", "2569 BE", "BE 2569"; then a pattern finding any of the names anywhere (a text
    holding none has no era year)."""
    bases = era_offsets("en")
    alt = "|".join(map(re.escape, sorted(bases, key=len, reverse=True)))
    return (re.compile(rf"(?<![\w.])(?P<e>{alt})\s+(?P<a>\d{{1,4}})(?!\d|[.,]\d)"
                       rf"|(?<![\w.,])(?P<b>\d{{4}})\s+(?P<f>{alt})(?![\w])"), bases,
            re.compile(alt or "(?!)"))


def _era_years(t: str, claim: Claim, claimed: Claimed) -> None:
    """"Reiwa 6" (2024), "Heisei 1" (1989), "2569 BE" (2026): kind year, offset + N."""
    era_re, bases, any_name = _era_years_re()
    if any_name.search(t) is None:
        return
    for m in era_re.finditer(t):
        if _free(claimed, m.start(), m.end()):
            y = bases[m.group("e") or m.group("f")] + int(m.group("a") or m.group("b"))
            if 0 < y < 3000:
                claim(Cand(m.start(), m.end(), "year", value=Decimal(y), step=D1, when=f"{y:04d}",
                           num_start=m.start()))


# "in double figures", "reached double digits": a tally of 10 or more (得分上双)
_DOUBLE_FIGURES_RE = re.compile(r"(?i)(?<![\w-])double\s+(?:figures|digits)(?![\w-])")


def _double_figures(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _DOUBLE_FIGURES_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "count", value=D10, step=D1, qualifier="at-least"))


# "the fifteenth day of the eighth lunar month" (农历八月十五): a day and a month without a name
_LUNAR_DATE_RE = re.compile(rf"(?i)(?<![\w-])(?P<d>{_ORD_WORD})\s+day\s+of\s+the\s+(?P<m>{_ORD_WORD})"
                            r"\s+(?:(?:lunar|Chinese)\s+)?month(?![\w-])")


def _lunar_dates(t: str, low: str, claim: Claim, claimed: Claimed) -> None:
    """The day of a month said by its number (a month of the Chinese calendar): kind date, value
    MMDD, no ``when`` (a lunar day is no day of the Gregorian calendar)."""
    for m in _LUNAR_DATE_RE.finditer(t) if " month" in low else ():
        d, mo = _ord_value(m.group("d")), _ord_value(m.group("m"))
        if _free(claimed, m.start(), m.end()) and 1 <= d <= 30 and 1 <= mo <= 12:
            claim(Cand(m.start(), m.end(), "date", value=Decimal(mo * 100 + d), step=D1, num_start=m.start()))


_ROMAN_ITEM_RE = re.compile(r"\((?P<r>i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3})\)")
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman_items(t: str, claim: Claim, claimed: Claimed) -> None:
    """"Art. 32(1)(ii)", "item (iv)": an item numbered in small Roman numerals, glued to
    a label's number or after a label word, is a label (an ordinal)."""
    for m in finditer_if(_ROMAN_ITEM_RE, t, "(i" in t or "(v" in t or "(x" in t):
        glued = m.start() > 0 and (t[m.start() - 1] == ")" or t[m.start() - 1].isdigit())
        if not (glued or label_re("en").search(t, max(0, m.start() - 20), m.start() + 1)):
            continue
        r = m.group("r")
        values = [_ROMAN[ch] for ch in r]
        v = sum(-x if i + 1 < len(values) and x < values[i + 1] else x for i, x in enumerate(values))
        if _free(claimed, m.start("r"), m.end("r")):
            claim(Cand(m.start("r"), m.end("r"), "ordinal", value=Decimal(v), step=D1, num_start=m.start("r")))


def _generations_and_decades(t: str, low: str, claim: Claim, claimed: Claimed) -> None:
    """Generations ("post-90s", "post-95") before ages ("in their 20s") before decades ("the 1990s")."""
    _generations(t, claim, claimed)
    if "0s" in low or "0's" in low:
        _age_decades(t, claim, claimed)
        _decades(t, claim, claimed)


def _dates(t: str, claim: Claim) -> None:
    """Dates with a month (March 5, 2020; 5 March; 9 October; 2020-03-05): kind date,
    value YYYYMMDD / YYYYMM / MMDD, ``when`` in ISO form; days listed after
    a dated day ("July 17 and 22") take its month."""
    for m in _DATE_RE.finditer(t):
        c = _date(t, m)
        if c is not None:
            claim(c)
            if _day(m) is not None:
                _day_list(t, m.end(), c.when, claim)
                _day_before(t, m.start(), c.when, claim)


def _day(m: re.Match[str]) -> int | None:
    """The day of a _DATE_RE match, None for a month and year ("March 2020")."""
    d = next((m.group(k) for k in ("d1", "d2", "d4", "d5", "d6") if m.group(k)), None)
    return int(d) if d is not None else None


def _date(t: str, m: re.Match[str]) -> Cand | None:
    g = m.groupdict()
    if g["y5"]:
        mon, mo = g["m5"], int(g["m5"])
        if not 1 <= mo <= 12:
            return None
    else:
        mon = next(g[k] for k in ("m1", "m2", "m3", "m4", "m6") if g[k])
        mo = _MONTHS[mon.rstrip(".").lower()]
    ys = next((g[k] for k in ("y1", "y2", "y3", "y5") if g[k]), None)
    d = _day(m)
    if d is not None and not 1 <= d <= 31:
        return None
    if ys is None:  # "March 5" and "5 March", the forms without a year, always have their day
        if mon.startswith("Mar") and mon != "March" or g["d4"] and label_re("en").search(
                t, max(0, m.start("d4") - 20), m.start("d4")):
            return None  # "Mar" alone; "Long March 5" is a rocket, not a date
        day = int(g["d4"] or g["d6"])
        return Cand(m.start(), m.end(), "date", value=Decimal(mo * 100 + day), step=D1, when=f"--{mo:02d}-{day:02d}")
    y = int(ys)
    if d is None:
        return Cand(m.start(), m.end(), "date", value=Decimal(y * 100 + mo), step=D1, when=f"{y:04d}-{mo:02d}")
    return Cand(m.start(), m.end(), "date", value=Decimal(y * 10000 + mo * 100 + d), step=D1,
                when=f"{y:04d}-{mo:02d}-{d:02d}")


# "16: 00", "9: 30 a.m.", "from 15: 00 on July 24th": a clock time typed with a space after its colon, as
# some translations write it (a full-width colon turned into a half-width one and a space); a time only
# where the words around it make it one: its a.m. or p.m.; a word that leads to a time before it ("at",
# "as of", "from", "until", "between" … "and"); a day, a zone, "local time", "every", "in the morning" after
# it. "Chapter 3: 30 years on", "Matthew 5: 10", "1: 10" after a ratio word are not times.
_SPACED_TIME_RE = re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]|24(?=: 00)): (?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                             rf"(?!\d|:\d|[.,]\d)(?:\s?{_AMPM})?")
_SPACED_TIME_LEAD_RE = re.compile(r"(?i)(?<![\w-])(?:at|from|to|until|till|since|by|as\s+of|before|after|between"
                                  r"|and|around|about|approximately)\s+$")
_SPACED_TIME_TAIL_RE = re.compile(r"(?i)\s*(?:[ap]\.?m\b|-\s?\d{1,2}:\s?\d\d"
                                  r"|(?:on|every|that|this|local|beijing|hours?|hrs|o'clock)\b"
                                  r"|(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\b|" + _ZONES + ")")


def _spaced_times(t: str, claim: Claim, claimed: Claimed) -> None:
    """"As of 16: 00", "at 9: 30 a.m.": kind time, as "16:00" and "9:30 a.m." are."""
    for m in _SPACED_TIME_RE.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        if not (m.group("ap") or _SPACED_TIME_LEAD_RE.search(t, max(0, m.start() - 12), m.start())
                or _SPACED_TIME_TAIL_RE.match(t, m.end())) \
                or _RATIO_LEAD_RE.search(t[max(0, m.start() - 24):m.start()]):
            continue
        h, mi, ap = int(m.group("h")), int(m.group("mi")), (m.group("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        elif not ap and (part := _PART_OF_DAY_AFTER_RE.match(t, m.end())) is not None \
                and (1 if part.group("aft") else 5) <= h <= 11:
            h += 12  # "at 3: 30 in the afternoon"
        value = Decimal(h * 100 + mi)
        c = Cand(m.start(), m.end(), "time", value=value, step=D1, when=f"T{h:02d}:{mi:02d}", num_start=m.start())
        if not ap and 1 <= h <= 11 and not m.group("h").startswith("0") and not _PART_OF_DAY_NEXT_RE.match(t, m.end()):
            c.extra["readings"] = [(value + 1200, None)]  # "at 3: 30": morning or afternoon
        claim(c)


# The military clock, four digits with no colon: "at 0500", "until 0630 hours", "by 1300 hours". Only after a
# word that leads to a time (at, by, until, from …), and only with the hour's leading zero or "hours"/"hrs"
# after it: "at 1500" alone may be a year or a count, "0500" with a count's noun after it is none.
_MILITARY_TIME_RE = re.compile(r"(?i)(?<![\w-])(?:at|by|until|till|from|since|before|after)\s+"
                               r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\w.,:/-]*\d)(?![\w%$£€-])"
                               r"(?P<hrs>\s+(?:hours|hrs)\b)?")
_MILITARY_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:hours|hrs|sharp|local|time|on|in|at|and|or|to|the|this|that|"
                                     r"when|with|we|they|he|she|i|you)\b)[a-z]")


def _military_times(t: str, claim: Claim, claimed: Claimed) -> None:
    """"At 0500", "until 1300 hours": kind time, value HHMM, as "5:00" and "13:00" are."""
    for m in _MILITARY_TIME_RE.finditer(t):
        if not (m.group("hrs") or m.group("h").startswith("0")) or not _free(claimed, m.start("h"), m.end("mi")):
            continue
        if not m.group("hrs") and _MILITARY_NOUN_AFTER_RE.match(t, m.end()):
            continue  # "at 0500 units": a figure with its noun
        h, mi = int(m.group("h")), int(m.group("mi"))
        claim(Cand(m.start("h"), m.end("mi"), "time", value=Decimal(h * 100 + mi), step=D1,
                   when=f"T{h:02d}:{mi:02d}", num_start=m.start("h")))


# 1:52.33: a race time (minutes, seconds and hundredths), never a clock reading
_RACE_TIME_RE = re.compile(r"(?<![\d:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<cs>\d{1,2})(?![\d:])")


# 10.42pm, 7.30 a.m.: a clock time with a dot between hours and minutes, as British papers write it;
# only with its a.m. or p.m. (10.42 alone is a figure)
_DOTTED_TIME_RE = re.compile(r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)\s?(?P<ap>[aApP]\.?[mM]\.?)(?![\w])")




# the part of the day after a clock time without its a.m. or p.m. ("9 o'clock last night",
# "3:30 in the afternoon"): an afternoon hour from 1 to 11, an evening or night one from 5 to 11
_PART_OF_DAY_AFTER_RE = re.compile(r"(?i)\s+(?:in\s+the\s+|this\s+)?"
                                   r"(?:(?P<aft>afternoon)|evening|(?:at|last|to)\s*night)\b")


def _afternoon_after(t: str, m: re.Match[str]) -> bool:
    """Is the clock time ``m``, without its own mark, an afternoon or evening one by the words after it?"""
    if m.group("ap") or m.group("ap2") or m.group("h3"):
        return False
    part = _PART_OF_DAY_AFTER_RE.match(t, m.end())
    h = int(m.group("h") or m.group("h2"))
    return part is not None and (1 if part.group("aft") else 5) <= h <= 11


def _clock_times(t: str, claim: Claim, claimed: Claimed) -> None:
    for duration in countdowns(t):
        if _free(claimed, duration.start, duration.end):
            claim(duration)
    for m in _RACE_TIME_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            value = Decimal(int(m.group("m")) * 60 + int(m.group("s"))) + Decimal("0." + m.group("cs"))
            claim(Cand(m.start(), m.end(), "count", value=value, unit="second",
                       step=D1 / 10 ** len(m.group("cs")), num_start=m.start()))
    for m in _DOTTED_TIME_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            h = int(m.group("h")) % 12 + (12 if m.group("ap")[0] in "pP" else 0)
            mi = int(m.group("mi"))
            claim(Cand(m.start(), m.end(), "time", value=Decimal(h * 100 + mi), step=D1,
                       when=f"T{h:02d}:{mi:02d}", num_start=m.start()))
    _spaced_times(t, claim, claimed)
    times = list(_TIME_RE.finditer(t))
    for m, nxt in zip(times, times[1:] + [None]):
        if _free(claimed, m.start(), m.end()) and not _RATIO_LEAD_RE.search(t[max(0, m.start() - 24):m.start()]):
            claim(_time(m, _pm_of_range(t, m, nxt) or _afternoon_after(t, m),
                        either=not _PART_OF_DAY_NEXT_RE.match(t, m.end())))
            _bare_hour_after(t, m.end(), claim, claimed)
            _bare_hour_before(t, m, claim, claimed)
    for m in _NOON_RE.finditer(t):
        g = "a" if m.group("a") else "b"
        if _free(claimed, m.start(g), m.end(g)):
            claim(Cand(m.start(g), m.end(g), "time", value=Decimal(1200), step=D1, when="T12:00", num_start=m.start(g)))


def _times_in_words(t: str, low: str, claim: Claim, claimed: Claimed) -> None:
    """"noon", "12 midnight", "a quarter past two": clock times said in words."""
    if "noon" in low or "midday" in low or "midnight" in low:
        _noon_and_midnight(t, claim, claimed)
    if " past " in low or " to " in low or " after " in low:
        _clock_words(t, claim, claimed)


def _counts_in_words(t: str, low: str, claim: Claim, claimed: Claimed) -> None:
    """"a quarter of a million", "a score of volunteers": counts said in words of their own."""
    if " of a" in low and ("quarter" in low or "third" in low):
        _parts_of_a_scale(t, claim, claimed)
    if "score of" in low:
        _a_score_of(t, claim, claimed)


# Noon and midnight as clock times, alone or after the 12 they are ("12 noon", "twelve midnight"):
# a time is a quiet kind, so "at noon" for a 中午 with no hour is no figure missing; midnight is
# 0:00 and also the 24:00 that closes a day (截至24时 "as of midnight")
_NOON_MIDNIGHT_RE = re.compile(r"(?i)(?<![\w-])(?:(?:12|twelve)\s+)?(?:(?P<noon>noon|midday)|midnight)(?![\w-])")


def _noon_and_midnight(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _NOON_MIDNIGHT_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            noon = bool(m.group("noon"))
            claim(Cand(m.start(), m.end(), "time", value=Decimal(1200 if noon else 0), step=D1,
                       when="T12:00" if noon else "T00:00", num_start=m.start(),
                       extra={} if noon else {"readings": [(Decimal(2400), None)]}))


# A clock time in words: "half past three", "a quarter to nine", "ten minutes past six", "twenty
# past four in the afternoon".  A bare minute ("ten past six") needs a mark after the hour (a.m.,
# o'clock, "in the morning"): "five to ten people" is a range.  The part of the day after it
# decides the half of the day; without one the time is either ("at half past three")
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_CLOCK_MARK = (r"(?:\s+o'clock)?(?:\s*(?P<ap>[ap]\.?m\.?)(?![\w])"
               r"|\s+(?:in\s+the\s+|this\s+)?(?P<part>morning|afternoon|evening|night)\b|\s+at\s+(?P<night>night)\b"
               r"|\s+(?P<oc>o'clock))")
_CLOCK_WORDS_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<q>(?:a\s+)?quarter)\s+(?P<qd>past|to|after)|(?P<half>half)\s+past"
    r"|(?P<m>\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+minutes?\s+(?P<md>past|to|after)"
    r"|(?P<m2>five|ten|twenty|twenty[\s-]five|\d{1,2})\s+(?P<md2>past|to|after)(?=\s+\w+"
    + re.sub(r"\?P<\w+>", "?:", _CLOCK_MARK) + r"))"
    r"\s+(?P<h>" + "|".join(_HOUR_WORDS) + r"|1[0-2]|0?[1-9])(?![\w-])(?:" + _CLOCK_MARK + r")?"
)


def _clock_words(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _CLOCK_WORDS_RE.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        hw = m.group("h").lower()
        h = int(hw) if hw.isdigit() else _HOUR_WORDS.index(hw) + 1
        if m.group("q"):
            mi, back = 15, m.group("qd").lower() == "to"
        elif m.group("half"):
            mi, back = 30, False
        else:
            word = (m.group("m") or m.group("m2")).lower()
            mi = int(word) if word.isdigit() else int(word_value(word))
            back = (m.group("md") or m.group("md2")).lower() == "to"
        if not 0 < mi < 60:
            continue
        if back:
            h, mi = h - 1 or 12, 60 - mi
        ap = (m.group("ap") or "").lower()
        part = (m.group("part") or m.group("night") or "").lower()
        pm = ap.startswith("p") or part in ("afternoon", "evening") or (part == "night" and h >= 5)
        if pm and h < 12:
            h += 12
        elif (ap.startswith("a") or part in ("morning", "night")) and h == 12:
            h = 0
        value = Decimal(h * 100 + mi)
        c = Cand(m.start(), m.end(), "time", value=value, step=D1, when=f"T{h:02d}:{mi:02d}", num_start=m.start())
        if not (ap or part) and 1 <= h <= 11:
            c.extra["readings"] = [(value + 1200, None)]  # "at half past three": either half of the day
        claim(c)


# "a quarter of a million", "three-quarters of a billion", "a third of a million": a count, the part
# of the scale (as "half a million" is read by the generic reader)
_PART_OF_SCALE_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<tq>three)[\s-]+quarters|(?P<tt>two)[\s-]+thirds|(?:a|one)[\s-]+(?P<p>quarter|third))"
    r"\s+of\s+an?\s+(?P<s>thousand|million|billion|trillion)(?![\w-])")


def _parts_of_a_scale(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _PART_OF_SCALE_RE.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        part = (Decimal(3) / 4 if m.group("tq") else Decimal(2) / 3 if m.group("tt")
                else Decimal(1) / 4 if m.group("p").lower() == "quarter" else Decimal(1) / 3)
        scale = pow10(SCALES[m.group("s").lower()])
        value = part * scale
        if value != value.to_integral_value():
            value = value.quantize(D1)
        c = Cand(m.start(), m.end(), "count", value=value, scale=m.group("s"), step=scale / 100,
                 num_start=m.start())
        _qualify(t, c)
        claim(c)


# "a score of volunteers": twenty of a plural noun (people, men, women, children, or a word in -s);
# "a score of 85", "a score of two" or "a score of nil" is a result, not a count
_A_SCORE_OF_RE = re.compile(r"(?i)(?<![\w-])(?P<s>(?:a|one)\s+score\s+of)\s+(?:\w+[\s-]+)??"
                            r"(?=(?:[a-z]+s|people|men|women|children)\b)")


def _a_score_of(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _A_SCORE_OF_RE.finditer(t):
        noun = t[m.end():].split(None, 1)[0].strip(".,;:").lower() if t[m.end():].strip() else ""
        if noun in WORD_VALUE or noun in ("points", "goals", "runs", "marks") \
                or not _free(claimed, m.start(), m.end("s")):
            continue
        c = Cand(m.start(), m.end("s"), "count", value=Decimal(20), step=D1, num_start=m.start())
        _qualify(t, c)
        claim(c)


def _few(t: str, claim: Claim, claimed: Claimed) -> None:
    """"a few hundred", "several thousand million": a vague count, 2 to 9 of the scale."""
    for m in _FEW_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            base = pow10(SCALES[m.group("p").lower()] if m.group("p").lower() != "hundred" else 2)
            if m.group("s"):
                base *= pow10(SCALES[m.group("s").lower()])
            claim(_vague_money(t, Cand(m.start(), m.end(), "count", low=base * 2, high=base * 9, step=base,
                                       qualifier="several", scale=m.group("s") or m.group("p"))))


# "a month or two", "a book or two": one or two of the thing named between (as 一两个月 says)
_ONE_OR_TWO_RE = re.compile(r"(?i)(?<![\w-])(?:an?|one)\s+(?P<noun>[a-z]+)\s+or\s+two(?![\w-])")


def _spoken(t: str, low: str, has_digit: bool, claim: Claim, claimed: Claimed) -> None:
    """The figures speech says its own way: "the 15th of last month", "a month or two", "in double
    figures"."""
    if has_digit and " month" in low:
        _days_of_month(t, claim, claimed)
    if " or two" in low:
        _one_or_two(t, claim, claimed)
    if "double " in low:
        _double_figures(t, claim, claimed)
    if "ground floor" in low:
        _ground_floor(t, claim, claimed)
    if has_digit and "st" in low:
        _stones(t, claim, claimed)


# a body weight in stones and pounds, as British papers give it ("12st 8lb", "11 stone 4 pounds"):
# one weight in pounds (14 to the stone)
_STONES_RE = re.compile(r"(?i)(?<![\w.,])(?P<st>\d{1,2})\s?(?:st|stones?)\s+(?P<lb>\d{1,2}(?:\.\d)?)\s?"
                        r"(?:lbs?|pounds?)(?![\w-])")


def _stones(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _STONES_RE.finditer(t):
        if _free(claimed, m.start(), m.end()) and Decimal(m.group("lb")) < 14:
            claim(Cand(m.start(), m.end(), "count", value=int(m.group("st")) * 14 + Decimal(m.group("lb")), unit="lb",
                       step=D1, num_start=m.start(), extra={"noun": True}))


# "the ground floor": the floor Chinese counts as the first (1楼, 一层)
_GROUND_FLOOR_RE = re.compile(r"(?i)(?<![\w-])ground(?=[\s-]floor\b)")


def _ground_floor(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _GROUND_FLOOR_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "ordinal", value=D1, step=D1, num_start=m.start()))


def _one_or_two(t: str, claim: Claim, claimed: Claimed) -> None:
    nouns = _res()[4]
    for m in _ONE_OR_TWO_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            noun = m.group("noun").lower()
            size, unit = (D10, "year") if noun == "decade" else (D1, nouns.get(noun))  # "a decade or two"
            # as loose as "a couple of": an interval, not a point (住两日 "for a day or two")
            claim(Cand(m.start(), m.end(), "count", low=size, high=2 * size, step=size, unit=unit,
                       qualifier="several", num_start=m.start()))


# "the 15th of last month", "from the 20th to the 23rd of this month": days without a month
# named (as 上个月十五号 and 本月二十号 give them)
_DAY_ORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
_DAY_OF_MONTH_RE = re.compile(
    rf"(?i)(?<![\w-])the\s+(?P<d>{_DAY_ORD})(?=(?:\s+(?:to|and|or|through|until)\s+the\s+{_DAY_ORD})?"
    r"\s+of\s+(?:this|last|next|that|the\s+(?:same|previous|following))\s+month\b)"
)


def _days_of_month(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _DAY_OF_MONTH_RE.finditer(t):
        if _free(claimed, m.start("d"), m.end("d")):
            d = int(m.group("d")[:-2])
            claim(Cand(m.start("d"), m.end("d"), "date", value=Decimal(d), step=D1, when=f"---{d:02d}",
                       num_start=m.start("d")))


def _centuries(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in _CENTURY_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            v = _ord_value(m.group("n"))
            if v:
                claim(Cand(m.start(), m.end(), "century", value=Decimal(v), step=D1,
                           qualifier=_position(m.group("pos"))))


# An anniversary in one word: "the bridge's bicentennial" (its 200th anniversary, 200年历史 or 200周年),
# "a centenary", "the sesquicentennial"; lower-case only: "Centennial Park", "the Centennial State" are names.
_ANNIVERSARY_RE = re.compile(r"(?<![\w-])(?P<p>semiquin|semi|sesqui|bi|ter|tri|quater|quadri|quin|)"
                             r"centen(?:ary|nial)s?(?![\w-])")
_ANNIVERSARY_VALUE = {"": 100, "semi": 50, "sesqui": 150, "bi": 200, "semiquin": 250, "ter": 300, "tri": 300,
                      "quater": 400, "quadri": 400, "quin": 500}


# a height in feet and inches joined by hyphens, as American news writes a person's ("the 6-foot-6
# forward", "a 5-foot-11-inch guard"): feet and twelfths, not a range of feet
_HEIGHT_RE = re.compile(r"(?i)(?<![\w.-])(?P<ft>\d)-(?:foot|feet)-(?P<in>1[01]|\d)(?:-inch(?:es)?)?(?![\w-]|\.\d)")


def _heights(t: str, claim: Claim, claimed: Claimed) -> None:
    """"6-foot-6": 6.5 feet (kind count, unit foot, step an inch)."""
    for m in _HEIGHT_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            inches = Decimal(int(m.group("ft")) * 12 + int(m.group("in")))
            claim(Cand(m.start(), m.end(), "count", value=inches / 12, unit="foot", step=D1 / 12,
                       num_start=m.start()))


def _anniversary_words(t: str, claim: Claim, claimed: Claimed) -> None:
    """"bicentennial", "centenary": kind ordinal, as "200th anniversary" is."""
    for m in _ANNIVERSARY_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "ordinal", value=Decimal(_ANNIVERSARY_VALUE[m.group("p")]), step=D1))


# "the post-90s generation", "a post-95 programmer", "post-00s": 90后, 95后, 00后 as Chinese writers name them
_GENERATION_RE = re.compile(r"(?i)(?<![\w-])post-(?P<d>\d\d)'?s?(?![\w-])")


def _generations(t: str, claim: Claim, claimed: Claimed) -> None:
    """"post-90s": kind decade (born in the 1990s); "post-95": kind year (born in 1995 or after)."""
    for m in _GENERATION_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            d = int(m.group("d"))
            base = (2000 if d <= 20 else 1900) + d
            if d % 10:
                claim(Cand(m.start(), m.end(), "year", value=Decimal(base), step=D1, when=f"{base}"))
            else:
                claim(Cand(m.start(), m.end(), "decade", value=Decimal(base), step=D10, when=f"{base}s"))


# two decades in a row: "the 1950s and 1960s", "the 1980s and '90s", "the 1980s-90s" (五六十年代, 80-90年代);
# not the last two of a longer list ("the 1960s, 1970s and 1980s": three decades)
_DECADE_PAIR_RE = re.compile(r"(?<!0s, )(?i:the\s+)?(?P<a>\d{3}0)'?s\s?(?:-|/|\s(?:and|to|through)\s)\s?(?i:the\s+)?"
                             r"(?:(?P<b>\d{3}0)'?s|'?(?P<bb>\d0)s)\b")


def _decades(t: str, claim: Claim, claimed: Claimed) -> None:
    """"the 1990s", "the early '80s": kind decade; two in a row, "the 1950s and 60s", a range."""
    for m in _DECADE_PAIR_RE.finditer(t) if "0s" in t else ():
        lo = int(m.group("a"))
        hi = int(m.group("b")) if m.group("b") else lo // 100 * 100 + int(m.group("bb"))
        if hi == lo + 10 and _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "decade", low=Decimal(lo), high=Decimal(hi), step=D10,
                       when=f"{lo}s/{hi}s"))
    for m in _DECADE_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            base = int(m.group("d")) if m.group("d") else 1900 + int(m.group("dd"))
            claim(Cand(m.start(), m.end(), "decade", value=Decimal(base), step=D10,
                       qualifier=_position(m.group("pos")), when=f"{base}s"))


def _age_decades(t: str, claim: Claim, claimed: Claimed) -> None:
    """"in their 20s", "in his early 60s": an age of 20 and more (20多岁), kind count, unit age."""
    for m in _AGE_DECADE_RE.finditer(t):
        if _free(claimed, m.start("d"), m.end()):
            claim(Cand(m.start("d"), m.end(), "count", value=Decimal(m.group("d")), unit="age", step=D1,
                       qualifier="plus", extra={"plus_step": D10}))


def _decade_counts(t: str, claim: Claim, claimed: Claimed) -> None:
    """"three decades", "a decade": a count of years."""
    for m in _DECADES_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            n = m.group("n") or "one"
            v = Decimal(n) if n.isdigit() else word_value(n)
            word = "one" if m.group("one") else "since" if m.group("since") else None
            start = m.start(word) if word else m.start()
            claim(Cand(start, m.end(), "count", value=v * 10, unit="year", step=D10, scale="decade"))


def _per_scale(t: str, claim: Claim, claimed: Claimed) -> None:
    """"per thousand" without a figure before it: the scale is the figure."""
    for m in _PER_SCALE_RE.finditer(t):
        if _free(claimed, m.start("s"), m.end("s")) and not re.search(r"\d\s*$", t[max(0, m.start() - 3):m.start()]):
            v = _PER_SCALE[m.group("s").lower()]
            claim(Cand(m.start("s"), m.end("s"), "count", value=v, step=v))


def _vague(t: str, claim: Claim, claimed: Claimed) -> None:
    """"tens of thousands", "dozens of": a vague count, 2 to 9 of the scale (as 数万 and 数十 are:
    "hundreds" is below a thousand, which 上千 states)."""
    for m in _VAGUE_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            base = pow10(_VAGUE_V[m.group("v").lower()]) if m.group("v").lower() != "dozens" else Decimal(12)
            if m.group("s"):
                base *= pow10(_VAGUE_V[m.group("s").lower()])
            end = m.end() if m.group("s") else m.end("v")
            claim(_vague_money(t, Cand(m.start(), end, "count", low=base * 2, high=base * 9, step=base,
                                       qualifier="several", scale=m.group("s"))))


def _fractions(t: str, claim: Claim, claimed: Claimed) -> None:
    """"half", "3/4", "two thirds": kind fraction."""
    for m in _FRACTION_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            c = _fraction(t, m)
            if c is not None:
                claim(c)


def _fraction(t: str, m: re.Match[str]) -> Cand | None:
    if m.group("half"):
        before = t[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(first|second|latter|former|other)\s+$|\band\s+an?\s+$", before) \
                or t[m.end():m.end() + 1] == "-":
            return None  # "one and a half": a number, read by the generic reader
        if re.match(r"(?i)\s+an?\s+(?:thousand|million|billion|trillion)\b", t[m.end():m.end() + 14]):
            return None  # half a million: a count, read by the generic reader
        return Cand(m.start(), m.end(), "fraction", value=Decimal("0.5"), step=Decimal("0.5"))
    if m.group("in") and m.group("k").isdigit() and _YEAR_SHAPED.fullmatch(m.group("in")) \
            and m.group(0)[len(m.group("k")):].split()[0] == "in":
        return None  # "she was 27 in 2014": a figure and a year
    if m.group("in"):  # "one in five": a fifth; "six in ten", "nine out of ten"
        num, den = (Decimal(WORD_VALUE.get(m.group(g).lower(), 0) or m.group(g).replace(",", "")) for g in ("k", "in"))
        if re.fullmatch(r"(?:18|19|20|21)\d\d", m.group("in")) and not m.group("inscale"):
            return None  # "rose from 6.92 in 2022": a figure and a year
        if m.group("inscale"):  # "one in 5 million"
            den *= pow10(SCALES[m.group("inscale").lower()])
        return Cand(m.start(), m.end(), "fraction", value=num / den, step=D1 / den, extra={"ratio": (num, den)}) \
            if den > num > 0 else None
    if m.group("a"):
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        if not (b and a < b):
            return None
        return Cand(m.start(), m.end(), "fraction", value=a / b, step=D1 / b, extra={"ratio": (a, b)})
    n = m.group("n").lower()
    num = Decimal(1) if n == "a" else Decimal(WORD_VALUE[n])
    den = Decimal(_FRAC_WORDS[m.group("f").lower()])
    if n in ("a", "one") and m.group("f").lower().endswith("s"):
        return None
    return Cand(m.start(), m.end(), "fraction", value=num / den, step=D1 / den, extra={"ratio": (num, den)})


def _glued_temperatures(t: str, low: str, has_digit: bool, claim: Claim, claimed: Claimed) -> None:
    """"40.2C", "104F", "35-39C" (the degree sign left out, as newspapers do): degrees
    Celsius or Fahrenheit, when a word of weather or heat is near; elsewhere a
    letter glued to a figure stays a code ("Room 10C")."""
    pairs = [m.span() for m in _GLUED_BOTH_SCALES_RE.finditer(t)] if has_digit and "(" in t else []
    if not (has_digit and (pairs or _TEMPERATURE_CUE_RE.search(low))):
        return
    for m in _GLUED_TEMPERATURE_RE.finditer(t):
        near = t[max(0, m.start() - _CUE_WINDOW):m.end() + _CUE_WINDOW].lower()
        both = any(s <= m.start() and m.end() <= e for s, e in pairs)  # "47C (117F)": both scales
        if not (_free(claimed, m.start(), m.end()) and (both or _TEMPERATURE_CUE_RE.search(near))) \
                or label_re("en").search(t, max(0, m.start() - 20), m.start()):
            continue  # "Flat 3F": a label
        a, b = m.group("a"), m.group("b")
        c = Cand(m.start(), m.end(), "count", unit="degC" if m.group("u") == "C" else "degF",
                 step=min(digits_step(a), digits_step(b or a)), num_start=m.start())
        if b:
            c.low, c.high = Decimal(a), Decimal(b)
        else:
            c.value = Decimal(a)
        c.extra["noun"] = True
        _qualify(t, c)
        claim(c)


def _ratios(t: str, claim: Claim, claimed: Claimed) -> None:
    """"3:1": kind ratio."""
    for m in _RATIO_RE.finditer(t):
        if _free(claimed, m.start(), m.end()) and not citation_year(t, m.start()):
            a, b = (Decimal(num_digits(x.strip())) for x in m.group().split(":"))
            if b:
                claim(Cand(m.start(), m.end(), "ratio", value=a / b, step=D1 / b, extra={"ratio": (a, b)}))


# a ratio written with "to" after the word ("a ratio of 1 to 1.2", "the ratio of rice to water is
# 1 to 1.2"), as 1:1.2 is: not a range
_RATIO_WORDS_RE = re.compile(rf"(?i)\bratios?\b[^.;:!?]{{0,40}}?\b(?:is|was|of|at|stands\s+at)\s+"
                             rf"(?P<a>{NUM})\s+to\s+(?P<b>{NUM})(?![\w.,]?\d)"
                             # not a range of a unit ("a ratio of 50 to 60 percent")
                             r"(?=\s*(?:[.,;:)!?]|$|\s(?:for|in|at|between|among|on|and|by)\b))")


def _ratios_in_words(t: str, claim: Claim, claimed: Claimed) -> None:
    """"a ratio of 1 to 1.2": kind ratio."""
    for m in _RATIO_WORDS_RE.finditer(t):
        if _free(claimed, m.start("a"), m.end()):
            a, b = Decimal(num_digits(m.group("a"))), Decimal(num_digits(m.group("b")))
            if b:
                claim(Cand(m.start("a"), m.end(), "ratio", value=a / b, step=D1 / b, extra={"ratio": (a, b)}))


# the next score of a list ("23-25, 25-21 and 25-19")
_SCORE_NEXT_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<a>\d{1,3})\s?-\s?(?P<b>\d{1,3})(?![\w-])")


def _scores(t: str, claim: Claim, claimed: Claimed) -> None:
    """"won 3-1", "a 5-4 vote", set scores "23-25, 25-21 and 25-19": kind ratio; then
    shooting lines ("9-of-17")."""
    for first in _SCORE_RE.finditer(t):
        m: re.Match[str] | None = first
        while m is not None and _free(claimed, m.start("a"), m.end()):
            a, b = Decimal(m.group("a")), Decimal(m.group("b"))
            if b:
                claim(Cand(m.start("a"), m.end(), "ratio", value=a / b, step=D1 / b, extra={"ratio": (a, b)}))
            m = _SCORE_NEXT_RE.match(t, m.end())
    if "-of-" in t or "-for-" in t:
        _made_of(t, claim, claimed)


# a shooting line: "9-of-17" (17投9中), "5-for-8"
_MADE_OF_RE = re.compile(r"(?i)(?<![\w.-])(?P<a>\d{1,3})-(?:of|for)-(?P<b>\d{1,3})(?![\w-])")


def _made_of(t: str, claim: Claim, claimed: Claimed) -> None:
    """"9-of-17": two counts, the made and the attempted."""
    for m in _MADE_OF_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            for g in ("a", "b"):
                claim(Cand(m.start(g), m.end(g), "count", value=Decimal(m.group(g)), step=D1, num_start=m.start(g)))


# "once" as a count of times only before what each time is counted in ("once in each episode",
# "once per session"): elsewhere it is "formerly" or "as soon as" ("once a week" is no figure either)
_ONCE_RE = re.compile(r"(?i)(?<![\w-])once(?=\s+(?:per|every|each|in\s+(?:each|every))\s)")


def _multipliers(t: str, claim: Claim, claimed: Claimed) -> None:
    """"twice", "tripled", "halved", "tenfold", "to double", "once a week": kind multiplier."""
    for m in _ONCE_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "multiplier", value=D1, unit="x", step=D1))
    for m in _TIMES_RE.finditer(t):
        word = m.group("w").lower()
        if word in _PLAIN_VERBS and not _VERB_BEFORE_RE.search(t, max(0, m.start() - 30), m.start()) \
                and not (word != "halve" and _MULTIPLE_OF_RE.match(t, m.end())):
            continue
        if _free(claimed, m.start(), m.end()):
            v = Decimal(_TIMES[word])
            c = Cand(m.start(), m.end(), "multiplier", value=v, unit="x", step=min(D1, v))
            _qualify(t, c)  # "more than doubled"
            claim(c)


# "fiscal year 17", "financial year 18": the two digits of the year after the words, as after FY (a share or a
# scaled sum after them, "fiscal year 17 percent", is no year)
_FISCAL_RE = re.compile(r"(?<![\w-])(?:FY\s?|(?i:(?:fiscal|financial)\s+year)\s+(?='?\d{2}(?![\w%-]|[.,]\d)"
                        r"(?!\s*(?i:percent|per\s?cent|hundred|thousand|million|billion|trillion)\b)))"
                        r"'?(?P<y>\d{4}|\d{2})(?:[/-](?P<y2>\d{2}))?(?![\w-])")


def _fiscal_years(t: str, claim: Claim, claimed: Claimed) -> None:
    """FY2023, FY23, FY2023/24, fiscal year 23: the fiscal year, kind year (not a code)."""
    for m in _FISCAL_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            y = int(m.group("y"))
            y += 2000 if y < 100 else 0
            c = Cand(m.start(), m.end(), "year", value=Decimal(y), step=D1, when=str(y), num_start=m.start("y"))
            if m.group("y2") and int(m.group("y2")) == (y + 1) % 100:
                c.value, c.low, c.high, c.when = None, Decimal(y), Decimal(y + 1), f"{y}/{y + 1}"
            claim(c)


# "half a litre", "a quarter of an hour", "a full percentage point", "a week
# shorter": an amount in words written with its unit (a bare "a kilometre" or
# "a week ago" is left alone: too often no figure)
_UNIT_WORDS_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<half>half)\s+an?|(?:(?:a|one)\s+)?(?P<part>quarter|third)\s+of\s+an?"
    r"|(?:(?:a|one)\s+)?(?P<pt>quarter|half)(?=[\s-](?:percentage[\s-])?point)"  # "a quarter-point rise"
    r"|(?P<tq>three)\s+quarters\s+of\s+an?|(?P<one>a|one)(?:\s+full)?(?=\s+percentage\s+point)"
    r"|(?P<tenths>one|two|three|four|five|six|seven|eight|nine)[\s-]+tenths?\s+of\s+an?"  # "three-tenths of a"
    r"|(?:a|one)(?=\s+(?:week|fortnight)\s+(?:less|more|shorter|longer|earlier|later|sooner|fewer)\b))"
    r"[\s-]+(?P<unit>percentage[\s-]+point|[a-z]+)(?![\w-])"
    r"|(?<![\w-])(?P<ahalf>an?|one)\s+(?P<unit2>[a-z]+)\s+and\s+a\s+half(?![\w-])"  # "a year and a half"
)
_TENTHS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PART_VALUES = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "third": Decimal(1) / 3, "three": Decimal("0.75"),
                "two": Decimal(2)}


def _unit_words(t: str, claim: Claim, claimed: Claimed) -> None:
    """"half a litre" (0.5 l), "a quarter of an hour" (0.25 hour), "a percentage point" (1 pp)."""
    nouns = _res()[4]
    for m in _UNIT_WORDS_RE.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        word = (m.group("unit") or m.group("unit2")).lower()
        kind = "points" if word.startswith("percentage") or word == "point" else "count"
        unit = "pp" if kind == "points" else nouns.get(word + "s") or nouns.get(word)
        if word == "fortnight":
            unit, part = "week", "two"
        else:
            part = m.group("half") or m.group("part") or m.group("tq") or m.group("pt") or ""
        if unit is None:
            continue
        value = Decimal("1.5") if m.group("ahalf") else _PART_VALUES.get(part.lower(), D1)
        step = Decimal("0.01") if part or m.group("ahalf") else D1
        if m.group("tenths"):  # "three-tenths of a percentage point": 0.3
            value, step = Decimal(_TENTHS.index(m.group("tenths").lower()) + 1) / 10, Decimal("0.1")
        c = Cand(m.start(), m.end(), kind, value=value, unit=unit, step=step, num_start=m.start())
        _qualify(t, c)
        claim(c)


# "an hour and 20 minutes", "one foot and 3 inches": one of the larger unit in words, then the
# smaller part in digits; the article (or "one") is read as 1 of the larger unit, which
# join_compound_measures then joins with the smaller part (a bare "an hour", or one no smaller
# part joins, "an hour and 90 minutes", is left alone)
_ONE_AND_SMALLER_RE = re.compile(r"(?i)(?<![\w-])(?P<one>an?|one)(?=\s+(?P<unit>[a-z]+)\s*,?\s+and\s+\d)")


def _one_and_smaller(t: str, claim: Claim, claimed: Claimed) -> None:
    """"an hour and 20 minutes": "an" as 1 hour, the first part of a compound measure."""
    nouns = _res()[4]
    larger = {big for big, _small in compound_pairs()}
    for m in _ONE_AND_SMALLER_RE.finditer(t):
        word = m.group("unit").lower()
        unit = nouns.get(word) or nouns.get(word + "s")
        if unit in larger and _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "count", value=D1, unit=unit, step=D1, num_start=m.start(),
                       extra={"one_word_end": m.end()}))


# "the third quarter", "third-quarter profit", "the fiscal fourth quarter", Q3, 3Q23; "the
# first half", "second-half sales", H1 2024, 1H24: a quarter or half of the year ("the first
# three quarters" is a count; a bare H2 may be hydrogen: H1 and H2 only before a year)
_QUARTER_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:(?:fiscal|financial)[\s-]+)?"
    r"(?P<per>quarter|half)"
    r"|(?-i:Q(?P<q>[1-4])|(?P<p>[1-4])Q(?:\d{2})?|H(?P<h>[12])(?=\s?'?(?:20)?\d{2}\b)|(?P<hp>[12])H\d{2}))"
    r"(?![\w-]*\w)"
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _quarters(t: str, claim: Claim, claimed: Claimed) -> None:
    """Q3, "third quarter", H1, "first half": kind ordinal, unit quarter or half."""
    for m in _QUARTER_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            w = (m.group("w") or "").lower()
            n = _QUARTER_WORDS.get(w) or int((w[:1] if w else "") or m.group("q") or m.group("p")
                                             or m.group("h") or m.group("hp"))
            half = (m.group("per") or "").lower() == "half" or bool(m.group("h") or m.group("hp"))
            claim(Cand(m.start(), m.end(), "ordinal", value=Decimal(n), unit="half" if half else "quarter", step=D1))


# a day by its ordinal in words, as formal English writes a date: "the fifth of March, 2023", "the
# twenty-first day of June", "March the fifth"
_ORDINAL_DATE_RE = re.compile(
    rf"(?<![\w-])(?i:the)\s+(?P<d>(?i:{_ORD_WORD}))\s+(?i:(?:day\s+)?of)\s+(?P<m>{MONTH})(?:,?\s+(?P<y>\d{{4}}))?(?![\w-])"
    rf"|(?<![\w-])(?P<m2>{MONTH})\s+(?i:the)\s+(?P<d2>(?i:{_ORD_WORD}))(?:,?\s+(?P<y2>\d{{4}}))?(?![\w-])")


def _ordinal_dates(t: str, claim: Claim, claimed: Claimed) -> None:
    """"the fifth of March, 2023": kind date, as "March 5, 2023" is."""
    for m in _ORDINAL_DATE_RE.finditer(t):
        day = _ord_value(m.group("d") or m.group("d2"))
        month = _MONTHS.get((m.group("m") or m.group("m2")).rstrip(".").lower())
        year = m.group("y") or m.group("y2")
        if not (1 <= day <= 31 and month and _free(claimed, m.start(), m.end())):
            continue
        if year:
            y = int(year)
            claim(Cand(m.start(), m.end(), "date", value=Decimal(y * 10000 + month * 100 + day), step=D1,
                       when=f"{y:04d}-{month:02d}-{day:02d}"))
        else:
            claim(Cand(m.start(), m.end(), "date", value=Decimal(month * 100 + day), step=D1,
                       when=f"--{month:02d}-{day:02d}"))


def _ordinal_words(t: str, claim: Claim, claimed: Claimed) -> None:
    """"third", "twenty-first": kind ordinal."""
    for m in _ORDWORD_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "ordinal", value=Decimal(_ord_value(m.group())), step=D1))


_OF_RE = re.compile(r"\s+of(?=\s)")


def _vague_money(t: str, c: Cand) -> Cand:
    """A vague figure followed by a currency ("a few hundred million euros",
    "billions of dollars") is money (in place; returns ``c``)."""
    _, post_re, _, post, _ = _res()
    of = _OF_RE.match(t, c.end)
    pm = post_re.match(t, of.end() if of else c.end)
    if pm and pm.group("cur"):
        c.kind, c.unit, c.end = "money", post[pm.group("cur").strip()], pm.end()
    return c


def _day_list(t: str, pos: int, when: str | None, claim) -> None:
    """Days listed after a dated day ("July 17 and 22"): dates in the same month."""
    m = _DAY_AFTER_RE.match(t, pos)
    if m is None or not when:
        return
    d = int(m.group("d"))
    if 1 <= d <= 31:
        claim(Cand(m.start("d"), m.end(), "date", value=Decimal(d), step=D1, when=when[:-2] + f"{d:02d}",
                   num_start=m.start("d")))


# A day before a day-month date takes its month: "2 to 5 July", "2-5 July", "10 and 11 May".
_DAY_BEFORE_RE = re.compile(r"(?<![\w.,:$£€-])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                            r"(?:\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)$")


def _day_before(t: str, start: int, when: str | None, claim) -> None:
    m = _DAY_BEFORE_RE.search(t, max(0, start - 16), start) if t[start].isdigit() else None
    if m is not None and when:
        d = int(m.group("d"))
        claim(Cand(m.start("d"), m.end("d"), "date", value=Decimal(d), step=D1, when=when[:-2] + f"{d:02d}",
                   num_start=m.start("d")))


_RANGE_TO_RE = re.compile(r"\s*(?:to|until|till|-)\s*")


def _pm_of_range(t: str, m: re.Match[str], nxt: re.Match[str] | None) -> bool:
    """Does the "p.m." of the range's closing time hold for this opening one ("1:30 to 5 p.m.")?"""
    if nxt is None or m.group("ap") or m.group("ap2") or not _RANGE_TO_RE.fullmatch(t, m.end(), nxt.start()):
        return False
    ap = (nxt.group("ap") or nxt.group("ap2") or "").lower()
    h, h_end = int(m.group("h") or m.group("h2")), int(nxt.group("h") or nxt.group("h2"))
    return ap.startswith("p") and h <= h_end < 12


# the bare hour closing a range of clock times ("from 0:00 to 24 on July 25" for 0时至24时)
_HOUR_AFTER_RE = re.compile(r"\s*(?:to|until|till|-|–)\s*(?P<h>[01]?\d|2[0-4])"
                            r"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:on|of|in|at|local|that|the|this)\b)")


def _bare_hour_after(t: str, pos: int, claim: Claim, claimed: Claimed) -> None:
    m = _HOUR_AFTER_RE.match(t, pos)
    if m is not None and _free(claimed, m.start("h"), m.end("h")):
        h = int(m.group("h"))
        claim(Cand(m.start("h"), m.end("h"), "time", value=Decimal(h * 100), step=D1, when=f"T{h:02d}:00",
                   num_start=m.start("h")))


# the bare hour opening a range whose closing hour has its a.m. or p.m. ("from 6-8 p.m.", "9 to 11 a.m.")
_HOUR_BEFORE_RE = re.compile(r"(?<![\w.,:$£€¥-])(?P<h>1[01]|0?[1-9])\s*(?:-|–|to|until|till)\s*$")


def _bare_hour_before(t: str, m: re.Match[str], claim: Claim, claimed: Claimed) -> None:
    """Claim the bare hour before ``m`` when it opens a range of clock times that ``m``, marked a.m. or
    p.m. and a later hour of the same half of the day, closes: the opening hour takes its mark."""
    ap = (m.group("ap") or m.group("ap2") or "").lower()
    b = _HOUR_BEFORE_RE.search(t, max(0, m.start() - 10), m.start()) if ap else None
    if b is None or not _free(claimed, b.start("h"), b.end("h")):
        return
    h, h_end = int(b.group("h")), int(m.group("h") or m.group("h2"))
    if not h < h_end < 12:
        return
    h += 12 if ap.startswith("p") else 0
    claim(Cand(b.start("h"), b.end("h"), "time", value=Decimal(h * 100), step=D1, when=f"T{h:02d}:00",
               num_start=b.start("h")))


# the part of the day said after a clock time ("8 o'clock this morning", "3:30 in the afternoon")
_PART_OF_DAY_NEXT_RE = re.compile(r"(?i)\s+(?:in\s+the\s+|this\s+|last\s+|at\s+|to)?"
                                  r"(?:morning|afternoon|evening|night|tonight)\b")


def _time(m: re.Match[str], pm: bool = False, either: bool = False) -> Cand:
    """A clock time: kind time, value HHMM on the 24-hour clock, ``when`` "Thh:mm[:ss]";
    ``pm``: a time in the afternoon without its own mark (the range's "p.m."); ``either``: no
    part of the day follows it, so an hour from 1 to 11 with no mark is of either half."""
    h = int(m.group("h") or m.group("h2") or m.group("h3"))
    mi = int(m.group("mi") or m.group("mi3") or 0)
    ap = (m.group("ap") or m.group("ap2") or ("pm" if pm else "")).lower()
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    when = f"T{h:02d}:{mi:02d}" + (f":{m.group('s')}" if m.group("s") else "")
    value = Decimal(h * 100 + mi)
    c = Cand(m.start(), m.end(), "time", value=value, step=D1, when=when, num_start=m.start())
    hour = m.group("h") or m.group("h2") or ""
    if either and not ap and 1 <= h <= 11 and not hour.startswith("0"):
        # "at 3:30", "at 3 o'clock" with no a.m. or p.m.: the 12-hour clock, morning or afternoon
        # (下午3时30分 as "the meeting begins at 3:30"); "03:30" is the 24-hour clock
        c.extra["readings"] = [(value + 1200, None)]
    return c


# a span of months without a day or year after it ("from January to September", "January-August",
# "between March and May"), as Chinese writes 1至9月, 1-8月
_MONTH_RANGE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<w>(?i:from|between))\s+)?(?P<m1>{_MONTH_NAMES})"
    rf"(?P<sep>\s*[-–]\s*|\s+(?i:to|through|until|till)\s+|\s+and\s+)(?P<m2>{_MONTH_NAMES})(?![\w-])(?!,?\s*\d)"
)


def _month_only(t: str, claim, claimed) -> None:
    """'in June', 'by September': kind date, value the month, when '--MM'; 'from January to
    September', 'January-August': kind date, the first and last months.

    'and' / 'or' count as the word before a month only right after another
    month ("in June and July"); 'and' joins a span only after 'between'.
    """
    for m in _MONTH_RANGE_RE.finditer(t) if "-" in t or "–" in t or " t" in t or " u" in t or " and " in t else ():
        if m.group("sep").strip() == "and" and (m.group("w") or "").lower() != "between":
            continue
        lo, hi = _MONTHS[m.group("m1").lower()], _MONTHS[m.group("m2").lower()]
        s, e = m.start("m1"), m.end("m2")
        if lo < hi and _free(claimed, s, e):
            claim(Cand(s, e, "date", low=Decimal(lo), high=Decimal(hi), step=D1, num_start=s))
    for m in _MONTH_ONLY_RE.finditer(t):
        s, e = m.start("m"), m.end("m")
        word = t[m.start():s].strip(" -").lower()
        if word in ("and", "or") and not _MONTH_BEFORE_RE.search(t[max(0, m.start() - 16):m.start()]):
            continue
        if not _free(claimed, s, e):
            continue
        mo = _MONTHS[m.group("m").lower()]
        claim(Cand(s, e, "date", value=Decimal(mo), step=D1, when=f"--{mo:02d}", num_start=s))


_MONTH_BEFORE_RE = re.compile(MONTH + r"(?:\s+\d{1,4})?,?\s*$")


def _read(t: str, m: re.Match[str]) -> Cand | None:
    """The figure an atom match reads, with its scale word, '+', currency and
    the unit after it; None for the '20s' of a decade or an ordinal ending on a word."""
    _, post_re, pre, post, nouns = _res()
    g = m.groupdict()
    if g["num"]:
        mantissa, *power = _EXPONENT_RE.split(g["num"], maxsplit=1)
        digits = num_digits(mantissa or "1")  # 10^8: a mantissa of one
        value = Decimal(digits)
        step = digits_step(digits)
        if power:  # 3×10^8: the mantissa's digits, scaled
            value, step = value * pow10(int(power[0])), step * pow10(int(power[0]))
        arabic = True
    else:
        value = word_value(g["word"])
        step = place_step(value) if value else D1
        if "point" in g["word"].lower():
            step = Decimal(1).scaleb(-len(g["word"].lower().partition("point")[2].split()))  # tenths, hundredths …
        arabic = False
    scale_w = g["scale"] or g["sscale"]
    num_start = m.start("num") if g["num"] else m.start("word")
    c = Cand(m.start(), m.end(), "count", value=value, step=step, num_start=num_start)
    c.extra["arabic"] = arabic
    c.extra["dot_group"] = bool(g["num"] and not scale_w and _DOT_GROUP_RE.fullmatch(g["num"]))
    if g["ord"]:
        if not arabic:
            return None
        c.kind = "ordinal"
        c.step = D1
        return c
    if g["dec"] == "'s" and g["num"] and _GROUPED_POSSESSIVE_RE.fullmatch(g["num"]) \
            and not _OF_AFTER_RE.match(t, m.end()):
        g["dec"] = None  # "Oslo's 634,000's residents": a grouped figure is no decade or age
    if g["dec"] and not (g["dec"] == "s" and _DECIMAL_S_RE.search(t, m.start("num"), m.end("num"))):
        return None  # decades handled as dedicated patterns; "20s" of ages not a figure
    if g["dec"]:  # 12.91s, 9.58s: a race time in seconds
        c.unit, c.end = "second", m.end()
        c.extra["noun"] = True
        return c
    if scale_w:
        k = SCALES[scale_w.lower()]
        value, step = value * pow10(k), step * pow10(k)
        c.value, c.step, c.scale = value, step, scale_w
    if g["plus"] or g["plus2"]:
        c.qualifier = "plus"
        c.extra["plus_step"] = step if step > 1 else place_step(value)
    if g["cpre"]:
        c.kind, c.unit = "money", pre[g["cpre"].strip()]
    pm = post_re.match(t, c.end)
    if pm:
        _post_unit(t, c, pm, post, nouns)
    elif (twin := _TWIN_RE.match(t, c.end)) and \
            (twin.group(1) if not arabic else twin.group(1) is None and t[c.start - 1:c.start] == "("):
        pm = post_re.match(t, twin.end())
        if pm and pm.group("noun"):  # "three (3) months": the noun counted is both halves'
            _post_unit(t, c, pm, post, nouns)
    return c


# what stands between a figure written twice and its noun: "three (3) months", "(3) months"
_TWIN_RE = re.compile(r"(\s*\(\s*\d[\d,.]*\s*\))|\)")


# unit groups of the post-unit regex that set kind and unit alone
_SIMPLE_UNITS = {"pct": ("percent", "%"), "pm": ("percent", "‰"), "pp": ("points", "pp"), "times": ("multiplier", "x")}
# "20% off", "a 20% discount", "a discount of 20%": the share taken off a price (unit %off: 八折
# is "20% off" or "80% of the price", not "80% off")
_DISCOUNT_AFTER_RE = re.compile(r"(?i)\s+off(?![\w-])|[\s-]+discount(?![\w-])")
_DISCOUNT_BEFORE_RE = re.compile(r"(?i)(?<![\w-])discount\s+of\s+$")
# "viewed 2.3 billion times", "liked 86,000 times": a count of events, not a multiple; a
# multiple compares ("1,000 times faster", "100 times more", "10,000 times the size")
_COMPARED_RE = re.compile(r"(?i)\s+(?:more|less|fewer|as|the|than|that|what|over|its|their|[a-z]+er)(?![\w-])")


def _post_unit(t: str, c: Cand, pm: re.Match[str], post: dict[str, str], nouns: dict[str, str]) -> None:
    """The unit written after a figure (%, percentage points, a currency,
    times, years old, a counted noun): kind, unit and end of ``c`` (in place)."""
    simple = next((g for g in _SIMPLE_UNITS if pm.group(g)), None)
    if simple is not None:
        if c.kind == "count":  # 5%, 3.4 per thousand, 2.3 percentage points, 5 times
            (c.kind, c.unit), c.end = _SIMPLE_UNITS[simple], pm.end()
            if simple == "times" and pm.group("times").startswith(" ") and c.value is not None \
                    and c.value >= 1000 and not _COMPARED_RE.match(t, c.end):
                c.kind, c.unit = "count", "time"
            if simple == "pct" and (_DISCOUNT_AFTER_RE.match(t, c.end)
                                    or _DISCOUNT_BEFORE_RE.search(t, max(0, c.start - 20), c.start)):
                c.unit = "%off"
    elif pm.group("sym"):
        if c.kind == "count":
            c.unit, c.end = nouns[pm.group("sym").strip()], pm.end()
            c.extra["noun"] = True
    elif pm.group("pts"):
        if c.kind == "count" and _RATE_BEFORE_RE.search(t, max(0, c.start - 80), c.start):
            c.kind, c.unit, c.end = "points", "pp", pm.end()  # the rate rose 10 points
        elif c.kind == "count":
            c.unit = "point"
    elif pm.group("cur"):
        code = post[pm.group("cur").strip()]
        if c.kind == "count" or c.unit == code:
            c.kind, c.unit, c.end = "money", code, pm.end()
            c.extra["currency_word"] = pm.group("cur").strip()
    elif pm.group("age"):
        c.unit, c.end = "age", pm.end()
    elif c.kind == "count" and (pm.group("noun") or pm.group("glued")) and _take_subunit(c, pm):
        pass  # "5 cents", "8 HK cents", "50 pence", "40p": hundredths of a currency
    elif pm.group("noun"):
        noun = pm.group("noun")
        if noun.istitle() and noun not in nouns:
            noun = noun.lower()  # a headline's "Five Hundred Kilograms"
        u = nouns.get(noun) or nouns.get(re.split("[- ]", noun)[0]) or _inches(t, c, pm)
        if u and c.kind == "count":
            c.unit = u
            c.extra["noun"] = True
            if u == "lb" and pm.group("noun").lower().startswith("pound"):
                c.extra["readings"] = [(c.value, "GBP")]  # "130 pounds": a weight, or sterling
    elif pm.group("glued") or pm.group("adj"):
        word = pm.group("glued") or pm.group("adj")
        u = nouns.get(word) or (nouns.get(word + "s") if pm.group("adj") else None)
        if u and c.kind == "count":  # 820,000kw, 5km, a 200-meter tower
            c.unit, c.end = u, pm.end()
            c.extra["noun"] = True


# "in" after a figure is inches before a word of size ("63.5 in tall", "10 in wide") or closing the
# brackets of a conversion ("25 cm (9.8 in)"); elsewhere it is the preposition ("5 in 10", "20 in 2024")
_INCHES_RE = re.compile(r"(?i)in(?: (?:tall|high|long|wide|deep|thick|across|diameter|thickness|length|width|height))?")


def _inches(t: str, c: Cand, pm: re.Match[str]) -> str | None:
    noun = pm.group("noun")
    if not _INCHES_RE.fullmatch(noun):
        return None
    if noun.lower() == "in":
        return "inch" if t.startswith(")", pm.end()) and t[:c.start].rstrip().endswith("(") else None
    return "inch"


# a figure with a decimal point (12.91), whose glued "s" is seconds
_DECIMAL_S_RE = re.compile(r"\d\.\d+$")
# a figure grouped by thousands ("634,000") or one not ending in 0 ("Radio 4's", "Apollo 11's"), whose
# "'s" is a possessive (or a stray apostrophe), never a decade ("the 1990's") nor an age ("in her
# 20's"); "1,000's of" is a loose plural, left out
_GROUPED_POSSESSIVE_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d*[1-9]")
_OF_AFTER_RE = re.compile(r"\s+of\b", re.I)


def _take_subunit(c: Cand, pm: re.Match[str]) -> bool:
    """A count followed by a hundredth of a currency ("5 cents", "8 HK cents a share",
    "50 pence", "40p") is that currency's amount (0.05 of it); a bare "cents" reads any dollar
    (or euro) as well.  Not after a scale word ("5 million cents" is no way to write a sum);
    a glued "p" only after a whole figure under 100 (1080p is a video resolution)."""
    if c.value is None or c.scale:
        return False
    table = subunits("en")
    if pm.group("glued"):
        word = pm.group("glued")
        sub = table.get(word)
        if sub is None or not sub.glued or not c.extra.get("arabic") \
                or c.value != c.value.to_integral_value() or not 0 < c.value < 100:
            return False
        end = pm.end()
    else:
        noun = pm.group("noun")
        word = noun if noun in table else noun.split()[0]
        sub = table.get(word)
        if sub is None or sub.glued:
            return False
        end = pm.start("noun") + len(word)
    c.kind, c.unit, c.end = "money", sub.code, end
    c.value, c.step = c.value * HUNDREDTH, (c.step or D1) * HUNDREDTH
    c.extra["currency_word"] = word
    c.extra["subunit"] = True
    if sub.readings:
        c.extra["readings"] = [(c.value, code) for code in sub.readings]
    return True


def _generic(t: str, cands: list[Cand], claimed: Claimed, atom: re.Pattern[str]) -> None:
    found: list[Cand] = []
    labels = label_re("en")
    for m in atom.finditer(t):
        start, end = m.span()
        if not claimed.free(start, end):
            continue
        num = m.group("num")
        if num and is_code(t, m.start("num"), m.end("num")) and not _unit_then_hyphen(t, found, m.start("num")) \
                and m.group("cpre") not in _letter_currencies():  # N585 million: the pattern saw an amount
            continue  # COVID-19, 5G, F-35: a name, not a figure
        label = labels.search(t, max(0, start - 20), start) if num and not m.group("cpre") else None
        if num and not m.group("cpre") and (label or _subdivision(t, found, start)):
            plural = bool(label and _PLURAL_LABEL_RE.search(label.group())) if label else found[-1].extra.get("list")
            found.append(Cand(m.start("num"), m.end("num"), "ordinal", value=Decimal(num_digits(num)),
                              step=D1, num_start=m.start("num"), extra={"arabic": True, "list": plural}))
            continue  # Article 23, Boeing 737: a label
        c = _read(t, m)
        if c is not None:
            _readings(m, c)
            if _OTHERS_RE.match(t, c.end) or _OTHERS_BEFORE_RE.search(t, max(0, c.start - 16), c.start):
                c.extra["group"] = "others"
            found.append(c)
    found = _ranges(t, _word_groups(t, found))
    found = _merge_twins(t, _subunits(t, _money_context(t, found)))
    for c in found:
        if c.kind == "count" and not c.extra.get("arabic") and c.value == 1 and c.scale is None:
            continue  # "one", "a": words, not figures
        if c.value is not None and _is_year(c, t) and not c.extra.get("noun"):
            c.kind, c.when = "year", str(int(c.value))
        if c.kind == "count" and c.low is not None and c.high is not None and c.extra.get("years"):
            c.kind = "year"
        _qualify(t, c)
        cands.append(c)


def _unit_then_hyphen(t: str, found: list[Cand], start: int) -> bool:
    """Is the figure at ``start`` the high end of a range written with its unit at both ends ("100
    million tons-150 million tons", "5 km-8 km", "5km-8km")?  The word before the hyphen is the unit
    of the figure just before it; a code's letters (F-150, COVID-19) follow no figure of that unit."""
    if not found or found[-1].unit is None or found[-1].end >= start:
        return False
    prev, gap = found[-1], t[found[-1].end:start]
    if gap == "-":  # "5km-8km": the unit glued to the figure before is within it
        return bool(prev.extra.get("noun")) and t[prev.end - 1].isalpha()
    m = re.fullmatch(r"\s?([A-Za-z]+)-", gap)
    return m is not None and _res()[4].get(m.group(1)) == prev.unit


_PLURAL_LABEL_RE = re.compile(r"s\.?\s\(?$")
_LABEL_LIST_SEP_RE = re.compile(r"\)?(?:\([0-9]{1,3}\))*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _subdivision(t: str, found: list[Cand], start: int) -> bool:
    """"Article 67(3)", "Art. 32(1)(2)": a number in brackets glued to a label's is a label too,
    and so is the next item of a list a plural label opened ("Articles 266, 67(3) and 52")."""
    if not found or found[-1].kind != "ordinal":
        return False
    gap = t[found[-1].end:start]
    return gap in ("(", ")(") or bool(found[-1].extra.get("list") and _LABEL_LIST_SEP_RE.fullmatch(gap))


_SUBUNIT_RE = re.compile(r"\s+(?:and\s+)?(?P<n>\w[\w\s-]*?)\s+(?P<u>fen|jiao|cents?)\b", re.IGNORECASE)
_SUBUNITS = {"fen": Decimal("0.01"), "jiao": Decimal("0.1"), "cent": Decimal("0.01"), "cents": Decimal("0.01")}


def _subunits(t: str, found: list[Cand]) -> list[Cand]:
    """"two hundred yuan and eighty-nine fen", "ten dollars and fifty cents": the
    sum written out in a contract's words is one sum."""
    out: list[Cand] = []
    for c in found:
        money = out[-1] if out else None
        m = _SUBUNIT_RE.match(t, money.end) if money is not None and money.kind == "money" else None
        if money is not None and m and m.start("n") == c.start and c.value is not None and money.value is not None \
                and ((c.kind == "count" and m.end("n") == c.end)
                     or (c.extra.get("subunit") and m.end() == c.end)):  # "fifty cents", read as 0.50 already
            step = _SUBUNITS[m.group("u").lower()]
            cents = c.value if c.extra.get("subunit") else c.value * step
            money.value, money.step, money.end = money.value + cents, step, m.end()
            continue
        out.append(c)
    return out


_TWIN_GAP_RE = re.compile(r"\s*\(\s*")


def _merge_twins(t: str, found: list[Cand]) -> list[Cand]:
    """A figure written in words and again in digits, "not less than thirty (30) days", is one
    figure: the words take the bracket and the noun counted.  Halves that disagree ("thirty (20)
    days") stay two figures, for the check to compare."""
    out: list[Cand] = []
    for c in found:
        words = out[-1] if out else None
        if (words is not None and c.extra.get("arabic") and not words.extra.get("arabic")
                and words.kind == c.kind == "count" and words.value == c.value and words.scale is None
                and _TWIN_GAP_RE.fullmatch(t, words.end, c.start) and t.startswith(")", c.end)):
            words.end, words.unit = c.end + 1, words.unit or c.unit
            continue
        out.append(c)
    return out


def _readings(m: re.Match[str], c: Cand) -> None:
    """Other readings of an ambiguous surface: "$" any dollar, "¥" yuan or yen,
    a glued "m" metres as well as millions, a glued "K" kelvin as well as
    thousands, "1.200" also 1,200 (in place)."""
    if c.value is None:
        return
    surface = (m.group("cpre") or "").strip()
    readings: list[tuple[Decimal, str | None]] = []
    if c.kind == "money" and (surface in _FAMILY_SURFACES or c.extra.get("currency_word") in _FAMILY_SURFACES):
        readings = [(c.value, code) for code in _CURRENCY_FAMILY.get(c.unit or "", ())]
    elif m.group("sscale") in ("m", "M") and c.kind == "count" and c.unit is None:
        readings = [(c.value / pow10(6), "m")]
    elif m.group("sscale") == "K" and c.kind == "count" and c.unit is None:
        kelvin = c.value / pow10(3)  # "3K": kelvin as well as thousands
        readings = [(kelvin, "K")]
        if kelvin < 1:  # "0.002K" is no thousandth of a thousand: kelvin first
            readings = [(c.value, None)]
            c.value, c.step, c.unit, c.scale = kelvin, (c.step or D1) / pow10(3), "K", None
    if c.extra.get("dot_group") and c.kind not in ("percent", "points"):
        readings += [(v * 1000, u) for v, u in [(c.value, c.unit)] + readings]
    if readings:
        c.extra["readings"] = readings


# between the groups of a figure in words: "thirty-six thousand, five hundred and one"
_GROUP_SEP_RE = re.compile(r",?\s")


def _word_groups(t: str, found: list[Cand]) -> list[Cand]:
    """A figure in words written in groups ("thirty-six thousand, five hundred
    and one", "two million three hundred thousand") as one figure: a group with
    a scale word followed by a smaller one, with a comma or a space between.
    "two, three" (no scale word) and "five thousand, six thousand" (not
    descending) stay apart."""
    out: list[Cand] = []
    for b in found:
        a = out[-1] if out else None
        sep = _GROUP_SEP_RE.fullmatch(t, a.end, b.start) if a is not None else None
        if a is not None and a.value is not None and b.value is not None and sep \
                and _groups_descend(a, b, comma="," in sep.group()):
            value = a.value + b.value
            extra = {**b.extra, "group_scale": b.scale}
            if b.extra.get("readings"):
                extra["readings"] = [(value, unit) for _, unit in b.extra["readings"]]
            out[-1] = replace(b, start=a.start, value=value, scale=a.scale, num_start=a.num_start, extra=extra)
            continue
        out.append(b)
    return out


def _groups_descend(a: Cand, b: Cand, comma: bool) -> bool:
    """Is ``b`` the next, smaller group of ``a`` (in words, its last group with a
    scale word, no unit)?  After a comma the group is hundreds or more ("six
    thousand, two" is a list)."""
    if a.extra.get("arabic") or b.extra.get("arabic") or a.value is None or b.value is None:
        return False
    scale = a.extra.get("group_scale", a.scale)
    if a.kind != "count" or a.unit is not None or a.qualifier or not scale or b.qualifier:
        return False
    return b.kind in ("count", "money") and (100 if comma else 0) < b.value < pow10(SCALES[scale.lower()])


def _is_year(c: Cand, t: str) -> bool:
    return bool(c.kind == "count" and c.value is not None and c.scale is None and c.unit is None
                and c.step == 1 and 1000 <= c.value <= 2100 and c.extra.get("arabic")
                and "," not in t[c.start:c.end])


def _joins(a: Cand, b: Cand, sep: str, between: re.Match[str] | None) -> bool:
    """May ``a`` SEP ``b`` be a range?  "and" only after between/from; "or"
    only for neighbours ("two or three", "twenty or thirty") or a shared scale ("2 or 3 million");
    not a percentage followed by a plain count ("6% to 14,422")."""
    if sep == "and" and between is None:
        return False
    if sep == "or" and not (b.scale and not a.scale) and not (a.value is not None and not (a.scale or b.scale) and (
            (b.value == a.value + 1 and b.value <= 12) or _next_round(a, b))):
        return False
    return not (a.kind in ("percent", "points") and b.kind == "count")


def _share_place(a: Cand, b: Cand) -> None:
    """"three or four hundred", "five to six hundred": the digit before a neighbour in words
    takes its place (in place)."""
    words = not (a.extra.get("arabic") or b.extra.get("arabic"))
    if words and a.kind == b.kind == "count" and a.unit is None and a.scale is None is b.scale and a.step == D1 \
            and a.value is not None and 1 <= a.value <= 8 and b.step == 100 \
            and b.value == (a.value + 1) * b.step:
        a.value, a.step = a.value * b.step, b.step


def _next_round(a: Cand, b: Cand) -> bool:
    """"twenty or thirty", "two hundred or three hundred": round neighbours in words."""
    return not (a.extra.get("arabic") or b.extra.get("arabic")) and a.value is not None \
        and a.step is not None and a.step >= D10 and a.step == b.step and b.value == a.value + a.step


def _is_change(t: str, a: Cand, b: Cand, sep: str, between: re.Match[str] | None) -> bool:
    """"rose 6% to 14,422", "fell from 10 to 5 million": a change, two figures;
    but "fell by 5 to 8 percent" is a range (the amount of the change)."""
    if sep != "to" or not _CHANGE_RE.search(t, max(0, a.start - 40), between.start() if between else a.start):
        return False
    by_range = a.kind == "count" and a.unit is None and a.scale is None and b.kind in ("percent", "points") \
        and _BY_RE.search(t, max(0, a.start - 24), a.start)
    return not by_range


def change_then_level(t: str, start: int, sep: str, unit: str | None, other_unit: str | None,
                      low: Decimal, high: Decimal) -> bool:
    """Are two figures joined by "to" a change and the level it reached ("fell $0.08 to $12.30",
    "rose 8 cents to HK$3.45"), not a range?  A verb of change before the first, each figure
    with its unit, the level well above the change.  After "from", a verb of change before it,
    the two are the level it left and the level it reached ("rose from more than 10 yuan to 20
    yuan", "fell from about 40 to 25"), two figures whatever their ratio: the first's hedge is
    its own, not the second's."""
    if sep.lower() != "to":
        return False
    if (fm := _FROM_RE.search(t, max(0, start - 8), start)) is not None \
            and _CHANGE_RE.search(t, max(0, fm.start() - 40), fm.start()) is not None:
        return True
    return level_above_change(unit, other_unit, low, high) \
        and _CHANGE_RE.search(t, max(0, start - 40), start) is not None


_FROM_RE = re.compile(r"(?i)(?<![\w-])from\s+$")


_BY_RE = re.compile(r"(?i)(?<![\w-])by\s+(?:(?:about|around|roughly|some|nearly|almost|between)\s+)?$")


def _carry(a: Cand, b: Cand) -> None:
    """``b``'s scale word, unit and kind written once for both figures (in place):
    "5-3 million", "rose from 5 to 10 percent".  A figure written out to the thousands
    takes no scale word ("from 750,000 to 2 million"), only the unit and kind."""
    if b.scale and not _written_out(a, b):
        mult = pow10(SCALES[b.scale.lower()])
        a.value = (a.value or D1) * mult
        a.step = (a.step or D1) * mult
        a.scale = b.scale
    a.unit, a.kind = b.unit, b.kind
    if b.extra.get("readings"):
        a.extra["readings"] = [(a.value, unit) for _, unit in b.extra["readings"]]


def _written_out(a: Cand, b: Cand) -> bool:
    """A figure without a scale word, written out to the thousands and a thousand times or
    more the digits of the scaled figure after it ("750,000 to 2 million"): that scale word
    is not its own ("2,500 to 2,000 million" still shares it)."""
    if a.scale is not None or a.value is None or b.value is None or not b.scale or a.value < 1000:
        return False
    return a.value >= b.value / pow10(SCALES[b.scale.lower()]) * 1000


# the kinds a range's high end may have ("5 to 10 percent", "$5-10 million")
_RANGE_KINDS = ("count", "money", "percent", "points", "multiplier")


def _ranges(t: str, found: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            sm = _SEP_RE.match(t, a.end)
            if sm and sm.end() == b.start and a.value is not None and b.value is not None:
                sep = sm.group().strip().lower()
                if b.extra.get("subunit") and a.kind == "count" and a.unit is None and a.scale is None \
                        and a.value * HUNDREDTH < b.value:
                    a.value, a.step = a.value * HUNDREDTH, (a.step or D1) * HUNDREDTH  # "5 to 8 cents"
                _share_place(a, b)
                between = _BETWEEN_RE.search(t, max(0, a.start - 9), a.start)
                if _is_change(t, a, b, sep, between):
                    if a.kind == "count" and a.unit is None and a.scale is None and (b.scale or b.unit) \
                            and not _is_year(a, t):
                        _carry(a, b)
                    out.append(a)
                    i += 1
                    continue
                # a year before a scaled figure is no end of it ("$5.1 billion in 2017 to $82.9 billion")
                ok = _joins(a, b, sep, between) and not (b.scale and _is_year(a, t))
                if ok and (a.kind in ("count", b.kind) or b.kind == "count") and b.kind in _RANGE_KINDS:
                    lo, hi = a.value, b.value
                    lo_step = a.step or D1
                    if b.scale and not a.scale:
                        mult = pow10(SCALES[b.scale.lower()])
                        if lo * mult >= hi and lo < hi and a.kind == "count" and a.unit is None \
                                and not _written_out(a, b):  # "750,000 to 2 million": a range as written
                            _carry(a, b)  # "5-3 million": 5 million and 3 million, two figures
                            out.append(a)
                            i += 1
                            continue
                        if lo * mult <= hi:
                            lo, lo_step = lo * mult, lo_step * mult
                    unit = b.unit or a.unit
                    kind = b.kind if b.kind != "count" else a.kind
                    if a.kind == "money" and b.kind == "count" and (b.unit is not None or not b.scale):
                        ok = False
                    if ok and lo < hi and (a.unit in (None, unit)):
                        years = _is_year(a, t) and _is_year(b, t)
                        r = Cand(between.start() if between else a.start, b.end, kind, low=lo, high=hi, unit=unit,
                                 scale=b.scale, step=min(lo_step, b.step or D1),
                                 qualifier=a.qualifier or b.qualifier, num_start=a.num_start)
                        r.extra = {**b.extra, "arabic": a.extra.get("arabic") or b.extra.get("arabic"),
                                   "years": years}
                        if years:
                            r.when = f"{int(lo)}/{int(hi)}"
                        out.append(r)
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _money_context(t: str, found: list[Cand]) -> list[Cand]:
    """Carry scale and currency to list items and to bare converted figures.

    "3.2, 2.8 and 5.9 trillion RMB": the last item's scale and unit carry
    back to the bare items before it.  Then a bare scaled figure followed by
    "(approx. N USD)" is money too.

    Its currency is that of the nearest money figure before it (outside the
    parentheses) whose currency differs from the conversion's.
    """
    for i in range(len(found) - 1, 0, -1):
        last = found[i]
        if last.value is None or not last.scale or last.kind not in ("money", "count"):
            continue
        j = i
        while j > 0:
            prev = found[j - 1]
            sm = _LIST_SEP.match(t, prev.end)
            if not (sm and sm.end() == found[j].start and prev.value is not None and prev.scale is None
                    and prev.unit is None and prev.extra.get("arabic") and prev.kind == "count"
                    and prev.value < 1000 and not _is_year(prev, t)):  # 1,234.56 shares no "bn"
                break
            j -= 1
        for k in range(j, i):
            _carry(found[k], last)
    for i, c in enumerate(found):
        if c.kind != "count" or c.scale is None or c.unit is not None or i + 1 >= len(found):
            continue
        nxt = found[i + 1]
        if nxt.kind != "money":
            continue
        between = t[c.end:nxt.start]
        if not re.fullmatch(r"\s*[(\[]\s*(?:[A-Za-z.]+\s+){0,2}", between):
            continue
        c.kind = "money"
        for prev in reversed(found[:i]):
            if prev.kind == "money" and prev.unit and prev.unit != nxt.unit and not _in_paren(t, prev.start):
                c.unit = prev.unit
                break
    return found


def _in_paren(t: str, pos: int) -> bool:
    return t.rfind("(", 0, pos) > t.rfind(")", 0, pos)


_COMPASS = ("north of", "south of")
# a bound under a negated modal turns round: "could not last for more than 1 minute" (at most),
# "shall not be held for less than 3 days" (at least); a plain negation ("has not been home for
# more than 3 years") may mean the bound as it is, and keeps it; an order opening its sentence
# ("Do not take more than 20 ml", 勿超过20毫升) is a negated modal
_MODAL_NOT_BEFORE_RE = re.compile(r"(?i)(?:\b(?:(?:can|could|shall|should|must|may|might|will|would)\s*(?:not|n't)"
                                  r"|cannot)|(?:^|[.!?;:]\s+)(?:do\s+not|don[’']t|never))(?:\s+[a-z]+){0,3}\s+$")
_BOUND_UNDER_A_MODAL = {"more-than": "up-to", "less-than": "at-least"}
# the second of two bounds a negated modal governs, joined by "or" or "nor" ("Do not use for more than
# 5 days for pain or more than 3 days for fever"): turned round as the first is
_MODAL_NOT_OR_RE = re.compile(_MODAL_NOT_BEFORE_RE.pattern[:-len(r"\s+$")]
                              + r"\s+(?:more|less|fewer|longer|shorter)\s+than\s+[^.!?;:]{1,50}?"
                              + r"\s(?:or|nor)(?:\s+[a-z]+){0,2}\s+$")


# "over the eight trading days", "over the 12 months to June": a span of time the figure names, not a bound
_PERIOD_UNITS = frozenset({"year", "century", "millennium", "month", "week", "day", "hour", "minute"})
_WORDS_AFTER_RE = re.compile(r"[\s-]+([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?")
_THE_END_RE = re.compile(r"(?i)\bthe\s+$")


def _over_a_period(t: str, c: Cand, qm: re.Match[str]) -> bool:
    """"over the N days" (one word may come between: "trading", "working"): during, not more than."""
    if not _THE_END_RE.search(qm.group()):
        return False
    if c.unit in _PERIOD_UNITS:
        return True
    m = _WORDS_AFTER_RE.match(t, c.end)
    nouns = unit_map("en_units.tsv")
    return m is not None and any(nouns.get(w.lower()) in _PERIOD_UNITS for w in m.groups() if w)


# "raised gradually over 15 years", "borrowed 1 million yuan over 30 years": "over" a span of time
# after an adverb or after a figure and its noun is the time the thing takes (用15年时间, 期限30年), not
# "more than"; not an age, a time ago nor a length of something ("over 60 years old", "over 15
# years ago", "over 15 years of service")
_SPAN_OVER_BEFORE_RE = re.compile(r"(?i)(?:\b[a-z]{3,}ly|\d(?:[\d,.]*\d)?%?(?:\s+[a-z]+){0,2})\s+$")
_SPAN_OVER_AFTER_RE = re.compile(r"(?i)\s+(?:old|older|of|ago)\b")


def _over_a_span(t: str, c: Cand, qm: re.Match[str]) -> bool:
    """"gradually over 15 years", "1 million yuan over 30 years": the span the thing takes."""
    if c.unit not in _PERIOD_UNITS or _SPAN_OVER_AFTER_RE.match(t, c.end):
        return False
    return _SPAN_OVER_BEFORE_RE.search(t, max(0, qm.start() - 30), qm.start()) is not None


@cache
def _over_a_cause_re() -> re.Pattern[str]:
    """A noun of a matter fought or punished over right after a sum (en_over_cause_nouns.txt):
    "overturned over Rs. 100 bribe", "a row over £50 fee" is not one (fee is no such noun)."""
    words = sorted({w.strip().lower() for w in read_lines("numbers", "en_over_cause_nouns.txt")}, key=len, reverse=True)
    return re.compile(r"(?i)[\s-]+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


# a figure right before "over" another ("a blood pressure of 160 over 100"): one reading of two parts
_OVER_A_FIGURE_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d+)?\s+$")


# "past" before a figure is an age passed ("already past fifty," "past sixty years old"), not the
# figure of a clock ("half past five", "ten past six"), of a span ("the past ten years") nor a count
# one moves by ("walked past two guards")
_PAST_BEFORE_RE = re.compile(r"(?i)(?:\b(?:the|half|quarter|minutes?|\w+ty|one|two|three|four|five|six|seven|eight"
                             r"|nine|ten|eleven|twelve|\w+teen)|\d)\s+$")
_PAST_AFTER_RE = re.compile(r"(?i)\s*(?:[,;:.!?)\]—–]|$|\s+(?:years?\s+(?:old|of\s+age)|and|but|now|already)\b)")


def _past_an_age(t: str, c: Cand, qm: re.Match[str]) -> bool:
    """Is "past" before the figure an age passed (see _PAST_BEFORE_RE)?"""
    return c.kind == "count" and c.unit in (None, "age") \
        and not _PAST_BEFORE_RE.search(t, max(0, qm.start() - 12), qm.start()) \
        and _PAST_AFTER_RE.match(t, c.end) is not None


def _qualify(t: str, c: Cand) -> None:
    qm = _QUAL_RE.search(t, max(0, c.start - 18), c.start) or _SIGN_QUAL_RE.search(t, max(0, c.start - 4), c.start)
    said = " ".join(qm.group(1).lower().split()) if qm else ""
    if qm and said.endswith("past") and not _past_an_age(t, c, qm):
        qm = None
    if qm and said == "about" and (_ABOUT_TOPIC_RE.search(t, max(0, c.start - 18), c.start)
                                   or (c.unit is None and _about_a_topic_re().search(t, max(0, qm.start() - 20),
                                                                                     c.start))):
        qm = None
    if qm and said == "over" and (_over_a_period(t, c, qm) or _over_a_span(t, c, qm)
                                  or _OVER_A_FIGURE_RE.search(t, max(0, qm.start() - 12), qm.start())
                                  or (c.kind == "money" and _over_a_cause_re().match(t, c.end))):
        qm = None  # "over the 10 days"; a reading "160 over 100" (160/100毫米汞柱); "over Rs 100 bribe": no bound
    if qm and said in _COMPASS and not (c.kind in ("money", "percent")
                                                       or (c.kind == "count" and c.unit is None)):
        qm = None  # "north of 38 degrees", "south of the 38th parallel": a place, not a bound
    if qm:
        q = _QUAL_MAP[said]
        if q in _BOUND_UNDER_A_MODAL and (_MODAL_NOT_BEFORE_RE.search(t, max(0, qm.start() - 40), qm.start())
                                          or _MODAL_NOT_OR_RE.search(t, max(0, qm.start() - 130), qm.start())):
            q = _BOUND_UNDER_A_MODAL[q]  # "could not last for more than 1 minute": at most
        if c.qualifier is None or c.qualifier == "plus":
            c.qualifier = q
        c.start = qm.start()
    noun = _NOUN_THEN_QUAL_RE.match(t, c.end) if c.unit is not None else None
    pm = _POST_QUAL_RE.match(t, noun.end() if noun else c.end)
    if pm and c.kind not in ("date", "time", "year", "ordinal"):
        if c.qualifier is None:
            c.qualifier = _POST_QUALS[re.sub(r"\s+", " ", pm.group().strip(" -").lower())]
            c.extra["hedged_from"] = pm.start()
        c.end = pm.end()

"""Normalise text before number extraction, keeping a map back to the original.

NFKC (full-width digits, ``％``, ``．``), every dash variant to ``-``, every
space variant to a plain space; the superscript exponent of a power of ten
keeps a ``^`` (``10⁸`` becomes ``10^8``, not ``108``).  The Chinese full-width comma ``，`` and the
enumeration comma ``、`` are kept as they are: NFKC would turn ``，`` into an
ASCII comma and make ``3，500`` look like a thousands separator.

Between full-width digits the full-width comma is a thousands separator
(``２，４００`` is 2,400: a writer who types full-width digits types their
separator full-width too), so there it becomes ``,``.

The brackets of an accounting negative before a scale word (``(3,456)万元``,
``RMB(34.56) million``) are dropped: the figure reads with its scale, as
``-3,456万元`` would (the engine reads magnitudes, not signs).

The capital numerals of a sum of money (人民币柒万元整, 壹拾贰万叁仟元, in
contracts and cheques) become the ordinary ones (七万元, 一十二万三千元; 圆 as 元), only in
a run of numerals right before 元/圆: 陆 and 伍 are names and 拾 "pick up"
elsewhere.

In a Chinese text (``han_spaces``) a comma before one or two digits and a per cent sign is a decimal
comma (a European label quoted as written: ``"Riesling Kabinett 9,5 % vol"`` is 9.5%).

A letter O or a circle standing between two Chinese digits (``六O二车间``, ``一○五``) is the
numeral 〇 typed with the nearest key or glyph: it becomes 〇 (``六〇二``, 602).

A 一 standing between two Arabic figures (``GB 18030 一 2005``, ``0x81 一 0xFE``) is a
dash typed or scanned as the numeral one (it has the dash's shape): a range mark, ``-``.

A whole number and a fraction written after it are one figure, read as a decimal: ``1½``, ``2 ¼``,
``3¼%``, ``1 1/2``, ``1-3/4``, ``2又3/4`` (``1.5``, ``2.25``, ``3.25%``, ``1.5``, ``1.75``), for the fractions whose
decimal ends (halves, quarters, eighths, sixteenths, fifths, tenths); the whole number is written
before it, so a fraction alone (``½ cup``, ``1/2``) stays the fraction the readers know, and a third
(``1⅓``) is no decimal and stays as it is.

The map is per character, so offsets found in the normalised text can be
turned back into offsets into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# Characters that NFKC would change but that must keep their meaning.
_KEEP = {"\uff0c": "\uff0c", "\u3001": "\u3001", "\uff1b": "\uff1b", "\u3002": "\u3002"}

# Dash variants (hyphen, non-breaking hyphen, figure dash, en, em, horizontal
# bar, minus, small/full-width hyphen-minus, wave dashes used for ranges).
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b"
_TILDES = "\uff5e\u301c\u223c"  # ～ 〜 ∼ used as range marks in Chinese

# Space variants.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_CACHE: dict[str, str] = {}
# superscript digits after 10 are an exponent (3×10⁸): written 10^8 in the normal form
_POWER_OF_TEN = re.compile("10([\u207b\u2070\u00b9\u00b2\u00b3\u2074-\u2079])")
# a full-width comma between full-width digits, before a group of exactly three
_FULLWIDTH_GROUP = re.compile("(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19]{3}(?![\uff10-\uff19]))")
# 一 between two Arabic figures, spaced or not: a dash in the numeral's shape (GB 18030 一 2005)
_YI_DASH = re.compile(r"(?:(?<=[0-9])|(?<=[0-9] ))一(?= ?[0-9])")
# in a Chinese text, a comma before one or two digits and a per cent sign is a decimal comma: a
# European label or name quoted as it is written ("Riesling Kabinett 9,5 % vol" is 9.5%, not 9 and 5%);
# the Chinese text groups thousands by three and lists figures with 、 or ，
_DECIMAL_COMMA_PERCENT = re.compile("(?<![\\d.,])(\\d{1,3}),(?=\\d{1,2}[ \u00a0\u2009\u202f]?[%\uff05])")
# a letter O or a circle (Latin, full-width, geometric) between two Chinese digits: the numeral 〇
# a scan's lowercase l for the digit 1 in a Chinese date (l922年, 11月l3日): between a Han character and
# the digits of a year, a month or a day
_ELL_FOR_ONE = re.compile(r"(?<=[\u4e00-\u9fff])l(?=\d{1,3}[年月日号])")
_ZERO_SHAPE = re.compile("(?<=[〇零一二三四五六七八九])[OoＯｏ○◯](?=[〇零一二三四五六七八九])")
# capital numerals (大写) in a run before 元/圆, holding at least one capital digit
_CAPITAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億圆圓", "一二二三三四五六六七八九十百千万亿元元")
_CAPITAL_RUN = re.compile("[零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]*[壹贰貳叁參肆伍陆陸柒捌玖]"
                          "[零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]*[元圆圓]")
# an accounting negative in brackets right before its scale: (3,456)万元, RMB(34.56) million
_ACCOUNTING_NEGATIVE = re.compile(
    r"([(\uff08])[0-9][0-9,]*(?:\.[0-9]+)?([)\uff09])"
    r"(?=\s?(?:[万亿千萬億]|(?i:thousand|million|billion|trillion|mn|bn)\b))"
)


def _norm_char(ch: str) -> str:
    """The normalised form of one character (cached)."""
    out = _CACHE.get(ch)
    if out is not None:
        return out
    if ch in _KEEP:
        out = _KEEP[ch]
    elif ch in _DASHES:
        out = "-"
    elif ch in _TILDES:
        out = "~"
    elif ch in _SPACES:
        out = " "
    elif ch in _ZERO_WIDTH:
        out = ""
    elif ch in "\u2018\u2019\u02bc":
        out = "'"
    else:
        out = unicodedata.normalize("NFKC", ch)
        if out in _DASHES:
            out = "-"
    _CACHE[ch] = out
    return out


class _Table(dict):
    """str.translate table that fills itself from :func:`_norm_char`."""

    def __missing__(self, code: int) -> str:
        out = _norm_char(chr(code))
        self[code] = out
        if len(out) != 1:
            _MULTI.add(chr(code))
        return out


_TABLE = _Table()
_MULTI: set[str] = set()  # characters whose normal form is not one character


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, for each of its characters, the original span.

    ``starts``/``ends`` are None when the map is the identity (every
    character normalised to exactly one character).
    """

    text: str
    starts: tuple[int, ...] | None  # original start offset of normalised char i
    ends: tuple[int, ...] | None  # original end offset of normalised char i
    length: int  # length of the original text

    def whole(self, start: int, end: int) -> bool:
        """Whether a span of the normalised text covers whole original characters.

        False when it starts or ends inside the expansion of one character
        (the ``1`` of ``½`` -> ``1⁄2``): such a span is not a figure of the text.
        """
        if self.starts is None:
            return True
        if 0 < start < len(self.starts) and self.starts[start - 1] == self.starts[start]:
            return False
        if 0 < end < len(self.starts) and self.starts[end - 1] == self.starts[end]:
            return False
        return True

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original."""
        if self.starts is None or self.ends is None:
            return (start, end)
        if start >= len(self.text):
            return (self.length, self.length)
        o_start = self.starts[start]
        o_end = self.ends[end - 1] if end > start else o_start
        return (o_start, o_end)


# a space typed after the thousands comma of an amount a currency sign or code opens ("RMB1, 500",
# "$2, 300"): one figure, 1,500.  Only so: "in 2019, 500 people" and "items 1, 500 and 600" are two.
_GROUP_SPACE = re.compile(r"(?<![\w$])(?:RMB|US\$|HK\$|[$€£¥])\d{1,3},( )\d{3}(?![\d,]|\.\d)")


def normalise(text: str, han_spaces: bool = False) -> Normalised:
    """Normalise ``text`` (NFKC, dashes, spaces) and keep the offset map;
    ``han_spaces``: drop the spaces between a Han character and a figure (see
    :data:`_HAN_SPACE`); a space after a currency amount's thousands comma is dropped
    (:data:`_GROUP_SPACE`)."""
    dropped = _accounting_brackets(text)
    if ", " in text:
        dropped |= {m.start(1) for m in _GROUP_SPACE.finditer(text)}
    spaces = {i for m in _HAN_SPACE.finditer(text) for i in range(*m.span())} \
        if han_spaces and not text.isascii() else set()
    dropped |= spaces
    overrides = _mixed_numbers(text, dropped) if "/" in text or _has_vulgar(text) else {}
    if text.isascii() and not dropped:
        return Normalised(text, None, None, len(text))
    if "\uff0c" in text:
        text = _FULLWIDTH_GROUP.sub(",", text)
    if "一" in text:
        text = _YI_DASH.sub("-", text)
    if han_spaces and "," in text and ("%" in text or "\uff05" in text):
        text = _DECIMAL_COMMA_PERCENT.sub(r"\1.", text)
    if not text.isascii():
        text = _ZERO_SHAPE.sub("〇", text)
        if han_spaces and "l" in text:
            text = _ELL_FOR_ONE.sub("1", text)
    if "元" in text or "圆" in text or "圓" in text:
        text = _CAPITAL_RUN.sub(lambda m: m.group().translate(_CAPITAL), text)
    mapped = text.translate(_TABLE)
    powers = {m.start(1) for m in _POWER_OF_TEN.finditer(text)} if "10" in text else set()
    if _MULTI.isdisjoint(text) and not powers and dropped == spaces and not overrides:
        if not spaces:
            return Normalised(mapped, None, None, len(text))
        # one character for one but the dropped spaces: the map is the characters kept
        return _without(mapped, spaces)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    opened: int | None = None  # a dropped opening bracket: the next character's span starts there
    for i, ch in enumerate(text):
        if i in dropped:  # an accounting negative's brackets belong to the figure's span
            if ch.isspace():
                continue  # a space between a Han character and a figure
            if ch in "(\uff08":
                opened = i
            else:
                ends[-1] = i + 1
            continue
        n = overrides.get(i) or _TABLE[ord(ch)]
        if i in powers:
            n = "^" + n  # 10⁸ is 10^8, not 108
        for c in n:
            out.append(c)
            starts.append(i if opened is None else opened)
            opened = None
            ends.append(i + 1)
    return Normalised("".join(out), tuple(starts), tuple(ends), len(text))


def _without(mapped: str, dropped: set[int]) -> Normalised:
    """``mapped`` (one character for each of the original's) without the characters at the
    offsets ``dropped``, each kept character mapped to its own: the text cut at the dropped
    runs (a few, each a run of spaces), not rebuilt character by character."""
    size = len(mapped)
    pieces: list[str] = []
    kept: list[int] = []
    at = 0
    for i in sorted(dropped):
        if i > at:
            pieces.append(mapped[at:i])
            kept.extend(range(at, i))
        at = i + 1
    if at < size:
        pieces.append(mapped[at:])
        kept.extend(range(at, size))
    return Normalised("".join(pieces), tuple(kept), tuple(map((1).__add__, kept)), size)


# the space some Chinese typesetting puts between Han characters and a figure
# (2023 年, 上世纪 90 年代, 90 后, 第 3 季度): typography, not a word boundary; dropped
# from the Chinese reader's view; so is the space that slips one character on and splits the
# 年代 of a two-digit decade (20 世纪 80年 代: the 1980s; a four-digit 2010年 代表团 keeps its year),
# and the one that slips inside a figure before its scale word, after a lone first digit (逾 1 0 亿英镑:
# 10 亿, not a 1 and a 0 亿; 3 1 with no 万 or 亿 after it stays two figures)
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0\u2009\u202f]+(?=[0-9\uff10-\uff19])"
                        r"|(?<=[0-9\uff10-\uff19%\uff05])[ \u00a0\u2009\u202f]+(?=[\u4e00-\u9fff])"
                        r"|(?:(?<=(?<![0-9])[0-9]0年)|(?<=(?<![0-9])[0-9]0 年))[ \u00a0\u2009\u202f]+(?=代)"
                        r"|(?<=(?<![0-9.,\uff10-\uff19])[1-9\uff11-\uff19])[ \u00a0\u2009\u202f]"
                        r"(?=[0-9\uff10-\uff19]+[ \u00a0\u2009\u202f]?[万亿])")


# a fraction after a whole number: a vulgar fraction glued to it or after a space or hyphen (1½,
# 2 ¼, 1-¾), or a numerator and denominator after a space, a hyphen or 又 (1 1/2, 1-3/4, 2又3/4); the whole
# number is no part of a larger figure or date (1.2 1/2, 12/1 1/2)
_VULGAR = {"½": "5", "¼": "25", "¾": "75", "⅛": "125", "⅜": "375", "⅝": "625", "⅞": "875",
           "⅕": "2", "⅖": "4", "⅗": "6", "⅘": "8", "⅒": "1"}
_VULGAR_RE = re.compile("[" + "".join(_VULGAR) + "]")


def _has_vulgar(text: str) -> bool:
    """Does ``text`` hold a vulgar fraction (none does that is all ASCII: no scan then)?"""
    return not text.isascii() and _VULGAR_RE.search(text) is not None


_MIXED_VULGAR = re.compile(r"(?<![\d.,/])\d{1,3}(?P<gap>[ \-]?)(?P<f>[" + "".join(_VULGAR) + "])")
_MIXED_ASCII = re.compile(r"(?<![A-Za-z0-9_.,/-])\d{1,3}(?P<gap>[ \-]|\s?又\s?)(?P<n>\d{1,2})/(?P<d>2|4|8|16|5|10)"
                          r"(?![A-Za-z0-9_/]|[.,]\d)")


def _mixed_numbers(text: str, dropped: set[int]) -> dict[int, str]:
    """The characters of every mixed number in ``text`` that become the decimal part: a map from
    the offset of the fraction's last character to its decimal (``.5``); the characters between
    the whole number and that one are added to ``dropped``."""
    out: dict[int, str] = {}
    for m in _MIXED_VULGAR.finditer(text) if _has_vulgar(text) else ():
        if m.group("gap"):
            dropped.add(m.start("gap"))
        out[m.start("f")] = "." + _VULGAR[m.group("f")]
    for m in _MIXED_ASCII.finditer(text) if "/" in text else ():
        num, den = int(m.group("n")), int(m.group("d"))
        if not 0 < num < den:
            continue
        decimal = str(Decimal(num) / Decimal(den))  # an ending decimal: the denominators above
        dropped.update(range(m.start("gap"), m.start("d")))
        out[m.end("d") - 1] = decimal[1:]  # "0.5" -> ".5"
        dropped.update(range(m.start("d"), m.end("d") - 1))  # the 1 of 16
    return out


def mixed_as_decimal(text: str) -> str:
    """``text`` with every mixed number written as its decimal ("$2½ billion" as "$2.5 billion",
    "1 3/4 inches" as "1.75 inches"): the digits a reader compares and rewrites."""
    if "/" not in text and not _has_vulgar(text):
        return text
    dropped: set[int] = set()
    overrides = _mixed_numbers(text, dropped)
    if not overrides:
        return text
    return "".join(overrides.get(i, ch) for i, ch in enumerate(text) if i not in dropped)


def _accounting_brackets(text: str) -> set[int]:
    """The offsets of the brackets of every accounting negative in ``text``."""
    if "(" not in text and "\uff08" not in text:
        return set()
    return {m.start(g) for m in _ACCOUNTING_NEGATIVE.finditer(text) for g in (1, 2)}

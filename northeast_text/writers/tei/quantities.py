"""Quantities as inline TEI: ``<num>``, ``<measure>`` (money, counted things) and ``<date>``."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ...model import Quantity
from .inline import RANK_QUANTITY, Span
from .markup import ncname

NUM_TYPES = {
    "count": "cardinal", "ordinal": "ordinal", "fraction": "fraction",
    "percent": "percentage", "points": "percentagePoints", "ratio": "ratio",
    "multiplier": "multiplier",
}
DATE_KINDS = ("year", "decade", "century", "date")
_NOT_TOKEN = re.compile(r"[\s\x00-\x1f]+")


def _decimal_text(value: Decimal | None) -> str | None:
    """A Decimal as an xsd:decimal literal (no exponent), or None."""
    if value is None:
        return None
    try:
        if not value.is_finite():
            return None
        text = format(value, "f")
    except (InvalidOperation, ValueError, TypeError):
        return None
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def quantity_span(q: Quantity, seq: int) -> Span:
    """The inline span of a quantity: ``<date>``, ``<measure>`` (over a ``<num>`` without a value) or ``<num>``."""
    attrs: dict[str, str] = {}
    value = _decimal_text(q.value)
    low, high = _decimal_text(q.low), _decimal_text(q.high)
    if q.qualifier:
        attrs["subtype"] = ncname(q.qualifier)
    if q.kind in DATE_KINDS:
        attrs["type"] = q.kind
        attrs.update(_date_attrs(q))
        return Span(q.start, q.end, RANK_QUANTITY, [("date", attrs)], seq, kind="quantity")
    num_attrs = {"type": NUM_TYPES.get(q.kind, ncname(q.kind or "cardinal"))}
    if value is not None:
        num_attrs["value"] = value
    if low is not None and (value is None or low != value):
        num_attrs["atLeast"] = low
    if high is not None and (value is None or high != value):
        num_attrs["atMost"] = high
    if q.kind == "money" or (q.unit and q.kind in ("count",) and q.unit not in ("%", "pp")):
        m_attrs = {"type": "currency" if q.kind == "money" else "count"}
        if q.unit:
            m_attrs["unit"] = _token(q.unit)
        if value is not None:
            m_attrs["quantity"] = value
            m_attrs.update({k: v for k, v in attrs.items()})
            return Span(q.start, q.end, RANK_QUANTITY, [("measure", m_attrs)], seq, kind="quantity")
        m_attrs.update(attrs)
        num_attrs["type"] = "cardinal"
        return Span(q.start, q.end, RANK_QUANTITY, [("measure", m_attrs), ("num", num_attrs)],
                    seq, kind="quantity")
    num_attrs.update(attrs)
    return Span(q.start, q.end, RANK_QUANTITY, [("num", num_attrs)], seq, kind="quantity")


def _token(text: str) -> str:
    return _NOT_TOKEN.sub("_", text.strip()) or "unit"


def _year(value: Decimal | None) -> int | None:
    if value is None or value != value.to_integral_value():
        return None
    y = int(value)
    return y if 1 <= y <= 9999 else None


def _date_attrs(q: Quantity) -> dict[str, str]:
    """@when / @notBefore / @notAfter for years, decades, centuries and dates."""
    v = q.value
    if q.kind == "date" and v is not None and v == v.to_integral_value():
        digits = str(int(v))
        if len(digits) == 8 and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31:
            return {"when": f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"}
        if len(digits) == 6 and 1 <= int(digits[4:6]) <= 12:
            return {"when": f"{digits[:4]}-{digits[4:6]}"}
        return {}  # a day and a month (MMDD: 腊月二十八, "December 28") are no year
    if q.kind == "century":
        c = _year(v)
        if c is not None and c <= 99:
            return {"notBefore": f"{(c - 1) * 100 + 1:04d}", "notAfter": f"{c * 100:04d}"}
        return {}
    if q.kind == "decade":  # a pair in a row (五六十年代, "the 1980s and 1990s") to the end of its last
        y = _year(v if v is not None else q.low)
        last = _year(v if v is not None else q.high)
        if y is not None and last is not None and 1000 <= y <= last:
            return {"notBefore": f"{y:04d}", "notAfter": f"{last + 9:04d}"}
        return {}
    y = _year(v)
    if y is not None and 1000 <= y:
        return {"when": f"{y:04d}"}
    lo, hi = _year(q.low), _year(q.high)
    if lo is not None and hi is not None and 1000 <= lo <= hi:
        return {"notBefore": f"{lo:04d}", "notAfter": f"{hi:04d}"}
    return {}

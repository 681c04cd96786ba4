"""Write a value the way an English or a Chinese writer would.

``render_en(Decimal("3.2553e12"), "CNY")`` -> "3.2553 trillion RMB";
``render_zh(Decimal("3.2553e12"), "CNY")`` -> "3.2553万亿元".  With ``like``
(a quantity from the text being corrected) the currency surface, its place
and the scale-word style (billion / bn) follow that quantity.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext

from ..model import Quantity
from .core import currencies, plain, wide_context

_EN_SCALES = ((12, "trillion", "tn"), (9, "billion", "bn"), (6, "million", "m"))
_EN_DEFAULT_CUR = {"CNY": ("RMB", "post"), "USD": ("USD", "post"), "EUR": ("EUR", "post"),
                   "JPY": ("JPY", "post"), "HKD": ("HKD", "post"), "GBP": ("GBP", "post")}
_ZH_CUR = {"CNY": "元", "USD": "美元", "EUR": "欧元", "JPY": "日元", "HKD": "港元", "GBP": "英镑",
           "KRW": "韩元", "RUB": "卢布", "TWD": "新台币", "AUD": "澳元", "CAD": "加元", "SGD": "新加坡元",
           "INR": "卢比", "CHF": "瑞士法郎"}


def _thousands(digits: str) -> str:
    """Commas every three digits, on the string (no int(): no digit limit)."""
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _group(value: Decimal) -> str:
    """Digits with thousands separators ("35000" -> "35,000")."""
    s = plain(value)
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    ip = _thousands(ip)
    return ("-" if neg else "") + ip + ("." + fp if fp else "")


def _en_currency(unit: str, like: Quantity | None) -> tuple[str, str]:
    """(surface, "pre"|"post") for a currency code, following ``like`` when it uses one."""
    if like is not None and like.unit == unit and like.text:
        for surface, code, pos in currencies("en"):
            if code != unit:
                continue
            if pos in ("pre", "both") and like.text.lstrip().find(surface) >= 0 and \
                    like.text.find(surface) < next((i for i, ch in enumerate(like.text) if ch.isdigit()), 0):
                return surface, "pre"
            if pos in ("post", "both") and like.text.rstrip().endswith(surface):
                return surface, "post"
    if unit in _EN_DEFAULT_CUR:
        return _EN_DEFAULT_CUR[unit]
    return unit, "post"


def render_en(value: Decimal, unit: str | None = None, like: Quantity | None = None) -> str:
    """How an English writer would write ``value`` ("3.2553 trillion RMB", "35,000")."""
    with localcontext(wide_context(value)):  # exact for figures of any length
        return _render_en(value, unit, like)


def _render_en(value: Decimal, unit: str | None, like: Quantity | None) -> str:
    short = like is not None and like.scale is not None and like.scale.lower() in ("bn", "tn", "m", "mn", "k")
    body = None
    a = abs(value)
    for exp, word, abbr in _EN_SCALES:
        base = Decimal(10) ** exp
        if a >= base:
            body = plain(value / base) + (abbr if short else " " + word)
            break
    if body is None:
        body = _group(value)
    if unit == "%":
        return body + "%"
    if unit == "pp":
        return body + " percentage points"
    if like is not None and like.kind == "multiplier" and re.search(r"(?i)\btimes\b", like.text):
        return body + " times"  # 两倍 for "three times": "2 times", not "2"
    if unit and unit.isupper() and len(unit) == 3:
        surface, pos = _en_currency(unit, like)
        return surface + body if pos == "pre" else body + " " + surface
    return body


def render_zh(value: Decimal, unit: str | None = None, like: Quantity | None = None) -> str:
    """How a Chinese writer would write ``value`` ("3.2553万亿元", "35000", "456亿美元")."""
    with localcontext(wide_context(value)):  # exact for figures of any length
        return _render_zh(value, unit, like)


def _render_zh(value: Decimal, unit: str | None, like: Quantity | None) -> str:
    a = abs(value)
    body = None
    scales = ((12, "万亿"), (8, "亿"), (4, "万"))
    if like is not None and like.scale in ("万亿", "亿", "万"):
        exp = {"万亿": 12, "亿": 8, "万": 4}[like.scale]
        if a >= Decimal(10) ** exp:
            body = plain(value / Decimal(10) ** exp) + like.scale
    if body is None:
        for exp, word in scales:
            base = Decimal(10) ** exp
            if a >= base:
                q = value / base
                # keep at most 4 decimals after the scale word, as writers do
                if len(plain(q).partition(".")[2]) <= 4:
                    body = plain(q) + word
                    break
        if body is None:
            body = plain(value)
    if unit == "%":
        return body + "%"
    if unit == "pp":
        return body + "个百分点"
    if unit in _ZH_CUR:
        return body + _ZH_CUR[unit]
    return body

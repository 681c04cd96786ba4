"""Kind ``value``: a figure the original gives as negative (自然增长率为-1.48‰, 负0.3%,
零下5度) that the translation states with no sign, no word of a fall, a loss or a
deficit in its clause, no "below zero" and no accounting brackets ("RMB(1.24)bn"): the sign is lost ("a natural growth
rate of 1.48 per thousand").  The number engine reads magnitudes (the direction
is usually said in words: 下降2.6% "fell 2.6 percent"), so a sign is looked for
around the two figures the ``numbers`` check has paired as the same value.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import AnnotatedPair, Finding
from .quantities import NQ, load_resource, value_warning

_REACH = 80  # characters of the English clause before the figure


@cache
def _re(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("signs.json")[name], re.IGNORECASE)


_UNSIGNED = frozenset({"year", "date", "time", "ordinal"})


def negative_in_source(pair: AnnotatedPair, a: NQ) -> bool:
    """Is the source figure written as negative (a minus sign, 负, 零下 right before it)?
    A dash right after another figure joins a range (2023年-2024年, 10万-20万), not a sign."""
    if pair.source is None or a.q.kind in _UNSIGNED:
        return False
    text = pair.source.block(a.q.block).text
    m = _re("zh_negative_before").search(text, max(0, a.q.start - 3), a.q.start)
    return m is not None and not any(o.end == m.start() for o in pair.source.quantities_in(a.q.block))


# an accounting negative: the figure's digits alone in brackets, after its currency or before its
# scale ("RMB(0.36)", "RMB(1,240) million", "(350)mn", "CN¥(1.24)bn")
_ACCOUNTING_RE = re.compile(r"(?<![\d.,])\((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)")


def signed_in_target(pair: AnnotatedPair, b: NQ) -> bool:
    """Does the translation say the figure is a fall, a loss or below zero (or write it as an
    accounting negative, in brackets)?"""
    text = pair.target.block(b.q.block).text
    if _ACCOUNTING_RE.search(text, max(0, b.q.start - 1), min(len(text), b.q.end + 1)):
        return True
    before = text[max(0, b.q.start - _REACH):b.q.start]
    clause = _re("en_clause_end").split(before)[-1]
    return bool(_re("en_signed_before").search(before) or _re("en_fall_before").search(clause)
                or _re("en_signed_after").match(text[b.q.end:b.q.end + _REACH]))


def sign_finding(pair: AnnotatedPair, a: NQ, b: NQ) -> Finding | None:
    """A value warning for source figure ``a`` (negative) paired with target figure ``b``
    (stated with no sign), if so."""
    if a.q.lang != "zh" or not negative_in_source(pair, a) or signed_in_target(pair, b):
        return None
    return value_warning("value_sign", a, b)

"""Kind ``value``: a money figure that is a gain on one side and a loss on the other.

净亏损3亿元 given as "a net profit of 300 million yuan", 贸易顺差 as "trade deficit", "earned
$1.2 billion" for 亏损12亿美元: the figure agrees, so the ``numbers`` check pairs the two as the
same value; this reads the word of gain or loss nearest each figure in its clause (before it
first, else right after it: "a $1.2 billion loss", 3亿元的亏损), from
``resources/checks/results.json``, and reports the two that disagree (rule
``numbers.value_result``).  A side whose nearest word says neither (营收, "revenue") is not judged.
A second axis is read the same way: money bought or flowing in against money sold or flowing out
(北向资金净买入46.8亿元 as "net sales of 4.68 billion yuan"); a word of one axis facing one of the
other is not judged.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import AnnotatedPair, Finding
from .quantities import NQ, load_resource, value_warning


@cache
def _res() -> dict:
    return load_resource("results.json")


@cache
def _re(name: str) -> re.Pattern[str]:
    return re.compile(_res()[name], re.IGNORECASE)


def _clause_before(text: str, start: int, lang: str) -> str:
    before = text[max(0, start - int(_res()[f"{lang}_reach"])):start]
    ends = list(_re(f"{lang}_clause_end").finditer(before))
    return before[ends[-1].end():] if ends else before


#: the two axes: a result's and a flow's
_AXES = (("gain", "loss"), ("purchase", "sale"))
_KINDS = tuple(k for axis in _AXES for k in axis)
#: a kind as the message says it
_SAYS = {"purchase": "net purchase or inflow", "sale": "net sale or outflow"}


def _result(text: str, start: int, end: int, lang: str) -> str | None:
    """"gain", "loss", "purchase" or "sale" by the word nearest the figure at ``start:end``, None
    when none."""
    before = _clause_before(text, start, lang)
    found = [(m.end(), kind) for kind in _KINDS for m in _re(f"{lang}_{kind}").finditer(before)]
    if found:
        return max(found)[1]
    after = text[end:end + int(_res()[f"{lang}_after_reach"])]
    cut = _re(f"{lang}_clause_end").search(after)
    after = after[:cut.start()] if cut else after
    found = [(m.start(), kind) for kind in _KINDS for m in _re(f"{lang}_{kind}").finditer(after)]
    return min(found)[1] if found else None


def result_finding(pair: AnnotatedPair, a: NQ, b: NQ) -> Finding | None:
    """A value warning for source money ``a`` and target money ``b`` (paired as the same value) when
    one is a gain and the other a loss."""
    if pair.source is None or a.q.kind != "money" or b.q.kind != "money" or a.q.lang != "zh":
        return None
    s = _result(pair.source.block(a.q.block).text, a.q.start, a.q.end, "zh")
    if s is None:
        return None
    t = _result(pair.target.block(b.q.block).text, b.q.start, b.q.end, "en")
    if t is None or {s, t} not in [set(axis) for axis in _AXES]:
        return None
    return value_warning("value_result", a, b, {"source_result": s, "target_result": t},
                         src_says=_SAYS.get(s, s), tgt_says=_SAYS.get(t, t))

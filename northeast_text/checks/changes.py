"""Kind ``value``: a change stated by how much on one side and to what level on the other.
下降20% is a fall *by* 20%; "fell to 20%" a fall *to* 20% (and 降至20% the other way round).
The figure agrees, so the ``numbers`` check pairs the two as the same value; this looks at
the verb of change right before each (``resources/checks/changes.json``) and reports the two
that disagree.  A side whose wording is neither (增速为20%, "growth of 20%", "20% higher") is
not judged, nor is "up to" (a bound), nor a rate named as what changes ("growth slowed to 5.2%",
"inflation rose to 2%", 增速回落至5.2%: the level of a rate is the size of a change of what it
measures, GDP增长5.2%), except for its direction when both sides name a rate (利率上调25个基点 as
"cut its key rate by 25 basis points") or the change is in percentage points (支持率下降4个百分点 as
"approval rose 4 points").

The verb's direction is looked at too: 下降7.5% as "rose 7.5%" (a fall told as a rise, the
figure agreeing) is a value warning (``numbers.value_direction``), when both verbs say one
direction (``zh_up``/``zh_down``, ``en_up``/``en_down``) and neither figure carries a sign of
its own (增长-2.3% is a fall said with 增长).  A verb that says neither may say a size (a gap, a
deficit, a range): 缩小0.06 as "widening by 0.06" is a value warning too (``numbers.value_size``,
``zh_wider``/``zh_narrower``, ``en_wider``/``en_narrower``); a size against a level (扩大 as "grew")
is not judged.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import AnnotatedPair, Finding
from .quantities import NQ, load_resource, value_warning

_REACH = 100  # characters before a figure where its verb of change (and its object) is looked for
_KINDS = frozenset({"percent", "points", "money", "count"})
_POINTS = frozenset({"pp", "point"})  # 个百分点, "percentage points", "points" after a rate


@cache
def _re(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("changes.json")[name], re.IGNORECASE)


# a figure opening on a bound of level: "dropped below 50%" is a fall to a level, "rose more than
# 20%" a rise by an amount; the first is not judged
_LEVEL_BOUND = re.compile(r"(?i)(?:below|under|above|beyond)\b")


def _verb(text: str, start: int, lang: str) -> tuple[str, str, bool] | None:
    """("to" or "by", the verb of change, whether a rate is what changes) for the figure at
    ``start`` of ``text``, None when its wording says neither.  A rate changes when it is named
    before the verb ("growth slowed to 5.2%", 利率上调) or as its object ("cut its key rate by 25
    basis points", 下调存款准备金率0.5个百分点)."""
    if lang == "en" and _LEVEL_BOUND.match(text, start):
        return None
    before = text[max(0, start - _REACH):start]
    to = _re(f"{lang}_to").search(before)
    m = to or _re(f"{lang}_by").search(before)
    if m is None:
        return None
    rate = _re(f"{lang}_rate_subject").search(before, 0, m.start()) is not None \
        or _re(f"{lang}_rate_object").search(m.group(0)) is not None
    return ("to" if to else "by"), m.group(0), rate


#: the two axes a verb of change may say: a level's and a size's (a gap, a deficit, a range)
_AXES = (("up", "down"), ("wider", "narrower"))
#: a size's direction as the message says it
_SIZE_WORDS = {"wider": "widened", "narrower": "narrowed"}


def _direction(verb: str, lang: str) -> str | None:
    """"up" or "down" for a verb of change; for one that says neither, "wider" or "narrower" (扩大,
    缩小, "widened"); None when it says none or both ("slowed")."""
    for one, other in _AXES:
        a, b = _re(f"{lang}_{one}").search(verb), _re(f"{lang}_{other}").search(verb)
        if a or b:
            return None if a and b else (one if a else other)
    return None


def _opposite(s_dir: str, t_dir: str) -> bool:
    """Two directions of one axis that disagree (up and down, wider and narrower)."""
    return any({s_dir, t_dir} == set(axis) for axis in _AXES)


def _signed(q) -> bool:
    """A figure written with its own sign (增长-2.3%, "-2.3%"): its verb's direction is not its own."""
    return q.text.lstrip()[:1] in "-−–负" or (q.value is not None and q.value < 0)


def told_as_change(pair: AnnotatedPair, q) -> bool:
    """Is source figure ``q`` (of a kind :func:`change_finding` judges) told with a verb of change?"""
    return pair.source is not None and q.lang == "zh" and q.kind in _KINDS \
        and _verb(pair.source.block(q.block).text, q.start, "zh") is not None


def change_finding(pair: AnnotatedPair, a: NQ, b: NQ) -> Finding | None:
    """A value warning for source figure ``a`` and target figure ``b`` (paired as the same value)
    when one states a change by that much and the other a change to that level."""
    if pair.source is None or a.q.lang != "zh" or b.q.lang != "en" or a.q.kind not in _KINDS \
            or b.q.kind not in _KINDS:
        return None
    # a range (下降8～10℃ as "rise by 8 to 10°C") is judged for its direction only: "by" or "to" is
    # not read for it (增长5%至8% may be a change from one level to the other)
    ranged = a.is_range or b.is_range
    sv = _verb(pair.source.block(a.q.block).text, a.q.start, "zh")
    tv = _verb(pair.target.block(b.q.block).text, b.q.start, "en") if sv else None
    if sv is None or tv is None:
        return None
    (src, s_verb, s_rate), (tgt, t_verb, t_rate) = sv, tv
    # a change in percentage points is a rate's on both sides, named or not (支持率下降4个百分点 as
    # "approval rose 4 points"): its direction is compared though one side names no rate
    points = {a.q.unit, b.q.unit} <= _POINTS
    if s_rate != t_rate and not points:
        return None  # a rate's change on one side only (增速回落至5.2% "GDP grew 5.2%"): not comparable
    s_dir, t_dir = _direction(s_verb, "zh"), _direction(t_verb, "en")
    if s_dir and t_dir and _opposite(s_dir, t_dir) and src == tgt and not (_signed(a.q) or _signed(b.q)):
        data = {"source_direction": s_dir, "target_direction": t_dir}
        if s_dir in _SIZE_WORDS:
            return value_warning("value_size", a, b, data, src_dir=_SIZE_WORDS[s_dir],
                                 tgt_dir=_SIZE_WORDS[t_dir], src_rel=src)
        return value_warning("value_direction", a, b, data, src_dir=s_dir, tgt_dir=t_dir, src_rel=src)
    if src == tgt or s_rate or t_rate or ranged:
        return None  # the level of a rate is the size of a change of what it measures
    return value_warning(f"value_{src}_as_{tgt}", a, b, {"source_relation": src, "target_relation": tgt})


def _difference(text: str, q, lang: str) -> str | None:
    """"above" or "below" when figure ``q`` is told as a difference from a level its text names
    (超警戒水位1.47米, 比去年同期偏低2.3米; "1.47 metres above the warning level", "2.3 m lower than"),
    None when it says neither or both."""
    if lang == "zh":
        before = text[max(0, q.start - 16):q.start]
        up, down = _re("zh_above").search(before), _re("zh_below").search(before)
    else:
        after = text[q.end:q.end + 40]
        up, down = _re("en_above").match(after), _re("en_below").match(after)
    return None if bool(up) == bool(down) else ("above" if up else "below")


def difference_finding(pair: AnnotatedPair, a: NQ, b: NQ) -> Finding | None:
    """A value warning when source figure ``a`` and target figure ``b`` (paired as the same value)
    are both told as a difference from a level, one above it and the other below (洞庭湖水位比去年
    同期偏低2.3米 as "2.3 metres higher than a year earlier")."""
    if pair.source is None or a.q.lang != "zh" or b.q.lang != "en" or a.q.kind not in _KINDS \
            or b.q.kind not in _KINDS or _signed(a.q) or _signed(b.q):
        return None  # a range too (偏高1～2℃ as "1 to 2°C lower"): a difference has only its direction
    s_dir = _difference(pair.source.block(a.q.block).text, a.q, "zh")
    t_dir = _difference(pair.target.block(b.q.block).text, b.q, "en") if s_dir else None
    if s_dir is None or t_dir is None or s_dir == t_dir:
        return None
    return value_warning("value_difference", a, b, {"source_direction": s_dir, "target_direction": t_dir},
                         src_dir=s_dir, tgt_dir=t_dir)

"""Kind ``value``: a span of time counted back on one side of a link and forward on the other.

两年后 given as "two years ago", 两年前 as "two years from now": the figure and its unit agree, so
the ``numbers`` check pairs them and is content, but one side counts the span back from the
time of writing (前, 之前, "ago", "back") and the other forward (后, 之后, "from now", "hence").
The words of both sides are in ``resources/checks/time_directions.json``; only counts of years,
months, weeks, days and hours are read, and only where both sides say a direction right next to
the figure.  English that counts from another event ("later", "earlier", "before", "after",
"on") is not read: a translator who tells two events in the other order turns those round with
the fact unchanged (两天前，市议会投票 for "less than two days after the council voted").  A span
whose two sides differ is a value warning (``numbers.value_elapsed``) unless the translation
also says the source's direction for the same figure in that link, or the source says both: a
likelihood, for the Chinese 后 may count from an event too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..model import AnnotatedPair, Block, Finding, Quantity
from .quantities import evidence, load_resource, message


@cache
def _table() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = load_resource("time_directions.json")
    return (frozenset(d["units"]), re.compile(d["zh_after_figure"]), re.compile(d["en_unit"]),
            re.compile(d["en_after_unit"]))


def _direction(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    said = m.groupdict()
    return "before" if said.get("before") else "after" if said.get("after") else None


def direction(q: Quantity, text: str) -> str | None:
    """"before" (counted back: 两年前, "two years ago"), "after" (counted forward: 三个月后, "three
    months from now") or None, for a span of time ``q`` of the block ``text``."""
    units, zh_after, en_unit, en_after = _table()
    if q.kind != "count" or q.unit not in units:
        return None
    if q.lang == "zh":
        return _direction(zh_after.match(text, q.end))
    unit = en_unit.match(text, q.end)
    return _direction(en_after.match(text, unit.end())) if unit else None


def elapsed_findings(pair: AnnotatedPair) -> list[Finding]:
    """A value warning for each span of time whose two sides, in one link, count it in opposite
    directions: the same figure and unit, said with one direction only on each side."""
    src, tgt = pair.source, pair.target
    if src is None:
        return []
    s_timed, t_timed = _timed(src.quantities, src.document.blocks), _timed(tgt.quantities, tgt.document.blocks)
    if not s_timed or not t_timed:
        return []
    s_ids = [b.id for b in src.document.blocks]
    t_ids = [b.id for b in tgt.document.blocks]
    names = load_resource("time_directions.json")["names"]
    out: list[Finding] = []
    for link in pair.alignment:
        s_said = [x for i in link.source for x in s_timed.get(s_ids[i], ())]
        t_said = [x for j in link.target if 0 <= j < len(t_ids) for x in t_timed.get(t_ids[j], ())]
        if not s_said or not t_said:
            continue
        for s, ds, s_phrase in s_said:
            same = [(t, dt, p) for t, dt, p in t_said if t.unit == s.unit and t.value == s.value]
            if not same or any(dt == ds for _, dt, _ in same):
                continue
            if any(x.unit == s.unit and x.value == s.value and dx != ds for x, dx, _ in s_said):
                continue  # the source says both directions of this span: not judged
            t, dt, t_phrase = same[0]
            out.append(Finding(
                kind="value", severity="warning",
                message=message("value_elapsed", src=s_phrase, tgt=t_phrase, src_says=names[ds], tgt_says=names[dt]),
                source_block=s.block, target_block=t.block, source_text=s.text, target_text=t.text,
                source_span=(s.start, s.end), target_span=(t.start, t.end), check="numbers",
                data={"source_says": ds, "target_says": dt},
                evidence=evidence("numbers.value_elapsed", s, t),
            ))
    return out


def _timed(quantities: Sequence[Quantity], blocks: Sequence[Block]) -> dict[str, list[tuple[Quantity, str, str]]]:
    """By block id, the spans of time said with a direction: (the span, its direction, its phrase)."""
    units = _table()[0]
    text = {b.id: b.text for b in blocks}
    out: dict[str, list[tuple[Quantity, str, str]]] = {}
    for q in quantities:
        if q.unit in units and q.kind == "count" and q.value is not None and q.block in text:
            said = direction(q, text[q.block])
            if said is not None:
                out.setdefault(q.block, []).append((q, said, _phrase(q, text[q.block])))
    return out


def _phrase(q: Quantity, text: str) -> str:
    """The span with its direction word, as the message quotes it (两年前, "two years ago")."""
    _, zh_after, en_unit, en_after = _table()
    if q.lang == "zh":
        m = zh_after.match(text, q.end)
        return text[q.start:m.end()] if m else q.text
    unit = en_unit.match(text, q.end)
    m = en_after.match(text, unit.end()) if unit else None
    return text[q.start:m.end()].strip() if m else q.text

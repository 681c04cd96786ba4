"""Kind ``unit``: the right number in the wrong unit.

2.3个百分点 (percentage points) as "2.3%", 港元 as yuan, 亩 as acres, 度 (kWh)
as "degrees": the value agrees within rounding, the measure does not.  Only
units both sides state count: a figure without a unit fits any, a bare "$"
any dollar and a bare 元 any yuan-named currency (``Quantity.readings``,
resolved before pairing; "US dollars" for 元 is still a clash), and classifiers
(个, 家, people) are no units of measure.
"""

from __future__ import annotations

from ..model import Finding
from .quantities import NQ, evidence, exact, measure_units, message, overlap_within


def unit_clash(a: NQ, b: NQ) -> bool:
    """The same value in two different, stated units."""
    if not (a.unit and b.unit) or (a.q.readings or b.q.readings) and _units_of(a) & _units_of(b):
        return False  # a surface that may mean more than one unit ("$", 元) is no clash with any of them
    if a.unit == b.unit:
        return written_clash(a, b)
    families = {a.family, b.family}
    if families == {"percent", "points"}:
        clash = True
    elif families != {"amount"}:
        clash = False
    elif a.q.kind == b.q.kind == "money":
        clash = True  # two currencies (a bare "$" already took the source's dollar)
    else:
        clash = a.q.kind == b.q.kind == "count" and a.unit in measure_units() and b.unit in measure_units()
    return clash and (exact(a, b) or overlap_within(a, b))


def unit_finding(a: NQ, b: NQ) -> Finding:
    msg = message("unit", src=a.q.text, tgt=b.q.text, src_unit=a.unit, tgt_unit=b.unit)
    return Finding(
        kind="unit", severity="warning", message=msg,
        source_block=a.q.block, target_block=b.q.block, source_text=a.q.text, target_text=b.q.text,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"source_unit": a.unit, "target_unit": b.unit},
        evidence=evidence("numbers.unit", a.q, b.q),
    )


def written_clash(a: NQ, b: NQ) -> bool:
    """The same figure written in two units of one measure that do not agree
    once converted: 50微米 as "50 nanometres", 3.9‰ as "3.9 per cent",
    800亩 as "800 acres"."""
    return bool(a.q.unit and b.q.unit and a.q.unit != b.q.unit and a.q.value is not None
                and a.q.value == b.q.value and not (exact(a, b) or overlap_within(a, b)))


def _units_of(n: NQ) -> set[str | None]:
    """Every unit a figure's surface may mean: a bare 元 yuan, NT$ or HK$, a bare "$" any dollar."""
    return {n.unit, n.q.unit} | {unit for _, unit in n.q.readings}

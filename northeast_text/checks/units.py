"""Kind ``unit``: the right number in the wrong unit.

2.3个百分点 (percentage points) as "2.3%", 港元 as yuan, 亩 as acres, 度 (kWh)
as "degrees": the value agrees within rounding, the measure does not.  Only
units both sides state count: a figure without a unit fits any, a bare "$"
any dollar and a bare 元 any yuan-named currency (``Quantity.readings``,
resolved before pairing; "US dollars" for 元 is still a clash), and classifiers
(个, 家, people) are no units of measure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..model import Analysis, Finding
from ..numbers import base_unit
from .quantities import NQ, bare_fits, evidence, exact, measure_units, message, overlap_within, pattern, per_measure

_PARTS_OF_A_YEAR = {"half", "quarter"}


def unit_clash(a: NQ, b: NQ) -> bool:
    """The same value in two different, stated units."""
    if not (a.unit and b.unit) or (a.q.readings or b.q.readings) and units_of(a) & units_of(b):
        return False  # a surface that may mean more than one unit ("$", 元) is no clash with any of them
    if bare_fits(a.unit, b.unit):
        return False  # "10 degrees" for 10℃
    if a.unit == b.unit:
        return written_clash(a, b)
    families = {a.family, b.family}
    if families == {"ordinal"} and {a.unit, b.unit} == _PARTS_OF_A_YEAR:
        return a.point == b.point  # 上半年 as "the first quarter": another part of the year
    if families == {"percent", "points"}:
        if _basis_points_as_percent(a, b):
            return True
        clash = True
    elif families != {"amount"}:
        clash = False
    elif a.q.kind == b.q.kind == "money":
        clash = True  # two currencies (a bare "$" already took the source's dollar)
    else:
        clash = a.q.kind == b.q.kind == "count" and a.unit in measure_units() and b.unit in measure_units()
    # a range that merely holds a point ("from one to four taels" and 三日) is no evidence
    return clash and (exact(a, b) or (overlap_within(a, b) and a.is_range == b.is_range))


def _basis_points_as_percent(a: NQ, b: NQ) -> bool:
    """Percentage points given as that many basis points, written per cent (0.25个百分点
    as "25 per cent")."""
    points, percent = (a, b) if a.family == "points" else (b, a)
    return points.point != 0 and points.point * 100 == percent.point


def unit_finding(a: NQ, b: NQ, units: tuple[str, str] | None = None) -> Finding:
    """The finding; ``units`` names the two units when they are not the figures' own (a price's)."""
    # the units as written (3.9‰ is compared as 0.39%, but the translator wrote ‰ as "%")
    src_unit, tgt_unit = units or (a.q.unit or a.unit, b.q.unit or b.unit)
    msg = message("unit", src=a.q.text, tgt=b.q.text, src_unit=src_unit, tgt_unit=tgt_unit)
    return Finding(
        kind="unit", severity="warning", message=msg,
        source_block=a.q.block, target_block=b.q.block, source_text=a.q.text, target_text=b.q.text,
        source_span=(a.q.start, a.q.end), target_span=(b.q.start, b.q.end), check="numbers",
        data={"source_unit": src_unit, "target_unit": tgt_unit},
        evidence=evidence("numbers.unit", a.q, b.q),
    )


def written_clash(a: NQ, b: NQ) -> bool:
    """The same figure written in two units of one measure that do not agree
    once converted: 50微米 as "50 nanometres", 3.9‰ as "3.9 per cent",
    800亩 as "800 acres"."""
    return bool(a.q.unit and b.q.unit and a.q.unit != b.q.unit and a.q.value is not None
                and a.q.value == b.q.value and not (exact(a, b) or overlap_within(a, b)))


def units_of(n: NQ) -> set[str | None]:
    """Every unit a figure's surface may mean: a bare 元 yuan, NT$ or HK$, a bare "$" any dollar."""
    return {n.unit, n.q.unit} | {unit for _, unit in n.q.readings}


# --------------------------------------------------------------------------
# prices per unit of measure: 每斤8元 as "16 yuan per kilogram"


def price_unit(analysis: Analysis, n: NQ) -> str | None:
    """The unit of measure a price, or a measure, is given per (每斤8元, 8元/斤, "16 yuan per
    kilogram"; 每公斤体重10毫克 "10 mg per kilogram", 亩产550公斤 "550 kg per mu"), else None."""
    if n.q.kind == "money" or (n.q.kind == "count" and n.q.unit in measure_units()):
        return per_measure(analysis, n.q)
    return None


def price_clash(src: Analysis, tgt: Analysis, a: NQ, b: NQ) -> tuple[str, str] | None:
    """(source, target) units of measure of two prices with the same number given per
    different units (每斤8元 as "8 yuan per kilogram"): the number was not converted."""
    if a.q.value is None or a.q.value != b.q.value:
        return None
    su, tu = price_unit(src, a), price_unit(tgt, b)
    if su is None or tu is None or su == tu or base_unit(su) == base_unit(tu):
        return None
    return su, tu


def age_as_span(src: Analysis, tgt: Analysis, a: NQ, b: NQ) -> tuple[str, str] | None:
    """(source, target) units of an age given as the same number of years elapsed (50岁后退休
    as "retired after 50 years", 30岁 as "30 years later"): the figure is the same, what it
    counts is not.  Only where the English says the years went by ("after", "within" before
    them; "ago", "later" after them) and not "of age" or "old": "for 50 years" may be a life
    (享年50岁), "under 5 years" an age (5岁以下)."""
    del src  # the source side is read from its unit alone
    if a.q.unit != "age" or b.q.unit != "year" or b.q.lang != "en" or a.q.value is None \
            or a.q.value != b.q.value or b.q.value is None:
        return None
    text = tgt.block(b.q.block).text
    before, after = text[max(0, b.q.start - 40):b.q.start], text[b.q.end:b.q.end + 40]
    if pattern("age_of_years_after_en").match(after):
        return None
    if pattern("span_of_years_before_en").search(before) or pattern("span_of_years_after_en").match(after):
        return "age", "years elapsed"
    return None


def per_unit_views(src: Analysis, tgt: Analysis, S: Sequence[NQ], T: Sequence[NQ]) -> list[NQ]:
    """``T`` with each price given per another unit of the same measure than a source price
    it then equals restated per that unit ("16 yuan per kilogram" for 每斤8元 reads as 8 a jin):
    a correct conversion pairs, anything else is compared as written."""
    by_unit: dict[str, list[tuple[int, NQ]]] = {}  # the source prices per the unit they are given per
    for i, a in enumerate(S):
        if su := price_unit(src, a):
            by_unit.setdefault(su, []).append((i, a))
    groups = {su: _Prices(prices) for su, prices in by_unit.items()}
    out = []
    for n in T:
        u = price_unit(tgt, n)
        views = []  # (the first source price it agrees with, the view)
        for su, prices in groups.items() if u else ():
            if su == u or base_unit(su)[0] != base_unit(u)[0]:
                continue
            k = base_unit(su)[1] / base_unit(u)[1]
            view = replace(n, lo=n.lo * k, hi=n.hi * k, tol=n.tol * k)
            if (first := prices.first(view)) is not None:
                views.append((first, view))
        out.append(min(views, key=lambda fv: fv[0])[1] if views else n)
    return out


class _Prices:
    """Source prices given per one unit, by value: the first of them that, in the unit of a
    target price, agrees with it (looked up near its value, not one by one)."""

    def __init__(self, prices: Sequence[tuple[int, NQ]]) -> None:
        self.points = sorted(((i, a) for i, a in prices if a.lo == a.hi), key=lambda ia: ia[1].lo)
        self.values = [a.lo for _i, a in self.points]
        self.widest = max((a.tol for _i, a in self.points), default=Decimal(0))
        self.ranges = [(i, a) for i, a in prices if a.lo != a.hi]

    def first(self, view: NQ) -> int | None:
        """The place in the source of the first price that agrees with ``view``, else None."""
        reach = max(view.tol, self.widest)
        near = self.points[bisect_left(self.values, view.lo - reach):bisect_right(self.values, view.hi + reach)]
        return min((i for i, a in (*self.ranges, *near) if a.unit == view.unit and overlap_within(a, view)),
                   default=None)

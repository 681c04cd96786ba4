"""The table-driven number cases shared by test_numbers_en.py and test_numbers_zh.py.

Cases live in tests/cases/numbers_<lang>.json: each has a text and the
quantities expected in it (an empty list: not a quantity).  A single expected
quantity means the text is that one quantity; ``"exact": true`` compares the
whole list in order.  ``"expect": "fail"`` keeps a known failure visible.
Besides kind and unit, a case may state value, low, high, step, qualifier,
when, scale, hedge, group and readings (a list of [value, unit] pairs).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.numbers import extract_text

FIELDS = ("value", "low", "high", "step")


def load_cases(lang: str) -> list[dict]:
    return json.loads((Path(__file__).parent / "cases" / f"numbers_{lang}.json").read_text("utf-8"))["cases"]


def case_params(cases: list[dict]):
    """pytest parameters: known failures marked xfail (strict), ids from the texts."""
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True), id=c["text"][:30]) if c.get("expect") == "fail"
            else pytest.param(c, id=c["text"][:30]) for c in cases]


def matches(q, e: dict) -> bool:
    """Does an extracted quantity have every field the case states?"""
    if q.kind != e["kind"] or q.unit != e.get("unit"):
        return False
    for f in FIELDS:
        if f in e:
            got = getattr(q, f)
            want = Decimal(e[f])
            if got is None:
                return False
            if e.get("approx") and f == "value":
                if abs(got - want) > Decimal("1e-5"):
                    return False
            elif got != want:
                return False
    for f in ("qualifier", "when", "scale", "hedge", "group"):
        if f in e and getattr(q, f) != e[f]:
            return False
    if "readings" in e and [[str(v), u] for v, u in q.readings] != e["readings"]:
        return False
    return True


def check_case(case: dict, lang: str) -> None:
    got = extract_text(case["text"], lang)
    want = case["quantities"]
    shown = [(q.text, q.kind, q.value, q.low, q.high, q.unit, q.qualifier) for q in got]
    if not want:
        assert got == [], f"expected no quantity, got {shown}"
        return
    if case.get("exact") or len(want) == 1:
        assert len(got) == len(want), f"expected {len(want)} quantities, got {shown}"
        for q, e in zip(got, want):
            assert matches(q, e), f"{e} != {shown}"
    for q in got:  # offsets are verbatim
        assert case["text"][q.start:q.end] == q.text

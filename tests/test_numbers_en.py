"""English number extraction: table-driven surface forms and corpus sentences.

Cases live in tests/cases/numbers_en.json: each has a text and the
quantities expected in it (an empty list: not a quantity).  A single expected
quantity means the text is that one quantity; ``"exact": true`` compares the
whole list in order.  ``"expect": "fail"`` keeps a known failure visible.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.model import Block
from northeast_text.numbers import anchor_key, extract, extract_text

CASES = json.loads((Path(__file__).parent / "cases" / "numbers_en.json").read_text("utf-8"))["cases"]
FIELDS = ("value", "low", "high", "step")


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
    for f in ("qualifier", "when", "scale"):
        if f in e and getattr(q, f) != e[f]:
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


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c.get("expect") == "fail" else c for c in CASES],
    ids=[c["text"][:30] for c in CASES],
)
def test_case(case):
    check_case(case, "en")


def test_table_size():
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c["quantities"]) >= 30


def test_conversion_sentence():
    qs = extract_text("3.2553 billion RMB (approx. 456 million USD)", "en")
    assert [(q.kind, q.unit, q.value) for q in qs] == [
        ("money", "CNY", Decimal("3.2553e9")), ("money", "USD", Decimal("4.56e8"))]
    assert qs[1].qualifier == "approx" and qs[1].step == Decimal("1e6")


def test_block_offsets():
    b = Block(id="en-b16", n=16, lang="en", role="paragraph",
              text="Between 2003 and 2022, transfers reached nearly 11 trillion RMB (approx. 1.54 trillion USD).")
    qs = extract(b)
    assert [q.text for q in qs] == ["Between 2003 and 2022", "nearly 11 trillion RMB", "approx. 1.54 trillion USD"]
    assert all(b.text[q.start:q.end] == q.text and q.block == "en-b16" for q in qs)
    assert qs[1].value == Decimal("11e12") and qs[1].step == Decimal("1e12")


def test_anchor_keys():
    qs = extract_text("roughly 1.6 trillion RMB, 11.4%, second, three provinces", "en")
    assert [anchor_key(q) for q in qs] == ["n:1600000000000", "p:11.4", None, None]


def test_corpus_sentences(northeast_dir):
    text = (northeast_dir / "en.md").read_text("utf-8")
    para = next(p for p in text.split("\n\n") if "6 to 7 trillion RMB" in p)
    qs = extract_text(para, "en")
    rng = next(q for q in qs if q.text == "6 to 7 trillion RMB")
    assert (rng.low, rng.high, rng.unit) == (Decimal("6e12"), Decimal("7e12"), "CNY")
    usd = next(q for q in qs if q.text.startswith("between 846"))
    assert (usd.low, usd.high, usd.unit) == (Decimal("846e9"), Decimal("987e9"), "USD")


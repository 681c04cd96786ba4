"""English number extraction: the table of surface forms (tests/cases/numbers_en.json,
see number_cases.py) and corpus sentences.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.model import Block
from northeast_text.numbers import anchor_key, extract, extract_text

from number_cases import case_params, check_case, load_cases

CASES = load_cases("en")


@pytest.mark.parametrize("case", case_params(CASES))
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


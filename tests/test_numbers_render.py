"""render_en / render_zh on values beyond the default decimal precision (issue 11)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.numbers.render import render_en, render_zh


@pytest.mark.parametrize("value,en,zh", [
    (Decimal("9" * 30), "999999999999999999.999999999999 trillion RMB", "99999999999999999999999999.9999万元"),
    (Decimal("3.2553E12"), "3.2553 trillion RMB", "3.2553万亿元"),
    (Decimal(35000), "35,000 RMB", "3.5万元"),
])
def test_values_are_written_exactly(value, en, zh):
    assert render_en(value, "CNY") == en
    assert render_zh(value, "CNY") == zh


@pytest.mark.parametrize("value", [Decimal("1E+5000"), Decimal("-1E+400"), Decimal("1E-400")])
def test_values_of_any_size_do_not_raise(value):
    for text in (render_en(value), render_zh(value), render_en(value, "USD"), render_zh(value, "%")):
        assert text and "E" not in text

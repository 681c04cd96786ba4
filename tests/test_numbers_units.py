"""Unit codes the engine writes and their base units (numbers.base_unit)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.numbers import base_unit, extract_text


@pytest.mark.parametrize("zh,en", [
    ("装机82万千瓦", "a capacity of 820 MW"),
    ("全长5千米", "5,000 meters long"),
    ("发电1.1亿度", "110 million kWh"),
    ("1100千伏", "1.1 million volts"),
])
def test_the_same_amount_in_other_prefixes_has_the_same_base_value(zh, en):
    (a,), (b,) = extract_text(zh, "zh"), extract_text(en, "en")
    ua, fa = base_unit(a.unit)
    ub, fb = base_unit(b.unit)
    assert ua == ub and a.value * fa == b.value * fb, (a, b)


def test_mu_and_acre_are_different_units_of_one_base():
    assert base_unit("mu")[0] == base_unit("acre")[0] == "m2"
    assert base_unit("mu")[1] != base_unit("acre")[1]


@pytest.mark.parametrize("unit", ["person", "CNY", "%", None])
def test_units_without_a_base_are_their_own(unit):
    assert base_unit(unit) == (unit, Decimal(1))

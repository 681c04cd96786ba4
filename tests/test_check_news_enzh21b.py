"""False alarms found on professional news translations, the news documents of the WMT21 news test set,
en-zh, part 2 (docs/evaluation.md "WMT21 news, en-zh release, part 2"), one class a test, each with a
counter-case that must still be reported.  The sentences are written for these tests; none is taken from
the probed texts."""

from __future__ import annotations

from builders import loud

# --- a figure converted into another unit, with a hedge that marks the conversion's rounding ---

FARM_EN = "The 800-acre farm grows apples and pears."


def test_a_hedge_on_the_finer_converted_figure_is_the_conversions_rounding():
    # 800 acres are 323.75 hectares: 约 says the translator rounded, not that the farm's size is unsure
    assert loud("这座农场占地约 323.7 公顷，种着苹果和梨。", FARM_EN) == []
    assert loud("这座农场占地约323.7公顷。", "The farm covers 800 acres.") == []
    assert loud("两座城市相距约160.9公里。", "The two cities are 100 miles apart.") == []


def test_a_hedge_on_a_figure_as_coarse_as_the_other_or_in_the_same_unit_is_still_dropped():
    # 60 kg against 132 pounds: the hedged figure is the coarser one, so its hedge is the fact's
    assert loud("他体重约60公斤。", "He weighs 132 pounds.") == [("approximation", "约60公斤", "132")]
    # no conversion: the hedge was dropped
    assert loud("这座农场占地约 323.7 公顷。", "The farm covers 323.7 hectares.") == [
        ("approximation", "约 323.7 公顷", "323.7")]


def test_a_wrong_conversion_is_still_reported():
    assert ("missing-number", "约 223.7 公顷", "") in loud("这座农场占地约 223.7 公顷。", FARM_EN)

"""A rank by a superlative (resources/checks/placings.json, zh_rank_after / en_rank_after; the English
number engine reads "third-largest"): 第二大 given as "third-largest" is a placing both sides state, a
value warning; the same rank, and ordinals glued to other words ("second-hand"), are nothing."""

from __future__ import annotations

import pytest

from builders import loud, read_figures


@pytest.mark.parametrize("zh,en,src,tgt", [
    ("广州是该省第一大城市，深圳是第二大城市。", "Guangzhou is the largest city and Shenzhen the third-largest.",
     "第二", "third"),
    ("德国是欧洲第一大经济体、世界第三大经济体。", "Germany is Europe's largest economy, the world's fourth biggest.",
     "第三", "fourth"),
    ("这座山是该国第二高峰。", "The mountain is the country's third-highest peak.", "第二", "third"),
    ("该省是全国人口第二多的省份。", "The province is the country's third most populous.", "第二", "third"),
])
def test_a_rank_by_a_superlative_changed_is_a_value_warning(zh, en, src, tgt):
    assert ("value", src, tgt) in loud(zh, en)


@pytest.mark.parametrize("zh,en", [
    ("广州是该省第一大城市，深圳是第二大城市。", "Guangzhou is the largest city and Shenzhen the second-largest."),
    ("这座山是该国第二高峰。", "The mountain is the country's second highest peak."),
    ("该省是全国人口第二多的省份。", "The province is the country's second most populous."),
])
def test_the_same_rank_is_nothing(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("text,ordinals", [
    ("the third-largest city and the second-best team", [3, 2]),
    ("a second-hand car in first-class condition", []),
    ("the twenty-first-biggest lender", [21]),
])
def test_ordinals_before_a_superlative_are_read(text, ordinals):
    assert [int(v) for _, kind, v, _ in read_figures(text, "en") if kind == "ordinal"] == ordinals

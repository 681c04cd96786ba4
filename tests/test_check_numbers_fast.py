"""The fast paths of the ``numbers`` check give what the general pairing gives.

A link whose figures pair in order (``_Pairing.in_order``) skips weighing
every pair; these tests run the check with and without that shortcut on
generated links (the number engine reads the figures) and demand the same
findings.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from northeast_text.checks import numbers as check_module
from northeast_text.checks.numbers import check_numbers
from northeast_text.model import AnnotatedPair, Link
from northeast_text.numbers import extract_text

from builders import doc

# figures as each side writes them: the same figure, one rounded, a scale slip,
# a hedge added or dropped, another unit, a date, a range, a percentage
ZH_FIGURES = ("3", "12", "3.5万", "约5%", "4.2亿元", "2020年", "3至5个", "7月1日", "25公里", "1,200", "两成")
EN_FIGURES = ("3", "12", "35,000", "about 5%", "420 million yuan", "2020", "3 to 5", "July 1", "25 km",
              "1,200", "20%", "3.5 billion", "5%", "over 12", "42 million yuan")


def _pair(zh_blocks: list[list[str]], en_blocks: list[list[str]]):
    zh_texts = ["甲" + "，乙".join(figs) + "。" for figs in zh_blocks]
    en_texts = ["A " + ", then ".join(figs) + "." for figs in en_blocks]
    zh_q = [q for i, t in enumerate(zh_texts) for q in extract_text(t, "zh", f"zh-b{i}")]
    en_q = [q for i, t in enumerate(en_texts) for q in extract_text(t, "en", f"en-b{i}")]
    src, tgt = doc(zh_texts, zh_q, "zh"), doc(en_texts, en_q, "en")
    links = tuple(Link((i,), (i,), 1.0) for i in range(len(zh_texts)))
    return AnnotatedPair(id="t", source=src, target=tgt, alignment=links)


def _general(pair):
    """The findings without the shortcut."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(check_module._Pairing, "in_order", lambda self: [])
        return check_numbers(pair, {})


def _links(figures):
    return st.lists(st.lists(st.sampled_from(figures), max_size=4), min_size=1, max_size=3)


@settings(max_examples=150)
@given(zh=_links(ZH_FIGURES), en=_links(EN_FIGURES))
def test_in_order_pairs_like_the_general_pairing(zh, en):
    n = min(len(zh), len(en))
    pair = _pair(zh[:n], en[:n])
    assert check_numbers(pair, {}) == _general(pair)


@pytest.mark.parametrize(("zh", "en"), [
    ([["3", "12"]], [["3", "12"]]),  # the same figures in order: the shortcut takes them
    ([["3", "12"]], [["12", "3"]]),  # the same figures in the other order: the general pairing
    ([["约5%", "3"]], [["5%", "3"]]),  # a hedge dropped: found either way
    ([["4.2亿元"]], [["42 million yuan"]]),  # a scale slip: found either way
    ([["3", "3"]], [["3"]]),  # a figure repeated on one side
])
def test_in_order_cases(zh, en):
    pair = _pair(zh, en)
    assert check_numbers(pair, {}) == _general(pair)


def test_in_order_is_taken_for_the_same_figures_in_order():
    pair = _pair([["3", "12", "约5%"]], [["3", "12", "about 5%"]])
    S = [check_module.normalise(q, i) for i, q in enumerate(pair.source.quantities)]
    T = [check_module.normalise(q, i) for i, q in enumerate(pair.target.quantities)]
    p = check_module._Pairing(pair, S, T, check_module._Options.of({}, frozenset()), set())
    assert p.in_order() == [(0, 0, True), (1, 1, True), (2, 2, True)]
    assert p.s_used == {0: 0, 1: 1, 2: 2}

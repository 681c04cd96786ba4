"""The fast paths of the ``numbers`` check give what the general pairing gives.

A link whose figures pair in order (``_Pairing.in_order``) skips weighing
every pair, and a link of the same plain figures in order (``_plain_link``)
skips the pairing altogether; these tests run the check with and without the
shortcuts on generated links (the number engine reads the figures) and demand
the same findings.
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

# a figure as each side writes it: the same figure, a hedge added or dropped, a
# scale slip, a changed digit, another unit, a date, a range, a percentage
FIGURES = (
    ("3", "3"), ("12", "12"), ("约3", "3"), ("3", "about 3"), ("3亿", "300 million"), ("3亿", "3 billion"),
    ("2020年", "2020"), ("7月1日", "July 1"), ("第3", "third"), ("3", "4"), ("1,200", "1,200"), ("约5%", "5%"),
    ("4.2亿元", "420 million yuan"), ("4.2亿元", "42 million yuan"), ("3至5个", "3 to 5"), ("25公里", "25 km"),
    ("两成", "20%"), ("3.5万", "35,000"), ("12", "over 12"), ("3至5", "3 to 5"), ("5", "5"),
    ("24日", "July 24"),  # a date stated in part: equal by the parts both state, not by value
)


def _pair(zh_blocks: list[list[str]], en_blocks: list[list[str]]):
    zh_texts = ["甲" + "，乙".join(figs) + "。" for figs in zh_blocks]
    en_texts = ["A " + ", then ".join(figs) + "." for figs in en_blocks]
    zh_q = [q for i, t in enumerate(zh_texts) for q in extract_text(t, "zh", f"zh-b{i}")]
    en_q = [q for i, t in enumerate(en_texts) for q in extract_text(t, "en", f"en-b{i}")]
    src, tgt = doc(zh_texts, zh_q, "zh"), doc(en_texts, en_q, "en")
    links = tuple(Link((i,), (i,), 1.0) for i in range(len(zh_texts)))
    return AnnotatedPair(id="t", source=src, target=tgt, alignment=links)


def _general(pair):
    """The findings without the shortcuts (every pair weighed in the first phase too)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(check_module._Pairing, "in_order", lambda self: [])
        m.setattr(check_module._Pairing, "equal_values", lambda self: self.free())
        m.setattr(check_module, "_plain_link", lambda *args: False)
        return check_numbers(pair, {})


@st.composite
def links(draw):
    """Links of corresponding figures; now and then one side's figures reordered or one dropped."""
    zh_blocks, en_blocks = [], []
    for _ in range(draw(st.integers(1, 3))):
        figures = draw(st.lists(st.sampled_from(FIGURES), max_size=4))
        zh, en = [z for z, _ in figures], [e for _, e in figures]
        if en and draw(st.booleans()):
            en = draw(st.permutations(en))[:len(en) - draw(st.integers(0, 1))]
        zh_blocks.append(zh)
        en_blocks.append(en)
    return zh_blocks, en_blocks


@settings(max_examples=200)
@given(links())
def test_shortcuts_pair_like_the_general_pairing(blocks):
    pair = _pair(*blocks)
    assert check_numbers(pair, {}) == _general(pair)


@settings(max_examples=100, derandomize=True)
@given(st.lists(st.sampled_from(FIGURES[:10]), min_size=2, max_size=10))
def test_a_line_met_again_is_judged_as_it_was_the_first_time(figures):
    """A one-block link whose two texts were found plain is passed by when they recur (a
    list's or a subtitle file's line): what the general pairing finds, link by link."""
    pair = _pair([[z] for z, _ in figures], [[e] for _, e in figures])
    assert check_numbers(pair, {}) == _general(pair)


def test_a_plain_line_met_again_beside_a_slip_of_the_same_source_is_still_reported():
    pair = _pair([["3亿"]] * 4, [["300 million"], ["300 million"], ["3 billion"], ["300 million"]])
    assert [(f.kind, f.target_block) for f in check_numbers(pair, {})] == [("scale", "en-b2")]


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


# the other side's figures as a reading may see them: units, kinds, ranges, dates, readings
_FIT_FIGURES = [
    ("3", "zh"), ("300 million", "en"), ("3 billion", "en"), ("30 km", "en"), ("3,000 metres", "en"),
    ("25公里", "zh"), ("1625斤", "zh"), ("812.5 kg", "en"), ("2.5亿元", "zh"), ("$250 million", "en"),
    ("3 to 5", "en"), ("3至5万", "zh"), ("July 1", "en"), ("2020年7月1日", "zh"), ("5%", "en"),
    ("0.5", "en"), ("500毫升", "zh"), ("0.5 litres", "en"), ("about 3,000", "en"), ("近3000吨", "zh"),
    ("0.003", "en"), ("3e-7", "en"), ("1.2 trillion yuan", "en"), ("12000亿元", "zh"),
    ("1.24 billion", "en"), ("12.37亿", "zh"), ("1,237 million", "en"), ("123.7 million", "en"),  # within rounding
]


def _fit_reference(n, others) -> int:
    """The plain definition: every figure of the other side weighed."""
    from northeast_text.checks.quantities import compatible, exact, overlap_within, power_ratio

    best = 3
    for o in others:
        if not compatible(n, o):
            continue
        if exact(n, o) or overlap_within(n, o):
            return 0
        best = min(best, 1 if power_ratio(n, o) is not None else 2)
    return best


def _views(text: str, lang: str):
    from northeast_text.checks.quantities import normalise, readings_of

    out = []
    for q in extract_text(text, lang):
        n = normalise(q)
        if n is not None:
            out += [n, *readings_of(n)]
    return out


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FIT_FIGURES), min_size=1, max_size=12), st.sampled_from(_FIT_FIGURES))
def test_the_pool_fits_a_figure_as_weighing_every_figure_does(others, figure):
    """A pool finds a figure's fit, or whether it holds the figure, by value (near it, or a
    power of ten off) in groups of compatible figures; it must give what weighing every
    figure gives."""
    from northeast_text.checks.quantities import Pool, compatible, overlap_within

    pool = [v for text, lang in others for v in _views(text, lang)]
    for n in _views(*figure):
        assert Pool(pool).fit(n) == _fit_reference(n, pool)
        assert Pool(pool).holds(n) == any(compatible(n, o) and overlap_within(n, o) for o in pool)

"""`align._Anchors`: shared anchors from segment pairs equal the bitsets' counts and sums;
the weight of a union of anchor sets, the unique-anchor chain and the flat id sets equal
the plain set loops, the longest chain the quadratic recurrence (random segments, fixed seeds)."""

from __future__ import annotations

import random

import numpy as np

from northeast_text.align import (
    AlignConfig,
    Segment,
    _Anchors,
    _Model,
    _Sets,
    _Stats,
    _unique_anchor_chain,
    longest_chain,
)

_TYPES = [(1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (3, 2)]


def _pair(rng: random.Random, sizes: tuple[int, ...] = (0, 1, 2, 3)) -> tuple[list[Segment], list[Segment]]:
    n, m = rng.randint(1, 50), rng.randint(1, 50)
    keys = [f"v:{k}" for k in range(rng.randint(1, 40))] + [f"d:{k}" for k in range(4)] + ["n:x"]

    def seg() -> Segment:
        return Segment(length=1.0, anchors=frozenset(rng.sample(keys, rng.choice(sizes))))

    return [seg() for _ in range(n)], [seg() for _ in range(m)]


def test_shared_anchors_from_segment_pairs_equal_the_bitsets():
    rng = random.Random(7)
    compared = 0
    for _ in range(250):
        src, tgt = _pair(rng)
        anchors = _Anchors(src, tgt, AlignConfig())
        for a, b in _TYPES:
            ends = [(i, j) for i in range(a, len(src) + 1) for j in range(b, len(tgt) + 1) if rng.random() < 0.4]
            i, j = np.array([e[0] for e in ends], dtype=np.int64), np.array([e[1] for e in ends], dtype=np.int64)
            want = anchors._shared_bits(i, j, a, b)
            got = anchors._shared_pairs(i, j, a, b)
            if got is None:  # too many pairs: the bitsets are used
                continue
            compared += 1
            assert np.array_equal(got[0], want[0])
            assert np.array_equal(got[1].view(np.int64), want[1].view(np.int64))  # the same sums, bit for bit
            assert np.array_equal(anchors.shared(i, j, a, b)[1], want[1])
    assert compared > 500


def test_shared_anchors_fall_back_to_bitsets_when_one_anchor_is_everywhere():
    src = [Segment(length=1.0, anchors=frozenset({"v:12", f"v:{k + 100}"})) for k in range(40)]
    tgt = [Segment(length=1.0, anchors=frozenset({"v:12", f"v:{k + 100}"})) for k in range(40)]
    anchors = _Anchors(src, tgt, AlignConfig())
    i, j = np.arange(1, 41), np.arange(1, 41)
    assert anchors._shared_pairs(i, j, 1, 1) is None
    count, mass = anchors.shared(i, j, 1, 1)
    assert count.tolist() == [2] * 40 and np.allclose(mass, 1.0 + 1.0 / 40)


def test_weight_of_a_union_of_anchor_sets_is_the_plain_sum_in_id_order():
    rng = random.Random(11)
    for _ in range(150):
        src, tgt = _pair(rng, (0, 0, 1, 2, 3, 4))
        anchors = _Anchors(src, tgt, AlignConfig())
        rank = {k: n for n, k in enumerate(sorted(anchors.weight))}
        for side in (0, 1):
            sets = anchors.sets[side]
            for size in (1, 2, 3, 4):
                got = anchors.mass(side, size)
                assert not got[:size].any()  # no link of this size ends there
                for end in range(size, len(sets) + 1):
                    held = [k for k in range(end - size, end) if sets[k]]
                    if len(held) == 1:  # one segment with anchors: its own weight
                        want = anchors.masses[side][held[0]]
                    else:
                        union = set().union(*(sets[k] for k in held))
                        want = sum(anchors.weight[key] for key in sorted(union, key=rank.__getitem__))
                    assert got[end] == want


def _plain_chain(sets: tuple[list, list]) -> list[tuple[int, int]]:
    """The unique-anchor chain as dictionaries and a sorted list find it."""
    places: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for side, side_sets in enumerate(sets):
        for index, keys in enumerate(side_sets):
            for key in keys:
                places[side][key] = -1 if key in places[side] else index
    points = sorted((i, -j) for key, i in places[0].items() if i >= 0 and (j := places[1].get(key, -1)) >= 0)
    return longest_chain([(i, -neg_j) for i, neg_j in points])


def _brute_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chain :func:`longest_chain` promises, by the quadratic recurrence: each
    point's longest chain ending there, the chain ending at the last point of the
    longest, each point preceded by the last earlier point of a chain one shorter."""
    size = []
    for n, (i, j) in enumerate(points):
        size.append(1 + max((size[m] for m in range(n) if points[m][0] < i and points[m][1] < j), default=0))
    if not size:
        return []
    at = max(n for n in range(len(points)) if size[n] == max(size))
    out = [points[at]]
    while size[at] > 1:
        at = max(m for m in range(at) if size[m] == size[at] - 1)
        out.append(points[at])
    return out[::-1]


def test_longest_chain_matches_the_quadratic_recurrence():
    rng = random.Random(11)
    for _ in range(300):
        raw = [(rng.randint(0, 12), rng.randint(0, 12)) for _ in range(rng.randint(0, 25))]
        points = sorted(raw, key=lambda p: (p[0], -p[1]))
        chain = longest_chain(points)
        assert chain == _brute_chain(points)
        assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(chain, chain[1:]))


def test_unique_anchor_chain_matches_the_plain_loops():
    rng = random.Random(5)
    for _ in range(200):
        src, tgt = _pair(rng)
        model = _Model(src, tgt, AlignConfig(), _Stats(ratio=1.0))
        assert _unique_anchor_chain(model) == _plain_chain(model.anchors.sets)


def test_flat_id_sets_keep_each_set_and_its_order():
    rng = random.Random(3)
    for _ in range(50):
        sets = [frozenset(rng.sample("abcdefghij", rng.randint(0, 4))) for _ in range(rng.randint(0, 30))]
        ids = {k: n for n, k in enumerate("abcdefghij")}
        flat, plain = _Sets.of_keys(sets, ids), _Sets([[ids[k] for k in s] for s in sets])
        assert flat.rows == plain.rows
        assert np.array_equal(flat.ptr, plain.ptr) and np.array_equal(flat.ids, plain.ids)
        assert flat.ids.dtype == plain.ids.dtype == np.int64


def test_significant_digits_are_those_of_the_normal_form():
    """``align.significant_digits`` (0.5.15) reads from the written value what the digits of
    its normal form, trailing zeros stripped, gave."""
    from decimal import Decimal

    from northeast_text.align import significant_digits

    rng = random.Random(5)
    values = [Decimal(s) for s in ("0", "-0", "0.000", "1200", "-0.0350", "1E+30", "3.2553E+12", "100.500")]
    values += [Decimal(rng.randint(-10**12, 10**12)).scaleb(rng.randint(-20, 20)) for _ in range(3000)]
    for v in values:
        norm = v.normalize()
        old = "".join(str(d) for d in norm.as_tuple().digits).rstrip("0")
        assert significant_digits(format(norm, "f")) == old, v

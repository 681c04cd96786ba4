"""`align._fill_rows_first`: the rows of the banded DP, taken a few at a time where the 0-b
chain lowers nothing, equal a plain cell by cell pass bit for bit (values and back pointers),
whether the chain lowers no row, every row, or stretches of rows (random costs, fixed seeds)."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np

from northeast_text.align import INF, _fill_rows_first


def _plain(value: list[float], rows: list[int], width: int, where, cost, zero, b: int
           ) -> tuple[list[float], list[list[int]]]:
    """The rows filled one cell at a time: the least candidate from earlier rows (the first
    of equals), then the 0-b chain where strictly lower; a cell the 0-b link reaches (no
    higher than its candidates) points to it (``later``, the places after the other types)."""
    value = list(value)
    later = len(where[0])
    kinds = []
    for r, i in enumerate(rows):
        cand = [[value[where[r][t][k]] + cost[r][t][k] for k in range(width)] for t in range(later)]
        before = [min(cand[t][k] for t in range(later)) for k in range(width)]
        kind = [min(range(later), key=lambda t, k=k: cand[t][k]) for k in range(width)]
        best = list(before)
        if i == 0:
            best[0] = before[0] = 0.0
        for k in range(b, width):
            v = best[k - b] + zero[r][k]
            if v < best[k]:
                best[k] = v
        for k in range(b, width):
            via = best[k - b] + zero[r][k]
            if via <= before[k] and via < INF:
                kind[k] = later
        if i == 0:
            kind[0] = 255
        value[i * width:(i + 1) * width] = best
        kinds.append(kind)
    return value, kinds


def _case(rng: np.random.Generator, first: int, count: int, width: int, types: int, dear: float
          ) -> tuple[np.ndarray, list[int], np.ndarray, np.ndarray, np.ndarray]:
    """Band values of the rows before ``first`` (random, some unreachable), starts in the rows
    before each row (or the sentinel), costs (some inf), and 0-b costs: ``dear`` plus noise,
    cheap over a few stretches of rows."""
    total = (first + count) * width
    value = np.full(total + 1, INF)
    value[:first * width] = rng.random(first * width) * 10 * first
    value[:first * width][rng.random(first * width) < 0.1] = INF
    rows = list(range(first, first + count))
    where = np.empty((count, types, width), dtype=np.int64)
    for r, i in enumerate(rows):
        for t in range(types):
            back = 1 + t % 3  # a link from one to three rows before
            lo = max(i - back, 0) * width
            where[r, t] = rng.integers(lo, lo + width, width) if i - back >= 0 else total
    where[rng.random(where.shape) < 0.05] = total
    cost = rng.random((count, types, width)) * 4
    cost[rng.random(cost.shape) < 0.05] = INF
    cost[rng.random(cost.shape) < 0.05] = 1.0  # equal sums: ties among the types
    zero = dear + rng.random((count, width))
    for _ in range(int(rng.integers(0, 4))):
        start = int(rng.integers(0, count))
        stop = min(count, start + int(rng.integers(1, 40)))
        zero[start:stop] = rng.random((stop - start, width)) * 0.3
    zero[rng.random(zero.shape) < 0.02] = INF
    return value, rows, where, cost, zero


def test_rows_taken_a_few_at_a_time_equal_the_plain_pass():
    rng = np.random.default_rng(7)
    for n in range(60):
        width, types, b = int(rng.integers(3, 14)), int(rng.integers(1, 7)), 1 + n % 2
        first = 0 if n % 3 == 0 else int(rng.integers(3, 20))
        count = int(rng.integers(1, 120))
        dear = [math.inf, 50.0, 2.0, 0.0][n % 4]  # never, seldom, often, always lowering
        value, rows, where, cost, zero = _case(rng, first, count, width, types, dear)
        want_value, want_kinds = _plain(value.tolist(), rows, width, where.tolist(), cost.tolist(),
                                        zero.tolist(), b)
        band = SimpleNamespace(value=value.copy(), width=width, order=list(range(types + 1)))
        kinds = _fill_rows_first(band, np.array(rows), where, cost, zero, b, np.empty((count, types, width)))
        assert band.value.tolist() == want_value
        assert kinds.tolist() == want_kinds

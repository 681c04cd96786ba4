"""`align._set_bits`: the set bits of rows of 64-bit words, as unpacking them all finds them."""

from __future__ import annotations

import numpy as np

from northeast_text.align import _set_bits, _unpack


def test_set_bits_are_those_of_the_unpacked_rows_in_the_same_order():
    rng = np.random.default_rng(11)
    for rows, words, size, density in [(0, 3, 150, 0.1), (1, 1, 5, 0.5), (40, 3, 150, 0.02), (200, 30, 1900, 0.001),
                                       (12, 2, 128, 1.0), (7, 4, 200, 0.0)]:
        dense = rng.random((rows, words * 64)) < density  # bits past ``size`` set too: they are left out
        bits = np.packbits(dense, axis=1, bitorder="little").view(np.uint64).reshape(rows, words)
        want, got = np.nonzero(_unpack(bits, size)), _set_bits(bits, size)
        for w, g in zip(want, got):
            assert w.dtype == g.dtype and np.array_equal(w, g)

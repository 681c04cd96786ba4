"""Benchmark the aligner: time against length, with and without the dictionary.

    .venv/bin/python benchmarks/bench_align.py [--sizes 100,1000,10000]

1. Time vs document length: synthetic segment lists (random lengths, a
   source/target ratio of 3, random 1-2 / 2-1 merges and a few additions)
   of 100, 1,000 and 10,000 segments; prints seconds, milliseconds per
   segment (flat when growth is linear) and the exact-link accuracy, for the
   length model alone and with dictionary words (each source segment a few
   CC-CEDICT headwords, its target some of their glosses plus noise, as in a
   sentence-by-sentence translation).
2. Dictionary loading: the CC-CEDICT index loaded from its cache in a fresh
   process (the cost every command pays once).

MAC (literary chapters, the published aligners' benchmark) is in
``benchmarks/mac.py``.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from northeast_text import dictionary  # noqa: E402
from northeast_text.align import AlignConfig, Segment, align  # noqa: E402


def synthetic(n: int, seed: int = 0, words: dictionary.Dictionary | None = None
              ) -> tuple[list[Segment], list[Segment], set]:
    """A source list of n segments and a target made from it with merges,
    splits and additions; returns (src, tgt, gold links as index tuples).
    With ``words``, segments carry dictionary words and glosses."""
    rng = random.Random(seed)
    heads = sorted(w for w in words.glosses if len(w) == 2)[:20000] if words else []
    src: list[Segment] = []
    tgt: list[Segment] = []
    gold = set()
    i = 0

    def vocab(k: int) -> tuple[frozenset[str], frozenset[str]]:
        if not words:
            return frozenset(), frozenset()
        zh = [rng.choice(heads) for _ in range(k)]
        en = [rng.choice(words.glosses[w]) for w in zh if rng.random() < 0.6]
        en += [rng.choice(words.glosses[rng.choice(heads)]) for _ in range(k // 3)]
        return frozenset(zh), frozenset(en)

    while i < n:
        r = rng.random()
        if r < 0.02:  # a translator's addition
            tgt.append(Segment(length=rng.randint(50, 600), hint="addition" if rng.random() < 0.5 else None))
            gold.add(((), (len(tgt) - 1,)))
            continue
        k = 2 if r > 0.92 and i + 1 < n else 1
        lens = [rng.randint(20, 300) for _ in range(k)]
        glosses: set[str] = set()
        for ln in lens:
            zh, en = vocab(max(2, ln // 12))
            src.append(Segment(length=ln, words=zh))
            glosses |= en
        total = sum(lens) * 3 * rng.uniform(0.85, 1.15)
        parts = 2 if 0.85 < r <= 0.92 else 1
        start = len(tgt)
        shares = sorted(glosses)
        for p in range(parts):
            part = frozenset(shares[p::parts])
            tgt.append(Segment(length=round(total / parts * rng.uniform(0.8, 1.2)), words=part))
        gold.add((tuple(range(i, i + k)), tuple(range(start, len(tgt)))))
        i += k
    return src, tgt, gold


def bench_length(sizes: list[int], words: dictionary.Dictionary | None) -> None:
    label = "length model and dictionary words" if words else "length model alone"
    print(f"## Time vs document length (synthetic, {label})")
    print(f"{'segments':>9} {'target':>7} {'seconds':>8} {'ms/segment':>10} {'exact links':>11}")
    for n in sizes:
        src, tgt, gold = synthetic(n, seed=n, words=words)
        t0 = time.perf_counter()
        links = align(src, tgt, AlignConfig(), words)
        dt = time.perf_counter() - t0
        got = {(link.source, link.target) for link in links}
        acc = len(got & gold) / len(gold)
        print(f"{n:>9} {len(tgt):>7} {dt:8.2f} {1000 * dt / n:10.3f} {acc:11.1%}")


def bench_dictionary() -> None:
    dictionary.load()  # make sure the cache exists
    code = ("import time; t = time.perf_counter(); from northeast_text import dictionary; "
            "d = dictionary.load(); print(f'{time.perf_counter() - t:.3f} {len(d.glosses)} {len(d.reverse)}')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout.split()
    print("## CC-CEDICT index, loaded from the cache in a fresh process")
    print(f"{float(out[0]):.3f} s for {int(out[1]):,} Chinese headwords and {int(out[2]):,} English stems")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    bench_length(sizes, None)
    bench_length(sizes, dictionary.load())
    bench_dictionary()


if __name__ == "__main__":
    main()

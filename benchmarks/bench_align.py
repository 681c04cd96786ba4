"""Benchmark the aligner: time against length, and sentence alignment on MAC.

    .venv/bin/python benchmarks/bench_align.py [--mac DIR] [--sizes 100,1000,10000]

1. Time vs document length: synthetic segment lists (random lengths, a
   source/target ratio of 3, random 1-2 / 2-1 merges and a few additions)
   of 100, 1,000 and 10,000 segments; prints seconds and seconds per
   segment (flat when growth is linear) and the exact-link accuracy.
2. MAC-Test (Liu & Zhu, the Bertalign evaluation set: 24 zh-en literary
   chapter excerpts, one sentence per line) read in place from
   ``/work/shared/peer/mac`` (never copied here; see its SOURCE.md):
   ``corpus/mac/test/split/NNN.zh|.en`` and the gold
   ``eval/mac/test/gold/NNN.align``.  Prints precision / recall / F1 of
   links (exact match of both index sets; the usual strict measure) per
   document and in total.  A benchmark only: the aligner is tuned for
   paragraphs and uses no lexical model.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from northeast_text.align import (  # noqa: E402
    AlignConfig,
    Segment,
    align,
    name_keys,
    number_values,
    text_length,
    value_keys,
)

MAC = Path("/work/shared/peer/mac")


def synthetic(n: int, seed: int = 0) -> tuple[list[Segment], list[Segment], set]:
    """A source list of n segments and a target made from it with merges,
    splits and additions; returns (src, tgt, gold links as index tuples)."""
    rng = random.Random(seed)
    src: list[Segment] = []
    tgt: list[Segment] = []
    gold = set()
    i = 0
    while i < n:
        r = rng.random()
        if r < 0.02:  # a translator's addition
            tgt.append(Segment(length=rng.randint(50, 600), hint="addition" if rng.random() < 0.5 else None))
            gold.add(((), (len(tgt) - 1,)))
            continue
        k = 2 if r > 0.92 and i + 1 < n else 1
        lens = [rng.randint(20, 300) for _ in range(k)]
        for ln in lens:
            src.append(Segment(length=ln))
        total = sum(lens) * 3 * rng.uniform(0.85, 1.15)
        parts = 2 if 0.85 < r <= 0.92 else 1
        start = len(tgt)
        for p in range(parts):
            tgt.append(Segment(length=round(total / parts * rng.uniform(0.8, 1.2))))
        gold.add((tuple(range(i, i + k)), tuple(range(start, len(tgt)))))
        i += k
    return src, tgt, gold


def bench_length(sizes: list[int]) -> None:
    print("## Time vs document length (synthetic, pure length model)")
    print(f"{'segments':>9} {'target':>7} {'seconds':>8} {'ms/segment':>10} {'exact links':>11}")
    for n in sizes:
        src, tgt, gold = synthetic(n, seed=n)
        t0 = time.perf_counter()
        links = align(src, tgt, AlignConfig())
        dt = time.perf_counter() - t0
        got = {(link.source, link.target) for link in links}
        acc = len(got & gold) / len(gold)
        print(f"{n:>9} {len(tgt):>7} {dt:8.2f} {1000 * dt / n:10.3f} {acc:11.1%}")


def _segments(lines: list[str], lang: str) -> list[Segment]:
    out = []
    for line in lines:
        keys: set[str] = set()
        for value, scaled, pct in number_values(line):
            keys |= value_keys(value, scaled=scaled, percent=pct)
        keys |= name_keys(line, lang)
        out.append(Segment(length=float(text_length(line, lang)), anchors=frozenset(keys)))
    return out


def _read_gold(path: Path) -> set:
    links = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a, b = line.split(":")
        src = tuple(int(x) for x in a.strip("[] ").split(",") if x.strip())
        tgt = tuple(int(x) for x in b.strip("[] ").split(",") if x.strip())
        links.add((src, tgt))
    return links


def bench_mac(root: Path, config: AlignConfig) -> None:
    split = root / "corpus/mac/test/split"
    gold_dir = root / "eval/mac/test/gold"
    if not split.is_dir() or not gold_dir.is_dir():
        print(f"## MAC-Test: not found under {root}; skipped")
        return
    print("## MAC-Test sentence alignment (strict link P/R/F1)")
    print(f"{'doc':>4} {'zh':>4} {'en':>4} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'s':>6}")
    tp = n_got = n_gold = 0
    t_all = 0.0
    for gpath in sorted(gold_dir.glob("*.align")):
        doc = gpath.stem
        zh = (split / f"{doc}.zh").read_text(encoding="utf-8").splitlines()
        en = (split / f"{doc}.en").read_text(encoding="utf-8").splitlines()
        gold = _read_gold(gpath)
        t0 = time.perf_counter()
        links = align(_segments(zh, "zh"), _segments(en, "en"), config)
        dt = time.perf_counter() - t0
        t_all += dt
        got = {(link.source, link.target) for link in links}
        hit = len(got & gold)
        tp, n_got, n_gold = tp + hit, n_got + len(got), n_gold + len(gold)
        p, r = hit / len(got), hit / len(gold)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{doc:>4} {len(zh):>4} {len(en):>4} {len(gold):>5} {p:6.3f} {r:6.3f} {f:6.3f} {dt:6.2f}")
    p, r = tp / n_got, tp / n_gold
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'all':>4} {'':>4} {'':>4} {n_gold:>5} {p:6.3f} {r:6.3f} {f:6.3f} {t_all:6.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mac", type=Path, default=MAC)
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--skip-length", action="store_true")
    ap.add_argument("--link-types", default=None,
                    help="comma-separated link types for MAC (default: the aligner's)")
    args = ap.parse_args()
    if not args.skip_length:
        bench_length([int(s) for s in args.sizes.split(",") if s])
    cfg = AlignConfig()
    if args.link_types:
        cfg = AlignConfig(link_types=tuple(args.link_types.split(",")))
    bench_mac(args.mac, cfg)


if __name__ == "__main__":
    main()

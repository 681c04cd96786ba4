"""Throughput of the number engine: quantities extracted per second per language.

Reads every text in corpus/*/ (zh.* and en.*), splits it into blocks at blank
lines, and extracts quantities from every block, repeating until at least
``--seconds`` have passed; reports the best of ``--rounds`` rounds.

    python benchmarks/bench_numbers.py [--seconds 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from northeast_text.numbers import extract_text

ROOT = Path(__file__).resolve().parent.parent


def blocks(lang: str) -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob(f"*/{lang}.*")):
        if path.suffix not in (".md", ".txt"):
            continue
        text = path.read_text("utf-8-sig")
        out.extend(b for b in text.split("\n\n") if b.strip())
    return out


def measure(lang: str, seconds: float, rounds: int) -> dict[str, float]:
    bl = blocks(lang)
    chars = sum(len(b) for b in bl)
    for b in bl:  # warm up: resources, regexes
        extract_text(b, lang)
    best = None
    for _ in range(rounds):
        n_q = reps = 0
        t0 = time.perf_counter()
        while True:
            for b in bl:
                n_q += len(extract_text(b, lang))
            reps += 1
            dt = time.perf_counter() - t0
            if dt >= seconds:
                break
        rate = n_q / dt
        if best is None or rate > best["quantities_per_s"]:
            best = {"quantities_per_s": rate, "chars_per_s": chars * reps / dt, "blocks": len(bl),
                    "quantities_per_pass": n_q / reps}
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    for lang in ("zh", "en"):
        r = measure(lang, args.seconds, args.rounds)
        print(f"{lang}: {r['quantities_per_s']:,.0f} quantities/s, {r['chars_per_s']:,.0f} chars/s "
              f"({r['blocks']} blocks, {r['quantities_per_pass']:.0f} quantities per pass)")


if __name__ == "__main__":
    main()

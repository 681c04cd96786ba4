"""Generate a synthetic corpus of N pairs from the bundled pairs' blocks.

Each synthetic pair takes one bundled pair (round robin) and keeps its front
matter, its first block (the title) and a random window of its other blocks
(40-100 % of the text, the same proportional window on both sides, so the
two sides stay roughly parallel).  Seeded: the same N gives the same corpus.
Written outside the repository (default /tmp/northeast-synthetic); never
committed.

    python benchmarks/make_synthetic.py 200 /tmp/northeast-synthetic
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_BLANK = re.compile(r"\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)*")


def _split(text: str) -> tuple[str, list[str]]:
    text = text.replace("\r\n", "\n")
    m = _FRONT.match(text)
    front = m.group(0) if m else ""
    blocks = [b for b in _BLANK.split(text[len(front):]) if b.strip()]
    return front, blocks


def _side(path: Path) -> tuple[str, list[str]]:
    return _split(path.read_text("utf-8-sig"))


def bundled_pairs() -> list[tuple[str, Path, Path]]:
    out = []
    for folder in sorted((ROOT / "corpus").iterdir()):
        zh = sorted(folder.glob("zh.*"))
        en = sorted(folder.glob("en.*"))
        if len(zh) == 1 and len(en) == 1:
            out.append((folder.name, zh[0], en[0]))
    return out


def make(n: int, out: Path, seed: int = 7) -> list[Path]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sources = bundled_pairs()
    folders = []
    for i in range(n):
        name, zh_path, en_path = sources[i % len(sources)]
        rng = random.Random(seed * 100003 + i)
        frac = rng.uniform(0.4, 1.0)
        start = rng.uniform(0.0, 1.0 - frac)
        folder = out / f"s{i:04d}-{name}"
        folder.mkdir()
        for path in (zh_path, en_path):
            front, blocks = _side(path)
            body = blocks[1:]
            lo, hi = int(start * len(body)), max(int(start * len(body)) + 1, int((start + frac) * len(body)))
            kept = blocks[:1] + body[lo:hi]
            (folder / path.name).write_text(front + ("\n" if front else "") + "\n\n".join(kept) + "\n",
                                            encoding="utf-8")
        folders.append(folder)
    return folders


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("out", type=Path, nargs="?", default=Path("/tmp/northeast-synthetic"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    make(args.n, args.out, args.seed)
    print(f"wrote {args.n} pairs to {args.out}")


if __name__ == "__main__":
    main()

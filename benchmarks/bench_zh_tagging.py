"""``zh_tagging.cut`` against ``jieba.posseg.cut`` on the shared Chinese texts: differences and time.

Every Chinese text of ``../shared/real/wmt21`` (news) and ``../shared/peer/mac``
(a novel, sentence per line) is cut by both, as written and NFKC-normalised
(as the entity pass reads it), with the lexicon's names in jieba's dictionary
(as in the pipeline).  Prints the tokens compared, the differences (the first
few shown; there must be none) and the CPU time of each over all texts
(least of ``--repeat`` runs).  A script, not a test::

    python benchmarks/bench_zh_tagging.py [--shared DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))


def shared_texts(shared: Path) -> list[tuple[str, str]]:
    """(name, text) of every Chinese text of the shared news and literary sets."""
    mac = shared / "peer" / "mac"
    paths = (sorted((shared / "real" / "wmt21").glob("*/zh.txt"))
             + sorted((mac / "corpus" / "mac" / "test" / "split").glob("*.zh"))
             + sorted(p for p in (mac / "data" / "mac" / "dev" / "zh").glob("*") if not p.suffix))
    return [(str(p.relative_to(shared)), p.read_text("utf-8-sig")) for p in paths]


def _cpu(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"skipped: no shared folder at {args.shared} (give --shared DIR)")
        return 0

    from northeast_text import zh_tagging
    from northeast_text.entities import jieba_ready, normalise_zh

    posseg = jieba_ready()
    named = shared_texts(args.shared)
    texts = [(name, version) for name, text in named for version in (text, normalise_zh(text))]
    tokens = differences = 0
    for name, text in texts:
        theirs = [(p.word, p.flag) for p in posseg.cut(text)]
        ours = zh_tagging.cut(text)
        tokens += len(theirs)
        if ours != theirs:
            differences += 1
            k = next(i for i, (a, b) in enumerate(zip(ours + [None], theirs + [None])) if a != b)
            print(f"DIFFERENT {name} at token {k}: jieba {theirs[k:k + 3]} ours {ours[k:k + 3]}")
    chars = sum(len(t) for _, t in texts)
    print(f"{len(named)} files ({len(texts)} texts, {chars} characters): {tokens} tokens compared, "
          f"{differences} texts cut differently")

    lines = [line for _, text in texts for line in text.splitlines() if line.strip()]
    t_jieba = _cpu(lambda: [list(posseg.cut(line)) for line in lines], args.repeat)
    t_ours = _cpu(lambda: [zh_tagging.cut(line) for line in lines], args.repeat)
    print(f"line by line ({len(lines)} lines), CPU: jieba.posseg {t_jieba:.2f}s, zh_tagging {t_ours:.2f}s "
          f"({t_jieba / t_ours:.1f}x)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())

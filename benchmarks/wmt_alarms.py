"""False alarms on professional news translations given as sentence pairs (WMT news test sets).

    .venv/bin/python benchmarks/wmt_alarms.py --pairs DIR [--per-doc 20] [--limit N] [-v] [--kind KIND]

``DIR`` holds one or more ``.csv`` or ``.tsv`` files of sentence pairs, one
pair a row: the Chinese source in the first column, its English translation
in the second (a header row, such as the ``0,1`` of the WMT CSV exports, is
skipped: a row whose first cell has no Chinese character).  The texts belong
to their publishers: keep them outside the repository and point ``--pairs``
at them; there is no default.

Consecutive rows are gathered ``--per-doc`` at a time into one document, each
sentence its own paragraph on both sides (the WMT files shuffle their rows, so
a paragraph's neighbours are unrelated, as a paragraph's neighbours in a
feature often are), and every document is checked in this one process (models
loaded once).  The script prints errors and warnings by kind, per 100 pairs,
and with ``-v`` every error and warning with both sentences, to judge.

A reference translation is a real one: some findings are true (a figure the
translator dropped or changed, a misspelt name).  The figure this prints is
therefore an upper bound on the false-alarm rate; docs/evaluation.md gives the
judged figures of the WMT19 probe.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from literary_alarms import print_counts  # noqa: E402  (one table for both benchmarks)

_HAN = re.compile(r"[\u4e00-\u9fff]")


def read_pairs(folder: Path) -> list[tuple[str, str]]:
    """The (Chinese, English) rows of every CSV and TSV file in ``folder``, in file-name order."""
    pairs: list[tuple[str, str]] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".csv", ".tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ","):
                if len(row) >= 2 and _HAN.search(row[0]) and row[1].strip():
                    pairs.append((_one_line(row[0]), _one_line(row[1])))
    return pairs


def _one_line(text: str) -> str:
    return " ".join(text.split())


def documents(pairs: list[tuple[str, str]], per_doc: int) -> Iterator[tuple[str, str, str]]:
    """(name, Chinese text, English text) of each run of ``per_doc`` pairs, a sentence a paragraph."""
    for start in range(0, len(pairs), per_doc):
        chunk = pairs[start:start + per_doc]
        yield (f"pairs-{start + 1}-{start + len(chunk)}",
               "\n\n".join(zh for zh, _ in chunk) + "\n", "\n\n".join(en for _, en in chunk) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=Path, help="folder of CSV/TSV sentence pairs (Chinese, English)")
    ap.add_argument("--per-doc", type=int, default=20, help="pairs gathered into one document (default 20)")
    ap.add_argument("--limit", type=int, help="only the first N pairs")
    ap.add_argument("--kind", help="list only findings of this kind with -v")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error and warning with its pair")
    args = ap.parse_args()
    if args.pairs is None or not args.pairs.is_dir():
        where = "no --pairs folder given" if args.pairs is None else f"{args.pairs} is not a folder"
        print(f"{where}: point --pairs at a folder of .csv/.tsv sentence pairs (Chinese, English), "
              "kept outside the repository; nothing to measure")
        return
    pairs = read_pairs(args.pairs)[: args.limit]
    if not pairs:
        print(f"no sentence pairs in {args.pairs} (.csv or .tsv, Chinese in the first column): nothing to measure")
        return
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    counts: Counter[tuple[str, str]] = Counter()
    cpu = time.process_time()
    for name, zh, en in documents(pairs, max(1, args.per_doc)):
        pair = pipeline.annotate(parse_document(zh, "zh", path=f"{name}.zh.txt", format="text"),
                                 parse_document(en, "en", path=f"{name}.en.txt", format="text"), pair_id=name)
        texts = {b.id: b.text for side in (pair.source, pair.target) if side for b in side.document.blocks}
        for f in pair.findings:
            counts[(f.severity, f.kind)] += 1
            if args.verbose and f.severity != "info" and (not args.kind or f.kind == args.kind):
                print(f"{name} {f.severity} {f.kind}: {f.message}")
                print(f"    zh {texts.get(f.source_block or '', '')}")
                print(f"    en {texts.get(f.target_block or '', '')}")
    cpu = time.process_time() - cpu
    n = len(pairs)
    print(f"{n} sentence pairs in documents of {args.per_doc}, {cpu:.0f} s CPU")
    print_counts(counts, n, "pairs", "; true findings included")


if __name__ == "__main__":
    main()

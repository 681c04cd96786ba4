"""False alarms on published literary translations: the MAC chapters, checked.

    .venv/bin/python benchmarks/literary_alarms.py [--splits test,dev] [--level para11|paramix|sent]
                                                   [--chapters all|odd|even] [--kind entity] [-v]
                                                   [--shared DIR]

MAC (the Bertalign evaluation set, ``../shared/peer/mac``: chapters of
Chinese novels and their published English translations) is a corpus of
careful human translations written in conventions the news pairs do not
use: characters called by surname, title or kinship term (程先生 / "Mr.
Cheng", 贾母 / "Grandmother Jia"), names added where Chinese has a pronoun,
Wade-Giles and hyphenated pinyin ("Bao-yu"), figures of speech (三言两语 /
"a few words").  The script cuts it into its ``para11`` paragraphs (every
gold link one to one; ``--level paramix`` splits and merges some English
paragraphs, ``--level sent`` gives one sentence a block) with the kit's
``prep.py`` in a temporary folder,
runs the whole pipeline on each chapter (as ``check`` does) and counts the
findings by severity and kind, per 100 paragraph links.

A literary translator takes liberties a news translator does not, so not
every finding here is false; but an *error* claims a certainty, and on a
published translation nearly all of them are wrong.  With ``-v`` every
error and warning is printed with its two texts, to read.  The texts are
copyrighted: they are read from the shared folder and never copied here;
the script says so and exits 0 when that folder is absent.

``--chapters odd`` (``even``) keeps only the chapters at odd (even)
positions in the order the script walks them (the splits in the order
given, each split's chapters sorted), counted from 1: a development and a
held-out half that do not depend on the level.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))


def check_chapter(folder: Path) -> tuple[int, list[dict]]:
    """(paragraph links, findings as the JSON report gives them) of one chapter."""
    from northeast_text import pipeline
    from northeast_text.readers import read_document
    from northeast_text.writers.report import report_json

    pair = pipeline.annotate(read_document(folder / "zh.txt", lang="zh"),
                             read_document(folder / "en.txt", lang="en"), pair_id=folder.name)
    return len(pair.alignment), json.loads(report_json(pair))["findings"]


def _excerpt(text: str, span: list[int] | None, reach: int = 70) -> str:
    if not span:
        return text[: 2 * reach]
    a, b = span
    return ("…" if a > reach else "") + text[max(0, a - reach):b + reach].replace("\n", " ") + "…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", default="test,dev")
    ap.add_argument("--level", choices=("para11", "paramix", "sent"), default="para11")
    ap.add_argument("--chapters", choices=("all", "odd", "even"), default="all",
                    help="only the chapters at odd (even) positions in the script's order, from 1")
    ap.add_argument("--kind", help="list only findings of this kind with -v")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error and warning")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    args = ap.parse_args()
    kit = args.shared / "peer" / "mac" / "bench"
    if not (kit / "prep.py").is_file():
        print(f"MAC kit not found at {kit.resolve()} (the shared folder beside the repository): skipped")
        return
    from northeast_text.readers import read_document

    counts: Counter[tuple[str, str]] = Counter()
    links = chapters = 0
    cpu = time.process_time()
    with tempfile.TemporaryDirectory(prefix="mac-") as tmp:
        subprocess.run([sys.executable, str(kit / "prep.py"), tmp], check=True, capture_output=True)
        position = 0
        for split in args.splits.split(","):
            for folder in sorted((Path(tmp) / args.level).glob(f"{split}-*")):
                position += 1
                if args.chapters != "all" and position % 2 != (1 if args.chapters == "odd" else 0):
                    continue
                n, findings = check_chapter(folder)
                links += n
                chapters += 1
                texts = None
                for f in findings:
                    counts[(f["severity"], f["kind"])] += 1
                    if not args.verbose or f["severity"] == "info" or (args.kind and f["kind"] != args.kind):
                        continue
                    if texts is None:
                        texts = {b.id: b.text for lang in ("zh", "en")
                                 for b in read_document(folder / f"{lang}.txt", lang=lang).blocks}
                    print(f"{folder.name} {f['severity']} {f['kind']} {f['source_block']}/{f['target_block']}: "
                          f"{f['message']}")
                    print(f"    zh {_excerpt(texts.get(f['source_block'] or '', ''), f.get('source_span'))}")
                    print(f"    en {_excerpt(texts.get(f['target_block'] or '', ''), f.get('target_span'))}")
    cpu = time.process_time() - cpu
    print(f"{chapters} chapters ({args.level}), {links} links, {cpu:.0f} s CPU")
    print_counts(counts, links, "links")


def print_counts(counts: Counter, total: int, per: str, note: str = "") -> None:
    """The findings by severity and kind, per 100 ``per`` (links, pairs), then the errors and warnings."""
    print(f"{'severity':<8} {'kind':<16} {'count':>6} {'per 100 ' + per:>14}")
    for severity in ("error", "warning", "info"):
        for (sev, kind), n in sorted(counts.items()):
            if sev == severity:
                print(f"{sev:<8} {kind:<16} {n:>6} {100 * n / max(total, 1):>14.1f}")
    loud = sum(n for (sev, _k), n in counts.items() if sev != "info")
    print(f"errors and warnings: {loud} ({100 * loud / max(total, 1):.1f} per 100 {per}{note})")


if __name__ == "__main__":
    main()

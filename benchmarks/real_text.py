"""Precision and recall of the checks on real translations (../shared/real/*/).

Every pair folder (``zh.txt``/``zh.md``, ``en.txt``/``en.md``) under
``../shared/real/<set>/`` is checked in process (models loaded once), and its
errors and warnings are matched to the set's ``truth.tsv`` (columns: pair,
kind or ``*``, source block, target block, required).  A finding is true when
a truth row names its pair, kind and blocks; rows with ``required`` = ``no``
are real but minor problems: reporting them is not false, missing them is
not counted.  Usage::

    python benchmarks/real_text.py [--pairs N] [--filter TEXT] [--min-precision P] [--min-recall R]
                                   [--shared DIR]   # default: ../shared from the repository root

Prints per pair and overall: errors+warnings, true, false, precision, recall
over the required truths, false alarms per 100 segments, then every false
alarm with both block texts and every missed required truth.  Exits 1 when a
threshold given fails, 0 (with a message) when ../shared is absent.

Findings a set's ``truth.tsv`` does not list but which this project judged
true by reading both sides sit in ``benchmarks/adjudications/<set>.tsv`` (the
same columns plus a reason).  The overall line is printed twice: against
``truth.tsv`` alone, and with those rows; thresholds use ``truth.tsv`` alone
unless ``--adjudicated`` is given.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
REAL = ROOT / ".." / "shared" / "real"
ADJUDICATIONS = ROOT / "benchmarks" / "adjudications"
SEVERE = ("error", "warning")


@dataclass(frozen=True, slots=True)
class Truth:
    pair: str
    kind: str  # a finding kind or "*"
    source_block: str
    target_block: str
    required: bool

    def matches(self, pair: str, finding) -> bool:
        return self.kind in ("*", finding.kind) and self.on_blocks(pair, finding.source_block, finding.target_block)

    def on_blocks(self, pair: str, source_block: str | None, target_block: str | None) -> bool:
        """The row names this pair and these blocks, whatever the kind."""
        return (
            self.pair == pair
            and self.source_block in ("", "*", source_block or "")
            and self.target_block in ("", "*", target_block or "")
        )


@dataclass(slots=True)
class Score:
    segments: int = 0
    reported: int = 0
    true: int = 0
    required: int = 0
    found: int = 0
    false_alarms: list = field(default_factory=list)  # (pair, finding, source text, target text)
    missed: list = field(default_factory=list)  # Truth

    def add(self, other: Score) -> None:
        for name in ("segments", "reported", "true", "required", "found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.false_alarms += other.false_alarms
        self.missed += other.missed

    @property
    def false(self) -> int:
        return self.reported - self.true

    @property
    def precision(self) -> float:
        return self.true / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def per_100(self) -> float:
        return 100 * self.false / self.segments if self.segments else 0.0


def read_truth(path: Path) -> list[Truth]:
    """The rows of one ``truth.tsv`` (comment lines start with ``#``)."""
    if not path.exists():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return [
        Truth(r["pair"], r["kind"], r["source_block"], r["target_block"], r["required"].strip().lower() == "yes")
        for r in rows
    ]


def add_selection_options(ap: argparse.ArgumentParser, quick: bool = False) -> None:
    """The options every real-text benchmark takes to choose its pairs."""
    if quick:
        ap.add_argument("--quick", action="store_true", help="three pairs, at most four slips per kind and pair")
    ap.add_argument("--pairs", type=int, help="only the first N pairs (a quick subset)")
    ap.add_argument("--filter", help="only pairs whose folder name contains this text")
    ap.add_argument("--shared", type=Path, help="the shared folder (default ../shared from the repository root)")


def selected_pairs(args: argparse.Namespace, tool: str) -> list[Path]:
    """The pair folders the options choose; empty, with a message, when there are none."""
    real = args.shared / "real" if args.shared else REAL
    if not real.is_dir():
        print(f"{tool}: {real} not found (the shared real pairs sit next to the repository); skipped")
        return []
    limit = args.pairs or (3 if getattr(args, "quick", False) else None)
    dirs = pair_dirs(real, args.filter, limit)
    if not dirs:
        print(f"{tool}: no pair under {real} matches; skipped")
    return dirs


def pair_dirs(real: Path, name_filter: str | None, limit: int | None) -> list[Path]:
    dirs = sorted(p for p in real.glob("*/*") if p.is_dir() and _side(p, "zh") and _side(p, "en"))
    if name_filter:
        dirs = [d for d in dirs if name_filter in d.name]
    return dirs[:limit] if limit else dirs


def _side(folder: Path, lang: str) -> Path | None:
    for ext in (".md", ".txt"):
        if (folder / f"{lang}{ext}").exists():
            return folder / f"{lang}{ext}"
    return None


def check_pair(folder: Path, settings=None):
    """Annotate one pair in process; the models stay loaded between pairs."""
    from northeast_text.pipeline import annotate_files
    from northeast_text.settings import Settings

    return annotate_files(_side(folder, "zh"), _side(folder, "en"), settings or Settings(), pair_id=folder.name)


def segment_count(pair) -> int:
    """Segments of an annotated pair: the blocks of its longer side."""
    sides = [pair.target] + ([pair.source] if pair.source else [])
    return max(len(a.document.blocks) for a in sides)


def score_pair(pair, truths: list[Truth]) -> Score:
    """Match one annotated pair's errors and warnings to its truth rows."""
    mine = [t for t in truths if t.pair == pair.id]
    score = Score(segments=segment_count(pair))
    severe = [f for f in pair.findings if f.severity in SEVERE]
    score.reported = len(severe)
    for f in severe:
        if any(t.matches(pair.id, f) for t in mine):
            score.true += 1
        else:
            texts = _text(pair.source, f.source_block), _text(pair.target, f.target_block)
            score.false_alarms.append((pair.id, f, *texts))
    for t in mine:
        if not t.required:
            continue
        score.required += 1
        if any(t.matches(pair.id, f) for f in severe):
            score.found += 1
        else:
            score.missed.append(t)
    return score


def _text(analysis, block_id: str | None) -> str:
    if analysis is None or block_id is None:
        return ""
    return analysis.block(block_id).text


def line(name: str, s: Score) -> str:
    return (f"{name:40} {s.segments:5} {s.reported:5} {s.true:5} {s.false:5} "
            f"{s.precision:6.2f} {s.recall:6.2f} {s.per_100:8.1f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_selection_options(ap)
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--quiet", action="store_true", help="no list of false alarms")
    ap.add_argument("--adjudicated", action="store_true",
                    help="thresholds and the false-alarm list use truth.tsv plus benchmarks/adjudications/")
    args = ap.parse_args(argv)

    dirs = selected_pairs(args, "real_text")
    if not dirs:
        return 0
    sets = {p.parent for p in dirs}
    truths = {d: read_truth(d / "truth.tsv") for d in sets}
    judged = {d: truths[d] + read_truth(ADJUDICATIONS / f"{d.name}.tsv") for d in sets}
    total, total_judged = Score(), Score()
    print(f"{'pair':40} {'segs':>5} {'e+w':>5} {'true':>5} {'false':>5} {'P':>6} {'R':>6} {'FA/100':>8}")
    for folder in dirs:
        pair = check_pair(folder)
        s, sj = score_pair(pair, truths[folder.parent]), score_pair(pair, judged[folder.parent])
        total.add(s)
        total_judged.add(sj)
        print(line(folder.name, sj if args.adjudicated else s))
    print(line("overall (truth.tsv)", total))
    print(line("overall (+ adjudicated)", total_judged))
    if args.adjudicated:
        total = total_judged
    if not args.quiet:
        for pair_id, f, src, tgt in total.false_alarms:
            print(f"\nFALSE {pair_id} {f.severity} {f.kind} {f.source_block}->{f.target_block}: "
                  f"{f.source_text!r} / {f.target_text!r}\n  {f.message}\n  zh: {src}\n  en: {tgt}")
        for t in total.missed:
            print(f"\nMISSED {t.pair} {t.kind} {t.source_block}->{t.target_block}")
    failed = []
    if args.min_precision is not None and total.precision < args.min_precision:
        failed.append(f"precision {total.precision:.2f} < {args.min_precision}")
    if args.min_recall is not None and total.recall < args.min_recall:
        failed.append(f"recall {total.recall:.2f} < {args.min_recall}")
    for msg in failed:
        print(f"real_text: FAILED {msg}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

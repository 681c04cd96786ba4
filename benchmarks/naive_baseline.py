"""The checks against a naive digit-string comparison, on real translations.

The naive baseline is the "number check" of translation QA tools (Xbench,
Okapi CheckMate): per aligned segment, take the digit strings of both sides
(full-width digits normalised, thousands separators dropped, decimals kept)
and compare them as multisets; every source string missing in the target and
every target string missing in the source is one alarm on that segment.  It
knows nothing of 万/亿, dates or units.

Both systems see the same material (``../shared/real/<set>/``, skipped with a
message when absent), the same alignment (the pipeline's) and the same slips:

- the real pairs, unmodified, with their true problems in each ``truth.tsv``
  (``real_text.py``): an alarm is true when it lands on a truth row's blocks,
  whatever its kind; a required row is found when an alarm lands on it;
- the copies of ``inject.py`` (seeded, one slip per copy): a slip is caught
  when the copy has an alarm on the slip's block that the unchanged pair does
  not have.  Those new alarms are true on the slip's block, false elsewhere.

The tool's alarms are its errors and warnings, run in process.  Precision is
true alarms over all alarms (real pairs plus the copies' new alarms); false
alarms and false alarms per 100 segments are on the unmodified pairs.  Usage::

    python benchmarks/naive_baseline.py [--seed N] [--quick] [--pairs N] [--filter TEXT] [--shared DIR]

``--quick`` takes three pairs and at most four slips per kind and pair.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject import KINDS, new_findings, slips_for  # noqa: E402
from real_text import SEVERE, add_selection_options, check_pair, read_truth, segment_count, selected_pairs  # noqa: E402

_WIDE = str.maketrans("０１２３４５６７８９．", "0123456789.")
# a run of digits with optional thousands groups (comma or a thin or no-break
# space between groups of three) and an optional decimal part
_NUMBER = re.compile(r"(?<![0-9])(?:[0-9]{1,3}(?:[,\u00a0\u202f\u2009][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])")
_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009]")


def digit_strings(text: str) -> Counter:
    """The multiset of digit strings of ``text`` as a QA number check reads them."""
    return Counter(_SEPARATORS.sub("", m.group(0)) for m in _NUMBER.finditer(text.translate(_WIDE)))


def naive_alarms(source: str, target: str) -> Counter:
    """One alarm per digit string of one side missing on the other, keyed
    (side it is on, the string)."""
    src, tgt = digit_strings(source), digit_strings(target)
    return Counter({("zh", s): n for s, n in (src - tgt).items()}) + Counter(
        {("en", s): n for s, n in (tgt - src).items()})


@dataclass(slots=True)
class Tally:
    segments: int = 0
    required: int = 0
    truths_found: int = 0
    slips: Counter = field(default_factory=Counter)  # planted, per kind
    caught: Counter = field(default_factory=Counter)  # caught, per kind
    kind_right: int = 0  # truths and slips found by an alarm of the right kind (the tool only)
    alarms: int = 0  # real pairs plus the copies' new alarms
    true: int = 0
    real_alarms: int = 0
    real_true: int = 0

    @property
    def found(self) -> int:
        return self.truths_found + self.caught.total()

    @property
    def false_alarms(self) -> int:
        return self.real_alarms - self.real_true

    @property
    def precision(self) -> float:
        return self.true / self.alarms if self.alarms else 1.0

    @property
    def real_precision(self) -> float:
        return self.real_true / self.real_alarms if self.real_alarms else 1.0

    @property
    def per_100(self) -> float:
        return 100 * self.false_alarms / self.segments if self.segments else 0.0


# --------------------------------------------------------------------------
# segments


def _segments(pair) -> list[tuple[list, list]]:
    """The aligned segments: (source blocks, target blocks) per link."""
    src, tgt = pair.source.document.blocks, pair.target.document.blocks
    return [([src[i] for i in link.source], [tgt[j] for j in link.target]) for link in pair.alignment]


def _segment_alarms(source_blocks, target_blocks, changed: dict[str, str] | None = None) -> Counter:
    changed = changed or {}
    return naive_alarms(" ".join(b.text for b in source_blocks),
                        " ".join(changed.get(b.id, b.text) for b in target_blocks))


def _on_truth(truths, pair_id: str, source_blocks, target_blocks) -> list:
    """The truth rows one segment's blocks carry."""
    sources = [b.id for b in source_blocks] or [None]
    targets = [b.id for b in target_blocks] or [None]
    return [t for t in truths if any(t.on_blocks(pair_id, s, g) for s in sources for g in targets)]


# --------------------------------------------------------------------------
# the two systems on one pair


def naive_pair(pair, truths, slips, tally: Tally) -> list[tuple]:
    """Score the naive check on one pair and its copies; returns its false
    alarms (segment's source text, target text, alarms)."""
    false = []
    found: set = set()
    segments = _segments(pair)
    for source_blocks, target_blocks in segments:
        n = _segment_alarms(source_blocks, target_blocks).total()
        rows = _on_truth(truths, pair.id, source_blocks, target_blocks)
        tally.real_alarms += n
        tally.alarms += n
        if rows and n:
            tally.real_true += n
            tally.true += n
            found.update(rows)
        elif n:
            false.append((" ".join(b.text for b in source_blocks), " ".join(b.text for b in target_blocks),
                          _segment_alarms(source_blocks, target_blocks)))
    tally.truths_found += sum(1 for t in found if t.required)
    by_target = {g.id: seg for seg in segments for g in seg[1]}
    for slip in slips:
        source_blocks, target_blocks = by_target[slip.block]
        before = _segment_alarms(source_blocks, target_blocks)
        text = pair.target.block(slip.block).text
        new = _segment_alarms(source_blocks, target_blocks, {slip.block: slip.apply(text)}) - before
        tally.alarms += new.total()
        tally.true += new.total()  # every new alarm is on the slip's segment
        tally.caught[slip.kind] += bool(new)
    return false


def tool_pair(pair, truths, slips, lexicon, settings, tally: Tally) -> None:
    """Score the tool's errors and warnings on one pair and its copies."""
    severe = [f for f in pair.findings if f.severity in SEVERE]
    tally.real_alarms += len(severe)
    tally.alarms += len(severe)
    true = [f for f in severe if any(t.on_blocks(pair.id, f.source_block, f.target_block) for t in truths)]
    tally.real_true += len(true)
    tally.true += len(true)
    for t in truths:
        if t.required:
            tally.truths_found += any(t.on_blocks(pair.id, f.source_block, f.target_block) for f in severe)
            tally.kind_right += any(t.matches(pair.id, f) for f in severe)
    baseline: dict[str, Counter] = {}
    for slip in slips:
        new = new_findings(pair, slip, lexicon, settings, baseline)
        on_block = sum(n for k, n in new.items() if k[2] == slip.block)
        tally.alarms += new.total()
        tally.true += on_block
        tally.caught[slip.kind] += bool(on_block)
        tally.kind_right += any(k[0] == slip.kind and k[2] == slip.block for k in new)


# --------------------------------------------------------------------------
# the run


def _row(name: str, t: Tally) -> str:
    return (f"{name:7} {t.truths_found:>2}/{t.required:<3} {t.caught.total():>4}/{t.slips.total():<4} {t.found:>5} "
            f"{t.false_alarms:>6} {t.per_100:>7.1f} {t.real_precision:>7.2f} {t.alarms:>6} {t.true:>5} "
            f"{t.precision:>6.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=10)
    add_selection_options(ap, quick=True)
    ap.add_argument("--false", action="store_true", help="list the naive check's false alarms")
    args = ap.parse_args(argv)

    dirs = selected_pairs(args, "naive_baseline")
    if not dirs:
        return 0

    from northeast_text import entities
    from northeast_text.settings import Settings

    settings = Settings()
    lexicon = entities.load_lexicon(settings.lexicons)
    truths = {d: read_truth(d / "truth.tsv") for d in {p.parent for p in dirs}}
    naive, tool = Tally(), Tally()
    false = []
    for folder in dirs:
        pair = check_pair(folder, settings)
        slips = slips_for(pair, lexicon, args.seed, 4 if args.quick else None)
        mine = [t for t in truths[folder.parent] if t.pair == pair.id]
        for tally in (naive, tool):
            tally.segments += segment_count(pair)
            tally.required += sum(t.required for t in mine)
            tally.slips.update(s.kind for s in slips)
        false += naive_pair(pair, mine, slips, naive)
        tool_pair(pair, mine, slips, lexicon, settings, tool)
    print(f"{len(dirs)} pairs, {naive.segments} segments, {naive.required} required truths, "
          f"{naive.slips.total()} planted slips (seed {args.seed})")
    print(f"{'system':7} {'truths':>6} {'slips':>9} {'found':>5} {'false':>6} {'FA/100':>7} {'P real':>7} "
          f"{'alarms':>6} {'true':>5} {'P':>6}")
    print(_row("naive", naive))
    print(_row("tool", tool))
    print(f"(tool, with the right kind too: {tool.kind_right} of {tool.required + tool.slips.total()})")
    print("slips caught per kind: " + ", ".join(
        f"{k} {naive.caught[k]}/{tool.caught[k]} of {naive.slips[k]}" for k in KINDS if naive.slips[k])
        + " (naive/tool)")
    if args.false:
        for src, tgt, alarms in false:
            print(f"\nFALSE {dict(alarms)}\n  zh: {src}\n  en: {tgt}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Recall of the checks on slips planted in real translations (seeded).

Takes the real pairs under ``../shared/real/<set>/`` and plants ONE realistic
slip per copy in the English: a scale word moved or a decimal shifted
(``scale``), a digit changed (``value``), a figure replaced by a vague word
(``missing-number``), a place name swapped for another place (``entity``), a
hedge dropped (``approximation``), a unit changed (``unit``).  Each copy is
checked in process (models loaded once; only the changed block is analysed
again) and compared with the same pair unchanged:

- a slip is *caught* when the copy has an error or warning of the slip's kind
  on the slip's block that the unchanged pair does not have;
- a *new false alarm* is an error or warning in another block that the
  unchanged pair does not have.

Usage::

    python benchmarks/inject.py [--seed N] [--quick] [--pairs N] [--filter TEXT]
                                [--min-recall R] [--kinds scale,value,...] [--shared DIR] [--misses]

``--quick`` takes three pairs and at most four slips per kind and pair.
``--min-recall`` fails (exit 1) when any kind in ``--kinds`` (default: all
but entity) is under it.  Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_text import add_selection_options, check_pair, selected_pairs  # noqa: E402

KINDS = ("scale", "value", "missing-number", "entity", "approximation", "unit")
SEVERE = ("error", "warning")
QUIET = {"year", "decade", "century", "date", "ordinal", "time"}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALE_SWAP = {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"}
_HEDGE_PREFIX = re.compile(
    r"^(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close to|more than|over|above|"
    r"at least|less than|under|up to|in excess of|upwards of)\s+", re.IGNORECASE)
# (pattern, replacement, kinds it applies to): a unit the source does not say
_UNIT_SWAPS = (
    (re.compile(r"\byuan\b"), "US dollars", {"money"}),
    (re.compile(r"\bRMB\b"), "USD", {"money"}),
    (re.compile(r"\beuros\b"), "US dollars", {"money"}),
    (re.compile(r"(?<![A-Za-z])\$"), "€", {"money"}),
    (re.compile(r"\s?(?:%|percent\b)"), " percentage points", {"percent"}),
    (re.compile(r"\bpercentage points?\b"), "percent", {"points"}),
    (re.compile(r"\btons\b|\btonnes\b"), "kilograms", {"count"}),
    (re.compile(r"\bkilometers\b|\bkilometres\b|\bkm\b"), "meters", {"count"}),
)


_GENERIC_PLACES = {"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest"}


def _phrasal():
    from northeast_text.checks.quantities import load_resource

    return re.compile(load_resource("hedges.json")["en_not_hedge"], re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Slip:
    pair: str
    kind: str  # the finding kind that should report it
    block: str  # target block id
    start: int
    end: int
    new: str
    old: str

    def apply(self, text: str) -> str:
        return text[:self.start] + self.new + text[self.end:]


# --------------------------------------------------------------------------
# planting

_PHRASAL = _phrasal()  # "took over 15%": no hedge to drop


def plant(pair, lexicon, seed: int) -> list[Slip]:
    """Every slip this pair can take, one per figure (or name) and kind."""
    slips: list[Slip] = []
    noted = {n.block for n in pair.target.notes}
    for block in pair.target.document.blocks:
        if block.id in noted:
            continue
        sources = _linked_sources(pair, block.id)
        for q in pair.target.quantities_in(block.id):
            if _mentions(block.text, _DIGITS, q) > 1:
                continue  # a figure stated twice: changing one mention loses nothing
            twin = next((s for s in sources if s.value is not None and s.value == q.value), None)
            rng = random.Random(f"{seed}:{pair.id}:{block.id}:{q.start}")
            made = {"value": _value(q, rng), "scale": _scale(q, rng), "missing-number": _vague(q),
                    # only where the source states the hedge and the unit too
                    "approximation": _unhedge(q, block.text) if twin is not None and twin.hedge else None,
                    "unit": _unit(q, block.text) if twin is not None and twin.unit else None}
            for kind, got in made.items():
                if got is not None:
                    s, e, new = got
                    slips.append(Slip(pair.id, kind, block.id, s, e, new, block.text[s:e]))
        keys = [e.key for e in pair.target.entities_in(block.id)]
        source_keys = {e.key for i in _linked_indices(pair, block.id) for e in pair.source.entities_in(i)}
        for ent in pair.target.entities_in(block.id):
            if keys.count(ent.key) > 1 or ent.key not in source_keys:
                continue  # named twice, or a name the source does not give: no slip to plant
            rng = random.Random(f"{seed}:{pair.id}:{block.id}:{ent.start}:entity")
            other = _other_place(ent, lexicon, rng)
            if other:
                slips.append(Slip(pair.id, "entity", block.id, ent.start, ent.end, other, ent.text))
    return slips


def _linked_indices(pair, block_id: str) -> list[str]:
    """Ids of the source blocks aligned with target block ``block_id``."""
    n = pair.target.block(block_id).n
    src = pair.source.document.blocks
    return [src[i].id for link in pair.alignment if n in link.target for i in link.source if 0 <= i < len(src)]


def _linked_sources(pair, block_id: str) -> list:
    return [q for i in _linked_indices(pair, block_id) for q in pair.source.quantities_in(i)]


def _mentions(text: str, rx: re.Pattern[str], q) -> int:
    m = rx.search(q.text)
    return sum(1 for x in rx.finditer(text) if m and x.group(0) == m.group(0))


def _figure(q):
    """(start, end, text) of the first digit run of ``q`` in block offsets."""
    m = _DIGITS.search(q.text)
    if not m or q.kind in QUIET:
        return None
    return q.start + m.start(), q.start + m.end(), m.group(0)


def _value(q, rng):
    got = _figure(q)
    if got is None:
        return None
    s, e, digits = got
    places = [i for i, c in enumerate(digits) if c.isdigit() and c != "0" and not (i == 0 and len(digits) > 1)]
    places = places or [i for i, c in enumerate(digits) if c.isdigit() and i > 0]
    if not places:
        return None
    i = places[-1]
    new_digit = str((int(digits[i]) + rng.randint(1, 8)) % 10)
    if i == 0 and new_digit == "0":
        new_digit = "1" if digits[i] != "1" else "2"
    return s, e, digits[:i] + new_digit + digits[i + 1:]


def _scale(q, rng):
    if q.kind not in ("money", "count"):
        return None
    m = _SCALE_WORD.search(q.text)
    if m:
        word = m.group(1)
        swap = _SCALE_SWAP[word.lower()]
        return q.start + m.start(1), q.start + m.end(1), swap if word.islower() else swap.capitalize()
    got = _figure(q)
    if got is None:
        return None
    s, e, digits = got
    plain = digits.replace(",", "")
    if "." in plain:  # the decimal point moved one place
        a, b = plain.split(".")
        return s, e, (a + b[0] + ("." + b[1:] if b[1:] else "")).lstrip("0") or "0"
    if int(plain) < 1000:
        return None
    shifted = int(plain) // 10 if plain.endswith("0") and rng.random() < 0.5 else int(plain) * 10
    return s, e, f"{shifted:,}" if "," in digits else str(shifted)


def _vague(q):
    if q.kind not in ("money", "count") or q.hedge or q.kind in QUIET:
        return None
    got = _figure(q)
    if got is None or "." in got[2]:
        return None  # vague words stand for counts, not for 6.9961
    s, e, _ = got
    return s, e, "several"


def _unhedge(q, text: str):
    if q.hedge in (None, "vague"):
        return None
    m = _HEDGE_PREFIX.match(q.text)
    if not m or _PHRASAL.search(text[:q.start]):
        return None
    return q.start, q.start + m.end(), ""


def _unit(q, text: str):
    window_end = min(len(text), q.end + 25)
    for rx, new, kinds in _UNIT_SWAPS:
        if q.kind not in kinds:
            continue
        m = rx.search(text, q.start, window_end)
        if m and m.start() <= q.end + 1:
            return m.start(), m.end(), new
    return None


def _other_place(ent, lexicon, rng) -> str | None:
    if ent.type != "place" or not ent.key or ent.key not in lexicon:
        return None
    pool = sorted(k for k, e in lexicon.entries.items()
                  if e.type == "place" and e.en and not lexicon.related(k, ent.key)
                  and e.preferred("en") not in _GENERIC_PLACES)
    if not pool:
        return None
    return lexicon.entries[rng.choice(pool)].preferred("en")


# --------------------------------------------------------------------------
# checking a copy


def recheck(pair, block_id: str, text: str, lexicon, settings):
    """``pair`` with target block ``block_id`` replaced by ``text``, analysed
    again (numbers and names of that block only) and checked."""
    from northeast_text import entities, numbers
    from northeast_text.checks import run_checks
    from northeast_text.model import Analysis, Document
    from northeast_text.pipeline import assign_ids

    doc = pair.target.document
    blocks = tuple(replace(b, text=text) if b.id == block_id else b for b in doc.blocks)
    changed = next(b for b in blocks if b.id == block_id)
    quantities = []
    for b in blocks:
        quantities.extend(numbers.extract(changed) if b.id == block_id else pair.target.quantities_in(b.id))
    names = [e for e in pair.target.entities if e.block != block_id]
    names += entities.recognise(Document(lang="en", blocks=(changed,)), lexicon)
    target = Analysis(document=replace(doc, blocks=blocks), quantities=tuple(quantities),
                      entities=tuple(names), notes=pair.target.notes)
    copy = replace(pair, target=target, findings=())
    return assign_ids(run_checks(copy, settings))


def _severe(findings) -> Counter:
    return Counter((f.kind, f.source_block, f.target_block, f.source_text, f.target_text)
                   for f in findings if f.severity in SEVERE)


def _already_reported(pair, slip: Slip) -> bool:
    """A slip on a figure or name the unchanged pair already reports measures nothing."""
    return any(f.severity in SEVERE and f.target_block == slip.block and f.target_span
               and f.target_span[0] < slip.end and slip.start < f.target_span[1] for f in pair.findings)


def slips_for(pair, lexicon, seed: int, per_kind: int | None = None) -> list[Slip]:
    """The slips planted in ``pair`` (seeded): every one the pair can take
    on a figure or name it does not already report, or at most ``per_kind``
    of each kind."""
    slips = [s for s in plant(pair, lexicon, seed) if not _already_reported(pair, s)]
    if not per_kind:
        return slips
    by_kind = defaultdict(list)
    for s in slips:
        by_kind[s.kind].append(s)
    return [s for k in KINDS for s in random.Random(f"{seed}:{pair.id}:{k}").sample(
        by_kind[k], min(per_kind, len(by_kind[k])))]


def new_findings(pair, slip: Slip, lexicon, settings, baseline: dict[str, Counter]) -> Counter:
    """Errors and warnings of the copy with ``slip`` that the unchanged pair
    (its block analysed again the same way, cached in ``baseline``) lacks,
    keyed (kind, source block, target block, source text, target text)."""
    text = pair.target.block(slip.block).text
    if slip.block not in baseline:
        baseline[slip.block] = _severe(recheck(pair, slip.block, text, lexicon, settings))
    return _severe(recheck(pair, slip.block, slip.apply(text), lexicon, settings)) - baseline[slip.block]


# --------------------------------------------------------------------------
# the run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=10)
    add_selection_options(ap, quick=True)
    ap.add_argument("--per-kind", type=int, help="at most N slips per kind and pair")
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--kinds", default="scale,value,missing-number,approximation,unit",
                    help="kinds the --min-recall threshold applies to")
    ap.add_argument("--misses", action="store_true", help="list every slip not caught and every new false alarm")
    args = ap.parse_args(argv)

    per_kind = args.per_kind or (4 if args.quick else None)
    dirs = selected_pairs(args, "inject")
    if not dirs:
        return 0

    from northeast_text import entities
    from northeast_text.settings import Settings

    settings = Settings()
    lexicon = entities.load_lexicon(settings.lexicons)
    planted: Counter = Counter()
    caught: Counter = Counter()
    alarmed: Counter = Counter()
    misses: list[str] = []
    for folder in dirs:
        pair = check_pair(folder, settings)
        baseline: dict[str, Counter] = {}
        for slip in slips_for(pair, lexicon, args.seed, per_kind):
            text = pair.target.block(slip.block).text
            new = new_findings(pair, slip, lexicon, settings, baseline)
            planted[slip.kind] += 1
            hit = any(k[0] == slip.kind and k[2] == slip.block for k in new)
            caught[slip.kind] += hit
            elsewhere = [k for k in new if k[2] != slip.block]
            alarmed[slip.kind] += bool(elsewhere)
            if args.misses and (not hit or elsewhere):
                misses.append(f"{'MISSED' if not hit else 'ALARM '} {slip.kind:15} {pair.id} {slip.block}: "
                              f"{slip.old!r} -> {slip.new!r}; new: {sorted(new)}\n    {slip.apply(text)}")
    total = sum(planted.values())
    print(f"{len(dirs)} pairs, {total} planted slips (seed {args.seed})")
    print(f"{'kind':16} {'planted':>8} {'caught':>7} {'recall':>7} {'new alarms elsewhere':>21}")
    for k in KINDS:
        if planted[k]:
            print(f"{k:16} {planted[k]:8} {caught[k]:7} {caught[k] / planted[k]:7.2f} {alarmed[k]:21}")
    print(f"{'all':16} {total:8} {sum(caught.values()):7} {sum(caught.values()) / max(total, 1):7.2f} "
          f"{sum(alarmed.values()):21}")
    for line in misses:
        print(line)
    if args.min_recall is None:
        return 0
    failed = [k for k in args.kinds.split(",") if planted[k] and caught[k] / planted[k] < args.min_recall]
    for k in failed:
        print(f"inject: FAILED recall of {k} {caught[k] / planted[k]:.2f} < {args.min_recall}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

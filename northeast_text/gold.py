"""Validate a pair folder's ``gold.json`` against its two texts.

The format is ``docs/gold-format.md``.  This module is standard library only,
so that it can check a gold file without loading the analysis pipeline it is
meant to judge::

    python -m northeast_text.gold corpus/northeast [corpus/other ...]

prints every problem and exits 1 if there is any, else a one-line summary per
folder and exit 0.  The checks:

* the keys of ``gold.json``, the finding and note kinds, the rate;
* ``blocks``: one prefix per block, each a prefix of its block's normalised
  text, at least 12 characters unless it is the whole block, naming one block;
* ``alignment``: every block of each side in exactly one link, indices
  contiguous and ascending, links monotonic, no link empty on both sides;
* ``findings``/``notes``: quoted texts are verbatim substrings of the blocks
  named (raw or normalised), a finding's two blocks sit in the same link;
* coverage: a target block with no source has a note or an ``addition``
  finding, a source block with no target an ``omission`` finding;
* conversions: with a declared rate, every "X RMB (approx. Y USD)" style
  conversion in the translation is recomputed; one off by more than the
  rounding of the figure and of the rate needs a ``rate`` finding, one off by
  the figure's rounding alone may have only an ``optional`` one.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

FINDING_KINDS = frozenset({
    "scale", "value", "rate", "missing-number", "extra-number", "entity",
    "arithmetic", "omission", "addition", "approximation", "unit",
})
NOTE_KINDS = frozenset({"translator", "gloss", "footnote", "preface"})
TOP_KEYS = ("id", "source", "target", "rate", "blocks", "alignment", "findings", "notes")
FINDING_KEYS = ("zh_block", "en_block", "zh", "en", "expect", "why")
MIN_PREFIX = 12
SIDES = ("zh", "en")


def split_blocks(text: str) -> list[str]:
    """Blocks: maximal runs of non-blank lines, a YAML front matter excluded."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            lines = lines[end + 1:]
    blocks: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    return blocks


def normalise(block: str) -> str:
    """A block's text with backslash escapes and emphasis marks removed."""
    block = re.sub(r"\\(.)", r"\1", block)
    return block.replace("*", "").replace("_", "").strip()


@dataclass
class Texts:
    """The blocks of one side, raw and normalised."""

    raw: list[str]
    norm: list[str]

    @classmethod
    def read(cls, path: Path) -> Texts:
        raw = split_blocks(path.read_text(encoding="utf-8-sig"))
        return cls(raw, [normalise(b) for b in raw])

    def __len__(self) -> int:
        return len(self.raw)

    def contains(self, k: int, sub: str) -> bool:
        return sub in self.raw[k] or sub in self.norm[k]


def _is_index(k: object) -> bool:
    return isinstance(k, int) and not isinstance(k, bool)


@dataclass
class GoldCheck:
    """The problems found in one pair folder (``problems`` empty: valid)."""

    folder: Path
    problems: list[str] = field(default_factory=list)
    gold: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, Texts] = field(default_factory=dict)
    link_of: dict[str, dict[int, int]] = field(default_factory=lambda: {"zh": {}, "en": {}})
    conversions_checked: int = 0

    def bad(self, message: str) -> None:
        self.problems.append(message)

    # ------------------------------------------------------------- loading
    def load(self) -> bool:
        try:
            self.gold = json.loads((self.folder / "gold.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.bad(f"cannot read gold.json: {e}")
            return False
        if not isinstance(self.gold, dict):
            self.bad("gold.json: not a JSON object")
            return False
        for key in TOP_KEYS:
            if key not in self.gold:
                self.bad(f"gold.json: missing key {key!r}")
        for side, role in zip(SIDES, ("source", "target")):
            path = self._file(side, role)
            if path is None:
                return False
            self.texts[side] = Texts.read(path)
        return True

    def _file(self, side: str, role: str) -> Path | None:
        declared = (self.gold.get(role) or {}).get("file")
        if declared:
            if (self.folder / declared).is_file():
                return self.folder / declared
            self.bad(f"{role}.file {declared!r} does not exist")
            return None
        for name in (f"{side}.md", f"{side}.txt"):
            if (self.folder / name).is_file():
                return self.folder / name
        self.bad(f"no {role} file ({side}.md or {side}.txt)")
        return None

    # -------------------------------------------------------------- blocks
    def check_blocks(self) -> None:
        blocks = self.gold.get("blocks") or {}
        for side in SIDES:
            prefixes, texts = blocks.get(side), self.texts[side].norm
            if not isinstance(prefixes, list):
                self.bad(f"blocks.{side}: missing or not a list")
                continue
            if len(prefixes) != len(texts):
                self.bad(f"blocks.{side}: {len(prefixes)} prefixes for {len(texts)} blocks")
            for i, prefix in enumerate(prefixes[:len(texts)]):
                self._check_prefix(side, i, prefix, texts)
            if len(set(map(str, prefixes))) != len(prefixes):
                self.bad(f"blocks.{side}: duplicate prefixes")

    def _check_prefix(self, side: str, i: int, prefix: object, texts: Sequence[str]) -> None:
        where = f"blocks.{side}[{i}]"
        if not isinstance(prefix, str) or not prefix:
            self.bad(f"{where}: empty or not a string")
            return
        text = texts[i]
        if not text.startswith(prefix):
            self.bad(f"{where}: {prefix!r} is not a prefix of block {i} ({text[:40]!r})")
            return
        whole = prefix == text
        if whole:
            others = [j for j, t in enumerate(texts) if j != i and t == text]
            if others:
                self.bad(f"{where}: block text {text!r} repeated in block(s) {others}")
            return
        if len(prefix) < MIN_PREFIX:
            self.bad(f"{where}: prefix {prefix!r} shorter than {MIN_PREFIX} characters")
        others = [j for j, t in enumerate(texts) if j != i and t.startswith(prefix)]
        if others:
            self.bad(f"{where}: prefix {prefix!r} also starts block(s) {others}")

    # ----------------------------------------------------------- alignment
    def check_alignment(self) -> None:
        links = self.gold.get("alignment")
        if not isinstance(links, list):
            self.bad("alignment: missing or not a list")
            return
        seen: dict[str, Counter[int]] = {side: Counter() for side in SIDES}
        last = {side: -1 for side in SIDES}
        for li, link in enumerate(links):
            if not (isinstance(link, list) and len(link) == 2 and all(isinstance(s, list) for s in link)):
                self.bad(f"alignment[{li}]: not a pair of lists: {link!r}")
                continue
            if not link[0] and not link[1]:
                self.bad(f"alignment[{li}]: empty on both sides")
            for side, idx in zip(SIDES, link):
                self._check_link_side(li, side, idx, seen[side], last)
        for side in SIDES:
            dup = sorted(k for k, c in seen[side].items() if c > 1)
            missing = sorted(set(range(len(self.texts[side]))) - set(seen[side]))
            if dup:
                self.bad(f"alignment: {side} block(s) in more than one link: {dup}")
            if missing:
                self.bad(f"alignment: {side} block(s) in no link: {missing}")

    def _check_link_side(self, li: int, side: str, idx: list[object], seen: Counter[int],
                         last: dict[str, int]) -> None:
        if not all(_is_index(k) for k in idx):
            self.bad(f"alignment[{li}]: non-integer index on {side} side: {idx!r}")
            return
        ks = [int(k) for k in idx]  # type: ignore[call-overload]
        n = len(self.texts[side])
        for k in ks:
            if not 0 <= k < n:
                self.bad(f"alignment[{li}]: {side} block {k} out of range (0..{n - 1})")
            seen[k] += 1
            self.link_of[side].setdefault(k, li)
        if not ks:
            return
        if ks != list(range(ks[0], ks[0] + len(ks))):
            self.bad(f"alignment[{li}]: {side} indices not contiguous and ascending: {ks}")
        if ks[0] <= last[side]:
            self.bad(f"alignment[{li}]: {side} index {ks[0]} not after {last[side]} (links not monotonic)")
        last[side] = max(last[side], ks[-1])

    # ------------------------------------------------- findings and notes
    def _block(self, where: str, side: str, k: object, allow_null: bool = False) -> int | None:
        if k is None and allow_null:
            return None
        n = len(self.texts[side])
        if not _is_index(k) or not 0 <= k < n:  # type: ignore[operator]
            self.bad(f"{where}: {side}_block {k!r} not a block number (0..{n - 1})")
            return None
        return int(k)  # type: ignore[call-overload]

    def _quoted(self, where: str, side: str, k: int | None, text: object) -> None:
        if text is None:
            return
        if not isinstance(text, str) or not text:
            self.bad(f"{where}: {side} must be a non-empty string or null")
        elif k is not None and not self.texts[side].contains(k, text):
            self.bad(f"{where}: {side} {text!r} not found in {side} block {k}")

    def check_findings(self) -> None:
        findings = self.gold.get("findings")
        if not isinstance(findings, list):
            self.bad("findings: missing or not a list")
            return
        for i, f in enumerate(findings):
            kind = f.get("kind")
            where = f"findings[{i}] ({kind}, en {f.get('en_block')})"
            if kind not in FINDING_KINDS:
                self.bad(f"{where}: unknown kind {kind!r}")
            for key in FINDING_KEYS:
                if key not in f:
                    self.bad(f"{where}: missing key {key!r}")
            zh, en = f.get("zh"), f.get("en")
            zb = self._block(where, "zh", f.get("zh_block"), allow_null=zh is None)
            eb = self._block(where, "en", f.get("en_block"), allow_null=en is None and kind == "omission")
            self._quoted(where, "zh", zb, zh)
            self._quoted(where, "en", eb, en)
            if en is None and kind != "omission":
                self.bad(f"{where}: en is null")
            if zb is not None and eb is not None:
                lz, le = self.link_of["zh"].get(zb), self.link_of["en"].get(eb)
                if lz is not None and le is not None and lz != le:
                    self.bad(f"{where}: zh block {zb} and en block {eb} are in different links")

    def check_notes(self) -> None:
        notes = self.gold.get("notes")
        if not isinstance(notes, list):
            self.bad("notes: missing or not a list")
            return
        for i, note in enumerate(notes):
            where = f"notes[{i}] ({note.get('kind')}, en {note.get('en_block')})"
            if note.get("kind") not in NOTE_KINDS:
                self.bad(f"{where}: unknown kind {note.get('kind')!r}")
            text = note.get("text")
            if not isinstance(text, str) or not text:
                self.bad(f"{where}: text missing or empty")
                continue
            k = self._block(where, "en", note.get("en_block"))
            if k is not None and not self.texts["en"].contains(k, text):
                self.bad(f"{where}: text {text[:60]!r} not found in en block {k}")

    def check_coverage(self) -> None:
        links = self.gold.get("alignment")
        if not isinstance(links, list):
            return
        findings = self.gold.get("findings") or []
        noted = {n.get("en_block") for n in self.gold.get("notes") or []}
        added = {f.get("en_block") for f in findings if f.get("kind") == "addition"}
        omitted = {f.get("zh_block") for f in findings if f.get("kind") == "omission"}
        for link in links:
            if not (isinstance(link, list) and len(link) == 2):
                continue
            zh, en = link
            for k in en if not zh else ():
                if k not in noted | added:
                    self.bad(f"en block {k} has no source but no note and no 'addition' finding")
            for k in zh if not en else ():
                if k not in omitted:
                    self.bad(f"zh block {k} has no target but no 'omission' finding")

    # -------------------------------------------------------------- rates
    def check_rates(self) -> None:
        rate = self.gold.get("rate")
        if rate is None:
            return
        if not isinstance(rate, dict) or not all(k in rate for k in ("base", "quote", "value")):
            self.bad(f"rate: expected null or {{base, quote, value}}, got {rate!r}")
            return
        try:
            value = Decimal(str(rate["value"]))
        except InvalidOperation:
            value = Decimal(0)
        if not value > 0:
            self.bad(f"rate.value {rate.get('value')!r} is not a positive number")
            return
        failing: list[tuple[int, str]] = []
        borderline: list[tuple[int, str]] = []
        for k, text in enumerate(self.texts["en"].norm):
            for conv in conversions(text, rate["base"], rate["quote"]):
                self.conversions_checked += 1
                verdict = conv.verdict(value)
                if verdict == "off":
                    failing.append((k, conv.base_text))
                elif verdict == "borderline":
                    borderline.append((k, conv.base_text))
        self._match_rate_findings(failing, borderline, rate["base"])

    def _match_rate_findings(self, failing: list[tuple[int, str]], borderline: list[tuple[int, str]],
                             base: str) -> None:
        found = [f for f in self.gold.get("findings") or [] if f.get("kind") == "rate"]

        def hits(k: int, figure: str) -> list[int]:
            rx = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d,]|\.\d)")
            return [i for i, f in enumerate(found) if f.get("en_block") == k and rx.search(f.get("en") or "")]

        matched: set[int] = set()
        for k, figure in failing:
            hit = hits(k, figure)
            if not hit:
                self.bad(f"en block {k}: conversion to {figure} {base} is off the declared rate "
                         "but has no 'rate' finding")
            for i in hit:
                if found[i].get("optional"):
                    self.bad(f"en block {k}: rate finding for {figure} is clearly off, so it must not be optional")
            matched.update(hit)
        for k, figure in borderline:
            for i in hits(k, figure):
                if not found[i].get("optional"):
                    self.bad(f"en block {k}: {figure} is within the rounding of the declared rate; "
                             "its finding must be optional")
                matched.add(i)
        for i, f in enumerate(found):
            if i not in matched:
                self.bad(f"rate finding at en block {f.get('en_block')} ({f.get('en')!r}) "
                         "matches no conversion that is off the declared rate")

    # ---------------------------------------------------------------- run
    def run(self) -> GoldCheck:
        if self.load():
            self.check_blocks()
            self.check_alignment()
            self.check_findings()
            self.check_notes()
            self.check_coverage()
            self.check_rates()
        return self

    def summary(self) -> str:
        links = [x for x in self.gold.get("alignment") or [] if isinstance(x, list) and len(x) == 2]
        types = Counter(f"{len(a)}-{len(b)}" for a, b in links)
        kinds = Counter(f.get("kind") for f in self.gold.get("findings") or [])
        notes = Counter(n.get("kind") for n in self.gold.get("notes") or [])
        return (f"blocks zh={len(self.texts['zh'])} en={len(self.texts['en'])}; links={len(links)} "
                f"{dict(sorted(types.items()))}; findings {dict(kinds)}; notes {dict(notes)}; "
                f"conversions checked={self.conversions_checked}")


# ------------------------------------------------------------ conversions
_NUM = r"\d[\d,]*(?:\.\d+)?"
_SCALE_WORD = r"(?:trillion|billion|million|thousand|bn|m)"
_SCALES = {None: 0, "": 0, "thousand": 3, "million": 6, "m": 6, "billion": 9, "bn": 9, "trillion": 12}
_LABELS = {"USD": (r"(?:US\$|\$)", r"(?:USD|US dollars)"), "CNY": (r"(?:RMB|CNY|¥)", r"(?:yuan|RMB|CNY)")}


def _amount_pattern(code: str) -> re.Pattern[str]:
    """An amount in a currency: "RMB 2.3 billion", "¥80bn", "159bn yuan", "6 to 7 trillion RMB".

    A range written before a suffix label ("846 and 987 billion USD") keeps its
    first figure in ``lo``; it shares the scale word of the second.
    """
    prefix, suffix = _LABELS.get(code, (re.escape(code), re.escape(code)))
    return re.compile(
        rf"(?:{prefix}\s?(?P<a>{_NUM})(?:[ -]?(?P<au>{_SCALE_WORD})\b)?"
        rf"|(?:(?P<lo>{_NUM})\s*(?:to|and|-|–)\s*)?(?P<b>{_NUM})[ -]?(?:(?P<bu>{_SCALE_WORD})[ -]?)?{suffix}\b)")


def _amounts(m: re.Match[str]) -> list[tuple[str, Decimal, int]]:
    """The figures of one amount match (two for a range), with value and scale power."""
    figures = [m.group("a")] if m.group("a") else [f for f in (m.group("lo"), m.group("b")) if f]
    power = _SCALES[m.group("au") if m.group("a") else m.group("bu")]
    return [(f, Decimal(f.replace(",", "")).scaleb(power), power) for f in figures]


@dataclass(frozen=True)
class Conversion:
    """A quote-currency amount followed by its base-currency conversion."""

    quote_amount: Decimal
    base_text: str
    base_amount: Decimal
    base_power: int

    def verdict(self, rate: Decimal) -> str:
        """"ok", "borderline" (off by the figure's rounding only) or "off"."""
        exponent = Decimal(self.base_text.replace(",", "")).as_tuple().exponent
        figure_tol = Decimal("0.5").scaleb(int(exponent) + self.base_power)
        rate_tol = Decimal("0.5").scaleb(int(rate.as_tuple().exponent))
        low = self.quote_amount / (rate + rate_tol) - figure_tol
        high = self.quote_amount / (rate - rate_tol) + figure_tol
        if not low <= self.base_amount <= high:
            return "off"
        return "borderline" if abs(self.quote_amount / rate - self.base_amount) > figure_tol else "ok"


_LEAD = re.compile(r"\s*[(=–—-]\s*(?:approx\.\s*|about\s*|between\s+|~\s*)?$")


def conversions(text: str, base: str, quote: str) -> Iterator[Conversion]:
    """Base-currency conversions that follow quote-currency amounts.

    Two styles: a conversion right after its amount ("3.2 trillion RMB
    (approx. 456 billion USD)", "104.7 billion RMB – approx. 14.6 billion USD",
    "6 to 7 trillion RMB (between 846 and 987 billion USD)"), and a parenthesis
    of conversions after several amounts of one clause ("RMB 5 and 8 trillion
    (US$0.7 trillion and US$1.1 trillion)"): the last amounts before it pair,
    in order, with those inside it.
    """
    base_rx, quote_rx = _amount_pattern(base), _amount_pattern(quote)
    seen: set[int] = set()
    for paren in re.finditer(r"\(([^()]*)\)", text):
        if quote_rx.search(paren.group(1)):
            continue  # amounts and their conversions inside: the first style
        bases = list(base_rx.finditer(paren.group(1)))
        before = text[:paren.start()]
        cut = max(before.rfind(")"), before.rfind(". "), before.rfind("; "))
        quotes = list(quote_rx.finditer(before[cut + 1:]))
        if bases and quotes:
            for qm, bm in zip(quotes[-len(bases):], bases[-len(quotes):]):
                seen.add(paren.start(1) + bm.start())
                yield from _paired(_amounts(qm), _amounts(bm))
    for bm in base_rx.finditer(text):
        before = text[max(0, bm.start() - 80):bm.start()]
        lead = _LEAD.search(before)
        if bm.start() in seen or lead is None:
            continue
        quotes = list(quote_rx.finditer(before[:lead.start()]))
        if quotes and quotes[-1].end() == lead.start():
            yield from _paired(_amounts(quotes[-1]), _amounts(bm))


def _paired(quotes: list[tuple[str, Decimal, int]], bases: list[tuple[str, Decimal, int]]) -> Iterator[Conversion]:
    """Pair the ends of a range with the ends of its conversion (a single figure serves both)."""
    for i, (figure, amount, power) in enumerate(bases):
        yield Conversion(quotes[min(i, len(quotes) - 1)][1], figure, amount, power)


def check_folder(folder: str | Path) -> GoldCheck:
    """Validate one pair folder; the result lists its problems."""
    return GoldCheck(Path(folder)).run()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m northeast_text.gold PAIR_FOLDER [PAIR_FOLDER ...]", file=sys.stderr)
        return 2
    status = 0
    for folder in args:
        if not Path(folder).is_dir():
            print(f"PROBLEM: {folder} is not a folder")
            status = 1
            continue
        result = check_folder(folder)
        for problem in result.problems:
            print("PROBLEM:", problem)
        if result.problems:
            print(f"{len(result.problems)} problem(s) in {folder}")
            status = 1
        else:
            print(f"OK {folder}: {result.summary()}")
    return status


if __name__ == "__main__":
    sys.exit(main())

"""The unit model of bilingual files (XLIFF, TMX, review tables) and its small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Finding


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit: its id in the file, both texts, where it starts."""

    id: str
    source: str
    target: str
    line: int = 0  # 1-based line (XML) or table row (DOCX); 0 when unknown


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A file holding both sides, unit by unit (XLIFF, TMX, a review table)."""

    path: str
    format: str  # "xliff" | "tmx" | "docx-table"
    units: tuple[Unit, ...]
    version: str = ""  # "1.2", "2.0" ... for XLIFF and TMX
    skipped: int = 0  # units left out: no translation, or translate="no"
    warnings: tuple[str, ...] = ()
    handle: object = field(default=None, compare=False, repr=False)  # the parsed file, for writing back


def unit_index(finding: Finding) -> int | None:
    """The index of the unit a finding belongs to (block ``zh-b<n>``/``en-b<n>`` is unit n)."""
    block = finding.target_block or finding.source_block
    return int(block.rsplit("b", 1)[1]) if block else None


def has_both(unit: Unit) -> bool:
    """True when the unit has text on both sides (is translated)."""
    return bool(unit.source.strip() and unit.target.strip())


def nonempty_units(units: list[Unit]) -> tuple[tuple[Unit, ...], int]:
    """The units with text on both sides, and how many were left out."""
    kept = tuple(u for u in units if has_both(u))
    return kept, len(units) - len(kept)


def no_units_error(bilingual_format: str, skipped: int, path: str) -> InputError:
    extra = f" ({skipped} without a translation)" if skipped else ""
    return InputError(f"no translated unit to check in this {bilingual_format} file{extra}", path)

"""The unit model of bilingual files (XLIFF, TMX, review tables) and its small helpers."""

from __future__ import annotations

import re
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
    format: str  # "xliff" | "tmx" | "docx-table" | "table" (CSV/TSV)
    units: tuple[Unit, ...]
    version: str = ""  # "1.2", "2.0" ... for XLIFF and TMX
    untranslated: tuple[str, ...] = ()  # ids of the units left out: no translation
    warnings: tuple[str, ...] = ()
    handle: object = field(default=None, compare=False, repr=False)  # the parsed file, for writing back

    @property
    def skipped(self) -> int:
        """How many units were left out for want of a translation."""
        return len(self.untranslated)


def unit_index(finding: Finding) -> int | None:
    """The index of the unit a finding belongs to (block ``zh-b<n>``/``en-b<n>`` is unit n)."""
    block = finding.target_block or finding.source_block
    return int(block.rsplit("b", 1)[1]) if block else None


#: ISO 639-2/3 codes CAT tools write (memoQ: ``zho-CN``, ``eng-US``) for the two languages read.
_THREE_LETTER = {"zho": "zh", "chi": "zh", "cmn": "zh", "eng": "en"}


def lang_base(value: str | None) -> str:
    """The base language of a tag as tools write it: ``zh-CN``, ``ZH_cn``, ``zh-Hans``, ``zho-CN`` -> ``zh``."""
    base = (value or "").strip().lower().replace("_", "-").split("-", 1)[0]
    return _THREE_LETTER.get(base, base)


def is_translation(source: str, target: str) -> bool:
    """True when both sides hold text and the target is not the Chinese source copied over
    (what Crowdin, Okapi and Trados write in a segment nobody translated)."""
    source, target = source.strip(), target.strip()
    if not (source and target):
        return False
    from ..readers import _CJK_LETTER

    return not (" ".join(source.split()) == " ".join(target.split()) and _CJK_LETTER.search(source))


def has_both(unit: Unit) -> bool:
    """True when the unit is translated (:func:`is_translation`)."""
    return is_translation(unit.source, unit.target)


#: Tags a CAT tool writes into the text of a bilingual export (Phrase/Memsource ``{1>``, ``<1}``,
#: ``{2}``, ``{b>``; OmegaT ``<g0>``, ``</g0>``, ``<x1/>``): they hold no text.
_TEXT_TAG = re.compile(r"\{\d+>|<\d+\}|\{\d+\}|\{[biu]>|<[biu]\}|</?[a-z]\d+/?>")


def drop_text_tags(source: str, target: str) -> tuple[str, str]:
    """Both sides without the tool's tags written as text, when the source holds such tags and the
    target none but the source's (a tool copies its tags into the translation; a target's own
    ``{3}`` that the source lacks means they are text, and both sides stay as they are)."""
    tags = set(_TEXT_TAG.findall(source))
    if not tags or not set(_TEXT_TAG.findall(target)) <= tags:
        return source, target
    return _TEXT_TAG.sub("", source), _TEXT_TAG.sub("", target)


def nonempty_units(units: list[Unit]) -> tuple[tuple[Unit, ...], tuple[str, ...]]:
    """The translated units, and the ids of those left out."""
    return tuple(u for u in units if has_both(u)), tuple(u.id for u in units if not has_both(u))


def no_units_error(bilingual_format: str, skipped: int, path: str) -> InputError:
    extra = f" ({skipped} without a translation)" if skipped else ""
    return InputError(f"no translated unit to check in this {bilingual_format} file{extra}", path)

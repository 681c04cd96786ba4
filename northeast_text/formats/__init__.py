"""Files translators hold, read into the pipeline's model.

* :mod:`.docx` reads a Word document into a :class:`~northeast_text.model.Document`
  (one side of a pair), or a bilingual review table into a :class:`Bilingual`;
* :mod:`.xliff` reads XLIFF 1.2 / 2.x into a :class:`Bilingual` and writes the
  findings back into the file as ITS 2.0 Localization Quality Issue marks;
* :mod:`.tmx_in` reads a TMX translation memory into a :class:`Bilingual`;
* :mod:`.csv_in` reads a two-column CSV/TSV table into a :class:`Bilingual`
  (the column and header rules of :mod:`.tables`, shared with review tables).

A :class:`Bilingual` is already aligned: each unit is one Chinese block and
one English block joined by a 1-1 link, so :func:`northeast_text.pipeline.annotate_bilingual` skips the
aligner and runs every check unit by unit.  :func:`format_units` lists the
findings by unit id.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from ..errors import InputError
from ..model import AnnotatedPair, Block, Document, Finding
from .units import Bilingual, Unit, has_both, no_units_error, nonempty_units, unit_index

__all__ = ["Bilingual", "Unit", "has_both", "no_units_error", "nonempty_units", "unit_index"]

#: Suffixes read as one bilingual file by ``check FILE`` / ``annotate FILE``.
XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".txlf")
TMX_SUFFIXES = (".tmx",)
TABLE_SUFFIXES = (".csv", ".tsv", ".tab")
DOCX_SUFFIXES = (".docx",)
BILINGUAL_SUFFIXES = XLIFF_SUFFIXES + TMX_SUFFIXES + TABLE_SUFFIXES + DOCX_SUFFIXES


def is_bilingual_path(path: str | Path) -> bool:
    """True when ``path``'s suffix names a bilingual format (.xlf, .xliff, .tmx, .csv, .tsv, .docx)."""
    return str(path).lower().endswith(BILINGUAL_SUFFIXES)


def side_document(data: bytes, lang: str | None, path: str) -> Document | None:
    """One side of a pair from a format of this package: a Word document (by content),
    else None; an XLIFF, TMX or CSV/TSV file (by suffix) is refused: it holds both sides."""
    if data.startswith(b"PK\x03\x04"):
        from .docx import parse_docx

        return parse_docx(data, lang, path)
    if path.lower().endswith(XLIFF_SUFFIXES + TMX_SUFFIXES + TABLE_SUFFIXES):
        raise InputError(f"holds both the original and the translation; check it alone: "
                         f"northeast-text check {path}", path)
    return None


def read_bilingual(path: str | Path, max_size: float | None = None) -> Bilingual:
    """Read an XLIFF file, a TMX memory, a CSV/TSV table or a .docx review table, by suffix."""
    from ..readers import _read_bytes

    name = str(path)
    low = name.lower()
    if not low.endswith(BILINGUAL_SUFFIXES):
        raise InputError(
            "one file is read as a pair only when it is XLIFF (.xlf, .xliff), TMX (.tmx), "
            "a table (.csv, .tsv) or a Word review table (.docx); otherwise give SOURCE and TARGET", name)
    data = _read_bytes(path, max_size)
    if low.endswith(XLIFF_SUFFIXES):
        from .xliff import parse_xliff

        return parse_xliff(data, name)
    if low.endswith(TMX_SUFFIXES):
        from .tmx_in import parse_tmx

        return parse_tmx(data, name)
    if low.endswith(TABLE_SUFFIXES):
        from .csv_in import parse_table_text

        return parse_table_text(data, name)
    from .docx import parse_review_table

    return parse_review_table(data, name)


def documents(bilingual: Bilingual) -> tuple[Document, Document]:
    """The Chinese and English documents of a bilingual file: one block per unit."""
    from ..readers import plain_text

    def side(lang: str) -> Document:
        blocks = []
        for n, unit in enumerate(bilingual.units):
            raw = unit.source if lang == "zh" else unit.target
            blocks.append(Block(id=f"{lang}-b{n}", n=n, lang=lang, role="paragraph",
                                text=plain_text(raw, "text")[0], raw=raw, line=unit.line))
        return Document(lang=lang, blocks=tuple(blocks), path=bilingual.path, format=bilingual.format)

    return side("zh"), side("en")


def _ids(ids: tuple[str, ...], shown: int = 10) -> str:
    """The first ids of a list, and how many more."""
    return ", ".join(ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def unit_of(bilingual: Bilingual, finding: Finding) -> Unit | None:
    """The unit a finding belongs to."""
    n = unit_index(finding)
    return None if n is None else bilingual.units[n]


def format_units(pair: AnnotatedPair, bilingual: Bilingual, width: int = 100, min_severity: str = "warning") -> str:
    """The findings listed unit by unit, then the summary line."""
    from ..model import SEVERITIES
    from ..writers.report import summary_line

    rank = SEVERITIES.index(min_severity)
    shown = [f for f in pair.findings if SEVERITIES.index(f.severity) <= rank]
    by_unit: dict[int, list[Finding]] = {}
    for f in shown:
        n = unit_index(f)
        by_unit.setdefault(-1 if n is None else n, []).append(f)
    lines = [f"{bilingual.path}: {len(bilingual.units)} units ({bilingual.format}"
             + (f" {bilingual.version}" if bilingual.version else "") + ", zh → en)"
             + (f", {bilingual.skipped} left out (no translation: {_ids(bilingual.untranslated)})"
                if bilingual.skipped else "")]
    lines.append("─" * min(width, max(len(lines[0]), 20)))
    wrap = textwrap.TextWrapper(width=width, initial_indent=" " * 6, subsequent_indent=" " * 6)
    for n in sorted(by_unit):
        unit = bilingual.units[n] if n >= 0 else None
        line = unit.line if unit and bilingual.format != "docx-table" else 0
        lines.append(f"unit {unit.id}" + (f" (line {line})" if line else "") if unit else "file")
        for f in sorted(by_unit[n], key=lambda f: SEVERITIES.index(f.severity)):
            lines.append(f"  {f.severity.upper():<7} {f.kind}")
            quoted = " → ".join(f"“{' '.join(t.split())}”" for t in (f.source_text, f.target_text) if t is not None)
            for text in (quoted, f"expected: “{f.expected}”" if f.expected else "", f.message):
                if text:
                    lines.extend(wrap.wrap(text))
    if not shown:
        lines.append("No findings.")
    hidden = len(pair.findings) - len(shown)
    lines.append("")
    lines.append(summary_line(pair.findings) + (f" ({hidden} below {min_severity} not shown)" if hidden else ""))
    return "\n".join(lines)

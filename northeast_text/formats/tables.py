"""Bilingual tables (a Word review table, a CSV/TSV file): rows of cells read as units.

The Chinese column is the one with the most Han characters (and mostly Han),
the English one the one with the most Latin letters (and few Han); other
columns (segment ids, status, comments) are ignored.  The first row is a
header when it is marked as one, when its Chinese cell is not Chinese, or
when both cells are short labels without figures (``原文 | Translation``).
"""

from __future__ import annotations

import re

from ..errors import InputError
from .units import Unit, drop_text_tags, nonempty_units


def columns(rows: list[list[str]]) -> tuple[int, int] | None:
    """(zh column, en column) of a table, by script, or None."""
    from ..readers import _CJK_LETTER, _LATIN_LETTER

    width = max(len(r) for r in rows)
    cjk = [sum(len(_CJK_LETTER.findall(r[c])) for r in rows if c < len(r)) for c in range(width)]
    latin = [sum(len(_LATIN_LETTER.findall(r[c])) for r in rows if c < len(r)) for c in range(width)]
    zh = max(range(width), key=lambda c: cjk[c] - latin[c])
    en = max((c for c in range(width) if c != zh), key=lambda c: latin[c] - 4 * cjk[c], default=None)
    if en is None or cjk[zh] == 0 or 4 * cjk[zh] < latin[zh] or latin[en] <= 4 * cjk[en]:
        return None
    return zh, en


def is_header(row: list[str], zh: int, en: int, marked: bool) -> bool:
    """True when a table's first row is its header."""
    from ..readers import detect_language

    if marked:
        return True
    a, b = row[zh] if zh < len(row) else "", row[en] if en < len(row) else ""
    if not a or detect_language(a) != "zh":
        return True
    return len(a) <= 8 and len(b.split()) <= 3 and not re.search(r"\d", a + b)


def table_units(rows: list[list[str]], cols: tuple[int, int], path: str, header_marked: bool = False,
                lines: list[int] | None = None) -> tuple[tuple[Unit, ...], tuple[str, ...]]:
    """The units of a table (``row<n>``, n = the row's number; line: ``lines[n-1]`` or n) and the ids
    of the rows left out (a cell empty, or the target the source copied)."""
    zh, en = cols
    found = []
    for n, row in enumerate(rows, 1):
        if n == 1 and is_header(row, zh, en, header_marked):
            continue
        source, target = drop_text_tags(row[zh] if zh < len(row) else "", row[en] if en < len(row) else "")
        found.append(Unit(f"row{n}", source, target, lines[n - 1] if lines else n))
    units, untranslated = nonempty_units(found)
    if not units:
        raise InputError("the bilingual table has no row with both a Chinese and an English cell", path)
    return units, untranslated

"""CSV and TSV in: a bilingual table saved as text, one unit per row.

The file is decoded as any text file (:func:`northeast_text.readers.decode_bytes`:
a byte-order mark, as Excel writes, then UTF-8, GB18030 …).  A ``.tsv`` or
``.tab`` file is tab-separated; a ``.csv`` file is separated by commas,
semicolons (Excel in many European locales) or tabs, whichever the
standard :class:`csv.Sniffer` finds; a first line ``sep=;`` (Excel's
hint) names the separator and is no row.  Quoted cells may hold line breaks; a
quote left open or followed by text is refused with its line.
Columns and header are found as in a Word review table
(:mod:`northeast_text.formats.tables`).
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import InputError
from .tables import columns, table_units
from .units import Bilingual

_DELIMITERS = ",;\t"
_SEP_LINE = re.compile(r"sep=(.)\r?\n")


def _delimiter(text: str, path: str) -> str:
    if path.lower().endswith((".tsv", ".tab")):
        return "\t"
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


def parse_table_text(data: bytes, path: str) -> Bilingual:
    """Read a CSV/TSV file whose columns hold the Chinese source and its English translation."""
    from ..readers import decode_bytes

    text, _encoding = decode_bytes(data, path)
    hint = _SEP_LINE.match(text)
    delimiter = hint.group(1) if hint else _delimiter(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            if hint and reader.line_num == 1:
                continue
            if any(cell.strip() for cell in row):
                lines.append(reader.line_num - sum(cell.count("\n") for cell in row))
                rows.append([cell.strip() for cell in row])
    except csv.Error as exc:
        raise InputError(f"not a well-formed table: {exc}", path, reader.line_num) from None
    cols = columns(rows) if rows else None
    if cols is None:
        raise InputError("no column of Chinese text and column of English text; expected a bilingual "
                         "table (the original and its translation in two columns)", path)
    units, untranslated = table_units(rows, cols, path, lines=lines)
    return Bilingual(path=path, format="table", units=units, untranslated=untranslated)

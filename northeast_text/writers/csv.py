"""``findings.csv``: one row per finding of a whole corpus, for spreadsheets.

The file is UTF-8 **with a byte-order mark** and CRLF line ends (RFC 4180):
Excel opens a BOM-less UTF-8 CSV in the legacy code page and garbles the
Chinese, while LibreOffice, Google Sheets, pandas (``encoding="utf-8-sig"``)
and Python's ``csv`` module all read the BOM form.  Every field is quoted
only when needed (the ``csv`` module's minimal quoting).

A cell that a spreadsheet would run as a formula (text starting with ``=``,
``@``, or ``+``/``-`` not followed by a digit, and tab or carriage return) is
prefixed with an apostrophe, the usual defence against CSV formula injection;
numbers such as ``-5%`` or ``+3.2`` are left alone.

Rows are built from JSON report dicts (``writers.report.to_report``), so a
batch can rebuild the file from the per-pair reports already on disk.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

COLUMNS = (
    "pair", "id", "kind", "severity", "source_block", "target_block",
    "source_text", "target_text", "expected", "message", "check",
)

_FORMULA = re.compile(r"^(?:[=@\t\r]|[+-](?![\d.,\s]))")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if _FORMULA.match(text) else text


def finding_rows(pair_id: str, report: Mapping[str, Any]) -> list[list[str]]:
    """The CSV rows (without header) of one pair's report dict."""
    rows = []
    for f in report.get("findings") or ():
        row = {"pair": pair_id, **{k: f.get(k) for k in COLUMNS if k != "pair"}}
        rows.append([_cell(row[c]) for c in COLUMNS])
    return rows


def findings_csv(reports: Iterable[tuple[str, Mapping[str, Any]]]) -> bytes:
    """The whole ``findings.csv`` for ``(pair_id, report_dict)`` in corpus order."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for pair_id, report in reports:
        writer.writerows(finding_rows(pair_id, report))
    return buf.getvalue().encode("utf-8-sig")

"""The JSON report (``REPORT_FORMAT.md``) and the text table of ``check``.

Both read only a :class:`~northeast_text.model.AnnotatedPair`.  The report's
shape is a contract: fields may be added, never renamed or dropped.

>>> report = to_report(pair)                     # doctest: +SKIP
>>> print(report_json(pair))                     # doctest: +SKIP
>>> print(format_table(pair, color=False))       # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import shutil
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .. import TOOL_NAME, __version__
from ..model import SEVERITIES, Analysis, AnnotatedPair, Finding, Link, SentenceLink
from ..script import language_tag

SCHEMA_VERSION = 1


# --------------------------------------------------------------------------- JSON


def to_report(
    pair: AnnotatedPair,
    source_path: str | None = None,
    target_path: str | None = None,
) -> dict[str, Any]:
    """The report of one pair as a plain dict, keys in REPORT_FORMAT.md order.

    ``source_path``/``target_path`` override the documents' own paths (the
    CLI passes the paths as the user typed them).
    """
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "source": _side(pair.source, source_path),
        "target": _side(pair.target, target_path),
        "rate": _rate(pair),
        "alignment": _alignment(pair),
        "findings": [_finding(f, i) for i, f in enumerate(pair.findings, 1)],
        "notes": [
            {
                "id": n.id,
                "kind": n.kind,
                "block": n.block,
                "text": n.text,
                "place": n.place,
                "start": n.start,
                "end": n.end,
            }
            for n in _notes_in_order(pair.target)
            if n.resp != "author"  # the author's note markers are not the translator's notes
        ],
        "sentences": _sentences(pair),
    }


def report_json(
    pair: AnnotatedPair,
    source_path: str | None = None,
    target_path: str | None = None,
    indent: int | None = 2,
) -> str:
    """:func:`to_report` as JSON text: UTF-8 characters kept, deterministic."""
    return json.dumps(
        to_report(pair, source_path, target_path),
        ensure_ascii=False,
        indent=indent,
        default=_json_default,
    ) + "\n"


def _side(analysis: Analysis | None, path: str | None) -> dict[str, Any] | None:
    if analysis is None:
        return None
    doc = analysis.document
    return {
        "lang": doc.lang,
        "language_tag": language_tag(doc),  # zh-Hans, zh-Hant or en (as in the TEI and TMX)
        "path": path if path is not None else doc.path,
        "blocks": [
            {"id": b.id, "n": b.n, "text": b.text, "role": b.role} for b in doc.blocks
        ],
        **({"warnings": list(doc.warnings)} if doc.warnings else {}),  # what the reader changed
    }


def _rate(pair: AnnotatedPair) -> dict[str, Any] | None:
    r = pair.rate
    if r is None:
        return None
    out: dict[str, Any] = {
        "base": r.base,
        "quote": r.quote,
        "value": _number(r.value),
        "block": r.block,
    }
    if r.text is not None:
        out["text"] = r.text
    return out


def _alignment(pair: AnnotatedPair) -> list[dict[str, Any]]:
    if pair.source is None:
        return []
    src = pair.source.document.blocks
    tgt = pair.target.document.blocks
    return [
        {
            "source": [src[i].id for i in link.source],
            "target": [tgt[j].id for j in link.target],
            "score": _score(link),
            "type": link.type,
        }
        for link in pair.alignment
    ]


def _sentences(pair: AnnotatedPair) -> dict[str, Any]:
    """The sentence spans of both sides and their alignment (an extra field:
    ``link`` is the 0-based index of the block link a sentence link lies in)."""
    sides: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    source_blocks = {b.id for b in pair.source.document.blocks} if pair.source is not None else set()
    for s in pair.sentences:
        sides["source" if s.block in source_blocks else "target"].append(
            {"id": s.id, "block": s.block, "start": s.start, "end": s.end})
    links = [
        {"source": list(link.source), "target": list(link.target), "score": _score(link),
         "type": link.type, "link": link.link}
        for link in pair.sentence_alignment
    ]
    return {**sides, "alignment": links}


def _score(link: Link | SentenceLink) -> float:
    s = float(link.score)
    if math.isnan(s):
        return 0.0
    return round(min(1.0, max(0.0, s)), 4)


def _finding(f: Finding, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f.id or f"f{index}",
        "kind": f.kind,
        "severity": f.severity,
        "source_block": f.source_block,
        "target_block": f.target_block,
        "source_text": f.source_text,
        "target_text": f.target_text,
        "expected": f.expected,
        "message": f.message,
    }
    if f.check:
        out["check"] = f.check
    if f.source_span is not None:
        out["source_span"] = list(f.source_span)
    if f.target_span is not None:
        out["target_span"] = list(f.target_span)
    if f.data:
        out["data"] = _plain(f.data)
    if f.evidence:
        out["evidence"] = _plain(f.evidence)
    return out


def _notes_in_order(analysis: Analysis) -> list:
    order = {b.id: b.n for b in analysis.document.blocks}
    return sorted(analysis.notes, key=lambda n: (order.get(n.block, 1 << 30), n.start, n.end))


def _number(value: Decimal | float | int) -> int | float:
    """A JSON number: an int when integral, else a float."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and abs(value) < Decimal(2) ** 53:
            return int(value)
        return float(value)
    return value


def _plain(value: Any) -> Any:
    """Finding.data made JSON-ready and deterministic (keys sorted)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        return _number(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return _number(obj)
    return str(obj)


# --------------------------------------------------------------------------- table

_COLORS = {"error": "\x1b[31;1m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


def severity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per severity, every severity present (0 when none)."""
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def format_table(
    pair: AnnotatedPair, color: bool = False, width: int | None = None, min_severity: str = "info"
) -> str:
    """A readable list of findings for a terminal, then a summary line.

    Findings below ``min_severity`` are left out of the list (the summary
    still counts them and says how many were hidden).

    One entry per finding: severity, kind and block(s) on the first line,
    then ``source → target``, the expected rendering and the message, each
    wrapped to ``width`` columns (default: the terminal's, at most 100).
    ``color`` adds ANSI colours (pass ``sys.stdout.isatty()``).
    """
    if width is None:
        width = min(100, shutil.get_terminal_size((100, 24)).columns)
    width = max(40, width)
    paint = (lambda code, s: f"{code}{s}{_RESET}") if color else (lambda code, s: s)

    rank = SEVERITIES.index(min_severity) if min_severity in SEVERITIES else len(SEVERITIES) - 1
    shown = [f for f in pair.findings if f.severity not in SEVERITIES or SEVERITIES.index(f.severity) <= rank]
    hidden = len(pair.findings) - len(shown)
    findings = sorted(
        shown,
        key=lambda f: (_block_key(pair, f), SEVERITIES.index(f.severity)
                       if f.severity in SEVERITIES else 9, f.kind),
    )
    lines: list[str] = []
    title = _title_line(pair)
    lines.append(paint(_BOLD, title))
    lines.append("─" * min(width, max(len(title), 20)))
    indent = " " * 4
    for i, f in enumerate(findings, 1):
        sev = f.severity.upper().ljust(7)
        where = _blocks_label(f)
        head = f"{i:>3}. {paint(_COLORS.get(f.severity, ''), sev)} {f.kind:<14} {where}"
        lines.append(head.rstrip())
        if f.source_text is not None:
            tgt = _quote(f.target_text) if f.target_text is not None else "—"
            lines.extend(_wrap(f"{_quote(f.source_text)} → {tgt}", width, indent))
        elif f.target_text is not None:  # lives in the translation alone
            lines.extend(_wrap(_quote(f.target_text), width, indent))
        if f.expected:
            lines.extend(_wrap(f"expected: {_quote(f.expected)}", width, indent))
        if f.message:
            lines.extend(
                paint(_DIM, ln) if color else ln for ln in _wrap(f.message, width, indent)
            )
    if not findings:
        lines.append("No findings." if not hidden else f"No findings at {min_severity} level or above.")
    lines.append("")
    summary = summary_line(pair.findings)
    if hidden:
        below = "info" if min_severity == "warning" else "warning/info"
        summary += f" ({hidden} {below} not shown; --show info lists them)"
    lines.append(summary)
    return "\n".join(lines)


def summary_line(findings: Sequence[Finding]) -> str:
    """``3 errors, 1 warning, 0 info`` (every severity, in order)."""
    counts = severity_counts(findings)
    parts = []
    for sev in SEVERITIES:
        n = counts.get(sev, 0)
        name = sev if sev == "info" or n == 1 else sev + "s"
        parts.append(f"{n} {name}")
    return f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: " + ", ".join(parts)


def _title_line(pair: AnnotatedPair) -> str:
    tgt = pair.target.document
    name = tgt.path or pair.id
    if pair.source is not None:
        src = pair.source.document
        return (f"{src.path or 'source'} ({len(src.blocks)} blocks) → "
                f"{name} ({len(tgt.blocks)} blocks)")
    return f"{name} ({len(tgt.blocks)} blocks, translation only)"


def _blocks_label(f: Finding) -> str:
    if f.source_block and f.target_block:
        return f"{f.source_block} → {f.target_block}"
    return f.source_block or f.target_block or ""


def _block_key(pair: AnnotatedPair, f: Finding) -> tuple[int, int]:
    def n_of(analysis: Analysis | None, block_id: str | None) -> int:
        if analysis is None or block_id is None:
            return 1 << 30
        try:
            return analysis.block(block_id).n
        except KeyError:
            return 1 << 30

    return (n_of(pair.target, f.target_block), n_of(pair.source, f.source_block))


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text}”"


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _tokens(text: str) -> list[str]:
    """Words with their trailing space; each wide character is a token of its own."""
    out: list[str] = []
    buf = ""
    for c in text:
        if unicodedata.east_asian_width(c) in "WF":
            if buf:
                out.append(buf)
                buf = ""
            out.append(c)
        elif c == " ":
            out.append(buf + " ")
            buf = ""
        else:
            buf += c
    if buf:
        out.append(buf)
    return out


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """Wrap by display width, breaking between words or between wide characters."""
    text = " ".join(text.split())
    lines: list[str] = []
    prefix = indent
    line = ""
    for tok in _tokens(text):
        while True:
            room = width - display_width(prefix)
            if display_width(line + tok.rstrip()) <= room:
                line += tok
                break
            if line.strip():
                lines.append(prefix + line.rstrip())
                prefix = indent + "  "
                line = ""
                tok = tok.lstrip()
                continue
            # a single token longer than the line: cut it
            room = width - display_width(prefix)
            cut = 0
            while cut < len(tok) and display_width(tok[: cut + 1]) <= room:
                cut += 1
            cut = max(cut, 1)
            lines.append(prefix + tok[:cut])
            prefix = indent + "  "
            tok = tok[cut:]
            if not tok:
                break
    if line.strip() or not lines:
        lines.append(prefix + line.rstrip())
    return lines

"""Reviewer decisions: read them safely, keep them across runs, fold them into the TEI.

A translator reviewing the HTML page confirms or dismisses findings and
exports the decisions as JSON::

    {"schema": 1, "pair": "northeast",
     "decisions": [{"finding": "f-afaef55f3b", "decision": "dismissed",
                    "comment": "rounded on purpose", "reviewer": "D. Ownby"}]}

Finding ids are derived from content (:func:`northeast_text.pipeline.assign_ids`),
so a decision still names the same finding on a later run.

- :func:`load_decisions` / :func:`parse_decisions` read such a file (size-limited,
  strict JSON, every field checked; :class:`InputError` with file and line).
- :func:`apply_decisions` marks the findings of a pair (``Finding.data["review"]``);
  the HTML page shows dismissed ones greyed out, :func:`active_findings` leaves
  them out (for exit codes).
- :func:`apply_review_to_tei` adds one ``<note type="review">`` per decision to a
  TEI file, pointing at the finding's QA ``<span>``; the TEI is parsed without
  DTDs, entities or network, and a DOCTYPE is refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import AnnotatedPair, Finding
from .writers.tei import TEI_NS, XML_ID

SCHEMA = 1
DECISIONS = ("confirmed", "dismissed")
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_TEI_BYTES = 200 * 1024 * 1024
MAX_COMMENT = 10_000
MAX_DECISIONS = 100_000



@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer's verdict on one finding."""

    finding: str
    decision: str  # "confirmed" | "dismissed"
    comment: str = ""
    reviewer: str | None = None


@dataclass(frozen=True, slots=True)
class Decisions:
    """A decisions file: the pair it was made for and the decisions, in order."""

    pair: str
    decisions: tuple[Decision, ...]

    def by_finding(self) -> dict[str, Decision]:
        """The last decision per finding id (later entries win)."""
        return {d.finding: d for d in self.decisions}

    def to_json(self) -> str:
        items = []
        for d in self.decisions:
            item: dict[str, Any] = {"finding": d.finding, "decision": d.decision, "comment": d.comment}
            if d.reviewer:
                item["reviewer"] = d.reviewer
            items.append(item)
        return json.dumps({"schema": SCHEMA, "pair": self.pair, "decisions": items},
                          ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- reading


def load_decisions(path: str | Path) -> Decisions:
    """Read a decisions file (at most :data:`MAX_JSON_BYTES`)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder; expected a decisions JSON file", str(path))
        with p.open("rb") as fh:
            data = fh.read(MAX_JSON_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return parse_decisions(data, str(path))


def parse_decisions(data: bytes | str, path: str = "<decisions>") -> Decisions:
    """Parse and check a decisions document; :class:`InputError` says what is wrong and where."""
    text, doc = _load_json(data, path)

    def fail(message: str, needle: str | None = None) -> InputError:
        return InputError(message, path, _line_of(text, needle) if needle else None)

    if not isinstance(doc, dict):
        raise fail('expected a JSON object {"schema": 1, "pair": ..., "decisions": [...]}')
    if doc.get("schema") != SCHEMA or isinstance(doc.get("schema"), bool):
        raise fail(f'expected "schema": {SCHEMA}, found {doc.get("schema")!r}', '"schema"')
    pair = doc.get("pair")
    if not isinstance(pair, str) or not pair.strip() or len(pair) > 500:
        raise fail('expected "pair": the pair id (a non-empty string)', '"pair"')
    items = doc.get("decisions")
    if not isinstance(items, list):
        raise fail('expected "decisions": a list of {"finding", "decision", "comment"}', '"decisions"')
    if len(items) > MAX_DECISIONS:
        raise fail(f"more than {MAX_DECISIONS} decisions", '"decisions"')
    return Decisions(pair.strip(), tuple(_decision(item, f"decisions[{i}]", fail) for i, item in enumerate(items)))


def _load_json(data: bytes | str, path: str) -> tuple[str, object]:
    """The text of a small JSON document and its value: UTF-8, no NaN, no duplicate keys."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_JSON_BYTES:
        raise InputError(f"larger than {MAX_JSON_BYTES // (1024 * 1024)} MB; "
                         "expected a decisions file exported from the review page", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("not UTF-8; expected a JSON decisions file", path, line) from None
    if not text.strip():
        raise InputError("empty; expected a JSON decisions file", path)

    def no_constants(name: str):
        raise ValueError(f"{name} is not valid JSON")

    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        dup = next((k for k in keys if keys.count(k) > 1), None)
        if dup is not None:
            raise ValueError(f"key {dup!r} given twice")
        return dict(pairs)

    try:
        return text, json.loads(text, parse_constant=no_constants, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", path, exc.lineno) from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"not valid JSON: {exc}", path) from None


def _decision(item: object, where: str, fail) -> Decision:
    """One entry of "decisions", checked."""
    if not isinstance(item, dict):
        raise fail(f"{where}: expected an object", None)
    fid = item.get("finding")
    needle = json.dumps(fid) if isinstance(fid, str) else None
    if not isinstance(fid, str) or not re.fullmatch(r"[A-Za-z_][\w.-]{0,200}", fid):
        raise fail(f"{where}: expected \"finding\": a finding id like \"f-1a2b3c4d5e\", found {fid!r}", needle)
    decision = item.get("decision")
    if decision not in DECISIONS:
        raise fail(f"{where} ({fid}): expected \"decision\": \"confirmed\" or \"dismissed\", "
                   f"found {decision!r}", needle)
    comment = item.get("comment") or ""
    if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
        raise fail(f"{where} ({fid}): expected \"comment\": a string of at most {MAX_COMMENT} characters", needle)
    reviewer = item.get("reviewer")
    if reviewer is not None and (not isinstance(reviewer, str) or len(reviewer) > 200):
        raise fail(f"{where} ({fid}): expected \"reviewer\": a name (string)", needle)
    return Decision(fid, decision, _clean(comment), _clean(reviewer).strip() or None if reviewer else None)


def merge_decisions(*files: Decisions) -> Decisions:
    """Several decision files as one: later files win for the same finding."""
    merged: dict[str, Decision] = {}
    pair = ""
    for d in files:
        pair = pair or d.pair
        merged.update(d.by_finding())
    return Decisions(pair, tuple(merged.values()))


def _line_of(text: str, needle: str) -> int | None:
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    """Characters XML cannot hold become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


# --------------------------------------------------------------------------- pairs


def apply_decisions(pair: AnnotatedPair, decisions: Decisions | Iterable[Decision]) -> AnnotatedPair:
    """The pair with each decided finding marked in ``Finding.data["review"]``.

    ``{"decision": "dismissed", "comment": ..., "reviewer": ...}``; findings
    without a decision are unchanged.  Decisions naming findings the pair does
    not have are ignored (:func:`unmatched` lists them).
    """
    table = decisions.by_finding() if isinstance(decisions, Decisions) else {d.finding: d for d in decisions}
    if not table:
        return pair
    findings = []
    for f in pair.findings:
        d = table.get(f.id)
        if d is None:
            findings.append(f)
            continue
        review = {"decision": d.decision, "comment": d.comment}
        if d.reviewer:
            review["reviewer"] = d.reviewer
        findings.append(replace(f, data={**dict(f.data or {}), "review": review}))
    return replace(pair, findings=tuple(findings))


def unmatched(pair: AnnotatedPair, decisions: Decisions) -> list[str]:
    """Finding ids in ``decisions`` that ``pair`` does not have (stale or another pair's)."""
    ids = {f.id for f in pair.findings}
    return [fid for fid in decisions.by_finding() if fid not in ids]


def is_dismissed(finding: Finding) -> bool:
    review = finding.data.get("review") if isinstance(finding.data, Mapping) else None
    return isinstance(review, Mapping) and review.get("decision") == "dismissed"


def active_findings(pair: AnnotatedPair) -> list[Finding]:
    """The findings a reviewer has not dismissed (what an exit code should count)."""
    return [f for f in pair.findings if not is_dismissed(f)]


# --------------------------------------------------------------------------- TEI


@dataclass(frozen=True, slots=True)
class ReviewResult:
    tei: bytes
    applied: tuple[str, ...]
    unknown: tuple[str, ...]


_EXTERNAL_DOCTYPE = re.compile(
    r"<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC\s+(?:\"[^\"]*\"|'[^']*'))\s+(?:\"[^\"]*\"|'[^']*')\s*>")


def safe_parse_xml(data: bytes, path: str, expected: str = "a TEI document written by northeast-text",
                   external_doctype: bool = False):
    """Parse XML written by someone else: no DTD, no entities, no network, no huge trees.

    A document with a DOCTYPE (where entities would be declared) is refused;
    with ``external_doctype`` a DOCTYPE that only names its DTD
    (``<!DOCTYPE tmx SYSTEM "tmx11.dtd">``, as OmegaT writes) is accepted
    and its DTD never read; one with an internal subset is still refused.
    ``expected`` names what the file should be, for the messages.
    """
    from lxml import etree

    if len(data) > MAX_TEI_BYTES:
        raise InputError(f"larger than {MAX_TEI_BYTES // (1024 * 1024)} MB; refusing to parse", path)
    head = data[:4096]
    named_dtd = external_doctype and _names_dtd_only(head)
    if not named_dtd and (b"<!DOCTYPE" in head or b"<!ENTITY" in head or b"<\x00!\x00D\x00O\x00C" in head):
        raise InputError(f"has a DOCTYPE (entity declarations are refused); expected {expected}",
                         path, _byte_line(data, b"<!"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_pis=False)
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if getattr(exc, "lineno", None) else None
        msg = exc.msg if hasattr(exc, "msg") else str(exc)
        raise InputError(f"not well-formed XML: {msg}", path, line) from None
    internal = tree.docinfo.internalDTD
    declares = internal is not None and (not named_dtd or any(True for _ in internal.iterentities()))
    if (tree.docinfo.doctype and not named_dtd) or declares:
        raise InputError(f"has a DOCTYPE (entity declarations are refused); expected {expected}", path)
    for el in tree.iter():
        if isinstance(el, etree._Entity):
            raise InputError(f"uses the entity &{el.name}; entities are refused", path, el.sourceline)
    return tree


def _names_dtd_only(head: bytes) -> bool:
    """True when the file's DOCTYPE only names an external DTD (no internal subset, no entity)."""
    text = head.decode("utf-16", "ignore") if head.startswith((b"\xff\xfe", b"\xfe\xff")) else head.decode("latin-1")
    return bool(_EXTERNAL_DOCTYPE.search(text)) and "<!ENTITY" not in text and text.count("<!DOCTYPE") == 1


def _byte_line(data: bytes, needle: bytes) -> int | None:
    i = data.find(needle)
    return data.count(b"\n", 0, i) + 1 if i >= 0 else None


def apply_review_to_tei(tei: bytes, decisions: Decisions, path: str = "<tei>") -> ReviewResult:
    """Fold decisions into a TEI document as ``<note type="review">`` in ``<standOff>``.

    Each note has ``@target`` = the finding's QA ``<span>`` (``#f-…``; inside a
    ``teiCorpus`` the span whose id ends in ``.f-…``), ``@subtype`` = the
    decision, ``@resp`` = a reviewer ``<respStmt>`` added to the title
    statement, and the comment as text.  Applying the same decisions again
    replaces the earlier notes, so the result does not grow.
    """
    from lxml import etree

    from .writers.tei import integrity_errors, serialise

    tree = safe_parse_xml(tei, path)
    root = tree.getroot()
    if root.tag not in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        raise InputError(f"root element is <{etree.QName(root).localname}>; expected a TEI document "
                         "(<TEI> or <teiCorpus>)", path, root.sourceline)
    tei_docs = [root] if root.tag == f"{{{TEI_NS}}}TEI" else list(root.iter(f"{{{TEI_NS}}}TEI"))
    spans: dict[str, tuple[Any, Any]] = {}  # finding id -> (span, its <TEI>)
    for doc in tei_docs:
        for span in doc.iter(f"{{{TEI_NS}}}span"):
            parent = span.getparent()
            if parent is None or parent.get("type") != "qa":
                continue
            xid = span.get(XML_ID) or ""
            fid = xid.rsplit(".", 1)[-1] if "." in xid else xid
            spans.setdefault(fid, (span, doc))
    table = decisions.by_finding()
    known = [fid for fid in table if fid in spans]
    unknown = tuple(fid for fid in table if fid not in spans)
    if table and not known:
        raise InputError(f"none of the {len(table)} decisions names a finding of this TEI "
                         f"(decisions are for pair {decisions.pair!r}); expected the TEI of that pair",
                         path)
    all_ids = {el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    for fid in known:
        d = table[fid]
        span, doc = spans[fid]
        prefix = _prefix(doc)
        resp_id = _reviewer(doc, d.reviewer, prefix, all_ids)
        standoff = span.getparent().getparent()
        target = "#" + span.get(XML_ID)
        for old in standoff.findall(f"{{{TEI_NS}}}note[@type='review']"):
            if old.get("target") == target and old.get("resp") == "#" + resp_id:
                standoff.remove(old)
        note = etree.SubElement(standoff, f"{{{TEI_NS}}}note")
        note.set("type", "review")
        note.set("subtype", d.decision)
        note.set("target", target)
        note.set("resp", "#" + resp_id)
        note.text = d.comment or None
    errors = integrity_errors(root)
    if errors:
        raise InputError("the TEI has broken pointers or ids after the review was added: "
                         + "; ".join(errors[:3]), path)
    return ReviewResult(serialise(root), tuple(known), unknown)


def _prefix(doc) -> str:
    """The id prefix of a <TEI> inside a teiCorpus ("northeast." when its id is "northeast")."""
    xid = doc.get(XML_ID)
    return f"{xid}." if xid else ""


def _reviewer(doc, name: str | None, prefix: str, all_ids: set[str]) -> str:
    """The xml:id of the reviewer's <respStmt> in the document's title statement (added if new)."""
    import hashlib

    from lxml import etree

    local = "reviewer"
    if name:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        if not slug or not name.isascii():
            slug = (slug + "-" if slug else "") + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        local = "reviewer-" + slug
    xid = prefix + local
    if xid in all_ids:
        return xid
    header = doc.find(f"{{{TEI_NS}}}teiHeader")
    ts = header.find(f"{{{TEI_NS}}}fileDesc/{{{TEI_NS}}}titleStmt") if header is not None else None
    if ts is None:
        raise InputError("the TEI has no <titleStmt> to name the reviewer in; expected a TEI document "
                         "written by northeast-text", None)
    rs = etree.Element(f"{{{TEI_NS}}}respStmt")
    rs.set(XML_ID, xid)
    etree.SubElement(rs, f"{{{TEI_NS}}}resp").text = "review of the translation-quality findings"
    n = etree.SubElement(rs, f"{{{TEI_NS}}}name")
    n.text = name or "reviewer not stated"
    if not name:
        n.set("type", "unknown")
    # respStmt goes after title/author/editor/… and before funder etc.: after the last respStmt
    last = [c for c in ts if isinstance(c.tag, str) and etree.QName(c).localname in
            ("title", "author", "editor", "respStmt", "meeting", "sponsor")]
    if last:
        last[-1].addnext(rs)
        rs.tail = last[-1].tail
    else:
        ts.append(rs)
    all_ids.add(xid)
    return xid

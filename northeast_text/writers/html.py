"""The review page: one self-contained HTML file per pair, rendered from the TEI.

The page is made the way the TEI world renders documents: the pair's TEI
(:func:`~northeast_text.writers.tei.to_tei`) goes through an XSLT 1.0
stylesheet shipped as package data (``resources/html/review.xsl``), with the
page's CSS and JavaScript (``review.css``, ``review.js``) inlined, so the file
needs no network, fonts or scripts from anywhere.

Before the transform, :func:`decorate` adds to an in-memory copy of the TEI
what the page needs and the TEI does not say, in a private namespace
(``urn:northeast-text:html``) that never leaves this module:

- one ``h:row`` per alignment link, 0-1 and 1-0 links included (TEI has no
  one-target link), with its type and score;
- one ``h:finding`` per finding: kind, severity, both texts, expected value,
  the element ids it points at (the QA span's @target) and the reviewer's
  decision if :func:`northeast_text.review.apply_decisions` set one;
- on the ``<s>`` elements of the TEI's sentence alignment: ``h:grp``, one
  group per sentence link (hovering a sentence lights up its counterparts),
  ``h:title`` (the link's type and score) and ``h:low`` on the sentences of
  a link scoring under 0.5 (marked uncertain);
- on inline quantities and names: ``h:grp``, the counterpart groups they
  belong to (equal values or lexicon keys within one link, and the two spans
  of every finding), so that hovering one lights up its counterparts;
  ``h:sev``, the worst severity of the findings pointing at it; ``h:title``,
  a readable tooltip.

>>> page = html_page(pair)                             # doctest: +SKIP
>>> Path("review.html").write_text(page, encoding="utf-8")  # doctest: +SKIP

lxml is imported lazily so that the command line starts fast.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import TOOL_NAME, __version__
from ..model import SEVERITIES, AnnotatedPair, Block, Entity, Finding, Quantity
from ..resources_io import read_text
from .report import severity_counts

if TYPE_CHECKING:  # pragma: no cover
    from lxml import etree

H_NS = "urn:northeast-text:html"
LOW_SCORE = 0.5
INLINE_TAGS = ("num", "measure", "date", "placeName", "orgName", "persName", "name", "seg", "note")
_DATE_KINDS = ("year", "decade", "century", "date")


def _h(tag: str) -> str:
    return f"{{{H_NS}}}{tag}"


# --------------------------------------------------------------------------- public API


def html_page(pair: AnnotatedPair) -> str:
    """The review page of one pair: a complete, self-contained HTML document."""
    from lxml import etree

    from .tei import to_tei

    root = to_tei(pair)
    decorate(root, pair)
    result = _transform()(
        root,
        css=etree.XSLT.strparam(read_text("html", "review.css")),
        js=etree.XSLT.strparam(read_text("html", "review.js")),
    )
    page = str(result)
    if page.startswith("<!DOCTYPE"):
        page = page.split("\n", 1)[1]
    return "<!DOCTYPE html>\n" + page


def index_page(rows: Iterable[Mapping[str, Any]], title: str = "Review pages") -> str:
    """An index of review pages: one line per pair with its counts, linking to its page.

    Each row is a mapping with ``id`` and ``href`` (the page, relative to the
    index), and optionally ``title``, ``errors``, ``warnings``, ``info``,
    ``dismissed`` (counts) and ``error`` (a message for a pair that failed;
    no link then).  :func:`index_row` makes one from an annotated pair.
    """
    esc = _html.escape
    body = []
    totals = {"errors": 0, "warnings": 0, "info": 0}
    for row in rows:
        pid = str(row.get("id", ""))
        href = row.get("href")
        name = esc(pid)
        if row.get("error"):
            body.append(
                f'<tr class="failed"><td>{name}</td><td colspan="4">{esc(str(row.get("title") or ""))}</td>'
                f'<td class="msg">failed: {esc(str(row["error"]))}</td></tr>'
            )
            continue
        counts = {k: int(row.get(k) or 0) for k in ("errors", "warnings", "info")}
        for k in totals:
            totals[k] += counts[k]
        link = f'<a href="{esc(str(href), quote=True)}">{name}</a>' if href else name
        cls = "err" if counts["errors"] else ("warn" if counts["warnings"] else "ok")
        dismissed = int(row.get("dismissed") or 0)
        body.append(
            f'<tr class="{cls}"><td>{link}</td><td>{esc(str(row.get("title") or ""))}</td>'
            f'<td class="n e">{counts["errors"]}</td><td class="n w">{counts["warnings"]}</td>'
            f'<td class="n i">{counts["info"]}</td>'
            f'<td class="n">{dismissed if dismissed else ""}</td></tr>'
        )
    css = read_text("html", "index.css")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<meta name=\"generator\" content=\"{TOOL_NAME} {__version__}\">"
        f"<title>{esc(title)}</title><style>{css}</style></head><body>"
        f"<h1>{esc(title)}</h1>"
        f"<p class=\"sum\">{len(body)} pair{'s' if len(body) != 1 else ''}: "
        f"{totals['errors']} errors, {totals['warnings']} warnings, {totals['info']} info</p>"
        "<table><thead><tr><th>pair</th><th>title</th><th>errors</th><th>warnings</th>"
        "<th>info</th><th>dismissed</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table></body></html>\n"
    )


def index_row(pair: AnnotatedPair, href: str) -> dict[str, Any]:
    """The :func:`index_page` row of one pair (dismissed findings are not counted)."""
    active = [f for f in pair.findings if _review(f).get("decision") != "dismissed"]
    dismissed = len(pair.findings) - len(active)
    counts = severity_counts(active)
    title = pair.target.document.meta.get("title") if pair.target.document.meta else None
    return {"id": pair.id, "href": href, "title": title or "", "errors": counts["error"],
            "warnings": counts["warning"], "info": counts["info"], "dismissed": dismissed}


# --------------------------------------------------------------------------- decoration


def decorate(root: etree._Element, pair: AnnotatedPair) -> None:
    """Add the page's rows, findings and counterpart groups to a TEI tree (in place)."""
    from lxml import etree

    from .tei import XML_ID

    review = etree.SubElement(root, _h("review"), nsmap={"h": H_NS})
    review.set("pair", pair.id)
    review.set("signature", pair.signature or "default")
    review.set("tool", f"{TOOL_NAME} {__version__}")
    review.set("mode", "pair" if pair.source is not None else "translation")
    row_of = _add_rows(review, pair)
    worst = _add_findings(review, root, pair, row_of)
    _mark_sentences(root, XML_ID)
    _mark_inline(root, pair, XML_ID)
    for el in root.iter():
        xid = el.get(XML_ID) if isinstance(el.tag, str) else None
        if xid in worst and worst[xid] < len(SEVERITIES):
            el.set(_h("sev"), SEVERITIES[worst[xid]])


def _add_rows(review: etree._Element, pair: AnnotatedPair) -> dict[str, int]:
    """One row per alignment link; returns the row of every block id."""
    from lxml import etree

    row_of: dict[str, int] = {}
    for k, (src, tgt, link_type, score) in enumerate(_rows(pair)):
        row = etree.SubElement(review, _h("row"), type=link_type, n=str(k))
        if score is not None:
            row.set("score", f"{score:.2f}")
            if score < LOW_SCORE:
                row.set("low", "yes")
        for tag, ids in (("src", src), ("tgt", tgt)):
            for bid in ids:
                etree.SubElement(row, _h(tag), ref=bid)
                row_of[bid] = k
    return row_of


def _add_findings(review: etree._Element, root: etree._Element, pair: AnnotatedPair,
                  row_of: Mapping[str, int]) -> dict[str, int]:
    """One entry per finding, in reading order; returns the worst severity rank per TEI id."""
    from .tei import TEI_NS

    # the QA spans of the TEI are in pair.findings order
    spans = root.findall(f".//{{{TEI_NS}}}spanGrp[@type='qa']/{{{TEI_NS}}}span")
    targets_of = {f.id: [t[1:] for t in (span.get("target") or "").split() if t.startswith("#")]
                  for f, span in zip(pair.findings, spans)}
    order = sorted(range(len(pair.findings)), key=lambda i: (_finding_row(pair.findings[i], row_of), i))
    worst: dict[str, int] = {}
    for i in order:
        f = pair.findings[i]
        targets = targets_of.get(f.id, [])
        rev = _review(f)
        _finding_entry(review, f, targets, rev)
        rank = SEVERITIES.index(f.severity) if f.severity in SEVERITIES else len(SEVERITIES)
        if rev.get("decision") == "dismissed":
            rank = len(SEVERITIES)
        for t in targets:
            worst[t] = min(worst.get(t, 99), rank)
    return worst


def _finding_entry(review: etree._Element, f: Finding, targets: Sequence[str], rev: Mapping[str, Any]) -> None:
    from lxml import etree

    el = etree.SubElement(review, _h("finding"))
    el.set("id", f.id)
    el.set("kind", f.kind)
    el.set("severity", f.severity)
    el.set("targets", " ".join(targets))
    if f.source_block:
        el.set("src-block", f.source_block)
    if f.target_block:
        el.set("tgt-block", f.target_block)
    if rev.get("decision") in ("confirmed", "dismissed"):
        el.set("decision", str(rev["decision"]))
    if rev.get("reviewer"):
        el.set("reviewer", str(rev["reviewer"]))
    for tag, text in (("message", f.message), ("src", f.source_text), ("tgt", f.target_text),
                      ("expected", f.expected or None), ("comment", rev.get("comment") or None)):
        if text is not None:
            _child(el, tag, str(text))


def _mark_sentences(root: etree._Element, xml_id: str) -> None:
    """Each sentence link of the TEI (``linkGrp type="sentence-alignment"``,
    n-m sides through ``<ptr>``) as a counterpart group of its ``<s>``
    elements, with a tooltip; the sentences of an uncertain link are marked."""
    from .tei import TEI_NS

    tei = f"{{{TEI_NS}}}"
    by_id = {el.get(xml_id): el for el in root.iter(tei + "s", tei + "ptr") if el.get(xml_id)}

    def members(target: str, depth: int = 0) -> list:
        out = []
        for ref in target.split():
            el = by_id.get(ref.lstrip("#"))
            if el is not None and el.tag == tei + "ptr" and depth == 0:
                out += members(el.get("target", ""), 1)
            elif el is not None and el.tag == tei + "s":
                out.append(el)
        return out

    for grp in root.iter(tei + "linkGrp"):
        if grp.get("type") != "sentence-alignment":
            continue
        for k, link in enumerate(grp.iter(tei + "link"), 1):
            try:
                score = float(link.get("cert", ""))
            except ValueError:
                score = 1.0
            title = f"sentence link {link.get('type', '')}, score {score:.2f}" + (
                ": uncertain" if score < LOW_SCORE else "")
            for el in members(link.get("target", "")):  # an <s> may hold sentences of two links
                for attr, value, sep in (("grp", f"sl{k}", " "), ("title", title, "; ")):
                    old = el.get(_h(attr))
                    el.set(_h(attr), f"{old}{sep}{value}" if old else value)
                if score < LOW_SCORE:
                    el.set(_h("low"), "yes")


def _mark_inline(root: etree._Element, pair: AnnotatedPair, xml_id: str) -> None:
    """Counterpart groups and tooltips on the inline quantity and name elements."""
    elements = _inline_elements(root, xml_id)  # (block id, start, end) -> element
    blocks = {b.id: b for a in (pair.source, pair.target) if a is not None for b in a.document.blocks}
    for gid, members in _groups(pair, blocks).items():
        for key in members:
            el = elements.get(key)
            if el is not None:
                old = el.get(_h("grp"))
                el.set(_h("grp"), f"{old} {gid}" if old else gid)
    for analysis in (pair.source, pair.target):
        if analysis is None:
            continue
        titled = [((q.block, q.start, q.end), _quantity_title(q)) for q in analysis.quantities]
        titled += [((e.block, e.start, e.end), _entity_title(e)) for e in analysis.entities]
        for key, title in titled:
            el = elements.get(key)
            if el is not None:
                el.set(_h("title"), title)


# (source block ids, target block ids, link type, score)
_Row = tuple[list[str], list[str], str, float | None]


def _rows(pair: AnnotatedPair) -> list[_Row]:
    """(source block ids, target block ids, link type, score) per row, in reading order."""
    tgt_blocks = pair.target.document.blocks
    if pair.source is None:
        return [([], [b.id], "0-1", None) for b in tgt_blocks]
    src_blocks = pair.source.document.blocks
    rows: list[_Row] = []
    seen_s: set[int] = set()
    seen_t: set[int] = set()
    for link in pair.alignment:
        src = [src_blocks[i].id for i in link.source if 0 <= i < len(src_blocks)]
        tgt = [tgt_blocks[i].id for i in link.target if 0 <= i < len(tgt_blocks)]
        seen_s.update(link.source)
        seen_t.update(link.target)
        rows.append((src, tgt, link.type, float(link.score)))
    if not pair.alignment:
        rows = [([b.id], [], "1-0", None) for b in src_blocks] + \
               [([], [b.id], "0-1", None) for b in tgt_blocks]
    else:  # blocks the alignment left out (should not happen): own rows at the end
        rows += [([b.id], [], "1-0", None) for i, b in enumerate(src_blocks) if i not in seen_s]
        rows += [([], [b.id], "0-1", None) for i, b in enumerate(tgt_blocks) if i not in seen_t]
    return rows


def _finding_row(f: Finding, row_of: Mapping[str, int]) -> int:
    rows = [row_of[b] for b in (f.source_block, f.target_block) if b is not None and b in row_of]
    return min(rows) if rows else 1 << 30


def _review(f: Finding) -> Mapping[str, Any]:
    data = f.data.get("review") if isinstance(f.data, Mapping) else None
    return data if isinstance(data, Mapping) else {}


def _inline_elements(root, xml_id: str) -> dict[tuple[str, int, int], Any]:
    """Every inline element of every block, keyed by (block id, start, end) in the block's text.

    Nested elements over the same characters (``<measure><num>``) map to the
    outermost one.
    """
    from .tei import TEI_NS

    tei = f"{{{TEI_NS}}}"
    out: dict[tuple[str, int, int], Any] = {}
    wanted = {tei + t for t in INLINE_TAGS}

    def walk(el, bid: str, pos: int) -> int:
        pos += len(el.text or "")
        for child in el:
            if not isinstance(child.tag, str):
                pos += len(child.tail or "")
                continue
            start = pos
            pos = walk(child, bid, pos)
            if child.tag in wanted:
                out.setdefault((bid, start, pos), child)
            pos += len(child.tail or "")
        return pos

    for text_el in root.iter(tei + "text"):
        if text_el.get("type") not in ("original", "translation"):
            continue
        for block in text_el.iter(tei + "p", tei + "head"):
            bid = block.get(xml_id)
            if bid:
                walk(block, bid, 0)
    return out


def _groups(pair: AnnotatedPair, blocks: Mapping[str, Block]) -> dict[str, list[tuple[str, int, int]]]:
    """Counterpart groups: id -> member spans (block id, start, end).

    Within one alignment link, quantities with the same bounds (and the same
    family: dates with dates) and names with a shared lexicon key are
    counterparts; so are the two spans of every finding that has both.
    """
    from .tei import locate

    groups: dict[str, list[tuple[str, int, int]]] = {}
    if pair.source is not None:
        src_blocks = pair.source.document.blocks
        tgt_blocks = pair.target.document.blocks
        for k, link in enumerate(pair.alignment):
            sids = {src_blocks[i].id for i in link.source if 0 <= i < len(src_blocks)}
            tids = {tgt_blocks[i].id for i in link.target if 0 <= i < len(tgt_blocks)}
            if not sids or not tids:
                continue
            by_key: dict[Any, tuple[list, list]] = {}
            for side, analysis, ids in ((0, pair.source, sids), (1, pair.target, tids)):
                for q in analysis.quantities:
                    if q.block in ids:
                        qkey = _quantity_key(q)
                        if qkey is not None:
                            by_key.setdefault(qkey, ([], []))[side].append((q.block, q.start, q.end))
                for e in analysis.entities:
                    if e.block in ids:
                        for key in (e.key, *e.alt_keys):
                            if key:
                                by_key.setdefault(("name", key), ([], []))[side].append(
                                    (e.block, e.start, e.end))
            for j, (_key, (left, right)) in enumerate(
                    sorted(by_key.items(), key=lambda kv: (min(kv[1][0] + kv[1][1]), str(kv[0])))):
                if left and right:
                    groups[f"g{k}-{j}"] = left + right
    for f in pair.findings:
        members: list[tuple[str, int, int]] = []
        for bid, text, span in ((f.source_block, f.source_text, f.source_span),
                                (f.target_block, f.target_text, f.target_span)):
            if not bid:
                continue
            block = blocks.get(bid)
            rng = locate(block.text, text, span) if block is not None else None
            if rng is not None:
                members.append((bid, rng[0], rng[1]))
        if len(members) == 2:
            groups[f"g{f.id}"] = members
    return groups


def _quantity_key(q: Quantity) -> tuple | None:
    bounds = q.bounds
    if bounds is None:
        return None
    try:
        lo, hi = (b.normalize() for b in bounds)
    except (InvalidOperation, AttributeError):
        return None
    family = "date" if q.kind in _DATE_KINDS else "num"
    return (family, str(lo), str(hi))


def _quantity_title(q: Quantity) -> str:
    def fmt(v: Decimal | None) -> str:
        if v is None:
            return "?"
        try:
            if v == v.to_integral_value() and abs(v) < Decimal(10) ** 18:
                return f"{int(v):,}" if q.kind not in _DATE_KINDS else str(int(v))
            return f"{v.normalize():,f}"
        except (InvalidOperation, ValueError):
            return str(v)

    if q.value is not None:
        shown = fmt(q.value)
    elif q.low is not None or q.high is not None:
        shown = f"{fmt(q.low)}–{fmt(q.high)}"
    else:
        shown = "?"
    parts = [q.kind, "=", shown]
    if q.unit:
        parts.append(q.unit)
    if q.qualifier:
        parts.append(f"({q.qualifier})")
    if q.when:
        parts.append(f"[{q.when}]")
    return " ".join(parts)


def _entity_title(e: Entity) -> str:
    return f"{e.type}: {e.key}" if e.key else e.type


def _child(parent, tag: str, text: str) -> None:
    from lxml import etree

    from .tei import xml_safe

    el = etree.SubElement(parent, _h(tag))
    el.text = xml_safe(text)


@lru_cache(maxsize=1)
def _transform():
    """The compiled stylesheet; it may read no file and no network resource."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    xslt = etree.XML(read_text("html", "review.xsl").encode("utf-8"), parser)
    return etree.XSLT(xslt, access_control=etree.XSLTAccessControl.DENY_ALL)

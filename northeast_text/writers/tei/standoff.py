"""The ``<standOff>``: name records, the block and sentence alignment
(``<linkGrp>``, n:m ends through ``<ptr>``) and the findings (``<spanGrp type="qa">``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .header import taxonomy
from .markup import XML_ID, sub, tei
from .state import PairState

if TYPE_CHECKING:
    from lxml import etree

SEVERITY_CERT = {"error": "high", "warning": "medium", "info": "low"}


def write_standoff(state: PairState) -> etree._Element | None:
    """The pair's ``<standOff>``, or None when it would be empty."""
    from lxml import etree

    so = etree.Element(tei("standOff"))
    state.names.write_lists(so, state.name_tags)
    _links(state, so)
    _findings(state, so)
    return so if len(so) else None


def _links(state: PairState, so) -> None:
    pair = state.pair
    if pair.source is None or not pair.alignment:
        return
    src, tgt = state.sides[0], state.translation
    src_blocks = src.analysis.document.blocks
    tgt_blocks = tgt.analysis.document.blocks
    grp = None
    for k, link in enumerate(pair.alignment, 1):
        if not link.source or not link.target:
            continue  # TEI forbids a one-target link; findings/notes cover these
        if grp is None:
            grp = sub(so, "linkGrp", type="alignment")
        ends = [_link_end(state, grp, ["#" + side.block_ids[blocks[i].id] for i in idx], "blocks", f"al{k}.{lang}")
                for side, blocks, idx, lang in ((src, src_blocks, link.source, "src"),
                                                (tgt, tgt_blocks, link.target, "tgt"))]
        sub(grp, "link", type=link.type, target=" ".join(ends), cert=_cert(link.score))
    _sentence_links(state, so)


def _sentence_links(state: PairState, so) -> None:
    """The sentence alignment: a second ``<linkGrp>``; n-m sides through ``<ptr>``."""
    grp = None
    for k, link in enumerate(state.pair.sentence_alignment, 1):
        if not link.source or not link.target:
            continue
        if grp is None:
            grp = sub(so, "linkGrp", type="sentence-alignment")
        ends = [_link_end(state, grp, list(dict.fromkeys("#" + state.sentence_ids[i] for i in ids)), "sentences",
                          f"sl{k}.{side}")
                for side, ids in (("src", link.source), ("tgt", link.target))]
        sub(grp, "link", type=link.type, target=" ".join(ends), cert=_cert(link.score))


def _link_end(state: PairState, grp, targets: list[str], ptr_type: str, id_hint: str) -> str:
    """One end of a link: the target itself, or a ``<ptr>`` grouping several (TEI links join two ends)."""
    if len(targets) == 1:
        return targets[0]
    ptr = sub(grp, "ptr", type=ptr_type, target=" ".join(targets))
    ptr_id = state.ids.make(id_hint)
    ptr.set(XML_ID, ptr_id)
    return "#" + ptr_id


def _findings(state: PairState, so) -> None:
    pair = state.pair
    if not pair.findings:
        return
    grp = sub(so, "spanGrp", type="qa")
    known = {c.name for c in taxonomy() if c.taxonomy == "qa"}
    for idx, f in enumerate(pair.findings):
        targets = list(dict.fromkeys(state.finding_targets.get(idx, [])))
        if not targets:  # blocks not found in text: point at the blocks themselves
            for side, block_id in ((state.sides[0], f.source_block), (state.translation, f.target_block)):
                if block_id and block_id in side.block_ids:
                    targets.append(side.block_ids[block_id])
        if not targets:
            targets = [state.translation.block_ids[b.id] for b in pair.target.document.blocks[:1]]
        span = sub(grp, "span", f.message, target=" ".join("#" + t for t in targets))
        span.set(XML_ID, state.ids.make(f.id or f"f{idx + 1}"))
        span.set("ana", f"#qa.{f.kind}" if f.kind in known else "#qa.value")
        span.set("type", f.severity)
        span.set("cert", SEVERITY_CERT.get(f.severity, "unknown"))
        if f.expected:
            sub(span, "note", f.expected, type="expected")
        if f.evidence:
            sub(span, "note", _evidence_text(f.evidence), type="evidence",
                subtype=str(f.evidence.get("rule") or "check"))


def _evidence_text(evidence) -> str:
    """One line per side: the span, its text and the value read (Finding.evidence)."""
    parts = []
    for side in ("source", "target"):
        ev = evidence.get(side)
        if not ev:
            continue
        read = " ".join(str(ev[k]) for k in ("value", "unit", "qualifier") if ev.get(k) not in (None, ""))
        span = ev.get("span")
        where = f" [{span[0]}–{span[1]}]" if span else ""
        parts.append(f"{side} “{ev.get('text', '')}”{where}" + (f" read {read}" if read else ""))
    return "; ".join(parts) or str(evidence.get("rule", ""))


def _cert(score: float) -> str:
    try:
        s = float(score)
    except (TypeError, ValueError):
        return "unknown"
    if s != s:
        return "unknown"
    s = min(1.0, max(0.0, s))
    text = f"{s:.3f}".rstrip("0").rstrip(".")
    return text if text else "0"

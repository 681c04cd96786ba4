"""The ``<text>`` of each side: blocks as ``<head>``/``<p>`` in ``<div>``s, each block's
sentences (``<s>``) and inline elements (notes, names, quantities, finding
anchors, markdown marks)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ...model import Block, Mark, Sentence
from ...script import language_tag
from .inline import RANK_FINDING, RANK_MARK, RANK_SENTENCE, Span, build_inline, select_spans
from .markup import XML_ID, XML_LANG, ncname, safe_uri, sub
from .quantities import quantity_span
from .state import PairState, Side

HEAD_ROLES = ("title", "heading", "notes-heading")
_SHORT_TAGS = {"placeName": "pl", "orgName": "org", "persName": "pers", "measure": "m",
               "num": "num", "date": "d", "note": "n", "ref": "r"}
_RENDS = {"emphasis": "italic", "strong": "bold", "code": "code"}


def write_text(state: PairState, group, side: Side) -> None:
    """One side's ``<text>`` inside ``group``."""
    doc = side.analysis.document
    text = sub(group, "text", type=side.role)
    text.set(XML_LANG, language_tag(doc))
    body = sub(text, "body")
    if not doc.blocks:
        sub(body, "p")
        return
    spans = {b.id: _spans(state, side, b) for b in doc.blocks}
    state.notes.resolve_footnote_refs(spans)
    div = None
    div_zone = None
    div_has_content = False
    for block in doc.blocks:
        zone = _zone(state, block)
        is_head = block.role in HEAD_ROLES
        if div is None or zone != div_zone or (is_head and div_has_content):
            div = sub(body, "div", type=zone)
            if zone in ("preface", "notes"):
                div.set("resp", "#" + state.translator_id)
            div_zone = zone
            div_has_content = False
        _block(state, div, side, block, spans[block.id])
        div_has_content = div_has_content or not is_head


def _zone(state: PairState, block: Block) -> str:
    if block.role in ("notes-heading", "note-entry"):
        return "notes"
    if any(n.kind == "preface" for n in state.notes.block_notes.get(block.id, ())):
        return "preface"
    return "section"


def _block(state: PairState, div, side: Side, block: Block, spans: list[Span]) -> None:
    if block.role in HEAD_ROLES:
        el = sub(div, "head", type=block.role)
    else:
        el = sub(div, "p")
        if block.role != "paragraph":
            el.set("rend", block.role)
    el.set(XML_ID, side.block_ids[block.id])
    el.set("n", str(block.n))
    notes = state.notes.block_notes.get(block.id, [])
    if notes:
        el.set("ana", " ".join(dict.fromkeys(f"#note.{n.kind}" for n in notes)))
        el.set("resp", "#" + state.translator_id)
    build_inline(el, block.text, spans + _sentence_spans(state, side, block, spans))


def _sentence_spans(state: PairState, side: Side, block: Block, spans: list[Span]) -> list[Span]:
    """``<s>`` spans for the block's sentences.  A sentence boundary that
    falls inside an inline element moves to that element's end (or start),
    so that elements nest; sentences left empty share the ``<s>`` before."""
    sentences = state.block_sentences.get(block.id)
    if not sentences:
        return []
    out: list[Span] = []
    bounds = [0, *_cuts(sentences[1:], spans), len(block.text)]
    for k, sentence in enumerate(sentences):
        lo, hi = max(bounds[k], out[-1].end if out else 0), bounds[k + 1]
        if hi <= lo and out:
            state.sentence_ids[sentence.id] = out[-1].xml_id or ""
            continue
        xml_id = state.ids.make(f"{side.block_ids[block.id]}.s{k + 1}")
        state.sentence_ids[sentence.id] = xml_id
        out.append(Span(lo, max(hi, lo), RANK_SENTENCE, [("s", {})], k, xml_id=xml_id, kind="sentence"))
    if out:
        out[-1].end = len(block.text)
    return out


def _cuts(sentences: list[Sentence], spans: list[Span]) -> list[int]:
    """Where each of ``sentences`` starts, moved to the end of an inline element it falls inside."""
    if not sentences:
        return []
    # kept spans nest: a cut inside any of them is inside an outermost one,
    # whose end is clear of all
    outer: list[tuple[int, int]] = []
    for start, end in sorted((sp.start, -sp.end) for sp in spans):
        if not outer or start >= outer[-1][1]:
            outer.append((start, -end))
    starts = [start for start, _ in outer]
    moved = []
    for sentence in sentences:
        cut = sentence.start
        k = bisect_right(starts, cut - 1) - 1  # the last outermost span starting before the cut
        if k >= 0 and outer[k][0] < cut < outer[k][1]:
            cut = outer[k][1]
        moved.append(cut)
    return moved


def _spans(state: PairState, side: Side, block: Block) -> list[Span]:
    """The block's inline spans that nest: notes, names and quantities first, then
    finding anchors and marks where they fit."""
    seq = iter(range(1 << 30))
    cands: list[Span] = []
    if side is state.translation:
        cands.extend(state.notes.span(note, next(seq)) for note in state.notes.inline_notes.get(block.id, []))
    cands.extend(state.names.span(ent, next(seq)) for ent in side.entities.get(block.id, ()))
    cands.extend(quantity_span(q, next(seq)) for q in side.quantities.get(block.id, ()))
    kept, _ = select_spans(len(block.text), cands)
    extra, wanted = _finding_anchors(state, side, block, kept, seq)
    for mark in block.marks:
        sp = _mark_span(mark, next(seq))
        if sp is not None:
            extra.append(sp)
    kept, dropped = select_spans(len(block.text), extra, kept)
    dropped_ids = {id(sp) for sp in dropped}
    for idx, seg in wanted:
        if id(seg) in dropped_ids:
            state.finding_targets[idx].append(side.block_ids[block.id])
            continue
        if seg.xml_id is None:
            seg.xml_id = state.ids.make(f"{block.id}.qa{seg.start}")
        state.finding_targets[idx].append(seg.xml_id)
    return kept


def _finding_anchors(state: PairState, side: Side, block: Block, kept: list[Span], seq: Iterator[int]
                     ) -> tuple[list[Span], list[tuple[int, Span]]]:
    """Where each finding on this block points: an element over exactly the same
    characters (reused), else a ``<seg type="qa">`` (one per distinct range, returned
    with the findings that want it, to be kept if it fits), else the block."""
    text = block.text
    segs: list[Span] = []
    seg_for: dict[tuple[int, int], Span] = {}
    wanted: list[tuple[int, Span]] = []
    for idx, ftext, fspan in state.findings_on.get((side.role, block.id), ()):
        targets = state.finding_targets.setdefault(idx, [])
        rng = locate(text, ftext, fspan)
        if rng is None:
            targets.append(side.block_ids[block.id])
            continue
        same = next((k for k in kept if (k.start, k.end) == rng), None)
        if same is not None:
            if same.xml_id is None:
                same.xml_id = state.ids.make(f"{block.id}.{_short(same.chain[0][0])}{rng[0]}")
            targets.append(same.xml_id)
            continue
        if rng not in seg_for:
            seg_for[rng] = Span(rng[0], rng[1], RANK_FINDING, [("seg", {"type": "qa"})], next(seq), kind="finding")
            segs.append(seg_for[rng])
        wanted.append((idx, seg_for[rng]))
    return segs, wanted


def _mark_span(mark: Mark, seq: int) -> Span | None:
    if mark.kind == "link":
        if not mark.target:
            return None
        target = mark.target if not mark.target.startswith("#") else None
        attrs = {"type": "url"}
        if target:
            attrs["target"] = safe_uri(target)
        return Span(mark.start, mark.end, RANK_MARK, [("ref", attrs)], seq, kind="mark")
    rend = _RENDS.get(mark.kind, ncname(mark.kind))
    return Span(mark.start, mark.end, RANK_MARK, [("hi", {"rend": rend})], seq, kind="mark")


def _short(tag: str) -> str:
    return _SHORT_TAGS.get(tag, tag)


def locate(text: str, needle: str | None, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where a finding's text lies in its block: its span if it matches, else the first occurrence."""
    if span is not None and 0 <= span[0] < span[1] <= len(text):
        if needle is None or text[span[0]:span[1]] == needle:
            return (span[0], span[1])
    if needle:
        i = text.find(needle)
        if i >= 0:
            return (i, i + len(needle))
    return None

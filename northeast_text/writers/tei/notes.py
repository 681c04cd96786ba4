"""The translator's notes in TEI: which are marked on the block, which inline, and
where each footnote reference (``<ref type="noteAnchor">``) points."""

from __future__ import annotations

import re

from ...model import Analysis, Block, Note
from .inline import RANK_NOTE, Span
from .markup import Ids

_ENTRY_LABEL = re.compile(r"\s*[\[(（]?\s*(\d+|[*†‡§]+)\s*[\])）.:]?")
_REF_LABEL = re.compile(r"\d+|[*†‡§]+")


class NotePlan:
    """The notes of the translation, planned before any block is written."""

    def __init__(self, ids: Ids, translator_id: str) -> None:
        self.ids = ids
        self.translator_id = translator_id
        self.block_notes: dict[str, list[Note]] = {}
        self.inline_notes: dict[str, list[Note]] = {}
        self.note_ids: dict[tuple, str] = {}  # _note_key(note) -> xml:id
        # footnote reference -> (xml:id of the entry note, xml:id of the entry block)
        self.footnote_refs: dict[tuple, tuple[str | None, str | None]] = {}

    def plan(self, analysis: Analysis, block_ids: dict[str, str]) -> None:
        """Give every note an xml:id; find the entry each footnote reference points at."""
        blocks = {b.id: b for b in analysis.document.blocks}
        entries: dict[str, tuple[str | None, str | None]] = {}  # label -> (note id, block id)
        for note in sorted(analysis.notes, key=lambda n: (_block_n(blocks, n.block), n.start)):
            block = blocks.get(note.block)
            if block is None:
                continue
            if _is_block_note(note, block):
                self.block_notes.setdefault(note.block, []).append(note)
                continue
            self.inline_notes.setdefault(note.block, []).append(note)
            xml_id = self.ids.make(f"{note.block.split('-')[0]}-{note.id or 'note'}")
            self.note_ids[_note_key(note)] = xml_id
            if note.kind == "footnote" and block.role == "note-entry":
                label = _footnote_label(note.text, entry=True)
                if label and label not in entries:
                    entries[label] = (xml_id, block_ids[block.id])
        for b in analysis.document.blocks:  # entry blocks without a note
            if b.role == "note-entry":
                label = _footnote_label(b.text, entry=True)
                if label and label not in entries:
                    entries[label] = (None, block_ids[b.id])
        for notes in self.inline_notes.values():
            for note in notes:
                block = blocks[note.block]
                if note.kind == "footnote" and block.role != "note-entry":
                    label = _footnote_label(note.text, entry=False)
                    self.footnote_refs[_note_key(note)] = entries.get(label or "", (None, None))

    def span(self, note: Note, seq: int) -> Span:
        """An inline note: ``<note>``, or a footnote reference ``<ref>`` (target set by
        :meth:`resolve_footnote_refs`)."""
        xml_id = self.note_ids[_note_key(note)]
        if _note_key(note) in self.footnote_refs:
            return Span(note.start, note.end, RANK_NOTE, [("ref", {"type": "noteAnchor"})],
                        seq, xml_id, "note-ref", ref_key=_note_key(note))
        attrs = {
            "type": note.kind,
            "resp": "#" + self.translator_id,
            "place": "end" if note.place == "end" else "inline",
            "n": note.id,
        }
        return Span(note.start, note.end, RANK_NOTE, [("note", attrs)], seq, xml_id, "note")

    def resolve_footnote_refs(self, spans: dict[str, list[Span]]) -> None:
        """Point each footnote <ref> at its entry note, or at the entry block
        when that note could not be marked up (it crossed another note)."""
        kept = {sp.xml_id for block_spans in spans.values() for sp in block_spans if sp.xml_id}
        for block_spans in spans.values():
            for sp in block_spans:
                if sp.kind != "note-ref" or sp.ref_key is None:
                    continue
                note_id, block_id = self.footnote_refs.get(sp.ref_key, (None, None))
                target = note_id if note_id in kept else block_id
                if target:
                    sp.chain[0][1]["target"] = "#" + target


def _note_key(note: Note) -> tuple:
    return (note.block, note.id, note.start, note.end, note.kind)


def _is_block_note(note: Note, block: Block) -> bool:
    """Notes marked on the block element rather than inline."""
    whole = note.text.strip() == block.text.strip() or note.place == "block"
    if note.kind == "preface":
        return whole
    if note.kind == "footnote" and block.role == "notes-heading":
        return True
    return False


def _block_n(blocks: dict[str, Block], block_id: str) -> int:
    b = blocks.get(block_id)
    return b.n if b is not None else 1 << 30


def _footnote_label(text: str, *, entry: bool) -> str | None:
    """The label of a footnote reference ("[1]" -> "1") or of an entry ("1. …", "[1]…")."""
    if entry:
        m = _ENTRY_LABEL.match(text)
    else:
        m = _REF_LABEL.search(text)
    return m.group(1) if entry and m else (m.group(0) if m else None)

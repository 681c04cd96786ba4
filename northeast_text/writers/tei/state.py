"""What the writing of one pair's ``<TEI>`` shares between its sections:
xml:ids, both sides' block ids, the name records, the notes plan, and the
ids the body hands to the standOff (finding anchors, sentences)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Analysis, AnnotatedPair, Entity, Quantity, Sentence
from ...script import language_tag
from .markup import Ids
from .names import NameRecords
from .notes import NotePlan


@dataclass
class Side:
    analysis: Analysis
    role: str  # "original" | "translation"
    block_ids: dict[str, str] = field(default_factory=dict)  # Block.id -> xml:id
    entities: dict[str, list[Entity]] = field(default_factory=dict)  # per Block.id
    quantities: dict[str, list[Quantity]] = field(default_factory=dict)  # per Block.id


class PairState:
    """The state of one pair's TEI while it is written.

    Ids are handed out in a fixed order (translator, blocks, transliterated
    names, then notes, inline elements and standOff as they are written), so
    the output is the same bytes every time."""

    def __init__(self, pair: AnnotatedPair, prefix: str, header_taxonomy: bool) -> None:
        self.pair = pair
        self.header_taxonomy = header_taxonomy
        self.ids = Ids(prefix)
        self.translator_id = self.ids.make("translator")
        self.sides: list[Side] = []
        if pair.source is not None:
            self.sides.append(Side(pair.source, "original"))
        self.sides.append(Side(pair.target, "translation"))
        # xml:lang of the names in the standOff records, per entity language
        self.name_tags = {s.analysis.document.lang: language_tag(s.analysis.document) for s in self.sides}
        for side in self.sides:
            for b in side.analysis.document.blocks:
                side.block_ids[b.id] = self.ids.make(b.id)
            for e in side.analysis.entities:
                side.entities.setdefault(e.block, []).append(e)
            for q in side.analysis.quantities:
                side.quantities.setdefault(q.block, []).append(q)
        self.names = NameRecords(self.ids)
        self.names.add_transliterated(pair)
        self.notes = NotePlan(self.ids, self.translator_id)
        # findings: finding index -> list of pointer ids
        self.finding_targets: dict[int, list[str]] = {}
        # (side role, Block.id) -> (finding index, text, span) of the findings on that block, in order
        self.findings_on: dict[tuple[str, str], list[tuple[int, str | None, tuple[int, int] | None]]] = {}
        for idx, f in enumerate(pair.findings):
            for role, block_id, text, span in (("original", f.source_block, f.source_text, f.source_span),
                                               ("translation", f.target_block, f.target_text, f.target_span)):
                if block_id:
                    self.findings_on.setdefault((role, block_id), []).append((idx, text, span))
        self.block_sentences: dict[str, list[Sentence]] = {}
        for sentence in pair.sentences:
            self.block_sentences.setdefault(sentence.block, []).append(sentence)
        self.sentence_ids: dict[str, str] = {}  # Sentence.id -> xml:id of its <s>

    @property
    def translation(self) -> Side:
        return self.sides[-1]

"""The data model: small typed dataclasses that every stage shares.

Data flows one way: read -> blocks -> analyse each side -> align -> check ->
write.  Each stage takes these objects and returns new ones; nothing here does
I/O or loads a model.  All offsets are character offsets into ``Block.text``
(the block's plain text, markdown removed), half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

# Block roles (GOLD_FORMAT.md defines what a block is; the role says what it does).
ROLES = ("title", "heading", "paragraph", "list-item", "notes-heading", "note-entry")

# Quantity kinds.
QUANTITY_KINDS = (
    "money", "percent", "points", "count", "year", "decade", "century", "date",
    "ordinal", "ratio", "fraction", "multiplier",
)

# Entity types.
ENTITY_TYPES = ("person", "place", "org")

# Note kinds (REPORT_FORMAT.md).
NOTE_KINDS = ("translator", "gloss", "footnote", "preface")

# Finding kinds and severities (REPORT_FORMAT.md, GOLD_FORMAT.md).
FINDING_KINDS = (
    "scale", "value", "rate", "missing-number", "extra-number", "entity",
    "arithmetic", "omission", "addition",
)
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Mark:
    """Inline markup kept from the markdown: emphasis, strong, link, code."""

    kind: str
    start: int
    end: int
    target: str | None = None  # link URL for kind == "link"


@dataclass(frozen=True, slots=True)
class Block:
    """One block: a maximal run of non-blank lines (GOLD_FORMAT.md)."""

    id: str  # "zh-b3"; the TEI xml:id and the JSON block id
    n: int  # 0-based index within its document
    lang: str  # "zh" | "en"
    role: str  # one of ROLES
    text: str  # plain text: markup removed, escapes resolved, lines joined
    raw: str = ""  # the block's lines as written in the file
    line: int = 0  # 1-based line number of the block's first line in the file
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A file read into blocks, with its front-matter metadata."""

    lang: str
    blocks: tuple[Block, ...]
    path: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)  # title, date, sourceUrl, author, translator
    format: str = "markdown"  # "markdown" | "text"
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the text states it, with its meaning.

    ``value`` is the figure for a single number; for a range it is None and
    ``low``/``high`` hold the ends.  ``low``/``high`` are also set for a single
    figure whose qualifier makes an interval ("more than 500" -> low=500).
    ``step`` is the unit of the last digit shown, in the same units as value
    (3.2553万亿 -> step 1e8), from which tolerances are derived.
    """

    block: str
    start: int
    end: int
    text: str
    kind: str  # one of QUANTITY_KINDS
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None  # "CNY", "USD", "%", "pp", "person", "enterprise", ...
    scale: str | None = None  # the scale word as written: "万亿", "billion", "bn"
    qualifier: str | None = None  # approx | about | nearly | more-than | at-least | less-than | over | plus
    step: Decimal | None = None
    lang: str = ""
    when: str | None = None  # ISO 8601 for dates, years, decades ("2003-10", "--12-20")

    @property
    def bounds(self) -> tuple[Decimal, Decimal] | None:
        """The closed interval the text commits to (value, value for a point)."""
        if self.value is not None:
            return (self.value, self.value)
        if self.low is not None and self.high is not None:
            return (self.low, self.high)
        return None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, place or organisation, linked to a lexicon key where known."""

    block: str
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    key: str | None = None
    lang: str = ""
    alt_keys: tuple[str, ...] = ()  # other lexicon keys the same form can name ("Central China")


@dataclass(frozen=True, slots=True)
class Note:
    """A translator's or editor's intervention in the translation."""

    id: str  # "n1", "n2" ... in reading order
    kind: str  # one of NOTE_KINDS
    block: str
    start: int
    end: int
    text: str  # verbatim substring of the block's text
    place: str = "inline"  # "inline" | "end" | "block"
    resp: str = "translator"


@dataclass(frozen=True, slots=True)
class Link:
    """One alignment link: source block indices to target block indices."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float

    @property
    def type(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a block: ``text`` is ``block.text[start:end]``."""

    id: str  # "zh-b3-s1": block id, 1-based sentence number in the block
    block: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SentenceLink:
    """One sentence alignment link, inside the block link number ``link``
    (0-based index into ``AnnotatedPair.alignment``)."""

    source: tuple[str, ...]  # sentence ids
    target: tuple[str, ...]
    score: float
    link: int

    @property
    def type(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True, slots=True)
class Rate:
    """An exchange rate: ``value`` units of ``quote`` for one unit of ``base``."""

    base: str
    quote: str
    value: Decimal
    block: str | None = None  # block declaring it; None when given by --rate
    text: str | None = None  # the declaring text, verbatim


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the translation did to the facts.

    ``source_text``/``target_text`` are verbatim substrings of the blocks' text;
    the spans give their offsets.  ``id`` is derived from content (kind, blocks,
    texts, occurrence), so that it stays stable across runs.
    """

    kind: str
    severity: str
    message: str
    source_block: str | None = None
    target_block: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    expected: str | None = None
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    check: str = ""
    data: Mapping[str, object] = field(default_factory=dict)  # ratio, implied_rate ...
    id: str = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    """One side of a pair: the document and what was found in it."""

    document: Document
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[Entity, ...] = ()
    notes: tuple[Note, ...] = ()

    # Per-block indexes, built once on first use (lookups stay O(1) per block,
    # so checks that walk every block are linear, not quadratic).
    _index: dict = field(default=None, init=False, repr=False, compare=False)

    def _by_block(self) -> dict:
        index = self._index
        if index is None:
            index = {"blocks": {b.id: b for b in self.document.blocks}}
            for name in ("quantities", "entities", "notes"):
                groups: dict[str, list] = {}
                for item in getattr(self, name):
                    groups.setdefault(item.block, []).append(item)
                index[name] = groups
            object.__setattr__(self, "_index", index)
        return index

    def block(self, block_id: str) -> Block:
        return self._by_block()["blocks"][block_id]

    def quantities_in(self, block_id: str) -> list[Quantity]:
        return list(self._by_block()["quantities"].get(block_id, ()))

    def entities_in(self, block_id: str) -> list[Entity]:
        return list(self._by_block()["entities"].get(block_id, ()))

    def notes_in(self, block_id: str) -> list[Note]:
        return list(self._by_block()["notes"].get(block_id, ()))


@dataclass(frozen=True, slots=True)
class AnnotatedPair:
    """Everything known about one document pair; every writer reads only this."""

    id: str
    target: Analysis
    source: Analysis | None = None
    alignment: tuple[Link, ...] = ()
    findings: tuple[Finding, ...] = ()
    rate: Rate | None = None
    signature: str = ""  # settings signature (see settings.Settings.signature)
    sentences: tuple[Sentence, ...] = ()  # both sides' sentences, source first, in reading order
    sentence_alignment: tuple[SentenceLink, ...] = ()

"""The data model: small typed dataclasses that every stage shares.

Data flows one way: read -> blocks -> analyse each side -> align -> check ->
write.  Each stage takes these objects and returns new ones; nothing here does
I/O or loads a model.  All offsets are character offsets into ``Block.text``
(the block's plain text, markdown removed), half-open ``[start, end)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

_C = TypeVar("_C", bound=type)


class _Factory:
    """The default of a field with a default factory in a :func:`quick_init` signature."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()

# Block roles (GOLD_FORMAT.md defines what a block is; the role says what it does).
ROLES = ("title", "heading", "paragraph", "list-item", "notes-heading", "note-entry")

# Quantity kinds.
QUANTITY_KINDS = (
    "money", "percent", "points", "count", "year", "decade", "century", "date",
    "ordinal", "ratio", "fraction", "multiplier", "time",
)

# Entity types.
ENTITY_TYPES = ("person", "place", "org")

# Note kinds (REPORT_FORMAT.md).
NOTE_KINDS = ("translator", "gloss", "footnote", "preface")

# Finding kinds and severities (REPORT_FORMAT.md, GOLD_FORMAT.md).
FINDING_KINDS = (
    "scale", "value", "rate", "missing-number", "extra-number", "entity",
    "arithmetic", "omission", "addition", "approximation", "unit",
)
SEVERITIES = ("error", "warning", "info")


def quick_init(cls: _C) -> _C:
    """Give a frozen, slotted dataclass a faster ``__init__`` of the same
    signature and effect: each slot is set through its own descriptor
    instead of ``object.__setattr__`` (which looks the attribute up again
    for every field), about twice as fast to build.  Objects built by the
    hundred thousand (blocks, sentences, figures, segments) pay it per
    block.  Defaults and default factories are kept; a field outside
    ``__init__`` gets its default; ``__post_init__`` is called.  Put it
    above ``@dataclass(frozen=True, slots=True)``; anything else (keyword-only
    or ``InitVar`` fields) is refused at import."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"quick_init needs a frozen, slotted dataclass: {cls.__name__}")
    names: dict[str, object] = {"_FACTORY": _FACTORY}
    args, body = [], []
    for k, f in enumerate(dataclasses.fields(cls)):
        if f.kw_only:
            raise TypeError(f"quick_init: keyword-only field {cls.__name__}.{f.name}")
        names[f"_set{k}"] = getattr(cls, f.name).__set__
        if f.default is not dataclasses.MISSING:
            names[f"_dflt{k}"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            names[f"_fact{k}"] = f.default_factory
        if not f.init:
            if f.default is not dataclasses.MISSING:
                body.append(f"    _set{k}(__dataclass_self__, _dflt{k})")
            elif f.default_factory is not dataclasses.MISSING:
                body.append(f"    _set{k}(__dataclass_self__, _fact{k}())")
            continue
        if f.default is not dataclasses.MISSING:
            args.append(f"{f.name}=_dflt{k}")
            body.append(f"    _set{k}(__dataclass_self__, {f.name})")
        elif f.default_factory is not dataclasses.MISSING:
            args.append(f"{f.name}=_FACTORY")
            body.append(f"    _set{k}(__dataclass_self__, _fact{k}() if {f.name} is _FACTORY else {f.name})")
        else:
            args.append(f.name)
            body.append(f"    _set{k}(__dataclass_self__, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    __dataclass_self__.__post_init__()")
    src = f"def __init__(__dataclass_self__, {', '.join(args)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(src, names)  # noqa: S102 - the source is built above from the class's own fields
    init: Callable[..., None] = names["__init__"]  # type: ignore[assignment]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__dict__["__init__"].__doc__
    init.__annotations__ = {f.name: f.type for f in dataclasses.fields(cls) if f.init} | {"return": None}
    cls.__init__ = init  # type: ignore[misc]
    return cls


@quick_init
@dataclass(frozen=True, slots=True)
class Mark:
    """Inline markup kept from the markdown: emphasis, strong, link, code."""

    kind: str
    start: int
    end: int
    target: str | None = None  # link URL for kind == "link"


@quick_init
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


@quick_init
@dataclass(frozen=True, slots=True)
class Document:
    """A file read into blocks, with its front-matter metadata."""

    lang: str
    blocks: tuple[Block, ...]
    path: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)  # title, date, sourceUrl, author, translator
    format: str = "markdown"  # "markdown" | "text" | "html" | "docx" | "xliff" | "tmx" | "docx-table"
    encoding: str = "utf-8"
    # what the reader changed or assumed: "t.md:3: character U+0007 at column 8 dropped", tracked changes accepted
    warnings: tuple[str, ...] = ()
    script: str = ""  # Chinese only: "Hans" (Simplified) or "Hant" (Traditional); see script.py


# Quantity.qualifier (the engine's vocabulary) -> Quantity.hedge (normalised).
_HEDGES = {
    "approx": "approx", "about": "approx", "nearly": "nearly", "more-than": "more", "over": "more",
    "plus": "more", "less-than": "less", "at-least": "at-least", "up-to": "at-most", "several": "vague",
}


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the text states it, with its meaning.

    ``value`` is the figure for a single number; for a range it is None and
    ``low``/``high`` hold the ends.  ``low``/``high`` are also set for a single
    figure whose qualifier makes an interval ("more than 500" -> low=500).
    ``step`` is the unit of the last digit shown, in the same units as value
    (3.2553万亿 -> step 1e8), from which tolerances are derived.

    Fields the checks rely on (numbers engine, issue 10):

    - ``kind``: "date" covers every date shape and ``when`` says which parts
      the text states: "2020-07-27", "2020-07", "--07-24" (month-day),
      "---24" (day only: 24日, 本月26日), "--07" (month only); compare dates
      with :func:`northeast_text.numbers.dates_agree`, which looks only at the
      parts both sides state (24日 agrees with "July 24").  "time" is a clock
      time: value HHMM on the 24-hour clock, ``when`` "T15:43" / "T15:43:42"
      (15:43, 上午9时30分, 9点半, "9:30 a.m.").  Labels and model numbers
      ("Article 23", "Boeing 737", 波音737, 3号线) are "ordinal"; codes with
      digits (COVID-19, G20, 5G, MH370, PM2.5) are not quantities at all.
    - ``qualifier``: the hedge as written, in the engine's vocabulary
      (``numbers.core.QUALIFIERS``); ``hedge`` (a property) folds it into the
      normalised form both languages share: "approx" (约, 左右, 上下, about,
      around, some, roughly), "nearly" (近, 将近, 接近, nearly, almost, close
      to), "more" (超过, 逾, 多, 余, 以上, over, more than, -plus), "less"
      (不足, 不到, 低于, less than, under), "at-least" (至少, 不少于, at
      least), "at-most" (最多, 不超过, 以下, up to, no more than), "vague"
      (几, 数, 上百, 十几, several, a few, dozens of: ``low``/``high`` hold the
      interval, ``value`` is None) or None (no hedge).
    - ``readings``: other (value, unit) pairs the same surface can mean, for
      the check to resolve from the other side of the pair: a bare "$5"
      (unit "USD") also reads (5, "AUD"), (5, "HKD"), (5, "TWD") ...; "¥5"
      (unit "CNY") also reads (5, "JPY"); "762.59m" (value 762,590,000) also
      reads (762.59, "m") metres; 增长三倍 (value 4, "x") also reads (3, "x").
      Empty when the surface is unambiguous ("US$", "HK$", "A$", "NT$").
    - ``unit``: a normalised code, the same in both languages: "%", "pp"
      (个百分点, "percentage points", "points" after a rate), ISO 4217 for
      money ("CNY", "HKD", "AUD" ...), "mu", "acre", "km", "m", "m2", "t",
      "kW", "kWh" (千瓦时, 度电), "MW", "kV", "deg" (气温35度, "degrees"),
      "person", "item" ...; :func:`northeast_text.numbers.base_unit` gives
      the base unit and factor, so 82万千瓦 and "820 MW" compare equal while
      亩 and acre stay different units of one base.
    - ``group``: "inclusive" when a count includes the people named before
      it (张欢等4位医生: 4 doctors, Zhang Huan among them, i.e. "Zhang Huan
      and three other doctors"); "others" when it excludes them ("and three
      other doctors", "and 3 others"); None otherwise.
    - ``named``: for an inclusive count, how many are named before it (2 for
      安徽、重庆等8省, "Anhui, Chongqing and six other provinces"); else 0.
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
    when: str | None = None  # ISO 8601 for dates, years, decades, times ("2003-10", "--12-20", "---24", "T09:30")
    readings: tuple[tuple[Decimal, str | None], ...] = ()  # other (value, unit) readings of the surface
    group: str | None = None  # "inclusive" (等4位医生) | "others" ("and three other doctors")
    named: int = 0  # an inclusive count: how many the text names before it

    @property
    def hedge(self) -> str | None:
        """The qualifier in the form both languages share (see the class docstring)."""
        return _HEDGES.get(self.qualifier or "")

    @property
    def bounds(self) -> tuple[Decimal, Decimal] | None:
        """The closed interval the text commits to (value, value for a point)."""
        if self.value is not None:
            return (self.value, self.value)
        if self.low is not None and self.high is not None:
            return (self.low, self.high)
        return None


@quick_init
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


@quick_init
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


@quick_init
@dataclass(frozen=True, slots=True)
class Link:
    """One alignment link: source block indices to target block indices."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float

    @property
    def type(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a block: ``text`` is ``block.text[start:end]``."""

    id: str  # "zh-b3-s1": block id, 1-based sentence number in the block
    block: str
    start: int
    end: int
    text: str


@quick_init
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


@quick_init
@dataclass(frozen=True, slots=True)
class Rate:
    """An exchange rate: ``value`` units of ``quote`` for one unit of ``base``."""

    base: str
    quote: str
    value: Decimal
    block: str | None = None  # block declaring it; None when given by --rate
    text: str | None = None  # the declaring text, verbatim


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    """Something the translation did to the facts.

    ``source_text``/``target_text`` are verbatim substrings of the blocks' text;
    the spans give their offsets.  ``id`` is derived from content (kind, blocks,
    texts, occurrence), so that it stays stable across runs.  ``evidence`` says
    why (docs/checks.md): the rule that fired and, per side, the span, its text
    and the value read (``{"rule": "numbers.scale", "source": {"text": …,
    "span": [s, e], "value": "20300000", "unit": "CNY"}, "target": {…}}``).
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
    evidence: Mapping[str, object] = field(default_factory=dict)


@quick_init
@dataclass(frozen=True, slots=True)
class Analysis:
    """One side of a pair: the document and what was found in it."""

    document: Document
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[Entity, ...] = ()
    notes: tuple[Note, ...] = ()

    # Per-block indexes, built once on first use (lookups stay O(1) per block,
    # so checks that walk every block are linear, not quadratic).
    _index: dict | None = field(default=None, init=False, repr=False, compare=False)

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
        return (self._index or self._by_block())["blocks"][block_id]

    def quantities_in(self, block_id: str) -> list[Quantity]:
        return list((self._index or self._by_block())["quantities"].get(block_id, ()))

    def entities_in(self, block_id: str) -> list[Entity]:
        return list((self._index or self._by_block())["entities"].get(block_id, ()))

    def notes_in(self, block_id: str) -> list[Note]:
        return list((self._index or self._by_block())["notes"].get(block_id, ()))


@quick_init
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

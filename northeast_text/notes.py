"""Find the translator's (and editor's, and publisher's) own voice in a translation.

``find_notes(document, original=None)`` returns :class:`~northeast_text.model.Note`
spans of four kinds (GOLD_FORMAT.md):

- ``translator``: an inline remark ("[tr. ...]", "(Translator's note: ...)",
  "（译注：...）", "(... — Trans.)", "[sic]") or a whole "Note: ..." paragraph,
  including the paragraph that declares the exchange rate used for
  conversions, and a paragraph in the translator's voice;
- ``gloss``: a square-bracketed explanation inserted into the author's
  sentence ("Hegang [a famous mining center ...]"); the note is the text
  inside the brackets;
- ``footnote``: a reference ("[1]", "\\[1\\]", "^1", "¹", and "†", "*", "(1)",
  "①" when an entry carries the same label), the heading of a notes section
  ("Notes", "Endnotes", "注释", "Glossary") and each entry under it, or a
  closing run of entries without a heading;
- ``preface``: the translator's introduction and afterword: bylines and the
  publisher's credits, the "Introduction" heading, the paragraphs under it up
  to the heading that starts the translation, and that heading itself; an
  afterword/commentary section or lead-in at the end.

The preface is found as a *zone* between structural markers; inside a zone
with both ends marked every paragraph is the translator's except those quoting
the author (numbered summary points, block quotes); where an end is missing a
paragraph needs a translator's voice (first person, talk of translating or of
the original, the author in the third person).

What only the alignment can tell is decided after it, by
:func:`attribute`: blocks with no counterpart that speak about the
translation, introductions and afterwords continuing until the author's text
begins, the author's notes inside the translation's notes section
(:func:`find_source_notes` finds them in the original).  ``docs/notes.md``
describes every convention; every word list and pattern lives in
``resources/notes/``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

import regex

from .model import Analysis, Block, Document, Link, Note
from .numbers.core import Claimed
from .resources_io import read_lines

# Bracket pairs: square-like (glosses, remarks, references) and round-like
# (remarks only).
_SQUARE = {"[": "]", "［": "］", "【": "】", "〔": "〕"}
_ROUND = {"(": ")", "（": "）"}
_CLOSERS = {v: k for k, v in {**_SQUARE, **_ROUND}.items()}
_BRACKET_CHARS = regex.compile("[" + regex.escape("".join((*_SQUARE, *_ROUND, *_CLOSERS))) + "]")
_HEADING_ROLES = ("title", "heading", "notes-heading")
_SENTENCE_END = tuple(".。!?！？;；,，:：")


# --------------------------------------------------------------------------
# resources


def _lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of ``resources/notes/<name>``."""
    return read_lines("notes", name)


def _norm_phrase(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


_GLOBAL_FLAGS_OR_BACKREF = regex.compile(r"\(\?[a-zA-Z-]+\)|\\[1-9]|\(\?P=")


def _loosened(pattern: str) -> str | None:
    """``pattern`` with what could fail on a neighbour's text where it succeeds at a
    text's edge taken out, for texts joined by line breaks (:meth:`AnyOf.matching`):
    negative look-arounds dropped, atomic groups and possessive repeats made plain,
    string anchors made line anchors.  It matches wherever ``pattern`` does (and
    maybe more).  None where it cannot be (``\\G``, ``\\K``, a line anchor made strict)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    repeat = False  # the last token was a repeat ("?" after it makes it lazy, "+" possessive)
    while i < n:
        c = pattern[i]
        if repeat and c in "+?":
            if c == "?":
                out.append(c)
            i, repeat = i + 1, False
            continue
        repeat = False
        if c == "\\":
            escape = pattern[i:i + 2]
            if escape in ("\\G", "\\K"):
                return None
            out.append({"\\A": "^", "\\Z": "$", "\\z": "$"}.get(escape, escape))
            i += 2
        elif c == "[":
            end = _set_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith(("(?!", "(?<!"), i):
            i = _group_end(pattern, i)
        elif pattern.startswith("(?>", i):
            out.append("(?:")
            i += 3
        elif c == "(" and pattern.startswith("?", i + 1):
            flags = regex.match(r"\(\?[a-zA-Z]*-[a-zA-Z]*m", pattern[i:])
            if flags:
                return None
            out.append("(?")
            i += 2
        elif c in "*+?":
            out.append(c)
            i, repeat = i + 1, True
        elif c == "{" and (m := regex.match(r"\{\d*,?\d*\}", pattern[i:])):
            out.append(m.group())
            i, repeat = i + m.end(), True
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _set_end(pattern: str, i: int) -> int:
    """The index after the character set opening at ``pattern[i]``."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
        elif pattern.startswith("[:", j) and (end := pattern.find(":]", j + 2)) >= 0:
            j = end + 2
        elif pattern[j] == "[":
            j = _set_end(pattern, j)
        elif pattern[j] == "]":
            return j + 1
        else:
            j += 1
    return j


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at ``pattern[i]``."""
    depth, j = 0, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _set_end(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


#: Texts longer than this on average are searched one by one (a joined scan
#: tries anchored patterns at every position, not only at the texts' starts).
JOINED_LENGTH = 200

#: Longer texts are searched pattern by pattern: each pattern's own scan for
#: its literal prefix is faster than the alternation's over megabytes.
LONG_TEXT = 10_000


class AnyOf(tuple[regex.Pattern, ...]):
    """Patterns of which any one may match: :meth:`search` tells whether one
    does with a single scan (their alternation), not one scan per pattern;
    :meth:`matching` which of many texts one matches in, scanning them at once."""

    _union: regex.Pattern | None
    _loose: list[str] | None  # the patterns :func:`_loosened` (None when one cannot be)
    _joined: dict[bool, tuple[regex.Pattern, ...]]  # compiled when first scanned: at a line's start, anywhere

    def __new__(cls, rxs: Iterable[regex.Pattern] = ()) -> AnyOf:
        self = super().__new__(cls, rxs)
        self._union = _alternation(self)
        loose = [_loosened(rx.pattern) for rx in self] if self._union is not None else [None]
        self._loose = None if None in loose else [text for text in loose if text is not None]
        self._joined = {}
        return self

    @property
    def joinable(self) -> bool:
        """Can :meth:`matching` scan many texts at once?"""
        return self._loose is not None

    def _joined_patterns(self, at_start: bool) -> tuple[regex.Pattern, ...]:
        """The loosened patterns with ``^`` and ``$`` at every line (``at_start``: matching at a
        line's start only), compiled the first time a side is scanned (not at start-up)."""
        got = self._joined.get(at_start)
        if got is None:
            wrap = "^(?:{})" if at_start else "{}"
            got = self._joined[at_start] = tuple(regex.compile(wrap.format(text), rx.flags | regex.MULTILINE)
                                                 for text, rx in zip(self._loose or (), self))
        return got

    def search(self, text: str) -> bool:
        if self._union is not None and len(text) <= LONG_TEXT:
            return self._union.search(text) is not None
        return any(rx.search(text) for rx in self)

    def matching(self, texts: Sequence[str], at_start: bool = False) -> set[int]:
        """The indices of the ``texts`` :meth:`search` (``at_start``: :meth:`match`)
        finds a match in.

        The texts are scanned at once, joined by line breaks, pattern by
        pattern, each :func:`_loosened` and with ``^`` and ``$`` matching at
        every line: that finds a match wherever one text has its own (a
        text's edges are line edges; nothing left in the patterns fails across
        them), and a match never hides another without overlapping its text;
        only the texts a match overlaps are searched on their own.  Long
        texts, and patterns that cannot be loosened, are searched one by one."""
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < len(texts):  # a text met again is scanned once (a list, a subtitle file)
            found = {distinct[k] for k in self.matching(distinct, at_start)}
            return {i for i, text in enumerate(texts) if text in found} if found else set()
        alone = self.match if at_start else self.search
        if not self.joinable or sum(map(len, texts)) > JOINED_LENGTH * len(texts):
            return {i for i, text in enumerate(texts) if alone(text)}
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))  # each text's offset
        joined = "\n".join(texts)
        near: set[int] = set()
        for rx in self._joined_patterns(at_start):
            for m in rx.finditer(joined):
                first = bisect_right(starts, m.start()) - 1
                last = bisect_right(starts, max(m.end(), m.start() + 1) - 1) - 1
                near.update(range(first, last + 1))
        return {i for i in near if alone(texts[i])}

    def match(self, text: str) -> bool:
        """Does one of the patterns match at the start of ``text``?"""
        if self._union is not None:
            return self._union.match(text) is not None
        return any(rx.match(text) for rx in self)


def _alternation(rxs: Sequence[regex.Pattern]) -> regex.Pattern | None:
    """One pattern matching where any of ``rxs`` does: each is wrapped in its
    own case flag; None when one cannot be (inline flags other than a
    leading "(?i)", back-references by number or name)."""
    parts = []
    for rx in rxs:
        text, fold = rx.pattern, bool(rx.flags & regex.IGNORECASE)
        if text.startswith("(?i)"):
            text, fold = text[4:], True
        if _GLOBAL_FLAGS_OR_BACKREF.search(text):
            return None
        parts.append(f"(?{'i' if fold else '-i'}:{text})")
    return regex.compile("|".join(parts) or "(?!)")


@dataclass(frozen=True)
class Remark:
    pattern: regex.Pattern
    resp: str
    explicit: bool  # also valid inside round brackets / without other cues


@dataclass(frozen=True)
class Patterns:
    headings: dict[str, str]  # normalised phrase -> category (first listed)
    afterword: frozenset[str]  # phrases that open an afterword after the text
    remarks: tuple[Remark, ...]
    suffixes: tuple[Remark, ...]
    paragraphs: tuple[Remark, ...]
    bylines: AnyOf
    voice: dict[str, AnyOf]
    rates: AnyOf
    rate_voice: AnyOf
    sections: AnyOf
    markers: dict[str, regex.Pattern]
    publisher: AnyOf = AnyOf()
    notes_headings: AnyOf = AnyOf()
    paragraph_starts: AnyOf = AnyOf()  # the patterns of ``paragraphs``, to rule them all out at once
    ref_inline: tuple[regex.Pattern, ...] = ()  # the markers named ref-inline*, in order
    ref_linked: tuple[regex.Pattern, ...] = ()  # the markers named ref-linked*, in order
    inline_marks: AnyOf = AnyOf()  # a bracket or a reference mark: what an inline note needs
    linked_marks: AnyOf = AnyOf()  # the ref-linked markers (counted with an entry to point at)
    cut: AnyOf = AnyOf()  # the cut marker ("[…]") alone
    definitions: AnyOf = AnyOf()  # the markdown footnote definition marker alone


_NONE = AnyOf()


def _compile(rx: str, flags: int = regex.IGNORECASE) -> regex.Pattern:
    return regex.compile(rx, flags)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load every note pattern from ``resources/notes`` (once per process)."""
    headings: dict[str, str] = {}
    afterword: set[str] = set()
    for ln in _lines("headings.tsv"):
        cat, phrase = ln.split("\t", 1)
        headings.setdefault(_norm_phrase(phrase), cat)
        if cat == "afterword":
            afterword.add(_norm_phrase(phrase))

    def remarks(name: str) -> tuple[Remark, ...]:
        out = []
        for ln in _lines(name):
            cols = ln.split("\t")
            explicit = len(cols) > 2 and cols[2].strip() == "explicit"
            out.append(Remark(_compile(cols[0]), cols[1].strip(), explicit))
        return tuple(out)

    voice: dict[str, list[regex.Pattern]] = {}
    for ln in _lines("voice.tsv"):
        cue, rx = ln.split("\t", 1)
        # first-person "I" must stay case-sensitive ("I", not "i").
        flags = 0 if cue == "first" else regex.IGNORECASE
        voice.setdefault(cue, []).append(_compile(rx, flags))
    markers = {}
    for ln in _lines("markers.tsv"):
        name, rx = ln.split("\t", 1)
        markers[name] = _compile(rx)
    paragraphs = remarks("note_paragraphs.tsv")
    rate_voice = AnyOf(_compile(rx, 0 if r"\bI\b" in rx else regex.IGNORECASE) for rx in _lines("rate_voice.txt"))
    return Patterns(
        headings=headings,
        afterword=frozenset(afterword),
        remarks=remarks("remarks.tsv"),
        suffixes=tuple(Remark(r.pattern, r.resp, True) for r in remarks("remark_suffixes.tsv")),
        paragraphs=paragraphs,
        bylines=AnyOf(_compile(rx) for rx in _lines("bylines.txt")),
        voice={k: AnyOf(v) for k, v in voice.items()},
        rates=AnyOf(_compile(rx) for rx in _lines("rate_declarations.txt")),
        rate_voice=rate_voice,
        sections=AnyOf(_compile(rx) for rx in _lines("sections.txt")),
        markers=markers,
        publisher=AnyOf(_compile(rx, 0) for rx in _lines("publisher.txt")),
        notes_headings=AnyOf(_compile(rx) for rx in _lines("notes_headings.txt")),
        paragraph_starts=AnyOf(r.pattern for r in paragraphs),
        ref_inline=tuple(rx for name, rx in markers.items() if name.startswith("ref-inline")),
        ref_linked=tuple(rx for name, rx in markers.items() if name.startswith("ref-linked")),
        inline_marks=AnyOf((_BRACKET_CHARS, markers["ref-superscript"],
                            *(rx for name, rx in markers.items() if name.startswith("ref-inline")))),
        linked_marks=AnyOf(rx for name, rx in markers.items() if name.startswith("ref-linked")),
        cut=AnyOf((markers["cut"],)),
        definitions=AnyOf((markers["definition"],)),
    )


# --------------------------------------------------------------------------
# block classification


@dataclass
class _Found:
    n: int  # block index
    start: int
    end: int
    kind: str
    place: str
    resp: str = "translator"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _whole(block: Block) -> tuple[int, int]:
    return _strip_span(block.text, 0, len(block.text))


def _heading_key(text: str) -> str:
    """Heading text normalised for lookup: lower case, no outer punctuation."""
    key = _norm_phrase(text)
    return key.strip(" \t*_#:：.。-–—\"'“”「」『』()（）[]")


def _fully_marked(block: Block) -> bool:
    """True when emphasis/strong markup covers (nearly) all of the block."""
    marks = [m for m in block.marks if m.kind != "link"]
    if marks:
        start, end = _whole(block)
        if end <= start:
            return False
        covered = [False] * (end - start)
        for m in marks:
            for i in range(max(m.start, start), min(m.end, end)):
                covered[i - start] = True
        if sum(covered) >= 0.9 * len(covered):
            return True
    elif not block.text.strip():
        return False
    raw = block.raw.strip().rstrip("\\").strip()
    return len(raw) > 2 and raw[0] in "*_" and raw[-1] in "*_"


_MD_LINK = regex.compile(r"\[([^\]]*)\]\([^)]*\)")
_PARTS = regex.compile(r"\s+[|｜·•]\s+|(?<=[.!?。])\s+(?=[\p{Lu}\p{Han}])")


#: What :func:`_publisher_parts` cuts or cleans a block at: without any, the part is the block.
_LINE_PART_OR_MARKUP = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029|｜·•.!?。\[\\*]")  # re: faster at a set


def _publisher_parts(block: Block) -> list[str]:
    """The parts of the block that must each be the publisher's matter for it to be
    (:func:`_publisher_block`): its lines, cut at " | " and between sentences."""
    source = block.raw or block.text
    if not _LINE_PART_OR_MARKUP.search(source):
        return [part] if (part := source.strip()) else []
    out = []
    for line in source.splitlines():
        if "[" in line:
            line = _MD_LINK.sub(r"\1", line)
        for part in _PARTS.split(line.replace("\\", "").replace("*", "").strip()):
            if part := part.strip():
                out.append(part)
    return out


def _publisher_block(parts: Sequence[str], pats: Patterns) -> bool:
    """Every line (or " | "-separated part) of the block is the publisher's matter
    (its ``parts``, of which the first is known to be)."""
    return bool(parts) and all(pats.publisher.search(part) for part in parts[1:])


class _Doc:
    """Per-document facts the rules share."""

    def __init__(self, document: Document, pats: Patterns):
        self.blocks = document.blocks
        self.meta = document.meta or {}
        self.p = pats
        self.category: dict[int, str] = {}
        self.heading: set[int] = set()
        self.section: set[int] = set()
        self.byline: set[int] = set()
        self.publisher: set[int] = set()
        self.notes_like: set[int] = set()  # headings that may open a notes section
        self.stripped = [b.text.strip() for b in self.blocks]
        # short blocks are scanned all at once, long ones one by one as asked (:meth:`finds`)
        self.joined = sum(map(len, self.stripped)) <= JOINED_LENGTH * len(self.blocks)
        self._found: dict[tuple[str, bool, bool], set[int]] = {}  # see :meth:`finds`
        key_of = {text: _heading_key(text) for text in dict.fromkeys(self.stripped)}  # a text met again: once
        keys = [key_of[text] for text in self.stripped]
        self.key = dict(enumerate(keys))
        bylines, sections = pats.bylines.matching(self.stripped), pats.sections.matching(self.stripped)
        notes_like = pats.notes_headings.matching(keys)
        parts = [_publisher_parts(b) for b in self.blocks]
        publisher = pats.publisher.matching([own[0] if own else "" for own in parts])
        for i, b in enumerate(self.blocks):
            text, key = self.stripped[i], keys[i]
            short = 0 < len(text) <= 120 and "\n" not in text
            marked = (short or b.role == "list-item") and _fully_marked(b)  # only read there
            looks = b.role in _HEADING_ROLES or (
                short and len(key.split()) <= 12
                and (marked or not text.rstrip("\"'”’」』)）").endswith(_SENTENCE_END))
            )
            cat = pats.headings.get(key)
            if short and i in bylines:
                self.byline.add(i)
            elif i in publisher and _publisher_block(parts[i], pats):
                self.publisher.add(i)
                self.byline.add(i)
            if looks and not cat and i in notes_like:
                self.notes_like.add(i)
            elif (b.role in _HEADING_ROLES or (looks and marked)) and not cat \
                    and pats.voice.get("translator", _NONE).search(text):
                cat = "preface-strong"  # "A Word from the Translator"
            if b.role == "notes-heading":
                cat = "notes"
            if b.role == "list-item" and not cat and not marked:
                continue  # a numbered point, not a section heading
            section = looks and not cat and i in sections
            if looks and (cat or b.role in _HEADING_ROLES or marked or section):
                self.heading.add(i)
                if cat:
                    self.category[i] = cat
                elif section:
                    self.section.add(i)
        self._related_stories(pats, keys)

    def _related_stories(self, pats: Patterns, keys: Sequence[str]) -> None:
        """A news page's "related stories" line (延伸阅读：, "Read more:") and the list
        items after it are the publisher's matter."""
        for i in [i for i, key in enumerate(keys) if pats.headings.get(key) == "related"]:
            j = i + 1
            while j < len(self.blocks) and self.blocks[j].role == "list-item":
                j += 1
            if j > i + 1:  # a heading with its list: the page's, not a section of the text
                self.publisher.update(range(i, j))
                self.byline.update(range(i, j))

    def finds(self, name: str, pats: AnyOf, i: int, stripped: bool = False, at_start: bool = False) -> bool:
        """Does ``pats`` (called ``name``) match in block i's text (``stripped``:
        without its outer space; ``at_start``: at its start)?  In a document of
        short blocks every block is scanned at once on the first question
        (:meth:`AnyOf.matching`)."""
        found = self._found.get((name, stripped, at_start))
        if found is None:
            if not (self.joined and pats.joinable):
                text = self.stripped[i] if stripped else self.blocks[i].text
                return bool(pats.match(text) if at_start else pats.search(text))
            texts = self.stripped if stripped else [b.text for b in self.blocks]
            found = self._found[name, stripped, at_start] = pats.matching(texts, at_start)
        return i in found

    def voice(self, i: int, cues: Iterable[str] = ("first", "translating", "meta")) -> bool:
        for cue in cues:
            if self.finds(cue, self.p.voice.get(cue, _NONE), i):
                return True
        return False

    def quoted(self, i: int) -> bool:
        """A block quoting the author: numbered/bulleted points, a block quote."""
        b = self.blocks[i]
        if b.raw.lstrip().startswith(">"):
            return True
        if b.role == "list-item" or self.p.markers["quoted"].search(b.text):
            return not self.voice(i, ("first", "translating"))
        return False


#: id of a document's blocks -> their facts, for the last few documents read:
#: find_notes, find_source_notes and attribute read the same ones in turn.
_RECENT: dict[int, _Doc] = {}


def _doc(document: Document) -> _Doc:
    """The facts of ``document``, read once (treat them as read-only)."""
    d = _RECENT.get(id(document.blocks))
    if d is None or d.blocks is not document.blocks or d.meta != (document.meta or {}):
        d = _Doc(document, patterns())
        _RECENT[id(document.blocks)] = d
        while len(_RECENT) > 4:
            _RECENT.pop(next(iter(_RECENT)), None)
    return d


# --------------------------------------------------------------------------
# zones


def _label(marker: str) -> str:
    """A note marker reduced to its label: "[1]", "(1)", "¹", "①", "[^1]:" -> "1"; "†" -> "†"."""
    text = unicodedata.normalize("NFKC", marker)
    text = regex.sub(r"</?sup>|^\s*注", "", text)
    return text.strip().strip("[]()^:.：、 ").strip().lower()


def _entry_label(d: _Doc, i: int) -> str | None:
    m = d.p.markers["entry"].match(d.blocks[i].text)
    return _label(m.group(0)) if m else None


def _notes_sections(d: _Doc) -> dict[int, str]:
    """Block index -> "heading" | "entry" for footnote sections: under a notes
    heading, markdown definitions, and a run of entries closing the document
    whose markers the text refers to."""
    out: dict[int, str] = {}
    entry_rx = d.p.markers["entry"]
    for i, b in enumerate(d.blocks):
        if b.role == "note-entry" or d.finds("definition", d.p.definitions, i):
            out[i] = "entry"
    heads = [i for i in sorted(d.heading) if d.category.get(i) == "notes"]
    heads += [i for i in sorted(d.notes_like)
              if i + 1 < len(d.blocks) and entry_rx.match(d.blocks[i + 1].text)]
    for h in sorted(heads):
        out[h] = "heading"
        j = h + 1
        while j < len(d.blocks):
            b = d.blocks[j]
            if j in d.heading and not entry_rx.match(b.text):
                break
            out[j] = "entry"
            j += 1
    for i in _closing_entries(d, set(out)):
        out[i] = "entry"
    return out


def _closing_entries(d: _Doc, taken: set[int]) -> list[int]:
    """Entries without a heading at the end ("† ...", "* ...", "[1] ..."):
    the closing run of blocks that open with a marker (not a numbered point)
    whose label some earlier block refers to."""
    run: list[int] = []
    for i in range(len(d.blocks) - 1, -1, -1):
        text = d.blocks[i].text.lstrip()
        if i in taken or not text or text[0].isdecimal() or not d.p.markers["entry"].match(text):
            break
        run.append(i)
    if not run:
        return []
    found = [_entry_label(d, i) for i in run]
    if len(set(found)) < len(found):
        return []  # the same marker on every item: a bulleted list, not notes
    labels = {label for label in found if label}
    referred = {_label(b.text[f.start:f.end]) for b in d.blocks[:run[-1]]
                for f in _inline(b, b.n, d.p, refs_only=True, labels=labels) if f.kind == "footnote"}
    return [i for i in run if _entry_label(d, i) in referred]


def _entry_labels(d: _Doc, sections: dict[int, str]) -> dict[str, int]:
    """Label -> block index of its entry, for every entry of a notes section."""
    out: dict[str, int] = {}
    for i, part in sorted(sections.items()):
        label = _entry_label(d, i) if part == "entry" else None
        if label:
            out.setdefault(label, i)
    return out


def _preface_zone(d: _Doc, taken: set[int]) -> set[int]:
    """Blocks of the translator's introduction (see module docstring)."""
    n = len(d.blocks)
    translation = next((i for i in sorted(d.heading) if d.category.get(i) == "translation"), None)
    first_section = next((i for i in sorted(d.section)), None)
    text_start = translation if translation is not None else first_section
    limit = text_start if text_start is not None else n

    starts = []
    for i in range(limit):
        if i in taken:
            continue
        cat = d.category.get(i)
        if i in d.byline or cat == "preface-strong":
            starts.append(i)
        elif cat == "preface" and i in d.heading:
            confirmed = (
                translation is not None
                or any(b < i for b in d.byline)
                or bool(d.meta.get("translator"))
                or (i + 1 < n and d.voice(i + 1, ("first", "translating")))
            )
            if confirmed:
                starts.append(i)
    zone: set[int] = set()
    if not starts and translation is None:
        # No marker at all: an opening run of paragraphs in which the
        # translator speaks of translating in the first person.
        i = 0
        while i < limit and (i in d.heading or i in taken):
            i += 1
        if i < limit and _speaks_as_translator(d, i):
            while i < limit and i not in taken and i not in d.heading and d.voice(i) and not d.quoted(i):
                zone.add(i)
                i += 1
        return zone
    if not starts and translation is not None:
        # A "Translation" heading with translator's paragraphs before it but
        # no introduction heading: take the paragraphs that speak as one.
        begin = 0
        while begin < translation and begin in d.heading:
            begin += 1
        picked = {i for i in range(begin, translation) if i not in taken and d.voice(i) and not d.quoted(i)}
        # The "Translation" heading is the translator's structure either way.
        return picked | {translation}

    start = starts[0]
    # The zone ends at the translation heading, else at the first heading that
    # is neither a preface heading nor a byline.
    end = translation
    if end is None:
        end = next(
            (j for j in range(start + 1, n)
             if j in d.heading and j not in d.byline and not d.category.get(j, "").startswith("preface")),
            None,
        )
    has_heading = any(d.category.get(s, "").startswith("preface") for s in starts)
    # both ends marked: the zone closes where the author's text visibly starts
    explicit = end is not None and (end == translation or (has_heading and end in d.section))
    stop = end if end is not None else n
    for i in range(start, stop):
        if i in taken:
            continue
        if d.quoted(i) and i not in d.byline and not d.category.get(i):
            continue
        if i in d.heading or i in d.byline:
            zone.add(i)
            continue
        if explicit or d.voice(i):
            zone.add(i)
        elif end is None:
            break  # no closing marker: the translator's voice has stopped
    if end is not None and end == translation:
        zone.add(end)
    return zone


def _afterword_zone(d: _Doc, taken: set[int], after: int) -> set[int]:
    """Translator's afterword/commentary sections after the translation."""
    zone: set[int] = set()
    n = len(d.blocks)
    for h in sorted(d.heading):
        if h <= after or h in taken or (d.key.get(h) not in d.p.afterword and d.category.get(h) != "preface-strong"):
            continue
        zone.add(h)
        j = h + 1
        while j < n and j not in d.heading and j not in taken:
            zone.add(j)
            j += 1
    return zone


# --------------------------------------------------------------------------
# inline notes


def _bracket_pairs(text: str) -> list[tuple[int, int]]:
    """Balanced bracket pairs as (open index, close index), outermost first."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for m in _BRACKET_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _SQUARE or ch in _ROUND:
            stack.append(i)
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            for k in range(len(stack) - 1, -1, -1):
                if text[stack[k]] == opener:
                    pairs.append((stack[k], i))
                    del stack[k:]
                    break
    pairs.sort(key=lambda p: (p[0], -p[1]))
    return pairs


def _bracketed_figures(content: str) -> str:
    """The digits of a bracket's content that holds figures and no word (a telephone number, a
    code, a date in digits), else ""."""
    if regex.search(r"\p{L}", content) or not regex.search(r"\d", content):
        return ""
    return regex.sub(r"\D", "", content)


def _authors_figures(original: Document) -> frozenset[str]:
    """The digits of every figure-only content the original puts in square-like brackets."""
    out = set()
    for b in original.blocks:
        for o, c in _bracket_pairs(b.text):
            if b.text[o] in _SQUARE and (digits := _bracketed_figures(b.text[o + 1:c])):
                out.add(digits)
    return frozenset(out)


_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")


def _numbers_in(content: str) -> frozenset[str]:
    """The figures written in digits in a bracket's content, thousands commas dropped ("1,200" "1200")."""
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(content))


def _authors_numbers(original: Document) -> frozenset[str]:
    """The figures in digits inside any bracket of the original, square-like or round
    (（1%的削减） gives "1"): a square bracket of the translation that holds figures, all of them
    among these, renders the author's bracket ("That [1 percent cut] …"), no gloss of the translator."""
    out: set[str] = set()
    for b in original.blocks:
        for o, c in _bracket_pairs(b.text):
            out |= _numbers_in(b.text[o + 1:c])
    return frozenset(out)


def _remark_resp(content: str, pats: Patterns, square: bool) -> str | None:
    for r in pats.remarks:
        if (square or r.explicit) and r.pattern.match(content):
            return r.resp
    for r in pats.suffixes:
        if r.pattern.search(content):
            return r.resp
    return None


_EMPHASIS_OPEN = regex.compile(r"(?:^|\s)\*+[^\s*][^*]*$")


def _may_hold_inline(d: _Doc, i: int, labels: frozenset[str] | set[str]) -> bool:
    """Could :func:`_inline` find a note in block i (a bracket or a reference mark in it)?"""
    return d.finds("inline", d.p.inline_marks, i) or (bool(labels) and d.finds("linked", d.p.linked_marks, i))


def _inline(block: Block, n: int, pats: Patterns, refs_only: bool,
            labels: frozenset[str] | set[str] = frozenset(),
            authors_figures: frozenset[str] = frozenset(),
            authors_numbers: frozenset[str] = frozenset()) -> list[_Found]:
    text = block.text
    out: list[_Found] = []
    covered = Claimed()  # the spans taken so far
    _bracket_notes(text, n, pats, refs_only, out, covered, authors_figures, authors_numbers)
    _reference_marks(text, n, pats, labels, out, covered)
    return out


def _bracket_notes(text: str, n: int, pats: Patterns, refs_only: bool,
                   out: list[_Found], covered: Claimed, authors_figures: frozenset[str] = frozenset(),
                   authors_numbers: frozenset[str] = frozenset()) -> None:
    """Footnote references, translator's remarks and glosses in brackets, appended to ``out``.
    ``authors_figures``: the digits of the figures the original writes in brackets of its own
    (【010-6091…】): the same figures bracketed alone in the translation are the author's;
    ``authors_numbers`` (:func:`_authors_numbers`): a square bracket whose figures are all among
    the figures of the original's brackets is the author's bracket too, words and all."""
    entry_start = pats.markers["entry"].match(text)
    entry_at = None  # where the label of a notes-section entry opens the block
    if entry_start:
        entry_at = entry_start.start() + (len(entry_start.group(0)) - len(entry_start.group(0).lstrip()))
    reach = 0  # the end of the last bracket taken
    for o, c in _bracket_pairs(text):
        if c < reach:
            continue  # inside a bracket already taken (pairs come by opening, outermost first)
        square = text[o] in _SQUARE
        cs, ce = _strip_span(text, o + 1, c)
        content = text[cs:ce]
        if square and pats.markers["ref-bracket"].match(content):
            if o == entry_at:
                continue
            out.append(_Found(n, o, c + 1, "footnote", "inline"))
            covered.append((o, c + 1))
            reach = c + 1
            continue
        if refs_only or ce <= cs:
            continue
        resp = _remark_resp(content, pats, square)
        if resp is not None:
            whole = text[:o].strip() == "" and text[c + 1:].strip() == ""
            if resp != "author":  # the author's own remark, rendered inline, is the text
                out.append(_Found(n, cs, ce, "translator", "block" if whole else "inline", resp))
            covered.append((o, c + 1))
            reach = c + 1
            continue
        if not square:
            continue
        if pats.markers["ellipsis"].search(content) or pats.markers["citation"].search(content):
            continue
        if not regex.search(r"[\p{L}\p{N}]", content):
            continue
        if text[:o].strip() == "":
            continue  # a bracket opening the block is a label, not a gloss
        if _bracketed_figures(content) in authors_figures:
            continue  # 【010-60910566】 as "[010-60910566]": the author's brackets, rendered
        if (numbers := _numbers_in(content)) and numbers <= authors_numbers:
            continue  # （1%的削减） as "[1 percent cut]": the author's bracket, words and all
        out.append(_Found(n, cs, ce, "gloss", "inline"))
        covered.append((o, c + 1))
        reach = c + 1


def _reference_marks(text: str, n: int, pats: Patterns, labels: frozenset[str] | set[str],
                     out: list[_Found], covered: Claimed) -> None:
    """Footnote references outside brackets (after :func:`_bracket_notes`), appended to ``out``."""
    # caret, HTML and superscript references outside brackets
    for rx in pats.ref_inline:
        for m in rx.finditer(text):
            if covered.free(m.start(), m.start() + 1) and m.start() > 0:
                out.append(_Found(n, m.start(), m.end(), "footnote", "inline"))
                covered.append((m.start(), m.end()))
    for m in pats.markers["ref-superscript"].finditer(text):
        if m.start() == 0 or not covered.free(m.start(), m.start() + 1):
            continue
        if pats.markers["not-ref-after"].search(text[max(0, m.start() - 4):m.start()]):
            continue
        out.append(_Found(n, m.start(), m.end(), "footnote", "inline"))
        covered.append((m.start(), m.end()))
    # symbols, "(1)" and circled numbers count only with an entry to point at
    for rx in pats.ref_linked if labels else ():
        for m in rx.finditer(text):
            if m.start() == 0 or not covered.free(m.start(), m.start() + 1) or _label(m.group(0)) not in labels:
                continue
            if m.group(0).startswith("*") and _EMPHASIS_OPEN.search(text, 0, m.start()):
                continue  # the closing star of "*emphasis*" in plain text
            out.append(_Found(n, m.start(), m.end(), "footnote", "inline"))
            covered.append((m.start(), m.end()))


# --------------------------------------------------------------------------
# whole-block translator notes


def _labelled_paragraphs(d: _Doc) -> dict[int, str]:
    """Block index -> resp of every paragraph opening with an explicit note label."""
    out = {}
    for i in range(len(d.blocks)):
        if not d.finds("paragraph-starts", d.p.paragraph_starts, i, stripped=True, at_start=True):
            continue
        text = d.stripped[i]
        r = next((r for r in d.p.paragraphs if r.explicit and r.pattern.match(text)), None)
        if r is not None:
            out[i] = r.resp
    return out


def _note_paragraph(d: _Doc, i: int, in_zone: bool) -> str | None:
    """resp if block i is wholly a translator's/editor's note, else None."""
    text = d.stripped[i]
    labelled = d.finds("paragraph-starts", d.p.paragraph_starts, i, stripped=True, at_start=True)
    for r in d.p.paragraphs if labelled else ():
        if r.pattern.match(text):
            if (r.explicit or in_zone or d.voice(i, ("first", "translating"))
                    or d.p.rate_voice.search(text)):
                return r.resp
    if d.finds("rates", d.p.rates, i, stripped=True) and d.p.rate_voice.search(text) \
            and not _rates_in_remarks(text, d.p.rates):
        return "translator"
    return None


def _rates_in_remarks(text: str, rates: AnyOf) -> bool:
    """Is every rate ``text`` declares inside a bracketed remark of a longer paragraph
    ("GDP reached 1.2 trillion yuan (about US$169 billion, converted at an exchange
    rate of 7.1), up 5.3%"): the remark that gives a conversion, not a paragraph of
    the translator's ("(All figures converted at US$1 = RMB 6.9.)" is one)?"""
    inner = [(o, c) for o, c in _bracket_pairs(text) if o > 0 or c < len(text.rstrip(".。 ")) - 1]
    found = [m.span() for rx in rates for m in rx.finditer(text)]
    return bool(found) and all(any(o < s and e <= c for o, c in inner) for s, e in found)


# --------------------------------------------------------------------------


def _lead_in(d: _Doc, i: int) -> bool:
    """The block opens with an emphasised lead-in that names the translator's
    material ("*Postscript.*", "**A word after the translation:**")."""
    b = d.blocks[i]
    if not b.marks:
        return False
    start, end = _whole(b)
    lead = next((m for m in b.marks if m.kind != "link" and m.start <= start < m.end), None)
    if lead is None or lead.end >= start + 0.6 * (end - start):
        return False
    text = b.text[start:lead.end]
    if d.p.headings.get(_heading_key(text), "").startswith(("preface", "afterword")):
        return True
    return any(d.p.voice.get(c, _NONE).search(text) for c in ("translating", "source"))


def _speaks_as_translator(d: _Doc, i: int) -> bool:
    """First person together with talk of translating or of the original, or
    the translator speaking of their own translating ("we translated")."""
    strong = d.voice(i, ("self",)) or (d.voice(i, ("first",)) and d.voice(i, ("translating", "source")))
    return strong and not d.quoted(i)


def _signed(d: _Doc, i: int) -> bool:
    """A notes-section entry that says it is the translator's or editor's."""
    text = d.blocks[i].text.strip()
    m = d.p.markers["entry"].match(text)
    body = text[m.end():].strip() if m else text
    return _remark_resp(body, d.p, square=False) is not None


def _to_notes(blocks: tuple[Block, ...], found: list[_Found]) -> list[Note]:
    found.sort(key=lambda f: (f.n, f.start, -f.end))
    return [
        Note(
            id=f"n{k}",
            kind=f.kind,
            block=blocks[f.n].id,
            start=f.start,
            end=f.end,
            text=blocks[f.n].text[f.start:f.end],
            place=f.place,
            resp=f.resp,
        )
        for k, f in enumerate(found, 1)
    ]


def _block_note(d: _Doc, i: int, in_zone: bool, shared: set[str]) -> tuple[str, str] | None:
    """(kind, resp) when block i is wholly a note before alignment, else None.
    ``shared``: the resps of labelled notes the original has too (left to the aligner)."""
    resp = _note_paragraph(d, i, in_zone)
    if resp in shared:
        return None
    if resp is not None or d.finds("cut", d.p.cut, i, stripped=True, at_start=True):
        return "translator", resp or "translator"
    if in_zone or i in d.publisher or _lead_in(d, i):
        return "preface", "editor" if i in d.publisher else "translator"
    if i not in d.heading and _speaks_as_translator(d, i):
        return "translator", "translator"
    return None


def find_notes(document: Document, original: Document | None = None) -> list[Note]:
    """Every translator's/editor's note in ``document``, ids n1.. in reading order.

    With the ``original`` at hand: when it has notes of its own at the end
    (the author's), the translation's notes section may hold their
    translations, so its entries are left to :func:`attribute` to decide once
    the blocks are aligned, unless they are signed or under a heading naming
    the translator; so are bylines and dates, and note
    paragraphs (an editor's note), when the original has its own.
    """
    pats = patterns()
    d = _doc(document)
    blocks = document.blocks
    found: list[_Found] = []
    whole: dict[int, str] = {}  # block index -> kind of a whole-block note

    sections = _notes_sections(d)
    labels = set(_entry_labels(d, sections))
    source = _doc(original) if original is not None else None
    authorial = source is not None and bool(_notes_sections(source))
    if source is not None and source.publisher:
        d = copy(d)  # the original has its own: the aligner pairs them
        d.byline, d.publisher = d.byline - d.publisher, set()
    # the original's own editor's (translator's) notes, rendered: the aligner decides
    shared = set(_labelled_paragraphs(source).values()) if source is not None else set()
    heading = None  # the heading of the section an entry is in
    for i in sorted(sections):
        whole[i] = "footnote"
        if sections[i] == "heading":
            heading = i
        translators = heading is not None and d.voice(heading, ("translator",))
        if not authorial or translators or _signed(d, i):
            found.append(_Found(i, *_whole(blocks[i]), "footnote", "end"))

    preface = _preface_zone(d, set(whole))
    after = max(preface) if preface else -1
    translation = next((i for i in sorted(d.heading) if d.category.get(i) == "translation"), None)
    if translation is not None:
        after = max(after, translation)
    afterword = _afterword_zone(d, set(whole) | preface, after)
    zone = preface | afterword

    for i in range(len(blocks)):
        if i in whole or not blocks[i].text.strip():
            continue
        note = _block_note(d, i, i in zone, shared)
        if note is not None:
            whole[i] = note[0]
            found.append(_Found(i, *_whole(blocks[i]), note[0], "block", note[1]))

    bracketed = _authors_figures(original) if original is not None else frozenset()
    numbers = _authors_numbers(original) if original is not None else frozenset()
    for i, b in enumerate(blocks):
        if whole.get(i) == "footnote" or not _may_hold_inline(d, i, labels):
            continue
        found.extend(_inline(b, i, pats, refs_only=i in whole, labels=labels, authors_figures=bracketed,
                             authors_numbers=numbers))
    return _to_notes(blocks, found)


def says_abridged(text: str, *, marks_cut: bool = False) -> bool:
    """Does a note say that something is left out ("two paragraphs omitted")?
    With ``marks_cut``, a note that only marks a cut ("[…]") counts too."""
    pats = patterns()
    if marks_cut and pats.markers["cut"].match(text.strip()):
        return True
    return pats.voice.get("abridging", _NONE).search(text)


def marks_cut_within(text: str) -> bool:
    """Does a paragraph mark a cut inside it ("…, among others […].", "（略）")?"""
    return bool(patterns().markers["cut-inline"].search(text))


def find_source_notes(document: Document) -> list[Note]:
    """The author's own notes in the original: notes sections and the markers
    that refer to them (kind ``footnote``, resp ``author``), kept apart from
    the translator's so that the aligner can pair them with their translations
    and the checks do not read markers as figures; and the publisher's matter
    (bylines, dates, source lines: kind ``preface``, resp ``editor``), which a
    translation need not carry over; and paragraphs labelled as the original
    editor's or translator's notes (编者按：…, kind ``translator``)."""
    pats = patterns()
    d = _doc(document)
    sections = _notes_sections(d)
    labels = set(_entry_labels(d, sections))
    found = [_Found(i, *_whole(d.blocks[i]), "footnote", "end", "author") for i in sections]
    found += [_Found(i, *_whole(d.blocks[i]), "preface", "block", "editor") for i in d.publisher - set(sections)]
    found += [_Found(i, *_whole(d.blocks[i]), "translator", "block", resp)
              for i, resp in _labelled_paragraphs(d).items() if i not in sections]
    for i, b in enumerate(d.blocks):
        if i not in sections and _may_hold_inline(d, i, labels):
            found.extend(replace(f, resp="author") for f in _inline(b, i, pats, refs_only=True, labels=labels)
                         if f.kind == "footnote")
    return _to_notes(d.blocks, found)


# --------------------------------------------------------------------------
# after alignment


def _length(blocks: Sequence[Block], indices: Iterable[int]) -> int:
    from .align import text_length

    return sum(text_length(blocks[i].text, blocks[i].lang) for i in indices)


def _length_ratio(source: Analysis, target: Analysis, alignment: Sequence[Link]) -> float:
    """Median target/source length ratio of the pair's 1-1 links between
    paragraphs (of all its real links when it has none)."""
    src, tgt = source.document.blocks, target.document.blocks
    real = [link for link in alignment if link.source and link.target]
    plain = [link for link in real if len(link.source) == len(link.target) == 1
             and tgt[link.target[0]].role not in _HEADING_ROLES]
    ratios = sorted(max(1, _length(tgt, link.target)) / max(1, _length(src, link.source)) for link in plain or real)
    return ratios[len(ratios) // 2] if ratios else 1.0


def _misfit(src: Iterable[int], tgt: Iterable[int], source: Analysis, target: Analysis, ratio: float) -> float:
    """How far (in log units) the target blocks' length is from what the source blocks' predicts."""
    expected = ratio * max(1, _length(source.document.blocks, src))
    return abs(math.log(max(1, _length(target.document.blocks, tgt)) / expected))


def _fits_better_without(link: Link, drop: int, source: Analysis, target: Analysis, ratio: float) -> bool:
    """Does the link's source fit its other target blocks better than all of them?"""
    rest = [j for j in link.target if j != drop]
    return _misfit(link.source, rest, source, target, ratio) < _misfit(link.source, link.target, source, target, ratio)


def attribute(source: Analysis, target: Analysis, alignment: Sequence[Link]) -> tuple[Note, ...]:
    """The target's notes revised with the alignment (the second pass).

    - A notes-section block left for later (see :func:`find_notes`) is the
      translator's when nothing in the original answers it, else the
      author's; a marker pointing at an author's entry becomes resp
      ``author`` (still exempt from the number checks, not a translator's note).
    - A block with no counterpart in the original that speaks about the
      translation (first person, translating, the original, the author, a
      declared rate) is the translator's: ``preface`` before the author's
      text starts or after it ends, ``translator`` within it; so is a byline,
      a date or a heading of the translator's or publisher's matter.
    - The translator's introduction and afterword continue over the blocks
      with no counterpart that follow them, and over a leading (or closing)
      block of a 1-n link when the original fits the link's other blocks
      better without it.
    """
    revision = _Revision(source, target, alignment)
    revision.answered()
    revision.end_notes()
    revision.unlinked()
    revision.continuations()
    return revision.notes()


class _Revision:
    """The state of :func:`attribute`: the notes found so far, by block."""

    def __init__(self, source: Analysis, target: Analysis, alignment: Sequence[Link]):
        self.source, self.target, self.alignment = source, target, alignment
        self.d = _doc(target.document)
        self.blocks = target.document.blocks
        index = {b.id: b.n for b in self.blocks}
        self.linked = {j for link in alignment if link.source for j in link.target}
        self.found = [_Found(index[n.block], n.start, n.end, n.kind, n.place, n.resp) for n in target.notes]
        self.whole = {f.n: f for f in self.found if f.place != "inline"}
        # the author's text: linked to source blocks that are not the original's own notes or credits
        matter = {n.block for n in source.notes if n.place != "inline"}
        src_ids = [b.id for b in source.document.blocks]
        body = sorted(j for link in alignment if any(src_ids[i] not in matter for i in link.source)
                      for j in link.target if self.blocks[j].role not in _HEADING_ROLES)
        self.first, self.last = (body[0], body[-1]) if body else (len(self.blocks), -1)
        # the source blocks left unlinked right before / after each unlinked target block
        self.facing: dict[int, list[tuple[int, ...]]] = {}
        for k, link in enumerate(alignment):
            if not link.source and len(link.target) == 1:
                near = (alignment[j] for j in (k - 1, k + 1) if 0 <= j < len(alignment))
                self.facing[link.target[0]] = [o.source for o in near if o.source and not o.target]
        self.dismissed: set[int] = set()

    @cached_property
    def ratio(self) -> float:
        """The pair's length ratio (:func:`_length_ratio`), found when a length is first compared."""
        return _length_ratio(self.source, self.target, self.alignment)

    def faces_omission(self, i: int) -> bool:
        """Block i is unlinked next to an unlinked source block whose length it fits."""
        return any(_misfit(src, (i,), self.source, self.target, self.ratio) < math.log(2)
                   for src in self.facing.get(i, ()))

    def voice_only(self, i: int) -> bool:
        """A whole-block note that nothing but the translator's voice made one."""
        f = self.whole.get(i)
        b = self.blocks[i]
        return (f is not None and f.kind == "translator" and f.place == "block"
                and _note_paragraph(self.d, i, True) is None and not _whole_remark(b)
                and not self.d.p.markers["cut"].match(b.text.strip()))

    def answered(self) -> None:
        """A block taken for the translator's by its voice alone that the aligner
        left facing an unlinked source block it fits is the author's text after all
        (the pipeline aligns again without the hint)."""
        for i in list(self.whole):
            if i not in self.linked and self.voice_only(i) and self.faces_omission(i):
                self.found.remove(self.whole.pop(i))
                self.dismissed.add(i)

    def add(self, i: int, kind: str, resp: str = "translator", place: str = "block") -> None:
        self.whole[i] = _Found(i, *_whole(self.blocks[i]), kind, place, resp)
        self.found.append(self.whole[i])

    def outside(self, i: int) -> bool:
        """Before the author's text starts or after it ends."""
        return i < self.first or i > self.last

    def end_notes(self) -> None:
        sections = _notes_sections(self.d)
        entries = _entry_labels(self.d, sections)
        for i in sorted(sections):
            if i not in self.whole and i not in self.linked:
                self.add(i, "footnote", place="end")
        for f in self.found:
            if f.kind == "footnote" and f.place == "inline":
                entry = entries.get(_label(self.blocks[f.n].text[f.start:f.end]))
                if entry is not None and entry in self.linked and entry not in self.whole:
                    f.resp = "author"

    def unlinked(self) -> None:
        d = self.d
        for i, b in enumerate(self.blocks):
            if i in self.linked or i in self.dismissed or not b.text.strip():
                continue
            f = self.whole.get(i)
            category = d.category.get(i, "")
            labelled = _note_paragraph(d, i, True) if f is None else None
            if f is None and (i in d.publisher or category.startswith(("preface", "afterword", "matter"))):
                self.add(i, "preface", "editor" if i in d.publisher or category == "matter" else "translator")
            elif labelled is not None:
                self.add(i, "translator", labelled)
            elif f is None and d.voice(i, ("first", "plural", "translating", "meta", "source")) \
                    and (self.outside(i) or not self.faces_omission(i)):
                self.add(i, "preface" if self.outside(i) else "translator")
            elif f is None and self.outside(i) and _fully_marked(b) and b.text.rstrip().endswith(_SENTENCE_END):
                self.add(i, "preface", "editor")  # an italic paragraph framing the text
            elif f is not None and f.kind == "translator" and f.place == "block" and self.outside(i) \
                    and _note_paragraph(d, i, True) is None and not _whole_remark(b):
                f.kind = "preface"  # a translator's paragraph in the voice alone, around the text

    def _preface(self, i: int) -> bool:
        f = self.whole.get(i)
        return f is not None and f.kind == "preface" and i not in self.linked

    def continuations(self) -> None:
        links = {j: link for link in self.alignment if link.source and len(link.target) > 1 for j in link.target}
        for i, b in enumerate(self.blocks):
            if i in self.whole or i in self.dismissed or not b.text.strip():
                continue
            link = links.get(i)
            if i not in self.linked:
                # the blocks after an introduction or afterword; the heading (or the
                # separator, "* * *") before one
                opens = i in self.d.heading or not regex.search(r"[\p{L}\p{N}]", b.text)
                carried = self._preface(i - 1) or (opens and self._preface(i + 1))
            else:
                # the first (last) block of a 1-n link next to one, or speaking of the
                # translation itself, when the rest of the link fits the source better
                speaks = link is not None and self.d.voice(i, ("translating", "source", "translator"))
                edge = (link is not None and ((link.target[0] == i and (speaks or self._preface(i - 1)))
                                              or (link.target[-1] == i and (speaks or self._preface(i + 1)))))
                carried = edge and link is not None and (_speaks_as_translator(self.d, i)
                                    or _fits_better_without(link, i, self.source, self.target, self.ratio))
            if carried:
                self.add(i, "preface")

    def notes(self) -> tuple[Note, ...]:
        """Ids renumbered; inline notes inside a block that is now wholly the
        translator's dropped, but for references."""
        kept = [f for f in self.found if f.place != "inline" or f.kind == "footnote"
                or f.n not in self.whole or self.whole[f.n].kind == "footnote"]
        return tuple(_to_notes(self.blocks, kept))


def _whole_remark(block: Block) -> bool:
    """The block is one bracketed remark ("[Translator's note: ...]")."""
    text = block.text.strip()
    return bool(text) and text[0] in {**_SQUARE, **_ROUND} and text[-1] in _CLOSERS


__all__ = ["attribute", "find_notes", "find_source_notes", "marks_cut_within", "patterns", "says_abridged"]

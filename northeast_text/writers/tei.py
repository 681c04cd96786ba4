"""TEI P5 output: one ``<TEI>`` per pair, valid against the official ``tei_all.rng``.

Reads only an :class:`~northeast_text.model.AnnotatedPair`:

- ``<teiHeader>``: both titles, author, the translator in ``<respStmt
  xml:id="translator">``, two ``<bibl>`` (original, translation), the settings
  signature in ``<appInfo>``, the QA and note taxonomies (package data
  ``resources/tei/taxonomy.tsv``), ``<langUsage>``.
- ``<text><group>`` with ``<text type="original" xml:lang="zh-Hans">`` (``zh-Hant`` for Traditional) and
  ``<text type="translation" xml:lang="en">``; blocks are ``<head>``/``<p>``
  whose ``xml:id`` is the JSON block id, grouped in ``<div>``s (``preface`` and
  ``notes`` divs carry ``resp="#translator"``).
- Inline: notes (``<note>``, footnote ``<ref>``), names (``<placeName>`` …
  with ``@ref`` into ``<standOff>``), quantities (``<num>``, ``<measure>``,
  ``<date>``), finding anchors (``<seg type="qa">``) and markdown marks
  (``<hi>``, ``<ref>``).  Spans that cross are resolved by importance
  (notes > names > quantities > finding anchors > marks): the less important
  one is dropped, so the XML stays well formed and every character of a
  block's text appears exactly once, in order.
- ``<standOff>``: ``<listPlace>/<listOrg>/<listPerson>`` with both languages'
  names (a lexicon entry with ``<idno type="lexicon">``; a name outside the
  lexicon linked by transliteration with its pinyin, ``xml:lang="zh-Latn-pinyin"``,
  and no idno), ``<linkGrp type="alignment">`` (n:m links through ``<ptr>``), and
  ``<spanGrp type="qa">`` with one ``<span>`` per finding.

lxml is imported lazily (inside functions) so the CLI starts fast.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from .. import TOOL_NAME, __version__
from ..model import Analysis, AnnotatedPair, Block, Entity, Note, Quantity
from ..script import language_tag

if TYPE_CHECKING:  # pragma: no cover
    from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

LANG_TAGS = {"zh": "zh-Hans", "en": "en"}
PINYIN_TAG = "zh-Latn-pinyin"  # the pinyin form of a name linked by transliteration
TRANSLIT_PREFIX = "translit."  # record keys of names outside the lexicon (no lexicon idno)
LANG_NAMES = {"zh-Hans": "Chinese (Simplified)", "zh-Hant": "Chinese (Traditional)", "en": "English"}
HEAD_ROLES = ("title", "heading", "notes-heading")
SEVERITY_CERT = {"error": "high", "warning": "medium", "info": "low"}

# Importance of inline spans: a lower rank wins when two spans cross.
RANK_NOTE, RANK_NAME, RANK_QUANTITY, RANK_FINDING, RANK_MARK = range(5)
RANK_SENTENCE = -1  # outermost: a sentence holds the inline elements

ENTITY_TAGS = {"place": "placeName", "org": "orgName", "person": "persName"}
ENTITY_LISTS = (("place", "listPlace", "place"), ("org", "listOrg", "org"),
                ("person", "listPerson", "person"))
NUM_TYPES = {
    "count": "cardinal", "ordinal": "ordinal", "fraction": "fraction",
    "percent": "percentage", "points": "percentagePoints", "ratio": "ratio",
    "multiplier": "multiplier",
}
DATE_KINDS = ("year", "decade", "century", "date")

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_POINTER_ATTRS = ("target", "ref", "ana", "corresp", "resp", "from", "to", "sameAs")


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True, slots=True)
class Category:
    taxonomy: str  # "qa" | "note"
    name: str  # "scale", "missing-number", "preface" ...
    label: str
    description: str

    @property
    def xml_id(self) -> str:
        return f"{self.taxonomy}.{self.name}"


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Category, ...]:
    """The categories declared in the header, from ``resources/tei/taxonomy.tsv``."""
    from ..resources_io import read_text

    text = read_text("tei", "taxonomy.tsv")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tax, name, label, desc = line.split("\t")
        out.append(Category(tax, name, label, desc))
    return tuple(out)


# --------------------------------------------------------------------------- ids


class _Ids:
    """Hands out unique NCName xml:ids, all with one prefix."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.used: set[str] = set()

    def make(self, local: str) -> str:
        base = self.prefix + _ncname(local)
        candidate, k = base, 1
        while candidate in self.used:
            k += 1
            candidate = f"{base}-{k}"
        self.used.add(candidate)
        return candidate


def _ncname(text: str) -> str:
    """``text`` made a valid, readable NCName (non-ASCII replaced by a digest)."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")
    if cleaned != text:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned}-{digest}" if cleaned else digest
    if not cleaned or not (cleaned[0].isalpha() or cleaned[0] == "_"):
        cleaned = "x" + cleaned
    return cleaned


# --------------------------------------------------------------------------- inline spans


@dataclass(slots=True)
class Span:
    """An inline element over ``[start, end)`` of a block's text.

    ``chain`` is one or more (tag, attributes) pairs, outermost first, all over
    the same characters (``<measure><num>…</num></measure>``).  ``xml_id`` is
    set on the outermost element.
    """

    start: int
    end: int
    rank: int
    chain: list[tuple[str, dict[str, str]]]
    seq: int = 0
    xml_id: str | None = None
    kind: str = ""
    ref_key: tuple | None = None

    def crosses(self, other: Span) -> bool:
        return (self.start < other.start < self.end < other.end
                or other.start < self.start < other.end < self.end)


def select_spans(text_length: int, spans: Iterable[Span],
                 accepted: Sequence[Span] = ()) -> tuple[list[Span], list[Span]]:
    """Keep the spans that nest, most important first; return (kept, dropped).

    A span crossing an already kept one is dropped; empty or out-of-range spans
    are dropped too.  ``accepted`` are spans kept in an earlier round.
    """
    kept = list(accepted)
    dropped = []
    # Kept spans indexed by start and by end: a span can only cross a kept one
    # that starts or ends strictly inside it, so each test looks at those alone.
    by_start = sorted((k.start, k.end) for k in kept)
    by_end = sorted((k.end, k.start) for k in kept)

    def crosses_kept(s: int, e: int) -> bool:
        i = bisect_right(by_start, (s, math.inf))
        while i < len(by_start) and by_start[i][0] < e:
            if by_start[i][1] > e:
                return True
            i += 1
        j = bisect_right(by_end, (s, math.inf))
        while j < len(by_end) and by_end[j][0] < e:
            if by_end[j][1] < s:
                return True
            j += 1
        return False

    for sp in sorted(spans, key=lambda s: (s.rank, s.start, -s.end, s.seq)):
        if not (0 <= sp.start < sp.end <= text_length) or crosses_kept(sp.start, sp.end):
            dropped.append(sp)
            continue
        kept.append(sp)
        insort(by_start, (sp.start, sp.end))
        insort(by_end, (sp.end, sp.start))
    return kept, dropped


def build_inline(parent: etree._Element, text: str, spans: Sequence[Span]) -> None:
    """Append ``text`` to ``parent`` with ``spans`` (already non-crossing) as elements."""
    from lxml import etree

    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.rank, s.seq))

    def add_text(el: etree._Element, last: etree._Element | None, s: str) -> None:
        # ``last``: el's last child, tracked by the caller (len(el) on an
        # lxml element walks its children, which made long blocks quadratic)
        if not s:
            return
        s = _xml_safe(s)
        if last is not None:
            last.tail = (last.tail or "") + s
        else:
            el.text = (el.text or "") + s

    def fill(el: etree._Element, lo: int, hi: int, items: list[Span]) -> None:
        pos, i = lo, 0
        last = el[-1] if len(el) else None
        while i < len(items):
            sp = items[i]
            j = i + 1
            while j < len(items) and items[j].start < sp.end:
                j += 1
            add_text(el, last, text[pos:sp.start])
            outer = inner = None
            for tag, attrs in sp.chain:
                child = etree.SubElement(inner if inner is not None else el, _tei(tag))
                for k, v in attrs.items():
                    child.set(_attr_name(k), v)
                if outer is None:
                    outer = child
                inner = child
            assert outer is not None  # every span has at least one element
            if sp.xml_id:
                outer.set(XML_ID, sp.xml_id)
            last = outer
            fill(inner, sp.start, sp.end, items[i + 1:j])
            pos = sp.end
            i = j
        add_text(el, last, text[pos:hi])

    fill(parent, 0, len(text), ordered)


# --------------------------------------------------------------------------- public API


def to_tei(pair: AnnotatedPair, id_prefix: str = "", *, header_taxonomy: bool = True
           ) -> etree._Element:
    """The ``<TEI>`` element of one pair.

    ``id_prefix`` is put before every xml:id (inside a ``<teiCorpus>``, so that
    ids stay unique corpus-wide); ``header_taxonomy=False`` leaves the
    taxonomies to a shared corpus header.
    """
    return _Builder(pair, id_prefix, header_taxonomy).build()


def tei_bytes(pair: AnnotatedPair, id_prefix: str = "") -> bytes:
    """:func:`to_tei` serialised: XML declaration, UTF-8, pretty-printed, deterministic."""
    return serialise(to_tei(pair, id_prefix))


def serialise(root: etree._Element) -> bytes:
    """A TEI element as UTF-8 bytes with an XML declaration, indented."""
    from lxml import etree

    tree = etree.ElementTree(root)
    _indent(root)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=False) + b"\n"


def corpus_tei(pairs: Sequence[AnnotatedPair], header_title: str) -> etree._Element:
    """A ``<teiCorpus>``: one shared header (title, taxonomies), one ``<TEI>`` per pair.

    Every id inside a pair's ``<TEI>`` is prefixed with the pair's id and a
    dot (``northeast.zh-b3``), so ids are unique corpus-wide.
    """
    from lxml import etree

    root = etree.Element(_tei("teiCorpus"), nsmap={None: TEI_NS})
    root.set(XML_LANG, "en")
    header = _sub(root, "teiHeader")
    fd = _sub(header, "fileDesc")
    ts = _sub(fd, "titleStmt")
    _sub(ts, "title", header_title)
    ps = _sub(fd, "publicationStmt")
    _sub(ps, "p", f"Generated by {TOOL_NAME} {__version__}.")
    sd = _sub(fd, "sourceDesc")
    _sub(sd, "p", f"{len(pairs)} document pair{'s' if len(pairs) != 1 else ''}, "
                  "each described in its own header.")
    enc = _sub(header, "encodingDesc")
    signatures = sorted({p.signature for p in pairs if p.signature})
    _app_info(enc, "; ".join(signatures))
    _class_decl(enc, "")
    tags = {language_tag(a.document) for p in pairs for a in (p.source, p.target) if a is not None}
    _lang_usage(_sub(header, "profileDesc"), sorted(tags or {"zh-Hans", "en"}, key=lambda t: (t == "en", t)))
    used: set[str] = set()
    for pair in pairs:
        base = _ncname(pair.id or "pair")
        pid, k = base, 1
        while pid in used:
            k += 1
            pid = f"{base}-{k}"
        used.add(pid)
        tei = to_tei(pair, id_prefix=pid + ".", header_taxonomy=False)
        tei.set(XML_ID, pid)
        root.append(tei)
    return root


def integrity_errors(root: etree._Element | etree._ElementTree) -> list[str]:
    """What the schema cannot check (TEI's Schematron rules), in Python.

    - xml:ids are unique;
    - every local pointer (``#id`` in @target, @ref, @ana, @corresp, @resp,
      @from, @to, @sameAs) resolves to an xml:id of the document;
    - every ``<link>`` has at least two targets, every ``<ptr>`` and
      ``<span>`` at least one (``<span>``: @target or @from).
    """
    if hasattr(root, "getroot"):
        root = root.getroot()
    errors: list[str] = []
    ids: dict[str, int] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        xid = el.get(XML_ID)
        if xid is not None:
            ids[xid] = ids.get(xid, 0) + 1
    for xid, count in sorted(ids.items()):
        if count > 1:
            errors.append(f"xml:id {xid!r} used {count} times")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = _local(el.tag)
        where = f"<{name}{' xml:id=' + repr(el.get(XML_ID)) if el.get(XML_ID) else ''}"
        where += f" line {el.sourceline}>" if el.sourceline else ">"
        for attr in _POINTER_ATTRS:
            value = el.get(attr)
            if value is None:
                continue
            for token in value.split():
                if token.startswith("#") and token[1:] not in ids:
                    errors.append(f"{where} @{attr} points at missing {token}")
        targets = (el.get("target") or "").split()
        if name == "link" and len(targets) < 2:
            errors.append(f"{where} has {len(targets)} target(s); a link needs at least 2")
        if name == "ptr" and not targets and el.get("cRef") is None:
            errors.append(f"{where} has no target")
        if name == "span" and not targets and el.get("from") is None:
            errors.append(f"{where} has neither @target nor @from")
    return errors


def block_text(element: etree._Element) -> str:
    """The character content of a block element (what a reader sees)."""
    return "".join(element.itertext())


# --------------------------------------------------------------------------- builder


@dataclass
class _Side:
    analysis: Analysis
    role: str  # "original" | "translation"
    block_ids: dict[str, str] = field(default_factory=dict)  # Block.id -> xml:id


class _Builder:
    def __init__(self, pair: AnnotatedPair, prefix: str, header_taxonomy: bool) -> None:
        self.pair = pair
        self.prefix = prefix
        self.header_taxonomy = header_taxonomy
        self.ids = _Ids(prefix)
        self.translator_id = self.ids.make("translator")
        self.sides: list[_Side] = []
        if pair.source is not None:
            self.sides.append(_Side(pair.source, "original"))
        self.sides.append(_Side(pair.target, "translation"))
        # xml:lang of the names in the standOff records, per entity language
        self.name_tags = {s.analysis.document.lang: language_tag(s.analysis.document) for s in self.sides}
        for side in self.sides:
            for b in side.analysis.document.blocks:
                side.block_ids[b.id] = self.ids.make(b.id)
        # name records: (type, key) -> xml:id ; names per record and language
        self.records: dict[tuple[str, str], str] = {}
        self.record_names: dict[tuple[str, str], dict[str, list[str]]] = {}
        # names linked only by transliteration (no lexicon entry): entity span -> record, and
        # the record's names, pinyin included (xml:lang zh-Latn-pinyin)
        self.translit_refs: dict[tuple[str, int, int], tuple[str, str]] = {}
        self._translit_records(pair)
        self.note_ids: dict[tuple, str] = {}  # _note_key(note) -> xml:id
        self.by_block: dict[int, tuple[dict, dict]] = {}  # id(analysis) -> (entities, quantities)
        for side in self.sides:
            ents: dict[str, list[Entity]] = {}
            qtys: dict[str, list[Quantity]] = {}
            for e in side.analysis.entities:
                ents.setdefault(e.block, []).append(e)
            for q in side.analysis.quantities:
                qtys.setdefault(q.block, []).append(q)
            self.by_block[id(side.analysis)] = (ents, qtys)
        # findings: finding index -> list of pointer ids
        self.finding_targets: dict[int, list[str]] = {}
        self.block_sentences: dict[str, list] = {}
        for sentence in pair.sentences:
            self.block_sentences.setdefault(sentence.block, []).append(sentence)
        self.sentence_ids: dict[str, str] = {}  # Sentence.id -> xml:id of its <s>

    # ---------------------------------------------------------------- top level
    def build(self) -> etree._Element:
        from lxml import etree

        root = etree.Element(_tei("TEI"), nsmap={None: TEI_NS})
        root.set(XML_LANG, "en")
        header = _sub(root, "teiHeader")
        text = _sub(root, "text")
        group = _sub(text, "group")
        self._plan_notes()
        for side in self.sides:
            self._text(group, side)
        self._header(header)
        standoff = self._standoff()
        if standoff is not None:
            root.append(standoff)
        return root

    # ---------------------------------------------------------------- header
    def _header(self, header: etree._Element) -> None:
        pair = self.pair
        src = pair.source.document if pair.source is not None else None
        tgt = pair.target.document
        src_title = _meta(src, "title") or _first_title(src)
        tgt_title = _meta(tgt, "title") or _first_title(tgt)
        author = _meta(tgt, "author") or _meta(src, "author") or self._byline_author()
        translator = _meta(tgt, "translator") or _meta(src, "translator") or self._credited_translator()

        fd = _sub(header, "fileDesc")
        ts = _sub(fd, "titleStmt")
        if src is not None:
            t = _sub(ts, "title", src_title or f"{pair.id} (original)", type="original")
            t.set(XML_LANG, language_tag(src))
        t = _sub(ts, "title", tgt_title or f"{pair.id} (translation)", type="translation")
        t.set(XML_LANG, language_tag(tgt))
        if author:
            _sub(ts, "author", author)
        rs = _sub(ts, "respStmt")
        rs.set(XML_ID, self.translator_id)
        _sub(rs, "resp", "translation, translator's notes and introduction")
        if translator:
            _sub(rs, "name", translator)
        else:
            _sub(rs, "name", "translator not stated", type="unknown")
        ps = _sub(fd, "publicationStmt")
        _sub(ps, "p", f"Annotated by {TOOL_NAME} {__version__} from the files "
                      "named in the source description; not published.")
        sd = _sub(fd, "sourceDesc")
        if src is not None:
            self._bibl(sd, src, "original", src_title, author, None)
        self._bibl(sd, tgt, "translation", tgt_title, author, translator)

        enc = _sub(header, "encodingDesc")
        _app_info(enc, pair.signature)
        if self.header_taxonomy:
            _class_decl(enc, "")
        langs = [language_tag(s.analysis.document) for s in self.sides]
        _lang_usage(_sub(header, "profileDesc"), langs)

    def _bibl(self, parent, doc, kind: str, title: str | None, author: str | None,
              translator: str | None) -> None:
        bibl = _sub(parent, "bibl", type=kind)
        bibl.set(XML_LANG, language_tag(doc))
        if title:
            _sub(bibl, "title", title)
        if author:
            _sub(bibl, "author", author)
        if translator:
            rs = _sub(bibl, "respStmt")
            _sub(rs, "resp", "translated by")
            _sub(rs, "name", translator)
        date = _meta(doc, "date")
        if date:
            when = _w3c_date(date)
            if when:
                _sub(bibl, "date", date, when=when)
            else:
                _sub(bibl, "date", date)
        url = _meta(doc, "sourceUrl") or _meta(doc, "url")
        if url:
            target = _safe_uri(url)
            _sub(bibl, "ref", url, target=target)
            _sub(bibl, "idno", url, type="URI")
        if doc.path:
            _sub(bibl, "idno", portable_path(doc.path), type="file")

    def _byline_author(self) -> str | None:
        """A byline: a short block right after the title that is one person's name."""
        for side in reversed(self.sides):
            blocks = side.analysis.document.blocks
            if len(blocks) < 2 or blocks[0].role != "title":
                continue
            b = blocks[1]
            text = b.text.strip()
            if not text or len(text) > 40 or b.role not in ("paragraph", "heading"):
                continue
            for e in side.analysis.entities_in(b.id):
                if e.type == "person" and e.text.strip() == text:
                    return text
        return None

    def _credited_translator(self) -> str | None:
        """"Translation by NAME" in a translator's note or preface block."""
        pat = re.compile(r"\bTranslat(?:ion|ed)\b[^.:;\n]{0,40}?\bby\s+"
                         r"((?:[A-Z][\w'’.-]*\s*){1,4})")
        for note in self.pair.target.notes:
            if note.kind not in ("preface", "translator"):
                continue
            m = pat.search(note.text)
            if m:
                return m.group(1).strip()
        return None

    # ---------------------------------------------------------------- notes plan
    def _plan_notes(self) -> None:
        """Give every note an xml:id; find the entry each footnote reference points at."""
        self.block_notes: dict[str, list[Note]] = {}
        self.inline_notes: dict[str, list[Note]] = {}
        # footnote reference -> (xml:id of the entry note, xml:id of the entry block)
        self.footnote_refs: dict[tuple, tuple[str | None, str | None]] = {}
        side = self.sides[-1]
        blocks = {b.id: b for b in side.analysis.document.blocks}
        entries: dict[str, tuple[str | None, str | None]] = {}  # label -> (note id, block id)
        for note in sorted(side.analysis.notes, key=lambda n: (_block_n(blocks, n.block), n.start)):
            block = blocks.get(note.block)
            if block is None:
                continue
            if self._is_block_note(note, block):
                self.block_notes.setdefault(note.block, []).append(note)
                continue
            self.inline_notes.setdefault(note.block, []).append(note)
            xml_id = self.ids.make(f"{note.block.split('-')[0]}-{note.id or 'note'}")
            self.note_ids[_note_key(note)] = xml_id
            if note.kind == "footnote" and block.role == "note-entry":
                label = _footnote_label(note.text, entry=True)
                if label and label not in entries:
                    entries[label] = (xml_id, side.block_ids[block.id])
        for b in side.analysis.document.blocks:  # entry blocks without a note
            if b.role == "note-entry":
                label = _footnote_label(b.text, entry=True)
                if label and label not in entries:
                    entries[label] = (None, side.block_ids[b.id])
        for notes in self.inline_notes.values():
            for note in notes:
                block = blocks[note.block]
                if note.kind == "footnote" and block.role != "note-entry":
                    label = _footnote_label(note.text, entry=False)
                    self.footnote_refs[_note_key(note)] = entries.get(label or "", (None, None))

    @staticmethod
    def _is_block_note(note: Note, block: Block) -> bool:
        """Notes marked on the block element rather than inline."""
        whole = note.text.strip() == block.text.strip() or note.place == "block"
        if note.kind == "preface":
            return whole
        if note.kind == "footnote" and block.role == "notes-heading":
            return True
        return False

    # ---------------------------------------------------------------- text
    def _text(self, group, side: _Side) -> None:
        doc = side.analysis.document
        text = _sub(group, "text", type=side.role)
        text.set(XML_LANG, language_tag(doc))
        body = _sub(text, "body")
        if not doc.blocks:
            _sub(body, "p")
            return
        spans = {b.id: self._spans(side, b) for b in doc.blocks}
        self._resolve_footnote_refs(spans)
        div = None
        div_zone = None
        div_has_content = False
        for block in doc.blocks:
            zone = self._zone(block)
            is_head = block.role in HEAD_ROLES
            if div is None or zone != div_zone or (is_head and div_has_content):
                div = _sub(body, "div", type=zone)
                if zone in ("preface", "notes"):
                    div.set("resp", "#" + self.translator_id)
                div_zone = zone
                div_has_content = False
            self._block(div, side, block, spans[block.id])
            div_has_content = div_has_content or not is_head

    def _zone(self, block: Block) -> str:
        if block.role in ("notes-heading", "note-entry"):
            return "notes"
        if any(n.kind == "preface" for n in self.block_notes.get(block.id, ())):
            return "preface"
        return "section"

    def _resolve_footnote_refs(self, spans: dict[str, list[Span]]) -> None:
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

    def _block(self, div, side: _Side, block: Block, spans: list[Span]) -> None:
        if block.role in HEAD_ROLES:
            el = _sub(div, "head", type=block.role)
        else:
            el = _sub(div, "p")
            if block.role != "paragraph":
                el.set("rend", block.role)
        el.set(XML_ID, side.block_ids[block.id])
        el.set("n", str(block.n))
        notes = self.block_notes.get(block.id, [])
        if notes:
            el.set("ana", " ".join(dict.fromkeys(f"#note.{n.kind}" for n in notes)))
            el.set("resp", "#" + self.translator_id)
        build_inline(el, block.text, spans + self._sentence_spans(side, block, spans))

    def _sentence_spans(self, side: _Side, block: Block, spans: list[Span]) -> list[Span]:
        """``<s>`` spans for the block's sentences.  A sentence boundary that
        falls inside an inline element moves to that element's end (or start),
        so that elements nest; sentences left empty share the ``<s>`` before."""
        sentences = self.block_sentences.get(block.id)
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
        for sentence in sentences[1:]:
            cut = sentence.start
            k = bisect_right(starts, cut - 1) - 1  # the last outermost span starting before the cut
            if k >= 0 and outer[k][0] < cut < outer[k][1]:
                cut = outer[k][1]
            moved.append(cut)
        out: list[Span] = []
        bounds = [0] + moved + [len(block.text)]
        for k, sentence in enumerate(sentences):
            lo, hi = max(bounds[k], out[-1].end if out else 0), bounds[k + 1]
            if hi <= lo and out:
                self.sentence_ids[sentence.id] = out[-1].xml_id or ""
                continue
            xml_id = self.ids.make(f"{side.block_ids[block.id]}.s{k + 1}")
            self.sentence_ids[sentence.id] = xml_id
            out.append(Span(lo, max(hi, lo), RANK_SENTENCE, [("s", {})], k, xml_id=xml_id, kind="sentence"))
        if out:
            out[-1].end = len(block.text)
        return out

    def _spans(self, side: _Side, block: Block) -> list[Span]:
        analysis = side.analysis
        text = block.text
        seq = iter(range(1 << 30))
        cands: list[Span] = []
        for note in self.inline_notes.get(block.id, []) if side is self.sides[-1] else []:
            cands.append(self._note_span(note, next(seq)))
        ents, qtys = self.by_block[id(analysis)]
        for ent in ents.get(block.id, ()):
            sp = self._entity_span(ent, next(seq))
            if sp is not None:
                cands.append(sp)
        for q in qtys.get(block.id, ()):
            cands.append(_quantity_span(q, next(seq)))
        kept, _ = select_spans(len(text), cands)
        # finding anchors: reuse an element over exactly the same characters,
        # else a <seg type="qa"> (one per distinct range), else the block
        extra: list[Span] = []
        seg_for: dict[tuple[int, int], Span] = {}
        wanted: list[tuple[int, tuple[int, int]]] = []
        for idx, f in enumerate(self.pair.findings):
            for role, block_id, ftext, fspan in (
                    ("original", f.source_block, f.source_text, f.source_span),
                    ("translation", f.target_block, f.target_text, f.target_span)):
                if role != side.role or block_id != block.id:
                    continue
                targets = self.finding_targets.setdefault(idx, [])
                rng = locate(text, ftext, fspan)
                if rng is None:
                    targets.append(side.block_ids[block.id])
                    continue
                same = next((k for k in kept if (k.start, k.end) == rng), None)
                if same is not None:
                    if same.xml_id is None:
                        same.xml_id = self.ids.make(
                            f"{block.id}.{_short(same.chain[0][0])}{rng[0]}")
                    targets.append(same.xml_id)
                    continue
                if rng not in seg_for:
                    seg_for[rng] = Span(rng[0], rng[1], RANK_FINDING,
                                        [("seg", {"type": "qa"})], next(seq), kind="finding")
                    extra.append(seg_for[rng])
                wanted.append((idx, rng))
        for mark in block.marks:
            sp = _mark_span(mark, next(seq))
            if sp is not None:
                extra.append(sp)
        kept, dropped = select_spans(len(text), extra, kept)
        dropped_ids = {id(sp) for sp in dropped}
        for idx, rng in wanted:
            seg = seg_for[rng]
            if id(seg) in dropped_ids:
                self.finding_targets[idx].append(side.block_ids[block.id])
                continue
            if seg.xml_id is None:
                seg.xml_id = self.ids.make(f"{block.id}.qa{rng[0]}")
            self.finding_targets[idx].append(seg.xml_id)
        return kept

    def _note_span(self, note: Note, seq: int) -> Span:
        xml_id = self.note_ids[_note_key(note)]
        if _note_key(note) in self.footnote_refs:  # target set by _resolve_footnote_refs
            return Span(note.start, note.end, RANK_NOTE, [("ref", {"type": "noteAnchor"})],
                        seq, xml_id, "note-ref", ref_key=_note_key(note))
        attrs = {
            "type": note.kind,
            "resp": "#" + self.translator_id,
            "place": "end" if note.place == "end" else "inline",
            "n": note.id,
        }
        return Span(note.start, note.end, RANK_NOTE, [("note", attrs)], seq, xml_id, "note")

    def _translit_records(self, pair: AnnotatedPair) -> None:
        """Records for names outside the lexicon that transliteration links across the pair:
        the Chinese and English forms and the pinyin, and no lexicon idno."""
        from .. import translit
        from ..namelinks import name_links

        for names in name_links(pair):
            for link in names.links:
                s, t = link.source, link.target
                if link.via not in ("pinyin", "dictionary") or s.key or s.type not in ENTITY_TAGS:
                    continue
                pinyin = translit.romanise(s.text, s.type)
                rec = (s.type, f"{TRANSLIT_PREFIX}{_ncname(translit.letters(pinyin))}")
                if rec not in self.records:
                    self.records[rec] = self.ids.make(f"{s.type}.{rec[1]}")
                    self.record_names[rec] = {PINYIN_TAG: [pinyin]}
                for e in (s, t):
                    forms = self.record_names[rec].setdefault(e.lang, [])
                    surface = " ".join(e.text.split())
                    if surface and surface not in forms:
                        forms.append(surface)
                    self.translit_refs[(e.block, e.start, e.end)] = rec

    def _entity_span(self, ent: Entity, seq: int) -> Span | None:
        tag = ENTITY_TAGS.get(ent.type)
        attrs: dict[str, str] = {}
        if tag is None:
            tag = "name"
            attrs["type"] = _ncname(ent.type or "unknown")
        rec_t = self.translit_refs.get((ent.block, ent.start, ent.end))
        if not ent.key and rec_t is not None and rec_t[0] == ent.type:
            attrs["ref"] = "#" + self.records[rec_t]
        elif ent.key and ent.type in ENTITY_TAGS:
            rec = (ent.type, ent.key)
            if rec not in self.records:
                self.records[rec] = self.ids.make(f"{ent.type}.{ent.key}")
                self.record_names[rec] = {}
            names = self.record_names[rec].setdefault(ent.lang or _block_lang(ent.block), [])
            surface = " ".join(ent.text.split())
            if surface and surface not in names:
                names.append(surface)
            attrs["ref"] = "#" + self.records[rec]
        return Span(ent.start, ent.end, RANK_NAME, [(tag, attrs)], seq, kind="name")

    # ---------------------------------------------------------------- standOff
    def _standoff(self):
        from lxml import etree

        so = etree.Element(_tei("standOff"))
        for etype, list_tag, item_tag in ENTITY_LISTS:
            recs = [(rec, xid) for rec, xid in self.records.items() if rec[0] == etype]
            if not recs:
                continue
            lst = _sub(so, list_tag)
            for rec, xid in sorted(recs, key=lambda r: r[1]):
                item = _sub(lst, item_tag)
                item.set(XML_ID, xid)
                names = self.record_names[rec]
                for lang in sorted(names, key=lambda code: (code != "zh", code)):
                    for surface in names[lang]:
                        n = _sub(item, ENTITY_TAGS[etype], surface)
                        n.set(XML_LANG, self.name_tags.get(lang, _lang_tag(lang)))
                if not rec[1].startswith(TRANSLIT_PREFIX):
                    _sub(item, "idno", rec[1], type="lexicon")
        self._links(so)
        self._findings(so)
        return so if len(so) else None

    def _links(self, so) -> None:
        pair = self.pair
        if pair.source is None or not pair.alignment:
            return
        src, tgt = self.sides[0], self.sides[-1]
        src_blocks = src.analysis.document.blocks
        tgt_blocks = tgt.analysis.document.blocks
        grp = None
        for k, link in enumerate(pair.alignment, 1):
            if not link.source or not link.target:
                continue  # TEI forbids a one-target link; findings/notes cover these
            if grp is None:
                grp = _sub(so, "linkGrp", type="alignment")
            ends = [self._link_end(grp, ["#" + side.block_ids[blocks[i].id] for i in idx], "blocks", f"al{k}.{lang}")
                    for side, blocks, idx, lang in ((src, src_blocks, link.source, "src"),
                                                    (tgt, tgt_blocks, link.target, "tgt"))]
            _sub(grp, "link", type=link.type, target=" ".join(ends), cert=_cert(link.score))
        self._sentence_links(so)

    def _sentence_links(self, so) -> None:
        """The sentence alignment: a second ``<linkGrp>``; n-m sides through ``<ptr>``."""
        grp = None
        for k, link in enumerate(self.pair.sentence_alignment, 1):
            if not link.source or not link.target:
                continue
            if grp is None:
                grp = _sub(so, "linkGrp", type="sentence-alignment")
            ends = [self._link_end(grp, list(dict.fromkeys("#" + self.sentence_ids[i] for i in ids)), "sentences",
                                   f"sl{k}.{side}")
                    for side, ids in (("src", link.source), ("tgt", link.target))]
            _sub(grp, "link", type=link.type, target=" ".join(ends), cert=_cert(link.score))

    def _link_end(self, grp, targets: list[str], ptr_type: str, id_hint: str) -> str:
        """One end of a link: the target itself, or a ``<ptr>`` grouping several (TEI links join two ends)."""
        if len(targets) == 1:
            return targets[0]
        ptr = _sub(grp, "ptr", type=ptr_type, target=" ".join(targets))
        ptr_id = self.ids.make(id_hint)
        ptr.set(XML_ID, ptr_id)
        return "#" + ptr_id

    def _findings(self, so) -> None:
        if not self.pair.findings:
            return
        grp = _sub(so, "spanGrp", type="qa")
        known = {c.name for c in taxonomy() if c.taxonomy == "qa"}
        for idx, f in enumerate(self.pair.findings):
            targets = list(dict.fromkeys(self.finding_targets.get(idx, [])))
            if not targets:  # blocks not found in text: point at the blocks themselves
                for side, block_id in ((self.sides[0], f.source_block), (self.sides[-1], f.target_block)):
                    if block_id and block_id in side.block_ids:
                        targets.append(side.block_ids[block_id])
            if not targets:
                targets = [self.sides[-1].block_ids[b.id] for b in self.pair.target.document.blocks[:1]]
            span = _sub(grp, "span", f.message, target=" ".join("#" + t for t in targets))
            span.set(XML_ID, self.ids.make(f.id or f"f{idx + 1}"))
            span.set("ana", f"#qa.{f.kind}" if f.kind in known else "#qa.value")
            span.set("type", f.severity)
            span.set("cert", SEVERITY_CERT.get(f.severity, "unknown"))
            if f.expected:
                _sub(span, "note", f.expected, type="expected")
            if f.evidence:
                _sub(span, "note", _evidence_text(f.evidence), type="evidence",
                     subtype=str(f.evidence.get("rule") or "check"))


# --------------------------------------------------------------------------- helpers


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


def _tei(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr_name(name: str) -> str:
    return XML_ID if name == "xml:id" else XML_LANG if name == "xml:lang" else name


def _sub(parent, tag: str, text: str | None = None, **attrs: str):
    from lxml import etree

    el = etree.SubElement(parent, _tei(tag))
    for k, v in attrs.items():
        el.set(k, v)
    if text is not None:
        el.text = _xml_safe(text)
    return el


def _xml_safe(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


# Elements whose children may be indented: containers that hold no running text.
_STRUCTURAL = frozenset("""
TEI teiCorpus teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc bibl
encodingDesc appInfo application classDecl taxonomy category profileDesc langUsage
text group body div standOff listPlace place listOrg org listPerson person linkGrp spanGrp
""".split())


def _indent(root) -> None:
    """Pretty-print the structure; never add whitespace inside a block's text."""
    def walk(el, level: int) -> None:
        children = [c for c in el if isinstance(c.tag, str)]
        if (not children or _local(el.tag) not in _STRUCTURAL
                or (el.text and el.text.strip())
                or any(c.tail and c.tail.strip() for c in children)):
            return
        pad = "\n" + "  " * (level + 1)
        el.text = pad
        for c in children:
            c.tail = pad
            walk(c, level + 1)
        children[-1].tail = "\n" + "  " * level

    walk(root, 0)


def _lang_tag(lang: str) -> str:
    return LANG_TAGS.get(lang, lang or "und")


def _note_key(note: Note) -> tuple:
    return (note.block, note.id, note.start, note.end, note.kind)


def _block_lang(block_id: str) -> str:
    return block_id.split("-", 1)[0] if "-" in block_id else ""


def _block_n(blocks: dict[str, Block], block_id: str) -> int:
    b = blocks.get(block_id)
    return b.n if b is not None else 1 << 30


def _meta(doc, key: str) -> str | None:
    if doc is None:
        return None
    value = doc.meta.get(key) if doc.meta else None
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _first_title(doc) -> str | None:
    if doc is None:
        return None
    for role in ("title", "heading"):
        for b in doc.blocks:
            if b.role == role and b.text.strip():
                return " ".join(b.text.split())
    return None


def _w3c_date(value: str) -> str | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
        return None
    return value.strip()


def portable_path(path: str) -> str:
    """An input path as the header records it: never this machine's absolute path.

    A relative path (batch gives paths relative to the corpus) stays as it is;
    an absolute one becomes relative to the working folder when it lies below
    it, else just the file name, so that two machines write the same bytes.
    """
    p = Path(path)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return p.name


def _safe_uri(url: str) -> str:
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%-._~")


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


def _short(tag: str) -> str:
    return {"placeName": "pl", "orgName": "org", "persName": "pers", "measure": "m",
            "num": "num", "date": "d", "note": "n", "ref": "r"}.get(tag, tag)


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


def _footnote_label(text: str, *, entry: bool) -> str | None:
    """The label of a footnote reference ("[1]" -> "1") or of an entry ("1. …", "[1]…")."""
    if entry:
        m = re.match(r"\s*[\[(（]?\s*(\d+|[*†‡§]+)\s*[\])）.:]?", text)
    else:
        m = re.search(r"\d+|[*†‡§]+", text)
    return m.group(1) if entry and m else (m.group(0) if m else None)


def _decimal_text(value: Decimal | None) -> str | None:
    """A Decimal as an xsd:decimal literal (no exponent), or None."""
    if value is None:
        return None
    try:
        if not value.is_finite():
            return None
        text = format(value, "f")
    except (InvalidOperation, ValueError, TypeError):
        return None
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def _quantity_span(q: Quantity, seq: int) -> Span:
    attrs: dict[str, str] = {}
    value = _decimal_text(q.value)
    low, high = _decimal_text(q.low), _decimal_text(q.high)
    if q.qualifier:
        attrs["subtype"] = _ncname(q.qualifier)
    if q.kind in DATE_KINDS:
        attrs["type"] = q.kind
        attrs.update(_date_attrs(q))
        return Span(q.start, q.end, RANK_QUANTITY, [("date", attrs)], seq, kind="quantity")
    num_attrs = {"type": NUM_TYPES.get(q.kind, _ncname(q.kind or "cardinal"))}
    if value is not None:
        num_attrs["value"] = value
    if low is not None and (value is None or low != value):
        num_attrs["atLeast"] = low
    if high is not None and (value is None or high != value):
        num_attrs["atMost"] = high
    if q.kind == "money" or (q.unit and q.kind in ("count",) and q.unit not in ("%", "pp")):
        m_attrs = {"type": "currency" if q.kind == "money" else "count"}
        if q.unit:
            m_attrs["unit"] = _token(q.unit)
        if value is not None:
            m_attrs["quantity"] = value
            m_attrs.update({k: v for k, v in attrs.items()})
            return Span(q.start, q.end, RANK_QUANTITY, [("measure", m_attrs)], seq, kind="quantity")
        m_attrs.update(attrs)
        num_attrs["type"] = "cardinal"
        return Span(q.start, q.end, RANK_QUANTITY, [("measure", m_attrs), ("num", num_attrs)],
                    seq, kind="quantity")
    num_attrs.update(attrs)
    return Span(q.start, q.end, RANK_QUANTITY, [("num", num_attrs)], seq, kind="quantity")


def _token(text: str) -> str:
    return re.sub(r"[\s\x00-\x1f]+", "_", text.strip()) or "unit"


def _year(value: Decimal | None) -> int | None:
    if value is None or value != value.to_integral_value():
        return None
    y = int(value)
    return y if 1 <= y <= 9999 else None


def _date_attrs(q: Quantity) -> dict[str, str]:
    """@when / @notBefore / @notAfter for years, decades, centuries and dates."""
    v = q.value
    if q.kind == "date" and v is not None and v == v.to_integral_value():
        digits = str(int(v))
        if len(digits) == 8 and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31:
            return {"when": f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"}
        if len(digits) == 6 and 1 <= int(digits[4:6]) <= 12:
            return {"when": f"{digits[:4]}-{digits[4:6]}"}
    if q.kind == "century":
        c = _year(v)
        if c is not None and c <= 99:
            return {"notBefore": f"{(c - 1) * 100 + 1:04d}", "notAfter": f"{c * 100:04d}"}
        return {}
    if q.kind == "decade":
        y = _year(v if v is not None else q.low)
        if y is not None and y >= 1000:
            return {"notBefore": f"{y:04d}", "notAfter": f"{y + 9:04d}"}
        return {}
    y = _year(v)
    if y is not None and 1000 <= y:
        return {"when": f"{y:04d}"}
    lo, hi = _year(q.low), _year(q.high)
    if lo is not None and hi is not None and 1000 <= lo <= hi:
        return {"notBefore": f"{lo:04d}", "notAfter": f"{hi:04d}"}
    return {}


def _mark_span(mark, seq: int) -> Span | None:
    if mark.kind == "link":
        if not mark.target:
            return None
        target = mark.target if not mark.target.startswith("#") else None
        attrs = {"type": "url"}
        if target:
            attrs["target"] = _safe_uri(target)
        return Span(mark.start, mark.end, RANK_MARK, [("ref", attrs)], seq, kind="mark")
    rend = {"emphasis": "italic", "strong": "bold", "code": "code"}.get(mark.kind, _ncname(mark.kind))
    return Span(mark.start, mark.end, RANK_MARK, [("hi", {"rend": rend})], seq, kind="mark")


def _app_info(enc, signature: str) -> None:
    app_info = _sub(enc, "appInfo")
    app = _sub(app_info, "application", ident=TOOL_NAME, version=__version__)
    _sub(app, "label", TOOL_NAME)
    _sub(app, "desc", f"signature: {signature or 'default'}")


def _class_decl(enc, prefix: str) -> None:
    class_decl = _sub(enc, "classDecl")
    titles = {"qa": "Translation quality findings", "note": "Translator's interventions"}
    for tax in ("qa", "note"):
        t = _sub(class_decl, "taxonomy")
        t.set(XML_ID, prefix + tax)
        _sub(_sub(t, "bibl"), "title", titles[tax])
        for cat in taxonomy():
            if cat.taxonomy != tax:
                continue
            c = _sub(t, "category")
            c.set(XML_ID, prefix + cat.xml_id)
            _sub(c, "catDesc", f"{cat.label}: {cat.description}")


def _lang_usage(profile, langs: Sequence[str]) -> None:
    lu = _sub(profile, "langUsage")
    for tag in dict.fromkeys(langs):
        _sub(lu, "language", LANG_NAMES.get(tag, tag), ident=tag)

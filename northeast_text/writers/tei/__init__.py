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

One module per section: :mod:`.header`, :mod:`.body` (blocks, sentences,
inline elements through :mod:`.inline`, :mod:`.notes`, :mod:`.names`,
:mod:`.quantities`), :mod:`.standoff` (name records, link groups, findings);
:mod:`.markup` holds the XML plumbing and :mod:`.integrity` the checks the
schema cannot make.

lxml is imported lazily (inside functions) so the CLI starts fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import TOOL_NAME, __version__
from ...model import AnnotatedPair
from ...script import language_tag
from .body import locate, write_text
from .header import app_info, class_decl, lang_usage, portable_path, taxonomy, write_header
from .inline import (
    RANK_FINDING,
    RANK_MARK,
    RANK_NAME,
    RANK_NOTE,
    RANK_QUANTITY,
    RANK_SENTENCE,
    Span,
    build_inline,
    select_spans,
)
from .integrity import integrity_errors
from .markup import TEI_NS, XML_ID, XML_LANG, XML_NS, indent, ncname, sub, tei, xml_safe
from .standoff import write_standoff
from .state import PairState

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "RANK_FINDING", "RANK_MARK", "RANK_NAME", "RANK_NOTE", "RANK_QUANTITY", "RANK_SENTENCE",
    "TEI_NS", "XML_ID", "XML_LANG", "XML_NS", "Span", "block_text", "build_inline", "corpus_tei",
    "integrity_errors", "locate", "portable_path", "select_spans", "serialise", "taxonomy", "tei",
    "tei_bytes", "to_tei", "xml_safe",
]


def to_tei(pair: AnnotatedPair, id_prefix: str = "", *, header_taxonomy: bool = True
           ) -> etree._Element:
    """The ``<TEI>`` element of one pair.

    ``id_prefix`` is put before every xml:id (inside a ``<teiCorpus>``, so that
    ids stay unique corpus-wide); ``header_taxonomy=False`` leaves the
    taxonomies to a shared corpus header.
    """
    from lxml import etree

    state = PairState(pair, id_prefix, header_taxonomy)
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(XML_LANG, "en")
    header = sub(root, "teiHeader")
    group = sub(sub(root, "text"), "group")
    state.notes.plan(state.translation.analysis, state.translation.block_ids)
    for side in state.sides:
        write_text(state, group, side)
    write_header(state, header)
    standoff = write_standoff(state)
    if standoff is not None:
        root.append(standoff)
    return root


def tei_bytes(pair: AnnotatedPair, id_prefix: str = "") -> bytes:
    """:func:`to_tei` serialised: XML declaration, UTF-8, pretty-printed, deterministic."""
    return serialise(to_tei(pair, id_prefix))


def serialise(root: etree._Element) -> bytes:
    """A TEI element as UTF-8 bytes with an XML declaration, indented."""
    from lxml import etree

    tree = etree.ElementTree(root)
    indent(root)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=False) + b"\n"


def corpus_tei(pairs: Sequence[AnnotatedPair], header_title: str) -> etree._Element:
    """A ``<teiCorpus>``: one shared header (title, taxonomies), one ``<TEI>`` per pair.

    Every id inside a pair's ``<TEI>`` is prefixed with the pair's id and a
    dot (``northeast.zh-b3``), so ids are unique corpus-wide.
    """
    from lxml import etree

    root = etree.Element(tei("teiCorpus"), nsmap={None: TEI_NS})
    root.set(XML_LANG, "en")
    header = sub(root, "teiHeader")
    fd = sub(header, "fileDesc")
    ts = sub(fd, "titleStmt")
    sub(ts, "title", header_title)
    ps = sub(fd, "publicationStmt")
    sub(ps, "p", f"Generated by {TOOL_NAME} {__version__}.")
    sd = sub(fd, "sourceDesc")
    sub(sd, "p", f"{len(pairs)} document pair{'s' if len(pairs) != 1 else ''}, "
                 "each described in its own header.")
    enc = sub(header, "encodingDesc")
    signatures = sorted({p.signature for p in pairs if p.signature})
    app_info(enc, "; ".join(signatures))
    class_decl(enc, "")
    tags = {language_tag(a.document) for p in pairs for a in (p.source, p.target) if a is not None}
    lang_usage(sub(header, "profileDesc"), sorted(tags or {"zh-Hans", "en"}, key=lambda t: (t == "en", t)))
    used: set[str] = set()
    for pair in pairs:
        base = ncname(pair.id or "pair")
        pid, k = base, 1
        while pid in used:
            k += 1
            pid = f"{base}-{k}"
        used.add(pid)
        pair_tei = to_tei(pair, id_prefix=pid + ".", header_taxonomy=False)
        pair_tei.set(XML_ID, pid)
        root.append(pair_tei)
    return root


def block_text(element: etree._Element) -> str:
    """The character content of a block element (what a reader sees)."""
    return "".join(element.itertext())

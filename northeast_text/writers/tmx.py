"""TMX 1.4b export: the alignment as a translation memory for CAT tools.

``level="sentence"`` (the default) writes one ``<tu>`` per sentence link
(``tuid`` ``{pair id}.s{n}``, ``segtype`` ``sentence``, ``<prop>``s
``x-source-sentences`` / ``x-target-sentences`` with the sentence ids, and
``x-link`` the 1-based block link it lies in); a pair without sentence
links (built by hand) falls back to the block level.

``level="paragraph"``: one ``<tu>`` per alignment link that has both a
Chinese and an English side (0-1 and 1-0 links are skipped: a translation
unit needs both).  Each unit:

- ``tuid`` = ``{pair id}.l{n}``, ``n`` the 1-based index of the link in the
  pair's alignment (stable across runs);
- ``<prop>``s ``x-pair``, ``x-link-type``, ``x-score`` (alignment score in
  [0, 1]), ``x-source-blocks`` and ``x-target-blocks`` (the block ids of the
  JSON report and TEI, space-separated);
- one ``<note>`` per translator's note found in the English blocks
  (``"{kind}: {text}"``);
- ``<tuv xml:lang="zh-Hans">`` (``zh-Hant`` for Traditional) then ``<tuv xml:lang="en">``, each with one
  ``<seg>``: the blocks' plain text joined by :func:`joined_text` (English
  blocks with one space; Chinese blocks with nothing after a closing
  punctuation mark, else one space, so a title and a byline stay apart).

Languages are the BCP 47 tags of the TEI (``zh-Hans`` or ``zh-Hant``, ``en``;
:func:`northeast_text.script.language_tag`), ``srclang`` is the Chinese one, ``adminlang`` ``en``,
``datatype`` ``plaintext`` and ``segtype`` ``paragraph`` (a unit is a block
or a few blocks, not a sentence).  No creation date is written, so the file is
byte-identical across runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import TOOL_NAME, __version__
from ..model import AnnotatedPair, Block
from ..script import language_tag

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Chinese text needs no space after these (a sentence or clause is closed).
ZH_CLOSERS = "。！？；：…」』”’）》】"


LEVELS = ("sentence", "paragraph")


def joined_text(blocks: Sequence[Block], lang: str) -> str:
    """The segment text of a link side: the blocks' texts, joined."""
    return _join([b.text for b in blocks], lang)


def _join(texts: Sequence[str], lang: str) -> str:
    out = ""
    for text in texts:
        if out and not (lang == "zh" and out[-1] in ZH_CLOSERS):
            out += " "
        out += text
    return out


def tmx_bytes(pair: AnnotatedPair, level: str = "sentence") -> bytes:
    """The TMX 1.4b document of one pair, UTF-8 with an XML declaration;
    ``level`` "sentence" (one unit per sentence link) or "paragraph"."""
    from lxml import etree

    if level not in LEVELS:
        raise ValueError(f"unknown TMX level {level!r}; known: {', '.join(LEVELS)}")
    sentences = level == "sentence" and bool(pair.sentence_alignment)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root, "header",
        creationtool=TOOL_NAME, creationtoolversion=__version__,
        datatype="plaintext", segtype="sentence" if sentences else "paragraph", adminlang="en",
        srclang=language_tag(pair.source.document) if pair.source is not None else "zh-Hans",
        **{"o-tmf": TOOL_NAME},
    )
    header = root[0]
    if pair.signature:
        _prop(header, "x-signature", pair.signature)
    body = etree.SubElement(root, "body")
    if pair.source is not None and sentences:
        _sentence_units(body, pair)
    elif pair.source is not None:
        _block_units(body, pair)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _block_units(body, pair: AnnotatedPair) -> None:
    """One unit per block link with both sides, the translator's notes of its blocks attached."""
    assert pair.source is not None
    src_blocks, tgt_blocks = pair.source.document.blocks, pair.target.document.blocks
    for n, link in enumerate(pair.alignment, 1):
        if not link.source or not link.target:
            continue
        srcs = [src_blocks[i] for i in link.source]
        tgts = [tgt_blocks[j] for j in link.target]
        order = {b.id: b.n for b in tgts}
        notes = sorted((nt for nt in pair.target.notes if nt.block in order),
                       key=lambda nt: (order[nt.block], nt.start, nt.end))
        props = [("x-source-blocks", " ".join(b.id for b in srcs)), ("x-target-blocks", " ".join(b.id for b in tgts))]
        _unit(body, pair, f"{pair.id}.l{n}", link.type, link.score, props, notes,
              (joined_text(srcs, pair.source.document.lang or "zh"),
               joined_text(tgts, pair.target.document.lang or "en")))


def _sentence_units(body, pair: AnnotatedPair) -> None:
    """One unit per sentence link with both sides, notes of its target sentences attached."""
    assert pair.source is not None
    by_id = {s.id: s for s in pair.sentences}
    for n, link in enumerate(pair.sentence_alignment, 1):
        if not link.source or not link.target:
            continue
        srcs = [by_id[i] for i in link.source]
        tgts = [by_id[i] for i in link.target]
        notes = [nt for nt in pair.target.notes
                 if any(s.block == nt.block and s.start <= nt.start < s.end for s in tgts)]
        props = [("x-link", str(link.link + 1)), ("x-source-sentences", " ".join(link.source)),
                 ("x-target-sentences", " ".join(link.target))]
        _unit(body, pair, f"{pair.id}.s{n}", link.type, link.score, props, notes,
              (_join([s.text for s in srcs], pair.source.document.lang or "zh"),
               _join([s.text for s in tgts], pair.target.document.lang or "en")))


def _unit(body, pair: AnnotatedPair, tuid: str, link_type: str, score: float,
          props: list[tuple[str, str]], notes, texts: tuple[str, str]) -> None:
    """One ``<tu>``: the pair, link type and score, the extra props, the notes, both sides' text."""
    from lxml import etree

    assert pair.source is not None
    tu = etree.SubElement(body, "tu", tuid=tuid)
    for kind, value in [("x-pair", pair.id), ("x-link-type", link_type), ("x-score", _score(score)), *props]:
        _prop(tu, kind, value)
    for nt in notes:
        etree.SubElement(tu, "note").text = f"{nt.kind}: {nt.text}"
    for doc, text in zip((pair.source.document, pair.target.document), texts):
        tuv = etree.SubElement(tu, "tuv")
        tuv.set(XML_LANG, language_tag(doc))
        etree.SubElement(tuv, "seg").text = text


def _prop(parent, kind: str, value: str) -> None:
    from lxml import etree

    etree.SubElement(parent, "prop", type=kind).text = value


def _score(score: float) -> str:
    s = float(score)
    if s != s:  # NaN
        s = 0.0
    return f"{min(1.0, max(0.0, s)):.4f}"

"""The ``<teiHeader>``: titles, author, translator, both sources, settings, taxonomies, languages.

The QA and note taxonomies come from package data (``resources/tei/taxonomy.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ... import TOOL_NAME, __version__
from ...script import language_tag
from .markup import XML_ID, XML_LANG, safe_uri, sub

if TYPE_CHECKING:
    from lxml import etree

    from .state import PairState

LANG_NAMES = {"zh-Hans": "Chinese (Simplified)", "zh-Hant": "Chinese (Traditional)", "en": "English"}

_CREDIT = re.compile(r"\bTranslat(?:ion|ed)\b[^.:;\n]{0,40}?\bby\s+((?:[A-Z][\w'’.-]*\s*){1,4})")
_W3C_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


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
    from ...resources_io import read_text

    text = read_text("tei", "taxonomy.tsv")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tax, name, label, desc = line.split("\t")
        out.append(Category(tax, name, label, desc))
    return tuple(out)


def write_header(state: PairState, header: etree._Element) -> None:
    """Fill the pair's ``<teiHeader>``."""
    pair = state.pair
    src = pair.source.document if pair.source is not None else None
    tgt = pair.target.document
    src_title = _meta(src, "title") or _first_title(src)
    tgt_title = _meta(tgt, "title") or _first_title(tgt)
    author = _meta(tgt, "author") or _meta(src, "author") or _byline_author(state)
    translator = _meta(tgt, "translator") or _meta(src, "translator") or _credited_translator(state)

    fd = sub(header, "fileDesc")
    ts = sub(fd, "titleStmt")
    if src is not None:
        t = sub(ts, "title", src_title or f"{pair.id} (original)", type="original")
        t.set(XML_LANG, language_tag(src))
    t = sub(ts, "title", tgt_title or f"{pair.id} (translation)", type="translation")
    t.set(XML_LANG, language_tag(tgt))
    if author:
        sub(ts, "author", author)
    rs = sub(ts, "respStmt")
    rs.set(XML_ID, state.translator_id)
    sub(rs, "resp", "translation, translator's notes and introduction")
    if translator:
        sub(rs, "name", translator)
    else:
        sub(rs, "name", "translator not stated", type="unknown")
    ps = sub(fd, "publicationStmt")
    sub(ps, "p", f"Annotated by {TOOL_NAME} {__version__} from the files "
                 "named in the source description; not published.")
    sd = sub(fd, "sourceDesc")
    if src is not None:
        _bibl(sd, src, "original", src_title, author, None)
    _bibl(sd, tgt, "translation", tgt_title, author, translator)

    enc = sub(header, "encodingDesc")
    app_info(enc, pair.signature)
    if state.header_taxonomy:
        class_decl(enc, "")
    langs = [language_tag(s.analysis.document) for s in state.sides]
    lang_usage(sub(header, "profileDesc"), langs)


def _bibl(parent, doc, kind: str, title: str | None, author: str | None,
          translator: str | None) -> None:
    bibl = sub(parent, "bibl", type=kind)
    bibl.set(XML_LANG, language_tag(doc))
    if title:
        sub(bibl, "title", title)
    if author:
        sub(bibl, "author", author)
    if translator:
        rs = sub(bibl, "respStmt")
        sub(rs, "resp", "translated by")
        sub(rs, "name", translator)
    date = _meta(doc, "date")
    if date:
        when = _w3c_date(date)
        if when:
            sub(bibl, "date", date, when=when)
        else:
            sub(bibl, "date", date)
    url = _meta(doc, "sourceUrl") or _meta(doc, "url")
    if url:
        target = safe_uri(url)
        sub(bibl, "ref", url, target=target)
        sub(bibl, "idno", url, type="URI")
    if doc.path:
        sub(bibl, "idno", portable_path(doc.path), type="file")


def _byline_author(state: PairState) -> str | None:
    """A byline: a short block right after the title that is one person's name."""
    for side in reversed(state.sides):
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


def _credited_translator(state: PairState) -> str | None:
    """"Translation by NAME" in a translator's note or preface block."""
    for note in state.pair.target.notes:
        if note.kind not in ("preface", "translator"):
            continue
        m = _CREDIT.search(note.text)
        if m:
            return m.group(1).strip()
    return None


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
    m = _W3C_DATE.fullmatch(value.strip())
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


def app_info(enc, signature: str) -> None:
    """``<appInfo>``: this tool, its version and the settings signature."""
    info = sub(enc, "appInfo")
    app = sub(info, "application", ident=TOOL_NAME, version=__version__)
    sub(app, "label", TOOL_NAME)
    sub(app, "desc", f"signature: {signature or 'default'}")


def class_decl(enc, prefix: str) -> None:
    """``<classDecl>``: the QA and note taxonomies, their ids prefixed."""
    decl = sub(enc, "classDecl")
    titles = {"qa": "Translation quality findings", "note": "Translator's interventions"}
    for tax in ("qa", "note"):
        t = sub(decl, "taxonomy")
        t.set(XML_ID, prefix + tax)
        sub(sub(t, "bibl"), "title", titles[tax])
        for cat in taxonomy():
            if cat.taxonomy != tax:
                continue
            c = sub(t, "category")
            c.set(XML_ID, prefix + cat.xml_id)
            sub(c, "catDesc", f"{cat.label}: {cat.description}")


def lang_usage(profile, langs: Sequence[str]) -> None:
    """``<langUsage>``: one ``<language>`` per tag, in order, without repeats."""
    lu = sub(profile, "langUsage")
    for tag in dict.fromkeys(langs):
        sub(lu, "language", LANG_NAMES.get(tag, tag), ident=tag)

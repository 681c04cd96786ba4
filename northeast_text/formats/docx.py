"""Word documents (.docx) in.

:func:`parse_docx` reads one side of a pair into the same
:class:`~northeast_text.model.Document` the markdown reader produces: the
document is turned into markdown (every character of its text escaped, so
nothing in it is read as markup) and parsed by
:func:`northeast_text.readers.parse_document`, so blocks, roles and
metadata follow exactly the rules for markdown.

* paragraphs in reading order, table cells row by row; empty paragraphs are
  left out;
* headings from the paragraph style (``Title``, ``Heading 1``-``9`` or
  ``标题 1``-``9``, through the style's ``based on`` chain) or its outline
  level; list paragraphs get their marker (``•``, ``1.``, ``a.``, ``一、`` ...)
  from the numbering definitions;
* footnotes and endnotes: a reference becomes ``[n]`` in the text (footnotes
  first, endnotes numbered after them) and the notes follow at the end under
  a ``Notes`` (``注释``) heading as ``[n] text``;
* comments are ignored; tracked changes are read as accepted (insertions
  kept, deletions and moved-away text dropped), and the document says so in
  its ``warnings``;
* title and author come from the document properties.

:func:`parse_review_table` reads a bilingual review table (a table with a
Chinese and an English column, the export most CAT tools offer) into a
:class:`~northeast_text.formats.Bilingual`.

Word's XML parts are read with lxml without DTDs, entities or network; a ZIP
whose parts would unpack to more than :data:`MAX_UNPACKED` bytes is refused.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import replace

from ..errors import InputError
from ..model import Document
from .tables import columns, table_units
from .units import Bilingual

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_UNPACKED = 256 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"

#: Elements whose content is not read text: deleted or moved-away text,
#: properties, text boxes (read as paragraphs of their own), fallbacks.
_SKIP = frozenset((f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}txbxContent",
                   MC_FALLBACK, f"{W}footnoteRef", f"{W}endnoteRef"))
_REVISIONS = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_HEADING_STYLE = re.compile(r"^(?:heading|标题|標題|überschrift|titre)\s*([1-9])$", re.IGNORECASE)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&!#])")
_BLOCK_SYNTAX = re.compile(r"^[-=+]")
NOTES_HEADING = {"en": "Notes", "zh": "注释"}


# --------------------------------------------------------------------------- package


def _open(data: bytes, path: str):
    """The python-docx document, or a one-line :class:`InputError`."""
    from docx import Document as load
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    if not data.startswith(ZIP_MAGIC):
        raise InputError("not a .docx file (a Word document is a ZIP package; an old .doc must be "
                         "saved as .docx first)", path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED:
                raise InputError(f"unpacks to more than {MAX_UNPACKED // 2**20} MB; refusing to read it", path)
    except zipfile.BadZipFile as exc:
        raise InputError(f"corrupt .docx (not a readable ZIP package: {exc})", path) from None
    if "word/document.xml" not in names:
        raise InputError("not a Word document: the ZIP package has no word/document.xml", path)
    try:
        return load(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, EOFError, zipfile.BadZipFile, zlib.error,
            etree.XMLSyntaxError) as exc:
        raise InputError(f"corrupt .docx ({type(exc).__name__}: {exc})", path) from None


def _part_xml(document, name: str):
    """A package part (``/word/footnotes.xml``) parsed safely, or None."""
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname) == name:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
            return etree.fromstring(part.blob, parser)
    return None


# --------------------------------------------------------------------------- text of a paragraph


class _Reader:
    """Walks paragraphs, numbering note references and list items as it goes."""

    def __init__(self, document) -> None:
        self.document = document
        self.notes: list[tuple[str, str, str]] = []  # (kind, id, marker)
        self.revisions = False
        self.counters: dict[tuple[str, int], int] = {}
        self.formats = _numbering_formats(document)
        self.styles = {s.style_id: s for s in document.styles}

    def pieces(self, el) -> list[tuple[str, str]]:
        """The paragraph's text as (text, format) pieces; format "", "b", "i" or "bi"."""
        out: list[tuple[str, str]] = []
        self._walk(el, out, "")
        return out

    def text(self, el) -> str:
        return "".join(t for t, _ in self.pieces(el))

    def _walk(self, el, out: list[tuple[str, str]], fmt: str) -> None:
        for child in el:
            tag = child.tag
            if tag in _REVISIONS:
                self.revisions = True
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == f"{W}t":
                out.append((child.text or "", fmt))
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.append((" ", fmt))
            elif tag in (f"{W}br", f"{W}cr"):
                out.append(("\n", ""))
            elif tag == f"{W}noBreakHyphen":
                out.append(("-", fmt))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                self.notes.append((kind, child.get(f"{W}id", ""), str(len(self.notes) + 1)))
                out.append((f"[{len(self.notes)}]", ""))
            elif tag == f"{W}r":
                self._walk(child, out, _run_format(child))
            else:
                self._walk(child, out, fmt)

    def style(self, p):
        """The paragraph's style (None for the default)."""
        ref = p.find(f"{W}pPr/{W}pStyle")
        return self.styles.get(ref.get(f"{W}val")) if ref is not None else None

    def list_marker(self, p) -> str:
        """``•``, ``1.`` ... for a list paragraph (numbering on it or on its style), else ""."""
        num = p.find(f"{W}pPr/{W}numPr")
        style, depth = self.style(p), 0
        while num is None and style is not None and depth < 20:
            num = style.element.find(f"{W}pPr/{W}numPr")
            style, depth = style.base_style, depth + 1
        if num is None:
            return ""
        num_id = num.find(f"{W}numId")
        ilvl = num.find(f"{W}ilvl")
        nid = num_id.get(f"{W}val", "0") if num_id is not None else "0"
        level = int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0
        if nid == "0":
            return ""
        for key in [k for k in self.counters if k[0] == nid and k[1] > level]:
            del self.counters[key]
        count = self.counters[(nid, level)] = self.counters.get((nid, level), 0) + 1
        return _marker(self.formats.get((nid, level), "decimal"), count)


def _numbering_formats(document) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt (``bullet``, ``decimal``, ``lowerLetter`` ...)."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
    out: dict[tuple[str, int], str] = {}
    for num in numbering.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        definition = abstract.get(ref.get(f"{W}val")) if ref is not None else None
        if definition is None:
            continue
        for lvl in definition.iter(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            out[(num.get(f"{W}numId"), int(lvl.get(f"{W}ilvl", "0")))] = (
                fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal")
    return out


_ZH_DIGITS = "零一二三四五六七八九十"


def _marker(fmt: str, n: int) -> str:
    if fmt == "bullet":
        return "•"
    if fmt in ("lowerLetter", "upperLetter") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return (letter.upper() if fmt == "upperLetter" else letter) + "."
    if fmt in ("lowerRoman", "upperRoman") and n < 40:
        roman = "x" * (n // 10) + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][n % 10]
        return (roman.upper() if fmt == "upperRoman" else roman) + "."
    if fmt.startswith(("chineseCounting", "ideographTraditional", "taiwaneseCounting")) and n <= 10:
        return _ZH_DIGITS[n] + "、"
    if fmt == "decimalEnclosedCircle" and n <= 20:
        return chr(0x2460 + n - 1)
    return f"{n}."


def _style_heading(style) -> int | None:
    """0 for Title, 1-9 for a heading style (through ``based on``), None otherwise."""
    seen = 0
    while style is not None and seen < 20:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        m = _HEADING_STYLE.match(name)
        if m:
            return int(m.group(1))
        level = style.element.find(f"{W}pPr/{W}outlineLvl")
        if level is not None and level.get(f"{W}val", "9").isdigit() and int(level.get(f"{W}val")) < 9:
            return int(level.get(f"{W}val")) + 1
        style = style.base_style
        seen += 1
    return None


def _heading_level(p, style) -> int | None:
    level = p.find(f"{W}pPr/{W}outlineLvl")
    if level is not None and level.get(f"{W}val", "9").isdigit() and int(level.get(f"{W}val")) < 9:
        return int(level.get(f"{W}val")) + 1
    return _style_heading(style)


def _run_format(run) -> str:
    """"b", "i", "bi" or "" from a run's direct bold and italic properties."""
    fmt = ""
    for tag, code in ((f"{W}b", "b"), (f"{W}i", "i")):
        el = run.find(f"{W}rPr/{tag}")
        if el is not None and el.get(f"{W}val", "true").lower() not in ("0", "false", "off"):
            fmt += code
    return fmt


# --------------------------------------------------------------------------- markdown

_DELIMITERS = {"": "", "b": "**", "i": "*", "bi": "***"}


def _escape(text: str) -> str:
    """Text as markdown that reads back as exactly that text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _block(pieces: list[tuple[str, str]]) -> str:
    """A paragraph as one markdown block (no blank line inside): bold and italic runs
    become ``**`` and ``*``, everything else is escaped."""
    groups: list[list] = []
    for text, fmt in pieces:
        if groups and groups[-1][1] == fmt:
            groups[-1][0] += text
        else:
            groups.append([text, fmt])
    out = []
    for text, fmt in groups:
        core = text.strip()
        if not fmt or not core or "\n" in core:
            out.append(_escape(text))
            continue
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        out.append(f"{lead}{_DELIMITERS[fmt]}{_escape(core)}{_DELIMITERS[fmt]}{trail}")
    lines = [ln.strip() for ln in "".join(out).split("\n")]
    return "\n".join("\\" + ln if _BLOCK_SYNTAX.match(ln) else ln for ln in lines if ln)


def _paragraphs(body):
    """The body's paragraphs in reading order (table cells row by row), fallbacks left out."""
    for p in body.iter(f"{W}p"):
        if any(a.tag == MC_FALLBACK for a in p.iterancestors()):
            continue
        yield p


def _notes_text(reader: _Reader, document) -> list[str]:
    parts = {"footnote": _part_xml(document, "/word/footnotes.xml"),
             "endnote": _part_xml(document, "/word/endnotes.xml")}
    entries = []
    for kind, note_id, marker in reader.notes:
        root = parts[kind]
        note = None
        if root is not None:
            note = next((n for n in root.iter(f"{W}{kind}") if n.get(f"{W}id") == note_id), None)
        text = " ".join(reader.text(p).strip() for p in note.iter(f"{W}p")) if note is not None else ""
        entries.append(f"[{marker}] {text}".rstrip())
    return entries


def docx_markdown(data: bytes, path: str) -> tuple[str, bool]:
    """The document as markdown (with YAML front matter from its properties), and whether it had tracked changes."""
    import yaml

    document = _open(data, path)
    reader = _Reader(document)
    blocks: list[str] = []
    for p in _paragraphs(document.element.body):
        text = _block(reader.pieces(p))
        if not text:
            continue
        level = _heading_level(p, reader.style(p))
        marker = reader.list_marker(p)
        if level is not None:
            text = "#" * max(level, 1) + " " + text.replace("\n", " ")
        elif marker:
            text = _escape(marker) + " " + text
        blocks.append(text)
    if not blocks:
        raise InputError("the Word document holds no text", path)
    notes = _notes_text(reader, document)
    if notes:
        body_text = "\n".join(blocks)
        from ..readers import detect_language

        blocks.append("## " + NOTES_HEADING[detect_language(body_text)])
        blocks.extend(_block([(n, "")]) for n in notes)
    props = document.core_properties
    meta = {k: v.strip() for k, v in (("title", props.title), ("author", props.author)) if v and v.strip()}
    front = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" if meta else ""
    return front + "\n\n".join(blocks) + "\n", reader.revisions


def parse_docx(data: bytes, lang: str | None, path: str) -> Document:
    """A .docx file's bytes read into a :class:`Document` (see the module docs)."""
    from ..readers import parse_document

    text, revisions = docx_markdown(data, path)
    doc = parse_document(text, lang, path=path, format="markdown", encoding="docx")
    warnings = (f"{path}: tracked changes read as accepted (insertions kept, deletions dropped)",) if revisions else ()
    blocks = tuple(replace(b, line=n) for n, b in enumerate(doc.blocks, 1))
    return replace(doc, blocks=blocks, format="docx", warnings=warnings)


# --------------------------------------------------------------------------- review tables


def _cell_text(reader: _Reader, cell) -> str:
    return "\n".join(t for t in (reader.text(p).strip() for p in cell.iter(f"{W}p")) if t)


def parse_review_table(data: bytes, path: str) -> Bilingual:
    """A .docx whose main table has a Chinese and an English column, read as units (one per row)."""
    document = _open(data, path)
    reader = _Reader(document)
    best: tuple[tuple[int, int], list] | None = None
    for table in document.tables:
        rows = [([_cell_text(reader, c._tc) for c in row.cells], row._tr) for row in table.rows]
        texts = [r for r, _ in rows]
        cols = columns(texts) if texts else None
        if cols and (best is None or len(rows) > len(best[1])):
            best = (cols, rows)
    if best is None:
        raise InputError("no table with a Chinese and an English column; to check a Word original "
                         "and its translation give both files: check zh.docx en.docx", path)
    cols, rows = best
    header = rows[0][1].find(f"{W}trPr/{W}tblHeader") is not None
    units, untranslated = table_units([r for r, _ in rows], cols, path, header)
    warnings = ((f"{path}: tracked changes read as accepted (insertions kept, deletions dropped)",)
                if reader.revisions else ())
    return Bilingual(path=path, format="docx-table", units=units, untranslated=untranslated, warnings=warnings)

"""HTML pages and fragments (``<p>…</p>``) read as one side of a pair.

Like a Word document (:mod:`.docx`), the page is written out as markdown with
every character of its text escaped and read by the markdown reader, so
blocks and roles follow the markdown rules.  Read: each block element
(``<p>``, ``<h1>``-``<h6>``, ``<li>``, ``<td>``/``<th>``, ``<blockquote>``,
``<pre>``, ``<dt>``/``<dd>``, ``<figcaption>``, ``<caption>``, and the text a
``<div>`` holds outside its blocks) is a block; ``<h1>``-``<h6>`` are headings;
``<b>``/``<strong>`` and ``<i>``/``<em>`` become bold and italic; ``<br>`` is a
line of the same block (two in a row end the block); ``<script>``,
``<style>``, ``<head>`` and comments carry no text; the ``<title>`` is the
document's title.  ``Block.line`` is the line of the element in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..errors import InputError
from ..model import Document
from .docx import _block

__all__ = ["looks_like_html", "parse_html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
NO_TEXT = "the HTML page holds no text"
_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li td th blockquote pre dt dd figcaption caption div section article "
    "main header footer aside nav ul ol dl table thead tbody tfoot tr figure body address center".split()
)
_SKIP = frozenset("script style head noscript template svg math iframe object button select".split())
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "var"})
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|body|p|div|h[1-6]|article|section|table|ul|ol)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG_LINE = re.compile(r"^[^\S\n]*<", re.MULTILINE)
_SPACES = re.compile(r"[ \t\n\r\f]+")


def looks_like_html(text: str, name: str) -> bool:
    """True for a file named .html/.htm/.xhtml, or whose text starts with an HTML
    tag and whose lines mostly do (a fragment of ``<p>`` paragraphs saved as .md or .txt)."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    if not _HTML_START.match(text[:4096]):
        return False
    lines = sum(1 for line in text.splitlines() if line.strip())
    return len(_TAG_LINE.findall(text)) >= 0.8 * lines


def _pieces(el, fmt: str = "", pre: bool = False) -> Iterator[tuple[str, str]]:
    """The inline text of ``el`` and its tail as (text, format) pieces."""
    yield from _inner(el, fmt, pre)
    if el.tail:
        yield _flow(el.tail, pre), fmt


def _inner(el, fmt: str = "", pre: bool = False) -> Iterator[tuple[str, str]]:
    """The inline text of ``el`` as (text, format) pieces; format is "", "b", "i" or "bi"."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:
        return
    inner = fmt
    if tag in _BOLD and "b" not in inner:
        inner = "b" + inner
    if tag in _ITALIC and "i" not in inner:
        inner += "i"
    pre = pre or tag == "pre"
    if tag == "br":
        yield "\n", fmt
    elif el.text:
        yield _flow(el.text, pre), inner
    for child in el:
        yield from _pieces(child, inner, pre)


def _flow(text: str, pre: bool) -> str:
    return text if pre else _SPACES.sub(" ", text)


def _blocks(el, out: list[tuple[int, str, str]]) -> None:
    """Append (line, tag, markdown) for each block in ``el``, in reading order."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:
        return
    if not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
        _add(out, el.sourceline or 1, tag, _marker(el) + list(_inner(el)))
        return
    run = _marker(el) + ([(_flow(el.text, tag == "pre"), "")] if el.text else [])
    line = el.sourceline or 1
    for child in el:
        ctag = child.tag if isinstance(child.tag, str) else ""
        if ctag in _BLOCKS:
            _add(out, line, "", run)
            _blocks(child, out)
            run = [(_flow(child.tail, False), "")] if child.tail else []
            line = child.sourceline or line
        else:
            if not run:
                line = child.sourceline or line
            run.extend(_pieces(child))
    _add(out, line, "", run)


def _add(out: list[tuple[int, str, str]], line: int, tag: str, pieces: list[tuple[str, str]]) -> None:
    for group in _paragraph_groups(pieces):
        text = _block(group)
        if text:
            out.append((line, tag, text))


def _paragraph_groups(pieces: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """The pieces cut where two line breaks in a row (``<br><br>``) end a paragraph."""
    group: list[tuple[str, str]] = []
    breaks = 0
    for piece in pieces:
        if piece[0] == "\n":
            breaks += 1
        elif piece[0].strip():
            if breaks >= 2:
                yield group
                group = []
            breaks = 0
        group.append(piece)
    yield group


def _marker(el) -> list[tuple[str, str]]:
    """A list item's marker: its number in an ``<ol>``, else a bullet."""
    parent = el.getparent()
    if el.tag != "li" or parent is None:
        return []
    if parent.tag != "ol":
        return [("• ", "")]
    items = [c for c in parent if c.tag == "li"]
    return [(f"{items.index(el) + 1}. ", "")]


def html_markdown(text: str, path: str) -> tuple[str, list[int]]:
    """The page as markdown (a YAML front matter holding its ``<title>``), and each block's line."""
    import lxml.html
    import yaml
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except etree.ParserError:  # "Document is empty": nothing but whitespace and comments
        raise InputError(NO_TEXT, path) from None
    too_deep = [e for e in parser.error_log if "Excessive depth" in e.message]
    if too_deep:
        raise InputError("HTML elements nested more than 256 deep; the text inside them would be lost",
                         path, too_deep[0].line)
    found: list[tuple[int, str, str]] = []
    body = root.find("body")
    _blocks(body if body is not None else root, found)
    if not found:
        raise InputError(NO_TEXT, path)
    blocks = [("#" * int(tag[1]) + " " + md.replace("\n", " ")) if re.fullmatch(r"h[1-6]", tag) else md
              for _line, tag, md in found]
    title = (root.findtext(".//title") or "").strip()
    front = "---\n" + yaml.safe_dump({"title": title}, allow_unicode=True) + "---\n\n" if title else ""
    return front + "\n\n".join(blocks) + "\n", [line for line, _tag, _md in found]


def parse_html(text: str, lang: str | None, path: str, encoding: str) -> Document:
    """An HTML page or fragment read into a :class:`Document` (see the module docs)."""
    from ..readers import parse_document

    markdown, lines = html_markdown(text, path)
    doc = parse_document(markdown, lang, path=path, format="markdown", encoding=encoding, line_paragraphs=False)
    if len(lines) == len(doc.blocks):
        doc = replace(doc, blocks=tuple(replace(b, line=line) for b, line in zip(doc.blocks, lines)))
    return replace(doc, format="html")

"""XML plumbing of the TEI writer: namespaces, element helpers, xml:ids, indentation."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

LANG_TAGS = {"zh": "zh-Hans", "en": "en"}

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.-]+")

# Elements whose children may be indented: containers that hold no running text.
_STRUCTURAL = frozenset("""
TEI teiCorpus teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc bibl
encodingDesc appInfo application classDecl taxonomy category profileDesc langUsage
text group body div standOff listPlace place listOrg org listPerson person linkGrp spanGrp
""".split())


class Ids:
    """Hands out unique NCName xml:ids, all with one prefix."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.used: set[str] = set()

    def make(self, local: str) -> str:
        base = self.prefix + ncname(local)
        candidate, k = base, 1
        while candidate in self.used:
            k += 1
            candidate = f"{base}-{k}"
        self.used.add(candidate)
        return candidate


def ncname(text: str) -> str:
    """``text`` made a valid, readable NCName (non-ASCII replaced by a digest)."""
    cleaned = _NOT_NCNAME.sub("-", text).strip("-")
    if cleaned != text:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned}-{digest}" if cleaned else digest
    if not cleaned or not (cleaned[0].isalpha() or cleaned[0] == "_"):
        cleaned = "x" + cleaned
    return cleaned


def tei(tag: str) -> str:
    """A TEI element name in Clark notation."""
    return f"{{{TEI_NS}}}{tag}"


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def attr_name(name: str) -> str:
    return XML_ID if name == "xml:id" else XML_LANG if name == "xml:lang" else name


def sub(parent, tag: str, text: str | None = None, **attrs: str):
    """A TEI child element of ``parent`` with attributes and (XML-safe) text."""
    from lxml import etree

    el = etree.SubElement(parent, tei(tag))
    for k, v in attrs.items():
        el.set(k, v)
    if text is not None:
        el.text = xml_safe(text)
    return el


def xml_safe(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by U+FFFD."""
    return _INVALID_XML.sub("\ufffd", text)


def lang_tag(lang: str) -> str:
    return LANG_TAGS.get(lang, lang or "und")


def safe_uri(url: str) -> str:
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%-._~")


def indent(root: etree._Element) -> None:
    """Pretty-print the structure; never add whitespace inside a block's text."""
    def walk(el, level: int) -> None:
        children = [c for c in el if isinstance(c.tag, str)]
        if (not children or local(el.tag) not in _STRUCTURAL
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

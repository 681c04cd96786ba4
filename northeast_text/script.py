"""Simplified and Traditional Chinese: detect the script, analyse Traditional text through Simplified.

A Chinese document is Traditional when a fair share of its Han characters
change under OpenCC's ``t2s`` conversion (貴陽 -> 贵阳, 億 -> 亿, 萬 -> 万);
Simplified text barely changes.  The numbers and names readers only know
Simplified forms, so a Traditional document is read through a converted
copy: OpenCC's t2s maps one character to one character, so every offset into
the copy is an offset into the original, and every span found is cut again
from the original text (spans stay verbatim substrings of the document).
Where a conversion would change the length, that stretch is converted
character by character and a character whose conversion is not one
character is kept as it is.

Language tags for the writers (TEI, TMX, JSON) come from :func:`language_tag`:
``zh-Hans``, ``zh-Hant`` or ``en``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from .model import Analysis, Document, Finding

HANT = "Hant"
HANS = "Hans"
# A document is Traditional when at least this share of its Han characters changes under t2s
# (and at least MIN_CHANGED characters do): Simplified text stays under 1%.
TRADITIONAL_SHARE = 0.05
MIN_CHANGED = 2
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_lock = threading.Lock()
T = TypeVar("T")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters, with the same length (see the module doc)."""
    with _lock:
        conv = _converter()
        out = conv.convert(text)
        if len(out) == len(text):
            return out
        chars = []
        for c in text:
            s = conv.convert(c)
            chars.append(s if len(s) == 1 else c)
        return "".join(chars)


def detect_script(text: str) -> str:
    """``"Hant"`` for Traditional Chinese text, else ``"Hans"``."""
    han = _HAN.findall(text[:200_000])
    if not han:
        return HANS
    sample = "".join(han)
    changed = sum(1 for a, b in zip(sample, to_simplified(sample)) if a != b)
    return HANT if changed >= MIN_CHANGED and changed >= TRADITIONAL_SHARE * len(han) else HANS


def language_tag(doc: Document) -> str:
    """The BCP 47 tag of a document: ``zh-Hant``, ``zh-Hans`` or ``en``."""
    if doc.lang.startswith("zh"):
        return "zh-Hant" if doc.script == HANT else "zh-Hans"
    return doc.lang or "und"


def simplified_view(doc: Document) -> Document:
    """The document with its blocks converted to Simplified (itself when it is not Traditional)."""
    if doc.script != HANT:
        return doc
    return replace(doc, blocks=tuple(replace(b, text=to_simplified(b.text)) for b in doc.blocks))


def simplified_analysis(analysis: Analysis) -> Analysis:
    """The analysis with its document read through :func:`simplified_view` (offsets unchanged)."""
    view = simplified_view(analysis.document)
    return analysis if view is analysis.document else replace(analysis, document=view)


def restore(items: Iterable[T], doc: Document) -> list[T]:
    """Items found in :func:`simplified_view` (quantities, entities: ``block``, ``start``,
    ``end``, ``text``) with their text cut again from the original document."""
    if doc.script != HANT:
        return list(items)
    texts: dict[str, str] = {b.id: b.text for b in doc.blocks}
    return [replace(it, text=texts[it.block][it.start:it.end]) for it in items]  # type: ignore[attr-defined,type-var]



def restore_quote(finding: Finding, view: Analysis, original: Analysis) -> Finding:
    """A finding made on the :func:`simplified_analysis` ``view`` of ``original`` with its
    source quote cut again from the original text (the same offsets: see the module doc)."""
    text = finding.source_text
    if not text or finding.source_block is None:
        return finding
    try:
        seen, text_of = view.block(finding.source_block).text, original.block(finding.source_block).text
    except KeyError:
        return finding
    span = finding.source_span
    start = span[0] if span and seen[span[0]:span[0] + len(text)] == text else seen.find(text)
    if start < 0:
        return finding
    return replace(finding, source_text=text_of[start:start + len(text)])

"""The number engine: quantities in Chinese and English text.

``extract(block)`` and ``extract_text(text, lang)`` return
:class:`~northeast_text.model.Quantity` objects whose offsets point into the
given text; ``anchor_key`` gives the aligner a canonical key per quantity.
Language rules live in ``zh.py`` and ``en.py``; ``render.py`` writes a value
the way an English or Chinese writer would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import cache
from operator import attrgetter

from ..model import Block, Quantity
from .core import base_unit, dates_agree, plain

__all__ = ["anchor_key", "base_unit", "change_then_level", "dates_agree", "extract", "extract_blocks",
           "extract_text"]


def extract_text(text: str, lang: str, block_id: str = "") -> list[Quantity]:
    """Every quantity in ``text`` (``lang`` "zh" or "en"), in text order."""
    return _reader(lang)(text, block_id)


@cache
def _reader(lang: str) -> Callable[[str, str], list[Quantity]]:
    """The language module's ``extract_text`` (imported on first use)."""
    if lang.startswith("zh"):
        from . import zh
        return zh.extract_text
    if lang.startswith("en"):
        from . import en
        return en.extract_text
    raise ValueError(f"unsupported language: {lang!r}")


def extract(block: Block) -> list[Quantity]:
    """Every quantity in a block's text; offsets into ``block.text``."""
    return extract_text(block.text, block.lang, block.id)


def change_then_level(text: str, first: Quantity, second: Quantity) -> bool:
    """Are two figures of ``text`` a change and the level it reached ("fell $0.08 to $12.30",
    下跌2美元至75美元), two figures and not one range?"""
    if first.value is None or second.value is None:
        return False
    sep = text[first.end:second.start].strip()
    if first.lang.startswith("zh"):
        from . import zh
        return zh.change_then_level(text, first.start, sep, first.unit, second.unit, first.value, second.value)
    from . import en
    return en.change_then_level(text, first.start, sep, first.unit, second.unit, first.value, second.value)


#: Texts up to this length are read once per call of :func:`extract_blocks`
#: however often they recur (a list, a subtitle file, a table's cells).
MEMO_CHARS = 200


def extract_blocks(blocks: Iterable[Block]) -> Iterable[list[Quantity]]:
    """:func:`extract` of each block, in order.  A short text met again (the
    same line in many blocks) is read once and its quantities given the
    block's id: the engine reads text alone, never its place."""
    seen: dict[tuple[str, str], list[Quantity]] = {}
    for block in blocks:
        if len(block.text) > MEMO_CHARS:
            yield extract(block)
            continue
        key = (block.lang, block.text)
        found = seen.get(key)
        if found is None:
            found = seen[key] = extract_text(block.text, block.lang, block.id)
            yield found
        else:
            yield [Quantity(block.id, *_PLACELESS(q)) for q in found]


#: Every field of a quantity but its block (a quantity met again is copied
#: into its new block at a third of the cost of :func:`dataclasses.replace`).
_PLACELESS = attrgetter(*(f.name for f in fields(Quantity)[1:]))


# Kinds never used as alignment anchors.
_NO_ANCHOR = {"ordinal", "century"}
# The anchor key's family prefix per kind (money and counts compare as one family).
_FAMILY = {
    "money": "n", "count": "n", "percent": "p", "points": "pp", "year": "y", "decade": "s", "date": "d",
    "time": "t", "ratio": "r", "fraction": "f", "multiplier": "x",
}


def anchor_key(q: Quantity) -> str | None:
    """A canonical key for the aligner: equal keys mean the same stated figure.

    Built from the kind family and the normalised value (both ends for a
    range); units are left out because one side often omits them.  None for
    ordinals, centuries and small counts (1-12) written without a scale, which
    are too common to anchor anything.
    """
    if q.kind in _NO_ANCHOR:
        return None
    family = _FAMILY.get(q.kind, q.kind)
    if q.value is not None:
        if q.kind == "count" and q.scale is None and q.value == q.value.to_integral_value() and q.value <= 12:
            return None
        if q.kind in ("fraction", "ratio"):
            return f"{family}:{q.value:.4f}"
        return f"{family}:{plain(q.value)}"
    if q.low is not None and q.high is not None:
        return f"{family}:{plain(q.low)}..{plain(q.high)}"
    return None

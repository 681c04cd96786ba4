"""Inline markup of a block: spans over its text, kept when they nest, written as elements.

Spans that cross are resolved by importance (notes > names > quantities >
finding anchors > marks): the less important one is dropped, so the XML stays
well formed and every character of a block's text appears exactly once, in order.
"""

from __future__ import annotations

import math
from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .markup import XML_ID, attr_name, tei, xml_safe

if TYPE_CHECKING:
    from lxml import etree

# Importance of inline spans: a lower rank wins when two spans cross.
RANK_NOTE, RANK_NAME, RANK_QUANTITY, RANK_FINDING, RANK_MARK = range(5)
RANK_SENTENCE = -1  # outermost: a sentence holds the inline elements


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
    ordered = sorted(spans, key=lambda s: (s.rank, s.start, -s.end, s.seq))
    kept = list(accepted)
    dropped: list[Span] = []
    if not ordered:
        return kept, dropped
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

    for sp in ordered:
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
    text = xml_safe(text)  # one character for one: the spans' offsets hold

    def add_text(el: etree._Element, last: etree._Element | None, s: str) -> None:
        # ``last``: el's last child, tracked by the caller (len(el) on an
        # lxml element walks its children, which made long blocks quadratic)
        if not s:
            return
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
                child = etree.SubElement(inner if inner is not None else el, tei(tag))
                for k, v in attrs.items():
                    child.set(attr_name(k), v)
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

"""Sentence segmentation for Chinese and English blocks.

:func:`split` returns the sentences of a text as half-open character spans
``(start, end)`` into it, whitespace between sentences left out.

* Chinese: a sentence ends after 。！？!? (and …… or ；；) followed by any
  closing quotes or brackets (”’」』）).
* English: a sentence ends after . ! ? (and closing quotes or brackets)
  when whitespace and then a capital, a digit or an opening quote follow,
  unless the word before the full stop is an abbreviation (Mr., Dr., No.,
  Jan. ... from ``resources/align/en_abbreviations.txt``) or a single
  letter (U.S., J. K. Rowling), or the sentence so far is a list number
  ("1.", "II.").  Decimals ("3.5") never split: no space
  follows their point.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ZH_END = re.compile(r"(?:[。！？!?]+|…{2,}|……|；)[”’」』）)\"'》]*")
_EN_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9]|\s*$)")
_ZH_MARK = re.compile(r"[。！？!?…；]")  # a Chinese sentence end holds one of these
_EN_MARK = re.compile(r"[.!?]")  # an English one one of these
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_LIST_MARK = re.compile(r"""^[\s"'“‘(\[]*(?:\d{1,3}|[IVXivx]{1,4}|[A-Za-z])$""")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from .resources_io import read_lines

    return frozenset(ln.strip().lower() for ln in read_lines("align", "en_abbreviations.txt"))


def _ends(text: str, lang: str) -> list[int]:
    if lang.startswith("zh"):
        return [m.end() for m in _ZH_END.finditer(text)] if _ZH_MARK.search(text) else []
    if not _EN_MARK.search(text):
        return []
    abbreviations = _abbreviations()
    ends: list[int] = []
    for m in _EN_END.finditer(text):
        if text[m.start()] == "." and _LIST_MARK.match(text, ends[-1] if ends else 0, m.start()):
            continue  # "1. Since 2003", "II. The plan"
        if text[m.start()] == ".":
            word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())  # bounded: linear overall
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in abbreviations):
                continue  # "U.S.", "Dr.", "No. 5"
        ends.append(m.end())
    return ends


def split(text: str, lang: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` spans (at least one for
    a text that is not blank; none for a blank one)."""
    ends = _ends(text, lang)
    if not ends:  # one sentence (a heading, a short block): the text without its outer space
        lo, hi = len(text) - len(text.lstrip()), len(text.rstrip())
        return [(lo, hi)] if hi > lo else []
    return _walk(text, ends)


def _walk(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """The sentences between the sentence ``ends`` of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends + [len(text)]:
        if end <= start:
            continue
        lo, hi = start, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            if spans and not _has_content(text[lo:hi]):
                spans[-1] = (spans[-1][0], hi)  # a stray closing quote or bracket joins its sentence
            else:
                spans.append((lo, hi))
        start = end
    return spans


def _has_content(piece: str) -> bool:
    return any(ch.isalnum() for ch in piece)


def count(text: str, lang: str) -> int:
    """Sentences in a text (at least 1 for a text that is not blank)."""
    return len(split(text, lang))

"""Names matched by sound: romanised names in the English against the pinyin
of the Chinese characters.

A translation renders most names it does not translate in pinyin ("Chen
Qingyang" for 陈清扬, "Wei Xiaobao" for 韦小宝), and no dictionary knows
them.  :func:`english_names` collects the capitalised words of an English
text (alone and in pairs, "Qingyang", "Wang Er") that are not ordinary
English words; :func:`chinese_matches` finds the runs of two to four
Chinese characters whose toneless pinyin spells one of them.  Both give
``s:`` anchor keys ("s:qingyang") for the aligner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:'[a-z]+)?\b")
_SEPARATOR = re.compile(r"^[ \-‐]$")
_LOWER = re.compile(r"\b[a-z]+\b")
_MIN_LETTERS = 4
# two characters in a row that may have a pinyin (a superset of pypinyin's own RE_HANS)
_HANS_PAIR = re.compile(r"[\u3007\ue815-\ue864\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]{2}")


def lowercase_words(texts: Iterable[str]) -> set[str]:
    """The words written in lower case somewhere in ``texts``: ordinary
    words, which a capital at the start of a sentence does not make names."""
    return set(_LOWER.findall("\n".join(texts)))  # a line break between texts makes and breaks no word


def english_names(text: str, common: set[str]) -> list[tuple[int, str]]:
    """(offset, key) of the name-like words of an English text: capitalised
    words not in ``common`` (see :func:`lowercase_words`) nor stop words,
    alone and joined with the next one ("Wang Er" -> "wanger")."""
    words = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]
    if not words:
        return []
    from .dictionary import english_stopwords

    stop = english_stopwords()
    lows: dict[str, str] = {}  # each distinct word is judged once: the name-like ones, in lower case
    for word in {word for _, _, word in words}:
        lowered = word.lower().removesuffix("'s")
        if lowered not in stop and lowered not in common:
            lows[word] = lowered
    out = []
    keys: dict[str, str] = {}  # one string per key, however often the name recurs
    for k, (start, end, word) in enumerate(words):
        low = lows.get(word)
        if low is None:
            continue
        if len(low) >= _MIN_LETTERS:
            key = "s:" + low
            out.append((start, keys.setdefault(key, key)))
        if k + 1 < len(words) and words[k + 1][0] - end <= 2 and _SEPARATOR.match(text[end:words[k + 1][0]]):
            key = "s:" + low + words[k + 1][2].lower().removesuffix("'s")
            out.append((start, keys.setdefault(key, key)))
    return out


@lru_cache(maxsize=8192)
def _syllables(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    # one item per character: a run without pinyin gives one empty item per character
    return tuple(lazy_pinyin(text, errors=lambda chunk: [""] * len(chunk)))  # type: ignore[arg-type,return-value]


def chinese_matches(text: str, wanted: Iterable[str] | set[str]) -> list[tuple[int, str]]:
    """(offset, key) of the runs of 2-4 Chinese characters whose pinyin spells a wanted key."""
    wanted = wanted if isinstance(wanted, (set, frozenset)) else set(wanted)
    if not wanted or not _HANS_PAIR.search(text):  # a key needs two syllables in a row
        return []
    syllables = _syllables(text)
    out = []
    for i in range(len(syllables)):
        key = ""
        for k in range(i, min(i + 4, len(syllables))):
            if not syllables[k]:
                break
            key += syllables[k]
            if k > i and "s:" + key in wanted:
                out.append((i, "s:" + key))
    return out

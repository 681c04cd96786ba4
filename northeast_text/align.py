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
document length for ordinary pairs.

:func:`align` knows nothing of blocks; :func:`align_blocks` builds
:class:`Segment` lists from two :class:`~northeast_text.model.Analysis`
objects (quantities, entities, notes, roles) and calls it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Analysis, Block, Link
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
    if not value.is_finite():
        return set()
    if not scaled and not percent and value == value.to_integral_value() and abs(value) < 10:
        return set()
    norm = value.normalize()
    keys = {"v:" + format(norm, "f")}
    digits = "".join(str(d) for d in norm.as_tuple().digits).rstrip("0")
    if len(digits) >= 3:
        keys.add("d:" + digits)
    return keys


def _quantity_keys(q) -> set[str]:
    if getattr(q, "kind", None) == "ordinal":
        return set()
    keys: set[str] = set()
    pct = getattr(q, "kind", None) in ("percent", "points")
    scaled = bool(getattr(q, "scale", None))
    for v in (q.value, q.low, q.high):
        if v is not None:
            keys |= value_keys(Decimal(v), scaled=scaled, percent=pct)
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


def name_keys(text: str, lang: str) -> set[str]:
    """Fallback name anchors from the small bilingual list in
    ``resources/align/names.tsv`` (used when no entities were recognised)."""
    keys = set()
    if lang.startswith("zh"):
        for key, zh, _en in _name_table():
            if any(f in text for f in zh):
                keys.add("n:" + key)
    else:
        for key, pattern in _en_name_res():
            if pattern.search(text):
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
    m = _DIGIT_CUE.match(unicodedata.normalize("NFKC", text))
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


def _erfc_neglog(x: float) -> float:
    """-log(erfc(x)) for x >= 0, stable for large x (Abramowitz & Stegun 7.1.26)."""
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return x * x - math.log(poly)


def _prefix(values: Iterable[float]) -> list[float]:
    out = [0.0]
    for v in values:
        out.append(out[-1] + v)
    return out


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


class _Lexicon:
    """Dictionary evidence between segment groups, as bitsets.

    Each side's translatable words get a bit in a pair-local vocabulary;
    a source segment also carries the bits of the target words its words
    gloss to, a target segment those of the source words glossing to it.
    A link's hits are ``popcount(words & glosses of the other side)`` on
    each side; only words with some gloss present on the other side of the
    pair count as translatable.
    """

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], dictionary: Dictionary):
        vocab_s = {w for s in src for w in s.words if w in dictionary.glosses}
        vocab_t = {w for t in tgt for w in t.words if w in dictionary.reverse}
        gloss_s = {w: [v for v in dictionary.glosses[w] if v in vocab_t] for w in vocab_s}
        gloss_t = {v: [w for w in dictionary.reverse[v] if w in vocab_s] for v in vocab_t}
        bit_s = {w: 1 << k for k, w in enumerate(sorted(w for w, g in gloss_s.items() if g))}
        bit_t = {v: 1 << k for k, v in enumerate(sorted(v for v, g in gloss_t.items() if g))}
        self.words_s, self.gloss_s = self._bits(src, bit_s, gloss_s, bit_t)
        self.words_t, self.gloss_t = self._bits(tgt, bit_t, gloss_t, bit_s)
        self.size_s = [w.bit_count() for w in self.words_s]
        self.size_t = [w.bit_count() for w in self.words_t]
        self.active = bool(bit_s) and bool(bit_t)
        self._cache_s: dict[tuple[int, int], tuple[int, int]] = {}
        self._cache_t: dict[tuple[int, int], tuple[int, int]] = {}

    @staticmethod
    def _bits(segs, bits_own, glosses, bits_other) -> tuple[list[int], list[int]]:
        words_out, gloss_out = [], []
        memo: dict[str, int] = {}
        for seg in segs:
            w = g = 0
            for word in seg.words:
                bit = bits_own.get(word)
                if bit is None:
                    continue
                w |= bit
                got = memo.get(word)
                if got is None:
                    got = 0
                    for other in glosses[word]:
                        got |= bits_other[other]
                    memo[word] = got
                g |= got
            words_out.append(w)
            gloss_out.append(g)
        return words_out, gloss_out

    def _group(self, words, glosses, cache, end: int, size: int) -> tuple[int, int]:
        if size == 1:
            return words[end - 1], glosses[end - 1]
        got = cache.get((end, size))
        if got is None:
            w = g = 0
            for k in range(end - size, end):
                w |= words[k]
                g |= glosses[k]
            got = cache[(end, size)] = (w, g)
        return got

    def counts(self, i: int, j: int, a: int, b: int) -> tuple[int, int, int, int]:
        """(source hits, source words, target hits, target words) of the
        link src[i-a:i] <-> tgt[j-b:j]."""
        ws, gs = self._group(self.words_s, self.gloss_s, self._cache_s, i, a)
        wt, gt = self._group(self.words_t, self.gloss_t, self._cache_t, j, b)
        return (ws & gt).bit_count(), ws.bit_count(), (wt & gs).bit_count(), wt.bit_count()

    def chance(self, diagonal: Sequence[float], offset: int = 7) -> tuple[float, float]:
        """The chance of a hit per word of the other side, between unrelated
        segments: each source segment against the target segments
        ``offset`` away from the diagonal."""
        n, m = len(self.words_s), len(self.words_t)
        acc = [0, 0, 0, 0]
        for i in range(n):
            centre = int(diagonal[i])
            for j in (centre - offset, centre + offset):
                if 0 <= j < m:
                    ks, ns, kt, nt = self.counts(i + 1, j + 1, 1, 1)
                    acc[0] += ks
                    acc[1] += ns * nt
                    acc[2] += kt
                    acc[3] += ns * nt
        return (acc[0] + 1.0) / (acc[1] + 500.0), (acc[2] + 1.0) / (acc[3] + 500.0)


class _Model:
    """Link costs for one pair under one set of :class:`_Stats`."""

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig, stats: _Stats,
                 lexicon: _Lexicon | None = None):
        self.src, self.tgt, self.cfg, self.stats = src, tgt, config, stats
        self.ratio = stats.ratio
        self.lexicon = lexicon if lexicon is not None and lexicon.active else None
        self._lex_tables: tuple[dict[int, tuple[float, float]], dict[int, tuple[float, float]]] = ({}, {})
        self.ps = _prefix(max(0.0, s.length) for s in src)
        self.pt = _prefix(max(0.0, t.length) for t in tgt)
        priors = stats.priors or config.priors
        self.prior = {}
        for a, b in _parse_types(config.link_types):
            p = priors.get(f"{a}-{b}", 0.001)
            self.prior[(a, b)] = -math.log(max(p, 1e-12))
        self._init_anchors(src, tgt, config)
        self.hint_t = _prefix(t.hint == "addition" for t in tgt)
        self.cue_s = [s.cue for s in src]
        self.cue_t = [t.cue for t in tgt]
        self.ncue_s = _prefix(s.cue is not None for s in src)
        self.ncue_t = _prefix(t.cue is not None for t in tgt)
        self.sent_s = _prefix(s.sentences for s in src)
        self.sent_t = _prefix(t.sentences for t in tgt)
        self.unk_s = _prefix(s.sentences <= 0 for s in src)
        self.unk_t = _prefix(t.sentences <= 0 for t in tgt)
        self.grp_s = [s.group for s in src]
        self.grp_t = [t.group for t in tgt]
        self.grouped = any(g >= 0 for g in self.grp_s) or any(g >= 0 for g in self.grp_t)
        self.limits = _group_limits(src, tgt) if self.grouped else None

    def _crosses_group(self, i: int, j: int, a: int, b: int) -> bool:
        gs, gt = self.grp_s, self.grp_t
        if a and gs[i - a] != gs[i - 1]:
            return True
        if b and gt[j - b] != gt[j - 1]:
            return True
        return bool(a and b and gs[i - 1] != gt[j - 1])

    def _init_anchors(self, src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig) -> None:
        # rarity weights of anchors
        df_s: dict[str, int] = {}
        for s in src:
            for k in s.anchors:
                df_s[k] = df_s.get(k, 0) + 1
        df_t: dict[str, int] = {}
        for t in tgt:
            for k in t.anchors:
                df_t[k] = df_t.get(k, 0) + 1
        self.weight = {}
        for k in set(df_s) & set(df_t):
            w = config.digit_weight if k.startswith("d:") else 1.0
            self.weight[k] = w / max(df_s[k], df_t[k])
        # only anchors known on both sides weigh anything: keep just those, so
        # that a link's anchor cost iterates over few keys
        self.wanch_s = [s.anchors & self.weight.keys() for s in src]
        self.wanch_t = [t.anchors & self.weight.keys() for t in tgt]
        self.mass_s = [sum(self.weight[k] for k in a) for a in self.wanch_s]
        self.mass_t = [sum(self.weight[k] for k in a) for a in self.wanch_t]
        self._groups_s: dict = {}
        self._groups_t: dict = {}
        # value anchors found nowhere on the other side: a sign that the
        # segment has no counterpart at all (an omission or an addition)
        self.orph_s = _prefix(sum(1 for k in s.anchors if k.startswith("v:") and k not in df_t) for s in src)
        # prefix counts, so that a link's cost is O(1) in its size
        self.anc_s = _prefix(bool(a) for a in self.wanch_s)
        self.anc_t = _prefix(bool(a) for a in self.wanch_t)

    def _group(self, anchors: list[frozenset], masses: list[float], cache: dict, end: int, size: int
               ) -> tuple[frozenset, float]:
        """The weighted anchors of segments [end-size, end) and their total weight (memoised)."""
        if size == 1:
            return anchors[end - 1], masses[end - 1]
        got = cache.get((end, size))
        if got is None:
            union = frozenset().union(*anchors[end - size:end])
            got = cache[(end, size)] = (union, sum(self.weight[k] for k in union))
        return got

    def length_cost(self, ls: float, lt: float) -> float:
        cfg = self.cfg
        mean = ls * self.ratio
        var = cfg.variance * max((mean + lt) / 2.0, 1.0) + (cfg.spread * mean) ** 2
        d = abs(lt - mean) / math.sqrt(var)
        return _erfc_neglog(d / math.sqrt(2.0))

    def sentence_cost(self, ns: float, nt: float) -> float:
        """Target sentences against ``sentence_ratio`` times the source's,
        with the variance the pair shows (a free translator pays little)."""
        mean = self.stats.sentence_ratio * ns
        d = nt - mean
        return d * d / (2.0 * self.stats.sentence_variance * max(mean, 1.0))

    def _word_llr(self, side: int, other: int) -> tuple[float, float]:
        """Log-likelihood ratios (right link against unrelated text) of a
        hit and of a miss for one word facing ``other`` words on the other
        side: by chance a word hits with ``1 - exp(-chance * other)``, in a
        right link it is also translated with probability ``hit``."""
        table = self._lex_tables[side]
        got = table.get(other)
        if got is None:
            p0 = min(1.0 - math.exp(-self.stats.chance[side] * other), 0.95)
            h = min(max(self.stats.hit[side], 0.05), 0.95)
            p1 = 1.0 - (1.0 - h) * (1.0 - p0)
            w = self.cfg.lexical_weight
            got = table[other] = (w * math.log(p1 / max(p0, 1e-9)), w * math.log((1.0 - p1) / (1.0 - p0)))
        return got

    def lexical_cost(self, i: int, j: int, a: int, b: int) -> float:
        """Minus the weighted log-likelihood ratio of the link's dictionary hits."""
        assert self.lexicon is not None
        ks, ns, kt, nt = self.lexicon.counts(i, j, a, b)
        hit_s, miss_s = self._word_llr(0, nt)
        hit_t, miss_t = self._word_llr(1, ns)
        return -(ks * hit_s + (ns - ks) * miss_s + kt * hit_t + (nt - kt) * miss_t)

    def cost(self, i: int, j: int, a: int, b: int) -> float:
        """Cost of the link src[i-a:i] <-> tgt[j-b:j] (O(1) but for anchors and words)."""
        cfg = self.cfg
        if self.grouped and self._crosses_group(i, j, a, b):
            return INF
        if a == 0 or b == 0:
            if a == 0 and self.hint_t[j] - self.hint_t[j - b] == b:
                return cfg.addition_cost * b
            return self.prior[(a, b)]
        c = self.prior[(a, b)] + self.length_cost(self.ps[i] - self.ps[i - a], self.pt[j] - self.pt[j - b])
        hinted = self.hint_t[j] - self.hint_t[j - b]
        if hinted:
            c += cfg.addition_penalty * hinted
        # cues: the first segment of each side leads the link
        cs, ct = self.cue_s[i - a], self.cue_t[j - b]
        if cs is not None and ct is not None:
            c += -cfg.cue_weight if cs == ct else cfg.cue_weight
        inner = (self.ncue_s[i] - self.ncue_s[i - a + 1]) + (self.ncue_t[j] - self.ncue_t[j - b + 1])
        if inner:
            c += cfg.cue_weight / 2 * inner
        # sentence counts, where both sides know them
        if self.unk_s[i] == self.unk_s[i - a] and self.unk_t[j] == self.unk_t[j - b]:
            c += self.sentence_cost(self.sent_s[i] - self.sent_s[i - a], self.sent_t[j] - self.sent_t[j - b])
        if self.lexicon is not None:
            c += self.lexical_cost(i, j, a, b)
        orphans = self.orph_s[i] - self.orph_s[i - a]
        if orphans:
            c += min(cfg.orphan_weight * orphans, cfg.orphan_cap)
        if self.anc_s[i] != self.anc_s[i - a] and self.anc_t[j] != self.anc_t[j - b]:
            c += self._anchor_cost(i, j, a, b)
        return c

    def _anchor_cost(self, i: int, j: int, a: int, b: int) -> float:
        cfg = self.cfg
        w = self.weight
        sa, mass_s = self._group(self.wanch_s, self.mass_s, self._groups_s, i, a)
        ta, mass_t = self._group(self.wanch_t, self.mass_t, self._groups_t, j, b)
        shared = sa & ta
        mass_shared = sum(w[k] for k in shared) if shared else 0.0
        c = 0.0
        if shared:
            raw = cfg.anchor_weight * mass_shared
            # diminishing returns: each further shared anchor still counts
            c -= cfg.anchor_cap * (1.0 - math.exp(-raw / cfg.anchor_cap))
        # anchors known on both sides but missing from this link's other side
        # (the weight of sa ^ ta, without building it)
        return c + cfg.mismatch_weight * max(0.0, mass_s + mass_t - 2.0 * mass_shared)


def _diagonal(model: _Model) -> list[float]:
    """For each source boundary i, the target boundary where the length
    fractions match (translator additions do not count on the target side)."""
    src, tgt = model.src, model.tgt
    n, m = len(src), len(tgt)
    eff = [0.0]
    for t in tgt:
        eff.append(eff[-1] + (0.0 if t.hint == "addition" else max(t.length, 0.0)) + 1e-9)
    total_s = model.ps[-1] + 1e-9 * n
    total_t = eff[-1]
    out = []
    j = 0
    for i in range(n + 1):
        frac = (model.ps[i] + 1e-9 * i) / total_s if n else 1.0
        goal = frac * total_t
        while j < m and eff[j + 1] <= goal:
            j += 1
        # interpolate inside target segment j
        if j < m:
            span = eff[j + 1] - eff[j]
            out.append(j + ((goal - eff[j]) / span if span > 0 else 0.0))
        else:
            out.append(float(m))
    if out:
        out[0], out[-1] = 0.0, float(m)
    return out


def _path_centre(path: Sequence[tuple[int, int, int, int]], n: int) -> list[float]:
    """The target boundary of a previous path at every source boundary
    (interpolated inside n-m links): the centre of the next pass's band."""
    centre = [0.0] * (n + 1)
    for i, j, a, b in path:
        for k in range(a + 1):
            centre[i - a + k] = (j - b) + (b * k / a if a else b)
    return centre


def _run_dp(model: _Model, half: int, centre: Sequence[float] | None = None
            ) -> tuple[list[tuple[int, int, int, int]], bool, bool]:
    """Banded DP.  Returns (path of (i, j, a, b) links, reached end, touched edge).

    Grouped segments keep the band inside their groups' limits."""
    n, m = len(model.src), len(model.tgt)
    types = list(model.prior)
    floor = [low for low, _ in model.limits] if model.limits is not None else [0] * (n + 1)
    ceil = [high for _, high in model.limits] if model.limits is not None else [m] * (n + 1)
    diag = list(centre) if centre is not None else _diagonal(model)
    lo = [min(max(floor[i], int(math.floor(d)) - half), ceil[i]) for i, d in enumerate(diag)]
    hi = [max(min(ceil[i], int(math.ceil(d)) + half), floor[i]) for i, d in enumerate(diag)]
    # keep rows overlapping so that a staircase path always exists
    for i in range(1, n + 1):
        lo[i] = max(lo[i], 0)
        if lo[i] > hi[i - 1] + 1:
            lo[i] = hi[i - 1]
    for i in range(n - 1, -1, -1):
        if hi[i] < lo[i + 1] - 1:
            hi[i] = lo[i + 1]
    lo[0] = 0
    hi[n] = m
    D: list[list[float]] = []
    B: list[bytearray] = []
    cost = model.cost
    for i in range(n + 1):
        li, hi_i = lo[i], hi[i]
        row = [INF] * (hi_i - li + 1)
        back = bytearray(hi_i - li + 1)
        for j in range(li, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                back[0] = 255
                continue
            best, arg = INF, 255
            for t, (a, b) in enumerate(types):
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                if pi == i:
                    if pj < li:
                        continue
                    prev = row[pj - li]
                else:
                    lp = lo[pi]
                    if pj < lp or pj > hi[pi]:
                        continue
                    prev = D[pi][pj - lp]
                if prev == INF:
                    continue
                v = prev + cost(i, j, a, b)
                if v < best:
                    best, arg = v, t
            row[j - li] = best
            back[j - li] = arg
        D.append(row)
        B.append(back)
    if n >= 0 and (m < lo[n] or m > hi[n] or D[n][m - lo[n]] == INF):
        return [], False, True
    path = []
    i, j = n, m
    touched = False
    while i > 0 or j > 0:
        t = B[i][j - lo[i]]
        a, b = types[t]
        path.append((i, j, a, b))
        for ii, jj in ((i, j),):
            if (jj - lo[ii] < model.cfg.edge_margin and lo[ii] > floor[ii]) or (
                hi[ii] - jj < model.cfg.edge_margin and hi[ii] < ceil[ii]
            ):
                touched = True
        i, j = i - a, j - b
    path.reverse()
    return path, True, touched


def _estimate_ratio(src: Sequence[Segment], tgt: Sequence[Segment],
                    path: Sequence[tuple[int, int, int, int]] | None) -> float:
    """Target/source length ratio from the pair itself.

    Without a path: total target length (translator additions left out)
    over total source length.  With a path: the length-weighted median of
    the per-link ratios of its real (n-m, n, m >= 1) links.
    """
    if not path:
        ls = sum(max(s.length, 0.0) for s in src)
        lt = sum(max(t.length, 0.0) for t in tgt if t.hint != "addition")
        if ls <= 0 or lt <= 0:
            return 1.0
        return lt / ls
    samples = []
    for i, j, a, b in path:
        if a == 0 or b == 0:
            continue
        ls = sum(max(s.length, 0.0) for s in src[i - a:i])
        lt = sum(max(t.length, 0.0) for t in tgt[j - b:j])
        if ls > 0 and lt > 0:
            samples.append((lt / ls, ls + lt))
    if not samples:
        return _estimate_ratio(src, tgt, None)
    samples.sort()
    half = sum(w for _, w in samples) / 2.0
    acc = 0.0
    for r, w in samples:
        acc += w
        if acc >= half:
            return r
    return samples[-1][0]  # pragma: no cover


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
        out[t] = base_total * (real * obs + (1 - real) * p0 / base_total)
    return out


def _real_links(path: Sequence[tuple[int, int, int, int]]):
    return [(i, j, a, b) for i, j, a, b in path if a and b]


def _estimate_sentences(src: Sequence[Segment], tgt: Sequence[Segment],
                        path: Sequence[tuple[int, int, int, int]] | None, cfg: AlignConfig) -> tuple[float, float]:
    """Target sentences per source sentence and the variance (per expected
    sentence) around it.  Without a path: the ratio of the totals and the
    configured variance; with one: both from its real links whose sides know
    their sentence counts, the variance smoothed towards the configured one
    (``sentence_strength`` pseudo-links) and kept above ``sentence_floor``."""
    pairs = []
    for i, j, a, b in _real_links(path) if path else [(len(src), len(tgt), len(src), len(tgt))]:
        ss, ts = src[i - a:i], tgt[j - b:j]
        if all(x.sentences for x in ss) and all(x.sentences for x in ts):
            pairs.append((sum(x.sentences for x in ss), sum(x.sentences for x in ts)))
    total_s = sum(s for s, _ in pairs)
    if not total_s:
        return 1.0, cfg.sentence_variance
    ratio = sum(t for _, t in pairs) / total_s
    if not path:
        return ratio, cfg.sentence_variance
    spread = sum((t - ratio * s) ** 2 / max(ratio * s, 1.0) for s, t in pairs)
    k = cfg.sentence_strength
    return ratio, max(cfg.sentence_floor, (spread + k * cfg.sentence_variance) / (len(pairs) + k))


def _estimate_hit(lexicon: _Lexicon | None, path: Sequence[tuple[int, int, int, int]], cfg: AlignConfig,
                  chance: tuple[float, float]) -> tuple[float, float]:
    """Per side, the share of translatable words translated across the real
    links of a path (hits beyond chance), smoothed towards ``lexical_hit``."""
    if lexicon is None:
        return (cfg.lexical_hit, cfg.lexical_hit)
    acc = [0.0, 0.0, 0.0, 0.0]  # source hits beyond chance, source room; target the same
    for i, j, a, b in _real_links(path):
        ks, ns, kt, nt = lexicon.counts(i, j, a, b)
        for side, k, n, other in ((0, ks, ns, nt), (2, kt, nt, ns)):
            p0 = 1.0 - math.exp(-chance[side // 2] * other)
            acc[side] += k - n * p0
            acc[side + 1] += n * (1.0 - p0)
    strength = cfg.lexical_strength
    hit_s, hit_t = ((max(acc[s], 0.0) + strength * cfg.lexical_hit) / (acc[s + 1] + strength) for s in (0, 2))
    return hit_s, hit_t


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


def _group_limits(src: Sequence[Segment], tgt: Sequence[Segment]) -> list[tuple[int, int]] | None:
    """For grouped segments, the target boundaries each source boundary may
    meet: those of the groups on either side of it (groups are numbered in
    reading order on both sides); None when nothing is grouped."""
    from bisect import bisect_left, bisect_right

    if all(s.group < 0 for s in src) and all(t.group < 0 for t in tgt):
        return None
    order = [t.group for t in tgt]
    n, m = len(src), len(tgt)
    limits = []
    for i in range(n + 1):
        lo = bisect_left(order, src[i - 1].group) if i else 0
        hi = bisect_right(order, src[i].group) if i < n else m
        limits.append((lo, max(lo, hi)))
    return limits


def _widen(cfg: AlignConfig, path: Sequence[tuple[int, int, int, int]]) -> AlignConfig:
    """The config with the wide link types added when the previous pass used
    the widest default ones (1-3, 3-1) in at least ``wide_share`` of its links."""
    real = _real_links(path)
    wide = sum(1 for _i, _j, a, b in real if max(a, b) >= 3)
    if not cfg.wide_types or not real or wide < cfg.wide_share * len(real):
        return cfg
    extra = tuple(t for t in cfg.wide_types if t not in cfg.link_types)
    return replace(cfg, link_types=cfg.link_types + extra)


def _logsumexp(values: Sequence[float]) -> float:
    top = max(values)
    if top == -INF:
        return -INF
    return top + math.log(sum(math.exp(v - top) for v in values))


_POSTERIOR_CELLS = 400  # the largest stretch whose alignments a link's posterior enumerates


def _local_posterior(model: _Model, path: Sequence[tuple[int, int, int, int]], k: int, temperature: float,
                     memo: dict[tuple[int, int, int, int], float]) -> float:
    """The probability of link ``k`` among every alignment of the stretch
    from the start of the link before it to the end of the link after it
    (costs as energies at ``temperature``): how clearly the costs prefer it
    to its neighbouring alternatives.  ``memo`` keeps the energies of the
    links already seen (neighbouring stretches overlap)."""
    i1, j1, _, _ = path[min(k + 1, len(path) - 1)]
    pi, pj, pa, pb = path[max(k - 1, 0)]
    i0, j0 = pi - pa, pj - pb
    if (i1 - i0 + 1) * (j1 - j0 + 1) > _POSTERIOR_CELLS:
        return 0.5  # a stretch too long to enumerate: no evidence either way
    types = list(model.prior)

    def energy(i: int, j: int, a: int, b: int) -> float:
        got = memo.get((i, j, a, b))
        if got is None:
            got = memo[(i, j, a, b)] = model.cost(i, j, a, b) / temperature
        return got
    fwd: dict[tuple[int, int], float] = {(i0, j0): 0.0}
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            if (i, j) == (i0, j0):
                continue
            terms = [fwd[(i - a, j - b)] - energy(i, j, a, b)
                     for a, b in types if i - a >= i0 and j - b >= j0 and fwd.get((i - a, j - b), -INF) > -INF]
            fwd[(i, j)] = _logsumexp(terms) if terms else -INF
    bwd: dict[tuple[int, int], float] = {(i1, j1): 0.0}
    for i in range(i1, i0 - 1, -1):
        for j in range(j1, j0 - 1, -1):
            if (i, j) == (i1, j1):
                continue
            terms = [bwd[(i + a, j + b)] - energy(i + a, j + b, a, b)
                     for a, b in types if i + a <= i1 and j + b <= j1 and bwd.get((i + a, j + b), -INF) > -INF]
            bwd[(i, j)] = _logsumexp(terms) if terms else -INF
    i, j, a, b = path[k]
    total = fwd[(i1, j1)]
    if total == -INF:
        return 1.0
    mine = fwd[(i - a, j - b)] - energy(i, j, a, b) + bwd[(i, j)]
    return min(1.0, math.exp(mine - total))


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
    stats = _learn(src, tgt, None, cfg, lexicon, (0.002, 0.002))
    if cfg.ratio is not None:
        stats = replace(stats, ratio=cfg.ratio)
    if lexicon is not None and lexicon.active:
        stats = replace(stats, chance=lexicon.chance(_diagonal(_Model(src, tgt, cfg, stats))))
    path = None
    centre = _group_centre(src, tgt)
    passes = 1 if cfg.ratio is not None else max(1, cfg.passes)
    for p in range(passes):
        if path is not None:
            cfg = _widen(cfg, path)
            stats = _learn(src, tgt, path, cfg, lexicon, stats.chance)
            centre = _path_centre(path, n)  # later passes centre their band on the previous path
        model = _Model(src, tgt, cfg, stats, lexicon)
        path = _banded(model, cfg, centre, cfg.band if p == 0 else max(2, cfg.band // 2))
    assert path is not None
    links = []
    memo: dict[tuple[int, int, int, int], float] = {}
    for k, (i, j, a, b) in enumerate(path):
        posterior = _local_posterior(model, path, k, cfg.score_temperature, memo)
        score = _score(model.cost(i, j, a, b), posterior, cfg)
        links.append(Link(source=tuple(range(i - a, i)), target=tuple(range(j - b, j)), score=round(score, 4)))
    return links


def _banded(model: _Model, cfg: AlignConfig, centre: Sequence[float] | None = None,
            band: int | None = None) -> list[tuple[int, int, int, int]]:
    """Run the banded DP, doubling the band (from ``band``, default
    ``cfg.band``) until the best path keeps clear of its edges (or the
    memory cap is reached, or the band is full)."""
    n, m = len(model.src), len(model.tgt)
    full = max(n, m) + 1
    half = max(band or cfg.band, 1)
    while True:
        capped = (n + 1) * (2 * half + 1) > cfg.max_cells
        path, ok, touched = _run_dp(model, half, centre)
        if ok and (not touched or half >= full):
            return path
        if half >= full:
            raise ValueError("no alignment covers both sides with link types " + ",".join(cfg.link_types))
        if capped and ok:
            return path  # the memory cap wins over a path that hugs the band edge
        half = min(full, half * 2)
        if (n + 1) * (2 * half + 1) > cfg.max_cells and ok:
            return path
        # when the end is unreachable we widen even past the cap: a result beats none


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
    if block.role in _NOTE_ROLES and not notes:
        return True
    size = text_length(block.text, block.lang) or 1
    for note in notes:
        if note.block != block.id or note.kind not in _COVERING_KINDS:
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
    found once and remembered, so that a block's sentences reuse them."""
    return _keys_in(_word_spans(text, lang, dictionary), start, len(text) if end is None else end)


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
            by_block.setdefault(q.block, set()).update(_quantity_keys(q))
    numbers_from_text = use_numbers and not analysis.quantities
    if use_names and analysis.entities:
        for e in analysis.entities:
            if e.key:
                by_block.setdefault(e.block, set()).add("n:" + e.key)
    names_from_list = use_names and name_fallback
    # inline translator material (glosses, remarks) has no source counterpart:
    # it does not count towards a block's length
    inserted: dict[str, int] = {}
    for note in analysis.notes:
        if note.kind in _INLINE_KINDS and note.place == "inline":
            inserted[note.block] = inserted.get(note.block, 0) + text_length(note.text, lang)
    segs = []
    for block in doc.blocks:
        keys = set(by_block.get(block.id, ()))
        if numbers_from_text:
            for q in numbers.extract(block):
                keys |= _quantity_keys(q)
        if names_from_list:
            keys |= name_keys(block.text, lang)
        segs.append(Segment(
            length=float(max(1, text_length(block.text, lang) - inserted.get(block.id, 0))),
            anchors=frozenset(keys),
            cue=cue_of(block.text, lang, block.role),
            role=block.role,
            hint="addition" if is_translator_block(block, analysis.notes) else None,
            sentences=sentences.count(block.text, lang),
            words=words_of(block.text, lang, dictionary) if dictionary is not None else frozenset(),
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
    return align(src, tgt, config_from_settings(settings), dictionary)


def with_sound_anchors(src: Sequence[Segment], tgt: Sequence[Segment], src_spans: Sequence[tuple[str, int, int]],
                       tgt_spans: Sequence[tuple[str, int, int]]) -> tuple[list[Segment], list[Segment]]:
    """The segments with names matched by sound (:mod:`.sounds`) added to
    their anchors; a segment is ``text[start:end]`` of its span (each text
    is searched once, however many segments share it)."""
    from .sounds import chinese_matches, english_names, lowercase_words

    texts_t = list(dict.fromkeys(text for text, _, _ in tgt_spans))
    common = lowercase_words(texts_t)
    by_text_t = {text: english_names(text, common) for text in texts_t}
    wanted = {key for found in by_text_t.values() for _, key in found}
    if not wanted:
        return list(src), list(tgt)
    by_text_s = {text: chinese_matches(text, wanted) for text in dict.fromkeys(text for text, _, _ in src_spans)}
    names = [_keys_in(by_text_t[text], start, end) for text, start, end in tgt_spans]
    found = [_keys_in(by_text_s[text], start, end) for text, start, end in src_spans]
    return ([replace(s, anchors=s.anchors | keys) if keys else s for s, keys in zip(src, found)],
            [replace(t, anchors=t.anchors | keys) if keys else t for t, keys in zip(tgt, names)])


def _keys_in(spans: Sequence[tuple[int, str]], start: int, end: int) -> frozenset[str]:
    """The keys of ``spans`` (sorted by offset) found in ``[start, end)``."""
    from bisect import bisect_left

    out = set()
    for at, key in spans[bisect_left(spans, (start, "")):]:
        if at >= end:
            break
        out.add(key)
    return frozenset(out)

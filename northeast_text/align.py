"""Monotonic alignment of two segment lists (blocks now, sentences later).

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
* shared anchors (number values, name keys) lower the cost, weighted by how
  rare the anchor is in the two documents;
* heading/list cues ("一" / "One", "1." / "1.") lower it when they agree and
  raise it when they disagree;
* a target segment hinted as a translator's addition is cheap to leave
  unlinked (0-1) and expensive to link;
* sentence counts (where known): a link whose sides differ in sentences
  costs ``log(p0 / ((1 - p0)(1 - q)))`` plus ``-log q`` per further
  sentence, with ``p0`` (the share of links with equal counts) estimated
  from the first pass, so that pairs whose translators merge and split
  sentences freely are not held to it;
* source value anchors found nowhere in the target ("orphans") make a real
  link dearer, so that an untranslated paragraph comes out as 1-0.

Inline translator material (glosses, remarks found by the notes module) is
left out of a target block's length.  Later passes also re-estimate the
link-type priors from the previous alignment and centre the band on it.

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
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from .model import Analysis, Block, Link

DEFAULT_LINK_TYPES = ("0-1", "1-0", "1-1", "1-2", "2-1", "1-3", "3-1", "2-2")

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


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Every knob of the aligner.  Defaults suit blocks and sentences."""

    link_types: tuple[str, ...] = DEFAULT_LINK_TYPES
    priors: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_PRIORS))
    ratio: float | None = None  # target/source length ratio; None: estimate from the pair
    variance: float = 6.8  # Gale-Church variance per unit of (target) length
    spread: float = 0.25  # proportional standard deviation of the length ratio
    sentence_agreement: float = 0.7  # prior share of links whose sides have equal sentence counts
    sentence_decay: float = 0.3  # each further sentence of difference is this much less likely
    sentence_strength: float = 10.0  # pseudo-links of sentence_agreement when re-estimating it
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
    score_scale: float = 1.5  # cost units per e-fold of the score odds
    score_offset: float = 4.0  # link cost at which the score is 0.5


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


_ZH_SCALES = {
    "万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4,
    "萬億": Decimal(10) ** 12, "億": Decimal(10) ** 8, "萬": Decimal(10) ** 4,
}
_EN_SCALES = {
    "trillion": Decimal(10) ** 12, "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "thousand": Decimal(10) ** 3,
}
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SCALE = (
    r"(?:\s*(?P<zs{n}>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|萬億|億|萬)"
    r"|\s+(?P<es{n}>trillion|billion|million|thousand|bn|mn)\b)?"
)
_NUMBER_RE = re.compile(
    rf"(?<![\d.])(?P<a>{_NUM}){_SCALE.format(n='a')}"
    rf"(?:\s*(?:-|–|—|~|～|至|到|to)\s*(?P<b>{_NUM}){_SCALE.format(n='b')})?"
    r"(?P<pct>\s*%)?"
)


def _scale_of(m: re.Match, which: str) -> Decimal | None:
    word = m.group(f"zs{which}") or m.group(f"es{which}")
    if word is None:
        return None
    return _ZH_SCALES.get(word) or _EN_SCALES.get(word.lower())


def number_values(text: str) -> list[tuple[Decimal, bool, bool]]:
    """The built-in number normaliser: ``(value, scaled, percent)`` triples.

    Digits (with thousands commas and decimals) times an optional scale word
    (万, 亿, 万亿 ... / thousand, million, billion, trillion); a range carries
    its scale to both ends ("10-20 trillion").  Used when no number engine
    has filled ``Analysis.quantities``.
    """
    text = unicodedata.normalize("NFKC", text)
    out: list[tuple[Decimal, bool, bool]] = []
    for m in _NUMBER_RE.finditer(text):
        sa, sb = _scale_of(m, "a"), _scale_of(m, "b")
        if sa is None and m.group("b") is not None:
            sa = sb
        pct = m.group("pct") is not None
        for raw, scale in ((m.group("a"), sa), (m.group("b"), sb)):
            if raw is None:
                continue
            try:
                value = Decimal(raw.replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the regex admits only digits
                continue
            if scale is not None:
                value *= scale
            out.append((value, scale is not None, pct))
    return out


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


_ZH_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*")
_EN_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9]|\s*$)")
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no vs etc approx jan feb mar apr jun jul aug sep sept oct nov dec inc co ltd corp".split()
)


def sentence_count(text: str, lang: str) -> int:
    """Sentences in a block (at least 1 for a non-empty block): split after
    。！？ in Chinese, after . ! ? before a capital or a digit in English."""
    text = text.strip()
    if not text:
        return 0
    pattern = _ZH_SENT_END if lang.startswith("zh") else _EN_SENT_END
    ends = []
    for m in pattern.finditer(text):
        if pattern is _EN_SENT_END and text[m.start()] == ".":
            word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())  # bounded: linear overall
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
                continue  # "U.S.", "Dr.", "approx."
        ends.append(m.end())
    count = len(ends)
    if not ends or ends[-1] < len(text.rstrip()):
        count += 1
    return max(1, count)


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
    from importlib.resources import files

    text = (files("northeast_text") / "resources" / "align" / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


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
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


class _Model:
    """Link costs for one pair and one ratio."""

    def __init__(self, src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig, ratio: float,
                 priors: Mapping[str, float] | None = None, agreement: float | None = None):
        self.src, self.tgt, self.cfg, self.ratio = src, tgt, config, ratio
        # sentence counts: P(equal) = agreement, P(|diff| = k) falls off
        # geometrically; costs are relative to equal counts
        p0 = min(max(agreement if agreement is not None else config.sentence_agreement, 0.01), 0.99)
        q = min(max(config.sentence_decay, 1e-6), 0.99)
        self.sentence_first = math.log(p0 / ((1 - p0) * (1 - q)))
        self.sentence_step = -math.log(q) if config.sentence_agreement > 0 else 0.0
        self.ps = [0.0]
        for s in src:
            self.ps.append(self.ps[-1] + max(0.0, s.length))
        self.pt = [0.0]
        for t in tgt:
            self.pt.append(self.pt[-1] + max(0.0, t.length))
        priors = priors or config.priors
        self.prior = {}
        for a, b in _parse_types(config.link_types):
            p = priors.get(f"{a}-{b}", 0.001)
            self.prior[(a, b)] = -math.log(max(p, 1e-12))
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
        self.has_anchor_s = [bool(a) for a in self.wanch_s]
        self.has_anchor_t = [bool(a) for a in self.wanch_t]
        # value anchors found nowhere on the other side: a sign that the
        # segment has no counterpart at all (an omission or an addition)
        self.orph_s = _prefix(sum(1 for k in s.anchors if k.startswith("v:") and k not in df_t) for s in src)
        # prefix counts, so that a link's cost is O(1) in its size
        self.anc_s = _prefix(self.has_anchor_s)
        self.anc_t = _prefix(self.has_anchor_t)
        self.hint_t = _prefix(t.hint == "addition" for t in tgt)
        self.cue_s = [s.cue for s in src]
        self.cue_t = [t.cue for t in tgt]
        self.ncue_s = _prefix(s.cue is not None for s in src)
        self.ncue_t = _prefix(t.cue is not None for t in tgt)
        self.sent_s = _prefix(s.sentences for s in src)
        self.sent_t = _prefix(t.sentences for t in tgt)
        self.unk_s = _prefix(s.sentences <= 0 for s in src)
        self.unk_t = _prefix(t.sentences <= 0 for t in tgt)

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

    def cost(self, i: int, j: int, a: int, b: int) -> float:
        """Cost of the link src[i-a:i] <-> tgt[j-b:j] (O(1) but for anchors)."""
        cfg = self.cfg
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
        if self.sentence_step and self.unk_s[i] == self.unk_s[i - a] and self.unk_t[j] == self.unk_t[j - b]:
            diff = abs((self.sent_s[i] - self.sent_s[i - a]) - (self.sent_t[j] - self.sent_t[j - b]))
            if diff:
                c += self.sentence_first + self.sentence_step * (diff - 1)
        orphans = self.orph_s[i] - self.orph_s[i - a]
        if orphans:
            c += min(cfg.orphan_weight * orphans, cfg.orphan_cap)
        # anchors
        if self.anc_s[i] != self.anc_s[i - a] and self.anc_t[j] != self.anc_t[j - b]:
            w = self.weight
            sa, mass_s = self._group(self.wanch_s, self.mass_s, self._groups_s, i, a)
            ta, mass_t = self._group(self.wanch_t, self.mass_t, self._groups_t, j, b)
            shared = sa & ta
            mass_shared = sum(w[k] for k in shared) if shared else 0.0
            if shared:
                raw = cfg.anchor_weight * mass_shared
                # diminishing returns: each further shared anchor still counts
                c -= cfg.anchor_cap * (1.0 - math.exp(-raw / cfg.anchor_cap))
            # anchors known on both sides but missing from this link's other side
            # (the weight of sa ^ ta, without building it)
            c += cfg.mismatch_weight * max(0.0, mass_s + mass_t - 2.0 * mass_shared)
        return c


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
    """Banded DP.  Returns (path of (i, j, a, b) links, reached end, touched edge)."""
    n, m = len(model.src), len(model.tgt)
    types = list(model.prior)
    diag = list(centre) if centre is not None else _diagonal(model)
    lo = [max(0, int(math.floor(d)) - half) for d in diag]
    hi = [min(m, int(math.ceil(d)) + half) for d in diag]
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
            if (jj - lo[ii] < model.cfg.edge_margin and lo[ii] > 0) or (
                hi[ii] - jj < model.cfg.edge_margin and hi[ii] < m
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


def _estimate_agreement(src: Sequence[Segment], tgt: Sequence[Segment],
                        path: Sequence[tuple[int, int, int, int]], cfg: AlignConfig) -> float:
    """Share of real links of a first alignment whose two sides have the same
    number of sentences, smoothed towards ``sentence_agreement``."""
    same = total = 0
    for i, j, a, b in path:
        if a == 0 or b == 0:
            continue
        ss, ts = src[i - a:i], tgt[j - b:j]
        if not all(x.sentences for x in ss) or not all(x.sentences for x in ts):
            continue
        total += 1
        same += sum(x.sentences for x in ss) == sum(x.sentences for x in ts)
    k = cfg.sentence_strength
    return (same + k * cfg.sentence_agreement) / (total + k)


def _score(cost: float, cfg: AlignConfig) -> float:
    z = (cost - cfg.score_offset) / cfg.score_scale
    if z > 50:
        return 0.0
    return 1.0 / (1.0 + math.exp(z))


def align(src: Sequence[Segment], tgt: Sequence[Segment], config: AlignConfig | None = None) -> list[Link]:
    """Align two segment lists monotonically; every index in exactly one link.

    Returns links in reading order, each with a score in [0, 1].  Raises
    ``ValueError`` when the configured link types cannot cover the two
    lists (e.g. only "1-1" for lists of different lengths).
    """
    cfg = config or AlignConfig()
    src, tgt = list(src), list(tgt)
    n, m = len(src), len(tgt)
    if n == 0 and m == 0:
        return []
    path = None
    ratio = cfg.ratio if cfg.ratio is not None else _estimate_ratio(src, tgt, None)
    passes = 1 if cfg.ratio is not None else max(1, cfg.passes)
    for p in range(passes):
        priors = agreement = None
        if p > 0:
            ratio = _estimate_ratio(src, tgt, path)
            priors = _estimate_priors(path, cfg)
            agreement = _estimate_agreement(src, tgt, path, cfg)
        model = _Model(src, tgt, cfg, max(ratio, 1e-6), priors, agreement)
        # later passes centre their band on the previous path
        path = _banded(model, cfg, _path_centre(path, n) if path else None)
    assert path is not None
    links = []
    for i, j, a, b in path:
        c = model.cost(i, j, a, b)
        links.append(Link(source=tuple(range(i - a, i)), target=tuple(range(j - b, j)), score=round(_score(c, cfg), 4)))
    return links


def _banded(model: _Model, cfg: AlignConfig,
            centre: Sequence[float] | None = None) -> list[tuple[int, int, int, int]]:
    """Run the banded DP, doubling the band until the best path keeps clear
    of its edges (or the memory cap is reached, or the band is full)."""
    n, m = len(model.src), len(model.tgt)
    full = max(n, m) + 1
    half = max(cfg.band, 1)
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


def segments_of(analysis: Analysis, *, use_numbers: bool = True, use_names: bool = True,
                name_fallback: bool = True) -> list[Segment]:
    """One :class:`Segment` per block of an analysed document."""
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
            for value, scaled, pct in number_values(block.text):
                keys |= value_keys(value, scaled=scaled, percent=pct)
        if names_from_list:
            keys |= name_keys(block.text, lang)
        segs.append(Segment(
            length=float(max(1, text_length(block.text, lang) - inserted.get(block.id, 0))),
            anchors=frozenset(keys),
            cue=cue_of(block.text, lang, block.role),
            role=block.role,
            hint="addition" if is_translator_block(block, analysis.notes) else None,
            sentences=sentence_count(block.text, lang),
        ))
    return segs


def config_from_settings(settings) -> AlignConfig:
    """The :class:`AlignConfig` a :class:`~northeast_text.settings.Settings` implies."""
    types = tuple(getattr(settings, "link_types", DEFAULT_LINK_TYPES) or DEFAULT_LINK_TYPES)
    return AlignConfig(link_types=types)


def align_blocks(source: Analysis, target: Analysis, settings=None) -> list[Link]:
    """Align the blocks of two analysed documents (source: original).

    Numbers come from ``analysis.quantities`` (or the built-in normaliser
    when a side has none), names from ``analysis.entities`` (or the small
    fallback list when a side has none), translator additions from
    ``target.notes`` and block roles.
    """
    use_numbers = getattr(settings, "use_numbers", True)
    use_names = getattr(settings, "use_names", True)
    # the fallback name list is used only when either side lacks entity keys,
    # and then on both sides, so that keys stay comparable
    fallback = not (any(e.key for e in source.entities) and any(e.key for e in target.entities))
    src = segments_of(source, use_numbers=use_numbers, use_names=use_names, name_fallback=fallback)
    tgt = segments_of(target, use_numbers=use_numbers, use_names=use_names, name_fallback=fallback)
    return align(src, tgt, config_from_settings(settings))

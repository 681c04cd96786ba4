"""Pair the names of a source text with those of its translation, link by link.

On every alignment link with both sides:

1. tagged names pair up when they are the same lexicon entity, or one
   contains the other (东北 / "the three northeastern provinces" /
   "Liaoning"), or the English spells the Chinese in pinyin or a CC-CEDICT
   form (抚顺市 / "Fushun City", 陈海峰 / "Haifeng Chen"; see
   :mod:`.translit`): first in reading order (a longest common subsequence),
   then in any order; a name and a larger or smaller unit pair only when the
   translation names no lexicon place that no source name renders (沙田 /
   "Tsuen Wan … in Hong Kong" is a swapped district, not one widened);
2. a target name still alone is explained by the source when it is a
   larger unit of a source name, or a lexicon form or the pinyin of a stretch
   of source text the Chinese reader did not tag or cut short (林火 tagged in
   林火灿 / "Lin Huocan"), unless the stretch crosses a lexicon name the
   lexicon tells apart (新北 for "Taipei"); that stretch becomes its partner;
3. a source name still alone is paired with the target text itself when the
   English writes it without a tag (an adjective: 中国 / "Chinese companies";
   ``resources/entities/en_demonyms.tsv``).

What is left on both sides (:attr:`LinkNames.left_source`,
:attr:`LinkNames.left_target`) is what the ``entity`` check judges.  Target
names inside translator's notes and blocks the translator added are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any, TypeVar

from . import translit
from .entities import abbreviations, opens_a_species, region_abbreviations
from .model import Analysis, AnnotatedPair, Block, Entity, Link
from .resources_io import read_text

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NameLink:
    """A source name and its rendering; ``via`` says how they were linked.

    ``via``: ``lexicon`` (same or related lexicon entries), ``pinyin`` (the
    English spells the pinyin), ``dictionary`` (a CC-CEDICT form), ``sound``
    (a foreign name transliterated in Chinese: 帕利 / "Parly"), ``translation``
    (an organisation's name translated word by word: 财政厅 / "Finance Department"), ``same``
    (the same Latin letters on both sides: "WTO", "oOh!Media"),
    ``text`` (the rendering found untagged in the other text), ``unit``
    (the target names a larger unit of a source name; ``source`` is that name).
    """

    source: Entity
    target: Entity
    via: str


@dataclass(slots=True)
class Side:
    """One side of a link: its names and its blocks, read as one text (blocks joined by newlines)."""

    names: list[Entity]
    blocks: list[Block]
    hidden: list[Entity] = field(default_factory=list)  # stretches that are not the author's (notes)
    text: str = field(init=False)
    _offsets: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        if len(self.blocks) == 1:  # most links: one block a side
            self.text, self._offsets = self.blocks[0].text, {self.blocks[0].id: 0}
            return
        self.text = "\n".join(b.text for b in self.blocks)
        self._offsets = {}
        off = 0
        for b in self.blocks:
            self._offsets[b.id] = off
            off += len(b.text) + 1

    def span(self, e: Entity) -> tuple[int, int]:
        off = self._offsets.get(e.block, 0)
        return off + e.start, off + e.end

    def position(self, e: Entity) -> float:
        """Relative position of a name within its side of the link (0..1)."""
        return self.span(e)[0] / max(len(self.text), 1)

    def untagged(self, only: set[int] | None = None) -> str:
        """The text with every tagged name (or those indexed in ``only``) blanked out."""
        names = self.names if only is None else [self.names[k] for k in sorted(only)]
        spans = sorted(self.span(e) for e in (*names, *self.hidden))
        pieces = []
        at = 0  # the text before ``at`` is written
        for a, b in spans:
            if a > at:
                pieces.append(self.text[at:a])
                at = a
            if b > at:
                pieces.append("\n" * (b - at))
                at = b
        pieces.append(self.text[at:])
        return "".join(pieces)

    def entity(self, a: int, b: int, typ: str, lang: str) -> Entity:
        """An untagged stretch ``[a, b)`` of the joined text as an entity of its block."""
        for blk in self.blocks:
            off = self._offsets[blk.id]
            if off <= a and b <= off + len(blk.text):
                return Entity(blk.id, a - off, b - off, blk.text[a - off:b - off], typ, None, lang)
        raise ValueError(f"stretch {a}:{b} crosses blocks")


@dataclass(slots=True)
class LinkNames:
    """The names of one alignment link, paired."""

    link: Link
    source: Side
    target: Side
    links: list[NameLink]
    anchors: list[tuple[int, int]]  # (source index, target index) of names paired in reading order
    left_source: list[int]  # indexes into source.names
    left_target: list[int]  # indexes into target.names
    # pinyin names the English reader did not tag ("Shi Xiu", "from Laixi"), neither linked
    # nor inside a tagged name
    untagged_target: list[Entity] = field(default_factory=list)


def keys(e: Entity) -> frozenset[str]:
    return frozenset((e.key,) + tuple(e.alt_keys)) if e.key else frozenset()


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, frozenset[str]]:
    """English form of a capital -> the English names of its country, which the news writes for its
    government ("Washington announced" for 美国政府, "Athens protested" for 希腊)."""
    out: dict[str, frozenset[str]] = {}
    for line in read_text("entities", "en_capitals.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            countries, forms = line.split("\t")[:2]
            names = frozenset(c.strip() for c in countries.split("|") if c.strip())
            for form in forms.split("|"):
                if form.strip():
                    out[form.strip()] = out.get(form.strip(), frozenset()) | names
    return out


@lru_cache(maxsize=1)
def country_parts() -> dict[str, frozenset[str]]:
    """Lexicon key of a country -> the English forms of its parts that Chinese calls by the
    country's name (英国 for "England", "Scotland")."""
    out = {}
    for line in read_text("entities", "en_country_parts.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            key, forms = line.split("\t")[:2]
            out[key.strip()] = frozenset(f.strip() for f in forms.split("|") if f.strip())
    return out


def stands_for_country(a: Entity, b: Entity, lexicon) -> bool:
    """Is the English name ``b`` a capital or a part of the country ``a`` names (英国 "England")?"""
    return _stands_for_country(a, frozenset(k for k in keys(a) if k in lexicon), b, lexicon)


def _stands_for_country(a: Entity, ka: frozenset[str], b: Entity, lexicon) -> bool:
    """Is the English name ``b`` a capital or a part of the country ``a`` (lexicon keys ``ka``), which
    renders the country (美国政府 "Washington", 希腊 "Athens", 英国东北部 "the north east of England")?
    A country of the lexicon by its English forms; another place name by CC-CEDICT."""
    if countries := capital_countries().get(b.text):
        if ka:
            return any(not countries.isdisjoint(entry.en) for k in ka if (entry := lexicon.get(k)) is not None)
        return a.type == "place" and any(translit.how(a.text, c, "place") == "dictionary" for c in countries)
    return any(b.text in country_parts().get(k, ()) for k in ka)


def how_linked(a: Entity, b: Entity, lexicon) -> str | None:
    """``lexicon``, ``pinyin``, ``dictionary`` or ``sound`` when the English name ``b`` renders ``a``,
    else None."""
    ka = frozenset(k for k in keys(a) if k in lexicon)
    if _stands_for_country(a, ka, b, lexicon):
        return "lexicon"  # the capital for its government: 美国 "Washington"; a part: 英国 "England"
    kb = frozenset(k for k in keys(b) if k in lexicon)
    if ka and kb:
        # two lexicon names: the lexicon knows whether they are one (陕西 Shaanxi is not
        # 山西 Shanxi, though both are shanxi in tone-less pinyin)
        return "lexicon" if ka & kb or any(lexicon.related(x, y) for x in ka for y in kb) else None
    got = translit.how(a.text, b.text, a.type)
    if got is None and (not kb or not ka and a.type == b.type == "person") \
            and not _named_by_its_pinyin(a.text, ka, lexicon) \
            and translit.heard(a.text, b.text, a.type) and (not is_english_word(b.text) or b.type == "person"):
        # 加通湖 "Gatun Lake"; a surname that is an English word too, tagged as a person by the
        # English reader (洛克 "Chris Rock", "Rock"), is a name there, not the word; a person the
        # lexicon holds by other Chinese names (贺锦丽) is heard in a transliteration (哈里斯 "Kamala Harris")
        return "sound"
    return got


def _named_by_its_pinyin(zh: str, ka: frozenset[str], lexicon) -> bool:
    """A lexicon name whose English is its own pinyin (南昌 "Nanchang"): a Chinese name, rendered by
    its spelling, never heard in a transliteration (a byline's "Yang Kun" is no sound of 南京)."""
    stem = translit.split_generic(zh)[0]
    spelt = {translit.letters(translit.romanise(zh)), translit.letters(translit.romanise(stem))}
    return any(translit.letters(form) in spelt
               for k in ka if (entry := lexicon.get(k)) is not None for form in entry.en)


def _units_only(a: Entity, b: Entity, lexicon) -> bool:
    """Two lexicon names of different entries, one a unit of the other (东北 / "Liaoning"); or a
    country and its capital or part (美国 / "Washington", 英国 / "England"), which links after the
    same names do."""
    ka = frozenset(k for k in keys(a) if k in lexicon)
    if _stands_for_country(a, ka, b, lexicon):
        return True
    kb = frozenset(k for k in keys(b) if k in lexicon)
    return bool(ka) and bool(kb) and not ka & kb


def _strangers(src: Side, tgt: Side, how: Sequence[Sequence[str | None]], lexicon) -> bool:
    """Does the target hold a lexicon place that no source name renders or contains?"""
    return any(t.type == "place" and t.key in lexicon and not any(row[j] for row in how)
               for j, t in enumerate(tgt.names)) if src.names else False


def _row(judge: Callable[[Entity, Entity, Any], T], a: Entity, forms: Sequence[tuple],
         firsts: Mapping[tuple, Entity], lexicon) -> list[T]:
    """``judge(a, b, lexicon)`` for each name ``b`` of a side, given by its ``forms`` (text and keys,
    all a judgement reads: see :func:`_forms`), judged once per form (a name repeated 100,000
    times is one judgement)."""
    judged = {form: judge(a, b, lexicon) for form, b in firsts.items()}
    return list(map(judged.__getitem__, forms))


def _forms(names: Sequence[Entity]) -> tuple[list[tuple], dict[tuple, Entity]]:
    """Per name its text and keys, and one name of each of these forms."""
    forms = [(b.text, b.key, b.alt_keys) for b in names]
    return forms, dict(zip(forms, names))


def _first_free(row: list[bool], used: set[int]) -> int | None:
    """The first index of ``row`` that holds True and is not ``used``."""
    j = -1
    while True:
        try:
            j = row.index(True, j + 1)
        except ValueError:
            return None
        if j not in used:
            return j


def _ordered_pairs(comp: Sequence[Sequence[bool]]) -> list[tuple[int, int]]:
    """Order-preserving maximum matching (a longest common subsequence; ties go to later pairs).

    Row by row in arrays (a name said 280,000 times is one row of 280,000 columns, not
    280,000 steps): ``rdp[i][j]``, the longest matching of the first ``i`` rows and ``j``
    columns, is the running maximum of ``max(rdp[i-1][j], rdp[i-1][j-1] + comp[i-1][j-1])``."""
    import numpy as np

    if not any(map(any, comp)):
        return []  # nothing pairs (a name said 280,000 times facing none of its renderings)
    c = np.array(comp, dtype=bool)
    n, m = c.shape
    rdp = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(1, n + 1):
        rdp[i, 1:] = np.maximum.accumulate(np.maximum(rdp[i - 1, 1:], rdp[i - 1, :-1] + c[i - 1]))
    # Walk from the end so that, among equal matchings, later names pair with later names:
    # leftwards along a row to the last column where the walk pairs (diagonally) or goes up.
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        prev, row = rdp[i - 1], rdp[i]
        diagonal = c[i - 1, :j] & (row[1:j + 1] == prev[:j] + 1)  # at t: column t + 1
        stops = np.flatnonzero(diagonal | (prev[1:j + 1] >= row[:j]))
        if not len(stops):
            break  # leftwards to column 0
        j = int(stops[-1]) + 1
        if diagonal[j - 1]:
            pairs.append((i - 1, j - 1))
            j -= 1
        i -= 1
    return pairs[::-1]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, ...]]:
    """Lexicon key -> adjectives and short forms that stand for it in running English."""
    text = read_text("entities", "en_demonyms.tsv")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, forms = line.split("\t")[:2]
            out[key.strip()] = tuple(f.strip() for f in forms.split("|") if f.strip())
    return out


def _written(form: str, text: str) -> tuple[int, int] | None:
    """Where ``form`` occurs in ``text`` as whole words, with its capitals."""
    m = re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", text)
    return m.span() if m else None


def _source_in_target(s: Entity, tgt: Side, untagged: str, lexicon) -> NameLink | None:
    """The target text writes the source name although no target name was tagged for it."""
    entry = lexicon.get(s.key)
    if entry is not None:
        for form in entry.en + demonyms().get(entry.key, ()):
            got = _written(form[4:] if form.lower().startswith("the ") else form, untagged)
            if got:
                return NameLink(s, tgt.entity(*got, s.type, "en"), "text")
    got = translit.find_in_text(s.text, untagged, s.type) or translit.compound_in_text(s.text, untagged, s.type)
    if got:
        t = tgt.entity(*got, s.type, "en")
        if any(e.start < t.end and t.start < e.end and how_linked(s, e, lexicon) is None
               for e in tgt.names if e.block == t.block and e.key):
            return None  # the words are a lexicon name the lexicon tells apart (Shanxi for 陕西)
        return NameLink(s, t, translit.how(s.text, t.text, s.type) or "text")
    return None


def _region_of(s: Entity) -> frozenset[str]:
    """The province a place outside the lexicon names a part of, as a key set (皖南 "southern
    Anhui" -> {anhui}, 京郊 -> {beijing}, 闽西南 "southwest Fujian" -> {fujian}), else none."""
    if s.key or not 2 <= len(s.text) <= 3:
        return frozenset()
    table, parts = region_abbreviations()
    part = s.text[1:]
    key = table.get(s.text[0]) if part in parts or _TWO_POINTS.fullmatch(part) else None
    return frozenset((key,)) if key else frozenset()


# two compass points joined (西南 of 闽西南 "southwest Fujian")
_TWO_POINTS = re.compile("[东西][南北]")


def _in_a_run_of_abbreviations(src: Side, at: int) -> bool:
    """Is offset ``at`` inside a source name made only of one-character place abbreviations (韩朝,
    which jieba reads as a person, 韩 a surname): "North Korea and South Korea", each character
    standing for its place?"""
    table = abbreviations()
    return any(a <= at < b and len(e.text) >= 2 and all(c in table for c in e.text)
               for e in src.names for a, b in (src.span(e),))


def _target_in_source(t: Entity, src: Side, used: set[int], untagged: str, lexicon) -> NameLink | None:
    """What a target name left alone stands for in the source (see the module doc)."""
    for s in src.names:
        if t.key and (any(t.key in lexicon.ancestors(k) for k in keys(s))
                      or any(t.key == k or t.key in lexicon.ancestors(k) for k in _region_of(s))):
            return NameLink(s, t, "unit")  # a larger unit: "Anhui" for 黄山, and for 皖南 "southern Anhui"
    for forms, via in _chinese_forms(t, lexicon):
        for form in forms:
            k = untagged.find(form)
            if k >= 0 and not _told_apart(t, src, k, k + len(form), lexicon):
                return NameLink(src.entity(k, k + len(form), t.type, "zh"), t, via)
    entry = lexicon.get(t.key)
    if entry is not None:
        for m in _abbreviation_pattern().finditer(src.text):
            key = abbreviations()[m.group()]  # its place or a larger unit (韩 of 越韩 / "Vietnam-Korea")
            if (key == entry.key or entry.key in lexicon.ancestors(key)) \
                    and (untagged[m.start()] == m.group() or _in_a_run_of_abbreviations(src, m.start())):
                return NameLink(src.entity(*m.span(), t.type, "zh"), t, "lexicon")
    same = _latin(t.text).search(untagged)
    if same:
        return NameLink(src.entity(*same.span(), t.type, "zh"), t, "same")
    spans = [src.span(e) for e in src.names]
    paired = [spans[i] for i in used]
    for named in _whole_and_lead(t):
        person = t.type == "person" or translit.person_shaped(named.text)
        for a, b in translit.spelled_spans(named.text, src.text, person=person):
            if any(x <= a and b <= y for x, y in paired):
                continue  # already the rendering of a paired name
            if any(x <= a and b <= y and (a, b) != (x, y) for x, y in spans):
                continue  # a piece of a tagged name (陈海 of 陈海峰): a cut rendering, not a missed name
            if _told_apart(t, src, a, b, lexicon):
                continue
            return NameLink(src.entity(a, b, t.type, "zh"), named, "pinyin")
    if not t.key:
        for a, b in translit.sound_spans(t.text, untagged):
            if not any(x <= a and b <= y for x, y in spans):  # not a piece of a tagged name
                return NameLink(src.entity(a, b, t.type, "zh"), t, "sound")
    got = _translated(t.text, untagged) if t.type == "org" else None
    if got is not None and not any(x < got[1] and got[0] < y and not (got[0] <= x and y <= got[1])
                                   for x, y in spans) \
            and not any(got[0] <= x and y <= got[1] and _known_apart(t, s, lexicon)
                        for s, (x, y) in zip(src.names, spans)):
        # no tagged name cut (湾 of 杭州湾 for "Bay"), nor one the lexicon tells apart (美国商务部 is
        # no "US Labor Department", though 美国 and 部 translate two of its three words)
        return NameLink(src.entity(*got, t.type, "zh"), t, "translation")
    return None


def _told_apart(t: Entity, src: Side, a: int, b: int, lexicon) -> bool:
    """Does the source stretch ``[a, b)`` cross a lexicon name the lexicon tells apart from the
    target name ``t`` (陕西 for "Shanxi"; 新北 New Taipei, which CC-CEDICT also glosses "Taipei")?"""
    return bool(t.key) and any(x < b and a < y and e.key and how_linked(e, t, lexicon) is None
                               for e, (x, y) in ((e, src.span(e)) for e in src.names))


def _known_apart(t: Entity, s: Entity, lexicon) -> bool:
    """Do target name ``t`` and source name ``s`` both have lexicon keys, none related?"""
    return bool(t.key) and bool(s.key) and not any(lexicon.related(t.key, k) for k in keys(s))


def _translated(en: str, text: str) -> tuple[int, int] | None:
    """The stretch of Chinese ``text`` that an organisation's English name translates word by
    word (财政厅 / "Finance Department", 户外媒体协会 / "Outdoor Media Association"): consecutive
    dictionary words (CC-CEDICT glosses), each glossed by a word of the name, that together
    give two of its words or more and at least two thirds of them, every proper name among them
    ("Huantai" of "Huantai Bay Bridge" is not 杭州湾's)."""
    from .dictionary import chinese_word_spans, english_stems, load, stem

    wanted = set(english_stems(en))
    proper = {stem(w) for w in re.findall(r"[A-Z][a-z]+", en) if not is_english_word(w)}
    if len(wanted) < 2:
        return None
    dictionary = load()
    best: tuple[int, int, int] | None = None  # (words given, start, end)
    run: list[tuple[int, int, set[str]]] = []
    for at, word in chinese_word_spans(text, dictionary):
        given = wanted & set(dictionary.glosses.get(word, ()))
        if not given or (run and at - run[-1][1] > 1):
            run = []
        if given:
            run.append((at, at + len(word), given))
            covered = set().union(*(g for _, _, g in run))
            got = len(covered)
            if got >= 2 and 3 * got >= 2 * len(wanted) and proper <= covered and (best is None or got > best[0]):
                best = (got, run[0][0], run[-1][1])
    return best[1:] if best else None


def _whole_and_lead(t: Entity) -> list[Entity]:
    """The name, then its leading pinyin words when they are not all of it ("Naomaohu Township"
    of "Naomaohu Township of Yiwu County", "Hami Fuguang" of "Hami Fuguang Solar ... Plant")."""
    lead = translit.pinyin_lead(t.text)
    if lead is None or lead == (0, len(t.text)):
        return [t]
    a, b = lead
    return [t, Entity(t.block, t.start + a, t.start + b, t.text[a:b], t.type, None, t.lang)]


def _chinese_forms(t: Entity, lexicon) -> list[tuple[tuple[str, ...], str]]:
    """Chinese forms a target name may stand for: its lexicon entry's (then those of the other entries
    its form can name: "the North" 朝鲜 or 北方), then CC-CEDICT's."""
    out = []
    for key in (t.key, *t.alt_keys) if t.key else ():
        entry = lexicon.get(key)
        if entry is not None:
            out.append((entry.zh, "lexicon"))
    out.append((translit.cedict_chinese(t.text), "dictionary"))
    return out


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern:
    """A one-character place abbreviation where it stands for its place (赴美, 美方, 中美; see
    ``resources/entities/zh_abbrev_context.txt``)."""
    text = read_text("entities", "zh_abbrev_context.txt")
    ctx = dict(line.split("\t")[:2] for line in text.splitlines() if line.strip() and not line.startswith("#"))
    chars = "".join(re.escape(c) for c in abbreviations())
    before, after = re.escape(ctx["before"].strip()), re.escape(ctx["after"].strip())
    return re.compile(rf"(?<=[{before}{chars}])[{chars}]|[{chars}](?=[{after}{chars}])")


def _latin(name: str) -> re.Pattern:
    """The name's letters and digits in order, other signs and spaces optional ("oOh! Media" ~ "oOh!Media")."""
    chars = [c for c in name if c.isascii() and c.isalnum()]
    if len(chars) < 2:
        return re.compile(r"(?!x)x")
    body = _latin_gap().join(re.escape(c) for c in chars)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _latin_gap() -> str:
    """What may stand between two letters of a Latin name: signs that are neither word nor Han
    characters (``[^\\w\\u3400-\\u9fff]*``), written as ``\\W`` less the few non-word characters
    of the Han range: a class with the whole Han range took 0.7 ms to compile at every gap."""
    non_word = [c for c in map(chr, range(0x3400, 0xA000)) if not c.isalnum() and c != "_"]
    return rf"(?:(?![{''.join(map(re.escape, non_word))}])\W)*" if non_word else r"\W*"


def short_forms(entries) -> list[tuple[str, str]]:
    """(Chinese, English) short forms of lexicon organisations, their generics dropped (绿地控股 /
    "Greenland Holdings" -> 绿地 / "Greenland"): how an article names a firm after its full name."""
    out: list[tuple[str, str]] = []
    for entry in entries:
        if entry.type != "org":
            continue
        zh = {stem for z in entry.zh if (stem := translit.split_generic(z, "org")[0]) != z}
        en = {" ".join(words) for e in entry.en if len(words := translit.strip_generics(e)) < len(e.split())}
        out.extend((z, e) for z in sorted(zh) for e in sorted(en))
    return out


def _short_form_link(t: Entity, src: Side, untagged: str, shorts: Sequence[tuple[str, str]]) -> NameLink | None:
    """A target name that is, or opens with, the short form of an organisation the article names
    in full ("Greenland Launches ..." / 绿地启动 ...)."""
    for zh, en in shorts:
        if t.text == en or t.text.startswith(en + " "):
            k = untagged.find(zh)
            if k >= 0:
                head = Entity(t.block, t.start, t.start + len(en), en, "org", None, t.lang)
                return NameLink(src.entity(k, k + len(zh), "org", "zh"), head, "lexicon")
    return None


# Every untagged name the linking looks for (Latin names in the Chinese, demonyms, pinyin and
# foreign words in the English) holds a capital letter.
_CAPITAL = re.compile(r"[A-Z]")


def _link_names(link: Link, src: Side, tgt: Side, lexicon, shorts: Sequence[tuple[str, str]] = ()) -> LinkNames:
    """The names of a link with something name-like on a side (:func:`_name_links` passes the others by)."""
    forms, firsts = _forms(tgt.names) if src.names else ([], {})
    how = [_row(how_linked, s, forms, firsts, lexicon) for s in src.names]
    # the same name (one lexicon entry, or spelt) before a larger or smaller unit (中国 / "Yunnan")
    same = [[h is not None and not u for h, u in zip(row, _row(_units_only, s, forms, firsts, lexicon))]
            for s, row in zip(src.names, how)]
    anchors = _ordered_pairs(same)
    pairs = list(anchors)
    used_s = {i for i, _ in pairs}
    used_t = {j for _, j in pairs}
    # Then compatible names in crossed order ("Liaoning, Jilin" / "吉林、辽宁"), the same name first,
    # then a larger or smaller unit, unless the translation names a place no source name is (沙田
    # / "Tsuen Wan … in Hong Kong": the district was swapped, not widened to its city).
    strangers = _strangers(src, tgt, how, lexicon)
    # nor when the English renders the source name by its adjective ("Russian President" for
    # 俄罗斯总统): a city of it is then another source name's rendering, swapped or not
    related = [[h is not None and not ((strangers or _said_as_adjective(s, tgt)) and u) for h, u in
                zip(row, _row(_units_only, s, forms, firsts, lexicon))] for s, row in zip(src.names, how)]
    for table in (same, related):
        for i in range(len(src.names)):
            if i in used_s:
                continue
            j = _first_free(table[i], used_t)
            if j is not None:
                used_s.add(i)
                used_t.add(j)
                pairs.append((i, j))
    links = [NameLink(src.names[i], tgt.names[j], how[i][j] or "") for i, j in pairs]
    # Target names are looked for in the source text with only the paired names blanked:
    # the Chinese reader may have cut a name short (马克 of 马克龙 / "Macron").
    src_text = src.untagged(used_s)
    left_t = []
    missed: set[tuple] = set()  # names not found in src_text as it stands (a name said 1,000 times is looked for once)
    for j, t in enumerate(tgt.names):
        if j in used_t:
            continue
        name = (t.text, t.type, t.key, t.alt_keys)
        got = None if name in missed else (_target_in_source(t, src, used_s, src_text, lexicon)
                                           or _short_form_link(t, src, src_text, shorts))
        if got is None:
            missed.add(name)
            left_t.append(j)
            continue
        links.append(got)
        if got.via != "unit":
            src_text = _blank(src_text, *src.span(got.source))
            missed.clear()
    covered = [src.span(k.source) for k in links[len(pairs):] if k.via != "unit"]
    # Source names are looked for in the target text with only the paired target names
    # blanked: a name the English reader tagged too widely ("Naomaohu Township of Yiwu
    # County") holds the renderings of two source names.
    tgt_text = tgt.untagged(used_t)
    left_s = []
    for i, s in enumerate(src.names):
        a, b = src.span(s)
        if i in used_s or any(x < b and a < y for x, y in covered):
            continue
        got = _source_in_target(s, tgt, tgt_text, lexicon) or _head_of(s, tgt, left_t, lexicon)
        if got is None or _nearer_twin(i, got, src, tgt, used_s):
            left_s.append(i)
            continue
        links.append(got)
        tgt_text = _blank(tgt_text, *tgt.span(got.target))
        left_t = [j for j in left_t if not _inside(tgt.span(got.target), tgt.span(tgt.names[j]))]
    links.extend(_same_letters(src, tgt, src_text, tgt_text))
    for k in links:
        if k.target.block in tgt._offsets:
            tgt_text = _blank(tgt_text, *tgt.span(k.target))
    adjectives = _adjectives(src, tgt, links, tgt_text, lexicon)
    for k in adjectives:
        tgt_text = _blank(tgt_text, *tgt.span(k.target))
        left_t = [j for j in left_t if not _inside(tgt.span(k.target), tgt.span(tgt.names[j]))]
    links.extend(adjectives)
    left_s += _untagged_places(src, links, [tgt.names[j] for j in left_t], lexicon)
    runs = _pinyin_runs(tgt, tgt_text)
    if runs:
        tagged = {(e.block, e.start, e.end) for e in tgt.names}
        known = [tgt.span(e) for e in tgt.names if e.key]
        runs = [e for e in runs if (e.block, e.start, e.end) not in tagged
                and not _of_known_names(tgt.span(e), tgt.text, known)]
    loose = _spelled_runs(src, tgt, links, runs, tgt_text)
    return LinkNames(link, src, tgt, links, anchors, left_s, left_t, loose if left_s else [])


def _of_known_names(span: tuple[int, int], text: str, known: Sequence[tuple[int, int]]) -> bool:
    """Whether every letter of a pinyin run lies in a tagged lexicon name ("Hong Kong-Canada" of
    "the Hong Kong-Canada Business Association"): two places joined, no untagged person; a run
    with a word of its own ("Rao Xian") is one."""
    a, b = span
    near = [(x, y) for x, y in known if x < b and a < y]
    return bool(near) and all(any(x <= p < y for x, y in near) for p in range(a, b) if text[p].isalpha())


def _nearer_twin(i: int, got: NameLink, src: Side, tgt: Side, used: set[int]) -> bool:
    """A later mention of source name ``i`` (the same lexicon entry) sits nearer the rendering
    ``got`` found for it (美国市场 … 在美国上市 / "The Baotou market … the American market"):
    the rendering is that mention's, ``i`` is left alone."""
    own = keys(got.source)
    if not own:
        return False
    where = tgt.position(got.target)
    gap = abs(src.position(got.source) - where)
    return any(keys(t) & own and abs(src.position(t) - where) < gap
               for j, t in enumerate(src.names) if j > i and j not in used)


def _untagged_places(src: Side, links: list[NameLink], left_t: list[Entity], lexicon) -> list[int]:
    """When a lexicon place of the target is left alone, the lexicon places the Chinese reader did
    not tag and no link holds (中国 of 中国区, 中 of 中概股) join the source names left alone:
    one of them may be what the target renders wrongly.  Returns their indexes in ``src.names``."""
    from .dictionary import load as load_dictionary

    if not any(t.key in lexicon and t.type == "place" for t in left_t):
        return []
    free = src.untagged()
    for k in links:
        if k.via != "unit":
            free = _blank(free, *src.span(k.source))
    free = _without_blockers(free, lexicon)
    glosses = load_dictionary().glosses
    found = []
    for m in _abbreviation_pattern().finditer(free):
        # an abbreviation stands for its place inside a word the dictionary glosses with the
        # place's name (中 of 中概股 "Chinese concept stocks"), not 台 of 平台 "platform"
        key = abbreviations()[m.group()]
        named = _place_stems(lexicon.entries[key]) if key in lexicon.entries else set()
        a = m.start()
        if any(named & set(glosses.get(free[i:j], ())) for i in range(max(0, a - 3), a + 1)
               for j in range(a + 1, a + 5) if j - i >= 2):
            found.append((m.span(), key))
    for form, keys in lexicon.zh_index.items():
        at = free.find(form) if len(form) >= 2 and lexicon.entries[keys[0]].type == "place" else -1
        while at >= 0:
            if not opens_a_species(src.text, at + len(form)):  # 东北豹 "Amur leopard": no place
                found.append(((at, at + len(form)), keys[0]))
            at = free.find(form, at + 1)
    out: list[int] = []
    for (a, b), key in sorted(found):
        if out and a < src.span(src.names[out[-1]])[1]:
            continue  # inside a longer form already taken
        src.names.append(replace(src.entity(a, b, "place", "zh"), key=key))
        out.append(len(src.names) - 1)
    return out


def _without_blockers(text: str, lexicon) -> str:
    """``text`` with the lexicon's blockers blanked: 中东 of 中东铁路 (the Chinese Eastern
    Railway) is no Middle East, as the reader already knows."""
    for form in lexicon.blockers:
        at = text.find(form)
        while at >= 0:
            text = _blank(text, at, at + len(form))
            at = text.find(form, at + len(form))
    return text


def _place_stems(entry) -> set[str]:
    """Dictionary stems of a place's English names and adjectives (China, Chinese)."""
    from .dictionary import english_stems

    return set(english_stems(" ".join(entry.en + demonyms().get(entry.key, ()))))


def _spelled_runs(src: Side, tgt: Side, links: list[NameLink], runs: list[Entity], tgt_text: str) -> list[Entity]:
    """Link the untagged pinyin runs that spell a stretch of the source no name covers (石城子 /
    "Shichengzi", both readers missed it), and the untagged foreign names a transliteration
    of the source sounds like (帕利 / "Parly"); return the pinyin runs left."""
    free = src.untagged()
    for k in links:
        if k.via != "unit":
            free = _blank(free, *src.span(k.source))
    out = []
    for e in runs:
        span = next(iter(translit.spelled_spans(e.text, free, person=e.type == "person")), None)
        if span is None:
            out.append(e)
            continue
        links.append(NameLink(src.entity(*span, e.type, "zh"), e, "pinyin"))
        free = _blank(free, *span)
    # a repeated word sounds alike until ``free`` changes; when no word does, no word is looked for
    heard = {word: next(iter(translit.sound_spans(word, free)), None) for word in _foreign_forms(tgt_text)}
    if not any(heard.values()):
        return out
    for a, b in _foreign_words(tgt_text, [tgt.span(e) for e in out]):
        word = tgt_text[a:b]
        if word not in heard:
            heard[word] = next(iter(translit.sound_spans(word, free)), None)
        span = heard[word]
        if span is not None:
            links.append(NameLink(src.entity(*span, "person", "zh"), tgt.entity(a, b, "person", "en"), "sound"))
            free = _blank(free, *span)
            heard.clear()
    return out


_CAP_WORDS = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")


def _foreign_words(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of capitalised words no English dictionary knows (an opening "The" or "Minister" left
    out) and no pinyin run holds: foreign names the English reader did not tag ("Parly said")."""
    out = []
    parts: dict[str, tuple[int, int] | None] = {}  # words repeated 100,000 times are read once
    for m in _CAP_WORDS.finditer(text):
        words = m.group()
        part = parts[words] if words in parts else parts.setdefault(words, _foreign_part(words))
        if part is None:
            continue
        a = m.start() + part[0]
        if not runs or not any(x <= a < y for x, y in runs):
            out.append((a, m.start() + part[1]))
    return out


def _foreign_forms(text: str) -> list[str]:
    """The foreign names :func:`_foreign_words` finds in ``text`` (pinyin runs aside), each once,
    in order of their first occurrence."""
    forms: dict[str, None] = {}
    for words in dict.fromkeys(_CAP_WORDS.findall(text)):
        part = _foreign_part(words)
        if part is not None:
            forms[words[part[0]:part[1]]] = None
    return list(forms)


def _foreign_part(cap_words: str) -> tuple[int, int] | None:
    """Where the foreign name lies in a run of capitalised words, None when it holds an English word."""
    words = list(re.finditer(r"[A-Za-z]+", cap_words))
    while words and is_english_word(words[0].group()):
        words.pop(0)
    if not words or any(is_english_word(w.group()) for w in words):
        return None
    return words[0].start(), words[-1].end()


_PERSON_RUN = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)+")
# One capitalised word after a preposition of place ("from Laixi", "of the Meishan port"), in a
# list (", Yichun in Jiangxi"), or opening a sentence ("Changle is ..."), not the first word of
# a longer name.  (The opening look-ahead, the first letter of a preposition (İ and ı are i in any
# case) or of a name, only lets the search skip the other positions faster.)
_PLACE_WORD = re.compile(r"(?=[iIİıfFtTaAnNoOA-Z])"
                         r"(?:\b(?i:in|from|to|at|near|of|and|or)(?: the)? |(?:^|(?<=[.!?,] ))(?=[A-Z][a-z]+ [a-z]))"
                         r"(?P<name>[A-Z][a-z]+(?:'[a-z]+)?)\b(?![ -][A-Z])", re.MULTILINE)


def _pinyin_runs(tgt: Side, text: str) -> list[Entity]:
    """Pinyin names no linked name covers (``text`` has the linked names blanked): runs of two or
    more capitalised words that all read as pinyin ("Shi Xiu", a person; "Laixi Port", a place by
    its generic; "Huantai Bay" of "Huantai Bay Bridge", a tagged name left alone), and one pinyin
    word of two syllables or more after a preposition of place ("from Laixi") or opening a
    sentence, but not a word the lists or an English dictionary know (June, Chinese, Change)."""
    out = []
    for pattern in (_PERSON_RUN, _PLACE_WORD):
        for m in pattern.finditer(text):
            group = "name" if "name" in pattern.groupindex else 0
            a, b = m.span(group)
            if group == 0 and not translit.pinyin_shaped(m.group()):
                a, b = translit.pinyin_lead(m.group()) or (0, 0)  # "Huantai Bay" of "The Huantai Bay Bridge"
                if m.group()[b:b + 1] == "-":
                    continue  # "Anti" of "Anti-Japanese War": the head of a hyphenated English word
                a, b = m.start() + a, m.start() + b
            name = text[a:b]
            lead = translit.strip_generics(name) if " " in name else []
            if lead and all(map(is_english_word, lead)):
                continue  # "Manchu Court": English words before a generic head, no pinyin name
            if name and translit.pinyin_shaped(name) and not is_english_word(name):
                try:
                    out.append(tgt.entity(a, b, _run_type(name), "en"))
                except ValueError:
                    continue
    return out


def _run_type(name: str) -> str:
    """``person`` for a Chinese person's name in pinyin, else ``place`` (a pinyin word after a
    preposition of place, before a generic such as "Port", or heading an organisation's name)."""
    return "person" if translit.person_shaped(name) and not translit.has_generic(name) else "place"


@lru_cache(maxsize=65536)
def is_english_word(name: str) -> bool:
    """Whether the name is a single word the lists know (June, Chinese) or an English dictionary word ("Change")."""
    from .cedict import english_words
    from .entities import _not_names, en_norm

    norm = en_norm(name)
    if norm in _not_names() or norm in _demonym_forms():
        return True
    low, words = name.lower(), english_words()
    return " " not in name and "-" not in name and any(
        w in words or any(w.endswith(end) and w[:-len(end)] in words for end in ("s", "es", "ed", "d", "ing"))
        for w in (low, *_american(low)))


# British spellings and the American ones the dictionary's glosses use (defence, centre, colour)
_BRITISH = (("ence", "ense"), ("tre", "ter"), ("our", "or"), ("ise", "ize"), ("yse", "yze"), ("ogue", "og"))


def _american(low: str) -> tuple[str, ...]:
    """The American spellings of a British word (defence -> defense, centre -> center)."""
    return tuple(low[:-len(gb)] + us for gb, us in _BRITISH if low.endswith(gb))


@lru_cache(maxsize=1)
def _demonym_forms() -> frozenset[str]:
    from .entities import en_norm

    return frozenset(en_norm(f) for forms in demonyms().values() for f in forms)


def _adjectives(src: Side, tgt: Side, links: list[NameLink], tgt_text: str, lexicon) -> list[NameLink]:
    """Adjectives and short forms left in the English ("Chinese companies", "US IPOs") paired
    with the untagged Chinese names they stand for (中国公司, 赴美), in reading order."""
    written = [(key, here) for key, forms in demonyms().items() if (here := [f for f in forms if f in tgt_text])]
    if not written:  # most links hold none: no regex, no blanking
        return []
    src_free = src.untagged()
    for k in links:
        if k.via != "unit":
            src_free = _blank(src_free, *src.span(k.source))
    out = []
    for key, forms in written:
        entry = lexicon.get(key)
        if entry is None:
            continue
        for m in sorted((m for f in forms for m in _whole_form(f).finditer(tgt_text)),
                        key=lambda m: m.start()):
            if tgt_text[m.start()] == "\n":
                continue  # taken by a longer form
            found = next(((at, at + len(z)) for z in sorted(entry.zh, key=len, reverse=True)
                          if (at := src_free.find(z)) >= 0), None)
            if found is None:
                found = next((a.span() for a in _abbreviation_pattern().finditer(src.text)
                              if abbreviations()[a.group()] == key and src_free[a.start()] == a.group()), None)
            if found is None:
                break
            out.append(NameLink(src.entity(*found, entry.type, "zh"), tgt.entity(*m.span(), entry.type, "en"), "text"))
            src_free = _blank(src_free, *found)
            tgt_text = _blank(tgt_text, *m.span())
    return out


def _said_as_adjective(s: Entity, tgt: Side) -> bool:
    """Whether the target text writes an adjective of the lexicon place ``s`` ("Russian")."""
    return any(_whole_form(f).search(tgt.text) for k in keys(s) for f in demonyms().get(k, ()))


@lru_cache(maxsize=1024)
def _whole_form(form: str) -> re.Pattern[str]:
    """``form`` not inside a longer word or after a dot.  The form comes first and what precedes it
    is looked behind it: a pattern opening with a literal is searched for as one, 25 times faster
    over a long text than a lookbehind tried at every character."""
    e = re.escape(form)
    return re.compile(rf"{e}(?<![\w.]{e})(?!\w)")


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + "\n" * (b - a) + text[b:]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _head_of(s: Entity, tgt: Side, left_t: list[int], lexicon) -> NameLink | None:
    """A place named at the head of an organisation the Chinese reader did not tag whole
    (上海 of 上海地产 / "Shanghai Land", 悉尼 of 悉尼城铁 / "Sydney Trains")."""
    if s.type != "place":
        return None
    entry = lexicon.get(s.key)
    for j in left_t:
        t = tgt.names[j]
        words = t.text.split()
        if t.type != "org" or len(words) < 2:
            continue
        for k in range(len(words) - 1, 0, -1):
            head = " ".join(words[:k])
            if (entry is not None and head in entry.en) or translit.matches(s.text, head, s.type):
                return NameLink(s, tgt.entity(*(tgt.span(t)[0], tgt.span(t)[0] + len(head)), s.type, "en"), "head")
    return None


# A Latin-script name inside Chinese text: words of letters and digits (oOh!Media, G20,
# Standard Media Index), not a code's suffix (600606.SH).
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9!&.'’-]*[A-Za-z0-9!]"
                         r"(?:[ ]+[A-Z][A-Za-z0-9!&.'’-]*[A-Za-z0-9!])*(?![A-Za-z0-9])")


_ROMAN = re.compile(r"^[IVXLC]+$")  # level II, phase III: numbers, not names


def _same_letters(src: Side, tgt: Side, src_text: str, tgt_text: str) -> list[NameLink]:
    """Latin-script names the Chinese text writes as the English does (PCAOB, Standard Media Index)."""
    from .entities import _not_names, en_norm

    out = []
    for m in _LATIN_NAME.finditer(src_text):
        name = m.group()
        if not any(c.isupper() for c in name) or _ROMAN.match(name) or en_norm(name) in _not_names():
            continue
        got = _latin(name).search(tgt_text)
        if got:
            out.append(NameLink(src.entity(*m.span(), "org", "zh"), tgt.entity(*got.span(), "org", "en"), "same"))
            tgt_text = _blank(tgt_text, *got.span())
    return out


def _join_split_persons(names: list[Entity], blocks: Sequence[Block]) -> list[Entity]:
    """Rejoin a Chinese person's name the English reader split in two ("Qin" + "Mingyong")."""
    if len(names) < 2:
        return names
    texts = {b.id: b.text for b in blocks}
    out: list[Entity] = []
    for e in names:
        prev = out[-1] if out else None
        if (prev is not None and prev.block == e.block and not prev.key and not e.key
                and texts[e.block][prev.end:e.start] == " "):
            joined = texts[e.block][prev.start:e.end]
            if translit.person_shaped(joined):
                out[-1] = Entity(e.block, prev.start, e.end, joined, "person", None, e.lang)
                continue
        out.append(e)
    return out


def _in_notes(e: Entity, spans: Mapping[str, list[tuple[int, int]]]) -> bool:
    return any(s < e.end and e.start < t for s, t in spans.get(e.block, ()))


# The last pair's links, kept with what they are computed from (both analyses and the
# lexicon, compared by identity; the alignment): the entity check and the TEI writer both
# ask for them, with pairs that differ only in their findings.
_LAST: tuple[tuple, list[LinkNames]] = ((), [])


def name_links(pair: AnnotatedPair, lexicon=None) -> list[LinkNames]:
    """The paired names of every alignment link with both sides (reading order); a link with
    nothing name-like on either side (no name read, no capital letter) gives none."""
    global _LAST
    from .entities import active_lexicon

    if pair.source is None:
        return []
    lexicon = lexicon or active_lexicon()
    key = (pair.source, pair.target, lexicon, tuple(pair.alignment))
    last_key, last_links = _LAST
    if last_key and all(a is b for a, b in zip(last_key[:3], key)) and last_key[3] == key[3]:
        return list(last_links)
    links = _name_links(pair, pair.source, lexicon)
    _LAST = (key, links)
    return list(links)


def _name_links(pair: AnnotatedPair, source: Analysis, lexicon) -> list[LinkNames]:
    src_blocks = source.document.blocks
    tgt_blocks = pair.target.document.blocks
    note_spans: dict[str, list[tuple[int, int]]] = {}
    hidden: dict[str, list[Entity]] = {}
    for note in pair.target.notes:
        note_spans.setdefault(note.block, []).append((note.start, note.end))
        hidden.setdefault(note.block, []).append(Entity(note.block, note.start, note.end, note.text, "", None, "en"))
    src_by_block = _by_block(e for e in source.entities if e.type != "none")
    tgt_by_block = _by_block(e for e in pair.target.entities if not (note_spans and _in_notes(e, note_spans)))
    shorts = short_forms(lexicon.entries[k] for k in sorted({e.key for e in source.entities if e.key})
                         if k in lexicon.entries)
    out = []
    n_src, n_tgt = len(src_blocks), len(tgt_blocks)
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        sblocks = [src_blocks[i] for i in link.source if i < n_src]
        tblocks = [tgt_blocks[i] for i in link.target if i < n_tgt]
        src_names, tgt_names = _of_blocks(src_by_block, sblocks), _of_blocks(tgt_by_block, tblocks)
        if not (src_names or tgt_names) and not any(_CAPITAL.search(b.text) for b in (*sblocks, *tblocks)):
            continue  # nothing name-like on either side: no names to pair, none left alone
        src = Side(src_names, sblocks)
        tgt = Side(_join_split_persons(tgt_names, tblocks), tblocks, _of_blocks(hidden, tblocks) if hidden else [])
        out.append(_link_names(link, src, tgt, lexicon, shorts))
    return out


def _by_block(names: Iterable[Entity]) -> dict[str, list[Entity]]:
    """Names per block id, each block's in order of their start (sorted once, not once a link)."""
    out: dict[str, list[Entity]] = {}
    for e in names:
        out.setdefault(e.block, []).append(e)
    for found in out.values():
        found.sort(key=attrgetter("start"))
    return out


def _of_blocks(by_block: Mapping[str, list[Entity]], blocks: Sequence[Block]) -> list[Entity]:
    """The entities of ``blocks`` (per block id in ``by_block``), block after block."""
    return [e for b in blocks for e in by_block.get(b.id, ())]

"""Check ``entity``: a named place, organisation or person rendered as a different one, or garbled.

On every alignment link with both sides, source names are paired with
target names first, so that a finding blames the right ones:

1. names that are the same lexicon entity, or one contains the other
   (东北 / "the three northeastern provinces" / "Liaoning"), or whose English
   spells the Chinese in pinyin or a CC-CEDICT form (抚顺市 / "Fushun City",
   陈海峰 / "Haifeng Chen"; :mod:`northeast_text.translit`) pair up, first in
   reading order (a longest common subsequence), then in any order;
2. a source name still alone is paired with the text itself when the target
   text writes it anyway (a rendering the English reader did not tag, or an
   adjective: 中国 / "Chinese companies"); a target name still alone is
   explained when it spells a stretch of the source text the Chinese reader
   did not tag, or is a larger unit of a source name;
3. a source name left alone facing a target name left alone: a cut or
   misspelt transliteration ("Chen Hai" for 陈海峰) is a warning with the
   expected form; another name of the same type is a substitution, an error
   when both names are read with certainty (a lexicon entry, or a Chinese
   name and a pinyin-shaped English name), else nothing;
4. a lexicon name with no counterpart at all is info (English often says
   "the region" for 东北).

Target names inside translator's notes (glosses, remarks) and in blocks the
translator added are not the author's and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping, Sequence

from .. import translit
from ..model import AnnotatedPair, Block, Entity, Finding
from . import register


def _keys(e: Entity) -> frozenset[str]:
    return frozenset((e.key,) + tuple(e.alt_keys)) if e.key else frozenset()


def _compatible(a: Entity, b: Entity, lexicon) -> bool:
    ka, kb = _keys(a), _keys(b)
    if ka and kb and (ka & kb or any(lexicon.related(x, y) for x in ka for y in kb)):
        return True
    return _spelled(a, b)


def _spelled(a: Entity, b: Entity) -> bool:
    """The English name renders the Chinese one letter by letter (pinyin or CC-CEDICT)."""
    return translit.matches(a.text, b.text, a.type)


def _lcs_pairs(src: Sequence[Entity], tgt: Sequence[Entity], lexicon) -> list[tuple[int, int]]:
    """Order-preserving maximum matching of compatible names (ties go to later pairs)."""
    n, m = len(src), len(tgt)
    comp = [[_compatible(s, t, lexicon) for t in tgt] for s in src]
    rdp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best = max(rdp[i - 1][j], rdp[i][j - 1])
            if comp[i - 1][j - 1]:
                best = max(best, rdp[i - 1][j - 1] + 1)
            rdp[i][j] = best
    # Walk from the end so that, among equal matchings, later names pair with later names.
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        if comp[i - 1][j - 1] and rdp[i][j] == rdp[i - 1][j - 1] + 1:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif rdp[i - 1][j] >= rdp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _in_notes(e: Entity, spans: Mapping[str, list[tuple[int, int]]]) -> bool:
    return any(s < e.end and e.start < t for s, t in spans.get(e.block, ()))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, ...]]:
    text = resources.files("northeast_text.resources").joinpath("entities/en_demonyms.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, forms = line.split("\t")[:2]
            out[key.strip()] = tuple(f.strip() for f in forms.split("|") if f.strip())
    return out


def _written(form: str, text: str) -> bool:
    """``form`` occurs in ``text`` as whole words, with its capitals."""
    return re.search(rf"(?<![\w.]){re.escape(form)}(?![\w])", text) is not None


@dataclass(slots=True)
class _Side:
    """One side of a link: its names and its blocks, read as one text (blocks joined by newlines)."""

    names: list[Entity]
    blocks: list[Block]

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def offset(self, block_id: str) -> int:
        off = 0
        for b in self.blocks:
            if b.id == block_id:
                return off
            off += len(b.text) + 1
        return off

    def span(self, e: Entity) -> tuple[int, int]:
        off = self.offset(e.block)
        return off + e.start, off + e.end

    def position(self, e: Entity) -> float:
        """Relative position of a name within its side of the link (0..1)."""
        return self.span(e)[0] / max(len(self.text), 1)

    def untagged(self) -> str:
        """The text with every tagged name blanked out (what the reader did not tag)."""
        chars = list(self.text)
        for e in self.names:
            a, b = self.span(e)
            chars[a:b] = "\n" * (b - a)
        return "".join(chars)


def _source_in_target(s: Entity, target_text: str, lexicon) -> bool:
    """The target text writes the source name although no target name was tagged for it."""
    entry = lexicon.get(s.key)
    if entry is not None:
        forms = entry.en + _demonyms().get(entry.key, ())
        if any(_written(f[4:] if f.lower().startswith("the ") else f, target_text) for f in forms):
            return True
    return translit.find_in_text(s.text, target_text, s.type) is not None


def _target_in_source(t: Entity, src: _Side, used: set[int], lexicon) -> tuple[int, int] | None:
    """What the target name stands for in the source, if no source name was paired with it:
    a larger unit of a source name, a lexicon form in the untagged text, or pinyin of a stretch
    the Chinese reader missed or cut (林火 tagged in 林火灿 / "Lin Huocan").  Returns the
    stretch (empty for a larger unit) or None."""
    if t.key and any(t.key in lexicon.ancestors(k) for s in src.names for k in _keys(s)):
        return (0, 0)
    entry = lexicon.get(t.key)
    untagged = src.untagged()
    if entry is not None:
        for form in entry.zh:
            k = untagged.find(form)
            if k >= 0:
                return (k, k + len(form))
    spans = [src.span(e) for e in src.names]
    paired = [spans[i] for i in used]
    for a, b in translit.spelled_spans(t.text, src.text):
        if any(x <= a and b <= y for x, y in paired):
            continue  # already the rendering of a paired name
        if any(x <= a and b <= y and (a, b) != (x, y) for x, y in spans):
            continue  # a piece of a tagged name (陈海 of 陈海峰): a cut rendering, not a missed name
        return (a, b)
    return None


def _certain(e: Entity, lang: str) -> bool:
    """Read with certainty: a lexicon name; a Chinese person's name of 2-3 characters, or a Chinese
    place with a generic ending (抚顺市) or in CC-CEDICT, spelt in pinyin; a pinyin-shaped English name."""
    if e.key:
        return True
    if e.type not in ("person", "place"):
        return False
    if lang == "en":
        return translit.pinyin_shaped(e.text)
    if translit.is_foreign(e.text):
        return False
    if e.type == "person":
        return 2 <= len(e.text) <= 3
    return translit.split_generic(e.text, "place")[0] != e.text or bool(translit.cedict_names(e.text))


@register(
    "entity",
    needs_source=True,
    kinds=("entity",),
    description="A named place, organisation or person in the source rendered as a different one, "
                "garbled, or dropped.",
    substitution="error",
    garbled="warning",
    dropped="info",
    window=0.25,  # how far apart (share of the link's text) a name and its wrong rendering may sit
)
def check_entity(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    from ..entities import active_lexicon

    if pair.source is None:
        return []
    lexicon = active_lexicon()
    src_blocks = pair.source.document.blocks
    tgt_blocks = pair.target.document.blocks
    note_spans: dict[str, list[tuple[int, int]]] = {}
    for note in pair.target.notes:
        note_spans.setdefault(note.block, []).append((note.start, note.end))
    src_by_block: dict[str, list[Entity]] = {}
    for e in pair.source.entities:
        if e.type != "none":
            src_by_block.setdefault(e.block, []).append(e)
    tgt_by_block: dict[str, list[Entity]] = {}
    for e in pair.target.entities:
        if not _in_notes(e, note_spans):
            tgt_by_block.setdefault(e.block, []).append(e)

    findings: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        sblocks = [src_blocks[i] for i in link.source if i < len(src_blocks)]
        tblocks = [tgt_blocks[i] for i in link.target if i < len(tgt_blocks)]
        src = _Side([e for b in sblocks for e in sorted(src_by_block.get(b.id, ()), key=lambda e: e.start)], sblocks)
        tgt = _Side([e for b in tblocks for e in sorted(tgt_by_block.get(b.id, ()), key=lambda e: e.start)], tblocks)
        if src.names:
            findings.extend(_check_link(src, tgt, lexicon, config))
    return findings


def _check_link(src: _Side, tgt: _Side, lexicon, config: Mapping[str, object]) -> list[Finding]:
    pairs = _lcs_pairs(src.names, tgt.names, lexicon)
    used_s = {i for i, _ in pairs}
    used_t = {j for _, j in pairs}
    # Second pass: compatible names in crossed order ("Liaoning, Jilin" / "吉林、辽宁").
    for i, s in enumerate(src.names):
        if i in used_s:
            continue
        for j, t in enumerate(tgt.names):
            if j not in used_t and _compatible(s, t, lexicon):
                used_s.add(i)
                used_t.add(j)
                break
    covered: list[tuple[int, int]] = []
    left_t = []
    for j, t in enumerate(tgt.names):
        if j in used_t:
            continue
        stretch = _target_in_source(t, src, used_s, lexicon)
        if stretch is None:
            left_t.append(j)
        else:
            covered.append(stretch)
    ttext = tgt.untagged()
    left_s = []
    for i, s in enumerate(src.names):
        a, b = src.span(s)
        if i in used_s or any(x < b and a < y for x, y in covered) or _source_in_target(s, ttext, lexicon):
            continue
        left_s.append(i)
    if not left_s:
        return []
    window = float(config.get("window", 0.25))
    out: list[Finding] = []
    dropped_keys: set[str] = set()  # a name repeated in the source is reported once per link
    for i in left_s:
        s = src.names[i]
        ps = src.position(s)
        near = [j for j in left_t if _between(i, j, pairs) <= 1 and abs(tgt.position(tgt.names[j]) - ps) <= window]
        garbled = [j for j in near if translit.near_miss(s.text, tgt.names[j].text, s.type)]
        if garbled:
            j = garbled[0]
            left_t.remove(j)
            out.append(_garbled(s, tgt.names[j], lexicon, str(config.get("garbled", "warning"))))
            continue
        same = [j for j in near if tgt.names[j].type == s.type]
        if same:
            j = min(same, key=lambda j: abs(tgt.position(tgt.names[j]) - ps))
            left_t.remove(j)
            if _certain(s, "zh") and _certain(tgt.names[j], "en"):
                out.append(_substitution(s, tgt.names[j], lexicon, str(config.get("substitution", "error"))))
        elif s.key and s.key in lexicon and s.key not in dropped_keys:
            dropped_keys.add(s.key)
            out.append(_dropped(s, tgt.blocks[0].id, lexicon, str(config.get("dropped", "info"))))
    return out


def _between(i: int, j: int, pairs: list[tuple[int, int]]) -> int:
    """How many matched anchors separate source name i from target name j.

    One is tolerated: English often turns a Chinese phrase round (四川宜宾 /
    "Yibin in Sichuan"), which shifts a name across its neighbour's anchor.
    """
    gs = sum(1 for a, _ in pairs if a < i)
    gt = sum(1 for _, b in pairs if b < j)
    return abs(gs - gt)


def expected_en(s: Entity, lexicon) -> str:
    """The English a source name should have: its lexicon form, else CC-CEDICT's or its pinyin."""
    entry = lexicon.get(s.key)
    if entry is not None:
        return entry.preferred("en")
    names = translit.cedict_names(s.text)
    return names[0] if names else translit.romanise(s.text, s.type)


def _substitution(s: Entity, t: Entity, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    got = lexicon.get(t.key)
    other = f" ({got.preferred('zh') or got.key})" if got is not None else ""
    return Finding(
        kind="entity",
        severity=severity,
        message=(f"{s.text} ({expected}) is rendered as “{t.text}”, "
                 f"a different {s.type}{other}; expected “{expected}”"),
        source_block=s.block,
        target_block=t.block,
        source_text=s.text,
        target_text=t.text,
        expected=expected,
        source_span=(s.start, s.end),
        target_span=(t.start, t.end),
        check="entity",
        data={"source_key": s.key, "target_key": t.key, "type": s.type, "relation": "substitution"},
    )


def _garbled(s: Entity, t: Entity, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    return Finding(
        kind="entity",
        severity=severity,
        message=f"{s.text} is rendered as “{t.text}”, a cut or misspelt transliteration; expected “{expected}”",
        source_block=s.block,
        target_block=t.block,
        source_text=s.text,
        target_text=t.text,
        expected=expected,
        source_span=(s.start, s.end),
        target_span=(t.start, t.end),
        check="entity",
        data={"source_key": s.key, "type": s.type, "relation": "garbled"},
    )


def _dropped(s: Entity, target_block: str, lexicon, severity: str) -> Finding:
    expected = expected_en(s, lexicon)
    return Finding(
        kind="entity",
        severity=severity,
        message=f"{s.text} ({expected}) has no named counterpart in the translation",
        source_block=s.block,
        target_block=target_block,
        source_text=s.text,
        target_text=None,
        expected=expected,
        source_span=(s.start, s.end),
        check="entity",
        data={"source_key": s.key, "type": s.type, "relation": "dropped"},
    )

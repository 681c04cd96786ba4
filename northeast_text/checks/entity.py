"""Check ``entity``: a named place, organisation or person rendered as a different one.

On every alignment link with both sides, the source's lexicon-linked names
are matched to the target's, in order, count-aware:

1. names that are the same lexicon entity, or one contains the other
   (东北 / "the three northeastern provinces" / "Liaoning"), or share a key
   the surface form can name ("Central China": 华中 or 中部), match;
   first in reading order (a longest common subsequence), then in any order;
2. a source name left over, facing a left-over target name of the same type
   that is a *different* lexicon entity, is a substitution: an error
   (东北 … 西北 against "the Northwest … the Northwest": the Northeast was
   rendered as the Northwest);
3. a source name with no counterpart at all is info (English often says
   "the region" for 东北).

Target names inside translator's notes (glosses, remarks) and in blocks the
translator added are not the author's and are left out.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import AnnotatedPair, Entity, Finding
from . import register


def _keys(e: Entity) -> frozenset[str]:
    return frozenset((e.key,) + tuple(e.alt_keys)) if e.key else frozenset()


def _compatible(a: Entity, b: Entity, lexicon) -> bool:
    ka, kb = _keys(a), _keys(b)
    if ka & kb:
        return True
    return any(lexicon.related(x, y) for x in ka for y in kb)


def _lcs_pairs(src: Sequence[Entity], tgt: Sequence[Entity], lexicon) -> list[tuple[int, int]]:
    """Order-preserving maximum matching of compatible names (ties go to later pairs)."""
    n, m = len(src), len(tgt)
    comp = [[_compatible(s, t, lexicon) for t in tgt] for s in src]
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(dp[i + 1][j], dp[i][j + 1])
            if comp[i][j]:
                best = max(best, dp[i + 1][j + 1] + 1)
            dp[i][j] = best
    # Walk from the end so that, among equal matchings, later names pair with later names.
    rdp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best = max(rdp[i - 1][j], rdp[i][j - 1])
            if comp[i - 1][j - 1]:
                best = max(best, rdp[i - 1][j - 1] + 1)
            rdp[i][j] = best
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


def _position(e: Entity, order: Mapping[str, int], lengths: Mapping[str, int], total: int) -> float:
    """Relative position of a name within its side of the link (0..1)."""
    before = sum(lengths[b] for b, k in order.items() if k < order[e.block])
    return (before + e.start) / max(total, 1)


@register(
    "entity",
    needs_source=True,
    kinds=("entity",),
    description="A named place, organisation or person in the source rendered as a different one, or dropped.",
    substitution="error",
    dropped="info",
    window=0.25,  # how far apart (share of the link's text) a name and its wrong rendering may sit
)
def check_entity(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    from ..entities import active_lexicon

    if pair.source is None:
        return []
    lexicon = active_lexicon()
    src_a, tgt_a = pair.source, pair.target
    src_blocks = src_a.document.blocks
    tgt_blocks = tgt_a.document.blocks
    note_spans: dict[str, list[tuple[int, int]]] = {}
    for note in tgt_a.notes:
        note_spans.setdefault(note.block, []).append((note.start, note.end))
    src_by_block: dict[str, list[Entity]] = {}
    for e in src_a.entities:
        if e.key and e.key in lexicon:
            src_by_block.setdefault(e.block, []).append(e)
    tgt_by_block: dict[str, list[Entity]] = {}
    for e in tgt_a.entities:
        if e.key and e.key in lexicon and not _in_notes(e, note_spans):
            tgt_by_block.setdefault(e.block, []).append(e)

    sub_sev = str(config.get("substitution", "error"))
    drop_sev = str(config.get("dropped", "info"))
    findings: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        sblocks = [src_blocks[i] for i in link.source if i < len(src_blocks)]
        tblocks = [tgt_blocks[i] for i in link.target if i < len(tgt_blocks)]
        src = sorted((e for b in sblocks for e in src_by_block.get(b.id, ())),
                     key=lambda e: (link.source.index(_n(e.block)), e.start))
        tgt = sorted((e for b in tblocks for e in tgt_by_block.get(b.id, ())),
                     key=lambda e: (link.target.index(_n(e.block)), e.start))
        if not src:
            continue
        pairs = _lcs_pairs(src, tgt, lexicon)
        used_s = {i for i, _ in pairs}
        used_t = {j for _, j in pairs}
        # Second pass: compatible names in crossed order ("Liaoning, Jilin" / "吉林、辽宁").
        for i, s in enumerate(src):
            if i in used_s:
                continue
            for j, t in enumerate(tgt):
                if j not in used_t and _compatible(s, t, lexicon):
                    used_s.add(i)
                    used_t.add(j)
                    break
        left_s = [i for i in range(len(src)) if i not in used_s]
        left_t = [j for j in range(len(tgt)) if j not in used_t]
        if not left_s:
            continue
        s_order = {b.id: k for k, b in enumerate(sblocks)}
        t_order = {b.id: k for k, b in enumerate(tblocks)}
        s_len = {b.id: len(b.text) for b in sblocks}
        t_len = {b.id: len(b.text) for b in tblocks}
        s_total, t_total = sum(s_len.values()), sum(t_len.values())
        # A left-over target name can stand for a left-over source name only if
        # nothing in the source explains it: it is not a larger unit of
        # a source name ("China" in "China's Northeast" for 中国东北); a smaller unit
        # is already matched to its larger one by the compatibility rule.
        left_t = [j for j in left_t if not any(
            tgt[j].key in lexicon.ancestors(k) for s in src for k in _keys(s))]
        window = float(config.get("window", 0.25))
        dropped_keys: set[str | None] = set()  # a name repeated in the source is reported once per link
        for i in left_s:
            s = src[i]
            ps = _position(s, s_order, s_len, s_total)
            cands = [j for j in left_t if tgt[j].type == s.type and _between(i, j, pairs) == 0
                     and abs(_position(tgt[j], t_order, t_len, t_total) - ps) <= window]
            if cands:
                j = min(cands, key=lambda j: abs(_position(tgt[j], t_order, t_len, t_total) - ps))
                left_t.remove(j)
                findings.append(_substitution(s, tgt[j], lexicon, sub_sev))
            elif s.key not in dropped_keys:
                dropped_keys.add(s.key)
                findings.append(_dropped(s, tblocks[0].id, lexicon, drop_sev))
    return findings


def _between(i: int, j: int, pairs: list[tuple[int, int]]) -> int:
    """0 when source name i and target name j sit between the same matched anchors, else 1."""
    gs = sum(1 for a, _ in pairs if a < i)
    gt = sum(1 for _, b in pairs if b < j)
    return 0 if gs == gt else 1


def _n(block_id: str) -> int:
    return int(block_id.rsplit("b", 1)[1])


def _substitution(s: Entity, t: Entity, lexicon, severity: str) -> Finding:
    want = lexicon.entries[s.key]
    got = lexicon.entries[t.key]
    expected = want.preferred("en") if t.lang == "en" else want.preferred("zh")
    return Finding(
        kind="entity",
        severity=severity,
        message=(f"{s.text} ({want.preferred('en')}) is rendered as “{t.text}”, "
                 f"a different {s.type} ({got.preferred('zh') or got.key}); expected “{expected}”"),
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


def _dropped(s: Entity, target_block: str, lexicon, severity: str) -> Finding:
    want = lexicon.entries[s.key]
    return Finding(
        kind="entity",
        severity=severity,
        message=f"{s.text} ({want.preferred('en')}) has no named counterpart in the translation",
        source_block=s.block,
        target_block=target_block,
        source_text=s.text,
        target_text=None,
        expected=want.preferred("en"),
        source_span=(s.start, s.end),
        check="entity",
        data={"source_key": s.key, "type": s.type, "relation": "dropped"},
    )

"""Kind ``value``: a rate kept on one side of a link and moved on the other.

央行维持基准利率不变 given as "the central bank raised its benchmark rate", or 下调存款准备金率
as "kept the reserve requirement ratio unchanged": a decision told the other way, often with no
figure for the ``numbers`` check to pair (``numbers.value_direction`` judges a change's direction
only where both sides give its figure).  The words of both sides are in
``resources/checks/rate_moves.json``; each names the rate next to its verb (维持…利率, 利率…不变,
"kept rates on hold", "rates were cut"), and a move said with a negation (不加息, 未降息, "did not
raise rates") is a keep.  A link whose source only keeps a rate and whose translation only moves
one, or the other way round, gets a value warning (``numbers.value_kept``): a likelihood, for the
two sides may speak of two rates.  A side that says both, or neither, is not judged.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import AnnotatedPair, Finding
from .quantities import load_resource, message

_HINT = re.compile(r"利率|利息|准备金率|LPR|加息|降息|升息|减息|按兵不动")


_Said = tuple[re.Match[str], str]  # a keep or a move, and its block id


@cache
def _re(name: str) -> re.Pattern[str]:
    return re.compile(load_resource("rate_moves.json")[name], re.IGNORECASE if name.startswith("en") else 0)


def _said(texts: list[tuple[str, str]], lang: str) -> tuple[_Said | None, _Said | None]:
    """The first keep and the first move of a link's side, each with its block id (either None)."""
    keep: _Said | None = None
    move: _Said | None = None
    for bid, text in texts:
        if keep is None and (k := _re(f"{lang}_keep").search(text)):
            keep = (k, bid)
        if move is None and (m := _re(f"{lang}_move").search(text)):
            move = (m, bid)
    return keep, move


def rate_move_findings(pair: AnnotatedPair) -> list[Finding]:
    """A value warning for each link that keeps a rate on one side and moves it on the other."""
    src, tgt = pair.source, pair.target
    if src is None:
        return []
    s_blocks, t_blocks = src.document.blocks, tgt.document.blocks
    hinted = {i for i, b in enumerate(s_blocks) if _HINT.search(b.text)}
    out: list[Finding] = []
    for link in pair.alignment:
        if not link.target or hinted.isdisjoint(link.source):
            continue
        s_keep, s_move = _said([(s_blocks[i].id, s_blocks[i].text) for i in link.source], "zh")
        if bool(s_keep) == bool(s_move):
            continue
        t_texts = [(t_blocks[i].id, t_blocks[i].text) for i in link.target if 0 <= i < len(t_blocks)]
        t_keep, t_move = _said(t_texts, "en")
        if bool(t_keep) == bool(t_move) or bool(s_keep) == bool(t_keep):
            continue
        said_s, said_t = s_keep or s_move, t_keep or t_move
        assert said_s is not None and said_t is not None
        (s, s_block), (t, t_block) = said_s, said_t
        s_says, t_says = ("kept", "moved") if s_keep else ("moved", "kept")
        out.append(Finding(
            kind="value", severity="warning",
            message=message("value_kept", src=s.group(0), tgt=t.group(0), src_says=s_says, tgt_says=t_says),
            source_block=s_block, target_block=t_block, source_text=s.group(0), target_text=t.group(0),
            source_span=(s.start(), s.end()), target_span=(t.start(), t.end()), check="numbers",
            data={"source_says": s_says, "target_says": t_says},
            evidence={"rule": "numbers.value_kept", "source": {"text": s.group(0), "says": s_says},
                      "target": {"text": t.group(0), "says": t_says}},
        ))
    return out

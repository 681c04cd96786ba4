"""Kind ``entity``: a name written in Latin letters on both sides, spelt differently.

Chinese text keeps many names as they are written in English: a person or a firm nobody
transliterates (Tsouvallaris, Sons & Daughters), an acronym (NHS, WNBA), a ticker, a model (A321).
The translation must then hold the same letters.  A Latin word of the source that the link's
translation does not hold, facing exactly one word of the translation the source does not hold
that differs from it by a letter or two (NHS / "NTS", Tsouvallaris / "Bouvallaris"), is a garbled
name: a warning, like a garbled transliteration.  Case, a plural "s" and a possessive are no
difference; a word of two letters is too short to tell a slip from another word (a code with
digits counts from four characters: A321, H5N1); a word with digits is judged only against one
with digits (a model, not a year).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..edits import edit_distance
from ..model import AnnotatedPair, Block, Finding

_WORD = re.compile(r"(?<![A-Za-z0-9@/.'-])[A-Za-z][A-Za-z0-9'&-]*[A-Za-z0-9](?![A-Za-z0-9@/-]|\.[A-Za-z0-9])")
_SHORTEST = 3


def _key(word: str) -> str:
    """The word less case, a possessive and a plural "s" (Daniels's, Daniels' and Daniels are one)."""
    w = word.casefold().replace("’", "'")
    for tail in ("'s", "'"):
        if w.endswith(tail):
            w = w[:-len(tail)]
            break
    return w[:-1] if w.endswith("s") and len(w) > _SHORTEST else w


def _words(blocks: list[Block]) -> dict[str, tuple[Block, re.Match[str]]]:
    out: dict[str, tuple[Block, re.Match[str]]] = {}
    for block in blocks:
        for m in _WORD.finditer(block.text):
            word = m.group()
            letters = sum(c.isalpha() for c in word)
            if letters >= _SHORTEST or (len(word) >= 4 and letters < len(word)):  # NHS, Kowalczyk; A321
                out.setdefault(_key(m.group()), (block, m))
    return out


def _near(a: str, b: str) -> bool:
    """One edit apart (two for words of six letters or more), the same shape of digits and case."""
    if any(c.isdigit() for c in a) != any(c.isdigit() for c in b):
        return False
    limit = 2 if min(len(a), len(b)) >= 6 else 1
    return abs(len(a) - len(b)) <= limit and 0 < edit_distance(a, b) <= limit


def latin_findings(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    """A garbled warning for each Latin word of a link's source spelt otherwise in its translation."""
    src, tgt = pair.source, pair.target
    if src is None:
        return []
    latin = {i for i, b in enumerate(src.document.blocks) if _WORD.search(b.text)}
    out: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target or latin.isdisjoint(link.source):
            continue
        s_words = _words([src.document.blocks[i] for i in link.source])
        if not s_words:
            continue
        t_words = _words([tgt.document.blocks[j] for j in link.target])
        s_only = [k for k in s_words if k not in t_words]
        t_only = [k for k in t_words if k not in s_words]
        for s_key in s_only:
            near = [t for t in t_only if _near(s_key, t)]
            if len(near) != 1 or sum(_near(s, near[0]) for s in s_only) != 1:
                continue  # none, or more than one to tell which
            (s_block, s), (t_block, t) = s_words[s_key], t_words[near[0]]
            out.append(Finding(
                kind="entity", severity=str(config.get("garbled", "warning")),
                message=f"{s.group()} is written “{t.group()}” in the translation; "
                        f"a name kept in Latin letters keeps its spelling",
                source_block=s_block.id, target_block=t_block.id, source_text=s.group(), target_text=t.group(),
                expected=s.group(), source_span=s.span(), target_span=t.span(), check="entity",
                data={"relation": "latin-spelling"},
                evidence={"rule": "entity.latin_spelling", "source": {"text": s.group(), "span": list(s.span())},
                          "target": {"text": t.group(), "span": list(t.span())}},
            ))
    return out

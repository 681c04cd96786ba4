"""Check ``structure``: whole blocks left out of, or added to, the translation.

The aligner links a source block to nothing (1-0) when the translation has no
counterpart for it, and a target block to nothing (0-1) when it has no
source.  A 1-0 is an ``omission``; a 0-1 is an ``addition`` unless the block
is the translator's, the editor's or the publisher's own material (an
introduction or afterword, a note, a notes section, a byline: the notes
module decides, see :func:`northeast_text.align.is_translator_block`).  An
omission the translation owns up to is no finding where a translator's note
next to it says so ("[…]", "two paragraphs omitted"), and only ``info`` where
a note elsewhere declares cuts; so is a lead-in without figures ("主要内容包括：")
dropped before the text it introduces.  A translation block that says again what
the block before it says, linked one to one with a source block that says something
else, is the same loss seen by the aligner as a fit: an omission of that source
block and an addition of the copy.  The message quotes the block's first words
and the figures it holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Analysis, AnnotatedPair, Block, Finding
from . import register
from .quantities import as_int

_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s|$)")
_LEADS_IN = re.compile(r"[:：]\s*$")  # "主要内容包括：", "呈现以下特点："


def excerpt(text: str, limit: int) -> str:
    """The block's first sentence, or its first ``limit`` characters (a verbatim prefix)."""
    m = _SENTENCE_END.search(text)
    end = m.end() if m and m.end() <= limit else min(len(text), limit)
    return text[:end].rstrip()


def _quote(text: str, block: Block) -> str:
    """The excerpt in quotes, with an ellipsis where the block goes on."""
    return f"“{text}{'…' if len(text) < len(block.text.rstrip()) else ''}”"


def _figures(analysis: Analysis, block: Block) -> str:
    """" (figures: 30米, 3,770万千瓦)" for the block's numbers, or ""."""
    found = list(dict.fromkeys(q.text for q in analysis.quantities_in(block.id)))
    return f" (figures: {', '.join(found[:6])}{', …' if len(found) > 6 else ''})" if found else ""


_NO_FACT_KINDS = ("year", "decade", "century", "date", "time", "ordinal")


def _states_figures(analysis: Analysis, block: Block) -> bool:
    """Does a block state two or more figures (not dates, years, times or ranks)?
    A short paragraph added with figures of its own adds facts."""
    return sum(q.kind not in _NO_FACT_KINDS for q in analysis.quantities_in(block.id)) >= 2


def _substantial(block: Block, min_chars: int) -> bool:
    return block.role not in ("title", "heading", "notes-heading") and len(block.text) >= min_chars


def _lead_in(pair: AnnotatedPair, index: int, rendered: set[int]) -> bool:
    """Is source block ``index`` only the lead-in to what follows ("呈现以下特点："):
    no figures, ending in a colon, the next block rendered?  A translation that
    turns a list into prose drops it and loses nothing."""
    assert pair.source is not None
    block = pair.source.document.blocks[index]
    return bool(_LEADS_IN.search(block.text)) and index + 1 in rendered \
        and not pair.source.quantities_in(block.id)


def _declared_cuts(pair: AnnotatedPair) -> tuple[set[int], str | None]:
    """Links next to which the translation says something is left out (a
    translator's note saying so, or marking the cut, or a cut marked inside
    the paragraph ("… […]"), in the nearest target block before or after, across other unlinked source blocks), and the
    block of a note anywhere that declares cuts."""
    from ..notes import marks_cut_within, says_abridged

    notes = [n for n in pair.target.notes if n.resp != "author"]
    marking = {n.block for n in notes if says_abridged(n.text, marks_cut=True)}
    marking |= {b.id for b in pair.target.document.blocks if marks_cut_within(b.text)}
    declared = next((n.block for n in notes if n.kind in ("preface", "translator") and says_abridged(n.text)), None)
    blocks = pair.target.document.blocks
    links = pair.alignment
    # the nearest target block before (after) each link
    before: list[int | None] = []
    last = None
    for link in links:
        before.append(last)
        last = link.target[-1] if link.target else last
    after: list[int | None] = [None] * len(links)
    last = None
    for k in range(len(links) - 1, -1, -1):
        after[k] = last
        last = links[k].target[0] if links[k].target else last
    near = {k for k, link in enumerate(links) if link.source and not link.target
            and any(t is not None and blocks[t].id in marking for t in (before[k], after[k]))}
    return near, declared


@register(
    "structure",
    needs_source=True,
    kinds=("omission", "addition"),
    description="A whole block left out of the translation (omission) or added without a note (addition).",
    excerpt_chars=40,
    min_chars_zh=25,
    min_chars_en=80,
    sure_score=0.5,  # a 1-0 link the aligner scores lower is a likely omission, not a certain one
)
def check_structure(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    from ..align import is_translator_block

    assert pair.source is not None
    src_blocks = pair.source.document.blocks
    tgt_blocks = pair.target.document.blocks
    limit = as_int(config["excerpt_chars"])
    findings: list[Finding] = []
    src_matter = {n.block: n.kind for n in pair.source.notes if n.place != "inline"}
    cuts, declared = _declared_cuts(pair)
    rendered = {i for link in pair.alignment if link.target for i in link.source}
    prev_target: str | None = None
    for k, link in enumerate(pair.alignment):
        if link.target:
            prev_target = tgt_blocks[link.target[-1]].id
        if link.source and not link.target and k not in cuts:
            for i in link.source:
                block = src_blocks[i]
                if src_matter.get(block.id) == "preface":
                    continue  # the publisher's matter (a byline, a date): no loss to the reader
                text = excerpt(block.text, limit)
                big = _substantial(block, as_int(config["min_chars_zh"])) and block.id not in src_matter
                sure = link.score >= float(config.get("sure_score", 0.5))  # type: ignore[arg-type]
                where = f"after {prev_target}" if prev_target else "at the start"
                what = "one of the author's notes, " if block.id in src_matter else ""
                said = (f"the translator's note in {declared} says that parts are left out" if declared
                        else "nothing in the translation says so")
                findings.append(Finding(
                    kind="omission",
                    severity="info" if declared or _lead_in(pair, i, rendered)
                    else "error" if big and sure else "warning",
                    message=(f"Source block {block.id} has no counterpart in the translation "
                             f"(it would stand {where}): {what}{_quote(text, block)}{_figures(pair.source, block)} "
                             f"is left out, and {said}."),
                    source_block=block.id,
                    source_text=text,
                    source_span=(0, len(text)),
                    expected=f"a translation of {block.id}",
                    check="structure",
                    data={"link_score": link.score},
                ))
        elif link.target and not link.source:
            for i in link.target:
                block = tgt_blocks[i]
                if is_translator_block(block, pair.target.notes):
                    continue
                text = excerpt(block.text, limit * 2)
                big = _substantial(block, as_int(config["min_chars_en"])) or _states_figures(pair.target, block)
                findings.append(Finding(
                    kind="addition",
                    severity="warning" if big else "info",
                    message=(f"Translation block {block.id} has no counterpart in the original: "
                             f"{_quote(text, block)}{_figures(pair.target, block)} is added, "
                             "and nothing marks it as the translator's or editor's "
                             "(no note, introduction, notes section or byline)."),
                    target_block=block.id,
                    target_text=text,
                    target_span=(0, len(text)),
                    check="structure",
                    data={"link_score": link.score},
                ))
    findings += _copies(pair, src_matter, limit)
    return findings


_EN_WORD = re.compile(r"[a-z]{3,}")


def _en_words(text: str) -> set[str]:
    return set(_EN_WORD.findall(text.lower()))


def _zh_bigrams(text: str) -> set[str]:
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {han[i:i + 2] for i in range(len(han) - 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _copies(pair: AnnotatedPair, src_matter: Mapping[str, str], limit: int) -> list[Finding]:
    """A translation block that says again what the block before it says, in the place of a
    source block that says something else: the source block is left out and the copy added,
    though the aligner, seeing one block for one, linked them.  Both translation blocks must be
    sentences of some length (80 characters or more) sharing most of their words; the two
    source blocks must share few of their characters (a source that repeats itself, or two
    list items written alike, is rendered alike).  Links of as many blocks on each side are
    read block by block."""
    assert pair.source is not None
    src_blocks = pair.source.document.blocks
    tgt_blocks = pair.target.document.blocks
    # block by block: a 2-2 link counts as two (the copy shares the first block's names and
    # figures, which may draw the aligner into linking the two pairs together)
    one_to_one = [(i, j) for link in pair.alignment if len(link.source) == len(link.target)
                  for i, j in zip(link.source, link.target)]
    found: list[Finding] = []
    for (i0, j0), (i, j) in zip(one_to_one, one_to_one[1:]):
        if i != i0 + 1 or j != j0 + 1:
            continue
        s0, s, t0, t = src_blocks[i0], src_blocks[i], tgt_blocks[j0], tgt_blocks[j]
        if s.id in src_matter or not all(_substantial(b, 80) for b in (t0, t)) \
                or not _substantial(s, 25):
            continue
        if _jaccard(_en_words(t0.text), _en_words(t.text)) < 0.6 \
                or _jaccard(_zh_bigrams(s0.text), _zh_bigrams(s.text)) >= 0.2:
            continue
        text = excerpt(s.text, limit)
        found.append(Finding(
            kind="omission",
            severity="warning",
            message=(f"Source block {s.id} has no counterpart in the translation: in its place "
                     f"{t.id} says again what {t0.id} says, so {_quote(text, s)}{_figures(pair.source, s)} "
                     "is left out."),
            source_block=s.id,
            source_text=text,
            source_span=(0, len(text)),
            expected=f"a translation of {s.id}",
            check="structure",
            data={"copy_of": t0.id},
        ))
        copy = excerpt(t.text, limit * 2)
        found.append(Finding(
            kind="addition",
            severity="warning",
            message=(f"Translation block {t.id} repeats {t0.id} ({_quote(copy, t)}) where the original "
                     f"goes on with {s.id}: the copy is added."),
            target_block=t.id,
            target_text=copy,
            target_span=(0, len(copy)),
            check="structure",
            data={"copy_of": t0.id},
        ))
    return found

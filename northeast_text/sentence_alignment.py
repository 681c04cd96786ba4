"""Sentence alignment inside the block links of a pair.

:func:`split_sentences` cuts each block of a document into
:class:`~northeast_text.model.Sentence` spans (:mod:`.sentences`);
:func:`align_sentences` aligns the sentences of every block link with the
block aligner's own costs (length, numbers, names, names by sound,
CC-CEDICT words, link types learnt from the pair), in one pass over the whole pair so that the
pair's statistics are learnt from all of it, with every sentence link kept
inside its block link (a :class:`~northeast_text.align.Segment` ``group``).
Where a block link holds more sentences on one side than the link types
can cover (up to eight), the whole link's shape is added as a type of its own;
a block link of more than ``MAX_GROUP_CELLS`` sentence pairs (a megabyte
block) stays one sentence link.  When no block link holds more than one
sentence a side (a text of one sentence a line), the sentence links are the
block links, with their scores: there is nothing to align inside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from . import sentences as sentence_splitter
from .align import (
    AlignConfig,
    Segment,
    _keys_in,
    _quantity_keys,
    _sound_spans,
    _word_spans,
    align,
    config_from_settings,
    text_length,
    with_sound_anchors,
)
from .model import Analysis, Block, Link, Sentence, SentenceLink
from .settings import Settings

MAX_SHAPE = 8  # the widest block-link shape added as a sentence link type
MAX_GROUP_CELLS = 250_000  # a block link with more sentence pairs than this is not aligned inside


def split_sentences(analysis: Analysis) -> list[Sentence]:
    """Every sentence of a document, block by block, in reading order."""
    return [s for own in _block_sentences(analysis) for s in own]


def _block_sentences(analysis: Analysis) -> list[list[Sentence]]:
    """The sentences of each block of a document (one list per block, in order)."""
    lang = analysis.document.lang
    out = []
    cut: dict[tuple[str, str], list[tuple[int, int]]] = {}  # a text met again is cut once (a list, subtitles)
    for block in analysis.document.blocks:
        text, bid, own = block.text, block.id, block.lang or lang
        spans = cut.get((text, own))
        if spans is None:
            spans = cut[text, own] = sentence_splitter.split(text, own)
        if len(spans) == 1:  # most blocks: one sentence
            (start, end), = spans
            out.append([Sentence(bid + "-s1", bid, start, end, text[start:end])])
            continue
        out.append([Sentence(f"{bid}-s{k}", bid, start, end, text[start:end])
                    for k, (start, end) in enumerate(spans, 1)])
    return out


def _segments(analysis: Analysis, kept: Sequence[tuple[Block, int, list[Sentence]]], dictionary,
              settings: Settings) -> list[Segment]:
    """One segment per sentence of the ``kept`` blocks (block, group, its sentences)."""
    lang = analysis.document.lang
    anchors = _anchor_spans(analysis, settings)
    segs = []
    for block, group, own in kept:
        spans = anchors.get(block.id, ())
        words = _word_spans(block.text, lang, dictionary) if dictionary is not None else ()
        for s in own:
            segs.append(Segment(
                length=float(max(1, text_length(s.text, lang))),
                anchors=_keys_in(spans, s.start, s.end),
                words=_keys_in(words, s.start, s.end),
                group=group,
            ))
    return segs


def _anchor_spans(analysis: Analysis, settings: Settings) -> dict[str, list[tuple[int, str]]]:
    """Per block, (offset, anchor key) of its numbers and names, by offset."""
    out: dict[str, list[tuple[int, str]]] = {}
    if settings.use_numbers:
        for q in analysis.quantities:
            if keys := _quantity_keys(q):
                out.setdefault(q.block, []).extend((q.start, key) for key in keys)
    if settings.use_names:
        for e in analysis.entities:
            if e.key:
                out.setdefault(e.block, []).append((e.start, "n:" + e.key))
    for spans in out.values():
        spans.sort()
    return out


def _config(base: AlignConfig, shapes: set[tuple[int, int]]) -> AlignConfig:
    """The block config with the shapes of block links of five to eight
    sentences on a side added as link types (bigger ones keep the 0-1 and
    1-0 links for what the other types cannot cover)."""
    extra = tuple(f"{a}-{b}" for a, b in sorted(shapes)
                  if 4 < max(a, b) <= MAX_SHAPE and f"{a}-{b}" not in base.link_types)
    if not extra:
        return base
    return replace(base, link_types=base.link_types + extra,
                   priors={**base.priors, **{t: 1e-4 for t in extra}}, wide_types=())


def align_sentences(source: Analysis, target: Analysis, links: Sequence[Link], settings: Settings | None = None,
                    dictionary=None) -> tuple[list[Sentence], list[SentenceLink]]:
    """The sentences of both sides (source first) and their alignment inside ``links``."""
    from .dictionary import load

    settings = settings or Settings()
    dictionary = dictionary if dictionary is not None else load()
    src_own, tgt_own = _block_sentences(source), _block_sentences(target)
    src_blocks, tgt_blocks = source.document.blocks, target.document.blocks
    group_s, group_t = _groups(links, len(src_blocks), "source"), _groups(links, len(tgt_blocks), "target")
    shapes = list(zip(_counts(group_s, src_own, len(links)), _counts(group_t, tgt_own, len(links))))
    # a block link too big to align inside (a megabyte block against a page) stays one link;
    # when no block link holds more than one sentence a side, the sentence links are the block links
    single = all(a <= 1 and b <= 1 for a, b in shapes)
    whole = {g for g, (a, b) in enumerate(shapes) if a * b > MAX_GROUP_CELLS or (single and a and b)}
    out = [SentenceLink(_ids(links[g].source, src_own), _ids(links[g].target, tgt_own), links[g].score, g)
           for g in sorted(whole)]
    kept_s = [(b, g, own) for b, g, own in zip(src_blocks, group_s, src_own) if own and g not in whole]
    kept_t = [(b, g, own) for b, g, own in zip(tgt_blocks, group_t, tgt_own) if own and g not in whole]
    if not (kept_s or kept_t):  # every block link is one sentence link (a text of one sentence a line)
        _sound_spans.cache_clear()
        return [s for own in src_own for s in own] + [s for own in tgt_own for s in own], out
    src = _segments(source, kept_s, dictionary, settings)
    tgt = _segments(target, kept_t, dictionary, settings)
    src_ids = [s.id for _b, _g, own in kept_s for s in own]
    tgt_ids = [s.id for _b, _g, own in kept_t for s in own]
    if settings.use_names:
        src, tgt = with_sound_anchors(src, tgt, _spans(kept_s), _spans(kept_t))
        _sound_spans.cache_clear()  # the pair's last use: a megabyte of names need not outlive it
    inner = {(a, b) for g, (a, b) in enumerate(shapes) if a and b and g not in whole}
    cfg = _config(config_from_settings(settings), inner)
    for link in align(src, tgt, cfg, dictionary):
        group = src[link.source[0]].group if link.source else tgt[link.target[0]].group
        block_link = links[group]
        one_sided = not (block_link.source and block_link.target)
        out.append(SentenceLink(
            tuple([src_ids[i] for i in link.source]),
            tuple([tgt_ids[j] for j in link.target]),
            block_link.score if one_sided else link.score,  # forced by the block link
            group,
        ))
    out.sort(key=attrgetter("link"))  # reading order (stable inside each block link)
    return [s for own in src_own for s in own] + [s for own in tgt_own for s in own], out


def _ids(blocks: Sequence[int], own: Sequence[list[Sentence]]) -> tuple[str, ...]:
    """The ids of the sentences of ``blocks`` (block indices), in reading order."""
    if len(blocks) == 1:  # most block links: one block
        return tuple([s.id for s in own[blocks[0]]])
    return tuple([s.id for i in sorted(blocks) for s in own[i]])


def _groups(links: Sequence[Link], blocks: int, side: str) -> list[int]:
    """The number of the block link each block of a side is in (-1: none)."""
    out = [-1] * blocks
    for g, link in enumerate(links):
        for i in getattr(link, side):
            out[i] = g
    return out


def _counts(groups: Sequence[int], own: Sequence[list[Sentence]], links: int) -> list[int]:
    """The number of sentences of a side in each block link."""
    out = [0] * links
    for g, sentences in zip(groups, own):
        if g >= 0:
            out[g] += len(sentences)
    return out


def _spans(kept: Sequence[tuple[Block, int, list[Sentence]]]) -> list[tuple[str, int, int]]:
    return [(block.text, s.start, s.end) for block, _g, own in kept for s in own]

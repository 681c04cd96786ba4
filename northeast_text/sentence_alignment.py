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
block) stays one sentence link.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from . import sentences as sentence_splitter
from .align import (
    AlignConfig,
    Segment,
    _keys_in,
    _quantity_keys,
    _sound_spans,
    align,
    config_from_settings,
    text_length,
    with_sound_anchors,
    words_of,
)
from .model import Analysis, Link, Sentence, SentenceLink
from .settings import Settings

MAX_SHAPE = 8  # the widest block-link shape added as a sentence link type
MAX_GROUP_CELLS = 250_000  # a block link with more sentence pairs than this is not aligned inside


def split_sentences(analysis: Analysis) -> list[Sentence]:
    """Every sentence of a document, block by block, in reading order."""
    out = []
    for block in analysis.document.blocks:
        for k, (start, end) in enumerate(sentence_splitter.split(block.text, block.lang or analysis.document.lang), 1):
            out.append(Sentence(id=f"{block.id}-s{k}", block=block.id, start=start, end=end,
                                text=block.text[start:end]))
    return out


def _segments(analysis: Analysis, sentences: Sequence[Sentence], groups: dict[str, int], dictionary,
              settings: Settings) -> list[Segment]:
    lang = analysis.document.lang
    anchors = _anchor_spans(analysis, settings)
    texts = {b.id: b.text for b in analysis.document.blocks}
    segs = []
    for s in sentences:
        segs.append(Segment(
            length=float(max(1, text_length(s.text, lang))),
            anchors=_keys_in(anchors.get(s.block, ()), s.start, s.end),
            words=(words_of(texts[s.block], lang, dictionary, s.start, s.end)
                   if dictionary is not None else frozenset()),
            group=groups.get(s.block, -1),
        ))
    return segs


def _anchor_spans(analysis: Analysis, settings: Settings) -> dict[str, list[tuple[int, str]]]:
    """Per block, (offset, anchor key) of its numbers and names, by offset."""
    out: dict[str, list[tuple[int, str]]] = {}
    if settings.use_numbers:
        for q in analysis.quantities:
            out.setdefault(q.block, []).extend((q.start, key) for key in _quantity_keys(q))
    if settings.use_names:
        for e in analysis.entities:
            if e.key:
                out.setdefault(e.block, []).append((e.start, "n:" + e.key))
    for spans in out.values():
        spans.sort()
    return out


def _spans(analysis: Analysis, sentences: Sequence[Sentence]) -> list[tuple[str, int, int]]:
    texts = {b.id: b.text for b in analysis.document.blocks}
    return [(texts[s.block], s.start, s.end) for s in sentences]


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
    src_sent, tgt_sent = split_sentences(source), split_sentences(target)
    src_blocks, tgt_blocks = source.document.blocks, target.document.blocks
    groups_s = {src_blocks[i].id: n for n, link in enumerate(links) for i in link.source}
    groups_t = {tgt_blocks[j].id: n for n, link in enumerate(links) for j in link.target}
    shapes: dict[int, list[int]] = {}
    for s in src_sent:
        shapes.setdefault(groups_s[s.block], [0, 0])[0] += 1
    for s in tgt_sent:
        shapes.setdefault(groups_t[s.block], [0, 0])[1] += 1
    # a block link too big to align inside (a megabyte block against a page) stays one link
    whole = {g for g, (a, b) in shapes.items() if a * b > MAX_GROUP_CELLS}
    out = [SentenceLink(source=tuple(s.id for s in src_sent if groups_s[s.block] == g),
                        target=tuple(s.id for s in tgt_sent if groups_t[s.block] == g),
                        score=links[g].score, link=g) for g in sorted(whole)]
    kept_s = [s for s in src_sent if groups_s[s.block] not in whole]
    kept_t = [s for s in tgt_sent if groups_t[s.block] not in whole]
    src = _segments(source, kept_s, groups_s, dictionary, settings)
    tgt = _segments(target, kept_t, groups_t, dictionary, settings)
    if settings.use_names:
        src, tgt = with_sound_anchors(src, tgt, _spans(source, kept_s), _spans(target, kept_t))
        _sound_spans.cache_clear()  # the pair's last use: a megabyte of names need not outlive it
    inner = {(a, b) for g, (a, b) in shapes.items() if a and b and g not in whole}
    cfg = _config(config_from_settings(settings), inner)
    for link in align(src, tgt, cfg, dictionary):
        group = src[link.source[0]].group if link.source else tgt[link.target[0]].group
        one_sided = not (links[group].source and links[group].target)
        out.append(SentenceLink(
            source=tuple(kept_s[i].id for i in link.source),
            target=tuple(kept_t[j].id for j in link.target),
            score=links[group].score if one_sided else link.score,  # forced by the block link
            link=group,
        ))
    out.sort(key=lambda link: link.link)  # reading order (stable inside each block link)
    return src_sent + tgt_sent, out

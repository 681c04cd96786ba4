"""Kind ``value``: figures given to the wrong subjects of a 分别 ("respectively") list.

一季度和二季度的增速分别为4.5%和6.3% pairs its subjects with its figures in order.  A
translation that keeps both figures but gives 6.3% to the first quarter ("growth in the first
and second quarters was 6.3% and 4.5% respectively", "exports grew 5% and imports 8%") changes
two facts while the ``numbers`` check, which pairs equal figures, sees nothing wrong.

This reads the source's list (the subjects joined by 和, 与, 、 … before 分别; as many figures
after it, joined the same way, with distinct values) and looks in the translation for:

- each figure, by its value, exactly once in the link, all in one sentence;
- each subject, by the English stems of its words (CC-CEDICT's glosses, ``respectively.json``
  for what they lack) that the other subjects' words do not share, or by its name (the lexicon
  key) or its year, all at one place of that sentence;

then reads which figure the translation gives to which subject: in order of mention when the
sentence says "respectively", else by the figure after each subject ("exports grew 8% and
imports 5%") or the subject after each figure ("73.6 years for men and 79.4 for women").  When
any of these cannot be read, the list is not judged.  A subject that gets another subject's
figure is a value warning (rule ``numbers.value_respectively``).

A list is said without 分别 too, each figure by its own label of a closed group
(``respectively.json``, ``labels``): 出口20.5万亿元，进口15.6万亿元; 38枚金牌、32枚银牌和18枚铜牌.
The figures of one sentence that each have a label of one group, right before them or right
after their counter, two to four with each label once, are judged the same way (rule
``numbers.value_labelled``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Analysis, AnnotatedPair, Finding, Quantity
from .quantities import load_resource, message

_ZH_END = re.compile(r"[。！？!?；;\n]")
_ZH_STOP = re.compile(r"[，,：:。！？!?；;“”\"（）()《》的]")
_EN_END = re.compile(r"[.!?;](?=\s|$)")
_GAP = re.compile(r"\s*(?:以及|和|与|及|、|，|,)\s*")
_LEAD = 8  # characters between 分别 and its first figure (为, 增长, 达到 …)
_ITEM = 6  # characters of a subject at either end of the list
_SPREAD = 24  # characters an English subject's words may spread over
_MAX = 4  # subjects in a list


@dataclass(frozen=True)
class _Resource:
    marker: re.Pattern[str]
    conj: re.Pattern[str]
    respectively: re.Pattern[str]
    glosses: dict[str, frozenset[str]]
    labels: tuple[tuple[str, ...], ...]  # closed groups of labels a figure may carry
    any_label: re.Pattern[str]
    label_gap: int  # characters at most between a label and the figure after it
    label_after: int  # characters at most between a figure (and its counter) and the label after it


@cache
def _resource() -> _Resource:
    from ..dictionary import stem

    res = load_resource("respectively.json")
    labels = tuple(tuple(g) for g in res["labels"])
    every = sorted({w for g in labels for w in g}, key=len, reverse=True)
    return _Resource(re.compile(res["zh"]), re.compile(res["conj"]), re.compile(res["en_respectively"]),
                     {w: frozenset(map(stem, words)) for w, words in res["glosses"].items()},
                     labels, re.compile("|".join(map(re.escape, every)) or "(?!)"),
                     int(res["label_gap"]), int(res["label_after"]))


@dataclass(frozen=True)
class _List:
    block: str
    marker: str
    subjects: tuple[tuple[int, int], ...]  # character spans of the subjects, in order
    figures: tuple[Quantity, ...]  # the figures after the marker, in the same order


def respectively_findings(pair: AnnotatedPair) -> list[Finding]:
    """A value warning for each 分别 list whose figures the translation gives to other subjects."""
    src, tgt = pair.source, pair.target
    if src is None:
        return []
    res = _resource()
    marked = {i for i, b in enumerate(src.document.blocks)
              if res.marker.search(b.text) or res.any_label.search(b.text)}
    out: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target or marked.isdisjoint(link.source):
            continue
        targets = [tgt.document.blocks[j].id for j in link.target]
        for i in link.source:
            if i in marked:
                block_id = src.document.blocks[i].id
                for found in _lists(src, block_id) + _labelled_lists(src, block_id):
                    f = _judge(src, tgt, found, targets)
                    if f is not None:
                        out.append(f)
    return out


def _lists(src: Analysis, block_id: str) -> list[_List]:
    res = _resource()
    text = src.block(block_id).text
    quantities = sorted(src.quantities_in(block_id), key=lambda q: q.start)
    out = []
    for m in res.marker.finditer(text):
        start = max((e.end() for e in _ZH_END.finditer(text, 0, m.start())), default=0)
        stop = _ZH_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        after = [q for q in quantities if m.end() <= q.start and q.end <= end]
        subjects = _subjects(text, start, m.start())
        n = len(subjects)
        if not 2 <= n <= _MAX or len(after) < n:
            continue
        figures = after[:n]
        if m.end() + _LEAD < figures[0].start or any(
                not _GAP.fullmatch(text, a.end, b.start) for a, b in zip(figures, figures[1:])):
            continue
        if len(after) > n and _GAP.fullmatch(text, figures[-1].end, after[n].start):
            continue  # more figures than subjects
        values = [q.value for q in figures]
        if any(v is None for v in values) or len(set(values)) != n:
            continue
        out.append(_List(block_id, m.group(), tuple(subjects), tuple(figures)))
    return out


_ZH_SENTENCE_END = re.compile(r"[。！？!?\n]")
_LABEL_GAP_BREAK = re.compile(r"[\d０-９，,。；;：:、（）()“”\"《》！？!?]")


def _labelled_lists(src: Analysis, block_id: str) -> list[_List]:
    """The lists of figures each given by its own label of one group (出口…，进口…)."""
    res = _resource()
    text = src.block(block_id).text
    if not res.any_label.search(text):
        return []
    quantities = sorted(src.quantities_in(block_id), key=lambda q: q.start)
    out: list[_List] = []
    start = 0
    for stop in [m.end() for m in _ZH_SENTENCE_END.finditer(text)] + [len(text)]:
        in_sentence = [q for q in quantities if start <= q.start and q.end <= stop]
        lo, start = start, stop
        if len(in_sentence) < 2:
            continue
        for group in res.labels:
            items = [(span, q) for q in in_sentence if (span := _label_of(text, q, group, lo, stop)) is not None]
            said = [text[a:b] for (a, b), _ in items]
            values = [q.value for _, q in items]
            if not 2 <= len(items) <= _MAX or len(set(said)) != len(said) or None in values \
                    or len(set(values)) != len(values):
                continue
            out.append(_List(block_id, "", tuple(span for span, _ in items), tuple(q for _, q in items)))
    return out


def _label_of(text: str, q: Quantity, group: tuple[str, ...], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the label of ``group`` that figure ``q`` carries: right after it (its counter
    between: 38枚金牌), else the nearest before it with no punctuation nor figure between
    (出口额为20.5万亿元); None when it has none."""
    res = _resource()
    for label in group:
        for gap in range(res.label_after + 1):
            at = q.end + gap
            if at + len(label) <= hi and text.startswith(label, at) and not _LABEL_GAP_BREAK.search(text, q.end, at):
                return at, at + len(label)
    best: tuple[int, int] | None = None
    longest = max(map(len, group))  # the window holds the whole of a label that ends within the gap
    window = text[max(lo, q.start - res.label_gap - longest):q.start]
    base = q.start - len(window)
    for label in group:
        k = window.rfind(label)
        if k < 0:
            continue
        a, b = base + k, base + k + len(label)
        if q.start - b <= res.label_gap and not _LABEL_GAP_BREAK.search(text, b, q.start) \
                and (best is None or b > best[1]):
            best = (a, b)
    return best


def _subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the subjects joined by the last chain of conjunctions in ``text[start:end]``."""
    res = _resource()
    joins = list(res.conj.finditer(text, start, end))
    if not joins:
        return []
    chain = [joins[-1]]
    for j in reversed(joins[:-1]):
        between = text[j.end():chain[0].start()]
        if not 0 < len(between) <= _ITEM or _ZH_STOP.search(between):
            break
        chain.insert(0, j)
    first = chain[0].start()
    head = first
    while head > max(start, first - _ITEM) and not _ZH_STOP.match(text, head - 1):
        head -= 1
    tail = chain[-1].end()
    last = tail
    while last < min(end, tail + _ITEM) and not _ZH_STOP.match(text, last):
        last += 1
    if head == first or last == tail:
        return []
    spans = [(head, first)] + [(a.end(), b.start()) for a, b in zip(chain, chain[1:])] + [(tail, last)]
    return spans


def _zh_words(text: str, span: tuple[int, int], k: int, n: int) -> list[str]:
    """The dictionary words of subject ``k`` of ``n``: the last two of the first (it ends at a
    conjunction), the first two of the last (it starts at one), all of a middle one."""
    from ..dictionary import chinese_words, load

    words = chinese_words(text[span[0]:span[1]], load())
    return words[-2:] if k == 0 else words[:2] if k == n - 1 else words


def _stems(words: list[str]) -> set[str]:
    from ..dictionary import load

    glosses, extra = load().glosses, _resource().glosses
    out: set[str] = set()
    for w in words:
        out |= extra.get(w) or set(glosses.get(w, ()))
    return out


def _judge(src: Analysis, tgt: Analysis, found: _List, targets: list[str]) -> Finding | None:
    # the figures, each once in the link's translation, in one sentence
    placed: list[Quantity] = []
    for q in found.figures:
        same = [t for b in targets for t in tgt.quantities_in(b) if t.value == q.value and t.value is not None]
        if len(same) != 1:
            return None
        placed.append(same[0])
    block = placed[0].block
    if any(t.block != block for t in placed):
        return None
    text = tgt.block(block).text
    lo, hi = min(t.start for t in placed), max(t.end for t in placed)
    s_start = max((e.end() for e in _EN_END.finditer(text, 0, lo)), default=0)
    s_end_m = _EN_END.search(text, hi)
    s_end = s_end_m.start() if s_end_m else len(text)
    if _EN_END.search(text, lo, hi):
        return None
    where = _subject_places(src, tgt, found, block, text, s_start, s_end)
    if where is None:
        return None
    given = _given(text[s_start:s_end], [p - s_start for p in where], [t.start - s_start for t in placed])
    if given is None or given == list(range(len(where))):
        return None
    src_text = src.block(found.block).text
    subject_texts = [src_text[a:b] for a, b in found.subjects]
    words = [_word_at(text, p) for p in where]
    tgt_said = ", ".join(f"{placed[given[i]].text} to “{words[i]}”" for i in range(len(where)))
    expected = ", ".join(f"{placed[i].text} to “{words[i]}”" for i in range(len(where)))
    first, last = found.figures[0], found.figures[-1]
    s_span, t_span = (first.start, last.end), (lo, hi)
    rule = "value_respectively" if found.marker else "value_labelled"
    return Finding(
        kind="value", severity="warning",
        message=message(rule, src=" and ".join(q.text for q in found.figures),
                        subjects=" and ".join(subject_texts), marker=found.marker, tgt=tgt_said,
                        expected=expected),
        source_block=found.block, target_block=block, source_text=src_text[s_span[0]:s_span[1]],
        target_text=text[t_span[0]:t_span[1]], expected=expected, source_span=s_span, target_span=t_span,
        check="numbers", data={"relation": "respectively-swapped"},
        evidence={"rule": f"numbers.{rule}",
                  "source": {"text": src_text[s_span[0]:s_span[1]], "subjects": subject_texts},
                  "target": {"text": text[t_span[0]:t_span[1]], "subjects": words}},
    )


def _word_at(text: str, i: int) -> str:
    m = re.compile(r"[\w'-]+").match(text, i)
    return m.group() if m else text[i:i + 1]


def _subject_places(src: Analysis, tgt: Analysis, found: _List, block: str, text: str,
                    lo: int, hi: int) -> list[int] | None:
    """Where in ``text[lo:hi]`` each subject is named, None when one cannot be placed."""
    from ..dictionary import english_stem_spans

    src_text = src.block(found.block).text
    n = len(found.subjects)
    stems = [_stems(_zh_words(src_text, span, k, n)) for k, span in enumerate(found.subjects)]
    own = [s - set().union(*(o for j, o in enumerate(stems) if j != k)) for k, s in enumerate(stems)]
    spans = [(lo + i, st) for i, st in english_stem_spans(text[lo:hi])]
    keys = _keys(src, found)
    t_keys = [(e.start, e.key) for e in tgt.entities_in(block) if lo <= e.start < hi and e.key]
    years = _years(src, found)
    t_years = [(q.start, q.when) for q in tgt.quantities_in(block) if lo <= q.start < hi and q.when]
    places: list[int] = []
    for k in range(n):
        at = [i for i, st in spans if st in own[k]]
        at += [i for i, key in t_keys if key in keys[k] and not any(key in keys[j] for j in range(n) if j != k)]
        at += [i for i, when in t_years if when in years[k]]
        if not at or max(at) - min(at) > _SPREAD:
            return None
        places.append(min(at))
    if len(set(places)) != n:
        return None
    return places


def _keys(src: Analysis, found: _List) -> list[set[str]]:
    ents = src.entities_in(found.block)
    return [{e.key for e in ents if e.key and a <= e.start and e.end <= b} for a, b in found.subjects]


def _years(src: Analysis, found: _List) -> list[set[str]]:
    qs = src.quantities_in(found.block)
    return [{q.when for q in qs if q.when and a <= q.start and q.end <= b} for a, b in found.subjects]


def _given(sentence: str, subjects: list[int], figures: list[int]) -> list[int] | None:
    """For each subject (in the source's order), the index of the figure the sentence gives it."""
    n = len(subjects)
    if _resource().respectively.search(sentence):
        s_order = sorted(range(n), key=lambda k: subjects[k])
        f_order = sorted(range(n), key=lambda k: figures[k])
        out = [0] * n
        for s, f in zip(s_order, f_order):
            out[s] = f
        return out
    marks = sorted([(p, "S", k) for k, p in enumerate(subjects)] + [(p, "F", k) for k, p in enumerate(figures)])
    kinds = "".join(kind for _, kind, _ in marks)
    out = [0] * n
    if kinds == "SF" * n:
        for a, b in zip(marks[::2], marks[1::2]):
            out[a[2]] = b[2]
        return out
    if kinds == "FS" * n:
        for a, b in zip(marks[::2], marks[1::2]):
            out[b[2]] = a[2]
        return out
    return None

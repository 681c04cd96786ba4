"""Chinese words and their part-of-speech tags: ``jieba.posseg.cut``, exact and faster.

:func:`cut` returns the (word, tag) pairs ``jieba.posseg.cut(text)`` yields, the
same to the last tie, from the same dictionary (``jieba.posseg.dt``: the words
added with ``jieba.add_word`` count as soon as they are added).  It is jieba's
algorithm; what is rewritten is what made it slow:

* the word graph and the best route through it (jieba's ``get_DAG`` and
  ``calc``) are one pass over plain lists, right to left;
* the hidden Markov model that tags a run of characters no dictionary word
  covers (jieba's ``viterbi``: 256 states, a Python ``max`` over every pair
  of states for every character) is vectorised with numpy over the states;
* no generator, no ``pair`` object per word: a list of tuples.

Floating point results and tie-breaking are jieba's: the same sums in the same
order, and where two candidates tie, the larger one (jieba takes the ``max`` of
``(score, candidate)`` tuples).  ``tests/test_zh_tagging.py`` compares the two
on every Chinese text of the corpus and on random strings.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from math import log
from typing import Any

#: The tokens of a stretch between word blocks (jieba's whitespace split): every
#: character alone, except a Windows line end.  No digit or Latin letter is
#: left there, so jieba tags them all ``x``.
_OTHER = re.compile(r"\r\n|.", re.S)

_lock = threading.Lock()
_TAGGER: _Tagger | None = None


def cut(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) of ``text``, exactly as ``jieba.posseg.cut(text)`` (with its HMM)."""
    return (_TAGGER or _tagger()).cut(text)


def _tagger() -> _Tagger:
    global _TAGGER
    with _lock:
        if _TAGGER is None:
            _TAGGER = _Tagger()
    return _TAGGER


class _Tagger:
    """jieba's posseg tokenizer with its dictionary and a vectorised copy of its HMM."""

    def __init__(self, pos: Any = None) -> None:
        """``pos``: a ``jieba.posseg.POSTokenizer``; by default jieba's own (``jieba.posseg.dt``)."""
        import jieba.posseg as posseg

        from .nlp import jieba_base

        if pos is None:
            jieba_base()
            pos = posseg.dt
        self.pos = pos
        self.words = posseg.re_han_internal
        self.han = posseg.re_han_detail
        self.skip = posseg.re_skip_detail
        self.num, self.eng = posseg.re_num, posseg.re_eng
        self.hmm = _Hmm(posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)

    def cut(self, text: str) -> list[tuple[str, str]]:
        pos = self.pos
        tokenizer = pos.tokenizer
        if not tokenizer.initialized:
            tokenizer.initialize()
        if tokenizer.user_word_tag_tab:
            pos.makesure_userdict_loaded()
        tags = pos.word_tag_tab
        out: list[tuple[str, str]] = []
        # a split on one capturing group: the word blocks are the odd pieces
        for k, piece in enumerate(self.words.split(text)):
            if k & 1:
                if len(piece) == 1:
                    out.append((piece, tags.get(piece, "x")))
                else:
                    self._block(piece, tokenizer.FREQ, log(tokenizer.total), tags, out)
            elif piece:
                out.extend((x, "x") for x in _OTHER.findall(piece))
        return out

    def _block(self, block: str, freq: dict[str, int], logtotal: float, tags: dict[str, str],
               out: list[tuple[str, str]]) -> None:
        """jieba's ``__cut_DAG``: dictionary words, and the runs of single characters between them."""
        ends = _route(block, freq, logtotal)
        x = start = 0  # start: of the current run of one-character words
        n = len(block)
        while x < n:
            y = ends[x]
            if y - x > 1:
                if start < x:
                    self._run(block[start:x], freq, tags, out)
                word = block[x:y]
                out.append((word, tags.get(word, "x")))
                start = y
            x = y
        if start < n:
            self._run(block[start:], freq, tags, out)

    def _run(self, run: str, freq: dict[str, int], tags: dict[str, str], out: list[tuple[str, str]]) -> None:
        """A run of one-character words: one known word, or characters for the HMM to join."""
        if len(run) == 1:
            out.append((run, tags.get(run, "x")))
        elif not freq.get(run):
            self._detail(run, out)
        else:
            out.extend((c, tags.get(c, "x")) for c in run)

    def _detail(self, run: str, out: list[tuple[str, str]]) -> None:
        """jieba's ``__cut_detail``: Chinese stretches through the HMM, numbers ``m``, Latin ``eng``."""
        if self.han.fullmatch(run):
            self._tag(run, out)
            return
        for k, piece in enumerate(self.han.split(run)):
            if k & 1:
                self._tag(piece, out)
                continue
            for x in self.skip.split(piece):
                if x:
                    out.append((x, "m" if self.num.match(x) else "eng" if self.eng.match(x) else "x"))

    def _tag(self, run: str, out: list[tuple[str, str]]) -> None:
        """jieba's ``__cut``: words and tags from the HMM's best state sequence."""
        states = self.hmm.states(run)
        begin = nexti = 0
        for i, (bmes, tag) in enumerate(states):
            if bmes == "B":
                begin = i
            elif bmes == "E":
                out.append((run[begin:i + 1], tag))
                nexti = i + 1
            elif bmes == "S":
                out.append((run[i], tag))
                nexti = i + 1
        if nexti < len(run):
            out.append((run[nexti:], states[nexti][1]))


def _route(sentence: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """Per position, the end of the word the best route takes there (jieba's ``get_DAG`` + ``calc``).

    The score of a word is ``log(freq) - logtotal`` plus the score of the route
    after it; ties go to the longer word, as in jieba."""
    n = len(sentence)
    score = [0.0] * (n + 1)
    ends = [0] * n
    get = freq.get
    for k in range(n - 1, -1, -1):
        best, end = 0.0, -1
        i = k
        frag = sentence[k]
        while i < n:
            f = get(frag)
            if f is None:
                break
            if f:
                s = log(f) - logtotal + score[i + 1]
                if end < 0 or s >= best:
                    best, end = s, i
            i += 1
            frag = sentence[k:i + 1]
        if end < 0:  # no word starts here: the character alone, frequency 1
            best, end = 0.0 - logtotal + score[k + 1], k
        score[k] = best
        ends[k] = end + 1
    return ends


class _Hmm:
    """jieba's posseg HMM with the states as numpy vectors.

    States are numbered in decreasing order and a character's states kept in
    increasing order of number, so numpy's ``argmax`` (the first maximum)
    picks the largest state of a tie, as jieba's ``max`` of tuples does.  A
    state no state of the step before leads to scores ``-inf`` (jieba leaves
    it out); jieba's best score at every step is finite, so a ``-inf`` never
    wins a tie."""

    def __init__(self, char_states: dict[str, tuple], start: dict, trans: dict, emit: dict) -> None:
        import numpy as np
        from jieba.posseg.viterbi import MIN_FLOAT

        self.np = np
        self.unseen = MIN_FLOAT  # the emission score of a character a state never emits
        self.names: list[tuple[str, str]] = sorted(trans, reverse=True)
        self.index = {s: i for i, s in enumerate(self.names)}
        n = len(self.names)
        self.back_to: Any = np.full((n, n), -np.inf)  # [to, from]: trans[from][to]
        for a, row in trans.items():
            for b, p in row.items():
                self.back_to[self.index[b], self.index[a]] = p
        self.start = np.array([start[s] for s in self.names])
        self.emit = [emit[s] for s in self.names]
        self.emitted = {c for e in self.emit for c in e}
        self.char_states = char_states
        self.everywhere = _States.of(range(n))
        self.never_seen = self._build("", None)  # a character no state emits: the same for all of them
        self.chars: dict[str, _Char] = {}

    def _char(self, c: str) -> _Char:
        known = self.char_states.get(c)
        if known is None and c not in self.emitted:
            return self.never_seen
        out = self.chars[c] = self._build(c, known)
        return out

    def _build(self, c: str, known: tuple | None) -> _Char:
        """``c`` with its ``known`` states (every state, for a character jieba's table lacks)."""
        states = self.everywhere if known is None else _States.of(sorted(self.index[s] for s in known))
        scores = self.np.array([self.emit[y].get(c, self.unseen) for y in states.ys])
        first = self.start[states.ys] + scores
        return _Char(states, scores[:, None], first, int(states.ys[first.argmax()]))

    def states(self, run: str) -> list[tuple[str, str]]:
        """The best state sequence of ``run`` (jieba's ``viterbi``)."""
        chars = self.chars
        char = chars.get(run[0]) or self._char(run[0])
        if len(run) == 1:
            return [self.names[char.best]]
        ys, v = char.states.ys, char.first  # the states of the step before, their scores
        steps = []
        for c in run[1:]:
            char = chars.get(c) or self._char(c)
            states = char.states
            m = self.back_to[states.column, ys]
            m += v
            m += char.scores
            arg = m.argmax(1)
            best = m[states.rows, arg]
            if best.max() == -self.np.inf:  # no state of c follows a state of the step before
                states, arg, best = self._anywhere(c, ys, v)
            steps.append((states.row, ys, arg))
            ys, v = states.ys, best
        state = int(ys[v.argmax()])
        path = [state]
        for row, before, arg in reversed(steps):
            state = int(before[arg[row[state]]])
            path.append(state)
        names = self.names
        return [names[s] for s in reversed(path)]

    def _anywhere(self, c: str, ys: Any, v: Any) -> tuple[_States, Any, Any]:
        """Every state the step before leads to, in place of the states of ``c`` (jieba's fallback)."""
        np = self.np
        states = self.everywhere
        m = self.back_to[:, ys] + v
        m += np.array([e.get(c, self.unseen) for e in self.emit])[:, None]
        arg = m.argmax(1)
        best = m[states.rows, arg]
        if best.max() == -np.inf:
            raise ValueError("max() arg is an empty sequence")  # jieba's own failure: no state leads on
        return states, arg, best


@dataclass(frozen=True, slots=True)
class _States:
    """Some of the HMM's states, in increasing order of number: as an array, as a column,
    ``range`` over them, and the row of each."""

    ys: Any
    column: Any
    rows: Any
    row: dict[int, int]

    @classmethod
    def of(cls, ys: Sequence[int]) -> _States:
        import numpy as np

        return cls(np.array(ys), np.array(ys)[:, None], np.arange(len(ys)), {y: r for r, y in enumerate(ys)})


@dataclass(frozen=True, slots=True)
class _Char:
    """A character for the HMM: its states, its emission score in each (a column), its
    score in each as a first character, and the best state of those."""

    states: _States
    scores: Any
    first: Any
    best: int

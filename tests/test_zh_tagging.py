"""``zh_tagging.cut`` is ``jieba.posseg.cut``: the same (word, tag) pairs on every text.

Compared on every Chinese text of corpus/ and corpus-heldout/ (as written and
as the entity pass reads it, NFKC-normalised), on random strings of Chinese
characters, dictionary words, Latin letters, digits, punctuation and spaces,
and, for the HMM alone, on random runs of Chinese characters (characters the
model never saw make long ties).  ``benchmarks/bench_zh_tagging.py`` does the
same over the shared real and literary texts.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from northeast_text import zh_tagging
from northeast_text.entities import _jieba_words, jieba_ready, load_lexicon, normalise_zh

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(p for d in ("corpus", "corpus-heldout") for p in (ROOT / d).glob("*/zh.*")
               if p.suffix in (".md", ".txt"))


@pytest.fixture(scope="module", autouse=True)
def jieba_with_lexicon():
    """jieba's dictionary as the pipeline has it: the lexicon's names added."""
    return jieba_ready()


def jieba_cut(text: str) -> list[tuple[str, str]]:
    import jieba.posseg

    return [(p.word, p.flag) for p in jieba.posseg.cut(text)]


@cache
def _alphabet() -> tuple[list[str], list[str]]:
    """Characters (of each kind the cut treats apart) and words (jieba's, the lexicon's)."""
    import jieba
    import jieba.posseg

    jieba_ready()
    states = jieba.posseg.char_state_tab_P
    emitted = {c for e in jieba.posseg.emit_P.values() for c in e}
    han = [chr(c) for c in range(0x4E00, 0x9FD6)]
    chars = (sorted(states)[::40] + sorted(emitted - set(states))[::40]  # known, emitted only
             + [c for c in han if c not in emitted][::400]  # never seen by the model
             + list(string.ascii_letters[::5] + string.digits + ".+#&_-%" + " \t\r\n\u3000")
             + list("，。、：；！？（）《》“”·—…０１２Ａｂ"))
    words = (sorted(w for w, f in jieba.dt.FREQ.items() if f)[::3000]
             + [w for w, _ in _jieba_words(load_lexicon())][::50])
    return chars, words


# built when a test first draws from them (jieba's dictionary is loaded then, not at collection)
CHARS = st.deferred(lambda: st.sampled_from(_alphabet()[0]))
PIECES = st.one_of(CHARS, st.deferred(lambda: st.sampled_from(_alphabet()[1])), st.text(CHARS, max_size=4))
HAN = st.deferred(lambda: st.sampled_from([c for c in _alphabet()[0] if "\u4e00" <= c <= "\u9fd5"]))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_the_corpus_is_cut_as_jieba_cuts_it(path):
    text = path.read_text("utf-8-sig")
    for version in (text, normalise_zh(text)):
        assert zh_tagging.cut(version) == jieba_cut(version)


@given(st.lists(PIECES, max_size=30).map("".join))
@example("丁顸")  # no state of 顸 follows a state of 丁: every state the model can reach instead
@example("甲 1\r\n\r\r\n ab 1")
@example("")
def test_any_text_is_cut_as_jieba_cuts_it(text):
    assert zh_tagging.cut(text) == jieba_cut(text)


@given(st.lists(HAN, min_size=1, max_size=12).map("".join))
def test_the_hmm_finds_jiebas_states(run):
    import jieba.posseg as posseg

    _, states = posseg.viterbi(run, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    assert zh_tagging._tagger().hmm.states(run) == states


def test_words_added_to_the_dictionary_count_at_once():
    import jieba
    import jieba.posseg

    pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tagger = zh_tagging._Tagger(pos)
    text = "在鼹鼷湾港口装船"
    before = tagger.cut(text)
    pos.tokenizer.add_word("鼹鼷湾", tag="ns")
    after = tagger.cut(text)
    assert ("鼹鼷湾", "ns") in after and ("鼹鼷湾", "ns") not in before
    assert after == [(p.word, p.flag) for p in pos.cut(text)]


def test_a_tie_between_routes_goes_to_the_longer_word(tmp_path):
    import jieba
    import jieba.posseg

    # log 4 - log 16 twice is exactly log 1 - log 16: 甲 + 乙 scores what 甲乙 scores
    (tmp_path / "dict.txt").write_text("甲 4 n\n乙 4 n\n甲乙 1 nz\n丁 7 v\n", encoding="utf-8")
    pos = jieba.posseg.POSTokenizer(jieba.Tokenizer(str(tmp_path / "dict.txt")))
    assert zh_tagging._Tagger(pos).cut("丁甲乙丁") == [("丁", "v"), ("甲乙", "nz"), ("丁", "v")]
    assert [(p.word, p.flag) for p in pos.cut("丁甲乙丁")] == [("丁", "v"), ("甲乙", "nz"), ("丁", "v")]

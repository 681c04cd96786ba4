"""``dictionary.chinese_word_spans`` cuts block by block, skips the blocks that hold no
dictionary word and takes a one-character block as its own token: the same (offset, word)
pairs as one jieba pass over the whole text, on the bundled Chinese texts, on subtitle-like
lines (a figure a line, figures that are dictionary words: 88, 996) and on random strings
(fixed seed), also after a word is added to jieba's dictionary."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from northeast_text.dictionary import Dictionary, chinese_stopwords, chinese_word_spans, load, token_words
from northeast_text.entities import jieba_ready

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(p for d in ("corpus", "corpus-heldout") for p in (ROOT / d).glob("*/zh.*")
               if p.suffix in (".md", ".txt"))


def one_pass(text: str, dictionary: Dictionary) -> list[tuple[int, str]]:
    """The words as one ``jieba.tokenize`` over the whole text finds them (the former code: the
    same reading of each token, over the whole text's tokens)."""
    import jieba

    jieba_ready()
    return token_words(jieba.tokenize(text), 0, dictionary, chinese_stopwords())


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    jieba_ready()
    return load()


def test_bundled_texts(dictionary):
    assert TEXTS
    for path in TEXTS:
        for line in path.read_text("utf-8").splitlines():
            assert chinese_word_spans(line, dictionary) == one_pass(line, dictionary), line


def test_subtitle_lines(dictionary):
    lines = [f"甲 {i}" for i in range(2000)] + [f"第{i}集 996工作制" for i in range(0, 2000, 7)]
    lines += ["88", "1996年", "3C产品", "A4纸 42", "ab 17", "PUA-3Q", "mua 421"]
    for line in lines:
        assert chinese_word_spans(line, dictionary) == one_pass(line, dictionary), line


def _random_text(rng: random.Random, pieces: list[str]) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))


def test_random_strings(dictionary):
    rng = random.Random(1411)
    words = sorted(dictionary.glosses)[::997]
    chars = list("甲乙丙丁东北经济增长年月日元万亿的了是在 \t\n\u3000，。、：（）0123456789abcXYZ.+#&_-%")
    pieces = words + chars + ["88", "996", "421", "3C", "Tony", "word", "1" * 30, "甲" * 30]
    for _ in range(3000):
        text = _random_text(rng, pieces)
        assert chinese_word_spans(text, dictionary) == one_pass(text, dictionary), text


def test_word_added_to_jieba(dictionary):
    """A word added to jieba's dictionary between two calls counts in the second."""
    import jieba

    text = "甲乙丙丁戊"
    before = chinese_word_spans(text, dictionary)
    assert before == one_pass(text, dictionary)
    jieba.add_word("乙丙丁", freq=10**7)
    try:
        assert chinese_word_spans(text, dictionary) == one_pass(text, dictionary)
    finally:
        jieba.del_word("乙丙丁")
    assert chinese_word_spans(text, dictionary) == one_pass(text, dictionary)

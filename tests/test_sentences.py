"""Sentences: segmentation, the CC-CEDICT signal, sentence alignment inside
block links, and their outputs (TEI <s> and linkGrp, JSON report)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from northeast_text import dictionary
from northeast_text.align import AlignConfig, Segment, _estimate_sentences, align
from northeast_text.model import Sentence
from northeast_text.sentence_alignment import align_sentences, split_sentences
from northeast_text.sentences import split

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _texts(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split(text, lang)]


# ---------------------------------------------------------------- segmentation


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith went to the U.S. in 2003. He paid 3.5 million.",
     ["Mr. Smith went to the U.S. in 2003.", "He paid 3.5 million."]),
    ('"Really?" she asked. No. 5 was there.', ['"Really?" she asked.', "No. 5 was there."]),
    ("1. Since 2003, the plan failed. It cost 10 billion yuan (approx. 1.4 billion USD).",
     ["1. Since 2003, the plan failed.", "It cost 10 billion yuan (approx. 1.4 billion USD)."]),
    ("He left... and came back. J. K. Rowling wrote it!", ["He left... and came back.", "J. K. Rowling wrote it!"]),
    ("", []),
])
def test_english_sentences(text, expected):
    assert _texts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("他说：“走吧！”我们就走了。真的吗？好……", ["他说：“走吧！”", "我们就走了。", "真的吗？", "好……"]),
    ("第一，增长3.5%；第二，投资下降。", ["第一，增长3.5%；", "第二，投资下降。"]),
    ("没有句号的标题", ["没有句号的标题"]),
])
def test_chinese_sentences(text, expected):
    assert _texts(text, "zh") == expected


# ---------------------------------------------------------------- dictionary


def test_stems_meet_glosses():
    assert [dictionary.stem(w) for w in ("went", "horses", "said", "stopped", "happily", "cities")] == [
        "go", "hors", "say", "stop", "happy", "city"]
    assert dictionary.english_stems("The horses went to the city.") == ["hors", "go", "city"]  # stop words out
    d = dictionary.load()
    assert dictionary.load() is d  # once per process
    assert "hors" in d.glosses["马"] and "马" in d.reverse["hors"]
    assert dictionary.chinese_words("我们骑马进城了", d) == [w for w in dictionary.chinese_words("我们骑马进城了", d)
                                                       if w not in dictionary.chinese_stopwords()]
    assert "马" in "".join(dictionary.chinese_words("我们骑马进城了", d))


def test_dictionary_words_decide_where_lengths_cannot():
    """Two sentences against three of equal length: only the words tell
    which Chinese sentence was split in two."""
    d = dictionary.load()
    zh = ["马在河边吃草", "孩子们在学校读书"]
    src = [Segment(15, words=frozenset(dictionary.chinese_words(t, d))) for t in zh]
    for en, expected in ((["The horse grazed", "by the river", "The children studied at school"], ["1-2", "1-1"]),
                         (["The horse grazed by the river", "The children studied", "at school"], ["1-1", "1-2"])):
        tgt = [Segment(10, words=frozenset(dictionary.english_stems(t))) for t in en]
        assert [x.type for x in align(src, tgt, AlignConfig(ratio=1.0), d)] == expected
    # without the dictionary both come out the same way
    assert [x.type for x in align(src, tgt, AlignConfig(ratio=1.0))] == ["1-2", "1-1"]


def test_sentence_ratio_is_learnt_from_the_pair():
    """A translation with 1.7 times as many sentences: the expected count
    follows the pair, and links with that count cost little."""
    src = [Segment(100, sentences=10) for _ in range(20)]
    tgt = [Segment(300, sentences=17) for _ in range(20)]
    path = [(k + 1, k + 1, 1, 1) for k in range(20)]
    ratio, variance = _estimate_sentences(src, tgt, path, AlignConfig())
    assert ratio == pytest.approx(1.7)
    assert variance < AlignConfig().sentence_variance  # a stable ratio: the term keeps its weight
    free = [Segment(300, sentences=17 + (7 if k % 2 else -7)) for k in range(20)]
    _ratio, free_variance = _estimate_sentences(src, free, path, AlignConfig())
    assert free_variance > 5 * variance  # a free translator: the term weighs little
    links = align(src, tgt, AlignConfig())
    assert all(link.type == "1-1" for link in links)


# ---------------------------------------------------------------- sentence alignment


@pytest.fixture(scope="module")
def northeast(northeast_dir):
    from northeast_text.pipeline import annotate_files

    return annotate_files(northeast_dir / "zh.md", northeast_dir / "en.md", pair_id="northeast")


def test_every_sentence_in_one_link_inside_its_block_link(northeast):
    pair = northeast
    by_id = {s.id: s for s in pair.sentences}
    assert len(by_id) == len(pair.sentences)
    blocks = {b.id: b for side in (pair.source, pair.target) for b in side.document.blocks}
    for s in pair.sentences:
        assert blocks[s.block].text[s.start:s.end] == s.text
    linked = [i for link in pair.sentence_alignment for i in link.source + link.target]
    assert sorted(linked) == sorted(by_id)  # every sentence exactly once
    src_blocks, tgt_blocks = pair.source.document.blocks, pair.target.document.blocks
    for link in pair.sentence_alignment:
        block_link = pair.alignment[link.link]
        assert {by_id[i].block for i in link.source} <= {src_blocks[k].id for k in block_link.source}
        assert {by_id[i].block for i in link.target} <= {tgt_blocks[k].id for k in block_link.target}
        assert 0.0 <= link.score <= 1.0
    # most of this essay is translated sentence by sentence
    real = [link for link in pair.sentence_alignment if link.source and link.target]
    assert sum(link.type == "1-1" for link in real) >= 0.6 * len(real)


def test_sentence_links_keep_reading_order(northeast):
    order = {s.id: k for k, s in enumerate(northeast.sentences)}
    last = (-1, -1)
    for link in northeast.sentence_alignment:
        here = (max((order[i] for i in link.source), default=last[0]),
                max((order[i] for i in link.target), default=last[1]))
        assert here >= last
        last = here


def test_report_carries_the_sentence_links(northeast):
    from northeast_text.writers.report import to_report

    report = to_report(northeast)
    sentences = report["sentences"]
    assert [s["id"] for s in sentences["source"]] == [s.id for s in northeast.sentences if s.block.startswith("zh")]
    assert len(sentences["alignment"]) == len(northeast.sentence_alignment)
    first = sentences["alignment"][0]
    assert set(first) == {"source", "target", "score", "type", "link"}


# ---------------------------------------------------------------- TEI


def _with_sentences(pair):
    sentences, links = align_sentences(pair.source, pair.target, pair.alignment)
    return replace(pair, sentences=tuple(sentences), sentence_alignment=tuple(links))


def test_tei_sentences_and_sentence_links_are_valid(assert_valid_tei):
    from northeast_text.writers.tei import block_text, to_tei

    from test_tei import make_pair

    pair = _with_sentences(make_pair())
    root = to_tei(pair)
    assert_valid_tei(root)
    s_ids = {el.get(XML_ID) for el in root.iter(TEI + "s")}
    assert len(s_ids) >= len(pair.source.document.blocks)
    groups = {g.get("type"): g for g in root.iter(TEI + "linkGrp")}
    assert {"alignment", "sentence-alignment"} <= set(groups)
    ptrs = {p.get(XML_ID): p.get("target") for p in groups["sentence-alignment"].iter(TEI + "ptr")}
    for link in groups["sentence-alignment"].iter(TEI + "link"):
        for end in link.get("target").split():
            for ref in ptrs.get(end[1:], end).split():
                assert ref[1:] in s_ids
    for block in pair.target.document.blocks:  # text untouched by the <s> wrapping
        el = next(e for e in root.iter() if e.get(XML_ID) == block.id)
        assert block_text(el) == block.text


def test_tei_sentence_boundary_inside_a_note_moves_to_its_end(assert_valid_tei):
    """A sentence boundary that falls inside an inline element (here the gloss
    "[tr. a province in the Northeast]") moves to the element's end: the
    elements nest, the note is kept, every sentence id still exists."""
    from northeast_text.writers.tei import to_tei

    from test_tei import make_pair

    pair = _with_sentences(make_pair())
    block = pair.target.document.blocks[4]
    cut = block.text.index("in the Northeast")
    own = [Sentence(f"{block.id}-s1", block.id, 0, cut, block.text[:cut]),
           Sentence(f"{block.id}-s2", block.id, cut, len(block.text), block.text[cut:])]
    others = [s for s in pair.sentences if s.block != block.id]
    links = [link if not any(i.startswith(block.id + "-") for i in link.target)
             else replace(link, target=tuple(s.id for s in own)) for link in pair.sentence_alignment]
    pair = replace(pair, sentences=tuple(others + own), sentence_alignment=tuple(links))
    root = to_tei(pair)
    assert_valid_tei(root)
    el = next(e for e in root.iter(TEI + "p") if e.get(XML_ID) == block.id)
    s_elements = el.findall(TEI + "s")
    assert len(s_elements) == 2
    assert s_elements[0].find(".//" + TEI + "note") is not None  # the note stays whole in the first
    assert "".join(s_elements[1].itertext()) == "."


def test_split_sentences_ids():
    from test_tei import make_pair

    pair = make_pair()
    sentences = split_sentences(pair.target)
    assert [s.id for s in sentences if s.block == "en-b3"] == ["en-b3-s1"]  # "approx." does not end it
    assert all(s.id.startswith(s.block + "-s") for s in sentences)


# ---------------------------------------------------------------- names by sound


def test_names_match_by_pinyin():
    from northeast_text.sounds import chinese_matches, english_names, lowercase_words

    en = "Chen Qingyang said that Wang Er had left. Then the rain came; then Qingyang's father woke."
    keys = {k for _, k in english_names(en, lowercase_words([en]))}
    assert {"s:chenqingyang", "s:qingyang", "s:wanger"} <= keys
    assert "s:then" not in keys  # written in lower case elsewhere: an ordinary word
    found = {k for _, k in chinese_matches("陈清扬说王二走了。", keys)}
    assert found == {"s:chenqingyang", "s:qingyang", "s:wanger"}
    assert chinese_matches("天下雨了。", keys) == []


def test_uneven_block_link_still_covers_every_sentence():
    """One block link with 60 Chinese sentences against 3 English ones (wider
    than any link type): every sentence is still linked exactly once, inside it."""
    from northeast_text.align import align_blocks
    from northeast_text.model import Analysis
    from northeast_text.readers import parse_document

    zh = parse_document("# 东北\n\n" + "辽宁省地区生产总值增长5.3%，达到3.0万亿元。" * 60 + "\n", "zh")
    en = parse_document("# The Northeast\n\n" + " ".join(["Liaoning grew 5.3% to 3.0 trillion yuan."] * 3) + "\n", "en")
    src, tgt = Analysis(zh), Analysis(en)
    links = align_blocks(src, tgt)
    sentences, sentence_links = align_sentences(src, tgt, links)
    assert len([s for s in sentences if s.block.startswith("zh")]) == 61
    linked = sorted(i for link in sentence_links for i in link.source + link.target)
    assert linked == sorted(s.id for s in sentences)
    assert all(link.link in (0, 1) for link in sentence_links)


def test_block_link_too_big_to_align_inside_stays_one_link(monkeypatch):
    from northeast_text import sentence_alignment
    from northeast_text.align import align_blocks
    from northeast_text.model import Analysis
    from northeast_text.readers import parse_document

    monkeypatch.setattr(sentence_alignment, "MAX_GROUP_CELLS", 50)
    zh = parse_document("# 东北\n\n" + "辽宁省地区生产总值增长5.3%。" * 20 + "\n", "zh")
    en = parse_document("# The Northeast\n\n" + " ".join(["Liaoning grew 5.3%."] * 3) + "\n", "en")
    src, tgt = Analysis(zh), Analysis(en)
    links = align_blocks(src, tgt)
    _sentences, sentence_links = align_sentences(src, tgt, links)
    assert [link.type for link in sentence_links] == ["1-1", "20-3"]  # the title aligned, the body whole
    assert sentence_links[1].score == links[1].score


def test_with_one_sentence_a_block_the_sentence_links_are_the_block_links():
    """Nothing to align inside any block link: each sentence link is its block link, with its score
    (the sentence aligner is not run again over the same segments)."""
    from northeast_text.align import align_blocks
    from northeast_text.model import Analysis
    from northeast_text.readers import parse_document

    zh = parse_document("# 东北\n\n辽宁增长5.3%。\n\n吉林增长6.3%。\n\n黑龙江增长2.6%。\n", "zh")
    en = parse_document("# The Northeast\n\nLiaoning grew 5.3%.\n\nJilin grew 6.3%.\n\nHeilongjiang grew 2.6%.\n",
                        "en")
    src, tgt = Analysis(zh), Analysis(en)
    links = align_blocks(src, tgt)
    sentences, sentence_links = align_sentences(src, tgt, links)
    ids = {s.id: s.block for s in sentences}
    assert [(tuple(ids[x] for x in sl.source), tuple(ids[x] for x in sl.target), sl.score) for sl in sentence_links] \
        == [(tuple(zh.blocks[i].id for i in link.source), tuple(en.blocks[j].id for j in link.target), link.score)
            for link in links]


def test_review_page_shows_sentence_links_and_marks_uncertain_ones(northeast):
    """Each sentence of the review page carries its sentence link's group
    (hovering it lights up its counterparts); the sentences of a link
    scoring under 0.5 are marked uncertain, the others are not."""
    from lxml import html

    from northeast_text.writers.html import html_page

    links = list(northeast.sentence_alignment)
    first = next(k for k, link in enumerate(links) if link.source and link.target)
    links[first] = replace(links[first], score=0.1)
    page = html.fromstring(html_page(replace(northeast, sentence_alignment=tuple(links))))
    sentences = page.xpath("//span[contains(concat(' ', @class, ' '), ' s ')]")
    assert len(sentences) >= len(northeast.sentences) * 0.9
    linked = sum(len(link.source) + len(link.target) for link in links if link.source and link.target)
    assert sum(el.get("data-grp", "").startswith("sl") for el in sentences) >= linked * 0.9
    uncertain = [el for el in sentences if "sl1" in el.get("data-grp", "").split()]
    assert len(uncertain) == len(links[first].source) + len(links[first].target)
    assert all("s-low" in el.get("class").split() and "uncertain" in el.get("title") for el in uncertain)
    sure = {k for k, link in enumerate(links) if link.source and link.target and link.score >= 0.5}
    assert sum("s-low" not in el.get("class").split() for el in sentences) >= len(sure)


_SENTENCE_PIECES = ["ab 1", "甲 1", " ", "\n", "Mr.", " Smith", ". ", "He", "!", "？", "。", "”", "……", "；", "1.",
                    "U.S.", "\u3000", "Really?", "no end", "没有句号"]


@hsettings(deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=8).map("".join), st.sampled_from(["en", "zh"]))
def test_text_without_a_sentence_end_splits_as_the_general_path(text, lang):
    """split's shortcuts (no sentence-end mark looked for further; no end:
    one sentence at once) give what the full walk over the ends gives."""
    import re

    from northeast_text import sentences

    fast = split(text, lang)
    marks = sentences._ZH_MARK, sentences._EN_MARK
    try:
        sentences._ZH_MARK = sentences._EN_MARK = re.compile("")  # every text looked at in full
        assert sentences._walk(text, sentences._ends(text, lang)) == fast
    finally:
        sentences._ZH_MARK, sentences._EN_MARK = marks

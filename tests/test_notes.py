"""Tests for notes.find_notes: every note style on hand-built documents, and
the gold notes of every bundled pair (read with readers.read_document)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from northeast_text.model import NOTE_KINDS, Analysis, Block, Document, Link, Mark
from northeast_text.notes import attribute, find_notes, find_source_notes, marks_cut_within, patterns

from conftest import ROOT, corpus_pairs

HELDOUT = sorted(p.parent for p in (ROOT / "corpus-heldout").glob("*/gold.json"))


# --------------------------------------------------------------------------
# helpers


def doc(*items, lang: str = "en", meta=None) -> Document:
    """A document from block texts; an item may be (text, role) or
    (text, role, "marked") for a block wholly in emphasis, or (text, role, k)
    for a block whose first k characters are in emphasis (a lead-in)."""
    blocks = []
    for n, item in enumerate(items):
        text, role, marked = item if isinstance(item, tuple) and len(item) == 3 else (
            (item[0], item[1], "") if isinstance(item, tuple) else (item, "paragraph", ""))
        lead = marked if isinstance(marked, int) and not isinstance(marked, bool) else len(text)
        marks = (Mark("emphasis", 0, lead),) if marked else ()
        blocks.append(Block(id=f"{lang}-b{n}", n=n, lang=lang, role=role, text=text, raw=text, marks=marks))
    return Document(lang=lang, blocks=tuple(blocks), meta=meta or {})


def kinds(document: Document) -> list[tuple[str, int, str]]:
    """(kind, block index, text) of every note, in order."""
    index = {b.id: b.n for b in document.blocks}
    return [(n.kind, index[n.block], n.text) for n in find_notes(document)]


def check_invariants(document: Document) -> None:
    notes = find_notes(document)
    by_id = {b.id: b for b in document.blocks}
    assert [n.id for n in notes] == [f"n{i}" for i in range(1, len(notes) + 1)]
    order = [(by_id[n.block].n, n.start) for n in notes]
    assert order == sorted(order)
    for n in notes:
        assert n.kind in NOTE_KINDS
        assert n.place in ("inline", "end", "block")
        assert by_id[n.block].text[n.start:n.end] == n.text
        assert n.text == n.text.strip() and n.text


# --------------------------------------------------------------------------
# translator remarks


@pytest.mark.parametrize(
    "sentence, remark, resp",
    [
        ("They ranked 23rd, 26th and 26th [tr. I guess two provinces tied?].",
         "tr. I guess two provinces tied?", "translator"),
        ("The plan [Tr.: literally 'the twelfth five'] was adopted.",
         "Tr.: literally 'the twelfth five'", "translator"),
        ("He praised the policy [Translator's note: the text is ambiguous here] again.",
         "Translator's note: the text is ambiguous here", "translator"),
        ("He praised the policy (Translator's note: the text is ambiguous here) again.",
         "Translator's note: the text is ambiguous here", "translator"),
        ("He praised the policy (Translator’s Note: curly apostrophe) again.",
         "Translator’s Note: curly apostrophe", "translator"),
        ("Output fell by a third [TN: the author means gross output].",
         "TN: the author means gross output", "translator"),
        ("Output fell by a third (TN: the author means gross output).",
         "TN: the author means gross output", "translator"),
        ("The campaign of 1958（译注：即“大跃进”）changed everything.",
         "译注：即“大跃进”", "translator"),
        ("The campaign of 1958 [译注：即大跃进] changed everything.",
         "译注：即大跃进", "translator"),
        ("The figure [Editor's note: from the 2021 yearbook] is disputed.",
         "Editor's note: from the 2021 yearbook", "editor"),
        ("Their goverment [sic] declined to comment.", "sic", "editor"),
        ("The county (a unit roughly like a district — Tr.) was poor.",
         "a unit roughly like a district — Tr.", "translator"),
    ],
)
def test_inline_remarks(sentence, remark, resp):
    d = doc("Some Title", sentence)
    notes = find_notes(d)
    assert [(n.kind, n.block, n.text, n.place, n.resp) for n in notes] == [
        ("translator", "en-b1", remark, "inline", resp)
    ]
    check_invariants(d)


def test_ordinary_parentheses_are_not_notes():
    d = doc("The province (population 38 million) received 94.4 billion RMB (approx. 13.2 billion USD) "
            "in 2020 (see above) and Coase (1910-2013) agreed.")
    assert find_notes(d) == []


def test_note_paragraph_by_translator():
    d = doc(
        "Intro paragraph about nothing in particular.",
        "Note: I have corrected numerous errors in RMB to USD conversions in this translation.",
        "Translator's note: place names follow pinyin.",
        "Note: data from the National Bureau of Statistics.",
    )
    assert kinds(d) == [
        ("translator", 1, "Note: I have corrected numerous errors in RMB to USD conversions in this translation."),
        ("translator", 2, "Translator's note: place names follow pinyin."),
    ]
    notes = find_notes(d)
    assert all(n.place == "block" for n in notes)


def test_rate_declaration_paragraph_is_a_translator_note():
    d = doc(
        "Text by the author about 5 trillion RMB.",
        "All conversions use the exchange rate of 1 USD = 7.14 RMB.",
        "At the time the exchange rate of 1 USD = 8.28 RMB held fixed for years.",
    )
    assert kinds(d) == [
        ("translator", 1, "All conversions use the exchange rate of 1 USD = 7.14 RMB."),
    ]



def test_a_rate_in_a_conversions_remark_does_not_make_its_paragraph_a_note():
    d = doc(
        "GDP reached 1.2 trillion yuan (roughly US$169 billion, converted at an exchange rate of 7.1), up 5.3%.",
        "(All figures converted at an exchange rate of 7.1.)",
        "Sales fell, converted at an exchange rate of 7.2 by our desk (the figures are rounded).",
    )
    assert [(k, i) for k, i, _text in kinds(d)] == [("translator", 1), ("translator", 2)]

def test_whole_bracketed_block_is_a_block_remark():
    d = doc("A title", "[Translator's note: the next section is abridged.]", "Author text.")
    [n] = find_notes(d)
    assert (n.kind, n.block, n.place, n.text) == (
        "translator", "en-b1", "block", "Translator's note: the next section is abridged.")


# --------------------------------------------------------------------------
# glosses


def test_glosses():
    d = doc(
        "the future danger is that of “turning into Hegang[a famous mining center in Heilongjiang].”",
        "a credit to the China FAW Group [a state-owned automobile company located in Jilin] to help",
        "the idea of xiaokang [小康, moderate prosperity] spread",
        "He said [...] that it would [1] and, as Smith [Smith 2001] notes, [ ] fail.",
    )
    assert kinds(d) == [
        ("gloss", 0, "a famous mining center in Heilongjiang"),
        ("gloss", 1, "a state-owned automobile company located in Jilin"),
        ("gloss", 2, "小康, moderate prosperity"),
        ("footnote", 3, "[1]"),
    ]
    assert {n.place for n in find_notes(d)} == {"inline"}
    check_invariants(d)


# --------------------------------------------------------------------------
# footnotes


def test_footnote_references_every_style():
    d = doc(
        ("Wang, “Why Have Efforts Failed?”[1]", "title"),
        "Text with a markdown reference[^2] and a caret one^3 and a superscript one.⁴ "
        "And an HTML one<sup>5</sup>.",
        "An area of 30 km² and 10³ tonnes is no reference.",
        ("Notes", "heading"),
        "[1] Wang, first published on WeChat.",
        "[^2]: the second note.",
        "^3 the third note.",
        "⁴ the fourth note.",
    )
    assert kinds(d) == [
        ("footnote", 0, "[1]"),
        ("footnote", 1, "[^2]"),
        ("footnote", 1, "^3"),
        ("footnote", 1, "⁴"),
        ("footnote", 1, "<sup>5</sup>"),
        ("footnote", 3, "Notes"),
        ("footnote", 4, "[1] Wang, first published on WeChat."),
        ("footnote", 5, "[^2]: the second note."),
        ("footnote", 6, "^3 the third note."),
        ("footnote", 7, "⁴ the fourth note."),
    ]
    notes = find_notes(d)
    assert [n.place for n in notes] == ["inline"] * 5 + ["end"] * 5
    check_invariants(d)


@pytest.mark.parametrize("heading", ["Notes", "Endnotes", "Translator's notes", "注释", "NOTES:"])
def test_notes_headings(heading):
    d = doc("Body text with a note.[1]", (heading, "paragraph", "marked"), "[1] The entry.",
            "A continuation line of the entry.")
    assert kinds(d) == [
        ("footnote", 0, "[1]"),
        ("footnote", 1, heading),
        ("footnote", 2, "[1] The entry."),
        ("footnote", 3, "A continuation line of the entry."),
    ]


def test_reader_roles_for_notes_are_honoured():
    d = doc("Body.", ("Sources", "notes-heading"), ("1. A source.", "note-entry"))
    assert kinds(d) == [("footnote", 1, "Sources"), ("footnote", 2, "1. A source.")]


# --------------------------------------------------------------------------
# preface and afterword


@pytest.mark.parametrize("date", ["May 1, 2024", "1 May 2024"])
def test_a_dateline_day_first_is_no_section_number(date):
    """"1 May 2024" read as section 1 ("1 Introduction") made the author's text start at the
    dateline (once the original's own byline and date leave the bylines to the aligner), so
    the translator's preface after it ran on over the author's paragraphs."""
    from northeast_text.readers import parse_document

    lines = ["# Old Compounds", "By Wang Ming", date, "## A Word from the Translator",
             "I came across this piece while researching housing. I have added a few explanations.",
             "In 2023 work started on renovating 53,000 old residential compounds.",
             "The money comes mainly from central subsidies and local budgets."]
    original = parse_document("# 老旧小区改造\n\n作者：王明\n\n2024年5月1日\n\n"
                              "2023年，全国新开工改造城镇老旧小区5.3万个。\n\n"
                              "改造资金主要来自中央补助和地方财政。", "zh")
    found = [(n.block, n.kind) for n in find_notes(parse_document("\n\n".join(lines), "en"), original)
             if n.place == "block"]
    assert ("en-b4", "preface") in found
    assert not [b for b, _ in found if b in ("en-b5", "en-b6")]


def test_a_numbered_section_is_still_a_section():
    from northeast_text.notes import _doc
    from northeast_text.readers import parse_document

    d = _doc(parse_document("Title\n\n1 Introduction\n\nIn 2023 work started on 53,000 compounds.", "en"))
    assert d.section == {1}


def test_preface_zone_with_byline_introduction_and_translation_heading():
    d = doc(
        ("Li Hua, “On Growth”[1]", "title", "marked"),
        ("Introduction and Translation by Jane Roe", "paragraph", "marked"),
        ("Introduction", "paragraph", "marked"),
        "Li Hua is an economist at Fudan. I decided to translate this essay, which summarises "
        "his argument as follows:",
        "\"1. Growth has slowed since 2010.",
        "2. Reform must resume.\"",
        "This region has a long history of heavy industry.",
        "I found Li's argument persuasive, although he ignores demography.",
        "Note: I converted RMB to USD at 1 USD to 7.10 RMB.",
        ("Translation", "paragraph", "marked"),
        ("One", "paragraph", "marked"),
        "In 2003 the central government issued a document.",
        ("Notes", "paragraph", "marked"),
        "[1] Li Hua, first published on WeChat.",
    )
    assert kinds(d) == [
        ("footnote", 0, "[1]"),
        ("preface", 1, "Introduction and Translation by Jane Roe"),
        ("preface", 2, "Introduction"),
        ("preface", 3, d.blocks[3].text),
        ("preface", 6, "This region has a long history of heavy industry."),
        ("preface", 7, "I found Li's argument persuasive, although he ignores demography."),
        ("translator", 8, "Note: I converted RMB to USD at 1 USD to 7.10 RMB."),
        ("preface", 9, "Translation"),
        ("footnote", 12, "Notes"),
        ("footnote", 13, "[1] Li Hua, first published on WeChat."),
    ]
    check_invariants(d)


def test_translators_introduction_heading_without_translation_heading():
    d = doc(
        ("The Essay Title", "title"),
        ("Translator's Introduction", "heading"),
        "The author, a professor in Beijing, argues that the state should retreat.",
        "Background that a translator supplies.",
        ("I. The Problem", "heading"),
        "The problem is old.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 1), ("preface", 2), ("preface", 3)]


def test_translated_by_byline_alone_needs_voice():
    d = doc(
        ("The Essay Title", "title"),
        "Translated by John Smith",
        "I have rendered 单位 as “work unit” throughout this translation.",
        "In 2003 the central government issued a document.",
        "It was one of three strategies.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 1), ("preface", 2)]


def test_authors_own_introduction_is_not_preface():
    d = doc(
        ("On Growth", "title"),
        ("1. Introduction", "heading"),
        "Growth in the region has slowed for two decades.",
        ("Introduction", "heading"),
        "The state has spent heavily on the region.",
        ("2. Causes", "heading"),
        "There are many causes.",
    )
    assert find_notes(d) == []


def test_introduction_after_translation_start_is_the_authors():
    d = doc(
        ("Translated by Jane Roe", "paragraph"),
        ("Translation", "heading"),
        ("Introduction", "heading"),
        "The state has spent heavily on the region.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 0), ("preface", 1)]


def test_afterword_zone():
    d = doc(
        ("Translation", "heading"),
        "The author's last paragraph.",
        ("Translator's Afterword", "heading"),
        "Reading this essay again, I am struck by its optimism.",
        "Its figures deserve a second look.",
        ("Notes", "heading"),
        "[1] An entry.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [
        ("preface", 0), ("preface", 2), ("preface", 3), ("preface", 4), ("footnote", 5), ("footnote", 6)]


def test_preface_before_translation_heading_without_introduction_heading():
    d = doc(
        ("Title", "title"),
        "I translated this speech because it is rarely cited.",
        ("Translation", "heading"),
        "Comrades, the situation is good.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 1), ("preface", 2)]


def test_inline_notes_inside_preface_blocks_are_not_doubled():
    d = doc(
        ("Introduction", "heading"),
        "I translate Hegang [a mining city] as is.[2]",
        ("Translation", "heading"),
        "Text.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [
        ("preface", 0), ("preface", 1), ("footnote", 1), ("preface", 2)]


def test_patterns_are_data():
    p = patterns()
    assert p.headings["translation"] == "translation"
    assert p.headings["注释"] == "notes"
    assert any(r.resp == "editor" for r in p.remarks)


def test_plain_author_text_has_no_notes():
    d = doc(
        ("Why the Northeast Lags", "title"),
        "In 2020, profits were less than 1% of Shanghai's (see Table 1).",
        "“Rust belt” is a term used in the United States.",
        ("Two", "heading"),
        "So why is it that the decline has become irreversible?",
    )
    assert find_notes(d) == []


# --------------------------------------------------------------------------
# the bundled pairs' gold


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links
    text = re.sub(r"\\(.)", r"\1", text)  # escapes
    text = text.replace("*", "").replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).strip()


def score_pair(pair: Path) -> tuple[list[dict], list, list]:
    """(gold notes missed, notes matched, extra notes) for one corpus pair."""
    from northeast_text import readers

    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    target = gold["target"]
    document = readers.read_document(pair / target["file"], target["lang"])
    notes = find_notes(document)
    index = {b.id: b.n for b in document.blocks}
    unmatched = list(notes)
    missed, matched = [], []
    for g in gold.get("notes", []):
        gt = _norm(g["text"])
        hit = next(
            (n for n in unmatched
             if n.kind == g["kind"] and index[n.block] == g["en_block"]
             and (gt in _norm(n.text) or _norm(n.text) in gt) and _norm(n.text)),
            None,
        )
        if hit is None:
            missed.append(g)
        else:
            unmatched.remove(hit)
            matched.append(hit)
    check_invariants(document)
    return missed, matched, unmatched


def test_northeast_gold_notes_exactly(northeast_dir):
    missed, matched, extra = score_pair(northeast_dir)
    assert missed == []
    assert extra == []
    assert len(matched) == 13


@pytest.mark.parametrize("pair", corpus_pairs(), ids=lambda p: p.name)
def test_corpus_gold_notes_recalled(pair):
    missed, _matched, extra = score_pair(pair)
    assert missed == [], f"missed gold notes: {missed}"
    assert extra == [], f"extra notes: {[(n.kind, n.block, n.text[:60]) for n in extra]}"


def test_unmarked_translators_opening_paragraphs():
    d = doc(
        ("Why Ports Matter", "title"),
        "I translated this essay because it explains the port groups well.",
        "The author, he argues, writes for business readers.",
        "The Yangtze is known as the golden waterway.",
        "Cargo traffic grew again in 2023.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 1), ("preface", 2)]


def test_commentary_after_the_translation_is_an_afterword():
    d = doc(
        ("Translation", "heading"),
        "The author's text.",
        ("Commentary", "heading"),
        "The essay says little about demography.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 0), ("preface", 2), ("preface", 3)]


def test_bracketed_dates_are_glosses():
    d = doc("During the 14th Five-Year Plan [2021–2025], investment rose.")
    assert kinds(d) == [("gloss", 0, "2021–2025")]


def test_numbered_points_do_not_end_an_open_preface_zone():
    d = doc(
        ("Translator's Introduction", "heading"),
        "The author summarises his points:",
        ("1. Growth slowed", "list-item"),
        ("2. Reform stalled", "list-item"),
        "I think the second point matters most.",
        ("I. The Problem", "heading"),
        "The problem is old.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 0), ("preface", 1), ("preface", 4)]


def test_authors_note_paragraph_is_not_the_translators():
    d = doc("Note: the data in this article come from the 2022 yearbook.")
    assert find_notes(d) == []


_PIECES = st.sampled_from([
    "word ", "[", "]", "(", ")", "（", "）", "【", "】", "[1]", "^2", "³", "km²", "tr. ", "TN: ",
    "译注：", "Note: ", "I ", "translated ", "Introduction", "Translation", "Notes", "1. ", ". ", "\n",
])


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=12).map("".join), min_size=1, max_size=6))
def test_spans_are_verbatim_on_arbitrary_text(texts):
    d = doc(*texts)
    check_invariants(d)


# --------------------------------------------------------------------------
# the translator's voice in other conventions


def test_publisher_block_is_kept_apart():
    d = doc(
        ("Offshore Wind", "title"),
        "By Liu Wei Translated from the Chinese by Anna Berg Originally published in Energy Review, "
        "4 March 2024 Source: https://example.org/x",
        "In 2023 China added 6.8 million kilowatts.",
    )
    # lines joined by the reader: the raw lines decide
    blocks = list(d.blocks)
    raw = ("By Liu Wei\nTranslated from the Chinese by Anna Berg\n"
           "Originally published in *Energy Review*, 4 March 2024\nSource: <https://example.org/x>")
    blocks[1] = Block(id="en-b1", n=1, lang="en", role="paragraph", text=blocks[1].text, raw=raw)
    d = Document(lang="en", blocks=tuple(blocks))
    [n] = find_notes(d)
    assert (n.kind, n.block, n.resp, n.place) == ("preface", "en-b1", "editor", "block")


@pytest.mark.parametrize("credits", [
    "By Liu Wei | Translated by Anna Berg | 4 March 2024",
    "Rendered into English by Tom Reyes. Reproduced with permission.",
    "This article was first published in Caixin Weekly on 4 March 2024.",
    "© 2024 Energy Review. All rights reserved.",
])
def test_one_line_credits(credits):
    d = doc(credits, "By the end of 2023 output had doubled.")
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 0)]


def test_a_source_line_of_the_authors_is_no_credit():
    assert find_notes(doc("Source: National Bureau of Statistics, 2023.")) == []


@pytest.mark.parametrize("credits", [
    "2020-07-26 07:01:37 Source: Economic Daily Author: Wang Sishuo Editor: Wang Sishuo",  # a news page's line
    "Source: Xinhua Editor: Liu Yang",  # two fields
    "(Reporting by Kevin Yao and Ryan Woo; Editing by Kim Coghill)",  # a wire service's credits
    "Reporting by Kevin Yao in Beijing. Editing by Kim Coghill",
    "(END)",
])
def test_news_page_credits_are_the_publishers(credits):
    d = doc("Output rose 5% in 2023.", credits)
    assert [(n.kind, n.block, n.resp) for n in find_notes(d)] == [("preface", "en-b1", "editor")]


@pytest.mark.parametrize("credits", [
    "2020-07-26 07:01:37 来源：经济日报 作者：王思硕 责任编辑：王思硕",
    "责任编辑：刘洋",
    "原标题：吉林粮食总产量再创新高",
    "（完）",
    "【纠错】 【责任编辑：刘洋】",
])
def test_news_page_credits_in_the_original_are_the_publishers(credits):
    zh = doc("2023年产量增长5%。", credits, lang="zh")
    assert [(n.kind, n.block, n.resp) for n in find_source_notes(zh)] == [("preface", "zh-b1", "editor")]


@pytest.mark.parametrize("caption", [
    "图为10月8日，农民在吉林省榆树市一农场收割玉米。新华社记者 许畅 摄",
    "（新华社记者 许畅 摄）",
    "视觉中国供图",
])
def test_a_photos_caption_and_credit_are_the_publishers(caption):
    zh = doc("2023年产量增长5%。", caption, lang="zh")
    assert [(n.kind, n.block, n.resp) for n in find_source_notes(zh)] == [("preface", "zh-b1", "editor")]


def test_a_related_stories_list_is_the_publishers_and_a_list_of_the_text_is_not():
    zh = doc("2023年产量增长5%。", "延伸阅读：", ("黑龙江粮食产量连续13年居全国首位", "list-item"),
             ("辽宁秋粮收获进度过半", "list-item"), "主要措施：", ("新建高标准农田500万亩", "list-item"), lang="zh")
    assert [n.block for n in find_source_notes(zh)] == ["zh-b1", "zh-b2", "zh-b3"]
    en = doc("Output rose 5%.", "Read more:", ("Heilongjiang leads for a 13th year", "list-item"))
    assert [(n.block, n.resp) for n in find_notes(en)] == [("en-b1", "editor"), ("en-b2", "editor")]


@pytest.mark.parametrize("text", [
    "Reporting by the ministry shows that output rose 5%.",  # a sentence: no names after "by"
    "Reporting by Reuters (since 2020) shows that output rose 5%.",
    "Source: National Bureau of Statistics.",  # one source alone is the author's
])
def test_prose_that_starts_like_credits_is_no_credit(text):
    assert find_notes(doc("Output rose 5% in 2023.", text)) == []


@pytest.mark.parametrize("marker", ["†", "*", "‡"])
def test_symbol_markers_linked_to_closing_entries(marker):
    d = doc(
        f"Most of it goes into subsea cables{marker} and foundations.",
        "The author's last paragraph.",
        f"{marker} Export cables carry the power to shore. — Ed.",
    )
    assert kinds(d) == [("footnote", 0, marker), ("footnote", 2, d.blocks[2].text)]
    check_invariants(d)


def test_a_closing_bulleted_list_is_no_notes_section():
    d = doc("The *real* cost* is higher.", ("* first point", "list-item"), ("* second point", "list-item"))
    assert find_notes(d) == []
    d = doc("The *real* cost is higher.", "* The figure is from 2023.")
    assert find_notes(d) == []


def test_symbols_without_an_entry_are_not_references():
    d = doc("A *starred* word* and a dagger† here.", "Nothing at the end refers back.")
    assert find_notes(d) == []


def test_parenthesised_numbers_are_references_only_with_entries():
    d = doc(
        "Capacity rose 40% from 2013(1). The plan has two parts: (1) build, (2) rotate.",
        ("Endnotes", "notes-heading"),
        ("(1) Source: the 2023 yearbook.", "note-entry"),
    )
    assert kinds(d) == [("footnote", 0, "(1)"), ("footnote", 1, "Endnotes"),
                        ("footnote", 2, "(1) Source: the 2023 yearbook.")]
    assert find_notes(doc("Capacity rose 40% from 2013(1).")) == []


@pytest.mark.parametrize("sentence, remark", [
    ("Bus services (客货邮融合 — translator's note) carry parcels.", "客货邮融合 — translator's note"),
    ("Bus services (客货邮融合 — TN) carry parcels.", "客货邮融合 — TN"),
    ("班车捎带快递（即客货邮融合，译者注）。", "即客货邮融合，译者注"),
    ("The minimum (Translator — about 17 US dollars) rose.", "Translator — about 17 US dollars"),
    ("The minimum [Editor – figure corrected] rose.", "Editor – figure corrected"),
])
def test_more_signatures(sentence, remark):
    assert kinds(doc(sentence)) == [("translator", 0, remark)]


def test_authors_note_rendered_inline_is_neither_note_nor_gloss():
    d = doc("Costs are two to three times higher [Author's note: according to a survey of three counties].")
    assert find_notes(d) == []


def test_markdown_footnotes_with_any_label_and_tn_markers():
    d = doc("Less than 1,000 yuan a month.[^cost] And a term[TN1].", "[^cost]: About 140 US dollars.",
            "[TN1] A term of art.")
    assert kinds(d) == [("footnote", 0, "[^cost]"), ("footnote", 0, "[TN1]"),
                        ("footnote", 1, "[^cost]: About 140 US dollars."), ("footnote", 2, "[TN1] A term of art.")]


def test_translators_speaking_of_their_translating_in_the_plural():
    d = doc("Output rose.", "We translated this essay for our newsletter on rural China.", "Output fell.")
    assert [(k, i) for k, i, _ in kinds(d)] == [("translator", 1)]


def test_the_originals_editors_note_is_left_to_the_aligner():
    zh = doc("编者按：本文作者长期跟踪县域物流。", "正文。", lang="zh")
    en = doc("Editor's note: The author has long followed county-level logistics.", "The text.")
    assert [(n.kind, n.block, n.resp) for n in find_source_notes(zh)] == [("translator", "zh-b0", "editor")]
    assert find_notes(en, zh) == [] and len(find_notes(en)) == 1


@pytest.mark.parametrize("cut", ["[…]", "(...)", "[略]", "……"])
def test_a_block_marking_a_cut_is_the_translators(cut):
    assert kinds(doc("First.", cut, "Third.")) == [("translator", 1, cut)]


@pytest.mark.parametrize("text, marked", [
    ("They include 21 reading rooms, among others […].", True),
    ("The list goes on (...) to the smaller venues.", True),
    ("其中城市书房21个（略）。", True),
    ("They include 21 reading rooms, among others.", False),  # a summary, not a marked cut
    ("And so it went on...", False),  # an ellipsis without brackets is punctuation
    ("[…]", True),
])
def test_a_cut_marked_inside_a_paragraph(text, marked):
    assert marks_cut_within(text) is marked


def test_letter_markers_and_a_glossary_heading():
    d = doc(
        "Work started on 53,000 compounds[a] in 2023.",
        ("Glossary", "heading"),
        "[a] 小区, a gated residential compound.",
    )
    assert kinds(d) == [("footnote", 0, "[a]"), ("footnote", 1, "Glossary"),
                        ("footnote", 2, "[a] 小区, a gated residential compound.")]


def test_notes_heading_in_other_words():
    d = doc(
        "Many libraries have little money\u00b9 to buy books.",
        ("Notes by the Translator", "heading"),
        "¹ About 28,000 US dollars.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("footnote", 0), ("footnote", 1), ("footnote", 2)]


def test_lead_in_opens_a_translators_block():
    text = "A word after the translation. Zhao asked me to keep her plain style."
    d = doc("The author's text.", (text, "paragraph", len("A word after the translation.")))
    assert kinds(d) == [("preface", 1, text)]


def test_heading_naming_the_translator_opens_the_introduction():
    d = doc(
        ("Renovating Old Compounds", "title"),
        ("A Word from the Translator", "heading"),
        "I came across this piece while researching housing policy.",
        "In 2023 work started on 53,000 compounds.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("preface", 1), ("preface", 2)]


def test_first_person_talk_of_the_original_is_the_translators():
    d = doc(
        "Output rose in 2023.",
        "Here I have kept the original's order of the figures, which reads oddly in English.",
        "Output fell in 2024.",
    )
    assert [(k, i) for k, i, _ in kinds(d)] == [("translator", 1)]


@pytest.mark.parametrize("text", [
    "I visited the depot in 2022 and the original plan was already late.",
    "I believe lower rates translate into higher investment.",
    "In my view the gap in Chinese cities will widen.",
    "By Design",
])
def test_authors_first_person_is_not_the_translators(text):
    assert find_notes(doc(text, "It rained.")) == []


def test_source_notes_are_the_authors():
    zh = doc(
        ("粮食储备", "title"),
        "截至2023年底，仓容增长约40%①。",
        ("注释", "notes-heading"),
        ("① 数据来源：年报。", "note-entry"),
        lang="zh",
    )
    notes = find_source_notes(zh)
    assert [(n.kind, n.block, n.text, n.resp) for n in notes] == [
        ("footnote", "zh-b1", "①", "author"),
        ("footnote", "zh-b2", "注释", "author"),
        ("footnote", "zh-b3", "① 数据来源：年报。", "author"),
    ]


def test_source_bylines_are_the_publishers():
    zh = doc(("标题", "title"), "作者：王明", "2024年5月1日", "正文第一段。", lang="zh")
    assert [(n.kind, n.block, n.resp) for n in find_source_notes(zh)] == [
        ("preface", "zh-b1", "editor"), ("preface", "zh-b2", "editor")]


def test_with_authors_notes_in_the_original_unsigned_entries_wait_for_alignment():
    zh = doc("正文①。", ("注释", "notes-heading"), ("① 数据来源：年报。", "note-entry"), lang="zh")
    en = doc(
        "The text(1) and more(2).",
        ("Endnotes", "notes-heading"),
        ("(1) Source: the annual report.", "note-entry"),
        ("(2) A term of art. — Trans.", "note-entry"),
    )
    assert [(k, i) for k, i, _ in kinds(en)] == [("footnote", 0), ("footnote", 0), ("footnote", 1),
                                                ("footnote", 2), ("footnote", 3)]
    index = {b.id: b.n for b in en.blocks}
    before = find_notes(en, zh)
    assert [(n.kind, index[n.block]) for n in before] == [("footnote", 0), ("footnote", 0), ("footnote", 3)]
    # after alignment: (1) answers the author's note, (2) has no counterpart
    links = [Link((0,), (0,), 0.9), Link((1,), (1,), 0.9), Link((2,), (2,), 0.9), Link((), (3,), 0.9)]
    after = attribute(Analysis(document=zh), Analysis(document=en, notes=tuple(before)), links)
    assert [(n.kind, index[n.block], n.text, n.resp) for n in after] == [
        ("footnote", 0, "(1)", "author"),
        ("footnote", 0, "(2)", "translator"),
        ("footnote", 3, "(2) A term of art. — Trans.", "translator"),
    ]
    assert [n.id for n in after] == ["n1", "n2", "n3"]


def test_a_translators_notes_section_next_to_the_authors():
    zh = doc("正文①。", ("注释", "notes-heading"), ("① 数据来源：年报。", "note-entry"), lang="zh")
    en = doc(
        "The text[1] and more[2].",
        ("Author's Notes", "notes-heading"),
        ("[1] Source: the annual report.", "note-entry"),
        ("Translator's Notes", "notes-heading"),
        ("[2] A term of art.", "note-entry"),
    )
    index = {b.id: b.n for b in en.blocks}
    assert [(n.kind, index[n.block]) for n in find_notes(en, zh)] == [
        ("footnote", 0), ("footnote", 0), ("footnote", 3), ("footnote", 4)]


def _revise(zh_texts, en_items, links):
    zh = doc(*zh_texts, lang="zh")
    en = doc(*en_items)
    notes = find_notes(en, zh)
    index = {b.id: b.n for b in en.blocks}
    after = attribute(Analysis(document=zh), Analysis(document=en, notes=tuple(notes)), links)
    return [(n.kind, index[n.block]) for n in after if n.resp != "author"]


def test_introduction_announced_in_its_first_paragraph_continues_until_the_text():
    got = _revise(
        [("标题", "title"), "2023年，全国共有县级公共图书馆2,750个。", "很多县馆经费不足。"],
        [("The Title", "title"),
         "What follows is my translation of a short commentary. A few words of introduction first.",
         "Public libraries there form a hierarchy that runs from the national library down to the county.",
         "In 2023 there were 2,750 county libraries.",
         "Many have little money."],
        [Link((0,), (0,), 0.9), Link((), (1,), 0.9), Link((), (2,), 0.5), Link((1,), (3,), 0.9),
         Link((2,), (4,), 0.9)],
    )
    assert got == [("preface", 1), ("preface", 2)]


def test_continuation_inside_a_one_to_two_link_is_split_off_by_length():
    hierarchy = ("Public libraries there form a hierarchy that runs from the national library through provincial "
                 "and city libraries down to the county, the lowest tier with its own building and budget.")
    texts = [("The Title", "title"),
             "What follows is my translation of a short commentary. A few words of introduction first.",
             hierarchy,
             "In 2023 there were 2,750 county libraries, 240 more than in 2013.",
             "Many have little money for books."]
    zh = [("标题", "title"), "2023年全国共有县级公共图书馆2,750个，比2013年增加240个。", "很多县馆购书经费不足。"]
    one_two = [Link((0,), (0,), 0.9), Link((), (1,), 0.9), Link((1,), (2, 3), 0.5), Link((2,), (4,), 0.9)]
    assert _revise(zh, texts, one_two) == [("preface", 1), ("preface", 2)]
    # a real 1-2 link (the author's paragraph split in two) after the introduction stays
    texts[2] = "In 2023 there were 2,750 county libraries,"
    texts[3] = "240 more than in 2013."
    assert _revise(zh, texts, one_two) == [("preface", 1)]


def test_afterword_without_a_heading_and_its_continuation():
    got = _revise(
        ["正文第一段，讲了很多事情。", "正文最后一段。"],
        ["The first paragraph of the author's text, which says a lot.",
         "The last paragraph.",
         "When I sent the author my draft, she asked me to keep the original's plain style.",
         "Her model has since been copied in two provinces.",
         "Readers still complain about opening hours."],
        [Link((0,), (0,), 0.9), Link((1,), (1,), 0.9), Link((), (2,), 0.9), Link((), (3,), 0.9),
         Link((), (4,), 0.9)],
    )
    assert got == [("preface", 2), ("preface", 3), ("preface", 4)]


def test_leading_block_of_a_link_that_speaks_of_the_translation():
    texts = [("The Title", "title"),
             ("This is a translation of a commentary that appeared in a trade paper in early 2024; "
              "foreign coverage tends to ignore the small-town car market it describes."),
             "In 2023 China sold 9.5 million new energy vehicles, 30 percent in county markets.",
             "Charging is the weakness."]
    zh = [("标题", "title"), "2023年全国新能源汽车销量949.5万辆，县乡市场约占三成。", "充电是短板。"]
    links = [Link((0,), (0,), 0.9), Link((1,), (1, 2), 0.5), Link((2,), (3,), 0.9)]
    assert _revise(zh, texts, links) == [("preface", 1)]


def test_unlinked_italic_paragraph_framing_the_text():
    zh = doc("第一段。", "第二段。", lang="zh")
    en = doc("The first paragraph.", "The second paragraph.",
             ("This series is supported by a grant from a foundation.", "paragraph", "marked"))
    links = [Link((0,), (0,), 0.9), Link((1,), (1,), 0.9), Link((), (2,), 0.5)]
    after = attribute(Analysis(document=zh), Analysis(document=en, notes=tuple(find_notes(en, zh))), links)
    assert [(n.kind, n.block, n.resp) for n in after] == [("preface", "en-b2", "editor")]


def test_separator_before_an_afterword():
    got = _revise(
        ["正文第一段，讲了很多事情。", "正文最后一段。"],
        ["The first paragraph of the author's text, which says a lot.", "The last paragraph.",
         ("* * *", "list-item"), "When I sent the author my draft, she asked me to keep the original's style."],
        [Link((0,), (0,), 0.9), Link((1,), (1,), 0.9), Link((), (2,), 0.9), Link((), (3,), 0.9)],
    )
    assert got == [("preface", 2), ("preface", 3)]


def test_a_voice_taken_for_the_translators_that_faces_an_unlinked_source_block_is_the_authors():
    said = "As I wrote in the original article, the county must pay for the librarians itself."
    zh = doc("第一段，讲了很多事情。", "正如我在原文中所写，县里必须自己负担图书管理员的工资。", "第三段，也讲了很多。",
             lang="zh")
    en = doc("The first paragraph, which says a lot.", said, "The third paragraph, which says a lot too.")
    notes = find_notes(en, zh)
    assert [(n.kind, n.block) for n in notes] == [("translator", "en-b1")]  # before alignment: the voice
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.3), Link((), (1,), 0.3), Link((2,), (2,), 0.9)]
    assert attribute(Analysis(document=zh), Analysis(document=en, notes=tuple(notes)), links) == ()


def test_unlinked_block_without_voice_stays_unattributed():
    got = _revise(
        ["第一段。", "第二段。"],
        ["The first paragraph.", "Europe has led the way: Norway's Hywind Tampen has run since 2023.",
         "The second paragraph."],
        [Link((0,), (0,), 0.9), Link((), (1,), 0.5), Link((1,), (2,), 0.9)],
    )
    assert got == []


def test_unlinked_remark_inside_the_text_is_a_translator_note():
    got = _revise(
        ["第一段。", "第二段。"],
        ["The first paragraph.", "The author here refers to the 2018 reform.", "The second paragraph."],
        [Link((0,), (0,), 0.9), Link((), (1,), 0.5), Link((1,), (2,), 0.9)],
    )
    assert got == [("translator", 1)]


def test_bylines_the_original_shares_are_aligned_not_notes():
    zh = doc(("标题", "title"), "作者：王明", "正文。", lang="zh")
    en = doc(("The Title", "title"), "By Wang Ming", "The text.")
    assert find_notes(en) != [] and find_notes(en, zh) == []


# --------------------------------------------------------------------------
# the held-out pairs through the whole pipeline (alignment decides)


def _pipeline_notes(pair: Path):
    from northeast_text.pipeline import annotate_files

    result = annotate_files(next(pair.glob("zh.*")), next(pair.glob("en.*")))
    index = {b.id: b.n for b in result.target.document.blocks}
    return sorted((n.kind, index[n.block]) for n in result.target.notes if n.resp != "author")


@pytest.mark.parametrize("pair", HELDOUT, ids=lambda p: p.name)
def test_heldout_pairs_every_note_with_kind_and_block(pair):
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    assert _pipeline_notes(pair) == sorted((g["kind"], g["en_block"]) for g in gold["notes"])


def test_heldout_notes_reach_valid_tei(assert_valid_tei):
    """Markers linked to their entries (the author's and the translator's) stay valid TEI."""
    from northeast_text.pipeline import annotate_files
    from northeast_text.writers.tei import integrity_errors, to_tei

    pair = ROOT / "corpus-heldout" / "grain-reserves"
    tree = to_tei(annotate_files(pair / "zh.md", pair / "en.md"))
    assert_valid_tei(tree)
    assert integrity_errors(tree) == []
    refs = [r.get("target") for r in tree.iter("{http://www.tei-c.org/ns/1.0}ref") if r.get("type") == "noteAnchor"]
    # (1) and (3) point at the author's entries (blocks), (2) at the translator's entry note
    assert refs[0] == "#en-b12" and refs[2] == "#en-b14"
    assert refs[1].startswith("#en-n")


# --------------------------------------------------------------------------
# pattern lists tested at once


def test_any_of_agrees_with_each_pattern_and_keeps_case_flags():
    import regex

    from northeast_text.notes import AnyOf

    rxs = [regex.compile(r"\bI translated\b", 0), regex.compile(r"(?i)^by\s+\w+$"),
           regex.compile(r"notes?$", regex.IGNORECASE)]
    one = AnyOf(rxs)
    assert one._union is not None  # one scan, not three
    for text in ["I translated it", "i translated it", "BY Smith", "by Smith Jr", "End NOTES", "nothing", ""]:
        assert one.search(text) == any(rx.search(text) for rx in rxs), text
        assert one.match(text) == any(rx.match(text) for rx in rxs), text


def test_any_of_falls_back_to_each_pattern_when_they_cannot_be_joined():
    import regex

    from northeast_text.notes import AnyOf

    rxs = [regex.compile(r"(a)\1"), regex.compile(r"x(?i)Y")]  # a back-reference; a flag mid-pattern
    both = AnyOf(rxs)
    assert both._union is None
    assert both.search("xaa") and both.search("xy") and not both.search("ab")


def test_every_bundled_pattern_list_is_one_scan():
    pats = patterns()
    lists = [pats.bylines, pats.rates, pats.rate_voice, pats.sections, pats.publisher, pats.notes_headings,
             pats.paragraph_starts, *pats.voice.values()]
    assert all(rx_list._union is not None for rx_list in lists)


def test_many_brackets_and_markers_in_one_block_are_all_read():
    """Each inline reference is found once, however many the block holds (linear, not quadratic)."""
    text = "A figure[1] and a remark (x) with a mark¹ here. " * 3000
    d = doc(text, "[1] The entry.")
    notes = [n for n in find_notes(d) if n.block == "en-b0"]
    assert sum(n.text == "[1]" for n in notes) == 3000
    assert sum(n.text == "¹" for n in notes) == 3000


# ---------------------------------------------------------------- many texts scanned at once

_PIECES = ["I ", "we ", "my translation", "translated", " by Jane Doe", "Notes", "Translator: X", "1. ", "II ",
           "the author", "the original,", "原文", "译者：王", "exchange rate of 7.1 yuan", "$1 = 7.1 yuan", "\n",
           " ", ".", "第一章", "Chapter One", "published by", "ab 1", "甲", "[1]", "*", "—", "into French",
           " to Russian", "into English", "²", "3", "†", "(1)", "①", "^2", "<sup>1</sup>", "omitted"]


@hsettings(deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=12))
def test_texts_scanned_at_once_match_as_one_by_one(texts):
    """AnyOf.matching (every text joined, one scan per pattern) finds exactly
    the texts AnyOf.search (at_start: AnyOf.match) finds, for every pattern
    set of the notes, at the edges of neighbouring texts too."""
    pats = patterns()
    sets = [pats.bylines, pats.sections, pats.notes_headings, pats.publisher, pats.rates, pats.rate_voice,
            pats.inline_marks, pats.linked_marks, pats.cut, pats.definitions, pats.paragraph_starts,
            *pats.voice.values()]
    assert all(p.joinable for p in sets)
    for p in sets:
        assert p.matching(texts) == {i for i, text in enumerate(texts) if p.search(text)}
        assert p.matching(texts, at_start=True) == {i for i, text in enumerate(texts) if p.match(text)}


def test_long_texts_are_searched_pattern_by_pattern_alike():
    from northeast_text import notes

    pats = patterns()
    for text in ("word Shenyang and " * 1000 + "at an exchange rate of 7.1 yuan", "the author " * 2000, "ab " * 5000):
        assert len(text) > notes.LONG_TEXT
        for p in (pats.rates, *pats.voice.values()):
            assert p.search(text) == any(rx.search(text) for rx in p)


@hsettings(deadline=None)
@given(st.lists(st.sampled_from(["By Jane Doe", " ", "\n", "\u2028", "|", " | ", "ab 1", "Source:", "**", "\\",
                                 "[x](http://a.b)", ". ", "The ", "© 2020", "甲", "。"]), max_size=8).map("".join))
def test_publisher_parts_of_a_plain_line_are_the_full_walks(text):
    """_publisher_parts' shortcut (nothing to cut or clean: the block is its
    own part) gives what the full walk over its lines and parts gives."""
    from northeast_text import notes

    block = Block(id="en-b0", n=0, lang="en", role="paragraph", text=text.strip(), raw=text)
    fast = notes._publisher_parts(block)
    kept = notes._LINE_PART_OR_MARKUP
    try:
        notes._LINE_PART_OR_MARKUP = re.compile("")  # every block walked in full
        assert notes._publisher_parts(block) == fast
    finally:
        notes._LINE_PART_OR_MARKUP = kept


@hsettings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_inline_notes_need_a_bracket_or_a_reference_mark(text):
    """Where find_notes skips a block (no bracket, no reference mark in it),
    the inline notes it skips are none."""
    from northeast_text import notes

    pats = patterns()
    block = Block(id="en-b0", n=0, lang="en", role="paragraph", text=text, raw=text)
    if not pats.inline_marks.search(text):
        assert notes._inline(block, 0, pats, refs_only=False, labels={"1", "†", "*", "①"}) == [] \
            or pats.linked_marks.search(text)
        assert notes._inline(block, 0, pats, refs_only=False) == []


@pytest.mark.parametrize("pattern, loosened", [
    (r"a(?!b)c", "ac"), (r"(?<![\d⁰])[⁰]+", "[⁰]+"), (r"x++y", "x+y"), (r"a{2,3}+b", "a{2,3}b"),
    (r"(?>ab)c", "(?:ab)c"), (r"\Aab\Z", "^ab$"), (r"[(?!]x", "[(?!]x"), (r"a+?b", "a+?b"), (r"\p{L}?+", r"\p{L}?"),
    (r"(?<=x)y", "(?<=x)y"), (r"(?i:by)\s+\p{Lu}+", r"(?i:by)\s+\p{Lu}+"), (r"(?-m:^a)", None), (r"a\Kb", None),
])
def test_patterns_are_loosened_for_texts_joined_by_line_breaks(pattern, loosened):
    from northeast_text.notes import _loosened

    assert _loosened(pattern) == loosened

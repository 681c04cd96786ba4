"""Tests for notes.find_notes: every note style on hand-built documents, and
the gold notes of every bundled pair (read with readers.read_document)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from northeast_text.model import Block, Document, Mark, NOTE_KINDS
from northeast_text.notes import find_notes, patterns

from conftest import corpus_pairs


# --------------------------------------------------------------------------
# helpers


def doc(*items, lang: str = "en", meta=None) -> Document:
    """A document from block texts; an item may be (text, role) or
    (text, role, "marked") for a block wholly in emphasis."""
    blocks = []
    for n, item in enumerate(items):
        text, role, marked = item if isinstance(item, tuple) and len(item) == 3 else (
            (item[0], item[1], "") if isinstance(item, tuple) else (item, "paragraph", ""))
        marks = (Mark("emphasis", 0, len(text)),) if marked else ()
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
    missed, matched, extra = score_pair(pair)
    assert missed == [], f"missed gold notes: {missed}"
    total = len(matched) + len(extra)
    precision = len(matched) / total if total else 1.0
    assert precision >= 0.8, f"extra notes: {[(n.kind, n.block, n.text[:60]) for n in extra]}"


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


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "word ", "[", "]", "(", ")", "（", "）", "【", "】", "[1]", "^2", "³", "km²", "tr. ", "TN: ",
    "译注：", "Note: ", "I ", "translated ", "Introduction", "Translation", "Notes", "1. ", ". ", "\n",
])


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=12).map("".join), min_size=1, max_size=6))
def test_spans_are_verbatim_on_arbitrary_text(texts):
    d = doc(*texts)
    check_invariants(d)

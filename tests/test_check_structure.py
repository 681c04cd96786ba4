"""The structure check: whole blocks left out (omission) or added (addition)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northeast_text.checks.structure import check_structure, excerpt
from northeast_text.checks import load_checks
from northeast_text.model import Analysis, AnnotatedPair, Block, Document, Link, Note
from northeast_text.pipeline import annotate_files

from conftest import corpus_pairs


def _doc(lang, texts, roles=None):
    roles = roles or ["paragraph"] * len(texts)
    blocks = tuple(
        Block(id=f"{lang}-b{i}", n=i, lang=lang, role=r, text=t) for i, (t, r) in enumerate(zip(texts, roles))
    )
    return Document(lang=lang, blocks=blocks)


def _pair(src, tgt, links, notes=()):
    return AnnotatedPair(
        id="t", source=Analysis(document=src), target=Analysis(document=tgt, notes=tuple(notes)),
        alignment=tuple(links),
    )


CONFIG = load_checks()["structure"].config


def test_omission_of_a_paragraph_is_an_error():
    src = _doc("zh", ["第一段。", "这一段讲了二〇二三年全国共有五十二家动力电池企业实现装车配套的情况。", "第三段。"])
    tgt = _doc("en", ["First.", "Third."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((2,), (1,), 0.9)]
    [f] = check_structure(_pair(src, tgt, links), CONFIG)
    assert (f.kind, f.severity, f.source_block, f.target_block) == ("omission", "error", "zh-b1", None)
    assert src.blocks[1].text.startswith(f.source_text)
    assert "after en-b0" in f.message


def test_omitted_heading_is_only_a_warning():
    src = _doc("zh", ["一", "正文很长的一段话，讲了很多事情，至少有二十五个字符那么长吧。"], ["heading", "paragraph"])
    tgt = _doc("en", ["A long paragraph."])
    [f] = check_structure(_pair(src, tgt, [Link((0,), (), 0.5), Link((1,), (0,), 0.9)]), CONFIG)
    assert f.severity == "warning"


def test_addition_without_note_is_flagged_but_translator_material_is_not():
    src = _doc("zh", ["正文。"])
    added = "This paragraph was added by someone and nothing tells the reader where it comes from, which matters."
    tgt = _doc("en", ["Text.", added, "Note: I converted RMB to USD at 7.1 yuan to the dollar throughout."])
    note = Note(id="n1", kind="translator", block="en-b2", start=0, end=len(tgt.blocks[2].text),
                text=tgt.blocks[2].text, place="block")
    links = [Link((0,), (0,), 0.9), Link((), (1,), 0.5), Link((), (2,), 0.9)]
    findings = check_structure(_pair(src, tgt, links, [note]), CONFIG)
    assert [(f.kind, f.target_block, f.severity) for f in findings] == [("addition", "en-b1", "warning")]


def test_excerpt_is_a_verbatim_prefix():
    text = "第一句话。第二句话。"
    assert excerpt(text, 40) == "第一句话。"
    assert excerpt("x" * 100, 40) == "x" * 40


@pytest.mark.parametrize("pair_dir", corpus_pairs(), ids=lambda p: p.name)
def test_corpus_structure_findings_match_gold(pair_dir: Path):
    gold = json.loads((pair_dir / "gold.json").read_text("utf-8"))
    want = sorted((f["kind"], f.get("zh_block"), f.get("en_block"))
                  for f in gold["findings"] if f["kind"] in ("omission", "addition"))
    src = next(pair_dir.glob("zh.*"))
    tgt = next(pair_dir.glob("en.*"))
    pair = annotate_files(src, tgt)
    got = sorted(
        (f.kind,
         int(f.source_block.rsplit("b", 1)[1]) if f.source_block else None,
         int(f.target_block.rsplit("b", 1)[1]) if f.target_block else None)
        for f in pair.findings if f.kind in ("omission", "addition") and f.severity != "info"
    )
    assert got == want

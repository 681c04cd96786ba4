"""TMX 1.4b export, read back with translate-toolkit (as CAT tools read it)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from northeast_text import __version__
from northeast_text.cli import main
from northeast_text.model import Analysis, AnnotatedPair, Block, Document, Link, Note
from northeast_text.writers.tmx import joined_text, tmx_bytes

tmx = pytest.importorskip("translate.storage.tmx")


def _pair() -> AnnotatedPair:
    zh = [Block(f"zh-b{i}", i, "zh", r, t) for i, (r, t) in enumerate([
        ("title", "报告"), ("heading", "张三"), ("paragraph", "产量增长12%。"),
        ("paragraph", "投资20亿元。"), ("paragraph", "这是多出的一段。")])]
    en = [Block(f"en-b{i}", i, "en", r, t) for i, (r, t) in enumerate([
        ("title", "Report by Zhang San"), ("paragraph", "Output grew 12% [tr. year on year]."),
        ("paragraph", "Investment was 2 billion yuan."), ("paragraph", "Translator's preface & <notes>.")])]
    notes = (Note("n1", "translator", "en-b1", 18, 34, "[tr. year on year]"),
             Note("n2", "preface", "en-b3", 0, 31, "Translator's preface & <notes>."))
    return AnnotatedPair(
        id="demo",
        source=Analysis(Document("zh", tuple(zh))),
        target=Analysis(Document("en", tuple(en)), notes=notes),
        alignment=(Link((0, 1), (0,), 0.9), Link((2,), (1,), 0.99), Link((3,), (2,), 0.95),
                   Link((4,), (), 0.2), Link((), (3,), 0.8)),
        signature="nt:test",
    )


def _units(data: bytes):
    store = tmx.tmxfile.parsestring(data)
    return store, [u for u in store.units if u.istranslatable()]


def test_every_unit_reads_back_intact():
    pair = _pair()
    data = tmx_bytes(pair)
    store, units = _units(data)
    assert [u.getid() for u in units] == ["demo.l1", "demo.l2", "demo.l3"]  # 1-0 / 0-1 links skipped
    assert units[0].source == "报告 张三"  # a title and a byline stay apart
    assert units[1].source == "产量增长12%。" and units[1].target == "Output grew 12% [tr. year on year]."
    assert units[1].getnotes() == "translator: [tr. year on year]"
    assert units[2].target == "Investment was 2 billion yuan." and units[2].getnotes() == ""
    for u in units:
        langs = [n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in u.getlanguageNodes()]
        assert langs == ["zh-Hans", "en"]
    header = store.document.getroot().find("header")
    assert header.get("creationtool") == "northeast-text"
    assert header.get("creationtoolversion") == __version__
    assert header.get("srclang") == "zh-Hans" and header.get("segtype") == "paragraph"
    assert header.get("datatype") == "plaintext" and header.get("adminlang") == "en"
    assert b"creationdate" not in data  # deterministic: no clock in the output
    props = {p.get("type"): p.text for p in units[0].xmlelement.findall("prop")}
    assert props == {"x-pair": "demo", "x-link-type": "2-1", "x-score": "0.9000",
                     "x-source-blocks": "zh-b0 zh-b1", "x-target-blocks": "en-b0"}


def test_zh_join_after_closing_punctuation():
    blocks = [Block("zh-b0", 0, "zh", "paragraph", "第一句。"), Block("zh-b1", 1, "zh", "paragraph", "第二句")]
    assert joined_text(blocks, "zh") == "第一句。第二句"
    en = [Block("en-b0", 0, "en", "paragraph", "One."), Block("en-b1", 1, "en", "paragraph", "Two.")]
    assert joined_text(en, "en") == "One. Two."


def test_translation_only_pair_has_an_empty_body():
    pair = _pair()
    from dataclasses import replace

    store, units = _units(tmx_bytes(replace(pair, source=None, alignment=())))
    assert units == []


def test_bundled_pair_every_link_exported(northeast_dir, tmp_path):
    from northeast_text.pipeline import annotate_files

    pair = annotate_files(northeast_dir / "zh.md", northeast_dir / "en.md", pair_id="northeast")
    out = tmp_path / "ne.tmx"
    res = CliRunner().invoke(main, ["export", str(northeast_dir / "zh.md"), str(northeast_dir / "en.md"),
                                    "--format", "tmx", "-o", str(out), "--id", "northeast", "--level", "paragraph"])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data == tmx_bytes(pair, "paragraph")
    _store, units = _units(data)
    both = [(n, link) for n, link in enumerate(pair.alignment, 1) if link.source and link.target]
    assert len(units) == len(both) > 10
    src, tgt = pair.source.document.blocks, pair.target.document.blocks
    for unit, (n, link) in zip(units, both):
        assert unit.getid() == f"northeast.l{n}"
        assert unit.source == joined_text([src[i] for i in link.source], "zh")
        assert unit.target == joined_text([tgt[j] for j in link.target], "en")
        ids = {tgt[j].id for j in link.target}
        expected_notes = [f"{nt.kind}: {nt.text}" for nt in pair.target.notes if nt.block in ids]
        assert sorted(unit.getnotes().split("\n")) == sorted(expected_notes) or (
            not expected_notes and unit.getnotes() == "")
    assert sum(bool(u.getnotes()) for u in units) >= 1


def test_export_refuses_to_overwrite_an_input(northeast_dir):
    res = CliRunner().invoke(main, ["export", str(northeast_dir / "zh.md"), str(northeast_dir / "en.md"),
                                    "-o", str(northeast_dir / "en.md")])
    assert res.exit_code == 2 and "also an input" in res.stderr


def test_sentence_level_is_the_default(northeast_dir, tmp_path):
    """`export` writes one unit per sentence link by default, each side the
    sentences' own text, with the block link it lies in."""
    from northeast_text.pipeline import annotate_files

    pair = annotate_files(northeast_dir / "zh.md", northeast_dir / "en.md", pair_id="northeast")
    out = tmp_path / "ne.tmx"
    res = CliRunner().invoke(main, ["export", str(northeast_dir / "zh.md"), str(northeast_dir / "en.md"),
                                    "-o", str(out), "--id", "northeast"])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data == tmx_bytes(pair) == tmx_bytes(pair, "sentence")
    store, units = _units(data)
    assert store.document.getroot().find("header").get("segtype") == "sentence"
    both = [(n, link) for n, link in enumerate(pair.sentence_alignment, 1) if link.source and link.target]
    assert len(units) == len(both) > len([link for link in pair.alignment if link.source and link.target])
    text = {s.id: s.text for s in pair.sentences}
    for unit, (n, link) in zip(units, both):
        assert unit.getid() == f"northeast.s{n}"
        assert unit.target == " ".join(text[i] for i in link.target)
        props = {p.get("type"): p.text for p in unit.xmlelement.findall("prop")}
        assert props["x-target-sentences"] == " ".join(link.target)
        block_link = pair.alignment[int(props["x-link"]) - 1]
        blocks = {pair.target.document.blocks[j].id for j in block_link.target}
        assert {i.rsplit("-s", 1)[0] for i in link.target} <= blocks


def test_unknown_level_is_refused():
    with pytest.raises(ValueError):
        tmx_bytes(_pair(), "word")
    # a pair without sentence links (built by hand) keeps its block units
    assert tmx_bytes(_pair()) == tmx_bytes(_pair(), "paragraph")

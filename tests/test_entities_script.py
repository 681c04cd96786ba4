"""Traditional Chinese (script.py) and the TEI records of names linked by transliteration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from northeast_text import script
from northeast_text.model import Block, Document, Entity
from northeast_text.pipeline import annotate, annotate_files
from northeast_text.readers import parse_document
from northeast_text.settings import Settings
from northeast_text.writers.report import report_json
from northeast_text.writers.tei import tei_bytes
from northeast_text.writers.tmx import tmx_bytes

DATA = Path(__file__).parent / "data" / "traditional"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_detect_script():
    assert script.detect_script("重慶與貴陽兩地企業去年在港集資共350億港幣") == script.HANT
    assert script.detect_script("重庆与贵阳两地企业去年在港集资共350亿港币") == script.HANS
    assert script.detect_script("No Chinese at all") == script.HANS


def test_conversion_keeps_every_offset():
    text = "香港經濟：3.0萬億港元，新台幣3,000億元。"
    out = script.to_simplified(text)
    assert len(out) == len(text) and "万亿" in out and "亿" in out and "台币" in out


def test_found_spans_are_cut_again_from_the_original():
    doc = Document(lang="zh", blocks=(Block("zh-b0", 0, "zh", "paragraph", "貴陽的發展"),), script=script.HANT)
    view = script.simplified_view(doc)
    assert view.blocks[0].text == "贵阳的发展"
    (e,) = script.restore([Entity("zh-b0", 0, 2, "贵阳", "place", "guiyang", "zh")], doc)
    assert e.text == "貴陽"


def test_reader_tags_traditional_documents():
    assert parse_document("重慶與貴陽兩地企業去年集資。\n", "zh").script == script.HANT
    assert parse_document("重庆与贵阳两地企业去年集资。\n", "zh").script == script.HANS
    assert parse_document("Chongqing and Guiyang.\n", "en").script == ""


@pytest.fixture(scope="module")
def twins():
    return (annotate_files(DATA / "zh-hant.txt", DATA / "en.txt"),
            annotate_files(DATA / "zh-hans.txt", DATA / "en.txt"))


def test_traditional_pair_reads_and_checks_like_its_simplified_twin(twins):
    hant, hans = twins
    assert hant.source.document.script == script.HANT and hans.source.document.script == script.HANS
    assert hant.alignment == hans.alignment
    assert [(q.block, q.start, q.end, q.value, q.unit) for q in hant.source.quantities] == \
           [(q.block, q.start, q.end, q.value, q.unit) for q in hans.source.quantities]
    assert [(e.block, e.start, e.end, e.key) for e in hant.source.entities] == \
           [(e.block, e.start, e.end, e.key) for e in hans.source.entities]
    assert [(f.kind, f.severity, f.source_block, f.target_block) for f in hant.findings] == \
           [(f.kind, f.severity, f.source_block, f.target_block) for f in hans.findings]
    units = {q.unit for q in hant.source.quantities}
    assert {"HKD", "TWD"} <= units  # 港元, 港幣 and 新台幣 read as in Simplified text
    # every span stays a verbatim substring of the Traditional text
    texts = {b.id: b.text for b in hant.source.document.blocks}
    for item in (*hant.source.quantities, *hant.source.entities):
        assert texts[item.block][item.start:item.end] == item.text
    assert any(e.text == "貴陽" and e.key == "guiyang" for e in hant.source.entities)


def test_traditional_pair_is_tagged_zh_hant(twins, assert_valid_tei):
    hant, hans = twins
    root = etree.fromstring(tei_bytes(hant))
    assert_valid_tei(root)
    texts = root.iter(f"{TEI}text")
    assert {t.get(XML_LANG) for t in texts if t.get("type") == "original"} == {"zh-Hant"}
    assert "zh-Hant" in {lang.get("ident") for lang in root.iter(f"{TEI}language")}
    tmx = etree.fromstring(tmx_bytes(hant))
    assert tmx.find("header").get("srclang") == "zh-Hant"
    assert {tuv.get(XML_LANG) for tuv in tmx.iter("tuv")} == {"zh-Hant", "en"}
    assert json.loads(report_json(hant))["source"]["language_tag"] == "zh-Hant"
    # Simplified stays zh-Hans everywhere, TEI and TMX alike
    assert etree.fromstring(tmx_bytes(hans)).find("header").get("srclang") == "zh-Hans"
    assert json.loads(report_json(hans))["source"]["language_tag"] == "zh-Hans"


def test_review_page_uses_each_side_language_tag(twins):
    from lxml import html

    from northeast_text.writers.html import html_page

    for pair, tag in zip(twins, ("zh-Hant", "zh-Hans")):
        page = html.fromstring(html_page(pair).encode("utf-8"))
        assert {c.get("lang") for c in page.find_class("src") if c.get("lang")} == {tag}
        assert {c.get("lang") for c in page.find_class("tgt") if c.get("lang")} == {"en"}
        assert {h.get("lang") for h in page.find_class("t-zh")} <= {tag}


def test_tei_records_names_linked_by_transliteration(assert_valid_tei):
    zh = parse_document("湖口县\n\n据湖口县消息，陈海峰表示同意。\n", "zh")
    en = parse_document("Hukou County\n\nAccording to Hukou County, Chen Haifeng agreed.\n", "en")
    root = etree.fromstring(tei_bytes(annotate(zh, en, Settings(checks=("entity",)))))
    assert_valid_tei(root)
    places = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p for p in root.iter(f"{TEI}place")}
    (rec,) = [p for p in places.values() if any(n.text == "湖口县" for n in p.iter(f"{TEI}placeName"))]
    forms = {(n.get(XML_LANG), n.text) for n in rec.iter(f"{TEI}placeName")}
    assert ("zh-Hans", "湖口县") in forms and ("en", "Hukou County") in forms
    assert ("zh-Latn-pinyin", "Hukou County") in forms
    assert [i for i in rec.iter(f"{TEI}idno") if i.get("type") == "lexicon"] == []
    xid = rec.get("{http://www.w3.org/XML/1998/namespace}id")
    refs = {n.get("ref") for n in root.iter(f"{TEI}placeName") if n.get("ref")}
    assert f"#{xid}" in refs

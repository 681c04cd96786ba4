"""TEI writer: validity against tei_all.rng, integrity, encoding of every annotation.

Most tests use a pair built by hand (``make_pair``), so the writer is tested
independently of the readers and analysers; the last tests run the whole
pipeline on every bundled pair.
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from northeast_text import __version__
from northeast_text.model import (
    FINDING_KINDS,
    Analysis,
    AnnotatedPair,
    Block,
    Document,
    Entity,
    Finding,
    Link,
    Mark,
    Note,
    Quantity,
    Rate,
)
from northeast_text.writers.tei import (
    RANK_MARK,
    RANK_NAME,
    RANK_NOTE,
    RANK_QUANTITY,
    XML_ID,
    XML_LANG,
    Span,
    build_inline,
    corpus_tei,
    integrity_errors,
    select_spans,
    serialise,
    tei_bytes,
    to_tei,
)

from conftest import corpus_pairs

NS = {"t": "http://www.tei-c.org/ns/1.0"}


# --------------------------------------------------------------------------- a pair by hand


def _blk(lang, n, text, role="paragraph", marks=()):
    return Block(id=f"{lang}-b{n}", n=n, lang=lang, role=role, text=text, marks=tuple(marks))


def _at(text, sub, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def _q(block, sub, kind, nth=0, **kw):
    s, e = _at(block.text, sub, nth)
    return Quantity(block=block.id, start=s, end=e, text=sub, kind=kind, lang=block.lang, **kw)


def _e(block, sub, typ, key, nth=0):
    s, e = _at(block.text, sub, nth)
    return Entity(block=block.id, start=s, end=e, text=sub, type=typ, key=key, lang=block.lang)


def _n(nid, kind, block, sub, place="inline"):
    s, e = _at(block.text, sub)
    return Note(id=nid, kind=kind, block=block.id, start=s, end=e, text=sub, place=place)


def make_pair(translation_only: bool = False) -> AnnotatedPair:
    """A small pair exercising every element the TEI writer produces."""
    zh = [
        _blk("zh", 0, "东北为何屡振不兴？", "title"),
        _blk("zh", 1, "王明远"),
        _blk("zh", 2, "2003年以来，中央给予东北三省的支持累计不少于10万亿—20万亿元。", "list-item"),
        _blk("zh", 3, "辽宁3.2553万亿元，吉林2.8628万亿元。"),
        _blk("zh", 4, "一、结论", "heading"),
        _blk("zh", 5, "东北正在和西北一道成为接受补贴最多的地区。"),
        _blk("zh", 6, "20世纪90年代以来，约占全国的三分之一。"),
    ]
    en = [
        _blk("en", 0, "Why Has the Northeast Failed?[1]", "title", [Mark("strong", 0, 32)]),
        _blk("en", 1, "Introduction and Translation by Jane Q. Translator"),
        _blk("en", 2, "Note: the exchange rate is 1 USD to 7.14 RMB."),
        _blk("en", 3, "Since 2003, support to the three provinces of the Northeast amounted to no "
                      "less than 10-20 trillion RMB (approx. 1.4 to 2.8 trillion USD).", "list-item"),
        _blk("en", 4, "Liaoning 3.2553 billion RMB, Jilin 2.8628 trillion [tr. a province in the "
                      "Northeast]."),
        _blk("en", 5, "One. Conclusion", "heading"),
        _blk("en", 6, "The Northwest has now joined the Northwest as a region receiving subsidies."),
        _blk("en", 7, "Since the 1990s, about a third of the national total, 33.3%, in the 20th century."),
        _blk("en", 8, "Notes", "notes-heading"),
        _blk("en", 9, "[1] First published on WeChat on Oct. 16, 2023.", "note-entry",
             [Mark("link", 4, 19, "https://example.org/a b"), Mark("emphasis", 23, 29)]),
    ]
    zq = (
        _q(zh[2], "2003年", "year", value=D(2003)),
        _q(zh[2], "10万亿—20万亿元", "money", low=D("1E13"), high=D("2E13"), unit="CNY",
           scale="万亿", qualifier="at-least"),
        _q(zh[3], "3.2553万亿元", "money", value=D("3.2553E12"), unit="CNY", scale="万亿"),
        _q(zh[3], "2.8628万亿元", "money", value=D("2.8628E12"), unit="CNY", scale="万亿"),
        _q(zh[6], "20世纪90年代", "decade", value=D(1990)),
        _q(zh[6], "三分之一", "fraction", value=D(1) / D(3), qualifier="approx"),
    )
    ze = (
        _e(zh[1], "王明远", "person", "wang-mingyuan"),
        _e(zh[2], "东北三省", "place", "northeast-three"),
        _e(zh[3], "辽宁", "place", "liaoning"),
        _e(zh[3], "吉林", "place", "jilin"),
        _e(zh[5], "东北", "place", "northeast"),
        _e(zh[5], "西北", "place", "northwest"),
        _e(zh[6], "全国", "place", "中国"),  # a non-ASCII key
    )
    eq = (
        _q(en[2], "1 USD", "money", value=D(1), unit="USD"),
        _q(en[2], "7.14 RMB", "money", value=D("7.14"), unit="CNY"),
        _q(en[3], "2003", "year", value=D(2003)),
        _q(en[3], "10-20 trillion RMB", "money", low=D("1E13"), high=D("2E13"), unit="CNY"),
        _q(en[3], "1.4 to 2.8 trillion USD", "money", low=D("1.4E12"), high=D("2.8E12"),
           unit="USD", qualifier="approx"),
        _q(en[4], "3.2553 billion RMB", "money", value=D("3.2553E9"), unit="CNY"),
        _q(en[4], "2.8628 trillion", "money", value=D("2.8628E12"), unit="CNY"),
        _q(en[5], "One", "ordinal", value=D(1)),
        _q(en[7], "1990s", "decade", value=D(1990)),
        _q(en[7], "a third", "fraction", value=D(1) / D(3)),
        _q(en[7], "33.3%", "percent", value=D("33.3"), unit="%"),
        _q(en[7], "20th century", "century", value=D(20)),
        _q(en[9], "Oct. 16, 2023", "date", value=D(20231016)),
        # crosses the gloss note "[tr. a province in the Northeast]": must be dropped
        _q(en[4], "trillion [tr.", "count", value=D(1)),
    )
    ee = (
        _e(en[3], "three provinces of the Northeast", "place", "northeast-three"),
        _e(en[4], "Liaoning", "place", "liaoning"),
        _e(en[4], "Jilin", "place", "jilin"),
        _e(en[4], "Northeast", "place", "northeast"),
        _e(en[6], "Northwest", "place", "northwest"),
        _e(en[6], "Northwest", "place", "northwest", nth=1),
        _e(en[1], "Jane Q. Translator", "person", None),
        _e(en[9], "WeChat", "org", "wechat"),
        _e(en[7], "national", "place", "中国"),
    )
    notes = (
        _n("n1", "footnote", en[0], "[1]"),
        _n("n2", "preface", en[1], en[1].text, "block"),
        _n("n3", "translator", en[2], en[2].text),
        _n("n4", "translator", en[4], "[tr. a province in the Northeast]"),
        _n("n5", "footnote", en[8], "Notes", "block"),
        _n("n6", "footnote", en[9], en[9].text, "end"),
    )
    findings = (
        Finding(kind="scale", severity="error",
                message="万亿 is 10^12; the translation says 10^9 (off by 1000×)",
                source_block="zh-b3", target_block="en-b4", source_text="3.2553万亿元",
                target_text="3.2553 billion RMB", expected="3.2553 trillion RMB",
                source_span=_at(zh[3].text, "3.2553万亿元"),
                target_span=_at(en[4].text, "3.2553 billion RMB"), id="f-scale1"),
        Finding(kind="entity", severity="error", message="东北 rendered as Northwest",
                source_block="zh-b5", target_block="en-b6", source_text="东北",
                target_text="Northwest has now joined the Northwest", expected="the Northeast",
                id="f-entity1"),
        Finding(kind="rate", severity="warning", message="conversion off",
                target_block="en-b3", target_text="trillion RMB (approx. 1.4",
                expected="1.40 to 2.80 trillion USD", id="f-rate1",
                data={"implied_rate": D("7.142857")}),
        Finding(kind="addition", severity="info", message="block added without a note",
                target_block="en-b1", id="f-add1"),
        Finding(kind="arithmetic", severity="warning", message="a third is not 33.3% exactly?",
                target_block="en-b7", target_text="a third", id="f-arith1"),
        Finding(kind="omission", severity="warning", message="block left out",
                source_block="zh-b6", id="f-omit1"),
    )
    links = (
        Link((0,), (0,), 0.97), Link((), (1,), 0.9), Link((), (2,), 0.88),
        Link((1, 2), (3,), 0.8123456), Link((3,), (4,), 0.93), Link((4,), (5,), 1.0),
        Link((5,), (6,), 0.7), Link((6,), (7,), 0.6), Link((), (8, 9), 0.5),
    )
    edoc = Document(lang="en", blocks=tuple(en), path="corpus/demo/en.md",
                    meta={"title": "Wang Mingyuan on the Northeast", "date": "2025-11-18",
                          "sourceUrl": "https://example.org/wang"})
    zdoc = Document(lang="zh", blocks=tuple(zh), path="corpus/demo/zh.md",
                    meta={"sourceUrl": "https://example.org/zh?id=1&x=2", "date": "18 Oct 2023"})
    target = Analysis(edoc, eq, ee, notes)
    if translation_only:
        return AnnotatedPair(
            id="demo", target=target,
            findings=tuple(f for f in findings if f.source_block is None),
            rate=Rate("USD", "CNY", D("7.14"), "en-b2", "1 USD to 7.14 RMB"),
            signature="nt:test|mode:translation-only")
    return AnnotatedPair(
        id="demo", source=Analysis(zdoc, zq, ze), target=target, alignment=links,
        findings=findings, rate=Rate("USD", "CNY", D("7.14"), "en-b2", "1 USD to 7.14 RMB"),
        signature="nt:test|links:1-1,2-1|rate:text")


@pytest.fixture(scope="module")
def pair():
    return make_pair()


@pytest.fixture(scope="module")
def root(pair):
    return etree.fromstring(tei_bytes(pair))


def _by_id(root, xid):
    found = root.xpath("//*[@xml:id=$x]", x=xid)
    assert len(found) == 1, xid
    return found[0]


# --------------------------------------------------------------------------- validity


def test_hand_built_pair_is_valid_tei(root, assert_valid_tei):
    assert_valid_tei(root)
    assert integrity_errors(root) == []


def test_translation_only_is_valid(assert_valid_tei):
    root = etree.fromstring(tei_bytes(make_pair(translation_only=True)))
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    texts = root.xpath("//t:group/t:text", namespaces=NS)
    assert [t.get("type") for t in texts] == ["translation"]
    assert root.xpath("//t:linkGrp", namespaces=NS) == []
    assert len(root.xpath("//t:sourceDesc/t:bibl", namespaces=NS)) == 1


def test_minimal_pair_without_annotations_is_valid(assert_valid_tei):
    doc = Document(lang="en", blocks=(_blk("en", 0, "Just one paragraph."),))
    pair = AnnotatedPair(id="p1", target=Analysis(doc))
    root = to_tei(pair)
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    assert root.find(".//t:standOff", NS) is None  # empty standOff is invalid: left out


def test_xml_declaration_utf8_and_deterministic(pair):
    first = tei_bytes(pair)
    assert first.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert "东北为何屡振不兴".encode() in first
    assert tei_bytes(make_pair()) == first
    assert b"\n    <teiHeader>" not in first and b"\n  <teiHeader>" in first  # indented


def test_invalid_xml_characters_do_not_crash(assert_valid_tei):
    doc = Document(lang="en", blocks=(_blk("en", 0, "bad \x0b char \x01 here"),))
    root = to_tei(AnnotatedPair(id="p", target=Analysis(doc)))
    assert_valid_tei(root)
    assert "char" in "".join(root.itertext())


# --------------------------------------------------------------------------- blocks


def test_every_block_is_an_element_with_its_text_untouched(pair, root):
    for analysis in (pair.source, pair.target):
        for b in analysis.document.blocks:
            el = _by_id(root, b.id)
            assert el.get("n") == str(b.n)
            tag = etree.QName(el).localname
            assert tag == ("head" if b.role in ("title", "heading", "notes-heading") else "p")
            assert "".join(el.itertext()) == b.text


def test_texts_are_grouped_original_then_translation(root):
    texts = root.xpath("/t:TEI/t:text/t:group/t:text", namespaces=NS)
    assert [(t.get("type"), t.get(XML_LANG)) for t in texts] == [
        ("original", "zh-Hans"), ("translation", "en")]


def test_list_items_keep_their_role_in_rend(root):
    assert _by_id(root, "zh-b2").get("rend") == "list-item"
    assert _by_id(root, "en-b9").get("rend") == "note-entry"


def test_heading_starts_a_new_div(root):
    head = _by_id(root, "zh-b4")
    div = head.getparent()
    assert etree.QName(div).localname == "div" and div.index(head) == 0


# --------------------------------------------------------------------------- header


def test_header(root, pair):
    h = root.find("t:teiHeader", NS)
    titles = h.findall("t:fileDesc/t:titleStmt/t:title", NS)
    assert [(t.get(XML_LANG), t.text) for t in titles] == [
        ("zh-Hans", "东北为何屡振不兴？"), ("en", "Wang Mingyuan on the Northeast")]
    resp = h.find("t:fileDesc/t:titleStmt/t:respStmt", NS)
    assert resp.get(XML_ID) == "translator"
    assert resp.find("t:name", NS).text == "Jane Q. Translator"  # credited in the preface
    assert h.find("t:fileDesc/t:titleStmt/t:author", NS).text == "王明远"  # byline block
    bibls = h.findall("t:fileDesc/t:sourceDesc/t:bibl", NS)
    assert [b.get("type") for b in bibls] == ["original", "translation"]
    en_bibl = bibls[1]
    assert en_bibl.find("t:date", NS).get("when") == "2025-11-18"
    assert en_bibl.find("t:ref", NS).get("target") == "https://example.org/wang"
    assert en_bibl.find("t:idno[@type='URI']", NS).text == "https://example.org/wang"
    zh_bibl = bibls[0]
    assert zh_bibl.find("t:date", NS).get("when") is None  # not a W3C date: text only
    assert zh_bibl.find("t:ref", NS).get("target") == "https://example.org/zh?id=1&x=2"
    app = h.find("t:encodingDesc/t:appInfo/t:application", NS)
    assert app.get("ident") == "northeast-text" and app.get("version") == __version__
    assert app.find("t:desc", NS).text == "signature: " + pair.signature
    cats = h.xpath("t:encodingDesc/t:classDecl/t:taxonomy[@xml:id='qa']/t:category/@xml:id",
                   namespaces=NS)
    assert cats == [f"qa.{k}" for k in FINDING_KINDS]
    langs = h.xpath("t:profileDesc/t:langUsage/t:language/@ident", namespaces=NS)
    assert langs == ["zh-Hans", "en"]


def test_front_matter_author_and_translator_win(assert_valid_tei):
    p = make_pair()
    meta = dict(p.target.document.meta, author="A. Author", translator="T. Ranslator")
    doc = replace(p.target.document, meta=meta)
    root = to_tei(replace(p, target=replace(p.target, document=doc)))
    assert root.findtext(".//t:titleStmt/t:author", namespaces=NS) == "A. Author"
    assert root.findtext(".//t:titleStmt/t:respStmt/t:name", namespaces=NS) == "T. Ranslator"
    assert_valid_tei(root)


def test_unknown_translator_still_declared(assert_valid_tei):
    p = make_pair()
    target = replace(p.target, notes=())
    root = to_tei(replace(p, target=target))
    name = root.find(".//t:titleStmt/t:respStmt/t:name", NS)
    assert name.get("type") == "unknown"
    assert_valid_tei(root)


# --------------------------------------------------------------------------- inline


def test_quantities(root):
    zb3 = _by_id(root, "zh-b3")
    m = zb3.findall("t:measure", NS)
    assert [(x.get("type"), x.get("unit"), x.get("quantity"), x.text) for x in m] == [
        ("currency", "CNY", "3255300000000", "3.2553万亿元"),
        ("currency", "CNY", "2862800000000", "2.8628万亿元")]
    # a range: <measure> around a <num> with atLeast/atMost, no single value
    rng = _by_id(root, "zh-b2").find("t:measure/t:num", NS)
    assert (rng.get("atLeast"), rng.get("atMost"), rng.get("value")) == (
        "10000000000000", "20000000000000", None)
    assert rng.getparent().get("quantity") is None
    assert rng.getparent().get("subtype") == "at-least"
    en7 = _by_id(root, "en-b7")
    nums = {n.text: n for n in en7.iter("{*}num")}
    assert nums["33.3%"].get("type") == "percentage" and nums["33.3%"].get("value") == "33.3"
    assert nums["a third"].get("type") == "fraction"
    assert float(nums["a third"].get("value")) == pytest.approx(1 / 3)
    assert _by_id(root, "en-b5").find("t:num", NS).get("type") == "ordinal"


def test_dates(root):
    assert _by_id(root, "zh-b2").find("t:date", NS).get("when") == "2003"
    d = {x.text: x for x in _by_id(root, "en-b7").iter("{*}date")}
    assert (d["1990s"].get("notBefore"), d["1990s"].get("notAfter")) == ("1990", "1999")
    assert (d["20th century"].get("notBefore"), d["20th century"].get("notAfter")) == (
        "1901", "2000")
    assert _by_id(root, "en-b9").find(".//t:date", NS).get("when") == "2023-10-16"


def test_names_point_at_records_with_both_languages(root):
    pl = _by_id(root, "en-b4").find("t:placeName", NS)
    assert pl.text == "Liaoning"
    rec = _by_id(root, pl.get("ref")[1:])
    assert etree.QName(rec).localname == "place"
    assert etree.QName(rec.getparent()).localname == "listPlace"
    names = [(n.get(XML_LANG), n.text) for n in rec.findall("t:placeName", NS)]
    assert names == [("zh-Hans", "辽宁"), ("en", "Liaoning")]
    # zh and en mentions share one record
    zh_pl = _by_id(root, "zh-b3").find("t:placeName", NS)
    assert zh_pl.get("ref") == pl.get("ref")
    org = _by_id(root, "en-b9").find(".//t:orgName", NS)
    assert etree.QName(_by_id(root, org.get("ref")[1:])).localname == "org"
    pers = _by_id(root, "zh-b1").find("t:persName", NS)
    assert etree.QName(_by_id(root, pers.get("ref")[1:])).localname == "person"
    # an entity without a lexicon key is tagged but points nowhere
    assert _by_id(root, "en-b1").find("t:persName", NS).get("ref") is None


def test_non_ascii_keys_make_valid_ids(root):
    ref = _by_id(root, "zh-b6").find("t:placeName", NS).get("ref")
    assert ref.startswith("#place.") and ref.isascii()
    rec = _by_id(root, ref[1:])
    assert rec.findtext("t:idno", namespaces=NS) == "中国"


def test_notes(root):
    note = _by_id(root, "en-b4").find("t:note", NS)
    assert (note.get("type"), note.get("resp"), note.get("place")) == (
        "translator", "#translator", "inline")
    assert "".join(note.itertext()) == "[tr. a province in the Northeast]"
    assert note.find("t:placeName", NS) is not None  # a name inside a note
    whole = _by_id(root, "en-b2").find("t:note", NS)
    assert "".join(whole.itertext()) == _by_id(root, "en-b2").xpath("string()")
    assert len(whole.findall("t:measure", NS)) == 2  # numbers inside a note


def test_footnote_reference_points_at_its_entry(root):
    ref = _by_id(root, "en-b0").find(".//t:ref", NS)
    assert ref.text == "[1]" and ref.get("type") == "noteAnchor"
    entry = _by_id(root, ref.get("target")[1:])
    assert (etree.QName(entry).localname, entry.get("type"), entry.get("place")) == (
        "note", "footnote", "end")
    assert entry.getparent().get(XML_ID) == "en-b9"


def test_preface_and_notes_sections_are_the_translators(root):
    b1 = _by_id(root, "en-b1")
    assert b1.get("ana") == "#note.preface" and b1.get("resp") == "#translator"
    div = b1.getparent()
    assert (div.get("type"), div.get("resp")) == ("preface", "#translator")
    notes_head = _by_id(root, "en-b8")
    assert notes_head.get("ana") == "#note.footnote"
    assert notes_head.getparent().get("type") == "notes"
    assert notes_head.getparent() is _by_id(root, "en-b9").getparent()


def test_marks_become_hi_and_ref(root):
    hi = _by_id(root, "en-b0").find("t:hi", NS)
    assert hi.get("rend") == "bold"
    assert hi.find("t:ref", NS) is not None  # footnote ref nested in the bold title
    link = _by_id(root, "en-b9").find(".//t:ref[@type='url']", NS)
    assert link.get("target") == "https://example.org/a%20b" and link.text == "First published"


def test_crossing_quantity_is_dropped_not_the_note(root):
    b4 = _by_id(root, "en-b4")
    assert all(n.text != "trillion [tr." for n in b4.iter("{*}num"))
    assert b4.find("t:note", NS) is not None
    assert "".join(b4.itertext()).count("trillion") == 1


def test_crossing_notes_keep_the_first_and_refs_still_resolve(pair, assert_valid_tei):
    en9 = pair.target.document.blocks[9]
    notes = [n for n in pair.target.notes if n.id != "n6"] + [
        _n("n6", "footnote", en9, "published on WeChat on Oct. 16, 2023."),
        _n("n7", "gloss", en9, "[1] First published"),  # crosses n6, starts first: kept
    ]
    p = replace(pair, target=replace(pair.target, notes=tuple(notes)))
    root = to_tei(p)
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    b9 = _by_id(root, "en-b9")
    assert [n.get("type") for n in b9.iter("{*}note")] == ["gloss"]
    assert "".join(b9.itertext()) == en9.text
    # the entry note could not be marked up: the reference points at the entry block
    assert _by_id(root, "en-b0").find(".//t:ref", NS).get("target") == "#en-b9"


# --------------------------------------------------------------------------- spans


def _span(start, end, rank, tag="seg", seq=0):
    return Span(start, end, rank, [(tag, {"type": str(rank)})], seq)


def test_select_spans_priority():
    note = _span(5, 15, RANK_NOTE)
    name = _span(10, 20, RANK_NAME)  # crosses the note
    qty = _span(12, 14, RANK_QUANTITY)  # inside both
    qty2 = _span(0, 6, RANK_QUANTITY)  # crosses the note
    mark = _span(0, 20, RANK_MARK)  # around everything
    kept, dropped = select_spans(20, [mark, qty2, qty, name, note])
    assert {id(s) for s in kept} == {id(note), id(qty), id(mark)}
    assert {id(s) for s in dropped} == {id(name), id(qty2)}


def test_select_spans_drops_out_of_range_and_empty():
    kept, dropped = select_spans(5, [_span(3, 3, 0), _span(4, 9, 0), _span(-1, 2, 0)])
    assert kept == [] and len(dropped) == 3


def test_equal_ranges_nest_most_important_outside():
    from northeast_text.writers.tei import tei as _tei

    p = etree.Element(_tei("p"))
    build_inline(p, "abc Liaoning def", [_span(4, 12, RANK_QUANTITY, "num"),
                                         _span(4, 12, RANK_NAME, "placeName")])
    outer = p[0]
    assert etree.QName(outer).localname == "placeName"
    assert etree.QName(outer[0]).localname == "num" and outer[0].text == "Liaoning"
    assert p.text == "abc " and outer.tail == " def"


@given(
    text=st.text(alphabet="ab 东北1", min_size=0, max_size=30),
    raw=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 4)),
                 max_size=12),
)
@settings(max_examples=200, deadline=None)
def test_inline_markup_keeps_every_character(text, raw):
    from northeast_text.writers.tei import tei as _tei

    spans = [Span(a, b, r, [("seg", {"n": str(i)})], i) for i, (a, b, r) in enumerate(raw)]
    kept, _ = select_spans(len(text), spans)
    for x in kept:
        assert not any(x.crosses(y) for y in kept)
    p = etree.Element(_tei("p"))
    build_inline(p, text, kept)
    assert "".join(p.itertext()) == text
    again = etree.fromstring(etree.tostring(p))
    assert "".join(again.itertext()) == text
    assert len(list(p.iter("{*}seg"))) == len(kept)
    # each kept span covers exactly its characters
    for el in p.iter("{*}seg"):
        sp = spans[int(el.get("n"))]
        assert "".join(el.itertext()) == text[sp.start:sp.end]


# --------------------------------------------------------------------------- standOff


def test_alignment_links(root, pair):
    links = root.findall(".//t:linkGrp[@type='alignment']/t:link", NS)
    both_sides = [link for link in pair.alignment if link.source and link.target]
    assert len(links) == len(both_sides)
    first = links[0]
    assert (first.get("target"), first.get("cert"), first.get("type")) == (
        "#zh-b0 #en-b0", "0.97", "1-1")
    two_one = next(link for link in links if link.get("type") == "2-1")
    ptr_id, en = two_one.get("target").split()
    ptr = _by_id(root, ptr_id[1:])
    assert ptr.get("target") == "#zh-b1 #zh-b2" and en == "#en-b3"
    assert two_one.get("cert") == "0.812"
    # 0-1 links (translator's additions) and the 0-2 notes section get no link
    linked = " ".join(link.get("target") for link in links)
    assert "#en-b1" not in linked and "#en-b8" not in linked


def test_findings_as_qa_spans(root, pair):
    spans = root.findall(".//t:standOff/t:spanGrp[@type='qa']/t:span", NS)
    assert len(spans) == len(pair.findings)
    by_id = {s.get(XML_ID): s for s in spans}
    scale = by_id["f-scale1"]
    assert scale.get("ana") == "#qa.scale" and scale.get("cert") == "high"
    assert scale.text.startswith("万亿 is 10^12")
    assert scale.findtext("t:note[@type='expected']", namespaces=NS) == "3.2553 trillion RMB"
    # points at the <measure> elements themselves, on both sides
    targets = [_by_id(root, t[1:]) for t in scale.get("target").split()]
    assert [(etree.QName(t).localname, t.xpath("string()")) for t in targets] == [
        ("measure", "3.2553万亿元"), ("measure", "3.2553 billion RMB")]
    # no element over the text: a <seg type="qa"> is made for it
    ent = [_by_id(root, t[1:]) for t in by_id["f-entity1"].get("target").split()]
    assert etree.QName(ent[1]).localname == "seg"
    assert ent[1].xpath("string()") == "Northwest has now joined the Northwest"
    # text crossing other markup: the finding points at the whole block
    assert by_id["f-rate1"].get("target") == "#en-b3"
    assert by_id["f-add1"].get("target") == "#en-b1"
    assert by_id["f-omit1"].get("target") == "#zh-b6"
    assert by_id["f-arith1"].get("cert") == "medium"


# --------------------------------------------------------------------------- integrity


def test_integrity_catches_broken_trees(pair):
    root = to_tei(pair)
    assert integrity_errors(root) == []
    link = root.find(".//t:link", NS)
    link.set("target", "#zh-b0")
    _by_id(root, "en-b3").set(XML_ID, "en-b2")  # duplicate id
    root.find(".//t:span", NS).set("ana", "#qa.nonsense")
    errors = integrity_errors(root)
    assert any("at least 2" in e for e in errors)
    assert any("'en-b2' used 2 times" in e for e in errors)
    assert any("#qa.nonsense" in e for e in errors)
    assert any("#en-b3" in e for e in errors)  # pointers to the renamed block now dangle


def test_integrity_checks_resp_and_ptr(pair):
    root = to_tei(pair)
    root.find(".//t:respStmt", NS).attrib.pop(XML_ID)
    errors = integrity_errors(root)
    assert errors and all("#translator" in e for e in errors)
    ptr = root.find(".//t:ptr", NS)
    ptr.attrib.pop("target")
    assert any("<ptr" in e and "no target" in e for e in integrity_errors(root))


def test_integrity_accepts_element_tree(pair):
    assert integrity_errors(etree.ElementTree(to_tei(pair))) == []


# --------------------------------------------------------------------------- corpus


def test_corpus_ids_unique_and_valid(assert_valid_tei):
    pairs = [make_pair(), make_pair(translation_only=True), make_pair()]
    root = corpus_tei(pairs, "Test corpus")
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    teis = root.findall("t:TEI", NS)
    assert [t.get(XML_ID) for t in teis] == ["demo", "demo-2", "demo-3"]
    assert _by_id(root, "demo.zh-b3") is not None and _by_id(root, "demo-3.zh-b3") is not None
    assert root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS) == "Test corpus"
    # taxonomy only in the shared header; notes point at each pair's own translator
    assert len(root.xpath("//t:taxonomy[@xml:id='qa']", namespaces=NS)) == 1
    assert root.xpath("//t:TEI[@xml:id='demo-2']//t:note/@resp", namespaces=NS)[0] == (
        "#demo-2.translator")
    assert serialise(corpus_tei(pairs, "Test corpus")) == serialise(root)


def test_id_prefix_on_a_single_document(pair, assert_valid_tei):
    root = to_tei(pair, id_prefix="x.")
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    ids = root.xpath("//@xml:id")
    assert all(i.startswith(("x.", "qa", "note")) for i in ids), ids


# --------------------------------------------------------------------------- bundled pairs


_ANNOTATED: dict = {}


def _annotate(folder):
    """The pipeline's pair for a corpus folder (once per test session)."""
    if folder not in _ANNOTATED:
        from northeast_text.pipeline import annotate_files

        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        _ANNOTATED[folder] = annotate_files(folder / gold["source"]["file"], folder / gold["target"]["file"])
    return _ANNOTATED[folder]


@pytest.mark.parametrize("folder", corpus_pairs(), ids=lambda p: p.name)
def test_bundled_pair_tei_is_valid(folder, assert_valid_tei):
    pair = _annotate(folder)
    data = tei_bytes(pair)
    root = etree.fromstring(data)
    assert_valid_tei(root)
    assert integrity_errors(root) == []
    for analysis in (pair.source, pair.target):
        for b in analysis.document.blocks:
            assert "".join(_by_id(root, b.id).itertext()) == b.text
    assert tei_bytes(pair) == data


def test_bundled_corpus_as_tei_corpus(assert_valid_tei):
    pairs = [_annotate(folder) for folder in corpus_pairs()]
    root = corpus_tei(pairs, "northeast-text corpus")
    assert_valid_tei(root)
    assert integrity_errors(root) == []


# --------------------------------------------------------------------------- property: any spans


@st.composite
def _random_pair(draw):
    text = draw(st.text(alphabet="ab 东北1.[]", min_size=1, max_size=40))
    n = len(text)

    def rng():
        a = draw(st.integers(0, n - 1))
        b = draw(st.integers(a + 1, n))
        return a, b

    block = _blk("en", 0, text, draw(st.sampled_from(["paragraph", "heading", "note-entry"])))
    qs, es, ns, fs = [], [], [], []
    for _ in range(draw(st.integers(0, 4))):
        a, b = rng()
        kind = draw(st.sampled_from(["money", "count", "year", "percent", "decade"]))
        value = draw(st.one_of(st.none(), st.decimals(-1e6, 1e6, places=2)))
        qs.append(Quantity(block="en-b0", start=a, end=b, text=text[a:b], kind=kind, value=value,
                           low=None if value is not None else D(1),
                           high=None if value is not None else D(2), unit="CNY"))
    for _ in range(draw(st.integers(0, 3))):
        a, b = rng()
        es.append(Entity(block="en-b0", start=a, end=b, text=text[a:b],
                         type=draw(st.sampled_from(["place", "org", "person", "other"])),
                         key=draw(st.sampled_from([None, "k1", "键"])), lang="en"))
    for i in range(draw(st.integers(0, 3))):
        a, b = rng()
        ns.append(Note(id=f"n{i + 1}", kind=draw(st.sampled_from(["translator", "gloss", "footnote",
                                                                   "preface"])),
                       block="en-b0", start=a, end=b, text=text[a:b]))
    for i in range(draw(st.integers(0, 3))):
        a, b = rng()
        fs.append(Finding(kind="value", severity="warning", message="m", target_block="en-b0",
                          target_text=text[a:b], target_span=(a, b), id=f"f{i}"))
    marks = [Mark("emphasis", *rng()) for _ in range(draw(st.integers(0, 2)))]
    block = replace(block, marks=tuple(marks))
    doc = Document(lang="en", blocks=(block,))
    return AnnotatedPair(id="r", target=Analysis(doc, tuple(qs), tuple(es), tuple(ns)),
                         findings=tuple(fs))


@given(_random_pair())
@settings(max_examples=60, deadline=None)
def test_any_overlapping_annotations_give_valid_tei(tei_schema, pair):
    root = etree.fromstring(tei_bytes(pair))
    assert tei_schema.validate(root.getroottree()), str(tei_schema.error_log)
    assert integrity_errors(root) == []
    assert "".join(_by_id(root, "en-b0").itertext()) == pair.target.document.blocks[0].text


def test_header_never_records_an_absolute_path(tmp_path, monkeypatch):
    """Two machines must write the same bytes: the file idno is relative or a bare name."""
    from northeast_text.writers.tei import portable_path

    monkeypatch.chdir(tmp_path)
    assert portable_path("northeast/zh.md") == "northeast/zh.md"
    assert portable_path(str(tmp_path / "pairs" / "zh.md")) == "pairs/zh.md"
    assert portable_path("/elsewhere/on/this/machine/en.md") == "en.md"


@pytest.mark.parametrize("text,lang,span", [
    ("the 1980s and 1990s", "en", ("1980", "1999")),
    ("五六十年代", "zh", ("1950", "1969")),
    ("the 1990s", "en", ("1990", "1999")),
])
def test_a_decade_or_a_pair_of_decades_runs_to_the_end_of_its_last(text, lang, span):
    from northeast_text.numbers import extract_text
    from northeast_text.writers.tei.quantities import _date_attrs

    (q,) = extract_text(text, lang)
    attrs = _date_attrs(q)
    assert (attrs["notBefore"], attrs["notAfter"]) == span

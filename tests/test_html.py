"""The review page (writers/html.py): structure, pairing, safety, index page.

Hand-built pairs keep these fast; one test renders the bundled pair.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from northeast_text.model import (
    Analysis,
    AnnotatedPair,
    Block,
    Document,
    Entity,
    Finding,
    Link,
    Note,
    Quantity,
)
from northeast_text.writers.html import decorate, html_page, index_page, index_row


def make_pair(score: float = 0.9, hostile: str = "") -> AnnotatedPair:
    """A small pair: a title, one aligned paragraph with a scale error, a translator's preface."""
    zh_text = "中央转移支付3.2553万亿元，辽宁占一半。" + hostile
    en_text = "Central transfers reached 3.2553 billion RMB, half of it to Liaoning."
    zh = Document("zh", (
        Block("zh-b0", 0, "zh", "title", "东北振兴"),
        Block("zh-b1", 1, "zh", "paragraph", zh_text),
    ), path="zh.md", meta={"title": "东北振兴"})
    en = Document("en", (
        Block("en-b0", 0, "en", "title", "Reviving the Northeast"),
        Block("en-b1", 1, "en", "paragraph", "Translator's introduction: this essay was written in 2023."),
        Block("en-b2", 2, "en", "paragraph", en_text),
    ), path="en.md", meta={"title": "Reviving the Northeast", "translator": "A. Translator"})
    zq = zh_text.index("3.2553万亿元")
    eq = en_text.index("3.2553 billion RMB")
    src = Analysis(zh, quantities=(
        Quantity("zh-b1", zq, zq + 9, "3.2553万亿元", "money", Decimal("3.2553E12"), unit="CNY",
                 scale="万亿", lang="zh"),
    ), entities=(
        Entity("zh-b1", zh_text.index("辽宁"), zh_text.index("辽宁") + 2, "辽宁", "place", "liaoning", "zh"),
    ))
    year = en.blocks[1].text.index("2023")
    tgt = Analysis(en, quantities=(
        Quantity("en-b2", eq, eq + 18, "3.2553 billion RMB", "money", Decimal("3.2553E9"), unit="CNY",
                 scale="billion", lang="en"),
        Quantity("en-b1", year, year + 4, "2023", "year", Decimal(2023), lang="en"),
    ), entities=(
        Entity("en-b2", en_text.index("Liaoning"), en_text.index("Liaoning") + 8, "Liaoning", "place",
               "liaoning", "en"),
    ), notes=(
        Note("n1", "preface", "en-b1", 0, len(en.blocks[1].text), en.blocks[1].text, place="block"),
    ))
    findings = (
        Finding("scale", "error", "万亿 is 10^12; the translation says 10^9", "zh-b1", "en-b2",
                "3.2553万亿元", "3.2553 billion RMB", "3.2553 trillion RMB", (zq, zq + 9), (eq, eq + 18),
                check="numbers", id="f-aaaaaaaaaa"),
        Finding("extra-number", "info", "The translation adds 2023", None, "en-b1", None, "2023",
                check="numbers", id="f-bbbbbbbbbb"),
    )
    return AnnotatedPair(
        id="demo", source=src, target=tgt,
        alignment=(Link((0,), (0,), 0.97), Link((), (1,), score), Link((1,), (2,), score)),
        findings=findings, signature="nt:test|rate:text",
    )


@lru_cache(maxsize=1)
def northeast_pair():
    from northeast_text.pipeline import annotate_files
    from northeast_text.settings import Settings

    from conftest import CORPUS

    return annotate_files(CORPUS / "northeast" / "zh.md", CORPUS / "northeast" / "en.md", Settings())


def parse(page: str):
    from lxml import html

    return html.document_fromstring(page)


def test_page_is_self_contained_and_complete():
    page = html_page(make_pair())
    assert page.startswith("<!DOCTYPE html>\n<html")
    doc = parse(page)
    # nothing fetched from anywhere: no external scripts, styles, fonts or images
    assert not doc.xpath("//script[@src] | //link | //img | //iframe")
    assert not re.search(r"@import|url\(|https?://", "".join(doc.xpath("//style/text()")))
    assert "fetch(" not in page and "XMLHttpRequest" not in page
    assert doc.xpath("//style") and doc.xpath("//script")
    assert "@media print" in page
    # header: titles, translator, counts, signature
    assert doc.xpath("//h1[@lang='zh-Hans']")[0].text_content() == "东北振兴"
    assert doc.xpath("//h1[@lang='en']")[0].text_content() == "Reviving the Northeast"
    assert "A. Translator" in doc.xpath("//p[@class='byline']")[0].text_content()
    assert doc.xpath("//span[contains(@class,'c-error')]/b")[0].text == "1"
    assert doc.xpath("//span[contains(@class,'c-info')]/b")[0].text == "1"
    assert "nt:test|rate:text" in doc.xpath("//p[@class='sig']")[0].text_content()


def test_rows_follow_the_alignment_with_empty_sides():
    doc = parse(html_page(make_pair()))
    rows = doc.xpath("//section[contains(@class,'row')]")
    assert len(rows) == 3
    assert [r.get("data-type") for r in rows] == ["1-1", "0-1", "1-1"]
    assert rows[1].xpath(".//div[contains(@class,'src')]/p[@class='empty']")
    assert [b.get("id") for b in rows[2].xpath(".//div[contains(@class,'blk')]")] == ["zh-b1", "en-b2"]
    assert rows[0].xpath(".//span[@class='sc']")[0].text.strip() == "0.97"


def test_low_score_links_are_marked():
    doc = parse(html_page(make_pair(score=0.3)))
    low = doc.xpath("//section[contains(concat(' ',@class,' '),' low ')]")
    assert len(low) == 2 and all(r.xpath(".//span[@class='lowmark']") for r in low)
    assert not parse(html_page(make_pair(score=0.9))).xpath("//span[@class='lowmark']")


def test_one_panel_entry_per_finding_with_targets_and_expected():
    pair = make_pair()
    doc = parse(html_page(pair))
    entries = doc.xpath("//li[contains(@class,'finding')]")
    # reading order: the preface (row 1) comes before the paragraph (row 2)
    assert [e.get("data-fid") for e in entries] == ["f-bbbbbbbbbb", "f-aaaaaaaaaa"]
    scale = entries[1]
    assert scale.get("data-sev") == "error" and scale.get("data-kind") == "scale"
    assert scale.xpath(".//div[@class='exp']/q")[0].text == "3.2553 trillion RMB"
    assert scale.xpath(".//q[@lang='zh-Hans']")[0].text == "3.2553万亿元"
    # every target id exists in the page, and the two targets are the two spans
    targets = scale.get("data-targets").split()
    assert len(targets) == 2
    texts = [doc.get_element_by_id(t).text_content() for t in targets]
    assert texts == ["3.2553万亿元", "3.2553 billion RMB"]
    for e in entries:
        for t in e.get("data-targets").split():
            assert doc.get_element_by_id(t) is not None
    # the marked spans carry the severity
    assert "fs-error" in doc.get_element_by_id(targets[1]).get("class")


def test_counterparts_share_a_group():
    doc = parse(html_page(make_pair()))
    groups: dict[str, list[str]] = {}
    for el in doc.xpath("//*[@data-grp]"):
        for g in el.get("data-grp").split():
            groups.setdefault(g, []).append(el.text_content())
    members = sorted(map(sorted, groups.values()))
    assert ["3.2553 billion RMB", "3.2553万亿元"] in members  # paired by the scale finding
    assert ["Liaoning", "辽宁"] in members  # paired by the lexicon key within the link
    # the year in the preface has no counterpart
    assert not any("2023" in m for ms in members for m in ms)


def test_translator_material_is_set_apart():
    doc = parse(html_page(make_pair()))
    block = doc.get_element_by_id("en-b1")
    assert "tr" in block.get("class").split()
    assert block.xpath(".//span[@class='tr-label']")[0].text_content().startswith("Translator")
    assert "tr" not in doc.get_element_by_id("en-b2").get("class").split()


def test_inline_translator_note_is_labelled():
    pair = make_pair()
    en = pair.target
    b = en.document.blocks[2]
    text = b.text + " [a province in the northeast]"
    blocks = en.document.blocks[:2] + (replace(b, text=text),)
    s = text.index("a province")
    note = Note("n2", "gloss", "en-b2", s, s + len("a province in the northeast"), "a province in the northeast")
    target = replace(en, document=replace(en.document, blocks=blocks), notes=en.notes + (note,))
    doc = parse(html_page(replace(pair, target=target)))
    spans = doc.xpath("//span[contains(@class,'tr-note')]")
    assert len(spans) == 1 and spans[0].get("data-kind") == "gloss"
    assert spans[0].xpath("./span[@class='tr-tag']")[0].text == "Translator"


def test_text_is_escaped_not_interpreted():
    hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;"
    page = html_page(make_pair(hostile=hostile))
    doc = parse(page)
    assert len(doc.xpath("//script")) == 1
    assert not doc.xpath("//img")
    assert hostile in doc.get_element_by_id("zh-b1").text_content()


def test_dismissed_findings_are_greyed_and_not_counted():
    from northeast_text.review import Decision, apply_decisions

    pair = apply_decisions(make_pair(), [Decision("f-aaaaaaaaaa", "dismissed", "house style", "Rev")])
    doc = parse(html_page(pair))
    entry = doc.xpath("//li[@data-fid='f-aaaaaaaaaa']")[0]
    assert entry.get("data-decision") == "dismissed"
    assert entry.get("data-reviewer") == "Rev"
    assert entry.xpath(".//textarea")[0].text == "house style"
    assert doc.xpath("//span[contains(@class,'c-error')]/b")[0].text == "0"
    assert doc.xpath("//span[contains(@class,'c-dismissed')]/b")[0].text == "1"
    # a dismissed finding no longer colours its spans
    assert not doc.xpath("//*[contains(@class,'fs-error')]")


def test_translation_only_pair_renders_one_column():
    pair = make_pair()
    solo = replace(pair, source=None, alignment=(), findings=pair.findings[1:])
    doc = parse(html_page(solo))
    assert "solo" in doc.body.get("class")
    assert len(doc.xpath("//section[contains(@class,'row')]")) == 3
    assert not doc.xpath("//div[contains(@class,'cell src')]//div[contains(@class,'blk')]")


def test_no_findings_says_so():
    doc = parse(html_page(replace(make_pair(), findings=())))
    assert not doc.xpath("//li[contains(@class,'finding')]")
    assert "No findings" in doc.xpath("//p[@class='none']")[0].text_content()


def test_output_is_deterministic():
    assert html_page(make_pair()) == html_page(make_pair())


def test_decorate_offsets_match_the_model():
    from northeast_text.writers.tei import to_tei

    pair = make_pair()
    root = to_tei(pair)
    decorate(root, pair)
    titled = [el for el in root.iter() if el.get("{urn:northeast-text:html}title")]
    assert any(el.get("{urn:northeast-text:html}title") == "money = 3,255,300,000,000 CNY" for el in titled)


def test_index_page_lists_pairs_with_counts_and_links():
    pair = make_pair()
    rows = [index_row(pair, "demo.html"),
            {"id": "broken<pair>", "error": "zh.md: empty file"}]
    page = index_page(rows)
    doc = parse(page)
    trs = doc.xpath("//tbody/tr")
    assert len(trs) == 2
    assert trs[0].xpath(".//a")[0].get("href") == "demo.html"
    cells = [td.text_content() for td in trs[0].xpath("td")]
    assert cells[2:5] == ["1", "0", "1"]
    assert "failed: zh.md: empty file" in trs[1].text_content()
    assert "broken<pair>" in trs[1].text_content() and "<pair>" not in page.replace("&lt;pair&gt;", "")
    assert "1 errors, 0 warnings, 1 info" in doc.xpath("//p[@class='sum']")[0].text_content()


def test_bundled_pair_page():
    pair = northeast_pair()
    page = html_page(pair)
    doc = parse(page)
    entries = doc.xpath("//li[contains(@class,'finding')]")
    assert len(entries) == len(pair.findings) > 0
    assert {e.get("data-fid") for e in entries} == {f.id for f in pair.findings}
    ids = set(doc.xpath("//@id"))
    for e in entries:
        assert set(e.get("data-targets").split()) <= ids
    rows = doc.xpath("//section[contains(@class,'row')]")
    assert len(rows) == len(pair.alignment)
    # every block of both sides appears exactly once
    blocks = doc.xpath("//div[contains(concat(' ',@class,' '),' blk ')]/@id")
    expected = [b.id for b in pair.source.document.blocks] + [b.id for b in pair.target.document.blocks]
    assert sorted(blocks) == sorted(expected)
    # scale errors pair their two spans
    scale = [f for f in pair.findings if f.kind == "scale"]
    for f in scale:
        grp = f"g{f.id}"
        members = doc.xpath(f"//*[contains(concat(' ',@data-grp,' '),' {grp} ')]")
        assert {m.text_content() for m in members} == {f.source_text, f.target_text}
    assert doc.xpath("//div[contains(@class,' tr')]"), "the translator's preface is set apart"

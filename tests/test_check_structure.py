"""The structure check: whole blocks left out (omission) or added (addition)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northeast_text.checks import load_checks
from northeast_text.checks.structure import check_structure, excerpt
from northeast_text.model import Analysis, AnnotatedPair, Block, Document, Link, Note
from northeast_text.pipeline import annotate_files

from builders import Q
from conftest import ROOT, corpus_pairs

HELDOUT = sorted(p.parent for p in (ROOT / "corpus-heldout").glob("*/gold.json"))


def _doc(lang, texts, roles=None):
    roles = roles or ["paragraph"] * len(texts)
    blocks = tuple(
        Block(id=f"{lang}-b{i}", n=i, lang=lang, role=r, text=t) for i, (t, r) in enumerate(zip(texts, roles))
    )
    return Document(lang=lang, blocks=blocks)


def _pair(src, tgt, links, notes=(), source_notes=(), quantities=()):
    return AnnotatedPair(
        id="t", source=Analysis(document=src, notes=tuple(source_notes), quantities=tuple(quantities)),
        target=Analysis(document=tgt, notes=tuple(notes)), alignment=tuple(links),
    )


CONFIG = load_checks()["structure"].config


def test_omission_of_a_paragraph_is_an_error():
    src = _doc("zh", ["第一段。", "这一段讲了二〇二三年全国共有五十二家动力电池企业实现装车配套的情况。", "第三段。"])
    tgt = _doc("en", ["First.", "Third."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.8), Link((2,), (1,), 0.9)]
    [f] = check_structure(_pair(src, tgt, links), CONFIG)
    assert (f.kind, f.severity, f.source_block, f.target_block) == ("omission", "error", "zh-b1", None)
    assert src.blocks[1].text.startswith(f.source_text)
    assert "after en-b0" in f.message


def test_an_omission_the_aligner_is_unsure_of_is_a_warning():
    """A 1-0 link scored under 0.5: the block may be merged into a neighbour's rendering (a
    literary translation joins sentences), so its loss is likely, not certain."""
    src = _doc("zh", ["第一段。", "这一段讲了二〇二三年全国共有五十二家动力电池企业实现装车配套的情况。", "第三段。"])
    tgt = _doc("en", ["First.", "Third."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((2,), (1,), 0.9)]
    [f] = check_structure(_pair(src, tgt, links), CONFIG)
    assert (f.kind, f.severity) == ("omission", "warning")


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


def test_messages_say_what_was_left_out_and_added():
    left_out = "但近海资源正在变少。水深30米以内的海域大多已被占用，还要与航道和渔业用海相协调。"
    src = _doc("zh", ["第一段。", left_out])
    added = ("Europe has led the way in floating wind: Norway's Hywind Tampen has run with 11 turbines "
             "since 2023.")
    tgt = _doc("en", ["First.", added])
    q = Q(left_out, "30米", "count", 30, unit="m", block="zh-b1", lang="zh")
    pair = _pair(src, tgt, [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((), (1,), 0.4)], quantities=[q])
    omission, addition = check_structure(pair, CONFIG)
    assert "但近海资源正在变少。" in omission.message and "30米" in omission.message
    assert "Europe has led the way in floating wind" in addition.message
    assert addition.target_text == excerpt(added, 80)


def test_publisher_matter_of_the_original_is_no_omission_and_authors_notes_are_warnings():
    src = _doc("zh", ["作者：王明", "正文第一段，讲了很多事情，至少有二十五个字符那么长吧。",
                      "① 数据来源：国家统计局《2023年统计年鉴》，作者根据年鉴整理计算。"])
    tgt = _doc("en", ["The first paragraph."])
    byline = Note(id="n1", kind="preface", block="zh-b0", start=0, end=5, text="作者：王明", place="block",
                  resp="editor")
    entry = src.blocks[2].text
    note = Note(id="n2", kind="footnote", block="zh-b2", start=0, end=len(entry), text=entry, place="end",
                resp="author")
    links = [Link((0,), (), 0.5), Link((1,), (0,), 0.9), Link((2,), (), 0.5)]
    [f] = check_structure(_pair(src, tgt, links, source_notes=[byline, note]), CONFIG)
    assert (f.kind, f.source_block, f.severity) == ("omission", "zh-b2", "warning")
    assert "author's notes" in f.message


NEWS_ZH = ("# 上半年城镇新增就业564万人\n\n{credits}人社部发布数据，上半年全国城镇新增就业564万人，"
           "完成全年目标的62.7%。\n\n6月份，全国城镇调查失业率为5.7%，比5月份下降0.2个百分点。\n\n（完）\n")
NEWS_EN = ("# 5.64 million new urban jobs in first half\n\n{credits}The ministry said 5.64 million new urban jobs "
           "were created in the first half, 62.7% of the annual target.\n\nIn June, the surveyed urban unemployment "
           "rate was 5.7%, down 0.2 percentage points from May.\n\n{trailer}")


@pytest.mark.parametrize("zh_credits, en_credits, trailer", [
    # the translation drops the page's credits and adds a wire service's
    ("2020-07-26 07:01:37 来源：经济日报 作者：李华 责任编辑：李华\n\n", "",
     "(Reporting by Li Hua; Editing by Kim Coghill)\n"),
    # the translation keeps them (the aligner pairs the two lines)
    ("2020-07-26 07:01:37 来源：经济日报 作者：李华 责任编辑：李华\n\n",
     "2020-07-26 07:01:37 Source: Economic Daily Author: Li Hua Editor: Li Hua\n\n", ""),
])
def test_a_news_pages_credits_are_neither_omitted_nor_added(tmp_path, zh_credits, en_credits, trailer):
    from builders import severe_findings

    zh, en = NEWS_ZH.format(credits=zh_credits), NEWS_EN.format(credits=en_credits, trailer=trailer)
    assert severe_findings(tmp_path, zh, en, suffix=".md") == []
    # a paragraph of the story dropped is still reported (an omission, or its figures missing)
    cut = en.replace("In June, the surveyed urban unemployment rate was 5.7%, down 0.2 percentage points from "
                     "May.\n\n", "")
    found = severe_findings(tmp_path, zh, cut, suffix=".md")
    assert found and {kind for kind, _severity, _text in found} <= {"omission", "missing-number"}


CAPTIONED_ZH = ("# 吉林玉米喜获丰收\n\n图为10月8日，农民在吉林省榆树市一农场收割玉米。新华社记者 许畅 摄\n\n"
                "今年吉林省玉米种植面积达到6500万亩，比上年增加120万亩。\n\n延伸阅读：\n\n"
                "- 黑龙江粮食产量连续13年居全国首位\n- 辽宁秋粮收获进度过半\n")
CAPTIONED_EN = ("# Bumper corn harvest in Jilin\n\n{caption}This year, Jilin's corn planting area reached "
                "65 million mu, up 1.2 million mu from last year.\n")


def test_a_dropped_caption_or_related_stories_list_is_no_loss_but_a_kept_caption_is_checked(tmp_path):
    from builders import severe_findings

    assert severe_findings(tmp_path, CAPTIONED_ZH, CAPTIONED_EN.format(caption=""), suffix=".md") == []
    kept = CAPTIONED_EN.format(caption="Farmers harvest corn in Yushu City, Jilin Province, Oct. 9. "
                                       "(Xinhua/Xu Chang)\n\n")
    assert severe_findings(tmp_path, CAPTIONED_ZH, kept, suffix=".md") == [("value", "error", "Oct. 9")]


def _whole_note(block, kind="translator"):
    return Note(id="n1", kind=kind, block=block.id, start=0, end=len(block.text), text=block.text, place="block")


LONG_ZH = "这一段讲了二〇二三年全国共有五十二家动力电池企业实现装车配套的情况，很长。"


def test_a_cut_marked_next_to_the_omission_is_no_finding():
    src = _doc("zh", ["第一段。", LONG_ZH, "第三段。"])
    tgt = _doc("en", ["First.", "[…]", "Third."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((), (1,), 0.9), Link((2,), (1,), 0.9)]
    assert check_structure(_pair(src, tgt, links, [_whole_note(tgt.blocks[1])]), CONFIG) == []


def test_cuts_declared_elsewhere_make_omissions_info():
    src = _doc("zh", ["第一段。", LONG_ZH, "第三段。"])
    tgt = _doc("en", ["I have omitted the author's survey of the battery makers.", "First.", "Third."])
    links = [Link((), (0,), 0.9), Link((0,), (1,), 0.9), Link((1,), (), 0.4), Link((2,), (2,), 0.9)]
    [f] = check_structure(_pair(src, tgt, links, [_whole_note(tgt.blocks[0], "preface")]), CONFIG)
    assert (f.kind, f.severity, f.source_block) == ("omission", "info", "zh-b1")
    assert "en-b0" in f.message


@pytest.mark.parametrize("pair_dir", corpus_pairs() + HELDOUT, ids=lambda p: p.name)
def test_corpus_structure_findings_match_gold(pair_dir: Path):
    gold = json.loads((pair_dir / "gold.json").read_text("utf-8"))
    structural = [f for f in gold["findings"] if f["kind"] in ("omission", "addition")]
    want = sorted((f["kind"], f.get("zh_block"), f.get("en_block")) for f in structural if not f.get("optional"))
    optional = {(f["kind"], f.get("zh_block"), f.get("en_block")) for f in structural if f.get("optional")}
    src = next(pair_dir.glob("zh.*"))
    tgt = next(pair_dir.glob("en.*"))
    pair = annotate_files(src, tgt)
    got = sorted(
        (f.kind,
         int(f.source_block.rsplit("b", 1)[1]) if f.source_block else None,
         int(f.target_block.rsplit("b", 1)[1]) if f.target_block else None)
        for f in pair.findings if f.kind in ("omission", "addition") and f.severity != "info"
    )
    assert [g for g in got if g not in optional] == want


@pytest.mark.parametrize("lead, severity", [
    ("从招聘市场看，呈现以下特点：", "info"),  # only announces the list that follows
    ("从招聘市场看，制造业岗位需求增长最快。", "warning"),  # a statement of its own
])
def test_a_dropped_lead_in_to_a_list_is_no_loss(lead, severity):
    src = _doc("zh", ["第一段。", lead, "● 制造业岗位需求增长最快；", "● 数字经济岗位占比最高。"])
    tgt = _doc("en", ["First.", "Manufacturing jobs grow fastest, and digital-economy jobs make up the largest share."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((2, 3), (1,), 0.9)]
    [f] = check_structure(_pair(src, tgt, links), CONFIG)
    assert (f.kind, f.source_block, f.severity) == ("omission", "zh-b1", severity)


def test_a_lead_in_dropped_with_what_it_introduces_is_still_reported():
    src = _doc("zh", ["第一段。", "从招聘市场看，呈现以下特点：", "● 制造业岗位需求增长最快。"])
    tgt = _doc("en", ["First."])
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.4), Link((2,), (), 0.4)]
    assert [f.severity for f in check_structure(_pair(src, tgt, links), CONFIG)] == ["warning", "warning"]


@pytest.mark.parametrize("added, figures, severity", [
    ("Life expectancy in Shanghai reached 84.1 years, and in Beijing 82.5 years.",
     [("84.1 years", "count", 84.1), ("82.5 years", "count", 82.5)], "warning"),
    ("The reform began in 2019 and was extended in 2021.",
     [("2019", "year", 2019), ("2021", "year", 2021)], "info"),
    ("Shanghai and Beijing did better still.", [], "info"),
])
def test_a_short_addition_with_figures_of_its_own_is_a_warning(added, figures, severity):
    src = _doc("zh", ["正文。", "第二段。"])
    tgt = _doc("en", ["Text.", added, "Second."])
    quantities = [Q(added, text, kind, value, block="en-b1") for text, kind, value in figures]
    pair = AnnotatedPair(
        id="t", source=Analysis(document=src),
        target=Analysis(document=tgt, quantities=tuple(quantities)),
        alignment=(Link((0,), (0,), 0.9), Link((), (1,), 0.5), Link((1,), (2,), 0.9)),
    )
    [f] = check_structure(pair, CONFIG)
    assert (f.kind, f.target_block, f.severity) == ("addition", "en-b1", severity)

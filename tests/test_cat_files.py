"""Bilingual files as CAT tools write them: Trados, memoQ, Phrase, Crowdin, Okapi/OmegaT, XLIFF 2.x,
TMX from several tools, and two-column CSV/TSV tables.  Each file is built here, small, from
pairs written for these tests."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner
from lxml import etree

from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.formats import read_bilingual
from northeast_text.formats.units import drop_text_tags, lang_base
from northeast_text.formats.xliff import mark_findings
from northeast_text.pipeline import annotate_bilingual

ZH = ("全年货物进出口总额41.76万亿元。", "比上年增长0.2%。")
EN = ("Total imports and exports of goods came to 41.76 billion yuan.", "That was up 0.2% from the previous year.")
GRAIN = ("全年粮食产量6.95亿吨，增长1.3%。", "Grain output for the year was 695 million tonnes, up 1.3 percent.")
NAME = ("李强总理在北京会见了朔尔茨。", "Premier Li Qiang met Olaf Scholz in Beijing.")
XLIFF12 = ('<?xml version="1.0" encoding="utf-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" '
           'xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:m="http://www.memsource.com/mxlf/2.0" '
           'version="1.2">\n<file original="a.docx" source-language="{src}" target-language="{tgt}" '
           'datatype="x-sdlfilterframework2"><header/><body>\n{body}\n</body></file></xliff>\n')


def write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def kinds(bilingual) -> list[tuple[str, str, str]]:
    """(kind, severity, unit id) of the findings that are not info."""
    pair = annotate_bilingual(bilingual)
    return [(f.kind, f.severity, bilingual.units[int(f.target_block.rsplit("b", 1)[1])].id)
            for f in pair.findings if f.severity != "info"]


def sdl_unit(uid: str, zh: tuple[str, ...], en: tuple[str, ...]) -> str:
    seg = "".join(f'<mrk mtype="seg" mid="{uid}{k}">{z}</mrk>' for k, z in enumerate(zh))
    tgt = "".join(f'<mrk mtype="seg" mid="{uid}{k}">{e}</mrk>' if e else f'<mrk mtype="seg" mid="{uid}{k}"/>'
                  for k, e in enumerate(en))
    defs = "".join(f'<sdl:seg id="{uid}{k}" conf="Translated"/>' for k in range(len(zh)))
    return (f'<group><trans-unit id="{uid}"><source>{"".join(zh)}</source><seg-source>{seg}</seg-source>'
            f'<target>{tgt}</target><sdl:seg-defs>{defs}</sdl:seg-defs></trans-unit></group>')


# --------------------------------------------------------------------------- XLIFF 1.2


def test_trados_segments_join_as_one_paragraph_with_their_sentence_boundary(tmp_path):
    name_zh = NAME[0].replace("李强", '<g id="5">李强</g>')
    name_en = NAME[1].replace("Li Qiang", '<g id="5">Li Qiang</g>')
    body = "\n".join([
        '<trans-unit translate="no" id="s0"><source><x id="0"/></source></trans-unit>',
        sdl_unit("p1", ZH, EN),
        sdl_unit("p2", (name_zh + '<x id="7"/>',), (name_en + '<x id="7"/>',)),
        sdl_unit("p3", ("年末全国人口140967万人。",), ("",)),
    ])
    path = write(tmp_path, "job.sdlxliff", XLIFF12.format(src="zh-CN", tgt="en-US", body=body))
    bilingual = read_bilingual(path)
    assert [(u.id, u.source, u.target) for u in bilingual.units] == [
        ("p1", "".join(ZH), " ".join(EN)), ("p2", NAME[0], NAME[1])]
    assert bilingual.untranslated == ("p3",)
    assert kinds(bilingual) == [("scale", "error", "p1")]
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.output.startswith(f"{path}: 2 units (xliff 1.2, zh → en), 1 left out (no translation: p3)\n")


def test_trados_tracked_changes_are_read_as_accepted_and_segments_inside_a_tag_joined(tmp_path):
    change = ('<mrk mtype="x-sdl-deleted" sdl:revid="r1">4.176 trillion</mrk>'
              '<mrk mtype="x-sdl-added" sdl:revid="r2">41.76 billion</mrk>')
    body = sdl_unit("p1", ZH, (EN[0].replace("41.76 billion", change), EN[1]))
    body = body.replace('<target><mrk mtype="seg" mid="p10">', '<target><g id="3"><mrk mtype="seg" mid="p10">')
    body = body.replace("</mrk></target>", "</mrk></g></target>")
    (unit,) = read_bilingual(write(tmp_path, "job.sdlxliff", XLIFF12.format(src="zh-CN", tgt="en", body=body))).units
    assert unit.target == " ".join(EN)


def test_an_untranslated_segment_of_a_paragraph_is_an_omission(tmp_path):
    body = sdl_unit("p1", ZH, (EN[0], ""))
    path = write(tmp_path, "job.sdlxliff", XLIFF12.format(src="zh-CN", tgt="en-US", body=body))
    (unit,) = read_bilingual(path).units
    assert unit.target == EN[0]
    assert ("missing-number", "warning", "p1") in kinds(read_bilingual(path))


def test_a_segment_that_is_its_source_copied_is_left_out_of_its_paragraph(tmp_path):
    body = sdl_unit("p1", ZH, (EN[0], ZH[1])).replace("<source>", '<source xml:lang="zh-CN">')
    (unit,) = read_bilingual(write(tmp_path, "job.xlf", XLIFF12.format(src="zh-CN", tgt="en", body=body))).units
    assert (unit.source, unit.target) == ("".join(ZH), EN[0])


def test_its_marks_go_inside_the_trados_segment_holding_the_text(tmp_path):
    data = XLIFF12.format(src="zh-CN", tgt="en-US", body=sdl_unit("p1", ZH, EN)).encode()
    bilingual = read_bilingual(write(tmp_path, "job.sdlxliff", data))
    written = mark_findings(bilingual, annotate_bilingual(bilingual).findings)
    root = etree.fromstring(written)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    assert root.xpath("//x:target/x:mrk/@mtype", namespaces=ns) == ["seg", "seg"]
    assert root.xpath("//x:target/x:mrk[@mid='p10']/x:mrk/@mtype", namespaces=ns) == ["x-its"]
    unmarked = re.sub(r'<mrk mtype="x-its"[^>]*>|</mrk>(?=</mrk>)', "", written.decode())
    assert unmarked.encode() == data


@pytest.mark.parametrize("src, tgt", [("zho-CN", "eng-US"), ("zh_cn", "en_us"), ("ZH-Hans", "EN"), ("chi", "eng")])
def test_language_codes_as_tools_write_them(tmp_path, src, tgt):
    body = f'<trans-unit id="1"><source>{GRAIN[0]}</source><target>{GRAIN[1]}</target></trans-unit>'
    (unit,) = read_bilingual(write(tmp_path, "job.mqxliff", XLIFF12.format(src=src, tgt=tgt, body=body))).units
    assert unit.target == GRAIN[1]
    assert lang_base(src) == "zh" and lang_base(tgt) == "en"


def test_phrase_tags_alt_trans_and_untranslated_states_are_not_the_translation(tmp_path):
    alt = '<alt-trans origin="machine-trans"><target>Machine output of 999 tonnes.</target></alt-trans>'
    body = "\n".join([
        f'<trans-unit id="a1:0" m:confirmed="1"><source>{NAME[0].replace("李强", "{1>李强&lt;1}")}{{2}}</source>'
        f'<target>{NAME[1].replace("Li Qiang", "{1>Li Qiang&lt;1}")}{{2}}</target>{alt}<note>check 2 names</note>'
        '</trans-unit>',
        f'<trans-unit id="a2:1"><source>{GRAIN[0]}</source><target state="needs-translation">x</target>{alt}'
        '</trans-unit>',
        f'<trans-unit id="a3:2"><source>{GRAIN[0]}</source><target xml:lang="en">{GRAIN[0]}</target></trans-unit>',
        f'<trans-unit id="a4:3"><source>{GRAIN[0]}</source>{alt}</trans-unit>',
    ])
    for name in ("job.mxliff", "job.txlf"):
        bilingual = read_bilingual(write(tmp_path, name, XLIFF12.format(src="zh_cn", tgt="en", body=body)))
        assert [(u.id, u.source, u.target) for u in bilingual.units] == [("a1:0", NAME[0], NAME[1])]
        assert bilingual.skipped == 3


def test_an_xliff_11_doctype_naming_its_public_dtd_is_read(tmp_path):
    head = ('<?xml version="1.0"?>\n<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" '
            '"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n')
    data = head + '<xliff version="1.1">' + XLIFF12.format(src="zh-CN", tgt="en", body=(
        f'<trans-unit id="1"><source>{GRAIN[0]}</source><target>{GRAIN[1]}</target></trans-unit>'
    )).split('version="1.2">', 1)[1]
    (unit,) = read_bilingual(write(tmp_path, "job.xlf", data)).units
    assert unit.target == GRAIN[1]


# --------------------------------------------------------------------------- XLIFF 2.x


@pytest.mark.parametrize("version", ["2.0", "2.1"])
def test_xliff2_segments_without_ignorables_keep_their_sentence_boundary(tmp_path, version):
    segs = "".join(f'<segment state="translated"><source>{z}</source><target>{e}</target></segment>'
                   for z, e in zip(ZH, EN, strict=True))
    units = "\n".join([
        f'<unit id="u1"><notes><note>Paragraph 1, 2024 edition</note></notes>{segs}</unit>',
        f'<unit id="u2"><segment state="translated"><source>{GRAIN[0]}<ph id="1"/></source>'
        f'<target><pc id="2">{GRAIN[1]}</pc><ph id="1"/></target></segment>'
        f'<segment state="initial"><source>年末全国人口140967万人。</source>'
        '<target>年末全国人口140967万人。</target></segment></unit>',
        '<unit id="u3"><segment state="initial"><source>年末全国人口140967万人。</source></segment></unit>',
        '<unit id="u4" translate="no"><segment><source>代码2023</source><target>x</target></segment></unit>',
        '<group id="g" translate="no"><unit id="u5"><segment><source>代码2024</source><target>y</target></segment>'
        '</unit></group>',
    ])
    data = (f'<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="{version}" '
            f'srcLang="zh-CN" trgLang="en-US"><file id="f1">\n{units}\n</file></xliff>')
    bilingual = read_bilingual(write(tmp_path, "job.xlf", data))
    assert [(u.id, u.target) for u in bilingual.units] == [("u1", " ".join(EN)), ("u2", GRAIN[1])]
    assert bilingual.units[1].source == GRAIN[0] + "年末全国人口140967万人。"
    assert bilingual.skipped == 1
    found = kinds(bilingual)
    assert ("scale", "error", "u1") in found and ("missing-number", "warning", "u2") in found
    assert not [k for k in found if k[0] == "arithmetic"]


# --------------------------------------------------------------------------- TMX


def tmx(variants: list[tuple[str, str]], attr: str = "xml:lang", head: str = "", version: str = "1.4") -> str:
    tuvs = "".join(f'<tuv {attr}="{lang}"><prop type="x-origin">tm</prop><seg>{text}</seg></tuv>'
                   for lang, text in variants)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{head}<tmx version="{version}">\n'
            '<header creationtool="x" srclang="zh-CN" datatype="plaintext"><prop type="x-r">all</prop></header>\n'
            f'<body>\n<tu tuid="7"><note>Reviewed</note>{tuvs}</tu>\n</body>\n</tmx>\n')


@pytest.mark.parametrize("zh, en", [("zh-CN", "en-US"), ("ZH-CN", "EN-US"), ("zh-Hans", "en"), ("zh", "en-GB")])
def test_tmx_language_tags_codes_and_entities(tmp_path, zh, en):
    seg_zh = NAME[0].replace("李强", '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>李强<ept i="1">&lt;/b&gt;</ept>')
    seg_en = NAME[1].replace("Premier", "Premier&#160;").replace("Beijing", "Beijing &amp; Hebei")
    data = tmx([(zh, seg_zh), (en, seg_en + '<ph x="2">&lt;tab/&gt;</ph>')])
    (unit,) = read_bilingual(write(tmp_path, "m.tmx", data)).units
    assert (unit.id, unit.source) == ("7", NAME[0])
    assert unit.target == NAME[1].replace("Premier", "Premier\xa0").replace("Beijing", "Beijing & Hebei")


def test_omegat_project_memory_with_its_doctype_and_tags_as_text(tmp_path):
    data = tmx([("ZH-CN", NAME[0].replace("李强", "&lt;g0&gt;李强&lt;/g0&gt;") + "&lt;x1/&gt;"),
                ("EN-US", NAME[1].replace("Li Qiang", "&lt;g0&gt;Li Qiang&lt;/g0&gt;") + "&lt;x1/&gt;")],
               attr="lang", head='<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n', version="1.1")
    (unit,) = read_bilingual(write(tmp_path, "project_save.tmx", data)).units
    assert (unit.source, unit.target) == NAME


def test_a_utf16_memory_with_a_byte_order_mark_is_read(tmp_path):
    data = tmx([("zh-CN", GRAIN[0]), ("en-US", GRAIN[1])]).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    (unit,) = read_bilingual(write(tmp_path, "m.tmx", b"\xff\xfe" + data.encode("utf-16-le"))).units
    assert (unit.source, unit.target) == GRAIN


@pytest.mark.parametrize("head, message", [
    ('<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY e "x">]>\n', "has a DOCTYPE (entity declarations are refused)"),
    ('<!DOCTYPE tmx SYSTEM "file:///etc/passwd">\n', "uses the entity &e; entities are refused"),
])
def test_a_dtd_is_never_read_nor_an_entity_used(tmp_path, head, message):
    path = write(tmp_path, "m.tmx", tmx([("zh", GRAIN[0]), ("en", GRAIN[1] + "&e;")], head=head))
    with pytest.raises(InputError, match=re.escape(message)):
        read_bilingual(path)


# --------------------------------------------------------------------------- tables


def table(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


ROWS = [list(NAME), list(GRAIN), [ZH[0], EN[0]]]


@pytest.mark.parametrize("name, data", [
    ("excel.csv", "\ufeff" + table([["原文", "译文"], *ROWS])),
    ("semicolon.csv", table([["Source", "Target"], *ROWS], ";")),
    ("excel-sep.csv", "sep=;\r\n" + table([["原文", "译文"], *ROWS], ";")),
    ("noheader.tsv", table(ROWS, "\t")),
    ("gbk.csv", table([["序号", "原文", "译文"], *([str(n), *r] for n, r in enumerate(ROWS, 1))]).encode("gb18030")),
    ("unicode.tsv", b"\xff\xfe" + table(ROWS, "\t").encode("utf-16-le")),
])
def test_two_column_tables_as_excel_saves_them(tmp_path, name, data):
    bilingual = read_bilingual(write(tmp_path, name, data))
    assert [(u.source, u.target) for u in bilingual.units] == [tuple(r) for r in ROWS]
    assert bilingual.format == "table"
    assert kinds(bilingual)[0][:2] == ("scale", "error")


def test_quoted_cells_with_line_breaks_keep_their_lines(tmp_path):
    data = table([["原文", "译文"], [GRAIN[0].replace("，", "，\n"), GRAIN[1].replace(", up", ",\nup")], ROWS[2]])
    units = read_bilingual(write(tmp_path, "t.csv", data)).units
    assert [(u.id, u.line) for u in units] == [("row2", 2), ("row3", 5)]
    assert units[0].source == GRAIN[0].replace("，", "，\n")


@pytest.mark.parametrize("data, message", [
    ("原文\n年末全国人口140967万人。\n", "t.csv: no column of Chinese text and column of English text"),
    (f'a,b\n"{GRAIN[0]}","{GRAIN[1]}\n', "t.csv:2: not a well-formed table: unexpected end of data"),
])
def test_bad_tables_are_one_line_and_exit_2(tmp_path, data, message):
    path = write(tmp_path, "t.csv", data)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert message.replace("t.csv", str(path)) in result.output
    assert result.output.count("\n") == 1


def test_check_and_annotate_a_csv_table(tmp_path, assert_valid_tei):
    path = write(tmp_path, "review.csv", table([["原文", "译文"], *ROWS]))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "unit row4 (line 4)" in result.output and "scale" in result.output
    out = tmp_path / "review.tei.xml"
    assert CliRunner().invoke(main, ["annotate", str(path), "-o", str(out)]).exit_code == 0
    assert_valid_tei(out.read_bytes())


def test_tool_tags_are_dropped_only_when_the_target_has_none_of_its_own():
    assert drop_text_tags("{1>李强<1}会见{2}", "{1>Li Qiang<1} met{2}") == ("李强会见", "Li Qiang met")
    assert drop_text_tags("集合{1}", "the set {3}") == ("集合{1}", "the set {3}")
    assert drop_text_tags("没有标签", "{2}") == ("没有标签", "{2}")

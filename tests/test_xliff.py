"""XLIFF 1.2 and 2.0 in, ITS 2.0 quality-issue marks out.

The XLIFF files are made from a bundled pair with translate-toolkit (a test
dependency only: it is GPL, the package never imports it), read back with it
after `annotate`, and validated against the OASIS schemas in tests/data/xliff.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from northeast_text.cli import main
from northeast_text.formats import read_bilingual
from northeast_text.formats.xliff import ITS_NS, parse_xliff
from northeast_text.pipeline import annotate_bilingual, annotate_files
from northeast_text.writers.tmx import joined_text

xliff_storage = pytest.importorskip("translate.storage.xliff")
xliff2_storage = pytest.importorskip("translate.storage.xliff2")

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "data" / "xliff"
PAIR = ROOT / "corpus" / "yangtze-shipping"
ITS_TYPE = f"{{{ITS_NS}}}locQualityIssueType"
# Our marks, as spliced in: removing them must give back the input byte for byte.
OUR_MARKS = re.compile(r'<(?:\w+:)?mrk (?:mtype="x-its"|id="nt-[^"]*" type="its:any") xmlns:its="[^"]*"[^>]*>'
                       r"|</(?:\w+:)?mrk>")


@pytest.fixture(scope="module")
def units():
    """(id, zh, en) for every 1-1 ... n-m link of the bundled pair that has both sides."""
    pair = annotate_files(PAIR / "zh.md", PAIR / "en.md")
    src, tgt = pair.source.document.blocks, pair.target.document.blocks
    return [(f"l{n}", joined_text([src[i] for i in link.source], "zh"),
             joined_text([tgt[j] for j in link.target], "en"))
            for n, link in enumerate(pair.alignment, 1) if link.source and link.target]


def xliff12(units) -> bytes:
    store = xliff_storage.xlifffile(sourcelanguage="zh-CN", targetlanguage="en")
    for uid, zh, en in units:
        unit = store.addsourceunit(zh)
        unit.target = en
        unit.setid(uid)
    # translate-toolkit writes XLIFF 1.1; the same document in the 1.2 namespace is XLIFF 1.2.
    return bytes(store).replace(b"xliff:document:1.1", b"xliff:document:1.2").replace(
        b'version="1.1"', b'version="1.2"')


def xliff20(units) -> bytes:
    store = xliff2_storage.Xliff2File(sourcelanguage="zh-CN", targetlanguage="en")
    for uid, zh, en in units:
        unit = store.addsourceunit(zh)
        unit.target = en
        unit.setid(uid)
    # translate-toolkit puts xml:space on <segment>, which the 2.0 schema does not allow there.
    return bytes(store).replace(b'<segment xml:space="preserve">', b"<segment>")


def schema(version: str):
    return etree.XMLSchema(etree.parse(str(SCHEMAS / f"xliff-{version}-its.xsd")))


def assert_valid(data: bytes, version: str) -> None:
    xsd = schema(version)
    doc = etree.fromstring(data)
    assert xsd.validate(doc), "\n".join(str(e) for e in xsd.error_log)


@pytest.mark.parametrize("version, make, storage", [
    ("1.2", xliff12, lambda: xliff_storage.xlifffile),
    ("2.0", xliff20, lambda: xliff2_storage.Xliff2File),
])
def test_round_trip(tmp_path, units, version, make, storage):
    data = make(units)
    assert_valid(data, version)
    source = tmp_path / "job.xlf"
    source.write_bytes(data)

    bilingual = read_bilingual(source)
    assert bilingual.version == version
    assert [(u.id, u.source, u.target) for u in bilingual.units] == units

    runner = CliRunner()
    report = json.loads(runner.invoke(main, ["check", str(source), "--format", "json"]).output)
    assert report["findings"], "the bundled pair has injected errors"
    out = tmp_path / "checked.xlf"
    result = runner.invoke(main, ["annotate", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = out.read_bytes()

    # differs from the input only by the marks
    assert OUR_MARKS.sub("", written.decode("utf-8")).encode("utf-8") == data
    # one ITS issue per finding, on the unit of the finding
    marks = [m for m in etree.fromstring(written).iter() if m.get(ITS_TYPE)]
    assert len(marks) == len(report["findings"])
    types = json.loads((ROOT / "northeast_text/resources/formats/its.json").read_text())["types"]
    assert sorted(m.get(ITS_TYPE) for m in marks) == sorted(types[f["kind"]] for f in report["findings"])
    assert all(m.get(f"{{{ITS_NS}}}locQualityIssueComment") for m in marks)
    assert_valid(written, version)
    # translate-toolkit reads the same units and targets back
    before, after = storage().parsestring(data), storage().parsestring(written)
    assert [(u.getid(), u.source, u.target) for u in after.units] == \
        [(u.getid(), u.source, u.target) for u in before.units]


def test_findings_sit_on_their_units(tmp_path):
    data = xliff12([("a", "2023年GDP为5.9万亿元。", "GDP was 5.9 billion yuan in 2023."),
                    ("b", "人口减少了1100万。", "The population fell by 11 million.")])
    bilingual = parse_xliff(data, "job.xlf")
    pair = annotate_bilingual(bilingual)
    assert [(f.kind, f.target_block) for f in pair.findings] == [("scale", "en-b0")]
    from northeast_text.formats.xliff import mark_findings

    root = etree.fromstring(mark_findings(bilingual, pair.findings))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    (mark,) = root.xpath("//x:trans-unit[@id='a']/x:target/x:mrk", namespaces=ns)
    assert mark.get(ITS_TYPE) == "numbers"
    assert (mark.text, mark.getparent().text, mark.tail) == ("5.9 billion yuan", "GDP was ", " in 2023.")
    assert mark.get(f"{{{ITS_NS}}}locQualityIssueSeverity") == "90"
    assert not root.xpath("//x:trans-unit[@id='b']//x:mrk", namespaces=ns)


def test_inline_codes_comments_and_references_survive(tmp_path):
    data = (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<!-- exported by a CAT tool -->\n"
        "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\n"
        " <file original='a.docx' source-language='zh-CN' target-language='en-US' datatype='x-docx'>\n"
        "  <body>\n"
        "   <trans-unit id='7' resname='a &gt; b'>\n"
        "    <source>GDP为<g id='1'>5.9万亿</g>元<x id='2'/><ph id='3'>&lt;br/&gt;</ph>。</source>\n"
        "    <target state = 'translated'>GDP was <g id='1'>5.9 billion</g> yuan<x id='2'/>"
        "<ph id='3'>&lt;br/&gt;</ph>.&#x20;<![CDATA[ok]]></target>\n"
        "   </trans-unit>\n"
        "   <trans-unit id='8' translate='no'><source>不译</source></trans-unit>\n"
        "  </body>\n </file>\n</xliff>\n").encode()
    source = tmp_path / "job.xliff"
    source.write_bytes(data)
    bilingual = read_bilingual(source)
    assert [(u.id, u.source, u.target) for u in bilingual.units] == \
        [("7", "GDP为5.9万亿元。", "GDP was 5.9 billion yuan. ok")]
    out = tmp_path / "out.xliff"
    assert CliRunner().invoke(main, ["annotate", str(source), "-o", str(out)]).exit_code == 0
    written = out.read_bytes()
    assert written.count(b"locQualityIssueType") == 1
    assert OUR_MARKS.sub("", written.decode()).encode() == data


@pytest.mark.parametrize("body, message", [
    (b'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x "boom">]>\n<xliff version="1.2"/>',
     "has a DOCTYPE (entity declarations are refused); expected an XLIFF file"),
    ((b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
     b'source-language="fr-FR" target-language="de-DE" datatype="plaintext"><body/></file></xliff>'),
     "units in fr-FR → de-DE; northeast-text checks Chinese originals translated into English (zh → en)"),
    ((b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="zh">'
     b'<file id="f"><unit id="u"><segment><source>a</source><target>b</target></segment></unit></file></xliff>'),
     "units in en → zh"),
    ((b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en">'
     b'<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>'),
     "no translated unit to check in this XLIFF file (1 without a translation)"),
    (b"<tmx version='1.4'/>", "root element is <tmx>; expected an XLIFF file"),
    (b"<xliff", "not well-formed XML"),
])
def test_bad_xliff_is_one_line_and_exit_2(tmp_path, body, message):
    path = tmp_path / "bad.xlf"
    path.write_bytes(body)
    for args in (["check", str(path)], ["annotate", str(path), "-o", str(tmp_path / "out.xlf")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2
        assert message in result.output
        assert result.output.count("\n") == 1
    assert not (tmp_path / "out.xlf").exists()


def test_an_xliff_file_given_as_one_side_is_refused(tmp_path, units):
    path = tmp_path / "job.xlf"
    path.write_bytes(xliff12(units[:2]))
    (tmp_path / "en.md").write_text("GDP was 5.9 trillion yuan.\n")
    result = CliRunner().invoke(main, ["check", str(path), str(tmp_path / "en.md")])
    assert result.exit_code == 2
    assert f"{path}: holds both the original and the translation; check it alone: " \
           f"northeast-text check {path}" in result.output


def test_xliff2_segments_are_joined_and_the_mark_goes_on_the_segment_holding_the_text(tmp_path):
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en-GB">\n'
            ' <file id="f1">\n'
            '  <unit id="p1">\n'
            '   <segment id="s1"><source>人口减少了1100万。</source>'
            '<target>The population fell by 11 million.</target></segment>\n'
            '   <ignorable><source> </source><target> </target></ignorable>\n'
            '   <segment id="s2"><source>GDP为5.9万亿<cp hex="2060"/>元。</source>'
            '<target>GDP was 5.9 billion yuan.</target></segment>\n'
            '  </unit>\n </file>\n</xliff>\n').encode()
    bilingual = parse_xliff(data, "job.xlf")
    (unit,) = bilingual.units
    assert unit.source == "人口减少了1100万。 GDP为5.9万亿\u2060元。"
    assert unit.target == "The population fell by 11 million. GDP was 5.9 billion yuan."
    from northeast_text.formats.xliff import mark_findings

    pair = annotate_bilingual(bilingual)
    written = mark_findings(bilingual, [f for f in pair.findings if f.kind == "scale"])
    root = etree.fromstring(written)
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    assert [m.get("id") for m in root.xpath("//x:segment[@id='s2']/x:target/x:mrk", namespaces=ns)]
    assert not root.xpath("//x:segment[@id='s1']//x:mrk", namespaces=ns)
    assert_valid(written, "2.0")


def test_every_finding_kind_has_an_its_issue_type():
    """A new kind must be mapped before it can be written back into XLIFF."""
    from northeast_text.formats.xliff import its_mapping
    from northeast_text.model import FINDING_KINDS

    assert set(FINDING_KINDS) <= set(its_mapping()["types"])

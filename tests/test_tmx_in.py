"""TMX in: a memory made from two bundled pairs, checked unit by unit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.formats import read_bilingual, unit_of
from northeast_text.formats.tmx_in import parse_tmx
from northeast_text.pipeline import annotate_bilingual, annotate_files
from northeast_text.settings import Settings
from northeast_text.writers.tmx import tmx_bytes

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAIRS = ("yangtze-shipping", "ev-batteries")


def pair_files(name: str) -> tuple[Path, Path]:
    folder = CORPUS / name
    return next(folder.glob("zh.*")), next(folder.glob("en.*"))


def memory(pairs) -> bytes:
    """One TMX holding the units of every pair (as `export --format tmx` writes them)."""
    roots = [etree.fromstring(tmx_bytes(p, level="paragraph")) for p in pairs]  # one unit per block link
    body = roots[0].find("body")
    for root in roots[1:]:
        body.extend(root.find("body"))
    return etree.tostring(roots[0], xml_declaration=True, encoding="UTF-8")


def link_findings(pair) -> list[tuple]:
    """(tuid, kind, severity, source text, target text) of the findings on links with both sides."""
    unit_of_block = {}
    for n, link in enumerate(pair.alignment, 1):
        if link.source and link.target:
            unit_of_block.update({pair.source.document.blocks[i].id: n for i in link.source})
            unit_of_block.update({pair.target.document.blocks[j].id: n for j in link.target})
    return sorted((f"{pair.id}.l{unit_of_block[f.target_block or f.source_block]}", f.kind, f.severity,
                   f.source_text, f.target_text)
                  for f in pair.findings if (f.target_block or f.source_block) in unit_of_block)


def unit_findings(bilingual, pair) -> list[tuple]:
    return sorted((unit_of(bilingual, f).id, f.kind, f.severity, f.source_text, f.target_text)
                  for f in pair.findings)


@pytest.fixture(scope="module", params=[None, Decimal("7.1")], ids=["declared-rate", "rate-7.1"])
def checked(request):
    settings = Settings(rate=request.param)
    pairs = [annotate_files(*pair_files(name), settings, pair_id=name) for name in PAIRS]
    bilingual = parse_tmx(memory(pairs), "memory.tmx")
    return settings, pairs, bilingual, annotate_bilingual(bilingual, settings)


def test_memory_units_are_the_links_of_both_pairs(checked):
    _, pairs, bilingual, _ = checked
    links = [f"{p.id}.l{n}" for p in pairs for n, link in enumerate(p.alignment, 1) if link.source and link.target]
    assert [u.id for u in bilingual.units] == links
    assert bilingual.format == "tmx" and bilingual.version == "1.4"


def test_memory_gives_the_link_level_findings_of_the_pairs(checked):
    settings, pairs, bilingual, checked_memory = checked
    expected = sorted(x for p in pairs for x in link_findings(p))
    got = unit_findings(bilingual, checked_memory)
    assert got, "the bundled pairs have injected errors"
    if settings.rate is not None:
        assert got == expected
    else:
        # The translators declare their exchange rate in a note that has no Chinese side, hence no
        # unit: without --rate the memory has no rate to check conversions against. All else agrees.
        assert [x for x in got if x[1] != "rate"] == [x for x in expected if x[1] != "rate"]
        assert any(x[1] == "rate" for x in expected)


def test_check_memory_lists_findings_by_unit(tmp_path, checked):
    _, pairs, _, _ = checked
    path = tmp_path / "memory.tmx"
    path.write_bytes(memory(pairs))
    result = CliRunner().invoke(main, ["check", str(path), "--rate", "7.1"])
    assert result.exit_code == 1
    assert "memory.tmx: " in result.output and "(tmx 1.4, zh → en)" in result.output
    assert "unit yangtze-shipping.l" in result.output and "unit ev-batteries.l" in result.output


def tmx(*tuvs: tuple[str, str], doctype: str = "") -> bytes:
    tus = "".join(f"<tu tuid='t{n}'>" + "".join(f"<tuv xml:lang='{lang}'><seg>{text}</seg></tuv>"
                                                  for lang, text in tuv) + "</tu>"
                  for n, tuv in enumerate(tuvs, 1))
    return (f"<?xml version='1.0'?>{doctype}<tmx version='1.4'><header srclang='zh-CN' datatype='plaintext' "
            f"segtype='sentence' adminlang='en' o-tmf='x' creationtool='x' creationtoolversion='1'/>"
            f"<body>{tus}</body></tmx>").encode()


def test_codes_are_left_out_and_languages_matched_by_base():
    data = tmx([("zh-Hans", "GDP为<bpt i='1'>&lt;b&gt;</bpt>5.9万亿<ept i='1'>&lt;/b&gt;</ept>元"),
                ("EN-us", "GDP was <ph>&lt;br/&gt;</ph>5.9 trillion yuan"), ("fr", "PIB")])
    (unit,) = parse_tmx(data, "m.tmx").units
    assert (unit.id, unit.source, unit.target) == ("t1", "GDP为5.9万亿元", "GDP was 5.9 trillion yuan")


@pytest.mark.parametrize("data, message", [
    (tmx((("zh-CN", "你好"), ("fr", "bonjour"))),
     "m.tmx: no English (en) variants (languages found: fr, zh); expected a zh/en translation memory"),
    (tmx((("en", "hello"), ("de", "hallo"))),
     "m.tmx: no Chinese (zh) variants (languages found: de, en); expected a zh/en translation memory"),
    (tmx((("zh", "你好"), ("en", "hi")), doctype="<!DOCTYPE tmx SYSTEM 'tmx14.dtd' [<!ENTITY e 'x'>]>"),
     "m.tmx:1: has a DOCTYPE (entity declarations are refused); expected a TMX translation memory"),
    (tmx((("zh", "你好"),), (("en", "hi"),)), "m.tmx: no translated unit to check in this TMX file (2 without"),
])
def test_bad_memories_are_one_line_and_exit_2(tmp_path, data, message):
    path = tmp_path / "m.tmx"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert message.replace("m.tmx", str(path)) in result.output
    assert result.output.count("\n") == 1
    with pytest.raises(InputError, match="variants|DOCTYPE|no translated unit"):
        read_bilingual(path)

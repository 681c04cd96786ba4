"""Reviewer decisions: parsing, applying to pairs, folding into the TEI, safety."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.review import (
    Decision,
    Decisions,
    active_findings,
    apply_decisions,
    apply_review_to_tei,
    load_decisions,
    merge_decisions,
    parse_decisions,
    safe_parse_xml,
    unmatched,
)
from northeast_text.writers.tei import integrity_errors, tei_bytes

from test_html import make_pair

TEI_NS = "http://www.tei-c.org/ns/1.0"


def decisions_json(*items, pair="demo") -> str:
    return json.dumps({"schema": 1, "pair": pair, "decisions": list(items)}, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------- parsing


def test_parse_valid_decisions():
    d = parse_decisions(decisions_json(
        {"finding": "f-aaaaaaaaaa", "decision": "dismissed", "comment": "house style", "reviewer": "Ann"},
        {"finding": "f-bbbbbbbbbb", "decision": "confirmed", "comment": ""},
    ))
    assert d.pair == "demo"
    assert d.decisions[0] == Decision("f-aaaaaaaaaa", "dismissed", "house style", "Ann")
    assert d.decisions[1].reviewer is None
    assert parse_decisions(d.to_json()) == d  # round trip


@pytest.mark.parametrize("text, expect, line", [
    ("", "empty", None),
    ("{\n  \"schema\": 1,\n  \"pair\": \"x\",\n  \"decisions\": [,]\n}", "not valid JSON", 4),
    ("[1, 2]", "expected a JSON object", None),
    ('{"schema": 2, "pair": "x", "decisions": []}', 'expected "schema": 1', 1),
    ('{"schema": 1, "pair": "", "decisions": []}', '"pair"', 1),
    ('{"schema": 1, "pair": "x", "decisions": {}}', '"decisions"', 1),
    ('{"schema": 1, "pair": "x",\n "decisions": [\n{"finding": "f-1", "decision": "maybe"}]}',
     '"confirmed" or "dismissed"', 3),
    ('{"schema": 1, "pair": "x", "decisions": [{"finding": "../../etc", "decision": "confirmed"}]}',
     "finding id", 1),
    ('{"schema": 1, "pair": "x", "decisions": [{"finding": "f-1", "decision": "confirmed", "comment": 3}]}',
     '"comment"', 1),
    ('{"schema": 1, "schema": 1, "pair": "x", "decisions": []}', "given twice", None),
    ('{"schema": NaN, "pair": "x", "decisions": []}', "NaN", None),
])
def test_bad_decisions_say_what_and_where(text, expect, line):
    with pytest.raises(InputError) as exc:
        parse_decisions(text, "d.json")
    assert expect in str(exc.value)
    assert str(exc.value).startswith("d.json")
    if line is not None:
        assert exc.value.line == line


def test_decisions_size_limit_and_binary(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (6 * 1024 * 1024))
    with pytest.raises(InputError, match="larger than"):
        load_decisions(big)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage")
    with pytest.raises(InputError, match="not UTF-8"):
        load_decisions(binary)
    with pytest.raises(InputError, match="no such file"):
        load_decisions(tmp_path / "missing.json")
    with pytest.raises(InputError, match="folder"):
        load_decisions(tmp_path)


def test_deeply_nested_json_is_an_input_error():
    with pytest.raises(InputError):
        parse_decisions("[" * 100_000 + "]" * 100_000)


# --------------------------------------------------------------------------- pairs


def test_apply_decisions_marks_findings_and_keeps_others():
    pair = make_pair()
    d = Decisions("demo", (Decision("f-aaaaaaaaaa", "dismissed", "ok"), Decision("f-zzz", "confirmed")))
    out = apply_decisions(pair, d)
    by_id = {f.id: f for f in out.findings}
    assert by_id["f-aaaaaaaaaa"].data["review"] == {"decision": "dismissed", "comment": "ok"}
    assert "review" not in by_id["f-bbbbbbbbbb"].data
    assert [f.id for f in active_findings(out)] == ["f-bbbbbbbbbb"]
    assert unmatched(out, d) == ["f-zzz"]
    assert pair.findings[0].data == {}  # the input pair is unchanged


def test_merge_later_files_win():
    a = Decisions("demo", (Decision("f-1", "dismissed"), Decision("f-2", "confirmed")))
    b = Decisions("demo", (Decision("f-1", "confirmed", "changed my mind"),))
    merged = merge_decisions(a, b).by_finding()
    assert merged["f-1"].decision == "confirmed" and merged["f-2"].decision == "confirmed"


def test_ids_are_stable_so_decisions_survive_a_rerun():
    from northeast_text.pipeline import annotate
    from northeast_text.settings import Settings

    pair = make_pair()
    docs = (pair.source.document, pair.target.document)
    first = annotate(*docs, Settings(), pair_id="demo")
    second = annotate(*docs, Settings(), pair_id="demo")
    assert [f.id for f in first.findings] == [f.id for f in second.findings]
    if first.findings:
        fid = first.findings[0].id
        again = apply_decisions(second, [Decision(fid, "dismissed")])
        assert fid not in {f.id for f in active_findings(again)}


# --------------------------------------------------------------------------- TEI


def test_review_notes_in_tei_are_valid(assert_valid_tei):
    tei = tei_bytes(make_pair())
    d = Decisions("demo", (
        Decision("f-aaaaaaaaaa", "confirmed", "fix the scale <now> & then", "Ann Lee"),
        Decision("f-bbbbbbbbbb", "dismissed", "", None),
        Decision("f-unknown", "dismissed"),
    ))
    result = apply_review_to_tei(tei, d, "demo.tei.xml")
    assert result.applied == ("f-aaaaaaaaaa", "f-bbbbbbbbbb")
    assert result.unknown == ("f-unknown",)
    assert_valid_tei(result.tei)
    from lxml import etree

    root = etree.fromstring(result.tei)
    notes = root.findall(f".//{{{TEI_NS}}}standOff/{{{TEI_NS}}}note[@type='review']")
    assert [(n.get("subtype"), n.get("target"), n.get("resp")) for n in notes] == [
        ("confirmed", "#f-aaaaaaaaaa", "#reviewer-ann-lee"),
        ("dismissed", "#f-bbbbbbbbbb", "#reviewer"),
    ]
    assert notes[0].text == "fix the scale <now> & then"
    assert integrity_errors(root) == []
    names = root.findall(f".//{{{TEI_NS}}}titleStmt/{{{TEI_NS}}}respStmt/{{{TEI_NS}}}name")
    assert "Ann Lee" in [n.text for n in names]
    # applying again replaces, not duplicates
    again = apply_review_to_tei(result.tei, d, "demo.tei.xml")
    assert again.tei == result.tei


def test_review_into_a_tei_corpus(assert_valid_tei):
    from lxml import etree

    from northeast_text.writers.tei import corpus_tei, serialise

    corpus = serialise(corpus_tei([make_pair()], "Corpus"))
    result = apply_review_to_tei(corpus, Decisions("demo", (Decision("f-aaaaaaaaaa", "dismissed", "x"),)))
    assert_valid_tei(result.tei)
    note = etree.fromstring(result.tei).find(f".//{{{TEI_NS}}}note[@type='review']")
    assert note.get("target") == "#demo.f-aaaaaaaaaa" and note.get("resp") == "#demo.reviewer"


def test_decisions_for_another_pair_are_refused():
    with pytest.raises(InputError, match="none of the 1 decisions"):
        apply_review_to_tei(tei_bytes(make_pair()), Decisions("other", (Decision("f-zzz", "dismissed"),)))


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&lol9;</p></TEI>"""


@pytest.mark.parametrize("data, what", [
    (XXE, "DOCTYPE"),
    (BOMB, "DOCTYPE"),
    (XXE.decode().encode("utf-16"), "DOCTYPE"),
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><p>&undeclared;</p></TEI>", "not well-formed"),
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><p>unclosed</TEI>", "not well-formed"),
    (b"<html><body/></html>", "expected a TEI document"),
    (b"", "not well-formed"),
])
def test_hostile_or_broken_tei_is_refused_quickly(data, what):
    start = time.monotonic()
    with pytest.raises(InputError) as exc:
        apply_review_to_tei(data, Decisions("demo", (Decision("f-1", "dismissed"),)), "in.tei.xml")
    assert time.monotonic() - start < 2
    assert what in str(exc.value)
    assert str(exc.value).startswith("in.tei.xml")
    assert "root:" not in str(exc.value)  # /etc/passwd never read into the message


def test_safe_parser_never_resolves_entities_even_without_doctype_check():
    """Even past the DOCTYPE pre-check (DOCTYPE late in a large prolog), nothing is resolved."""
    data = b"<!-- " + b"x" * 5000 + b" -->\n" + XXE.split(b"\n", 1)[1]
    with pytest.raises(InputError, match="DOCTYPE"):
        safe_parse_xml(data, "late.xml")


# --------------------------------------------------------------------------- CLI


def test_cli_apply_review(tmp_path, assert_valid_tei):
    tei = tmp_path / "demo.tei.xml"
    tei.write_bytes(tei_bytes(make_pair()))
    dec = tmp_path / "demo.decisions.json"
    dec.write_text(decisions_json({"finding": "f-aaaaaaaaaa", "decision": "dismissed", "comment": "ok"}),
                   encoding="utf-8")
    out = tmp_path / "reviewed.tei.xml"
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tei), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "1 review notes" in r.output
    assert_valid_tei(out.read_bytes())
    assert b'type="review"' not in tei.read_bytes()  # input untouched with -o
    # default: in place
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tei)])
    assert r.exit_code == 0 and b'subtype="dismissed"' in tei.read_bytes()


def test_cli_apply_review_errors(tmp_path):
    dec = tmp_path / "d.json"
    dec.write_text("{broken", encoding="utf-8")
    tei = tmp_path / "x.tei.xml"
    tei.write_bytes(XXE)
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tei)])
    assert r.exit_code == 2 and "not valid JSON" in r.output and "Traceback" not in r.output
    dec.write_text(decisions_json({"finding": "f-1", "decision": "confirmed"}), encoding="utf-8")
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tei)])
    assert r.exit_code == 2 and "DOCTYPE" in r.output
    assert tei.read_bytes() == XXE  # nothing written
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tmp_path / "missing.xml")])
    assert r.exit_code == 2 and "no such file" in r.output
    r = CliRunner().invoke(main, ["apply-review", str(dec), "--tei", str(tei), "-o", str(dec)])
    assert r.exit_code == 2 and "also an input" in r.output


def test_cli_review_writes_page_and_keeps_dismissed(tmp_path):
    from conftest import CORPUS
    from test_html import northeast_pair, parse

    pair = northeast_pair()
    fid = next(f.id for f in pair.findings if f.severity == "error")
    dec = tmp_path / "northeast.decisions.json"
    dec.write_text(decisions_json({"finding": fid, "decision": "dismissed", "comment": "checked"},
                                  pair="northeast"), encoding="utf-8")
    out = tmp_path / "review.html"
    src, tgt = CORPUS / "northeast" / "zh.md", CORPUS / "northeast" / "en.md"
    r = CliRunner().invoke(main, ["review", str(src), str(tgt), "-o", str(out), "--decisions", str(dec)])
    assert r.exit_code == 0, r.output
    assert "1 decisions applied" in r.output
    doc = parse(out.read_text(encoding="utf-8"))
    assert doc.xpath(f"//li[@data-fid='{fid}']")[0].get("data-decision") == "dismissed"
    assert len(doc.xpath("//li[contains(@class,'finding')]")) == len(pair.findings)

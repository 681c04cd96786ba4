"""JSON report (REPORT_FORMAT.md, exactly) and the text table of ``check``."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal as D

import pytest

from northeast_text import TOOL_NAME, __version__
from northeast_text.model import FINDING_KINDS, NOTE_KINDS, SEVERITIES, Finding
from northeast_text.writers.report import (
    display_width,
    format_table,
    report_json,
    summary_line,
    to_report,
)

from conftest import corpus_pairs
from test_tei import make_pair

TOP_KEYS = ["schema", "tool", "source", "target", "rate", "alignment", "findings", "notes"]
FINDING_KEYS = {"id", "kind", "severity", "source_block", "target_block", "source_text",
                "target_text", "expected", "message"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def pair():
    return make_pair()


@pytest.fixture(scope="module")
def report(pair):
    return to_report(pair)


def _check_shape(report: dict) -> None:
    """Every contract field of REPORT_FORMAT.md with its type (extra fields allowed)."""
    assert list(report)[:len(TOP_KEYS)] == TOP_KEYS
    assert report["schema"] == 1
    assert report["tool"] == {"name": TOOL_NAME, "version": __version__}
    sides = [s for s in (report["source"], report["target"]) if s is not None]
    for side in sides:
        assert {"lang", "path", "blocks"} <= set(side)
        assert side["path"] is None or isinstance(side["path"], str)
        for n, b in enumerate(side["blocks"]):
            assert {"id", "n", "text"} <= set(b)
            assert b["n"] == n and isinstance(b["text"], str)
            assert b["id"] == f"{side['lang']}-b{n}"
    if report["rate"] is not None:
        r = report["rate"]
        assert {"base", "quote", "value", "block"} <= set(r)
        assert isinstance(r["value"], (int, float)) and not isinstance(r["value"], bool)
    texts = {b["id"]: b["text"] for s in sides for b in s["blocks"]}
    for link in report["alignment"]:
        assert {"source", "target", "score"} <= set(link)
        assert all(isinstance(i, str) for i in link["source"] + link["target"])
        assert 0 <= link["score"] <= 1
    if report["source"] is not None:
        for key, side in (("source", report["source"]), ("target", report["target"])):
            ids = [i for link in report["alignment"] for i in link[key]]
            assert ids == [b["id"] for b in side["blocks"]]  # each once, in reading order
    for f in report["findings"]:
        assert FINDING_KEYS <= set(f)
        assert f["kind"] in FINDING_KINDS and f["severity"] in SEVERITIES
        assert isinstance(f["message"], str) and f["message"]
        for block_key, text_key in (("source_block", "source_text"), ("target_block", "target_text")):
            if f[text_key] is not None:
                assert f[text_key] in texts[f[block_key]]
    ids = [f["id"] for f in report["findings"]]
    assert len(ids) == len(set(ids))
    for note in report["notes"]:
        assert {"id", "kind", "block", "text"} <= set(note)
        assert note["kind"] in NOTE_KINDS
        assert note["text"] in texts[note["block"]]


def test_report_shape(report):
    _check_shape(report)


def test_report_content(report, pair):
    assert report["source"]["lang"] == "zh" and report["target"]["lang"] == "en"
    assert report["source"]["path"] == "corpus/demo/zh.md"
    assert report["source"]["blocks"][0] == {"id": "zh-b0", "n": 0, "text": "东北为何屡振不兴？",
                                             "role": "title"}
    assert report["rate"] == {"base": "USD", "quote": "CNY", "value": 7.14, "block": "en-b2",
                              "text": "1 USD to 7.14 RMB"}
    assert report["alignment"][0] == {"source": ["zh-b0"], "target": ["en-b0"], "score": 0.97,
                                      "type": "1-1"}
    assert report["alignment"][1]["source"] == [] and report["alignment"][1]["target"] == ["en-b1"]
    assert report["alignment"][3]["source"] == ["zh-b1", "zh-b2"]
    scale = report["findings"][0]
    assert {k: scale[k] for k in FINDING_KEYS} == {
        "id": "f-scale1", "kind": "scale", "severity": "error",
        "source_block": "zh-b3", "target_block": "en-b4",
        "source_text": "3.2553万亿元", "target_text": "3.2553 billion RMB",
        "expected": "3.2553 trillion RMB",
        "message": "万亿 is 10^12; the translation says 10^9 (off by 1000×)"}
    rate = report["findings"][2]
    assert rate["source_block"] is None and rate["source_text"] is None
    assert rate["data"] == {"implied_rate": 7.142857}
    assert [n["id"] for n in report["notes"]] == ["n1", "n2", "n3", "n4", "n5", "n6"]
    assert report["notes"][3] == {"id": "n4", "kind": "translator", "block": "en-b4",
                                  "text": "[tr. a province in the Northeast]", "place": "inline",
                                  "start": 51, "end": 84}


def test_paths_can_be_overridden(pair):
    r = to_report(pair, source_path="a/zh.md", target_path="-")
    assert r["source"]["path"] == "a/zh.md" and r["target"]["path"] == "-"


def test_translation_only():
    r = to_report(make_pair(translation_only=True))
    _check_shape(r)
    assert r["source"] is None and r["alignment"] == []
    assert all(f["source_block"] is None for f in r["findings"])
    assert r["notes"]  # notes are found with a translation alone


def test_no_rate_is_null(pair):
    r = to_report(replace(pair, rate=None))
    assert r["rate"] is None
    r = to_report(replace(pair, rate=replace(pair.rate, value=D("7"), block=None, text=None)))
    assert r["rate"] == {"base": "USD", "quote": "CNY", "value": 7, "block": None}


def test_finding_without_id_gets_one(pair):
    f = Finding(kind="value", severity="error", message="m", target_block="en-b3")
    r = to_report(replace(pair, findings=(f, f)))
    assert [x["id"] for x in r["findings"]] == ["f1", "f2"]


def test_report_json_deterministic_and_utf8(pair):
    text = report_json(pair)
    assert "东北为何屡振不兴" in text and "\\u" not in text
    assert report_json(make_pair()) == text
    assert json.loads(text) == json.loads(json.dumps(to_report(pair), default=float))
    assert text.index('"schema"') < text.index('"tool"') < text.index('"source"')
    compact = report_json(pair, indent=None)
    assert "\n" not in compact.strip()


# --------------------------------------------------------------------------- table


def test_table_lists_every_finding_with_summary(pair):
    table = format_table(pair, color=False, width=100)
    assert ANSI.search(table) is None
    for f in pair.findings:
        assert f.kind in table
    assert "“3.2553万亿元” → “3.2553 billion RMB”" in table
    assert "expected: “3.2553 trillion RMB”" in table
    assert "zh-b3 → en-b4" in table
    # a finding in the translation alone shows its text without an empty source
    assert "    “trillion RMB (approx. 1.4”\n" in table and "— →" not in table
    last = table.rstrip("\n").splitlines()[-1]
    assert last == "6 findings: 2 errors, 3 warnings, 1 info"


def test_table_wraps_to_width(pair):
    long = Finding(kind="value", severity="warning", message="word " * 60 + "东北" * 80,
                   target_block="en-b3", target_text="10-20 trillion RMB")
    p = replace(pair, findings=pair.findings + (long,))
    for width in (60, 100):
        table = format_table(p, color=False, width=width)
        assert max(display_width(line) for line in table.splitlines()) <= width
        assert "东北" * 5 in table.replace("\n", "").replace(" ", "")


def test_table_colour_only_when_asked(pair):
    coloured = format_table(pair, color=True, width=100)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured).splitlines()[-1] == format_table(
        pair, color=False, width=100).splitlines()[-1]


def test_table_without_findings(pair):
    table = format_table(replace(pair, findings=()), color=False, width=100)
    assert "No findings." in table
    assert table.rstrip().endswith("0 findings: 0 errors, 0 warnings, 0 info")


def test_summary_line_singular():
    f = Finding(kind="scale", severity="error", message="m")
    assert summary_line([f]) == "1 finding: 1 error, 0 warnings, 0 info"


# --------------------------------------------------------------------------- bundled pairs


def _markup_free(text: str) -> str:
    """Gold prefixes keep heading marks and link brackets; block text has none."""
    text = re.sub(r"\]\([^)\s]*\)?", "", text)
    return re.sub(r"[#*_\[\]\\`>\s]", "", text)


@pytest.mark.parametrize("folder", corpus_pairs(), ids=lambda p: p.name)
def test_bundled_pair_report(folder):
    try:
        from northeast_text.pipeline import annotate_files
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        pair = annotate_files(folder / gold["source"]["file"], folder / gold["target"]["file"])
    except (ImportError, NotImplementedError) as exc:
        pytest.skip(f"pipeline not complete: {exc}")
    report = json.loads(report_json(pair))
    _check_shape(report)
    for side, lang in (("source", "zh"), ("target", "en")):
        blocks = report[side]["blocks"]
        prefixes = gold["blocks"][lang]
        assert len(blocks) == len(prefixes)
        for b, prefix in zip(blocks, prefixes):
            assert _markup_free(b["text"]).startswith(_markup_free(prefix)), (b["id"], prefix)
    table = format_table(pair, color=False, width=100)
    assert table.rstrip().splitlines()[-1] == summary_line(pair.findings)

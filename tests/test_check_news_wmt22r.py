"""Classes found on WMT22 general zh->en news read with reference B (the r22b probe), each with a
counter-case that must still be reported; and how the sets are cut from the release's xml.  The
sentences and the xml are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import benchmark_module, severe_findings, wmt22_doc

# --- benchmarks/wmt_general.py --wmt22-xml … --wmt22-ref B: the news with an unread reference ------


def _xml(tmp_path: Path, docs: list[str]) -> Path:
    xml = tmp_path / "wmttest2022.zh-en.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?><dataset id="wmttest2022">'
                   f'<collection id="general">{"".join(docs)}</collection>'
                   f'<collection id="biomedical-ref">{wmt22_doc("bio.1", 40)}</collection></dataset>',
                   encoding="utf-8")
    return xml


def test_the_reference_span_takes_news_from_the_start_until_400_segments(tmp_path: Path):
    # chats, listings and posts are skipped; whole news documents until 400 segments, the one that
    # crosses 400 included, the next left out
    docs = [wmt22_doc("en_zh-TW_CLIENT-05_2020-12-20-128_doc04", 2), wmt22_doc("agency-zh-01.1", 250),
            wmt22_doc("ecommerce_zh_shop.com_123", 30), wmt22_doc("social_zh_site.com_45", 20),
            wmt22_doc("daily-zh.2", 140), wmt22_doc("paper.com.3", 12), wmt22_doc("daily-zh.4", 5)]
    wmt = benchmark_module("wmt_general")
    got = wmt.wmt22_ref_documents(_xml(tmp_path, docs), "B")
    assert [d[0] for d in got] == ["agency-zh-01.1", "daily-zh.2", "paper.com.3"]
    assert got[2][2][0] == "paper.com.3 乙译第 1 句。"  # reference B, not A


def test_the_reference_span_stops_before_a_document_whose_reference_b_was_read(tmp_path: Path):
    docs = [wmt22_doc("agency-zh-01.1", 20), wmt22_doc("en_zh-TW_CLIENT-05_2020-12-20-1_doc0", 3),
            wmt22_doc("daily-zh.2", 11), wmt22_doc("xinhua-zh-01.104125", 23), wmt22_doc("daily-zh.4", 5)]
    xml = _xml(tmp_path, docs)
    wmt = benchmark_module("wmt_general")
    assert [d[0] for d in wmt.wmt22_ref_documents(xml, "B")] == ["agency-zh-01.1", "daily-zh.2"]
    assert wmt.main(["--wmt22-xml", str(xml), "--wmt22-ref", "B", "--out", str(tmp_path / "o")]) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in real.iterdir()) == ["r22bdev", "r22bheld"]  # the other sets are not written
    assert sorted(p.name for p in (real / "r22bdev").iterdir()) == ["01-agency-zh-01.1", "truth.tsv"]
    held = real / "r22bheld" / "02-daily-zh.2"
    assert (held / "en.txt").read_text(encoding="utf-8").startswith("daily-zh.2 乙译第 1 句。\n\n")
    assert (held / "zh.txt").read_text(encoding="utf-8").startswith("daily-zh.2 sentence 1.\n\n")
    assert len((held / "gold.tsv").read_text(encoding="utf-8").splitlines()) == 11


# --- a "golden" prize, award or medal is the gold colour (medals.json) ------------------------------

@pytest.mark.parametrize("zh,en", [
    ("这款茶叶在博览会上获得银奖。", "The tea was awarded a golden prize at the expo."),
    ("他的设计获得铜奖。", "His design won the golden award."),
])
def test_a_golden_prize_for_another_colour_is_a_value_warning(tmp_path, zh, en):
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("这款茶叶在博览会上获得金奖。", "The tea was awarded a golden prize at the expo."),
    # "golden" before no prize word is no colour of a medal: the silver is simply not said
    ("她获得银奖，这是黄金时代。", "She won the award; this is a golden age."),
    ("他获得银牌，抓住了黄金四分钟。", "He took the medal in the golden four minutes."),
])
def test_a_golden_prize_kept_or_no_prize_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []

"""WMT22 general en->zh probe, part 2 (e22bdev, e22bheld): how the sets are cut from the release's xml.

The xml below is written for this test (no text of the release): the second span starts with the first
news document (an id ending in a dot and an article number) after a named document, the last one of
the first span; chats, listings and posts are skipped as in the first span, news documents are taken in
file order until 200 source segments, the crossing document included, with reference B; the documents
are numbered from 1 within the span and the Chinese goes to zh.txt.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _wmt_general():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "wmt_general.py"
    spec = importlib.util.spec_from_file_location("wmt_general_e22b", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _doc(doc_id: str, n: int) -> str:
    src = "".join(f'<seg id="{i}">{doc_id} sentence {i}.</seg>' for i in range(1, n + 1))
    ref_a = "".join(f'<seg id="{i}">甲译 {i}。</seg>' for i in range(1, n + 1))
    ref_b = "".join(f'<seg id="{i}">{doc_id} 乙译第 {i} 句。</seg>' for i in range(1, n + 1))
    return (f'<doc origlang="en" id="{doc_id}"><src lang="en"><p>{src}</p></src>'
            f'<ref lang="zh" translator="A"><p>{ref_a}</p></ref>'
            f'<ref lang="zh" translator="B"><p>{ref_b}</p></ref></doc>')


def _xml(tmp_path: Path) -> Path:
    docs = [_doc("dailyherald.101", 150), _doc("t3_abc12", 40), _doc("courier.co.uk.7", 80),
            # the first span ends with courier.co.uk.7 (150 + 80 >= 200); the second starts after it
            _doc("en_de_CLIENT-01_default_2021-01-10-57_doc0", 5), _doc("globe-en.55", 90),
            _doc("ecommerce_en_7", 30), _doc("ledger.co.nz.9", 100), _doc("t1_xyz9", 3),
            _doc("herald.com.au.12", 20)]
    xml = tmp_path / "wmttest2022.en-zh.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?><dataset id="wmttest2022">'
                   f'<collection id="general">{"".join(docs)}</collection>'
                   f'<collection id="biomedical">{_doc("bio.1", 4)}</collection></dataset>', encoding="utf-8")
    return xml


def test_the_second_span_starts_after_the_named_document(tmp_path):
    xml = _xml(tmp_path)
    wmt = _wmt_general()
    assert [d[0] for d in wmt.wmt22_enzh_documents(xml)] == ["dailyherald.101", "courier.co.uk.7"]
    got = wmt.wmt22_enzh_documents(xml, after="courier.co.uk.7")
    # 90 < 200, 90 + 100 = 190 < 200, the third news document crosses it and is kept; nothing after
    assert [d[0] for d in got] == ["globe-en.55", "ledger.co.nz.9", "herald.com.au.12"]
    assert got[0][1][0] == "globe-en.55 乙译第 1 句。" and got[0][2][0] == "globe-en.55 sentence 1."
    assert wmt.main(["--enzh22-xml", str(xml), "--enzh22-after", "courier.co.uk.7", "--suffix", "b",
                     "--out", str(tmp_path / "o")]) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in real.iterdir()) == ["e22bdev", "e22bheld"]
    assert sorted(p.name for p in (real / "e22bdev").iterdir()) == [
        "01-globe-en.55", "03-herald.com.au.12", "truth.tsv"]
    held = real / "e22bheld" / "02-ledger.co.nz.9"
    assert (held / "zh.txt").read_text(encoding="utf-8").startswith("ledger.co.nz.9 乙译第 1 句。\n\n")
    assert (held / "en.txt").read_text(encoding="utf-8").startswith("ledger.co.nz.9 sentence 1.\n\n")


def test_an_unknown_document_to_start_after_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="no document"):
        _wmt_general().wmt22_enzh_documents(_xml(tmp_path), after="nosuch.1")

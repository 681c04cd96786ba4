"""WMT22 general en->zh probe, part 2 (e22bdev, e22bheld): how the sets are cut from the release's xml.

The xml below is written for this test (no text of the release): the second span starts with the first
news document (an id ending in a dot and an article number) after a named document, the last one of
the first span; chats, listings and posts are skipped as in the first span, news documents are taken in
file order until 200 source segments, the crossing document included, with reference B; the documents
are numbered from 1 within the span and the Chinese goes to zh.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import benchmark_module, wmt22_doc


def _xml(tmp_path: Path) -> Path:
    docs = [wmt22_doc("dailyherald.101", 150), wmt22_doc("t3_abc12", 40), wmt22_doc("courier.co.uk.7", 80),
            # the first span ends with courier.co.uk.7 (150 + 80 >= 200); the second starts after it
            wmt22_doc("en_de_CLIENT-01_default_2021-01-10-57_doc0", 5), wmt22_doc("globe-en.55", 90),
            wmt22_doc("ecommerce_en_7", 30), wmt22_doc("ledger.co.nz.9", 100), wmt22_doc("t1_xyz9", 3),
            wmt22_doc("herald.com.au.12", 20)]
    xml = tmp_path / "wmttest2022.en-zh.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?><dataset id="wmttest2022">'
                   f'<collection id="general">{"".join(docs)}</collection>'
                   f'<collection id="biomedical">{wmt22_doc("bio.1", 4)}</collection></dataset>', encoding="utf-8")
    return xml


def test_the_second_span_starts_after_the_named_document(tmp_path):
    xml = _xml(tmp_path)
    wmt = benchmark_module("wmt_general")
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
        benchmark_module("wmt_general").wmt22_enzh_documents(_xml(tmp_path), after="nosuch.1")

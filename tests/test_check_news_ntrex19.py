"""Classes found on news written in English and translated into Chinese, NTREX-128 (the WMT19 news test
set's English with a professional Chinese translation), part 1 (docs/evaluation.md "NTREX-128 news,
en-zh, part 1"), one class a test, each with a counter-case that must still be reported; and how the
sets are cut from the release's files.  The sentences and the files are written for these tests; none is
taken from the probed texts."""

from __future__ import annotations

import pytest

from builders import benchmark_module, loud

# --- a region said by its people or an irregular adjective ("separatist Catalans") ------------------


def test_a_region_said_by_its_people_is_rendered():
    # 加泰罗尼亚 against "separatist Catalans" beside "Madrid" (the Spanish government): Catalonia's
    # people, not Madrid put for Catalonia
    assert loud("公投被西班牙政府视为非法，但加泰罗尼亚分裂分子却加以庆祝。",
                "The vote was deemed illegal by Madrid but celebrated by separatist Catalans.") == []
    assert loud("公投被西班牙政府视为非法，但加泰罗尼亚分裂分子却加以庆祝。",
                "The vote was deemed illegal by Madrid but celebrated by Catalan separatists.") == []
    assert loud("诺曼底的农民在巴黎抗议新规定。", "Norman farmers protested against the new rules in Paris.") == []
    # a people by rule: the plural of the regular adjective (Bavaria -> Bavarian -> Bavarians)
    assert loud("公投被西班牙政府视为非法，但巴伐利亚分裂分子却加以庆祝。",
                "The vote was deemed illegal by Madrid but celebrated by separatist Bavarians.") == []


def test_another_region_s_people_is_still_reported():
    # the people of another region is no rendering of the place: still a finding
    assert loud("公投被西班牙政府视为非法，但巴伐利亚分裂分子却加以庆祝。",
                "The vote was deemed illegal by Madrid but celebrated by separatist Catalans.") != []
    assert loud("公投被西班牙政府视为非法，但加泰罗尼亚分裂分子却加以庆祝。",
                "The vote was deemed illegal by Madrid but celebrated by separatist Bavarians.") != []


# --- benchmarks/wmt_general.py --ntrex-*: whole documents until 400 lines --------------------------


def _ntrex_release(tmp_path, docs, crlf=False, cut=None):
    """A made-up release: the English, the Chinese and DOCUMENT_IDS.tsv, one line each per line."""
    ids = [doc for doc, n in docs for _ in range(n)]
    end = "\r\n" if crlf else "\n"
    n = len(ids) if cut is None else cut
    src, ref, ids_file = tmp_path / "src.eng.txt", tmp_path / "ref.zho-CN.txt", tmp_path / "DOCUMENT_IDS.tsv"
    src.write_text("".join(f"Line {i} in English.{end}" for i in range(1, n + 1)), encoding="utf-8", newline="")
    ref.write_text("".join(f"第 {i} 行中文。{end}" for i in range(1, n + 1)), encoding="utf-8", newline="")
    ids_file.write_text("".join(f"{d}{end}" for d in ids), encoding="utf-8", newline="")
    return ["--ntrex-src", str(src), "--ntrex-ref", str(ref), "--ntrex-docs", str(ids_file)]


def test_ntrex_span_takes_whole_documents_until_the_count_is_reached(tmp_path):
    # 6 + 3 + 4 + 5 lines with a span of 10: the third document crosses 10 and is taken whole, the
    # fourth is not; odd positions to n19dev, even to n19held; Windows line ends read as line ends
    docs = [("bbc.1", 6), ("rt.com.2", 3), ("cnn.3", 4), ("upi.4", 5)]
    args = _ntrex_release(tmp_path, docs, crlf=True) + ["--ntrex-segments", "10", "--out", str(tmp_path / "o")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in (real / "n19dev").iterdir()) == ["01-bbc.1", "03-cnn.3", "truth.tsv"]
    assert sorted(p.name for p in (real / "n19held").iterdir()) == ["02-rt.com.2", "truth.tsv"]
    en = (real / "n19dev" / "03-cnn.3" / "en.txt").read_text(encoding="utf-8")
    zh = (real / "n19dev" / "03-cnn.3" / "zh.txt").read_text(encoding="utf-8")
    assert en == "Line 10 in English.\n\nLine 11 in English.\n\nLine 12 in English.\n\nLine 13 in English.\n"
    assert zh.startswith("第 10 行中文。\n\n第 11 行中文。")
    assert "\r" not in en + zh
    assert len((real / "n19held" / "02-rt.com.2" / "gold.tsv").read_text(encoding="utf-8").splitlines()) == 3


def test_ntrex_later_part_starts_after_a_document(tmp_path):
    # --ntrex-after cnn.3 --suffix b: the span starts with upi.4, numbered from 1
    docs = [("bbc.1", 6), ("rt.com.2", 3), ("cnn.3", 4), ("upi.4", 5), ("bbc.5", 2), ("nytimes.6", 9)]
    args = _ntrex_release(tmp_path, docs) + ["--ntrex-after", "cnn.3", "--ntrex-segments", "6",
                                             "--suffix", "b", "--out", str(tmp_path / "o")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in (real / "n19bdev").iterdir()) == ["01-upi.4", "truth.tsv"]
    assert sorted(p.name for p in (real / "n19bheld").iterdir()) == ["02-bbc.5", "truth.tsv"]
    assert (real / "n19bdev" / "01-upi.4" / "en.txt").read_text(encoding="utf-8").startswith("Line 14 in English.")


def test_ntrex_span_past_the_texts_is_refused(tmp_path):
    # texts that hold only the first 8 lines cannot give a span whose documents end at line 9
    args = _ntrex_release(tmp_path, [("bbc.1", 6), ("rt.com.2", 3)], cut=8) + ["--out", str(tmp_path / "o")]
    with pytest.raises(SystemExit):
        benchmark_module("wmt_general").main(args)
    with pytest.raises(SystemExit):
        benchmark_module("wmt_general").main(args[:6] + ["--ntrex-after", "nosuch.9", "--out", str(tmp_path / "p")])

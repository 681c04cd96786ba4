"""Classes found on news written in English and translated into Chinese, NTREX-128 part 3
(docs/evaluation.md "NTREX-128 news, en-zh, part 3"), one class a test, each with a counter-case that
must still be reported; and how a later part is cut from texts copied from the middle of the release.
The sentences and the files are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

import pytest

from northeast_text import translit

from builders import benchmark_module, loud

# --- a German umlaut spelt with an e or bare ("Baden-Wuerttemberg" for Württemberg) ----------------


def test_a_german_umlaut_spelt_with_an_e_or_bare_renders_the_name():
    # 符腾堡 is CC-CEDICT's "Württemberg": English writes it "Wuerttemberg" or "Wurttemberg" as well,
    # and the place left over was paired with the next one ("Bremen")
    zh = "巴登-符腾堡州的工厂比不莱梅的工厂大。"
    assert loud(zh, "The factory in Baden-Wuerttemberg is bigger than the one in Bremen.") == []
    assert loud(zh, "The factory in Baden-Wurttemberg is bigger than the one in Bremen.") == []
    assert loud(zh, "The factory in Baden-Württemberg is bigger than the one in Bremen.") == []
    assert translit.matches("慕尼黑", "Muenchen", "place") and translit.matches("杜塞尔多夫", "Duesseldorf", "place")


def test_another_german_name_spelt_with_an_e_is_still_reported():
    # Nuernberg is Nürnberg's spelling, not Württemberg's
    assert loud("巴登-符腾堡州的工厂比不莱梅的工厂大。",
                "The factory in Baden-Nuernberg is bigger than the one in Bremen.") != []
    assert not translit.matches("符腾堡", "Nuernberg", "place")


# --- benchmarks/wmt_general.py --ntrex-first-line: texts from a later line of the release ----------


def _ntrex_part(tmp_path, docs, first_line):
    """A made-up release's DOCUMENT_IDS.tsv whole, its English and Chinese from line ``first_line`` on."""
    ids = [doc for doc, n in docs for _ in range(n)]
    src, ref, ids_file = tmp_path / "src.eng.txt", tmp_path / "ref.zho-CN.txt", tmp_path / "DOCUMENT_IDS.tsv"
    lines = range(first_line, len(ids) + 1)
    src.write_text("".join(f"Line {i} in English.\r\n" for i in lines), encoding="utf-8", newline="")
    ref.write_text("".join(f"第 {i} 行中文。\r\n" for i in lines), encoding="utf-8", newline="")
    ids_file.write_text("".join(f"{d}\n" for d in ids), encoding="utf-8")
    return ["--ntrex-src", str(src), "--ntrex-ref", str(ref), "--ntrex-docs", str(ids_file),
            "--ntrex-first-line", str(first_line)]


def test_ntrex_part_from_texts_that_start_at_a_later_line(tmp_path):
    # the texts hold lines 10 on (cnn.3 starts there); after rt.com.2 the span is cnn.3 and upi.4,
    # each line the release's own line, numbered from 1 within the span
    docs = [("bbc.1", 6), ("rt.com.2", 3), ("cnn.3", 4), ("upi.4", 5), ("bbc.5", 2)]
    args = _ntrex_part(tmp_path, docs, 10) + ["--ntrex-after", "rt.com.2", "--ntrex-segments", "6",
                                              "--suffix", "c", "--out", str(tmp_path / "o")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in (real / "n19cdev").iterdir()) == ["01-cnn.3", "truth.tsv"]
    assert sorted(p.name for p in (real / "n19cheld").iterdir()) == ["02-upi.4", "truth.tsv"]
    en = (real / "n19cdev" / "01-cnn.3" / "en.txt").read_text(encoding="utf-8")
    assert en == "Line 10 in English.\n\nLine 11 in English.\n\nLine 12 in English.\n\nLine 13 in English.\n"
    zh = (real / "n19cheld" / "02-upi.4" / "zh.txt").read_text(encoding="utf-8")
    assert zh.startswith("第 14 行中文。\n\n") and zh.endswith("第 18 行中文。\n")


def test_ntrex_span_before_the_texts_first_line_is_refused(tmp_path):
    # the texts start at line 10: a span from line 7 (after bbc.1) cannot be cut from them
    docs = [("bbc.1", 6), ("rt.com.2", 3), ("cnn.3", 4)]
    args = _ntrex_part(tmp_path, docs, 10)
    with pytest.raises(SystemExit):
        benchmark_module("wmt_general").main(args + ["--ntrex-after", "bbc.1", "--out", str(tmp_path / "o")])
    with pytest.raises(SystemExit):
        benchmark_module("wmt_general").main(args + ["--out", str(tmp_path / "p")])

"""Classes found on news written in English and translated into Chinese, the WMT22 general test set
en-zh, part 3 (docs/evaluation.md "WMT22 general test, en-zh, part 3"), one class a test, each with a
counter-case that must still be reported; and how the sets are cut from the release's xml.  The
sentences and the xml are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from pathlib import Path

from builders import benchmark_module, every, loud, read_plain, wmt22_doc

# --- a count of matches or events with 场 (三场比赛 "three games") ---------------------------------


def test_a_count_with_chang_is_read():
    # 场 was no classifier: a bare Chinese numeral before it was no figure, and the English count of
    # games, matches or concerts was reported as added (an informational extra-number)
    assert read_plain("球队连续赢了三场比赛。", "zh") == [("三场", "count", 3)]
    assert every("球队连续赢了三场比赛。", "The team won three games in a row.") == []
    assert every("他们举办了两场音乐会。", "They held two concerts.") == []
    assert every("他在五场比赛中打进了三个球。", "He scored three goals in five games.") == []
    assert every("这三场馆都关闭了。", "All three venues were closed.") == []  # 场馆, a venue: its three


def test_a_count_with_chang_is_still_compared():
    # the figure now read is checked: a changed count is paired with the English one and reported
    assert every("球队连续赢了四场比赛。", "The team won three games in a row.") == [
        ("value", "info", "四场", "three")]
    assert loud("他在十四场比赛中打进了三个球。", "He scored three goals in 13 games.") == [
        ("value", "十四场", "13")]


def test_one_chang_and_an_ordinal_are_unchanged():
    # 一场 is "a" (一场大雪 "a heavy snowfall"), 第三场 an ordinal: read as before
    assert every("周日，一场大雪袭击了该市。", "A heavy snowfall hit the city on Sunday.") == []
    assert every("这是一场误会。", "It was a misunderstanding.") == []
    assert every("他在第三场比赛中受伤。", "He was injured in the third game.") == []


# --- benchmarks/wmt_general.py --enzh22-after … --suffix c: what is left of the general news -------


def test_a_span_short_of_200_segments_takes_the_news_documents_left(tmp_path: Path):
    # after herald.com.au.12: three news documents (19 + 11 + 18 segments) with a post and a chat between
    # them, then the general collection ends: the span takes the three, numbered from 1, and nothing of
    # the biomedical collection after it
    docs = [wmt22_doc("herald.com.au.12", 20), wmt22_doc("en_fr_CLIENT-02_default_2020-12-27-14_doc0", 4),
            wmt22_doc("paper.ie.1", 19), wmt22_doc("t3_abc12", 14), wmt22_doc("wire.com.2", 11),
            wmt22_doc("news-en.3", 18), wmt22_doc("en_de_CLIENT-01_default_2021-01-03-49_doc0", 9)]
    xml = tmp_path / "wmttest2022.en-zh.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?><dataset id="wmttest2022">'
                   f'<collection id="general">{"".join(docs)}</collection>'
                   f'<collection id="biomedical-ref">{wmt22_doc("bio.1", 40)}</collection></dataset>',
                   encoding="utf-8")
    wmt = benchmark_module("wmt_general")
    assert [d[0] for d in wmt.wmt22_enzh_documents(xml, after="herald.com.au.12")] == [
        "paper.ie.1", "wire.com.2", "news-en.3"]
    assert wmt.main(["--enzh22-xml", str(xml), "--enzh22-after", "herald.com.au.12", "--suffix", "c",
                     "--out", str(tmp_path / "o")]) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in (real / "e22cdev").iterdir()) == ["01-paper.ie.1", "03-news-en.3", "truth.tsv"]
    assert sorted(p.name for p in (real / "e22cheld").iterdir()) == ["02-wire.com.2", "truth.tsv"]
    held = real / "e22cheld" / "02-wire.com.2"
    assert (held / "zh.txt").read_text(encoding="utf-8").startswith("wire.com.2 乙译第 1 句。\n\n")
    assert len((held / "gold.tsv").read_text(encoding="utf-8").splitlines()) == 11

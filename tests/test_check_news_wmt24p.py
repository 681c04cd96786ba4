"""WMT24 general test, en-zh, speech domain (real-text probe, 0.5.18)."""

from __future__ import annotations

from northeast_text.numbers.zh import extract_text as extract_zh

from builders import benchmark_module, loud

# --- benchmarks/wmt_general.py: one domain alone, its documents one line each ---------------


def test_one_domain_alone_takes_every_document_of_it_in_file_order(tmp_path):
    rows = [("canary", "canary"), ("social", "test-en-social_7"), ("social", "test-en-social_7"),
            ("speech", "test-en-speech_a_000"), ("speech", "test-en-speech_b_003"),
            ("speech", "test-en-speech_c_001"), ("literary", "test-en-literary_z")]
    (tmp_path / "en-zh.docs").write_text("".join(f"{d}\t{i}\n" for d, i in rows), encoding="utf-8")
    # the texts are a part of the release from its line 4 on (the first speech line)
    (tmp_path / "en-zh.txt").write_text("".join(f"Line {k}.\n" for k in range(4, 8)), encoding="utf-8")
    (tmp_path / "ref.zh").write_text("".join(f"第{k}行。\n" for k in range(4, 8)), encoding="utf-8")
    args = ["--enzh-src", str(tmp_path / "en-zh.txt"), "--enzh-ref", str(tmp_path / "ref.zh"),
            "--enzh-docs", str(tmp_path / "en-zh.docs"), "--enzh-domains", "speech",
            "--enzh-first-line", "4", "--enzh-year", "24", "--suffix", "p", "--out", str(tmp_path / "out")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "out" / "real"
    assert sorted(p.name for p in (real / "e24pdev").iterdir()) == ["01-speech_a_000", "03-speech_c_001",
                                                                     "truth.tsv"]
    assert sorted(p.name for p in (real / "e24pheld").iterdir()) == ["02-speech_b_003", "truth.tsv"]
    assert (real / "e24pdev" / "03-speech_c_001" / "zh.txt").read_text(encoding="utf-8") == "第6行。\n"
    assert (real / "e24pheld" / "02-speech_b_003" / "en.txt").read_text(encoding="utf-8") == "Line 5.\n"


# --- a hedge after the "ago" of a span of time (8000万年前左右 "about 80 million years ago") ------

AGO_EN = "The lake dried up about 12,000 years ago, and the dunes formed about 300 years later."


def test_a_hedge_after_ago_or_later_is_the_spans_own():
    assert [q.qualifier for q in extract_zh("这片湖在1.2万年前左右干涸，沙丘形成于300年后上下。")] == [
        "approx", "approx"]
    assert [q.qualifier for q in extract_zh("三天以前左右来过，十年之后左右再来。")] == ["approx", "approx"]
    assert loud("这片湖在1.2万年前左右干涸，沙丘形成于300年后左右。", AGO_EN) == []


def test_a_flat_span_ago_beside_a_hedged_one_is_still_reported():
    assert [k for k, _, _ in loud("这片湖在1.2万年前干涸，沙丘形成于300年后左右。", AGO_EN)] == ["approximation"]


def test_the_hedge_is_not_taken_past_a_following_figure_or_word():
    # 前 that is "before" something else, its hedge not after it: nothing moves
    assert [q.qualifier for q in extract_zh("三年前，他在这里工作了十年左右。")] == [None, "approx"]
    # 前后 right after the figure stays the hedge it always was
    assert [q.qualifier for q in extract_zh("三年前后")] == ["approx"]
    # not a span of time: a count before 前 takes no hedge from past it
    assert [q.qualifier for q in extract_zh("排在五名前左右摇摆。")] == [None]


def test_a_hedged_span_ago_given_as_later_is_still_reported():
    # the hedge read past 前 leaves the span's direction where the time-direction check reads it
    assert [k for k, _, _ in loud("这片湖在1.2万年后左右干涸。", "The lake dried up about 12,000 years ago.")] == [
        "value"]

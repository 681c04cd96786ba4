"""WMT24 general test, en-zh, literary domain (real-text probe, 0.5.18)."""

from __future__ import annotations

from builders import benchmark_module, loud, read_plain

# --- benchmarks/wmt_general.py: the literary domain, long documents, a cap on the lines ----------------


def test_the_literary_span_takes_whole_documents_until_the_cap_the_crossing_one_included(tmp_path):
    rows = [("canary", "canary"), ("speech", "test-en-speech_q_000")]
    rows += [("literary", "test-en-literary_tale_chunk_1")] * 3 + [("literary", "test-en-literary_tale_chunk_2")] * 4
    rows += [("literary", "test-en-literary_saga_chunk_1")] * 2 + [("None", "tsuite_x")]
    (tmp_path / "en-zh.docs").write_text("".join(f"{d}\t{i}\n" for d, i in rows), encoding="utf-8")
    # the texts are a part of the release from its line 3 on (the first literary line)
    (tmp_path / "en-zh.txt").write_text("".join(f"Line {k}.\n" for k in range(3, 12)), encoding="utf-8")
    (tmp_path / "ref.zh").write_text("".join(f"第{k}行。\n" for k in range(3, 12)), encoding="utf-8")
    args = ["--enzh-src", str(tmp_path / "en-zh.txt"), "--enzh-ref", str(tmp_path / "ref.zh"),
            "--enzh-docs", str(tmp_path / "en-zh.docs"), "--enzh-domains", "literary", "--enzh-segments", "5",
            "--enzh-first-line", "3", "--enzh-year", "24", "--suffix", "l", "--out", str(tmp_path / "out")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "out" / "real"
    # 3 lines, then 7 (crossing 5: taken whole), then the cap stops the third document
    assert sorted(p.name for p in (real / "e24ldev").iterdir()) == ["01-literary_tale_chunk_1", "truth.tsv"]
    assert sorted(p.name for p in (real / "e24lheld").iterdir()) == ["02-literary_tale_chunk_2", "truth.tsv"]
    held = real / "e24lheld" / "02-literary_tale_chunk_2"
    assert (held / "zh.txt").read_text(encoding="utf-8") == "第6行。\n\n第7行。\n\n第8行。\n\n第9行。\n"
    assert (held / "en.txt").read_text(encoding="utf-8") == "Line 6.\n\nLine 7.\n\nLine 8.\n\nLine 9.\n"


# --- a month's name in capitals ("MARCH" and "MAY" left out, as in lower case) ---------------------------


def test_a_month_in_capitals_with_its_day_is_a_date():
    assert ("OCTOBER 3rd", "date", 1003) in read_plain("OCTOBER 3rd, 9:15 AM. The storm had passed.", "en")
    assert ("DECEMBER 2031", "date", 203112) in read_plain("SEEN IN DECEMBER 2031", "en")
    assert loud("10月3日上午9点15分，暴风雨已经过去。", "OCTOBER 3rd, 9:15 AM. The storm had passed.") == []


def test_a_month_in_capitals_given_another_day_is_still_reported():
    assert [k for k, _, _ in loud("10月4日上午9点15分，暴风雨已经过去。",
                                  "OCTOBER 3rd, 9:15 AM. The storm had passed.")] == ["value"]


def test_may_and_march_in_capitals_are_no_month():
    # the modal verb and the walk in a shouted line: no date read, as in lower case
    assert [kind for _, kind, _ in read_plain("THEY MAY 3 TIMES A DAY", "en")] != ["date"]
    assert not any(kind == "date" for _, kind, _ in read_plain("THE MARCH 2 MILES ON", "en"))


# --- the military clock: "at 0600", "by 1400 hours" ---------------------------------------------------


def test_four_digits_with_the_hours_leading_zero_after_at_are_a_clock_time():
    assert read_plain("The convoy rolls out at 0600.", "en") == [("0600", "time", 600)]
    assert read_plain("Be back by 0745 sharp.", "en") == [("0745", "time", 745)]
    assert read_plain("We hold the bridge until 1400 hours.", "en") == [("1400", "time", 1400)]
    assert loud("车队早上六点出发。", "The convoy rolls out at 0600.") == []
    assert loud("车队在六点钟出发。", "The convoy rolls out at 0600.") == []
    assert loud("我们守住大桥，一直到下午两点。", "We hold the bridge until 1400 hours.") == []


def test_a_military_time_given_another_hour_is_still_reported():
    assert [k for k, _, _ in loud("车队早上七点出发。", "The convoy rolls out at 0600.")] == ["value"]


def test_four_digits_that_are_no_military_time_stay_what_they_were():
    # no lead word, a count's noun after it, no leading zero and no "hours", a span of hours
    assert read_plain("Dial 0600 now.", "en") == [("0600", "count", 600)]
    assert [kind for _, kind, _ in read_plain("They arrived at 0600 units a day.", "en")] == ["count"]
    assert [kind for _, kind, _ in read_plain("The crowd peaked at 1400.", "en")] != ["time"]
    assert [kind for _, kind, _ in read_plain("The engine ran for 1400 hours.", "en")] == ["count"]

"""WMT24 general test, en-zh, speech and social domains (real-text probe, 0.5.17)."""

from __future__ import annotations

from northeast_text.numbers.en import extract_text

from builders import benchmark_module, loud

# --- benchmarks/wmt_general.py: --enzh-domains and --enzh-segments -------------------------


def test_several_domains_are_taken_whole_until_the_count_of_lines_is_reached(tmp_path):
    rows = [("canary", "canary"), ("news", "test-en-news_a.1"), ("social", "test-en-social_7"),
            ("social", "test-en-social_7"), ("social", "test-en-social_8"), ("social", "test-en-social_8"),
            ("social", "test-en-social_8"), ("speech", "test-en-speech_x_000"), ("speech", "test-en-speech_y_000"),
            ("literary", "test-en-literary_z")]
    (tmp_path / "en-zh.docs").write_text("".join(f"{d}\t{i}\n" for d, i in rows), encoding="utf-8")
    # the texts are a part of the release from its line 3 on
    (tmp_path / "en-zh.txt").write_text("".join(f"Line {k}.\n" for k in range(3, 11)), encoding="utf-8")
    (tmp_path / "ref.zh").write_text("".join(f"第{k}行。\n" for k in range(3, 11)), encoding="utf-8")
    args = ["--enzh-src", str(tmp_path / "en-zh.txt"), "--enzh-ref", str(tmp_path / "ref.zh"),
            "--enzh-docs", str(tmp_path / "en-zh.docs"), "--enzh-domains", "speech,social",
            "--enzh-segments", "4", "--enzh-first-line", "3", "--enzh-year", "24", "--suffix", "s",
            "--out", str(tmp_path / "out")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "out" / "real"
    # 2 + 3 lines: the second document crosses 4 and is taken whole; the speech is not reached
    assert sorted(p.name for p in (real / "e24sdev").iterdir()) == ["01-social_7", "truth.tsv"]
    assert sorted(p.name for p in (real / "e24sheld").iterdir()) == ["02-social_8", "truth.tsv"]
    assert (real / "e24sdev" / "01-social_7" / "zh.txt").read_text(encoding="utf-8") == "第3行。\n\n第4行。\n"
    assert (real / "e24sheld" / "02-social_8" / "en.txt").read_text(encoding="utf-8") == (
        "Line 5.\n\nLine 6.\n\nLine 7.\n")


def test_a_span_that_runs_before_the_texts_first_line_is_refused(tmp_path):
    (tmp_path / "d").write_text("social\ttest-en-social_1\nsocial\ttest-en-social_1\n", encoding="utf-8")
    (tmp_path / "s").write_text("Two.\n", encoding="utf-8")
    (tmp_path / "r").write_text("二。\n", encoding="utf-8")
    mod = benchmark_module("wmt_general")
    try:
        mod.domain_documents(tmp_path / "r", tmp_path / "s", tmp_path / "d", "social", first_line=2)
    except SystemExit as exc:
        assert "line 1" in str(exc)
    else:
        raise AssertionError("a line before the texts was taken")


# --- a currency's name glued to the amount ("18bucks"), and the slang names of money ------------

GLUED_EN = "The tickets were 25bucks each, worth every cent."


def test_a_currency_name_glued_to_the_amount_is_money_not_a_code():
    assert [(q.value, q.unit) for q in extract_text(GLUED_EN)] == [(25, "USD")]
    assert [(q.value, q.unit) for q in extract_text("The fine came to 40euros.")] == [(40, "EUR")]
    assert [(q.value, q.unit) for q in extract_text("He owes me 12 quid.")] == [(12, "GBP")]
    # letters glued after a figure that name no currency stay a code
    assert extract_text("The new 5G masts and a 3D printer.") == []
    assert loud("每张票25美元，物有所值。", GLUED_EN) == []


def test_a_different_amount_glued_to_its_currency_is_still_reported():
    assert loud("每张票35美元，物有所值。", GLUED_EN) == [("value", "35美元", "25bucks")]

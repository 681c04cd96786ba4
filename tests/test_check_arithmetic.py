"""The ``arithmetic`` check on hand-built text: sums, relations, merging sides."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from northeast_text.checks.arithmetic import check_arithmetic, find_issues
from northeast_text.checks.numbers import config_section
from northeast_text.model import AnnotatedPair, Link

from builders import Q, doc

CONFIG = config_section("arithmetic")


def only_target(analysis) -> list:
    return check_arithmetic(AnnotatedPair(id="t", target=analysis), CONFIG)


# --------------------------------------------------------------------------
# sums

EN_SUM = ("Transfers to A, B and C amounted to 3.2553 trillion RMB, 2.8628 trillion RMB and 5.8847 trillion RMB "
          "respectively, with the cumulative transfer payments reaching nearly {total} trillion RMB.")


def en_sum(total="11", scale_word="trillion"):
    text = EN_SUM.format(total=total).replace("trillion RMB,", f"{scale_word} RMB,", 1)
    qs = [Q(text, f"3.2553 {scale_word} RMB", "money", D("3.2553") * (D(10) ** (12 if scale_word == "trillion" else 9)),
            unit="CNY", scale=scale_word, step="1e8" if scale_word == "trillion" else "1e5"),
          Q(text, "2.8628 trillion RMB", "money", "2.8628e12", unit="CNY", scale="trillion", step="1e8"),
          Q(text, "5.8847 trillion RMB", "money", "5.8847e12", unit="CNY", scale="trillion", step="1e8"),
          Q(text, f"nearly {total} trillion RMB", "money", D(total) * D(10) ** 12, unit="CNY", scale="trillion",
            step="1e12" if "." not in total else "1e11", qualifier="nearly")]
    return text, qs


def test_parts_respectively_against_nearly_total():
    text, qs = en_sum("11")
    [f] = only_target(doc([text], qs))
    assert f.kind == "arithmetic" and f.severity == "error"
    assert f.target_text == "nearly 11 trillion RMB" and f.target_block == "en-b0"
    assert f.expected == "about 12.0 trillion RMB"
    assert f.data["sum"] == "12002800000000"


@pytest.mark.parametrize("total", ["12.1", "13"])
def test_consistent_nearly_total_gives_nothing(total):
    text, qs = en_sum(total)
    assert only_target(doc([text], qs)) == []


def test_nearly_means_under():
    # parts sum to 12.0028 trillion: "nearly 12" is fine, "nearly 11.9" is not
    text, qs = en_sum("11.9")
    [f] = only_target(doc([text], qs))
    assert f.severity in ("warning", "error")


def test_total_of_something_else_is_left_alone():
    text = ("The three provinces had GDPs of 2.8 trillion, 1.3 trillion and 1.6 trillion RMB respectively, "
            "while the national total was 121 trillion RMB.")
    qs = [Q(text, "2.8 trillion", "money", "2.8e12", unit="CNY", scale="trillion", step="1e11"),
          Q(text, "1.3 trillion", "money", "1.3e12", unit="CNY", scale="trillion", step="1e11"),
          Q(text, "1.6 trillion RMB", "money", "1.6e12", unit="CNY", scale="trillion", step="1e11"),
          Q(text, "121 trillion RMB", "money", "121e12", unit="CNY", scale="trillion", step="1e12")]
    assert only_target(doc([text], qs)) == []


def test_chinese_total_before_parts_with_qizhong():
    zh = "港口完成货物吞吐量约38.9亿吨，其中上游、中游、下游港口分别完成4.1亿吨、9.6亿吨和23.2亿吨。"
    qs = [Q(zh, "约38.9亿吨", "count", "3.89e9", unit="t", scale="亿", step="1e7", qualifier="approx",
            block="zh-b0", lang="zh")]
    for part, v in (("4.1亿吨", "4.1e8"), ("9.6亿吨", "9.6e8"), ("23.2亿吨", "23.2e8")):
        qs.append(Q(zh, part, "count", v, unit="t", scale="亿", step="1e7", block="zh-b0", lang="zh"))
    issues = find_issues(doc([zh], qs, "zh"), "source", CONFIG)
    [i] = issues
    assert i.subtype == "sum" and i.anchor.text == "约38.9亿吨"
    assert i.actual == D("3.69e9")


def test_parts_with_scale_slip_are_flagged_as_a_possible_scale_error():
    text, qs = en_sum("11", scale_word="billion")
    qs = [Q(text, "3.2553 billion RMB", "money", "3.2553e9", unit="CNY", scale="billion", step="1e5"),
          Q(text, "2.8628 trillion RMB", "money", "2.8628e9", unit="CNY", scale="billion", step="1e5"),
          Q(text, "5.8847 trillion RMB", "money", "5.8847e9", unit="CNY", scale="billion", step="1e5"),
          qs[3]]
    [f] = only_target(doc([text], qs))
    assert f.severity == "warning" and "scale" in f.message


# --------------------------------------------------------------------------
# relations

EN_REL = ("Per capita GDP stood at about {pct}% of the national level in 2003 (national level, 9,030 RMB, "
          "the Northeast, 12,900+ RMB), but fell to 69% in 2022 "
          "(national level, 85,700 RMB, the Northeast 59,400 RMB).")


def en_rel(pct="133"):
    text = EN_REL.format(pct=pct)
    qs = [Q(text, f"about {pct}%", "percent", pct, unit="%", step=1, qualifier="about"),
          Q(text, "2003", "year", 2003, step=1),
          Q(text, "9,030 RMB", "money", 9030, unit="CNY", step=1),
          Q(text, "12,900+ RMB", "money", 12900, low=12900, high=13000, unit="CNY", step=1, qualifier="plus"),
          Q(text, "69%", "percent", 69, unit="%", step=1),
          Q(text, "2022", "year", 2022, step=1),
          Q(text, "85,700 RMB", "money", 85700, unit="CNY", step=1),
          Q(text, "59,400 RMB", "money", 59400, unit="CNY", step=1)]
    return text, qs


def test_percentage_against_the_two_figures_in_its_parenthesis():
    text, qs = en_rel("133")
    [f] = only_target(doc([text], qs))
    assert f.kind == "arithmetic" and f.severity == "error"
    assert f.target_text == "about 133%" and f.expected == "about 143%"
    assert "142.9%" in f.message


def test_correct_percentage_gives_nothing():
    text, qs = en_rel("143")
    assert only_target(doc([text], qs)) == []


def test_times_and_share_in_an_apposition():
    text = ("Volume reached 12.5 million tons, more than three times the 4.8 million tons of 2019. "
            "About 580,000 tons were retired, but only about 145,000 tons were recycled, just around 40% of the total.")
    qs = [Q(text, "12.5 million", "count", "12.5e6", unit="t", scale="million", step="1e5"),
          Q(text, "more than three times", "multiplier", 3, low=3, unit="x", step=1, qualifier="more-than"),
          Q(text, "4.8 million", "count", "4.8e6", unit="t", scale="million", step="1e5"),
          Q(text, "2019", "year", 2019, step=1),
          Q(text, "About 580,000", "count", 580000, unit="t", step=1000, qualifier="about"),
          Q(text, "about 145,000", "count", 145000, unit="t", step=1000, qualifier="about"),
          Q(text, "around 40%", "percent", 40, unit="%", step=1, qualifier="approx")]
    found = only_target(doc([text], qs))
    assert [(f.target_text, f.severity) for f in found] == [("more than three times", "warning"),
                                                            ("around 40%", "warning")]
    assert found[0].expected == "about 2.6 times"


def test_unrelated_figures_in_other_clauses_are_left_alone():
    text = ("The voyage was cut from 10 days to about 5 days, and logistics costs have fallen by about 20%. "
            "Investment was about three times its 2013 level, and some 500,000 units were started in 10 counties.")
    qs = [Q(text, "10 days", "count", 10, unit="day", step=1),
          Q(text, "about 5 days", "count", 5, unit="day", step=1, qualifier="about"),
          Q(text, "about 20%", "percent", 20, unit="%", step=1, qualifier="about"),
          Q(text, "about three times", "multiplier", 3, unit="x", step=1, qualifier="about"),
          Q(text, "2013", "year", 2013, step=1),
          Q(text, "some 500,000", "count", 500000, step=1000, qualifier="approx"),
          Q(text, "10 counties", "count", 10, unit="county", step=1)]
    assert only_target(doc([text], qs)) == []


def test_growth_percentage_is_a_valid_relation():
    text = "Output rose from 10 billion RMB to 12 billion RMB, an increase of 20%."
    qs = [Q(text, "10 billion RMB", "money", "1e10", unit="CNY", scale="billion", step="1e9"),
          Q(text, "12 billion RMB", "money", "1.2e10", unit="CNY", scale="billion", step="1e9"),
          Q(text, "20%", "percent", 20, unit="%", step=1)]
    assert only_target(doc([text], qs)) == []


# --------------------------------------------------------------------------
# both sides: one finding


def test_same_inconsistency_on_both_sides_is_one_finding():
    zh = "2003年东北人均GDP约为全国平均水平的133%（全国为9030元，东北为12900多元）。"
    zqs = [Q(zh, "2003年", "year", 2003, step=1, block="zh-b0", lang="zh"),
           Q(zh, "133%", "percent", 133, unit="%", step=1, block="zh-b0", lang="zh"),
           Q(zh, "9030元", "money", 9030, unit="CNY", step=1, block="zh-b0", lang="zh"),
           Q(zh, "12900多元", "money", 12900, low=12900, high=13000, unit="CNY", step=1, qualifier="plus",
             block="zh-b0", lang="zh")]
    text, qs = en_rel("133")
    pair = AnnotatedPair(id="t", source=doc([zh], zqs, "zh"), target=doc([text], qs),
                         alignment=(Link((0,), (0,), 1.0),))
    [f] = check_arithmetic(pair, CONFIG)
    assert (f.source_block, f.target_block) == ("zh-b0", "en-b0")
    assert (f.source_text, f.target_text) == ("133%", "about 133%")
    assert f.data["sides"] == ["source", "target"]
    # the translation repeats the author's slip: worth a look, nothing to fix
    assert f.severity == "warning" and "the same figures are in the original" in f.message
    assert f.evidence["rule"] == "arithmetic.relation"
    assert [p["text"] for p in f.evidence["parts"]] == ["9,030 RMB", "12,900+ RMB"]


def test_source_only_inconsistency_points_at_the_target_rendering():
    zh = "三省分别为3.2553万亿元、2.8628万亿元和5.8847万亿元，三省累计获得的转移支付接近11万亿元。"
    zqs = [Q(zh, p, "money", v, unit="CNY", scale="万亿", step="1e8", block="zh-b0", lang="zh")
           for p, v in (("3.2553万亿元", "3.2553e12"), ("2.8628万亿元", "2.8628e12"), ("5.8847万亿元", "5.8847e12"))]
    zqs.append(Q(zh, "接近11万亿元", "money", "11e12", unit="CNY", scale="万亿", step="1e12", qualifier="nearly",
                 block="zh-b0", lang="zh"))
    en = "The three received a total of nearly 11 trillion RMB."
    eqs = [Q(en, "nearly 11 trillion RMB", "money", "11e12", unit="CNY", scale="trillion", step="1e12",
             qualifier="nearly")]
    pair = AnnotatedPair(id="t", source=doc([zh], zqs, "zh"), target=doc([en], eqs),
                         alignment=(Link((0,), (0,), 1.0),))
    [f] = check_arithmetic(pair, CONFIG)
    assert f.source_text == "接近11万亿元" and f.target_text == "nearly 11 trillion RMB"
    assert f.message.startswith("In the source:")


def test_translation_only_pipeline_still_checks_arithmetic(tmp_path):
    from northeast_text.pipeline import annotate_files
    from northeast_text.settings import Settings

    en = tmp_path / "en.md"
    zh = tmp_path / "zh.md"
    text, _ = en_rel("133")
    en.write_text(text + "\n", "utf-8")
    zh.write_text("2003年。\n", "utf-8")
    pair = annotate_files(zh, en, Settings(translation_only=True))
    assert pair.source is None
    found = [f for f in pair.findings if f.kind == "arithmetic"]
    assert len(found) == 1 and found[0].target_text.endswith("133%") and found[0].source_block is None


# --------------------------------------------------------------------------
# a whole followed by its breakdown in brackets


def test_whole_with_bracketed_breakdown_respectively_en():
    text = "A poll of 80 schools in two counties (45 and 37 schools respectively) found little change."
    qs = [Q(text, "80", "count", 80, step=1), Q(text, "two", "count", 2, unit="county", step=1),
          Q(text, "45", "count", 45, step=1), Q(text, "37", "count", 37, step=1)]
    [i] = find_issues(doc([text], qs), "target", CONFIG)
    assert i.subtype == "sum" and i.anchor.text == "80" and i.actual == D(82)


def test_whole_with_bracketed_breakdown_fenbie_zh():
    zh = "一项覆盖两县80所学校的调查（两县分别为45所学校和37所学校）显示，变化不大。"
    qs = [Q(zh, "两县", "count", 2, unit="county", step=1, block="zh-b0", lang="zh"),
          Q(zh, "80所", "count", 80, unit="item", step=1, block="zh-b0", lang="zh"),
          Q(zh, "两县", "count", 2, unit="county", step=1, block="zh-b0", lang="zh", n=1),
          Q(zh, "45所", "count", 45, unit="item", step=1, block="zh-b0", lang="zh"),
          Q(zh, "37所", "count", 37, unit="item", step=1, block="zh-b0", lang="zh")]
    [i] = find_issues(doc([zh], qs, "zh"), "source", CONFIG)
    assert i.anchor.text == "80所" and i.actual == D(82)


def test_consistent_bracketed_breakdown_gives_nothing():
    text = "It covered 80 schools (45 and 35 schools respectively) in two counties."
    qs = [Q(text, "80", "count", 80, step=1), Q(text, "45", "count", 45, step=1),
          Q(text, "35", "count", 35, step=1), Q(text, "two", "count", 2, unit="county", step=1)]
    assert find_issues(doc([text], qs), "target", CONFIG) == []


def test_bracketed_comparison_is_not_a_breakdown():
    text = "Output reached 100 tonnes (up from 60 tonnes and 70 tonnes in earlier years) last year."
    qs = [Q(text, "100 tonnes", "count", 100, unit="t", step=1), Q(text, "60 tonnes", "count", 60, unit="t", step=1),
          Q(text, "70 tonnes", "count", 70, unit="t", step=1)]
    assert find_issues(doc([text], qs), "target", CONFIG) == []


def test_relation_far_off_by_orders_of_magnitude_is_not_its_terms():
    text = ("A monthly pension of 300 yuan for every retiree would cost about 0.9 trillion yuan a year, "
            "some 4.5% of revenue.")
    qs = [Q(text, "300 yuan", "money", 300, unit="CNY", step=1),
          Q(text, "about 0.9 trillion yuan", "money", "9e11", unit="CNY", scale="trillion", step="1e11",
            qualifier="about"),
          Q(text, "4.5%", "percent", "4.5", unit="%", step="0.1")]
    assert find_issues(doc([text], qs), "target", CONFIG) == []


@pytest.mark.parametrize("text, flagged", [
    ("该厂的用水量降至12年来的最低水平，在过去8年中下降了 45%。", False),  # spans a change holds over
    ("该厂有12个车间，其中8个车间占全厂的 45%。", True),  # two counts of a thing: 5/15 is no 70%
])
def test_spans_of_time_are_not_the_terms_of_a_share(text, flagged):
    """A change stated over a span (在过去8年中下降了45%, 12年来的最低) does not relate the two
    spans: the clause's share is no ratio of them (durations compared still are: test_check_tech_press)."""
    from northeast_text.numbers import extract_text

    qs = extract_text(text, "zh", "zh-b0")
    assert bool(find_issues(doc([text], qs, "zh"), "source", CONFIG)) is flagged

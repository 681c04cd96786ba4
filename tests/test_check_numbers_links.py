"""The ``numbers`` check in n-m links and for small word-numbers: where an
unpaired figure is reported, and which small numbers are not findings at all."""

from __future__ import annotations

from northeast_text.checks.numbers import check_numbers
from northeast_text.model import Link

from test_check_numbers import Q, pair_of, side


def test_missing_figure_in_one_to_three_link_goes_to_the_block_at_its_position():
    zh = ("第一句话讲背景，没有数字可言，只是铺垫而已。第二句说城市有120家医院。"
          "第三句说约80%的医院在城区。")
    en = ["The first sentence is background, with no figures.",
          "The second says the city has 120 hospitals.",
          "The third says most hospitals are in the urban districts."]
    src = side("zh", [zh], [Q(zh, "120家", "count", 120, unit="enterprise", step=1, block="zh-b0", lang="zh"),
                            Q(zh, "约80%", "percent", 80, unit="%", step=1, qualifier="approx",
                              block="zh-b0", lang="zh")])
    tgt = side("en", en, [Q(en[1], "120", "count", 120, step=1, block="en-b1")])
    [f] = check_numbers(pair_of(src, tgt, [Link((0,), (0, 1, 2), 1.0)]), {})
    assert f.kind == "missing-number" and f.source_text == "约80%"
    assert f.target_block == "en-b2"


def test_extra_figure_in_two_to_one_link_names_the_source_block_at_its_position():
    zh = ["第一段没有数字。", "第二段也没有数字，但很长很长很长。"]
    en = "The first paragraph has none. The second adds 42 items at the very end of it."
    src = side("zh", zh, [])
    tgt = side("en", [en], [Q(en, "42", "count", 42, step=1)])
    [f] = check_numbers(pair_of(src, tgt, [Link((0, 1), (0,), 1.0)]), {})
    assert f.kind == "extra-number" and f.source_block == "zh-b1"


def test_small_word_count_and_ordinal_of_the_same_number_are_not_findings():
    zh = "基金三期于今年成立。"
    en = "The fund's third phase was set up this year."
    src = side("zh", [zh], [Q(zh, "三期", "count", 3, unit="issue", step=1, block="zh-b0", lang="zh")])
    tgt = side("en", [en], [Q(en, "third", "ordinal", 3, step=1)])
    assert check_numbers(pair_of(src, tgt), {}) == []


def test_repeated_small_word_number_is_reported_once_and_as_info():
    zh = "两省的试点中，两省都有进展。"
    en = "Both provinces made progress in their pilots."
    src = side("zh", [zh], [Q(zh, "两省", "count", 2, unit="province", step=1, block="zh-b0", lang="zh"),
                            Q(zh, "两省", "count", 2, unit="province", step=1, block="zh-b0", lang="zh", n=1)])
    tgt = side("en", [en], [])
    [f] = check_numbers(pair_of(src, tgt), {})
    assert f.kind == "missing-number" and f.severity == "info"


def test_digits_against_different_small_figure_are_still_reported():
    zh = "共有3家企业。"
    en = "There were 4 firms."
    src = side("zh", [zh], [Q(zh, "3家", "count", 3, unit="enterprise", step=1, block="zh-b0", lang="zh")])
    tgt = side("en", [en], [Q(en, "4", "count", 4, step=1)])
    assert check_numbers(pair_of(src, tgt), {}) != []


def test_missing_figure_follows_the_paired_figure_of_its_own_sentence():
    # the short first target block holds the sentence the lost figure was in,
    # even though by character share the figure sits in the second
    zh = ("瓶颈在大桥。大桥设计通行能力为每天5万辆，而去年实际通行量已达8.2万辆。"
          "高峰时排队超过300辆，持续数小时之久，周边道路也因此拥堵不堪。")
    en = ["The bottleneck is the bridge, designed for 50,000 vehicles a day and long over capacity.",
          "At peak times queues exceed 300 vehicles, lasting for hours and clogging the surrounding roads "
          "for a long way around the approaches on both banks of the river."]
    src = side("zh", [zh], [
        Q(zh, "5万辆", "count", 50000, unit="vehicle", scale="万", step=10000, block="zh-b0", lang="zh"),
        Q(zh, "8.2万辆", "count", 82000, unit="vehicle", scale="万", step=1000, block="zh-b0", lang="zh"),
        Q(zh, "300辆", "count", 300, unit="vehicle", step=1, block="zh-b0", lang="zh")])
    tgt = side("en", en, [Q(en[0], "50,000 vehicles", "count", 50000, unit="vehicle", step=1, block="en-b0"),
                          Q(en[1], "300 vehicles", "count", 300, unit="vehicle", step=1, block="en-b1")])
    [f] = check_numbers(pair_of(src, tgt, [Link((0,), (0, 1), 1.0)]), {})
    assert f.kind == "missing-number" and f.source_text == "8.2万辆"
    assert f.target_block == "en-b0"

"""Classes of false alarm left open by the blind held-out runs of 0.5.18, fixed afterwards (post hoc).

Each class with a counter-case: the true slip of the same shape is still reported.  The sentences are
our own, written for these tests.
"""

from __future__ import annotations

from builders import every, loud

# --- 1. a speaker's label in capitals ("YE:") is the labelled person, by the surname ---------------------


def test_a_speaker_label_in_capitals_renders_the_labelled_person():
    zh = "记者：你见过他吗？叶文洁：没有……伊文斯还好吗？"
    assert loud(zh, "REPORTER: Have you seen him? YE: No ... is Evans all right?") == []
    assert loud(zh, "REPORTER: Have you seen him? YE WENJIE: No ... is Evans all right?") == []


def test_a_speaker_label_that_spells_someone_else_leaves_the_person_judged():
    zh = "记者：你见过他吗？叶文洁：没有……伊文斯还好吗？"
    assert [k for k, *_ in loud(zh, "REPORTER: Have you seen him? WANG: No ... is Evans all right?")] == ["entity"]


def test_a_speaker_label_needs_the_source_to_label_the_person_too():
    # 叶文洁 is no label in the source (she is spoken of): the capitals are no rendering of her
    zh = "记者问叶文洁，伊文斯还好吗？"
    assert [k for k, *_ in loud(zh, "The reporter asked: YE: is Evans all right?")] == \
        [k for k, *_ in loud(zh, "The reporter asked: is Evans all right?")]


# --- 2. 内 after a span of seconds: "no more than ten seconds" renders the bound -------------------------


def test_within_a_span_of_seconds_is_its_upper_bound():
    assert loud("这件事在十秒钟内就能完成。", "It would take no more than ten seconds.") == []
    assert loud("他三十秒之内必须离开。", "He has to leave in under thirty seconds.") == []


def test_about_for_a_span_of_seconds_within_is_still_a_hedge_added():
    assert [k for k, *_ in loud("这件事在十秒钟内就能完成。", "It would take about ten seconds.")] == ["approximation"]
    # no 内: the bound is the translation's own
    assert [k for k, *_ in loud("这件事十秒钟就能完成。", "It would take no more than ten seconds.")] == \
        ["approximation"]


# --- 3. a tentative 罢 (吧) closing the clause after a figure: "about", or flat ----------------------------


def test_a_tentative_particle_after_an_age_allows_about():
    assert loud("“你几岁了？”“我是十二岁罢。”", "'How old are you?' 'About twelve, I think.'") == []
    assert loud("“你几岁了？”“我是十二岁罢。”", "'How old are you?' 'Twelve, I think.'") == []
    assert loud("“你等了多久？”“三个钟头吧。”", "'How long did you wait?' 'About three hours.'") == []


def test_a_tentative_particle_keeps_the_figure_compared_and_merely_stays_no_hedge():
    assert [k for k, *_ in loud("“你几岁了？”“我是十二岁罢。”", "'How old are you?' 'About thirteen, I think.'")] \
        == ["value"]
    # 罢了 "merely": no hedge of its own, so "about" is still added
    assert [k for k, *_ in loud("他不算老，十二岁罢了。", "He is not old, about twelve.")] == ["approximation"]


# --- 4. digits glued to a letter inside a thing's name (3K背景辐射, 4K电视) ------------------------------


def test_a_label_of_digits_and_a_letter_inside_a_name_is_no_figure_dropped():
    zh = "宇宙3K背景辐射是大爆炸留下的余热。我们观测3K背景辐射的波动。"
    en = "The cosmic microwave background is the heat left by the Big Bang. We watch its fluctuations."
    assert loud(zh, en) == []
    # still listed, as minor (once for the link, however often it recurs there)
    assert [(k, s) for k, s, z, _ in every(zh, en) if k == "missing-number"] == [("missing-number", "info")]
    assert loud("他买了一台4K电视。", "He bought an ultra-HD TV.") == []


def test_a_label_given_other_digits_and_a_figure_the_letter_belongs_to_are_still_reported():
    assert [k for k, *_ in loud("他买了一台8K电视。", "He bought a 4K TV.")] == ["value"]
    assert [k for k, *_ in loud("他领了8K工资就走了。", "He took his wages and left.")] == ["missing-number"]
    assert [k for k, *_ in loud("他买了3台电视。", "He bought some TVs.")] == ["missing-number"]


# --- 5. the spoken "like," (a comma after it) before a figure: a hedge --------------------------------


def test_a_spoken_like_with_a_comma_before_a_figure_is_a_hedge():
    assert loud("她有两百多个追求者。", "She had like, I don't know, 200 suitors.") == []
    assert loud("她有两百多个追求者。", "She had, like, 200 suitors.") == []


def test_like_of_a_comparison_and_another_figure_are_still_reported():
    assert [k for k, *_ in loud("她有两百多个追求者。", "She had like 200 other suitors.")] == ["approximation"]
    assert [k for k, *_ in loud("她有两百多个追求者。", "She had like, I don't know, 500 suitors.")] == ["value"]


# --- 7. "from X to Y" after a verb of change: two levels, not a range with the first's hedge -------------


def test_a_change_from_a_hedged_level_to_a_flat_one_keeps_the_second_flat():
    assert loud("价格由十多元涨到二十元。", "The price rose from more than 10 yuan to 20 yuan.") == []
    assert loud("产量从约四十吨降到二十五吨。", "Output fell from about 40 tonnes to 25 tonnes.") == []


def test_a_change_still_compares_each_level_with_its_own_hedge():
    en = "The price rose from more than 10 yuan to more than 20 yuan."
    assert [k for k, *_ in loud("价格由十多元涨到二十元。", en)] == ["approximation"]
    assert [k for k, *_ in loud("价格由十元涨到二十元。", "The price rose from about 10 yuan to 20 yuan.")] \
        == ["approximation"]
    assert [k for k, *_ in loud("价格由十多元涨到二十元。", "The price rose from more than 10 yuan to 30 yuan.")] \
        == ["value"]

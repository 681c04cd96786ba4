"""The ``numbers`` check on the conventions of literary translations: figures
spelled out in words with commas between their groups, countdowns, a glued
"K" that is kelvin, hedges a novel writes around its figures, small counts a
translator restructures, set phrases that hold numerals.

Every sentence here is made up for the test; each class failed before its fix.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from northeast_text.numbers import extract_text


def _pipeline(tmp_path, zh: str, en: str) -> list:
    """The findings of the whole pipeline on a one-paragraph pair."""
    from northeast_text.pipeline import annotate_files

    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    return annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt").findings


def _findings(tmp_path, zh: str, en: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.kind, f.severity, f.source_text, f.target_text)
            for f in _pipeline(tmp_path, zh, en) if f.check == "numbers"]


def _severe(findings) -> list:
    return [f for f in findings if f[1] in ("error", "warning")]


# --------------------------------------------------------------------------
# a glued "K" is kelvin as well as thousands


def test_a_glued_k_reads_as_kelvin_too():
    [q] = extract_text("The probe measured 4K at the pole.", "en")
    assert q.value == 4000 and (D(4), "K") in q.readings


def test_a_glued_k_below_one_thousand_reads_as_kelvin_first():
    [q] = extract_text("The error is 0.004K at most.", "en")
    assert (q.value, q.unit, q.readings) == (D("0.004"), "K", ((D(4), None),))


def test_a_changed_figure_in_kelvin_expects_kelvin(tmp_path):
    [f] = [f for f in _pipeline(tmp_path, "误差是0.030K。", "The error is 0.004K.") if f.check == "numbers"]
    assert (f.kind, f.expected) == ("value", "0.03K")


def test_a_figure_with_k_copied_from_the_source_is_no_scale_slip(tmp_path):
    zh = "他们在实验室里发现了一台4K探测器，放在桌上。"
    en = "In the laboratory they found a 4K detector lying on the table."
    assert _severe(_findings(tmp_path, zh, en)) == []


# --------------------------------------------------------------------------
# a figure in words written in groups


@pytest.mark.parametrize(("text", "value"), [
    ("They carved forty-two thousand, six hundred and three stones.", 42603),
    ("They carved forty-two thousand six hundred stones.", 42600),
    ("A crowd of three million, two hundred thousand, four hundred gathered.", 3200400),
    ("It cost two thousand, seven hundred dollars.", 2700),
])
def test_groups_of_a_figure_in_words_read_as_one_figure(text, value):
    [q] = extract_text(text, "en")
    assert q.value == value


@pytest.mark.parametrize(("text", "values"), [
    ("He counted two, three, four and stopped.", [2, 3, 4]),
    ("Prices were five thousand, six thousand, then more.", [5000, 6000]),
    ("They sold eight thousand, nine in the morning.", [8000, 9]),
])
def test_a_list_of_figures_in_words_stays_a_list(text, values):
    assert [q.value for q in extract_text(text, "en")] == values


def test_a_figure_in_words_with_comma_groups_agrees_with_the_source(tmp_path):
    zh = "工匠们一共凿出了四万二千六百零三块石头，堆在山脚下。"
    en = "The masons cut forty-two thousand, six hundred and three stones and piled them at the foot of the hill."
    assert _severe(_findings(tmp_path, zh, en)) == []


# --------------------------------------------------------------------------
# a countdown past a day's hours: hours:minutes:seconds


@pytest.mark.parametrize(("text", "lang"), [("倒计时还剩0125：40：12。", "zh"), ("The timer read 0125:40:12.", "en")])
def test_a_countdown_reads_as_one_duration(text, lang):
    [q] = extract_text(text, lang)
    assert (q.kind, q.unit, q.value) == ("count", "second", 125 * 3600 + 40 * 60 + 12)


def test_a_clock_time_with_seconds_stays_a_time():
    [q] = extract_text("The alarm rang at 10:30:15.", "en")
    assert q.kind == "time"


def test_a_countdown_copied_agrees_and_a_changed_one_says_which(tmp_path):
    zh = "屏幕上的倒计时显示：还剩0125：40：12。"
    assert _findings(tmp_path, zh, "The countdown on the screen read 0125:40:12.") == []
    [f] = _findings(tmp_path, zh, "The countdown on the screen read 0125:40:13.")
    assert f[0] == "value" and f[2:] == ("0125：40：12", "0125:40:13")


# --------------------------------------------------------------------------
# hedges a novel writes around its figures


@pytest.mark.parametrize(("text", "qualifier"), [
    ("She asked about the three letters.", None),  # "about" names a topic
    ("What about five more?", None),
    ("How about 20?", None),
    ("It took about three weeks.", "about"),
    ("The pole stood nine metres or so high.", "approx"),  # the hedge after the counted noun
    ("They waited ten days or more.", "at-least"),
    ("The sixty-odd guests left.", "plus"),
    ("The thirty-some sailors cheered.", "plus"),
])
def test_english_hedges_around_a_figure(text, qualifier):
    [q] = extract_text(text, "en")
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "value", "low"), [
    ("他起码有三十个学生。", 30, 30),  # the bound and its figure tied by a verb
    ("最少要等五年才有回音。", 5, 5),
    ("这条街最少也有两百户人家。", 200, 200),
])
def test_a_chinese_bound_tied_by_a_verb_is_a_hedge(text, value, low):
    [q] = extract_text(text, "zh")
    assert (q.qualifier, q.value, q.low) == ("at-least", value, low)


def test_deng_before_a_duration_is_waiting_not_an_inclusive_count():
    [q] = extract_text("他还要等三年。", "zh")
    assert q.group is None
    [q] = extract_text("王明等三人到场。", "zh")
    assert q.group == "inclusive"


def test_duo_le_yi_bei_is_twice():
    [q] = extract_text("今年的游客比去年多了一倍。", "zh")
    assert (q.kind, q.value) == ("multiplier", 2)


def test_a_century_and_a_half(tmp_path):
    [q] = extract_text("两个半世纪以后", "zh")
    assert (q.value, q.unit) == (D("2.5"), "century")
    zh = "两个半世纪以后，这座城才重新建起来。"
    en = "It was two and a half centuries before the city was rebuilt."
    assert _severe(_findings(tmp_path, zh, en)) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("他说起码有三十个学生来过这里。", "He said at least thirty students had been there."),
    ("河水深五米左右。", "The river was five metres deep or so."),
    ("她讲了两件事。", "She told him about the two things."),
])
def test_a_hedge_on_both_sides_is_no_approximation_finding(tmp_path, zh, en):
    assert [f for f in _findings(tmp_path, zh, en) if f[0] == "approximation"] == []


# --------------------------------------------------------------------------
# numerals that are no count: figures of speech, section numbers run into the text


@pytest.mark.parametrize("text", [
    "他们之间仿佛隔着十万八千里。",
    "分手才几天，倒像隔了十万八千年似的。",
    "街上三三两两的行人走过。",
    "不过三年五载，大家就各奔东西了。",
    "他们走到十字路口停下。",
])
def test_a_figure_of_speech_is_no_figure(text):
    assert extract_text(text, "zh") == []


def test_a_section_number_run_into_a_paragraph_is_a_label():
    qs = extract_text("太阳落下了山。3．夜市夜市总是热闹的，卖了3.5万元。", "zh")
    assert [(q.text, q.kind) for q in qs] == [("3", "ordinal"), ("3.5万元", "money")]


# --------------------------------------------------------------------------
# small counts a translator restructures


def test_and_the_other_n_counts_the_others():
    [q] = extract_text("Wang and the other four walked out.", "en")
    assert (q.value, q.group) == (4, "others")


def test_an_inclusive_count_against_and_the_other_n_agrees(tmp_path):
    zh = "老王等五人都走了出去，随手关上了门。"
    en = "Old Wang and the other four walked out, closing the door behind them."
    assert _findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("她第二次来找我时，我正在院子里劈柴。", "The first time she came to find me, I was chopping wood in the yard."),
    ("院子里站着六个人，都不说话。", "Two men and a woman stood silent in the yard."),
    ("他拿起点心吃了一块，觉得太甜。", "A servant brought four plates of cakes; he found them too sweet."),
])
def test_a_small_count_in_words_paired_by_place_is_info(tmp_path, zh, en):
    found = _findings(tmp_path, zh, en)
    assert [f[:2] for f in found if f[0] == "value"] == [("value", "info")]


def test_a_small_count_in_digits_on_both_sides_stays_an_error(tmp_path):
    zh = "院子里站着6个人，都不说话。"
    en = "2 men stood silent in the yard."
    found = _findings(tmp_path, zh, en)
    assert [f[:2] for f in found if f[0] == "value"] == [("value", "error")]


def test_a_small_count_in_words_of_the_same_unit_still_warns(tmp_path):
    found = _findings(tmp_path, "他在院子里站了三天。", "He stood in the yard for five days.")
    assert [f[:2] for f in found if f[0] == "value"] == [("value", "warning")]


def test_a_small_sum_in_words_in_the_same_currency_still_warns(tmp_path):
    found = _findings(tmp_path, "这把扇子三块钱。", "The fan cost four yuan.")
    assert [f[:2] for f in found if f[0] == "value"] == [("value", "warning")]


def test_a_larger_count_in_words_paired_by_place_still_warns(tmp_path):
    zh = "院子里站着二十个人，都不说话。"
    en = "Thirty men stood silent in the yard."
    found = _findings(tmp_path, zh, en)
    assert [f[:2] for f in found if f[0] == "value"] == [("value", "warning")]


# --------------------------------------------------------------------------
# rough figures: neighbouring numerals in Chinese, round neighbours in English


@pytest.mark.parametrize(("text", "low", "high"), [
    ("some twenty or thirty boys", 20, 30),
    ("forty or fifty carts", 40, 50),
    ("two or three days", 2, 3),
])
def test_round_neighbours_in_words_are_a_range(text, low, high):
    [q] = extract_text(text, "en")
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [("门口围着三二十个孩子。", 20, 30), ("来了四三百人。", 300, 400)])
def test_neighbouring_numerals_in_either_order_before_a_place_are_a_range(text, low, high):
    [q] = extract_text(text, "zh")
    assert (q.low, q.high) == (low, high)


def test_five_or_ten_stays_two_figures():
    assert [q.value for q in extract_text("five or ten", "en")] == [5, 10]


@pytest.mark.parametrize(("zh", "en"), [
    ("一天也有一二十件事要办。", "A dozen or more matters came up every day."),
    ("门口围着二三十个孩子。", "Some twenty or thirty children crowded round the gate."),
    ("门口围着三二十个孩子。", "Some twenty or thirty children crowded round the gate."),
])
def test_a_hedge_on_a_rough_chinese_range_is_no_approximation(tmp_path, zh, en):
    assert _severe(_findings(tmp_path, zh, en)) == []


def test_a_hedge_added_to_a_plain_figure_still_warns(tmp_path):
    found = _findings(tmp_path, "门口围着二十个孩子。", "Some twenty children crowded round the gate.")
    assert [f[:2] for f in found] == [("approximation", "warning")]


# --------------------------------------------------------------------------
# a figure converted into another unit system, rounded by the translator


def test_pounds_are_a_weight_or_sterling():
    [q] = extract_text("She weighed 120 pounds.", "en")
    assert (q.unit, q.readings) == ("lb", ((D(120), "GBP"),))


@pytest.mark.parametrize(("zh", "en"), [
    ("那年她体重五十公斤，穿着洗过十几遍的布鞋。", "That year she weighed about 110 pounds and wore cloth shoes."),
    ("他花了五千万英镑买下那座庄园。", "He paid 50 million pounds for the estate."),
])
def test_a_converted_weight_or_sterling_in_pounds_agrees(tmp_path, zh, en):
    assert _severe(_findings(tmp_path, zh, en)) == []


def test_a_weight_converted_wrongly_is_still_reported(tmp_path):
    found = _findings(tmp_path, "那年她体重五十公斤。", "That year she weighed 180 pounds.")
    assert ("extra-number", "warning", None, "180") in found

"""The ``numbers`` check on the classes real news translations bring (issue 10):
hedges dropped or added (``approximation``), the right number in the wrong
unit (``unit``), vague figures compared as intervals, symbols that fit more
than one currency, inclusive counts, dates stated in part, figures made vague,
and the evidence every finding carries.

Quantities are built by hand (the model's contract), so these tests do not
depend on the number engine.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from northeast_text.checks.quantities import fmt_decimal

from builders import Q, kinds, zq
from builders import check_one_link as run

# --------------------------------------------------------------------------
# approximation

ZH_KM = "全线约184公里。"
ZH_KM_PLAIN = "全线184公里。"


def test_a_dropped_hedge_is_an_approximation_warning():
    en = "The line is 184 km long."
    [f] = run(ZH_KM, [zq(ZH_KM, "约184公里", value=184, unit="km", qualifier="approx")],
              en, [Q(en, "184 km", "count", 184, unit="km")])
    assert (f.kind, f.severity) == ("approximation", "warning")
    assert (f.source_text, f.target_text) == ("约184公里", "184 km")
    assert f.evidence["rule"] == "numbers.approximation_dropped"
    assert f.evidence["source"]["qualifier"] == "approx" and "qualifier" not in f.evidence["target"]


def test_an_added_hedge_is_an_approximation_warning():
    en = "The line is about 184 km long."
    [f] = run(ZH_KM_PLAIN, [zq(ZH_KM_PLAIN, "184公里", value=184, unit="km")],
              en, [Q(en, "about 184 km", "count", 184, unit="km", qualifier="about")])
    assert (f.kind, f.severity) == ("approximation", "warning")


def test_a_changed_hedge_within_overlap_is_info():
    zh = "收入2800多元。"
    en = "Income was nearly 2,900 yuan."
    [f] = run(zh, [zq(zh, "2800多元", "money", low=2800, high=2900, unit="CNY", qualifier="plus")],
              en, [Q(en, "nearly 2,900 yuan", "money", 2900, high=2900, unit="CNY", qualifier="nearly")])
    assert (f.kind, f.severity) == ("approximation", "info")


@pytest.mark.parametrize("zh, sub, en, esub, eq", [
    # the hedge sits in the clause, not on the figure
    ("投资约为2013年的3倍。", "3倍", "Investment was about three times the level.", "about three times",
     dict(kind="multiplier", value=3, qualifier="about")),
    # "took over" is a phrasal verb, not a hedge
    ("接手格力电器15%股权。", "15%", "It took over 15% of the shares.", "over 15%",
     dict(kind="percent", value=15, unit="%", qualifier="over")),
])
def test_no_approximation_when_the_hedge_is_elsewhere(zh, sub, en, esub, eq):
    zkind = eq["kind"]
    zqs = [zq(zh, sub, zkind, value=eq["value"], unit=eq.get("unit"))]
    eqs = [Q(en, esub, eq["kind"], eq["value"], unit=eq.get("unit"), qualifier=eq["qualifier"])]
    assert run(zh, zqs, en, eqs) == []


def test_ambiguous_jin_with_a_period_is_no_approximation():
    zh = "近十年来增长很快。"
    en = "It grew fast in the past ten years."
    assert run(zh, [zq(zh, "近十年", value=10, unit="year", qualifier="nearly")],
               en, [Q(en, "ten", "count", 10)]) == []


# --------------------------------------------------------------------------
# unit


@pytest.mark.parametrize("zh, zsub, zkw, en, esub, ekw", [
    ("上升2.3个百分点。", "2.3个百分点", dict(kind="points", value="2.3", unit="pp", step="0.1"),
     "It rose 2.3%.", "2.3%", dict(kind="percent", value="2.3", unit="%", step="0.1")),
    ("票价10港元。", "10港元", dict(kind="money", value=10, unit="HKD"),
     "The fare is 10 yuan.", "10 yuan", dict(kind="money", value=10, unit="CNY")),
    ("耕地300亩。", "300亩", dict(kind="count", value=300, unit="mu"),
     "300 acres of farmland.", "300 acres", dict(kind="count", value=300, unit="acre")),
    ("发电1.1亿度。", "1.1亿度", dict(kind="count", value="1.1e8", unit="kWh", scale="亿", step="1e7"),
     "It generated 110 million degrees.", "110 million degrees",
     dict(kind="count", value="1.1e8", unit="deg", scale="million", step="1e6")),
])
def test_right_number_wrong_unit(zh, zsub, zkw, en, esub, ekw):
    zkw = dict(zkw)
    [f] = run(zh, [zq(zh, zsub, zkw.pop("kind"), **zkw)], en, [Q(en, esub, ekw.pop("kind"), **ekw)])
    assert (f.kind, f.severity) == ("unit", "warning")
    assert f.evidence["rule"] == "numbers.unit"


def test_a_bare_dollar_fits_the_dollar_the_source_names():
    zh = "营收为1.694亿澳元。"
    en = "Revenue was $169.4 million."
    usd = Q(en, "$169.4 million", "money", "169.4e6", unit="USD", scale="million", step="1e5")
    dollar = replace(usd, readings=((D("169.4e6"), "AUD"), (D("169.4e6"), "HKD")))
    src = [zq(zh, "1.694亿澳元", "money", "1.694e8", unit="AUD", scale="亿", step="1e5")]
    assert run(zh, src, en, [dollar]) == []
    # a currency the text names outright is a different currency
    assert kinds(run(zh, src, en, [usd])) == [("unit", "warning")]


def test_a_bare_dollar_off_by_a_scale_word_is_still_a_scale_error():
    zh = "营收为1.694亿澳元。"
    en = "Revenue was $1.694 million."
    dollar = replace(Q(en, "$1.694 million", "money", "1.694e6", unit="USD", scale="million", step="1e3"),
                     readings=((D("1.694e6"), "AUD"),))
    [f] = run(zh, [zq(zh, "1.694亿澳元", "money", "1.694e8", unit="AUD", scale="亿", step="1e5")], en, [dollar])
    assert (f.kind, f.severity) == ("scale", "error")


def test_m_after_a_figure_is_metres_when_the_source_says_metres():
    zh = "大桥长762.59米。"
    en = "The bridge is 762.59m long."
    m = replace(Q(en, "762.59m", "count", "762590000", scale="m", step="1e4"), readings=((D("762.59"), "m"),))
    assert run(zh, [zq(zh, "762.59米", value="762.59", unit="m", step="0.01")], en, [m]) == []


# --------------------------------------------------------------------------
# vague figures


def test_a_vague_source_overstated_is_a_scale_warning_without_an_invented_value():
    zh = "法国将追加数亿欧元预算。"
    en = "France will invest further billions of euros."
    [f] = run(zh, [zq(zh, "数亿欧元", "money", low="2e8", high="9e8", unit="EUR", scale="亿", step="1e8",
                      qualifier="several")],
              en, [Q(en, "billions", "count", low="2e9", high="1e10", step="1e9", qualifier="several")])
    assert (f.kind, f.severity) == ("scale", "warning")
    assert f.expected is None and "550" not in f.message


def test_overlapping_vague_figures_agree():
    zh = "投入几亿元。"
    en = "It invested a few hundred million yuan."
    assert run(zh, [zq(zh, "几亿元", "money", low="2e8", high="9e8", unit="CNY", scale="亿", qualifier="several")],
               en, [Q(en, "a few hundred million yuan", "money", low="2e8", high="9e8", unit="CNY",
                      scale="million", qualifier="several")]) == []


def test_a_figure_made_vague_is_a_dropped_figure():
    zh = "新增3例。"
    en = "There were several new cases."
    found = run(zh, [zq(zh, "3例", value=3, unit="case")],
                en, [Q(en, "several", "count", low=3, high=9, qualifier="several")])
    assert [(f.kind, f.severity) for f in found if f.severity != "info"] == [("missing-number", "warning")]


def test_a_small_figure_in_digits_dropped_is_a_warning():
    zh = "新增3例。"
    en = "There were new cases."
    [f] = run(zh, [zq(zh, "3例", value=3, unit="case")], en, [])
    assert (f.kind, f.severity) == ("missing-number", "warning")
    assert f.evidence["source"]["text"] == "3例"


def test_a_vague_source_figure_dropped_is_info():
    zh = "上百人参加。"
    en = "Many people took part."
    [f] = run(zh, [zq(zh, "上百人", low=100, high=1000, unit="person", qualifier="several")], en, [])
    assert (f.kind, f.severity) == ("missing-number", "info")


# --------------------------------------------------------------------------
# inclusive counts

ZH_DOCTORS = "张欢等4位医生获奖。"


def doctors(word, value):
    en = f"Zhang Huan and {word} other doctors won."
    return en, [replace(Q(en, word, "count", value), group="others")]


def test_others_plus_the_person_named_is_the_inclusive_count():
    en, eqs = doctors("three", 3)
    src = [replace(zq(ZH_DOCTORS, "4位", value=4, unit="person"), group="inclusive")]
    assert run(ZH_DOCTORS, src, en, eqs) == []


def test_others_equal_to_the_inclusive_count_is_a_value_slip():
    en, eqs = doctors("four", 4)
    src = [replace(zq(ZH_DOCTORS, "4位", value=4, unit="person"), group="inclusive")]
    [f] = run(ZH_DOCTORS, src, en, eqs)
    assert (f.kind, f.severity) == ("value", "error")
    assert f.evidence["rule"] == "numbers.value_inclusive"


# --------------------------------------------------------------------------
# dates


def test_a_day_only_date_agrees_with_the_full_date():
    zh = "部长24日说。"
    en = "The minister said on July 24."
    assert run(zh, [replace(zq(zh, "24日", "date", 24), when="---24")],
               en, [replace(Q(en, "July 24", "date", 724), when="--07-24")]) == []


def test_a_dropped_day_is_a_missing_number_unless_a_weekday_stands_for_it():
    zh = "26日，省财政厅表示。"
    src = [replace(zq(zh, "26日", "date", 26), when="---26")]
    [f] = run(zh, src, "The finance department said.", [])
    assert (f.kind, f.severity) == ("missing-number", "warning")
    assert run(zh, src, "On Sunday, the finance department said.", []) == []


@pytest.mark.parametrize("en, named", [
    ("Several companies were exposed at the World Consumer Rights Day gala.", True),
    ("Several companies were exposed during the Spring Festival.", True),
    ("Several companies were exposed at the gala.", False),
    ("Several companies were exposed at the day's gala.", False),  # a day, not a day by its name
])
def test_a_day_by_its_name_stands_for_a_dropped_date(en, named):
    zh = "在3·15晚会上，多家企业被曝光。"
    src = [replace(zq(zh, "3·15", "date", 315), when="--03-15")]
    assert [f.kind for f in run(zh, src, en, [])] == ([] if named else ["missing-number"])


# --------------------------------------------------------------------------
# huge values


def test_huge_figures_neither_raise_nor_round():
    big = "12345678901234567890123456789"
    assert fmt_decimal(D(big), grouping=True).replace(",", "") == big
    assert fmt_decimal(D("9e40"), places=2).endswith(".00")
    zh = f"共{big}个。"
    en = f"In all {big}0 items."
    [f] = run(zh, [zq(zh, big, value=big)], en, [Q(en, big + "0", "count", big + "0")])
    assert f.kind in ("scale", "value")


def test_every_finding_carries_its_evidence():
    zh = "下达资金2030万元。"
    en = "It released 203 million yuan."
    [f] = run(zh, [zq(zh, "2030万元", "money", "2.03e7", unit="CNY", scale="万", step="1e4")],
              en, [Q(en, "203 million yuan", "money", "2.03e8", unit="CNY", scale="million", step="1e6")])
    assert f.kind == "scale"
    ev = f.evidence
    assert ev["rule"] == "numbers.scale"
    assert ev["source"]["value"] == "20300000" and ev["target"]["value"] == "203000000"
    assert ev["source"]["span"] == [zh.index("2030"), zh.index("2030") + len("2030万元")]


# --------------------------------------------------------------------------
# 上千, 上万: a hedged interval (at least, below the next power) against a vague figure


def _pipeline_findings(tmp_path, zh: str, en: str) -> list[tuple[str, str]]:
    from northeast_text.pipeline import annotate_files

    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    return [(f.kind, f.severity) for f in annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt").findings]


@pytest.mark.parametrize(("zh", "en"), [
    ("上千名工人参加了会议。", "Hundreds of workers attended the meeting."),
    ("上万人来到广场。", "Thousands of people came to the square."),
])
def test_an_at_least_interval_given_as_the_power_below_is_a_scale_warning(tmp_path, zh, en):
    """上千 is a thousand or more: "hundreds" (below a thousand) is ten times too small."""
    assert _pipeline_findings(tmp_path, zh, en) == [("scale", "warning")]


@pytest.mark.parametrize(("zh", "en"), [
    ("上千名工人参加了会议。", "Thousands of workers attended the meeting."),
    ("上百亩农田被淹。", "Hundreds of mu of farmland were flooded."),
    ("上万人来到广场。", "Tens of thousands of people came to the square."),
])
def test_an_at_least_interval_given_as_its_vague_plural_agrees(tmp_path, zh, en):
    """上千 as "thousands", 上百 as "hundreds": the same interval, nothing to report (not even
    a figure missing on one side and added on the other)."""
    assert _pipeline_findings(tmp_path, zh, en) == []


# --------------------------------------------------------------------------
# digits changed in dates and times of day


def test_swapped_neighbours_are_one_slip():
    from northeast_text.edits import swapped

    assert swapped("2021", "2012") and swapped("1400", "4100")
    assert not swapped("2021", "2021") and not swapped("2021", "2102") and not swapped("2021", "20121")
    assert not swapped("2015", "5012") and not swapped("1234", "2143")  # not neighbours, or two swaps


@pytest.mark.parametrize("zh, en", [
    ("2021年5月3日，公司召开会议。", "On May 3, 2012, the company held a meeting."),  # the year's digits swapped
    ("会议于2019年召开。", "The meeting was held in 2091."),
])
def test_a_date_or_year_with_swapped_digits_is_a_value_error(tmp_path, zh, en):
    from builders import severe_findings

    assert severe_findings(tmp_path, zh, en) == [("value", "error", en.split(" ")[-1].rstrip(".")
                                                  if "2091" in en else "May 3, 2012")]


@pytest.mark.parametrize("en", [
    "On May 3, 2021, the company held a meeting.",
    "On May 3 the company held a meeting.",  # the year left out: no slip of digits
    "In 2015, the company held a meeting.",  # another year altogether is not a swapped one
])
def test_the_same_date_or_one_left_out_is_no_value_slip(tmp_path, en):
    from builders import severe_findings

    assert [f for f in severe_findings(tmp_path, "2021年5月3日，公司召开会议。", en) if f[0] == "value"] == []


def test_a_time_of_day_changed_is_a_value_warning(tmp_path):
    """14:00 as "3 p.m.": likely a slip, not certain (the time may have been moved to
    another time zone)."""
    from builders import severe_findings

    assert severe_findings(tmp_path, "会议于14:00开始。", "The meeting began at 3 p.m.") == [
        ("value", "warning", "3 p.m.")]


@pytest.mark.parametrize("en", [
    "The meeting began at 2 p.m.",
    "The meeting began at 2 p.m. Beijing time (0600 GMT).",  # a time zone added beside it
    "The meeting began at 14:00.",
])
def test_the_same_time_of_day_is_no_slip(tmp_path, en):
    from builders import severe_findings

    assert severe_findings(tmp_path, "会议于下午2点开始。", en) == []


# --------------------------------------------------------------------------
# a round figure on the side the hedge says


@pytest.mark.parametrize("zh, en", [
    ("全年接待游客1.02亿人次。", "It received more than 100 million tourist visits."),
    ("全省常住人口2345万人。", "The province has more than 23 million residents."),
    ("该市失业率为39.6%。", "The city's unemployment rate was nearly 40%."),
    ("全省地区生产总值为9876.5亿元。", "The province's GDP was nearly 1 trillion yuan."),
])
def test_a_figure_rounded_the_way_its_hedge_says_is_no_slip(tmp_path, zh, en):
    from builders import severe_findings

    assert severe_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize("zh, en", [
    ("全年接待游客0.98亿人次。", "It received more than 100 million tourist visits."),  # fewer, not more
    ("全年接待游客2.02亿人次。", "It received more than 100 million tourist visits."),  # past the next round figure
    ("全省常住人口2245万人。", "The province has more than 23 million residents."),
    ("该市失业率为3.96%。", "The city's unemployment rate was nearly 40%."),
    ("该市失业率为40.6%。", "The city's unemployment rate was nearly 40%."),  # over, not nearly
])
def test_a_figure_past_what_its_hedge_allows_is_still_reported(tmp_path, zh, en):
    from builders import severe_findings

    assert severe_findings(tmp_path, zh, en) != []


def test_a_hedged_figure_with_a_decimal_point_keeps_its_precision(tmp_path):
    """"over 2.0 million" states tenths of a million: 250万 is past it, not rounded to it."""
    from builders import severe_findings

    assert severe_findings(tmp_path, "装机容量250万千瓦以上。", "Installed capacity is over 2.0 million kW.") != []
    assert severe_findings(tmp_path, "装机容量250万千瓦以上。", "Installed capacity is over 2 million kW.") == []


def test_one_in_ten_thousand_agrees_and_a_slip_of_its_scale_does_not(tmp_path):
    """万分之一 is "one in 10,000"; "one in 1,000" is no longer within the half-point floor
    that a share like 1/100 keeps (reported: a rate per ten thousand ten times too large)."""
    from northeast_text.pipeline import annotate_files

    def findings(en: str) -> list[str]:
        (tmp_path / "zh.txt").write_text("该病的发病率约为万分之一。", "utf-8")
        (tmp_path / "en.txt").write_text(en, "utf-8")
        return [f.kind for f in annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt").findings]

    assert findings("The incidence is about one in 10,000.") == []
    assert findings("The incidence is about one in 1,000.") == ["scale"]


@pytest.mark.parametrize("text, when, want, expected", [
    ("May 3, 2012", "2012-05-03", "2021-05-03", "May 3, 2021"),
    ("3 March 2023", "2023-03-03", "2023-03-13", "13 March 2023"),
    ("19 October 2023", "2023-10-19", "2023-10-09", "9 October 2023"),
    ("2023-10-19", "2023-10-19", "2023-10-09", "2023-10-09"),
    ("Oct. 9", "--10-09", "--10-08", "Oct. 8"),
    ("Sept. 9, 2020", "2020-09-09", "2020-10-09", "Oct. 9, 2020"),
    ("June 2020", "2020-06", "2020-07", "July 2020"),
    ("2012-05-03", "2012-05-03", "2021-05-03", "2021-05-03"),
    ("05/05/2012", "2012-05-05", "2012-05-03", None),  # 05 twice: which one is the day is not sure
])
def test_an_expected_date_is_written_as_the_translation_writes_dates(text, when, want, expected):
    from northeast_text.checks.quantities import date_like
    from northeast_text.model import Quantity

    like = Quantity(block="en-b0", start=0, end=len(text), text=text, kind="date", lang="en", when=when)
    assert date_like(want, like) == expected


def test_an_expected_time_keeps_the_translations_clock(tmp_path):
    from northeast_text.pipeline import annotate_files

    (tmp_path / "zh.txt").write_text("会议于14:00开始。", "utf-8")
    (tmp_path / "en.txt").write_text("The meeting began at 3 p.m.", "utf-8")
    [f] = annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt").findings
    assert (f.kind, f.expected) == ("value", "2 p.m.")

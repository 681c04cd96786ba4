"""The ``numbers`` check on conventions the bundled pairs do not use: per
mille and basis points, SI prefixes and other measures, a translator's
conversion into another unit in brackets, unit labels of tables, a figure in
words against one in digits, years of another era, a bare 元 for any 元
currency, 增长N倍 as a percentage, a hedge shared by two figures and a share in
Chinese numerals dropped.

Quantities are built by hand (the model's contract), so these tests do not
depend on the number engine.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from builders import Q, kinds, zq
from builders import check_one_link as run

# --------------------------------------------------------------------------
# per mille, basis points


def test_per_mille_as_percent_with_the_same_number_is_a_unit_warning():
    zh, en = "出生率为3.9‰。", "The birth rate was 3.9 per cent."
    findings = run(zh, [zq(zh, "3.9‰", "percent", "3.9", unit="‰", step="0.1")],
                   en, [Q(en, "3.9 per cent", "percent", "3.9", unit="%", step="0.1")])
    assert kinds(findings) == [("unit", "warning")]


def test_per_mille_converted_to_percent_agrees():
    zh, en = "含盐量为3‰。", "Salinity is 0.3 per cent."
    assert run(zh, [zq(zh, "3‰", "percent", 3, unit="‰")],
               en, [Q(en, "0.3 per cent", "percent", "0.3", unit="%", step="0.1")]) == []


def test_basis_points_agree_with_percentage_points():
    zh, en = "降息50个基点。", "A cut of half a percentage point."
    assert run(zh, [zq(zh, "50个基点", value=50, unit="bp")],
               en, [Q(en, "half a percentage point", "points", "0.5", unit="pp", step="0.01")]) == []


# --------------------------------------------------------------------------
# measures


@pytest.mark.parametrize("zh, zsub, zkw, en, esub, ekw", [
    ("相当于1625斤。", "1625斤", dict(value=1625, unit="jin"), "That is 812.5 kg.", "812.5 kg",
     dict(value="812.5", unit="kg", step="0.1")),
    ("约500毫升水。", "约500毫升", dict(value=500, unit="ml", qualifier="approx"),
     "About half a litre of water.", "About half a litre", dict(value="0.5", unit="l", step="0.01", qualifier="about")),
    ("每隔15分钟。", "15分钟", dict(value=15, unit="minute"), "Every quarter of an hour.", "quarter of an hour",
     dict(value="0.25", unit="hour", step="0.01")),
])
def test_a_measure_in_another_unit_of_it_agrees(zh, zsub, zkw, en, esub, ekw):
    assert run(zh, [zq(zh, zsub, **zkw)], en, [Q(en, esub, "count", **ekw)]) == []


@pytest.mark.parametrize("zh, zsub, zvalue, en, esub, evalue, eunit, found", [
    # Fahrenheit is no multiple of Celsius: 38°C is 100.4°F, 20°C 68°F
    ("最高气温达到38摄氏度。", "38摄氏度", 38, "The high reached 100 degrees Fahrenheit.", "100", 100, "degF", []),
    ("水温为20摄氏度。", "20摄氏度", 20, "The water was 68°F.", "68°F", 68, "degF", []),
    ("气温为华氏100度。", "华氏100度", 100, "It was 38 degrees Celsius.", "38", 38, "degC", []),
    ("白天气温15～20摄氏度。", "15～20摄氏度", (15, 20), "Daytime highs of 59 to 68 °F.", "59 to 68", (59, 68),
     "degF", []),
    # the same figure in the other scale is a slip of the unit, another figure a changed one
    ("水温为20摄氏度。", "20摄氏度", 20, "The water was 20°F.", "20°F", 20, "degF", [("unit", "warning")]),
    ("最高气温达到38摄氏度。", "38摄氏度", 38, "The high reached 110 degrees Fahrenheit.", "110", 110, "degF",
     [("missing-number", "warning"), ("extra-number", "warning")]),
])
def test_a_temperature_in_the_other_scale_is_converted_by_its_formula(zh, zsub, zvalue, en, esub, evalue, eunit,
                                                                      found):
    unit = "degF" if "华氏" in zsub else "degC"

    def figure(value):  # a point, or a range's (low, high)
        return dict(low=value[0], high=value[1]) if isinstance(value, tuple) else dict(value=value)

    assert kinds(run(zh, [zq(zh, zsub, unit=unit, **figure(zvalue))],
                     en, [Q(en, esub, "count", unit=eunit, step="1", **figure(evalue))])) == found


def test_the_same_figure_with_another_prefix_is_a_unit_warning():
    zh, en = "直径仅50微米。", "Just fifty nanometres across."
    findings = run(zh, [zq(zh, "50微米", value=50, unit="um")], en, [Q(en, "fifty", "count", 50, unit="nm")])
    assert kinds(findings) == [("unit", "warning")]


@pytest.mark.parametrize("en, conv", [
    ("It covers 1,200 mu (some 80 hectares).", dict(sub="some 80", value=80, unit="ha", qualifier="approx")),
    ("It peaked at 38.5 °C (101.3 °F).", dict(sub="101.3 °F", value="101.3", unit="degF", step="0.1")),
    ("Drones fly at 30 km/h (about 19 mph).", dict(sub="about 19", value=19, unit="mph", qualifier="about")),
])
def test_a_bracketed_conversion_into_another_unit_is_the_translators(en, conv):
    first = {"1,200 mu": ("约1200亩。", "1200亩", dict(value=1200, unit="mu")),
             "38.5 °C": ("最高气温38.5摄氏度。", "38.5摄氏度", dict(value="38.5", unit="degC", step="0.1")),
             "30 km/h": ("每小时30公里。", "30公里", dict(value=30, unit="km/h"))}
    key = next(k for k in first if k in en)
    zh, zsub, zkw = first[key]
    conv = dict(conv)
    eqs = [Q(en, key, "count", **zkw), Q(en, conv.pop("sub"), "count", **conv)]
    assert run(zh, [zq(zh, zsub, **zkw)], en, eqs) == []


def test_a_bracketed_figure_that_is_no_conversion_is_still_compared():
    zh, en = "约1200亩。", "It covers 1,200 mu (some 300 hectares)."
    eqs = [Q(en, "1,200 mu", "count", 1200, unit="mu"), Q(en, "some 300", "count", 300, unit="ha", qualifier="approx")]
    findings = run(zh, [zq(zh, "1200亩", value=1200, unit="mu")], en, eqs)
    assert [f.target_text for f in findings if f.severity != "info"] == ["some 300"]


# --------------------------------------------------------------------------
# unit labels


def test_a_unit_label_of_a_table_is_no_figure():
    zh = "| 地区生产总值（亿元） | 2856.3 |"
    en = "| GDP (100 million yuan) | 2856.3 |"
    eqs = [Q(en, "100 million yuan", "money", "1e8", unit="CNY", scale="million", step="1e6"),
           Q(en, "2856.3", "count", "2856.3", step="0.1")]
    assert run(zh, [zq(zh, "2856.3", value="2856.3", step="0.1")], en, eqs) == []
    # without the label in the source it is an added figure
    plain = "| 地区生产总值 | 2856.3 |"
    findings = run(plain, [zq(plain, "2856.3", value="2856.3", step="0.1")], en, eqs)
    assert kinds(findings) == [("extra-number", "warning")]


# --------------------------------------------------------------------------
# what a figure stands for


def test_a_figure_in_words_against_digits_is_a_value_warning():
    zh, en = "效率是人工的60倍。", "Six times the pace of manual work."
    findings = run(zh, [zq(zh, "60倍", "multiplier", 60, unit="x")],
                   en, [Q(en, "Six times", "multiplier", 6, unit="x")])
    assert kinds(findings) == [("value", "warning")]


def test_a_year_of_another_era_compares_by_the_year_it_stands_for():
    zh, en = "民国114年投产。", "Production starts in 2024."
    findings = run(zh, [zq(zh, "民国114年", "year", 2025, step=1)], en, [Q(en, "2024", "year", 2024, step=1)])
    assert [f.kind for f in findings] == ["value"]
    assert run(zh, [zq(zh, "民国114年", "year", 2025, step=1)], "Production starts in 2025.",
               [Q("Production starts in 2025.", "2025", "year", 2025, step=1)]) == []


def test_a_bare_yuan_fits_any_yuan_currency():
    zh, en = "净利152.7亿元。", "Net profit was NT$15.27 billion."
    yuan = replace(zq(zh, "152.7亿元", "money", "1.527e10", unit="CNY", scale="亿", step="1e7"),
                   readings=((D("1.527e10"), "TWD"), (D("1.527e10"), "HKD")))
    ntd = Q(en, "NT$15.27 billion", "money", "1.527e10", unit="TWD", scale="billion", step="1e7")
    assert run(zh, [yuan], en, [ntd]) == []
    # a currency named outright is no 元 of another kind
    hkd = zq("约3亿港元。", "3亿港元", "money", "3e8", unit="HKD", scale="亿", step="1e8")
    findings = run("约3亿港元。", [hkd], "about 300 million yuan", [
        Q("about 300 million yuan", "300 million yuan", "money", "3e8", unit="CNY", scale="million", step="1e8")])
    assert kinds(findings) == [("unit", "warning")]


def test_growth_by_times_agrees_with_the_percentage():
    zh, en = "同比增长1.5倍。", "Up 150%."
    grew = replace(zq(zh, "1.5倍", "multiplier", "2.5", unit="x", step="0.1"),
                   readings=((D("1.5"), "x"), (D("150"), "%")))
    assert run(zh, [grew], en, [Q(en, "150%", "percent", 150, unit="%")]) == []


# --------------------------------------------------------------------------
# a hedge shared by two figures


@pytest.mark.parametrize("sign", ["%", " per cent"])
def test_a_hedge_shared_by_two_figures_covers_both(sign):
    zh = "只相当于浙江的75%左右、河南的90%左右。"
    en = f"It stands at roughly 75{sign} of Zhejiang's and 90{sign} of Henan's."
    zqs = [zq(zh, "75%左右", "percent", 75, unit="%", qualifier="approx"),
           zq(zh, "90%左右", "percent", 90, unit="%", qualifier="approx")]
    eqs = [Q(en, f"roughly 75{sign}", "percent", 75, unit="%", qualifier="approx"),
           Q(en, f"90{sign}", "percent", 90, unit="%")]
    assert [f for f in run(zh, zqs, en, eqs) if f.severity != "info"] == []


def test_another_figures_hedge_does_not_cover_a_dropped_one():
    zh = "用水量控制在8立方米以内，节水约40%。"
    en = "Each watering stays below 8 m³ per mu, saving 40 per cent of the water."
    zqs = [zq(zh, "8立方米以内", value=8, unit="m3", qualifier="up-to"),
           zq(zh, "约40%", "percent", 40, unit="%", qualifier="approx")]
    eqs = [Q(en, "below 8 m³", "count", 8, unit="m3", qualifier="less-than"),
           Q(en, "40 per cent", "percent", 40, unit="%")]
    findings = [f for f in run(zh, zqs, en, eqs) if f.severity != "info"]
    assert [(f.kind, f.source_text) for f in findings] == [("approximation", "约40%")]


def test_a_conversion_after_a_unit_word_outside_the_figures_span():
    zh, en = "约1200亩。", "It covers about 1.200 mu (some 80 hectares)."
    thousands = replace(Q(en, "about 1.200", "count", "1.2", unit="mu", step="0.001", qualifier="about"),
                        readings=((D(1200), "mu"),))
    eqs = [thousands, Q(en, "some 80", "count", 80, unit="ha", qualifier="approx")]
    assert run(zh, [zq(zh, "约1200亩", value=1200, unit="mu", qualifier="approx")], en, eqs) == []


def test_a_figure_takes_the_reading_of_the_other_side_before_another_unit():
    # 1625斤 is also 812.5 kg, but "1.625 jin" read as 1,625 is the closer match
    zh, en = "每亩812.6公斤相当于1625斤。", "812,6 kg per mu was equivalent to 1.625 jin."
    zqs = [zq(zh, "812.6公斤", value="812.6", unit="kg", step="0.1"), zq(zh, "1625斤", value=1625, unit="jin", step=1)]
    jin = replace(Q(en, "1.625", "count", "1.625", unit="jin", step="0.001"), readings=((D(1625), "jin"),))
    eqs = [Q(en, "812,6", "count", "812.6", unit="kg", step="0.1"), jin]
    assert run(zh, zqs, en, eqs) == []


def test_days_agree_with_a_week_in_words():
    zh, en = "比对照品种缩短7天。", "A week less than the control variety."
    assert run(zh, [zq(zh, "7天", value=7, unit="day", step=1)],
               en, [Q(en, "A week", "count", 1, unit="week", step=1)]) == []


def test_a_bracketed_conversion_that_is_wrong_is_an_added_figure():
    zh, en = "面积约5300平方公里。", "The area is about 5.300 km² (some 5.050 square miles)."
    area = replace(Q(en, "about 5.300 km²", "count", "5.3", unit="km2", step="0.001", qualifier="about"),
                   readings=((D(5300), "km2"),))
    miles = replace(Q(en, "some 5.050", "count", "5.05", unit="mile2", step="0.001", qualifier="approx"),
                    readings=((D(5050), "mile2"),))
    findings = run(zh, [zq(zh, "约5300平方公里", value=5300, unit="km2", qualifier="approx")], en, [area, miles])
    assert [(f.kind, f.severity, f.target_text) for f in findings] == [("extra-number", "warning", "some 5.050")]


def test_a_changed_day_in_a_day_month_date_is_a_value_slip():
    zh = "会议于2023年10月9日举行。"
    src = [replace(zq(zh, "2023年10月9日", "date", 20231009, step=1), when="2023-10-09")]
    en = "The meeting was held on 19 October 2023."
    [f] = run(zh, src, en, [replace(Q(en, "19 October 2023", "date", 20231019, step=1), when="2023-10-19")])
    assert (f.kind, f.severity, f.expected) == ("value", "error", "9 October 2023")
    right = "The meeting was held on 9 October 2023."
    assert run(zh, src, right, [replace(Q(right, "9 October 2023", "date", 20231009, step=1), when="2023-10-09")]) == []


def test_the_same_figure_in_another_unit_is_no_conversion_of_a_third():
    # 60,000 kg is also 60 t, the size of another figure: still a unit slip of 6万多吨
    zh = "节约标准煤6万多吨，减排二氧化硫60多吨。"
    en = "Saving over 60,000 kilograms of coal and over 60 tons of sulfur dioxide."
    zqs = [zq(zh, "6万多吨", value=60000, low=60000, high=70000, unit="t", scale="万", step=10000, qualifier="plus"),
           zq(zh, "60多吨", value=60, low=60, high=70, unit="t", step=10, qualifier="plus")]
    eqs = [Q(en, "over 60,000", "count", 60000, unit="kg", qualifier="over"),
           Q(en, "over 60", "count", 60, unit="t", qualifier="over")]
    assert [f.kind for f in run(zh, zqs, en, eqs) if f.severity != "info"] == ["unit"]


# --------------------------------------------------------------------------
# a share in Chinese numerals


@pytest.mark.parametrize("text, value, severity", [
    ("百分之七十", 70, "warning"),  # a share an essay writes in words is a figure
    ("百分之百", 100, "info"),  # "wholly", as often as a figure
])
def test_a_dropped_share_in_words(text, value, severity):
    zh, en = f"参保人比例仍高达{text}。", "The share of such members is still high."
    [f] = run(zh, [zq(zh, text, "percent", value, unit="%")], en, [])
    assert (f.kind, f.severity) == ("missing-number", severity)


def test_a_hedge_of_a_lists_first_item_does_not_cover_the_next():
    zh = "减排二氧化硫60多吨、氮氧化物60多吨。"
    en = "It cuts over 60 tons of sulfur dioxide emissions, 60 tons of oxynitrides."
    zqs = [zq(zh, "60多吨", value=60, low=60, high=70, unit="t", qualifier="plus", n=k) for k in (0, 1)]
    eqs = [Q(en, "over 60", "count", 60, unit="t", qualifier="over"), Q(en, "60", "count", 60, unit="t", n=1)]
    findings = [f for f in run(zh, zqs, en, eqs) if f.severity != "info"]
    assert [(f.kind, f.target_text) for f in findings] == [("approximation", "60")]


def test_a_range_that_holds_a_point_in_another_unit_is_no_unit_clash():
    zh = "三日起经，族人赠银二十两。"
    en = "The sutras began on the third day; the clansmen gave from one to four taels."
    zqs = [zq(zh, "三日", value=3, unit="day"), zq(zh, "二十两", value=20, unit="tael")]
    eqs = [Q(en, "third", "ordinal", 3), Q(en, "from one to four taels", "count", low=1, high=4, unit="tael")]
    assert not [f for f in run(zh, zqs, en, eqs) if f.kind == "unit"]
    point = "The road ran three miles."  # a point in another unit still is one
    assert [f.kind for f in run("路长三里。", [zq("路长三里。", "三里", value=3, unit="li")], point,
                                [Q(point, "three miles", "count", 3, unit="mile")])] == ["unit"]


@pytest.mark.parametrize("zh, en, found", [
    ("他身高1.8米。", "He is 5 feet 11 inches tall.", []),
    ("比赛用时1小时30分钟。", "The match lasted 90 minutes.", []),
    ("婴儿体重3.2公斤。", "The baby weighed 7 pounds 1 ounce.", []),
    ("他身高1.8米。", "He is 6 feet 5 inches tall.", [("missing-number", "warning")]),
])
def test_a_measure_in_two_units_is_compared_as_one(tmp_path, zh, en, found):
    from builders import severe_findings

    assert [(k, s) for k, s, _t in severe_findings(tmp_path, zh + "\n", en + "\n")] == found


@pytest.mark.parametrize("zh, en, found", [
    ("一位七旬老人在家中摔倒。", "A man in his 70s fell at home.", []),
    ("八旬老太坚持晨练。", "An 80-year-old woman still exercises every morning.", []),
    ("他年过半百，仍坚持锻炼。", "Although he is over 50, he still exercises.", []),
    ("他年过半百，仍坚持锻炼。", "Although he is over 40, he still exercises.", [("value", "warning")]),
    ("八旬老太坚持晨练。", "A 60-year-old woman still exercises every morning.", [("extra-number", "warning")]),
])
def test_an_age_said_by_an_idiom_is_compared_as_an_age(tmp_path, zh, en, found):
    from builders import severe_findings

    assert [(k, s) for k, s, _t in severe_findings(tmp_path, zh + "\n", en + "\n")] == found


@pytest.mark.parametrize("zh, en, found", [
    ("船只在距岸12海里处被拦截。", "The vessel was intercepted 22 kilometres off the coast.", []),
    ("船只在距岸12海里处被拦截。", "The vessel was intercepted 12 nautical miles off the coast.", []),
    ("油箱容量为60升。", "The fuel tank holds 15.9 gallons.", []),
    ("水库库容为5000立方米。", "The reservoir holds 176,573 cubic feet.", []),
    # nautical miles are no miles
    ("船只在距岸12海里处被拦截。", "The vessel was intercepted 12 miles off the coast.", [("unit", "warning")]),
])
def test_nautical_miles_gallons_and_cubic_feet_are_units_of_their_measures(tmp_path, zh, en, found):
    from builders import severe_findings

    assert [(k, s) for k, s, _t in severe_findings(tmp_path, zh + "\n", en + "\n")] == found


def test_a_rough_percentage_range_is_rendered_by_its_ends(tmp_path):
    from builders import severe_findings

    zh = "在这家酒店，百分之七八十的病人能救过来。\n"
    assert severe_findings(tmp_path, zh, "At this hotel, 70% or 80% of patients can be saved.\n") == []
    assert ("value", "warning") in [(k, s) for k, s, _t in severe_findings(
        tmp_path, zh, "At this hotel, 40% of patients can be saved.\n")]

"""Conventions a new user brings, fifth round (docs/evaluation.md, 0.5.11): pairs written for the
purpose in sports lengths, technology specifications, public-health rates, court news, tables
written as text, rankings and price glosses.  Each class has a counter-case that the true slip of
the same shape is still reported.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from builders import loud


def kinds(zh: str, en: str, kind: str) -> list[tuple[str, str]]:
    return [(s, t) for k, s, t in loud(zh, en) if k == kind]


def findings(zh: str, en: str, severity: str | None = None) -> list[tuple[str, str, str, str | None]]:
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.source_text or "", f.target_text or "", f.expected) for f in pair.findings
            if f.severity != "info" and (severity is None or f.severity == severity)]


def quantities(text: str, lang: str) -> list[tuple[str, str, object, str | None]]:
    from northeast_text.numbers import extract_text

    return [(q.text, q.kind, None if q.value is None else float(q.value), q.unit) for q in extract_text(text, lang)]


# --- metres with their centimetres written after 米 (1米96) ---------------------------------------

JUMP = "决赛中她以1米96的成绩夺得银牌。"


@pytest.mark.parametrize("en", [
    "She took silver in the final with 1.96 metres.",
    "She cleared 1.96m to take silver in the final.",
])
def test_metres_and_centimetres_after_mi_are_one_length(en):
    assert loud(JUMP, en) == []


def test_a_length_with_its_centimetres_changed_is_a_value_error():
    assert findings(JUMP, "She took silver in the final with 1.69 metres.") == [
        ("value", "1米96", "1.69", "1.96")]


def test_metres_and_centimetres_with_the_unit_written_are_one_length():
    assert loud("他身高1米85厘米。", "He is 1.85 metres tall.") == []
    assert kinds("他身高1米85厘米。", "He is 1.58 metres tall.", "value") == [("1米85厘米", "1.58")]


@pytest.mark.parametrize("zh", ["跳远成绩为7米，85人参赛。", "长7米85万元"])
def test_figures_after_mi_with_a_break_or_a_scale_stay_apart(zh):
    assert [q[0] for q in quantities(zh, "zh")][:1] == ["7米"]


def test_one_digit_after_mi_is_tenths():
    assert quantities("他身高1米7。", "zh") == [("1米7", "count", pytest.approx(1.7), "m")]


# --- bytes, hertz and bits per second -------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("这款笔记本配备4TB固态硬盘。", "The laptop comes with a 4 terabyte SSD."),
    ("这款笔记本配备4TB固态硬盘。", "The laptop comes with a 4TB SSD."),
    ("显示器刷新率高达144赫兹。", "The monitor refreshes at up to 144Hz."),
    ("该芯片主频为2.8GHz。", "The chip is clocked at 2.8 gigahertz."),
    ("家庭宽带速率提升至1Gbps。", "Home broadband speeds were raised to 1Gbps."),
])
def test_data_frequency_and_rate_units_agree(zh, en):
    assert loud(zh, en) == []


@pytest.mark.parametrize("zh, en, src", [
    ("这款笔记本配备4TB固态硬盘。", "The laptop comes with a 4GB SSD.", "4TB"),
    ("该芯片主频为2.8GHz。", "The chip is clocked at 2.8MHz.", "2.8GHz"),
    ("家庭宽带速率提升至1Gbps。", "Home broadband speeds were raised to 1Mbps.", "1Gbps"),
])
def test_another_prefix_of_the_unit_is_a_unit_warning(zh, en, src):
    assert [s for s, _ in kinds(zh, en, "unit")] == [src]


def test_a_currency_code_is_no_byte_unit():
    assert all(q[3] != "GB" for q in quantities("汇率报8.5GBP", "zh"))
    assert quantities("内存为8.5GB", "zh") == [("8.5GB", "count", 8.5, "GB")]


# --- a fraction as precise as its numerator (千分之七点一八) ----------------------------------------

def test_a_fraction_with_a_decimal_numerator_expects_all_its_digits():
    got = findings("该地区人口死亡率为千分之七点一八。", "The region's death rate was 7.18 percent.")
    assert [(k, e) for k, _, _, e in got] == [("scale", "0.718 percent")]


def test_a_fraction_with_a_decimal_numerator_agrees_with_per_mille():
    assert loud("该地区人口死亡率为千分之七点一八。", "The region's death rate was 7.18‰.") == []


# --- expected texts in words ----------------------------------------------------------------------

BILL = "议案需获得三分之二以上议员支持。"


def test_a_fraction_in_words_expects_a_fraction_in_words():
    assert findings(BILL, "The bill needs the support of more than three-fifths of members.") == [
        ("value", "三分之二以上", "three-fifths", "two-thirds")]
    assert loud(BILL, "The bill needs the support of more than two-thirds of members.") == []


def test_one_in_so_many_expects_its_count_changed():
    got = findings("该病发病率约为十万分之五。", "The disease affects about five in 10,000 people.")
    assert [e for *_, e in got] == ["five in 100,000"]


def test_a_small_count_in_words_expects_words():
    got = findings("他被判处拘役五个月。", "He was sentenced to three months' criminal detention.")
    assert [(s, e) for _, s, _, e in got] == [("五个月", "five")]


def test_a_term_in_years_and_months_in_words_expects_both_parts_in_words():
    got = findings("他被判处有期徒刑四年三个月。", "He was jailed for four years and five months.")
    assert [(k, e) for k, _, _, e in got] == [("value", "four years and three")]
    assert loud("他被判处有期徒刑四年三个月。", "He was jailed for four years and three months.") == []


@pytest.mark.parametrize("zh, en, expected", [
    ("犯本罪的，处五年以上十五年以下有期徒刑。", "The offence carries five to twelve years in prison.",
     "five to fifteen"),
    ("犯本罪的，处5年以上15年以下有期徒刑。", "The offence carries 5 to 12 years in prison.", "5 to 15"),
    ("违者处3000元以上3万元以下罚款。", "Offenders face fines of between 3,000 and 20,000 yuan.",
     "between 3,000 and 30,000 yuan"),
])
def test_one_bound_against_an_end_of_a_range_expects_that_end(zh, en, expected):
    assert [e for *_, e in findings(zh, en)] == [expected]


def test_bounds_rendered_as_a_range_agree():
    assert loud("犯本罪的，处五年以上十五年以下有期徒刑。", "The offence carries five to 15 years in prison.") == []


# --- a table's unit in its heading ------------------------------------------------------------------

TABLE = "各业务板块收入（单位：亿元）：零售85，批发64，海外23。"


@pytest.mark.parametrize("en", [
    "Revenue by segment (billion yuan): retail 8.5, wholesale 6.4, overseas 2.3.",
    "Revenue by segment (100 million yuan): retail 85, wholesale 64, overseas 23.",
    "Revenue by segment: retail 85, wholesale 64, overseas 23.",  # heading dropped: not judged, as before
])
def test_a_tables_heading_gives_its_figures_their_unit(en):
    assert loud(TABLE, en) == []


def test_a_figure_changed_in_a_table_is_a_value_error_written_like_the_table():
    assert findings(TABLE, "Revenue by segment (billion yuan): retail 8.5, wholesale 4.6, overseas 2.3.") == [
        ("value", "64", "4.6", "6.4")]


def test_a_heading_ten_times_off_is_a_scale_error_for_each_figure():
    got = kinds(TABLE, "Revenue by segment (billion yuan): retail 85, wholesale 64, overseas 23.", "scale")
    assert got == [("85", "85"), ("64", "64"), ("23", "23")]


def test_a_unit_note_closing_the_table_holds_for_the_figures_before_it():
    zh = "收入920，成本610（单位：万元）。"
    assert loud(zh, "Income 9.2 million yuan, costs 6.1 million yuan.") == []
    assert [k for k, *_ in loud(zh, "Income 920, costs 610 (unit: 1,000 yuan).")] == ["scale", "scale"]


def test_a_bracket_before_a_colon_that_names_no_unit_is_no_heading():
    assert quantities("新华社北京3月5日电（记者王五）：今年有120人", "zh")[-1] == ("120人", "count", 120, "person")


# --- a ratio after 比为 / 比例 --------------------------------------------------------------------

def test_a_ratio_after_bi_is_no_clock_time():
    assert quantities("全校师生比为1:15。", "zh") == [("1:15", "ratio", pytest.approx(1 / 15), None)]
    assert quantities("比10:30早到", "zh")[0][1] == "time"


def test_a_ratio_with_its_second_term_changed_is_a_value_error():
    assert kinds("全校师生比为1:15。", "The school has a teacher-student ratio of 1:13.", "value") == [
        ("1:15", "1:13")]
    assert loud("全校师生比为1:15。", "The school has a teacher-student ratio of 1:15.") == []


# --- a placing after 位列, 排名, 居 -----------------------------------------------------------------

@pytest.mark.parametrize("zh", ["该市空气质量在全省排名第四。", "该市空气质量居全省第四。"])
def test_a_ranking_both_sides_state_is_a_value_warning(zh):
    assert findings(zh, "The city ranked fifth in the province for air quality.") == [
        ("value", "第四", "fifth", "fourth")]


def test_a_ranking_rendered_right_is_silent_and_a_retold_count_stays_info():
    assert loud("该市空气质量在全省排名第四。", "The city ranked fourth in the province for air quality.") == []
    assert loud("居民第四次投票。", "Residents voted for the fifth time.") == []


# --- a unit glossed in brackets -------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "Land rent is 800 yuan per mu (667 square metres) a year.",
    "Land rent is 800 yuan per mu (about 667 sq m) a year.",
])
def test_a_unit_glossed_by_what_one_of_it_is_is_no_figure(en):
    assert loud("土地租金为每亩每年800元。", en) == []


def test_a_wrong_gloss_is_still_an_extra_figure():
    assert ("extra-number", "", "700") in loud("土地租金为每亩每年800元。",
                                                "Land rent is 800 yuan per mu (700 square metres) a year.")


def test_a_conversion_in_brackets_is_still_checked():
    assert loud("这块地有150亩。", "The plot covers 150 mu (10 hectares).") == []
    assert ("extra-number", "", "15") in loud("这块地有150亩。", "The plot covers 150 mu (15 hectares).")


# --- the only organisation left on each side ------------------------------------------------------

def test_the_only_lexicon_organisation_left_on_each_side_is_paired_wherever_it_sits():
    zh = "她以总分702分（满分750分）的优异成绩被北京大学录取。"
    assert kinds(zh, "She was admitted to Tsinghua University with a total of 702 points out of 750.",
                 "entity") == [("北京大学", "Tsinghua University")]
    assert loud(zh, "She was admitted to Peking University with a total of 702 points out of 750.") == []


# --- a share per mille given as a rate per 1,000 ----------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("该县人口死亡率为千分之七点一八。", "The county recorded 7.18 deaths per 1,000 people."),
    ("该县人口自然增长率为2.4‰。", "The county's natural growth rate was 2.4 per 1,000 population."),
])
def test_a_share_per_mille_given_per_1000_is_the_same_rate(zh, en):
    assert loud(zh, en) == []


def test_a_rate_per_1000_with_its_digits_moved_is_still_reported():
    found = loud("该县人口死亡率为千分之七点一八。", "The county recorded 7.81 deaths per 1,000 people.")
    assert ("extra-number", "", "1,000") in found

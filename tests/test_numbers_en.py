"""English number extraction: the table of surface forms (tests/cases/numbers_en.json,
see number_cases.py) and corpus sentences.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from northeast_text.model import Block
from northeast_text.numbers import anchor_key, extract, extract_text

from number_cases import case_params, check_case, load_cases

CASES = load_cases("en")


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case):
    check_case(case, "en")


def test_table_size():
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c["quantities"]) >= 30


def test_conversion_sentence():
    qs = extract_text("3.2553 billion RMB (approx. 456 million USD)", "en")
    assert [(q.kind, q.unit, q.value) for q in qs] == [
        ("money", "CNY", Decimal("3.2553e9")), ("money", "USD", Decimal("4.56e8"))]
    assert qs[1].qualifier == "approx" and qs[1].step == Decimal("1e6")


def test_block_offsets():
    b = Block(id="en-b16", n=16, lang="en", role="paragraph",
              text="Between 2003 and 2022, transfers reached nearly 11 trillion RMB (approx. 1.54 trillion USD).")
    qs = extract(b)
    assert [q.text for q in qs] == ["Between 2003 and 2022", "nearly 11 trillion RMB", "approx. 1.54 trillion USD"]
    assert all(b.text[q.start:q.end] == q.text and q.block == "en-b16" for q in qs)
    assert qs[1].value == Decimal("11e12") and qs[1].step == Decimal("1e12")


def test_anchor_keys():
    qs = extract_text("roughly 1.6 trillion RMB, 11.4%, second, three provinces", "en")
    assert [anchor_key(q) for q in qs] == ["n:1600000000000", "p:11.4", None, None]


def test_corpus_sentences(northeast_dir):
    text = (northeast_dir / "en.md").read_text("utf-8")
    para = next(p for p in text.split("\n\n") if "6 to 7 trillion RMB" in p)
    qs = extract_text(para, "en")
    rng = next(q for q in qs if q.text == "6 to 7 trillion RMB")
    assert (rng.low, rng.high, rng.unit) == (Decimal("6e12"), Decimal("7e12"), "CNY")
    usd = next(q for q in qs if q.text.startswith("between 846"))
    assert (usd.low, usd.high, usd.unit) == (Decimal("846e9"), Decimal("987e9"), "USD")



@pytest.mark.parametrize(("text", "low", "high"), [
    ("Output grew in 2019–21.", 2019, 2021), ("the 1995-99 boom", 1995, 1999), ("the 2022-23 season", 2022, 2023)])
def test_a_span_of_years_with_the_end_year_short(text, low, high):
    (q,) = extract_text(text, "en")
    assert (q.kind, q.low, q.high) == ("year", low, high)


@pytest.mark.parametrize("text", ["in 2019/21", "Form 2019-17"])
def test_a_short_end_year_that_is_no_span_stays_two_figures(text):
    assert [q.kind for q in extract_text(text, "en")] != ["year"]


def test_a_power_of_ten_alone_is_its_value():
    qs = extract_text("It lasts more than 10^8 cycles; the error is 10^-3.", "en")
    assert [(q.value, q.qualifier) for q in qs] == [(Decimal("1e8"), "more-than"), (Decimal("0.001"), None)]


@pytest.mark.parametrize(("text", "value"), [
    ("Nearly six in ten voters agreed.", Decimal("0.6")), ("nine out of ten firms", Decimal("0.9")),
    ("One in five said no.", Decimal("0.2")), ("about one in 10,000 births", Decimal("0.0001")),
    ("one in 5 million people", Decimal("2e-7"))])
def test_n_in_m_is_a_fraction(text, value):
    (q,) = extract_text(text, "en")
    assert (q.kind, q.value) == ("fraction", value)


def test_n_in_m_with_a_numerator_not_below_the_denominator_is_no_fraction():
    assert [q.kind for q in extract_text("It won 5 in 3 races.", "en")] == ["count", "count"]


@pytest.mark.parametrize(("text", "want"), [
    ("The temperature hit 40.2C (104.4F).", [("degC", Decimal("40.2"), None), ("degF", Decimal("104.4"), None)]),
    ("Forecasters expect highs of 35-39C.", [("degC", None, (Decimal(35), Decimal(39)))]),
])
def test_a_temperature_without_its_degree_sign_near_a_word_of_weather(text, want):
    got = [(q.unit, q.value, (q.low, q.high) if q.value is None else None) for q in extract_text(text, "en")]
    assert got == want


@pytest.mark.parametrize("text", ["He lives in Room 10C.", "Gate 12C was cold.", "The hotel has 40C rooms."])
def test_a_letter_glued_to_a_figure_elsewhere_stays_a_code(text):
    assert all(q.unit not in ("degC", "degF") for q in extract_text(text, "en"))


@pytest.mark.parametrize(("text", "qualifier"), [
    ("flats smaller than 90 sq m", "less-than"), ("a value greater than 5", "more-than")])
def test_comparatives_hedge_a_figure(text, qualifier):
    (q,) = extract_text(text, "en")
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "want"), [
    ("150 countries and over 30 organisations signed.", [("150", None), ("over 30", "over")]),
    ("12 cities and over thirty towns", [("12", None), ("over thirty", "over")]),
    ("people aged 65 and over", [("65 and over", "at-least")]),
    ("children of 12 and under the age of consent", [("12", None)]),
])
def test_and_over_before_another_figure_hedges_that_figure(text, want):
    """"N nouns and over M": the "over" is M's hedge, not N's bound (as in "aged 65 and over")."""
    assert [(q.text, q.qualifier) for q in extract_text(text, "en")] == want


@pytest.mark.parametrize(("text", "want"), [
    ("It plans to double output.", [Decimal(2)]), ("Costs will more than triple.", [Decimal(3)]),
    ("The aim is to halve waste.", [Decimal("0.5")]),
    ("She booked a double room.", []), ("He won the triple jump.", []), ("Remember to double-check.", []),
])
def test_a_plain_multiplying_verb_after_to_or_a_modal(text, want):
    assert [q.value for q in extract_text(text, "en") if q.kind == "multiplier"] == want


@pytest.mark.parametrize(("text", "want"), [
    ('the "3+1+2" exam model', [("3", None), ("1", None), ("2", None)]),  # a formula, no "more than"
    ("young people aged 18+ may apply", [("18+", "plus")]),
    ("a 5 + 2 scheme", [("5", None), ("2", None)]),
])
def test_plus_sign_before_a_digit_is_no_hedge(text, want):
    assert [(q.text, q.qualifier) for q in extract_text(text, "en")] == want


@pytest.mark.parametrize("text, sub, value, unit", [
    ("He is 5 feet 11 inches tall.", "5 feet 11", "5.916666666666666666666666667", "foot"),
    ("It took 1 hour and 30 minutes.", "1 hour and 30", "1.5", "hour"),
    ("The baby weighed 7 pounds 1 ounce.", "7 pounds 1", "7.0625", "lb"),
    ("He ran 2 hours, 5 minutes.", "2 hours, 5", "2.083333333333333333333333333", "hour"),
])
def test_one_measure_in_two_units_is_one_figure(text, sub, value, unit):
    (q,) = extract_text(text, "en")
    assert (q.text, q.value, q.unit) == (sub, Decimal(value), unit)


@pytest.mark.parametrize("text", [
    "He is 5 feet 14 inches.",  # the smaller part is no part of the larger
    "It took 2 hours, then 30 minutes more.",  # words between the two
    "It took about 2 hours and roughly 30 minutes.",  # a hedge of its own
])
def test_two_measures_that_are_no_compound_stay_two(text):
    assert len(extract_text(text, "en")) == 2


@pytest.mark.parametrize(("text", "value"), [
    ("set aside 6 billon HKD", Decimal("6e9")), ("raised 2 millon yuan", Decimal("2e6")),
    ("a 3 milion dollar loan", Decimal("3e6")), ("5 trilion dollars", Decimal("5e12")),
    ("6 billion HKD", Decimal("6e9")),
])
def test_a_scale_word_misspelt_by_a_dropped_letter_is_read_as_meant(text, value):
    assert [q.value for q in extract_text(text, "en")] == [value]


def test_a_word_two_letters_from_a_scale_word_is_none():
    assert [q.value for q in extract_text("a 3 milon deal", "en")] == [Decimal(3)]

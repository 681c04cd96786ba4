"""The ``conversion`` check and the declared-rate finder, on hand-built text."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from northeast_text.checks.conversion import check_conversion, find_conversions, find_declared_rate
from northeast_text.model import AnnotatedPair, Note, Rate

from builders import Q, doc, severe_findings

RATE = Rate(base="USD", quote="CNY", value=D("7.14"), block="en-b0", text="1 USD to 7.14 RMB")


def rmb(text, sub, value, step, scale="billion", **kw):
    return Q(text, sub, "money", value, unit="CNY", scale=scale, step=step, **kw)


def usd(text, sub, value, step, scale="billion", **kw):
    return Q(text, sub, "money", value, unit="USD", scale=scale, step=step, **kw)


def noted(texts):
    """Blocks that are each one translator's note (the voice that declares a rate)."""
    notes = tuple(Note(id=f"n{i + 1}", kind="translator", block=f"en-b{i}", start=0, end=len(t), text=t)
                  for i, t in enumerate(texts))
    return doc(texts, notes=notes)


def check(analysis, rate=RATE):
    return check_conversion(AnnotatedPair(id="t", target=analysis, rate=rate), {})


# --------------------------------------------------------------------------
# the declared rate


@pytest.mark.parametrize("text, base, quote, value", [
    ("The exchange rate on December 20, 2023 is 1 USD to 7.14 RMB.", "USD", "CNY", "7.14"),
    ("All conversions use US$1 = RMB 6.90.", "USD", "CNY", "6.90"),
    ("Figures converted at US$1 = ¥7.10.", "USD", "CNY", "7.10"),
    ("Converted at 7.1 yuan to the dollar.", "USD", "CNY", "7.1"),
    ("We use an exchange rate of 7.14 throughout.", "USD", "CNY", "7.14"),
    ("本文按1美元兑7.14元人民币换算。", "USD", "CNY", "7.14"),
    ("Rates: 7.25 RMB per USD.", "USD", "CNY", "7.25"),
    ("At EUR 1 = RMB 7.80 the sum is large.", "EUR", "CNY", "7.80"),
])
def test_declared_rate_forms(text, base, quote, value):
    r = find_declared_rate(noted([text]))
    assert r is not None
    assert (r.base, r.quote, r.value) == (base, quote, D(value))
    assert r.block == "en-b0" and r.text in text


@pytest.mark.parametrize("text", [
    "548 billion RMB (approx. 76.7 billion USD) was transferred.",
    "Prices rose 7.14% in one year, 1 to 2 points more.",
    "The ratio was 2.5:1 by 2022.",
])
def test_no_rate_where_none_is_declared(text):
    assert find_declared_rate(noted([text])) is None


def test_explicit_rate_wins_over_bare_exchange_rate():
    texts = ["The exchange rate of 6.5 was long gone.", "Here 1 USD = 7.2 RMB."]
    r = find_declared_rate(noted(texts))
    assert r.value == D("7.2") and r.block == "en-b1"


@pytest.mark.parametrize("text", [
    "Both rates fell below the mark of USD $1 to RMB 7.0 as tensions escalated.",
    "双双跌破1美元兑人民币7.0元关口。",
])
def test_a_rate_quoted_in_the_article_is_content_not_a_declaration(text):
    assert find_declared_rate(doc([text])) is None


def test_the_rate_in_a_note_wins_over_one_quoted_in_the_article():
    texts = ["The yuan fell below US$1 = RMB 7.0 on Monday.", "Note: conversions at US$1 = RMB 7.14."]
    notes = (Note(id="n1", kind="translator", block="en-b1", start=0, end=len(texts[1]), text=texts[1]),)
    r = find_declared_rate(doc(texts, notes=notes))
    assert r.value == D("7.14") and r.block == "en-b1"


def test_a_huge_digit_run_in_a_note_is_no_rate():
    text = "Note: 1 USD = " + "7" * 10_000 + " RMB."
    assert find_declared_rate(noted([text])) is None


# --------------------------------------------------------------------------
# finding conversions

T1 = ("about 130 billion RMB (approx. 18.3 billion USD); 104.7 billion RMB – approx. 14.6 billion USD; "
      "(129 billion RMB = approx. 18.1 billion USD); 3.6 billion U.S. dollars (approx. 25.7 billion RMB)")


def t1_quantities():
    return [
        rmb(T1, "about 130 billion RMB", "130e9", "1e9", qualifier="about"),
        usd(T1, "approx. 18.3 billion USD", "18.3e9", "1e8", qualifier="approx"),
        rmb(T1, "104.7 billion RMB", "104.7e9", "1e8"),
        usd(T1, "approx. 14.6 billion USD", "14.6e9", "1e8", qualifier="approx"),
        rmb(T1, "129 billion RMB", "129e9", "1e9"),
        usd(T1, "approx. 18.1 billion USD", "18.1e9", "1e8", qualifier="approx"),
        usd(T1, "3.6 billion U.S. dollars", "3.6e9", "1e8"),
        rmb(T1, "approx. 25.7 billion RMB", "25.7e9", "1e8", qualifier="approx"),
    ]


def test_conversion_forms_are_found():
    convs = find_conversions(doc([T1], t1_quantities()))
    pairs = [(c.amount.text, c.converted.text) for c in convs]
    assert pairs == [
        ("about 130 billion RMB", "approx. 18.3 billion USD"),
        ("104.7 billion RMB", "approx. 14.6 billion USD"),
        ("129 billion RMB", "approx. 18.1 billion USD"),
        ("3.6 billion U.S. dollars", "approx. 25.7 billion RMB"),
    ]
    assert [c.to_currency for c in convs] == ["USD", "USD", "USD", "CNY"]


def test_two_figures_in_one_currency_are_no_conversion():
    text = "It made 16.5 billion RMB (and 34.1 billion RMB in taxes)."
    qs = [rmb(text, "16.5 billion RMB", "16.5e9", "1e8"), rmb(text, "34.1 billion RMB", "34.1e9", "1e8")]
    assert find_conversions(doc([text], qs)) == []


# --------------------------------------------------------------------------
# the check


def test_wrong_conversions_are_rate_with_implied_rate_and_expected():
    findings = check(doc([T1], t1_quantities()))
    loud = [f for f in findings if f.severity != "info"]
    assert [f.target_text for f in loud] == ["approx. 18.3 billion USD", "approx. 14.6 billion USD"]
    f = loud[0]
    assert f.kind == "rate" and f.data["implied_rate"] == "7.10" and f.data["rate"] == "7.14"
    assert f.expected == "approx. 18.2 billion USD"
    assert loud[1].expected == "approx. 14.7 billion USD"
    assert T1[f.target_span[0]:f.target_span[1]] == f.target_text
    assert f.source_block is None and f.target_block == "en-b0"
    ev = f.evidence  # the amount converted, the converted figure as read, the rate applied
    assert ev["rule"] == "conversion.rate" and ev["amount"]["text"] == "about 130 billion RMB"
    assert ev["target"]["value"] == "18300000000" and ev["expected_value"] == "18200000000"


def test_rate_rounding_is_allowed_for():
    # 548 / 7.14 = 76.75 -> 76.8, but 548 / 7.145 = 76.70: within the rate's own rounding
    text = "548 billion RMB (approx. 76.7 billion USD)"
    qs = [rmb(text, "548 billion RMB", "548e9", "1e9"), usd(text, "approx. 76.7 billion USD", "76.7e9", "1e8")]
    findings = check(doc([text], qs))
    assert all(f.severity == "info" for f in findings)
    # and a correct one gives nothing at all
    text2 = "250 billion RMB (approx. 35 billion USD)"
    qs2 = [rmb(text2, "250 billion RMB", "250e9", "1e9"), usd(text2, "approx. 35 billion USD", "35e9", "1e9")]
    assert check(doc([text2], qs2)) == []


@pytest.mark.parametrize("written, step", [("approx. 13.2 billion USD", "1e8"), ("approx. 13,200,000,000 USD", "1")])
def test_a_conversion_written_out_in_full_is_as_precise_as_with_its_scale_word(written, step):
    """A conversion is rounded: "USD 13,200,000,000" for 94.4 billion RMB at 7.14 is no more
    exact than "13.2 billion" (it was a rate warning); one off by more than its rounding still is one."""
    def findings(usd_text, value):
        text = f"94.4 billion RMB ({usd_text})"
        qs = [rmb(text, "94.4 billion RMB", "94.4e9", "1e8"), usd(text, usd_text, value, step, qualifier="approx")]
        return [f.kind for f in check(doc([text], qs)) if f.severity != "info"]

    assert findings(written, "13.2e9") == []
    assert findings(written.replace("13.2", "13.6").replace("13,200", "13,600"), "13.6e9") == ["rate"]


def test_range_conversion_checks_each_end():
    text = "6 to 7 trillion RMB (between 846 and 987 billion USD)"
    qs = [Q(text, "6 to 7 trillion RMB", "money", low="6e12", high="7e12", unit="CNY", scale="trillion",
            step="1e12"),
          Q(text, "between 846 and 987 billion USD", "money", low="846e9", high="987e9", unit="USD",
            scale="billion", step="1e9")]
    findings = check(doc([text], qs))
    assert [(f.kind, f.target_text) for f in findings] == [("rate", "between 846"), ("rate", "987 billion USD")]
    assert findings[0].data["implied_rate"] == "7.09"


def test_range_split_by_the_engine_is_joined():
    text = "a one-off allowance of RMB 30,000–50,000 (US$4,138–6,897)"
    qs = [Q(text, "RMB 30,000", "money", 30000, unit="CNY", step=1),
          Q(text, "50,000", "count", 50000, step=1),
          Q(text, "US$4,138", "money", 4138, unit="USD", step=1),
          Q(text, "6,897", "count", 6897, step=1)]
    rate = Rate(base="USD", quote="CNY", value=D("7.25"))
    convs = find_conversions(doc([text], qs))
    assert len(convs) == 1 and convs[0].converted.low == 4138 and convs[0].converted.high == 6897
    assert check(doc([text], qs), rate) == []


def test_conversion_off_by_a_thousand_is_scale():
    text = "3.2553 trillion RMB (approx. 456 million USD)"
    qs = [rmb(text, "3.2553 trillion RMB", "3.2553e12", "1e8", scale="trillion"),
          usd(text, "approx. 456 million USD", "456e6", "1e6", scale="million")]
    [f] = check(doc([text], qs))
    assert f.kind == "scale" and f.severity == "error"
    assert f.data["ratio"] == 1000 and f.data["power"] == -3
    assert f.expected == "approx. 456 billion USD"


def test_reverse_direction_usd_to_rmb():
    text = "3.6 billion U.S. dollars (approx. 27.5 billion RMB)"
    qs = [usd(text, "3.6 billion U.S. dollars", "3.6e9", "1e8"),
          rmb(text, "approx. 27.5 billion RMB", "27.5e9", "1e8")]
    [f] = check(doc([text], qs))
    assert f.kind == "rate" and f.expected == "approx. 25.7 billion RMB"
    assert f.data["implied_rate"] == "7.64"


def test_clearly_wrong_is_error_small_slip_is_warning():
    text = "500 billion RMB (approx. 70.5 billion USD) and 400 billion RMB (approx. 60 billion USD)"
    qs = [rmb(text, "500 billion RMB", "500e9", "1e9"), usd(text, "approx. 70.5 billion USD", "70.5e9", "1e8"),
          rmb(text, "400 billion RMB", "400e9", "1e9"), usd(text, "approx. 60 billion USD", "60e9", "1e9")]
    sev = [f.severity for f in check(doc([text], qs))]
    assert sev == ["warning", "error"]


def test_without_any_rate_only_scale_outliers_against_the_texts_own_rate():
    text = ("10 billion RMB (approx. 1.4 billion USD), 20 billion RMB (approx. 2.8 billion USD), "
            "30 billion RMB (approx. 4.2 billion USD), 40 billion RMB (approx. 5.7 million USD)")
    qs = []
    for a, b in (("10", "1.4"), ("20", "2.8"), ("30", "4.2")):
        qs.append(rmb(text, f"{a} billion RMB", f"{a}e9", "1e9"))
        qs.append(usd(text, f"approx. {b} billion USD", f"{b}e9", "1e8"))
    qs.append(rmb(text, "40 billion RMB", "40e9", "1e9"))
    qs.append(usd(text, "approx. 5.7 million USD", "5.7e6", "1e5", scale="million"))
    findings = check(doc([text], qs), rate=None)
    assert [(f.kind, f.target_text) for f in findings] == [("scale", "approx. 5.7 million USD")]
    assert findings[0].data.get("rate_inferred") is True


@pytest.mark.parametrize("usd_text, usd_value, step, scale, want", [
    ("approx. 840 million USD", "840e6", "1e6", "million", []),  # 7.14 yuan to the dollar
    ("approx. 1.2 billion USD", "1.2e9", "1e8", "billion", []),  # 5 yuan: the 1990s, no finding
    ("approx. 84 million USD", "84e6", "1e6", "million", [("scale", "warning", "approx. 840 million USD")]),
    ("approx. 8.4 billion USD", "8.4e9", "1e8", "billion", [("scale", "warning", "approx. 840 million USD")]),
    ("approx. 400 million USD", "400e6", "1e6", "million", []),  # 15 yuan: wrong, but no power of ten off
])
def test_a_lone_conversion_without_a_rate_is_checked_against_every_rate_the_currencies_had(
        usd_text, usd_value, step, scale, want):
    text = f"6 billion RMB ({usd_text})"
    qs = [rmb(text, "6 billion RMB", "6e9", "1e9"), usd(text, usd_text, usd_value, step, scale=scale)]
    findings = check(doc([text], qs), rate=None)
    assert [(f.kind, f.severity, f.expected) for f in findings] == want
    assert all(f.data.get("rate_band") for f in findings)


def test_a_lone_conversion_in_a_currency_without_a_band_is_not_checked():
    text = "6 billion RMB (approx. 84 billion RUB)"
    qs = [rmb(text, "6 billion RMB", "6e9", "1e9"), Q(text, "approx. 84 billion RUB", "money", "84e9", unit="RUB",
                                                      scale="billion", step="1e9")]
    assert check(doc([text], qs), rate=None) == []


def test_translation_only_pipeline_still_checks_conversions(tmp_path):
    try:
        from northeast_text.pipeline import annotate_files
        from northeast_text.settings import Settings
    except ImportError as exc:
        pytest.skip(str(exc))
    en = tmp_path / "en.md"
    en.write_text("Conversions use 1 USD to 7.14 RMB.\n\nJilin got about 130 billion RMB "
                  "(approx. 18.3 billion USD) a year.\n", "utf-8")
    pair = annotate_files(None, en, Settings(translation_only=True))
    assert pair.source is None and pair.rate is not None and pair.rate.value == D("7.14")
    rates = [f for f in pair.findings if f.kind == "rate"]
    assert len(rates) == 1 and rates[0].target_text.endswith("18.3 billion USD")
    assert rates[0].source_block is None


# --------------------------------------------------------------------------
# a rate given in a conversion's own remark

ZH_GDP = "2024年，全市实现地区生产总值1.2万亿元，同比增长5.3%。\n"


@pytest.mark.parametrize("remark", [
    "(about US$169 billion at 7.1 yuan to the dollar)",
    "(about US$169 billion; US$1 = 7.1 yuan)",
    "(roughly US$169 billion, converted at an exchange rate of 7.1)",
])
def test_a_rate_given_with_a_conversion_is_the_translators_not_a_figure(tmp_path, remark):
    en = f"In 2024, the city's GDP reached 1.2 trillion yuan {remark}, up 5.3% year on year.\n"
    assert severe_findings(tmp_path, ZH_GDP, en) == []


def test_the_rate_given_with_a_conversion_checks_it():
    text = "Output was 1.2 trillion yuan (about US$190 billion; US$1 = 7.1 yuan) last year."
    qs = [rmb(text, "1.2 trillion yuan", "1.2e12", "1e11", scale="trillion"),
          usd(text, "about US$190 billion", "190e9", "1e10", qualifier="about")]
    analysis = doc([text], qs)
    declared = find_declared_rate(analysis)
    assert declared is not None and (declared.value, declared.text) == (D("7.1"), "US$1 = 7.1 yuan")
    findings = check(analysis, rate=declared)
    assert [(f.kind, f.severity, f.expected) for f in findings] == [("rate", "error", "about US$169 billion")]


def test_a_conversions_own_rate_wins_over_the_documents_but_not_over_the_users():
    text = ("Sales were 100 billion yuan (US$14 billion at 7.1 yuan to the dollar), "
            "and 200 billion yuan (approx. 28.2 billion USD) a year later.")
    qs = [rmb(text, "100 billion yuan", "100e9", "1e9"), usd(text, "US$14 billion", "14e9", "1e9"),
          rmb(text, "200 billion yuan", "200e9", "1e9"), usd(text, "approx. 28.2 billion USD", "28.2e9", "1e8")]
    analysis = doc([text], qs)
    document_rate = Rate(base="USD", quote="CNY", value=D("7.1"), block="en-b0", text="at 7.1 yuan to the dollar")
    assert check(analysis, rate=document_rate) == []  # 200 / 7.1 = 28.2
    stated = Rate(base="USD", quote="CNY", value=D("6.5"), block="en-b1", text="1 USD to 6.5 RMB")
    assert [f.target_text for f in check(analysis, rate=stated)] == ["approx. 28.2 billion USD"]  # 14 at its own 7.1
    user = Rate(base="USD", quote="CNY", value=D("6.5"))  # --rate: every conversion at the user's rate
    assert [f.target_text for f in check(analysis, rate=user)] == ["US$14 billion", "approx. 28.2 billion USD"]


def test_a_rate_beyond_the_conversions_remark_is_no_declaration():
    text = "Output was 1.2 trillion yuan (US$169 billion). The yuan later traded at 7.3 yuan to the dollar."
    qs = [rmb(text, "1.2 trillion yuan", "1.2e12", "1e11", scale="trillion"),
          usd(text, "US$169 billion", "169e9", "1e9")]
    assert find_declared_rate(doc([text], qs)) is None

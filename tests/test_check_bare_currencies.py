"""A figure with a bare 元 given with a bare "$" (0.5.18): one slip, one `unit` warning, not a
figure dropped and another added; silent where the pair says the 元 is a dollar (港元, 新台币,
"HK$", "NT$" named, or the original in Traditional characters).  The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from builders import every, loud


def _pair(zh: str, en: str):
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    return pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))


@pytest.mark.parametrize("zh,en,src,tgt", [
    ("这款手机售价3999元。", "The phone sells for $3,999.", "3999元", "$3,999"),
    ("该公司去年营收达到500亿元。", "The company's revenue reached $50 billion last year.", "500亿元", "$50 billion"),
    ("门票每张120元，学生半价。", "Tickets cost $120 each, half price for students.", "120元", "$120"),
])
def test_a_bare_yuan_given_as_a_bare_dollar_is_one_unit_warning(zh, en, src, tgt):
    assert loud(zh, en) == [("unit", src, tgt)]
    unit = next(f for f in _pair(zh, en).findings if f.kind == "unit")
    assert (unit.severity, unit.data["source_unit"], unit.data["target_unit"]) == ("warning", "CNY", "USD")
    assert "CNY" in unit.message and "USD" in unit.message


@pytest.mark.parametrize("zh,en", [
    # a dollar Chinese also calls 元, named elsewhere in the pair: the bare ones are that dollar
    ("门票售价120元，去年为100港元。", "Tickets cost $120, up from HK$100 last year."),
    ("这款手机在台湾售价3999元，去年为新台币3000元。", "The phone sells for $3,999 in Taiwan, up from NT$3,000."),
    # an original in Traditional characters (Taiwan, Hong Kong)
    ("這款手機在台灣售價3999元。", "The phone sells for $3,999 in Taiwan."),
])
def test_a_bare_yuan_and_a_bare_dollar_agree_where_the_pair_names_a_yuan_dollar(zh, en):
    assert loud(zh, en) == []
    assert [k for k, *_ in every(zh, en) if k in ("unit", "missing-number", "extra-number")] == []


def test_other_amounts_and_named_currencies_are_judged_as_before():
    # a different amount: a figure dropped and one added, no unit slip read into it
    assert sorted(k for k, *_ in loud("这款手机售价3999元。", "The phone sells for $4,999.")) \
        == ["extra-number", "missing-number"]
    # the currency named on both sides: the unit slip as before
    assert loud("这款手机售价3999元人民币。", "The phone sells for US$3,999.") \
        == [("unit", "3999元人民币", "US$3,999")]
    # the right currency: nothing
    assert loud("这款手机售价3999元。", "The phone sells for 3,999 yuan.") == []


def test_each_bare_yuan_meets_the_dollar_figure_of_its_own_value():
    got = loud("手机售价3999元，耳机售价199元。", "The phone sells for $3,999 and the earphones for $199.")
    assert sorted(got) == [("unit", "199元", "$199"), ("unit", "3999元", "$3,999")]

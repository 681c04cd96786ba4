"""A name kept in Latin letters on both sides, spelt differently (checks/latin.py, rule
``entity.latin_spelling``).  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from northeast_text.checks.latin import _key, _near

from builders import loud


@pytest.mark.parametrize("zh, en, src, tgt", [
    ("据英国NHS统计，候诊人数超过700万。", "According to the NHT, more than 7 million people are waiting.",
     "NHS", "NHT"),
    ("分析师Kowalczyk认为，该股被低估。", "Analyst Kowalczik believes the stock is undervalued.",
     "Kowalczyk", "Kowalczik"),
    ("该航空公司订购了20架A321客机。", "The airline has ordered 20 A320 aircraft.", "A321", "A320"),
])
def test_a_latin_name_spelt_otherwise_is_a_garbled_warning(zh, en, src, tgt):
    assert ("entity", src, tgt) in loud(zh, en)


@pytest.mark.parametrize("zh, en", [
    ("据英国NHS统计，候诊人数超过700万。", "According to the NHS, more than 7 million people are waiting."),
    ("苹果发布了新款iPhone和iPad。", "Apple released new iPhones and iPads."),  # a plural
    ("Daniels的律师表示将上诉。", "Daniels's lawyer said she would appeal."),  # a possessive
    ("Covid-19疫情仍在蔓延。", "The COVID-19 pandemic is still spreading."),  # case
    ("NBA和WNBA的球员都参加了活动。", "Players from the NBA and the WNBA took part."),
    # a name the translation writes in full, and another word near it that is no rendering of it
    ("该报告由OECD发布。", "The report was published by the Organisation for Economic Co-operation and Development "
                         "in its OCED series."),
    ("他用Python和Java编程。", "He programs in Python and Javascript."),  # Java is no one edit from Javascript
    ("他在CNN和CNBC都工作过。", "He has worked at both CNN and CNBC."),
])
def test_latin_names_kept_or_not_near_are_silent(zh, en):
    assert [f for f in loud(zh, en) if f[0] == "entity"] == []


def test_near_and_keys():
    assert _near("nhs", "nts") and _near("tsouvallaris", "bouvallaris")
    assert not _near("a321", "abcd") and not _near("java", "javascript")
    assert _key("iPhones") == "iphone" and _key("NHS") == "nhs" and _key("BBC's") == "bbc"

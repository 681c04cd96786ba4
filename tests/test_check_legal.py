"""Correct translations of Chinese legal texts (laws, contracts, judgments, notices)
into English that a check misread, and slips it missed, from a blind probe, through
the whole pipeline.

Each class is written fresh for this test (a bound a rule sets, 不得低于 / "shall not
be lower than"; a bound reversed, 不足 as "more than"; a hedge before a figure written
in words and digits, "more than ninety (90) days", and the two halves of such a figure
disagreeing; the articles, paragraphs and items a law numbers, 第二款 / "paragraph 2",
第（五）项 / "item (5)", "Art. 32(1)(ii)"; the number of a case, （2023）京01民初123号;
a rate per ten thousand, 万分之五, as a percentage; a date's year changed; a change
"from X to Y" with one end changed; 不满 "less than"), with a counter-case that must
still be reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.numbers import extract_text

from builders import read_figures as _read
from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


@pytest.mark.parametrize(("text", "lang", "read"), [
    # a bound negated is the other bound
    ("不得低于5%", "zh", [("不得低于5%", "percent", 5, "at-least")]),
    ("未超过三年", "zh", [("未超过三年", "count", 3, "up-to")]),
    ("超过三年", "zh", [("超过三年", "count", 3, "more-than")]),
    ("不满三年", "zh", [("不满三年", "count", 3, "less-than")]),
    ("shall not be lower than 5%", "en", [("not be lower than 5%", "percent", 5, "at-least")]),
    ("not exceeding RMB 3 million", "en", [("not exceeding RMB 3 million", "money", 3000000, "up-to")]),
    ("where the delay exceeds 30 days", "en", [("exceeds 30", "count", 30, "more-than")]),
    # the parts of a law are labels (ordinals)
    ("第一百二十四条第一款第（五）项", "zh",
     [("第一百二十四", "ordinal", 124, None), ("第一", "ordinal", 1, None), ("第（五）", "ordinal", 5, None)]),
    ("Article 124, paragraph 1, item (5)", "en",
     [("124", "ordinal", 124, None), ("1", "ordinal", 1, None), ("5", "ordinal", 5, None)]),
    ("Art. 32(1)(ii), Articles 266, 67(3) and 52", "en",
     [("32", "ordinal", 32, None), ("1", "ordinal", 1, None), ("ii", "ordinal", 2, None),
      ("266", "ordinal", 266, None), ("67", "ordinal", 67, None), ("3", "ordinal", 3, None),
      ("52", "ordinal", 52, None)]),
    # the number of a case or a document after its bracketed year is a label; a day is a date
    ("（2023）京01刑初123号，深市监罚〔2024〕36号", "zh",
     [("2023", "year", 2023, None), ("01", "count", 1, None), ("123", "ordinal", 123, None),
      ("2024", "year", 2024, None), ("36", "ordinal", 36, None)]),
    ("2024年3月5号开庭", "zh", [("2024年3月5号", "date", 20240305, None)]),
    # a sum in yuan, jiao and fen (or dollars and cents) is one sum
    ("人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分，票价12元5角", "zh",
     [("人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "money", "234567.89", None), ("12元5角", "money", "12.5", None)]),
    ("five hundred yuan and eighty-nine fen, ten dollars and fifty cents, 300 yuan and 20 people", "en",
     [("five hundred yuan and eighty-nine fen", "money", "500.89", None),
      ("ten dollars and fifty cents", "money", "10.5", None), ("300 yuan", "money", 300, None),
      ("20", "count", 20, None)]),
    ("shall in no case exceed 90 days", "en", [("90", "count", 90, None)]),
    # the date a contract is signed, in its formula
    ("signed on this 15th day of August, 2024", "en", [("15th day of August, 2024", "date", 20240815, None)]),
    ("five ten-thousandths of the price, three thousandths", "en",
     [("five ten-thousandths", "fraction", "0.0005", None), ("three thousandths", "fraction", "0.003", None)]),
    # a list after a singular label, a bracketed figure after a count, a Roman numeral in prose: no labels
    ("Article 5, 20 people and (ii) nothing", "en", [("5", "ordinal", 5, None), ("20", "count", 20, None)]),
])
def test_legal_bounds_and_parts_are_read(text, lang, read):
    assert [(t, k, v, q) for t, k, v, q in _read(text, lang)] == [(t, k, Decimal(v), q) for t, k, v, q in read]


def test_a_figure_in_words_and_digits_is_one_figure():
    [q] = extract_text("delayed by more than ninety (90) days", "en")
    assert (q.text, q.value, q.unit, q.qualifier) == ("more than ninety (90)", 90, "day", "more-than")
    [q] = extract_text("three (3) years", "en")
    assert (q.text, q.unit) == ("three (3)", "year")
    # halves that disagree stay two figures, each counting the noun
    words, digits = extract_text("delayed by more than ninety (80) days", "en")
    assert (words.value, words.unit, digits.value, digits.unit, digits.qualifier) == (90, "day", 80, "day", None)


@pytest.mark.parametrize(("zh", "en"), [
    ("逾期超过90日的，买受人有权解除合同。",
     "Where delivery is delayed by more than ninety (90) days, the Buyer may rescind."),
    ("住房公积金缴存比例不得低于5%，不得高于12%。",
     "The contribution rate of the housing fund shall not be lower than 5% and shall not exceed 12%."),
    ("有期徒刑的缓刑考验期限为原判刑期以上五年以下，但是不能少于一年。",
     "The probation period shall be not less than the original term and not more than five years, "
     "but shall not be less than one year."),
    ("劳动合同期限一年以上不满三年的，试用期不得超过二个月。",
     "Where the term is not less than one year but less than three years, the probation period shall not "
     "exceed two months."),
    ("违法行为在二年内未被发现的，不再给予行政处罚。",
     "No penalty shall be imposed where an unlawful act is not discovered within two years."),
    ("依照行政处罚法第三十二条第一款第（二）项的规定处理。",
     "It shall be handled pursuant to Art. 32(1)(ii) of the Administrative Penalty Law."),
])
def test_correct_legal_texts_are_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind", "severity"), [
    # a bound reversed
    ("货值金额不足一万元的，并处五万元以上十万元以下罚款。",
     "Where the value is more than RMB 10,000, a fine of not less than RMB 50,000 but not more than "
     "RMB 100,000 shall also be imposed.", "approximation", "warning"),
    ("处五日以上十日以下拘留。", "He shall be detained for not less than five days but not less than ten days.",
     "approximation", "warning"),
    ("劳动合同期限为三年。", "The term of the contract is less than three years.", "approximation", "warning"),
    # a paragraph or an item of an article changed
    ("将第十条第二款中的“三十日”修改为“十五日”。",
     "In paragraph 3 of Article 10, \"thirty days\" is replaced by \"fifteen days\".", "value", "warning"),
    ("根据食品安全法第一百二十四条第一款第（五）项的规定，没收违法所得。",
     "Pursuant to Article 124, paragraph 1, item (3) of the Food Safety Law, the illegal gains are confiscated.",
     "value", "warning"),
    # a term of a sentence in words and digits changed
    ("判处有期徒刑三年六个月。", "He is sentenced to three (3) years and three (3) months' imprisonment.",
     "value", "warning"),
    # the two halves of a figure in words and digits disagree
    ("乙方应当提前三十日以书面形式通知甲方。", "Party B shall give Party A thirty (20) days' prior written notice.",
     "value", "error"),
    # the number of a case changed
    ("（2023）京01刑初123号", "(2023) Jing 01 Xing Chu No. 132", "value", "error"),
    # a rate per ten thousand as a percentage, or per thousand
    ("乙方应按逾期金额每日万分之五支付违约金。",
     "Party B shall pay liquidated damages of 0.5% of the overdue amount per day.", "scale", "error"),
    ("按价款的万分之五支付违约金。", "Liquidated damages at five thousandths of the price shall be paid.",
     "scale", "error"),
    ("本合同于2024年8月15日在上海签订。", "This Contract is signed in Shanghai on this 16th day of August, 2024.",
     "value", "error"),
    ("合同价款为人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分（¥234,567.89）。",
     "The contract price is RMB 234,567.89 (Renminbi two hundred and thirty-four thousand five hundred and "
     "sixty-seven yuan and ninety-eight fen).", "value", "warning"),
    # the year of entry into force changed
    ("本法自2019年8月20日起施行。", "This Law shall come into force on 20 August 2020.", "value", "error"),
    # a change "from X to Y", one end changed: after a verb of change the two levels are two figures
    # (0.5.18, post hoc), each paired with its own, so the transposed digits are an error as anywhere
    ("月最低工资标准由2,420元调整为2,540元。", "The monthly minimum wage is raised from RMB 2,420 to RMB 2,450.",
     "value", "error"),
])
def test_legal_slips_are_reported(tmp_path, zh, en, kind, severity):
    assert (kind, severity) in {(k, s) for k, s, _ in check(tmp_path, zh, en)}


def test_a_retold_ordinal_stays_minor(tmp_path):
    # 第二次 as "3rd time": a count retold, not a numbered part of a law
    assert check(tmp_path, "这是他第二次来北京。", "It was his 3rd time in Beijing.") == []


def test_an_occasion_counted_on_both_sides_is_a_warning_not_an_error(tmp_path):
    # 第二次 as "3rd visit": both sides count the same occasion (placings.json, since 0.5.12), a
    # likelihood; still no numbered part of a law, which would be certain
    assert check(tmp_path, "这是他第二次来北京。", "It was his 3rd visit to Beijing.") == [("value", "warning", "3rd")]


def test_a_vague_figure_stressed_is_no_bound_reversed(tmp_path):
    # 上千艘 (a thousand or more) as "as many as a thousand": emphasis, not an upper bound
    assert check(tmp_path, "江面上曾有上千艘船。", "There were once as many as a thousand boats on the river.") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("乙方应当提前三十日以书面形式通知甲方。", "Party B shall give Party A thirty (30) days' prior written notice."),
    ("乙方应按逾期金额每日万分之五支付违约金。",
     "Party B shall pay liquidated damages of 0.05% of the overdue amount per day."),
    ("按价款的万分之五支付违约金。", "Liquidated damages at five ten-thousandths of the price shall be paid."),
    ("（2024）粤03民终2456号", "(2024) Yue 03 Min Zhong No. 2456"),
    ("月最低工资标准由2,420元调整为2,540元。", "The monthly minimum wage is raised from RMB 2,420 to RMB 2,540."),
    # a range the source states as a range, beside one of its ends: no change read
    ("罚款3万元至5万元，其中3万元已缴纳。", "A fine of RMB 30,000 to 50,000, of which RMB 30,000 has been paid."),
    ("合同价款为人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分（¥234,567.89）。",
     "The contract price is RMB 234,567.89 (Renminbi two hundred and thirty-four thousand five hundred and "
     "sixty-seven yuan and eighty-nine fen)."),
    ("期限最长不超过九十日。", "The time limit shall in no case exceed 90 days."),
    # a decimal in words the engine does not read whole is no second half that disagrees
    ("年利率为百分之零点五。", "The annual interest rate shall be zero point five per cent (0.5%)."),
])
def test_correct_legal_figures_are_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []

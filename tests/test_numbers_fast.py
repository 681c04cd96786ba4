"""The shortcuts of the number engine give what the full machinery gives.

- a text without a hint of a dedicated pattern skips the dedicated steps
  (``zh._dedicated``): running every step on it claims nothing either;
- a plain run of Arabic digits is read without ``parse_numeral``
  (``zh._read``): the value, step and scale word are the ones it gives;
- the language's reader is looked up once (``numbers._reader``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from northeast_text.numbers import extract_text, zh
from northeast_text.numbers.core import Cand, Claimed
from northeast_text.numbers.normalise import normalise

# the hints themselves, digits, numerals, units and plain letters
ALPHABET = "0123456789一二三十百千万亿年月日号时点分秒之百半成比第番数以民国世纪后-·/.:^ 甲乙元个%季度QH"


def _claims(step, t: str) -> list[tuple]:
    cands: list[Cand] = []
    claimed = Claimed()

    def claim(c: Cand) -> None:
        cands.append(c)
        claimed.append((c.start, c.end))

    step(t, claim, claimed)
    return [(c.start, c.end, c.kind, c.value, c.low, c.high, c.unit, c.when) for c in cands]


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET, max_size=14))
def test_dedicated_hint_skips_only_texts_no_step_claims_from(text):
    t = normalise(text).text
    assert _claims(zh._dedicated, t) == _claims(zh._dedicated_steps, t)


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", min_size=1, max_size=24))
def test_plain_digits_read_as_parse_numeral_reads_them(digits):
    m = zh._NUMERAL_RE.search(digits)
    c = zh._read(digits, m)
    value, step = zh.parse_numeral(m.group())
    assert (c.value, c.step, c.scale, c.qualifier) == (value, step, zh._scale_word(m.group()), None)
    assert c.extra == {"arabic": True, "placed": len(m.group()) > 1}


# one text per hint that a dedicated step claims from with no other hint in it
@pytest.mark.parametrize("text", [
    "1/2/1888", "1.2.1888", "1888-03-05", "7·15", "二〇二〇年", "90后", "二十世纪", "5日", "3号", "15:43", "9时",
    "下午3点", "25秒33", "3×10^8", "百分之五", "百分百", "三分之一", "一半", "数以万计", "翻两番", "第三", "3比1",
    "三成", "七十有三", "一季度", "Q3", "H1",
])
def test_every_hint_lets_its_step_claim(text):
    t = normalise(text).text
    assert _claims(zh._dedicated_steps, t)
    assert _claims(zh._dedicated, t) == _claims(zh._dedicated_steps, t)


def test_no_hint_no_dedicated_claim():
    assert _claims(zh._dedicated, "甲 1") == []
    assert _claims(zh._dedicated, "2020年") == [(0, 5, "year", Decimal(2020), None, None, None, "2020")]


def test_reader_by_language_prefix():
    assert [q.value for q in extract_text("3万人", "zh-Hans")] == [Decimal(30000)]
    assert [q.value for q in extract_text("3 million people", "en-GB")] == [Decimal(3000000)]
    with pytest.raises(ValueError, match="unsupported language"):
        extract_text("3", "fr")


def test_a_text_met_again_is_read_once_and_given_its_own_block(monkeypatch):
    """extract_blocks reads each short text once (a list or subtitle file repeats
    its lines); the quantities are those extract finds, with each block's id."""
    from northeast_text import numbers
    from northeast_text.model import Block

    texts = ["增长5.3%，达到3.0万亿元。", "增长5.3%，达到3.0万亿元。", "甲 1", "增长5.3%，达到3.0万亿元。", "甲 1",
             "长" * (numbers.MEMO_CHARS + 1) + "3万元", "长" * (numbers.MEMO_CHARS + 1) + "3万元"]
    blocks = [Block(id=f"zh-b{i}", n=i, lang="zh", role="p", text=t) for i, t in enumerate(texts)]
    expected = [numbers.extract(b) for b in blocks]
    calls: list[str] = []
    real = numbers.extract_text

    def counting(text, lang, block_id=""):
        calls.append(text)
        return real(text, lang, block_id)

    monkeypatch.setattr(numbers, "extract_text", counting)
    got = list(numbers.extract_blocks(blocks))
    assert got == expected
    assert [q.block for q in got[3]] == ["zh-b3", "zh-b3"]
    # two short texts read once each; the long one (over MEMO_CHARS) every time
    assert sorted(calls) == sorted([texts[0], texts[2], texts[5], texts[5]])


# -- issue 11, 0.5.15: the text cut at its dropped spaces; hint words in long texts ------------------

def _kept_char_by_char(text: str, spaces: set[int]) -> tuple:
    """What ``normalise`` built before ``_without``: the kept characters one by one."""
    from northeast_text.numbers.normalise import _TABLE

    mapped = text.translate(_TABLE)
    kept = tuple(i for i in range(len(text)) if i not in spaces)
    return "".join(mapped[i] for i in kept), kept, tuple(i + 1 for i in kept), len(text)


@pytest.mark.parametrize("text", ["甲 1", " 甲 17 乙", "甲  2023 年", "  ", "a b", "末尾 "])
def test_without_cuts_the_text_as_char_by_char_did(text):
    from northeast_text.numbers.normalise import _TABLE, _without

    spaces = {i for i, ch in enumerate(text) if ch == " "}
    got = _without(text.translate(_TABLE), spaces)
    assert (got.text, got.starts, got.ends, got.length) == _kept_char_by_char(text, spaces)


@settings(max_examples=300)
@given(st.text(alphabet="甲 1２万年代。 ", max_size=16))
def test_han_spaces_dropped_as_char_by_char(text):
    from northeast_text.numbers.normalise import _HAN_SPACE

    spaces = {i for m in _HAN_SPACE.finditer(text) for i in range(*m.span())}
    norm = normalise(text, han_spaces=True)
    if spaces and not text.isascii():
        assert (norm.text, norm.starts, norm.ends, norm.length) == _kept_char_by_char(text, spaces)


def test_literals_find_a_word_in_short_and_long_texts_alike():
    from northeast_text.numbers.en import Literals

    words = Literals(["doubl", "B.E.", "twice"])
    for filler in ("", "x " * 3000):  # a short text (the pattern) and a long one (word by word)
        assert words.search(filler + "it doubled") and words.search("2569 B.E. " + filler)
        assert not words.search(filler + "BxEx and tw ice")  # the dot is a dot, no wildcard
    assert Literals([]).search("anything") is None
    assert len("x " * 3000) > Literals.LONG


@settings(max_examples=400)
@given(st.text(alphabet="0123456789 +()-.", min_size=1, max_size=24), st.data())
def test_phone_group_gate_skips_only_texts_the_pattern_cannot_match(text, data):
    """A telephone number needs a trunk prefix 0 or a country code +: a text with neither skips
    the pattern (0.5.15) and is answered as the pattern answers."""
    from northeast_text.numbers.core import _PHONE_RE, _in_phone_number

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    plain = " " in text and any(m.start() <= start and end <= m.end() for m in _PHONE_RE.finditer(
        text, max(0, start - 24), min(len(text), end + 24)))
    assert _in_phone_number(text, start, end) == plain


def test_phone_groups_still_codes():
    from northeast_text.numbers.core import is_code

    for text in ("call 021 644 83 46 now", "+41 21 644 83 46"):
        start = text.index("644")
        assert is_code(text, start, start + 3)
    assert not is_code("ab 12345", 3, 8)

"""A false alarm of the held-out half of the second span of part 6 of the WMT18 en-zh probe
(docs/evaluation.md "WMT18 news, en-zh release, part 6"), fixed after the blind run (post hoc),
with the slips of the same shape that must still be reported.  The sentences are written for these
tests; none is taken from the probed texts."""

from __future__ import annotations

from decimal import Decimal as D

from northeast_text.numbers import extract_text

from builders import loud

# --- a length in metres written with a glued "m", beside the same length in another unit --------
# ("38ft (11.5m)", "40m (131ft)": the glued "m" is millions or metres; the length in feet, miles or
# inches next to it, one in brackets after the other and the two the same length within 5 %, says
# metres: numbers.en._metres_beside_a_length)


def _read(en: str) -> list[tuple[str, D | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_text(en, "en")]


def test_a_glued_m_in_brackets_after_feet_is_metres():
    assert _read("a 38ft (11.5m) yacht") == [("38ft", D("38"), "foot"), ("11.5m", D("11.5"), "m")]
    assert _read("a 38 ft (11.5m) yacht")[1] == ("11.5m", D("11.5"), "m")
    assert _read("a 40m (about 131ft) tower")[0] == ("40m", D("40"), "m")
    assert _read("a 2m (6.5ft) player")[0] == ("2m", D("2"), "m")


def test_millions_stay_millions():
    # money in brackets, a length that is not the same, a word between that is no unit's
    assert _read("sold for £11.5m ($15m)")[0][1:] == (D("11500000"), "GBP")
    assert _read("a 120ft yacht (11.5m)")[1] == ("11.5m", D("11500000"), None)
    assert _read("a 38ft (15.5m) yacht")[1] == ("15.5m", D("15500000"), None)
    assert _read("The club paid 11.5m last year.")[0][1:] == (D("11500000"), None)


YACHT_ZH = "这艘游艇长 38 英尺（11.5 米），重 6 吨。"


def test_the_same_length_in_both_units_is_silent():
    assert loud(YACHT_ZH, "The yacht is 38ft (11.5m) long and weighs six tonnes.") == []
    assert loud(YACHT_ZH, "The yacht is 38 ft (11.5m) long and weighs six tonnes.") == []
    assert loud("这艘游艇长 38 英尺，重 6 吨。", "The yacht is 38ft (11.5m) long and weighs six tonnes.") == []
    assert loud("这座塔高 40 米。", "The tower is 40m (131ft) tall.") == []


def test_a_length_changed_is_still_reported():
    assert loud(YACHT_ZH, "The yacht is 38ft (15.5m) long and weighs six tonnes.") \
        == [("extra-number", "", "15.5m")]
    assert loud(YACHT_ZH, "The yacht is 48ft (14.6m) long and weighs six tonnes.") \
        == [("value", "38 英尺", "48ft"), ("value", "11.5 米", "14.6m")]
    assert loud("这座塔高 50 米。", "The tower is 40m (131ft) tall.") == [("value", "50 米", "40m")]

"""False alarms found on news written in English and translated into Chinese, the WMT23 general
test set en-zh (docs/evaluation.md "WMT23 general test, en-zh"), one class a test, each with a
counter-case that must still be reported.  The sentences are written for these tests; none is
taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- a city and the part of it written after it (多伦多中城), said in one English name ----------


def test_a_city_part_after_its_city_is_said_in_the_city_name():
    # 中城 / 下城 were a place of their own, paired with the street the English names beside them
    assert loud("多伦多中城的一家书店本周停业。",
                "A bookshop in midtown Toronto, on Yonge Street, closed this week.") == []
    assert loud("曼哈顿下城一条小街上的一家老面包店本周停业。",
                "An old bakery on a side street off Greenwich Street in Lower Manhattan closed this week.") == []
    assert loud("纽约中城的一家书店本周停业。",
                "A bookshop in Midtown New York, on Lexington Avenue, closed this week.") == []


def test_another_city_after_the_part_word_or_a_district_is_still_reported():
    # the part's word is there, but before another city than the source's
    assert loud("多伦多中城的一家书店本周停业。",
                "A bookshop in midtown Montreal, on Yonge Street, closed this week.") == [
        ("entity", "中城", "Montreal")]
    assert loud("曼哈顿下城一条小街上的一家老面包店本周停业。",
                "An old bakery on a side street off Greenwich Street in Lower Brooklyn closed this week.") == [
        ("entity", "下城", "Greenwich Street")]
    # a district of a Chinese city named 下城 given as another district: a place of its own still
    assert loud("杭州下城的一座商场周五关门。", "A shopping mall in Shangcheng, Hangzhou closed on Friday.") == [
        ("entity", "下城", "Shangcheng")]

"""False alarms found on news written in English and translated into Chinese, the first span of
the WMT19 en-zh test set (docs/evaluation.md "WMT19 news translated from English"), one class a
test, each with a counter-case that must still be reported.  The sentences are written for these
tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- a speed in miles: 英里/小时 after the figure, 每小时 or 时速 before it --------------------

WIND_ZH = "台风中心附近最大风速为 90 英里/小时，属于 2 级。"
GUST_ZH = "阵风达到每小时 70 英里，风暴正以每小时 15 英里的速度向西移动。"


def test_a_speed_in_miles_faces_mph():
    assert loud(WIND_ZH, "The typhoon had maximum winds of 90 mph near its centre, a Category 2 storm.") == []
    assert loud(GUST_ZH, "Gusts reached 70 miles per hour, and the storm was moving west at 15 miles "
                         "per hour.") == []
    assert loud("列车时速 120 英里。", "The train runs at 120 mph.") == []


def test_a_speed_in_miles_against_another_unit_or_figure_is_still_reported():
    # 90 miles an hour is not 90 km/h, nor a distance of 90 miles
    assert loud(WIND_ZH, "The typhoon had maximum winds of 90 km/h near its centre, a Category 2 storm.") != []
    assert loud(GUST_ZH, "Gusts reached 70 miles per hour, and the storm was moving west at 25 miles "
                         "per hour.") != []
    assert loud("风暴位于海岸以东 90 英里。", "The storm was 90 mph east of the coast.") != []


# --- a two-digit decade whose 年代 the figure spacing splits: 80年 代 ---------------------------

def test_a_decade_split_by_a_slipped_space_is_the_decade():
    # the space meant for "80 年代" lands one character on, inside 年代: still the 1980s, no year 80
    assert loud("20 世纪 80年 代，她在一家银行工作。", "In the 1980s she worked at a bank.") == []
    assert loud("上世纪 90 年 代，他开了一家书店。", "In the 1990s he opened a bookshop.") == []


def test_a_year_before_a_word_in_dai_is_still_a_year():
    # 2010年 代表团: a four-digit year and the word 代表团 "delegation", not the 2010s
    assert loud("2010年 代表团访问了这座城市。", "In 2012 the delegation visited the city.") == [
        ("value", "2010年", "2012")]
    assert loud("2010年 代表团访问了这座城市。", "In 2010 the delegation visited the city.") == []


# --- (post hoc) a scale word written out and glued to the figure: £11million --------------------

DEAL_ZH = "她退出了一笔 1300 万英镑的合作，转而签下两份新合同。"


def test_a_glued_scale_word_is_the_scale():
    assert loud(DEAL_ZH, "She pulled out of a £13million deal to sign two new contracts.") == []
    assert loud("该基金规模为 25 亿美元。", "The fund is worth $2.5billion.") == []


def test_a_glued_scale_word_with_another_figure_is_still_reported():
    assert loud(DEAL_ZH, "She pulled out of a £15million deal to sign two new contracts.") == [
        ("value", "1300 万英镑", "£15million")]
    # letters glued to a figure that are no scale or unit still make a code, not a quantity
    assert loud("该公司推出了 5G 手机。", "The company launched a 5G phone.") == []


# --- (post hoc) 百分百, the spoken 百分之百: a hundred per cent ----------------------------------

def test_baifenbai_is_a_hundred_per_cent():
    assert loud("她说自己百分百确定那天不在场。", "She said she was 100 percent sure she was not there "
                                                "that day.") == []
    assert loud("她说自己百分百确定那天不在场。", "She said she was absolutely sure she was not there "
                                                "that day.") == []


def test_baifenbai_against_another_share_is_still_reported():
    assert loud("她说自己百分百确定那天不在场。", "She said she was 90 percent sure she was not there "
                                                "that day.") == [("value", "百分百", "90 percent")]

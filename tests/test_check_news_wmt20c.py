"""False alarms found on professional news translations of whole articles, the third span of
the WMT20 and WMT19 news test sets (docs/evaluation.md "WMT20 and WMT19 news, part 3"), one
class a test, each with a counter-case that must still be reported.  The sentences are written
for these tests; none is taken from the probed texts."""

from __future__ import annotations

from decimal import Decimal

from northeast_text.numbers import extract_text

from builders import loud


def quantities(text: str) -> list[tuple[str, str, Decimal | None]]:
    return [(q.text, q.kind, q.value) for q in extract_text(text, "zh", "b")]


# --- a station named by its compass point after its city ------------------------------------------

RAIL_ZH = "首班列车从广州南站出发，数分钟后进入广深港高铁香港段。"


def test_a_compass_station_after_its_city_is_that_citys_station():
    en = ("The first train left Guangzhou South Railway Station. Minutes later it entered the Hong Kong "
          "section of the Guangzhou-Shenzhen-Hong Kong rail link.")
    assert loud(RAIL_ZH, en) == []


def test_a_compass_station_of_another_city_is_still_an_error():
    assert loud("列车从深圳北站出发。", "The train left Guangzhou North Railway Station.") == [
        ("entity", "深圳", "Guangzhou")]


# --- 山 rendered as "Hill" ------------------------------------------------------------------------

def test_a_shan_rendered_as_hill_is_its_generic():
    assert loud("胡里山炮台管理处主任王勇介绍说，活动很成功。",
                "Wang Yong, director of the Huli Hill Fort Office, said the event was a success.") == []
    assert loud("游客登上了凤凰山。", "Tourists climbed Fenghuang Hill.") == []


def test_a_misspelt_stem_before_hill_or_a_dropped_shan_is_still_reported():
    assert loud("游客登上了凤凰山。", "Tourists climbed Fenhuan Hill.") == [("entity", "凤凰山", "Fenhuan Hill")]
    assert loud("胡里山炮台管理处主任王勇介绍说，活动很成功。",
                "Wang Yong, director of the Huli Fort Office, said the event was a success.") == [
        ("entity", "胡里山", "Huli")]


# --- a verb and its object that jieba's dictionary tags a place ----------------------------------

def test_a_verb_and_its_object_is_no_place():
    assert loud("澳门各界庆祝国庆筹备委员会主席出席了酒会。",
                "The chairman of the Macao Celebrating the National Day Preparatory Committee of the "
                "People's Republic of China attended the reception.") == []


def test_a_place_beside_it_is_still_judged():
    assert loud("澳门各界庆祝国庆筹备委员会在乌鲁木齐举行会议。",
                "The Macao Celebrating the National Day Preparatory Committee met in Lhasa.") == [
        ("entity", "乌鲁木齐", "Lhasa")]


# --- a bare hour that a clause says it is ---------------------------------------------------------

CLOCK_ZH = "抬头看钟，刚好8点，天已经黑了。"


def test_a_bare_hour_a_clause_says_it_is_is_a_clock_time():
    assert quantities("看了看表，已经10点了。") == [("10点", "time", Decimal(1000))]
    assert quantities(CLOCK_ZH)[0] == ("8点", "time", Decimal(800))
    assert loud(CLOCK_ZH, "I looked at the clock: it was exactly 8 o'clock, and already dark.") == []


def test_a_bare_hour_elsewhere_stays_a_count_and_a_wrong_hour_is_reported():
    assert quantities("他提出三点意见。") == [("三点", "count", Decimal(3))]
    assert quantities("指数上涨了7点，") == [("7点", "count", Decimal(7))]
    assert loud(CLOCK_ZH, "I looked at the clock: it was exactly 9 o'clock, and already dark.") == [
        ("value", "8点", "9 o'clock")]


# --- held-out classes, fixed after the blind run (post-hoc) --------------------------------------

def en_quantities(text: str) -> list[tuple[str, str, Decimal | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in extract_text(text, "en", "b")]


def zh_quantities(text: str) -> list[tuple[str, str, Decimal | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in extract_text(text, "zh", "b")]


def test_a_daily_range_of_bare_hours_is_a_range_of_clock_times():
    assert [q[:3] for q in zh_quantities("商场每天9点至21点营业。")] == [
        ("9点", "time", Decimal(900)), ("21点", "time", Decimal(2100))]
    assert loud("商场每天9点至21点营业。", "The mall opens from 9:00 to 21:00 every day.") == []


def test_a_range_of_points_stays_points_and_a_wrong_hour_is_reported():
    assert zh_quantities("指数从3点到15点") == [("3点到15点", "count", None, "point", None)]
    assert loud("商场每天9点至21点营业。", "The mall opens from 9:00 to 22:00 every day.") == [
        ("value", "21点", "22:00")]


def test_minutes_and_seconds_are_one_duration_and_a_negated_modal_bound_is_at_most():
    assert zh_quantities("每次不得超过2分30秒。") == [("不得超过2分30秒", "count", Decimal("2.5"), "minute", "up-to")]
    assert en_quantities("Each may not last for more than 2 minutes and 30 seconds.")[0][2:] == (
        Decimal("2.5"), "minute", "up-to")
    assert loud("每条广告不得超过2分30秒。", "Each ad may not last for more than 2 minutes and 30 seconds.") == []


def test_a_plain_negation_keeps_its_bound_and_a_longer_duration_is_reported():
    assert en_quantities("He has not been home for more than 3 years.")[0][4] == "more-than"
    assert loud("每条广告不得超过2分30秒。", "Each ad may not last for more than 3 minutes and 30 seconds.") == [
        ("value", "不得超过2分30秒", "more than 3 minutes and 30")]


def test_once_before_what_it_is_counted_in_is_one_time():
    assert en_quantities("Ads may be shown once in each episode.") == [("once", "multiplier", Decimal(1), "x", None)]
    assert en_quantities("It was once the home of the station.") == []
    assert en_quantities("He calls once a week.") == []
    assert loud("每集可以播出1次广告，时长45分钟。", "Ads may be shown once in each episode, 45 minutes long.") == []


def test_once_against_another_count_is_reported():
    assert loud("每集可以播出2次广告，时长45分钟。", "Ads may be shown once in each episode, 45 minutes long.") == [
        ("missing-number", "2次", "")]


def test_the_head_of_a_hyphenated_english_word_is_no_name():
    assert loud("纪念园是由长沙市委与湖南某公司共同创建的抗战主题园。",
                "The Anti-Japanese War Theme Park was built by the Changsha Municipal Committee and a company.") == []


def test_a_place_swapped_beside_a_hyphenated_word_is_still_an_error():
    assert loud("纪念园由长沙市委在湖南创建。",
                "The Anti-Japanese War Theme Park was built by the Changsha Municipal Committee in Guangxi.") == [
        ("entity", "湖南", "Guangxi")]


def test_a_motto_opening_and_closing_with_an_abbreviation_is_no_port():
    assert loud("中央贯彻“港人治港”方针，香港经济繁荣。",
                "The central government implements the policy of “Hong Kong people administering Hong Kong”, "
                "and Hong Kong's economy prospers.") == []


def test_a_port_rendered_as_hong_kong_is_still_an_error():
    assert loud("货轮从洋山港出发。", "The freighter left Hong Kong.") == [("entity", "洋山港", "Hong Kong")]


def test_a_unit_in_a_headlines_title_case_is_read():
    assert en_quantities("A Harvest of over Five Hundred Kilograms")[0][2:4] == (Decimal(500), "kg")
    assert loud("亩产稻谷破千斤", "Yield per Mu Tops Five Hundred Kilograms") == []


def test_a_wrong_conversion_in_title_case_is_still_reported():
    assert loud("亩产稻谷破千斤", "Yield per Mu Tops One Thousand Kilograms") == [("unit", "千斤", "One Thousand")]

"""Days of the week (checks/terms.py, resources/checks/weekdays.json): a day the translation changes is a value warning;
a day dropped, added, or said by a count (每周三天 "three days a week") is none."""

from __future__ import annotations

import pytest

from northeast_text.checks.terms import terms_in

from builders import severe_findings


@pytest.mark.parametrize("text,days", [
    ("部长周二抵达，周四离开。", [2, 4]),
    ("星期日和礼拜六", [7, 6]),
    ("上周三、本周一、下周天", [3, 1, 7]),
    ("星期五晚上发生了地震。", [5]),
    ("每周二下午开会。", [2]),
    # counts, not days
    ("他每周三天在家工作。", []),
    ("每周二次的培训", []),
    ("会议每两周一次。", []),
    ("第一周二十人报名。", []),
    ("每周三晚加班。", []),
    ("周年纪念，周末", []),
])
def test_days_read_in_chinese(text, days):
    assert [int(d) for d, _, _ in terms_in(text, "zh")] == days


def test_days_read_in_english():
    assert [int(d) for d, _, _ in terms_in("On Mondays and Fridays, not on sunday; Super Tuesday.", "en")] == [1, 5, 2]


@pytest.mark.parametrize("zh,en", [
    ("外交部长周二访问了越南。", "The foreign minister visited Vietnam on Wednesday."),
    ("展览馆每周一至周五开放。", "The gallery opens Monday to Saturday."),
    ("星期五晚上发生了地震。", "The earthquake struck on Thursday night."),
])
def test_a_day_changed_is_a_value_warning(tmp_path, zh, en):
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("外交部长周二访问了越南。", "The foreign minister visited Vietnam on Tuesday."),
    ("外交部长周二访问了越南。", "The foreign minister visited Vietnam this week."),  # dropped
    ("外交部长5月7日访问了越南。", "The foreign minister visited Vietnam on Tuesday, May 7."),  # added
    ("他每周三天在家工作。", "He works from home on Wednesdays."),  # a count, not a day
    ("警方周二表示，嫌疑人已于周一被捕。",
     "The suspect was arrested on Monday, police said on Tuesday."),  # the order turned round
])
def test_a_day_kept_dropped_or_added_is_no_finding(tmp_path, zh, en):
    assert severe_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("10月份零售总额同比增长7.6%。", "Retail sales rose 7.6% month on month in October."),
    ("10月份零售总额环比增长0.1%。", "Retail sales rose 0.1% year on year in October."),
    ("前三季度利润比去年同期增长12%。",
     "Profits in the first three quarters rose 12% compared with the previous quarter."),
])
def test_the_basis_of_a_change_turned_round_is_a_value_warning(tmp_path, zh, en):
    """同比 (year on year) and 环比 (against the period before): bases.json, rule numbers.value_basis."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("10月份零售总额同比增长7.6%。", "Retail sales rose 7.6% year on year in October."),
    ("10月份零售总额同比增长7.6%。", "Retail sales rose 7.6% from the same month last year."),
    ("10月份零售总额环比增长0.1%。", "Retail sales rose 0.1% from the previous month in October."),
    ("三季度GDP环比增长1.3%，同比增长4.9%。", "GDP grew 1.3% quarter on quarter and 4.9% from a year earlier."),
    ("CPI同比上涨2.1%。", "The CPI rose 2.1%."),  # the basis left unsaid
    ("全年产量比上年增长5%。", "Output rose 5% from the previous month."),  # 比上年 is not read
])
def test_the_basis_kept_or_unsaid_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []


def test_the_terms_of_a_basis():
    assert [t for t, _, _ in terms_in("同比增长5%，环比下降1%，较上季度持平", "zh", "bases.json")] == [
        "year", "period", "period"]
    assert [t for t, _, _ in terms_in("up 5% y/y, down 1% q/q, flat sequentially", "en", "bases.json")] == [
        "year", "period", "period"]


@pytest.mark.parametrize("zh,en", [
    ("这家工厂每天生产手机3万部。", "The factory makes 30,000 phones every week."),
    ("这家工厂每天生产手机3万部。", "The factory makes 30,000 phones weekly."),
    ("渡轮每周往返两次。", "The ferry makes the round trip twice a month."),
    ("会员费每年收取一次。", "The membership fee is charged monthly."),
    ("该景区日均接待游客2万人次。", "The site receives 20,000 visitors every month on average."),
])
def test_how_often_changed_is_a_value_warning(tmp_path, zh, en):
    """每天 / 每周 / 每月 / 每年 and 日均 / 年均 against another period: frequencies.json,
    rule numbers.value_frequency."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("这家工厂每天生产手机3万部。", "The factory makes 30,000 phones a day."),
    ("这家工厂每天生产手机3万部。", "The factory turns out 30,000 phones daily."),
    ("渡轮每周往返两次。", "The ferry makes the round trip twice a week."),
    ("会员费每年收取一次。", "The membership fee is charged annually."),
    ("该景区日均接待游客2万人次。", "The site receives an average of 20,000 visitors a day."),
    # a period said in words that say other things too answers the source, whatever else stands
    ("他每月收入6000元，去年的年终奖是2万元。", "He earns 6,000 yuan a month; last year's annual bonus was 20,000."),
    ("据《每日商报》报道，该公司每月亏损2亿元。",
     "The company loses 200 million yuan every month, the Daily Business News reported."),
    ("每周末都有很多游客。", "There are many visitors every week."),  # 每周末 is every weekend: not read
    ("列车每小时最高速度350公里。", "The train's top speed is 350 km/h."),
])
def test_how_often_kept_or_said_loosely_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []


def test_the_terms_of_how_often():
    assert [t for t, _, _ in terms_in("每天、每周、每个月、每年、每小时、日均、年均", "zh", "frequencies.json")] == [
        "day", "week", "month", "year", "hour", "day", "year"]
    assert [t for t, _, _ in terms_in("every day, weekly, twice a month, per year, hourly", "en",
                                      "frequencies.json")] == ["day", "week", "month", "year", "hour"]


@pytest.mark.parametrize("zh,en", [
    ("去年，该市接待游客1.2亿人次。", "This year, the city received 120 million tourist visits."),
    ("该项目预计明年底建成。", "The project is expected to be completed by the end of this year."),
    ("截至上月底，已有1200家企业复工。", "By the end of this month, 1,200 companies had resumed work."),
    ("他昨天抵达北京，今天将会见总理。", "He arrived in Beijing today and will meet the premier tomorrow."),
    ("会议将于下周举行。", "The meeting will be held this week."),
])
def test_a_time_named_from_the_day_of_writing_changed_is_a_value_warning(tmp_path, zh, en):
    """去年 / 今年 / 明年, 上月, 下周, 昨天 / 今天 / 明天 against another of their scale: relative.json,
    rule numbers.value_relative."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("去年，该市接待游客1.2亿人次。", "Last year, the city received 120 million tourist visits."),
    ("去年，该市接待游客1.2亿人次。", "In 2023, the city received 120 million tourist visits."),  # a date for it
    # a comparison's time answers the English one, wherever it stands
    ("今年前三季度销量比去年同期增长10%。", "Sales in the first nine months rose 10% from the same period last year."),
    ("今年以来，销量比去年增长10%。", "Over the last year, sales rose 10%."),  # "the last year": a span
    ("他昨天抵达北京，今天将会见总理。", "He arrived in Beijing yesterday and will meet the premier today."),
    ("会议将于下周二举行，今年的议题是气候。", "The meeting will be held next Tuesday; this year's topic is climate."),
    ("晚上月亮很圆。", "At night the moon was round, as it had been this month."),  # 晚上 + 月亮: no 上月
    # another scale is never compared: 今年 with "today"
    ("今年的收成不错。", "Today the harvest is good."),
])
def test_a_time_named_from_the_day_of_writing_kept_or_unsaid_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []


def test_the_terms_of_a_time_named_from_the_day_of_writing():
    zh = "去年、今年、明年、上个月、本月、下周、昨天、今天、明天"
    assert [t for t, _, _ in terms_in(zh, "zh", "relative.json")] == [
        "year:-1", "year:0", "year:1", "month:-1", "month:0", "week:1", "day:-1", "day:0", "day:1"]
    assert [t for t, _, _ in terms_in("Last year, this month, next week, yesterday, over the last year", "en",
                                      "relative.json")] == ["year:-1", "month:0", "week:1", "day:-1"]


@pytest.mark.parametrize("zh,en", [
    ("国务院副总理刘鹤出席了会议。", "Premier Liu He attended the meeting."),
    ("李强总理出席了会议。", "Vice Premier Li Qiang attended the meeting."),
    ("常务副市长张伟表示。", "Mayor Zhang Wei said."),
    ("公司副董事长王五辞职。", "The company's chairman Wang Wu resigned."),
    ("国家统计局副局长表示，物价总体稳定。", "The director of the statistics bureau said prices were stable."),
])
def test_a_deputy_given_as_the_holder_or_the_holder_as_a_deputy_is_a_value_warning(tmp_path, zh, en):
    """副总理 as "Premier", 总理 as "Vice Premier": offices.json, rule numbers.value_office."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("国务院副总理刘鹤出席了会议。", "Vice Premier Liu He attended the meeting."),
    ("常务副市长张伟表示。", "Executive Vice Mayor Zhang Wei said."),
    ("副省长王军和省长李明出席了仪式。", "Vice Governor Wang Jun and Governor Li Ming attended the ceremony."),
    ("国家统计局副局长表示，物价总体稳定。", "A deputy director of the statistics bureau said prices were stable."),
    # offices of different scales are never compared: 主席 "President Xi", 总统 "President Biden"
    ("国家主席习近平会见了美国总统拜登。", "President Xi Jinping met US President Joe Biden."),
    ("他是部长级官员。", "He is a ministerial official."),  # 部长级: a rank, no holder
    ("副市长表示，将向市长汇报。", "The deputy mayor said he would report to the mayor."),
])
def test_an_office_kept_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []


@pytest.mark.parametrize("zh,en", [
    ("她在女子跳水比赛中获得银牌。", "She won the gold medal in the women's diving."),
    ("他在决赛中夺金。", "He took bronze in the final."),
    ("这款葡萄酒获得金奖。", "The wine won a silver award."),
])
def test_a_medal_of_another_colour_is_a_value_warning(tmp_path, zh, en):
    """银牌 as "gold medal": medals.json, rule numbers.value_medal."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("她在女子跳水比赛中获得银牌。", "She won silver in the women's diving."),
    ("他在决赛中夺金。", "He took gold in the final."),
    # the metal's trade is no medal: "gold prices"
    ("他获得了银牌，同日金价上涨。", "He won silver, and gold prices rose the same day."),
    ("她获得了铜牌，队友获得了金牌。", "She took bronze and her teammate gold."),
])
def test_a_medal_kept_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []


@pytest.mark.parametrize("zh,en", [
    ("他在男子100米决赛中跑出9秒95。", "He ran 9.95 seconds in the women's 100m final."),
    ("中国女篮以80比62击败日本队。", "China's men's basketball team beat Japan 80-62."),
    ("她获得女子单打冠军。", "She won the men's singles title."),
])
def test_a_men_s_event_given_as_a_women_s_is_a_value_warning(tmp_path, zh, en):
    """男子100米 as "the women's 100m": sexes.json, rule numbers.value_sex."""
    assert ("value", "warning") in [(k, s) for k, s, _ in severe_findings(tmp_path, zh, en)]


@pytest.mark.parametrize("zh,en", [
    ("他在男子100米决赛中跑出9秒95。", "He ran 9.95 seconds in the men's 100m final."),
    ("男子100米和女子200米决赛在今晚举行。", "The men's 100m and women's 200m finals take place tonight."),
    # people, not events: 男子 of a news story, "women" of its English
    ("一名男子在商场被捕，两名妇女受伤。", "A man was arrested at the mall and two women were hurt."),
])
def test_a_sex_kept_or_people_not_events_is_no_finding(tmp_path, zh, en):
    assert [k for k, _, _ in severe_findings(tmp_path, zh, en) if k == "value"] == []

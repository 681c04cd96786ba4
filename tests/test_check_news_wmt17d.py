"""False alarms found on professional news translations, lines 641 to 800 of the WMT17 news test
set (docs/evaluation.md "WMT17 news, part 4 (real-text probe, 0.5.9)"), one class a test, each
with a counter-case that must still be reported.  The sentences are written for these tests; none
is taken from the probed texts."""

from __future__ import annotations

from northeast_text.entities import recognise_text
from northeast_text.numbers import extract_text

from builders import loud

# --- a clock time written with a dot, as British papers do ("10.15pm") --------------------------------
# Read as the decimal 10.15, it stood against 晚上10点15分 as a figure the source lacks.

MATCH_ZH = "第二场比赛 （晚上10点15分） 于明天举行，他将是焦点。"
MATCH_EN = "The second match (10.15pm) takes place tomorrow, where he will be the focus."


def test_a_clock_time_with_a_dot_is_a_clock_time():
    assert loud(MATCH_ZH, MATCH_EN) == []
    assert loud("半决赛（晚上11点38分）在主球场进行，全场座无虚席。",
                "The semi-final (11.38pm) takes place on the main court, where every seat is taken.") == []
    assert loud("列车于上午7点30分发车。", "The train leaves at 7.30am.") == []
    [q] = extract_text("The ferry sails at 12.05 a.m. on Sunday.", "en")
    assert (q.kind, q.when) == ("time", "T00:05")


def test_a_changed_dotted_time_and_a_dotted_figure_are_still_figures():
    # the minutes changed: a value error, where it used to pass as a figure the source lacks
    assert [k for k, _, _ in loud(MATCH_ZH, MATCH_EN.replace("10.15pm", "10.45pm"))] == ["value"]
    assert [k for k, _, _ in loud("列车于上午7点30分发车。", "The train leaves at 7.50am.")] == ["value"]
    # without a.m. or p.m. a dotted figure stays a decimal
    [q] = extract_text("The index rose 10.42 points.", "en")
    assert q.kind != "time" and str(q.value) == "10.42"


# --- 块 counting a thing measured by a figure after it ("一块8英寸的屏幕") ---------------------------
# 一块8 read as money (一块八, 1.8 yuan): a missing figure, and the real 8 inches lost.

SCREEN_ZH = "这款平板配备了一块8英寸的高清屏幕。"
SCREEN_EN = "The tablet has an 8-inch high-definition screen."


def test_a_piece_of_something_measured_is_no_money():
    assert loud(SCREEN_ZH, SCREEN_EN) == []
    assert [(q.text, q.unit) for q in extract_text(SCREEN_ZH, "zh")] == [("8英寸", "inch")]
    planks = extract_text("工人们抬来两块3米长的木板。", "zh")
    assert [(q.text, q.unit) for q in planks] == [("两块", "item"), ("3米", "m")]


def test_spoken_prices_and_changed_measures_are_still_reported():
    # the size changed is a value error on the inches (it was a missing "一块8" and an extra "10-inch")
    assert [k for k, _, _ in loud(SCREEN_ZH, SCREEN_EN.replace("8-inch", "10-inch"))] == ["value"]
    # 一块5 alone is a price (1.5 yuan), and a wrong one is still wrong
    assert loud("一瓶矿泉水卖一块5。", "A bottle of mineral water sells for 1.5 yuan.") == []
    assert [k for k, _, _ in loud("一瓶矿泉水卖一块5。", "A bottle of mineral water sells for 2.5 yuan.")] == ["value"]
    assert [(q.text, q.unit) for q in extract_text("这杯咖啡花了三块五。", "zh")] == [("三块五", "CNY")]


# --- the tail of a longer transliteration that jieba's dictionary calls a place ---------------------
# 安格尔 | 西岛 of 安格尔西岛 "Anglesea": 西岛 read as a place of its own, "expected Xidao".

PLANT_ZH = "这家公司的工厂位于安格尔西岛。"
PLANT_EN = "The company's plant is on Anglesea."


def test_the_tail_of_a_transliterated_name_is_no_place_of_its_own():
    assert loud(PLANT_ZH, PLANT_EN) == []
    assert loud("该公司去年关闭了安格尔西岛发电站。", "The company closed the Anglesea power station last year.") == []


def test_the_same_word_standing_alone_is_still_a_place():
    assert [k for k, _, _ in loud("这家公司的工厂位于西岛。", PLANT_EN)] == ["entity"]
    assert [k for k, _, _ in loud("该公司去年关闭了西岛发电站。",
                                  "The company closed the Anglesea power station last year.")] == ["entity"]


# --- a word jieba calls a place, right after an office: the holder's name ---------------------------
# 防卫大臣 | 中谷 | 元 "Defense Minister Gen Nakatani": 中谷 read as a place, set against the minister.

MINISTER_ZH = "日本防卫大臣中谷元当天出席了会议。"
MINISTER_EN = "Japan's Minister of Defense Gen Nakatani attended the meeting that day."


def test_the_name_after_an_office_is_its_holder_not_a_place():
    assert loud(MINISTER_ZH, MINISTER_EN) == []


def test_the_word_as_a_place_and_places_after_the_holder_are_still_judged():
    assert [k for k, _, _ in loud("他们当天在中谷出席了会议。", "They attended the meeting in Osaka that day.")] \
        == ["entity"]
    found = loud("日本防卫大臣中谷元当天抵达华盛顿。",
                 "Japanese Defense Minister Gen Nakatani arrived in Boston that day.")
    assert found == [("entity", "华盛顿", "Boston")]


# --- post hoc: a bare hour after the clock it is read on (当地时间4点左右) ------------------------------
# Found by the regression run on earlier probes' sets: once "4.00 am" read as a clock time, the bare
# 4点 after 当地时间 was still a count of 4, a figure the translation lacked.

FIRE_ZH = "消防队在当地时间4点左右扑灭了大火。"


def test_a_bare_hour_after_local_time_is_a_clock_time():
    assert loud(FIRE_ZH, "Firefighters put out the blaze at around 4.00 am local time.") == []
    assert loud(FIRE_ZH, "Firefighters put out the blaze at around 4 am local time.") == []
    assert loud("消防队在当地时间 （格林尼治时间0点） 4点扑灭了大火。",
                "Firefighters put out the blaze at 4 am local time (midnight GMT).") == []


def test_a_changed_hour_and_index_points_are_still_figures():
    assert [k for k, _, _ in loud(FIRE_ZH, "Firefighters put out the blaze at around 5 am local time.")] == ["value"]
    # points of an index are no clock time, even in a text that gives one
    [_, points] = extract_text("当地时间4点，指数上涨了4点左右。", "zh")
    assert (points.kind, points.hedge) == ("count", "approx")


# --- post hoc: "just" before a figure is "only", no hedge --------------------------------------------
# "just 20 metres" for 20多米 let the dropped 多 pass (the held-out set's true slip, unseen blind).

SHOPS_ZH = "两家店相距20多米。"


def test_just_before_a_figure_hides_no_dropped_hedge():
    assert [k for k, _, _ in loud(SHOPS_ZH, "The two shops are just 20 meters apart.")] == ["approximation"]
    assert [k for k, _, _ in loud("公司刚刚发布了约20款新产品。", "The company has just released 20 new products.")] \
        == ["approximation"]


def test_just_over_under_and_shy_of_are_still_hedges():
    assert loud(SHOPS_ZH, "The two shops are just over 20 meters apart.") == []
    assert loud("两家店相距不到20米。", "The two shops are just under 20 meters apart.") == []
    assert loud("两家店相距将近20米。", "The two shops are just shy of 20 meters apart.") == []
    assert loud("公司刚刚发布了约20款新产品。", "The company has just released about 20 new products.") == []


# --- post hoc: the two US parties (民主党, 共和党) are names of the lexicon ------------------------------
# Democrats given as "Republicans" went unseen on the development set: neither side's word was a name.


def test_the_us_parties_swapped_are_reported():
    found = loud("民主党人敦促他公布纳税情况。", "Republicans urged him to release his taxes.")
    assert found == [("entity", "民主党人", "Republicans")]
    assert [k for k, _, _ in loud("共和党参议员当天投了反对票。", "Democratic senators voted against it that day.")] \
        == ["entity"]


def test_the_parties_rendered_and_other_democratic_parties_are_not():
    assert loud("民主党人敦促他公布纳税情况。", "Democrats urged him to release his taxes.") == []
    assert loud("他是一名共和党人，支持减税。", "He is a Republican who supports tax cuts.") == []
    assert loud("美国民主党全国委员会周一发表声明。",
                "The Democratic National Committee issued a statement on Monday.") == []
    assert loud("日本自由民主党在选举中获胜。", "Japan's Liberal Democratic Party won the election.") == []
    assert loud("德国社会民主党在选举中获胜。", "Germany's Social Democrats won the election.") == []
    assert loud("爱尔兰共和军宣布停火。", "The Irish Republican Army announced a ceasefire.") == []
    # China's democratic parties and other countries' are no US party (lexicon blockers)
    assert all(e.key is None for e in recognise_text("各民主党派中央和全国工商联致贺词。", "zh"))
    assert loud("德国社会民主党和基督教民主联盟组成联合政府。",
                "Germany's SPD and CDU formed a coalition government.") == []

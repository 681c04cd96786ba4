"""Correct news phrasing that a figure check misreads, through the whole pipeline.

Each case is a class of wording professional wire translations use, written
fresh for this test (a phrasal verb before a hedge word, "over N years" as the
span a source states with 内/为期, a count of one given as a word, a hedge
after a noun: 50万人口以上, 最深达, "about" on a figure the translation
rounded, the one unit of a rate quote, a share of a named whole: 占全国…的
四分之一, a conversion in brackets on either side, 华氏110度, a price per jin
given per kilogram, a per-mille rate written "per 1,000", 百帕 and "kilometers
per hour", "magnitude-6.2", set scores in a list (比分为23:25、25:21), a percentage as
the fraction word it rounds to, "Rmb162.2bn", 兆元 in Taiwan money, "one and a
half billion", "a quarter-point" for 25个基点, 1至11月 as "the first 11 months", 据估计
for the sentence, 失守 as "below", 第三方, a figure a headline drops, "10 degrees" for
10℃, 持有13年 as "over 13 years", 升值约1.8倍 as "about 180 per cent", a hedge a list shares (45%和35%左右),
每投入1美元 as "every dollar", 华北 as "northern
China", 三个半小时, 两年半, 半个世纪, 半年 as "six months"): no error or warning.  Each class has its
counterpart that must still be reported, so the rule cannot be a blanket
silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from northeast_text.pipeline import annotate_files

from builders import SEVERE, severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    ("山东队以2:1战胜对手，积分升至7分。", "Shandong won 2-1, moving up to seven points."),
    ("两项合计40亿元。", "The two items add up to 4 billion yuan."),
    ("该法案将在八年内提供1.2万亿美元。", "The bill would provide $1.2 trillion over eight years."),
    ("该计划为期五年，总投资300亿元。", "The plan will invest 30 billion yuan over five years."),
    ("本土病例3例（广东2例，上海1例）。", "Three were local cases (two in Guangdong and one in Shanghai)."),
    ("覆盖95%以上的50万人口以上城市。", "It will cover more than 95% of cities with over 500,000 people."),
    ("风暴带来了最深达2英尺的降雪。", "The storm dumped up to 2 feet of snow."),
    ("离岸50公里以外的项目成本更高。", "Projects more than 50 kilometres offshore cost more."),
    ("社会消费品零售总额37803亿元。", "Retail sales reached about 3.78 trillion yuan."),
    ("中间价为1美元对人民币7.1498元。", "The central parity rate was 7.1498 yuan against the U.S. dollar."),
    ("河南省粮食产量达到3748.5万吨，同比增加56万吨，占全国夏粮总产量的四分之一以上。",
     "Henan's grain output reached 37.485 million tonnes, up 560,000 tonnes year on year, "
     "accounting for more than a quarter of the country's summer grain output."),
    # a firm CC-CEDICT knows by its full name (高通公司 Qualcomm), written without its generic
    ("小米公司28日晚在北京发布了小米14系列手机，搭载高通骁龙8 Gen 3处理器，采用4nm工艺，起售价3999元。",
     "Xiaomi launched its Xiaomi 14 series smartphones in Beijing on the evening of the 28th. The phones run on "
     "Qualcomm's Snapdragon 8 Gen 3 processor built on a 4nm process, with prices starting at 3,999 yuan."),
    # a translator's conversion in brackets, in the translation or in a translated original
    ("这场风暴带来了最深达2英尺的降雪。", "The storm dumped up to 2 feet (61 cm) of snow."),
    ("气温超过华氏110度。", "Temperatures topped 110 degrees Fahrenheit (43 degrees Celsius)."),
    ("气温超过华氏110度（约合摄氏43度）。", "Temperatures topped 110 degrees Fahrenheit."),
    # a name withheld, the surname kept (张某 "surnamed Zhang")
    ("北京市第二中级人民法院22日以受贿罪判处被告人张某有期徒刑十二年。",
     "The Beijing No. 2 Intermediate People's Court on Wednesday sentenced the defendant, surnamed Zhang, "
     "to 12 years in prison for taking bribes."),
    # a duration written as a clock reading
    ("中国选手杨绍辉以2小时09分刷新全国纪录，名列第八。",
     "China's Yang Shaohui finished eighth in 2:09, setting a new national record."),
    # a change written as "from X to Y", and "one in five", "N or higher" after a unit
    ("报告称，1990年至2019年间，高血压患者人数翻了一番，从6.5亿增至13亿。",
     "The number of people living with hypertension doubled between 1990 and 2019, from 650 million to 1.3 billion, "
     "the report said."),
    ("全球约五分之一的成年人患有高血压。", "About one in five adults worldwide has high blood pressure."),
    ("血压读数达到或超过140/90毫米汞柱即被视为高血压。",
     "A blood pressure reading of 140/90 mmHg or higher is considered high."),
    # the hedge next to the figure, after another hedged figure
    ("基层粮库的保管员平均年龄已超过50岁，35岁以下的不到两成。",
     "The average age of warehouse keepers is now over 50, and fewer than one in five is under 35."),
    # race times: the hundredths after 秒, and minutes:seconds.hundredths
    ("中国选手张雨霏以25秒20的成绩获得女子50米蝶泳金牌。",
     "China's Zhang Yufei won the women's 50m butterfly gold in 25.20 seconds."),
    ("他以1分52秒33的成绩夺冠。", "He won in 1:52.33."),
    # 近 as "the last" (近5场比赛), not "nearly"
    ("这是中国队近5场比赛中的第4场胜利。", "It was China's fourth win in their last five matches."),
    # a day's reporting window (0—24时) given as the day
    ("3月7日0—24时，全国新增确诊病例15例。", "China reported 15 new confirmed cases on March 7."),
    # a price restated per another unit of the same measure (1 jin = 500 g)
    ("新郑大枣每斤售价8元，中牟大蒜每公斤6.4元。",
     "Xinzheng jujubes sold for 16 yuan per kilogram, while Zhongmou garlic cost 6.4 yuan per kilogram."),
    # a per-mille rate written out, its base stated once for two figures
    ("婴儿死亡率从5.0‰下降到4.9‰，孕产妇死亡率从16.1/10万下降到15.7/10万。",
     "The infant mortality rate fell from 5.0 to 4.9 per 1,000, and maternal mortality from 16.1 to 15.7 per 100,000."),
    # units whose names begin with a numeral (百帕 hectopascal), speeds and magnitudes written out
    ("台风登陆时中心最低气压为945百帕。", "The typhoon had a central pressure of 945 hectopascals at landfall."),
    ("复兴号列车最高运营时速350公里。", "The Fuxing trains run at up to 350 kilometers per hour."),
    ("甘肃积石山县发生6.2级地震。", "A magnitude-6.2 earthquake struck Jishishan county in Gansu."),
    # "more than" after a verb that makes "over" phrasal ("carried over") is still a hedge
    ("民航运输旅客8300多万人次。", "Airlines carried more than 83 million passengers."),
    # one unit of money as "every dollar"
    ("每投入1美元用于水利基础设施，可带来4至7美元的经济回报。",
     "Every dollar invested in water infrastructure brings a return of $4 to $7."),
    # set scores in a list, one of them a possible clock reading (23:25)
    ("中国女排以3:1逆转巴西，四局比分为23:25、25:21、25:19和25:22。",
     "China came back to beat Brazil 3-1. The set scores were 23-25, 25-21, 25-19 and 25-22."),
    # a percentage given as the fraction word it rounds to
    ("调查显示，32.6%的居民每周至少锻炼三次。", "About a third of residents exercise at least three times a week."),
    # a price per square metre, the number converted from 万 and the unit written out
    ("该楼盘均价为每平方米8.5万元，一套120平方米的住宅总价超过1000万元。",
     "Flats there sell at 85,000 yuan a square meter, so a 120-square-meter flat costs over 10 million yuan."),
    # the Financial Times' "Rmb" before the figure
    ("第三季度营业收入1622亿元，同比增长38%。", "Third-quarter revenue rose 38 per cent to Rmb162.2bn."),
    # 兆 in a Taiwan report is a trillion of the New Taiwan dollar; its hedge stays with it
    ("台積電股價收在新台幣545元，市值約14.13兆元。",
     "TSMC shares closed at NT$545, giving it a market value of about NT$14.13 trillion."),
    # a figure and a half in words
    ("赛事预计为上海带来约15亿元的经济收益。", "The race is expected to generate about one and a half billion yuan."),
    # basis points as "a quarter-point", the months from January as "the first 11 months"
    ("9名委员中，3人支持加息25个基点。", "Three of the nine members backed a quarter-point rise."),
    ("今年1至11月，我国实际使用外资金额1.04万亿元。",
     "China's actual use of foreign investment reached 1.04 trillion yuan in the first 11 months."),
    # an estimate stated once for the sentence, a level crossed (失守), a third party
    ("据估计，每年流感导致全球29万至65万人死亡。", "Flu kills an estimated 290,000 to 650,000 people a year."),
    ("沪指跌1.03%，一度失守2900点整数关口。", "The Shanghai index fell 1.03%, briefly dropping below the 2,900 mark."),
    ("据第三方机构统计，该系列上市后6周内销量超过160万台。",
     "More than 1.6 million were sold in the first six weeks, according to a research firm."),
    # "degrees" for a temperature change, "over N years" for 持有N年, a gain in 倍 after a hedge as a percentage
    ("上海最高气温仅有3℃，比前一天下降约10℃。", "Shanghai's high will be 3 C, about 10 degrees below the day before."),
    ("该物业业主持有13年，账面获利2.2亿港元，升值约1.8倍。",
     "The owner made a paper gain of HK$220m over 13 years, or about 180 per cent."),
    # a range in words whose first end takes the scale of the last
    ("目前已有两三百个小区完成改造。", "Two to three hundred compounds have been renovated so far."),
    # a hedge after the last figure of a list, shared by all of them
    ("越南和泰国分别占进口量的45%和35%左右。", "Vietnam and Thailand account for around 45% and 35% of imports."),
    # a macro-region rendered by the larger region that holds it (华北 "northern China")
    ("未来三天，华北地区将出现强降雨。", "Heavy rain is expected in northern China over the next three days."),
    # 半 'and a half' after a time unit or between 个 and it; 半个世纪, 半年 as "six months"
    ("会议持续了三个半小时，又过了一年半才复会。",
     "The meeting lasted three and a half hours; it resumed a year and a half later."),
    ("不到半个世纪，这里从农田变成了城市。", "In less than half a century the farmland became a city."),
    ("工程历时两年半，其中停工半年。", "The project took two and a half years, including six months of stoppage."),
])
def test_correct_news_phrasing_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [
    # a real "up to" hedge the source does not state
    ("罚款50万元。", "The fine can reach up to 500,000 yuan.", "approximation"),
    # "over" with a span the source does not mark as a span: more than
    ("他已任职八年。", "He has been in office for over eight years.", "approximation"),
    # a hedge added to a figure given as precisely as the source
    ("社会消费品零售总额37803亿元。", "Retail sales reached about 3.7803 trillion yuan.", "approximation"),
    # a duration whose minutes changed on the clock
    ("中国选手杨绍辉以2小时09分刷新全国纪录，名列第八。",
     "China's Yang Shaohui finished eighth in 2:19, setting a new national record.", "missing-number"),
    # a race time changed
    ("中国选手张雨霏以25秒20的成绩获得女子50米蝶泳金牌。",
     "China's Zhang Yufei won the women's 50m butterfly gold in 25.02 seconds.", "value"),
    # one end of a change altered: the other end paired, this one a changed value
    ("报告称，1990年至2019年间，高血压患者人数翻了一番，从6.5亿增至13亿。",
     "The number of people living with hypertension doubled between 1990 and 2019, from 650 million to 1.5 billion, "
     "the report said.", "value"),
    # a price per kilogram that is not the source's price per jin converted
    ("新郑大枣每斤售价8元。", "Xinzheng jujubes sold for 18 yuan per kilogram.", "value"),
    # a bracketed conversion that does not convert
    ("气温超过华氏110度。", "Temperatures topped 110 degrees Fahrenheit (53 degrees Celsius).", "extra-number"),
    # a count of one dropped where the translation has no word for it
    ("新增病例1例。", "New cases were reported.", "missing-number"),
    # a share whose base is one of the figures beside it, and does not fit
    ("约58万吨电池退役，但仅约14.5万吨得到回收，仅占总量的四成左右。",
     "About 580,000 tons were retired, but only about 145,000 tons were recycled, just around 40% of the total.",
     "arithmetic"),
    # the base of a rate changed (per 100,000 as per 1,000)
    ("孕产妇死亡率从16.1/10万下降到15.7/10万。", "Maternal mortality fell from 16.1 to 15.7 per 1,000.",
     "scale"),
    # a pressure or a speed in another unit
    ("台风登陆时中心最低气压为945百帕。", "The typhoon had a minimum central pressure of 945 kilopascals at landfall.",
     "unit"),
    ("复兴号列车最高运营时速350公里。", "The Fuxing trains run at up to 350 miles per hour.", "unit"),
    ("甘肃积石山县发生6.2级地震。", "A magnitude-6.8 earthquake struck Jishishan county in Gansu.", "value"),
    # the hedge dropped after the same verb
    ("民航运输旅客8300多万人次。", "Airlines carried 83 million passengers.", "approximation"),
    # a sum of money that is not one unit
    ("每投入10美元用于水利基础设施。", "Every dollar invested in water infrastructure pays off.", "missing-number"),
    # one set score changed
    ("中国女排以3:1逆转巴西，四局比分为23:25、25:21、25:19和25:22。",
     "China came back to beat Brazil 3-1. The set scores were 23-25, 25-21, 25-17 and 25-22.", "value"),
    # a score whose ratio does not end (25/19): reported, with the source's score as expected
    ("中国女排以25:19赢下第三局。", "China won the third set 25-17.", "value"),
    # a fraction word changed for its neighbour (a third as a quarter)
    ("全球约三分之一的人口生活在缺水地区。", "About a quarter of the world's population lives in water-scarce areas.",
     "value"),
    # a price whose number is kept but given per another unit (not converted)
    ("新郑大枣每斤售价8元。", "Xinzheng jujubes sold for 8 yuan per kilogram.", "unit"),
    ("该楼盘均价为每平方米8.5万元。", "Flats there sell at 85,000 yuan per square foot.", "unit"),
    ("第三季度营业收入1622亿元，同比增长38%。", "Third-quarter revenue rose 38 per cent to Rmb16.22bn.", "scale"),
    ("台積電股價收在新台幣545元，市值約14.13兆元。",
     "TSMC shares closed at NT$545, giving it a market value of about NT$14.31 trillion.", "value"),
    ("赛事预计为上海带来约15亿元的经济收益。", "The race should bring in about two and a half billion yuan.", "value"),
    ("9名委员中，3人支持加息25个基点。", "Three of the nine members backed a half-point rise.", "value"),
    ("今年1至11月，我国实际使用外资金额1.04万亿元。",
     "China's actual use of foreign investment reached 1.04 trillion yuan in the first 10 months.", "value"),
    ("据估计，每年流感导致全球29万至65万人死亡。", "Flu kills 290,000 to 560,000 people a year.", "value"),
    ("沪指跌1.03%，一度失守2900点整数关口。", "The Shanghai index fell 1.03%, briefly dropping below the 2,800 mark.",
     "value"),
    ("上海最高气温仅有3℃，比前一天下降约10℃。", "Shanghai's high will be 3 C, about 12 degrees below the day before.",
     "value"),
    # a gain in 倍 read as the percentage it is not (the expected figure has no end: no crash)
    ("利润增长1.8倍。", "Profit rose 80 per cent.", "value"),
    ("该物业业主持有13年，账面获利2.2亿港元，升值约1.8倍。",
     "The owner made a paper gain of HK$220m over 13 years, or about 80 per cent.", "value"),
    ("越南和泰国分别占进口量的45%和35%左右。", "Vietnam and Thailand supply 45% and 35% of imports.", "approximation"),
    # a macro-region swapped for another
    ("未来三天，华北地区将出现强降雨。", "Heavy rain is expected in southern China in the next days.", "entity"),
    # a half hour lost or a half year turned into a year
    ("会议持续了三个半小时。", "The meeting lasted four and a half hours.", "value"),
    ("工程历时两年半。", "The project took three and a half years.", "value"),
])
def test_the_same_classes_still_report_real_slips(tmp_path, zh, en, kind):
    assert kind in [k for k, _, _ in check(tmp_path, zh, en)]


def check_md(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    (tmp_path / "zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    pair = annotate_files(tmp_path / "zh.md", tmp_path / "en.md")
    return [(f.kind, f.severity, f.source_text) for f in pair.findings if f.severity in SEVERE]


def test_a_headline_may_drop_a_figure_its_body_gives(tmp_path):
    zh = "# 11月制造业PMI为49.4% 比上月下降0.1个百分点\n\n11月份，制造业PMI为49.4%，比上月下降0.1个百分点。\n"
    en = "# November manufacturing PMI slips to 49.4%\n\nThe PMI fell 0.1 percentage point to 49.4% in November.\n"
    assert check_md(tmp_path, zh, en) == []
    # the body dropping it is still a loss
    en_body = "# November manufacturing PMI slips to 49.4%\n\nThe PMI fell to 49.4% in November.\n"
    assert ("missing-number", "warning", "0.1个百分点") in check_md(tmp_path, zh, en_body)
    # so is a headline figure the body does not give, or one the headline makes vague
    zh_only = "# 佛州确诊41.4万例 成第二严重州份\n\n佛罗里达州已成为美国疫情第二严重的州。\n"
    en_only = "# Florida becomes second worst-hit state\n\nFlorida is now the second worst-hit state in the US.\n"
    assert ("missing-number", "warning", "41.4万") in check_md(tmp_path, zh_only, en_only)
    zh_both = "# 佛州确诊41.4万例\n\n佛罗里达州累计确诊41.4万例。\n"
    en_vague = "# Florida has several hundred thousand cases\n\nFlorida has 414,000 confirmed cases.\n"
    assert ("missing-number", "warning", "41.4万") in check_md(tmp_path, zh_both, en_vague)


@pytest.mark.parametrize("zh,en,kind", [
    # 兆 in money is a trillion (Taiwan, Japan) or, in older usage, a million: a billion is neither
    ("台积电去年营收达新台币2.26兆元。", "TSMC's revenue last year reached NT$2.26 billion.", "scale"),
    ("日本政府债务超过1200兆日元。", "Japan's government debt exceeds 1,200 billion yen.", "scale"),
    ("台积电去年营收达新台币2.26兆元。", "TSMC's revenue last year reached NT$2.62 trillion.", "value"),
])
def test_zhao_in_money_is_a_trillion_or_a_million_never_between(tmp_path, zh, en, kind):
    assert [k for k, _, _ in check(tmp_path, zh, en)] == [kind]


@pytest.mark.parametrize("zh,en", [
    ("台积电去年营收达新台币2.26兆元。", "TSMC's revenue last year reached NT$2.26 trillion."),
    ("日本政府债务超过1200兆日元。", "Japan's government debt exceeds 1,200 trillion yen."),
])
def test_zhao_in_money_read_as_a_trillion(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []

"""Taiwan, Hong Kong and Macau conventions, through the whole pipeline.

Each case is a convention of Traditional Chinese as Taiwan, Hong Kong and
Macau media and governments write it, written fresh for this test: a figure
grouped by a comma after 萬/億/兆 (7萬8,215, 2億3,450萬, 2兆8,813億), a year
of the Republic of China era with or without 民國 (112年9月 is September 2023,
113年度 fiscal 2024, 民國五十四年 1965, 民國元年 1912), a fiscal year whose
second end keeps two digits (2024至25年度), the pataca (澳門元, MOP), the ping
(坪) with its conversion in brackets, a raise 由176元調高至183元 given as
"from NT$176 to NT$183", a rate 在7.82水平 given as "around 7.82", and names
in their own romanisation (大圍 Tai Wai, 沙田 Sha Tin, 新北 New Taipei,
立法會 Legislative Council, "Hong Kong" beside a Cantonese name, 林鄭 "Carrie
Lam" as CC-CEDICT gives it, 李偉農 "Lei Wai Nong" by the surname as Macao spells
it), a level and its change ("66.1 billion, up 14.6 billion, or 28.3%"), 65歲以上
as "65 and over", and "$5.1 billion in 2017 to $82.9 billion" (a year, not a
range): no error or warning.  Each has its counterpart with a real slip that must still be
reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en)


CASES = [
    # (id, source, correct translation, translation with a slip, kind of the slip's finding)
    ("trillion-comma",
     "行政院今天通過總預算案，歲出規模達2兆8,813億元。",
     "The Executive Yuan approved the general budget today, with spending of NT$2.8813 trillion.",
     "The Executive Yuan approved the general budget today, with spending of NT$2.8813 billion.", "scale"),
    ("ten-thousand-comma",
     "第3季全國共有7萬8,215棟住宅完成買賣移轉。",
     "A total of 78,215 homes changed hands nationwide in the third quarter.",
     "A total of 87,215 homes changed hands nationwide in the third quarter.", "value"),
    ("hundred-million-comma",
     "農業損失初估為新台幣2億3,450萬元。",
     "Initial farm losses were put at NT$234.5 million.",
     "Initial farm losses were put at NT$23.45 million.", "scale"),
    ("roc-year-month",
     "勞動部統計，112年9月失業率為3.41%。",
     "The unemployment rate was 3.41% in September 2023, the Ministry of Labor said.",
     "The unemployment rate was 3.41% in September 2012, the Ministry of Labor said.", "value"),
    ("roc-fiscal-year",
     "政府在113年度編列債務還本1,000億元。",
     "The government set aside NT$100 billion for debt repayment in fiscal 2024.",
     "The government set aside NT$100 billion for debt repayment in fiscal 2013.", "value"),
    ("roc-year-in-words",
     "這座博物館於民國五十四年落成。",
     "The museum opened in 1965.",
     "The museum opened in 1954.", "value"),
    ("roc-first-year",
     "這條鐵路於民國元年全線通車。",
     "The railway opened along its full length in 1912.",
     "The railway opened along its full length in 1911.", "value"),
    ("fiscal-year-two-digits",
     "財政司司長今日發表2024至25年度財政預算案。",
     "The Financial Secretary delivered the 2024-25 Budget today.",
     "The Financial Secretary delivered the 2023-24 Budget today.", "value"),
    ("pataca",
     "首11個月博彩毛收入為1,645.7億澳門元。",
     "Gross gaming revenue for the first 11 months was MOP164.57 billion.",
     "Gross gaming revenue for the first 11 months was MOP16.457 billion.", "scale"),
    ("pataca-word",
     "旅客人均消費為2,150澳門元。",
     "Visitors spent 2,150 patacas per head.",
     "Visitors spent 2,510 patacas per head.", "value"),
    ("ping",
     "一間30坪的公寓總價約新台幣3,600萬元。",
     "A 30-ping (about 99 square metres) apartment costs about NT$36 million.",
     "A 40-ping (about 132 square metres) apartment costs about NT$36 million.", "value"),
    ("raise-from-to",
     "時薪由176元調高至183元。",
     "The hourly minimum wage will rise from NT$176 to NT$183.",
     # a wrong end of "from … to": the other end found, this one a changed value
     "The hourly minimum wage will rise from NT$167 to NT$183.", "value"),
    ("rate-level",
     "港元兌美元匯率維持在7.82水平。",
     "The Hong Kong dollar held at around 7.82 to the US dollar.",
     "The Hong Kong dollar held at around 7.28 to the US dollar.", "value"),
    ("hk-station",
     "東鐵綫過海段通車後，由大圍至金鐘只需約17分鐘。",
     "Since the East Rail Line cross-harbour extension opened, the journey from Tai Wai to Admiralty "
     "takes only about 17 minutes.",
     "Since the East Rail Line cross-harbour extension opened, the journey from Tsuen Wan to Admiralty "
     "takes only about 17 minutes.", "entity"),
    ("hk-district-in-its-city",
     "天文台表示，今日下午沙田錄得全港最高氣溫。",
     "The Observatory said Sha Tin recorded the highest temperature in Hong Kong this afternoon.",
     "The Observatory said Tsuen Wan recorded the highest temperature in Hong Kong this afternoon.", "entity"),
    ("new-taipei",
     "新北市長侯友宜與台北市長蔣萬安皆出席活動。",
     "New Taipei Mayor Hou You-yi and Taipei Mayor Chiang Wan-an both attended the event.",
     "Taipei Mayor Hou You-yi and Taipei Mayor Chiang Wan-an both attended the event.", "entity"),
    ("legislature",
     "行政長官今日出席立法會答問會。",
     "The Chief Executive attended a Legislative Council question and answer session today.",
     "The Chief Executive attended a Legislative Yuan question and answer session today.", "entity"),
    ("cantonese-name-beside-hong-kong",
     "金管局總裁余偉文表示，銀行體系總結餘約為448億港元。",
     "Eddie Yue Wai-man, Chief Executive of the Hong Kong Monetary Authority, said the aggregate balance "
     "stood at about HK$44.8 billion.",
     "Eddie Yue Wai-man, Chief Executive of the Hong Kong Monetary Authority, said the aggregate balance "
     "stood at about HK$4.48 billion.", "scale"),
    ("roc-year-without-month",
     "長照預算自106年的新台幣51億元增至113年的829億元。",
     "The long-term care budget grew from NT$5.1 billion in 2017 to NT$82.9 billion in 2024.",
     "The long-term care budget grew from NT$5.1 billion in 2017 to NT$8.29 billion in 2024.", "scale"),
    ("roc-year-before-months",
     "112年1至10月電子零組件出口值為1,458億美元。",
     "Exports of electronic components totalled US$145.8 billion in January-October 2023.",
     "Exports of electronic components totalled US$145.8 billion in January-October 2012.", "value"),
    ("level-and-its-change",
     "出超金額累計為661億美元，較去年同期增加146億美元，增幅為28.3%。",
     "The trade surplus was US$66.1 billion, up US$14.6 billion, or 28.3%, from a year earlier.",
     "The trade surplus was US$66.1 billion, up US$14.6 billion, or 38.3%, from a year earlier.", "arithmetic"),
    ("and-over",
     "65歲以上人口占總人口比率已達18.4%。",
     "People aged 65 and over now make up 18.4% of the population.",
     "People aged 56 and over now make up 18.4% of the population.", "value"),
    ("traditional-name-in-cc-cedict",
     "林鄭月娥表示，第五波疫情至今已有逾120萬人受感染。",
     "Carrie Lam said more than 1.2 million people had been infected in the fifth wave.",
     "Carrie Lam said more than 12 million people had been infected in the fifth wave.", "scale"),
    ("macao-spelling-of-a-surname",
     "財政司司長李偉農表示，博彩收入預計為1,300億元。",
     "Secretary for Economy and Finance Lei Wai Nong said gaming revenue was expected to reach MOP130 billion.",
     "Secretary for Economy and Finance Lei Wai Nong said gaming revenue was expected to reach MOP13 billion.",
     "scale"),
    # the checks read the source's own words through Simplified too: 可達 is 可达, "up to"
    ("hedge-in-traditional-words",
     "團隊使用的植保無人機飛行速度可達每小時30公里，每天可播種300畝。",
     "The team's crop drones fly at up to 30 km/h and can sow 300 mu a day.",
     "The team's crop drones fly at up to 30 km/h and can sow 3,000 mu a day.", "scale"),
]


@pytest.mark.parametrize(("zh", "en"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_convention_is_no_alarm(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [(c[1], c[3], c[4]) for c in CASES], ids=[c[0] for c in CASES])
def test_slip_in_the_same_wording_is_reported(tmp_path, zh, en, kind):
    assert kind in {k for k, _, _ in check(tmp_path, zh, en)}


def test_another_surname_in_macao_spelling_is_still_a_substitution(tmp_path):
    zh = "財政司司長李偉農表示，博彩收入預計為1,300億元。"
    said = ", the Secretary for Economy and Finance, said gaming revenue was expected to reach MOP130 billion."
    assert check(tmp_path, zh, "Lei Wai Nong" + said) == []
    assert ("entity", "error", "Lao Wai Nong") in check(tmp_path, zh, "Lao Wai Nong" + said)


def test_a_hedge_the_source_does_not_give_is_still_reported_and_quotes_stay_traditional(tmp_path):
    from northeast_text.pipeline import annotate_files

    zh = "團隊使用的植保無人機飛行速度為每小時30公里。全省共有3.2萬億元存款。"
    en = "The team's crop drones fly at up to 30 km/h. Deposits in the province total 3.2 billion yuan."
    assert ("approximation", "warning", "up to 30 km/h") in check(tmp_path, zh, en)
    pair = annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt")
    quotes = {f.kind: f.source_text for f in pair.findings if f.severity != "info"}
    assert quotes["scale"] == "3.2萬億元"  # cut from the original, not its Simplified reading

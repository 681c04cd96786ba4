"""Correct phrasing of registers beyond wire news, through the whole pipeline.

Each case is a class of wording professional translations of one register
use, written fresh for this test: a financial statement's accounting negative
in brackets before its scale ((3,456)万元, "RMB(34.56) million") and its
dividend per 10 shares given per share; a contract's capital numerals
(人民币柒万元整); a box score's "9-of-17" and "edged 118-112"; an abstract's
test statistics in brackets after a percentage (χ²=19.37，P<0.01); a
leaflet's grams in milligrams; a work report's 斤 in metric tons; a speech's
以内 as "within"; a match report's 一度领先 as "led by as many as" and 0:0 as
"goalless"; a spec sheet's 最长 as "up to" and 万像素 as "MP"; a programme's
clock times before a colon on either side (9:00—12:00：, "9:00 to 12:00:"), after 下午 (下午1:30—5:00) and
"noon"; a recipe's 约1小时 as "about an hour" and 半斤 as "250 g"; a
history's 两千多年 as "more than two millennia" and its idiom 周游列国 (no
country's name); a bulletin's range converted in brackets ("35 to 37 degrees
Celsius (95 to 99 degrees Fahrenheit)") and its 江南 as "south of the
Yangtze".  No error or warning.  Each class has its counterpart that must
still be reported, so the rule cannot be a blanket silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from northeast_text.pipeline import annotate_files

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


@pytest.mark.parametrize(("zh", "en"), [
    # financial statements: a negative in brackets, the scale outside them, on either side
    ("汇兑损失为(2,318)万元，主要受汇率波动影响。",
     "Exchange losses were RMB(23.18) million, mainly due to currency swings."),
    ("投资活动现金流量净额为（17.6）亿元。", "Net cash flow from investing activities was negative 1.76 billion yuan."),
    # an abstract: a percentage followed by its test statistics in brackets
    ("试验组有效率为82.3%，显著高于对照组的64.6%（χ²=19.37，P<0.01）。",
     "The response rate was 82.3% in the trial group, significantly higher than the 64.6% in the control group "
     "(χ² = 19.37, P < 0.01)."),
    # a dividend per 10 shares given per share
    ("公司拟向全体股东每10股派发现金红利4.5元（含税）。",
     "The company plans to pay a cash dividend of 0.45 yuan per share (tax included)."),
    # a contract's capital numerals (大写), with or without the figure in digits beside them
    ("押金为人民币柒万元整。", "The deposit is RMB 70,000."),
    ("合同总价为人民币壹拾贰万叁仟元整。", "The total contract price is RMB 123,000."),
    # 陆 and 伍 outside a sum of money are no numerals
    ("伍先生在大陆投资了三家工厂，陆续投入资金5000万元。",
     "Mr. Wu has invested 50 million yuan in three factories on the mainland."),
    # a box score: a shooting line ("9-of-17" for 17投9中), a score after "edged", a series "advance 3-2"
    ("他全场17投9中，拿下26分。", "He shot 9-of-17 for 26 points."),
    ("广东队以118比112险胜辽宁队，总比分3比2晋级。", "Guangdong edged Liaoning 118-112 to advance 3-2."),
    # a leaflet: grams as milligrams
    ("每粒含布洛芬0.2克。", "Each capsule contains 200 mg of ibuprofen."),
    # a work report: a quantity in jin given in metric tons
    ("全年粮食产量1.4万亿斤。", "Grain output for the year was 700 million metric tons."),
    # a speech: 以内 as "within"
    ("全年物价涨幅控制在3%以内。", "Price rises for the year were kept within 3%."),
    # a match report: the most a lead reached (一度) as "as many as"; a spec sheet's 最长 as "up to"
    ("主队在第二节一度领先21分。", "The hosts led by as many as 21 in the second quarter."),
    ("续航时间最长20小时。", "Battery life is up to 20 hours."),
    # a programme: a clock time before the colon of its item, noon as the end of a range
    ("下午1:30—5:00：分组讨论。", "1:30 to 5 p.m.: group discussions."),
    ("上午8:30—12:00：开幕式。", "8:30 a.m. to noon: opening ceremony."),
    ("上午9:00—12:00：开幕式。", "9:00 to 12:00: opening ceremony."),
    # a spec sheet's megapixels
    ("后置6400万像素摄像头。", "A 64MP rear camera."),
    # a match report's goalless half, a recipe's "an hour"
    ("上半场两队0:0互交白卷，下半场客队2:0取胜。", "After a goalless first half, the visitors won 2-0."),
    ("静置约1小时后切块。", "Leave to rest for about an hour, then cut into pieces."),
    # a recipe's 半斤 in grams ("g" spaced from its figure); a history's 两千多年 as "millennia"
    ("猪肉馅半斤，鸡蛋1个。", "250 g minced pork, 1 egg."),
    ("这座古城已有两千多年历史。", "The old town is more than two millennia old."),
    # a bulletin's range converted end by end in brackets
    ("白天最高气温35～37℃。", "Daytime highs will be 35 to 37 degrees Celsius (95 to 99 degrees Fahrenheit)."),
    ("累计雨量100～150毫米。", "Rainfall will total 100 to 150 mm (4 to 6 inches)."),
    # a region named by its side of a landmark, rendered so; an idiom ending in 国 is no place
    ("明天江南大部地区有雨。", "Rain is expected tomorrow in most areas south of the Yangtze."),
    ("清军于十七世纪中叶入关。两千多年前，孔子带着弟子周游列国。",
     "The Qing army entered China proper in the mid-17th century. More than 2,000 years ago, "
     "Confucius travelled from state to state with his disciples."),
])
def test_correct_register_phrasing_is_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [
    ("汇兑损失为(2,318)万元，主要受汇率波动影响。",
     "Exchange losses were RMB(231.8) million, mainly due to currency swings.", "scale"),
    ("投资活动现金流量净额为（17.6）亿元。", "Net cash flow from investing activities was negative 17.6 billion yuan.",
     "scale"),
    ("试验组有效率为82.3%，显著高于对照组的64.6%（153例中的112例）。",
     "The response rate was 82.3% in the trial group, significantly higher than the 64.6% in the control group "
     "(112 of 153).", "arithmetic"),
    ("公司拟向全体股东每10股派发现金红利4.5元（含税）。",
     "The company plans to pay a cash dividend of 4.5 yuan per share (tax included).", "missing-number"),
    ("公司拟向全体股东每10股派发现金红利4.5元（含税）。",
     "The company plans to pay a cash dividend of 0.54 yuan per share (tax included).", "value"),
    ("押金为人民币柒万元整。", "The deposit is RMB 7,000.", "scale"),
    ("合同总价为人民币壹拾贰万叁仟元整。", "The total contract price is RMB 132,000.", "value"),
    ("他全场17投9中，拿下26分。", "He shot 9-of-19 for 26 points.", "value"),
    ("广东队以118比112险胜辽宁队，总比分3比2晋级。", "Guangdong edged Liaoning 118-102 to advance 3-2.", "value"),
    ("每粒含布洛芬0.2克。", "Each capsule contains 20 mg of ibuprofen.", "scale"),
    ("全年粮食产量1.4万亿斤。", "Grain output for the year was 1.4 trillion metric tons.", "unit"),
    ("全年物价涨幅控制在3%以内。", "Price rises for the year were kept at 3%.", "approximation"),
    ("主队在第二节领先21分。", "The hosts led by as many as 21 in the second quarter.", "approximation"),
    ("续航时间20小时。", "Battery life is up to 20 hours.", "approximation"),
    ("下午1:30—5:00：分组讨论。", "13:30 to 16:00: group discussions.", "value"),
    ("上午9:00—12:00：开幕式。", "9:00 to 11:00: opening ceremony.", "value"),
    ("上午8:30—11:00：开幕式。", "8:30 a.m. to noon: opening ceremony.", "value"),
    ("后置6400万像素摄像头。", "A 46MP rear camera.", "missing-number"),
    ("上半场两队0:0互交白卷，下半场客队2:0取胜。", "After a first half that ended 1-1, the visitors won 2-0.",
     "value"),
    ("静置约1小时后切块。", "Leave to rest for about a day, then cut into pieces.", "missing-number"),
    ("猪肉馅半斤，鸡蛋1个。", "500 g minced pork, 1 egg.", "value"),
    ("这座古城已有两千多年历史。", "The old town is more than three millennia old.", "missing-number"),
    ("两人的水平半斤八两。", "The two are as good as each other, at 250 g.", "extra-number"),
    ("白天最高气温35～37℃。", "Daytime highs will be 35 to 37 degrees Celsius (95 to 109 degrees Fahrenheit).",
     "extra-number"),
    ("累计雨量100～150毫米。", "Rainfall will total 100 to 150 mm (4 to 16 inches).", "extra-number"),
    ("明天江南大部地区有雨。", "Rain is expected tomorrow in most areas north of the Yangtze.", "entity"),
    ("明天齐齐哈尔大部地区有雨。", "Rain is expected tomorrow in most of Harbin.", "entity"),
])
def test_the_same_registers_still_report_real_slips(tmp_path, zh, en, kind):
    assert kind in [k for k, _, _ in check(tmp_path, zh, en)]


def test_an_accounting_negative_is_expected_in_its_own_brackets(tmp_path):
    (tmp_path / "zh.md").write_text("汇兑损失为(2,318)万元。", encoding="utf-8")
    (tmp_path / "en.md").write_text("Exchange losses were RMB(231.8) million.", encoding="utf-8")
    pair = annotate_files(tmp_path / "zh.md", tmp_path / "en.md")
    assert [f.message.rsplit("Expected: ", 1)[-1] for f in pair.findings if f.kind == "scale"] == \
        ["RMB(23.18) million."]

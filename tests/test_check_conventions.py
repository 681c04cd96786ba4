"""Conventions of the British and financial press and of science writing, through the
whole pipeline: a span of years with its end year short ("2019–21"), a
temperature without its degree sign ("40C (104F)", "35–39C"), a power of ten
alone ("10^8"), "six in ten" for 六成, 四成为 ("40 per cent are"), "smaller
than" for 以下, "to double" for 提高一倍, 中欧 / 中美 named by one of their places ("China-EU trade"), a
date that states the same parts as the other side's preferred over a month
alone, and 百岁 / 千年 rendered "aged 100" / "1,000 years".  No error or
warning.  Each class has its counterpart that must still be reported, so no
rule is a blanket silence.  The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


@pytest.mark.parametrize(("zh", "en"), [
    # a span of years with the end year short
    ("2016年至2019年间，出口额增长了约四分之一。", "Over 2016–19, exports grew by about a quarter."),
    # a temperature without its degree sign, converted in brackets; a range so written
    ("7月3日，该市最高气温达到41.5℃。", "The city's temperature peaked at 41.5C (106.7F) on 3 July."),
    ("预计未来两天最高气温在33℃至36℃之间。", "Highs of 33–36C are forecast for the next two days."),
    # a power of ten alone, and after a figure
    ("该电池可循环充电1万次以上。", "The battery survives more than 10^4 charging cycles."),
    ("样品中检出3.5亿个细菌。", "The sample held 3.5 × 10^8 bacteria."),
    # N in ten for 成, a share before 为
    ("近七成企业表示今年将扩大招聘。", "Nearly seven in ten companies say they will hire more this year."),
    ("新车中约三成为纯电动车型。", "About 30 per cent of the new cars are fully electric."),
    # a comparative for an upper bound
    ("其中约一半为60平方米以下的小户型。", "About half of them are flats smaller than 60 sq m."),
    # two places by their one-character abbreviations, named by one of them
    ("今年中欧班列开行1.7万列。", "China-EU freight trains made 17,000 trips this year."),
    # a date stated in full on both sides, and a month alone later in the source
    ("9月14日，该市最高气温达到39.6℃，为9月最高值。",
     "The city's temperature reached 39.6C (103.3F) on 14 September, the highest for the month."),
    # a plain multiplying verb after "to"
    ("公司计划明年将产能提高一倍。", "The company plans to double its capacity next year."),
    # 百 and 千 as characters of a word
    ("全县百岁老人已达312人。", "The county now has 312 people aged 100 or over."),
    ("这座千年古城每年接待游客约300万人次。", "The 1,000-year-old city receives about 3 million visits a year."),
])
def test_correct_conventions_are_not_flagged(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "kind"), [
    ("7月3日，该市最高气温达到41.5℃。", "The city's temperature peaked at 45.1C (113.2F) on 3 July.", "value"),
    ("该电池可循环充电1万次以上。", "The battery survives more than 10^5 charging cycles.", "scale"),
    ("样品中检出3.5亿个细菌。", "The sample held 3.5 × 10^7 bacteria.", "scale"),
    ("近七成企业表示今年将扩大招聘。", "Nearly six in ten companies say they will hire more this year.", "value"),
    ("新车中约三成为纯电动车型。", "About 40 per cent of the new cars are fully electric.", "value"),
    ("9月14日，该市最高气温达到39.6℃，为9月最高值。",
     "The city's temperature reached 39.6C (103.3F), the highest for the month.", "missing-number"),
    ("今年中欧班列开行1.7万列。", "Japan-EU freight trains made 17,000 trips this year.", "entity"),
    ("今年中欧班列开行1.7万列。", "China-EU freight trains made 1,700 trips this year.", "scale"),
    ("公司计划明年将产能提高一倍。", "The company plans to triple its capacity next year.", "value"),
    # a measure in another unit a power of ten off: a scale slip across units
    ("全省风电装机达到3240万千瓦。", "The province's wind capacity reached 3.24 gigawatts.", "scale"),
    # a hundred added where the source has no 百 of its own
    ("全县高龄老人已达312人。", "The county now has 312 people aged 100 or over.", "extra-number"),
])
def test_the_same_conventions_still_report_real_slips(tmp_path, zh, en, kind):
    assert kind in [k for k, _, _ in check(tmp_path, zh, en)]


def test_a_measure_in_another_unit_that_agrees_is_no_scale_slip(tmp_path):
    assert check(tmp_path, "全省风电装机达到3240万千瓦。", "The province's wind capacity reached 32.4 gigawatts.") == []

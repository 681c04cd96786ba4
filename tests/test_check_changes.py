"""A change stated by how much on one side and to what level on the other (checks/changes.py):
下降20% "fell to 20%", 降至20% "fell by 20%".  Sentences written for these tests; the same
wording on both sides, a side that says neither, or a rate named as what changes ("growth
slowed to 5.2%" for GDP增长5.2%), is no finding."""

from __future__ import annotations

import pytest

from builders import loud


@pytest.mark.parametrize(("zh", "en"), [
    ("成本下降20%。", "Costs fell to 20%."),
    ("成本降至20%。", "Costs fell by 20%."),
    ("营收增长到12亿元。", "Revenue rose 1.2 billion yuan."),
    ("工业产值下调至300亿元。", "Industrial output was cut by 30 billion yuan."),
])
def test_by_given_as_to_or_to_as_by_is_a_value_warning(zh, en):
    assert [kind for kind, _src, _tgt in loud(zh, en)] == ["value"]


@pytest.mark.parametrize(("zh", "en"), [
    ("成本下降20%。", "Costs fell by 20%."),
    ("成本下降20%。", "Costs fell 20%."),
    ("成本降至20%。", "Costs fell sharply to 20%."),
    ("失业率比上年下降0.5个百分点至5.1%。", "The unemployment rate fell 0.5 percentage points to 5.1%."),
    ("营收同比增长12%，达到100亿元。", "Revenue rose 12% year on year to 10 billion yuan."),
    ("营收同比增长12%。", "Revenue was up 12% year on year."),
    ("营收同比增长12%。", "Revenue growth was 12% year on year."),  # the translation says neither
    ("增速为12%。", "Growth rose to 12%."),  # the source says neither
    ("降价幅度最高可达30%。", "Prices are cut by up to 30%."),
    ("利用率已降至不足50%。", "Utilization dropped below 50%."),  # a bound of level: not judged
    # a rate named as what changes: its level is the size of a change of what it measures
    ("一季度GDP同比增长5.3%。", "First-quarter growth accelerated to 5.3% year on year."),
    ("CPI同比上涨2%。", "Inflation rose to 2% year on year."),
    ("一季度经济增速回落至5.2%。", "The economy grew 5.2% in the first quarter."),
    ("利率上调至3%。", "The rate was raised by 3%."),
])
def test_the_same_relation_or_none_stated_is_no_finding(zh, en):
    assert loud(zh, en) == []


def test_the_finding_names_both_relations():
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document("成本下降20%。", "zh", format="text"),
                             parse_document("Costs fell to 20%.", "en", format="text"))
    (f,) = pair.findings
    assert (f.kind, f.severity) == ("value", "warning")
    assert f.data == {"source_relation": "by", "target_relation": "to"}
    assert "changed by 20%" in f.message and "changed to 20%" in f.message


@pytest.mark.parametrize(("zh", "en", "src"), [
    ("央行将基准利率上调25个基点。", "The central bank cut its benchmark rate by 25 basis points.", "25个基点"),
    ("央行将基准利率下调25个基点。", "Interest rates were raised by 25 basis points.", "25个基点"),
    ("一季度经济增速回落至5.2%。", "Growth rose to 5.2% in the first quarter.", "5.2%"),
    ("10月失业率升至3.9%。", "The unemployment rate fell to 3.9% in October.", "3.9%"),
    ("公司将产品价格降低10%。", "The company raised the prices of its products by 10%.", "10%"),
    # the Chinese verb before its object too, and a long English object
    ("央行决定下调金融机构存款准备金率0.5个百分点。",
     "The central bank decided to raise the reserve requirement ratio for financial institutions by 0.5 "
     "percentage points.", "0.5个百分点"),
    ("公司将降低生产成本10%。", "The company will raise production costs by 10%.", "10%"),
])
def test_a_rate_or_an_object_changed_the_other_way_is_a_value_warning(zh, en, src):
    """A rate named on both sides is judged for its direction (not for by/to), and an English verb
    may have its object between it and "by" ("cut its benchmark rate by")."""
    assert [(kind, s) for kind, s, _t in loud(zh, en)] == [("value", src)]


@pytest.mark.parametrize(("zh", "en"), [
    ("央行将基准利率上调25个基点。", "The central bank raised its benchmark rate by 25 basis points."),
    ("央行将基准利率下调25个基点。", "Interest rates were cut by 25 basis points."),
    ("一季度经济增速回落至5.2%。", "Growth slowed to 5.2% in the first quarter."),
    ("公司将产品价格降低10%。", "The company cut the prices of its products by 10%."),
    ("央行决定下调金融机构存款准备金率0.5个百分点。",
     "The central bank decided to cut the reserve requirement ratio for financial institutions by 0.5 "
     "percentage points."),
    ("公司将降低生产成本10%。", "The company will cut production costs by 10%."),
    ("央行将于下周上调利率25个基点。", "The central bank will raise rates by 25 basis points next week."),
    # 提高到 and a year in numerals before the figure: a level reached, no object
    ("平均吨位从二〇一二年的1130吨提高到二〇二三年的1960吨。",
     "Average tonnage rose from 1,130 tons in 2012 to 1,960 tons in 2023."),
    # a rate on one side only: a growth rate falling while the economy grows
    ("一季度经济增速回落至5.2%。", "The economy grew 5.2% in the first quarter."),
    # the object names a rate and something that rises: neither direction is read
    ("国际货币基金组织将增长预期下调0.2个百分点。", "The IMF cut its growth forecast by 0.2 percentage points."),
])
def test_a_rate_or_an_object_changed_the_same_way_is_no_finding(zh, en):
    assert loud(zh, en) == []


def test_the_direction_finding_says_by_or_to():
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document("10月失业率升至3.9%。", "zh", format="text"),
                             parse_document("The unemployment rate fell to 3.9% in October.", "en", format="text"))
    (f,) = pair.findings
    assert f.data == {"source_direction": "up", "target_direction": "down"}
    assert "went up to 3.9%" in f.message

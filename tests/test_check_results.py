"""A money figure that is a gain on one side and a loss on the other (checks/results.py,
resources/checks/results.json, rule numbers.value_result): a value warning; the same result, or a
figure with no word of gain or loss on one side, is none."""

from __future__ import annotations

import pytest

from builders import loud


def _result(zh: str, en: str) -> list[tuple[str, str]]:
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.source_text or "", f.target_text or "") for f in pair.findings
            if f.evidence.get("rule") == "numbers.value_result"]


@pytest.mark.parametrize("zh,en,src,tgt", [
    ("该集团去年净亏损4.5亿元。", "The group made a net profit of 450 million yuan last year.",
     "4.5亿元", "450 million yuan"),
    ("该航空公司一季度盈利8亿港元。", "The airline posted a HK$800 million loss in the first quarter.",
     "8亿港元", "HK$800 million"),
    ("上月该国贸易顺差为120亿美元。", "The country's trade deficit was $12 billion last month.",
     "120亿美元", "$12 billion"),
    ("今年财政赤字预计为3000亿元。", "This year's fiscal surplus is expected to be 300 billion yuan.",
     "3000亿元", "300 billion yuan"),
    ("公司上季度亏损2亿美元。", "The company earned $200 million last quarter.",
     "2亿美元", "$200 million"),
])
def test_a_gain_given_as_a_loss_is_a_value_warning(zh, en, src, tgt):
    assert _result(zh, en) == [(src, tgt)]
    assert ("value", src, tgt) in loud(zh, en)


@pytest.mark.parametrize("zh,en", [
    ("该集团去年净亏损4.5亿元。", "The group made a net loss of 450 million yuan last year."),
    ("该集团去年净亏损4.5亿元。", "The group lost 450 million yuan last year."),
    ("该航空公司一季度盈利8亿港元。", "The airline posted a HK$800 million profit in the first quarter."),
    ("上月该国贸易顺差为120亿美元。", "The country's trade surplus was $12 billion last month."),
    ("公司由盈转亏，亏损2亿美元。", "The company swung from profit to a loss of $200 million."),
    ("洪灾造成直接经济损失3亿元。", "The floods caused direct economic losses of 300 million yuan."),
    # no word of gain or loss on one side: not judged
    ("公司上季度营收2亿美元。", "The company lost $200 million last quarter."),
    ("公司上季度亏损2亿美元。", "The company's figure for last quarter was $200 million."),
])
def test_the_same_result_or_none_said_is_no_warning(zh, en):
    assert _result(zh, en) == []

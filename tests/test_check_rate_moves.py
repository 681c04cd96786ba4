"""A rate kept on one side and moved on the other (checks/rate_moves.py, resources/checks/rate_moves.json,
rule numbers.value_kept): a value warning; a side that says both, or a decision told alike, is none."""

from __future__ import annotations

import pytest

from builders import loud


def _kept(zh: str, en: str) -> list[tuple[str, str]]:
    return [(s, t) for kind, s, t in loud(zh, en) if kind == "value" and ("利率" in s or "息" in s or "率" in s)]


@pytest.mark.parametrize("zh,en,src,tgt", [
    ("央行本周维持一年期贷款利率不变。", "The central bank cut its one-year lending rate this week.",
     "维持一年期贷款利率", "cut its one-year lending rate"),
    ("联储宣布将利率维持在4%至4.25%的区间。", "The Fed announced it would raise rates to a range of 4% to 4.25%.",
     "利率维持", "raise rates"),
    ("该国央行决定下调存款准备金率。", "The central bank decided to keep the reserve requirement ratio unchanged.",
     "下调存款准备金率", "keep the reserve requirement ratio"),
    ("日本央行上月未加息。", "The Bank of Japan raised interest rates last month.", "未加息", "raised interest rates"),
    ("澳洲联储宣布降息。", "The Reserve Bank of Australia left rates on hold.", "降息", "left rates"),
])
def test_a_rate_kept_on_one_side_and_moved_on_the_other_is_a_value_warning(zh, en, src, tgt):
    assert (src, tgt) in _kept(zh, en)


@pytest.mark.parametrize("zh,en", [
    ("央行本周维持一年期贷款利率不变。", "The central bank kept its one-year lending rate unchanged this week."),
    ("央行本周维持一年期贷款利率不变。", "The central bank held its one-year lending rate steady this week."),
    ("日本央行上月未加息。", "The Bank of Japan did not raise interest rates last month."),
    ("日本央行上月未加息。", "The Bank of Japan decided not to raise rates last month."),
    ("澳洲联储宣布降息。", "The Reserve Bank of Australia announced a rate cut."),
    ("该国央行决定下调存款准备金率。", "The country's central bank decided to cut the reserve requirement ratio."),
    # both said on one side: which rate is which is not judged
    ("央行维持利率不变，同时下调了存款准备金率。", "The central bank cut its rates."),
    ("央行维持利率不变。", "The central bank kept rates unchanged after raising them in March."),
    # no rate named next to the verb: not read
    ("公司将合同工的报酬降低了约9%。", "The company cut rates paid to its contractors by about 9%."),
])
def test_a_decision_told_alike_or_mixed_is_no_warning(zh, en):
    assert _kept(zh, en) == []

"""A contract's parties swapped (甲方 rendered "Party B"): checks/parties.py."""

import pytest

from builders import severe_findings


@pytest.mark.parametrize(("zh", "en"), [
    # the parties a link names on both sides, in any order
    ("乙方应在收到货物后30日内向甲方支付货款。",
     "Party A shall be paid by Party B within 30 days of receiving the goods."),
    ("甲方负责运输，运费由乙方承担。", "Party A handles transport; Party-B bears the freight."),
    # a side that names no party by letter: roles, pronouns, both parties
    ("甲方应保证货物质量。", "The Seller shall guarantee the quality of the goods."),
    ("甲乙双方应遵守本合同。", "Both parties shall abide by this contract."),
    # a party named on one side only
    ("甲方应通知乙方。", "Party A shall give notice."),
    # 乙方案 is plan B, not a party
    ("会议讨论了乙方案。", "The meeting discussed plan B, which Party A proposed."),
])
def test_parties_rendered_or_left_unnamed_are_not_flagged(tmp_path, zh, en):
    assert severe_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "wrong"), [
    ("甲方应保证货物质量。", "Party B shall guarantee the quality of the goods.", "Party B"),
    ("甲方和丙方共同出资。", "Party A and Party B contribute jointly.", "Party B"),
])
def test_a_party_swapped_is_a_warning(tmp_path, zh, en, wrong):
    assert ("entity", "warning", wrong) in severe_findings(tmp_path, zh, en)


def test_two_parties_swapped_with_two_others_are_not_guessed(tmp_path):
    """Which became which is unclear when two parties are lost and two gained."""
    assert severe_findings(tmp_path, "甲方和乙方签字。", "Party C and Party D signed.") == []

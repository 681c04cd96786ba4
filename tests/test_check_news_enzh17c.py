"""Findings on the third span of the WMT17 en-zh test set (docs/evaluation.md "WMT17 news, en-zh
release, part 3"), one class a test, each with a counter-case that must still be reported.  The
sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- a foreign name whose transliteration opens with a Chinese surname's character -------------
# (邓肯 "Duncan": jieba reads 邓 as a surname and the name as a Chinese person, "Deng Ken")

def test_a_foreign_name_opening_with_a_surname_is_heard():
    assert loud("邓肯宣布退役后，马刺队的阵容发生了很大变化。",
                "After Duncan announced his retirement, the Spurs' roster changed a great deal.") == []
    assert loud("邓巴在第二节独得12分。", "Dunbar scored 12 points on his own in the second quarter.") == []


def test_a_name_opening_with_a_surname_given_another_person_is_still_reported():
    zh = "邓肯宣布退役后，马刺队的阵容发生了很大变化。"
    assert loud(zh, "After Dickens announced his retirement, the Spurs' roster changed a great deal.") == [
        ("entity", "邓肯", "Dickens")]
    assert loud(zh, "After Deng Kun announced his retirement, the Spurs' roster changed a great deal.") == [
        ("entity", "邓肯", "Deng Kun")]
    # a Chinese given name (华 is no transliteration character) is no foreign name heard
    assert loud("邓华宣布退役后，马刺队的阵容发生了很大变化。",
                "After Duncan announced his retirement, the Spurs' roster changed a great deal.") == [
        ("entity", "邓华", "Duncan")]
    assert loud("第80分钟，力帆门将邓小飞将球没收。",
                "At the 80th minute, Lifan goalkeeper Deng Xiaofang caught the ball.") == [
        ("entity", "邓小飞", "Deng Xiaofang")]

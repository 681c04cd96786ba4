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


# --- a game named by its players a side, which the other side calls by the team alone (post hoc) --

def test_a_team_named_by_its_players_a_side_is_no_figure_added():
    zh = "他的哥哥效力于英格兰队，帮助球队赢得了比赛。"
    assert loud(zh, "His brother, who plays for England's 15-a-side team, helped secure the win.") == []
    assert loud(zh, "His brother, who plays for England's 15-aside team, helped secure the win.") == []
    assert loud("他们周末在球场踢球。", "They play on a 5-a-side pitch at weekends.") == []


def test_another_game_or_another_figure_added_is_still_reported():
    assert loud("他的哥哥效力于英格兰七人制橄榄球队。", "His brother plays for England's 15-a-side team.") == [
        ("extra-number", "", "15")]
    assert loud("他的哥哥效力于英格兰队，帮助球队赢得了比赛。",
                "His brother, of England's 15-a-side team, and 22 others helped secure the win.") == [
        ("extra-number", "", "22")]

"""False alarms found on news written in English and translated into Chinese, the second span of
the WMT19 en-zh test set (docs/evaluation.md "WMT19 news translated from English, part 2"), one
class a test, each with a counter-case that must still be reported.  The sentences are written for
these tests; none is taken from the probed texts."""

from __future__ import annotations

from northeast_text.entities import recognise_text

from builders import benchmark_module, loud

# --- a fraction written with a slash in the Chinese: 185 又 1/3 "185 1/3" -----------------------

PITCHER_ZH = "这位投球手整个赛季共投了 {} 又 1/3 局，取得 14 胜 6 败，防御率为 2.91。"
PITCHER_EN = "The pitcher threw 185 1/3 innings over the season, going 14-6 with a 2.91 ERA."
FLOUR_ZH = "食谱要求加入 2 又 {}/4 杯面粉和 3 个鸡蛋。"
FLOUR_EN = "The recipe calls for 2 3/4 cups of flour and 3 eggs."


def test_a_slash_fraction_is_a_fraction():
    assert loud(PITCHER_ZH.format(185), PITCHER_EN) == []
    assert loud(FLOUR_ZH.format(3), FLOUR_EN) == []
    assert loud("约 2/3 的居民在 5 月投了赞成票。", "About two thirds of residents voted yes in May.") == []


def test_a_slash_fraction_with_another_figure_is_still_reported():
    # the whole number changed, or the fraction: one value finding, on the figure that differs
    assert loud(PITCHER_ZH.format(187), PITCHER_EN) == [("value", "187", "185")]
    # a whole number and its fraction are one figure on both sides (2又1/4 is 2.25, "2 3/4" 2.75)
    assert loud(FLOUR_ZH.format(1), FLOUR_EN) == [("value", "2 又 1/4", "2 3/4")]
    assert loud("约 2/3 的居民在 5 月投了赞成票。", "About 3/4 of residents voted yes in May.") == [
        ("value", "约 2/3", "3/4")]


# --- 西佛吉尼亚州, West Virginia written with 佛 for 弗 --------------------------------------------

RALLY_ZH = "总统周六前往西佛吉尼亚州，为该州的候选人助选。"


def test_west_virginia_written_with_fo_is_west_virginia():
    assert loud(RALLY_ZH, "The president travelled to West Virginia on Saturday to campaign for the "
                          "state's candidate.") == []


def test_west_virginia_written_with_fo_for_another_state_is_still_reported():
    assert loud(RALLY_ZH, "The president travelled to Pennsylvania on Saturday to campaign for the "
                          "state's candidate.") == [("entity", "西佛吉尼亚州", "Pennsylvania")]


# --- 上半场 "the first half" of a match, which jieba tags as a place -----------------------------

def test_the_half_of_a_match_is_no_place():
    assert loud("本加在上半场结束前 5 分钟射门得分。", "Benga struck five minutes before half-time.") == []
    assert loud("万加在上半场结束前 5 分钟射门得分。", "Wanga struck five minutes before half-time.") == []
    assert [e.text for e in recognise_text("本加在下半场开始后 5 分钟射门得分。", "zh")] == []


def test_a_place_beside_the_half_of_a_match_is_still_checked():
    zh = "门德斯在上半场结束前 5 分钟射门得分，随后球队飞往北京。"
    assert loud(zh, "Mendes struck five minutes before half-time, and the team then flew to Beijing.") == []
    assert loud(zh, "Mendes struck five minutes before half-time, and the team then flew to "
                    "Shanghai.") == [("entity", "北京", "Shanghai")]


# --- a surname that is an English word too, tagged as a person: 洛克 "Rock" ----------------------

def test_a_surname_that_is_an_english_word_renders_the_transliteration():
    # 洛克, which the Chinese reader tags as a place, is the person "Rock": it is rendered, not
    # left alone to face "West" (another person's surname that the lexicon knows as a place)
    assert loud("目前尚不清楚洛克发这条推文是否是为了讽刺维斯特。",
                "It is not clear whether Rock posted the tweet to mock West.") == []


def test_a_place_beside_such_a_surname_is_still_checked():
    assert loud("目前尚不清楚洛克是否会在北京发布这条推文。",
                "It is not clear whether Rock will post the tweet in Shanghai.") == [
        ("entity", "北京", "Shanghai")]


# --- (post hoc) the number of a sequel in a work's Chinese title: 《功夫熊猫 3 之神龙归来》 -----------

PANDA_ZH = "《功夫熊猫 3 之神龙归来》影评：一部热闹的续集"


def test_a_sequel_number_the_english_title_does_not_carry_is_no_loss():
    assert loud(PANDA_ZH, "Kung Fu Panda Returns review: a lively sequel") == []
    assert loud("《碟中谍6：全面瓦解》将于下月上映。", "Mission: Impossible - Fallout opens next month.") == []


def test_a_sequel_number_given_otherwise_or_a_figure_beside_a_title_is_still_reported():
    assert loud(PANDA_ZH, "Kung Fu Panda 4 review: a lively sequel") == [("value", "3", "4")]
    # a figure of the story, outside the title's brackets, dropped: still a loss
    assert loud("《功夫熊猫》上映 3 周后票房破纪录。", "Kung Fu Panda broke records weeks after release.") == [
        ("missing-number", "3 周", "")]
    assert loud("他在《时代》周刊上发表了 3 篇文章。", "He published articles in Time magazine.") == [
        ("missing-number", "3 篇", "")]


# --- benchmarks/wmt_general.py: --suffix names the en->zh sets too ------------------------------


def test_the_suffix_names_the_en_zh_sets(tmp_path):
    src, ref = tmp_path / "src.en", tmp_path / "ref.zh"
    src.write_text("".join(f"Line {i} in English.\n" for i in range(1, 61)), encoding="utf-8")
    ref.write_text("".join(f"第 {i} 行中文。\n" for i in range(1, 61)), encoding="utf-8")
    wmt = benchmark_module("wmt_general")
    common = ["--enzh-src", str(src), "--enzh-ref", str(ref), "--enzh-year", "19"]
    assert wmt.main(common + ["--enzh-lines", "21-60", "--suffix", "b", "--out", str(tmp_path / "b")]) == 0
    assert sorted(p.name for p in (tmp_path / "b" / "real").iterdir()) == ["e19bdev", "e19bheld"]
    first = tmp_path / "b" / "real" / "e19bdev" / "01-nt19-lines021-040"
    assert (first / "zh.txt").read_text(encoding="utf-8").startswith("第 21 行中文。")
    assert (first / "en.txt").read_text(encoding="utf-8").startswith("Line 21 in English.")
    # without a suffix the names stay those of the first span
    assert wmt.main(common + ["--enzh-lines", "1-40", "--out", str(tmp_path / "a")]) == 0
    assert sorted(p.name for p in (tmp_path / "a" / "real").iterdir()) == ["e19dev", "e19held"]

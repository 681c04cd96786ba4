"""Classes found on news written in English and translated into Chinese, NTREX-128 part 4
(docs/evaluation.md "NTREX-128 news, en-zh, part 4"), one class a test, each with a counter-case that
must still be reported.  The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import loud

# --- the tail of a transliteration cut by the reader, heard whole in the English ("Pidie Jaya") ---------


def test_a_place_cut_from_the_tail_of_a_transliteration_heard_whole_is_rendered():
    # the reader cuts 毕迪贾雅县 into 毕迪 and a place 贾雅县 ("Jiaya County"), and the English reader
    # leaves "Pidie" as a pinyin-shaped word: 贾雅县 was paired with "Pidie" as another place, though
    # 毕迪贾雅 is heard as "Pidie Jaya" and "Jaya" spells 贾雅
    zh = "去年，苏拉威西的毕迪贾雅县遭遇了洪水。"
    assert loud(zh, "Last year the Pidie Jaya regency in Sulawesi was flooded.") == []


def test_a_run_that_does_not_hold_the_tail_is_still_reported():
    # "Pidie Selatan": no word of the run is the tail 贾雅; "Bogor" alone: another place
    zh = "去年，苏拉威西的毕迪贾雅县遭遇了洪水。"
    assert [f[0] for f in loud(zh, "Last year the Pidie Selatan regency in Sulawesi was flooded.")] == ["entity"]
    assert [f[0] for f in loud(zh, "Last year the Bogor regency in Sulawesi was flooded.")] == ["entity"]

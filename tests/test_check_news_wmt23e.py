"""The news documents of the WMT23 general test set after part 4 (part 5, docs/evaluation.md
"WMT23 general test, part 5"): a translation block that repeats the one before it in the place of
another source block, and the figures of a report rendered faithfully, each with a counter-case.
The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from builders import severe_findings

ZH = [
    "市长周二在市政厅会见了来访的贸易代表团。",
    "双方认为，扩大港口合作符合两市的共同利益，有助于增加就业和促进地区繁荣。",
    "在随后的晚宴上，市长向代表团团长赠送了一幅描绘老城风貌的水墨画，代表团团长则回赠了一本介绍本国港口历史的画册。",
    "代表团随后参观了新建的物流园区。",
    "访问将于周四结束。",
]
EN = [
    "The mayor met the visiting trade delegation at City Hall on Tuesday.",
    "Both sides agreed that wider port cooperation serves the shared interests of the two cities and will "
    "help create jobs and promote regional prosperity.",
    "At the dinner that followed, the mayor presented the head of the delegation with an ink painting of "
    "the old town, and received in return an album on the history of his country's ports.",
    "The delegation then toured the newly built logistics park.",
    "The visit ends on Thursday.",
]


def _doc(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _kinds(found: list[tuple[str, str, str | None]]) -> list[tuple[str, str]]:
    return sorted((kind, severity) for kind, severity, _ in found)


# --- a block that says again what the block before says, in the place of another -----------------


def test_a_copy_of_the_block_before_in_the_place_of_another_is_reported(tmp_path):
    copied = EN[:2] + [EN[1]] + EN[3:]
    assert _kinds(severe_findings(tmp_path, _doc(ZH), _doc(copied))) == [
        ("addition", "warning"), ("omission", "warning")]
    # reworded a little, it is still the same copy
    reworded = EN[:2] + ["Both sides agreed that wider port cooperation serves the shared interests of the "
                         "two cities, helping to create jobs and to promote prosperity in the region."] + EN[3:]
    assert _kinds(severe_findings(tmp_path, _doc(ZH), _doc(reworded))) == [
        ("addition", "warning"), ("omission", "warning")]


def test_blocks_said_alike_where_the_original_says_them_alike_are_no_copy(tmp_path):
    assert severe_findings(tmp_path, _doc(ZH), _doc(EN)) == []
    # two list items written alike in the original, rendered alike
    zh = ["今年第一季度，该港口货物吞吐量同比增长百分之十二，其中集装箱吞吐量增长百分之九。",
          "今年第二季度，该港口货物吞吐量同比增长百分之十四，其中集装箱吞吐量增长百分之十一。"]
    en = ["In the first quarter of this year, the port's cargo throughput rose 12 percent year on year, "
          "with container throughput up 9 percent.",
          "In the second quarter of this year, the port's cargo throughput rose 14 percent year on year, "
          "with container throughput up 11 percent."]
    assert severe_findings(tmp_path, _doc(zh), _doc(en)) == []
    # a caption the original repeats, repeated
    zh = ZH[:2] + ["图片来自本报记者"] + ZH[2:4] + ["图片来自本报记者"]
    en = EN[:2] + ["Photo by our reporter"] + EN[2:4] + ["Photo by our reporter"]
    assert severe_findings(tmp_path, _doc(zh), _doc(en)) == []


# --- figures of a report rendered faithfully stay silent; a changed one does not ------------------


def test_a_height_in_two_units_and_a_rounded_height(tmp_path):
    zh = "该物体飞行高度为1.2万米（4万英尺），距离海岸十英里。\n\n官方称其飞行高度为一万米左右。\n"
    en = "The object flew at a height of 12,000 meters (40,000 feet), ten miles off the coast.\n\n" \
         "Officials said it flew at around 10,000 meters.\n"
    assert severe_findings(tmp_path, zh, en) == []
    wrong = en.replace("12,000 meters", "120,000 meters")
    assert ("scale", "error", "120,000") in severe_findings(tmp_path, zh, wrong)


def test_a_copy_is_reported_when_the_aligner_links_it_with_the_block_before_two_to_two():
    """The copy shares the block before's names and figures (a news source both name), which may
    draw the aligner into one 2-2 link of the two pairs: read block by block, it is the same copy."""
    from northeast_text import pipeline
    from northeast_text.model import Link
    from northeast_text.readers import parse_document

    copied = EN[:2] + [EN[1]] + EN[3:]
    links = [Link((0,), (0,), 1.0), Link((1, 2), (1, 2), 1.0), Link((3,), (3,), 1.0), Link((4,), (4,), 1.0)]
    pair = pipeline.annotate(parse_document(_doc(ZH), "zh", format="text"),
                             parse_document(_doc(copied), "en", format="text"), alignment=links)
    assert sorted((f.kind, f.severity) for f in pair.findings if f.severity != "info") == [
        ("addition", "warning"), ("omission", "warning")]

"""Classes of false alarms read on the WMT21 news test set, en-zh, second Chinese reference, part 3 (b21g
probe): sentences written for the tests, each class with a counter-case that is still reported."""

from __future__ import annotations

from builders import every


def _severe(zh: str, en: str) -> list[tuple[str, str]]:
    return [(kind, src) for kind, severity, src, _ in every(zh, en) if severity != "info"]


def test_an_anniversary_word_states_its_count_of_years():
    assert _severe("市民们正在纪念这座钟楼的200年历史。", "Residents are marking the clock tower's bicentennial.") == []
    assert _severe("今年是该校建校150周年。", "This year is the school's sesquicentennial.") == []
    assert _severe("这座教堂将迎来300年纪念。", "The church will celebrate its tercentenary.") == []
    assert _severe("这家剧院明年将庆祝建院100年。", "The theatre will celebrate its centenary next year.") == []


def test_an_anniversary_word_against_another_count_is_still_read():
    assert ("missing-number", "300年") in _severe("市民们正在纪念这座钟楼的300年历史。",
                                                "Residents are marking the clock tower's bicentennial.")
    # a park named for a centennial is a name, not a count of years
    from northeast_text.numbers.en import extract_text

    assert [q.value for q in extract_text("They met in Centennial Park on Sunday.")] == []
    assert [q.value for q in extract_text("The town marked its bicentenary in May.") if q.kind == "ordinal"] == [200]


def test_a_hedge_on_a_bracketed_conversion_facing_the_same_conversion_unhedged():
    assert _severe("他们计划建一座高500英尺（约合152米）的塔。",
                   "They plan a tower 500 feet (152 meters) high.") == []
    assert _severe("他们计划建一座高500英尺（152米）的塔。",
                   "They plan a tower 500 feet (about 152 meters) high.") == []
    assert _severe("这条隧道长3公里（约合1.9英里）。", "The tunnel is 3 km (1.9 miles) long.") == []


def test_a_hedge_dropped_on_a_figure_that_is_no_conversion_is_still_reported():
    assert ("approximation", "约152米") in _severe("他们计划建一座高约152米的塔。",
                                                 "They plan a tower 152 meters high.")
    # the bracketed figure is no conversion of the one before it (500 feet is 152 m, not 250 m)
    assert ("approximation", "约250米") in _severe("他们计划建一座高500英尺（约250米）的塔。",
                                                 "They plan a tower 500 feet (250 meters) high.")

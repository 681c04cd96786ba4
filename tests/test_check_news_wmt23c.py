"""False alarms found on the news documents of the WMT23 general test set (part 3: the news
after part 2, docs/evaluation.md "WMT23 general test, part 3"), one class a test, each with a
counter-case that must still be reported.  The sentences are written for these tests; none is
taken from the probed texts."""

from __future__ import annotations

from builders import severe_findings

# --- a district called by where it lies or how old it is: 旧城区 "old town", 北区 ------------------


def test_an_old_town_is_no_named_place(tmp_path):
    zh = "代表团参观了渔人码头、路环旧城区和多家酒店。\n"
    en = "The delegation visited Fisherman's Wharf, the Ao Men Hui, the Coloane Old Town and several hotels.\n"
    assert severe_findings(tmp_path, zh, en) == []
    # a district with a name of its own is still a place, and another one for it an error
    zh = "代表团参观了渔人码头、朝阳区和多家酒店。\n"
    en = "The delegation visited Fisherman's Wharf, Haidian District and several hotels.\n"
    assert ("entity", "error", "Haidian District") in severe_findings(tmp_path, zh, en)


# --- a common word before no generic is no certain place: 滨海 "coastal", whatever CC-CEDICT names ---


def test_a_common_word_is_no_certain_place_without_a_generic(tmp_path):
    zh = "政府将加固滨海堤坝，保护沿岸居民。\n"
    en = "The government will strengthen the Marina dike to protect coastal residents.\n"
    assert severe_findings(tmp_path, zh, en) == []
    # before a place generic it is a place, and another one for it still an error
    zh = "政府将加固滨海新区的堤坝。\n"
    en = "The government will strengthen the dikes of the Pudong New Area.\n"
    assert [f for f in severe_findings(tmp_path, zh, en) if f[:2] == ("entity", "error")]
    # and so it is after the place it lies in (a district after its city)
    zh = "深圳福田的房价上涨了。\n"
    assert ("entity", "error", "Luohu") in severe_findings(tmp_path, zh, "House prices rose in Luohu, Shenzhen.\n")


# --- 王 as Hong Kong, Macao and Singapore spell it: Wong ---------------------------------------------


def test_wang_spelt_wong_is_the_same_person(tmp_path):
    zh = "旅游局执行署长王凌丽说，游客越来越多。\n"
    said = ", the board's executive director, said visitors are increasing.\n"
    assert severe_findings(tmp_path, zh, "Wong Ling Li" + said) == []
    # a different surname is still a different person
    assert ("entity", "error", "Huang Lingli") in severe_findings(tmp_path, zh, "Huang Lingli" + said)


# --- a range ten times too large: the expected range end by end, not its middle ---------------------


def _scale_findings(folder, zh: str, en: str):
    from northeast_text.pipeline import annotate_files

    (folder / "zh.txt").write_text(zh, encoding="utf-8")
    (folder / "en.txt").write_text(en, encoding="utf-8")
    return [f for f in annotate_files(folder / "zh.txt", folder / "en.txt").findings if f.kind == "scale"]


def test_a_scaled_range_expects_both_ends(tmp_path):
    found = _scale_findings(tmp_path, "预计全年旅游收入可达138亿至143亿新元。\n",
                            "Tourism revenue should reach 138 billion to 143 billion Singapore dollars.\n")
    assert [f.expected for f in found] == ["13.8 billion to 14.3 billion Singapore dollars"]
    assert "is 13.8 billion to 14.3 billion;" in found[0].message
    # a single figure keeps its one expected value
    found = _scale_findings(tmp_path, "全年收入89.6亿元。\n", "Annual revenue was 89.6 billion yuan.\n")
    assert [f.expected for f in found] == ["8.96 billion yuan"]

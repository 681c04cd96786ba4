"""WMT22 general en->zh probe (e22dev, e22held): how the sets are cut from the release's xml.

The xml below is written for this test (no text of the release): chats, listings and social posts
are skipped, news documents (ids ending in a dot and an article number) are taken in file order until
200 source segments, the crossing document included, with reference B; the Chinese goes to zh.txt.
"""

from __future__ import annotations

from builders import benchmark_module, wmt22_doc


def test_the_news_documents_up_to_200_segments(tmp_path):
    docs = [wmt22_doc("en_de_CLIENT-01_default_2021-01-10-57_doc0", 5), wmt22_doc("ecommerce_en_7", 30),
            wmt22_doc("dailyherald.101", 90), wmt22_doc("t3_abc12", 40), wmt22_doc("courier.co.uk.7", 80),
            wmt22_doc("t1_xyz9", 3), wmt22_doc("globe-en.55", 60), wmt22_doc("ledger.co.nz.9", 12)]
    xml = tmp_path / "wmttest2022.en-zh.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?><dataset id="wmttest2022">'
                   f'<collection id="general">{"".join(docs)}</collection>'
                   f'<collection id="biomedical">{wmt22_doc("bio.1", 4)}</collection></dataset>', encoding="utf-8")
    wmt = benchmark_module("wmt_general")
    got = wmt.wmt22_enzh_documents(xml)
    # 90 + 80 = 170 < 200, the third news document crosses it and is kept; the fourth is not
    assert [d[0] for d in got] == ["dailyherald.101", "courier.co.uk.7", "globe-en.55"]
    assert got[0][1][0] == "dailyherald.101 乙译第 1 句。" and got[0][2][0] == "dailyherald.101 sentence 1."
    assert wmt.main(["--enzh22-xml", str(xml), "--out", str(tmp_path / "o")]) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in real.iterdir()) == ["e22dev", "e22held"]
    assert sorted(p.name for p in (real / "e22dev").iterdir()) == [
        "01-dailyherald.101", "03-globe-en.55", "truth.tsv"]
    held = real / "e22held" / "02-courier.co.uk.7"
    assert (held / "zh.txt").read_text(encoding="utf-8").startswith("courier.co.uk.7 乙译第 1 句。\n\n")
    assert (held / "en.txt").read_text(encoding="utf-8").startswith("courier.co.uk.7 sentence 1.\n\n")


# --- an age given as years elapsed (post hoc, from e22held) -------------------------------------
# The sentences are written for this test; the probe's slip had the same shape: a duration in
# English ("after 50 years") that the Chinese reference made an age (50岁).

def test_an_age_given_as_years_elapsed_is_a_unit_slip():
    from tests.builders import loud

    assert loud("那位老船长在 50 岁后退休。", "The old captain retired after 50 years.") == [
        ("unit", "50 岁", "50")]
    assert loud("她 40 岁时离开了这家公司。", "She left the firm 40 years later.") == [("unit", "40 岁", "40")]
    assert loud("他 30 岁那年移居海外。", "He moved abroad 30 years ago.") == [("unit", "30 岁", "30")]


def test_an_age_said_as_an_age_or_a_life_is_not():
    from tests.builders import loud

    assert loud("他 50 岁后开始画画。", "He began painting after 50.") == []
    assert loud("他享年 50 岁。", "He lived for 50 years.") == []  # a life's length
    assert loud("5 岁以下儿童免费。", "Children under 5 years go free.") == []
    assert loud("她在 60 岁时辞职。", "She resigned at 60 years old.") == []
    assert loud("他 20 岁时入伍，服役 20 年后退休。",
                "He joined the army at 20 and retired after 20 years of service.") == []
    # years elapsed for years elapsed is no slip
    assert loud("他工作 50 年后退休。", "He retired after 50 years.") == []

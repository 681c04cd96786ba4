"""Classes found on news written in English and translated into Chinese, NTREX-128 part 5
(docs/evaluation.md "NTREX-128 news, en-zh, part 5"), one class a test, each with a counter-case that
must still be reported.  The sentences are written for these tests; none is taken from the probed texts."""

from __future__ import annotations

from northeast_text import translit

from builders import benchmark_module, loud

# --- North and South Korea said as "the North" and "the South" ----------------------------------------


def test_a_country_said_by_its_half_renders_it():
    # 朝 and 韩 (North Korea, South Korea) against "the North" and "the South": the countries by their
    # halves, as news on a divided country names them; each was paired with the compass word's region
    zh = "双方表示，朝韩会谈将于下月举行。"
    assert loud(zh, "Talks between the North and the South will be held next month, both said.") == []
    assert loud(zh, "Talks between the South and the North will be held next month, both said.") == []


def test_a_country_said_by_another_half_is_still_reported():
    # "the West" is no half of South Korea's name; "North" without "the" is no country
    assert ("entity", "韩", "West") in loud("双方表示，朝韩会谈将于下月举行。",
                                            "Talks between the North and the West will be held next month, both said.")


# --- a Korean name romanised in Korean ("Ri Yong-ho" for 李英浩) ------------------------------------------


def test_a_korean_surname_as_korean_spells_it_renders_the_person():
    # 李 read in Korean is Ri, Lee, Yi or Rhee; "Ri Yong-ho" is all pinyin syllables, so it was read as
    # a Chinese name in pinyin and judged another person than 李英浩 (Li Yinghao)
    zh = "朝鲜外交部长李英浩周六抵达纽约。"
    assert loud(zh, "North Korean Foreign Minister Ri Yong-ho arrived in New York on Saturday.") == []
    assert translit.cantonese_spelt("卢武铉", "Roh Moo-hyun") and translit.cantonese_spelt("朴槿惠", "Park Geun-hye")


def test_another_surname_against_a_korean_name_is_still_reported():
    zh = "朝鲜外交部长李英浩周六抵达纽约。"
    assert ("entity", "李英浩", "Wang Yong-ho") in loud(
        zh, "North Korean Foreign Minister Wang Yong-ho arrived in New York on Saturday.")
    assert not translit.cantonese_spelt("李英浩", "Kim Yong-ho")


# --- a county cut inside its transliteration (伯勒县 of 希尔斯伯勒县) ---------------------------------------


def test_a_county_cut_inside_its_transliteration_is_no_place_of_its_own():
    # the reader cut 诺尔斯伯勒县 (Knollsborough County) into 诺尔 and 斯伯勒县, a place by its generic,
    # which was then paired with the next county of the sentence
    zh = "在诺尔斯伯勒县附近可以看到这种鸟，利县也有。"
    assert loud(zh, "The bird can be seen near Knollsborough County, and in Lee County too.") == []


def test_a_county_of_its_own_against_another_is_still_reported():
    # 伯勒县 with no transliteration glued before it is a county of its own, and Lee County another one
    assert ("entity", "伯勒县", "Lee County") in loud("在伯勒县附近可以看到这种鸟。",
                                                       "The bird can be seen near Lee County.")


# --- benchmarks/wmt_general.py: the last part, stopped by the release's end before 400 lines ------------


def test_ntrex_last_part_runs_to_the_end_of_the_release(tmp_path):
    # after bbc.2 the documents left hold 7 lines, fewer than --ntrex-segments: all of them are taken,
    # the texts copied from line 5 on, numbered from 1 within the span
    docs = [("bbc.1", 4), ("bbc.2", 3), ("cnn.3", 4), ("upi.4", 2), ("rt.com.5", 1)]
    ids = [doc for doc, n in docs for _ in range(n)]
    src, ref, ids_file = tmp_path / "src.eng.txt", tmp_path / "ref.zho-CN.txt", tmp_path / "DOCUMENT_IDS.tsv"
    src.write_text("".join(f"Line {i} in English.\r\n" for i in range(5, len(ids) + 1)), encoding="utf-8", newline="")
    ref.write_text("".join(f"第 {i} 行中文。\r\n" for i in range(5, len(ids) + 1)), encoding="utf-8", newline="")
    ids_file.write_text("".join(f"{d}\n" for d in ids), encoding="utf-8")
    args = ["--ntrex-src", str(src), "--ntrex-ref", str(ref), "--ntrex-docs", str(ids_file), "--ntrex-first-line", "5",
            "--ntrex-after", "bbc.2", "--suffix", "e", "--out", str(tmp_path / "o")]
    assert benchmark_module("wmt_general").main(args) == 0
    real = tmp_path / "o" / "real"
    assert sorted(p.name for p in (real / "n19edev").iterdir()) == ["01-cnn.3", "03-rt.com.5", "truth.tsv"]
    assert sorted(p.name for p in (real / "n19eheld").iterdir()) == ["02-upi.4", "truth.tsv"]
    last = (real / "n19edev" / "03-rt.com.5" / "en.txt").read_text(encoding="utf-8")
    assert last == "Line 14 in English.\n"

"""Entity recognition: lexicon, English (spaCy + EntityRuler) and Chinese (jieba + lexicon)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northeast_text import entities
from northeast_text.entities import load_lexicon, parse_lexicon, recognise, recognise_text
from northeast_text.errors import InputError
from northeast_text.model import ENTITY_TYPES
from northeast_text.readers import read_document

DATA = Path(__file__).parent / "data"


def score(predicted, gold):
    """Precision and recall: same block, same type, overlapping text, one to one, in order."""
    by_block: dict[str, list] = {}
    for g in gold:
        by_block.setdefault(g["block"], []).append(g)
    matched = 0
    for block, golds in by_block.items():
        preds = [e for e in predicted if e.block == block]
        used = set()
        for g in golds:
            text = g["_block_text"]
            # every occurrence of the gold text in the block: pick the first free overlapping prediction
            starts = [i for i in range(len(text)) if text.startswith(g["text"], i)]
            hit = None
            for s in starts:
                for k, e in enumerate(preds):
                    if k not in used and e.type == g["type"] and e.start < s + len(g["text"]) and s < e.end:
                        hit = k
                        break
                if hit is not None:
                    break
            if hit is not None:
                used.add(hit)
                matched += 1
    p = matched / len(predicted) if predicted else 1.0
    r = matched / len(gold) if gold else 1.0
    return p, r


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def en_doc(northeast_dir):
    return read_document(northeast_dir / "en.md", lang="en")


@pytest.fixture(scope="module")
def zh_doc(northeast_dir):
    return read_document(northeast_dir / "zh.md", lang="zh")


@pytest.fixture(scope="module")
def en_entities(en_doc, lexicon):
    return recognise(en_doc, lexicon)


@pytest.fixture(scope="module")
def zh_entities(zh_doc, lexicon):
    return recognise(zh_doc, lexicon)


# ---------------------------------------------------------------- lexicon


def test_builtin_lexicon_is_cached_and_covers_types(lexicon):
    assert load_lexicon() is lexicon
    counts = lexicon.counts()
    assert counts["place"] >= 150 and counts["org"] >= 80 and counts["person"] >= 15


def test_lexicon_covers_every_province_level_division(lexicon):
    names = ["北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏",
             "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川",
             "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"]
    for name in names:
        keys = lexicon.keys_for(name, "zh")
        assert keys, name
        assert lexicon.entries[keys[0]].type == "place"
        assert lexicon.entries[keys[0]].en, name


@pytest.mark.parametrize("zh,en", [
    ("东北三省", "the three northeastern provinces"), ("一汽", "FAW"), ("国资委", "SASAC"),
    ("东北", "Northeast"), ("东北", "northeastern"), ("国家开发银行", "China Development Bank"),
    ("科斯", "Ronald Coase"), ("吴敬琏", "Wu Jinglian"), ("华为", "Huawei"), ("西伯利亚", "Siberia"),
])
def test_bilingual_forms_share_a_key(lexicon, zh, en):
    assert set(lexicon.keys_for(zh, "zh")) & set(lexicon.keys_for(en, "en"))


def test_part_of_relations(lexicon):
    assert lexicon.related("northeast", "northeast-three-provinces")
    assert lexicon.related("liaoning", "northeast")
    assert not lexicon.related("northeast", "northwest")
    assert not lexicon.related("northeast", "northeast-asia")
    assert "china" in lexicon.ancestors("dalian")


def test_every_part_of_key_exists_and_wikidata_ids_are_wellformed(lexicon):
    for e in lexicon.entries.values():
        assert e.type in ENTITY_TYPES + ("none",)
        for p in e.part_of:
            assert p in lexicon
        if e.wikidata:
            assert e.wikidata.startswith("Q") and e.wikidata[1:].isdigit()


def test_user_lexicon_merges_over_builtin(tmp_path):
    f = tmp_path / "extra.tsv"
    f.write_text("key\ttype\tzh\ten\twikidata\tpart_of\n"
                 "test-town\tplace\t测试镇\tTest Town\t\tliaoning\n"
                 "hegang\tplace\t鹤岗|鹤岗市\tHegang|Hegang City\t\theilongjiang\n", "utf-8")
    lex = load_lexicon([str(f)])
    assert lex is load_lexicon([str(f)])
    assert lex.keys_for("测试镇", "zh") == ("test-town",)
    assert lex.keys_for("Hegang City", "en") == ("hegang",)
    assert lex.related("test-town", "northeast")
    assert "test-town" not in load_lexicon()
    ents = recognise_text("Test Town lies in Liaoning.", "en", lex)
    assert [(e.text, e.key) for e in ents] == [("Test Town", "test-town"), ("Liaoning", "liaoning")]


@pytest.mark.parametrize("text,line,needle", [
    ("Bad Key\tplace\t甲\tA\n", 1, "bad key"),
    ("ok\tplace\t甲\tA\nbad\tcity\t乙\tB\n", 2, "bad type"),
    ("ok\tplace\t甲\n", 1, "at least 4"),
    ("# comment\n\nok\tplace\t\t\n", 3, "no Chinese and no English"),
    ("ok\tplace\t甲\tA\tP31\n", 1, "Wikidata"),
])
def test_bad_lexicon_lines_raise_input_error_with_line(tmp_path, text, line, needle):
    f = tmp_path / "bad.tsv"
    f.write_text(text, "utf-8")
    with pytest.raises(InputError) as info:
        load_lexicon([str(f)])
    assert info.value.line == line
    assert info.value.path == str(f)
    assert needle in str(info.value)
    assert f"{f}:{line}:" in str(info.value)


def test_unknown_part_of_is_reported(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("# x\nnew\tplace\t新\tNew\t\tno-such-key\n", "utf-8")
    with pytest.raises(InputError) as info:
        load_lexicon([str(f)])
    assert info.value.line == 2


def test_missing_lexicon_file_is_input_error(tmp_path):
    with pytest.raises(InputError):
        load_lexicon([str(tmp_path / "nope.tsv")])


def test_parse_skips_comments_and_header():
    rows = parse_lexicon("key\ttype\tzh\ten\n# c\nx\torg\t某\tSome Org\n")
    assert [r.key for r in rows] == ["x"]


# ---------------------------------------------------------------- English


def test_english_lexicon_forms_win_and_link(lexicon):
    ents = recognise_text("The three northeastern provinces and Northeast Asia, but not the Northeast's SOEs "
                          "or China FAW Group.", "en", lexicon)
    got = [(e.text, e.type, e.key) for e in ents]
    assert got == [
        ("three northeastern provinces", "place", "northeast-three-provinces"),
        ("Northeast Asia", "place", "northeast-asia"),
        ("Northeast", "place", "northeast"),
        ("China FAW Group", "org", "faw"),
    ]


def test_english_case_rules(lexicon):
    ents = recognise_text("Winds blow from the northeast. THE NORTHEAST is cold; the Northeastern SOEs.", "en", lexicon)
    assert [e.text for e in ents] == ["NORTHEAST", "Northeastern"]


def test_english_norp_and_currency_are_not_names(lexicon):
    ents = recognise_text("Chinese and Russian ships carried 3 billion U.S. dollars to Japan.", "en", lexicon)
    assert [(e.text, e.key) for e in ents] == [("Japan", "japan")]


def test_english_the_forms_need_no_following_name(lexicon):
    ents = recognise_text("Investment in the West and the Center. The North Sea. The Center for Law.", "en", lexicon)
    assert [(e.text, e.key) for e in ents][:2] == [("West", "the-west"), ("Center", "central-region")]
    assert all(e.key != "the-north" for e in ents)
    assert all(e.text != "Center" or e.start < 40 for e in ents)


def test_english_unknown_names_kept_with_type(lexicon):
    ents = recognise_text("Maria Gonzalez visited Zaragoza.", "en", lexicon)
    assert ("Maria Gonzalez", "person", None) in [(e.text, e.type, e.key) for e in ents]


def test_english_short_person_names_link_to_full_name(en_entities):
    wangs = [e for e in en_entities if e.text == "Wang"]
    assert len(wangs) >= 5 and all(e.type == "person" and e.key == "wang-mingyuan" for e in wangs)


def test_ambiguous_forms_carry_alternatives(lexicon):
    (e,) = recognise_text("the rise of Central China", "en", lexicon)
    assert {e.key, *e.alt_keys} == {"central-china", "central-region", "zhongyuan"}  # 中原 too


def test_offsets_are_verbatim(en_doc, en_entities, zh_doc, zh_entities):
    for doc, ents in ((en_doc, en_entities), (zh_doc, zh_entities)):
        blocks = {b.id: b for b in doc.blocks}
        for e in ents:
            assert blocks[e.block].text[e.start:e.end] == e.text
            assert e.type in ENTITY_TYPES


def test_english_precision_recall_against_hand_list(en_doc, en_entities):
    data = json.loads((DATA / "northeast_names_en.json").read_text("utf-8"))
    texts = {b.n: b.text for b in en_doc.blocks}
    gold = [dict(m, block=f"en-b{m['block']}", _block_text=texts[m["block"]]) for m in data["mentions"]]
    for g in gold:
        assert g["text"] in g["_block_text"], g
    p, r = score(en_entities, gold)
    assert p >= 0.95, p
    assert r >= 0.95, r


# ---------------------------------------------------------------- Chinese


def test_chinese_longest_match_first(lexicon):
    ents = recognise_text("东北三省与东北亚，东北一汽", "zh", lexicon)
    assert [(e.text, e.key) for e in ents] == [
        ("东北三省", "northeast-three-provinces"), ("东北亚", "northeast-asia"), ("东北", "northeast"), ("一汽", "faw")]


def test_chinese_short_forms_need_word_boundaries(lexicon):
    ents = recognise_text("其中部分企业在中部地区投资", "zh", lexicon)
    assert [(e.text, e.key) for e in ents] == [("中部地区", "central-region")]


def test_chinese_full_width_is_normalised(lexicon):
    text = "ＳＡＳＡＣ即国资委，位于北京"
    ents = recognise_text(text, "zh", lexicon)
    keys = [e.key for e in ents]
    assert "sasac" in keys and "beijing" in keys
    for e in ents:
        assert text[e.start:e.end] == e.text


def test_chinese_country_abbreviations_in_enumerations(lexicon):
    ents = recognise_text("中、俄、美、日、韩在东北亚竞争，被朝、俄包围。日本", "zh", lexicon)
    assert [e.key for e in ents] == ["china", "russia", "united-states", "japan", "south-korea", "northeast-asia",
                                     "north-korea", "russia", "japan"]


def test_chinese_province_abbreviations_before_what_they_jointly_name(lexicon):
    ents = recognise_text("鲁粤两省出口增长，京沪高铁客流创新高，川渝地区降雨偏多。", "zh", lexicon)
    assert [(e.text, e.key) for e in ents] == [("鲁", "shandong"), ("粤", "guangdong"), ("京", "beijing"),
                                               ("沪", "shanghai"), ("川", "sichuan"), ("渝", "chongqing")]
    # not without what they name, nor one abbreviation twice (a person's name 鲁豫)
    assert [e.text for e in recognise_text("鲁豫主持了节目。京京两市", "zh", lexicon) if e.key] == []


def test_province_abbreviations_read_only_in_a_run(lexicon):
    """青 藏 云 贵 新 黑 are common words alone: they name provinces only in a run before what
    the run names (青藏高原, 云贵高原, 新藏公路, 黑吉辽三省)."""
    ents = recognise_text("青藏高原和云贵高原之间，新藏公路与黑吉辽三省", "zh", lexicon)
    assert [(e.text, e.key) for e in ents if e.key] == [
        ("青", "qinghai"), ("藏", "tibet"), ("云", "yunnan"), ("贵", "guizhou"), ("新", "xinjiang"),
        ("藏", "tibet"), ("黑", "heilongjiang"), ("吉", "jilin"), ("辽", "liaoning")]
    # alone, or before a part (藏南), they are no province
    assert [e.key for e in recognise_text("青草地上黑云压城，藏南的云很低。", "zh", lexicon) if e.key] == []


def test_chinese_foreign_person_after_an_office(lexicon):
    # 梅尔茨: a transliteration no dictionary or lexicon holds (朔尔茨 is in the lexicon now)
    ents = recognise_text("德国总理梅尔茨次日抵达。", "zh", lexicon)
    assert ("梅尔茨", "person") in {(e.text, e.type) for e in ents}
    assert "梅尔茨" not in {e.text for e in recognise_text("梅尔茨次日抵达。", "zh", lexicon)}


@pytest.mark.parametrize(("text", "name"), [
    ("Former President Moon Jae-in met him.", "Moon Jae-in"),
    ("Kim Jong-un gave a speech.", "Kim Jong-un"),
])
def test_english_hyphenated_given_name_kept_whole(text, name):
    assert name in {e.text for e in recognise_text(text, "en")}


def test_chinese_blockers_hide_parts(lexicon):
    ents = recognise_text("朝鲜战争爆发后，朝鲜半岛分裂", "zh", lexicon)
    assert [e.key for e in ents] == ["korean-peninsula"]


def test_chinese_unknown_names_from_jieba(lexicon):
    ents = recognise_text("张伟在石河子市工作", "zh", lexicon)
    got = {(e.text, e.type) for e in ents}
    assert ("张伟", "person") in got
    assert ("石河子市", "place") in got


def test_chinese_corpus_names(zh_entities):
    keys = [e.key for e in zh_entities]
    for k in ("wang-mingyuan", "ronald-coase", "wu-jinglian", "sasac", "faw", "saic", "gac", "huawei",
              "northeast-three-provinces", "northwest", "hegang", "vladivostok", "comecon"):
        assert k in keys, k
    assert keys.count("northwest") == 2


def test_recognise_empty_document():
    from northeast_text.model import Document

    assert recognise(Document(lang="en", blocks=())) == []


def test_active_lexicon_follows_recognition(lexicon):
    recognise_text("Beijing", "en", lexicon)
    assert entities.active_lexicon() is lexicon


@pytest.mark.parametrize("text", [
    "Shenyang and Harbin lie in the Northeast.",  # no two lexicon matches overlap
    "the three northeastern provinces of Northeast China, and Hong Kong dollars",  # they overlap
    "Shenyang Shenyang",
])
def test_ruler_spans_are_the_rulers_own_entities(text):
    """The quick way (every phrase match, when none overlap) and the longest-first choice
    give what the EntityRuler itself sets on a Doc."""
    nlp = entities.english_pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    expected = [(e.start, e.end, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents]
    assert expected
    assert entities._ruler_spans(ruler, nlp.make_doc(text)) == expected


def test_a_ruler_with_token_patterns_makes_its_own_choice():
    """A ruler this package did not build (token patterns, which the quick way does not
    read) gives what the EntityRuler itself sets on a Doc."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Shenyang"},
                        {"label": "ORG", "pattern": [{"LOWER": "steel"}, {"LOWER": "works"}]}])
    doc = nlp.make_doc("Shenyang steel works in Shenyang")
    expected = [(e.start, e.end, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(doc.text)).ents]
    assert [label for _, _, label, _ in expected] == ["GPE", "ORG", "GPE"]
    assert entities._ruler_spans(ruler, doc) == expected


def test_overlapping_ruler_matches_take_the_longest_first():
    nlp = entities.english_pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    doc = nlp.make_doc("the three northeastern provinces of Northeast China")
    assert len(ruler.phrase_matcher(doc)) > len(entities._ruler_spans(ruler, doc))  # some overlap
    assert [doc[s:e].text for s, e, _, _ in entities._ruler_spans(ruler, doc)] == [
        "three northeastern provinces", "Northeast China"]


def _document(*texts: str):
    from northeast_text.model import Block, Document

    return Document(lang="en", blocks=tuple(
        Block(id=f"en-b{i}", n=i, lang="en", role="paragraph", text=t) for i, t in enumerate(texts)))


def test_the_model_reads_at_most_a_block_budget_of_one_block(monkeypatch):
    """A block longer than BLOCK_BUDGET is read by the model up to it, the ruler the rest; the
    blocks after it are read by the model again, and a document with no such block is read
    as with no block budget at all."""
    long = "Zhang Wei met Li Qiang in Shenyang. " * 1200  # 43,200 characters: three pieces
    short = "Zhou Qihang flew to Harbin."
    pieces = entities._document_pieces(_document(short, long, short).blocks)
    assert len(pieces) == 5
    monkeypatch.setattr(entities, "BLOCK_BUDGET", 10**9)
    assert all(entities._model_plan(pieces))
    monkeypatch.setattr(entities, "BLOCK_BUDGET", 25_000)
    assert entities._model_plan(pieces) == [True, True, False, False, True]
    assert entities._model_plan(entities._document_pieces(_document(short, short).blocks)) == [True, True]
    document = _document(short, long, short)
    found = {(e.block, e.text) for e in recognise(document)}
    assert ("en-b2", "Zhou Qihang") in found  # no lexicon knows him: the model read the last block
    warning = entities.model_budget_warning(document)
    assert warning is not None and f"names in {len(pieces[2][2]) + len(pieces[3][2]):,} characters" in warning
    assert "25,000 of a block" in warning


@pytest.mark.parametrize(("text", "place"), [
    ("中国女排以3比0横扫荷兰队。", "荷兰"),
    ("巴西队在决赛中击败德国队。", "巴西"),
])
def test_a_national_team_jieba_reads_whole_gives_its_country(lexicon, text, place):
    """jieba tags 荷兰队 an organisation whole; the country before 队 is read as a place."""
    assert place in [(e.text) for e in recognise_text(text, "zh", lexicon) if e.type == "place"]


@pytest.mark.parametrize("text", ["火箭队以110比98战胜湖人队。", "申花队主场迎战对手。"])
def test_a_club_named_otherwise_gives_no_place(lexicon, text):
    assert [e.text for e in recognise_text(text, "zh", lexicon) if e.type == "place"] == []

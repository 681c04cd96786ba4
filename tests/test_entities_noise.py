"""Recogniser noise: common words jieba tags as names, spaCy PERSON spans that
are companies, and Title-Case heading fragments taken for organisations."""

from __future__ import annotations

from northeast_text.entities import recognise, recognise_text
from northeast_text.model import Block, Document


def names(text, lang):
    return [(e.text, e.type) for e in recognise_text(text, lang)]


def test_zh_degree_and_adjective_words_are_not_places():
    got = names("该市已进入轻度老龄化阶段，年轻人对新鲜事物接受得快。", "zh")
    assert ("轻度", "place") not in got and ("新鲜", "place") not in got


def test_zh_adjective_prefixed_technical_terms_are_not_persons():
    got = names("高性能芯片和高带宽存储器的需求都在增长。", "zh")
    assert not [t for t, typ in got if typ == "person"]


def test_zh_real_names_survive_the_stop_list():
    got = names("高志军在武汉说，长江航运仍在增长。", "zh")
    assert ("高志军", "person") in got and ("武汉", "place") in got


def doc(*blocks):
    return Document(lang="en", blocks=tuple(Block(id=f"en-b{i}", n=i, lang="en", role=role, text=text)
                                            for i, (role, text) in enumerate(blocks)))


def test_en_person_span_ending_in_a_company_head_is_an_org():
    ents = recognise(doc(("paragraph", "Hua Hong Semiconductor, part of Hua Hong Group, is expanding in Wuxi.")))
    got = {(e.text, e.type) for e in ents}
    assert ("Hua Hong Semiconductor", "org") in got
    assert not [e for e in ents if e.type == "person"]


def test_en_heading_fragments_are_not_organisations():
    ents = recognise(doc(("heading", "2. Old Age Is Coming Faster than Expected"),
                         ("title", "Rural Schools: A Question Every Ageing Society Must Answer"),
                         ("heading", "The World Bank Warns Again")))
    orgs = [e.text for e in ents if e.type == "org"]
    assert orgs == ["World Bank"]


def test_en_document_roles_are_not_organisations():
    ents = recognise(doc(("paragraph", "The allowance was raised by 15 yuan, to 98 yuan per person per month "
                                       "[Translator's note: about 14 USD; it was 83 yuan before]. "
                                       "The Editor thanks the Author.")))
    assert not [e for e in ents if e.text in ("Translator", "Editor", "Author")]

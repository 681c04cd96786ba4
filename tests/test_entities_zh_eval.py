"""Chinese entity recognition measured against a hand-made list of the names in corpus/northeast/zh.md.

``tests/data/northeast_names_zh.json`` lists every person, place and
organisation mention of the Chinese text, made by reading it (its
``conventions`` key says what counts).  A predicted entity matches a gold
mention in the same block with the same type whose text overlaps it, one to
one, in order -- the scoring of the English list in ``test_entities.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northeast_text.entities import load_lexicon, recognise
from northeast_text.readers import read_document

DATA = Path(__file__).parent / "data"
THRESHOLD = 0.90


def match(predicted, gold, texts):
    """Pair predictions with gold mentions; return (matched prediction indexes, missed gold mentions).

    Per block, each gold mention (in reading order) takes the first free
    prediction of its type that overlaps one of the mention's occurrences in
    the block text, earliest occurrence first.
    """
    used: set[int] = set()
    missed = []
    for g in gold:
        text = texts[g["block"]]
        starts = [i for i in range(len(text)) if text.startswith(g["text"], i)]
        hit = None
        for s in starts:
            for k, e in enumerate(predicted):
                if (k not in used and e.block == g["block"] and e.type == g["type"]
                        and e.start < s + len(g["text"]) and s < e.end):
                    hit = k
                    break
            if hit is not None:
                break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    return used, missed


@pytest.fixture(scope="module")
def gold_data():
    return json.loads((DATA / "northeast_names_zh.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def zh_doc(northeast_dir):
    return read_document(northeast_dir / "zh.md", lang="zh")


@pytest.fixture(scope="module")
def texts(zh_doc):
    return {b.id: b.text for b in zh_doc.blocks}


@pytest.fixture(scope="module")
def gold(gold_data, zh_doc):
    n_blocks = len(zh_doc.blocks)
    out = []
    for m in gold_data["mentions"]:
        assert 0 <= m["block"] < n_blocks, m
        out.append(dict(m, block=f"zh-b{m['block']}"))
    return out


def test_hand_list_is_well_formed(gold_data, gold, texts):
    assert gold_data["file"] == "corpus/northeast/zh.md"
    assert gold_data["conventions"], "the conventions must be documented"
    assert len(gold) >= 300
    for g in gold:
        assert g["type"] in ("person", "place", "org"), g
        assert g["text"] in texts[g["block"]], g
    kinds = {g["type"] for g in gold}
    assert kinds == {"person", "place", "org"}
    # 中央 alone (the central government) is not a mention; 中共中央 is
    assert not any(g["text"] == "中央" for g in gold)
    assert any(g["text"] == "中共中央" and g["type"] == "org" for g in gold)


def test_matching_is_one_to_one():
    from northeast_text.model import Entity

    texts = {"zh-b0": "东北与东北"}
    gold = [{"block": "zh-b0", "text": "东北", "type": "place"}] * 2
    one = [Entity("zh-b0", 0, 2, "东北", "place", "northeast", "zh")]
    used, missed = match(one, gold, texts)
    assert used == {0} and len(missed) == 1
    wrong_type = [Entity("zh-b0", 0, 2, "东北", "org", None, "zh")]
    used, missed = match(wrong_type, gold, texts)
    assert not used and len(missed) == 2


def test_chinese_precision_recall_against_hand_list(zh_doc, gold, texts):
    predicted = recognise(zh_doc, load_lexicon())
    used, missed = match(predicted, gold, texts)
    precision = len(used) / len(predicted) if predicted else 1.0
    recall = (len(gold) - len(missed)) / len(gold)
    false_alarms = [e for k, e in enumerate(predicted) if k not in used]
    print(f"\nzh entities: {len(gold)} gold mentions, {len(predicted)} predicted, "
          f"precision {precision:.3f}, recall {recall:.3f}")
    detail = (
        "misses: " + "; ".join(f"{g['block']} {g['text']} ({g['type']})" for g in missed)
        + "\nfalse alarms: " + "; ".join(f"{e.block} {e.text} ({e.type})" for e in false_alarms)
    )
    assert precision >= THRESHOLD and recall >= THRESHOLD, f"P={precision:.3f} R={recall:.3f}\n{detail}"


# ---------------------------------------------------------------- general fixes found while measuring


@pytest.mark.parametrize("text, expected", [
    ("许明哲", [("许明哲", "person")]),                      # a byline that is only the name
    ("文 | 周启航", [("周启航", "person")]),                  # labelled byline
    ("本报记者 林晓舟", [("林晓舟", "person")]),
    ("记者：王小明", [("王小明", "person")]),
    ("方法论", []),                                          # a dictionary word, not a name
    ("文化部", []),                                          # 文 is a label only before a separator
    ("由许明哲主持会议", [("许明哲", "person")]),             # surname rejoined to the given name jieba tagged nr
    ("从上海吴淞口到四川宜宾", [("上海", "place"), ("吴淞口", "place"), ("四川", "place"), ("宜宾", "place")]),
    ("占比分别高达43%、65%", []),                            # 高达 "as high as" is no person
    ("为新落户的毕业生发放安家补贴", []),
    ("新建项目和内河航运", []),
])
def test_general_zh_fixes(text, expected):
    from northeast_text.entities import recognise_text

    got = [(e.text, e.type) for e in recognise_text(text, "zh", load_lexicon())]
    assert got == expected


def test_country_before_a_region_is_two_names():
    from northeast_text.entities import recognise_text

    got = [(e.text, e.key) for e in recognise_text("像美国中部平原各州那样", "zh", load_lexicon())]
    assert got == [("美国", "united-states"), ("中部平原", "great-plains")]

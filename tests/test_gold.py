"""The project's gold validator (northeast_text.gold, format in docs/gold-format.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from northeast_text.gold import Conversion, check_folder, conversions, main, split_blocks

from conftest import ROOT

GOLD_FOLDERS = sorted(p.parent for p in (ROOT / "corpus").glob("*/gold.json")) + sorted(
    p.parent for p in (ROOT / "corpus-heldout").glob("*/gold.json"))


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_gold_in_the_repository_is_valid(folder):
    result = check_folder(folder)
    assert result.problems == []


def _pair(tmp_path: Path, zh: str, en: str, gold: dict) -> Path:
    (tmp_path / "zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    base = {"id": "t", "source": {"lang": "zh", "file": "zh.md"}, "target": {"lang": "en", "file": "en.md"},
            "rate": None, "findings": [], "notes": []}
    (tmp_path / "gold.json").write_text(json.dumps({**base, **gold}, ensure_ascii=False), encoding="utf-8")
    return tmp_path


ZH = "标题：东北振兴的经验\n\n第一段说2023年东北地区生产总值为5.8万亿元。\n"
EN = "Title: lessons of the Northeast\n\nThe first paragraph says output was 5.8 trillion yuan in 2023.\n"
BLOCKS = {"zh": ["标题：东北振兴的经验", "第一段说2023年东北地区"], "en": ["Title: lessons of", "The first paragraph"]}


def test_a_good_gold_passes(tmp_path):
    folder = _pair(tmp_path, ZH, EN, {"blocks": BLOCKS, "alignment": [[[0], [0]], [[1], [1]]]})
    assert check_folder(folder).problems == []


@pytest.mark.parametrize("change, expected", [
    ({"alignment": [[[0], [0]]]}, "block(s) in no link: [1]"),
    ({"alignment": [[[1], [1]], [[0], [0]]]}, "not monotonic"),
    ({"alignment": [[[0], [0]], [[1], []]]}, "en block(s) in no link"),
    ({"blocks": {"zh": ["标题", "第一段说2023年东北地区"], "en": BLOCKS["en"]}}, "shorter than 12"),
    ({"blocks": {"zh": ["第二段", "第一段说2023年东北地区"], "en": BLOCKS["en"]}}, "is not a prefix"),
    ({"findings": [{"kind": "scale", "zh_block": 1, "en_block": 1, "zh": "5.8万亿元", "en": "5.8 billion",
                    "expect": "", "why": ""}]}, "not found in en block 1"),
    ({"findings": [{"kind": "scael", "zh_block": 1, "en_block": 1, "zh": "5.8万亿元", "en": "5.8 trillion",
                    "expect": "", "why": ""}]}, "unknown kind 'scael'"),
    ({"findings": [{"kind": "value", "zh_block": 0, "en_block": 1, "zh": "标题", "en": "5.8 trillion",
                    "expect": "", "why": ""}]}, "are in different links"),
    ({"notes": [{"kind": "translator", "en_block": 1, "text": "tr. not there"}]}, "not found in en block 1"),
])
def test_broken_gold_is_reported(tmp_path, change, expected):
    gold = {"blocks": BLOCKS, "alignment": [[[0], [0]], [[1], [1]]], **change}
    problems = check_folder(_pair(tmp_path, ZH, EN, gold)).problems
    assert any(expected in p for p in problems), problems


def test_new_kinds_approximation_and_unit_are_accepted(tmp_path):
    findings = [{"kind": k, "zh_block": 1, "en_block": 1, "zh": "5.8万亿元", "en": "5.8 trillion yuan",
                 "expect": "", "why": ""} for k in ("approximation", "unit")]
    gold = {"blocks": BLOCKS, "alignment": [[[0], [0]], [[1], [1]]], "findings": findings}
    assert check_folder(_pair(tmp_path, ZH, EN, gold)).problems == []


def test_an_unexplained_addition_is_reported(tmp_path):
    en = EN + "\nAn added paragraph nobody asked for, long enough.\n"
    blocks = {"zh": BLOCKS["zh"], "en": BLOCKS["en"] + ["An added paragraph"]}
    gold = {"blocks": blocks, "alignment": [[[0], [0]], [[1], [1]], [[], [2]]]}
    problems = check_folder(_pair(tmp_path, ZH, en, gold)).problems
    assert problems == ["en block 2 has no source but no note and no 'addition' finding"]


@pytest.mark.parametrize("text, expected", [
    ("3.2553 trillion RMB (approx. 456 billion USD)", [("456", 3255300000000)]),
    ("104.7 billion RMB – approx. 14.6 billion USD", [("14.6", 104700000000)]),
    ("6 to 7 trillion RMB (between 846 and 987 billion USD)", [("846", 6000000000000), ("987", 7000000000000)]),
    ("RMB 5 trillion and RMB 8 trillion (US$0.7 trillion and US$1.1 trillion)",
     [("0.7", 5000000000000), ("1.1", 8000000000000)]),
    ("1,000 yuan ($140)", [("140", 1000)]),
    ("The plan (announced in 2003) cost 5 billion yuan.", []),
])
def test_conversions_are_found_in_every_style(text, expected):
    found = [(c.base_text, int(c.quote_amount)) for c in conversions(text, "USD", "CNY")]
    assert found == expected


@pytest.mark.parametrize("quote, base, power, verdict", [
    ("3255300000000", "456", 9, "ok"),          # 3.2553e12 / 7.14 = 455.9e9
    ("3255300000000", "465", 9, "off"),
    ("1000000", "140100", 0, "borderline"),     # 140,056: off by more than the figure's rounding, not the rate's
])
def test_conversion_verdict_uses_both_roundings(quote, base, power, verdict):
    from decimal import Decimal
    conv = Conversion(Decimal(quote), base, Decimal(base).scaleb(power), power)
    assert conv.verdict(Decimal("7.14")) == verdict


def test_split_blocks_skips_front_matter_and_blank_runs():
    assert split_blocks("---\ntitle: x\n---\n\na\nb\n \t\nc\r\n") == ["a\nb", "c"]


def test_main_exit_codes(tmp_path, capsys):
    assert main([str(ROOT / "corpus" / "northeast")]) == 0
    assert "OK" in capsys.readouterr().out
    shutil.copytree(ROOT / "corpus" / "clean-figures", tmp_path / "p")
    (tmp_path / "p" / "gold.json").write_text("{", encoding="utf-8")
    assert main([str(tmp_path / "p")]) == 1
    assert "cannot read gold.json" in capsys.readouterr().out
    assert main([]) == 2


def test_a_wrong_conversion_without_its_rate_finding_is_reported(tmp_path):
    folder = tmp_path / "northeast"
    shutil.copytree(ROOT / "corpus" / "northeast", folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    dropped = next(f for f in gold["findings"] if f["kind"] == "rate" and not f.get("optional"))
    gold["findings"].remove(dropped)
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = check_folder(folder).problems
    assert any(f"en block {dropped['en_block']}:" in p and "has no 'rate' finding" in p for p in problems), problems

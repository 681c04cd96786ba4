"""Correct translations of Chinese technology press (phones, chips, EVs, AI,
telecoms, space) into English that a check misread, from a blind probe,
through the whole pipeline.

Each class is written fresh for this test (a model's number before 成为, 达
"reaching" rendered "up to", a processor name in spaced digits, a percentage of
a battery's charge beside two durations, a B glued to a figure copied from
English), with a counter-case that must still
be reported, so no rule is a blanket silence.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from northeast_text.numbers import extract_text

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en, suffix=".md")


def _read(text: str, lang: str = "zh") -> list[tuple[str, Decimal | None]]:
    return [(q.text, q.value) for q in extract_text(text, lang)]


# 1. 成为 "become" after a model's number is no 成 "tenths": 荣耀90成为 is not 0成 (0%)

@pytest.mark.parametrize(("text", "read"), [
    ("红米K70成为销量冠军", []),
    ("华为P60成为首款支持卫星短信的手机", []),
    ("魅族21成为该品牌最后一款手机", [("21", 21)]),
    # counter-cases: a share in tenths is still read
    ("4成用户表示满意", [("4成", 40)]),
    ("约有三成为女性", [("三成", 30)]),
])
def test_model_number_before_cheng_wei(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == [(t, Decimal(v)) for t, v in read]


def test_model_number_before_cheng_wei_pipeline(tmp_path: Path) -> None:
    assert check(tmp_path, "魅族21成为全球首款采用该芯片的手机。",
                 "The Meizu 21 became the first phone in the world to use the chip.") == []


# 2. 达 "reaching" a high figure, rendered "up to" / "as many as"

def test_reaching_as_up_to_is_no_added_hedge(tmp_path: Path) -> None:
    assert check(tmp_path, "这款硬盘的写入速度达6500MB/s。",
                 "The drive writes at up to 6,500MB/s.") == []
    assert check(tmp_path, "该模型的参数规模达到700亿。",
                 "The model has as many as 70 billion parameters.") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("这款硬盘的写入速度达6500MB/s。", "The drive writes at about 6,500MB/s."),  # "about" is still added
    ("这款硬盘的写入速度为6500MB/s。", "The drive writes at up to 6,500MB/s."),  # no 达 before it
])
def test_hedge_still_added(tmp_path: Path, zh: str, en: str) -> None:
    assert any(k == "approximation" for k, _, _ in check(tmp_path, zh, en))


# 3. a processor's name in spaced digits ("Core Ultra 9 185H") is no figure grouped in thousands

def test_spaced_model_number_is_a_name() -> None:
    assert _read("搭载英特尔酷睿Ultra 9 185H处理器") == []
    assert _read("全年产量3 000吨") == [("3 000吨", Decimal(3000))]  # counter-case: a spaced group before a unit


def test_spaced_model_number_pipeline(tmp_path: Path) -> None:
    assert check(tmp_path, "新款笔记本搭载酷睿Ultra 9 185H处理器，售价8999元。",
                 "The new laptop runs on a Core Ultra 9 185H processor and costs 8,999 yuan.") == []


# 4. a percentage of a battery's charge between two durations relates no two durations

def test_share_of_the_charge_is_no_relation(tmp_path: Path) -> None:
    assert check(tmp_path, "官方称，充电15分钟可充入60%电量，约35分钟充满。",
                 "The maker says 15 minutes of charging fills the battery to 60%, and a full charge takes "
                 "about 35 minutes.") == []


def test_relation_between_durations_still_checked(tmp_path: Path) -> None:
    found = check(tmp_path, "新版本启动只需15分钟，仅为旧版本35分钟的60%。",
                  "The new version starts in only 15 minutes, just 60% of the old version's 35 minutes.")
    assert any(k == "arithmetic" for k, _, _ in found)


# 5. a B glued to a figure (昇腾910B, 70B模型), copied from English: read as English reads it

@pytest.mark.parametrize(("text", "read"), [
    ("华为昇腾910B芯片", [("910B", 910_000_000_000)]),
    ("开源了70B参数的模型", [("70B", 70_000_000_000)]),
    ("在B站发布视频", []),
])
def test_billion_letter(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == [(t, Decimal(v)) for t, v in read]


def test_billion_letter_pipeline(tmp_path: Path) -> None:
    assert check(tmp_path, "华为昇腾910B芯片的算力约为A100的80%。",
                 "Huawei's Ascend 910B chip has about 80% of the computing power of the A100.") == []
    # counter-case: the model's size a power of ten off is still a scale error
    assert ("scale", "error", "7 billion") in check(tmp_path, "该公司开源了70B参数的模型。",
                                                    "The company open-sourced a model with 7 billion parameters.")

"""Check ``parties``: a contract's parties swapped (甲方 rendered "Party B").

Contracts name their parties 甲方, 乙方, 丙方, 丁方, and English translations
keep the letters: "Party A", "Party B" … A link whose original names a party
the translation does not, while the translation names one the original does
not, has most likely swapped them: 甲方负责运输 as "Party B is responsible
for transport" moves an obligation to the other side.  The parties a link
names on both sides are left alone (word order changes freely: 乙方向甲方付款
is "Party A shall be paid by Party B"), and so is a side that names none
("the Buyer", "it", 甲乙双方 "both parties").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import AnnotatedPair, Block, Finding
from . import register

_LETTERS = {"甲": "A", "乙": "B", "丙": "C", "丁": "D"}
_ZH_PARTY = re.compile("([甲乙丙丁])方(?!案|面|向|法|式|程|针)")  # not 乙方案 "plan B", 甲方面
_EN_PARTY = re.compile(r"\b[Pp]arty[\s-]?([ABCD])\b")


def _parties(blocks: list[Block], pattern: re.Pattern[str], letter) -> dict[str, tuple[Block, re.Match[str]]]:
    """Each party letter named in ``blocks`` -> its first mention."""
    found: dict[str, tuple[Block, re.Match[str]]] = {}
    for block in blocks:
        for m in pattern.finditer(block.text):
            found.setdefault(letter(m.group(1)), (block, m))
    return found


@register(
    "parties",
    needs_source=True,
    kinds=("entity",),
    description="A contract's party rendered as another party (甲方 as \"Party B\").",
    swapped="warning",
)
def check_parties(pair: AnnotatedPair, config: Mapping[str, object]) -> list[Finding]:
    assert pair.source is not None
    src_blocks, tgt_blocks = pair.source.document.blocks, pair.target.document.blocks
    findings: list[Finding] = []
    for link in pair.alignment:
        if not link.source or not link.target:
            continue
        source = _parties([src_blocks[i] for i in link.source], _ZH_PARTY, _LETTERS.__getitem__)
        if not source:
            continue
        target = _parties([tgt_blocks[j] for j in link.target], _EN_PARTY, str)
        lost = sorted(set(source) - set(target))
        gained = sorted(set(target) - set(source))
        if len(lost) != 1 or len(gained) != 1:
            continue  # none swapped, or too many to say which became which
        (s_block, s), (t_block, t) = source[lost[0]], target[gained[0]]
        findings.append(Finding(
            kind="entity", severity=str(config["swapped"]),
            message=f"{s.group()} is Party {lost[0]}; the translation names Party {gained[0]} here "
                    f"and never Party {lost[0]}: the parties may be swapped",
            source_block=s_block.id, target_block=t_block.id, source_text=s.group(), target_text=t.group(),
            expected=f"Party {lost[0]}", source_span=s.span(), target_span=t.span(), check="parties",
            data={"relation": "party-swapped"},
        ))
    return findings

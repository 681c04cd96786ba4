"""The ``numbers`` check on the conventions of literary translations: figures
spelled out in words with commas between their groups, countdowns, a glued
"K" that is kelvin, hedges a novel writes around its figures, small counts a
translator restructures, set phrases that hold numerals.

Every sentence here is made up for the test; each class failed before its fix.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from northeast_text.numbers import extract_text


def _findings(tmp_path, zh: str, en: str) -> list[tuple[str, str, str | None, str | None]]:
    from northeast_text.pipeline import annotate_files

    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    return [(f.kind, f.severity, f.source_text, f.target_text)
            for f in annotate_files(tmp_path / "zh.txt", tmp_path / "en.txt").findings
            if f.check == "numbers"]


def _severe(findings) -> list:
    return [f for f in findings if f[1] in ("error", "warning")]


# --------------------------------------------------------------------------
# a glued "K" is kelvin as well as thousands


def test_a_glued_k_reads_as_kelvin_too():
    [q] = extract_text("The probe measured 4K at the pole.", "en")
    assert q.value == 4000 and (D(4), "K") in q.readings


def test_a_figure_with_k_copied_from_the_source_is_no_scale_slip(tmp_path):
    zh = "他们在实验室里发现了一台4K探测器，放在桌上。"
    en = "In the laboratory they found a 4K detector lying on the table."
    assert _severe(_findings(tmp_path, zh, en)) == []

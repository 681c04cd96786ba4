"""annotations/ is the bundled corpus annotated by the tool: it must be
current (regenerating it gives the same bytes) and valid TEI.

Regenerate it with:  northeast-text batch corpus -o annotations
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northeast_text.batch import discover_pairs, run_batch
from northeast_text.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"
CORPUS = ROOT / "corpus"


def _visible(folder: Path) -> dict[str, bytes]:
    """The committed outputs (the hidden state folder is not committed)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("annotations")
    result = run_batch(discover_pairs(CORPUS), out, Settings(), force=True)
    assert result.exit_code == 0, [p.message for p in result.failed]
    return out


def test_annotations_are_current(regenerated):
    committed = _visible(ANNOTATIONS)
    fresh = _visible(regenerated)
    assert sorted(committed) == sorted(fresh), "files differ; run: northeast-text batch corpus -o annotations"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"stale: {stale}; run: northeast-text batch corpus -o annotations --force"


def test_every_pair_is_annotated():
    pairs = {p.parent.name for p in CORPUS.glob("*/en.*")}
    assert pairs
    for pid in pairs:
        assert (ANNOTATIONS / f"{pid}.tei.xml").is_file()
        report = json.loads((ANNOTATIONS / f"{pid}.json").read_text("utf-8"))
        assert report["schema"] == 1 and report["target"]["blocks"]


def test_annotations_are_valid_tei(assert_valid_tei):
    from lxml import etree

    from northeast_text.writers.tei import integrity_errors

    files = sorted(ANNOTATIONS.glob("*.tei.xml"))
    assert any(f.name == "corpus.tei.xml" for f in files)
    for f in files:
        tree = etree.parse(str(f), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        assert_valid_tei(tree)
        assert integrity_errors(tree) == [], f.name

"""Determinism: the same input gives the same bytes, and finding ids are stable.

* Two independent runs of ``annotate`` (separate processes, different hash
  seeds, so set and dict order cannot leak into the output) give
  byte-identical TEI and JSON for every bundled pair.
* Finding ids depend on the finding's content, not on the run: appending an
  unrelated paragraph at the end of both texts leaves the ids of the
  existing findings unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import corpus_pairs

ROOT = Path(__file__).resolve().parent.parent
PAIRS = corpus_pairs()

SCRIPT = r"""
import sys
from click.testing import CliRunner
from northeast_text.cli import main

out = sys.argv[1]
runner = CliRunner()
for folder in sys.argv[2:]:
    name = folder.rstrip("/").rsplit("/", 1)[-1]
    zh = next(p for p in __import__("glob").glob(folder + "/zh.*"))
    en = next(p for p in __import__("glob").glob(folder + "/en.*"))
    result = runner.invoke(main, ["annotate", zh, en, "-o", f"{out}/{name}.tei.xml",
                                  "--json", f"{out}/{name}.json"])
    if result.exit_code != 0:
        sys.stderr.write(f"{name}: {result.output} {result.exception!r}\n")
        sys.exit(1)
"""


def _start(out: Path, seed: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(out), *map(str, PAIRS)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    a, b = tmp_path_factory.mktemp("run-a"), tmp_path_factory.mktemp("run-b")
    procs = [_start(a, "1"), _start(b, "2")]  # in parallel
    for proc in procs:
        _, err = proc.communicate(timeout=1800)
        assert proc.returncode == 0, err
    return a, b


@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
@pytest.mark.parametrize("suffix", [".tei.xml", ".json"])
def test_two_runs_are_byte_identical(two_runs, pair, suffix):
    a, b = two_runs
    first = (a / f"{pair.name}{suffix}").read_bytes()
    second = (b / f"{pair.name}{suffix}").read_bytes()
    assert len(first) > 1000
    if first != second:
        at = next(i for i, (x, y) in enumerate(zip(first, second)) if x != y)
        pytest.fail(f"{pair.name}{suffix} differs at byte {at}: "
                    f"{first[max(0, at - 80):at + 80]!r} vs {second[max(0, at - 80):at + 80]!r}")


@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_finding_ids_unique_and_content_derived(two_runs, pair):
    a, _ = two_runs
    report = json.loads((a / f"{pair.name}.json").read_text("utf-8"))
    ids = [f["id"] for f in report["findings"]]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("f-") and len(i) == 12 for i in ids)


# --------------------------------------------------------------------------
# Ids survive unrelated edits
# --------------------------------------------------------------------------

ZH_EXTRA = "\n\n另据统计，该市2024年新建公园12座，总面积达到340公顷。\n"
EN_EXTRA = "\n\nAccording to the statistics, the city also built 12 new parks in 2024, covering 340 hectares.\n"


def _findings(zh_text: str, en_text: str, folder: Path) -> dict[str, dict]:
    from northeast_text.pipeline import annotate_files
    from northeast_text.writers.report import to_report

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zh.md").write_text(zh_text, "utf-8")
    (folder / "en.md").write_text(en_text, "utf-8")
    pair = annotate_files(folder / "zh.md", folder / "en.md", pair_id="p")
    return {f["id"]: f for f in to_report(pair)["findings"]}


def _key(f: dict) -> tuple:
    return (f["kind"], f.get("source_text"), f.get("target_text"))


@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_ids_unchanged_by_a_paragraph_added_at_the_end(tmp_path, pair):
    zh = next(pair.glob("zh.*")).read_text("utf-8")
    en = next(pair.glob("en.*")).read_text("utf-8")
    before = _findings(zh, en, tmp_path / "before")
    after = _findings(zh.rstrip("\n") + ZH_EXTRA, en.rstrip("\n") + EN_EXTRA, tmp_path / "after")
    assert before, "the pair has no findings to compare"
    missing = {i: _key(f) for i, f in before.items() if i not in after}
    assert not missing, f"ids changed by an edit elsewhere: {missing}"
    for i, f in before.items():
        assert _key(after[i]) == _key(f)


def test_ids_do_not_depend_on_other_findings():
    """assign_ids hashes each finding's own content: dropping one finding leaves the others' ids."""
    from northeast_text.model import Finding
    from northeast_text.pipeline import assign_ids

    def finding(kind, sb, tb, st, tt):
        return Finding(kind=kind, severity="error", message="m", source_block=sb, target_block=tb,
                       source_text=st, target_text=tt)

    fs = [finding("scale", "zh-b1", "en-b1", "3万", "3 million"),
          finding("value", "zh-b2", "en-b2", "5%", "6%"),
          finding("value", "zh-b2", "en-b2", "5%", "6%"),  # an exact repeat gets its own id
          finding("entity", "zh-b3", "en-b3", "沈阳", "Dalian")]
    ids = [f.id for f in assign_ids(fs)]
    assert len(set(ids)) == 4
    assert [f.id for f in assign_ids([fs[0], fs[3]])] == [ids[0], ids[3]]
    assert assign_ids(fs) == assign_ids(fs)

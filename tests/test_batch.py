"""Batch annotation: discovery, manifests, skipping, failure isolation,
determinism across runs and -j, Ctrl-C, progress output, corpus files."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from northeast_text import batch
from northeast_text.batch import PairStatus, Progress, discover_pairs, format_summary, run_batch
from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.settings import Settings

# Small pairs written for these tests (not from the bundled corpus).
PAIRS = {
    "alpha": (
        "# 港口报告\n\n2023年，该港吞吐量达到3.5亿吨，比上年增长12%。\n\n港口新建了4个泊位，投资约20亿元。\n",
        "# Port report\n\nIn 2023 the port handled 350 million tonnes, 12% more than a year earlier.\n\n"
        "It built 4 new berths, at a cost of about 2 billion yuan.\n",
    ),
    "beta": (
        "# 农业简报\n\n全省粮食产量为3000万吨。\n\n农民人均收入增长了8%。\n",
        "# Farm brief\n\nThe province's grain output was 30 billion tonnes.\n\n"
        "Farmers' income per head rose by 8%.\n",
    ),
    "gamma": (
        "# 学校\n\n全市有120所小学，学生约15万人。\n",
        "# Schools\n\nThe city has 120 primary schools with about 150,000 pupils.\n",
    ),
}


def make_corpus(root: Path, pairs: dict[str, tuple[str, str]] = PAIRS, suffix: str = ".md") -> Path:
    for pid, (zh, en) in pairs.items():
        d = root / pid
        d.mkdir(parents=True, exist_ok=True)
        (d / f"zh{suffix}").write_text(zh, encoding="utf-8")
        (d / f"en{suffix}").write_text(en, encoding="utf-8")
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    return make_corpus(tmp_path / "corpus")


# --------------------------------------------------------------------------- discovery


def test_discover_folders_sorted_with_relative_names(corpus):
    (corpus / "not-a-pair").mkdir()
    (corpus / "not-a-pair" / "README.md").write_text("x")
    (corpus / ".hidden").mkdir()
    specs = discover_pairs(corpus)
    assert [s.id for s in specs] == ["alpha", "beta", "gamma"]
    assert all(s.error is None for s in specs)
    assert specs[0].source_name == "alpha/zh.md" and specs[0].target_name == "alpha/en.md"
    assert specs[0].source == (corpus / "alpha" / "zh.md").resolve()


def test_discover_ambiguous_and_missing_are_per_pair_errors(corpus):
    (corpus / "alpha" / "zh.txt").write_text("重复")
    (corpus / "delta").mkdir()
    (corpus / "delta" / "zh.md").write_text("只有中文")
    specs = {s.id: s for s in discover_pairs(corpus)}
    assert "2 zh.* files" in specs["alpha"].error and "zh.md, zh.txt" in specs["alpha"].error
    assert "no en.* file" in specs["delta"].error
    assert specs["beta"].error is None


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


ZH, EN = PAIRS["gamma"]


@pytest.mark.parametrize("files, expected", [
    # files named by a language tag in the corpus folder: the name is the id
    ({"port.zh.md": ZH, "port.en.md": EN, "farm_zh.txt": ZH, "farm_en.txt": EN},
     [("farm", "farm_zh.txt", "farm_en.txt"), ("port", "port.zh.md", "port.en.md")]),
    ({"school-zh-CN.md": ZH, "school-en-US.md": EN}, [("school", "school-zh-CN.md", "school-en-US.md")]),
    # one pair a folder, named by the folder, whatever the tags
    ({"p1/zh-Hans.md": ZH, "p1/en-GB.md": EN, "p2/Chinese.txt": ZH, "p2/English.txt": EN},
     [("p1", "p1/zh-Hans.md", "p1/en-GB.md"), ("p2", "p2/Chinese.txt", "p2/English.txt")]),
    # two folders named by language, files of the same names
    ({"zh/a1.md": ZH, "en/a1.md": EN, "zh/b2.md": ZH, "en/b2.md": EN},
     [("a1", "zh/a1.md", "en/a1.md"), ("b2", "zh/b2.md", "en/b2.md")]),
])
def test_discover_files_named_by_language_tags(tmp_path, files, expected):
    specs = discover_pairs(_write(tmp_path / "c", files))
    assert [(s.id, s.source_name, s.target_name) for s in specs] == expected
    assert all(s.error is None for s in specs)


def test_discover_tagged_files_with_one_side_or_two_candidates_are_per_pair_errors(tmp_path):
    root = _write(tmp_path / "c", {"a.zh.md": ZH, "a.en.md": EN, "b.zh.md": ZH, "c.en.md": EN, "c.eng.txt": EN,
                                   "c.zh.md": ZH, "zh/x.md": ZH})
    specs = {s.id: s for s in discover_pairs(root)}
    assert specs["a"].error is None
    assert specs["b"].error.endswith("no en file")
    assert "2 en files (c.en.md, c.eng.txt)" in specs["c"].error


def test_zh_and_en_files_keep_their_meaning_beside_tagged_files(corpus):
    # a corpus of pair folders is read as before: tagged names are not looked for
    (corpus / "notes.zh.md").write_text("注")
    assert [s.id for s in discover_pairs(corpus)] == ["alpha", "beta", "gamma"]


def test_untagged_names_are_no_pairs(tmp_path):
    root = _write(tmp_path / "c", {"readme.md": "x", "chinese_version.md": ZH, "bench.txt": EN})
    assert discover_pairs(root) == []
    result = CliRunner().invoke(main, ["batch", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "NAME.zh.* and NAME.en.*" in result.output


def test_discover_missing_folder_and_file(tmp_path):
    with pytest.raises(InputError, match="no such folder"):
        discover_pairs(tmp_path / "nope")
    f = tmp_path / "f.txt"
    f.write_text("x")
    with pytest.raises(InputError, match="is a file"):
        discover_pairs(f)


def test_manifest_tsv_with_metadata(tmp_path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"]})
    (root / "manifest.tsv").write_text(
        "# pairs\nid\tsource\ttarget\ttitle\ttranslator\nport\ta/zh.md\ta/en.md\tPort Report\tJ. Doe\n",
        encoding="utf-8")
    [spec] = discover_pairs(root)
    assert spec.id == "port" and spec.error is None
    assert spec.source_name == "a/zh.md"
    assert spec.meta == {"title": "Port Report", "translator": "J. Doe"}


def test_manifest_json(tmp_path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"], "b": PAIRS["beta"]})
    (root / "manifest.json").write_text(json.dumps({"pairs": [
        {"id": "one", "source": "a/zh.md", "target": "a/en.md", "meta": {"author": "X"}},
        {"id": "two", "source": "b/zh.md", "target": "b/en.md"},
    ]}), encoding="utf-8")
    specs = discover_pairs(root)
    assert [(s.id, s.error) for s in specs] == [("one", None), ("two", None)]
    assert specs[0].meta == {"author": "X"}


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "a/../../outside.md"])
def test_manifest_paths_escaping_the_corpus_are_refused(tmp_path, path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"]})
    (tmp_path / "outside.md").write_text("secret")
    (root / "manifest.tsv").write_text(f"id\tsource\ttarget\nbad\t{path}\ta/en.md\ngood\ta/zh.md\ta/en.md\n")
    specs = {s.id: s for s in discover_pairs(root)}
    assert specs["good"].error is None
    err = specs["bad"].error
    assert err is not None and ("outside the corpus folder" in err or "absolute" in err)
    assert "manifest.tsv:2" in err


def test_symlink_out_of_corpus_is_refused(tmp_path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"]})
    secret = tmp_path / "secret.md"
    secret.write_text("# secret\n\nnot part of the corpus\n")
    (root / "a" / "en.md").unlink()
    os.symlink(secret, root / "a" / "en.md")
    [spec] = discover_pairs(root)
    assert spec.error and "outside the corpus folder" in spec.error
    (root / "manifest.tsv").write_text("id\tsource\ttarget\nx\ta/zh.md\ta/en.md\n")
    [spec] = discover_pairs(root)
    assert spec.error and "outside the corpus folder" in spec.error


def test_manifest_bad_rows_and_header(tmp_path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"]})
    (root / "manifest.tsv").write_text(
        "id\tsource\ttarget\n9lives\ta/zh.md\ta/en.md\ncorpus\ta/zh.md\ta/en.md\n"
        "dup\ta/zh.md\ta/en.md\nDUP\ta/zh.md\ta/en.md\nnosrc\t\ta/en.md\n")
    specs = discover_pairs(root)
    errors = [s.error for s in specs]
    assert "must start with a letter" in errors[0]
    assert "reserved" in errors[1]
    assert errors[2] is None and "used twice" in errors[3]
    assert "no source path" in errors[4]
    (root / "manifest.tsv").write_text("name\tzh\ten\n")
    with pytest.raises(InputError, match="header lacks id, source, target"):
        discover_pairs(root)
    (root / "manifest.tsv").unlink()
    (root / "manifest.json").write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        discover_pairs(root)


# --------------------------------------------------------------------------- running


def test_batch_outputs_and_corpus_files(corpus, tmp_path, assert_valid_tei):
    from lxml import etree

    from northeast_text.writers.tei import integrity_errors

    out = tmp_path / "out"
    result = run_batch(discover_pairs(corpus), out, Settings(), tmx=True)
    assert result.exit_code == 0 and [p.status for p in result.pairs] == ["done"] * 3
    for pid in PAIRS:
        for suffix in (".tei.xml", ".json", ".tmx"):
            assert (out / f"{pid}{suffix}").is_file()
        report = json.loads((out / f"{pid}.json").read_text("utf-8"))
        assert report["target"]["path"] == f"{pid}/en.md"  # relative: outputs do not depend on cwd
        assert_valid_tei((out / f"{pid}.tei.xml").read_bytes())
    corpus_xml = (out / "corpus.tei.xml").read_bytes()
    assert_valid_tei(corpus_xml)
    root = etree.fromstring(corpus_xml)
    assert integrity_errors(root) == []
    members = root.findall("{http://www.tei-c.org/ns/1.0}TEI")
    assert [m.get("{http://www.w3.org/XML/1998/namespace}id") for m in members] == list(PAIRS)
    for data in snapshot(out).values():
        assert str(tmp_path).encode() not in data  # no absolute path leaks into outputs
    # findings.csv: BOM, header, one row per finding of every report
    raw = (out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    expected = [(pid, f["id"]) for pid in PAIRS
                for f in json.loads((out / f"{pid}.json").read_text("utf-8"))["findings"]]
    assert [(r["pair"], r["id"]) for r in rows] == expected and expected
    assert {r["severity"] for r in rows} <= {"error", "warning", "info"}
    beta = [r for r in rows if r["pair"] == "beta"]
    assert any(r["kind"] == "scale" for r in beta)  # 3000万吨 -> 30 billion tonnes


def test_manifest_metadata_reaches_the_tei(tmp_path):
    root = make_corpus(tmp_path / "c", {"a": PAIRS["gamma"]})
    (root / "manifest.tsv").write_text("id\tsource\ttarget\ttranslator\nschools\ta/zh.md\ta/en.md\tAnna Example\n")
    out = tmp_path / "out"
    result = run_batch(discover_pairs(root), out, Settings())
    assert result.exit_code == 0
    assert b"Anna Example" in (out / "schools.tei.xml").read_bytes()


def test_skip_unchanged_and_force(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(discover_pairs(corpus), out, Settings())
    before = snapshot(out)
    second = run_batch(discover_pairs(corpus), out, Settings())
    assert [p.status for p in second.pairs] == ["skipped"] * 3
    assert snapshot(out) == before
    assert second.total("error") == sum(
        sum(f["severity"] == "error" for f in json.loads(before[f"{p}.json"])["findings"]) for p in PAIRS)
    # change one input: only that pair runs again
    (corpus / "gamma" / "en.md").write_text(PAIRS["gamma"][1].replace("120", "121"), encoding="utf-8")
    third = run_batch(discover_pairs(corpus), out, Settings())
    assert [p.status for p in third.pairs] == ["skipped", "skipped", "done"]
    # a damaged output is noticed and rebuilt
    (out / "alpha.json").write_text("{}")
    fourth = run_batch(discover_pairs(corpus), out, Settings())
    assert [p.status for p in fourth.pairs] == ["done", "skipped", "skipped"]
    # settings change the key; --force runs everything
    assert {p.status for p in run_batch(discover_pairs(corpus), out, Settings(use_names=False)).pairs} == {"done"}
    assert {p.status for p in run_batch(discover_pairs(corpus), out, Settings(), force=True).pairs} == {"done"}


def test_one_bad_pair_does_not_stop_the_others(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(discover_pairs(corpus), out, Settings())
    (corpus / "beta" / "en.md").write_text("   \n\n  ", encoding="utf-8")  # whitespace only
    (corpus / "zeta").mkdir()
    (corpus / "zeta" / "en.md").write_text("# Only English\n\nNo original here.\n")
    result = run_batch(discover_pairs(corpus), out, Settings())
    status = {p.id: p for p in result.pairs}
    assert result.exit_code == 2
    assert status["beta"].status == "failed" and "beta/en.md" in status["beta"].message
    assert "whitespace" in status["beta"].message and "\n" not in status["beta"].message
    assert status["zeta"].status == "failed" and "no zh.* file" in status["zeta"].message
    assert status["alpha"].status == "skipped" and status["gamma"].status == "skipped"
    # the failed pair's stale outputs are gone; the corpus files hold the others only
    assert not (out / "beta.tei.xml").exists() and not (out / "beta.json").exists()
    corpus_xml = (out / "corpus.tei.xml").read_text("utf-8")
    assert 'xml:id="alpha"' in corpus_xml and 'xml:id="gamma"' in corpus_xml
    assert 'xml:id="beta"' not in corpus_xml
    assert ",beta," not in (out / "findings.csv").read_text("utf-8-sig")
    assert "FAILED" in format_summary(result)


def test_unexpected_exception_is_isolated(corpus, tmp_path, monkeypatch):
    from northeast_text import pipeline

    real = pipeline.annotate

    def flaky(source, target, settings, pair_id=None):
        if pair_id == "beta":
            raise ZeroDivisionError("boom")
        return real(source, target, settings, pair_id)

    monkeypatch.setattr(pipeline, "annotate", flaky)
    result = run_batch(discover_pairs(corpus), tmp_path / "out", Settings())
    status = {p.id: p for p in result.pairs}
    assert status["beta"].status == "failed" and "ZeroDivisionError: boom" in status["beta"].message
    assert status["alpha"].status == status["gamma"].status == "done"


def test_deterministic_across_runs_and_jobs(corpus, tmp_path):
    specs = discover_pairs(corpus)
    run_batch(specs, tmp_path / "a", Settings(), tmx=True)
    run_batch(specs, tmp_path / "b", Settings(), tmx=True, force=True)
    run_batch(specs, tmp_path / "c", Settings(), tmx=True, jobs=2)
    a = snapshot(tmp_path / "a")
    assert a == snapshot(tmp_path / "b")
    assert a == snapshot(tmp_path / "c")


def test_ctrl_c_leaves_no_partial_files(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = batch.annotate_job

    def interrupted(job):
        if job.id == "beta":
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(batch, "annotate_job", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_batch(discover_pairs(corpus), out, Settings())
    files = snapshot(out)
    assert not [n for n in files if n.endswith(".part") or "/." in n and n.endswith(".part")]
    assert "alpha.tei.xml" in files and "beta.tei.xml" not in files and "corpus.tei.xml" not in files
    json.loads(files["alpha.json"])  # complete
    # the finished pair is remembered: the next run skips it
    monkeypatch.setattr(batch, "annotate_job", real)
    result = run_batch(discover_pairs(corpus), out, Settings())
    assert [p.status for p in result.pairs] == ["skipped", "done", "done"]


def test_ctrl_c_in_cli_exits_130(corpus, tmp_path, monkeypatch):
    def interrupted(job):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "annotate_job", interrupted)
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "out")])
    assert res.exit_code == 130
    assert "interrupted" in res.stderr


def test_unknown_executor_and_output_is_a_file(corpus, tmp_path):
    with pytest.raises(InputError, match="unknown executor"):
        run_batch(discover_pairs(corpus), tmp_path / "o", Settings(), executor="threads")
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(InputError, match="expected an output folder"):
        run_batch(discover_pairs(corpus), f, Settings())


def test_state_file_cannot_delete_foreign_files(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(discover_pairs(corpus), out, Settings())
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    state_path = out / ".northeast-text" / "state.json"
    state = json.loads(state_path.read_text())
    state["pairs"]["gone"] = {"key": "x", "outputs": {"../victim.txt": "0", "/etc/hostname": "0"}}
    state_path.write_text(json.dumps(state))
    run_batch(discover_pairs(corpus), out, Settings())
    assert victim.read_text() == "keep me"


# --------------------------------------------------------------------------- progress and CLI


def _status(pid: str, status: str = "done", **summary) -> PairStatus:
    return PairStatus(pid, status, "bad file" if status == "failed" else "",
                      {"error": 1, "warning": 2, "info": 0, "notes": 3, **summary}, 0.5)


def test_progress_plain_lines_when_not_a_terminal():
    buf = io.StringIO()
    p = Progress(3, stream=buf, tty=False)
    p(_status("a"), 1, 3)
    p(_status("b", "skipped"), 2, 3)
    p(_status("c", "failed"), 3, 3)
    lines = buf.getvalue().splitlines()
    assert lines == [
        "[1/3] a: 3 findings, 3 notes, 0.5s",
        "[2/3] b: unchanged, skipped",
        "[3/3] c: FAILED: bad file",
    ]
    assert "\r" not in buf.getvalue()


def test_progress_bar_on_a_terminal():
    buf = io.StringIO()
    p = Progress(2, stream=buf, tty=True, width=10)
    p(_status("a"), 1, 2)
    first = buf.getvalue()
    assert first.startswith("\r[#####-----] 1/2 pairs · 3 findings") and "time left" in first
    assert "\n" not in first
    p(_status("b", "failed"), 2, 2)
    text = buf.getvalue()
    assert "[##########] 2/2 pairs · 3 findings · 1 failed · done in" in text
    assert text.endswith("\n") and text.count("\n") == 1


def test_cli_batch_summary_progress_and_exit_codes(corpus, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(main, ["batch", str(corpus), "-o", str(out), "--tmx"])
    assert res.exit_code == 0, res.output
    assert "3 pairs: 3 annotated, 0 skipped, 0 failed" in res.stdout
    assert "[1/3] alpha:" in res.stderr and "[3/3] gamma:" in res.stderr  # not a terminal: lines
    assert (out / "alpha.tmx").is_file() and (out / "findings.csv").is_file()
    res = runner.invoke(main, ["batch", str(corpus), "-o", str(out), "--tmx"])
    assert "0 annotated, 3 skipped" in res.stdout
    res = runner.invoke(main, ["batch", str(corpus), "-o", str(out), "--tmx", "--force"])
    assert "3 annotated, 0 skipped" in res.stdout
    (corpus / "gamma" / "zh.md").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    res = runner.invoke(main, ["batch", str(corpus), "-o", str(out)])
    assert res.exit_code == 2
    err_lines = [ln for ln in res.stderr.splitlines() if ln.startswith("northeast-text: error:")]
    assert len(err_lines) == 1 and "gamma/zh.md" in err_lines[0]
    assert "Traceback" not in res.output


def test_cli_batch_usage_errors(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(main, ["batch", str(empty), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and "no pairs found" in res.stderr
    res = runner.invoke(main, ["batch", str(empty), "-o", str(tmp_path / "out"), "--scheduler", "tcp://x:1"])
    assert res.exit_code == 2 and "--scheduler needs --executor dask" in res.output


def test_html_pages_written_and_deterministic(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", {"gamma": PAIRS["gamma"]})
    a = run_batch(discover_pairs(corpus), tmp_path / "a", Settings(), html=True)
    b = run_batch(discover_pairs(corpus), tmp_path / "b", Settings(), html=True, force=True)
    assert a.exit_code == b.exit_code == 0
    page = (tmp_path / "a" / "gamma.html").read_text("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "primary schools" in page and "小学" in page
    index = (tmp_path / "a" / "index.html").read_text("utf-8")
    assert 'href="gamma.html"' in index
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    # asking for HTML later re-runs the pair (the output set is part of the key)
    c = run_batch(discover_pairs(corpus), tmp_path / "c", Settings())
    assert not (tmp_path / "c" / "gamma.html").exists() and c.pairs[0].status == "done"
    d = run_batch(discover_pairs(corpus), tmp_path / "c", Settings(), html=True)
    assert d.pairs[0].status == "done" and (tmp_path / "c" / "gamma.html").is_file()
    e = run_batch(discover_pairs(corpus), tmp_path / "c", Settings())
    assert e.pairs[0].status == "done" and not (tmp_path / "c" / "gamma.html").exists()
    assert not (tmp_path / "c" / "index.html").exists(), "no index of pages that are gone"


# --------------------------------------------------------------------------- hostile corpora (issue 11)


def test_folder_names_without_ascii_letters_get_distinct_ids(tmp_path):
    corpus = make_corpus(tmp_path / "c", {"东北": PAIRS["alpha"], "长江": PAIRS["beta"], "Москва": PAIRS["gamma"]})
    specs = discover_pairs(corpus)
    ids = sorted(s.id for s in specs)
    assert ids[:2] == ["changjiang", "dongbei"] and ids[2].startswith("pair-") and len(ids[2]) == 11
    result = run_batch(specs, tmp_path / "out", Settings())
    assert result.exit_code == 0 and [p.status for p in result.pairs] == ["done"] * 3
    corpus_tei = (tmp_path / "out" / "corpus.tei.xml").read_text("utf-8")
    for pid in ids:
        assert corpus_tei.count(f'xml:id="{pid}"') == 1 and (tmp_path / "out" / f"{pid}.json").is_file()


def test_an_id_collision_is_an_error_never_an_overwrite(tmp_path):
    corpus = make_corpus(tmp_path / "c", {"a b": PAIRS["alpha"], "a-b": PAIRS["beta"]})
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("northeast-text: error:")]
    assert errors == [("northeast-text: error: folder a-b: id 'a-b' used twice (also for folder a b; "
                       "ids must differ, ignoring case); rename one")]
    report = json.loads((tmp_path / "out" / "a-b.json").read_text("utf-8"))
    assert "港口" in report["source"]["blocks"][0]["text"]  # the first pair's output, not overwritten


def test_second_batch_into_a_locked_folder_is_refused(corpus, tmp_path):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # stands for a batch that is running
        res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out)])
    finally:
        os.close(fd)
    assert res.exit_code == 2
    assert res.stderr == (f"northeast-text: error: {out}: another batch is writing to this folder; "
                          "wait for it to finish or give another output folder\n")
    assert list(out.iterdir()) == []
    assert run_batch(discover_pairs(corpus), out, Settings()).exit_code == 0  # free again


def test_sigterm_stops_the_batch_and_keeps_finished_pairs(corpus, tmp_path, monkeypatch):
    import signal

    real = batch.annotate_job

    def terminated_during_beta(job):
        if job.id == "beta":
            os.kill(os.getpid(), signal.SIGTERM)
        return real(job)

    monkeypatch.setattr(batch, "annotate_job", terminated_during_beta)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out)])
    assert res.exit_code == 143
    assert res.stderr.splitlines()[-1] == (f"northeast-text: terminated; 1 of 3 pairs finished and recorded in "
                                           f"{out} (the next run skips them); workers stopped")
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the handler is only there while a command runs
    monkeypatch.setattr(batch, "annotate_job", real)
    again = run_batch(discover_pairs(corpus), out, Settings())
    assert [p.status for p in again.pairs] == ["skipped", "done", "done"]


def test_sigterm_leaves_no_orphaned_workers(corpus, tmp_path):
    """A real process with two workers, sent SIGTERM: exit 143, the workers end with it."""
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen([sys.executable, "-m", "northeast_text", "batch", str(corpus), "-o",
                             str(tmp_path / "out"), "-j", "2", "--force"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "workers never started"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert "northeast-text: terminated; " in err and "Traceback" not in err
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)], "orphaned workers"


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_batch_outputs_never_overwrite_an_input(tmp_path):
    """A manifest pair named "manifest" would write manifest.json over the manifest itself."""
    corpus = make_corpus(tmp_path / "c", {"a": PAIRS["alpha"]})
    manifest = json.dumps([{"id": "manifest", "source": "a/zh.md", "target": "a/en.md"}])
    (corpus / "manifest.json").write_text(manifest, "utf-8")
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(corpus)])
    assert res.exit_code == 2 and "also an input; refusing to overwrite it" in res.stderr
    assert (corpus / "manifest.json").read_text("utf-8") == manifest


@pytest.mark.parametrize("fail_on,code", [("never", 0), ("error", 1), ("warning", 1)])
def test_batch_fail_on(corpus, tmp_path, fail_on, code):
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "out"), "--fail-on", fail_on])
    assert res.exit_code == code, res.output  # beta's 30 billion tonnes is an error


def test_batch_fail_on_clean_corpus_exits_0(tmp_path):
    corpus = make_corpus(tmp_path / "c", {"gamma": PAIRS["gamma"]})
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "out"), "--fail-on", "error"])
    assert res.exit_code == 0, res.output


def test_index_page_shows_each_pair_title(tmp_path):
    corpus = make_corpus(tmp_path / "c", {"gamma": PAIRS["gamma"]})
    (corpus / "gamma" / "en.md").write_text("---\ntitle: City schools in 2023\n---\n\n" + PAIRS["gamma"][1], "utf-8")
    run_batch(discover_pairs(corpus), tmp_path / "out", Settings(), html=True)
    first = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert "<td>City schools in 2023</td>" in first
    run_batch(discover_pairs(corpus), tmp_path / "out", Settings(), html=True)  # skipped: title from the state
    assert (tmp_path / "out" / "index.html").read_text("utf-8") == first

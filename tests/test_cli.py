"""The CLI through click's runner: commands, exit codes, errors, stdin/stdout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from northeast_text import __version__
from northeast_text.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def northeast_files(northeast_dir):
    return str(northeast_dir / "zh.md"), str(northeast_dir / "en.md")


def test_every_command_is_documented(runner):
    for name, command in main.commands.items():
        assert command.help and len(command.help.strip()) > 40, f"{name} has no real help"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from northeast_text.cli import main\n"
        "CliRunner().invoke(main, ['--help'])\n"
        "heavy = [m for m in ('spacy', 'jieba', 'lxml', 'dask', 'cn2an') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_check_json_on_northeast(runner, northeast_files):
    result = runner.invoke(main, ["check", *northeast_files, "--format", "json"])
    assert result.exit_code == 1  # the pair has errors (scale, rate, entity)
    report = json.loads(result.stdout)
    assert report["schema"] == 1
    assert report["tool"]["name"] == "northeast-text"
    assert len(report["source"]["blocks"]) == 71
    assert len(report["target"]["blocks"]) == 63
    assert len(report["alignment"]) == 63
    assert {f["kind"] for f in report["findings"]} >= {"scale", "rate", "entity", "arithmetic"}


def test_check_fail_on_never_exits_zero(runner, northeast_files):
    result = runner.invoke(main, ["check", *northeast_files, "--fail-on", "never"])
    assert result.exit_code == 0
    assert "scale" in result.output


def test_check_translation_only(runner, northeast_files):
    result = runner.invoke(main, ["check", "--translation-only", northeast_files[1], "--format", "json"])
    report = json.loads(result.stdout)
    assert report["source"] is None
    assert report["alignment"] == []
    assert any(f["kind"] == "rate" for f in report["findings"])
    assert report["notes"], "notes are found without the original"


def test_check_translation_only_needs_one_file(runner, northeast_files):
    result = runner.invoke(main, ["check", "--translation-only", *northeast_files])
    assert result.exit_code == 2
    assert "exactly one file" in result.output


def test_annotate_writes_tei_and_json(runner, northeast_files, tmp_path, assert_valid_tei):
    tei = tmp_path / "pair.tei.xml"
    rep = tmp_path / "pair.json"
    result = runner.invoke(main, ["annotate", *northeast_files, "-o", str(tei), "--json", str(rep)])
    assert result.exit_code == 0, result.output
    assert_valid_tei(tei.read_bytes())
    assert json.loads(rep.read_text("utf-8"))["schema"] == 1
    assert not list(tmp_path.glob("*.part")), "no temporary files left behind"


def test_annotate_to_stdout(runner, northeast_files):
    result = runner.invoke(main, ["annotate", *northeast_files, "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.lstrip().startswith("<?xml")


def test_annotate_reads_stdin(runner, northeast_dir, tmp_path):
    en = (northeast_dir / "en.md").read_bytes()
    out = tmp_path / "x.json"
    result = runner.invoke(
        main, ["annotate", str(northeast_dir / "zh.md"), "-", "-o", str(tmp_path / "x.xml"), "--json", str(out)],
        input=en,
    )
    assert result.exit_code == 0, result.output
    assert len(json.loads(out.read_text("utf-8"))["target"]["blocks"]) == 63


def test_align_view(runner, northeast_files):
    result = runner.invoke(main, ["align", *northeast_files, "--width", "30"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 + 63
    assert lines[1].startswith("2-1")
    assert any(line.startswith("0-1") for line in lines)


def test_missing_file_is_one_line_error(runner, tmp_path, northeast_files):
    result = runner.invoke(main, ["check", str(tmp_path / "nope.md"), northeast_files[1]])
    assert result.exit_code == 2
    assert "nope.md" in result.output
    assert "Traceback" not in result.output


def test_output_equal_to_input_is_refused(runner, northeast_files, tmp_path):
    src = tmp_path / "zh.md"
    src.write_bytes(open(northeast_files[0], "rb").read())
    before = src.read_bytes()
    result = runner.invoke(main, ["annotate", str(src), northeast_files[1], "-o", str(src)])
    assert result.exit_code == 2
    assert "input" in result.output
    assert src.read_bytes() == before


@pytest.mark.parametrize("rate", ["abc", "-1", "0", "nan"])
def test_malformed_rate(runner, northeast_files, rate):
    result = runner.invoke(main, ["check", *northeast_files, "--rate", rate])
    assert result.exit_code == 2
    assert "rate" in result.output


def test_rate_option_overrides_declared_rate(runner, northeast_files):
    result = runner.invoke(main, ["check", *northeast_files, "--rate", "7.14", "--format", "json"])
    assert json.loads(result.stdout)["rate"]["value"] == pytest.approx(7.14)


def test_bad_link_types(runner, northeast_files):
    result = runner.invoke(main, ["align", *northeast_files, "--link-types", "1-1,x"])
    assert result.exit_code == 2


def test_python_dash_m():
    out = subprocess.run([sys.executable, "-m", "northeast_text", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


def test_swapped_arguments_are_refused(runner, northeast_files):
    zh, en = northeast_files
    result = runner.invoke(main, ["check", en, zh])
    assert result.exit_code == 2
    assert "swapped" in result.output
    assert "Traceback" not in result.output


def test_same_language_pair_is_refused(runner, northeast_files):
    result = runner.invoke(main, ["check", northeast_files[1], northeast_files[1]])
    assert result.exit_code == 2
    assert "both files look English" in result.output


def test_check_decisions_dismiss_errors(runner, northeast_files, tmp_path):
    first = runner.invoke(main, ["check", *northeast_files, "--format", "json"])
    report = json.loads(first.stdout)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors and first.exit_code == 1
    decisions = {
        "schema": 1,
        "pair": "northeast",
        "decisions": [{"finding": f["id"], "decision": "dismissed", "comment": "accepted"} for f in errors],
    }
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(decisions), "utf-8")
    second = runner.invoke(main, ["check", *northeast_files, "--decisions", str(path), "--format", "json"])
    assert second.exit_code == 0, "dismissed errors no longer fail the check"
    again = json.loads(second.stdout)
    assert {f["id"] for f in again["findings"]} == {f["id"] for f in report["findings"]}, "ids are stable"
    dismissed = [f for f in again["findings"] if f.get("data", {}).get("review", {}).get("decision") == "dismissed"]
    assert len(dismissed) == len(errors)


def test_table_hides_info_unless_asked(runner, northeast_files):
    default = runner.invoke(main, ["check", *northeast_files, "--fail-on", "never"])
    everything = runner.invoke(main, ["check", *northeast_files, "--fail-on", "never", "--show", "info"])
    assert " INFO " not in default.output and "not shown" in default.output
    assert " INFO " in everything.output and "not shown" not in everything.output
    assert default.output.count("ERROR") == everything.output.count("ERROR") > 0


def test_align_help_lists_only_options_that_change_the_alignment(runner):
    out = runner.invoke(main, ["align", "--help"]).output
    for option in ("--lexicon", "--link-types", "--no-number-anchors", "--no-name-anchors", "--width"):
        assert option in out
    for option in ("--rate", "--checks"):
        assert option not in out
    assert runner.invoke(main, ["align", "a.md", "b.md", "--rate", "7"]).exit_code == 2


@pytest.mark.parametrize("rate", ["0.0009", "1001", "1e400", "1e-400"])
def test_rate_outside_the_sane_range_is_refused(runner, northeast_files, rate):
    result = runner.invoke(main, ["check", *northeast_files, "--rate", rate])
    assert result.exit_code == 2
    assert result.stderr == (f"northeast-text: error: Invalid value for '--rate': {rate!r} is not a rate of "
                             "CNY per USD between 0.001 and 1000, e.g. 7.14\n")


def test_sigterm_handler_only_while_a_command_runs(runner, northeast_files):
    import signal

    before = signal.getsignal(signal.SIGTERM)
    assert runner.invoke(main, ["checks"]).exit_code == 0
    assert signal.getsignal(signal.SIGTERM) is before


def test_closed_stdout_is_exit_141_not_a_traceback(northeast_files):
    """`annotate … -o - | head`: the reader leaving is not a bug (was a traceback, exit 1)."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read
    proc = subprocess.run([sys.executable, "-m", "northeast_text", "annotate", *northeast_files, "-o", "-"],
                          stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300, check=False)
    os.close(write_end)
    assert proc.returncode == 141 and proc.stderr == ""


def test_the_cli_collects_cyclic_garbage_less_often():
    """An annotating process raises the young-generation threshold (about 13% of the CPU
    of 100,000 tiny blocks went to collections); the old generations keep theirs."""
    import gc

    from northeast_text.pipeline import GC_YOUNG_THRESHOLD

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        assert CliRunner().invoke(main, ["checks"]).exit_code == 0
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, 50, 100)
    finally:
        gc.set_threshold(*before)

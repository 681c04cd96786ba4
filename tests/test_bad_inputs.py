"""The bad-input matrix: every way a user can feed the tool a bad file or option.

Each refused case runs through the CLI (click's CliRunner; a few through a
real subprocess) and must give ONE line on stderr,
``northeast-text: error: <file>[:line]: <problem>``, exit code 2, no
traceback, no partial output (the requested output absent, no ``*.part``
temporary files) and every other output intact (a pre-existing file given as
``--json`` is byte-identical afterwards).  Accepted cases must work.

The matrix is documented case by case in ``docs/bad-input.md``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from northeast_text import cli as cli_module
from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.readers import MAX_SIZE_ENV, read_document

ROOT = Path(__file__).resolve().parent.parent

ZH = (
    "---\ntitle: 东北经济\n---\n\n"
    "# 东北经济\n\n"
    "2023年，辽宁省地区生产总值增长5.3%，达到3.0万亿元。\n\n"
    "沈阳市常住人口约为九百万人，比上年增加两万人。\n"
)
EN = (
    "---\ntitle: The Northeast Economy\n---\n\n"
    "# The Northeast Economy\n\n"
    "In 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan.\n\n"
    "Shenyang has about nine million residents, 20,000 more than the year before.\n"
)
SENTINEL = b'{"kept": "this file must survive a failed run"}\n'


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def work(tmp_path, monkeypatch):
    """A folder holding a good small pair, a pre-existing output, and cwd set to it."""
    (tmp_path / "zh.md").write_text(ZH, "utf-8")
    (tmp_path / "en.md").write_text(EN, "utf-8")
    (tmp_path / "keep.json").write_bytes(SENTINEL)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(MAX_SIZE_ENV, raising=False)
    return tmp_path


def part_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


def assert_refused(result, folder: Path, *needles: str, output: str | None = "out.tei.xml") -> str:
    """Exit 2, one line naming the file and the problem, no traceback, nothing written."""
    err = result.stderr
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("northeast-text: error: "), line
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in line, (needle, line)
    if output is not None:
        assert not (folder / output).exists(), "partial output written"
    assert part_files(folder) == []
    assert (folder / "keep.json").read_bytes() == SENTINEL, "an unrelated output was changed"
    return line


# --------------------------------------------------------------------------
# The refused matrix: (id, files to write, extra args or a builder, needles)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    id: str
    files: dict[str, bytes] = field(default_factory=dict)  # name -> bytes, written into the folder
    source: str = "zh.md"
    target: str = "en.md"
    extra: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()
    output: str = "out.tei.xml"
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

BAD: list[Bad] = [
    Bad("empty-file", {"t.md": b""}, target="t.md", needles=("t.md: ", "empty file")),
    Bad("whitespace-only", {"t.md": b"  \n\n\t \r\n \n"}, target="t.md", needles=("t.md: ", "only whitespace")),
    Bad("binary-file", {"t.md": PNG}, target="t.md", needles=("t.md: ", "binary file")),
    Bad("nul-byte", {"t.md": b"Some text\x00 with a NUL.\n"}, target="t.md", needles=("t.md: ", "NUL")),
    Bad("utf16-without-bom", {"t.md": EN.encode("utf-16-le")}, target="t.md",
        needles=("t.md: ", "UTF-16 needs a byte-order mark")),
    Bad("bad-utf16-despite-bom", {"t.md": b"\xff\xfe" + "Text".encode("utf-16-le") + b"\x00\xd8"},
        target="t.md", needles=("t.md: ", "despite its byte-order mark")),
    Bad("control-char", {"t.md": b"Title\n\nA bell \x07 rings.\n"}, target="t.md",
        needles=("t.md:3: ", "U+0007", "not allowed in XML")),
    Bad("escape-char", {"t.md": b"Title\n\nColour \x1b[31mred\x1b[0m text.\n"}, target="t.md",
        needles=("t.md:3: ", "U+001B")),
    Bad("noncharacter-fffe", {"s.md": ZH.replace("两万", "两\ufffe万").encode()}, source="s.md",
        needles=("s.md:", "U+FFFE")),
    Bad("front-matter-unclosed", {"t.md": b"---\ntitle: x\n\nText without the closing line.\n"},
        target="t.md", needles=("t.md:1: ", "never closed")),
    Bad("front-matter-invalid-yaml", {"t.md": b"---\ntitle: [unclosed\n---\n\nText.\n"},
        target="t.md", needles=("t.md:", "invalid YAML")),
    Bad("front-matter-not-mapping", {"t.md": b"---\n- a\n- b\n---\n\nText.\n"},
        target="t.md", needles=("t.md:2: ", "not a mapping")),
    Bad("front-matter-only", {"t.md": b"---\ntitle: x\n---\n\n\n"}, target="t.md",
        needles=("t.md: ", "no text after the front matter")),
    Bad("swapped-files", source="en.md", target="zh.md", needles=("en.md: ", "swapped")),
    Bad("both-chinese", {"zh2.md": ZH.encode()}, target="zh2.md", needles=("zh2.md: ", "both files look Chinese")),
    Bad("both-english", {"en2.md": EN.encode()}, source="en2.md", needles=("en2.md: ", "both files look English")),
    Bad("missing-path", target="nope.md", needles=("nope.md: ", "no such file")),
    Bad("folder-as-file", {"afolder/x.md": b"x"}, target="afolder", needles=("afolder: ", "is a folder")),
    Bad("output-under-a-file", {"plain.txt": b"I am a file"}, output="plain.txt/out.tei.xml",
        needles=("plain.txt/out.tei.xml: ", "plain.txt is a file, not a folder")),
    Bad("output-is-an-input", output="en.md", needles=("en.md: ", "also an input")),
    Bad("json-output-is-an-input", extra=("--json", "zh.md"), needles=("zh.md: ", "also an input")),
    Bad("output-is-a-folder", {"outdir/x": b"x"}, output="outdir", needles=("outdir: ", "is a folder")),
    Bad("lexicon-malformed",
        {"bad.tsv": b"# key\ttype\tzh\ten\nliaoning\tplace\t\xe8\xbe\xbd\xe5\xae\x81\tLiaoning\nthis line has no tabs\n"},
        extra=("--lexicon", "bad.tsv"), needles=("bad.tsv:3: ", "tab-separated")),
    Bad("lexicon-missing", extra=("--lexicon", "nope.tsv"), needles=("nope.tsv", "cannot read")),
    Bad("lexicon-is-folder", {"lexdir/x": b"x"}, extra=("--lexicon", "lexdir"), needles=("--lexicon", "lexdir")),
    Bad("rate-not-a-number", extra=("--rate", "seven"), needles=("--rate", "'seven' is not a number")),
    Bad("rate-negative", extra=("--rate", "-7.1"), needles=("--rate", "positive")),
    Bad("rate-nan", extra=("--rate", "nan"), needles=("--rate",)),
    Bad("link-types-malformed", extra=("--link-types", "1-1,x"), needles=("--link-types", "'x'")),
    Bad("checks-unknown", extra=("--checks", "numbers,spelling"), needles=("--checks: ", "'spelling'", "known:")),
    Bad("stdin-empty", target="-", stdin=b"", needles=("<stdin>: ", "empty file")),
    Bad("stdin-over-limit", target="-", stdin=EN.encode() * 40, extra=("--max-size", "0.001"),
        needles=("<stdin>: ", "larger than the 0.001 MB limit")),
    Bad("over-size-limit-option", extra=("--max-size", "0.0001"), needles=("en.md: ", "bytes, larger than")),
    Bad("over-size-limit-env", env={MAX_SIZE_ENV: "0.0001"}, needles=("en.md: ", "larger than the 0.0001 MB")),
    Bad("size-limit-env-malformed", env={MAX_SIZE_ENV: "lots"}, needles=(MAX_SIZE_ENV, "'lots' is not a number")),
    Bad("max-size-option-malformed", extra=("--max-size", "0"), needles=("--max-size",)),
]


def _invoke(runner, work: Path, case: Bad, command: str = "annotate", debug: bool = False):
    for name, data in case.files.items():
        p = work / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    args = (["--debug"] if debug else []) + [command, case.source, case.target]
    if command == "annotate":
        args += ["-o", case.output, "--json", "keep.json"]
    args += list(case.extra)
    return runner.invoke(main, args, input=case.stdin, env=case.env or None)


@pytest.mark.parametrize("case", BAD, ids=[c.id for c in BAD])
def test_refused_by_annotate(runner, work, case):
    result = _invoke(runner, work, case)
    existing = case.output in ("en.md", "outdir")
    assert_refused(result, work, *case.needles, output=None if existing else case.output)
    if case.output == "outdir":
        assert [p.name for p in (work / "outdir").iterdir()] == ["x"]
    if case.output != "out.tei.xml":
        assert not (work / "out.tei.xml").exists()
    # the inputs themselves are never touched
    assert (work / "en.md").read_text("utf-8") == EN and (work / "zh.md").read_text("utf-8") == ZH


CHECK_CASES = [c for c in BAD if not c.id.startswith(("output", "json-output"))]


@pytest.mark.parametrize("case", CHECK_CASES[::3], ids=[c.id for c in CHECK_CASES[::3]])
def test_refused_by_check(runner, work, case):
    """The same errors through `check` (every third case: the paths are shared)."""
    result = _invoke(runner, work, case, command="check")
    assert_refused(result, work, *case.needles)
    assert result.stdout == ""


@pytest.mark.parametrize("case", [c for c in BAD if c.id in ("swapped-files", "empty-file", "checks-unknown")],
                         ids=lambda c: c.id)
def test_refused_by_align(runner, work, case):
    result = _invoke(runner, work, case, command="align")
    assert_refused(result, work, *case.needles)


def test_translation_only_with_a_chinese_file(runner, work):
    result = runner.invoke(main, ["check", "--translation-only", "zh.md"])
    assert_refused(result, work, "zh.md: ", "looks like Chinese; expected the English translation")


def test_debug_shows_the_traceback(runner, work):
    """With --debug the InputError propagates (click's runner holds it; a terminal shows the traceback)."""
    result = _invoke(runner, work, BAD[0], debug=True)
    assert isinstance(result.exception, InputError)
    assert "empty file" in str(result.exception)
    assert not (work / "out.tei.xml").exists()


# --------------------------------------------------------------------------
# Real subprocesses: nothing but the one line reaches stderr
# --------------------------------------------------------------------------

NT = [sys.executable, "-m", "northeast_text"]


def _run(args, cwd, **kw):
    env = {k: v for k, v in os.environ.items() if k != MAX_SIZE_ENV}
    return subprocess.run(NT + args, cwd=cwd, capture_output=True, text=True, env=env, timeout=300, **kw)


@pytest.mark.parametrize("args,needle", [
    (["annotate", "zh.md", "empty.md", "-o", "out.tei.xml"], "empty.md: empty file"),
    (["check", "en.md", "zh.md"], "swapped"),
    (["check", "zh.md", "en.md", "--rate", "abc"], "'abc' is not a number"),
    (["annotate", "zh.md", "en.md", "-o", "/proc/no-such-dir/out.tei.xml"], "cannot write here"),
])
def test_subprocess_one_line_no_traceback(work, args, needle):
    (work / "empty.md").write_bytes(b"")
    proc = _run(args, work)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("northeast-text: error: "), proc.stderr
    assert needle in proc.stderr
    assert proc.stdout == ""
    assert not (work / "out.tei.xml").exists() and part_files(work) == []


def test_subprocess_debug_prints_traceback(work):
    (work / "empty.md").write_bytes(b"")
    proc = _run(["--debug", "check", "zh.md", "empty.md"], work)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "InputError" in proc.stderr and "empty file" in proc.stderr


# --------------------------------------------------------------------------
# A 50 MB input: refused before it is read, unless the limit is raised
# --------------------------------------------------------------------------


@pytest.fixture()
def fifty_mb(work):
    p = work / "huge.md"
    with p.open("wb") as fh:  # sparse: no disk, but 50 MB by size
        fh.truncate(50 * 2**20)
    return p


def test_fifty_mb_refused_before_reading(runner, work, fifty_mb, monkeypatch):
    from pathlib import Path as _Path

    real_open = _Path.open
    reads: list[int] = []

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def fileno(self):
            return self.fh.fileno()

        def read(self, n=-1):
            reads.append(n)
            return self.fh.read(n)

    def spy_open(self, *a, **kw):
        fh = real_open(self, *a, **kw)
        return Spy(fh) if self.name == "huge.md" else fh

    monkeypatch.setattr(_Path, "open", spy_open)
    result = runner.invoke(main, ["annotate", "zh.md", "huge.md", "-o", "out.tei.xml", "--json", "keep.json"])
    line = assert_refused(result, work, "huge.md: ", "is 50.0 MB, larger than the 32 MB limit",
                          "raise it with --max-size")
    assert reads == [], "the bytes were read before the size was checked"
    assert line.endswith("raise it with --max-size")


def test_fifty_mb_subprocess(work, fifty_mb):
    proc = _run(["check", "zh.md", "huge.md"], work)
    assert proc.returncode == 2
    assert proc.stderr == "northeast-text: error: huge.md: is 50.0 MB, larger than the 32 MB limit; raise it with --max-size\n"


def test_raised_limit_lets_the_file_through(runner, work, fifty_mb):
    """With --max-size 64 the size check passes and the reader moves on (here: a file of NULs is binary).

    The input is large, so progress lines come first; the error is still the one last line."""
    result = runner.invoke(main, ["check", "zh.md", "huge.md", "--max-size", "64"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[-1] == "northeast-text: error: huge.md: binary file (contains NUL bytes); UTF-16 needs a byte-order mark"
    assert all(line.startswith("northeast-text: reading: ") for line in lines[:-1])


def test_stdin_is_read_at_most_limit_plus_one(monkeypatch):
    import io

    class Stdin:
        buffer = io.BytesIO(b"x" * 10_000)

    monkeypatch.setattr(sys, "stdin", Stdin)
    with pytest.raises(InputError, match="larger than"):
        read_document("-", max_size=0.001)
    assert Stdin.buffer.tell() == int(0.001 * 2**20) + 1


# --------------------------------------------------------------------------
# Accepted inputs: they work
# --------------------------------------------------------------------------


def _annotate_ok(runner, work, source="zh.md", target="en.md", *extra, stdin=None):
    result = runner.invoke(main, ["annotate", source, target, "-o", "out.tei.xml", "--json", "out.json", *extra],
                           input=stdin)
    assert result.exit_code == 0, (result.output, result.exception)
    assert "Traceback" not in result.output
    report = json.loads((work / "out.json").read_text("utf-8"))
    assert (work / "out.tei.xml").read_bytes().startswith(b"<?xml")
    assert part_files(work) == []
    return report


def _block_texts(report, side):
    return [b["text"] for b in report[side]["blocks"]]


def test_gb18030_chinese_accepted(runner, work):
    (work / "gbk.md").write_bytes(ZH.encode("gbk"))
    report = _annotate_ok(runner, work, "gbk.md")
    assert any("辽宁省" in t for t in _block_texts(report, "source"))
    assert report["source"].get("encoding", "gb18030") == "gb18030"
    doc = read_document(work / "gbk.md")
    assert doc.encoding == "gb18030" and doc.meta["title"] == "东北经济"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom_accepted(runner, work, codec, bom):
    (work / "u16.md").write_bytes(bom + EN.encode(codec))
    report = _annotate_ok(runner, work, "zh.md", "u16.md")
    assert _block_texts(report, "target") == [b.text for b in read_document(work / "en.md").blocks]


def test_mixed_line_endings_accepted(runner, work):
    mixed = EN.replace("\n", "\r\n", 3).replace("\n\nShenyang", "\r\rShenyang")
    assert "\r\n" in mixed and "\r\r" in mixed
    (work / "mixed.md").write_bytes(mixed.encode())
    report = _annotate_ok(runner, work, "zh.md", "mixed.md")
    assert _block_texts(report, "target") == [b.text for b in read_document(work / "en.md").blocks]


def test_unbalanced_markdown_accepted_text_kept(runner, work):
    text = EN + "\nThe **bold claim about 5.3% never closes, and [a link( neither.\n"
    (work / "md.md").write_text(text, "utf-8")
    report = _annotate_ok(runner, work, "zh.md", "md.md")
    last = _block_texts(report, "target")[-1]
    assert "**bold claim" in last and "[a link(" in last and "neither." in last


def test_file_named_dash_is_not_stdin(runner, work):
    """`./-` is the file called "-"; a bare `-` is stdin."""
    (work / "-").write_text(EN, "utf-8")
    report = _annotate_ok(runner, work, "zh.md", "./-")
    assert report["target"]["blocks"]
    from_stdin = _annotate_ok(runner, work, "zh.md", "-", stdin=EN.encode())
    assert _block_texts(from_stdin, "target") == _block_texts(report, "target")


def test_one_megabyte_block_is_one_block():
    """A 1 MB paragraph with no blank line reads fast into exactly one block (linear scanning)."""
    from northeast_text.readers import parse_document

    para = " ".join(["Liaoning's GDP grew 5.3% to 3.0 trillion yuan in 2023."] * 19_000)
    assert len(para) > 1_000_000
    doc = parse_document("Title\n\n" + para + "\n", "en")
    assert len(doc.blocks) == 2 and doc.blocks[1].text == para


# Each stage is linear in the figures of one block
# (test_stage_scales_with_figures_per_block guards it).


@pytest.mark.slow
@pytest.mark.parametrize("side", ["zh", "en"])
def test_one_megabyte_block_through_the_pipeline(runner, work, side):
    """The whole pipeline on a 1 MB block (found: spaCy's max_length crash, quadratic number scan)."""
    if side == "zh":
        body = "2023年，辽宁省地区生产总值增长5.3%，达到3.0万亿元。" * 14_000
        (work / "big.md").write_text("# 东北\n\n" + body + "\n", "utf-8")
        report = _annotate_ok(runner, work, "big.md", "en.md")
        assert len(report["source"]["blocks"]) == 2
    else:
        body = " ".join(["In 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan."] * 18_000)
        (work / "big.md").write_text("# The Northeast\n\n" + body + "\n", "utf-8")
        report = _annotate_ok(runner, work, "zh.md", "big.md")
        assert len(report["target"]["blocks"]) == 2


def _checks_seconds(zh_text: str, en_text: str, check: str) -> float:
    import time

    from northeast_text.pipeline import annotate
    from northeast_text.readers import parse_document
    from northeast_text.settings import Settings

    marks: dict[str, float] = {}

    def progress(stage, done, total):
        if stage == "checks":
            marks[f"{done}"] = time.perf_counter()

    annotate(parse_document(zh_text, "zh"), parse_document(en_text, "en"), Settings(checks=(check,)),
             progress=progress)
    return marks["1"] - marks["0"]


def test_arithmetic_check_scales_with_figures_per_block():
    """Ten times the figures in one block may cost at most about ten times as long."""
    sentence = "In 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan."
    small = _checks_seconds(ZH, "Title\n\n" + " ".join([sentence] * 100) + "\n", "arithmetic")
    big = _checks_seconds(ZH, "Title\n\n" + " ".join([sentence] * 1000) + "\n", "arithmetic")
    assert big < 25 * max(small, 0.02), (small, big)


def test_long_english_block_is_cut_for_spacy():
    """Blocks over spaCy's limit go through in pieces; entity offsets stay right."""
    from northeast_text.entities import MAX_PIECE, _pieces, load_lexicon, recognise
    from northeast_text.readers import parse_document

    sentence = "Shenyang is the capital of Liaoning. "
    para = (sentence * (3 * MAX_PIECE // len(sentence))).strip()
    pieces = _pieces(para)
    assert len(pieces) >= 3 and "".join(p for _, p in pieces) == para
    assert all(len(p) <= MAX_PIECE and para[o:o + len(p)] == p for o, p in pieces)
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    doc = parse_document("Title\n\n" + para + "\n", "en")
    ents = [e for e in recognise(doc, load_lexicon()) if e.block == doc.blocks[1].id]
    assert len(ents) == 2 * para.count("Shenyang")  # both names in every sentence, across pieces
    assert all(doc.blocks[1].text[e.start:e.end] == e.text for e in ents)
    assert max(e.start for e in ents) > 2 * MAX_PIECE


# --------------------------------------------------------------------------
# Ctrl-C: exit 130, nothing half-written
# --------------------------------------------------------------------------


def test_ctrl_c_in_the_pipeline(runner, work, monkeypatch):
    import northeast_text.pipeline as pipeline

    def interrupt(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "align_blocks", interrupt, raising=False)
    monkeypatch.setattr("northeast_text.align.align_blocks", interrupt)
    result = runner.invoke(main, ["annotate", "zh.md", "en.md", "-o", "out.tei.xml", "--json", "keep.json"])
    assert result.exit_code == 130
    assert result.stderr.strip() == "northeast-text: interrupted"
    assert not (work / "out.tei.xml").exists() and part_files(work) == []
    assert (work / "keep.json").read_bytes() == SENTINEL


def test_ctrl_c_while_writing(runner, work, monkeypatch):
    """Interrupted in the middle of writing: the temporary file is removed, the old file kept."""
    import northeast_text.fsutil as fsutil

    (work / "out.tei.xml").write_bytes(b"old")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "fsync", interrupt)
    result = runner.invoke(main, ["annotate", "zh.md", "en.md", "-o", "out.tei.xml", "--json", "keep.json"])
    assert result.exit_code == 130
    assert (work / "out.tei.xml").read_bytes() == b"old"
    assert (work / "keep.json").read_bytes() == SENTINEL
    assert part_files(work) == []


def test_unwritable_output_fails_before_any_work(runner, work, monkeypatch):
    """The output folder is probed first: no time is spent analysing a pair that cannot be written."""
    import northeast_text.pipeline as pipeline

    def must_not_run(*a, **kw):
        raise AssertionError("analysed although the output cannot be written")

    monkeypatch.setattr(pipeline, "annotate_files", must_not_run)
    (work / "plain.txt").write_text("file")
    result = runner.invoke(main, ["annotate", "zh.md", "en.md", "-o", "out.tei.xml", "--json", "plain.txt/r.json"])
    assert_refused(result, work, "plain.txt/r.json: ", "is a file, not a folder")


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc")
def test_output_under_proc(runner, work):
    """A folder even root cannot write into."""
    result = runner.invoke(main, ["annotate", "zh.md", "en.md", "-o", "/proc/self/nope/out.xml"])
    assert result.exit_code == 2
    assert result.stderr.startswith("northeast-text: error: /proc/self/nope/out.xml: cannot write here")


# --------------------------------------------------------------------------
# Progress for large inputs
# --------------------------------------------------------------------------


def test_pipeline_reports_every_stage(work):
    from northeast_text.pipeline import annotate_files

    events: list[tuple[str, int, int]] = []
    annotate_files("zh.md", "en.md", progress=lambda *e: events.append(e))
    stages = []
    for stage, done, total in events:
        assert 0 <= done <= total
        if not stages or stages[-1] != stage:
            stages.append(stage)
    assert stages == ["reading", "numbers", "names", "notes", "numbers", "names", "align", "checks"]
    assert ("reading", 2, 2) in events and ("checks", 1, 1) in events
    blocks = len(read_document(work / "en.md").blocks)
    assert ("numbers", blocks, blocks) in events


def test_cli_shows_progress_for_large_inputs(runner, work, monkeypatch):
    monkeypatch.setattr(cli_module, "PROGRESS_THRESHOLD", 0)
    result = runner.invoke(main, ["check", "zh.md", "en.md", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    for stage in ("reading", "numbers", "names", "notes", "align", "checks"):
        assert any(line.startswith(f"northeast-text: {stage}: ") for line in lines), (stage, lines)
    assert "northeast-text: checks: 1/1" in lines
    assert result.stdout  # the table still goes to stdout


def test_cli_quiet_for_small_inputs(runner, work):
    result = runner.invoke(main, ["check", "zh.md", "en.md", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "northeast-text: numbers" not in result.stderr


def test_align_shows_progress(runner, work, monkeypatch):
    monkeypatch.setattr(cli_module, "PROGRESS_THRESHOLD", 0)
    result = runner.invoke(main, ["align", "zh.md", "en.md"])
    assert result.exit_code == 0, result.output
    assert "northeast-text: align: 1/1" in result.stderr.splitlines()


# --------------------------------------------------------------------------
# XML / JSON written by someone else: apply-review
# --------------------------------------------------------------------------

DECISIONS = json.dumps({"schema": 1, "pair": "p", "decisions": [
    {"finding": "f-0123456789", "decision": "dismissed", "comment": "ok"}]})

XML_ATTACKS = {
    "xxe-file": b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>&x;</text></TEI>\n',
    "xxe-network": b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>\n'
                   b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>&x;</text></TEI>\n',
    "external-dtd": b'<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "file:///etc/passwd">\n'
                    b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n',
    "parameter-entity": b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
                        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n',
    "billion-laughs": (b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "lol">'
                       + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">'
                                  % ((98 + i,) + (97 + i,) * 10) for i in range(9))
                       + b']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>&j;</text></TEI>\n'),
    "xxe-utf16": ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM '
                  '"file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>&x;</text></TEI>\n'
                  ).encode("utf-16"),
    "doctype-late": b'<?xml version="1.0"?>\n' + b"<!-- pad -->\n" * 400
                    + b'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                      b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>&x;</text></TEI>\n',
}


@pytest.mark.parametrize("name", sorted(XML_ATTACKS))
def test_apply_review_refuses_entities(runner, work, name):
    (work / "d.json").write_text(DECISIONS, "utf-8")
    (work / "evil.tei.xml").write_bytes(XML_ATTACKS[name])
    result = runner.invoke(main, ["apply-review", "d.json", "--tei", "evil.tei.xml", "-o", "out.tei.xml"])
    line = assert_refused(result, work, "evil.tei.xml")
    assert "DOCTYPE" in line or "entit" in line
    assert "root:" not in result.output  # /etc/passwd never shows up
    assert (work / "evil.tei.xml").read_bytes() == XML_ATTACKS[name]  # input untouched


def test_apply_review_in_place_refusal_keeps_the_file(runner, work):
    (work / "d.json").write_text(DECISIONS, "utf-8")
    (work / "evil.tei.xml").write_bytes(XML_ATTACKS["billion-laughs"])
    result = runner.invoke(main, ["apply-review", "d.json", "--tei", "evil.tei.xml"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert (work / "evil.tei.xml").read_bytes() == XML_ATTACKS["billion-laughs"]
    assert part_files(work) == []


@pytest.mark.parametrize("name,data,needle", [
    ("deep-nesting", b"[" * 200_000 + b"]" * 200_000, "not valid JSON"),
    ("not-json", b"<decisions/>", "not valid JSON"),
    ("empty", b"", "empty"),
    ("nan", b'{"schema": NaN, "pair": "p", "decisions": []}', "NaN"),
    ("not-utf8", b'{"schema": 1, "pair": "\xff"}', "not UTF-8"),
])
def test_apply_review_refuses_bad_decisions_json(runner, work, name, data, needle):
    (work / "d.json").write_bytes(data)
    (work / "p.tei.xml").write_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    result = runner.invoke(main, ["apply-review", "d.json", "--tei", "p.tei.xml", "-o", "out.tei.xml"])
    assert_refused(result, work, "d.json", needle)


def test_matrix_has_at_least_25_refused_cases():
    assert len(BAD) >= 25
    assert len({c.id for c in BAD}) == len(BAD)


def _stage_seconds(n_sentences: int) -> dict[str, float]:
    import time

    from northeast_text.pipeline import annotate
    from northeast_text.readers import parse_document
    from northeast_text.settings import Settings
    from northeast_text.writers.tei import tei_bytes

    sentence = "In 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan."
    en = "Title\n\n" + " ".join([sentence] * n_sentences) + "\n"
    marks: dict[tuple[str, int], float] = {}

    def progress(stage, done, total):
        marks[(stage, done)] = time.perf_counter()

    pair = annotate(parse_document(ZH, "zh"), parse_document(en, "en"), Settings(checks=("numbers",)),
                    progress=progress)
    t0 = time.perf_counter()
    tei_bytes(pair)
    return {"align": marks[("align", 1)] - marks[("align", 0)], "tei": time.perf_counter() - t0}


@pytest.mark.parametrize("stage", ["align", "tei"])
def test_stage_scales_with_figures_per_block(stage):
    """Ten times the figures in one block may cost at most about ten times as long."""
    small = _stage_seconds(100)[stage]
    big = _stage_seconds(1000)[stage]
    assert big < 25 * max(small, 0.02), (small, big)

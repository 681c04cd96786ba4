"""The command line: a thin click layer over the library.

Each command parses its options, calls one library function and formats the
result.  Bad input raises :class:`~northeast_text.errors.InputError`, shown as
one line on stderr with exit code 2 (``--debug`` shows the traceback).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import INTERNAL_ERROR_EXIT, InputError, Terminated
from .settings import DEFAULT_LINK_TYPES, Settings

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

FAIL_ON = ("error", "warning", "never")
FORMATS = ("text", "json")


class _Group(click.Group):
    """Turns InputError, a bad option value, Ctrl-C, SIGTERM and unexpected
    exceptions into a one-line message and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            with _sigterm_as_interrupt():
                return super().invoke(ctx)
        except click.BadParameter as exc:
            click.echo(f"northeast-text: error: {exc.format_message()}", err=True)
            ctx.exit(exc.exit_code)
        except InputError as exc:
            if ctx.meta.get("northeast_text.debug"):
                raise
            click.echo(f"northeast-text: error: {exc}", err=True)
            ctx.exit(InputError.exit_code)
        except KeyboardInterrupt as exc:
            terminated = isinstance(exc, Terminated)
            click.echo(f"northeast-text: {'terminated' if terminated else 'interrupted'}"
                       + (f"; {exc}" if str(exc) else ""), err=True)
            ctx.exit(Terminated.exit_code if terminated else 130)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # `check … | head`: the reader left; not an error of ours
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(141)  # 128 + SIGPIPE, as a shell reports it
        except Exception as exc:  # a bug must not look like findings (exit 1)
            if ctx.meta.get("northeast_text.debug"):
                raise
            detail = " ".join(str(exc).split())[:200]
            click.echo(f"northeast-text: internal error: {type(exc).__name__}"
                       + (f": {detail}" if detail else "")
                       + " (run with --debug for the traceback; please report it)", err=True)
            ctx.exit(INTERNAL_ERROR_EXIT)


@contextmanager
def _sigterm_as_interrupt():
    """While a command runs, SIGTERM raises :class:`Terminated` (like Ctrl-C's
    KeyboardInterrupt), so workers are stopped and finished work is kept."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


#: Exchange rates outside this range (CNY per USD) are typing errors, not rates.
RATE_RANGE = (Decimal("0.001"), Decimal(1000))


def _parse_rate(ctx, param, value):
    if value is None:
        return None
    text = value.strip().replace(",", ".")
    try:
        rate = Decimal(text)
    except InvalidOperation:
        raise click.BadParameter(f"{value!r} is not a number; give CNY per USD, e.g. 7.14") from None
    low, high = RATE_RANGE
    if not rate.is_finite() or not low <= rate <= high:
        raise click.BadParameter(f"{value!r} is not a rate of CNY per USD between {low} and {high}, e.g. 7.14")
    return rate


def _parse_link_types(ctx, param, value):
    if value is None:
        return DEFAULT_LINK_TYPES
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    for t in types:
        a, _, b = t.partition("-")
        if not (a.isdigit() and b.isdigit()) or (a == "0" and b == "0") or int(a) > 4 or int(b) > 4:
            raise click.BadParameter(f"{t!r} is not a link type like 1-2 (each side 0-4, not 0-0)")
    return types


_SETTING_OPTIONS = {
    "rate": click.option(
        "--rate", callback=_parse_rate, metavar="CNY_PER_USD",
        help="Exchange rate for conversion checks (CNY per 1 USD), e.g. 7.14. "
             "Default: the rate the translation declares."),
    "lexicons": click.option(
        "--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
        help="Extra lexicon TSV merged over the built-in one (repeatable)."),
    "link_types": click.option(
        "--link-types", callback=_parse_link_types, metavar="LIST",
        help=f"Alignment link types allowed. Default: {','.join(DEFAULT_LINK_TYPES)}."),
    "no_number_anchors": click.option(
        "--no-number-anchors", is_flag=True, help="Align without shared numbers as anchors."),
    "no_name_anchors": click.option(
        "--no-name-anchors", is_flag=True, help="Align without shared names as anchors."),
    "checks": click.option(
        "--checks", "checks", metavar="LIST", default="",
        help="Comma-separated checks to run (default: all). See `northeast-text checks`."),
    "max_size": click.option(
        "--max-size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
        help="Refuse input files larger than this (default: 32, or $NORTHEAST_TEXT_MAX_SIZE_MB)."),
}
#: The options `align` shows: those that change the alignment (and the size limit).
_ALIGN_OPTIONS = ("lexicons", "link_types", "no_number_anchors", "no_name_anchors", "max_size")


def _with_settings(names):
    """A decorator adding the options ``names`` and passing ``settings=Settings(...)``."""

    def decorate(func):
        @wraps(func)
        def wrapper(*args, rate=None, lexicons=(), link_types=DEFAULT_LINK_TYPES, no_number_anchors=False,
                    no_name_anchors=False, checks="", max_size=None, **kwargs):
            settings = Settings(
                link_types=link_types,
                use_numbers=not no_number_anchors,
                use_names=not no_name_anchors,
                rate=rate,
                lexicons=tuple(lexicons),
                checks=tuple(c.strip() for c in checks.split(",") if c.strip()),
            )
            if max_size is None:
                return func(*args, settings=settings, **kwargs)
            # The size limit does not change the result, so it is not a setting: the
            # reader takes it from the environment, which worker processes inherit.
            import os

            from .readers import MAX_SIZE_ENV

            saved = os.environ.get(MAX_SIZE_ENV)
            os.environ[MAX_SIZE_ENV] = repr(max_size)
            try:
                return func(*args, settings=settings, **kwargs)
            finally:
                if saved is None:
                    os.environ.pop(MAX_SIZE_ENV, None)
                else:
                    os.environ[MAX_SIZE_ENV] = saved

        for name in reversed(names):
            wrapper = _SETTING_OPTIONS[name](wrapper)
        return wrapper

    return decorate


#: Options shared by every command that analyses a pair (they change the result).
settings_options = _with_settings(tuple(_SETTING_OPTIONS))
align_options = _with_settings(_ALIGN_OPTIONS)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="northeast-text")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Align a Chinese original with its English translation and report what
    the translation did to the facts: numbers, units, names, notes.

    \b
    Quick start:
      northeast-text check corpus/northeast/zh.md corpus/northeast/en.md
      northeast-text annotate zh.md en.md -o pair.tei.xml --json pair.json
      northeast-text align zh.md en.md
      northeast-text check --translation-only en.md

    Inputs are markdown (with optional YAML front matter: title, date,
    sourceUrl) or plain text, in UTF-8, UTF-16 or GB18030. Use - for stdin
    or stdout. Exit codes: 0 fine, 1 findings at or above --fail-on,
    2 bad input, 3 internal error (a bug), 130 Ctrl-C, 143 SIGTERM.
    """
    ctx.meta["northeast_text.debug"] = debug
    from .pipeline import tune_gc

    tune_gc()


#: Inputs larger than this (bytes, both files together) show progress on stderr.
PROGRESS_THRESHOLD = 256_000


class _StderrProgress:
    """``progress(stage, done, total)`` on stderr: a click progress bar on a
    terminal, else one plain line per stage start, tenth and end."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.stage: str | None = None
        self.total = 0
        self.done = 0
        self.bar: ProgressBar[int] | None = None
        self.step = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage or total != self.total or done < self.done:
            self.close()
            self.stage, self.total, self.done, self.step = stage, total, 0, -1
            if self.tty:
                self.bar = click.progressbar(length=max(total, 1), label=f"{stage:<8}", file=sys.stderr)
                self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.done)
        else:
            step = 10 * done // total if total else 10
            if step != self.step:
                self.step = step
                click.echo(f"northeast-text: {stage}: {done}/{total}", err=True)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _progress_for(*paths):
    """A stderr progress reporter when the inputs are large (but not over the
    size limit, which refuses them at once), else None."""
    import os

    from .readers import max_size_mb

    limit = max_size_mb() * 2**20
    sizes = []
    for p in paths:
        if p is not None and str(p) != "-":
            try:
                sizes.append(os.path.getsize(p))
            except OSError:
                pass
    if any(size > limit for size in sizes):
        return None
    return _StderrProgress() if sum(sizes) > PROGRESS_THRESHOLD else None


def _annotate(source, target, settings, pair_id=None):
    from .pipeline import annotate_files

    progress = _progress_for(source, target)
    try:
        pair = annotate_files(source, target, settings, pair_id=pair_id, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    _warn(*(a.document for a in (pair.source, pair.target) if a is not None))
    return pair


def _warn(*documents) -> None:
    """What the reader changed in the input (dropped characters, markdown read as text), on stderr."""
    for doc in documents:
        for warning in doc.warnings:
            click.echo(f"northeast-text: warning: {warning}", err=True)


@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.argument("target", type=click.Path(allow_dash=True), required=False)
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="Where to write the TEI document (- for stdout); for one XLIFF file, the XLIFF with the marks.")
@click.option("--json", "json_out", type=click.Path(allow_dash=True),
              help="Also write the JSON report here.")
@click.option("--id", "pair_id", help="Document id (default: the pair's folder name).")
@settings_options
def annotate(source, target, output, json_out, pair_id, settings):
    """Write one TEI P5 document holding both texts, aligned and annotated.

    SOURCE is the Chinese original, TARGET the English translation. The TEI
    holds both texts block by block, alignment links with a certainty,
    numbers, names, translator's notes and the findings as QA spans.
    One XLIFF file alone is written back with the findings as ITS 2.0
    quality-issue marks on its units (everything else byte for byte as it was).

    \b
    Examples:
      northeast-text annotate corpus/northeast/zh.md corpus/northeast/en.md \\
          -o northeast.tei.xml --json northeast.json
      northeast-text annotate job.xlf -o checked.xlf
    """
    from .fsutil import atomic_write, prepare_outputs
    from .pipeline import annotate_bilingual
    from .writers.report import report_json
    from .writers.tei import tei_bytes

    prepare_outputs([output, json_out], [source, target, *settings.lexicons])
    if target is None:
        bilingual = _read_bilingual(source)
        pair = annotate_bilingual(bilingual, settings, pair_id)
        if bilingual.format == "xliff":
            return _write_xliff(bilingual, pair, output, json_out)
    else:
        pair = _annotate(source, target, settings, pair_id)
    atomic_write(output, tei_bytes(pair))
    if json_out:
        atomic_write(json_out, report_json(pair))
    if output != "-":
        counts = _severity_counts(pair)
        click.echo(
            f"wrote {output}"
            + (f" and {json_out}" if json_out and json_out != "-" else "")
            + f": {len(pair.alignment)} links, {len(pair.findings)} findings "
            + f"({counts['error']} errors, {counts['warning']} warnings), {len(pair.target.notes)} notes",
            err=True,
        )


@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.argument("target", type=click.Path(allow_dash=True))
@click.option("--width", type=click.IntRange(20, 400), default=None,
              help="Characters per side (default: fits the terminal).")
@align_options
def align(source, target, width, settings):
    """Show the block alignment side by side.

    One line per link: link type (zh-en block counts), score (the calibrated
    probability that the link is right), then the first words of each side.
    Uncertain links (score under 0.5) are marked with '?'.

    \b
    Example:
      northeast-text align corpus/northeast/zh.md corpus/northeast/en.md
    """
    from .align import align_blocks
    from .inputs import read_side
    from .pipeline import analyse, check_languages, validate_settings

    validate_settings(settings)
    progress = _progress_for(source, target)
    report = progress or (lambda stage, done, total: None)
    try:
        report("reading", 0, 2)
        src = read_side(source, lang="zh")
        report("reading", 1, 2)
        tgt = read_side(target, lang="en")
        report("reading", 2, 2)
        _warn(src, tgt)
        check_languages(src, tgt)
        src_a = analyse(src, settings, translation=False, progress=progress)
        tgt_a = analyse(tgt, settings, translation=True, progress=progress)
        report("align", 0, 1)
        links = align_blocks(src_a, tgt_a, settings)
        report("align", 1, 1)
    finally:
        if progress is not None:
            progress.close()
    click.echo(format_alignment(links, src, tgt, width))


def format_alignment(links, src, tgt, width=None) -> str:
    import shutil
    import unicodedata

    total = width * 2 + 24 if width else shutil.get_terminal_size((120, 20)).columns
    side = max(20, (total - 24) // 2)

    def clip(text: str, cells: int) -> str:
        out, used = [], 0
        for ch in " ".join(text.split()):
            w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used + w > cells - 1:
                out.append("…")
                used += 1
                break
            out.append(ch)
            used += w
        return "".join(out) + " " * max(0, cells - used)

    lines = [f"{'type':<5} {'score':>5}  {'zh':<6} {clip('original', side)} {'en':<6} translation"]
    for link in links:
        zs = ",".join(str(i) for i in link.source) or "-"
        es = ",".join(str(i) for i in link.target) or "-"
        ztext = " ".join(src.blocks[i].text for i in link.source)
        etext = " ".join(tgt.blocks[i].text for i in link.target)
        flag = "?" if link.score < 0.5 else " "
        lines.append(
            f"{link.type:<5} {link.score:5.2f}{flag} {zs:<6} {clip(ztext, side)} {es:<6} {clip(etext, side).rstrip()}"
        )
    return "\n".join(lines)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--translation-only", is_flag=True,
              help="Check a translation without its original: FILES is one English file. "
                   "Conversion and arithmetic checks and notes still run.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: a readable table; json: the JSON report on stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit with code 1 when a finding of this severity (or worse) is found.")
@click.option("--color/--no-color", default=None, help="Colour the table (default: when a terminal).")
@click.option("--show", type=click.Choice(("error", "warning", "info")), default="warning", show_default=True,
              help="Lowest severity listed in the table (info: also what is fine but worth seeing).")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (the JSON the review page exports; repeatable): "
                   "dismissed findings are marked and no longer count for --fail-on.")
@settings_options
def check(files, translation_only, fmt, fail_on, color, show, decision_files, settings):
    """Check a translation against its original and list what went wrong.

    FILES is SOURCE TARGET (Chinese original, English translation), one
    bilingual file (XLIFF .xlf/.sdlxliff/.mqxliff/.mxliff/.txlf, TMX, a
    two-column .csv/.tsv table or a .docx review table), or one English file
    with --translation-only. Prints a table of findings (or the JSON report
    with --format json) and exits 1 when it finds errors.

    \b
    Examples:
      northeast-text check corpus/northeast/zh.md corpus/northeast/en.md
      northeast-text check zh.md en.md --format json > report.json
      northeast-text check job.sdlxliff          # or memory.tmx, review.csv
      northeast-text check --translation-only en.md --rate 7.14
      northeast-text check zh.md en.md --decisions reviewed.json   # dismissed ones don't fail
    """
    from .writers.report import format_table, report_json

    if translation_only:
        if len(files) != 1:
            raise click.UsageError("--translation-only takes exactly one file: the English translation")
        source, target = None, files[0]
        settings = settings.with_(translation_only=True)
    elif len(files) == 1 and _is_bilingual(files[0]):
        return _check_bilingual(files[0], fmt, fail_on, show, decision_files, settings)
    else:
        if len(files) != 2:
            raise click.UsageError("give SOURCE and TARGET, one bilingual file (.xlf, .xliff, .tmx, .csv, .tsv, "
                                   "a .docx review table), or one file with --translation-only")
        source, target = files
    pair = _annotate(source, target, settings)
    if decision_files:
        from .review import apply_decisions, load_decisions, merge_decisions

        pair = apply_decisions(pair, merge_decisions(*(load_decisions(p) for p in decision_files)))
    if fmt == "json":
        click.echo(report_json(pair), nl=False)
    else:
        use_color = sys.stdout.isatty() if color is None else color
        click.echo(format_table(pair, color=use_color, min_severity=show))
    sys.exit(exit_code_for(pair, fail_on))


def _is_bilingual(path) -> bool:
    from .formats import is_bilingual_path

    return is_bilingual_path(path)


def _read_bilingual(path):
    """Read one bilingual file (XLIFF, TMX, a CSV/TSV or .docx review table); reader warnings go to stderr."""
    from .formats import read_bilingual

    if not _is_bilingual(path):
        raise click.UsageError("give SOURCE and TARGET, or one bilingual file "
                               "(.xlf, .xliff, .tmx, .csv, .tsv, .docx table)")
    bilingual = read_bilingual(path)
    for warning in bilingual.warnings:
        click.echo(f"northeast-text: warning: {warning}", err=True)
    return bilingual


def _write_xliff(bilingual, pair, output, json_out) -> None:
    from .formats.xliff import mark_findings
    from .fsutil import atomic_write
    from .writers.report import report_json

    atomic_write(output, mark_findings(bilingual, pair.findings))
    if json_out:
        atomic_write(json_out, report_json(pair))
    if output != "-":
        units = len({f.target_block for f in pair.findings})
        click.echo(f"wrote {output}: {len(pair.findings)} ITS quality issues on {units} of "
                   f"{len(bilingual.units)} units", err=True)


def _check_bilingual(path, fmt, fail_on, show, decision_files, settings):
    """``check FILE`` for XLIFF, TMX or a review table: every unit checked, findings listed by unit."""
    from .formats import format_units
    from .pipeline import annotate_bilingual
    from .review import apply_decisions, load_decisions, merge_decisions
    from .writers.report import report_json

    bilingual = _read_bilingual(path)
    pair = annotate_bilingual(bilingual, settings)
    if decision_files:
        pair = apply_decisions(pair, merge_decisions(*(load_decisions(p) for p in decision_files)))
    click.echo(report_json(pair) if fmt == "json" else format_units(pair, bilingual, min_severity=show),
               nl=fmt != "json")
    sys.exit(exit_code_for(pair, fail_on))


def exit_code_for(pair, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    from .review import active_findings

    levels = {"error": ("error",), "warning": ("error", "warning")}[fail_on]
    return 1 if any(f.severity in levels for f in active_findings(pair)) else 0


def _severity_counts(pair) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in pair.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


@main.command("checks")
def list_checks():
    """List the registered checks, the finding kinds they emit, and whether
    they need the original."""
    from .checks import load_checks

    for name, chk in sorted(load_checks().items()):
        need = "pair" if chk.needs_source else "pair or translation alone"
        click.echo(f"{name:<12} {','.join(chk.kinds):<40} {need}\n{'':<12} {chk.description}")


EXECUTORS = ("process", "dask")
EXPORT_FORMATS = ("tmx",)


@main.command()
@click.argument("corpus_dir", type=click.Path(file_okay=False))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the outputs (created if missing).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Pairs annotated in parallel (worker processes; 1 runs in this process).")
@click.option("--force", is_flag=True, help="Annotate every pair, even those unchanged since the last run.")
@click.option("--html", is_flag=True, help="Also write ID.html, the review page of each pair.")
@click.option("--tmx", is_flag=True, help="Also write ID.tmx, the alignment as a TMX 1.4b translation memory.")
@click.option("--executor", type=click.Choice(EXECUTORS), default="process", show_default=True,
              help="Where pairs run: local worker processes, or a Dask cluster (needs northeast-text[dask]).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask; "
                   "default: a local cluster of -j workers).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True,
              help="Exit with code 1 when a pair has a finding of this severity (or worse), as `check` does.")
@settings_options
def batch(corpus_dir, out_dir, jobs, force, html, tmx, executor, scheduler, fail_on, settings):
    """Annotate every pair of a corpus folder into OUT_DIR.

    CORPUS_DIR holds one folder per pair (each with one zh.* and one en.*
    file; the folder name is the pair id) or a manifest.tsv / manifest.json
    listing id, source, target and metadata. Writes ID.tei.xml and ID.json
    per pair, corpus.tei.xml (teiCorpus), findings.csv (one row per finding;
    UTF-8 with BOM for Excel), then prints a summary table. Unchanged pairs
    are skipped unless --force. Exit code 2 when any pair failed, else 1 when
    a pair has findings at --fail-on. One batch at a time per output folder.

    \b
    Examples:
      northeast-text batch corpus -o annotations
      northeast-text batch corpus -o out -j 4 --tmx --html
      northeast-text batch corpus -o out --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from pathlib import Path

    from .batch import MANIFESTS, Progress, discover_pairs, format_summary, run_batch

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    specs = discover_pairs(corpus_dir)
    if not specs:
        raise InputError("no pairs found: expected folders holding zh.* and en.*, files named "
                         "NAME.zh.* and NAME.en.*, folders zh/ and en/, or a manifest.tsv / manifest.json",
                         corpus_dir)
    progress = Progress(len(specs))
    try:
        result = run_batch(specs, out_dir, settings, jobs=jobs, force=force, executor=executor,
                           scheduler=scheduler, progress=progress, html=html, tmx=tmx,
                           inputs=[Path(corpus_dir) / m for m in MANIFESTS])
    except KeyboardInterrupt as exc:
        raise type(exc)(f"{progress.recorded} of {len(specs)} pairs finished and recorded in {out_dir} "
                        "(the next run skips them); workers stopped") from None
    for failed in result.failed:
        click.echo(f"northeast-text: error: {failed.message}", err=True)
    click.echo(format_summary(result))
    sys.exit(result.exit_code_at(fail_on))


@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.argument("target", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="tmx", show_default=True,
              help="Export format: tmx (TMX 1.4b translation memory, one unit per alignment link).")
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="Where to write the export (- for stdout).")
@click.option("--id", "pair_id", help="Pair id used in unit ids (default: the pair's folder name).")
@click.option("--level", type=click.Choice(("sentence", "paragraph")), default="sentence", show_default=True,
              help="One translation unit per sentence link or per block (paragraph) link.")
@settings_options
def export(source, target, fmt, output, pair_id, level, settings):
    """Export the aligned pair for other tools (CAT tools read TMX).

    SOURCE is the Chinese original, TARGET the English translation. TMX holds
    one translation unit per sentence link (or, with --level paragraph, per
    block link) that has both sides, with the link score, sentence or block
    ids and the translator's notes.

    \b
    Example:
      northeast-text export corpus/northeast/zh.md corpus/northeast/en.md \\
          --format tmx -o northeast.tmx
    """
    from .fsutil import atomic_write, prepare_outputs
    from .writers.tmx import tmx_bytes

    prepare_outputs([output], [source, target, *settings.lexicons])
    pair = _annotate(source, target, settings, pair_id)
    atomic_write(output, tmx_bytes(pair, level))
    if output != "-":
        links = pair.sentence_alignment if level == "sentence" and pair.sentence_alignment else pair.alignment
        units = sum(1 for link in links if link.source and link.target)
        click.echo(f"wrote {output}: {units} translation units", err=True)


@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.argument("target", type=click.Path(allow_dash=True))
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="Where to write the HTML review page (- for stdout).")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Decisions exported from an earlier page (repeatable; later files win). "
                   "Dismissed findings stay dismissed, shown greyed out.")
@click.option("--id", "pair_id", help="Document id (default: the pair's folder name).")
@settings_options
def review(source, target, output, decision_files, pair_id, settings):
    """Write the review page: original and translation side by side, findings one click away.

    One self-contained HTML file (no network): aligned blocks zh | en, numbers
    and names highlighted with their counterparts, a findings panel with
    filters, keys j/k for next/previous, and Confirm/Dismiss buttons whose
    decisions the page exports as JSON for `apply-review` and `--decisions`.

    \b
    Examples:
      northeast-text review corpus/northeast/zh.md corpus/northeast/en.md -o review.html
      northeast-text review zh.md en.md -o review.html --decisions northeast.decisions.json
    """
    from .fsutil import atomic_write, prepare_outputs
    from .review import apply_decisions, load_decisions, merge_decisions, unmatched
    from .writers.html import html_page

    prepare_outputs([output], [source, target, *decision_files, *settings.lexicons])
    decisions = merge_decisions(*(load_decisions(p) for p in decision_files)) if decision_files else None
    pair = _annotate(source, target, settings, pair_id)
    if decisions is not None:
        pair = apply_decisions(pair, decisions)
    atomic_write(output, html_page(pair))
    if output != "-":
        counts = _severity_counts(pair)
        msg = (f"wrote {output}: {len(pair.findings)} findings "
               f"({counts['error']} errors, {counts['warning']} warnings)")
        if decisions is not None:
            stale = unmatched(pair, decisions)
            msg += f"; {len(decisions.by_finding()) - len(stale)} decisions applied"
            if stale:
                msg += f", {len(stale)} name findings this run no longer has"
        click.echo(msg, err=True)


@main.command("apply-review")
@click.argument("decisions_file", metavar="DECISIONS", type=click.Path(dir_okay=False))
@click.option("--tei", "tei_path", required=True, type=click.Path(dir_okay=False),
              help="The pair's TEI document (from `annotate` or `batch`).")
@click.option("-o", "--output", type=click.Path(allow_dash=True),
              help="Where to write the TEI with the review (default: update --tei in place; - for stdout).")
def apply_review(decisions_file, tei_path, output):
    """Fold a reviewer's decisions into the TEI as <note type="review">.

    DECISIONS is the JSON the review page exports. Each decision becomes a
    note in <standOff> pointing at the finding's QA span (@target), with the
    decision in @subtype, the reviewer in @resp and the comment as text.
    Applying the same file again replaces the earlier notes.

    \b
    Examples:
      northeast-text apply-review northeast.decisions.json --tei northeast.tei.xml
      northeast-text apply-review decisions.json --tei pair.tei.xml -o reviewed.tei.xml
    """
    from pathlib import Path

    from .fsutil import atomic_write, prepare_outputs
    from .review import MAX_TEI_BYTES, apply_review_to_tei, load_decisions

    out = output or tei_path  # the TEI itself: updated in place (atomically)
    prepare_outputs([out], [decisions_file])
    decisions = load_decisions(decisions_file)
    try:
        p = Path(tei_path)
        if p.is_dir():
            raise InputError("is a folder; expected a TEI file", tei_path)
        with p.open("rb") as fh:
            data = fh.read(MAX_TEI_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", tei_path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", tei_path) from None
    result = apply_review_to_tei(data, decisions, tei_path)
    atomic_write(out, result.tei)
    if out != "-":
        msg = f"wrote {out}: {len(result.applied)} review notes"
        if result.unknown:
            msg += f"; {len(result.unknown)} decisions name findings not in this TEI: " + \
                   ", ".join(result.unknown[:5]) + ("…" if len(result.unknown) > 5 else "")
        click.echo(msg, err=True)


if __name__ == "__main__":  # pragma: no cover
    main()

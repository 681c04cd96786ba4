"""Batch annotation of a corpus: discover pairs, annotate them in parallel, write
per-pair files and corpus-level files.

>>> specs = discover_pairs("corpus")                            # doctest: +SKIP
>>> result = run_batch(specs, "annotations", Settings(), jobs=2)  # doctest: +SKIP
>>> result.exit_code                                            # doctest: +SKIP
0

**Discovery** (:func:`discover_pairs`).  ``CORPUS_DIR`` is either

- a folder of pair folders: each sub-folder holding one ``zh.*`` and one
  ``en.*`` file (``zh.md``/``zh.txt``/``en.md``/``en.txt``/…) is a pair whose
  id is the folder name; a folder with two candidates for one side, or only
  one side, is a per-pair error; folders with neither (and hidden folders)
  are ignored; or
- a folder holding ``manifest.tsv`` or ``manifest.json`` that lists pairs:
  ``id``, ``source``, ``target`` and any metadata (``title``, ``author``,
  ``translator``, ``date``, ``sourceUrl``; a ``source_`` prefix puts a key on
  the Chinese document).  Metadata fill in what a file's front matter does
  not say.  Paths are relative to the corpus folder and must stay inside it:
  absolute paths, ``..`` escapes and symlinks pointing out are refused; or,
  when neither is there, files named by a language tag: ``NAME.zh.md`` and
  ``NAME.en.md`` (``NAME_zh.txt``, ``NAME-zh-CN.md``, ``zh-Hans.md`` and
  ``en-US.md``, ``chinese.txt`` and ``english.txt`` …) in the corpus folder
  (the pair id is ``NAME``) or in its sub-folders (the folder name, and
  ``NAME`` when a folder holds several pairs), or two folders named by
  language (``zh/`` and ``en/``, ``zh-CN/`` and ``en-US/``) holding files of
  the same names (the pair id is the file name).  A name with one side only
  is a per-pair error.

**Running** (:func:`run_batch`).  Each pair runs through one pure function,
:func:`annotate_job`, that takes the input *bytes* and returns the output
*bytes*, so the same code runs in-process (``jobs=1``), in worker processes
(models loaded once per worker) or on a Dask cluster, and the parent process
does all the writing.  Files are written with :func:`fsutil.atomic_write`, so
an interrupted run (Ctrl-C) leaves no partial file.

**Outputs** in ``OUT_DIR``: per pair ``ID.tei.xml`` and ``ID.json`` (plus
``ID.html`` and ``ID.tmx`` on request); ``corpus.tei.xml`` (a ``teiCorpus``
with a shared header, every id prefixed with ``ID.``) and ``findings.csv``
(one row per finding), both rebuilt on every run from the per-pair files, in
corpus order (folders sorted by name; manifest rows in order).  Nothing
depends on the clock, the order workers finish in or ``jobs``, so outputs
are byte-identical across runs and across ``-j`` values.

**Skipping.**  ``OUT_DIR/.northeast-text/state.json`` records, per pair, a
key (SHA-256 of both inputs, the metadata, the settings signature, the tool
version and the output options) and the SHA-256 of each output file.  A pair
whose key is unchanged and whose outputs are intact is skipped unless
``force``.  Outputs of pairs that failed or left the corpus are removed, so
``OUT_DIR`` always describes the current corpus.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .errors import InputError
from .ids import safe_id
from .settings import Settings

if TYPE_CHECKING:
    from .fsutil import InputFiles

STATE_DIR = ".northeast-text"
STATE_FILE = "state.json"
STATE_VERSION = 1
MANIFESTS = ("manifest.tsv", "manifest.json")
RESERVED_IDS = frozenset({"corpus", "findings", "index"})
CORPUS_FILE = "corpus.tei.xml"
FINDINGS_FILE = "findings.csv"
INDEX_FILE = "index.html"  # with --html: the review pages, with counts per pair
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_TEI_NS = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One pair to annotate, or a discovery problem to report for it.

    ``source``/``target`` are resolved paths inside the corpus folder;
    ``source_name``/``target_name`` are the same paths relative to it, as
    written into the outputs (so outputs do not depend on where the corpus
    lives).
    """

    id: str
    source: Path | None = None
    target: Path | None = None
    source_name: str | None = None
    target_name: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None
    origin: str = ""  # where the pair comes from, for messages: its folder or its manifest row


@dataclass(frozen=True, slots=True)
class PairJob:
    """Everything a worker needs for one pair: input bytes, names, settings."""

    id: str
    source: bytes
    target: bytes
    source_name: str
    target_name: str
    meta: tuple[tuple[str, str], ...]
    settings: Settings
    html: bool = False
    tmx: bool = False


@dataclass(slots=True)
class PairOutput:
    """What a worker returns: the serialised files (suffix -> bytes) or an error."""

    id: str
    files: dict[str, bytes] = field(default_factory=dict)
    fragment: bytes = b""
    summary: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0
    signature: str = ""
    title: str = ""


@dataclass(slots=True)
class PairStatus:
    """The outcome of one pair: ``done``, ``skipped`` or ``failed``."""

    id: str
    status: str
    message: str = ""
    summary: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    title: str = ""

    @property
    def findings(self) -> int:
        if self.status == "failed":
            return 0
        return sum(self.summary.get(k, 0) for k in ("error", "warning", "info"))


@dataclass(slots=True)
class BatchResult:
    out_dir: Path
    pairs: list[PairStatus]
    seconds: float = 0.0
    corpus_file: Path | None = None
    findings_file: Path | None = None

    @property
    def failed(self) -> list[PairStatus]:
        return [p for p in self.pairs if p.status == "failed"]

    @property
    def exit_code(self) -> int:
        """0 when every pair was annotated (or skipped), 2 when any failed."""
        return InputError.exit_code if self.failed else 0

    def exit_code_at(self, fail_on: str) -> int:
        """As :attr:`exit_code`, but 1 when a pair has findings at ``fail_on``
        (``error``, ``warning``; ``never``: never 1), as ``check`` does."""
        if self.failed or fail_on == "never":
            return self.exit_code
        levels = ("error",) if fail_on == "error" else ("error", "warning")
        return 1 if any(self.total(level) for level in levels) else 0

    def total(self, key: str) -> int:
        return sum(p.summary.get(key, 0) for p in self.pairs if p.status != "failed")


ProgressCallback = Callable[[PairStatus, int, int], None]


# --------------------------------------------------------------------------- discovery


def discover_pairs(corpus_dir: str | Path) -> list[PairSpec]:
    """The pairs of a corpus folder (see the module docstring), in corpus order.

    Raises :class:`InputError` when the folder itself is unusable (missing,
    not a folder, unreadable manifest); a problem with one pair becomes a
    :class:`PairSpec` with ``error`` set, so the other pairs still run.
    """
    root = Path(corpus_dir)
    if not root.exists():
        raise InputError("no such folder", str(corpus_dir))
    if not root.is_dir():
        raise InputError("is a file; expected a corpus folder of pair folders or a manifest", str(corpus_dir))
    manifests = [root / m for m in MANIFESTS if (root / m).is_file()]
    if len(manifests) > 1:
        raise InputError("holds both manifest.tsv and manifest.json; keep one", str(corpus_dir))
    if manifests:
        specs = _manifest_specs(root, manifests[0])
    else:
        specs = _folder_specs(root) or _tagged_specs(root)
    return _unique(specs)


def _folder_specs(root: Path) -> list[PairSpec]:
    specs = []
    base = root.resolve()
    folders = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: p.name)
    if not folders and _side_files(root, "zh") and _side_files(root, "en"):
        folders = [root]  # the folder is itself one pair
    for folder in folders:
        zh, en = _side_files(folder, "zh"), _side_files(folder, "en")
        if not zh and not en:
            continue
        pid = safe_id(folder.resolve().name if folder == root else folder.name)
        problems = []
        for side, files in (("zh", zh), ("en", en)):
            if not files:
                problems.append(f"no {side}.* file (expected {side}.md or {side}.txt)")
            elif len(files) > 1:
                problems.append(f"{len(files)} {side}.* files ({', '.join(f.name for f in files)}); keep one")
        if problems:
            specs.append(PairSpec(pid, error=f"{_rel(folder, root)}: " + "; ".join(problems)))
            continue
        try:
            src = _inside(base, zh[0], _rel(zh[0], root))
            tgt = _inside(base, en[0], _rel(en[0], root))
        except InputError as exc:
            specs.append(PairSpec(pid, error=str(exc)))
            continue
        specs.append(PairSpec(pid, src, tgt, _rel(zh[0], root), _rel(en[0], root), origin=f"folder {folder.name}"))
    return specs


# language tags a file or folder name may carry instead of zh / en (lower case)
_TAGS = {
    "zh": frozenset({"zh", "zh-cn", "zh_cn", "zh-hans", "zh_hans", "zh-hant", "zh_hant", "zh-tw", "zh_tw",
                     "zh-hk", "zh_hk", "cn", "chs", "cht", "zho", "chi", "chinese"}),
    "en": frozenset({"en", "en-us", "en_us", "en-gb", "en_gb", "eng", "english"}),
}
_SEPARATOR = re.compile(r"[._-]")


def _tag_of(stem: str) -> tuple[str, str] | None:
    """(side, the name before the tag) of a file stem that ends in a language tag: ``zh-CN`` ->
    ("zh", ""), ``article.en`` -> ("en", "article"), ``report_zh`` -> ("zh", "report")."""
    cuts = [m.start() for m in _SEPARATOR.finditer(stem)]
    for at in [-1, *cuts[-2:]]:  # the whole stem, then a tag after the last two separators or the last
        tag, name = stem[at + 1:].casefold(), stem[:at] if at >= 0 else ""
        if at >= 0 and not name:
            continue
        for side, tags in _TAGS.items():
            if tag in tags:
                return side, name
    return None


def _tagged_specs(root: Path) -> list[PairSpec]:
    """Pairs by language tags, when no folder holds ``zh.*`` and ``en.*``: files named
    ``NAME.zh.md`` and ``NAME.en.md`` (or ``NAME_zh``, ``NAME-zh-CN``, ``zh-Hans.md``, ``chinese.txt``
    …) in the corpus folder or its sub-folders, or two folders named by language (``zh/`` and
    ``en/``, ``zh-CN/`` and ``en-US/``) holding files of the same names.  A name found on one side
    only is a per-pair error."""
    sides = {side: [p for p in _visible(root) if p.is_dir() and p.name.casefold() in tags]
             for side, tags in _TAGS.items()}
    if len(sides["zh"]) == 1 and len(sides["en"]) == 1:
        return _mirrored_specs(root, sides["zh"][0], sides["en"][0])
    specs: list[PairSpec] = []
    for folder in [root] + [p for p in _visible(root) if p.is_dir()]:
        specs.extend(_tagged_in(root, folder))
    return specs


def _visible(folder: Path) -> list[Path]:
    try:
        return sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    except OSError:
        return []


def _tagged_in(root: Path, folder: Path) -> list[PairSpec]:
    groups: dict[str, dict[str, list[Path]]] = {}
    for p in _visible(folder):
        if p.is_file() and p.suffix and p.name.casefold() not in MANIFESTS:
            tagged = _tag_of(p.stem)
            if tagged:
                groups.setdefault(tagged[1], {"zh": [], "en": []})[tagged[0]].append(p)
    one = len(groups) == 1 and folder != root  # a folder of one pair is named by the folder
    prefix = "" if folder == root else folder.name + "-"
    return [_spec(root, safe_id(folder.name if one else prefix + (name or folder.resolve().name)),
                  files["zh"], files["en"], folder if one else f"{_rel(folder, root)}/{name or '(no name)'}")
            for name, files in groups.items()]


def _mirrored_specs(root: Path, zh_dir: Path, en_dir: Path) -> list[PairSpec]:
    zh = {p.stem: p for p in _visible(zh_dir) if p.is_file() and p.suffix}
    en = {p.stem: p for p in _visible(en_dir) if p.is_file() and p.suffix}
    return [_spec(root, safe_id(stem), [zh[stem]] if stem in zh else [], [en[stem]] if stem in en else [],
                  f"{zh_dir.name}/ and {en_dir.name}/ {stem}")
            for stem in sorted(set(zh) | set(en))]


def _spec(root: Path, pid: str, zh: list[Path], en: list[Path], origin: Path | str) -> PairSpec:
    where = _rel(origin, root) if isinstance(origin, Path) else origin
    problems = []
    for side, files in (("zh", zh), ("en", en)):
        if not files:
            problems.append(f"no {side} file")
        elif len(files) > 1:
            problems.append(f"{len(files)} {side} files ({', '.join(f.name for f in files)}); keep one")
    if problems:
        return PairSpec(pid, error=f"{where}: " + "; ".join(problems))
    base = root.resolve()
    try:
        src = _inside(base, zh[0], _rel(zh[0], root))
        tgt = _inside(base, en[0], _rel(en[0], root))
    except InputError as exc:
        return PairSpec(pid, error=str(exc))
    return PairSpec(pid, src, tgt, _rel(zh[0], root), _rel(en[0], root), origin=f"{where}")


def _side_files(folder: Path, side: str) -> list[Path]:
    try:
        return sorted(
            (p for p in folder.iterdir() if p.name.startswith(side + ".") and p.suffix
             and p.stem == side and not p.is_dir()),
            key=lambda p: p.name,
        )
    except OSError:
        return []


def _manifest_specs(root: Path, manifest: Path) -> list[PairSpec]:
    where = _rel(manifest, root.parent) if root.parent != root else str(manifest)
    try:
        text = manifest.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("manifest is not UTF-8 text", str(manifest)) from None
    except OSError as exc:
        raise InputError(f"cannot read the manifest: {exc.strerror or exc}", str(manifest)) from None
    rows = _tsv_rows(text, where) if manifest.suffix == ".tsv" else _json_rows(text, where)
    base = root.resolve()
    specs = []
    for line, row in rows:
        label = f"{where}:{line}" if line else where
        pid = str(row.get("id") or "").strip()
        if not pid:
            specs.append(PairSpec(f"row-{line}", error=f"{label}: no id"))
            continue
        if not _ID.match(pid):
            specs.append(PairSpec(safe_id(pid), error=f"{label}: id {pid!r} must start with a letter "
                                  "and hold only letters, digits, '_', '-', '.'"))
            continue
        meta = {str(k): str(v) for k, v in row.items()
                if k not in ("id", "source", "target") and v not in (None, "")}
        try:
            paths = []
            for side in ("source", "target"):
                value = str(row.get(side) or "").strip()
                if not value:
                    raise InputError(f"no {side} path", label)
                paths.append(_manifest_path(base, value, label))
        except InputError as exc:
            specs.append(PairSpec(pid, error=str(exc)))
            continue
        (src, sname), (tgt, tname) = paths
        specs.append(PairSpec(pid, src, tgt, sname, tname, meta, origin=label))
    return specs


def _tsv_rows(text: str, where: str) -> list[tuple[int, dict[str, str]]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise InputError("manifest is empty; expected a header line: id<TAB>source<TAB>target", where)
    header = [h.strip() for h in lines[0][1].split("\t")]
    missing = [c for c in ("id", "source", "target") if c not in header]
    if missing:
        raise InputError(f"manifest header lacks {', '.join(missing)}; expected id<TAB>source<TAB>target "
                         "then any metadata columns", where, lines[0][0])
    rows = []
    for n, line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        rows.append((n, dict(zip(header, cells))))
    return rows


def _json_rows(text: str, where: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"manifest is not valid JSON: {exc.msg}", where, exc.lineno) from None
    if isinstance(data, dict):
        data = data.get("pairs")
    if not isinstance(data, list):
        raise InputError('manifest must be a list of pairs or {"pairs": [...]}, each '
                         '{"id", "source", "target", "meta"}', where)
    rows = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            rows.append((0, {"id": f"item-{i}", "source": "", "target": ""}))
            continue
        row = {k: v for k, v in item.items() if k != "meta" and not isinstance(v, (dict, list))}
        meta = item.get("meta")
        if isinstance(meta, dict):
            row.update({k: v for k, v in meta.items() if not isinstance(v, (dict, list))})
        rows.append((0, row))
    return rows


def _manifest_path(base: Path, value: str, label: str) -> tuple[Path, str]:
    """A manifest path resolved inside the corpus folder, or InputError."""
    if Path(value).is_absolute() or value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        raise InputError(f"path {value!r} is absolute; manifest paths must be relative to the corpus folder",
                         label)
    return _inside(base, base / value, value, label), Path(value).as_posix()


def _inside(base: Path, path: Path, shown: str, label: str | None = None) -> Path:
    """``path`` resolved (symlinks followed); InputError when it leaves ``base``."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:
        raise InputError(f"cannot resolve path {shown!r}: {exc}", label) from None
    if not resolved.is_relative_to(base):
        raise InputError(f"path {shown!r} leads outside the corpus folder; refused", label or shown)
    if not resolved.is_file():
        raise InputError(f"no such file {shown!r} in the corpus folder", label or shown)
    return resolved


def _unique(specs: list[PairSpec]) -> list[PairSpec]:
    seen: dict[str, str] = {}
    out = []
    for s in specs:
        key = s.id.casefold()
        if s.error is None and s.id.casefold() in RESERVED_IDS:
            s = replace(s, error=f"{s.id}: id is reserved for a corpus-level file; rename the pair")
        elif key in seen and s.error is None:
            s = replace(s, error=f"{s.origin or s.id}: id {s.id!r} used twice (also for {seen[key]}; "
                                 "ids must differ, ignoring case); rename one")
        seen.setdefault(key, s.origin or s.id)
        out.append(s)
    return out


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix() or path.name
    except ValueError:
        return path.name


# --------------------------------------------------------------------------- one pair


def annotate_job(job: PairJob) -> PairOutput:
    """Annotate one pair from its bytes and serialise every output.

    Pure: no file I/O, no clock in the outputs, so any process (a local
    worker or a Dask worker on another machine) returns the same bytes.
    Bad input becomes ``PairOutput.error`` (one line); so does an unexpected
    exception, so one pair never stops the batch.
    """
    start = time.perf_counter()
    try:
        pair = _annotate_bytes(job)
        out = render_pair(pair, html=job.html, tmx=job.tmx)
    except InputError as exc:
        out = PairOutput(job.id, error=str(exc))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - isolate one pair's failure
        out = PairOutput(job.id, error=f"internal error ({type(exc).__name__}: {exc}); "
                                        "please report it with the input files")
    out.seconds = time.perf_counter() - start
    return out


def _annotate_bytes(job: PairJob):
    from . import pipeline
    from .inputs import side_from_bytes

    docs = []
    for data, name, lang in ((job.source, job.source_name, "zh"), (job.target, job.target_name, "en")):
        doc = side_from_bytes(data, lang, name)  # Word documents; XLIFF and TMX refused
        prefix = "source_" if lang == "zh" else ""
        extra = {k[len(prefix):]: v for k, v in job.meta
                 if (k.startswith("source_") if prefix else not k.startswith("source_"))}
        if extra:
            doc = replace(doc, meta={**extra, **doc.meta})
        docs.append(doc)
    source, target = docs
    check = getattr(pipeline, "check_languages", None)
    if check is not None:
        check(source, target)
    return pipeline.annotate(source, target, job.settings, job.id)


def render_pair(pair, *, html: bool = False, tmx: bool = False) -> PairOutput:
    """Every per-pair output of an :class:`AnnotatedPair`, as bytes."""
    from lxml import etree

    from .writers.report import report_json
    from .writers.tei import tei_bytes, to_tei

    files = {".tei.xml": tei_bytes(pair), ".json": report_json(pair).encode("utf-8")}
    if html:
        from .writers.html import html_page

        files[".html"] = html_page(pair).encode("utf-8")
    if tmx:
        from .writers.tmx import tmx_bytes

        files[".tmx"] = tmx_bytes(pair)
    member = to_tei(pair, id_prefix=pair.id + ".", header_taxonomy=False)
    member.set(_XML_ID, pair.id)
    fragment = etree.tostring(member, encoding="UTF-8")
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in pair.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    doc = pair.target.document
    title = (doc.meta.get("title") or next((b.text for b in doc.blocks if b.role == "title"), ""))[:200]
    summary = {
        **counts,
        "notes": len(pair.target.notes),
        "links": len(pair.alignment),
        "en_words": sum(len(b.text.split()) for b in pair.target.document.blocks),
        "zh_chars": sum(len(b.text) for b in pair.source.document.blocks) if pair.source else 0,
    }
    return PairOutput(pair.id, files=files, fragment=fragment, summary=summary, signature=pair.signature,
                      title=title)


# --------------------------------------------------------------------------- the batch


def run_batch(
    specs: Sequence[PairSpec],
    out_dir: str | Path,
    settings: Settings = Settings(),
    *,
    jobs: int = 1,
    force: bool = False,
    executor: str = "process",
    scheduler: Any = None,
    progress: ProgressCallback | None = None,
    html: bool = False,
    tmx: bool = False,
    title: str = "northeast-text corpus",
    inputs: Sequence[str | Path] = (),
) -> BatchResult:
    """Annotate ``specs`` into ``out_dir``; see the module docstring.

    ``executor`` is ``"process"`` (``jobs`` worker processes; ``jobs=1``
    runs in this process) or ``"dask"`` (``scheduler``: an address such as
    ``tcp://10.0.0.5:8786``, a ``distributed.Client``, or None for a local
    cluster of ``jobs`` workers).  ``progress(status, done, total)`` is
    called once per pair.  On Ctrl-C (or SIGTERM, see
    :class:`~northeast_text.errors.Terminated`) the workers are stopped, the
    state of finished pairs is saved and the interrupt propagates; no partial
    file is left.  ``inputs`` are further files no output may overwrite (the
    manifest); the pairs' files and the settings' lexicons are always
    protected.  A second run into the same ``out_dir`` is refused while one
    is running (a lock on the folder).
    """
    if executor not in ("process", "dask"):
        raise InputError(f"unknown executor {executor!r} (expected process or dask)")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError("is a file; expected an output folder", str(out_dir))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror or exc}", str(out_dir)) from None
    with _folder_lock(out):
        return _run_locked(specs, out, settings, jobs=jobs, force=force, executor=executor,
                           scheduler=scheduler, progress=progress, html=html, tmx=tmx, title=title,
                           inputs=inputs)


@contextmanager
def _folder_lock(out: Path):
    """Hold an exclusive lock on ``out`` (flock on the folder itself: nothing
    to clean up, released when the process ends however it ends)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - no flock on this platform
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError("another batch is writing to this folder; wait for it to finish "
                             "or give another output folder", str(out)) from None
        yield
    finally:
        os.close(fd)


def _run_locked(specs: Sequence[PairSpec], out: Path, settings: Settings, *, jobs: int, force: bool,
                executor: str, scheduler: Any, progress: ProgressCallback | None, html: bool, tmx: bool,
                title: str, inputs: Sequence[str | Path]) -> BatchResult:
    from .fsutil import InputFiles, atomic_write, refuse_overwriting_inputs

    started = time.perf_counter()
    protected = InputFiles([*inputs, *settings.lexicons,
                            *(p for s in specs for p in (s.source, s.target) if p is not None)])
    refuse_overwriting_inputs([out / name for name in (CORPUS_FILE, FINDINGS_FILE, INDEX_FILE)], protected)
    state = _load_state(out)
    old_pairs: dict[str, Any] = state.get("pairs", {})
    new_pairs: dict[str, Any] = {}
    statuses: dict[str, PairStatus] = {}
    total = len(specs)
    done = 0

    def report(status: PairStatus, key: str | None = None) -> None:
        nonlocal done
        done += 1
        statuses[key or status.id] = status
        if progress is not None:
            progress(status, done, total)

    # A pair refused at discovery may share its id with a good one (a
    # collision): its status is kept under its own key, never over the other.
    order = [s.id if s.error is None else f"\x00{n}" for n, s in enumerate(specs)]
    todo = _plan_jobs(specs, order, out, settings, protected, old_pairs, new_pairs, report,
                      force=force, html=html, tmx=tmx)
    keys = {job.id: _job_key(job) for job in todo}

    def accept(result: PairOutput) -> None:
        if result.error is not None:
            new_pairs.pop(result.id, None)
            report(PairStatus(result.id, "failed", _one_line(result.error), seconds=result.seconds))
            return
        outputs = {}
        for suffix, data in result.files.items():
            name = result.id + suffix
            atomic_write(out / name, data)
            outputs[name] = _sha(data)
        frag = f"{STATE_DIR}/{result.id}.corpus.xml"
        atomic_write(out / frag, result.fragment)
        outputs[frag] = _sha(result.fragment)
        new_pairs[result.id] = {"key": keys[result.id], "outputs": outputs, "summary": result.summary,
                                "signature": result.signature, "title": result.title}
        report(PairStatus(result.id, "done", summary=dict(result.summary), seconds=result.seconds,
                          title=result.title))

    try:
        _run_jobs(todo, accept, executor=executor, scheduler=scheduler, jobs=jobs)
    except BaseException:
        # Ctrl-C or a write error: keep what finished, so the next run skips it.
        _save_state(out, {**old_pairs, **new_pairs})
        raise

    result = _write_corpus(out, order, statuses, old_pairs, new_pairs, title=title, html=html)
    result.seconds = time.perf_counter() - started
    return result


def _plan_jobs(specs: Sequence[PairSpec], order: Sequence[str], out: Path, settings: Settings, protected: InputFiles,
               old_pairs: Mapping[str, Any], new_pairs: dict[str, Any],
               report: Callable[..., None], *, force: bool, html: bool, tmx: bool) -> list[PairJob]:
    """The pairs to annotate, in order; reports pairs refused or unreadable as failed and
    unchanged ones (outputs intact) as skipped, keeping their state in ``new_pairs``."""
    from .fsutil import refuse_overwriting_inputs

    todo: list[PairJob] = []
    suffixes = _suffixes(html, tmx)
    for key, spec in zip(order, specs):
        if spec.error is not None:
            report(PairStatus(spec.id, "failed", spec.error), key)
            continue
        assert spec.source is not None and spec.target is not None  # a spec without error has both
        try:
            refuse_overwriting_inputs([out / (spec.id + s) for s in suffixes], protected)
            src, tgt = spec.source.read_bytes(), spec.target.read_bytes()
        except InputError as exc:
            report(PairStatus(spec.id, "failed", str(exc)))
            continue
        except OSError as exc:
            report(PairStatus(spec.id, "failed", f"{spec.id}: cannot read: {exc.strerror or exc}"))
            continue
        job = PairJob(spec.id, src, tgt, spec.source_name or "", spec.target_name or "",
                      tuple(sorted(spec.meta.items())), settings, html, tmx)
        key = _job_key(job)
        old = old_pairs.get(spec.id)
        if not force and old and old.get("key") == key and _outputs_intact(out, old):
            new_pairs[spec.id] = old
            report(PairStatus(spec.id, "skipped", "unchanged", dict(old.get("summary", {})),
                              title=str(old.get("title", ""))))
            continue
        todo.append(job)
    return todo


def _run_jobs(todo: Sequence[PairJob], accept: Callable[[PairOutput], None], *, executor: str, scheduler: Any,
              jobs: int) -> None:
    """Annotate every job with dask, worker processes or in this process, handing each output to ``accept``."""
    if executor == "dask":
        _run_dask(todo, scheduler, jobs, accept)
    elif jobs <= 1 or len(todo) <= 1:
        for job in todo:
            accept(annotate_job(job))
    else:
        _run_processes(todo, jobs, accept)


def _write_corpus(out: Path, order: Sequence[str], statuses: Mapping[str, PairStatus], old_pairs: Mapping[str, Any],
                  new_pairs: dict[str, Any], *, title: str, html: bool) -> BatchResult:
    """Remove outdated outputs, write the corpus, findings and index files and the state; the result."""
    from .fsutil import atomic_write

    good = [pid for pid in order if statuses.get(pid) and statuses[pid].status != "failed"]
    # Outputs of pairs that failed or left the corpus no longer describe it.
    for pid, entry in old_pairs.items():
        if pid not in new_pairs:
            _remove_outputs(out, entry, keep=set())
        else:
            _remove_outputs(out, entry, keep=set(new_pairs[pid].get("outputs", {})))
    result = BatchResult(out, [statuses[pid] for pid in order if pid in statuses])
    if good:
        atomic_write(out / CORPUS_FILE, corpus_bytes(out, good, new_pairs, title))
        atomic_write(out / FINDINGS_FILE, findings_bytes(out, good))
        result.corpus_file, result.findings_file = out / CORPUS_FILE, out / FINDINGS_FILE
    else:
        for name in (CORPUS_FILE, FINDINGS_FILE):
            if (out / name).is_file() and old_pairs:
                (out / name).unlink()
    if html and statuses:
        atomic_write(out / INDEX_FILE, index_bytes(order, statuses, title))
    elif old_pairs and (out / INDEX_FILE).is_file():
        (out / INDEX_FILE).unlink()  # the pages it listed are gone
    _save_state(out, new_pairs)
    return result


def index_bytes(order: Sequence[str], statuses: Mapping[str, PairStatus], title: str) -> bytes:
    """The index of review pages: every pair in corpus order, failed ones with their message."""
    from .writers.html import index_page

    rows: list[dict[str, Any]] = []
    for pid in order:
        status = statuses.get(pid)
        if status is None:
            continue
        if status.status == "failed":
            rows.append({"id": status.id, "error": status.message})
            continue
        s = status.summary
        rows.append({"id": pid, "href": f"{pid}.html", "title": status.title, "errors": s.get("error", 0),
                     "warnings": s.get("warning", 0), "info": s.get("info", 0)})
    return index_page(rows, title=title).encode("utf-8")


def _suffixes(html: bool, tmx: bool) -> list[str]:
    return [".tei.xml", ".json"] + ([".html"] if html else []) + ([".tmx"] if tmx else [])


def _job_key(job: PairJob) -> str:
    h = hashlib.sha256()
    for part in (
        f"nt:{__version__}", job.settings.signature(), f"html:{job.html}", f"tmx:{job.tmx}",
        job.id, job.source_name, job.target_name, json.dumps(job.meta, ensure_ascii=False),
        hashlib.sha256(job.source).hexdigest(), hashlib.sha256(job.target).hexdigest(),
    ):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _safe_output_name(name: str) -> bool:
    parts = Path(name).parts
    return (bool(parts) and not Path(name).is_absolute() and ".." not in parts
            and (len(parts) == 1 or (len(parts) == 2 and parts[0] == STATE_DIR)))


def _outputs_intact(out: Path, entry: Mapping[str, Any]) -> bool:
    outputs = entry.get("outputs")
    if not isinstance(outputs, dict) or not outputs:
        return False
    for name, digest in outputs.items():
        if not _safe_output_name(name):
            return False
        try:
            if _sha((out / name).read_bytes()) != digest:
                return False
        except OSError:
            return False
    return True


def _remove_outputs(out: Path, entry: Mapping[str, Any], keep: set[str]) -> None:
    """Delete the files a state entry records (only names the batch itself writes)."""
    outputs = entry.get("outputs") if isinstance(entry, Mapping) else None
    if not isinstance(outputs, dict):
        return
    for name in outputs:
        if name in keep or not _safe_output_name(name):
            continue
        try:
            (out / name).unlink()
        except OSError:
            pass


def _load_state(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / STATE_DIR / STATE_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return {}
    pairs = data.get("pairs")
    if not isinstance(pairs, dict):
        return {}
    return {"pairs": {k: v for k, v in pairs.items() if isinstance(v, dict)}}


def _save_state(out: Path, pairs: Mapping[str, Any]) -> None:
    from .fsutil import atomic_write

    if not out.is_dir():
        return
    data = {"version": STATE_VERSION, "tool": __version__,
            "pairs": {k: pairs[k] for k in sorted(pairs)}}
    atomic_write(out / STATE_DIR / STATE_FILE,
                 json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


# --------------------------------------------------------------------------- corpus files


def corpus_bytes(out: Path, ids: Sequence[str], pairs: Mapping[str, Any], title: str) -> bytes:
    """``corpus.tei.xml`` from the stored per-pair ``<TEI>`` members, in ``ids`` order."""
    from lxml import etree

    from .writers.tei import corpus_tei, serialise

    root = corpus_tei([], title)
    ns = {"t": _TEI_NS}
    signatures = sorted({_signature_of(pairs.get(pid)) for pid in ids} - {""})
    for desc in root.xpath("t:teiHeader/t:encodingDesc/t:appInfo/t:application/t:desc", namespaces=ns):
        desc.text = f"signature: {'; '.join(signatures) or 'default'}"
    for p in root.xpath("t:teiHeader/t:fileDesc/t:sourceDesc/t:p", namespaces=ns):
        p.text = f"{len(ids)} document pair{'s' if len(ids) != 1 else ''}, each described in its own header."
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, load_dtd=False)
    for pid in ids:
        member = etree.fromstring((out / STATE_DIR / f"{pid}.corpus.xml").read_bytes(), parser)
        root.append(member)
    return serialise(root)


def _signature_of(entry: Any) -> str:
    return str(entry.get("signature", "")) if isinstance(entry, dict) else ""


def findings_bytes(out: Path, ids: Sequence[str]) -> bytes:
    """``findings.csv`` rebuilt from the per-pair JSON reports on disk."""
    from .writers.csv import findings_csv

    def reports() -> Iterable[tuple[str, dict]]:
        for pid in ids:
            yield pid, json.loads((out / f"{pid}.json").read_text("utf-8"))

    return findings_csv(reports())


# --------------------------------------------------------------------------- executors


def _init_worker() -> None:
    """Worker-process initializer: ignore Ctrl-C (the parent stops us) and load
    the language models once."""
    import os
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import tune_gc

    tune_gc()
    # one BLAS thread per worker: N workers on N cores, not N x cores threads
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from .entities import warm_up

        warm_up()
    except Exception:  # noqa: BLE001 - a pair will report the real problem
        pass


def _run_processes(todo: Sequence[PairJob], jobs: int, accept: Callable[[PairOutput], None]) -> None:
    """Run ``todo`` in ``jobs`` spawned worker processes.

    At most ``2 * jobs`` pairs are in flight, and a finished pair's bytes are
    dropped once written, so the parent's memory does not grow with the
    corpus.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("spawn")
    workers = min(jobs, len(todo))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)
    queue = deque(todo)
    pending: dict[Any, str] = {}
    try:
        while queue or pending:
            while queue and len(pending) < 2 * workers:
                job = queue.popleft()
                pending[pool.submit(annotate_job, job)] = job.id
            finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in finished:
                pid = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool as exc:
                    result = PairOutput(pid, error=f"{pid}: worker process died ({exc})")
                accept(result)
            del finished, fut
    except BaseException:
        for fut in pending:
            fut.cancel()
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                proc.terminate()
            except Exception:  # noqa: BLE001
                pass
        # Join the pool's manager thread (bounded) before re-raising: left
        # running, it closes its wake-up pipe while the interpreter's exit
        # hook writes to it, and Python prints an OSError traceback.
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is not None:
            manager.join(timeout=30)
        raise
    pool.shutdown(wait=True)


def _run_dask(todo: Sequence[PairJob], scheduler: Any, jobs: int, accept: Callable[[PairOutput], None]) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("--executor dask needs dask.distributed: pip install 'northeast-text[dask]'") from None
    if not todo:
        return
    own: list[Any] = []
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        own.append(cluster)
        client = Client(cluster)
        own.insert(0, client)
    elif isinstance(scheduler, str):
        try:
            client = Client(scheduler, timeout=10)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        own.append(client)
    else:
        client = scheduler
    futures = []
    try:
        ids = {}
        for job in todo:
            fut = client.submit(annotate_job, job, key=f"northeast-text-{job.id}-{_job_key(job)[:16]}",
                                pure=False)
            ids[fut.key] = job.id
            futures.append(fut)
        for fut in as_completed(futures):
            try:
                result = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker died or lost the task
                result = PairOutput(ids[fut.key], error=f"{ids[fut.key]}: dask task failed ({exc})")
            accept(result)
            fut.release()  # the cluster may drop the bytes now
    except BaseException:
        for fut in futures:
            try:
                fut.cancel()
            except Exception:  # noqa: BLE001 - already released
                pass
        raise
    finally:
        for thing in own:
            thing.close()


# --------------------------------------------------------------------------- terminal


class Progress:
    """Progress on stderr: a one-line bar on a terminal, plain lines otherwise.

    The bar shows pairs done, findings so far, failures and the time left;
    the plain form writes one line per pair (for logs and CI).
    """

    def __init__(self, total: int, stream: TextIO | None = None, tty: bool | None = None,
                 width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.total = total
        self.width = width
        self.findings = 0
        self.failed = 0
        self.start = time.monotonic()
        self.worked = 0  # pairs actually annotated (for the time estimate)
        self.recorded = 0  # pairs annotated or skipped: their outputs and state are on disk

    def __call__(self, status: PairStatus, done: int, total: int) -> None:
        self.total = total
        self.findings += status.findings
        self.failed += status.status == "failed"
        self.worked += status.status == "done"
        self.recorded += status.status != "failed"
        if self.tty:
            frac = done / total if total else 1.0
            fill = int(round(frac * self.width))
            bar = "#" * fill + "-" * (self.width - fill)
            line = (f"\r[{bar}] {done}/{total} pairs · {self.findings} findings"
                    + (f" · {self.failed} failed" if self.failed else "")
                    + f" · {self._eta(done, total)}")
            self.stream.write(line + "\x1b[K")
            if done == total:
                self.stream.write("\n")
        else:
            what = {"done": f"{status.findings} findings, {status.summary.get('notes', 0)} notes, "
                            f"{status.seconds:.1f}s",
                    "skipped": "unchanged, skipped",
                    "failed": f"FAILED: {status.message}"}[status.status]
            self.stream.write(f"[{done}/{total}] {status.id}: {what}\n")
        self.stream.flush()

    def _eta(self, done: int, total: int) -> str:
        left = total - done
        if left == 0:
            return f"done in {_clock(time.monotonic() - self.start)}"
        if not self.worked:
            return "time left: …"
        per = (time.monotonic() - self.start) / done
        return f"time left: {_clock(per * left)}"


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def format_summary(result: BatchResult, max_rows: int = 50) -> str:
    """The summary table printed after a batch: one row per pair, then totals."""
    head = f"{'pair':<28} {'status':<8} {'links':>5} {'errors':>6} {'warn':>5} {'info':>5} {'notes':>5}"
    lines = [head, "-" * len(head)]
    rows = result.pairs
    shown = rows if len(rows) <= max_rows else [p for p in rows if p.status == "failed"][:max_rows]
    for p in shown:
        if p.status == "failed":
            lines.append(f"{p.id[:28]:<28} {'FAILED':<8} {p.message}")
            continue
        s = p.summary
        lines.append(f"{p.id[:28]:<28} {p.status:<8} {s.get('links', 0):>5} {s.get('error', 0):>6} "
                     f"{s.get('warning', 0):>5} {s.get('info', 0):>5} {s.get('notes', 0):>5}")
    if len(shown) < len(rows):
        lines.append(f"… {len(rows) - len(shown)} more pairs (every finding is in {FINDINGS_FILE})")
    n = {k: sum(p.status == k for p in rows) for k in ("done", "skipped", "failed")}
    lines.append("-" * len(head))
    lines.append(
        f"{len(rows)} pairs: {n['done']} annotated, {n['skipped']} skipped, {n['failed']} failed; "
        f"{result.total('error')} errors, {result.total('warning')} warnings, {result.total('info')} info, "
        f"{result.total('notes')} notes; {result.seconds:.1f}s"
    )
    return "\n".join(lines)

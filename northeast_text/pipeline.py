"""The pipeline: read -> blocks -> analyse each side -> align -> check.

These are the functions a linguist imports; the CLI is a thin layer over them.
Every writer reads the :class:`AnnotatedPair` returned here.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .ids import safe_id
from .model import Analysis, AnnotatedPair, Document, Finding, Link, Rate
from .settings import Settings

if TYPE_CHECKING:
    from .formats import Bilingual

#: ``progress(stage, done, total)``: called as each stage advances.  Stages:
#: reading (files), numbers (blocks), names (blocks), notes, align, checks.
Progress = Callable[[str, int, int], None]


def _nothing(stage: str, done: int, total: int) -> None:
    pass


#: A stage that advances block by block reports at most this many times (and at its end).
PROGRESS_STEPS = 100


#: Allocations between two young-generation collections in an annotating process
#: (Python's default is 700): the analyses are many small long-lived objects, and the
#: default spends about an eighth of the CPU of a 100,000-block pair collecting them.
GC_YOUNG_THRESHOLD = 100_000


_freeze_at_exit = False
_pause_while_annotating = False


def tune_gc() -> None:
    """Collect cyclic garbage less often, for a process that annotates (the CLI, a
    batch worker); memory held by cycles stays bounded.  While it annotates a
    pair it collects none (:func:`_collections_paused`).  At exit every object
    is frozen (:func:`gc.freeze`), so that the interpreter's last collection
    does not walk what the run built, which the process is about to give
    back whole (2.5 s of CPU after a pair of 100,000 blocks; the output is
    all written by then)."""
    import atexit
    import gc

    global _freeze_at_exit, _pause_while_annotating
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, max(middle, 50), max(old, 100))
    _pause_while_annotating = True
    if not _freeze_at_exit:
        atexit.register(gc.freeze)
        _freeze_at_exit = True


@contextmanager
def _collections_paused() -> Iterator[None]:
    """No cyclic garbage collection in this block, in a process that annotates
    (:func:`tune_gc`): annotating a pair leaves a few dozen objects in cycles
    whatever its size (tests/test_gc_pause.py), while every young collection
    walks the hundred thousand objects made since the last, nearly all still
    alive (about 7 % of the CPU of a pair of 100,000 tiny blocks).  The young
    threshold is set to 0, which stops automatic collection even when a library
    switches the collector on again (srsly does, loading spaCy's model); it is
    given back after the pair, error or not.  What the pair made is then put in
    the oldest generation unwalked (:func:`gc.freeze` and :func:`gc.unfreeze`,
    when nothing was frozen before): the next young collection would otherwise
    walk all of it at once, and a full collection still frees its cycles.  A
    collector switched off, or paused by an outer use, is left alone."""
    import gc

    young, middle, old = gc.get_threshold()
    if not (_pause_while_annotating and gc.isenabled() and young):
        yield
        return
    frozen = gc.get_freeze_count()
    gc.set_threshold(0, middle, old)
    try:
        yield
    finally:
        if not frozen:
            gc.freeze()
            gc.unfreeze()
        gc.set_threshold(young, middle, old)


def analyse(
    document: Document, settings: Settings, *, translation: bool, progress: Progress | None = None,
    original: Document | None = None,
) -> Analysis:
    """Numbers, names and notes of one document: in a translation the
    translator's (knowing the ``original`` where there is one), in an
    original the author's own."""
    from . import entities, notes, numbers, script

    report = progress or _nothing
    total = len(document.blocks)
    found: list = []
    view = script.simplified_view(document)  # Traditional Chinese is read as Simplified
    report("numbers", 0, total)
    step = max(1, total // PROGRESS_STEPS)
    for i, in_block in enumerate(numbers.extract_blocks(view.blocks), 1):
        found.extend(in_block)
        if i % step == 0 or i == total:
            report("numbers", i, total)
    quantities = tuple(script.restore(found, document))
    lexicon = entities.load_lexicon(settings.lexicons)
    report("names", 0, total)
    names = tuple(script.restore(entities.recognise(view, lexicon), document))
    if (warning := entities.model_budget_warning(view)) is not None:
        document = replace(document, warnings=(*document.warnings, warning))
    report("names", total, total)
    if translation:
        report("notes", 0, 1)
        found_notes = tuple(notes.find_notes(document, original))
        report("notes", 1, 1)
    else:
        found_notes = tuple(notes.find_source_notes(document))
    return Analysis(document=document, quantities=quantities, entities=names, notes=found_notes)


def annotate(
    source: Document | None,
    target: Document,
    settings: Settings = Settings(),
    pair_id: str | None = None,
    progress: Progress | None = None,
    alignment: Sequence[Link] | None = None,
) -> AnnotatedPair:
    """Analyse both sides, align them, run the checks; return everything.

    ``progress(stage, done, total)``, when given, is called as stages advance.
    ``alignment``, when given, is used as it is instead of aligning (files
    that are aligned already: XLIFF, TMX, bilingual tables).
    """
    with _collections_paused():
        return _annotate(source, target, settings, pair_id, progress, alignment)


def _annotate(source: Document | None, target: Document, settings: Settings, pair_id: str | None,
              progress: Progress | None, alignment: Sequence[Link] | None) -> AnnotatedPair:
    """:func:`annotate`."""
    from .align import align_blocks
    from .checks import run_checks
    from .checks.conversion import find_declared_rate

    if settings.translation_only:
        source = None
    report = progress or _nothing
    target_a = analyse(target, settings, translation=True, progress=progress, original=source)
    source_a = analyse(source, settings, translation=False, progress=progress) if source is not None else None
    sentences: tuple = ()
    sentence_links: tuple = ()
    if source_a is None:
        alignment = ()
    else:
        from .sentence_alignment import align_sentences

        report("align", 0, 1)
        if alignment is not None:
            alignment = tuple(alignment)
        else:
            alignment = tuple(align_blocks(source_a, target_a, settings))
            target_a, alignment = _second_pass(source_a, target_a, alignment, settings)
        found, linked = align_sentences(source_a, target_a, alignment, settings)
        sentences, sentence_links = tuple(found), tuple(linked)
        report("align", 1, 1)
    if settings.rate is not None:
        rate: Rate | None = Rate(base="USD", quote="CNY", value=settings.rate)
    else:
        rate = find_declared_rate(target_a)
    pair = AnnotatedPair(
        id=pair_id or _pair_id(source, target),
        source=source_a,
        target=target_a,
        alignment=alignment,
        sentences=sentences,
        sentence_alignment=sentence_links,
        rate=rate,
        signature=settings.signature(),
    )
    report("checks", 0, 1)
    findings = assign_ids(run_checks(pair, settings))
    report("checks", 1, 1)
    return replace(pair, findings=tuple(findings))


def _second_pass(source: Analysis, target: Analysis, alignment: tuple, settings: Settings
                 ) -> tuple[Analysis, tuple]:
    """Revise the translator's notes with the alignment (:func:`notes.attribute`);
    when that changes which whole blocks are the translator's, align again
    and revise once more."""
    from .align import align_blocks
    from .notes import attribute

    def whole(analysis: Analysis) -> set[str]:
        return {n.block for n in analysis.notes if n.place != "inline"}

    revised = replace(target, notes=attribute(source, target, alignment))
    if whole(revised) != whole(target):
        alignment = tuple(align_blocks(source, revised, settings))
        revised = replace(revised, notes=attribute(source, revised, alignment))
    return revised, alignment


def annotate_files(
    source_path: str | Path | None,
    target_path: str | Path,
    settings: Settings = Settings(),
    pair_id: str | None = None,
    progress: Progress | None = None,
    max_size: float | None = None,
) -> AnnotatedPair:
    """Read both files (``None`` for no source) and :func:`annotate` them.

    Settings are checked before anything is read; files over ``max_size`` MB
    (see :func:`readers.max_size_mb`) are refused unread.
    """
    with _collections_paused():
        return _annotate_files(source_path, target_path, settings, pair_id, progress, max_size)


def _annotate_files(source_path: str | Path | None, target_path: str | Path, settings: Settings,
                    pair_id: str | None, progress: Progress | None, max_size: float | None) -> AnnotatedPair:
    """:func:`annotate_files`."""
    from .inputs import read_side

    validate_settings(settings)
    report = progress or _nothing
    with_source = source_path is not None and not settings.translation_only
    files = 2 if with_source else 1
    report("reading", 0, files)
    target = read_side(target_path, lang="en", max_size=max_size)
    report("reading", 1, files)
    source = None
    if with_source and source_path is not None:
        source = read_side(source_path, lang="zh", max_size=max_size)
        report("reading", 2, files)
    check_languages(source, target)
    return annotate(source, target, settings, pair_id, progress=progress)


def validate_settings(settings: Settings) -> None:
    """Refuse unknown check names and unreadable lexicons before any work is done."""
    from . import entities
    from .checks import load_checks

    known = load_checks()
    unknown = [name for name in settings.checks if name not in known]
    if unknown:
        raise InputError(
            f"unknown check{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(known))}",
            "--checks",
        )
    entities.load_lexicon(settings.lexicons)


def check_languages(source: Document | None, target: Document) -> None:
    """Refuse swapped arguments and pairs written in one language.

    The source must be Chinese and the target English; a Chinese target with
    an English source means the arguments were swapped.
    """
    from .readers import detect_language

    def lang_of(doc: Document) -> str:
        return detect_language("\n".join(b.text for b in doc.blocks[:400]))

    tgt = lang_of(target)
    if source is None:
        if tgt != "en":
            raise InputError("looks like Chinese; expected the English translation", target.path)
        return
    src = lang_of(source)
    if src == "en" and tgt == "zh":
        raise InputError(
            "the original looks English and the translation Chinese; "
            "give the Chinese original first, then the English translation (swapped arguments?)",
            source.path,
        )
    if src == tgt:
        name = "Chinese" if src == "zh" else "English"
        bad = target.path if src == "zh" else source.path
        raise InputError(f"both files look {name}; expected a Chinese original and an English translation", bad)


def assign_ids(findings: Sequence[Finding]) -> list[Finding]:
    """Give each finding an id derived from its content, stable across runs.

    The id hashes kind, blocks and texts, plus an occurrence counter for exact
    repeats, so it does not change when other findings come or go.
    """
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        key = "\x1f".join(
            str(x) for x in (f.kind, f.source_block, f.target_block, f.source_text, f.target_text)
        )
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:10]
        out.append(replace(f, id=f"f-{digest}"))
    return out


def _pair_id(source: Document | None, target: Document) -> str:
    for doc in (target, source):
        if doc is not None and doc.path and doc.path != "-":
            parent = Path(doc.path).resolve().parent.name
            if parent:
                return safe_id(parent)
    return "pair"


def annotate_bilingual(
    bilingual: Bilingual, settings: Settings | None = None, pair_id: str | None = None
) -> AnnotatedPair:
    """Run every check on every unit: unit n is the 1-1 link (n, n); no aligning."""
    from .formats import documents

    settings = settings or Settings()
    validate_settings(settings)
    if settings.translation_only:
        raise InputError("--translation-only takes an English file, not a bilingual one", bilingual.path)
    source, target = documents(bilingual)
    check_languages(source, target)
    links = [Link((n,), (n,), 1.0) for n in range(len(bilingual.units))]
    return annotate(source, target, settings, pair_id or safe_id(Path(bilingual.path).stem), alignment=links)

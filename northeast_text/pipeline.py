"""The pipeline: read -> blocks -> analyse each side -> align -> check.

These are the functions a linguist imports; the CLI is a thin layer over them.
Every writer reads the :class:`AnnotatedPair` returned here.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from .model import Analysis, AnnotatedPair, Document, Finding, Rate
from .settings import Settings


def analyse(document: Document, settings: Settings, *, translation: bool) -> Analysis:
    """Numbers, names (and, in a translation, notes) of one document."""
    from . import entities, notes, numbers

    quantities = tuple(q for block in document.blocks for q in numbers.extract(block))
    lexicon = entities.load_lexicon(settings.lexicons)
    names = tuple(entities.recognise(document, lexicon))
    found_notes = tuple(notes.find_notes(document)) if translation else ()
    return Analysis(document=document, quantities=quantities, entities=names, notes=found_notes)


def annotate(
    source: Document | None,
    target: Document,
    settings: Settings = Settings(),
    pair_id: str | None = None,
) -> AnnotatedPair:
    """Analyse both sides, align them, run the checks; return everything."""
    from .align import align_blocks
    from .checks import run_checks
    from .checks.conversion import find_declared_rate

    if settings.translation_only:
        source = None
    target_a = analyse(target, settings, translation=True)
    source_a = analyse(source, settings, translation=False) if source is not None else None
    alignment = tuple(align_blocks(source_a, target_a, settings)) if source_a is not None else ()
    if settings.rate is not None:
        rate: Rate | None = Rate(base="USD", quote="CNY", value=settings.rate)
    else:
        rate = find_declared_rate(target_a)
    pair = AnnotatedPair(
        id=pair_id or _pair_id(source, target),
        source=source_a,
        target=target_a,
        alignment=alignment,
        rate=rate,
        signature=settings.signature(),
    )
    findings = assign_ids(run_checks(pair, settings))
    return replace(pair, findings=tuple(findings))


def annotate_files(
    source_path: str | Path | None,
    target_path: str | Path,
    settings: Settings = Settings(),
    pair_id: str | None = None,
) -> AnnotatedPair:
    """Read both files (``None`` for no source) and :func:`annotate` them."""
    from .readers import read_document

    target = read_document(target_path, lang="en")
    source = None
    if source_path is not None and not settings.translation_only:
        source = read_document(source_path, lang="zh")
    check_languages(source, target)
    return annotate(source, target, settings, pair_id)


def check_languages(source: Document | None, target: Document) -> None:
    """Refuse swapped arguments and pairs written in one language.

    The source must be Chinese and the target English; a Chinese target with
    an English source means the arguments were swapped.
    """
    from .errors import InputError
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
        digest = hashlib.sha1(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()[:10]
        out.append(replace(f, id=f"f-{digest}"))
    return out


def _pair_id(source: Document | None, target: Document) -> str:
    for doc in (target, source):
        if doc is not None and doc.path and doc.path != "-":
            parent = Path(doc.path).resolve().parent.name
            if parent:
                return _safe_id(parent)
    return "pair"


def _safe_id(name: str) -> str:
    import re

    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "-", name).strip("-.") or "pair"
    return cleaned if cleaned[0].isalpha() or cleaned[0] == "_" else "p" + cleaned

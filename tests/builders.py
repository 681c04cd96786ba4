"""Hand-built model objects shared by the check tests."""

from __future__ import annotations

from decimal import Decimal as D

from northeast_text.model import Analysis, Block, Document, Note, Quantity


def Q(text: str, sub: str, kind: str, value=None, low=None, high=None, unit=None, scale=None, step=None,
      qualifier=None, block="en-b0", lang="en", n=0) -> Quantity:
    """A quantity over the ``n``-th occurrence of ``sub`` in ``text``."""
    i = -1
    for _ in range(n + 1):
        i = text.index(sub, i + 1)
    d = lambda x: D(str(x)) if x is not None else None  # noqa: E731
    return Quantity(block=block, start=i, end=i + len(sub), text=sub, kind=kind, value=d(value), low=d(low),
                    high=d(high), unit=unit, scale=scale, step=d(step), qualifier=qualifier, lang=lang)


def doc(texts, quantities=(), lang="en", notes: tuple[Note, ...] = ()) -> Analysis:
    """An analysed document of paragraph blocks ``{lang}-b0``, ``{lang}-b1`` …"""
    blocks = tuple(Block(id=f"{lang}-b{i}", n=i, lang=lang, role="paragraph", text=t) for i, t in enumerate(texts))
    return Analysis(document=Document(lang=lang, blocks=blocks), quantities=tuple(quantities), notes=tuple(notes))


def zq(text: str, sub: str, kind: str = "count", value=None, **kw) -> Quantity:
    """A source-side quantity of block ``zh-b0``."""
    return Q(text, sub, kind, value, block="zh-b0", lang="zh", **kw)


def check_one_link(zh: str, zqs, en: str, eqs) -> list:
    """The ``numbers`` check on one Chinese block linked to one English block."""
    from northeast_text.checks.numbers import check_numbers
    from northeast_text.model import AnnotatedPair, Link

    pair = AnnotatedPair(id="t", source=doc([zh], zqs, "zh"), target=doc([en], eqs), alignment=(Link((0,), (0,), 1.0),))
    return check_numbers(pair, {})


def kinds(findings) -> list[tuple[str, str]]:
    """(kind, severity) of each finding."""
    return [(f.kind, f.severity) for f in findings]


SEVERE = ("error", "warning")


def severe_findings(folder, zh: str, en: str, suffix: str = ".txt") -> list[tuple[str, str, str | None]]:
    """(kind, severity, target text) of the errors and warnings the whole pipeline finds on a pair
    written as two files in ``folder``."""
    from northeast_text.pipeline import annotate_files

    (folder / f"zh{suffix}").write_text(zh, encoding="utf-8")
    (folder / f"en{suffix}").write_text(en, encoding="utf-8")
    pair = annotate_files(folder / f"zh{suffix}", folder / f"en{suffix}")
    return [(f.kind, f.severity, f.target_text) for f in pair.findings if f.severity in SEVERE]


def read_figures(text: str, lang: str) -> list[tuple[str, str, D | None, str | None]]:
    """(text, kind, value, qualifier) of every figure the number engine reads in ``text``."""
    from northeast_text.numbers import extract_text

    return [(q.text, q.kind, q.value, q.qualifier) for q in extract_text(text, lang)]


def loud(zh: str, en: str) -> list[tuple[str, str, str]]:
    """(kind, source text, target text) of the errors and warnings of a one-paragraph pair, in memory."""
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.source_text or "", f.target_text or "") for f in pair.findings if f.severity != "info"]


def loud_expected(zh: str, en: str) -> list[tuple[str, str, str, str | None]]:
    """(kind, source text, target text, expected text) of the errors and warnings of a one-paragraph pair."""
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.source_text or "", f.target_text or "", f.expected) for f in pair.findings
            if f.severity != "info"]


def read_plain(text: str, lang: str) -> list[tuple[str, str, D | None]]:
    """(text, kind, value) of every figure the number engine reads in ``text``."""
    from northeast_text.numbers import extract_text

    return [(q.text, q.kind, q.value) for q in extract_text(text, lang)]


def every(zh: str, en: str) -> list[tuple[str, str, str, str]]:
    """(kind, severity, source text, target text) of every finding of a one-paragraph pair, info too."""
    from northeast_text import pipeline
    from northeast_text.readers import parse_document

    pair = pipeline.annotate(parse_document(zh, "zh", format="text"), parse_document(en, "en", format="text"))
    return [(f.kind, f.severity, f.source_text or "", f.target_text or "") for f in pair.findings]


def benchmark_module(name: str):
    """The script ``benchmarks/<name>.py`` loaded as a module (the scripts are no package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wmt22_doc(doc_id: str, n: int) -> str:
    """A document of the WMT22 general test set's xml, written for a test: ``n`` segments, the
    English source and the Chinese references A and B."""
    src = "".join(f'<seg id="{i}">{doc_id} sentence {i}.</seg>' for i in range(1, n + 1))
    ref_a = "".join(f'<seg id="{i}">甲译 {i}。</seg>' for i in range(1, n + 1))
    ref_b = "".join(f'<seg id="{i}">{doc_id} 乙译第 {i} 句。</seg>' for i in range(1, n + 1))
    return (f'<doc origlang="en" id="{doc_id}"><src lang="en"><p>{src}</p></src>'
            f'<ref lang="zh" translator="A"><p>{ref_a}</p></ref>'
            f'<ref lang="zh" translator="B"><p>{ref_b}</p></ref></doc>')

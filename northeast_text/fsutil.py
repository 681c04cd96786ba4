"""Safe output: atomic writes, refusing to overwrite an input.

Every file the tool writes goes through :func:`atomic_write`: the bytes go to
a temporary file in the same folder, which is renamed over the target only
when complete, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import InputError


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` atomically ("-" writes to stdout)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InputError("is a folder; expected a file path to write", str(target))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"cannot write: {exc.strerror or exc}", str(target)) from None
        raise


def refuse_overwriting_inputs(outputs: Iterable[str | Path | None], inputs: Iterable[str | Path | None]) -> None:
    """Raise InputError when an output path is one of the input files."""
    ins = {}
    for p in inputs:
        if p is None or str(p) == "-":
            continue
        try:
            ins[Path(p).resolve()] = str(p)
        except OSError:
            continue
    for out in outputs:
        if out is None or str(out) == "-":
            continue
        resolved = Path(out).resolve()
        if resolved in ins:
            raise InputError("output path is also an input; refusing to overwrite it", str(out))

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
        blocker = _existing_ancestor(folder)
        if not blocker.is_dir():
            raise InputError(f"cannot write here: {blocker} is a file, not a folder", str(target)) from None
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


def check_writable(path: str | Path | None) -> None:
    """Raise InputError now if ``path`` cannot be written, before any work is done.

    Finds the nearest existing ancestor folder and proves it writable by
    creating and removing a probe there (permission bits alone say nothing
    when running as root).  Leaves nothing behind.
    """
    if path is None or str(path) == "-":
        return
    target = Path(path)
    where = str(path)
    if target.is_dir():
        raise InputError("is a folder; expected a file path to write", where)
    folder = _existing_ancestor(target.parent)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"cannot write here: {folder} is a file, not a folder", where)
    try:
        if folder == (target.parent if str(target.parent) else Path(".")):
            fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
            os.close(fd)
            os.unlink(probe)
        else:
            os.rmdir(tempfile.mkdtemp(prefix=".northeast-text.", suffix=".part", dir=folder))
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", where) from None


def _existing_ancestor(folder: Path) -> Path:
    """``folder`` or its nearest ancestor that exists (a file or a folder)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder

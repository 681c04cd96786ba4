"""Safe output: atomic writes, never over an input, never two outputs on one path.

Every file the tool writes goes through :func:`atomic_write`.  Where the
output is a regular file (or does not exist yet) the bytes go to a temporary
file in the same folder, which is renamed over the target only when
complete, so an interrupted run never leaves half a file.  A symlink is
followed to its target (the link stays a link).  Character devices
(``/dev/null``, ``/dev/full``, a terminal), FIFOs and sockets are written
straight, never replaced; ``-`` is stdout.

Before any work, a command calls :func:`prepare_outputs` with its outputs
and its inputs: an output that is an input (by resolved path, or by inode:
a hard link or a symlink to it), two outputs on one path, and an output
that cannot be written are refused there.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import InputError

#: Paths that name this process's stdout, like ``-``.
STDOUT_NAMES = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path``: atomically for regular files, straight for
    stdout (``-``), devices and FIFOs."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if str(path) in STDOUT_NAMES:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(os.path.realpath(path))  # follow symlinks: replace the file, keep the link
    mode = _mode(target)
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError("is a folder; expected a file path to write", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        _write_straight(target, data, str(path))
        return
    _write_replacing(target, data, str(path))


def _mode(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


def _write_straight(target: Path, data: bytes, where: str) -> None:
    """Write to a device, FIFO or socket in place (no temporary file, no rename)."""
    try:
        fd = os.open(target, os.O_WRONLY)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", where) from None


def _write_replacing(target: Path, data: bytes, where: str) -> None:
    """Temporary file in the same folder, renamed over ``target`` when complete."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        blocker = _existing_ancestor(folder)
        if not blocker.is_dir():
            raise InputError(f"cannot write here: {_shown(blocker)} is a file, not a folder", where) from None
        raise InputError(f"cannot write here: {exc.strerror or exc}", where) from None
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
            raise InputError(f"cannot write: {exc.strerror or exc}", where) from None
        raise


def _identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of an existing regular file (after symlinks), else None."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _named(paths: Iterable[str | Path | None]) -> list[str]:
    return [str(p) for p in paths if p is not None and str(p) != ""]


class InputFiles:
    """The inputs of a run, to test outputs against: by resolved path and by
    (device, inode), so a hard link or a symlink to an input is caught too."""

    def __init__(self, paths: Iterable[str | Path | None]) -> None:
        self.paths: set[str] = set()
        self.ids: set[tuple[int, int]] = set()
        for p in _named(paths):
            if p in STDOUT_NAMES or p == "/dev/stdin":
                continue
            self.paths.add(os.path.realpath(p))
            ident = _identity(p)
            if ident is not None:
                self.ids.add(ident)

    def holds(self, path: str | Path) -> bool:
        if str(path) in STDOUT_NAMES:
            return False
        ident = _identity(path)
        return os.path.realpath(path) in self.paths or (ident is not None and ident in self.ids)


def refuse_overwriting_inputs(
    outputs: Iterable[str | Path | None], inputs: Iterable[str | Path | None] | InputFiles
) -> None:
    """Raise InputError when an output is one of the inputs (see
    :class:`InputFiles`), or when two outputs name one path (``-`` twice too)."""
    ins = inputs if isinstance(inputs, InputFiles) else InputFiles(inputs)
    seen: dict[object, str] = {}
    for out in _named(outputs):
        if ins.holds(out):
            raise InputError("output path is also an input; refusing to overwrite it", out)
        if out in STDOUT_NAMES:
            keys: list[object] = ["stdout"]
        else:
            ident = _identity(out)
            keys = [os.path.realpath(out)] + ([ident] if ident is not None else [])
        for key in keys:
            if key in seen:
                raise InputError(f"two outputs on one path (also given as {seen[key]}); "
                                 "give each output its own path", out)
        for key in keys:
            seen[key] = out


def check_writable(path: str | Path | None) -> None:
    """Raise InputError now if ``path`` cannot be written, before any work is done.

    Finds the nearest existing ancestor folder and proves it writable by
    creating and removing a probe there (permission bits alone say nothing
    when running as root).  Leaves nothing behind.  Devices and FIFOs are
    written in place, so only their permission is checked.
    """
    if path is None or str(path) in STDOUT_NAMES:
        return
    where = str(path)
    target = Path(os.path.realpath(path))
    mode = _mode(target)
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError("is a folder; expected a file path to write", where)
    if mode is not None and not stat.S_ISREG(mode):
        if not os.access(target, os.W_OK):
            raise InputError("cannot write: permission denied", where)
        return
    folder = _existing_ancestor(target.parent)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"cannot write here: {_shown(folder)} is a file, not a folder", where)
    try:
        if folder == target.parent:
            fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
            os.close(fd)
            os.unlink(probe)
        else:
            os.rmdir(tempfile.mkdtemp(prefix=".northeast-text.", suffix=".part", dir=folder))
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", where) from None


def prepare_outputs(outputs: Sequence[str | Path | None], inputs: Iterable[str | Path | None]) -> None:
    """Refuse outputs that are inputs or share a path, and outputs that cannot
    be written; call before any work is done."""
    refuse_overwriting_inputs(outputs, inputs)
    for out in outputs:
        check_writable(out)


def _shown(folder: Path) -> str:
    """``folder`` as the user would recognise it: relative when under the cwd."""
    try:
        return str(folder.relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def _existing_ancestor(folder: Path) -> Path:
    """``folder`` or its nearest ancestor that exists (a file or a folder)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder

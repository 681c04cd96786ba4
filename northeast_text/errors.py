"""The one documented error type for bad input, and its message form.

Every problem a user can cause (a bad file, a bad option, a bad lexicon line)
raises :class:`InputError`.  The CLI prints ``str(error)`` on one line and
exits with code 2; a traceback is shown only with ``--debug``.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file (and line) and says what was expected."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return f"{where}{self.message}"


class Terminated(KeyboardInterrupt):
    """SIGTERM (``timeout``, ``docker stop``, a cancelled CI job), handled like Ctrl-C.

    A subclass of KeyboardInterrupt, so every clean-up written for Ctrl-C
    (stopping workers, keeping finished work, removing partial files) runs
    for it too; the CLI then exits with 143 (128 + SIGTERM).
    """

    exit_code = 143


#: Exit code of an unexpected exception (a bug): distinct from 1 (findings) and 2 (bad input).
INTERNAL_ERROR_EXIT = 3

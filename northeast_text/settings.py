"""Settings that change the result, and their signature string.

Like sacrebleu's signature, :meth:`Settings.signature` records every option
that affects the output, so a TEI file or report says how it was made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from . import __version__

DEFAULT_LINK_TYPES = ("0-1", "1-0", "1-1", "1-2", "2-1", "1-3", "3-1", "2-2")


@dataclass(frozen=True, slots=True)
class Settings:
    link_types: tuple[str, ...] = DEFAULT_LINK_TYPES
    use_numbers: bool = True  # numeric anchors in the aligner
    use_names: bool = True  # name anchors in the aligner
    rate: Decimal | None = None  # --rate: CNY per USD, overrides the declared rate
    lexicons: tuple[str, ...] = ()  # extra lexicon files merged over the built-in one
    checks: tuple[str, ...] = ()  # empty: every registered check
    translation_only: bool = False
    lexicon_digest: str = field(default="", compare=False)

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def signature(self) -> str:
        """A compact string naming every setting that changes the result."""
        parts = [
            f"nt:{__version__}",
            "links:" + ",".join(self.link_types),
            f"num:{'yes' if self.use_numbers else 'no'}",
            f"names:{'yes' if self.use_names else 'no'}",
            f"rate:{self.rate if self.rate is not None else 'text'}",
            "lex:builtin" + "".join("+" + _digest(p) for p in self.lexicons),
            "checks:" + (",".join(self.checks) if self.checks else "all"),
            f"mode:{'translation-only' if self.translation_only else 'pair'}",
        ]
        return "|".join(parts)


def _digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:8]
    except OSError:
        return "missing"

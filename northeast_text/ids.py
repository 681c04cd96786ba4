"""XML-safe ids made from names (pair folders, file names), one way for the whole package."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def safe_id(name: str) -> str:
    """An XML-safe id made from a folder or file name.

    Han characters become pinyin (东北 -> dongbei), accents are dropped
    (Zürich -> Zurich); when anything else is lost (other scripts, symbols), a
    short hash of the name is added, so two different names never share an id
    by accident.  An id never starts with a digit.
    """
    spelled = name
    if not name.isascii():
        from pypinyin import lazy_pinyin  # lazy: loads its dictionaries

        spelled = "".join(lazy_pinyin(name, errors=lambda chars: chars))
    kept = "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c))
    ascii_ = kept.encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_).strip("-.")
    if ascii_ != kept or not cleaned:
        cleaned = (cleaned or "pair") + "-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return cleaned if cleaned[0].isalpha() or cleaned[0] == "_" else "p" + cleaned

"""Reading the package data under ``northeast_text/resources/``, one way.

A data file is named by its parts below that folder:
``read_text("html", "review.css")``, ``read_lines("numbers", "label_words.txt")``,
``read_json("checks", "messages.json")``.  Nothing here caches: the callers
keep what they parse (word sets, compiled patterns) for the life of the process.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(*parts: str) -> str:
    """The text of a data file (UTF-8)."""
    node = resources.files("northeast_text").joinpath("resources")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def read_lines(*parts: str) -> list[str]:
    """The lines of a data file, blank lines and ``#`` comment lines left out
    (the other lines as written, leading and trailing blanks kept)."""
    return [line for line in read_text(*parts).splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_json(*parts: str) -> Any:
    """A JSON data file, parsed."""
    return json.loads(read_text(*parts))

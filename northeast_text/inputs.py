"""One side of a pair, whatever file it comes in: markdown, plain text, HTML or Word.

:mod:`.readers` reads text formats; :mod:`.formats` reads the files
translators hold (Word by its content; an XLIFF or TMX file given as one side
is refused, since it holds both).  This module chooses between them, so that
neither has to know the other.
"""

from __future__ import annotations

from pathlib import Path

from .model import Document


def read_side(
    path: str | Path, lang: str | None = None, format: str | None = None, max_size: float | None = None
) -> Document:
    """Read one side (``"-"``: stdin) into a :class:`Document`; see :func:`readers.read_document`
    for the size limit and :func:`side_from_bytes` for the formats."""
    from .readers import _display, _read_bytes

    return side_from_bytes(_read_bytes(path, max_size), lang, _display(path) or str(path), format)


def side_from_bytes(data: bytes, lang: str | None, name: str, format: str | None = None) -> Document:
    """A file's bytes as one side: a Word document (by content), else markdown, plain
    text (``.txt``) or HTML (:func:`formats.html_in.looks_like_html`), decoded as
    :func:`readers.decode_bytes` does."""
    from .formats import side_document
    from .formats.html_in import looks_like_html, parse_html
    from .readers import TEXT_SUFFIXES, decode_bytes, parse_document

    document = side_document(data, lang, name)
    if document is not None:
        return document
    text, encoding = decode_bytes(data, name)
    if format is None and looks_like_html(text, name):
        return parse_html(text, lang, name, encoding)
    if format is None:
        format = "text" if name.lower().endswith(TEXT_SUFFIXES) else "markdown"
    return parse_document(text, lang, path=name, format=format, encoding=encoding)

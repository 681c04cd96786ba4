"""northeast-text: align a Chinese original with its English translation and
report what the translation did to the facts.

Library first: ``northeast_text.pipeline.annotate_files(source, target)``
returns an :class:`~northeast_text.model.AnnotatedPair` that every writer
(TEI, JSON, TMX, HTML) reads.  Heavy libraries (spaCy, jieba) load lazily.
"""

from importlib.metadata import PackageNotFoundError, version

try:  # the one version number is pyproject.toml's, read from the installed metadata
    __version__ = version("northeast-text")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
TOOL_NAME = "northeast-text"

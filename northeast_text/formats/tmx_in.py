"""TMX in: a zh/en translation memory checked unit by unit.

Each ``<tu>`` with a Chinese (``zh*``) and an English (``en*``) variant
becomes one :class:`~northeast_text.formats.Unit` (id: ``tuid``, else
``tu{n}``; line: where the ``<tu>`` starts).  The language is the
variant's ``xml:lang`` (TMX 1.4) or ``lang`` (TMX 1.1); a unit without one
falls back to the header's ``srclang`` for its first variant.  Inline codes
(``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>``) carry no text.  The
file is parsed safely (no DTD, no entities, no network): a DOCTYPE is refused.
"""

from __future__ import annotations

from ..errors import InputError
from .units import Bilingual, Unit, drop_text_tags, lang_base, no_units_error, nonempty_units

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset(("bpt", "ept", "ph", "it", "ut"))


def _seg_text(seg) -> str:
    out: list[str] = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str) and child.tag not in _CODES:
            out.append(_seg_text(child))
        out.append(child.tail or "")
    return "".join(out)


def parse_tmx(data: bytes, path: str) -> Bilingual:
    """Read a TMX memory's zh/en units; refuse a memory without Chinese or English."""
    from ..review import safe_parse_xml

    tree = safe_parse_xml(data, path, expected="a TMX translation memory", external_doctype=True)
    root = tree.getroot()
    if root.tag != "tmx":
        raise InputError(f"root element is <{root.tag}>; expected a TMX memory (<tmx>)", path, root.sourceline)
    header = root.find("header")
    srclang = header.get("srclang") if header is not None else None
    langs: set[str] = set()
    found: list[Unit] = []
    for n, tu in enumerate(root.iter("tu"), 1):
        texts: dict[str, str] = {}
        for i, tuv in enumerate(tu.findall("tuv")):
            lang = lang_base(tuv.get(XML_LANG) or tuv.get("lang") or (srclang if i == 0 else None))
            seg = tuv.find("seg")
            langs.add(lang or "?")
            if seg is not None and lang in ("zh", "en") and lang not in texts:
                texts[lang] = _seg_text(seg)
        if texts:
            source, target = drop_text_tags(texts.get("zh", ""), texts.get("en", ""))
            found.append(Unit(tu.get("tuid") or f"tu{n}", source, target, tu.sourceline or 0))
    missing = [name for code, name in (("zh", "Chinese (zh)"), ("en", "English (en)")) if code not in langs]
    if missing:
        have = ", ".join(sorted(langs)) or "none"
        raise InputError(f"no {' and no '.join(missing)} variants (languages found: {have}); "
                         "expected a zh/en translation memory", path)
    units, untranslated = nonempty_units(found)
    if not units:
        raise no_units_error("TMX", len(untranslated), path)
    return Bilingual(path=path, format="tmx", units=units, version=root.get("version", ""),
                     untranslated=untranslated)

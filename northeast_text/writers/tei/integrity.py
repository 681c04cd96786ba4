"""What the schema cannot check (TEI's Schematron rules), in Python."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .markup import XML_ID, local

if TYPE_CHECKING:
    from lxml import etree

_POINTER_ATTRS = ("target", "ref", "ana", "corresp", "resp", "from", "to", "sameAs")


def integrity_errors(root: etree._Element | etree._ElementTree) -> list[str]:
    """What the schema cannot check (TEI's Schematron rules), in Python.

    - xml:ids are unique;
    - every local pointer (``#id`` in @target, @ref, @ana, @corresp, @resp,
      @from, @to, @sameAs) resolves to an xml:id of the document;
    - every ``<link>`` has at least two targets, every ``<ptr>`` and
      ``<span>`` at least one (``<span>``: @target or @from).
    """
    if hasattr(root, "getroot"):
        root = root.getroot()
    errors: list[str] = []
    ids: dict[str, int] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        xid = el.get(XML_ID)
        if xid is not None:
            ids[xid] = ids.get(xid, 0) + 1
    for xid, count in sorted(ids.items()):
        if count > 1:
            errors.append(f"xml:id {xid!r} used {count} times")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = local(el.tag)
        where = f"<{name}{' xml:id=' + repr(el.get(XML_ID)) if el.get(XML_ID) else ''}"
        where += f" line {el.sourceline}>" if el.sourceline else ">"
        for attr in _POINTER_ATTRS:
            value = el.get(attr)
            if value is None:
                continue
            for token in value.split():
                if token.startswith("#") and token[1:] not in ids:
                    errors.append(f"{where} @{attr} points at missing {token}")
        targets = (el.get("target") or "").split()
        if name == "link" and len(targets) < 2:
            errors.append(f"{where} has {len(targets)} target(s); a link needs at least 2")
        if name == "ptr" and not targets and el.get("cRef") is None:
            errors.append(f"{where} has no target")
        if name == "span" and not targets and el.get("from") is None:
            errors.append(f"{where} has neither @target nor @from")
    return errors

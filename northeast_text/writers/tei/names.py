"""Names in TEI: inline ``<placeName>``/``<orgName>``/``<persName>`` pointing (``@ref``)
at one record per named thing in ``<standOff>`` (``<listPlace>``, ``<listOrg>``,
``<listPerson>``) that holds both languages' forms.

A lexicon entry's record carries ``<idno type="lexicon">``; a name outside the
lexicon that transliteration links across the pair gets a record with its
pinyin (``xml:lang="zh-Latn-pinyin"``) and no idno.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import AnnotatedPair, Entity
from .inline import RANK_NAME, Span
from .markup import XML_ID, XML_LANG, Ids, lang_tag, ncname, sub

if TYPE_CHECKING:
    from lxml import etree

ENTITY_TAGS = {"place": "placeName", "org": "orgName", "person": "persName"}
ENTITY_LISTS = (("place", "listPlace", "place"), ("org", "listOrg", "org"),
                ("person", "listPerson", "person"))
PINYIN_TAG = "zh-Latn-pinyin"  # the pinyin form of a name linked by transliteration
TRANSLIT_PREFIX = "translit."  # record keys of names outside the lexicon (no lexicon idno)


class NameRecords:
    """The standOff records of a pair's names, filled as the names are marked up."""

    def __init__(self, ids: Ids) -> None:
        self.ids = ids
        # (type, key) -> xml:id ; names per record and language
        self.records: dict[tuple[str, str], str] = {}
        self.record_names: dict[tuple[str, str], dict[str, list[str]]] = {}
        # names linked only by transliteration (no lexicon entry): entity span -> record
        self.translit_refs: dict[tuple[str, int, int], tuple[str, str]] = {}

    def add_transliterated(self, pair: AnnotatedPair) -> None:
        """Records for names outside the lexicon that transliteration links across the pair:
        the Chinese and English forms and the pinyin, and no lexicon idno."""
        from ... import translit
        from ...namelinks import name_links

        for names in name_links(pair):
            for link in names.links:
                s, t = link.source, link.target
                if link.via not in ("pinyin", "dictionary") or s.key or s.type not in ENTITY_TAGS:
                    continue
                pinyin = translit.romanise(s.text, s.type)
                rec = (s.type, f"{TRANSLIT_PREFIX}{ncname(translit.letters(pinyin))}")
                if rec not in self.records:
                    self.records[rec] = self.ids.make(f"{s.type}.{rec[1]}")
                    self.record_names[rec] = {PINYIN_TAG: [pinyin]}
                for e in (s, t):
                    forms = self.record_names[rec].setdefault(e.lang, [])
                    surface = " ".join(e.text.split())
                    if surface and surface not in forms:
                        forms.append(surface)
                    self.translit_refs[(e.block, e.start, e.end)] = rec

    def span(self, ent: Entity, seq: int) -> Span:
        """A name's inline span, with ``@ref`` to its record when it has one."""
        tag = ENTITY_TAGS.get(ent.type)
        attrs: dict[str, str] = {}
        if tag is None:
            tag = "name"
            attrs["type"] = ncname(ent.type or "unknown")
        rec_t = self.translit_refs.get((ent.block, ent.start, ent.end))
        if not ent.key and rec_t is not None and rec_t[0] == ent.type:
            attrs["ref"] = "#" + self.records[rec_t]
        elif ent.key and ent.type in ENTITY_TAGS:
            rec = (ent.type, ent.key)
            if rec not in self.records:
                self.records[rec] = self.ids.make(f"{ent.type}.{ent.key}")
                self.record_names[rec] = {}
            names = self.record_names[rec].setdefault(ent.lang or _block_lang(ent.block), [])
            surface = " ".join(ent.text.split())
            if surface and surface not in names:
                names.append(surface)
            attrs["ref"] = "#" + self.records[rec]
        return Span(ent.start, ent.end, RANK_NAME, [(tag, attrs)], seq, kind="name")

    def write_lists(self, so: etree._Element, name_tags: dict[str, str]) -> None:
        """``<listPlace>``, ``<listOrg>``, ``<listPerson>`` (those with records) into ``so``.

        ``name_tags``: the xml:lang of the names of each entity language."""
        for etype, list_tag, item_tag in ENTITY_LISTS:
            recs = [(rec, xid) for rec, xid in self.records.items() if rec[0] == etype]
            if not recs:
                continue
            lst = sub(so, list_tag)
            for rec, xid in sorted(recs, key=lambda r: r[1]):
                item = sub(lst, item_tag)
                item.set(XML_ID, xid)
                names = self.record_names[rec]
                for lang in sorted(names, key=lambda code: (code != "zh", code)):
                    for surface in names[lang]:
                        n = sub(item, ENTITY_TAGS[etype], surface)
                        n.set(XML_LANG, name_tags.get(lang, lang_tag(lang)))
                if not rec[1].startswith(TRANSLIT_PREFIX):
                    sub(item, "idno", rec[1], type="lexicon")


def _block_lang(block_id: str) -> str:
    return block_id.split("-", 1)[0] if "-" in block_id else ""

"""Block roles of a document whose lines recur: a text's own facts are read once
(`readers._classify`), its place still decides its role (title, heading or paragraph
by what follows; a numbered line as heading, list item or note entry)."""

from __future__ import annotations

from northeast_text.readers import parse_document

_EN = ("Harbin Winter\n\nHarbin Winter\n\n"
       "The ice festival drew more visitors this year than in any year before it.\n\n"
       "Harbin Winter\n\nHarbin Winter\n\n1. Tickets\n\n"
       "The park sells tickets at the gate and online, at two prices.\n\n"
       "1. Tickets\n\n1. Tickets\n\n- Tickets\n\n- Tickets\n\nNotes\n\n1. Tickets\n\nHarbin Winter\n")
_ZH = ("哈尔滨之冬\n\n哈尔滨之冬\n\n今年冰雪节的游客比往年都多，门票在入口和网上出售，分两种价格。\n\n"
       "哈尔滨之冬\n\n一、门票\n\n公园在入口和网上出售门票，分两种价格，儿童半价，老人免费。\n\n一、门票\n\n一、门票\n")


def test_a_recurring_line_takes_the_role_its_place_gives_it():
    roles = [b.role for b in parse_document(_EN, "en").blocks]
    assert roles == ["title", "heading", "paragraph", "paragraph", "paragraph", "heading", "paragraph",
                     "list-item", "list-item", "list-item", "list-item", "notes-heading", "note-entry",
                     "paragraph"]


def test_a_recurring_chinese_line_takes_the_role_its_place_gives_it():
    roles = [b.role for b in parse_document(_ZH, "zh").blocks]
    assert roles == ["title", "heading", "paragraph", "paragraph", "heading", "paragraph", "list-item",
                     "list-item"]


def test_many_recurring_lines_read_as_one_line_alone():
    alone = [b.role for b in parse_document("Harbin Winter\n\n1. Tickets\n\nab 1\n", "en").blocks]
    many = [b.role for b in parse_document("Harbin Winter\n\n" + "1. Tickets\n\nab 1\n\n" * 300, "en").blocks]
    assert many[:3] == alone and set(many[1::2]) == {alone[1]} and set(many[2::2]) == {alone[2]}

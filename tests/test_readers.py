"""Tests for northeast_text.readers: encodings, blocks, plain text, marks, roles, errors."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

from northeast_text.errors import InputError
from northeast_text.model import ROLES
from northeast_text.readers import (
    FORMAT_DESCRIPTIONS,
    MAX_LISTED,
    decode_bytes,
    detect_language,
    parse_document,
    plain_text,
    read_document,
    split_blocks,
)

ZH_SAMPLE = "东北振兴战略实施至今已满二十年。\n\n中央对东北可谓高度重视。\n"
EN_SAMPLE = "---\ntitle: A Title\n---\n\n# A Title\n\nFirst paragraph.\n"


def gold_normalize(block: str) -> str:
    """check_gold.py's normalize (emphasis and escapes removed)."""
    block = re.sub(r"\\(.)", r"\1", block)
    return block.replace("*", "").replace("_", "").strip()


def gold_split(text: str) -> list[str]:
    """check_gold.py's split_blocks, restated."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                lines = lines[i + 1:]
                break
    blocks, cur = [], []
    for line in lines:
        if line.strip() == "":
            if cur:
                blocks.append("\n".join(cur))
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append("\n".join(cur))
    return blocks


# ---------------------------------------------------------------- bundled pair


@pytest.fixture(scope="module")
def gold(northeast_dir):
    return json.loads((northeast_dir / "gold.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def zh_doc(northeast_dir):
    return read_document(northeast_dir / "zh.md")


@pytest.fixture(scope="module")
def en_doc(northeast_dir):
    return read_document(northeast_dir / "en.md")


def test_bundled_block_counts(zh_doc, en_doc, gold):
    assert len(zh_doc.blocks) == len(gold["blocks"]["zh"]) == 71
    assert len(en_doc.blocks) == len(gold["blocks"]["en"]) == 63


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bundled_prefixes(lang, zh_doc, en_doc, gold):
    doc = zh_doc if lang == "zh" else en_doc
    for block, prefix in zip(doc.blocks, gold["blocks"][lang]):
        if any(m.kind == "link" for m in block.marks):
            # gold prefixes keep link brackets (only * _ and escapes removed)
            assert gold_normalize(block.raw).startswith(prefix), (block.id, prefix)
        else:
            assert block.text.startswith(prefix), (block.id, block.text[:40], prefix)


def test_bundled_ids_lines_raw(zh_doc, en_doc, northeast_dir):
    for doc in (zh_doc, en_doc):
        lines = (northeast_dir / f"{doc.lang}.md").read_text("utf-8").split("\n")
        for n, b in enumerate(doc.blocks):
            assert b.n == n and b.id == f"{doc.lang}-b{n}" and b.lang == doc.lang
            assert b.role in ROLES
            first = b.raw.split("\n")[0]
            assert lines[b.line - 1] == first
    assert en_doc.blocks[0].line == 7  # front matter lines are counted
    assert zh_doc.blocks[0].line == 1


def test_bundled_language_and_meta(zh_doc, en_doc):
    assert zh_doc.lang == "zh" and en_doc.lang == "en"
    assert en_doc.meta["title"] == "Wang Mingyuan on China's Northeast"
    assert en_doc.meta["date"] == "2025-11-18"
    assert en_doc.meta["sourceUrl"].startswith("https://www.readingthechinadream.com/")
    assert zh_doc.meta == {}
    assert en_doc.encoding == "utf-8" and en_doc.format == "markdown"


def test_bundled_roles(zh_doc, en_doc):
    en = [b.role for b in en_doc.blocks]
    zh = [b.role for b in zh_doc.blocks]
    assert en[0] == "title"
    assert en[13] == "heading" and en_doc.blocks[13].text == "One"
    for n in (30, 44, 56):
        assert en[n] == "heading"
    assert en[61] == "notes-heading" and en_doc.blocks[61].text == "Notes"
    assert en[62] == "note-entry"
    assert all(en[n] == "list-item" for n in range(4, 10))
    assert en[11] == "paragraph"  # "Note: I have corrected ..." is prose, not a notes heading
    assert zh[0] == "title"
    assert zh[8] == "heading" and zh_doc.blocks[8].text == "一"
    for n in (35, 51, 64):
        assert zh[n] == "heading"
    assert all(zh[n] == "list-item" for n in range(2, 8))
    assert zh.count("paragraph") >= 55


def test_bundled_plain_text(en_doc, zh_doc):
    b0 = en_doc.blocks[0]
    assert "**" not in b0.text and b0.text.endswith("Base Areas”[1]")
    assert b0.marks[0].kind == "strong" and (b0.marks[0].start, b0.marks[0].end) == (0, len(b0.text))
    assert en_doc.blocks[4].text.startswith('"1. Since 2003, financial')
    assert "  " not in en_doc.blocks[3].text and not en_doc.blocks[3].text.endswith(" ")
    assert zh_doc.blocks[2].text.startswith("1. 2003年以来")


def test_bundled_link_mark(en_doc):
    b = en_doc.blocks[62]
    links = [m for m in b.marks if m.kind == "link"]
    assert len(links) == 1
    link = links[0]
    assert link.target == "https://mp.weixin.qq.com/s/Jk4KKRvkkPD13-2DCN-fiw"
    assert b.text[link.start:link.end] == "东北为何屡振不兴？老工业基地振兴战略20周年再思考"
    assert b.text.startswith("[1]王明远, “东北为何")


def test_blocks_match_gold_split(northeast_dir):
    for name in ("zh.md", "en.md"):
        text = (northeast_dir / name).read_text("utf-8")
        doc = parse_document(text, None)
        assert [b.raw for b in doc.blocks] == gold_split(text)


# ---------------------------------------------------------------- plain text


def test_inline_markdown():
    text, marks = plain_text("A *b* and **c** [d](http://x.org) `e()` \\[1\\] <b>f</b>")
    assert text == "A b and c d e() [1] f"
    kinds = {m.kind: text[m.start:m.end] for m in marks}
    assert kinds == {"emphasis": "b", "strong": "c", "link": "d", "code": "e()"}
    assert [m.target for m in marks if m.kind == "link"] == ["http://x.org"]


def test_inline_html_tags_are_dropped_and_their_text_kept():
    assert plain_text("产量达到1557.6亿斤<sup>[1]</sup>，<span style='x'>增长</span>2.7%<br>下一行")[0] == (
        "产量达到1557.6亿斤[1]，增长2.7%下一行")
    assert plain_text("Output rose<br/>2.7% <!-- note --> in <b>2023</b>; 5 <10 and a<b")[0] == (
        "Output rose 2.7% in 2023; 5 <10 and a<b")
    assert plain_text("<https://example.org/a> and <x@y.org>")[0] == "https://example.org/a and x@y.org"


def test_line_joining():
    assert plain_text("one  \ntwo\nthree")[0] == "one two three"
    assert plain_text("中文第一行\n第二行")[0] == "中文第一行第二行"
    assert plain_text("中文，\n“引号”")[0] == "中文，“引号”"
    assert plain_text("中文\nEnglish")[0] == "中文 English"
    assert plain_text("约为\n5800万亩，增长2.7\n%")[0] == "约为5800万亩，增长2.7%"
    assert plain_text("*面积*为2.\n58亿亩，达到1\n,557.6亿斤")[0] == "面积为2.58亿亩，达到1,557.6亿斤"
    assert plain_text("in 2023\n2024 was")[0] == "in 2023 2024 was"
    assert plain_text("high-\nstandard land, 12-\n15 million, a -\nb")[0] == "high-standard land, 12-15 million, a - b"
    assert plain_text("*high*-\nstandard")[0] == "high-standard"
    assert plain_text("达到1557\n亿斤，又如\n\u00bd")[0] == "达到1557亿斤，又如 \u00bd"
    assert plain_text("  padded *line*  \n   next  ")[0] == "padded line next"
    assert plain_text("a\tb\n c", format="text")[0] == "a\tb c"


def test_mark_across_line_break():
    text, marks = plain_text("see **bold\ntext** end")
    assert text == "see bold text end"
    (m,) = marks
    assert text[m.start:m.end] == "bold text"


def test_list_markers_kept_and_headings_stripped():
    doc = parse_document("# Heading One #\n\n1\\. Since 2003\n\n1. Plain\n\n> quoted *x*\n", "en")
    assert [b.text for b in doc.blocks] == ["Heading One", "1. Since 2003", "1. Plain", "quoted x"]
    assert [b.role for b in doc.blocks][:3] == ["title", "list-item", "list-item"]


def test_setext_heading():
    doc = parse_document("Intro para here.\n\nSection\n-------\n\nBody text that is long enough.\n", "en")
    assert doc.blocks[1].text == "Section" and doc.blocks[1].role == "heading"


def test_text_format_no_markdown(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("标题\n\n*不是强调* [1] \\[x\\]\n第二行。\n", "utf-8")
    doc = read_document(p)
    assert doc.format == "text"
    assert doc.blocks[1].text == "*不是强调* [1] \\[x\\] 第二行。"
    assert doc.blocks[1].marks == ()
    assert doc.blocks[0].role == "title"


# ---------------------------------------------------------------- roles


def test_roles_generic():
    src = "\n\n".join([
        "**The Title**", "Part One", "_A short emphasised heading_", "II.",
        "Some ordinary paragraph that ends with a period.", "- a bullet item",
        "• another item", "（1）第一项内容。", "1) an item", "Endnotes:",
        "[1] A note.", "^2 Another note.", "① 第三个注。", "Plain prose after notes.",
    ])
    roles = [b.role for b in parse_document(src, "en").blocks]
    assert roles == [
        "title", "heading", "heading", "heading", "paragraph", "list-item",
        "list-item", "list-item", "list-item", "notes-heading", "note-entry",
        "note-entry", "note-entry", "paragraph",
    ]


def test_roles_zh():
    src = "\n\n".join([
        "一篇文章的标题", "第一章", "（二）", "一、第一项内容。", "1、第二项内容。",
        "正文段落，说明一些事情。", "注释", "①第一个注。", "[2]第二个注。",
    ])
    roles = [b.role for b in parse_document(src, "zh").blocks]
    assert roles == [
        "title", "heading", "heading", "list-item", "list-item", "paragraph",
        "notes-heading", "note-entry", "note-entry",
    ]


def test_title_from_front_matter():
    src = "---\ntitle: Long Title Of The Piece That Goes On And On Past Twelve Words For Sure Now\n---\n" \
          "Long Title Of The Piece That Goes On And On Past Twelve Words For Sure Now\n\nBody.\n"
    assert parse_document(src, "en").blocks[0].role == "title"


def test_short_plain_heading_needs_longer_follower():
    doc = parse_document("Intro text that is a sentence.\n\nBackground\n\n" + "Long paragraph. " * 10, "en")
    assert doc.blocks[1].role == "heading"
    doc = parse_document("Intro text that is a sentence.\n\nok then\n\nshort one", "en")
    assert doc.blocks[1].role == "paragraph"


# ---------------------------------------------------------------- language


def test_detect_language():
    assert detect_language("东北振兴战略实施至今已满二十年。GDP 增长") == "zh"
    assert detect_language("The Northeast (东北) declined.") == "en"
    assert detect_language("12345 ---") == "en"


def test_explicit_language():
    doc = parse_document("Hello world.", "zh-Hans")
    assert doc.lang == "zh" and doc.blocks[0].id == "zh-b0"
    with pytest.raises(InputError, match="unsupported language"):
        parse_document("Hello", "fr", path="x.md")


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "data,encoding",
    [
        (ZH_SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ZH_SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + ZH_SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + ZH_SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (ZH_SAMPLE.encode("utf-16"), "utf-16-le" if sys.byteorder == "little" else "utf-16-be"),
        (ZH_SAMPLE.encode("gb18030"), "gb18030"),
        (ZH_SAMPLE.encode("gbk"), "gb18030"),
    ],
)
def test_encodings(tmp_path, data, encoding):
    text, enc = decode_bytes(data, "x.md")
    assert enc == encoding
    assert text == ZH_SAMPLE
    p = tmp_path / "zh.md"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.encoding == encoding and doc.lang == "zh"
    assert [b.text for b in doc.blocks] == ["东北振兴战略实施至今已满二十年。", "中央对东北可谓高度重视。"]


def test_charset_normalizer_fallback():
    text = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade d\u00e9j\u00e0 vu. " * 20
    out, enc = decode_bytes(text.encode("cp1252"), "x.md")
    # single-byte Latin code pages are ambiguous: check what they agree on
    assert enc not in ("utf-8", "gb18030") and out.startswith("Café") and len(out) == len(text)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_endings(newline):
    lines = ["---", "title: T", "---", "", "Line one", "line two", "", "Next block."]
    if newline == "mixed":
        src = "\r\n".join(lines[:4]) + "\n" + lines[4] + "\r" + "\n".join(lines[5:])
    else:
        src = newline.join(lines)
    doc = parse_document(src, "en")
    assert doc.meta == {"title": "T"}
    assert [b.text for b in doc.blocks] == ["Line one line two", "Next block."]
    assert [b.line for b in doc.blocks] == [5, 8]
    assert all("\r" not in b.raw for b in doc.blocks)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EN_SAMPLE.encode("utf-8"))))
    doc = read_document("-")
    assert doc.meta["title"] == "A Title" and doc.blocks[0].role == "title"


def test_blank_line_with_whitespace_separates():
    doc = parse_document("a\n \t \nb\n\u3000\nc", "en")
    assert [b.text for b in doc.blocks] == ["a", "b", "c"]
    assert [b.line for b in doc.blocks] == [1, 3, 5]


def test_meta_values_are_strings():
    doc = parse_document("---\ntitle: T\ndate: 2023-10-16\nn: 3\nauthor: [A, B]\nok: true\n---\nx\n", "en")
    assert doc.meta == {"title": "T", "date": "2023-10-16", "n": "3", "author": "A, B", "ok": "true"}


# ---------------------------------------------------------------- errors


def _err(func, *args, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        func(*args, **kw)
    msg = str(info.value)
    assert "\n" not in msg
    return info.value


def test_missing_file(tmp_path):
    e = _err(read_document, tmp_path / "nope.md")
    assert "nope.md" in str(e) and "no such file" in str(e)


def test_folder(tmp_path):
    e = _err(read_document, tmp_path)
    assert str(tmp_path) in str(e) and "folder" in str(e)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable(tmp_path):
    p = tmp_path / "secret.md"
    p.write_text("text", "utf-8")
    p.chmod(0)
    try:
        e = _err(read_document, p)
    finally:
        p.chmod(0o644)
    assert "secret.md" in str(e) and "permission" in str(e)


@pytest.mark.parametrize(
    "data,needle",
    [
        (b"", "empty file"),
        (b" \n\t\r\n  \n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"abc\x00def", "binary"),
        (b"---\ntitle: x\n\nno closing line\n", "never closed"),
        (b"---\ntitle: x\n---\n\n  \n", "no text after the front matter"),
        (b"\xff\xfe\x00\xd8", "not valid UTF-16"),
    ],
)
def test_read_errors(tmp_path, data, needle):
    p = tmp_path / "bad.md"
    p.write_bytes(data)
    e = _err(read_document, p)
    assert str(e).startswith(str(p)) and needle in str(e)
    assert e.path == str(p)


def test_bom_less_utf16_hint():
    e = _err(decode_bytes, "Hello world".encode("utf-16-le"), "u.md")
    assert "binary" in str(e) and "byte-order mark" in str(e)


@pytest.mark.parametrize(
    "char,code",
    [("\x01", "U+0001"), ("\x0b", "U+000B"), ("\x1f", "U+001F"), ("\ufffe", "U+FFFE"),
     ("\uffff", "U+FFFF"), ("\ud800", "U+D800"), ("\x00", "U+0000")],
)
def test_illegal_xml_characters_are_dropped_with_a_warning(char, code):
    doc = parse_document(f"ok line\n\nbad {char} here\n", "en", path="t.md")
    assert doc.blocks[1].text == "bad  here"
    kind = "lone surrogate" if code == "U+D800" else "character"
    assert doc.warnings == (f"t.md:3: {kind} {code} at column 5 dropped (control character or non-character)",)


def test_many_control_characters_are_counted_not_listed():
    doc = parse_document("ok\n\n" + "a\x07" * 25 + "\n", "en", path="t.md")
    assert doc.blocks[1].text == "a" * 25
    assert len(doc.warnings) == MAX_LISTED + 1 and doc.warnings[-1].startswith("t.md: 15 more")


def test_form_feed_is_a_block_break():
    doc = parse_document("Title\n\nPage one ends.\fPage two starts.\n\fPage three.\n", "en")
    assert [b.text for b in doc.blocks] == ["Title", "Page one ends.", "Page two starts.", "Page three."]
    assert doc.warnings == ()


def test_nul_in_bytes_is_binary_and_names_the_supported_formats():
    e = _err(decode_bytes, b"PK\x03\x04\x00\x00word/document.xml", "r.docx")
    assert str(e).startswith("r.docx: binary file (contains NUL bytes); supported formats: ")
    for description in FORMAT_DESCRIPTIONS.values():
        assert description in str(e)


def test_illegal_character_from_utf16_file(tmp_path):
    p = tmp_path / "c.md"
    p.write_bytes(b"\xff\xfe" + "line\n\x07bell\n".encode("utf-16-le"))
    doc = read_document(p)
    assert doc.blocks[0].text == "line bell" and len(doc.warnings) == 1
    assert doc.warnings[0].startswith(f"{p}:2: character U+0007 at column 1 dropped")


def test_invalid_yaml_names_line():
    e = _err(parse_document, "---\ntitle: ok\ndate: [unclosed\nx: y\n---\nbody\n", "en", path="f.md")
    assert e.path == "f.md" and e.line is not None and 3 <= e.line <= 5
    assert "YAML" in str(e)


def test_front_matter_not_mapping():
    e = _err(parse_document, "---\n- a\n- b\n---\nbody\n", "en", path="f.md")
    assert "not a mapping" in str(e) and "f.md" in str(e)


def test_undecodable(tmp_path):
    p = tmp_path / "rand.md"
    p.write_bytes(bytes(range(1, 256)) * 40)
    e = _err(read_document, p)
    assert "rand.md" in str(e)


# ---------------------------------------------------------------- large input


def test_one_megabyte_block():
    line = "word " * 20 + "\n"
    src = line * (1_000_000 // len(line))
    doc = parse_document("*start* " + src + "\n\nnext", "en")
    assert len(doc.blocks) == 2
    assert len(doc.blocks[0].text) > 900_000
    assert doc.blocks[1].line == src.count("\n") + 3


def test_one_megabyte_single_line_and_blank_line():
    doc = parse_document("x" * 1_000_000 + "\n" + " " * 1_000_000 + "\n" + "y", "en")
    assert [len(b.text) for b in doc.blocks] == [1_000_000, 1]


def test_split_blocks_helper():
    assert split_blocks("a\nb\n\n\nc") == [(1, "a\nb"), (5, "c")]


def test_permission_error_is_input_error(tmp_path, monkeypatch):
    """Same path as test_unreadable, but also runs as root (where chmod 0 is no bar)."""
    p = tmp_path / "locked.md"
    p.write_text("text", "utf-8")

    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == p:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    e = _err(read_document, p)
    assert "locked.md" in str(e) and "permission denied" in str(e)


def test_undecodable_names_line_and_offset():
    data = "第一行\n第二行\n".encode() + b"\xff\xfe\xfd\x80" * 3 + b"\x81"
    e = _err(decode_bytes, data, "t.md")
    assert e.line == 3 and "offset" in str(e) and str(e).startswith("t.md:3:")


# ------------------------------------------------- one paragraph per line

ZH_LINES = [
    "东北粮食产量创新高",
    "新华社北京3月5日电 2023年，黑龙江省粮食总产量达到1557.6亿斤，比上年增长2.7%。",
    "全省耕地面积为2.58亿亩，其中水稻种植面积约为5800万亩。",
    "图为黑龙江省佳木斯市的稻田。（新华社记者 王建 摄）",
    "农业农村厅表示，今年将投入120亿元用于高标准农田建设。",
]
EN_LINES = [
    "Northeast grain output hits record",
    "BEIJING, March 5 (Xinhua) -- In 2023, Heilongjiang's total grain output reached "
    "155.76 billion jin, up 2.7% from the previous year.",
    "The province has 258 million mu of farmland, of which about 58 million mu is planted with rice.",
    "Photo shows paddy fields in Jiamusi, Heilongjiang Province. (Xinhua/Wang Jian)",
    "The provincial agriculture department said it would invest 12 billion yuan this year.",
]


@pytest.mark.parametrize("lines", [ZH_LINES, EN_LINES, ["　　" + line for line in ZH_LINES]])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_one_paragraph_per_line_is_one_block_per_line(lines, fmt):
    doc = parse_document("\n".join(lines) + "\n", None, format=fmt)
    assert [b.text for b in doc.blocks] == [line.strip() for line in lines]
    assert [b.line for b in doc.blocks] == [1, 2, 3, 4, 5]
    assert doc.blocks[0].role == "title"


def test_line_paragraphs_after_a_blank_line_separated_title():
    doc = parse_document("---\ntitle: T\n---\n\n" + ZH_LINES[0] + "\n\n" + "\n".join(ZH_LINES[1:]), "zh")
    assert [b.line for b in doc.blocks] == [5, 7, 8, 9, 10]


def test_hard_wrapped_paragraphs_stay_whole():
    import textwrap

    wrapped = [textwrap.fill(p, 72) for p in EN_LINES]
    blank_separated = parse_document("\n\n".join(wrapped), "en")
    no_blank_lines = parse_document("\n".join(wrapped), "en")
    expected = [" ".join(p.split()) for p in EN_LINES]
    assert [b.text for b in blank_separated.blocks] == expected
    assert [b.text for b in no_blank_lines.blocks] == expected


@pytest.mark.parametrize("src", [
    "By Liu Wei\nTranslated from the Chinese by Anna Berg\nOriginally published in Energy Review, 2024",
    "- 城镇新增就业5.8万人，完成全年目标的58%，比上年同期多增加了两千人左右。\n"
    "- 6月末城镇调查失业率为5.0%，比上月末下降0.1个百分点。",
    "| 指标 | 数值 |\n|---|---|\n| 耕地面积 | 2.58亿亩 |",
    "One.\nTwo.\nThree.",
    "中文第一行，句子没有\n结束。第二行",
    "The province has 258 million mu of farmland, of which about 58 million.\nmu is planted with rice.",
])
def test_blocks_that_are_not_one_paragraph_per_line_stay_whole(src):
    assert len(parse_document(src, None).blocks) == 1


def test_short_lines_of_a_paragraph_per_line_file_are_blocks_of_their_own():
    lines = ["东北粮食产量创新高", "新华社北京3月5日电", ZH_LINES[1], "主要数据如下：", ZH_LINES[2],
             "（完）", "责任编辑：李明"]
    assert [b.text for b in parse_document("\n".join(lines) + "\n", "zh").blocks] == lines
    en = "\n".join(EN_LINES[:3] + ["(End)", "Editor: Li Ming"])
    assert [b.text for b in parse_document(en, "en").blocks][-2:] == ["(End)", "Editor: Li Ming"]


def test_markdown_written_one_sentence_per_line_keeps_its_paragraphs():
    first = "The province has 258 million mu of farmland under cultivation this year.\nMost of it is corn."
    second = "The department said it would invest 12 billion yuan in high-standard farmland.\nIt gave no date."
    doc = parse_document(f"{first}\n\n{second}\n", "en")
    assert [b.raw for b in doc.blocks] == [first, second]


def test_unicode_line_and_paragraph_separators():
    doc = parse_document("第一段第一行\u2028第二行。\u2029Second block\x85goes on.", None)
    assert [(b.line, b.text) for b in doc.blocks] == [(1, "第一段第一行第二行。"), (4, "Second block goes on.")]


def test_hard_wrapped_chinese_without_blank_lines():
    paragraphs = [ZH_LINES[1] + ZH_LINES[2], ZH_LINES[4] + ZH_LINES[4]]
    src = "\n".join(p[i:i + 28] for p in paragraphs for i in range(0, len(p), 28))
    assert [b.text for b in parse_document(src, "zh").blocks] == paragraphs


@pytest.mark.parametrize("text, codec, expected", [
    ("The “province” has 258 million mu — café, naïve. It’s 12 billion yuan.", "cp1252", "cp1252"),
    ("The naïve approach.", "cp1252", "cp1252"),  # 0xEF 0x76 is also a GB18030 character
    ("Café résumé, 12 million.", "latin-1", "cp1252"),
    ("东北粮食产量创新高，全省耕地面积为2.58亿亩。", "gbk", "gb18030"),
    ("Energy Review (能源评论) said 5 million.", "gbk", "gb18030"),
    ("使用iPhone手机的人数达到1亿。", "gbk", "gb18030"),
])
def test_western_and_chinese_legacy_encodings(text, codec, expected):
    assert decode_bytes(text.encode(codec)) == (text, expected)


@pytest.mark.parametrize("indent, width, lang, paragraphs", [
    ("    ", 70, "en", EN_LINES[1:3]),
    ("\u3000\u3000", 26, "zh", [ZH_LINES[1] + ZH_LINES[2], ZH_LINES[4] * 2]),
])
def test_indented_first_lines_start_paragraphs_of_a_wrapped_block(indent, width, lang, paragraphs):
    import textwrap

    def wrap(p: str) -> list[str]:
        if lang == "en":
            return textwrap.wrap(p, width)
        return [p[i:i + width] for i in range(0, len(p), width)]

    src = "\n".join(indent + "\n".join(wrap(p)) for p in paragraphs)
    doc = parse_document(src, lang, format="text")
    assert [b.text for b in doc.blocks] == paragraphs


def test_paragraph_per_line_file_with_numbered_items_and_notes():
    lines = ["今年的主要任务包括以下三项：", "１．新建高标准农田１０００万亩；", "２．发放补贴１２０亿元；",
             "３．培训农民２０万人次。", "农业农村厅表示，上述任务将在年底前全部完成，所需资金已经全部落实到位。"]
    doc = parse_document("\n".join(lines), "zh")
    assert [b.text for b in doc.blocks] == lines
    assert [b.role for b in doc.blocks][1:4] == ["list-item"] * 3
    notes = parse_document(f"{EN_LINES[1]}\nNotes\n[1] One jin equals 0.5 kilograms.", "en")
    assert [b.role for b in notes.blocks] == ["paragraph", "notes-heading", "note-entry"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_list_or_table_among_paragraphs_a_line_each_is_a_block_of_its_own(fmt):
    """A plain-text export written one paragraph per line with a bullet list or a
    table in it was one block (the whole file): a list or table line made the block a
    structure.  Each run of such lines is now a block, and the lines between are cut
    as paragraphs."""
    bullets = ["- 城镇新增就业5.8万人，完成全年目标的58%。", "- 6月末城镇调查失业率为5.0%。"]
    table = ["| 指标 | 数值 |", "|---|---|", "| 耕地面积 | 2.58亿亩 |"]
    lines = [ZH_LINES[0], ZH_LINES[1], "主要数据如下：", *bullets, ZH_LINES[2], *table, ZH_LINES[4]]
    doc = parse_document("\n".join(lines) + "\n", "zh", format=fmt)
    assert [b.raw for b in doc.blocks] == [*lines[:3], "\n".join(bullets), ZH_LINES[2], "\n".join(table),
                                           ZH_LINES[4]]
    assert [b.line for b in doc.blocks] == [1, 2, 3, 4, 6, 7, 10]
    assert doc.blocks[3].role == "list-item"
    indented = parse_document("\n".join("\u3000\u3000" + line for line in lines), "zh", format=fmt)
    assert len(indented.blocks) == len(doc.blocks)


@pytest.mark.parametrize("src", [
    "The main figures were these:\n- 58,000 new urban jobs.\n- Unemployment at 5.0%.",  # a lead-in line
    "> 城镇新增就业5.8万人，完成全年目标的58%。\n6月末城镇调查失业率为5.0%。",  # a quote runs on lazily
    "```\nOne.\nTwo.\n```",
])
def test_a_list_with_its_lead_in_and_quotes_and_code_stay_whole(src):
    assert len(parse_document(src, None).blocks) == 1


NUMBERED_SECTIONS = [
    "Rural Pensions in Question",
    "Translator's Introduction",
    "Chen Liqun writes on social policy. I have kept her figures as she gives them.",
    "1. Ageing Is Coming Faster than Expected",
    "In 2020, 264 million people in China were aged 60 or over, 18.7% of the population.",
    "2. Wide Coverage, Low Benefits",
    "In 2024 the minimum pension rose by 20 yuan to 123 yuan a month [Translator's note: about 17 USD].",
]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_numbered_lines_between_paragraphs_are_section_headings(fmt):
    """A plain-text file numbers its sections on lines of their own ("1. Ageing ...",
    "一、老龄化来得比预想更快") where markdown would write "## 1. ...": they are headings,
    so that a translator's preface ends at the first of them."""
    from northeast_text.notes import find_notes

    doc = parse_document("\n".join(NUMBERED_SECTIONS) + "\n", "en", format=fmt)
    assert [b.role for b in doc.blocks][3::2] == ["heading", "heading"]
    zh = parse_document("农村养老问题\n一、老龄化来得比预想更快\n"
                        "第七次全国人口普查显示，2020年我国60岁及以上人口达到2.64亿。\n"
                        "二、覆盖广，水平低\n"
                        "2024年，基础养老金最低标准再提高20元，达到每人每月123元。\n", "zh", format=fmt)
    assert [b.role for b in zh.blocks] == ["title", "heading", "paragraph", "heading", "paragraph"]
    notes = {n.block: (n.kind, n.place) for n in find_notes(doc, None)}
    assert notes["en-b6"] == ("translator", "inline")  # not the preface running on to the end


@pytest.mark.parametrize("lines", [
    ["Three tasks this year:", "1. New farmland", "2. Subsidies", "3. Training", "The department said all three "
     "would be completed before the end of the year, with the funds already allocated."],
    ["今年的主要任务：", "（一）新建高标准农田", "（二）发放补贴",
     "农业农村厅表示，上述任务将在年底前全部完成，所需资金已经全部落实到位。"],
])
def test_numbered_items_in_a_run_stay_list_items(lines):
    doc = parse_document("\n\n".join(lines) + "\n", None)
    assert {b.role for b in doc.blocks[1:-1]} == {"list-item"}


def test_few_lines_of_similar_length_are_not_taken_for_hard_wrapped_text():
    lines = ["2023年，黑龙江省粮食总产量达到1557.6亿斤[1]，比上年增长2.7%。全省耕地面积为2.58亿亩。",
             "注释", "[1] 1斤等于0.5公斤。"]
    assert [b.text for b in parse_document("\n".join(lines), "zh").blocks] == lines


@pytest.mark.parametrize("data, needle", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
     "t.md: a PDF file: copy its text into a .txt file or export it as .docx; "),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}\\f0 \\'b6\\'ab}", "t.md: an RTF document: save it as .docx or as plain text; "),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "t.md: an old binary Office file (.doc): save it as .docx; "),
])
def test_documents_no_reader_reads_are_named(data, needle):
    message = str(_err(decode_bytes, data, "t.md"))
    assert message.startswith(needle) and "supported formats: markdown" in message


def test_two_line_paragraphs_of_a_hard_wrapped_markdown_file_stay_whole():
    import textwrap

    paragraphs = [
        "The province has 258 million mu of farmland under the plough. Most of it is corn and rice.",
        "In 2023, Heilongjiang's total grain output reached 155.76 billion jin. It rose 2.7% from 2022.",
        "The provincial agriculture department said it would invest 12 billion yuan this year in farmland.",
    ]
    src = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    assert textwrap.wrap(paragraphs[1], 72)[0].endswith("jin.")  # a sentence ends where the line is full
    assert [b.text for b in parse_document(src, "en").blocks] == paragraphs

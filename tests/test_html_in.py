"""Tests for northeast_text.formats.html_in: HTML pages and <p> fragments as one side."""

from __future__ import annotations

import pytest

from northeast_text.errors import InputError
from northeast_text.formats.html_in import html_markdown, looks_like_html
from northeast_text.inputs import side_from_bytes

PAGE = """<!DOCTYPE html>
<html><head><title>Grain &amp; rice</title><script>var x = '<p>no</p>';</script></head>
<body>
<div class="x">Intro text in a div, 5 &lt; 6.
<p>First <b>bold</b> and <em>it</em> para.<br>Second line.<br><br>New block after two breaks.</p>
<!-- a comment -->
<ol><li>Item one</li><li>Item <a href="#">two</a><ul><li>nested</li></ul></li></ol>
</div>
<table><tr><th>Area</th><td>2.58亿亩</td></tr></table>
<h2>A * heading #</h2>
</body></html>
"""


def test_page_blocks_roles_marks_and_lines():
    doc = side_from_bytes(PAGE.encode(), "en", "en.html")
    assert doc.format == "html" and doc.meta == {"title": "Grain & rice"}
    assert [b.text for b in doc.blocks] == [
        "Intro text in a div, 5 < 6.", "First bold and it para. Second line.", "New block after two breaks.",
        "1. Item one", "2. Item two", "• nested", "Area", "2.58亿亩", "A * heading #",
    ]
    assert [b.line for b in doc.blocks] == [4, 5, 5, 7, 7, 7, 9, 9, 10]
    assert doc.blocks[-1].role == "heading" and doc.blocks[3].role == "list-item"
    first = doc.blocks[1]
    assert {m.kind: first.text[m.start:m.end] for m in first.marks} == {"strong": "bold", "emphasis": "it"}
    assert all("no</p>" not in b.text for b in doc.blocks)


@pytest.mark.parametrize("name", ["zh.md", "zh.txt", "zh.html"])
def test_paragraph_fragment_in_any_file(name):
    src = "<p>东北粮食产量创新高</p>\n<p>全省耕地面积为2.58亿亩。</p>\n<p>今年将投入120亿元。</p>\n"
    doc = side_from_bytes(src.encode("gb18030"), None, name)
    assert doc.lang == "zh" and doc.format == "html" and doc.encoding == "gb18030"
    assert [b.text for b in doc.blocks] == ["东北粮食产量创新高", "全省耕地面积为2.58亿亩。", "今年将投入120亿元。"]
    assert [b.line for b in doc.blocks] == [1, 2, 3]


@pytest.mark.parametrize("text, expected", [
    ("<div align='center'><img src='x'></div>\n\n# Title\n\nA markdown paragraph.\n\nAnother one.\n", False),
    ("A paragraph that mentions <p> tags.\n", False),
    ("<!-- saved --><p>one</p>\n<p>two</p>", True),
])
def test_markdown_with_some_html_stays_markdown(text, expected):
    assert looks_like_html(text, "en.md") is expected


@pytest.mark.parametrize("page", ["<html><body><script>x</script></body></html>", "<!-- only a comment -->", " \n"])
def test_page_without_text_is_refused(page):
    with pytest.raises(InputError, match=r"^e\.html: the HTML page holds no text$"):
        html_markdown(page, "e.html")


def test_page_nested_too_deep_is_refused_not_truncated():
    with pytest.raises(InputError, match=r"^e\.html:1: HTML elements nested more than 256 deep"):
        html_markdown("<b>" * 5000 + "deep text", "e.html")

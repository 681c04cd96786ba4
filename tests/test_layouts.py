"""Pairs written in layouts the bundled corpus does not use, through the CLI.

Each test writes a small correct zh→en pair in one file convention (one
paragraph per line, hard-wrapped English, other encodings and line endings …)
and checks that ``align`` links paragraph to paragraph, ``check`` finds
nothing and ``annotate`` writes valid TEI.
"""

from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from northeast_text.cli import main

from test_readers import EN_LINES, ZH_LINES


def _write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return str(path)


def _links(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines()[1:] if line.strip()]


def _assert_correct_pair(zh: str, en: str, tmp_path, assert_valid_tei) -> None:
    runner = CliRunner()
    aligned = runner.invoke(main, ["align", zh, en])
    assert aligned.exit_code == 0, aligned.output
    assert _links(aligned.output) == ["1-1"] * len(ZH_LINES), aligned.output
    checked = runner.invoke(main, ["check", zh, en, "--show", "info"])
    assert checked.exit_code == 0 and "No findings." in checked.output, checked.output
    out = tmp_path / "pair.tei.xml"
    annotated = runner.invoke(main, ["annotate", zh, en, "-o", str(out)])
    assert annotated.exit_code == 0, annotated.output
    assert_valid_tei(out.read_bytes())


LINES = "\n".join(ZH_LINES) + "\n"
BLANK_EN = "\n\n".join(EN_LINES) + "\n"


@pytest.mark.parametrize("layout", ["lines-vs-blank", "crlf-lines-vs-wrapped", "gbk-cr-lines", "utf16-fullwidth",
                                    "gbk-vs-cp1252"])
def test_one_paragraph_per_line_pairs_align_paragraph_to_paragraph(layout, tmp_path, assert_valid_tei):
    if layout == "lines-vs-blank":
        zh, en = LINES.encode(), BLANK_EN.encode()
    elif layout == "crlf-lines-vs-wrapped":
        zh = LINES.replace("\n", "\r\n").encode()
        en = "\n".join(textwrap.fill(p, 72) for p in EN_LINES).encode("utf-8-sig")
    elif layout == "gbk-cr-lines":
        zh, en = LINES.replace("\n", "\r").encode("gb18030"), "\r".join(EN_LINES).encode()
    elif layout == "gbk-vs-cp1252":
        zh, en = "\n\n".join(ZH_LINES).encode("gbk"), BLANK_EN.replace("'s", "’s").replace("--", "—").encode("cp1252")
    else:
        fullwidth = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
        zh = "\n".join("\u3000\u3000" + p.translate(fullwidth) for p in ZH_LINES).encode("utf-16")
        en = BLANK_EN.encode()
    _assert_correct_pair(_write(tmp_path, "zh.txt", zh), _write(tmp_path, "en.txt", en), tmp_path, assert_valid_tei)


def test_html_page_against_markdown_and_paragraph_fragment(tmp_path, assert_valid_tei):
    page = "<html><head><title>粮食</title></head><body>\n<h1>{}</h1>\n{}\n</body></html>".format(
        ZH_LINES[0], "\n".join(f"<p>{p}</p>" for p in ZH_LINES[1:]))
    fragment = "\n".join(f"<p>{p}</p>" for p in EN_LINES).encode()
    zh = _write(tmp_path, "zh.html", page.encode())
    _assert_correct_pair(zh, _write(tmp_path, "en.md", BLANK_EN.encode()), tmp_path, assert_valid_tei)
    _assert_correct_pair(zh, _write(tmp_path, "en.txt", fragment), tmp_path, assert_valid_tei)


def test_html_page_without_text_is_one_line_error(tmp_path):
    zh = _write(tmp_path, "zh.html", b"<html><body><script>var a;</script></body></html>")
    result = CliRunner().invoke(main, ["check", zh, _write(tmp_path, "en.md", BLANK_EN.encode())])
    assert result.exit_code == 2
    assert result.output.strip().endswith("zh.html: the HTML page holds no text")


def test_an_rtf_side_is_refused_with_what_to_do(tmp_path):
    zh = _write(tmp_path, "zh.rtf", b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl\\f0 SimSun;}\\f0 \\'b6\\'ab\\'b1\\'b1}")
    result = CliRunner().invoke(main, ["check", zh, _write(tmp_path, "en.md", BLANK_EN.encode())])
    assert result.exit_code == 2
    assert "zh.rtf: an RTF document: save it as .docx or as plain text; supported formats:" in result.output

"""Word documents in: one side of a pair, and bilingual review tables.

The .docx files are built here with python-docx; footnotes and endnotes
(which python-docx cannot write) are added to the package with lxml.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from northeast_text.cli import main
from northeast_text.errors import InputError
from northeast_text.formats import read_bilingual
from northeast_text.formats.docx import parse_docx
from northeast_text.inputs import read_side as read_document
from northeast_text.pipeline import annotate, annotate_files

docx = pytest.importorskip("docx")

ROOT = Path(__file__).resolve().parent.parent
NORTHEAST = ROOT / "corpus" / "northeast"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"


def save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def docx_from_markdown(md: Path, out: Path) -> Path:
    """The markdown file as Word would hold it: '#' headings as heading styles,
    bold and italic spans as bold and italic runs, every other block a paragraph."""
    source = read_document(md)
    document = docx.Document()
    document.core_properties.title = source.meta.get("title", "")
    document.core_properties.author = source.meta.get("author", "")
    for block in source.blocks:
        level = len(block.raw) - len(block.raw.lstrip("#"))
        if level:
            document.add_heading(block.text, level)
            continue
        para = document.add_paragraph()
        pos = 0
        for mark in (m for m in block.marks if m.kind in ("strong", "emphasis")):
            if mark.start < pos:
                continue
            para.add_run(block.text[pos:mark.start])
            run = para.add_run(block.text[mark.start:mark.end])
            run.bold, run.italic = mark.kind == "strong", mark.kind == "emphasis"
            pos = mark.end
        para.add_run(block.text[pos:])
    return save(document, out)


def add_notes(path: Path, kind: str, notes: dict[int, str]) -> None:
    """Write word/footnotes.xml (or endnotes.xml) into the package, with its relationship and content type."""
    from lxml import etree

    part = f"{kind}s"
    root = etree.Element(f"{W}{part}", nsmap={"w": W_NS})
    for note_id, text in notes.items():
        note = etree.SubElement(root, f"{W}{kind}", {f"{W}id": str(note_id)})
        p = etree.SubElement(note, f"{W}p")
        etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}{kind}Ref")
        etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}t").text = text
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    files[f"word/{part}.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    rel_type = f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{part}"
    rels = files["word/_rels/document.xml.rels"].decode()
    files["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdNotes{kind}" Type="{rel_type}" Target="{part}.xml"/></Relationships>').encode()
    ctype = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml"
    types = files["[Content_Types].xml"].decode()
    files["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/word/{part}.xml" ContentType="{ctype}"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)


def note_reference(paragraph, kind: str, note_id: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    ref = OxmlElement(f"w:{kind}Reference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


# --------------------------------------------------------------------------- one side


def test_headings_lists_and_metadata(tmp_path):
    d = docx.Document()
    d.core_properties.title = "Revitalising the Northeast"
    d.core_properties.author = "Wang Mingyuan"
    d.add_heading("Revitalising the Northeast", 0)
    d.add_heading("Background", 1)
    d.add_paragraph("In 2023 the three provinces had a GDP of 5.9 trillion yuan.")
    d.add_paragraph("Transfers from the centre", style="List Number")
    d.add_paragraph("State ownership", style="List Number")
    d.add_paragraph("A bullet point", style="List Bullet")
    d.add_paragraph("Stars *and* [brackets] # stay text")
    d.add_paragraph("   ")
    doc = read_document(save(d, tmp_path / "en.docx"))
    assert [(b.role, b.text) for b in doc.blocks] == [
        ("title", "Revitalising the Northeast"),
        ("heading", "Background"),
        ("paragraph", "In 2023 the three provinces had a GDP of 5.9 trillion yuan."),
        ("list-item", "1. Transfers from the centre"),
        ("list-item", "2. State ownership"),
        ("list-item", "• A bullet point"),
        ("paragraph", "Stars *and* [brackets] # stay text"),
    ]
    assert doc.meta == {"title": "Revitalising the Northeast", "author": "Wang Mingyuan"}
    assert doc.format == "docx" and doc.lang == "en"
    assert [b.line for b in doc.blocks] == list(range(1, 8))


def test_bold_and_italic_paragraphs_are_headings_as_in_markdown(tmp_path):
    d = docx.Document()
    d.add_paragraph("A long title in the first paragraph").runs[0].bold = True
    d.add_paragraph().add_run("Introduction").italic = True
    d.add_paragraph("Some text with a ").add_run("bold").bold = True
    doc = read_document(save(d, tmp_path / "en.docx"))
    assert [b.role for b in doc.blocks] == ["title", "heading", "paragraph"]
    assert doc.blocks[2].text == "Some text with a bold"
    assert [(m.kind, m.start, m.end) for m in doc.blocks[2].marks] == [("strong", 17, 21)]


def test_footnotes_and_endnotes_become_notes_with_markers(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("The Northeast received at least 10 trillion yuan")
    note_reference(p, "footnote", 1)
    p.add_run(" over two decades.")
    q = d.add_paragraph("Wang is a researcher.")
    note_reference(q, "endnote", 2)
    path = save(d, tmp_path / "en.docx")
    add_notes(path, "footnote", {-1: "", 0: "", 1: "Translator's note: about US$1.4 trillion."})
    add_notes(path, "endnote", {2: "Source: the author's WeChat account."})
    doc = read_document(path)
    assert [(b.role, b.text) for b in doc.blocks] == [
        ("paragraph", "The Northeast received at least 10 trillion yuan[1] over two decades."),
        ("paragraph", "Wang is a researcher.[2]"),
        ("notes-heading", "Notes"),
        ("note-entry", "[1] Translator's note: about US$1.4 trillion."),
        ("note-entry", "[2] Source: the author's WeChat account."),
    ]
    from northeast_text.notes import find_notes

    kinds = {(n.kind, n.block) for n in find_notes(doc)}
    assert ("footnote", "en-b0") in kinds and ("footnote", "en-b3") in kinds


def test_tracked_changes_read_as_accepted_and_comments_ignored(tmp_path):
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("GDP grew by ")
    p._p.append(parse_xml(
        f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="r"><w:r><w:delText>4.8%</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="r"><w:r><w:t>5.1%</w:t></w:r></w:ins>'))
    p.add_run(" in 2023.")
    p._p.append(parse_xml(f'<w:commentRangeStart xmlns:w="{W_NS}" w:id="0"/>'))
    path = save(d, tmp_path / "en.docx")
    doc = read_document(path)
    assert doc.blocks[0].text == "GDP grew by 5.1% in 2023."
    assert doc.warnings == (f"{path}: tracked changes read as accepted (insertions kept, deletions dropped)",)


def test_corrupt_docx_is_one_line_input_error(tmp_path):
    good = save(docx.Document(), tmp_path / "good.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(good[: len(good) // 2])
    with pytest.raises(InputError, match=r"corrupt \.docx"):
        read_document(tmp_path / "cut.docx")
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc")
    with pytest.raises(InputError, match="not a .docx file"):
        read_bilingual(tmp_path / "old.docx")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("hello.txt", "not Word")
    with pytest.raises(InputError, match="no word/document.xml"):
        parse_docx(zipped.getvalue(), "en", "x.docx")
    with pytest.raises(InputError, match="holds no text"):
        read_document(tmp_path / "good.docx")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "good.docx"), str(tmp_path / "cut.docx")])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "cut.docx: corrupt .docx (not a readable ZIP package" in result.output


# --------------------------------------------------------------------------- pairs


def _finding_keys(pair):
    return sorted((f.kind, f.severity, f.source_block, f.target_block) for f in pair.findings)


def test_northeast_as_docx_gives_the_markdown_findings(tmp_path):
    zh = docx_from_markdown(NORTHEAST / "zh.md", tmp_path / "zh.docx")
    en = docx_from_markdown(NORTHEAST / "en.md", tmp_path / "en.docx")
    from_md = annotate_files(NORTHEAST / "zh.md", NORTHEAST / "en.md")
    from_docx = annotate_files(zh, en)
    assert [(b.role, b.text) for b in from_docx.target.document.blocks] == \
        [(b.role, b.text) for b in from_md.target.document.blocks]
    assert from_docx.alignment == from_md.alignment
    assert _finding_keys(from_docx) == _finding_keys(from_md)
    mixed = annotate(read_document(zh), read_document(NORTHEAST / "en.md"))
    assert _finding_keys(mixed) == _finding_keys(from_md)


def test_check_docx_pair_and_mixed_pair_on_the_command_line(tmp_path):
    zh = docx.Document()
    zh.add_paragraph("2023年，东北三省的地区生产总值为5.9万亿元。")
    en = docx.Document()
    en.add_paragraph("In 2023, the GDP of the three northeastern provinces was 5.9 billion yuan.")
    save(zh, tmp_path / "zh.docx")
    save(en, tmp_path / "en.docx")
    (tmp_path / "en.md").write_text("In 2023, the GDP of the three northeastern provinces was 5.9 trillion yuan.\n")
    runner = CliRunner()
    bad = runner.invoke(main, ["check", str(tmp_path / "zh.docx"), str(tmp_path / "en.docx")])
    assert bad.exit_code == 1 and "scale" in bad.output
    fine = runner.invoke(main, ["check", str(tmp_path / "zh.docx"), str(tmp_path / "en.md")])
    assert fine.exit_code == 0, fine.output


def test_batch_discovers_docx_pairs(tmp_path):
    folder = tmp_path / "corpus" / "gdp"
    folder.mkdir(parents=True)
    zh = docx.Document()
    zh.add_paragraph("2023年，东北三省的地区生产总值为5.9万亿元。")
    en = docx.Document()
    en.add_paragraph("In 2023, the GDP of the three northeastern provinces was 5.9 billion yuan.")
    save(zh, folder / "zh.docx")
    save(en, folder / "en.docx")
    from northeast_text.batch import discover_pairs

    specs = discover_pairs(tmp_path / "corpus")
    assert [(s.id, Path(s.source).name, Path(s.target).name) for s in specs] == [("gdp", "zh.docx", "en.docx")]
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "corpus"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "scale" in (tmp_path / "out" / "findings.csv").read_text(encoding="utf-8-sig")


# --------------------------------------------------------------------------- review tables


def review_table(path: Path, rows: list[tuple[str, str]], header=("原文", "Translation")) -> Path:
    d = docx.Document()
    d.add_paragraph("Bilingual review export")
    table = d.add_table(rows=0, cols=3)
    for n, (zh, en) in enumerate(([header] if header else []) + rows, 1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(n), zh, en
    return save(d, path)


def test_review_table_is_read_as_units_by_script(tmp_path):
    path = review_table(tmp_path / "review.docx", [
        ("2023年GDP为5.9万亿元。", "GDP was 5.9 billion yuan in 2023."),
        ("人口减少了1100万。", "The population fell by 11 million."),
        ("", "An empty source row is left out."),
    ])
    table = read_bilingual(path)
    assert table.format == "docx-table"
    assert [(u.id, u.source, u.target) for u in table.units] == [
        ("row2", "2023年GDP为5.9万亿元。", "GDP was 5.9 billion yuan in 2023."),
        ("row3", "人口减少了1100万。", "The population fell by 11 million."),
    ]
    assert table.skipped == 1
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "unit row2" in result.output and "scale" in result.output and "unit row3" not in result.output


def test_a_docx_without_a_bilingual_table_is_not_a_pair(tmp_path):
    d = docx.Document()
    d.add_paragraph("Only English here.")
    result = CliRunner().invoke(main, ["check", str(save(d, tmp_path / "en.docx"))])
    assert result.exit_code == 2
    assert "no table with a Chinese and an English column" in result.output


def test_tei_of_a_docx_pair_and_of_a_review_table_is_valid(tmp_path, assert_valid_tei):
    zh = docx.Document()
    zh.add_heading("东北", 1)
    zh.add_paragraph("2023年，东北三省的地区生产总值为5.9万亿元。")
    en = docx.Document()
    en.core_properties.title = "The Northeast"
    en.add_heading("The Northeast", 1)
    en.add_paragraph("In 2023, the GDP of the three northeastern provinces was 5.9 billion yuan.")
    runner = CliRunner()
    out = tmp_path / "pair.tei.xml"
    args = ["annotate", str(save(zh, tmp_path / "zh.docx")), str(save(en, tmp_path / "en.docx")), "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    assert_valid_tei(out.read_bytes())
    table = review_table(tmp_path / "review.docx", [("2023年GDP为5.9万亿元。", "GDP was 5.9 billion yuan in 2023.")])
    assert runner.invoke(main, ["annotate", str(table), "-o", str(out)]).exit_code == 0
    assert_valid_tei(out.read_bytes())


def _one_paragraph_with_breaks(lines) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def test_paragraphs_pasted_as_line_breaks_of_one_word_paragraph_are_blocks():
    from test_readers import ZH_LINES

    doc = parse_docx(_one_paragraph_with_breaks(ZH_LINES), None, "zh.docx")
    assert [b.text for b in doc.blocks] == ZH_LINES
    assert [b.line for b in doc.blocks] == [1, 2, 3, 4, 5]
    address = parse_docx(_one_paragraph_with_breaks(["No. 5 Main Street", "Harbin", "China 150001"]), "en", "a.docx")
    assert [b.text for b in address.blocks] == ["No. 5 Main Street Harbin China 150001"]

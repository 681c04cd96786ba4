"""Same findings whatever the conventions a pair is written in.

    .venv/bin/python benchmarks/conventions.py [--variants traditional,txt_lines] [--pairs northeast,city-statistics]

Each bundled and held-out pair written in Markdown (``corpus/*/*.md``,
``corpus-heldout/*/*.md``) is rewritten in other conventions that change
nothing a translator would call a fact: plain text one paragraph per line,
Windows line endings, hard-wrapped lines, full-width indents, HTML, Word,
Traditional characters, full-width digits, years and shares in Chinese
numerals, spaces between Han characters and figures, 万/亿 written out,
thin-space digit groups, "per cent", day-first dates, small numbers in
words, English figures written out in full or with bn/m/tn.  The errors and warnings found on each variant are compared
with those of the pair as written, by kind, severity and quotes (space
aside) for a change of layout, by kind, severity and block for a change of
the words, and every difference is listed.  Nothing is
read from outside the repository.
"""

from __future__ import annotations

import argparse
import collections
import html
import io
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
Variant = Callable[[str, str], tuple[str | bytes, str]]  # (markdown text, lang) -> (file content, suffix)

_FRONT = re.compile(r"(---\n.*?\n---\n)(.*)", re.S)
_MD_ESCAPE = re.compile(r"\\([.\-*_#\[\]()])")
_HEADING = re.compile(r"^(#+)\s*(.*)", re.S)
_STRUCTURE = re.compile(r"^\s*(?:[-*+|]|\d+[.)]\s)")
_MONTHS = "January February March April May June July August September October November December".split()
_SMALL = "zero one two three four five six seven eight nine".split()


def _split(md: str) -> tuple[str, list[str]]:
    """(front matter, markdown blocks)."""
    m = _FRONT.match(md)
    front, body = (m.group(1), m.group(2)) if m else ("", md)
    return front, [b for b in re.split(r"\n\s*\n", body.strip()) if b.strip()]


def _plain(block: str) -> str:
    """A markdown block's text without its heading marks and escapes."""
    return _MD_ESCAPE.sub(r"\1", re.sub(r"^#+\s*", "", block))


def _joined(block: str, lang: str) -> str:
    """A paragraph on one line (a list, a table: a line each already)."""
    if _STRUCTURE.match(block):
        return block
    return _plain(block).replace("\n", " " if lang == "en" else "")


def _body_only(change: Callable[[str], str], lang: str) -> Variant:
    """A variant that changes the body of one side's markdown, front matter kept."""
    def variant(md: str, side: str) -> tuple[str, str]:
        if side != lang:
            return md, ".md"
        m = _FRONT.match(md)
        return (m.group(1) + change(m.group(2)) if m else change(md)), ".md"
    return variant


def txt_lines(md: str, lang: str) -> tuple[str, str]:
    """Plain text, one paragraph per line, no blank lines."""
    front, blocks = _split(md)
    return front + "\n".join(_joined(b, lang) for b in blocks) + "\n", ".txt"


def txt_blank(md: str, lang: str) -> tuple[str, str]:
    """Plain text, blank lines between paragraphs."""
    front, blocks = _split(md)
    return front + "\n\n".join(_plain(b) for b in blocks) + "\n", ".txt"


def crlf(md: str, lang: str) -> tuple[bytes, str]:
    return md.replace("\n", "\r\n").encode("utf-8"), ".md"


def bom(md: str, lang: str) -> tuple[bytes, str]:
    return ("\ufeff" + md).encode("utf-8"), ".md"


def wrapped(md: str, lang: str) -> tuple[str, str]:
    """English wrapped at 72 columns, Chinese at 38 characters."""
    front, blocks = _split(md)
    out = []
    for b in blocks:
        if b.startswith(("#", ">")) or _STRUCTURE.match(b) or "\n" in b:
            out.append(b)
        elif lang == "en":
            out.append(textwrap.fill(b, 72))
        else:
            out.append("\n".join(b[i:i + 38] for i in range(0, len(b), 38)))
    return front + "\n\n".join(out) + "\n", ".md"


def indent(md: str, lang: str) -> tuple[str, str]:
    """Chinese plain text: each paragraph on a line, indented with 　　."""
    if lang != "zh":
        return md, ".md"
    front, blocks = _split(md)
    lines = [_plain(b) if b.startswith("#") else "\u3000\u3000" + _joined(b, lang) for b in blocks]
    return front + "\n".join(lines) + "\n", ".txt"


def as_html(md: str, lang: str) -> tuple[str, str]:
    _front, blocks = _split(md)
    body = []
    for b in blocks:
        m = _HEADING.match(b)
        if m:
            level = len(m.group(1))
            body.append(f"<h{level}>{html.escape(_plain(m.group(2)))}</h{level}>")
        else:
            body.append(f"<p>{html.escape(_plain(b))}</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>t</title></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n"), ".html"


def as_docx(md: str, lang: str) -> tuple[bytes, str]:
    import docx

    _front, blocks = _split(md)
    document = docx.Document()
    for b in blocks:
        m = _HEADING.match(b)
        if m:
            document.add_heading(_plain(m.group(2)).replace("\n", " "), level=min(len(m.group(1)), 9))
        else:
            document.add_paragraph(_joined(b, lang))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue(), ".docx"


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2twp").convert(text)


def _fullwidth(text: str) -> str:
    return re.sub(r"[0-9%.,]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def _chinese_numerals(text: str) -> str:
    """2023年 as 二〇二三年, 5.3% as 百分之五点三."""
    import cn2an

    text = re.sub(r"(?<![\d.])((?:19|20)\d\d)年",
                  lambda m: cn2an.an2cn(m.group(1), "direct").replace("零", "〇") + "年", text)
    return re.sub(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)%", lambda m: "百分之" + cn2an.an2cn(m.group(1), "low"), text)


def _han_spaced(text: str) -> str:
    """2023 年, 5.3 %, 3.0 万亿元: a space between Han characters and figures."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", text)


def _expanded(text: str) -> str:
    """2450万 as 24,500,000 (a figure with a fraction of 万 or 亿 left as it is)."""
    def digits(m: re.Match[str]) -> str:
        value = Decimal(m.group(1).replace(",", "")) * (10 ** 4 if m.group(2) == "万" else 10 ** 8)
        return f"{int(value):,}" if value == value.to_integral_value() else m.group(0)
    return re.sub(r"(?<![\d.,\-—~至到])(\d[\d,]*(?:\.\d+)?)(万|亿)(?!亿)", digits, text)


_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def _en_expanded(text: str) -> str:
    """"3.2 trillion yuan" as "3,200,000,000,000 yuan" (a range or a hedge word left as it is)."""
    def digits(m: re.Match[str]) -> str:
        value = Decimal(m.group(1).replace(",", "")) * 10 ** _SCALES[m.group(2)]
        return f"{int(value):,}" if value == value.to_integral_value() else m.group(0)
    return re.sub(r"(?<![\d.,\-–])(?<!to )(?<!and )(\d[\d,]*(?:\.\d+)?) (thousand|million|billion|trillion)\b"
                  r"(?![\-–])", digits, text)


def _en_abbreviated(text: str) -> str:
    """"3.2 billion yuan" as "3.2bn yuan", "12 million" as "12m" (a financial paper's style)."""
    short = {"million": "m", "billion": "bn", "trillion": "tn"}
    return re.sub(r"(?<=\d) (million|billion|trillion)\b", lambda m: short[m.group(1)], text)


def _thin_groups(text: str) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "\u2009", text)


def _per_cent(text: str) -> str:
    return re.sub(r"(?<=\d)%", " per cent", text)


def _day_first(text: str) -> str:
    return re.sub(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2}), (\d{4})\b", r"\2 \1 \3", text)


def _small_in_words(text: str) -> str:
    """"3 provinces" as "three provinces"."""
    return re.sub(r"(?<![\w.,$%/-])([1-9])(?= [a-z]{3,})"
                  r"(?! (?:percent|per|million|billion|trillion|thousand|p\.m|a\.m))",
                  lambda m: _SMALL[int(m.group(1))], text)


VARIANTS: dict[str, Variant] = {
    "txt_lines": txt_lines, "txt_blank": txt_blank, "crlf": crlf, "bom": bom, "wrapped": wrapped,
    "indent": indent, "html": as_html, "docx": as_docx,
    "traditional": _body_only(_traditional, "zh"), "fullwidth": _body_only(_fullwidth, "zh"),
    "zh_numerals": _body_only(_chinese_numerals, "zh"), "han_spaced": _body_only(_han_spaced, "zh"),
    "zh_expanded": _body_only(_expanded, "zh"), "thin_groups": _body_only(_thin_groups, "en"),
    "per_cent": _body_only(_per_cent, "en"), "day_first": _body_only(_day_first, "en"),
    "small_in_words": _body_only(_small_in_words, "en"), "en_expanded": _body_only(_en_expanded, "en"),
    "en_abbreviated": _body_only(_en_abbreviated, "en"),
}


def pairs(names: list[str] | None = None) -> list[Path]:
    """The bundled and held-out pairs (those named, when given)."""
    found = [p for root in ("corpus", "corpus-heldout") for p in sorted((ROOT / root).iterdir())
             if (p / "zh.md").is_file() and (p / "en.md").is_file()]
    return [p for p in found if not names or p.name in names]


def write_variant(pair: Path, name: str, folder: Path) -> tuple[Path, Path]:
    """Both sides of ``pair`` rewritten by variant ``name`` into ``folder``."""
    paths = []
    for lang in ("zh", "en"):
        content, suffix = VARIANTS[name]((pair / f"{lang}.md").read_text("utf-8"), lang)
        path = folder / f"{lang}{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
        paths.append(path)
    return paths[0], paths[1]


#: the variants that change the layout only (blocks may be numbered otherwise, the words stay):
#: their findings are compared by their quotes, the others' (the words change) by their blocks
LAYOUTS = frozenset({"txt_lines", "txt_blank", "crlf", "bom", "wrapped", "indent", "html", "docx"})


def _quote(text: str | None) -> str:
    return "".join(_MD_ESCAPE.sub(r"\1", text or "").split())


def severe(zh: Path, en: Path, by_quotes: bool) -> collections.Counter:
    """The errors and warnings of a pair, by kind, severity and either their quotes
    (space aside) or their blocks."""
    from northeast_text.pipeline import annotate_files

    pair = annotate_files(zh, en)
    return collections.Counter(
        (f.kind, f.severity, *((_quote(f.source_text), _quote(f.target_text)) if by_quotes
                               else (f.source_block, f.target_block)))
        for f in pair.findings if f.severity in ("error", "warning"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", help="comma-separated variants (default: all): " + ", ".join(VARIANTS))
    ap.add_argument("--pairs", help="comma-separated pair folder names (default: every pair)")
    args = ap.parse_args(argv)
    names = args.variants.split(",") if args.variants else list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        ap.error(f"unknown variant(s): {', '.join(unknown)}")
    from northeast_text.entities import warm_up

    warm_up()
    runs = differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for pair in pairs(args.pairs.split(",") if args.pairs else None):
            base = {by_quotes: severe(pair / "zh.md", pair / "en.md", by_quotes) for by_quotes in (True, False)}
            for name in names:
                folder = Path(tmp) / pair.name / name
                folder.mkdir(parents=True)
                got = severe(*write_variant(pair, name, folder), name in LAYOUTS)
                lost, new = base[name in LAYOUTS] - got, got - base[name in LAYOUTS]
                runs += 1
                differ += bool(lost or new)
                status = "same" if not (lost or new) else f"lost {sum(lost.values())}, new {sum(new.values())}"
                print(f"{pair.name:20} {name:15} {status}")
                for key in sorted(lost, key=str):
                    print("    -", *key)
                for key in sorted(new, key=str):
                    print("    +", *key)
    print(f"{runs - differ} of {runs} variants give the same errors and warnings as the pair as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

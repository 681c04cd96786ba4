"""Build the WMT22/WMT23 general-test probe sets (zh->en) from the public WMT releases.

    python benchmarks/wmt_general.py --wmt22-xml wmttest2022.zh-en.xml \\
        --wmt23-src generaltest2023.zh-en.src.zh --wmt23-ref generaltest2023.zh-en.ref.refA.en --out DIR

The files come from the public repositories ``wmt-conference/wmt22-news-systems``
(``xml/wmttest2022.zh-en.xml``: Chinese originals with their reference translations and document
ids) and ``wmt-conference/wmt23-news-systems`` (``txt-ts/sources/…src.zh`` and
``txt-ts/references/…ref.refA.en``, line-aligned).  No text of them is kept in this repository:
the script writes ``DIR/real/<set>/<doc>/`` (``zh.txt``, ``en.txt`` one segment per block,
``gold.tsv`` ``i<TAB>i``) and an empty ``truth.tsv`` per set, for ``benchmarks/real_text.py
--shared DIR --adjudicated``; the findings judged true by reading both sides are in
``benchmarks/adjudications/<set>.tsv``.

The spans and the split were fixed before any run of the tool:

* WMT22: whole documents in file order (source zh, reference translator A) until the running
  count of source segments reaches 300, the document that crosses it included;
* WMT23: the lines that end within the first 16,000 characters of the source file, and the same
  lines of the reference, cut into documents of 20 lines (the line-to-document ids sit in a
  separate metadata file);
* the documents at odd positions (1st, 3rd …) are the development sets ``w22dev`` / ``w23dev``,
  those at even positions the held-out sets ``w22held`` / ``w23held``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
WMT22_SEGMENTS = 300
WMT23_CHARS = 16_000
WMT23_DOC_LINES = 20
TRUTH_HEADER = "pair\tkind\tsource_block\ttarget_block\trequired\n"


def wmt22_documents(xml: Path) -> list[tuple[str, list[str], list[str]]]:
    """(doc id, source segments, reference A segments) of the first documents up to the span."""
    docs: list[tuple[str, list[str], list[str]]] = []
    count = 0
    for doc in etree.parse(str(xml)).getroot().iter("doc"):
        if count >= WMT22_SEGMENTS:
            break
        zh = [s.text or "" for s in doc.findall("src/p/seg")]
        en = [s.text or "" for s in doc.findall("ref[@translator='A']/p/seg")]
        docs.append((doc.get("id", ""), zh, en))
        count += len(zh)
    return docs


def wmt23_documents(src: Path, ref: Path) -> list[tuple[str, list[str], list[str]]]:
    """Documents of 20 lines over the source lines that end within the first 16,000 characters."""
    zh_lines = src.read_text(encoding="utf-8").split("\n")
    en_lines = ref.read_text(encoding="utf-8").split("\n")
    n, end = 0, 0
    while n < len(zh_lines) and end + len(zh_lines[n]) <= WMT23_CHARS:
        end += len(zh_lines[n]) + 1
        n += 1
    return [(f"lines{k + 1:03d}-{min(k + WMT23_DOC_LINES, n):03d}",
             zh_lines[k:k + WMT23_DOC_LINES][:n - k], en_lines[k:k + WMT23_DOC_LINES][:n - k])
            for k in range(0, n, WMT23_DOC_LINES)]


def write_sets(out: Path, year: str, docs: list[tuple[str, list[str], list[str]]]) -> None:
    """Odd positions to ``w{year}dev``, even to ``w{year}held``, each pair as a folder."""
    for pos, (doc_id, zh, en) in enumerate(docs, 1):
        if len(zh) != len(en):
            raise SystemExit(f"{doc_id}: {len(zh)} source segments, {len(en)} reference segments")
        folder = out / "real" / f"w{year}{'dev' if pos % 2 else 'held'}" / f"{pos:02d}-{doc_id}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "zh.txt").write_text("\n\n".join(s.strip() for s in zh) + "\n", encoding="utf-8")
        (folder / "en.txt").write_text("\n\n".join(s.strip() for s in en) + "\n", encoding="utf-8")
        (folder / "gold.tsv").write_text("".join(f"{i}\t{i}\n" for i in range(len(zh))), encoding="utf-8")
    for part in ("dev", "held"):
        truth = out / "real" / f"w{year}{part}" / "truth.tsv"
        if truth.parent.is_dir() and not truth.exists():
            truth.write_text(TRUTH_HEADER, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wmt22-xml", type=Path, required=True)
    ap.add_argument("--wmt23-src", type=Path, required=True)
    ap.add_argument("--wmt23-ref", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    args = ap.parse_args(argv)
    if ROOT in args.out.resolve().parents or args.out.resolve() == ROOT:
        raise SystemExit("the sets hold WMT's texts: write them outside the repository")
    write_sets(args.out, "22", wmt22_documents(args.wmt22_xml))
    write_sets(args.out, "23", wmt23_documents(args.wmt23_src, args.wmt23_ref))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark the aligner: time against length, with and without the dictionary.

    .venv/bin/python benchmarks/bench_align.py [--sizes 100,1000,10000] [--tiny 100000]
                                               [--parts length,dictionary,loading,corpus,tiny,mac]
                                               [--shared DIR]

1. Time vs document length: synthetic segment lists (random lengths, a
   source/target ratio of 3, random 1-2 / 2-1 merges and a few additions)
   of 100, 1,000 and 10,000 segments; prints seconds, milliseconds per
   segment (flat when growth is linear) and the exact-link accuracy, for the
   length model alone and with dictionary words (each source segment a few
   CC-CEDICT headwords, its target some of their glosses plus noise, as in a
   sentence-by-sentence translation).
2. Dictionary loading: the CC-CEDICT index loaded from its cache in a fresh
   process (the cost every command pays once).
3. The bundled corpus (corpus/ and corpus-heldout/, numbers only as in
   ``mac.py --engine align``): CPU seconds of block and sentence alignment.
4. Many tiny blocks (docs/bad-input.md): ``--tiny`` one-character-pair
   blocks a side, block alignment only; prints CPU seconds and whether the
   alignment is the diagonal.
5. A 10,000-sentence pair: all of MAC-Test ``para11`` (the kit in
   ``../shared/peer/mac/bench``, prepared into a temporary folder) as one
   document a side, 1,057 paragraphs and 11,492 sentences; CPU seconds of
   block and sentence alignment and the share of gold paragraph links
   found.  Skipped when the shared folder is absent.

Times are CPU seconds of this process (``time.process_time``): the machine
is shared, and wall time says little.

MAC (literary chapters, the published aligners' benchmark) is in
``benchmarks/mac.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))

from northeast_text import dictionary  # noqa: E402
from northeast_text.align import AlignConfig, Segment, align  # noqa: E402


def synthetic(n: int, seed: int = 0, words: dictionary.Dictionary | None = None
              ) -> tuple[list[Segment], list[Segment], set]:
    """A source list of n segments and a target made from it with merges,
    splits and additions; returns (src, tgt, gold links as index tuples).
    With ``words``, segments carry dictionary words and glosses."""
    rng = random.Random(seed)
    heads = sorted(w for w in words.glosses if len(w) == 2)[:20000] if words else []
    src: list[Segment] = []
    tgt: list[Segment] = []
    gold = set()
    i = 0

    def vocab(k: int) -> tuple[frozenset[str], frozenset[str]]:
        if not words:
            return frozenset(), frozenset()
        zh = [rng.choice(heads) for _ in range(k)]
        en = [rng.choice(words.glosses[w]) for w in zh if rng.random() < 0.6]
        en += [rng.choice(words.glosses[rng.choice(heads)]) for _ in range(k // 3)]
        return frozenset(zh), frozenset(en)

    while i < n:
        r = rng.random()
        if r < 0.02:  # a translator's addition
            tgt.append(Segment(length=rng.randint(50, 600), hint="addition" if rng.random() < 0.5 else None))
            gold.add(((), (len(tgt) - 1,)))
            continue
        k = 2 if r > 0.92 and i + 1 < n else 1
        lens = [rng.randint(20, 300) for _ in range(k)]
        glosses: set[str] = set()
        for ln in lens:
            zh, en = vocab(max(2, ln // 12))
            src.append(Segment(length=ln, words=zh))
            glosses |= en
        total = sum(lens) * 3 * rng.uniform(0.85, 1.15)
        parts = 2 if 0.85 < r <= 0.92 else 1
        start = len(tgt)
        shares = sorted(glosses)
        for p in range(parts):
            part = frozenset(shares[p::parts])
            tgt.append(Segment(length=round(total / parts * rng.uniform(0.8, 1.2)), words=part))
        gold.add((tuple(range(i, i + k)), tuple(range(start, len(tgt)))))
        i += k
    return src, tgt, gold


def bench_length(sizes: list[int], words: dictionary.Dictionary | None) -> None:
    label = "length model and dictionary words" if words else "length model alone"
    print(f"## Time vs document length (synthetic, {label})")
    print(f"{'segments':>9} {'target':>7} {'seconds':>8} {'ms/segment':>10} {'exact links':>11}")
    for n in sizes:
        src, tgt, gold = synthetic(n, seed=n, words=words)
        t0 = time.process_time()
        links = align(src, tgt, AlignConfig(), words)
        dt = time.process_time() - t0
        got = {(link.source, link.target) for link in links}
        acc = len(got & gold) / len(gold)
        print(f"{n:>9} {len(tgt):>7} {dt:8.2f} {1000 * dt / n:10.3f} {acc:11.1%}")


def bench_dictionary() -> None:
    dictionary.load()  # make sure the cache exists
    code = ("import time; t = time.perf_counter(); from northeast_text import dictionary; "
            "d = dictionary.load(); print(f'{time.perf_counter() - t:.3f} {len(d.glosses)} {len(d.reverse)}')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout.split()
    print("## CC-CEDICT index, loaded from the cache in a fresh process")
    print(f"{float(out[0]):.3f} s for {int(out[1]):,} Chinese headwords and {int(out[2]):,} English stems")


def _numbers_only(doc):
    from northeast_text import numbers
    from northeast_text.model import Analysis

    return Analysis(doc, quantities=tuple(q for b in doc.blocks for q in numbers.extract(b)))


def _timed_alignment(src_doc, tgt_doc) -> tuple[float, float, list]:
    """CPU seconds of block and of sentence alignment of a pair (numbers only), and the block links."""
    from northeast_text.align import align_blocks
    from northeast_text.sentence_alignment import align_sentences

    sa, ta = _numbers_only(src_doc), _numbers_only(tgt_doc)
    t0 = time.process_time()
    links = align_blocks(sa, ta)
    t1 = time.process_time()
    align_sentences(sa, ta, links)
    return t1 - t0, time.process_time() - t1, links


def _warm_up() -> None:
    """Load the dictionary and jieba's model before anything is timed."""
    from northeast_text.readers import parse_document

    _timed_alignment(parse_document("东北经济。\n", "zh"), parse_document("The economy.\n", "en"))


def bench_corpus() -> None:
    from northeast_text.readers import read_document

    blocks = sentences = 0.0
    pairs = 0
    for gold_file in sorted([*ROOT.glob("corpus/*/gold.json"), *ROOT.glob("corpus-heldout/*/gold.json")]):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        src = read_document(gold_file.parent / gold["source"]["file"], lang="zh")
        tgt = read_document(gold_file.parent / gold["target"]["file"], lang="en")
        b, s, _ = _timed_alignment(src, tgt)
        blocks, sentences, pairs = blocks + b, sentences + s, pairs + 1
    print(f"## Bundled corpus ({pairs} pairs, numbers only): CPU seconds")
    print(f"block alignment {blocks:.2f}, sentence alignment {sentences:.2f}")


def bench_tiny(n: int) -> None:
    """Block alignment of n tiny blocks a side ("甲 1" against "ab 1")."""
    from northeast_text.align import align_blocks
    from northeast_text.readers import parse_document

    src = _numbers_only(parse_document("甲 1\n\n" * n, "zh"))
    tgt = _numbers_only(parse_document("ab 1\n\n" * n, "en"))
    t0 = time.process_time()
    links = align_blocks(src, tgt)
    dt = time.process_time() - t0
    diagonal = all(link.source == (k,) and link.target == (k,) for k, link in enumerate(links))
    print(f"## {n:,} tiny blocks a side: block alignment {dt:.2f} CPU s, diagonal: {diagonal}")


def bench_mac_pair(shared: Path) -> None:
    """All of MAC-Test para11 as one pair: CPU seconds of block and sentence alignment."""
    import tempfile

    from northeast_text.readers import parse_document

    kit = shared / "peer" / "mac" / "bench"
    if not (kit / "prep.py").is_file():
        print(f"## 10,000-sentence pair: MAC kit not found at {kit.resolve()}: skipped")
        return
    with tempfile.TemporaryDirectory(prefix="mac-") as tmp:
        subprocess.run([sys.executable, str(kit / "prep.py"), tmp], check=True, capture_output=True)
        zh, en, gold = [], [], set()
        for doc in sorted((Path(tmp) / "para11").glob("test-*")):
            for line in (doc / "gold.align").read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    a, b = (json.loads(side) for side in line.split(":"))
                    gold.add((tuple(x + len(zh) for x in a), tuple(x + len(en) for x in b)))
            zh += [p.strip() for p in (doc / "zh.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
            en += [p.strip() for p in (doc / "en.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
        n_sent = sum(len((Path(tmp) / "sent" / doc.name / "zh.txt").read_text(encoding="utf-8").split("\n\n"))
                     + len((Path(tmp) / "sent" / doc.name / "en.txt").read_text(encoding="utf-8").split("\n\n"))
                     for doc in (Path(tmp) / "para11").glob("test-*"))
    src, tgt = parse_document("\n\n".join(zh) + "\n", "zh"), parse_document("\n\n".join(en) + "\n", "en")
    blocks, sentences, links = _timed_alignment(src, tgt)
    found = len({(link.source, link.target) for link in links} & gold) / len(gold)
    print(f"## MAC-Test para11 as one pair ({len(src.blocks):,} + {len(tgt.blocks):,} paragraphs, "
          f"about {n_sent:,} sentences): CPU seconds")
    print(f"block alignment {blocks:.2f}, sentence alignment {sentences:.2f}, total {blocks + sentences:.2f}; "
          f"gold paragraph links found {found:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--tiny", type=int, default=100_000, help="tiny blocks a side (default 100,000)")
    ap.add_argument("--parts", default="length,dictionary,loading,corpus,tiny,mac")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    sizes = [int(s) for s in args.sizes.split(",") if s]
    _warm_up()
    if "length" in parts:
        bench_length(sizes, None)
    if "dictionary" in parts:
        bench_length(sizes, dictionary.load())
    if "loading" in parts:
        bench_dictionary()
    if "corpus" in parts:
        bench_corpus()
    if "tiny" in parts:
        bench_tiny(args.tiny)
    if "mac" in parts:
        bench_mac_pair(args.shared)


if __name__ == "__main__":
    main()

"""Entity recognition throughput: entities/s and characters/s per language.

Models are loaded (and timed) separately, so the figures are the bare NLP
cost per run.  Usage::

    python benchmarks/bench_entities.py [--repeat N] [PAIR_DIR ...]

Default: every pair under corpus/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from northeast_text import entities, nlp
    from northeast_text.readers import read_document

    t = time.perf_counter()
    lex = entities.load_lexicon()
    t_lex = time.perf_counter() - t
    t = time.perf_counter()
    entities.english_pipeline()
    t_en = time.perf_counter() - t
    t = time.perf_counter()
    entities.jieba_ready()
    t_zh = time.perf_counter() - t
    print(f"load: lexicon {t_lex:.2f}s ({len(lex)} entries), spaCy {nlp.english_model_name()} "
          f"+ ruler {t_en:.2f}s, jieba {t_zh:.2f}s")

    dirs = args.pairs or sorted(p.parent for p in (ROOT / "corpus").glob("*/gold.json"))
    docs = {"zh": [], "en": []}
    for d in dirs:
        for lang in ("zh", "en"):
            for f in sorted(d.glob(f"{lang}.*")):
                if f.suffix in (".md", ".txt"):
                    docs[lang].append(read_document(f, lang=lang))
    for lang in ("zh", "en"):
        chars = sum(len(b.text) for doc in docs[lang] for b in doc.blocks)
        best = None
        n = 0
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            n = sum(len(entities.recognise(doc, lex)) for doc in docs[lang])
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
        print(f"{lang}: {len(docs[lang])} docs, {chars} chars, {n} entities in {best:.2f}s "
              f"-> {n / best:.0f} entities/s, {chars / best:.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

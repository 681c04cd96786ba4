"""The MAC alignment benchmark: strict F1 next to the published aligners.

    .venv/bin/python benchmarks/mac.py [--splits test,dev] [--levels para11,paramix,sent,sent-in-para]
                                       [--engine pipeline|align] [--shared DIR]

MAC (Liu & Zhu, the Bertalign evaluation set: Chinese literary chapters and
their published English translations, gold sentence links) and its kit live
in the shared folder beside the repository (``../shared/peer/mac``); the
texts are copyrighted and never copied here.  The script runs the kit's
``prep.py`` into a temporary folder (deleted afterwards), aligns every
chapter and scores it with the kit's ``score.py`` (strict and lax P/R/F1,
Vecalign's and Bertalign's method).  Levels:

* ``para11``: pseudo-paragraphs, every gold link 1-1;
* ``paramix``: the same with ~20% of English paragraphs split (1-2) and
  ~10% of neighbouring pairs merged (2-1);
* ``sent``: one sentence per block (the published aligners' task);
* ``sent-in-para``: the sentence links the pipeline finds inside the
  ``para11`` paragraph links (its own sentence segmentation), mapped onto
  MAC's sentences (each of our sentences stands for the MAC sentences whose
  characters it holds; links sharing a MAC sentence are merged), scored
  against the sentence gold.

``--engine pipeline`` (default) runs :func:`northeast_text.pipeline.annotate`
as ``check`` does (numbers, names with spaCy, notes, checks); ``--engine
align`` gives the aligner the documents with numbers only (faster, and
what the figures in BENCHMARKS.md use unless said).  Besides F1 it prints
how honest the link scores are: mean score of right and wrong links, the
share of wrong and right links marked uncertain (score < 0.5) and the
area under the ROC curve.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))

PUBLISHED = {"Gale–Church": 0.491, "hunalign": 0.627, "Bleualign": 0.680, "Vecalign": 0.886, "Bertalign": 0.915}
UNCERTAIN = 0.5


def _kit_score(kit: Path):
    spec = importlib.util.spec_from_file_location("mac_score", kit / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _annotate(folder: Path, engine: str):
    from northeast_text import numbers, pipeline
    from northeast_text.align import align_blocks
    from northeast_text.model import Analysis, AnnotatedPair
    from northeast_text.readers import read_document
    from northeast_text.sentence_alignment import align_sentences

    src = read_document(folder / "zh.txt", lang="zh")
    tgt = read_document(folder / "en.txt", lang="en")
    if engine == "pipeline":
        return pipeline.annotate(src, tgt, pair_id=folder.name)
    sa = Analysis(src, quantities=tuple(q for b in src.blocks for q in numbers.extract(b)))
    ta = Analysis(tgt, quantities=tuple(q for b in tgt.blocks for q in numbers.extract(b)))
    links = tuple(align_blocks(sa, ta))
    sentences, sentence_links = align_sentences(sa, ta, links)
    return AnnotatedPair(id=folder.name, source=sa, target=ta, alignment=links,
                         sentences=tuple(sentences), sentence_alignment=tuple(sentence_links))


def _mac_sentences(data: Path, key: str) -> dict[str, list[list[int]]]:
    """For each side, per para11 block, the MAC sentence of each non-space character."""
    paras = json.loads((data / "para11" / key / "paras.json").read_text(encoding="utf-8"))["paras"]
    out: dict[str, list[list[int]]] = {"zh": [], "en": []}
    for lang, side in (("zh", 0), ("en", 1)):
        text = (data / "sent" / key / f"{lang}.txt").read_text(encoding="utf-8")
        sents = [s.strip() for s in text.split("\n\n")]
        for para in paras:
            lo, hi = para[side]
            owner: list[int] = []
            for k in range(lo, hi):
                owner.extend([k] * sum(1 for ch in sents[k] if not ch.isspace()))
            out[lang].append(owner)
    return out


def _sentence_links_as_mac(pair, owners: dict[str, list[list[int]]]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The pair's sentence links in MAC sentence ids (links sharing an id merged)."""
    blocks = {b.id: b for side in (pair.source, pair.target) for b in side.document.blocks}
    ids: dict[str, set[int]] = {}
    for s in pair.sentences:
        block = blocks[s.block]
        owner = owners["zh" if block.lang == "zh" else "en"][block.n]
        before = sum(1 for ch in block.text[:s.start] if not ch.isspace())
        inside = sum(1 for ch in s.text if not ch.isspace())
        ids[s.id] = set(owner[before:before + inside])
    merged: list[tuple[set[int], set[int]]] = []
    for link in pair.sentence_alignment:
        zs = set().union(*(ids[i] for i in link.source)) if link.source else set()
        es = set().union(*(ids[i] for i in link.target)) if link.target else set()
        if merged and (zs & merged[-1][0] or es & merged[-1][1]):
            merged[-1][0].update(zs)
            merged[-1][1].update(es)
        elif zs or es:
            merged.append((zs, es))
    return [(tuple(sorted(z)), tuple(sorted(e))) for z, e in merged]


def _auc(right: list[float], wrong: list[float]) -> float:
    if not right or not wrong:
        return float("nan")
    ranked = sorted([(s, 1) for s in right] + [(s, 0) for s in wrong])
    rank_sum, k = 0.0, 0
    while k < len(ranked):  # average ranks over ties
        end = k
        while end < len(ranked) and ranked[end][0] == ranked[k][0]:
            end += 1
        rank_sum += sum(label for _, label in ranked[k:end]) * (k + end + 1) / 2
        k = end
    return (rank_sum - len(right) * (len(right) + 1) / 2) / (len(right) * len(wrong))


def run(data: Path, split: str, level: str, engine: str, score) -> dict:
    folder = "para11" if level == "sent-in-para" else level
    docs = sorted((data / folder).glob(f"{split}-*"))
    pairs, right, wrong = [], [], []
    cpu = 0.0
    for doc in docs:
        t0 = time.process_time()
        pair = _annotate(doc, engine)
        cpu += time.process_time() - t0
        if level == "sent-in-para":
            gold = score.read_align(data / "sent" / doc.name / "gold.align")
            test = _sentence_links_as_mac(pair, _mac_sentences(data, doc.name))
            scored = [(link.source, link.target, link.score) for link in pair.sentence_alignment]
        else:
            gold = score.read_align(doc / "gold.align")
            test = [(link.source, link.target) for link in pair.alignment]
            scored = [(link.source, link.target, link.score) for link in pair.alignment]
        pairs.append((gold, test))
        if level != "sent-in-para":
            gold_set = {(tuple(a), tuple(b)) for a, b in gold}
            for a, b, s in scored:
                (right if (tuple(a), tuple(b)) in gold_set else wrong).append(s)
    result = score.score_docs(pairs)
    result.update(docs=len(docs), cpu=cpu, right=right, wrong=wrong)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", default="test,dev")
    ap.add_argument("--levels", default="para11,paramix,sent,sent-in-para")
    ap.add_argument("--engine", choices=("pipeline", "align"), default="pipeline")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    args = ap.parse_args()
    kit = args.shared / "peer" / "mac" / "bench"
    if not (kit / "prep.py").is_file() or not (kit / "score.py").is_file():
        print(f"MAC kit not found at {kit.resolve()} (the shared folder beside the repository): skipped")
        return
    score = _kit_score(kit)
    with tempfile.TemporaryDirectory(prefix="mac-") as tmp:
        subprocess.run([sys.executable, str(kit / "prep.py"), tmp], check=True, capture_output=True)
        data = Path(tmp)
        print(f"engine: {args.engine}")
        print(f"{'split':<5} {'level':<13} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6} {'lax F1':>6} "
              f"{'right':>6} {'wrong':>6} {'wrong?':>6} {'right?':>6} {'AUC':>5} {'cpu s':>6}")
        for split in args.splits.split(","):
            for level in args.levels.split(","):
                r = run(data, split, level, args.engine, score)
                right, wrong = r["right"], r["wrong"]

                def mean(xs: list[float]) -> str:
                    return f"{sum(xs) / len(xs):6.3f}" if xs else f"{'-':>6}"

                def flagged(xs: list[float]) -> str:
                    return f"{sum(s < UNCERTAIN for s in xs) / len(xs):6.1%}" if xs else f"{'-':>6}"

                auc = _auc(right, wrong)
                print(f"{split:<5} {level:<13} {r['docs']:>4} {r['p_strict']:6.3f} {r['r_strict']:6.3f} "
                      f"{r['f1_strict']:6.3f} {r['f1_lax']:6.3f} {mean(right)} {mean(wrong)} {flagged(wrong)} "
                      f"{flagged(right)} {auc:5.3f} {r['cpu']:6.1f}", flush=True)
    print("published strict F1, MAC-Test sentence level: "
          + ", ".join(f"{name} {f1:.3f}" for name, f1 in PUBLISHED.items()))


if __name__ == "__main__":
    main()

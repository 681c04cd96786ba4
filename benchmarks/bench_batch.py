"""Throughput, overhead over bare NLP, parallel speed-up, memory and start-up time.

Scripts, not timed tests: run them by hand and copy the figures into
BENCHMARKS.md.

    python benchmarks/bench_batch.py help                   # `northeast-text --help` time
    python benchmarks/bench_batch.py annotate               # CLI annotate per bundled pair
    python benchmarks/bench_batch.py ratio [CORPUS] [--profile]  # full pipeline vs bare spaCy+jieba
    python benchmarks/bench_batch.py process [PAIR]          # the same as processes: `check` vs bare NLP
    python benchmarks/bench_batch.py batch CORPUS -j 1 [--limit N]  # batch wall time, words/s, RSS curve

``ratio`` loads the models first, then times, on the same texts and in the
same process, alternately (``--repeat`` times; the least and the median
times are reported, and the ratio of the median CPU times of the process,
which other processes on a loaded machine disturb less): (a) the bare NLP cost, spaCy ``nlp.pipe`` over the
English blocks (the model's ner, as loaded by
``northeast_text.nlp.english_base``) plus ``jieba.posseg.cut`` over the
Chinese blocks; (b) the full pipeline, ``pipeline.annotate`` plus the TEI and
JSON writers.  The ratio is (b) / (a).

``process`` runs, alternately, ``northeast-text check`` on one pair (default
corpus/northeast) and a process that loads the same models and does the bare
NLP on the same pair, and reports the median wall and CPU times of each.

``batch`` runs ``run_batch`` in a fresh process (models loaded inside, as the
CLI does) and records, after each pair, the peak resident memory
(``ru_maxrss``), so memory growth with the corpus size can be read off.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLI = [PY, "-m", "northeast_text"]


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cmd_help(args) -> dict:
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        subprocess.run(CLI + ["--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return {"help_seconds_min": min(times), "help_seconds_median": statistics.median(times)}


def cmd_annotate(args) -> dict:
    from northeast_text.batch import discover_pairs

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in discover_pairs(args.corpus):
            words = len(spec.target.read_text("utf-8-sig").split())
            t = time.perf_counter()
            subprocess.run(CLI + ["annotate", str(spec.source), str(spec.target), "-o", f"{tmp}/x.xml",
                                  "--json", f"{tmp}/x.json"], check=True, capture_output=True)
            dt = time.perf_counter() - t
            rows.append({"pair": spec.id, "en_words": words, "seconds": round(dt, 2),
                         "words_per_s": round(words / dt)})
    total_w = sum(r["en_words"] for r in rows)
    total_t = sum(r["seconds"] for r in rows)
    return {"annotate_cli": rows, "total_words_per_s": round(total_w / total_t),
            "pairs_per_s": round(len(rows) / total_t, 3)}


def _docs(corpus: Path, limit: int | None):
    from northeast_text.batch import discover_pairs
    from northeast_text.readers import read_document

    out = []
    for spec in discover_pairs(corpus)[:limit]:
        out.append((spec.id, read_document(spec.source, lang="zh"), read_document(spec.target, lang="en")))
    return out


def cmd_ratio(args) -> dict:
    from northeast_text import entities, nlp, pipeline
    from northeast_text.settings import Settings
    from northeast_text.writers.report import report_json
    from northeast_text.writers.tei import tei_bytes

    docs = _docs(args.corpus, args.limit)
    settings = Settings()
    base = nlp.english_base()
    posseg = entities.jieba_ready()
    entities.english_pipeline()
    pipeline.annotate(docs[0][1], docs[0][2], settings, docs[0][0])  # warm every cache
    en_texts = [[b.text for b in en.blocks] for _, _, en in docs]
    zh_texts = [[b.text for b in zh.blocks] for _, zh, _ in docs]
    words = sum(len(t.split()) for texts in en_texts for t in texts)

    def bare() -> None:
        for en, zh in zip(en_texts, zh_texts):
            for _doc in base.pipe(en):
                pass
            for text in zh:
                list(posseg.cut(text))

    def full() -> None:
        for pid, zh, en in docs:
            pair = pipeline.annotate(zh, en, settings, pid)
            tei_bytes(pair)
            report_json(pair)

    bare_t, full_t, bare_cpu, full_cpu = [], [], [], []
    for _ in range(args.repeat):
        for run, wall, cpu in ((bare, bare_t, bare_cpu), (full, full_t, full_cpu)):
            t, c = time.perf_counter(), time.process_time()
            run()
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
    bare_m, full_m = statistics.median(bare_t), statistics.median(full_t)
    result = {
        "pairs": len(docs), "en_words": words, "repeat": args.repeat,
        "bare_nlp_seconds": round(min(bare_t), 3), "full_pipeline_seconds": round(min(full_t), 3),
        "ratio": round(min(full_t) / min(bare_t), 2),
        "bare_nlp_median": round(bare_m, 3), "full_pipeline_median": round(full_m, 3),
        "ratio_of_medians": round(full_m / bare_m, 2),
        "cpu_ratio_of_medians": round(statistics.median(full_cpu) / statistics.median(bare_cpu), 2),
        "full_words_per_s": round(words / min(full_t)), "bare_words_per_s": round(words / min(bare_t)),
    }
    if args.profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        full()
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).sort_stats("cumulative")
        stats.print_stats(r"northeast_text|spacy/language|posseg", 45)
        print(buf.getvalue(), file=sys.stderr)
    return result


def _child_run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cmd_process(args) -> dict:
    """``check`` of one pair as a process against a process doing the bare NLP on it."""
    zh, en = args.pair / "zh.md", args.pair / "en.md"
    bare_argv = [PY, __file__, "_bare", str(zh), str(en)]
    full_argv = CLI + ["check", str(zh), str(en), "--fail-on", "never"]
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "full": []}
    for _ in range(args.repeat):
        runs["bare"].append(_child_run(bare_argv))
        runs["full"].append(_child_run(full_argv))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    return {"pair": args.pair.name, "repeat": args.repeat,
            "bare_wall_median": round(med["bare"][0], 2), "full_wall_median": round(med["full"][0], 2),
            "ratio_of_wall_medians": round(med["full"][0] / med["bare"][0], 2),
            "bare_cpu_median": round(med["bare"][1], 2), "full_cpu_median": round(med["full"][1], 2),
            "ratio_of_cpu_medians": round(med["full"][1] / med["bare"][1], 2)}


def cmd_bare(args) -> None:
    """The bare NLP of one pair in this process: load spaCy (tok2vec + ner) and jieba, then
    ``nlp.pipe`` over the English blocks and ``jieba.posseg.cut`` over the Chinese ones."""
    from northeast_text import nlp
    from northeast_text.readers import read_document

    zh, en = read_document(args.zh, lang="zh"), read_document(args.en, lang="en")
    for _doc in nlp.english_base().pipe([b.text for b in en.blocks]):
        pass
    posseg = nlp.jieba_base()
    for b in zh.blocks:
        list(posseg.cut(b.text))


def cmd_batch(args) -> dict:
    """Run the batch in a child process (fresh models, like the CLI) and report."""
    corpus = args.corpus
    if args.limit:
        tmp = Path(tempfile.mkdtemp(prefix="nt-bench-corpus-"))
        from northeast_text.batch import discover_pairs

        for spec in discover_pairs(corpus)[: args.limit]:
            shutil.copytree(spec.source.parent, tmp / spec.id)
        corpus = tmp
    out = Path(tempfile.mkdtemp(prefix="nt-bench-out-"))
    t = time.perf_counter()
    proc = subprocess.run([PY, __file__, "_inner", str(corpus), str(out), "-j", str(args.jobs)],
                          check=True, capture_output=True, text=True)
    wall = time.perf_counter() - t
    inner = json.loads(proc.stdout)
    shutil.rmtree(out, ignore_errors=True)
    pairs, words = inner["pairs"], inner["en_words"]
    return {"jobs": args.jobs, "pairs": pairs, "en_words": words, "wall_seconds": round(wall, 2),
            "pairs_per_s": round(pairs / wall, 3), "words_per_s": round(words / wall),
            "failed": inner["failed"], "rss_mb_after": inner["rss_mb_after"]}


def cmd_inner(args) -> None:
    from northeast_text.batch import discover_pairs, run_batch
    from northeast_text.settings import Settings

    specs = discover_pairs(args.corpus)
    marks = {n for n in (1, 10, 25, 50, 100, 150, 200, 300, 400) if n <= len(specs)} | {len(specs)}
    rss = {}

    def progress(status, done, total):
        if done in marks:
            rss[done] = round(_maxrss_mb(), 1)

    result = run_batch(specs, args.out, Settings(), jobs=args.jobs, force=True, progress=progress)
    print(json.dumps({"pairs": len(specs), "en_words": result.total("en_words"),
                      "failed": len(result.failed), "rss_mb_after": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("help")
    p.add_argument("--repeat", type=int, default=7)
    p = sub.add_parser("annotate")
    p.add_argument("corpus", type=Path, nargs="?", default=ROOT / "corpus")
    p = sub.add_parser("ratio")
    p.add_argument("corpus", type=Path, nargs="?", default=ROOT / "corpus")
    p.add_argument("--limit", type=int)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--profile", action="store_true")
    p = sub.add_parser("process")
    p.add_argument("pair", type=Path, nargs="?", default=ROOT / "corpus" / "northeast")
    p.add_argument("--repeat", type=int, default=3)
    p = sub.add_parser("_bare")
    p.add_argument("zh", type=Path)
    p.add_argument("en", type=Path)
    p = sub.add_parser("batch")
    p.add_argument("corpus", type=Path, nargs="?", default=ROOT / "corpus")
    p.add_argument("-j", "--jobs", type=int, default=1)
    p.add_argument("--limit", type=int)
    p = sub.add_parser("_inner")
    p.add_argument("corpus", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args()
    os.chdir(ROOT)
    if args.cmd in ("_inner", "_bare"):
        {"_inner": cmd_inner, "_bare": cmd_bare}[args.cmd](args)
        return
    commands = {"help": cmd_help, "annotate": cmd_annotate, "ratio": cmd_ratio, "process": cmd_process,
                "batch": cmd_batch}
    result = commands[args.cmd](args)
    print(json.dumps({"bench": args.cmd, "cpus": os.cpu_count(), **result}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

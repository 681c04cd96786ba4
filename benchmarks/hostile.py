"""Pathological inputs: time and peak memory of `check` on each.

    .venv/bin/python benchmarks/hostile.py [--timeout 120] [--only NAME,NAME]

Each case is a small hostile file (docs/bad-input.md, "Small inputs that
cost minutes or gigabytes") built in a temporary folder next to a good
pair; `northeast-text check` runs on it in its own process and the script
prints wall time, CPU time (model loading included) and its ratio to this
machine's reference (:func:`reference_seconds`: the bundled pair's check
with the models loaded), peak resident memory (the child's ``ru_maxrss``),
the exit code and the first line of stderr.  A case still running after
``--timeout`` seconds is killed and shown as such.  Nothing is read from
outside the repository.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ZH = "# 东北经济\n\n2023年，辽宁省地区生产总值增长5.3%，达到3.0万亿元。\n"
EN = "# The Northeast Economy\n\nIn 2023, Liaoning's GDP grew 5.3% to 3.0 trillion yuan.\n"


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\n---\n\n" + EN


def _nested_links(size: int) -> str:
    n = size // 5
    return EN + "\n" + "[" * n + "a" + "](y)" * n + "\n"


#: name -> (what it is, files it writes: {"zh.md": text, "en.md": text, "extra.tsv": text}, extra args)
CASES: dict[str, tuple[str, Callable[[], dict[str, str]], tuple[str, ...]]] = {
    "yaml-alias-bomb": ("4 KB YAML alias bomb in front matter",
                        lambda: {"en.md": _alias_bomb()}, ()),
    "digits-10000": ("a 10,000-digit number",
                     lambda: {"en.md": EN + "\nThe figure was " + "9" * 10_000 + " yuan.\n"}, ()),
    "parens-20k": ("20 KB of ')'", lambda: {"en.md": EN + "\n" + ")" * 20_000 + "\n"}, ()),
    "nested-links": ("350 KB of nested [[[…](y)", lambda: {"en.md": _nested_links(350_000)}, ()),
    "nested-strong": ("350 KB of ***a*** nesting",
                      lambda: {"en.md": EN + "\n" + "*" * 175_000 + "a" + "*" * 175_000 + "\n"}, ()),
    "quote-levels": ("10,000 '>' quote levels", lambda: {"en.md": EN + "\n" + ">" * 10_000 + " deep\n"}, ()),
    "paragraph-5mb": ("5 MB English paragraph, no sentence end",
                      lambda: {"en.md": EN + "\n" + "word Shenyang and " * 280_000 + "\n"}, ()),
    "tiny-blocks": ("800 KB: 100,000 tiny blocks",
                    lambda: {"en.md": EN + "\n" + "ab 1\n\n" * 100_000,
                             "zh.md": ZH + "\n" + "甲 1\n\n" * 100_000}, ()),
    "tiny-blocks-distinct": ("1 MB: 100,000 tiny blocks, each its own (a subtitle file, a word list)",
                             lambda: {"en.md": EN + "\n" + "".join(f"ab {i}\n\n" for i in range(100_000)),
                                      "zh.md": ZH + "\n" + "".join(f"甲 {i}\n\n" for i in range(100_000))}, ()),
    "lexicon-200k": ("a 200,000-entry lexicon",
                     lambda: {"big.tsv": "".join(f"k{i}\tplace\t地{i}名\tPlace{i}\n" for i in range(200_000))},
                     ("--lexicon", "big.tsv")),
    "prices-10k": ("one paragraph of 10,000 prices a side (a price list or table read as one block)",
                   lambda: {"zh.md": ZH + "\n" + "，".join(f"白菜每斤{i}元" for i in range(10_000)) + "。\n",
                            "en.md": EN + "\n" + ", ".join(f"cabbage at {i} yuan per jin" for i in range(10_000))
                            + ".\n"}, ()),
    "dropped-10k": ("a paragraph of 10,000 prices the translation leaves out",
                    lambda: {"zh.md": ZH + "\n" + "，".join(f"白菜每斤{i}元" for i in range(10_000)) + "。\n"}, ()),
    "list-as-prose-2k": ("2,000 list items rendered as one paragraph (one link of 4,000 figures a side)",
                         lambda: {"zh.md": ZH + "\n主要指标如下：\n\n"
                                  + "\n".join(f"- 指标{i}为{i * 3 + 7}万元" for i in range(2_000)) + "\n",
                                  "en.md": EN + "\nThe main indicators were: "
                                  + ", ".join(f"indicator {i} at {(i * 3 + 7) * 10} thousand yuan"
                                              for i in range(2_000))
                                  + ".\n"}, ()),
    "digits-29": ("a 29-digit figure and 九万亿亿亿",
                  lambda: {"zh.md": ZH + "\n投资90000000000000000000000000000元，九万亿亿亿。\n"}, ()),
}


#: CPU seconds of :func:`reference_seconds` on the machine the bounds were set
#: on (the shared 2-vCPU development machine, 2026-11-30: 0.91–1.25 s over the
#: day).  A bound of "10 s" means ten times this machine's own reference.
REFERENCE_SECONDS = 1.0

_REFERENCE_RUNNER = r"""
import contextlib, io, sys, time
from northeast_text.entities import warm_up
from northeast_text.cli import main

warm_up()
folder = sys.argv[1]


def once():
    start = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(["check", folder + "/zh.md", folder + "/en.md", "--fail-on", "never"])
        except SystemExit:
            pass
    return time.process_time() - start


once()  # the first run loads the lexicons and fills the caches
print("REFERENCE", min(once() for _ in range(3)))
"""


def reference_seconds() -> float:
    """This machine's speed: CPU seconds of checking the bundled pair
    (corpus/northeast) with the models loaded and the caches warm, the best
    of three, in a process of its own.  Bounds on the hostile cases are
    ratios to it (``REFERENCE_SECONDS`` where they were set)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _REFERENCE_RUNNER, str(ROOT / "corpus" / "northeast")],
                          capture_output=True, text=True, env=env, timeout=600, check=True)
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("REFERENCE "))
    return float(line.split()[1])


def run_case(name: str, timeout: float) -> tuple[float, float, float, int | None, str]:
    """(wall seconds, CPU seconds, peak MB, exit code or None when killed, first stderr line)."""
    _what, make, args = CASES[name]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {"zh.md": ZH, "en.md": EN, **make()}
        for fname, text in files.items():
            (folder / fname).write_text(text, "utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "northeast_text", "check", "zh.md", "en.md", "--fail-on", "never", *args]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=folder, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        code: int | None = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() - start > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                _pid, _status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        proc.stderr.close() if proc.stderr else None
        first = next((line for line in err.splitlines() if line.startswith("northeast-text:")), "")
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is killed")
    ap.add_argument("--only", default="", help="comma-separated case names")
    opts = ap.parse_args()
    names = [n for n in opts.only.split(",") if n] or list(CASES)
    reference = reference_seconds()
    print(f"reference: {reference:.2f} s CPU to check corpus/northeast with the models loaded "
          f"({REFERENCE_SECONDS:.2f} s where the bounds were set)\n")
    print("| case | input | seconds | CPU s | × reference | peak MB | exit | message |\n"
          "|---|---|---:|---:|---:|---:|---:|---|")
    for name in names:
        seconds, cpu, mb, code, first = run_case(name, opts.timeout)
        shown = "killed" if code is None else str(code)
        print(f"| {name} | {CASES[name][0]} | {seconds:.1f} | {cpu:.1f} | {cpu / reference:.1f} | {mb:.0f} "
              f"| {shown} | {first[:80]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

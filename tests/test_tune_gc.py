"""`pipeline.tune_gc`: fewer young collections, and no walk of everything at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import atexit, gc
from northeast_text.pipeline import GC_YOUNG_THRESHOLD, tune_gc
tune_gc()
tune_gc()  # twice: one exit hook
assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
assert gc.get_freeze_count() == 0
kept = [[i] for i in range(1000)]
atexit._run_exitfuncs()
print("frozen", gc.get_freeze_count() >= 1000)
"""


def test_an_annotating_process_freezes_its_objects_at_exit_and_still_exits_cleanly():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "frozen True"

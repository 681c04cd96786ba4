"""`pipeline._collections_paused`: an annotating process collects no cyclic garbage
while it annotates a pair, because annotating makes almost none (issue 11)."""

from __future__ import annotations

import gc

import pytest

from northeast_text import pipeline
from northeast_text.model import Document
from northeast_text.readers import parse_document


def _doc(lang: str, lines: list[str]) -> Document:
    return parse_document("\n\n".join(lines) + "\n", lang)


def _pair(n: int) -> tuple[Document, Document]:
    zh = ["2023年，某省生产总值增长5.3%，达到3.0万亿元。"] + [f"甲 {i}" for i in range(n)] \
        + [f"第{i}条规定，去年增长{i}.5%，达到{i}亿元。" for i in range(n // 10)]
    en = ["In 2023 the province's output grew 5.3% to 3.0 trillion yuan."] + [f"ab {i}" for i in range(n)] \
        + [f"Article {i}: last year it grew {i}.5% to {i}00 million yuan." for i in range(n // 10)]
    return _doc("zh", zh), _doc("en", en)


@pytest.fixture()
def annotating_process(monkeypatch):
    """The state :func:`pipeline.tune_gc` leaves (without its exit hook), collector on."""
    was, thresholds = gc.isenabled(), gc.get_threshold()
    monkeypatch.setattr(pipeline, "_pause_while_annotating", True)
    gc.enable()
    gc.set_threshold(pipeline.GC_YOUNG_THRESHOLD, 50, 100)
    yield
    gc.set_threshold(*thresholds)
    (gc.enable if was else gc.disable)()


def _collections_during(stage: str, monkeypatch, spends: int = 0) -> list[int]:
    """The generations collected while ``stage`` of the pipeline runs; ``spends``: how
    many objects the stage makes (after switching the collector on again, as srsly
    does when spaCy's model is loaded)."""
    seen: list[int] = []
    real = getattr(pipeline, stage)

    def note(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    def spy(*args, **kwargs):
        gc.callbacks.append(note)
        try:
            gc.enable()
            kept = [[i] for i in range(spends)]
            assert len(kept) == spends
            return real(*args, **kwargs)
        finally:
            gc.callbacks.remove(note)

    monkeypatch.setattr(pipeline, stage, spy)
    return seen


def _garbage_of(n: int) -> int:
    """Objects in cycles that annotating a pair of ``n`` tiny blocks leaves behind."""
    zh, en = _pair(n)
    gc.collect()
    gc.disable()
    try:
        pair = pipeline.annotate(zh, en)
        assert pair.alignment
        del pair
    finally:
        gc.enable()
    return gc.collect()


def test_annotating_leaves_no_cyclic_garbage_that_grows_with_the_input():
    """What the pause relies on: a pair ten times the size leaves no more objects in
    cycles (a per-block cycle, say a stored exception with its frame, would)."""
    _garbage_of(20)  # the first pair loads the models and fills the caches
    small, large = _garbage_of(40), _garbage_of(400)
    assert large <= small + 50, (small, large)


def test_nothing_is_collected_while_annotating_even_if_a_library_switches_the_collector_on(
        annotating_process, monkeypatch):
    seen = _collections_during("analyse", monkeypatch, spends=3 * pipeline.GC_YOUNG_THRESHOLD)
    zh, en = _pair(5)
    pipeline.annotate(zh, en)
    assert seen == []
    assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 50, 100)
    assert gc.isenabled()


def test_the_counter_case_a_collector_left_on_collects(monkeypatch):
    """The same stage in a process that never called tune_gc (a library caller): collected."""
    monkeypatch.setattr(pipeline, "_pause_while_annotating", False)
    thresholds = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        seen = _collections_during("analyse", monkeypatch, spends=20_000)
        zh, en = _pair(2)
        pipeline.annotate(zh, en)
    finally:
        gc.set_threshold(*thresholds)
    assert seen and 0 in seen


def test_the_collector_is_given_back_after_an_error(annotating_process, monkeypatch):
    def broken(*args, **kwargs):
        assert gc.get_threshold()[0] == 0
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "analyse", broken)
    zh, en = _pair(2)
    with pytest.raises(RuntimeError):
        pipeline.annotate(zh, en)
    assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 50, 100)


def test_files_are_read_with_the_collector_paused_too(annotating_process, monkeypatch, tmp_path):
    seen: list[int] = []
    real = pipeline.annotate

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold()[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "annotate", spy)
    (tmp_path / "zh.md").write_text("2023年增长5%。\n", "utf-8")
    (tmp_path / "en.md").write_text("It grew 5% in 2023.\n", "utf-8")
    pipeline.annotate_files(tmp_path / "zh.md", tmp_path / "en.md")
    assert seen == [0]
    assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 50, 100)


def test_a_collector_switched_off_by_the_caller_stays_off(annotating_process):
    gc.disable()
    zh, en = _pair(2)
    pipeline.annotate(zh, en)
    assert not gc.isenabled()
    gc.enable()


def test_what_the_pair_made_is_old_after_it_and_its_cycles_are_still_collected(annotating_process, monkeypatch):
    """After the pair, the young generation is empty (the next young collection walks
    none of the pair) and nothing stays frozen: a cycle the pair left is freed by a full
    collection."""
    import weakref

    class Node:
        pass

    refs = []
    real = pipeline.analyse

    def spy(*args, **kwargs):
        node = Node()
        node.me = node  # a cycle, garbage once the stage returns
        refs.append(weakref.ref(node))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", spy)
    zh, en = _pair(5)
    pair = pipeline.annotate(zh, en)
    assert gc.get_freeze_count() == 0
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert id(pair) not in young and id(pair.alignment) not in young
    assert any(o is pair for o in gc.get_objects(generation=2))
    assert refs and refs[0]() is not None  # not collected during the pair
    gc.collect()
    assert all(r() is None for r in refs)


def test_objects_frozen_by_the_caller_stay_frozen(annotating_process):
    kept = [[i] for i in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        zh, en = _pair(2)
        pipeline.annotate(zh, en)
        assert 0 < gc.get_freeze_count() <= frozen  # none unfrozen, none of the pair's frozen (some died)
    finally:
        gc.unfreeze()
    assert len(kept) == 100

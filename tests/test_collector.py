"""Tests for the collector pause: nesting, threads, and the caller's own setting kept."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

import pytest

from transcript_tools.collector import collector_paused
from transcript_tools.model import Document


def test_collector_paused_nests_and_restores_the_callers_setting() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()

    gc.disable()  # a caller that keeps the collector off keeps it off
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

    # overlapping runs on two threads: on again only when the last one ends
    inside, release = threading.Event(), threading.Event()

    def run() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=run)
    worker.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()
    release.set()
    worker.join()
    assert gc.isenabled()


def test_clean_runs_the_collector_at_most_once_after_parse_and_stages() -> None:
    # one pause over the parse and the stages: the collector, back on, walks the document once
    # (a pause each ran it after the parse and again after the stages)
    from pathlib import Path

    from transcript_tools import Cleaner

    text = (Path(__file__).resolve().parent.parent / "examples"
            / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    cleaner = Cleaner()
    cleaner.clean(text)  # indexes loaded
    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        cleaner.clean(text)
    finally:
        gc.callbacks.remove(count)
    assert len(runs) <= 1


def test_cleans_make_no_reference_cycles() -> None:
    # the collector is paused while a document is cleaned: the stages must leave no cyclic
    # garbage behind (reference counting alone frees what they drop)
    from pathlib import Path

    from transcript_tools import Cleaner

    root = Path(__file__).resolve().parent.parent / "examples"
    text = (root / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    names = (root / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    cleaner = Cleaner(names)
    cleaner.clean(text)
    gc.collect()
    gc.disable()
    try:
        result = cleaner.clean(text)
        result.to_json()
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_benchmark_stages_run_with_the_collector_paused_as_a_clean_runs_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `benchmarks.measure.stages` times each stage alone: with the collector on, its passes
    # over the document (which no clean makes) landed in the per-stage figures
    import transcript_tools as tt
    from benchmarks import measure

    seen: list[tuple[str, bool]] = []

    def watched(name: str, stage: Callable[[Document], Document]) -> Callable[[Document], Document]:
        def run(doc: Document) -> Document:
            seen.append((name, gc.isenabled()))
            return stage(doc)
        return run

    class Watched(tt.Cleaner):
        def __init__(self, names: list[str] | None = None) -> None:
            super().__init__(names)
            self.stages = [(name, watched(name, stage)) for name, stage in self.stages]

    monkeypatch.setattr(tt, "Cleaner", Watched)
    text = ("the harbour board met on tuesday night to vote on the new ferry timetable. "
            "members said the winter crossings would start an hour later.\n")
    assert gc.isenabled()
    figures = measure.stages(text, [], 1)
    assert gc.isenabled()  # the caller's setting back after the timings
    timed = [name for name, _ in figures]
    assert "parse (reader)" in timed and "write json" in timed
    names = [name for name, _ in tt.Cleaner().stages]
    # each stage: once in the warm clean (paused by `clean`), then timed by `stages`
    assert all(sum(n == name for n, _ in seen) >= 3 for name in names)
    assert not any(on for _, on in seen)

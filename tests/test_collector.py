"""Tests for the collector pause: nesting, threads, and the caller's own setting kept."""

from __future__ import annotations

import gc
import threading

from transcript_tools.collector import collector_paused


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

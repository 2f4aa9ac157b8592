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

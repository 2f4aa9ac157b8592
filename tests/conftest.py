"""Shared fixtures: the example files, two hypothesis profiles (fast default, `release`) and
an SRT builder for constructed cues."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from transcript_tools.writers.webvtt import stamp

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"

# The default profile (CI) is derandomized so that a run is reproducible: the same examples
# every time. Exploration is the job of `make fuzz` and of HYPOTHESIS_PROFILE=release.
settings.register_profile("default", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("release", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (EXAMPLES / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_names() -> list[str]:
    return (EXAMPLES / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def sample_article() -> str:
    return (EXAMPLES / "article_same_story_2020-10.txt").read_text(encoding="utf-8")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium driven by Playwright; skips with a reason where it cannot
    run (Playwright's own browser download does not work offline)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(exe):
        pytest.skip("Debian chromium is not installed (make test installs it where it can)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def srt(cues: list[str], every: float = 3.0, shown: float = 2.5) -> str:
    """An SRT file of ``cues`` (constructed text): cue k (from 1) shown from k x ``every``
    seconds for ``shown`` seconds, each cue followed by a blank line."""
    return "".join(f"{k}\n{_srt_stamp(k * every)} --> {_srt_stamp(k * every + shown)}\n{text}\n\n"
                   for k, text in enumerate(cues, 1))


def _srt_stamp(seconds: float) -> str:
    return stamp(seconds).replace(".", ",")

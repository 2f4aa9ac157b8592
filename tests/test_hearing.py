"""Hearing a window: the retrieval, the coarse bound and the group split are shortcuts, so
what `Ear` finds must be what the exact distance finds over every retrieved unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcript_tools import Cleaner, hearing
from transcript_tools.names import NameCorrector
from transcript_tools.namescore import MAX_DISTANCE
from transcript_tools.phonetics import coarse, distance, skeleton
from transcript_tools.pronounce import pronounce

CASES = Path(__file__).parent / "data" / "cases" / "names"


@pytest.fixture(scope="module")
def corrector(sample_names: list[str]) -> NameCorrector:
    cases = json.loads((CASES / "sports.json").read_text(encoding="utf-8"))
    stage = dict(Cleaner(sample_names + cases["lexicon"]).stages)["names"]
    assert isinstance(stage, NameCorrector)
    return stage


def _windows(text: str, size: int) -> list[str]:
    words = [w for w in text.lower().split() if w.isalpha()]
    return [" ".join(words[i:i + size]) for i in range(0, len(words) - size, 7)]


def test_hearing_finds_what_the_exact_distance_finds(corrector: NameCorrector,
                                                      sample_text: str) -> None:
    ear = hearing.Ear(corrector.index)
    units = corrector.index.units
    windows = [w for size in (1, 2, 3) for w in _windows(sample_text, size)]
    windows += ["as a by jan", "pewter post", "not going to cut off", "the go on o'connor"]
    near_hits = 0
    for window in windows:
        phones = "".join(pronounce(w) for w in window.split())
        skel = skeleton(phones)
        everything, near = ear.hear(phones, skel, coarse(phones))
        expected = []
        for uid in corrector.index.candidates(skel) if skel else ():
            unit = units[uid]
            raw = distance(phones, unit.phones)
            # Within the search bound (raw) and the normalised cap, as the search decides.
            if unit.length * 0.6 <= len(phones) <= unit.length * 1.5 + 1 \
                    and raw <= MAX_DISTANCE * unit.length and raw / unit.length <= MAX_DISTANCE:
                expected.append((uid, raw / unit.length))
        assert list(everything) == expected, window
        assert list(near) == [(u, d) for u, d in expected if d <= ear.near(u)], window
        # The near search alone (its own bounds and cuts) finds the same near hits.
        assert hearing.Ear(corrector.index).hear_near(phones, skel, coarse(phones)) == near
        near_hits += len(near)
    assert near_hits > 0   # the garbles above are heard


def test_hearing_only_some_units_finds_their_hits(corrector: NameCorrector,
                                                 sample_text: str) -> None:
    ear = hearing.Ear(corrector.index)
    found = 0
    for window in _windows(sample_text, 2) + ["as a by jan", "pewter post"]:
        phones = "".join(pronounce(w) for w in window.split())
        skel = skeleton(phones)
        everything, _ = ear.hear(phones, skel, coarse(phones))
        wanted = {uid for k, (uid, _) in enumerate(everything) if k % 2 == 0} | {0, 1}
        only = ear.hear_only(phones, skel, wanted)
        assert list(only) == [(u, d) for u, d in everything if u in wanted]
        found += len(only)
    assert found > 0

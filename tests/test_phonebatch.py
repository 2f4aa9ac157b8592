"""The batched phone distance answers exactly what the one-pair distance answers, bit for bit,
for pairs of every size, unknown characters and equal strings included."""

from __future__ import annotations

import pytest

from transcript_tools import phonebatch
from transcript_tools.phonetics import distance, distance_within
from transcript_tools.pronounce import pronounce


@pytest.fixture(scope="module")
def pairs(sample_text: str, sample_names: list[str]) -> list[tuple[str, str, float]]:
    words = [w for w in sample_text.lower().split() if w.isalpha()][:400]
    windows = ["".join(pronounce(w) for w in words[i:i + size])
               for size in (1, 2, 3, 5) for i in range(0, len(words) - size, 11)]
    names = ["".join(pronounce(w) for w in name.lower().split()) for name in sample_names]
    out = [(window, name, factor * len(name))
           for k, window in enumerate(windows) for name in names[k % 5::7]
           for factor in (0.3, 2.0)]
    # Unknown characters (charged as a full substitution, even against themselves), an
    # empty side and equal strings.
    out += [("ab?cd", "ab?cd", 9.0), ("ab?cd", "abxcd", 9.0), ("", "kæt", 9.0),
            ("kæt", "", 9.0), ("kæt", "kæt", 0.0), ("x!", "y!", 9.0)]
    return out


def test_batched_distances_are_the_one_pair_distances(
        pairs: list[tuple[str, str, float]]) -> None:
    assert len(pairs) > phonebatch.CHUNK   # more than one batch
    got = phonebatch.distances_within(pairs)
    want = [distance_within(a, b, bound) for a, b, bound in pairs]
    assert got == want
    # Wide bounds give the exact distance itself.
    assert [d for d, (_, _, bound) in zip(got, pairs) if bound == 9.0 or d != float("inf")] \
        == [distance(a, b) for a, b, bound in pairs
            if bound == 9.0 or distance(a, b) <= bound]
    assert any(d == float("inf") for d in got) and any(0 < d < float("inf") for d in got)


def test_a_small_batch_takes_the_one_pair_path(pairs: list[tuple[str, str, float]]) -> None:
    few = pairs[:phonebatch.BATCH_FROM - 1]
    assert phonebatch.distances_within(few) == [distance_within(*p) for p in few]

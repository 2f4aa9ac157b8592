"""speed33: the layout and timing stages' cheaper forms give what the forms they replace gave."""

from __future__ import annotations

import math
import random
import struct
from array import array
from pathlib import Path

import pytest

from transcript_tools import clean, layout
from transcript_tools.timing import doubles

from .captionfiles import cleaned, srt


def test_doubles_equal_the_array_of_the_values() -> None:
    rng = random.Random(33)
    for n in (0, 1, 2, 4095, 4096, 4097, 9000):
        values = [rng.uniform(-1e6, 1e6) for _ in range(n)]
        got = doubles(values)
        assert got.typecode == "d"
        assert got.tobytes() == array("d", values).tobytes()
    odd = [0.0, -0.0, 1e-310, math.inf, -math.inf, 3, True, 2 ** 52 + 1]
    assert doubles(odd).tobytes() == array("d", odd).tobytes()
    nan = doubles([math.nan])
    assert len(nan) == 1 and math.isnan(nan[0])


def test_doubles_refuses_what_the_array_refuses() -> None:
    for bad in (["1.5"], [None], [2 ** 1100]):
        with pytest.raises((TypeError, OverflowError, struct.error)):
            array("d", bad)
        with pytest.raises((TypeError, OverflowError, struct.error)):
            doubles(bad)


_WORDS = ("harbour pilots guided the freighter past the breakwater at dawn while gulls circled "
          "and the tide turned slowly toward the estuary where anglers waited with nets").split()


def _page(rng: random.Random, n: int) -> str:
    out = []
    for k in range(n):
        word = rng.choice(_WORDS)
        if k and rng.random() < 0.1:
            word = word.capitalize()
        out.append(word + rng.choice(["", "", "", "", ",", ".", "?"]))
        if rng.random() < 0.04:
            out.append("\n>> ")
    return "6:15 pm\n" + " ".join(out) + "\n6:16 pm\nand then " + " ".join(out[:40]) + "\n"


def _srt(rng: random.Random, cues: int) -> str:
    blocks = []
    for k in range(cues):
        start = 2.0 * k + rng.random()
        end = start + 0.8 + rng.random()
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 12)))
        if rng.random() < 0.2:
            words = "- " + words + "\n- " + rng.choice(_WORDS) + "."
        blocks.append((_stamp(start), _stamp(end), words))
    return srt(blocks)


def _stamp(seconds: float) -> str:
    whole = int(seconds)
    ms = int(round((seconds - whole) * 1000)) % 1000
    return f"00:{whole // 60:02d}:{whole % 60:02d},{ms:03d}"


def test_the_layout_is_the_same_in_lists_and_in_arrays(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    """A short page's units keep their numbers in lists, a long one's in arrays
    (`layout.SHORT_PAGE`): the cues and their times are the same either way."""
    rng = random.Random(3)
    pages = [_page(rng, rng.randint(20, 600)) for _ in range(12)]
    files = [_srt(rng, rng.randint(3, 40)) for _ in range(6)]

    def outputs() -> list[str]:
        got = [(t := clean(p)).to_webvtt() + t.to_json() for p in pages]
        for k, text in enumerate(files):
            t = cleaned(tmp_path, text, f"in{k}.srt")
            got.append(t.to_webvtt() + t.to_srt())
        return got

    assert layout.SHORT_PAGE >= 600 * 3  # (these pages take the lists)
    short = outputs()
    assert all("-->" in out for out in short)
    monkeypatch.setattr(layout, "SHORT_PAGE", -1)
    assert outputs() == short

"""speed33: the layout and timing stages' cheaper forms give what the forms they replace gave."""

from __future__ import annotations

import math
import random
import struct
from array import array

import pytest

from transcript_tools.timing import doubles


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

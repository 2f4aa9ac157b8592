"""Line breaking: the last-resort wrap of a unit longer than a line."""

from __future__ import annotations

from transcript_tools.linebreak import hard_wrap


def test_a_unit_longer_than_a_line_wraps_at_its_spaces() -> None:
    # qa7 audit: a long lexicon name (one unit) was cut mid-word ("Histor / y and Culture")
    assert hard_wrap("National Museum of Modern Art History and Culture", 42) == [
        "National Museum of Modern Art History and", "Culture"]
    assert hard_wrap("a" * 50, 42) == ["a" * 42, "a" * 8]

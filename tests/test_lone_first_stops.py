"""A stop opening the text or a turn with another stop a line below it: both are caption
keystrokes, and both go on the first cleaning (make fuzz, ux19: "." | ". the" kept the
first, which a second cleaning then removed)."""

from __future__ import annotations

import pytest

from transcript_tools import clean


@pytest.mark.parametrize("text", [
    ".\n. the tide turned\n",
    ".\n\n. the tide turned\n",
    ">> .\n. the tide turned\n",
])
def test_two_stops_a_line_apart_before_the_first_word_both_go(text: str) -> None:
    first = clean(text).text
    assert first == "The tide turned."
    assert clean(first).text == first


def test_a_spaced_ellipsis_opening_the_text_stays() -> None:
    assert clean(". . . the tide turned\n").text.startswith(". . .")


def test_a_stop_after_a_sentence_a_line_below_still_goes_alone() -> None:
    assert clean("we sailed.\n. the tide turned\n").text == "We sailed. The tide turned."

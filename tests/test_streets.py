"""Streets, numbered roads and amendments (`streets.street_cases`, called by casing)."""

from __future__ import annotations

from transcript_tools import clean


def test_a_clock_suffix_names_no_street() -> None:
    # fuzz finding: "0:00 PM place" read "PM" as a street's name ("PM Place") once the text
    # was cleaned again
    assert clean("the meeting is at 6:00 PM place your votes early\n").text.startswith(
        "The meeting is at 6:00 PM place")
    assert "on Vienna Street" in clean("she lives on Vienna street\n").text

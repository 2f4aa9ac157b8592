"""A word that is a place of the shared table, written right, is that place: a window holding
it stands for another listed name (a demonym, an organisation named after the country) at most
as a suggestion (rule `+place`). Constructed text, lexicons of organisations no dev page has."""

from __future__ import annotations

from .nameedits import name_edits


def test_a_country_written_right_is_not_changed_into_a_listed_demonym() -> None:
    edits, held = name_edits("in venezuela prices rose and venezuelan families left",
                             ["Venezuelan Red Cross"])
    assert "venezuela" not in edits
    # (no suggestion either since names42: "venezuela" is a form of the part Venezuelan to
    # the scorer, so "in venezuela" is no garble of it once "in" is trimmed)
    assert "+place" in held.get("venezuela", "+place")


def test_a_capital_is_not_changed_into_its_countrys_demonym() -> None:
    edits, _ = name_edits("the riots in brasilia shocked the country",
                          ["Brazilian Football Confederation"])
    assert "brasilia" not in edits


def test_a_window_holding_a_country_stays() -> None:
    edits, _ = name_edits("the floods in indonesia spread and indonesian troops helped",
                          ["Indonesian Red Cross"])
    assert not any("indonesia" in original for original in edits)


def test_a_place_that_is_a_word_of_the_name_itself_does_not_hold_the_garble() -> None:
    # wildlife: "kenya" is a country of the table and a word of the listed name
    edits, _ = name_edits("officials in nairobi told the kenya while life service to act",
                          ["Kenya Wildlife Service"])
    assert edits == {"kenya while life service": "Kenya Wildlife Service"}

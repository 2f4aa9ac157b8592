"""A listed name's first word, cased by the names stage alone (the rest of the name garbled or
another person's), opens a person's name for the casing stage as a first name it cased itself
would: the surname after it is capitalised. Invented names; a one-word entry opens nothing."""

from __future__ import annotations

import transcript_tools as tt


def test_listed_first_word_opens_the_surname_after_it() -> None:
    t = tt.clean("the winner was tomas pacheco who spoke today.", names=["Tomás Quintana Ruiz"])
    assert "Tomás Pacheco who" in t.text


def test_without_the_listed_first_word_the_surname_stays() -> None:
    t = tt.clean("the winner was the pacheco family today.", names=["Tomás Quintana Ruiz"])
    assert "pacheco family" in t.text


def test_a_one_word_entry_opens_no_name() -> None:
    t = tt.clean("the velmoran diaspora gathered today.", names=["Velmoran"])
    assert "Velmoran diaspora" in t.text

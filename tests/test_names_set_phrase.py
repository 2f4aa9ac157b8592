"""Ordinary words that read as a set phrase of English in place ("most of them", "part of
the"), for a name the document speaks of that they sound just like: every seam inside the
window and one with a word beside it a common pair (bigram zipf 4.0 or more), a suggestion at
most (rule "+set"). The same name's garble whose seam the counts barely know ("most off",
"part off") is still the name (names63).

Invented names: harbour towns of a sailing regatta."""

from __future__ import annotations

import pytest

from .nameedits import name_changes

LEAD = "the regatta sailed from {n} at dawn. the fleet left {n} harbour early. "


def _clean(name: str, words: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    prefix = LEAD.format(n=name.lower())
    return name_changes(prefix + words + ".", [name, "Regatta Cup"], after=len(prefix))


@pytest.mark.parametrize(("name", "words", "phrase"), [
    ("Mostov", "the skippers said most of them were fine", "most of"),
    ("Partov", "the storm was part of the race", "part of"),
    ("Kyndov", "it was a kind of the best day", "kind of"),
    ("Middelov", "a squall hit in the middle of the race", "middle of"),
])
def test_a_set_phrase_stays_english(name: str, words: str, phrase: str) -> None:
    edits, suggested = _clean(name, words)
    assert edits == []
    assert (phrase, "sound+context+set") in suggested


@pytest.mark.parametrize(("name", "words", "garble"), [
    ("Mostov", "the boats reached most off that night", "most off"),
    ("Mostov", "the boats reached must of that night", "must of"),
    ("Partov", "the boats reached part off that night", "part off"),
    ("Kyndov", "the boats took over kin dove that night", "kin dove"),
])
def test_a_garble_with_a_rare_seam_is_still_the_name(name: str, words: str,
                                                     garble: str) -> None:
    edits, _ = _clean(name, words)
    assert [(o, r) for o, r, _ in edits] == [(garble, name)]


def test_the_phrase_and_the_garble_on_one_page() -> None:
    edits, suggested = _clean("Mostov", "most of them stayed. then the crews rowed to must of "
                                        "at noon")
    assert [(o, r) for o, r, _ in edits] == [("must of", "Mostov")]
    assert [o for o, _ in suggested] == ["most of"]

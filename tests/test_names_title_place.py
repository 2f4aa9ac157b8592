"""A part of a place's name right after a person's title (`names.NameCorrector._confidence`,
rule "+title"): the title names a person, and the part of a country's or a city's name the
shared table holds (`propernouns.a_place`) stands for no person, so the window is a suggestion
at most. A person's name after the title, and the same part without a title, are still edited.
Invented names, a domain no dev page has (a football club)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.propernouns import a_place

LEXICON = ["Buenos Aires", "Chile", "Teodora Vasquelle"]


def _names(text: str) -> tuple[dict[str, str], dict[str, str]]:
    doc = clean(text, names=LEXICON).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ({e.original: e.replacement for e in doc.edits if e.kind == "name"},
            {e.original: e.rule for e in doc.suggestions if e.kind == "name"})


def test_a_place_part_after_a_title_is_no_edit() -> None:
    edits, held = _names("the football club thanked chairman bwenos for the new stadium. the "
                         "next match is in chile.")
    assert "bwenos" not in edits
    assert all(rule.endswith("+title") for o, rule in held.items() if o == "bwenos")


def test_a_person_after_a_title_is_still_edited() -> None:
    edits, _ = _names("the football club thanked chairman vaskell for the new stadium. the "
                      "next match is in chile.")
    assert edits.get("vaskell") == "Vasquelle"


def test_the_place_part_without_a_title_is_still_edited() -> None:
    edits, _ = _names("the football club thanked the chairman. the squad spent a week in "
                      "bwenos before the match in chile.")
    assert edits.get("bwenos") == "Buenos"


def test_places_of_the_table() -> None:
    assert a_place("Buenos Aires") and a_place("chile") and a_place("Texas")
    assert not a_place("Teodora Vasquelle") and not a_place("Monday")

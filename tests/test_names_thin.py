"""A non-word for a name the document gives no evidence of, at the edge of the edit bar by one
signal (sound or letters) that the other does not back, is a suggestion at most
(`names.THIN`, rule "+thin"): such non-words are mostly names of their own that no list
holds. Where both agree, or the document speaks of the name, it is still corrected. A name
written with diacritics the lexicon spells otherwise is the writer's spelling, recased at
most."""

from __future__ import annotations

from transcript_tools import clean

ANDES = ["Bolivia", "Peru", "La Paz", "Evo Morales", "Lima", "Colombia", "Ecuador", "Quito",
         "Santiago", "Argentina"]
CYCLING = ["Tour de France", "Pyrenees", "Alps", "Tadej Pogacar", "Jonas Vingegaard",
           "Slovenia", "Denmark", "Marseille"]


def _changes(text: str, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    doc = clean(text, names=names).document
    return ({e.original: e.replacement for e in doc.edits if e.kind == "name"},
            {e.original: e.rule for e in doc.suggestions if e.kind == "name"})


def test_a_foreign_name_no_list_holds_is_no_unmentioned_name() -> None:
    edits, suggested = _changes("the team spoke to the rider kitomba after the long stage.",
                                ANDES)
    assert edits == {}
    assert "+thin" in suggested.get("kitomba", "+thin")


def test_one_word_at_the_edge_of_a_widened_bar_needs_the_letters() -> None:
    text = "colombia, ecuador, bolivia and argentina met in lima. the talks with {} went on."
    edits, _ = _changes(text.format("kotomba"), ANDES)
    assert "kotomba" not in edits
    edits, _ = _changes(text.format("kalumbar"), ANDES)
    assert edits.get("kalumbar") == "Colombia"


def test_sound_and_letters_agreeing_still_correct() -> None:
    text = "the team spoke to the minister in croashia after the long stage."
    edits, _ = _changes(text, ["Croatia", "Zagreb", "Serbia", "Belgrade", "Slovenia"])
    assert edits == {"croashia": "Croatia"}


def test_letters_at_the_edge_without_the_sound_are_a_suggestion() -> None:
    edits, _ = _changes("the team spoke to the rider tadeo after the long stage.", CYCLING)
    assert edits == {}


def test_a_name_the_document_speaks_of_is_corrected() -> None:
    text = ("slovenia's tadej pogacar leads the tour de france. "
            "the team spoke to tadeo after the long stage.")
    edits, _ = _changes(text, CYCLING)
    assert edits.get("tadeo") == "Tadej"


def test_the_writers_diacritics_stay() -> None:
    text = "coach thomas müller said the squad was ready in zürich."
    result = clean(text, names=["Thomas Muller", "Zurich", "Bayern Munich"])
    doc = result.document
    for edit in doc.edits:
        assert text[edit.start:edit.end] == edit.original
    assert "Thomas Müller" in result.text and "Zürich" in result.text
    assert not any("Muller" in e.replacement or "Zurich" in e.replacement for e in doc.edits)


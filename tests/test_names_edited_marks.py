"""A word an earlier stage wrote with a mark after it (a lyric's repeat kept apart across a
removed "♪": "repeat,") is no non-word for the names stage to hear as a name (session 29)."""

from __future__ import annotations

from transcript_tools import clean

NAMES = ["Ingrid Thorvaldsen", "Pavel Ostrowicz"]


def _name_edits(text: str) -> list[tuple[str, str]]:
    t = clean(text, names=NAMES)
    return [(c.original, c.replacement) for c in t.corrections if c.kind == "name"]


def test_a_surname_repeated_across_a_note_takes_no_first_name() -> None:
    # "met thorvaldsen," was heard as a garble of the whole name ("We Ingrid Thorvaldsen")
    for source in ("we met thorvaldsen ♪ thorvaldsen today\n",
                   "the choir sang ostrowicz ♪ ostrowicz again\n"):
        t = clean(source, names=NAMES)
        assert _name_edits(source) == [], t.text
        assert "Ingrid" not in t.text and "Pavel" not in t.text, t.text
    # the same words without the note: the surname recased, nothing more
    t = clean("we met thorvaldsen today\n", names=NAMES)
    assert t.text == "We met Thorvaldsen today."


def test_a_garble_beside_an_edited_word_is_still_heard() -> None:
    # the run ends at the edited word; a garble before it in its own run is still matched
    source = "the lecture by pavel ostro wits ♪ ostro wits\n"
    edits = _name_edits(source)
    assert edits, clean(source, names=NAMES).text


def test_a_listed_name_repeated_across_a_note_is_cased_on_the_first_clean() -> None:
    # the repeat's first copy ("thorvaldsen," of the sung-repeat edit) is read as its word:
    # cased as the listed name, its comma kept, as the second clean reads "thorvaldsen,"
    for source, names, want in (
            ("we met thorvaldsen ♪ thorvaldsen today\n", NAMES,
             "We met Thorvaldsen, Thorvaldsen today."),
            ("the choir sang ostrowicz ♪ ostrowicz again\n", NAMES,
             "The choir sang Ostrowicz, Ostrowicz again."),
            ("the song for hakonardottir ♪ hakonardottir\n", ["Sigrun Hákonardóttir"],
             "The song for Hákonardóttir, Hákonardóttir.")):
        t = clean(source, names=names)
        assert t.text == want
        assert clean(t.text, names=names).text == want
        assert all(t.source[c.start:c.end] == c.original for c in t.corrections)
        assert _name_edits(source) == [] or names is not NAMES
    # an ordinary word sung twice, sounding like a listed surname, is no name: left in
    # lowercase, its comma kept
    names = [*NAMES, "Anna Sorrell"]
    t = clean("we met sorrel ♪ sorrel today\n", names=names)
    assert t.text == "We met sorrel, sorrel today."
    assert [c for c in t.corrections if c.kind in ("name", "case")
            and c.original == "sorrel"] == []
    # a garble of a listed name before the note: heard in the first clean, its comma kept
    t = clean("the lecture by pavel ostro wits ♪ ostro wits\n", names=NAMES)
    assert t.text == "The lecture by Pavel Ostrowicz, Ostrowicz."
    assert clean(t.text, names=NAMES).text == t.text

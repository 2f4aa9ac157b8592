"""Windows that are another person's name, and function words at a window's edge.

A window that reads as a person's name of its own (a first name of the word lists and a
surname-like word after it) and whose first name is no form of the listed name's is another
person, most likely: a suggestion at most unless the document speaks of the listed name
(`personnames.other_person`). A function word at a window's edge that the name's sound does
not need stays in the text (`namechoice.tightest`)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.personnames import other_person


def _edits(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"}


def _suggested(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.suggestions if e.kind == "name"}


def test_another_persons_name_is_a_suggestion_only() -> None:
    # weather: a presenter's own name, not the listed one
    text = "weather presenter chris hansen has the outlook for the weekend."
    names = ["Morris Hanson", "Leeds"]
    assert _edits(text, names) == {}
    assert _suggested(text, names) == {"chris hansen": "Morris Hanson"}
    # science: a researcher of the story
    text = "the lab of sarah jansen studies proteins."
    assert _edits(text, ["Clara Johnson", "Oxford"]) == {}


def test_the_listed_persons_name_garbled_is_still_the_name() -> None:
    # the same first name, the surname garbled
    assert _edits("chancellor olaf sholtz spoke in berlin.", ["Olaf Scholz", "Berlin"]) == {
        "olaf sholtz": "Olaf Scholz"}
    # the document speaks of the name: the window is that name heard again
    text = ("morris hanson has the outlook. thanks, chris hansen, for the weekend forecast.")
    assert _edits(text, ["Morris Hanson", "Leeds"]) == {"chris hansen": "Morris Hanson"}


def test_other_person() -> None:
    assert other_person("", ["chris", "hansen"], ["morris", "hanson"])
    assert other_person("viktor", ["hansen"], ["morris", "hanson"])
    assert not other_person("", ["olaf", "sholtz"], ["olaf", "scholz"])       # its word
    assert not other_person("", ["manuel", "hansen"], ["emmanuel", "hanson"])  # a short form
    assert not other_person("", ["harry", "hansen"], ["hari", "hanson"])      # said alike
    assert not other_person("", ["chris", "blinking"], ["morris", "hanson"])  # no surname
    assert not other_person("the", ["hansen"], ["morris", "hanson"])           # no first name


def test_a_function_word_the_name_does_not_need_stays() -> None:
    # history
    assert _edits("the history of at melia earhart's last flight.", ["Amelia Earhart"]) == {
        "melia earhart's": "Amelia Earhart's"}
    # geography
    assert _edits("officials in at buja said the talks would go on.", ["Abuja"]) == {
        "buja": "Abuja"}


def test_a_function_word_the_name_needs_goes_with_it() -> None:
    assert _edits("flights to at lanta were cancelled because of the storm.",
                  ["Atlanta", "Delta"]) == {"at lanta": "Atlanta"}
    assert _edits("tourists flock to at lantic city every summer.", ["Atlantic City"]) == {
        "at lantic city": "Atlantic City"}

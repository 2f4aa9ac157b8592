"""Listed acronyms said letter by letter: written as letters (spaced or dotted) or as the
letters' names; fluent phrases of "see", "you", "oh" stay."""

from __future__ import annotations

import pytest

from transcript_tools import Cleaner, Options
from transcript_tools.letternames import acronym_letters, spelled_as

LEXICON = ["IAEA", "CERN", "NOAA", "UNHCR", "OSCE", "CSTO", "NCAA", "IOC", "FDP", "SPD", "CDU",
           "NAACP", "DW News", "UEFA"]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(LEXICON, options=Options())


def _names(cleaner: Cleaner, text: str) -> list[tuple[str, str, str]]:
    doc = cleaner.clean(text).document
    return [(e.original, e.replacement, e.kind) for e in doc.edits
            if e.rule.startswith("letters-") or e.kind == "name"]


@pytest.mark.parametrize(("text", "letters", "name"), [
    ("inspectors from the i. a. e. a. arrived on monday", "i. a. e. a.", "IAEA"),
    ("scientists at c. e. r. n. found a particle", "c. e. r. n.", "CERN"),
    ("the u. n. h. c. r. said refugees were crossing", "u. n. h. c. r.", "UNHCR"),
    ("monitors from the o s c e reported shelling", "o s c e", "OSCE"),
    ("the c. s. t. o. sent troops", "c. s. t. o.", "CSTO"),
    ("the f. d. p. will join the coalition", "f. d. p.", "FDP"),
])
def test_written_letters_are_the_acronym(cleaner: Cleaner, text: str, letters: str,
                                         name: str) -> None:
    assert _names(cleaner, text) == [(letters, name, "case")]
    assert f" {name} " in cleaner.clean(text).document.text()   # its last dot goes with it


@pytest.mark.parametrize(("text", "garble", "name"), [
    ("the oh ess see ee mission said the shelling went on", "oh ess see ee", "OSCE"),
    ("the ess pee dee won the vote in hamburg", "ess pee dee", "SPD"),
    ("the enn see double a said the players would be paid", "enn see double a", "NCAA"),
    ("the n double a c p filed suit on tuesday", "n double a c p", "NAACP"),
    ("you are watching dee double you news live from berlin", "dee double you news",
     "DW News"),
])
def test_letter_names_are_the_acronym(cleaner: Cleaner, text: str, garble: str,
                                      name: str) -> None:
    assert [(o, r) for o, r, k in _names(cleaner, text) if k == "name"] == [(garble, name)]


@pytest.mark.parametrize("text", [
    "i see you know the answer already oh yes",
    "see you tomorrow said the director of the lab",
    "oh no she said as the experiment failed",
    "you see the coach was not happy with the referee",
    "did you see the news today about the vote",
    "oh i see you are right about the coalition",
    "i owe you one said the manager after the game",
    "the u. s. senate voted on the bill",
])
def test_fluent_phrases_stay(cleaner: Cleaner, text: str) -> None:
    assert _names(cleaner, text) == []


def test_common_letter_names_alone_are_no_evidence(cleaner: Cleaner) -> None:
    # "i owe see" spells IOC, but every word is ordinary English: sound decides, and with
    # nothing in the document speaking of the IOC it is a suggestion at most.
    doc = cleaner.clean("i owe see a lot of money to the bank").document
    assert not [e for e in doc.edits if e.kind == "name"]


def test_reading() -> None:
    assert spelled_as(["oh", "ess", "see", "ee"]) == ("osce", 4, True)
    assert spelled_as(["dee", "double", "you", "news"]) == ("dwnews", 2, True)
    assert spelled_as(["n", "double", "a", "c", "p"]) == ("naacp", 5, True)
    assert spelled_as(["see", "you"]) == ("cu", 2, False)
    assert acronym_letters("DW News") == "dw"
    assert acronym_letters("AfD") == ""

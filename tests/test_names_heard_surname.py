"""A listed person's surname heard as a garble and applied alone anchors the first name's
garble just before it (`surnameanchor.heard`, names54): the words are judged against the first
name alone, as before a surname written right, and the whole name takes both. One common word
alone stands for the first name only where it and the surname's words sound like the whole
name too; function words, other words and a word far from the first name stay.

Invented names: a regatta on the Baltic."""

from __future__ import annotations

import pytest

import transcript_tools.names as names_module
from transcript_tools import Cleaner, Options
from transcript_tools.model import Edit

REGATTA = ["Carma Vandersloot", "Kiel Regatta", "Fehmarn", "Baltic Sea"]
TEXT = ("the kiel regatta opened near fehmarn on the baltic sea. the favourite, carma "
        "vandersloot, sailed early. in the final race ")


def _edits(words: str, lexicon: list[str] = REGATTA) -> list[tuple[str, str, str]]:
    text = TEXT + words + " pulled ahead."
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    got: list[Edit] = [e for e in doc.edits if e.kind == "name" and e.start >= len(TEXT)]
    return [(e.original, e.replacement, e.rule) for e in got]


def _no_completed(monkeypatch: pytest.MonkeyPatch) -> None:
    # (`namechoice.completed`, names60, takes "comma vanderslot" whole too, by the share of
    # the missing first name's sound its word supplies: off here, to test `heard` alone.)
    monkeypatch.setattr(names_module, "completed", lambda scored, kept, bar, viable: kept)


def test_the_first_names_garble_joins_the_heard_surname(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "vanderslot" is applied alone (0.98); "comma" before it sounds like "Carma" and, with
    # the surname's garble, like the whole name: the whole name takes both words.
    _no_completed(monkeypatch)
    assert _edits("comma vanderslot") == \
        [("comma vanderslot", "Carma Vandersloot", "sound-surname+heard")]


def test_without_the_rule_the_first_names_garble_is_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _no_completed(monkeypatch)
    monkeypatch.setattr(names_module, "surname_heard", lambda *args: [])
    assert _edits("comma vanderslot") == \
        [("vanderslot", "Vandersloot", "sound-nonword+context")]


@pytest.mark.parametrize("before", ["today", "and then", "calm a", "cameras"])
def test_other_words_before_the_heard_surname_stay(before: str) -> None:
    # A common word far from the first name, function words, a window with an article: the
    # surname alone is corrected, the words before it are the speaker's.
    assert _edits(f"{before} vanderslot") == \
        [("vanderslot", "Vandersloot", "sound-nonword+context")]


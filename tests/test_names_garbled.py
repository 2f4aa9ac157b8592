"""The names stage on garbled phrases (`nameslot.garbled`): content words reading as
no English where they stand are heard as a whole name without the caps on common words; fluent
phrases, a common noun's slot and a part of a name stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcript_tools import Cleaner
from transcript_tools.nameslot import garbled

CASES = Path(__file__).parent / "data" / "cases" / "names"


@pytest.mark.parametrize("domain", ["garbled_science", "garbled_politics", "garbled_sports"])
def test_garbled_phrases_become_names_and_fluent_ones_stay(domain: str) -> None:
    data = json.loads((CASES / f"{domain}.json").read_text(encoding="utf-8"))
    cleaner = Cleaner(data["lexicon"])
    for case in data["cases"]:
        doc = cleaner.clean(case["text"]).document
        edits = {e.original: e.replacement for e in doc.edits if e.kind == "name"}
        assert edits == case["garbles"], case["text"]


def test_the_garbled_phrase_is_what_lifts_the_caps() -> None:
    cleaner = Cleaner(["Chernobyl"])
    got = cleaner.clean("the cloud over turn noble spread fast").document
    assert [(e.original, e.rule) for e in got.edits if e.kind == "name"] == [
        ("turn noble", "sound+garbled")]
    # The same words in a fluent seam ("noble ideas"): a suggestion at most.
    got = cleaner.clean("we turn noble ideas into tools").document
    assert not [e for e in got.edits if e.kind == "name"]
    assert [s.original for s in got.suggestions if s.kind == "name"] == ["turn noble"]


def test_a_crowded_lexicon_takes_no_garbled_phrase_without_the_caps() -> None:
    # Among many names some name sounds near any odd pair of words: no lift there.
    names = ["Chernobyl"] + [f"Placename{chr(97 + i)}{chr(97 + j)}" for i in range(6)
                             for j in range(6)]
    got = Cleaner(names).clean("the cloud over turn noble spread fast").document
    assert not [e for e in got.edits if e.kind == "name"]


def test_garbled_wants_content_words_in_no_known_seam() -> None:
    assert garbled(["cloud", "over"], ["turn", "noble"], ["spread"])
    # A known seam inside or beside: English.
    assert not garbled(["we"], ["turn", "noble"], ["ideas"])
    # One word, a function word, a fragment: not a garbled phrase.
    assert not garbled(["over"], ["noble"], ["spread"])
    assert not garbled(["troops"], ["her", "son"], [])
    assert not garbled(["over"], ["turn", "nb"], ["spread"])
    # A determiner before, or before a modifier: a common noun's slot.
    assert not garbled(["a", "second"], ["bomb", "bay"], [])
    assert not garbled(["his"], ["rama", "poser"], ["act"])

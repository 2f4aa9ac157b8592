"""The names stage's context tests (`nameslot`, `possessive`): odd seams and possessive
garbles become suggestions where the text speaks of the name, never edits; fluent words stay
unsuggested."""

from __future__ import annotations

import json
from pathlib import Path

from transcript_tools import Cleaner, clean
from transcript_tools.nameslot import odd_in_place, surprise
from transcript_tools.possessive import frame, possessive_phones
from transcript_tools.pronounce import pronounce

CASES = Path(__file__).parent / "data" / "cases" / "names"


def test_constructed_context_cases_suggest_and_never_edit() -> None:
    data = json.loads((CASES / "misplaced.json").read_text(encoding="utf-8"))
    cleaner = Cleaner(data["lexicon"])
    for case in data["cases"]:
        doc = cleaner.clean(case["text"]).document
        edits = {e.original: e.replacement for e in doc.edits if e.kind == "name"}
        assert edits == case["garbles"], case["text"]
        suggested = {s.original: s.replacement for s in doc.suggestions if s.kind == "name"}
        for original, replacement in case.get("suggested", {}).items():
            assert suggested.get(original) == replacement, (case["text"], suggested)
        if case.get("quiet"):
            assert not suggested, (case["text"], suggested)


def test_possessive_forms_follow_english() -> None:
    assert possessive_phones("rəʃə").endswith("z")       # a vowel: "Russia's"
    assert possessive_phones("mɛsəs").endswith("əz")     # a sibilant: an extra syllable
    assert possessive_phones("bɛlfæst").endswith("s")    # voiceless: "Belfast's"
    assert frame(pronounce("cobbles")) == frame(possessive_phones(pronounce("kabul")))


def test_odd_in_place_needs_missing_seams_and_a_telling_one() -> None:
    # Every seam known to the counts: English.
    assert not odd_in_place(["to"], ["keep"], ["the"], False)
    # A determiner before: a common noun's slot, whatever the counts say.
    assert not odd_in_place(["a"], ["racy", "bow"], ["said"], False)
    # Missing seams of rare words are the norm: odd only when a telling seam is not asked.
    assert odd_in_place(["ground"], ["rushes"], ["chechen"], False)
    assert not odd_in_place(["ground"], ["rushes"], ["chechen"], True)
    # A pair of a very common word and a common one, missing from the counts, tells.
    assert surprise("and", "ftp") > 1.0 > surprise("by", "ftp")
    assert odd_in_place(["and"], ["ftp"], ["party"], True)
    # One seam is too few.
    assert not odd_in_place([], ["rushes"], ["chechen"], False)


def test_a_possessive_garble_of_an_unspoken_name_is_not_even_suggested() -> None:
    cleaner = Cleaner(["Russia"])
    doc = cleaner.clean("in sport rushes battle to play on").document
    assert not [s for s in doc.suggestions if s.kind == "name"]
    doc = cleaner.clean("russia's team lost. in sport rushes battle to play on").document
    assert [(s.original, s.replacement) for s in doc.suggestions if s.kind == "name"] == [
        ("rushes", "Russia's")]
    assert not [e for e in doc.edits if e.kind == "name"]


def test_content_words_never_seen_together_may_be_a_name_function_words_not() -> None:
    # (`namescore`: the fluent-words cap leans on closed-class words, not on frequency.)
    data = json.loads((CASES / "content_pairs.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        doc = clean(case["text"], names=data["lexicon"]).document
        got = {e.original: e.replacement for e in doc.edits if e.kind == "name"}
        assert got == case["garbles"], case["text"]

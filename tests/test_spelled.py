"""Spelled names (`spelled.SpelledNames`): names glued to a word, split by a stray space,
clipped, or written with other separators, through the name stage."""

from __future__ import annotations

import json

from transcript_tools import Cleaner
from transcript_tools.model import apply_edits

from .test_names import CASES, name_edits


def test_glued_split_and_clipped_spellings_become_names() -> None:
    data = json.loads((CASES / "letters.json").read_text(encoding="utf-8"))
    cleaner = Cleaner(data["lexicon"])
    for case in data["cases"]:
        doc = cleaner.clean(case["text"]).document
        edits = [e for e in doc.edits if e.kind == "name"]
        assert {e.original for e in edits} == set(case["garbles"]), (case["text"], edits)
        suggested = [s for s in doc.suggestions if s.kind == "name"]
        assert not case["garbles"] or not suggested
        for e in edits:
            assert e.rule.startswith("letters") and case["garbles"][e.original] in e.replacement


def test_split_keeps_the_glued_word() -> None:
    edits, doc = name_edits("the budget from mrhipkins was late", ["Chris Hipkins | Hipkins"])
    assert [e.replacement for e in edits] == ["mr Hipkins"]


def test_names_with_other_separators_become_names() -> None:
    data = json.loads((CASES / "separators.json").read_text(encoding="utf-8"))
    cleaner = Cleaner(data["lexicon"])
    for case in data["cases"]:
        doc = cleaner.clean(case["text"]).document
        assert apply_edits(doc.source, doc.edits) == doc.text()
        edits = [e for e in doc.edits if e.kind == "name"]
        assert {e.original: e.replacement for e in edits} == case["garbles"], (case["text"], edits)
        for e in edits:
            assert e.rule == "spelling-variant" and e.confidence >= 0.9


def test_separator_variant_needs_a_non_word_or_an_underscore() -> None:
    # "its" is a word: "it's" stays; a part of a name that is a common word is never a target.
    edits, _ = name_edits("it's the royce and the rolls-royce of it", ["ITS", "Rolls-Royce"])
    assert edits == []
    edits, _ = name_edits("the rolls_royce of it", ["ITS", "Rolls-Royce"])
    assert [e.replacement for e in edits] == ["Rolls-Royce"]

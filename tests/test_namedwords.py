"""Words that are names of their own (`namedwords`): a proper name of the word lists is no
homophone of a lexicon name, letters read out are no garble of another name, and a rare word
after an article is a common noun; rare words in a name's slot still become the name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcript_tools import clean
from transcript_tools.model import apply_edits
from transcript_tools.namedwords import in_slot, named, proper_only, read_out, spelled

CASES = json.loads((Path(__file__).parent / "data" / "cases" / "names" /
                    "named_words.json").read_text(encoding="utf-8"))


def test_word_lists_tell_names_from_words() -> None:
    assert proper_only("lyndon") and not proper_only("linden")   # a name; a tree
    assert spelled("bbc") and not spelled("news")
    assert named(["lyndon"]) and not named(["linden", "tree"])
    assert read_out(["bbc", "news"], set(), False)
    assert not read_out(["cnn", "ibm"], {"cnn"}, True)   # the name's own word anchors it
    assert in_slot(["from"], {"from", "the"}) and not in_slot(["the"], {"from", "the"})


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["text"][:40])
def test_cases(case: dict) -> None:
    doc = clean(case["text"], names=CASES["lexicon"]).document
    assert apply_edits(doc.source, doc.edits) == doc.text()
    edits = [e for e in doc.edits if e.kind == "name"]
    # every name edit is an annotated garble, and every garble is fixed
    assert sorted(e.original for e in edits) == sorted(case["garbles"])
    for e in edits:
        assert e.replacement.startswith(case["garbles"][e.original])


def test_names_of_their_own_are_suggestions_at_most() -> None:
    texts = [c["text"] for c in CASES["cases"] if not c["garbles"]]
    suggested = {s.original for t in texts
                 for s in clean(t, names=CASES["lexicon"]).document.suggestions
                 if s.kind == "name"}
    # (They still sound like the names: a reviewer sees them, nothing is changed. "lyndon",
    # short of the bar for a London the text writes, is not even suggested:
    # `names.worth_suggesting`.)
    assert "bbc news" in suggested and "lyndon" not in suggested

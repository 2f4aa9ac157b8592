"""Acronyms heard with a rhyming letter (`rhymes.Rhymes`): constructed cases, ambiguity and a
crowded lexicon."""

from __future__ import annotations

import json
from pathlib import Path

from transcript_tools import clean
from transcript_tools.lexicon import Lexicon
from transcript_tools.rhymes import Rhymes, rhyme_key
from transcript_tools.soundindex import SoundIndex

CASES = Path(__file__).parent / "data" / "cases" / "names"


def test_rhyming_letter_garbles_are_fixed_and_others_stay() -> None:
    data = json.loads((CASES / "rhymes.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        doc = clean(case["text"], names=data["lexicon"]).document
        got = {e.original: e.replacement for e in doc.edits if e.kind == "name"}
        assert got == case["garbles"], case["text"]


def test_rhyme_key_groups_letters_whose_names_rhyme() -> None:
    assert rhyme_key("bdc") == rhyme_key("bbc") == rhyme_key("ptv")
    assert rhyme_key("fdp") != rhyme_key("fdq") and rhyme_key("nhs") == rhyme_key("mhx")


def test_two_acronyms_one_rhyme_away_is_no_match() -> None:
    rhymes = Rhymes(SoundIndex.build(Lexicon.build(["BBC", "PPC", "NHS"])), False)
    assert rhymes.match("bpc") is None          # BBC and PPC both fit
    got = rhymes.match("nhf")
    assert got is not None and got.text == "NHS" and not got.needs_prior
    assert rhymes.match("nhs") is None and rhymes.match("xyz") is None


def test_crowded_lexicon_needs_the_acronym_mentioned() -> None:
    names = ["NBC"] + [f"Town{chr(97 + k)}{chr(97 + j)}" for k in range(6) for j in range(6)]
    rhymes = Rhymes(SoundIndex.build(Lexicon.build(names)), True)
    got = rhymes.match("mbc")
    assert got is not None and got.needs_prior
    alone = clean("the show aired on mbc last night", names=names).document
    assert not [e for e in alone.edits if e.kind == "name"]
    said = clean("nbc said so. the show aired on mbc last night", names=names).document
    assert [e.replacement for e in said.edits if e.rule == "letters-rhyme"] == ["NBC"]

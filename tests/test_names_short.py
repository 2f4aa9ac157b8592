"""Short names (one consonant group) heard as one rarer word (`shortnames.ShortNames`):
constructed cases with negatives, the evidence each path needs, and which names it holds."""

from __future__ import annotations

import json
from pathlib import Path

from transcript_tools import clean
from transcript_tools.lexicon import Lexicon
from transcript_tools.shortnames import ShortNames
from transcript_tools.soundindex import SoundIndex

CASES = Path(__file__).parent / "data" / "cases" / "names"


def _changes(text: str, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    doc = clean(text, names=names).document
    return ({e.original: e.replacement for e in doc.edits if e.kind == "name"},
            {s.original: s.replacement for s in doc.suggestions if s.kind == "name"})


def test_constructed_cases_fixed_and_negatives_kept() -> None:
    data = json.loads((CASES / "short.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        edits, _ = _changes(case["text"], data["lexicon"])
        assert set(edits) == set(case["garbles"]), case["text"]
        for garble, name in case["garbles"].items():
            assert edits[garble] == name + ("'s" if garble.endswith("'s") else "")


def test_a_name_nobody_mentions_needs_a_small_lexicon_and_a_place_slot() -> None:
    names = ["Oman", "Muscat"]
    text = "the delegation flew to omen on sunday for talks"
    # After "to" the word may be a person's name: a suggestion only ...
    edits, suggestions = _changes(text, names)
    assert edits == {} and suggestions == {"omen": "Oman"}
    # ... unless the document names the place.
    edits, _ = _changes("oman hosted the talks. " + text, names)
    assert edits == {"omen": "Oman"}
    # In a crowded lexicon a name nobody mentions is not heard in one word at all.
    crowded = names + [f"Town{chr(97 + k)}{chr(97 + j)}" for k in range(6) for j in range(6)]
    edits, suggestions = _changes("talks in omen ended without a deal", crowded)
    assert "omen" not in edits and "omen" not in suggestions
    edits, _ = _changes("oman hosted the talks. talks in omen ended", crowded)
    assert edits == {"omen": "Oman"}


def test_a_word_beside_a_rare_word_or_in_a_known_pair_stays() -> None:
    names = ["Peru", "Lima"]
    # A phrase of rare words is a name of its own (or a longer garble).
    edits, suggestions = _changes("peru voted. the prize went to pera mitra", names)
    assert "pera" not in edits and "pera" not in suggestions
    # A pair the bigram counts know is English.
    edits, _ = _changes("peru voted. he lived in rome for years", ["Peru", "Rome"])
    assert edits == {}


def test_another_place_as_close_is_no_edit_even_where_the_name_is_mentioned() -> None:
    # "amman" is as near an Oman as a garble may be (one vowel and a lengthened consonant):
    # never an edit; and, short of the bar for a name the document already writes, not even
    # a suggestion (`names.worth_suggesting`).
    edits, suggestions = _changes("oman hosted the talks. the king later went to amman",
                                  ["Oman", "Muscat"])
    assert edits == {} and suggestions == {}


def test_only_whole_one_class_names_of_four_phones_or_more() -> None:
    short = ShortNames(SoundIndex.build(Lexicon.build(
        ["Oman", "Peru", "Kim", "Kabul", "Ted Cruz", "Andy Murray | Murray"])))
    held = {unit.text for units in short.by_skeleton.values() for unit, _ in units}
    # "Kabul" has three consonant groups (the sound index finds it), "Kim" is too short,
    # "Ted" only a part of a name.
    assert held == {"Oman", "Peru", "Murray"}


def test_two_short_names_fitting_one_word_as_well_make_a_suggestion() -> None:
    # "hattie" is one vowel from both: neither is sure.
    edits, suggestions = _changes("aid reached towns in hattie province slowly",
                                  ["Haiti", "Hatay"])
    assert edits == {} and suggestions.get("hattie") in {"Haiti", "Hatay"}
    edits, _ = _changes("aid reached towns in hattie province slowly", ["Haiti", "Oman"])
    assert edits == {"hattie": "Haiti"}


def test_a_window_heard_as_a_one_class_name_is_a_suggestion_and_none_after_a_determiner(
        ) -> None:
    names = ["Ceres", "Vesta"]
    edits, suggested = _changes("the probe flew past sereez and vesta last year", names)
    assert not edits and suggested == {"sereez": "Ceres"}
    assert _changes("we watched a sereez of launches", names) == ({}, {})
    assert _changes("they watched the sereez of launches", names) == ({}, {})
    # Politics: a part of a name ("Ruto" of "William Ruto") the document speaks of.
    names = ["William Ruto", "Raila Odinga"]
    edits, suggested = _changes("william ruto won the vote. supporters of rooto cheered",
                                names)
    assert not edits and suggested == {"rooto": "Ruto"}
    assert _changes("william ruto won the vote. the rooto family farm is old",
                    names) == ({}, {})

"""Several ordinary words that sound like one part of a listed name (a first name, a family
name, one word of a place's name) stand for that part only where the document speaks of the
name: a broadcast names a person or a place whole before it shortens it, and two common words
that happen to sound like a part are more often themselves (`namescore.Scorer._confidence`,
"+part"). Invented names, domains no dev page has."""

from __future__ import annotations

from .nameedits import name_edits as _names


def test_ordinary_words_for_a_part_of_a_name_nobody_mentions_stay() -> None:
    # birdwatching: two words whose sound is a listed first name's
    edits, held = _names("the birds nest on the cliff. the gull said nothing all morning.",
                         ["Gulsen Okafor", "Lisbon"])
    assert edits == {}
    assert held.get("gull said", "").endswith("+part")
    # the same with the listed name's diacritics (names35's hole)
    edits, _ = _names("in ankara the lawyers met. the gull said nothing about istanbul.",
                      ["Gülşen Demirtaş", "Ankara", "Istanbul"])
    assert "gull said" not in edits
    # a farm: a listed surname said by two nouns
    edits, held = _names("the farmer said the corn grew tall. the barn door was open.",
                         ["Barndor Haas", "Iowa"])
    assert edits == {}
    # sport: a verb and a pronoun
    edits, _ = _names("the team won on sunday. they say i'm lucky but i trained hard.",
                      ["Kofi Seyam", "Arsenal"])
    assert edits == {}
    # finance
    edits, _ = _names("the market fell as the sell off spread. many cell phones were sold.",
                      ["Selov Marten", "Frankfurt"])
    assert edits == {}


def test_a_part_of_a_name_the_document_speaks_of_is_still_heard() -> None:
    edits, _ = _names("the farmer barndor haas spoke to us in iowa. later barn door told the "
                      "crowd he would run again.", ["Barndor Haas", "Iowa"])
    assert edits == {"barn door": "Barndor"}
    edits, _ = _names("the birder gulsen okafor came to lisbon. on tuesday gull sen said the "
                      "colony had grown.", ["Gulsen Okafor", "Lisbon"])
    assert edits == {"gull sen": "Gulsen"}


def test_a_part_split_by_a_space_and_a_whole_name_are_not_held() -> None:
    # the part's own letters split by a space are that word, not words sounding like it
    edits, _ = _names("the ferry docked in tala bay after the storm.",
                      ["Talabay Harbour", "Norway"])
    assert edits == {"tala bay": "Talabay"}
    # a whole name said by ordinary words is no part
    edits, _ = _names("the climbers reached harry comar camp before dark.",
                      ["Harikomar Camp", "Nepal"])
    assert edits == {"harry comar camp": "Harikomar Camp"}

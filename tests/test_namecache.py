"""A word standing for a name the text writes often (`namecache.Cache`): constructed cases in
two domains, and where it must stay (too few mentions, a determiner before, a known pair, a
crowded lexicon)."""

from __future__ import annotations

import pytest

from transcript_tools import clean
from transcript_tools.namescore import Scorer

SNOW = ["Boston", "Cambridge", "Massachusetts", "Logan Airport"]
MENTIONS = ("snow fell across boston overnight. schools in boston are closed. the mayor of "
            "boston asked drivers to stay home. ")
GAS = ["Russia", "Moscow", "Norway", "Gazprom"]
EXPORTS = ("gas prices climbed as russia cut supplies. buyers in europe turned from russia to "
           "norway. traders expect russia to cut more. ")


def _edits(text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    doc = clean(text, names=names).document
    return {e.original: (e.replacement, e.rule) for e in doc.edits if e.kind == "name"}


def test_a_rare_word_near_a_name_named_three_times_is_the_name() -> None:
    got = _edits(MENTIONS + "meanwhile bastion plows worked through the night.", SNOW)
    assert got["bastion"] == ("Boston", "sound+cache")


def test_with_an_owned_word_after_it_is_the_possessive() -> None:
    got = _edits(EXPORTS + "by spring rushes pipeline exports had halved.", GAS)
    assert got["rushes"] == ("Russia's", "sound+cache")
    got = _edits(EXPORTS + "by spring rushes, exports had halved.", GAS)
    assert got["rushes"] == ("Russia", "sound+cache")


def test_two_mentions_are_not_enough() -> None:
    text = ("snow fell across boston overnight. schools in boston are closed. meanwhile bastion "
            "plows worked through the night.")
    assert "bastion" not in _edits(text, SNOW)


def test_the_word_as_itself_stays() -> None:
    # After a determiner or a subject pronoun, or in a pair the bigram counts know.
    assert "bastion" not in _edits(MENTIONS + "the old fort was a bastion against the sea.",
                                   SNOW)
    assert "rushes" not in _edits(EXPORTS + "when a pipe breaks he rushes pipeline crews "
                                  "out.", GAS)
    assert "bastion" not in _edits(MENTIONS + "meanwhile bastion of calm held.", SNOW)
    # A name of its own (the lists hold it only capitalised) is another place, not a garble.
    assert "austin" not in _edits(MENTIONS + "later austin plows arrived.", SNOW)
    # (Unguarded: "the gold rushes of the past", whose seams the counts lack as they lack
    # "sport rushes battle"; the three mentions and the close sound are the evidence.)


def test_a_homophone_is_left_to_the_slot_rule() -> None:
    text = ("rain fell across wales overnight. roads in wales are closed. the coast of wales "
            "is flooded. off the coast killer whales were seen.")
    assert "whales" not in _edits(text, ["Wales", "Cardiff", "Swansea"])


def test_not_in_a_crowded_lexicon() -> None:
    names = SNOW + [f"Town{chr(97 + k)}{chr(97 + j)}" for k in range(6) for j in range(6)]
    assert "bastion" not in _edits(MENTIONS + "meanwhile bastion plows worked through the "
                                   "night.", names)


STORM = ["Boston", "Cambridge", "Massachusetts", "Maura Healey", "Worcester", "Malden"]
FITS = ("the storm reached boston at noon. power failed in cambridge. across massachusetts "
        "schools closed, governor maura healey said. ")


def test_a_word_in_a_place_slot_is_a_name_of_a_lexicon_the_text_fits() -> None:
    got = _edits(FITS + "the worst damage was in rooster where roofs blew off.", STORM)
    assert got["rooster"] == ("Worcester", "sound+place")
    got = _edits(FITS + "crews drove out to maiden overnight.", STORM)
    assert got["maiden"] == ("Malden", "sound+place")


def test_a_place_slot_needs_a_fitting_lexicon_one_near_name_and_the_slot() -> None:
    # Two of the lexicon's names written: it may be another story's lexicon.
    text = ("the storm reached boston at noon. power failed in cambridge. the worst damage was "
            "in rooster where roofs blew off.")
    assert "rooster" not in _edits(text, STORM)
    # Another name within reach of the word: the sound does not tell which.
    assert "rooster" not in _edits(FITS + "the worst damage was in rooster where roofs blew "
                                   "off.", STORM + ["Rochester"])
    # No preposition of place before it.
    assert "rooster" not in _edits(FITS + "the farmer woke to a rooster crowing.", STORM)


TENNIS = ["Rafael Nadal", "Roland Garros", "Paris"]
FINAL = ("rafael nadal won in paris again. fans cheered rafael nadal all week at roland "
         "garros. rafael nadal lifted the trophy on sunday. ")
TRAINS = ["Rishi Sunak", "Downing Street", "Leeds"]


def test_a_part_of_a_name_only_where_the_text_writes_that_part_alone() -> None:
    # The full name written three times vouches for the name, not for each of its words
    # standing in for it: an ordinary word near the first name alone stays.
    assert "raffle" not in _edits(FINAL + "the club ran a summer raffle for charity.", TENNIS)
    text = ("marie curie taught at the sorbonne. marie curie won two prizes. students still "
            "read marie curie today. lunch was a vegetable curry served cold.")
    assert "curry" not in _edits(text, ["Marie Curie", "Pierre Curie", "Sorbonne"])
    text = ("kamala harris spoke in ohio. aides said kamala harris would return. kamala harris "
            "met farmers there. one farmer showed off a prize camel nobody expected.")
    assert "camel" not in _edits(text, ["Kamala Harris", "Joe Biden", "Senate"])
    # Another part written alone is no evidence for this one.
    assert "raffle" not in _edits(FINAL.replace("cheered rafael nadal", "cheered nadal")
                                  + "the club ran a summer raffle for charity.", TENNIS)


def test_a_part_the_text_writes_alone_may_stand_for_the_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The cache alone: "sunak" is rare in everyday English, so the scorer itself would now
    # judge "snack" without the caps (names49, `Scorer.unfamiliar`, tested apart).
    monkeypatch.setattr(Scorer, "unfamiliar", lambda self, unit: False)
    text = ("rishi sunak visited leeds today. voters asked sunak about fares. rishi sunak "
            "promised new trains. later snack told reporters the line would open.")
    assert _edits(text, TRAINS)["snack"] == ("Sunak", "sound+cache")
    # Never written alone: no edit from the cache (the scorer may still suggest it).
    assert "snack" not in _edits(text.replace("asked sunak", "asked rishi sunak"), TRAINS)


AIRPORTS = ["Luton", "Gatwick", "Heathrow", "Stansted", "London", "Manchester"]
DELAYS = ("flights from gatwick and heathrow were delayed. stansted closed a runway. snow fell "
          "on london and manchester. ")


def test_a_word_not_held_in_lowercase_in_the_slot_of_a_mention_of_the_name() -> None:
    # "hutton" (no lowercase word of the lists) in a place slot is the name only where the
    # word after it follows a mention of the name elsewhere: "luton airport".
    text = DELAYS + "passengers at luton airport waited for hours. later crowds at hutton " \
        "airport grew."
    assert _edits(text, AIRPORTS) == {"hutton": ("Luton", "sound+place")}


def test_a_word_not_held_in_lowercase_stays_in_another_slot() -> None:
    text = DELAYS + "passengers at luton airport waited for hours. later crowds at hutton " \
        "station grew."
    assert "hutton" not in _edits(text, AIRPORTS)
    assert "hutton" not in _edits(DELAYS + "later crowds at hutton airport grew.", AIRPORTS)

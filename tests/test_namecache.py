"""A word standing for a name the text writes often (`namecache.Cache`): constructed cases in
two domains, and where it must stay (too few mentions, a determiner before, a known pair, a
crowded lexicon)."""

from __future__ import annotations

from transcript_tools import clean

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

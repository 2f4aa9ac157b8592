"""English words near a word (`nearwords`): a non-word short of letters is a typo of the common
word, not a garbled name."""

from __future__ import annotations

from transcript_tools import Cleaner, nearwords
from transcript_tools.vocabulary import vocabulary

from .test_names_evidence import name_changes


def test_non_words_short_of_two_neighbouring_letters_are_typos() -> None:
    # Captions drop characters in pairs: such a non-word is a typo of the common word.
    assert nearwords.near_word("journists") == "journalists"
    assert nearwords.near_word("distinion") == "distinction"
    assert nearwords.near_word("zbqxw") is None
    edits, _, _ = name_changes(Cleaner(["Unionists", "Palestinian"]),
                               "the journists asked about the distinion between the plans")
    assert edits == []


def test_forms_with_a_pair_put_back_are_all_the_tables_ones() -> None:
    # The bisection finds exactly the forms a brute-force insertion of every letter pair
    # at every place finds in the table (words cut from table words, and a non-word).
    unigrams = vocabulary().unigrams
    letters = "abcdefghijklmnopqrstuvwxyz"
    for word in ("journists", "distinion", "goverment", "intertional", "zbqxwvk", "states"):
        brute = {word[:i] + x + y + word[i:] for i in range(len(word) + 1)
                 for x in letters for y in letters} & set(unigrams)
        assert set(nearwords._dropped_pair(word, unigrams)) == brute

"""The words two neighbouring letters longer than a non-word, found by prefix or suffix, are
exactly those that putting every pair of letters at every place finds."""

from __future__ import annotations

from transcript_tools.dropped import longer
from transcript_tools.vocabulary import vocabulary

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _brute(word: str, unigrams: dict[str, int], least: int) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    made = {a + x + y + b for a, b in splits for x in _LETTERS for y in _LETTERS}
    return {w for w in made if unigrams.get(w, 0) >= least}


def test_longer_words_are_the_brute_force_ones() -> None:
    v = vocabulary()
    least = v.least_count(3.0) or 1
    table = longer(v.unigrams, least)
    # Common words with two neighbouring letters dropped, at the start, inside and at the end,
    # and strings no word is near.
    words = ["journists", "distinion", "goverment", "ernational", "informati", "qzxvkw",
             "ticularly", "portant"]
    found = 0
    for word in words:
        got = table.words(word)
        assert got == _brute(word, v.unigrams, least), word
        found += len(got)
    assert found > 0
    assert "journalists" in table.words("journists")

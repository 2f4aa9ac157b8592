"""A listed person's surname written right after a verb that sounds somewhat like the first
name ("we met | <surname>"): the verb is the speaker's, not a garble of the first name. One
common word opening the window in the first name's slot, after a subject pronoun or in a pair
the bigram counts know with the word before it, is a suggestion at most (rule "+phrase"),
unless the word alone sounds like the first name within that part's bar; a garble that is no
word, or a word after an article or a preposition, is still the name (names57).

Invented names: a chess olympiad in the far north."""

from __future__ import annotations

import pytest

from .nameedits import name_changes

TEXT = "the chess olympiad opened in tromso. the top seed, {name}, arrived early. "


def _clean(full: str, words: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    prefix = TEXT.format(name=full.lower())
    return name_changes(prefix + words + ".", [full, "Chess Olympiad", "Tromsø"], after=len(prefix))


@pytest.mark.parametrize(("full", "words", "verb"), [
    ("Metvin Kaszubowski", "yesterday we met kaszubowski at the board", "met"),
    ("Sawyel Kaszubowski", "he saw kaszubowski at the board", "saw"),
    ("Tollan Kaszubowski", "they told kaszubowski to wait", "told"),
])
def test_a_verb_before_the_surname_stays(full: str, words: str, verb: str) -> None:
    edits, suggested = _clean(full, words)
    assert not any(verb in original.split() for original, _, _ in edits)
    assert any(original == f"{verb} kaszubowski" and rule.endswith("+phrase")
               for original, rule in suggested)


@pytest.mark.parametrize(("full", "words", "garble"), [
    ("Metvin Kaszubowski", "then metvinn kaszubowski resigned", "metvinn kaszubowski"),
    ("Sawyel Kaszubowski", "then sawiel kaszubowski resigned", "sawiel kaszubowski"),
    ("Tollan Kaszubowski", "then tollen kaszubowski resigned", "tollen kaszubowski"),
])
def test_a_garbled_first_name_before_the_surname_is_corrected(full: str, words: str,
                                                              garble: str) -> None:
    edits, _ = _clean(full, words)
    assert [(o, r) for o, r, _ in edits] == [(garble, full)]


def test_a_word_that_sounds_like_the_first_name_is_still_the_name() -> None:
    # "and grace" is a pair the bigram counts know, but "grace" alone sounds like "Grayce":
    # the name.
    edits, _ = _clean("Grayce Kaszubowski", "the prize went to lena and grace kaszubowski")
    assert [(o, r) for o, r, _ in edits] == [("grace kaszubowski", "Grayce Kaszubowski")]

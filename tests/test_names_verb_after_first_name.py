"""A listed person's first name written right and, in the surname's slot, a common word that
makes a pair the bigram counts know with the word after it ("<first name> made the call",
"<first name> sent a letter"): a verb and its object, the first name's own clause, not a
garble of the surname, even where the verb sounds just like the surname. A suggestion at most
(rule "+clause"), for the window with the first name and for the surname's part alone after
it; a word that makes no such pair ("<first name> side spoke") is still corrected (names58,
the mirror of names57's "+phrase").

Invented names: a sailing regatta on a northern lake."""

from __future__ import annotations

import pytest

from .nameedits import name_changes

TEXT = "the lake regatta opened at dawn. the skipper {name} arrived early. "


def _clean(full: str, words: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    prefix = TEXT.format(name=full.lower())
    return name_changes(prefix + words + ".", [full], after=len(prefix))


@pytest.mark.parametrize(("full", "words", "verb"), [
    ("Quentin Mayda", "later quentin made the call to turn back", "made"),
    ("Pavel Lefft", "after that pavel left the harbour", "left"),
    ("Agnes Payde", "then agnes paid the entry fee", "paid"),
    ("Sven Redd", "later sven read the statement aloud", "read"),
    ("Dmitri Sendt", "then dmitri sent a letter to the club", "sent"),
])
def test_a_verb_after_the_first_name_stays(full: str, words: str, verb: str) -> None:
    edits, suggested = _clean(full, words)
    assert not any(verb in original.split() for original, _, _ in edits)
    assert any(verb in original.split() and rule.endswith("+clause")
               for original, rule in suggested)


@pytest.mark.parametrize(("full", "words", "garble"), [
    ("Ravi Sayed", "yesterday ravi side spoke to reporters", "ravi side"),
    ("Quentin Mayda", "yesterday quentin mader spoke to reporters", "quentin mader"),
])
def test_a_garbled_surname_after_the_first_name_is_corrected(full: str, words: str,
                                                             garble: str) -> None:
    edits, _ = _clean(full, words)
    assert [(o, r) for o, r, _ in edits] == [(garble, full)]


def test_a_verb_after_the_first_name_with_a_distinct_surname_stays() -> None:
    # The surname sounds nothing like the verb: no edit and no suggestion.
    edits, suggested = _clean("Mevlüt Çavuşoğlu", "then mevlut met the press")
    assert edits == []
    assert suggested == []

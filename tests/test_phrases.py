"""The shared phrase index: groups, presence and the places after phrases."""

from __future__ import annotations

from transcript_tools.phrases import Phrases

_INDEX = Phrases([("thanks", "for", "having", "me"), ("up", "next")],
                 [("welcome",), ("good", "morning")])


def test_groups_found_where_the_whole_phrase_stands() -> None:
    assert _INDEX.groups("well thanks for having me here".split()) == {0}
    assert _INDEX.groups("thanks for coming and good morning".split()) == {1}
    assert _INDEX.groups("welcome back and up next the weather".split()) == {0, 1}
    assert _INDEX.groups("thanks for having us".split()) == set()  # one word short of it


def test_found() -> None:
    assert _INDEX.found(("and", "up", "next"))
    assert not _INDEX.found(("next", "up"))
    assert not _INDEX.found(())


def test_after_follows_the_order_the_phrases_were_given() -> None:
    words = "good morning and up next welcome up next".split()
    # "up next" (given second) before "welcome" and "good morning" (third, fourth); each
    # phrase's places in text order
    assert _INDEX.after(words) == [5, 8, 6, 2]
    assert _INDEX.firsts == frozenset({"thanks", "up", "welcome", "good"})

"""Spelled English number words, one table for the stages that test a word for one: the
numbers stage's compounds (`numbers`), the line breaker's words kept with their noun
(`breakwords`), an interstate's number after its "I" (`sentenceends`) and the words said twice
on purpose (`stutters`). Each takes the part it needs; none holds a list of its own."""

from __future__ import annotations

UNITS = frozenset("two three four five six seven eight nine".split())
"""The units above one ("one" is a pronoun too: "the one who", "one day we")."""
TEENS = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
ABOVE_ONE = UNITS | TEENS | TENS
"""Every number from two to ninety that one word spells."""

"""Words that are names of their own: a proper name of the word lists ("Lyndon", "Katy") or an
initialism read out as letters ("bbc", "cbs"); a window of them names something else.

Used by `namescore.Scorer`: such words are no homophone of a lexicon name, and a window
holding an initialism is a suggestion at most; a rare word after an article is a noun.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from . import wordcase
from .nameslot import DETERMINERS
from .propernouns import initialisms


@lru_cache(maxsize=20_000)
def proper_only(word: str) -> bool:
    """The word lists write the word only capitalised: a name ("lyndon", "katy"), never an
    English word that merely sounds like another name ("linden" is a tree)."""
    return wordcase.proper(word) and not wordcase.ordinary(word)


def named(words: Sequence[str]) -> bool:
    """Some word is a name of its own (`proper_only`): "lyndon" is no London."""
    return any(proper_only(w) for w in words)


def spelled(word: str) -> bool:
    """An initialism the pronouncing dictionary reads as its letters (`propernouns.
    initialisms`): captions write the letters they heard."""
    return word in initialisms()


def read_out(words: Sequence[str], shared: Collection[str], anchored: bool) -> bool:
    """The window holds letters read out that are no word of the name ("bbc news" is the
    BBC's, not a garble of a PBS NewsHour), unless the name's own words anchor it ("cnn ibm"
    for a CNN-IBN: a letter misheard beside them)."""
    return not anchored and any(spelled(w) for w in words if w not in shared)


def in_slot(before: Sequence[str], slots: Collection[str]) -> bool:
    """The word before is one of a name's ``slots`` (a preposition, a title), not an article:
    after "the" or "a" the slot is a common noun's ("at the deli near")."""
    return bool(before) and before[-1] in slots and before[-1] not in DETERMINERS

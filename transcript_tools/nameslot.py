"""Whether a window of ordinary words stands oddly in its place: every seam with its neighbours
and inside it unknown to the bigram counts, so the words read as a garble, not as English.

Used by `namescore.Scorer` to lift its caps on windows of common words for a name the document
speaks of ("neighbouring severe has" for a Syria named earlier), and for possessive garbles.
"""

from __future__ import annotations

from collections.abc import Sequence

from .vocabulary import vocabulary

ODD_SEAMS = 2
"""The fewest seams (the window's inner ones and those with its neighbours) that must all be
unknown to the bigram counts before a window reads as a garble: one unknown seam is the norm
for any rarer word."""
DETERMINERS = frozenset("a an the this that these those my your his her its our their some "
                        "any each every no another".split())
"""After one of these the slot is a common noun's ("a racy bow"), whatever the counts say."""
SLOT_WORDS = frozenset("in of to from into with by between against at on across "
                       "for near outside inside".split())
"""Prepositions after which a place or person name stands: a window after one, ending its
run of words, needs only that seam unknown."""


def odd_in_place(before: Sequence[str], keys: Sequence[str], after: Sequence[str],
                 ended: bool) -> bool:
    """The window's words ``keys`` (with the word before and after it, when its run has one;
    ``ended``: the run ends after the window) read as no English in place: no seam of them is
    in the bigram counts, and there are at least ODD_SEAMS seams, or the window fills the
    slot after a preposition at the end of its run ("taken charge of cobbles,"); never after a
    determiner."""
    if before and before[-1] in DETERMINERS:
        return False
    v = vocabulary()
    seams = list(zip(keys, keys[1:]))
    if before:
        seams.append((before[-1], keys[0]))
    if after:
        seams.append((keys[-1], after[0]))
    if any(v.bigram(a, b) for a, b in seams):
        return False
    if len(seams) >= ODD_SEAMS:
        return True
    return bool(seams) and bool(before) and before[-1] in SLOT_WORDS and ended and \
        len(keys) == 1

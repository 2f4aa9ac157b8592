"""Whether a window of ordinary words stands oddly in its place: every seam with its neighbours
and inside it unknown to the bigram counts, one of them telling, so the words read as a garble.

Used by `namescore.Scorer`: such a window of common words for a name the document speaks of is
raised from below its caps to a suggestion ("greens and ftp party"), a phrase of content words
(`garbled`) to its uncapped confidence; possessive garbles too.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from .propernouns import proper_nouns
from .vocabulary import once, vocabulary

ODD_SEAMS = 2
"""The fewest seams (the window's inner ones and those with its neighbours) that must all be
unknown to the bigram counts before a window reads as a garble: one unknown seam is the norm
for any rarer word."""
DETERMINERS = frozenset("a an the this that these those my your his her its our their some "
                        "any each every no another".split())
"""After one of these the slot is a common noun's ("a racy bow"), whatever the counts say."""
SURPRISE = 1.0
"""A missing pair is telling when the counts would hold it this many times over if its words
were independent (most pairs of rarer words are missing from the counts whatever they mean)."""


def odd_in_place(before: Sequence[str], keys: Sequence[str], after: Sequence[str],
                 surprising: bool) -> bool:
    """The window's words ``keys`` (with the word before and after it, when its run has one)
    read as no English in place: no seam of them is in the bigram counts, there are at least
    ODD_SEAMS seams, and (``surprising``) one of them is a pair the counts would hold if its
    words were independent (see `surprise`); never after a determiner."""
    if before and before[-1] in DETERMINERS:
        return False
    seams = list(zip(keys, keys[1:]))
    if before:
        seams.append((before[-1], keys[0]))
    if after:
        seams.append((keys[-1], after[0]))
    if len(seams) < ODD_SEAMS:
        return False
    v = vocabulary()
    if any(v.bigram(a, b) for a, b in seams):
        return False
    return not surprising or any(surprise(a, b) >= SURPRISE for a, b in seams)


CONTENT_LETTERS = 3
"""A word of a garbled phrase (`garbled`) has at least this many letters: shorter
ones are letters read out or clipped fragments ("and s", "in ge")."""


def garbled(before: Sequence[str], keys: Sequence[str], after: Sequence[str]) -> bool:
    """Two or more content words (none a function word or shorter than CONTENT_LETTERS) that
    read as no English where they stand (`odd_in_place`, no seam known to the counts, inside
    them or with a neighbour): a phrase nobody says ("latter care", "low window ski"), so a
    name that sounds like it is no chance fit the way a fluent phrase's is ("back in" for a
    Bakken, "country nationals" beside "for"). ``before`` holds up to two words: a
    determiner there makes the slot a common noun's, a modifier between ("a second bomb
    bay")."""
    return len(keys) >= 2 and all(len(w) >= CONTENT_LETTERS and w not in CLOSED_CLASS
                                  for w in keys) and not any(
        w in DETERMINERS for w in before[-2:]) and odd_in_place(before[-1:], keys, after, False)


CLOSED_CLASS = frozenset("""
a an the this that these those my your his her its our their some any each every no another
all both either neither i you he she it we they me him us them myself itself themselves who
whom whose which what and or but nor so yet if then than as because while when where whether
though although in on at to from into onto of off out up down over under with without within
through across along around about above below behind beyond between among against toward
towards past by near after before since until for away back forward again also too very just
not never only even still already here there now ever is are was were be been being am has
have had do does did will would can could shall should may might must""".split())
"""English function words (articles, pronouns, prepositions, particles, conjunctions,
auxiliaries): what follows a verb far more often than what a name's possessive owns."""


def possessive_confidence(keys: Sequence[tuple[str, ...]], at: int, score: float,
                          name: str, prior: set[str], barred: bool, bar: float
                          ) -> tuple[float, str]:
    """How sure a word (``keys[at]`` of its run's words) that sounds like the name with "'s"
    is ("rushes" for "Russia's", at phone distance ``score``): where the document speaks of
    the name (``prior``), the word reads as no English (`odd_in_place`) and the word after it
    is what the name owns (no function word), a suggestion below the edit ``bar``, surer when
    the document writes the name with "'s" elsewhere; else nothing (and when ``barred``: a
    crowded lexicon, a function word). Never an edit: the counts cannot tell "sport rushes
    battle" from "gold rushes shaped", nor "later hobbles mirror" from "sugar canes grow"."""
    rule = "sound-possessive+context"
    before = keys[at - 1][-1:] if at > 0 else ()
    after = keys[at + 1][:1]
    if barred or name not in prior or not after or after[0] in CLOSED_CLASS \
            or not odd_in_place(before, keys[at], after, False):
        return 0.0, rule   # ... or the word as itself ("rushes to", "the rushes")
    conf = bar - 0.05 - score
    if owner(name) in prior:
        return conf, rule + "+owner"
    return conf - 0.1, rule



def owner(canonical: str) -> str:
    """The evidence key that a document writes the name with "'s" ("Russia's"): kept among
    the names it speaks of (no name's own key has a tab)."""
    return canonical + "\t's"


def surprise(a: str, b: str) -> float:
    """How many times the bigram counts' least pair count the pair would be seen if its words
    were independent (its absence means something only well above 1)."""
    v = vocabulary()
    return v.count(a) * v.count(b) / v.total / v.total * v.bigram_total / v.least_pair


def gaps(words: list[str], shared: set[str]) -> list[str]:
    """The words with each run of words outside ``shared`` as one slot ("*")."""
    out: list[str] = []
    for w in words:
        w = w if w in shared else "*"
        if w != "*" or not out or out[-1] != "*":
            out.append(w)
    return out


@once
def _seams() -> frozenset[tuple[str, str]]:
    """Every pair of neighbouring words inside a proper noun of `propernouns` (not one that
    needs a witness): a window's edge that is no such pair cuts no noun."""
    nouns = proper_nouns()
    return frozenset((a, b) for key in nouns.forms if " " in key and key not in nouns.ambiguous
                     for a, b in pairwise(key.split(" ")))


class Keyed(Protocol):
    """A word as the name matcher holds it (`namescore.Item`)."""

    @property
    def key(self) -> tuple[str, ...]: ...


def cut_off(run: Sequence[Keyed], first: int, stop: int) -> bool:
    """Whether the window ``run[first:stop]`` cuts a proper noun of more than one word that
    any reader knows (`propernouns`: "south america", "new york", "buenos aires") in two: the
    noun goes on past one of the window's ends, so its words there are the noun's, not a
    garble's."""
    n = len(run)
    seams = _seams()
    for edge in (first, stop):
        if not 0 < edge < n or not run[edge - 1].key or not run[edge].key or (
                run[edge - 1].key[-1], run[edge].key[0]) not in seams:
            continue
        nouns = proper_nouns()
        forms, ambiguous, longest = nouns.forms, nouns.ambiguous, nouns.max_words
        for s in range(max(0, edge - longest + 1), edge):
            for e in range(edge + 1, min(n, s + longest) + 1):
                key = " ".join(w for it in run[s:e] for w in it.key)
                if key in forms and key not in ambiguous:
                    return True
    return False

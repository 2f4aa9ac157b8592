"""A comma at a gap the learned gap model scores just below the sentence-end threshold: "he
loved it, it was in his blood", "i love him, i forgive him". Called by the sentence stage once
the ends are chosen, with the learned model only (the hand scores are too coarse for a band).

The segmenter leaves such a gap open (its log-odds miss the threshold, or an end nearby makes
the sentence too short to pay), yet the captioners who punctuate wrote a mark there, a stop or
a comma, at nine gaps in ten: on the dev pages (stripped of their marks), of the unchosen gaps
within ``BAND`` of the threshold, 43 of 47 (even pages 22/24, odd 21/23); within 0.65, 58 of
67; within 0.8, 95 of 112; within 1.0, 153 of 187. A comma there is the lighter mark: the
gap holds a clause join the model half believes is an end.

Not before a subject pronoun after a determiner and its noun that no preposition governs ("given
the information | i had available", "followed the conditions | she was under", "many people |
i know"): English drops the "that" of such a relative clause, and no mark stands there. On the
dev pages, of the open gaps scoring 0 or more, six stand so: four unmarked.

Only in text without commas (unpunctuated captions, or ones whose captioner put stops at line
breaks alone): where the captioner wrote commas (``PUNCTUATED``), a gap without one is the
captioner's choice, and it stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress

from .breakwords import PREPOSITIONS
from .model import Editor, Piece
from .scans import where

BAND = 0.6
"""How far below the end threshold (learned log-odds) a gap may score and take a comma."""
PUNCTUATED = 0.01
"""A document whose gaps hold a comma, semicolon or colon this often (one in a hundred) was
punctuated by its captioner: no comma is added."""
_DETERMINERS = frozenset("the this that these those any all every some many no each".split())
_SUBJECTS = frozenset("i we you he she they".split())
_PREPOSITIONS = PREPOSITIONS | frozenset("since until throughout".split())
"""Prepositions: "of the decision | we may" closes a phrase, not an object before a relative."""
_TIMES = frozenset(
    "morning afternoon evening night day week weekend month year time season hour summer "
    "winter spring autumn".split())
"""Nouns of a time adverbial after "this", "every" ("this afternoon | they will"); after
"the" they take relatives like any noun ("the day | she left")."""
_CLAUSE_MARKS = frozenset(",;:")
_MARKED = ",.;:?!-…"
"""A word that ends in one of these already has its mark."""


def near_end_commas(editor: Editor, words: Sequence[Piece], keys: Sequence[str],
                    gaps: Sequence[tuple[Piece, ...]], scores: Sequence[float],
                    ends: Sequence[int], fixed: Sequence[int], blocked: Sequence[int],
                    threshold: float, among: Iterable[int] | None = None) -> list[int]:
    """Add a comma after each word whose gap scores above ``threshold - BAND`` where no
    sentence ends, nothing stands in the gap and it is neither ``fixed`` (a kept stop, a
    break) nor ``blocked`` (a dash or quote); none when the gaps holding a comma, semicolon
    or colon reach the share `PUNCTUATED`. ``among``: gaps in order that include every gap
    scoring that high (the segmenter's candidates; every gap when None). Returns the word
    indices."""
    last = len(words) - 1
    clauses = 0  # the gaps holding a clause mark (plain loops: no generator a gap)
    for gap in compress(gaps, gaps):
        for p in gap:
            if p.text in _CLAUSE_MARKS:
                clauses += 1
                break
    if clauses >= PUNCTUATED * max(1, last):
        return []
    floor = threshold - BAND
    added = []
    if among is None:
        at: Iterable[int] = where(map(floor.__le__, scores), last)
    else:  # (a few of the gaps: only those are read, not every gap's score)
        at = [i for i in among if i < last and scores[i] >= floor]
    for i in at:
        if ends[i] or gaps[i] or fixed[i] or blocked[i]:
            continue
        if keys[i + 1] in _SUBJECTS and contact_clause(keys, i):
            continue
        text = words[i].text
        if not text or text[-1] in _MARKED:
            continue
        editor.replace([words[i]], text + ",", "punctuation", "near-end", 0.7)
        added.append(i)
    return added


def contact_clause(keys: Sequence[str], i: int) -> bool:
    """Does word ``i`` end a determiner + noun that no preposition governs ("stopped the
    taxi", "many people"), where a relative clause without "that" may follow? Not a time
    adverbial ("this afternoon", "every day")."""
    if i < 1 or keys[i - 1] not in _DETERMINERS:
        return False
    if keys[i] in _TIMES and keys[i - 1] != "the":
        return False  # "this afternoon": an adverbial
    return i < 2 or keys[i - 2] not in _PREPOSITIONS

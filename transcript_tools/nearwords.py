"""English words near a word: the common word a non-word is a typo of, the dictionary's words
the frequency list lacks, a name's distinctive words. Called by `namescore` and `names`."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from . import memos
from .memos import WORD_MEMO
from .vocabulary import vocabulary

DROPPED_FROM = 5
"""A non-word this long may be a common word with two neighbouring letters dropped."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER_SET = frozenset(_LETTERS)


@lru_cache(maxsize=50_000)
def near_word(word: str) -> str | None:
    """The commonest English word one letter edit away from a non-word ("americal" ->
    "america"), or (for a longer one) two neighbouring letters short of it, or None: such a
    non-word is a typo, not a garbled name."""
    v = vocabulary()
    best, best_zipf = None, 3.0
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    # Only the edits the table holds can reach the bar: looked up at C speed (for a word
    # in lower case, as the table is). Equally common ones are settled alphabetically, so
    # every run gives the same answer (a set's order changes with the hash seed).
    listed = v.unigrams.keys() & edits if word.islower() or not word else edits
    scored = [(v.zipf(w), w) for w in listed if w in v]
    top = max((z for z, _ in scored), default=0.0)
    if top >= best_zipf:
        best, best_zipf = min(w for z, w in scored if z == top), top
    if best is None and len(word) >= DROPPED_FROM:
        # Captions drop characters in pairs ("journists", "distinion"): a common word with two
        # neighbouring letters missing is a typo too. (Only the few forms the unigram table
        # holds are ranked.)
        unigrams = v.unigrams
        least = v.least_count(best_zipf) or 1
        held = [w for w in _dropped_pair(word, unigrams) if unigrams[w] >= least]
        if held:
            top = max(unigrams[w] for w in held)
            tied = [w for w in held if unigrams[w] == top]
            return min(tied)
    return best


_BY_LENGTH: dict[tuple[int, int], tuple[list[str], list[str], list[str]]] = {}


def _dropped_pair(word: str, unigrams: dict[str, int]) -> list[str]:
    """The table's words that are ``word`` with two neighbouring letters (a-z) put back, found
    per place by bisection: among the table's words of that length in order, or (when fewer
    share the rest) in order of their reversals."""
    n = len(word) + 2
    key = (id(unigrams), n)
    got = _BY_LENGTH.get(key)
    if got is None:
        if len(_BY_LENGTH) > 64:
            _BY_LENGTH.clear()
        words = sorted(w for w in unigrams if len(w) == n)
        ends = sorted((w[::-1], w) for w in words)
        got = _BY_LENGTH[key] = (words, [r for r, _ in ends], [w for _, w in ends])
    words, reversals, reversed_words = got
    out = []
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        lo, hi = bisect_left(words, head + "a"), bisect_left(words, head + "{")
        if lo == hi:
            continue
        back = tail[::-1]
        rlo, rhi = bisect_left(reversals, back + "a"), bisect_left(reversals, back + "{")
        if rlo == rhi:
            continue
        pool = words[lo:hi] if hi - lo <= rhi - rlo else reversed_words[rlo:rhi]
        for w in pool:
            if w[:i] == head and w[i + 2:] == tail and w[i + 1] in _LETTER_SET \
                    and w[i] in _LETTER_SET:
                out.append(w)
    return out


@lru_cache(maxsize=50_000)
def in_dictionary(word: str) -> bool:
    """In the english-words lists ("epicenter"), which the frequency list lacks."""
    from .spelling import dictionary_words  # shared word table (cached on disk)
    return word in dictionary_words()


def distinctive_word(word: str) -> bool:
    """A word that tells a name apart: longer than two letters and rarer than zipf 4.5."""
    return len(word) > 2 and vocabulary().zipf(word) < 4.5

memos.bound_global(near_word, WORD_MEMO)
memos.bound_global(in_dictionary, WORD_MEMO)

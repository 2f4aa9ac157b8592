"""English words near a word: the common word a non-word is a typo of, the dictionary's words
the frequency list lacks, a name's distinctive words. Called by `namescore` and `names`."""

from __future__ import annotations

from functools import lru_cache

from .vocabulary import vocabulary

DROPPED_FROM = 5
"""A non-word this long may be a common word with two neighbouring letters dropped."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PAIRS = [x + y for x in _LETTERS for y in _LETTERS]


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
    for w in edits:
        z = v.zipf(w) if w in v else 0.0
        if z >= best_zipf:
            best, best_zipf = w, z
    if best is None and len(word) >= DROPPED_FROM:
        # Captions drop characters in pairs ("journists", "distinion"): a common word with two
        # neighbouring letters missing is a typo too. (Only the few forms the unigram table
        # holds are ranked.)
        unigrams = v.unigrams
        forms = {a + pair + b for a, b in splits for pair in _PAIRS}
        # The forms the table holds, looked up at C speed; two or more are listed again in
        # the forms' own order (the first of equally common ones wins).
        held = unigrams.keys() & forms
        hits = list(held) if len(held) < 2 else [w for w in forms if w in held]
        least = v.least_count(best_zipf) or 1
        best = max((w for w in hits if unigrams[w] >= least), key=unigrams.__getitem__,
                   default=None)
    return best


@lru_cache(maxsize=50_000)
def in_dictionary(word: str) -> bool:
    """In the english-words lists ("epicenter"), which the frequency list lacks."""
    from .spelling import dictionary_words  # shared word table (cached on disk)
    return word in dictionary_words()


def distinctive_word(word: str) -> bool:
    """A word that tells a name apart: longer than two letters and rarer than zipf 4.5."""
    return len(word) > 2 and vocabulary().zipf(word) < 4.5

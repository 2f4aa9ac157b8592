"""Two tokens heard as one long word: a non-word read together with a neighbour sounds like a
dictionary word of eight letters or more ("im provozational" -> "improvisational").

Called by `spelling.SpellingCorrector` (its sound merge of a non-word with a neighbour).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from .phonetics import costs_stamp, distance_within, skeleton
from .pronounce import pronounce
from .vocabulary import cached, once, vocabulary
from .wordtable import WordTable

SOUND_MERGE_ZIPF = 2.5
"""A two-token sound-alike merge may reach a rarer word ("dictatorial"): it needs more."""
SOUND_MERGE_DISTANCE = 0.10
"""The most phonetic distance (per phone) between the two tokens read together and the word."""
SOUND_MERGE_SPELLING = 0.6
"""The least letter similarity (normalised Levenshtein) between the joined tokens and it."""


def _long_word_sounds() -> str:
    v = vocabulary()
    table: dict[str, list[str]] = {}
    for word in v.unigrams:
        if len(word) >= 8 and word.isalpha() and v.zipf(word) >= SOUND_MERGE_ZIPF:
            table.setdefault(skeleton(pronounce(word)), []).append(word)
    return WordTable.pack((key, " ".join(words)) for key, words in table.items())


@once
def long_word_sounds() -> WordTable:
    """Words of eight letters or more by the consonant skeleton of their sound, each
    skeleton's words as one value joined by spaces (cached; searched in place: 0.3 MB where
    a dict of lists took 2.4)."""
    stamp = f"v2;{SOUND_MERGE_ZIPF};{costs_stamp()};{len(vocabulary().unigrams)}"
    return WordTable(cached("long-word-sounds", stamp, _long_word_sounds))


_SOUND_MERGES: dict[tuple[str, str], str] = {}
SOUND_MERGE_MEMO = 50_000
"""Token pairs `sound_merge` remembers (started afresh past this many)."""
_FAR = 2 * SOUND_MERGE_DISTANCE
"""Per phone: a candidate farther than this can neither win (over `SOUND_MERGE_DISTANCE`) nor
rival the winner (more than 0.05 behind it), so its distance need not be finished."""


def sound_merge(left: str, right: str) -> str:
    """The one long dictionary word that two tokens, one of them a non-word, sound like
    together ("im provozational" -> "improvisational"), close in spelling too; else ""."""
    key = (left, right)
    got = _SOUND_MERGES.get(key)
    if got is None:
        got = _sound_merge(left, right)
        if len(_SOUND_MERGES) > SOUND_MERGE_MEMO:
            _SOUND_MERGES.clear()
        _SOUND_MERGES[key] = got
    return got


def _sound_merge(left: str, right: str) -> str:
    # Both tokens must sound: one the letter-to-sound rules cannot read (another script,
    # "different مرحبا") would leave the other's word alone, the token lost.
    heard, other = pronounce(left), pronounce(right)
    if not heard or not other:
        return ""
    phones = heard + other
    joined = left + right
    words = (long_word_sounds().get(skeleton(phones)) or "").split()
    # Only the nearest word in sound can be taken, and only if close in spelling: where none
    # is close in spelling, no answer can come out, so no sound is compared (letters first,
    # at C speed).
    if not any(Levenshtein.normalized_similarity(joined, c) >= SOUND_MERGE_SPELLING
               for c in words):
        return ""
    n = len(phones)
    bound = _FAR * n
    scored = sorted((distance_within(pronounce(c), phones, bound) / n, c) for c in words)
    if not scored or scored[0][0] > SOUND_MERGE_DISTANCE:
        return ""
    if len(scored) > 1 and scored[1][0] - scored[0][0] < 0.05:
        return ""  # two words fit about as well: leave it
    best = scored[0][1]
    return best if Levenshtein.normalized_similarity(joined, best) >= SOUND_MERGE_SPELLING \
        else ""

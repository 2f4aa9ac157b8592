"""Acronyms said letter by letter and written as letters or as the letters' names: "o s c e",
"u. n. h. c. r.", "oh ess see ee", "dee double you news", "n double a c p".

`spelled_as` reads a window of words as letters where it can (a single letter is itself, a word
that sounds as a letter's name is that letter, "double" doubles the next letter and "double
you" is W) and says whether the reading spells a listed acronym exactly. Used by
`namescore.Scorer`, for windows the sound index already retrieved.
"""

from __future__ import annotations

from functools import lru_cache

from .pronounce import LETTERS, pronounce, spelled
from .vocabulary import vocabulary

DOUBLE = pronounce("double")
"""The phones of "double", said before a doubled letter ("n double a c p")."""
_BY_SOUND = {phones: letter for letter, phones in LETTERS.items()}
RARE_ZIPF = 3.5
"""A letter name of three letters or more rarer than this ("ess", "aitch", "vee"; not "dee",
"owe", "see") is no ordinary English word: a window with one of them spelling an acronym is
the acronym said letter by letter. (Two-letter words are not judged: the counts lack "oh",
"ex" as they lack "ee".)"""


@lru_cache(maxsize=4096)
def letter_of(word: str) -> str:
    """The letter a word is or names ("c", "see", "ess" -> c), or "" for none."""
    w = word.strip(".")
    if len(w) == 1 and w.isalpha():
        return w
    return _BY_SOUND.get(pronounce(w), "") if w.isalpha() else ""


def spelled_as(words: list[str]) -> tuple[str, int, bool]:
    """The window read with its letter names as letters: the text (letters and other words
    run together), how many letters it read, and whether one of them was a rare word (no
    single letter, no common word)."""
    out: list[str] = []
    count = 0
    rare = False
    v = vocabulary()
    k = 0
    while k < len(words):
        w = words[k]
        if w == "double" and k + 1 < len(words):
            nxt = letter_of(words[k + 1])
            if nxt:
                out.append("w" if nxt == "u" else nxt * 2)
                count += 1 if nxt == "u" else 2
                rare = True
                k += 2
                continue
        letter = letter_of(w)
        if letter:
            out.append(letter)
            count += 1
            if len(w) > 2 and v.zipf(w) < RARE_ZIPF:
                rare = True
        else:
            out.append(w)
        k += 1
    return "".join(out), count, rare


def acronym_letters(text: str) -> str:
    """The letters of a name's acronym words (a run of 2-6 capitals, "DW" of "DW News",
    "AfD" aside), lowercased; "" for a name with none."""
    return "".join(w.lower() for w in text.split() if 2 <= len(w) <= 6 and w.isalpha()
                   and w.isupper())


@lru_cache(maxsize=4096)
def doubled(letters: str) -> str:
    """An acronym read letter by letter with each doubled letter said "double" and the
    letter ("NAACP" as "n double a c p"); its plain spelling when no letter is doubled."""
    out: list[str] = []
    k = 0
    while k < len(letters):
        ch = letters[k]
        if k + 1 < len(letters) and letters[k + 1].lower() == ch.lower():
            out.append(DOUBLE + spelled(ch))
            k += 2
        else:
            out.append(spelled(ch))
            k += 1
    return "".join(out)

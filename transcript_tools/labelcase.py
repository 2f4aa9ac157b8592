"""The first word of a speaker's words after an in-text label capitalised ("... great! boss:
hey" -> "Boss: Hey"); called by `casing.Truecaser`.
"""

from __future__ import annotations

from .model import Piece
from .titles import capitalise


def _named(word: Piece, text: str, source: str) -> bool:
    """Whether the names stage cased a word (its reading is not the source's): a two-word
    label is a name only so. Capitals already in the source may be a sentence's ("The A: the")
    or this stage's own from an earlier cleaning, which a second cleaning must not read
    differently from the first."""
    return source[word.start:word.end] != text


def after_labels(words: list[Piece], texts: list[str], starting: set[int],
                 source: str, pieces: list[Piece],
                 spaced: dict[int, Piece]) -> dict[int, tuple[str, str]]:
    """A speaker's words after a label that opens a sentence inside a line ("... great!
    boss: hey, that's" -> "Boss: Hey"): index -> (capitalised word, rule). The label is one
    word ("o'brien: my heart") or a name the names stage cased ("Lorraine Ali: she slept",
    one piece or two). ``starting``: the words (indices) that open a sentence; words removed after
    the colon (a stutter: "boss: the the") do not count. ``spaced``: the marks typed apart
    from their word (`spacedmarks.spaced_marks`), which `casing` joins to it: a colon so
    joined ("boss\\n: hey", "boss : hey") is read where the clean text puts it, as a second
    cleaning reads it."""
    out: dict[int, tuple[str, str]] = {}
    last = len(words) - 1
    for k in starting:
        j = k  # the label's last word
        if k + 1 < last and source[words[k].end:words[k].end + 1] == " " \
                and texts[k][:1].isupper() and texts[k + 1][:1].isupper() \
                and _alpha(texts[k + 1]) and source[words[k + 1].end:words[k + 1].end + 1] == ":" \
                and _named(words[k], texts[k], source) \
                and _named(words[k + 1], texts[k + 1], source):
            j = k + 1
        label = words[j]
        mark = spaced.get(label.first)
        colon = mark.start if mark is not None and mark.text == ":" else label.end
        if j < last and source[colon:colon + 1] == ":" \
                and source[colon + 1:colon + 2] in _AFTER_COLON \
                and (_alpha(texts[k]) or " " in texts[k] and all(
                    _alpha(w) and w[:1].isupper() for w in texts[k].split(" "))) \
                and texts[j + 1][:1].islower() and (
                    words[j + 1].start == colon + 2 or not any(
                        p.text for p in pieces
                        if colon + 1 < p.start < words[j + 1].start)):
            out[j + 1] = (capitalise(texts[j + 1]), "after-label")
    return out


_AFTER_COLON = frozenset(" \n\t\r")
"""What follows a label's colon: a space, or a line's end ("\r\n" as well as "\n": a page
with Windows line ends reads as one with Unix ones; make fuzz, session 30)."""


def _alpha(text: str) -> bool:
    """Letters, an apostrophe between them allowed ("o'brien")."""
    return text.replace("'", "").replace("’", "").isalpha()

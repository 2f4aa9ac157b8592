"""Words that sound like a lexicon name with "'s" ("rushes" for "Russia's"): a name's possessive
heard as one ordinary word ending in an s or z sound, found by its consonant frame.

Used by `names.NameCorrector` for candidates; `namescore.Scorer` decides them (`possessive`).
"""

from __future__ import annotations

from . import memos
from .memos import RUN_MEMO, WORD_MEMO
from .namescore import Candidate, Run
from .phonetics import VOWELS, distance
from .soundindex import SoundIndex, Unit

POSSESSIVE_DISTANCE = 0.12
"""The farthest (normalised phone distance) a word may sound from a name's possessive."""
SHORTEST = 3
"""A name's phones fewer than this are too short to tell by sound from a word."""
MEMO = 50_000
_SIBILANTS = frozenset("szʃʒcj")
_VOICELESS = frozenset("ptkfθ")


def possessive_phones(phones: str) -> str:
    """A pronunciation with "'s" added as English says it: "əz" after a sibilant, "s" after a
    voiceless consonant, "z" otherwise."""
    last = phones[-1:]
    if last in _SIBILANTS:
        return phones + "əz"
    return phones + ("s" if last in _VOICELESS else "z")


def frame(phones: str) -> str:
    """The consonants of a pronunciation, its vowels dropped (vowels are what garbles change
    most: "cobbles" and "Kabul's" share one frame)."""
    return "".join(ch for ch in phones if ch not in VOWELS)


class Possessives:
    """The possessive forms of one lexicon's units, by consonant frame."""

    def __init__(self, index: SoundIndex) -> None:
        self.by_frame: dict[str, list[tuple[Unit, str, str]]] = {}
        for unit in index.units:
            if unit.length < SHORTEST:
                continue
            form = possessive_phones(unit.phones)
            own = "".join(ch for w in unit.key for ch in w if ch.isalpha())
            self.by_frame.setdefault(frame(form), []).append((unit, form, own))
        self._words: dict[str, tuple[tuple[Unit, float], ...]] = {}
        self._runs: dict[tuple[str, ...], tuple[Candidate, ...]] = {}
        memos.bound(self, ("_words", WORD_MEMO), ("_runs", RUN_MEMO))

    def find(self, run: Run) -> tuple[Candidate, ...]:
        """A one-word window per word of the run that sounds like a name's possessive: a word
        of the frequency list ending in an s or z sound, no exact mention, no written
        possessive, and followed by another word of the run (what the name owns).
        Memoised per run's words (its exact mentions follow from them)."""
        words = run.words()
        got = self._runs.get(words)
        if got is None:
            if len(self._runs) > MEMO:
                self._runs.clear()
            found = []
            if self.by_frame:
                for i, it in enumerate(run[:-1]):
                    if it.possessive or i in run.marks or len(it.key) != 1 or it.zipf == 0 \
                            or it.phones[-1:] not in ("s", "z"):
                        continue
                    for unit, d in self._word(it.phones, it.letters):
                        found.append(Candidate(i, i + 1, unit, d, possessive=True))
            got = self._runs[words] = tuple(found)
        return got

    def _word(self, phones: str, letters: str) -> tuple[tuple[Unit, float], ...]:
        """The units whose possessive this word sounds like (memoised per word)."""
        got = self._words.get(phones + "\t" + letters)
        if got is None:
            out = []
            for unit, form, own in self.by_frame.get(frame(phones), ()):
                if letters.startswith(own):
                    continue   # the name's own plural or possessive spelled out
                d = distance(phones, form) / len(form)
                if d <= POSSESSIVE_DISTANCE:
                    out.append((unit, d))
            if len(self._words) > MEMO:
                self._words.clear()
            got = self._words[phones + "\t" + letters] = tuple(out)
        return got

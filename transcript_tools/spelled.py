"""Spelled names: the non-words of a run that spell a lexicon name glued, split, clipped or
with other separators. Called by `names.NameCorrector` for each run, beside sound matching.

The letter matching is `letters.LetterMatcher`'s, the letter rhymes ("bdc" for BBC)
`rhymes.Rhymes`'.
"""

from __future__ import annotations

from . import memos
from .letternames import acronym_letters
from .letters import LetterMatch, LetterMatcher
from .memos import RUN_MEMO
from .namescore import Candidate, Run
from .nearwords import in_dictionary
from .rhymes import Rhymes
from .soundindex import Unit
from .vocabulary import vocabulary

SPOTS = 50_000
"""The memo of the places a spelled name may start (per run's words) is started afresh past
this many entries."""
_HANDLE = frozenset("@#._/")
Split = tuple[int, Unit]
"""Two words of a run that spell a name together: where they start, and the name."""


class SpelledNames:
    """Candidates spelled from a run's letters (distance 0: never cut as far windows)."""

    def __init__(self, letters: LetterMatcher, rhymes: Rhymes) -> None:
        self.letters = letters
        self.rhymes = rhymes
        self.source = ""
        """The document's source (set per document): what stands around a word."""
        self._spots: dict[tuple[str, ...], tuple[tuple[int, ...], tuple[Split, ...]]] = {}
        memos.bound(self, ("_spots", RUN_MEMO))
        """Per run's words: where a spelled name may start, and the split names
        (`_split_in_words`, before the exact mentions are left out)."""

    def find(self, run: Run) -> list[Candidate]:
        """Non-words that spell a name glued, split or clipped."""
        out: list[Candidate] = []
        glued = self.letters.glued
        protected = run.marks
        words = run.words()
        memo = self._spots.get(words)
        if memo is None:
            if len(self._spots) > SPOTS:
                self._spots.clear()
            # A word of the frequency list (longer than a letter) is neither a fragment nor a
            # non-word: nothing below starts from it.
            memo = self._spots[words] = (tuple(
                i for i, it in enumerate(run) if not (it.zipf > 0 and len(it.key[0]) > 1)),
                self._split_in_words(run))
        spots, splits = memo
        for i, split in splits:
            if i not in protected and i + 1 not in protected:
                out.append(Candidate(i, i + 2, split, 0.0, LetterMatch(
                    split.text, split, 0.9, "letters-joined", True)))
        for i in spots:
            it = run[i]
            if len(it.key) == 1 and len(it.key[0]) == 1 and (
                    i == 0 or len(run[i - 1].key) != 1 or len(run[i - 1].key[0]) != 1):
                out.extend(self._spelled_out(run, i))
            if it.zipf == 0 and i not in protected and not self._handle(run, i):
                # The name with other separators, or none ("c_span", "o-neill").
                m = self.letters.variant(it.text, it.letters)
                if m is not None:
                    out.append(Candidate(i, i + 1, m.unit, 0.0, m))
                    continue
            if it.zipf > 0 and len(it.key[0]) > 1:
                continue   # a word of the frequency list: neither a fragment nor a non-word
            if len(it.key) == 1 and (it.zipf == 0 or len(it.key[0]) == 1
                                     and it.key[0] not in "ai"):
                # A stray space inside a name: "h aaland", "m bappe".
                for a in (i - 1, i):
                    pair = run[a:a + 2] if a >= 0 else []
                    if len(pair) == 2 and all(len(p.key) == 1 and a + k not in protected
                                              for k, p in enumerate(pair)):
                        unit = glued.get(pair[0].key[0] + pair[1].key[0])
                        if unit is not None:
                            out.append(Candidate(a, a + 2, unit, 0.0, LetterMatch(
                                unit.text, unit, 0.9, "letters-joined")))
            if it.known or it.zipf > 0 or len(it.key) != 1 or i in protected:
                continue
            if self._handle(run, i):
                continue
            m = self.letters.match(it.key[0])
            if m is None and self.rhymes:
                m = self.rhymes.match(it.letters)   # "bdc" for a listed BBC
            if m is not None:
                out.append(Candidate(i, i + 1, m.unit, 0.0, m))
        return out

    def _split_in_words(self, run: Run) -> tuple[Split, ...]:
        """Two words of the frequency list whose letters together spell a one-word name that
        no dictionary holds, in no pair English says ("herr era" for a Herrera, "sky walker"
        for a Skywalker, qa21): the name split by a captioner, trusted only where the
        document writes the name, or the references do (`letters.LetterMatch.needs_prior`).
        Where each pair starts and its name, from the run's words alone (`find` memoises them
        per run and leaves out the pairs holding an exact mention)."""
        out: list[Split] = []
        glued = self.letters.glued
        v = vocabulary()
        for i in range(len(run) - 1):
            a, b = run[i], run[i + 1]
            if len(a.key) != 1 or len(b.key) != 1 \
                    or a.possessive or not (a.zipf > 0 and b.zipf > 0) \
                    or len(a.key[0]) < 2 or len(b.key[0]) < 2:
                continue
            joined = a.key[0] + b.key[0]
            unit = glued.get(joined)
            if unit is None or len(unit.key) != 1 or in_dictionary(joined) \
                    or v.bigram(a.key[0], b.key[0]):
                continue
            out.append((i, unit))
        return tuple(out)

    def _spelled_out(self, run: Run, i: int) -> list[Candidate]:
        """A listed acronym written as its letters from word i on, spaced or dotted ("o s c
        e", "i. a. e. a."; three letters or more): read whole. (Sound matching finds most of
        these too, but not an acronym of vowels alone, which has no consonant to retrieve.)"""
        letters = ""
        k = i
        while k < len(run) and len(run[k].key) == 1 and len(run[k].key[0]) == 1 \
                and k not in run.marks:
            letters += run[k].key[0]
            k += 1
        if len(letters) < 3:
            return []
        unit = self.letters.spellings.get(letters)
        if unit is None or acronym_letters(unit.text) != letters:
            return []
        return [Candidate(i, k, unit, 0.0, LetterMatch(unit.text, unit, 0.95,
                                                       "letters-spelled"))]

    def _handle(self, run: Run, i: int) -> bool:
        """The word is part of an address or handle ("@abcnews", "abcnews.com")."""
        source = self.source
        start, end = run.pieces[i].start, run.pieces[i].end
        return source[start - 1:start] in _HANDLE or source[end:end + 1] in _HANDLE \
            and source[end + 1:end + 2].isalnum()

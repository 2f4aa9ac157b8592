"""Acronyms heard with a rhyming letter: a non-word letter sequence that spells a listed acronym
with one letter swapped for another whose name rhymes with it ("bdc" for BBC, "dsp" for DSB).

Built once per lexicon by `names.NameCorrector`; asked only about words no dictionary has.
"""

from __future__ import annotations

from .letters import LetterMatch
from .soundindex import SoundIndex, Unit

RHYMES = ("bcdegptvz", "flmnsx", "ahjk", "iy", "quw")
"""Letters whose spoken names rhyme (bee/dee/pee, eff/ess/em, ay/jay/kay, eye/why, you/double
you): a recogniser hearing a spelled acronym confuses them; other letters stand alone."""
_CLASS = {ch: k for k, group in enumerate(RHYMES) for ch in group}
SIZES = (3, 4, 5)
"""Acronyms of these many letters (two letters give too little to tell one from a word)."""
CONFIDENCE = 0.85
"""A non-word one rhyming letter from exactly one listed acronym."""


def rhyme_key(letters: str) -> tuple[object, ...]:
    """The letters with each rhyming letter as its class (others stay themselves)."""
    return tuple(_CLASS.get(ch, ch) for ch in letters)


class Rhymes:
    """Listed acronyms (written in capitals, one word of 3-5 letters) by their rhyme keys."""

    def __init__(self, index: SoundIndex, crowded: bool) -> None:
        # (In a crowded lexicon some other acronym is one rhyme from many a real one, "gmc"
        # from a GMT: the name must be mentioned too.)
        self.crowded = crowded
        self._by_key: dict[tuple[object, ...], list[tuple[str, Unit]]] = {}
        seen: set[tuple[str, str]] = set()
        for unit in index.units:
            text = unit.text
            if len(unit.key) != 1 or not text.isalpha() or not text.isupper() \
                    or len(text) not in SIZES:
                continue
            letters = text.lower()
            if (letters, unit.canonical) in seen:
                continue
            seen.add((letters, unit.canonical))
            self._by_key.setdefault(rhyme_key(letters), []).append((letters, unit))
        self._memo: dict[str, LetterMatch | None] = {}

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def match(self, letters: str) -> LetterMatch | None:
        """The acronym a non-word's letters (lowercase) spell with exactly one letter swapped
        for a rhyming one, when exactly one listed acronym fits; else None (memoised)."""
        got = self._memo.get(letters, False)
        if got is not False:
            return got   # type: ignore[return-value]
        found = None
        if len(letters) in SIZES and letters.isalpha():
            fits = {unit.canonical: unit for own, unit in self._by_key.get(rhyme_key(letters), ())
                    if sum(a != b for a, b in zip(own, letters)) == 1}
            if len(fits) == 1:
                unit = next(iter(fits.values()))
                found = LetterMatch(unit.text, unit, CONFIDENCE, "letters-rhyme",
                                    self.crowded)
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[letters] = found
        return found

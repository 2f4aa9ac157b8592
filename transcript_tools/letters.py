"""Names by spelling, for non-words that sound matching cannot read: names glued to a word
("mrjohnson", "witgoogle"), glued whole ("borisjohnson"), or clipped ("washingn").

Built once per lexicon by `names.NameCorrector`; asked only about words no dictionary has.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .propernouns import place_names
from .soundindex import SoundIndex, Unit
from .vocabulary import vocabulary

MIN_RATIO = 80.0
"""Least letter similarity (rapidfuzz ``ratio``, 0-100) of a clipped word to a name."""
MARGIN = 6.0
"""How much closer the best name must be than any other name."""
_KEEP_ZIPF = 3.0
_GLUE_ZIPF = 4.5
"""A word glued after a name must be this common ("now", "and", "said")."""
_FUNCTION_ZIPF = 5.5
"""A word glued after a name less common than this ("cast", "via": a content word, not "now",
"said", "and") may as well end a word of its own the name begins ("brexitcast" is a
programme, "peruvia" no Peru): such a split stands only for a name the document speaks of
elsewhere (`LetterMatch.needs_prior`), a suggestion at most otherwise."""
_TITLES = frozenset("mr mrs ms dr sir lady lord president senator governor general".split())
_SEPARATORS = frozenset("_-.'’")
"""Characters a caption encoder writes for (or in place of) a name's hyphen or spaces."""
_POSSESSIVE = ("'s", "’s")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def letter_by_letter(word: str) -> bool:
    """The word spells a name letter by letter with hyphens ("H-E-R-O-L-D", "d-o-ug-h-e-r-t-y";
    three parts or more, each of one or two letters, most of one): the speaker's spelling,
    which a person's name never replaces (a police briefing spelling its speakers' names,
    qa39). An acronym so spelled ("n-a-s-a") is still the acronym."""
    parts = word.split("-")
    return len(parts) >= 3 and all(0 < len(p) <= 2 and p.isalpha() for p in parts) \
        and 2 * sum(len(p) == 1 for p in parts) > len(parts)


@dataclass(frozen=True, slots=True)
class LetterMatch:
    """A non-word read as a name: the text to write, the unit, a confidence and the rule."""

    text: str
    unit: Unit
    confidence: float
    rule: str
    needs_prior: bool = False
    """Only trust this when the name is mentioned elsewhere or in the references."""


class LetterMatcher:
    """Glued, split and clipped spellings of lexicon names."""

    def __init__(self, index: SoundIndex) -> None:
        self.glued: dict[str, Unit] = {}
        for unit in index.units:
            letters = "".join(ch for w in unit.key for ch in w if ch.isalpha())
            if len(letters) >= 4 and (letters not in self.glued or unit.whole
                                      and not self.glued[letters].whole):
                self.glued[letters] = unit
        self.choices = list(self.glued)
        # Names short of their last letter ("obam"), for a name glued to the next word.
        self.clipped: dict[str, Unit | None] = {}
        for letters, unit in self.glued.items():
            if len(letters) >= 5:
                cut = letters[:-1]
                self.clipped[cut] = None if cut in self.clipped else unit
        self._memo: dict[str, LetterMatch | None] = {}
        # Every name's letters (separators and case aside), for `variant`: whole names and
        # aliases first, then parts that are no common word; letters two names share, None.
        self.spellings: dict[str, Unit | None] = {}
        v = vocabulary()
        for unit in sorted(index.units, key=lambda u: not u.whole):
            letters = "".join(ch for w in unit.key for ch in w if ch.isalpha())
            if len(letters) < 3 or not unit.whole and v.zipf(letters) > 0:
                continue
            if letters not in self.spellings:
                self.spellings[letters] = unit
            else:
                had = self.spellings[letters]
                if had is not None and had.canonical != unit.canonical \
                        and had.whole == unit.whole:
                    self.spellings[letters] = None
        self._variants: dict[str, LetterMatch | None] = {}

    def variant(self, text: str, letters: str) -> LetterMatch | None:
        """The name a word spells with other separators ("c_span", "o-neill", "cspan" for
        "C-SPAN", "O'Neill"), or None; ``letters`` are the word's own, a possessive aside
        (memoised per word)."""
        if text in self._variants:
            return self._variants[text]
        got = None
        unit = self.spellings.get(letters)
        base = text[:-2] if text.endswith(_POSSESSIVE) and len(text) > 3 else text
        if unit is not None and base.casefold() != unit.text.casefold() and all(
                ch.isalpha() or ch in _SEPARATORS for ch in base) \
                and not (letter_by_letter(base) and not unit.text.isupper()):
            if "_" in base:
                got = unit   # an encoder's underscore: never in ordinary words
            elif vocabulary().zipf(letters) == 0 and (
                    _SEPARATORS.intersection(base) or _SEPARATORS.intersection(unit.text)
                    and " " not in unit.text):
                # Other separators, or none where the name has some: only a non-word
                # ("it's" stays, "its" being a word). (Words glued are `_match`'s.)
                got = unit
        match = None if got is None else LetterMatch(got.text, got, 0.95, "spelling-variant")
        if len(self._variants) > 50_000:
            self._variants.clear()
        self._variants[text] = match
        return match

    def match(self, word: str) -> LetterMatch | None:
        """The name a non-word spells, or None (memoised per word)."""
        if word in self._memo:
            return self._memo[word]
        got = self._match(word) if word.isalpha() and len(word) >= 4 else None
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[word] = got
        return got

    def _match(self, word: str) -> LetterMatch | None:
        unit = self.glued.get(word)
        if unit is not None and len(unit.key) > 1:
            return LetterMatch(unit.text, unit, 0.95, "letters-glued")
        v = vocabulary()
        for k in range(1, len(word) - 3):
            left, right = word[:k], word[k:]
            unit = self.glued.get(right)
            if unit is None:
                continue
            if left in _TITLES:
                return LetterMatch(f"{left} {unit.text}", unit, 0.9, "letters-split")
            if len(left) > 1 and v.zipf(left) >= _KEEP_ZIPF:
                # (A place of its own the word lists lack, "tolima", is no "to Lima" unless
                # the document speaks of Lima.)
                return LetterMatch(f"{left} {unit.text}", unit, 0.9, "letters-split",
                                   word in place_names())
            if len(left) == 1 and left not in "ai":   # a stray letter from the line before
                return LetterMatch(unit.text, unit, 0.85, "letters-split")
        for k in range(len(word) - 3, 3, -1):
            # A name glued to the word after it, perhaps short of its last letter
            # ("obamnow", "parisand").
            left, right = word[:k], word[k:]
            if v.zipf(right) < _GLUE_ZIPF:
                continue
            content = v.zipf(right) < _FUNCTION_ZIPF or word in place_names()
            unit = self.glued.get(left)
            if unit is not None:
                return LetterMatch(f"{unit.text} {right}", unit, 0.9, "letters-split", content)
            unit = self.clipped.get(left)
            if unit is not None and left not in self.glued:
                return LetterMatch(f"{unit.text} {right}", unit, 0.85, "letters-split",
                                   content)
        if len(word) < 5:
            return None
        found = process.extract(word, self.choices, scorer=fuzz.ratio, limit=4,
                                score_cutoff=MIN_RATIO - MARGIN)
        if not found or found[0][1] < MIN_RATIO:
            return None
        if word.startswith(found[0][0]) or _derived(word, found[0][0]):
            return None   # a plural, possessive or demonym of the name: not a garble
        best = self.glued[found[0][0]]
        others = [s for c, s, _ in found[1:] if self.glued[c].canonical != best.canonical]
        if others and found[0][1] - others[0] < MARGIN:
            return None
        if word[0] != found[0][0][0]:
            return None
        # A clipped common word ("washingn" is also "washing" plus a letter) is a name only
        # when the document or the references already speak of it.
        near = _near_common(word)
        needs_prior = near is not None and fuzz.ratio(word, near) >= found[0][1] - 2
        conf = min(0.95, 0.8 + (found[0][1] - MIN_RATIO) / 100)
        return LetterMatch(best.text, best, conf, "letters-clipped", needs_prior)


_DERIVED_ENDINGS = ("ie", "ies", "ian", "ians", "an", "ans", "ite", "ites", "ese")
"""Endings a word made from a name takes after its final e or y ("Yalies", "Dukies")."""


def _derived(word: str, key: str) -> bool:
    """Whether ``word`` is made from the name ``key`` with its final e dropped or its y made
    i before an ending of `_DERIVED_ENDINGS` ("yale" -> "yalies", "duke" -> "dukies",
    "italy" -> "italians"): a word of its own, as "boston" -> "bostonians" (qa37)."""
    if key.endswith("e"):
        stem = key[:-1]
    elif key.endswith("y"):
        stem = key[:-1] + "i"
    else:
        return False
    return word.startswith(stem) and word[len(stem):] in _DERIVED_ENDINGS


def _near_common(word: str) -> str | None:
    """A common word the non-word is its clipped or padded form of, if any."""
    v = vocabulary()
    for k in range(len(word) - 1, max(2, len(word) - 3), -1):
        if v.zipf(word[:k]) >= _KEEP_ZIPF:
            return word[:k]
    # short of its last letter ("peopl")
    return max((w for w in (word + c for c in _ALPHABET) if v.zipf(w) >= _KEEP_ZIPF),
               key=v.zipf, default=None)

"""Short names heard as one word: names of one consonant group ("Oman", "Peru", "Yemen"),
matched in single rarer words that stand oddly after a preposition.

Used by `names.NameCorrector`: `find` gives the candidates per run, `scored` their confidence;
`heard_in_window` judges such a name heard in a window by the sound index.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from . import memos
from .memos import RUN_MEMO
from .namechoice import RIVAL, Scored
from .namescore import Candidate, Run, confidence
from .nameslot import DETERMINERS
from .phonetics import distance
from .soundindex import SoundIndex, Unit
from .vocabulary import vocabulary

SHORTEST = 4
"""Names of fewer phones are too short to tell by sound from a word ("Kim", "Lam")."""
REACH = 0.1
"""The farthest (normalised phone distance) a word may sound from a short name at all (a
suggestion at most past THRESHOLD)."""
THRESHOLD = 0.08
"""A word this close to a short name is it (where its words and the evidence allow): one vowel
changed in a four-phone name. Not wider for a name the document speaks of: other places sound
as close ("amman" for an Oman)."""
RARE_ZIPF = 4.5
"""A word must be rarer than this (zipf) to stand for a name: common words are themselves."""
NEIGHBOUR_ZIPF = 3.0
"""A neighbour rarer than this (or no word of the frequency list) makes the word part of a
phrase of rare words: a name of its own beside another ("rishi sunak") or a longer garble."""
SLOT = frozenset("in of to from with by between against for at on across into near through "
                 "toward towards".split())
"""A preposition before the word makes its slot a name's ("talks in omen"); after an article or
an adjective the slot is a common noun's ("a bad omen"), and the word stays itself."""
PLACE = frozenset("in across into near through throughout inside".split())
"""Prepositions of place: where a word the document never names may still stand for a place of
a small lexicon ("in hattie province"); after "to", "at", "from", "with" or "for" it is as
likely a person ("a call from hattie")."""
MEMO = 50_000


class ShortNames:
    """The whole names and aliases of one lexicon of one consonant class (the sound index
    hears them only as suggestions: `heard_in_window`), by their skeleton."""

    def __init__(self, index: SoundIndex) -> None:
        self.by_skeleton: dict[str, list[tuple[Unit, str]]] = {}
        for unit in index.units:
            skel = unit.skeleton
            if not unit.whole or len(skel) != 1 or unit.length < SHORTEST:
                continue   # (a part; no consonant at all; the index finds it; or too short)
            own = "".join(ch for ch in unicodedata.normalize("NFKD", "".join(unit.key))
                          if ch.isascii() and ch.isalpha())
            self.by_skeleton.setdefault(skel, []).append((unit, own))
        self._runs: dict[tuple[str, ...], tuple[Candidate, ...]] = {}
        memos.bound(self, ("_runs", RUN_MEMO))
        self._words: dict[str, tuple[tuple[Unit, float], ...]] = {}

    def __bool__(self) -> bool:
        return bool(self.by_skeleton)

    def find(self, run: Run) -> tuple[Candidate, ...]:
        """One-word windows that sound like a short name: a single word of letters (or its
        possessive) rarer than RARE_ZIPF, no exact mention, not the name's own form ("iraqi",
        "russians"). Memoised per run's words (its exact mentions follow from them)."""
        words = run.words()
        got = self._runs.get(words)
        if got is None:
            if len(self._runs) > MEMO:
                self._runs.clear()
            by_skeleton = self.by_skeleton
            found = []
            for i, it in enumerate(run):
                if it.skel in by_skeleton and it.zipf < RARE_ZIPF and i not in run.marks \
                        and len(it.key) == 1 and (it.text.isalpha() or it.possessive
                                                  and it.letters == it.key[0]):
                    for unit, d in self._word(it.phones, it.skel, it.letters):
                        found.append(Candidate(i, i + 1, unit, d))
            got = self._runs[words] = tuple(found)
        return got

    def _word(self, phones: str, skel: str, letters: str) -> tuple[tuple[Unit, float], ...]:
        """The short names a word sounds like, within REACH (memoised per word)."""
        key = phones + "\t" + letters
        got = self._words.get(key)
        if got is None:
            out = []
            for unit, own in self.by_skeleton[skel]:
                if letters.startswith(own) or own.startswith(letters):
                    continue   # the name's own plural, demonym or clipping
                d = distance(phones, unit.phones) / unit.length
                if d <= REACH:
                    out.append((unit, d))
            if len(self._words) > MEMO:
                self._words.clear()
            got = self._words[key] = tuple(out)
        return got

    def scored(self, found: Iterable[tuple[Run, Candidate]], prior: set[str], crowded: bool,
               bar: float) -> list[Scored]:
        """The candidates after a preposition (SLOT) that read as a garble where they stand
        (`odd`), with their confidence: the distance against THRESHOLD. A name nobody
        mentions is heard only within THRESHOLD in a lexicon that is not crowded, and is more
        than a suggestion (below the edit ``bar``) only after a preposition of place (PLACE);
        a name extracted from a reference text is heard only when mentioned; one that another
        short name fits about as well is a suggestion at most."""
        found = list(found)
        best: dict[tuple[int, int], dict[str, float]] = {}   # per word: each name's best fit
        for run, c in found:
            fits = best.setdefault((id(run), c.first), {})
            fits[c.unit.canonical] = min(c.score, fits.get(c.unit.canonical, 1.0))
        out: list[Scored] = []
        for run, c in found:
            unit = c.unit
            known = unit.canonical in prior
            before = "".join(run[c.first - 1].key[-1:]) if c.first else ""
            if not known and (crowded or unit.source == "reference" or c.score > THRESHOLD) \
                    or before not in SLOT or not odd(run, c.first):
                continue
            conf = confidence(c.score, THRESHOLD)
            if not known and before not in PLACE or any(
                    d - c.score < RIVAL for name, d in best[(id(run), c.first)].items()
                    if name != unit.canonical):
                conf = min(conf, bar - 0.05)
            if conf > 0:
                out.append(((conf, "sound-short" + ("+context" if known else "")), run, c))
        return out


def odd(run: Run, i: int) -> bool:
    """The word at ``i`` reads as a garble where it stands: no seam with its neighbours in the
    bigram counts, and no neighbour a rare word (a phrase of rare words is a name of its own,
    "rishi sunak", or a longer garble)."""
    v = vocabulary()
    key = run[i].key[0]
    for k in (i - 1, i + 1):
        if 0 <= k < len(run):
            other = run[k]
            if other.zipf < NEIGHBOUR_ZIPF:
                return False
            pair = (other.key[-1:] + (key,)) if k < i else ((key,) + other.key[:1])
            if len(pair) < 2 or v.bigram(*pair):
                return False
    return True


def heard_in_window(run: Run, c: Candidate, got: tuple[float, str], allowed: bool,
                    bar: float) -> float:
    """The confidence of a window the sound index heard as a name of one consonant class
    (`SoundIndex.single`: "Hama", "Russia"), ``got`` the scorer's: one vowel apart from many
    words, so a suggestion at most (below the edit ``bar``; `ShortNames` decides the edits),
    and none in a common noun's slot (a determiner before or first: "a bad omen", "the pera
    tree"), for a rare word beside another (a name of its own: "pera mitra"), or where not
    ``allowed`` (a name nobody mentions in a crowded lexicon, as in `ShortNames.scored`)."""
    beside = [run[k] for k in (c.first - 1, c.stop) if 0 <= k < len(run)]
    if not allowed or any(w in DETERMINERS for it in run[max(0, c.first - 2):c.first + 1]
                          for w in it.key) or any(
            it.zipf < RARE_ZIPF for it in run[c.first:c.stop]) and any(
            it.zipf < NEIGHBOUR_ZIPF for it in beside):
        return 0.0
    return min(got[0], bar - 0.05)

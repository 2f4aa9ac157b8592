"""A listed person's first name heard as ordinary words right before the surname written right
(constructed: "coach marla vinney" is no garble, "coach marvel in vinney" for a listed
Marvelin Vinney is; "balance theano brask" for a listed Valentino Brask).

The surname written exactly is evidence of that person where it stands: the one to three words
right before it are judged against the name's first words alone, at a wider bar than a window
with no anchor has (`namescore.threshold` twice over, never past `namescore.MAX_DISTANCE`).
Guards: the window holds no function word, title, word of the name, possessive or digit, and
no word that is itself a first name of the lists (another person: "chris | jansing"); the
surname belongs to one listed person only; no name is marked right before the window; not in
a gazetteer, and in a crowded lexicon the bar shrinks as the scorer's does. Used by
`names.NameCorrector._decide` beside the scorer's candidates.

A surname heard as a garble and applied alone by the scorer anchors the same way (`heard`,
names54: "comma vanderslot" for a listed Carma Vandersloot, where "vanderslot" alone was
corrected and "comma" left beside it); one common word alone only where the whole name agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .namescore import FUNCTION_ZIPF, MAX_DISTANCE, Candidate, Run, Scorer, confidence, threshold
from .nameslot import CLOSED_CLASS
from .personnames import ALONE, NEAR_NAME, NOT_NAME, kind
from .phonetics import distance
from .propernouns import a_place
from .soundindex import Unit
from .titles import PERSON_TITLE_WORDS
from .vocabulary import Vocabulary, vocabulary

MAX_WORDS = 3
"""The most words a first name may be heard as."""
COMMON_ZIPF = 3.0
"""One word this common alone before the surname is itself ("today | merkel said"), not a
garble of the first name: the window needs two words or a rarer one."""
MIN_FIRST = 5
"""A first name of fewer phones than this is too short to tell from chance words."""
_RULE = "sound-surname"


def surnamed(units: Sequence[Unit]) -> dict[str, Unit]:
    """The listed people by the last word of their whole name: whole names of two words or
    more whose first and last words read as a person's (`personnames.kind`), no place of the
    shared table. A surname two listed names share is left out (either may be meant)."""
    last_words: dict[str, set[str]] = {}
    for unit in units:
        if unit.whole and len(unit.key) >= 2:
            last_words.setdefault(unit.key[-1], set()).add(unit.canonical)
    by_last: dict[str, list[Unit]] = {}
    for unit in units:
        if not unit.whole or unit.text != unit.canonical or len(unit.key) < 2 \
                or len(unit.word_phones) != len(unit.key):
            continue
        first, last = unit.key[0], unit.key[-1]
        # (the cheap tests first: `kind` reads the word counts' pairs; a surname two names
        # share is left out whatever its kind)
        if first in CLOSED_CLASS or len(last_words[last]) > 1 or a_place(unit.canonical) \
                or kind(first) == NOT_NAME or kind(last) == NOT_NAME:
            continue
        by_last.setdefault(last, []).append(unit)
    return {last: got[0] for last, got in by_last.items() if len(got) == 1}


def scored(runs: Sequence[Run], people: dict[str, Unit], scorer: Scorer, bar: float
           ) -> list[tuple[tuple[float, str], Run, Candidate]]:
    """Candidates for the whole name over a window and the surname after it, with their
    confidence (at the edit ``bar`` where the window sits at the widened threshold, up to 1.0
    for a window that sounds as the first name)."""
    if not people or scorer.gazetteer:
        return []
    v = vocabulary()
    out: list[tuple[tuple[float, str], Run, Candidate]] = []
    for run in runs:
        for i, (canonical, last, part) in run.marks.items():
            if not last or not part or i == 0:
                continue
            key = run[i].key
            unit = people.get(key[-1]) if len(key) == 1 else None
            if unit is None or unit.canonical != canonical:
                continue
            got = _first_name(run, i, unit, scorer, bar, v, _never)
            if got is not None:
                conf, start, d = got
                out.append(((conf, _RULE), run, Candidate(start, i + 1, unit, d)))
    return out


def heard(scored: Sequence[tuple[tuple[float, str], Run, Candidate]], people: dict[str, Unit],
          scorer: Scorer, bar: float
          ) -> list[tuple[tuple[float, str], Run, Candidate, Candidate]]:
    """The same for a surname heard, not written: a window the scorer applies (at the edit
    ``bar``) for the surname alone of a listed person ("show than" -> Chauvin) is evidence of
    that person where it stands as a written surname is, and the words right before it are
    judged against the first name alone by the same guards and bar ("dorset | jabari": the
    first name's garble left beside the corrected surname). One common word alone, which
    `scored` leaves (a surname is often said alone after an ordinary word), only where it
    and the surname's words sound like the whole name within its base threshold too: the
    two readings agree.
    Not where a window at the bar of another name, or of a part of this one ("schles wig" for
    the Schleswig of a Schleswig-Holstein), holds one of those words. Returns (confidence,
    rule), the run, the whole-name candidate and the surname's candidate it replaces; the
    confidence is the lower of the two parts'."""
    if not people or scorer.gazetteer:
        return []
    out = []
    v = None
    for (conf, _), run, c in scored:
        key = c.unit.key
        if len(key) != 1 or conf < bar or c.letters is not None or not c.first:
            continue
        unit = people.get(key[0])
        if unit is None or unit.canonical != c.unit.canonical:
            continue
        if v is None:
            v = vocabulary()
        got = _first_name(run, c.first, unit, scorer, bar, v, _agrees(run, c.stop, unit))
        if got is None:
            continue
        first_conf, start, d = got
        if any(r is run and oc >= bar and o.first < c.first and start < o.stop
               and not (o.unit.whole and o.unit.canonical == unit.canonical)
               for (oc, _), r, o in scored):
            continue   # another name, or a part of this one, heard over the words already
        out.append(((min(conf, first_conf), _RULE + "+heard"), run,
                    Candidate(start, c.stop, unit, d, possessive=c.possessive), c))
    return out


def _agrees(run: Run, stop: int, unit: Unit) -> Callable[[int], bool]:
    """Whether the words from a position to ``stop`` sound like the whole name within its
    base threshold (`namescore.threshold`): the whole-name reading agrees with the parts'."""
    def agrees(start: int) -> bool:
        said = "".join(it.phones for it in run[start:stop])
        return distance(said, unit.phones) / unit.length <= threshold(unit.length)
    return agrees


def _never(start: int) -> bool:
    return False


def _first_name(run: Run, i: int, unit: Unit, scorer: Scorer, bar: float, v: Vocabulary,
                lone: Callable[[int], bool]) -> tuple[float, int, float] | None:
    """The one to three words before position ``i`` (the surname) that sound like the
    person's first name within the widened bar: (confidence, first position, distance), or
    None. ``lone``: whether one common word alone at a position may be the first name."""
    first_phones = "".join(unit.word_phones[:-1])
    if len(first_phones) < MIN_FIRST:
        return None
    limit = min(2 * threshold(len(first_phones)), MAX_DISTANCE)
    if scorer.crowded:
        limit *= scorer.crowd
    best: tuple[float, int] | None = None
    for k in range(1, MAX_WORDS + 1):
        start = i - k
        if start < 0 or start in run.marks or (start - 1) in run.marks:
            break
        item = run[start]
        words = item.key
        if not words or item.possessive or any(
                w in CLOSED_CLASS or w in PERSON_TITLE_WORDS or w in unit.key
                or not w.isalpha() or v.zipf(w) >= FUNCTION_ZIPF
                or kind(w) in (ALONE, NEAR_NAME) for w in words):
            break
        if k == 1 and item.zipf >= COMMON_ZIPF and not lone(start):
            continue   # one common word before a surname: "this morning | brask"
        said = "".join(it.phones for it in run[start:i])
        if not 0.6 * len(first_phones) <= len(said) <= 1.5 * len(first_phones):
            continue
        d = distance(said, first_phones) / len(first_phones)
        if d <= limit and (best is None or d < best[0]):
            best = (d, start)
    if best is None:
        return None
    d, start = best
    # rounded: a tie with the whole-name reading's confidence stays a tie
    conf = round(confidence(d, limit), 9) if limit > 0 else 0.0
    return None if conf < bar else (conf, start, d)

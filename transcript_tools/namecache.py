"""Words standing for names, on the document's evidence: a name it writes often, in a rarer word
("rushes" for Russia); one name of a lexicon it fits, in a place slot ("at campbell airport").

Used by `names.NameCorrector._decide` (in a lexicon of at most `namescore.CROWD` names): these
windows are cut as far before scoring (`windows.Windows._keep`), since a real word that
sounds like a name is held to the name's nearest English word.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import memos
from .hearing import Ear
from .memos import PHONES_MEMO
from .namechoice import Scored
from .namedwords import named
from .namescore import FUNCTION_ZIPF, HOMOPHONE_DISTANCE, MAX_DISTANCE, Candidate, Item, Run
from .nameslot import CLOSED_CLASS, DETERMINERS
from .personnames import NEAR_NAME, kind
from .phonetics import distance_within
from .soundindex import SoundIndex, Unit
from .vocabulary import vocabulary
from .wordcase import ordinary

MENTIONS = 3
"""The fewest exact mentions of a name in the document before one word may stand for it."""
DISTANCE = 0.2
"""The farthest (normalised phone distance) such a word may sound from the name: about one
consonant added or dropped in a name of four phones ("rushes" for a Russia)."""
SURE = 0.85
"""A word at distance 0 from the name; the confidence falls to the edit bar at DISTANCE."""
SUBJECTS = frozenset("i you he she it we they who which that there".split())
"""After one of these the slot is a verb's ("he rushes to"), not a name's."""
FIT = 4
"""A story's lexicon fits the document when it writes this many of its names (on the dev pages
55 of 56 lexicons fit their own page; 114 of 6,104 fit another page)."""
PLACE_BEFORE = frozenset("in of to at into from across".split())
"""Prepositions of place: the slot of a place's name ("at campbell airport")."""
PLACED = 0.24
"""The farthest a word in a place slot may sound from a name of a fitting lexicon that the
document need not write."""
MEMO = 50_000
"""The memo of distances per (phones, unit) is started afresh past this many entries."""


def written_alone(runs: Iterable[Run]) -> set[tuple[str, tuple[str, ...]]]:
    """The parts of names the runs write alone, as exact mentions: (the name's canonical
    form, the part's words)."""
    out: set[tuple[str, tuple[str, ...]]] = set()
    for run in runs:
        marks = run.marks
        for i, (name, last, part) in marks.items():
            if not (part and last):
                continue
            j = i
            while j - 1 in marks and marks[j - 1][0] == name and not marks[j - 1][1]:
                j -= 1
            out.add((name, tuple(w for it in run[j:i + 1] for w in it.key)))
    return out


class Cache:
    """Words standing for a name the document names often, for one lexicon's index."""

    def __init__(self, index: SoundIndex, ear: Ear) -> None:
        self.index = index
        self.ear = ear
        self._units: dict[str, list[int]] = {}
        for uid, unit in enumerate(index.units):
            self._units.setdefault(unit.canonical, []).append(uid)
        self._own = [("".join(ch for w in u.key for ch in w if ch.isalpha()),
                      [w for w in u.key if len(w) >= 4]) for u in index.units]
        self._memo: dict[tuple[str, int], float] = {}
        memos.bound(self, ("_memo", PHONES_MEMO))

    def scored(self, runs: Iterable[Run], counts: dict[str, int], min_confidence: float
               ) -> list[Scored]:
        """Single words (no exact mention; an ordinary word the lists hold in lowercase,
        neither a function word nor outside the frequency list) within DISTANCE of a unit of a
        name written at least MENTIONS times (a part of it only where written alone too), with
        no seam to a neighbour known to the bigram counts and no determiner or subject pronoun
        before: the name, with "'s" when that is closer and an owned word follows."""
        names = [n for n, k in counts.items() if k >= MENTIONS and n in self._units]
        if not names:
            return []
        units = self.index.units
        runs = list(runs)
        alone = written_alone(runs)
        # A part of a name ("Rafael" of a Rafael Nadal) only where the document writes that
        # part alone: the name's mentions vouch for the whole name, not for each of its words
        # standing in for it ("a summer raffle").
        uids = [u for n in names for u in self._units[n]
                if units[u].whole or (n, units[u].key) in alone]
        v = vocabulary()
        out: list[Scored] = []
        for run in runs:
            n = len(run)
            for i, item in enumerate(run):
                if i in run.marks or not 0 < item.zipf < FUNCTION_ZIPF or len(item.key) != 1 \
                        or item.key[0] in CLOSED_CLASS:
                    continue
                best = self._nearest(item, uids)
                if best is None:
                    continue
                uid, d = best
                if d <= HOMOPHONE_DISTANCE:
                    # A homophone ("whales" for a Wales) is the name only in a name's slot
                    # (`namescore.Scorer`'s homophone rule): the sound is no evidence here.
                    continue
                before = run[i - 1].key[-1] if i else None
                after = run[i + 1].key[0] if i + 1 < n else None
                word = item.key[0]
                if before is not None and (before in DETERMINERS or before in SUBJECTS
                                           or v.bigram(before, word)) \
                        or after is not None and v.bigram(word, after) or not ordinary(word):
                    continue   # (a word the lists hold only capitalised: "austin", no Boston)
                owned = after is not None and after not in CLOSED_CLASS and \
                    item.phones[-1:] in ("s", "z")
                # An owned word after: the name with "'s" when that sounds closer ("rushes
                # chechen soldiers"), not a plural or demonym of it.
                got = self._owner(item, uids) if owned else None
                conf = SURE - (SURE - min_confidence) * d / DISTANCE
                cand = Candidate(i, i + 1, self.index.units[uid], d) if got is None or \
                    got[1] >= d else Candidate(i, i + 1, self.index.units[got[0]], got[1],
                                               possessive=True)
                out.append(((conf, "sound+cache"), run, cand))
        return out

    def placed(self, runs: Iterable[Run], counts: dict[str, int], min_confidence: float
               ) -> list[Scored]:
        """In a document the lexicon fits (FIT of its names written), single words after a
        preposition of place (an ordinary word the lists hold in lowercase, neither a function
        word, a name of its own nor outside the frequency list; no seam with a neighbour known
        to the bigram counts) within PLACED of one name and within MAX_DISTANCE of no other:
        the name, written or not ("taken charge of cobbles airport" for a Kabul). A word the
        lists do not hold in lowercase too, where the content word after it follows a mention
        of that whole name, written or found so, elsewhere in the document ("of campbell
        airport" where "cobbles, airport" was the name)."""
        if len(counts) < FIT:
            return []
        v = vocabulary()
        runs = list(runs)
        followers: dict[str, set[str]] = {}
        for k, run in enumerate(runs):
            for i, (name, last, part) in run.marks.items():
                if last and not part:
                    word = _next(runs, k, i)
                    if word is not None:
                        followers.setdefault(name, set()).add(word)
        out: list[Scored] = []
        later: list[tuple[Run, int, str]] = []
        for k, run in enumerate(runs):
            n = len(run)
            for i in range(1, n):
                item = run[i]
                before = run[i - 1].key[-1]
                if before not in PLACE_BEFORE or i in run.marks or len(item.key) != 1 \
                        or not 0 < item.zipf < FUNCTION_ZIPF or item.key[0] in CLOSED_CLASS:
                    continue
                word = item.key[0]
                after = run[i + 1].key[0] if i + 1 < n else None
                if v.bigram(before, word) or after is not None and v.bigram(word, after) \
                        or named(item.key):
                    # (A word the lists hold only capitalised is a name of its own, more
                    # likely a place the lexicon lacks: "of pakistan's" is no Palestinian.)
                    continue
                if not ordinary(word):
                    follower = _next(runs, k, i)
                    if follower is not None:
                        later.append((run, i, follower))
                    continue
                got = self._placed(run, i, min_confidence)
                if got is not None:
                    out.append(got)
                    follower = _next(runs, k, i)
                    if follower is not None and got[0][0] >= min_confidence and \
                            got[2].unit.whole:
                        followers.setdefault(got[2].unit.canonical, set()).add(follower)
        for run, i, follower in later:
            got = self._placed(run, i, min_confidence)
            if got is not None and follower in followers.get(got[2].unit.canonical, ()):
                out.append(got)
        return out

    def _placed(self, run: Run, i: int, min_confidence: float) -> Scored | None:
        """The word ``run[i]`` as the one name within PLACED of it (`placed`), or None."""
        item = run[i]
        units = self.index.units
        got = self.ear.heard.get(item.phones)
        hits = got[0] if got is not None else self.ear.hear(
            item.phones, item.skel, item.rough)[0]
        fits: dict[str, tuple[float, int]] = {}
        for uid, d in hits:
            unit = units[uid]
            own, words = self._own[uid]
            if own in item.letters or item.letters in own or any(
                    w in item.letters for w in words) or _first_name(unit):
                continue
            if d < fits.get(unit.canonical, (9.0, 0))[0]:
                fits[unit.canonical] = (d, uid)
        if len(fits) != 1:
            return None   # no name, or two within reach: the sound does not tell
        d, uid = next(iter(fits.values()))
        if HOMOPHONE_DISTANCE < d <= PLACED and self._alone(item, units[uid].canonical):
            conf = SURE - (SURE - min_confidence) * d / PLACED
            return (conf, "sound+place"), run, Candidate(i, i + 1, units[uid], d)
        return None

    def _alone(self, item: Item, name: str) -> bool:
        """No other name within MAX_DISTANCE of the word, by the exact distance to every unit
        (the skeleton retrieval misses some: "castle" finds a Kherson, not a Qatar)."""
        for unit in self.index.units:
            if unit.canonical == name:
                continue
            length = unit.length
            if distance_within(item.phones, unit.phones, MAX_DISTANCE * length) <= \
                    MAX_DISTANCE * length:
                return False
        return True

    def _owner(self, item: Item, uids: list[int]) -> tuple[int, float] | None:
        """The whole name (not ending in a hiss) that, with "'s", sounds closest to the word."""
        best: tuple[int, float] | None = None
        units = self.index.units
        for uid in uids:
            unit = units[uid]
            if not unit.whole or unit.phones.endswith(("s", "z")):
                continue
            length = unit.length
            d = distance_within(item.phones, unit.phones + "z", DISTANCE * length) / length
            if d <= DISTANCE and (best is None or d < best[1]):
                best = (uid, d)
        return best

    def _nearest(self, item: Item, uids: list[int]) -> tuple[int, float] | None:
        """The closest of the units to the word within DISTANCE (not a form of the unit's own
        words: "russians", "syrian"), or None."""
        best: tuple[int, float] | None = None
        units = self.index.units
        memo = self._memo
        if len(memo) > MEMO:
            memo.clear()
        letters = item.letters
        for uid in uids:
            unit = units[uid]
            length = unit.length
            if not 0.6 * length <= len(item.phones) <= 1.5 * length + 1:
                continue
            own, words = self._own[uid]
            if own in letters or letters in own or any(w in letters for w in words):
                continue   # a form of the name itself (plural, demonym, glued)
            key = (item.phones, uid)
            d = memo.get(key)
            if d is None:
                d = memo[key] = distance_within(item.phones, unit.phones,
                                                DISTANCE * length) / length
            if d <= DISTANCE and (best is None or d < best[1]):
                best = (uid, d)
        return best


def _next(runs: list[Run], k: int, i: int) -> str | None:
    """The content word after ``runs[k][i]`` (the first of the next run when the run ends
    there: "cobbles, airport"), or None."""
    run = runs[k]
    if i + 1 < len(run):
        nxt = run[i + 1]
    elif k + 1 < len(runs):
        nxt = runs[k + 1][0]
    else:
        return None
    word = nxt.key[0] if len(nxt.key) == 1 else None
    return word if word is not None and word not in CLOSED_CLASS and len(word) >= 3 else None


def _first_name(unit: Unit) -> bool:
    """A part of a person's name that is its first name ("Boris" of Boris Johnson): no place.
    "hearing from parish shortly" (qa21, BBC 2022) became "hearing from Boris shortly"."""
    return not unit.whole and len(unit.key) == 1 and \
        unit.canonical.casefold().split()[0] == unit.key[0] and kind(unit.key[0]) >= NEAR_NAME

"""Far windows of a story's unwritten names: the windows the far-window cut (`hearing.Ear.near`)
drops, heard again for the names of a fitting lexicon that the page never writes. Used by
`names.NameCorrector` in a lexicon of `namescore.CROWD` names or fewer.

The cut keeps a far window of common words from the scorer (the wrong windows outnumbered the
right ten to one and more). A lexicon whose names the page writes (`namecache.FIT` of them) is
the page's own story's; a name of it the page never writes is the kind a speech recogniser
lacks and writes as ordinary words ("melissa pole" for a Melitopol), and such a garble sits
past the cut as often as within it. Those windows go to the scorer, which judges them as any
other (its caps on common words hold most). Measured in `docs/tried.md` (names59).
"""

from __future__ import annotations

from . import memos
from .hearing import MEMO, Ear, Hits
from .memos import HEARD_MEMO
from .namescore import MAX_DISTANCE, Candidate, Run
from .phonetics import distance_within, lower_steps
from .soundindex import SoundIndex
from .windows import Windows

SETS = 16
"""The searches kept per set of unwritten names (`FarWindows`) are started afresh past this
many sets."""


class _OpenEar(Ear):
    """An `Ear` without the far-window cut that hears only some units (``only``, ids of the
    index): every hit of theirs within MAX_DISTANCE is near. Its hits are `Ear.hear`'s among
    those units, in the same order (the same retrieval, lengths, coarse bound and exact
    distance), so a window's candidates for them are the ones a search of every unit
    finds; the units a skeleton retrieves are narrowed to those once per skeleton."""

    def __init__(self, index: SoundIndex, only: frozenset[int]) -> None:
        super().__init__(index)
        self.only = only
        self._kept: dict[str, tuple[int, ...]] = {}
        memos.bound(self, ("_kept", HEARD_MEMO))

    def near(self, uid: int) -> float:
        return MAX_DISTANCE

    def hear(self, phones: str, skel: str, rough: str) -> tuple[Hits, Hits]:
        n = len(phones)
        found = []
        if len(skel) > 1 or skel and n >= self._one_class:
            kept = self._kept.get(skel)
            if kept is None:
                if len(self._kept) > MEMO:
                    self._kept.clear()
                only = self.only
                kept = self._kept[skel] = tuple(
                    u for u in self.index.candidates(skel) if u in only)
            limits, roughs = self._limits, self._rough
            for uid in kept:
                lo, hi, length, bound, cut, unit_phones = limits[uid]
                # (The coarse bound as `Ear.hear` asks it: a lower bound of the distance.)
                if lo <= n <= hi and lower_steps(rough, roughs[uid], score_cutoff=cut) <= cut:
                    d = distance_within(phones, unit_phones, bound) / length
                    if d <= MAX_DISTANCE:
                        found.append((uid, d))
        hits = tuple(found)
        if len(self.heard) > MEMO:
            self.heard.clear()
        self.heard[phones] = (hits, hits)
        return hits, hits

    def hear_near(self, phones: str, skel: str, rough: str) -> Hits:
        return self.hear(phones, skel, rough)[1]


class _OpenWindows(Windows):
    """`Windows` with an `_OpenEar`: a window longer than any of its units is not heard."""

    def __init__(self, index: SoundIndex, only: frozenset[int]) -> None:
        super().__init__(index)
        self.ear = _OpenEar(index, only)
        self._longest = int(max(index.units[u].length for u in only) * 1.5 + 1)


class FarWindows:
    """The far windows of a lexicon's units, per run (a search of the units of the names the
    page never writes alone, built on first use per set of those names and kept: only a
    fitting page of an uncrowded lexicon asks, and the pages of one story share the set)."""

    def __init__(self, index: SoundIndex, ear: Ear) -> None:
        self.index = index
        self.ear = ear   # the cut's own (`Ear.bound`)
        self._open: dict[frozenset[int], Windows] = {}

    def search(self, written: set[str]) -> Windows | None:
        """The search of the units of the names not in ``written`` (the names the page
        writes), without the cut; None where the page writes every name."""
        units = self.index.units
        only = frozenset(uid for uid, u in enumerate(units) if u.canonical not in written)
        if not only:
            return None
        windows = self._open.get(only)
        if windows is None:
            if len(self._open) > SETS:
                self._open.clear()
            windows = self._open[only] = _OpenWindows(self.index, only)
        return windows

    def find(self, search: Windows, run: Run, have: list[Candidate]) -> list[Candidate]:
        """The windows of ``run`` the far-window cut drops (by sound, no loose word in them)
        for the names ``search`` hears (`search`), less those in ``have``."""
        bound = self.ear.bound
        taken = {(c.first, c.stop, id(c.unit)) for c in have}
        return [c for c in search.sound(run)
                if c.letters is None and not c.possessive
                and c.score > bound(c.unit)
                and (c.first, c.stop, id(c.unit)) not in taken
                and not any(it.loose for it in run[c.first:c.stop])]

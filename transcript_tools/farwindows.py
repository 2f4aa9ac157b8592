"""Far windows of a story's unwritten names: the windows the far-window cut (`hearing.Ear.near`)
drops, heard again for the names of a fitting lexicon that the page never writes. Used by
`names.NameCorrector` in a lexicon of `namescore.CROWD` names or fewer.

The cut keeps a far window of common words from the scorer (the wrong windows outnumbered the
right ten to one and more). A lexicon whose names the page writes (`namecache.FIT` of them) is
the page's own story's; a name of it the page never writes is the kind a speech recogniser
lacks and writes as ordinary words ("melissa pole" for a Melitopol), and such a garble sits
past the cut as often as within it. Those windows go to the scorer, which judges them as any
other (its caps on common words hold most). Measured in `docs/tried.md` (names59; the cost of
the search, names59b).
"""

from __future__ import annotations

from . import memos
from .hearing import MEMO, Ear, Hits
from .memos import HEARD_MEMO
from .namescore import MAX_DISTANCE, Candidate, Run
from .phonetics import distance_within, lower_steps
from .soundindex import SoundIndex
from .windows import Windows, spans_from

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
                kept = self.kept(skel)
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

    def kept(self, skel: str) -> tuple[int, ...]:
        """The units of ``only`` a skeleton retrieves (memoised; a window whose skeleton
        retrieves none hears nothing)."""
        if len(self._kept) > MEMO:
            self._kept.clear()
        only = self.only
        got = self._kept[skel] = tuple(u for u in self.index.candidates(skel) if u in only)
        return got


class _OpenWindows(Windows):
    """`Windows` with an `_OpenEar`: a window longer than any of its units is not heard."""

    def __init__(self, index: SoundIndex, only: frozenset[int]) -> None:
        super().__init__(index)
        self.ear = _OpenEar(index, only)
        self._longest = int(max(index.units[u].length for u in only) * 1.5 + 1)

    def _lean(self, run: Run, i: int, near: int, texts: list[str], ends: list[bool],
              loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """`Windows._lean` where every hit is near: each window from ``i`` heard once, in
        order, and each unit's closest kept (the shortest at a tie; `_keep` keeps every hit
        within MAX_DISTANCE). The same windows, hits and order, without the near and far
        passes a cut needs."""
        ear = self.ear
        assert isinstance(ear, _OpenEar)
        heard, hear, kept, retrieve = ear.heard, ear.hear, ear._kept, ear.kept
        best: dict[int, tuple[float, int]] = {}
        for j, phones, skel, rough in spans_from(run, i, self._longest, ends):
            units = kept.get(skel)
            if units is None:
                units = retrieve(skel)
            if units:   # (else the window hears nothing: `_OpenEar.hear`)
                got = heard.get(phones)
                for uid, d in got[0] if got is not None else hear(phones, skel, rough)[0]:
                    had = best.get(uid)
                    if had is None or d < had[0]:
                        best[uid] = (d, j + 1)
        return tuple((stop - i, uid, d) for uid, (d, stop) in best.items())


class FarWindows:
    """The far windows of a lexicon's units, per run (a search of the units of the names the
    page never writes alone, built on first use per set of those names and kept: only a
    fitting page of an uncrowded lexicon asks, and the pages of one story share the set)."""

    def __init__(self, index: SoundIndex, ear: Ear) -> None:
        self.index = index
        self.ear = ear   # the cut's own (`Ear.bound`)
        self._open: dict[frozenset[int], Windows] = {}
        self._only: dict[frozenset[str], frozenset[int]] = {}   # written names -> units

    def search(self, written: set[str]) -> Windows | None:
        """The search of the units of the names not in ``written`` (the names the page
        writes), without the cut; None where the page writes every name."""
        names = frozenset(written)
        only = self._only.get(names)
        if only is None:
            if len(self._only) > SETS:
                self._only.clear()
            only = self._only[names] = frozenset(
                uid for uid, u in enumerate(self.index.units) if u.canonical not in written)
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
        found = search.sound(run)
        if not found:
            return found
        bound = self.ear.bound
        taken = {(c.first, c.stop, id(c.unit)) for c in have}
        return [c for c in found
                if c.letters is None and not c.possessive
                and c.score > bound(c.unit)
                and (c.first, c.stop, id(c.unit)) not in taken
                and not any(it.loose for it in run[c.first:c.stop])]

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

from .hearing import Ear
from .namescore import MAX_DISTANCE, Candidate, Run
from .soundindex import SoundIndex
from .windows import Windows


class _OpenEar(Ear):
    """An `Ear` without the far-window cut: every hit within MAX_DISTANCE is near."""

    def near(self, uid: int) -> float:
        return MAX_DISTANCE


class FarWindows:
    """The far windows of a lexicon's units, per run (built on first use: only a fitting page
    of an uncrowded lexicon asks)."""

    def __init__(self, index: SoundIndex, ear: Ear) -> None:
        self.index = index
        self.ear = ear   # the cut's own (`Ear.bound`)
        self._open: Windows | None = None

    def find(self, run: Run, written: set[str], have: list[Candidate]) -> list[Candidate]:
        """The windows of ``run`` the far-window cut drops (by sound, no loose word in them)
        for a name not in ``written`` (the names the page writes), less those in ``have``."""
        if self._open is None:
            self._open = Windows(self.index)
            self._open.ear = _OpenEar(self.index)
        bound = self.ear.bound
        taken = {(c.first, c.stop, id(c.unit)) for c in have}
        return [c for c in self._open.sound(run)
                if c.unit.canonical not in written and c.letters is None and not c.possessive
                and c.score > bound(c.unit)
                and (c.first, c.stop, id(c.unit)) not in taken
                and not any(it.loose for it in run[c.first:c.stop])]

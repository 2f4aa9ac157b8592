"""Windows of 1-6 words heard against the lexicon's sounds: per run of words, the windows
that sound like a name unit, with their phone distances, as candidates.

Used by `names.NameCorrector`; the units and their retrieval come from `soundindex.SoundIndex`.
Its memos (per word n-gram, per phone string, per skeleton) never change what it finds.
"""

from __future__ import annotations

from rapidfuzz import process

from .namescore import MAX_DISTANCE, Candidate, Item, Run
from .phonetics import coarse, distance_within, lower_steps, steps_within
from .soundindex import SoundIndex, Unit

MAX_WINDOW = 6
STARTS = 50_000
"""The memo of what each start of a window yields (`sound`) is started afresh past this many
entries; the memos per phone string and per skeleton past MEMO (they bound the memory a long
run of new text holds: every window of new text is new)."""
MEMO = 60_000
_Hits = tuple[tuple[int, float], ...]
_Mark = tuple[str, bool, bool]


def _within(flags: list[bool]) -> list[bool]:
    """Per position i: whether a window from i (up to MAX_WINDOW words) holds a flag."""
    out = [False] * len(flags)
    for k, flag in enumerate(flags):
        if flag:
            out[max(0, k - MAX_WINDOW + 1):k + 1] = [True] * (min(k, MAX_WINDOW - 1) + 1)
    return out


class Windows:
    """The sound-alike windows of runs, for one lexicon's index (memoised per word n-gram
    and per phone string: windows repeat within and across documents)."""

    def __init__(self, index: SoundIndex) -> None:
        self.index = index
        self._heard: dict[str, tuple[_Hits, _Hits]] = {}
        self._heard_near: dict[str, _Hits] = {}   # see `_hear_near`
        self._starts: dict[tuple[object, ...], tuple[tuple[int, int, float], ...]] = {}
        self._longest = int(max((u.length for u in index.units), default=0) * 1.5 + 1)
        # Per unit, for `_hear`: window length limits, distance bound, coarse cut and form.
        self._limits = [(u.length * 0.6, u.length * 1.5 + 1, u.length, MAX_DISTANCE * u.length,
                         steps_within(MAX_DISTANCE * u.length), coarse(u.phones), u.phones)
                        for u in index.units]
        self._shortlists: dict[str, tuple[tuple[int, ...], list[str], int] | None] = {}
        self._bounds: dict[int, float] = {}   # id(unit) -> the far-window cut
        self._unit_bounds: list[float | None] = [None] * len(index.units)
        self._tight: dict[str, tuple[list[float], list[int], int]] = {}
        # Whole names another name begins with ("CNN" of "CNN-IBN"): a mention of one may
        # start a window that completes the longer name.
        keys = {u.key for u in index.units if u.whole}
        self._heads = {u.canonical for u in index.units if u.whole and any(
            len(k) > len(u.key) and k[:len(u.key)] == u.key for k in keys)}

    def sound(self, run: Run) -> list[Candidate]:
        """Windows of 1-6 words that sound like a unit the index retrieves for them. A window
        may take in an exact part of the same name only whole ("ex why" + "zed group"), and
        may start with one ("satya" + "not della")."""
        out: list[Candidate] = []
        units = self.index.units
        texts = [it.text for it in run]
        n = len(run)
        protected = run.marks
        marks: list[_Mark | None] = [protected.get(k) for k in range(n)] if protected \
            else [None] * n
        ends = [it.possessive for it in run]
        loose = [it.loose for it in run]
        # Where no window from i holds a loose word, only hits within the far-window cut can
        # become candidates (a far hit never beats a near one for its unit). Where none holds
        # an exact mention, the lean loop serves.
        which = [0 if far else 1 for far in _within(loose)]
        marked = _within([m is not None for m in marks]) if protected else [False] * n
        starts = self._starts
        if len(starts) > STARTS:
            starts.clear()
        for i in range(n):
            near = which[i]
            if not marked[i]:
                # No exact mention within reach: what start i yields depends on its words
                # alone (memoised per word 6-gram).
                key = tuple(texts[i:i + MAX_WINDOW])
                found = starts.get(key)
                if found is None:
                    found = starts[key] = self._lean(run, i, near, texts, ends, loose)
                for stop, uid, d in found:
                    out.append(Candidate(i, i + stop, units[uid], d))
                continue
            # Beside an exact mention: what start i yields depends on its words and the
            # mentions among them and just before (memoised on those).
            reach = (tuple(texts[i:i + MAX_WINDOW]), marks[i - 1] if i else None,
                     tuple(marks[i:i + MAX_WINDOW]))
            found = starts.get(reach)
            if found is None:
                found = starts[reach] = self._marked(run, i, near, marks, ends, loose)
            for stop, uid, d in found:
                out.append(Candidate(i, i + stop, units[uid], d))
        return out

    def _marked(self, run: Run, i: int, near: int, marks: list[_Mark | None],
                ends: list[bool], loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """The windows from ``i`` that become candidates when an exact mention is within
        reach: (stop after i, unit id, distance), the best window of each unit."""
        units = self.index.units
        heard = self._heard
        longest = self._longest
        n = len(run)
        anchor = marks[i]
        prev = marks[i - 1] if i else None
        if anchor is not None and (not anchor[2] and anchor[0] not in self._heads
                                   or prev is not None and not prev[1]):
            return ()   # only from the start of a mention of a part or head of a name
        free = anchor is None
        # From a whole name's mention, only a non-word completes a longer name ("cnn ibm",
        # never "zika virus").
        headed = anchor is not None and not anchor[2]
        inside = ""
        spelled: tuple[str, ...] = ()
        best: dict[int, tuple[float, int]] = {}
        phones = ""
        for j in range(i, min(i + MAX_WINDOW, n)):
            phones += run[j].phones
            if len(phones) > longest:
                break   # longer than any name
            mark = marks[j]
            if mark is not None:
                if inside and inside != mark[0]:
                    break
                inside = mark[0]
                if not mark[2]:
                    spelled += run[j].key   # a whole name or alias, spelled right
                if not mark[1] or not free:
                    continue
            else:
                if headed and run[j].zipf > 0:
                    break
                free = True
            got_heard = heard.get(phones)
            for uid, d in got_heard[near] if got_heard is not None else \
                    self._window_hits(run, i, j, phones, near):
                unit = units[uid]
                if inside and inside != unit.canonical and not (
                        headed and unit.whole and len(unit.key) > len(spelled)
                        and unit.key[:len(spelled)] == spelled) or \
                        spelled and not set(spelled).issubset(unit.key):
                    continue   # the name's own mention turned into another form of it
                got = best.get(uid)
                if got is None or d < got[0]:
                    best[uid] = (d, j + 1)
            if ends[j]:
                break
        return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))

    def _window_hits(self, run: list[Item], i: int, j: int, phones: str, near: int
                     ) -> _Hits:
        """What the window ``run[i:j + 1]`` (its phones given) sounds like: all its hits, or
        (``near``) only those within the far-window cut, which a tighter search finds."""
        if near:
            got = self._heard_near.get(phones)
            if got is not None:
                return got
        items = run[i:j + 1]
        # The window's skeleton and coarse form, from its words' (== of its phones).
        skel = ""
        for it in items:
            part = it.skel
            skel += part[1:] if part and skel and skel[-1] == part[0] else part
        rough = "".join(it.rough for it in items)
        if near:
            return self._hear_near(phones, skel, rough)
        return self._hear(phones, skel, rough)[0]

    def _lean(self, run: Run, i: int, near: int, texts: list[str], ends: list[bool],
              loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """The windows from ``i`` (no exact mention within reach) that become candidates:
        (stop after i, unit id, distance), the best window of each unit."""
        best: dict[int, tuple[float, int]] = {}
        heard = self._heard
        heard_near = self._heard_near
        longest = self._longest
        phones = skel = rough = ""
        for j in range(i, min(i + MAX_WINDOW, len(run))):
            item = run[j]
            phones += item.phones
            if len(phones) > longest:
                break   # longer than any name
            # The window's skeleton and coarse form grow with it (as `_window_hits` builds
            # them for one window).
            part = item.skel
            skel += part[1:] if part and skel and skel[-1] == part[0] else part
            rough += item.rough
            got_heard = heard.get(phones)
            hits: _Hits | None
            if got_heard is not None:
                hits = got_heard[near]
            elif near:
                hits = heard_near.get(phones)
                if hits is None:
                    hits = self._hear_near(phones, skel, rough)
            else:
                hits = self._hear(phones, skel, rough)[0]
            for uid, d in hits:
                got = best.get(uid)
                if got is None or d < got[0]:
                    best[uid] = (d, j + 1)
            if ends[j]:
                break
        return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))

    def _keep(self, best: dict[int, tuple[float, int]], i: int, loose: list[bool]
              ) -> list[tuple[int, tuple[float, int]]]:
        """The best window of each unit from ``i`` that is worth scoring: far windows of
        common words go unscored, unless they hold a word of the name."""
        units = self.index.units
        bounds = self._unit_bounds
        out = []
        for uid, (d, stop) in best.items():
            bound = bounds[uid]
            if bound is None:
                bound = bounds[uid] = self.bound(units[uid])
            if d <= bound or any(loose[i:stop]):
                out.append((uid, (d, stop)))
        return out

    def _hear(self, phones: str, skel: str, rough: str) -> tuple[_Hits, _Hits]:
        """Units a window's phones (with their skeleton and coarse form) sound like, with
        their normalised distances: all, and those within the far-window cut (memoised per
        phone string: windows repeat within and across documents)."""
        n = len(phones)
        found = []
        limits = self._limits
        shortlist = self._shortlist(skel) if len(skel) >= 2 else None
        if shortlist is not None:
            uids, roughs, widest = shortlist
            # A C-speed lower bound first, for all candidates in one call: most windows are
            # far from every name. Survivors keep the candidates' order.
            close = process.extract(rough, roughs, scorer=lower_steps, limit=None,
                                    score_cutoff=widest)
            for j in sorted(j for _, steps, j in close if steps <= limits[uids[j]][4]) \
                    if close else ():
                uid = uids[j]
                lo, hi, length, bound, _, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bound) / length
                    if d <= MAX_DISTANCE:
                        found.append((uid, d))
        hits = tuple(found)
        got = (hits, tuple(h for h in hits if h[1] <= self._near(h[0])) if hits else hits)
        if len(self._heard) > MEMO:
            self._heard.clear()
        self._heard[phones] = got
        return got

    def _hear_near(self, phones: str, skel: str, rough: str) -> _Hits:
        """`_hear`'s near hits alone: the search for each unit stops at its far-window cut,
        not at MAX_DISTANCE (most names' cut is much tighter), so fewer pairs reach the exact
        distance and fewer of its rows are filled. The distances found are the same."""
        n = len(phones)
        found = []
        limits = self._limits
        shortlist = self._shortlist(skel) if len(skel) >= 2 else None
        if shortlist is not None:
            uids, roughs, _ = shortlist
            bounds, cuts, widest = self._tight_shortlist(skel, uids)
            close = process.extract(rough, roughs, scorer=lower_steps, limit=None,
                                    score_cutoff=widest)
            for j in sorted(j for _, steps, j in close if steps <= cuts[j]) if close else ():
                uid = uids[j]
                lo, hi, length, _, _, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bounds[j]) / length
                    if d <= MAX_DISTANCE and d <= self._near(uid):
                        found.append((uid, d))
        hits = tuple(found)
        if len(self._heard_near) > MEMO:
            self._heard_near.clear()
        self._heard_near[phones] = hits
        return hits

    def _tight_shortlist(self, skel: str, uids: tuple[int, ...]
                         ) -> tuple[list[float], list[int], int]:
        """For a skeleton's units: each one's search bound for near hits (a hair over its
        far-window cut, never past MAX_DISTANCE), the coarse steps it allows, and the widest
        of those (memoised per skeleton)."""
        got = self._tight.get(skel)
        if got is None:
            bounds = []
            for uid in uids:
                length = self._limits[uid][2]
                bounds.append(min(MAX_DISTANCE * length, self._near(uid) * length + 1e-9))
            cuts = [steps_within(b) for b in bounds]
            if len(self._tight) > MEMO:
                self._tight.clear()
            got = self._tight[skel] = (bounds, cuts, max(cuts))
        return got

    def _near(self, uid: int) -> float:
        bound = self._unit_bounds[uid]
        if bound is None:
            bound = self._unit_bounds[uid] = self.bound(self.index.units[uid])
        return bound

    def _shortlist(self, skel: str) -> tuple[tuple[int, ...], list[str], int] | None:
        """The units a skeleton retrieves, their coarse forms and the widest coarse cut among
        them (memoised per skeleton); None when it retrieves none."""
        if skel in self._shortlists:
            return self._shortlists[skel]
        uids = self.index.candidates(skel)
        got = (uids, [self._limits[u][5] for u in uids],
               max(self._limits[u][4] for u in uids)) if uids else None
        if len(self._shortlists) > MEMO:
            self._shortlists.clear()
        self._shortlists[skel] = got
        return got

    def bound(self, unit: Unit) -> float:
        """The distance past which a window of common words is not worth scoring."""
        bound = self._bounds.get(id(unit))
        if bound is None:
            bound = self._bounds[id(unit)] = 1.5 * min(
                MAX_DISTANCE - 0.04, 0.7 * self.index.false_alarm(unit))
        return bound

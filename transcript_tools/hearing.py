"""What one window's phones sound like: the lexicon units within a distance bound, found by
skeleton retrieval, a C-speed coarse bound and then the exact phone distance.

Used by `windows.Windows` for every window it hears; memoised per phone string and skeleton.
"""

from __future__ import annotations

from rapidfuzz import process

from . import memos
from .memos import HEARD_MEMO, RUN_MEMO
from .namescore import MAX_DISTANCE
from .phonetics import coarse, distance_within, lower_steps, steps_within
from .soundindex import SoundIndex, Unit

MEMO = 60_000
"""The memos per phone string and per skeleton are started afresh past this many entries
(they bound the memory a long run of new text holds: every window of new text is new)."""
Hits = tuple[tuple[int, float], ...]
_Group = tuple[list[int], list[str], int]
_Plan = tuple[tuple[int, ...], list[int], list[float], tuple[_Group, ...]]
"""A skeleton's units (ids, ascending), their coarse cuts and distance bounds, and the groups
the coarse bound is asked for: (positions among the units, coarse forms, widest cut)."""


class Ear:
    """The hearing of windows against one lexicon's index: all hits within MAX_DISTANCE, or
    only those within each unit's far-window cut (`near`)."""

    def __init__(self, index: SoundIndex) -> None:
        self.index = index
        self.heard: dict[str, tuple[Hits, Hits]] = {}
        """Phones -> (all hits, near hits)."""
        self.heard_near: dict[str, Hits] = {}
        """Phones -> near hits, for windows only those are asked of (see `hear_near`)."""
        units = index.units
        # Per unit: window length limits, length, distance bound, coarse cut, phones.
        self._limits = [(u.length * 0.6, u.length * 1.5 + 1, u.length, MAX_DISTANCE * u.length,
                         steps_within(MAX_DISTANCE * u.length), u.phones) for u in units]
        self._rough = [coarse(u.phones) for u in units]
        self._near: list[float | None] = [None] * len(units)
        self._near_cut: list[tuple[float, int] | None] = [None] * len(units)
        self._bounds: dict[int, float] = {}   # id(unit) -> the far-window cut
        self._plans: dict[str, _Plan | None] = {}
        self._near_plans: dict[str, _Plan | None] = {}
        # The same per set of units retrieved (many skeletons retrieve the same units).
        self._unit_plans: dict[tuple[int, ...], _Plan] = {}
        self._unit_near_plans: dict[tuple[int, ...], _Plan] = {}
        memos.bound(self, ("heard", HEARD_MEMO), ("heard_near", HEARD_MEMO),
                    ("_plans", HEARD_MEMO), ("_near_plans", HEARD_MEMO),
                    ("_unit_plans", RUN_MEMO), ("_unit_near_plans", RUN_MEMO))
        # The coarse bound is asked in two calls, for the shorter and the longer units: their
        # cuts differ, and one call at the widest cut returns most candidates only to drop
        # them (fewer results to build and sift).
        lengths = sorted(u.length for u in units)
        self._split = lengths[len(lengths) // 2] if lengths else 0
        # A window of one consonant class shorter than this fits no unit of one class (most
        # are: "the", "is", "so").
        self._one_class = min((units[u].length * 0.6 for ids in index.single.values()
                               for u in ids), default=1e9)

    def bound(self, unit: Unit) -> float:
        """The distance past which a window of common words is not worth scoring."""
        bound = self._bounds.get(id(unit))
        if bound is None:
            bound = self._bounds[id(unit)] = 1.5 * min(
                MAX_DISTANCE - 0.04, 0.7 * self.index.false_alarm(unit))
        return bound

    def near(self, uid: int) -> float:
        """`bound` of the unit with this id."""
        bound = self._near[uid]
        if bound is None:
            bound = self._near[uid] = self.bound(self.index.units[uid])
        return bound

    def hear(self, phones: str, skel: str, rough: str) -> tuple[Hits, Hits]:
        """Units a window's phones (with their skeleton and coarse form) sound like, with
        their normalised distances: all, and those within the far-window cut (memoised per
        phone string: windows repeat within and across documents)."""
        n = len(phones)
        found = []
        plan = self._plan(skel) if len(skel) > 1 or skel and n >= self._one_class \
            else None
        if plan is not None:
            uids = plan[0]
            limits = self._limits
            for k in _survivors(rough, plan):
                uid = uids[k]
                lo, hi, length, bound, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bound) / length
                    if d <= MAX_DISTANCE:
                        found.append((uid, d))
        hits = tuple(found)
        got = (hits, tuple(h for h in hits if h[1] <= self.near(h[0])) if hits else hits)
        if len(self.heard) > MEMO:
            self.heard.clear()
        self.heard[phones] = got
        return got

    def hear_near(self, phones: str, skel: str, rough: str) -> Hits:
        """`hear`'s near hits alone: the search for each unit stops at its far-window cut,
        not at MAX_DISTANCE (most names' cut is much tighter), so fewer pairs reach the exact
        distance and fewer of its rows are filled. The distances found are the same."""
        n = len(phones)
        found = []
        plan = self._near_plan(skel) if len(skel) > 1 or skel and n >= self._one_class \
            else None
        if plan is not None:
            uids, _, bounds, _ = plan
            limits = self._limits
            for k in _survivors(rough, plan):
                uid = uids[k]
                lo, hi, length, _, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bounds[k]) / length
                    if d <= MAX_DISTANCE and d <= self.near(uid):
                        found.append((uid, d))
        hits = tuple(found)
        if len(self.heard_near) > MEMO:
            self.heard_near.clear()
        self.heard_near[phones] = hits
        return hits

    def hear_only(self, phones: str, skel: str, wanted: set[int]) -> Hits:
        """`hear`'s hits among the ``wanted`` units alone: the same retrieval, lengths and
        exact distance (the coarse bound never cuts a pair within the distance bound)."""
        n = len(phones)
        out = []
        limits = self._limits
        for uid in self.index.candidates(skel) if len(skel) > 1 or skel and n >= self._one_class \
                else ():
            if uid in wanted:
                lo, hi, length, bound, _, unit_phones = limits[uid]
                if lo <= n <= hi:
                    d = distance_within(phones, unit_phones, bound) / length
                    if d <= MAX_DISTANCE:
                        out.append((uid, d))
        return tuple(out)

    def _plan(self, skel: str) -> _Plan | None:
        """The units a skeleton retrieves, for all hits (memoised per skeleton); None when
        it retrieves none."""
        if skel in self._plans:
            return self._plans[skel]
        uids = self.index.candidates(skel)
        got = self._unit_plans.get(uids) if uids else None
        if uids and got is None:
            limits = self._limits
            got = self._group(uids, [limits[u][4] for u in uids], [limits[u][3] for u in uids])
            if len(self._unit_plans) > MEMO:
                self._unit_plans.clear()
            self._unit_plans[uids] = got
        if len(self._plans) > MEMO:
            self._plans.clear()
        self._plans[skel] = got
        return got

    def _near_plan(self, skel: str) -> _Plan | None:
        """The same units, for near hits: each one's search bound a hair over its far-window
        cut (never past MAX_DISTANCE) and the coarse steps that allows (memoised)."""
        if skel in self._near_plans:
            return self._near_plans[skel]
        uids = self.index.candidates(skel)
        got = self._unit_near_plans.get(uids) if uids else None
        if uids and got is None:
            bounds, cuts = [], []
            near_cut = self._near_cut
            for uid in uids:
                pair = near_cut[uid]
                if pair is None:
                    length = self._limits[uid][2]
                    bound = min(MAX_DISTANCE * length, self.near(uid) * length + 1e-9)
                    pair = near_cut[uid] = (bound, steps_within(bound))
                bounds.append(pair[0])
                cuts.append(pair[1])
            got = self._group(uids, cuts, bounds)
            if len(self._unit_near_plans) > MEMO:
                self._unit_near_plans.clear()
            self._unit_near_plans[uids] = got
        if len(self._near_plans) > MEMO:
            self._near_plans.clear()
        self._near_plans[skel] = got
        return got

    def _group(self, uids: tuple[int, ...], cuts: list[int], bounds: list[float]) -> _Plan:
        split = self._split
        limits, rough = self._limits, self._rough
        short: list[int] = []
        long: list[int] = []
        for k, u in enumerate(uids):
            (short if limits[u][2] <= split else long).append(k)
        groups = tuple((pos, [rough[uids[k]] for k in pos], max([cuts[k] for k in pos]))
                       for pos in (short, long) if pos)
        return uids, cuts, bounds, groups


def _survivors(rough: str, plan: _Plan) -> list[int]:
    """The positions (ascending) of the plan's units whose coarse distance from ``rough`` is
    within their own cut: a lower bound of the phone distance, at C speed."""
    cuts = plan[1]
    out = []
    for pos, roughs, widest in plan[3]:
        for _, steps, j in process.extract(rough, roughs, scorer=lower_steps, limit=None,
                                           score_cutoff=widest):
            k = pos[j]
            if steps <= cuts[k]:
                out.append(k)
    out.sort()
    return out

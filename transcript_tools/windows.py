"""Windows of 1-6 words heard against the lexicon's sounds: per run of words, the windows
that sound like a name unit, with their phone distances, as candidates.

Used by `names.NameCorrector`; each window is heard by `hearing.Ear` (the units and their
retrieval come from `soundindex.SoundIndex`). Its memos and shortcuts never change what it finds.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import memos
from .hearing import Ear
from .hearing import Hits as _Hits
from .memos import RUN_MEMO, STARTS_MEMO
from .namescore import Candidate, Item, Run
from .personnames import AFTER_NAME, kind
from .phonetics import VOWELS, coarse
from .soundindex import SoundIndex

MAX_WINDOW = 6
STARTS = 50_000
"""The memo of what each start of a window yields (`sound`) is started afresh past this many
entries (the memos per phone string and per skeleton: `hearing.MEMO`)."""
_Mark = tuple[str, bool, bool]


def _within(flags: list[bool]) -> list[bool]:
    """Per position i: whether a window from i (up to MAX_WINDOW words) holds a flag."""
    out = [False] * len(flags)
    for k, flag in enumerate(flags):
        if flag:
            out[max(0, k - MAX_WINDOW + 1):k + 1] = [True] * (min(k, MAX_WINDOW - 1) + 1)
    return out


def _seamed(before: str, prev: Item | None, item: Item) -> str:
    """A word's phones as they follow ``before`` (ending with word ``prev``'s) in a window: a
    consonant that ends one word and starts the next is said once, as the skeleton already
    takes it (`_skeleton`), where the second word is a name of the name lists (a surname or
    more, `personnames.kind`) and one of the two is outside the frequency list: a surname
    heard as a word and a name of its own ("mock connell" for a McConnell). Elsewhere the
    consonant stays twice: common words said together ("more rock oh", "turn noble") and a
    name before a common word ("hingis | seal") would otherwise sound like names they only
    run into (names43 measured the seam between any two words: 3 more wrong edits of other
    stories' lexicons)."""
    phones = item.phones
    if before and phones and prev is not None and before[-1] == phones[0] \
            and phones[0] not in VOWELS and (prev.zipf == 0 or item.zipf == 0) \
            and len(item.key) == 1 and kind(item.key[0]) >= AFTER_NAME:
        return phones[1:]
    return phones


def _skeleton(items: list[Item]) -> str:
    """A window's skeleton, from its words' (== the skeleton of its phones)."""
    skel = ""
    for it in items:
        part = it.skel
        skel += part[1:] if part and skel and skel[-1] == part[0] else part
    return skel


def spans_from(run: Run, i: int, longest: int, ends: list[bool]
               ) -> list[tuple[int, str, str, str]]:
    """The windows of ``run`` from word ``i``, each (index of its last word, phones, skeleton,
    coarse form), up to `MAX_WINDOW` words, no longer than ``longest`` phones (longer than any
    name), and none past a word that ends a stretch (``ends``). The skeleton and coarse form
    grow with the window (as `_window_hits` builds them for one window)."""
    spans: list[tuple[int, str, str, str]] = []
    phones = skel = rough = ""
    for j in range(i, min(i + MAX_WINDOW, len(run))):
        item = run[j]
        part = _seamed(phones, run[j - 1] if j > i else None, item)
        rough += item.rough if part is item.phones else coarse(part)
        phones += part
        if len(phones) > longest:
            break
        part = item.skel
        skel += part[1:] if part and skel and skel[-1] == part[0] else part
        spans.append((j, phones, skel, rough))
        if ends[j]:
            break
    return spans


class Windows:
    """The sound-alike windows of runs, for one lexicon's index (memoised per word n-gram
    and per phone string: windows repeat within and across documents)."""

    def __init__(self, index: SoundIndex) -> None:
        self.index = index
        self.ear = Ear(index)
        self._starts: dict[tuple[object, ...], tuple[tuple[int, int, float], ...]] = {}
        self._runs: dict[tuple[object, ...], tuple[Candidate, ...]] = {}
        memos.bound(self, ("_starts", STARTS_MEMO), ("_runs", RUN_MEMO))
        self._longest = int(max((u.length for u in index.units), default=0) * 1.5 + 1)
        # Whole names another name begins with ("CNN" of "CNN-IBN"): a mention of one may
        # start a window that completes the longer name.
        # (a whole key is a head when it is a proper prefix of another whole key: the set of
        # those prefixes, not every pair of keys compared)
        begun = {u.key[:m] for u in index.units if u.whole for m in range(len(u.key))}
        self._heads = {u.canonical for u in index.units if u.whole and u.key in begun}

    def sound(self, run: Run) -> list[Candidate]:
        """Windows of 1-6 words that sound like a unit the index retrieves for them. A window
        may take in an exact part of the same name only whole ("ex why" + "zed group"), and
        may start with one ("satya" + "not della"). Memoised per run (its words and exact
        mentions): runs repeat within and across documents."""
        key = (run.words(), tuple(run.marks.items()) if run.marks else ())
        runs = self._runs
        got = runs.get(key)
        if got is None:
            if len(runs) > STARTS:
                runs.clear()
            got = runs[key] = tuple(self._sound(run))
        return list(got)

    def _sound(self, run: Run) -> list[Candidate]:
        """`sound` for a run not met before: per start of a window (memoised per start)."""
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
        heard = self.ear.heard
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
        # The windows to hear: (index of the last word, phones, the mention the window is
        # inside, the name's words spelled right in it).
        spans: list[tuple[int, str, str, tuple[str, ...]]] = []
        phones = ""
        for j in range(i, min(i + MAX_WINDOW, n)):
            phones += _seamed(phones, run[j - 1] if j > i else None, run[j])
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
            spans.append((j, phones, inside, spelled))
            if ends[j]:
                break
        # As in `_lean`: windows before the first loose word are heard near first.
        close = len(spans) if near else next(
            (k for k, (j, _, _, _) in enumerate(spans) if any(loose[i:j + 1])), len(spans))
        found: list[_Hits] = []
        for j, phones, inside, spelled in spans[close:]:
            got_heard = heard.get(phones)
            found.append(self._own(got_heard[0] if got_heard is not None else
                                   self._window_hits(run, i, j, phones, 0),
                                   inside, spelled, headed))
        tight: list[_Hits] = []
        for j, phones, inside, spelled in spans[:close]:
            got_heard = heard.get(phones)
            tight.append(self._own(got_heard[1] if got_heard is not None else
                                   self._window_hits(run, i, j, phones, 1),
                                   inside, spelled, headed))
        if not near and close:
            wanted = {uid for hits in found + tight for uid, _ in hits}
            tight = [self._own(self.ear.hear_only(phones, _skeleton(run[i:j + 1]), wanted),
                               inside, spelled, headed) if wanted else ()
                     for j, phones, inside, spelled in spans[:close]]
        return self._best(spans, tight + found, i, loose)

    def _own(self, hits: _Hits, inside: str, spelled: tuple[str, ...], headed: bool
             ) -> _Hits:
        """The hits a window beside an exact mention may take: not the name's own mention
        turned into another form of it (inside a mention: only that name, or a longer whole
        name the mention begins; with words spelled right: only units holding them)."""
        if not hits or not inside and not spelled:
            return hits
        units = self.index.units
        words = set(spelled)
        out = []
        for uid, d in hits:
            unit = units[uid]
            if inside and inside != unit.canonical and not (
                    headed and unit.whole and len(unit.key) > len(spelled)
                    and unit.key[:len(spelled)] == spelled) or \
                    spelled and not words.issubset(unit.key):
                continue
            out.append((uid, d))
        return tuple(out)

    def _window_hits(self, run: list[Item], i: int, j: int, phones: str, near: int
                     ) -> _Hits:
        """What the window ``run[i:j + 1]`` (its phones given) sounds like: all its hits, or
        (``near``) only those within the far-window cut, which a tighter search finds."""
        if near:
            got = self.ear.heard_near.get(phones)
            if got is not None:
                return got
        items = run[i:j + 1]
        skel = _skeleton(items)
        rough = coarse(phones) if len(phones) < sum(len(it.phones) for it in items) \
            else "".join(it.rough for it in items)
        if near:
            return self.ear.hear_near(phones, skel, rough)
        return self.ear.hear(phones, skel, rough)[0]

    def _lean(self, run: Run, i: int, near: int, texts: list[str], ends: list[bool],
              loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """The windows from ``i`` (no exact mention within reach) that become candidates:
        (stop after i, unit id, distance), the best window of each unit."""
        heard = self.ear.heard
        heard_near = self.ear.heard_near
        spans = spans_from(run, i, self._longest, ends)
        # Windows before the first loose word are heard near first: only the names that
        # some window keeps (a near hit, or any hit of a window holding a loose word) need
        # their far hits too (they decide which window of a name is best, and the order the
        # names are met in), so only those are heard in full there (`Ear.hear_only`).
        close = len(spans) if near else next(
            (k for k, (j, _, _, _) in enumerate(spans) if loose[j]), len(spans))
        found: list[_Hits] = []
        for _, phones, skel, rough in spans[close:]:
            got_heard = heard.get(phones)
            found.append(got_heard[0] if got_heard is not None
                         else self.ear.hear(phones, skel, rough)[0])
        tight: list[_Hits] = []
        for _, phones, skel, rough in spans[:close]:
            got_heard = heard.get(phones)
            hits = got_heard[1] if got_heard is not None else heard_near.get(phones)
            if hits is None:
                hits = self.ear.hear_near(phones, skel, rough)
            tight.append(hits)
        if not near and close:
            wanted = {uid for hits in found + tight for uid, _ in hits}
            tight = [self.ear.hear_only(phones, skel, wanted) if wanted else ()
                     for _, phones, skel, _ in spans[:close]]
        return self._best(spans, tight + found, i, loose)

    def _best(self, spans: Sequence[tuple[int, str, str, object]], heard: list[_Hits], i: int,
              loose: list[bool]) -> tuple[tuple[int, int, float], ...]:
        """Each unit's closest window from ``i`` (the shortest at a tie), as (size, unit,
        distance), kept by `_keep`; ``heard[k]`` is what window ``spans[k]`` heard."""
        best: dict[int, tuple[float, int]] = {}
        for (j, _, _, _), hits in zip(spans, heard):
            for uid, d in hits:
                got = best.get(uid)
                if got is None or d < got[0]:
                    best[uid] = (d, j + 1)
        return tuple((stop - i, uid, d) for uid, (d, stop) in self._keep(best, i, loose))

    def _keep(self, best: dict[int, tuple[float, int]], i: int, loose: list[bool]
              ) -> list[tuple[int, tuple[float, int]]]:
        """The best window of each unit from ``i`` that is worth scoring: far windows of
        common words go unscored, unless they hold a word of the name. (Let through for a
        name the document speaks of, or where they read as no English in place, the wrong
        windows outnumbered the right ten to one or more on the dev pages.)"""
        near = self.ear.near
        out = []
        for uid, (d, stop) in best.items():
            bound = near(uid)
            if d <= bound or any(loose[i:stop]):
                out.append((uid, (d, stop)))
        return out

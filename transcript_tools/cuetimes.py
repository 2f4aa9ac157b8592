"""Cue times: the cues a layout cut, timed in whole milliseconds from their words' times,
within the windows the source pins them to; called by `layout.Layout` last.

A cue too short for its text borrows time from the gaps around it, first within the interval
the source pins its words to (the wall-clock minute, the source cue), else beyond it; where
the source times the speech (captions, Whisper) a cue keeps up with its words before its
predecessor keeps the reading speed (`SYNC_LAG`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Protocol

from .language import written_captions
from .model import Cue, Document, new_cue
from .options import Options
from .timing import Window, windows

CHAIN_GAP = 0.5
"""Seconds: a gap shorter than this is closed to ``min_gap`` (cues chain)."""
SYNC_LAG = 0.25
"""Seconds: how far a cue may start after its words when the source times them (caption
or Whisper input) before the cue ahead of it gives up reading time instead."""


class Words(Protocol):
    """The displayed words a layout cut into cues, in parallel sequences."""

    @property
    def token_starts(self) -> Sequence[float]: ...   # per token: when it starts
    @property
    def ends(self) -> Sequence[float]: ...           # per word: when it ends
    @property
    def firsts(self) -> Sequence[int]: ...           # per word: its first token
    @property
    def stops(self) -> Sequence[int]: ...            # per word: the token after its last
    @property
    def turn(self) -> Sequence[int]: ...             # per word: index into doc.turns, or -1


def limits_ms(o: Options) -> tuple[int, int, int]:
    """The least gap between cues, the shortest and the longest cue, in whole ms, as the cues'
    times are fitted (`fit_times`) and as a source cue is checked against them
    (`layout._kept_cues`)."""
    return (math.ceil(o.min_gap * 1000 - 1e-6), math.ceil(o.min_duration * 1000 - 1e-6),
            math.floor(o.max_duration * 1000 + 1e-6))


def reading_ms(chars: int, max_cps: float) -> int:
    """Whole ms to read ``chars`` characters at ``max_cps`` (`fit_times` computes the same
    inline, over every cue)."""
    return math.ceil(chars * 1000 / max_cps - 1e-6)


def reading_warning(spilled: int, fast: int, max_cps: float) -> str | None:
    """The one ``reading-speed`` warning for the counts `fit_times` returns: the cues that run
    past the source interval of their words to keep the reading speed, and the cues that read
    faster all the same because the next cue starts with its words (`check` reports each of
    those, and none of the others); None when there are none."""
    past = ("run past the source interval around their words to keep the reading speed"
            if spilled else "")
    quick = (f"read faster than {max_cps:g} characters/s: the speech is faster, and each ends "
             "where the next cue starts with its words" if fast else "")
    if spilled and fast:
        return (f"{spilled + fast} cue(s) needed more time to be read than their words take: "
                f"{spilled} {past}; {fast} {quick}")
    if spilled:
        return f"{spilled} cue(s) needed more time to be read than their words take: they {past}"
    if fast:
        return f"{fast} cue(s) {quick}"
    return None


_FAR = 10 ** 12
"""Ms beyond any cue: an open window's bound (`fit_times`' ``inf``)."""


class Bounds:
    """`fit_times`' page-wide inputs, found once a layout: the windows' first tokens, their
    bounds in whole ms (the first window's twice: for words before it and for its own), and
    whether the source's cues time the page. (SRT's stretches are timed a few cues at a time,
    200 calls on a long page: a walk of every window and anchor each call grew with the
    page's length squared.)"""

    __slots__ = ("first", "lo", "hi", "sync")

    def __init__(self, doc: Document, wins: Sequence[Window]) -> None:
        self.first = [w.first for w in wins]
        # whole ms inside the window (a rounded end could lie half a ms past it)
        over = [*wins[:1], *wins]
        self.lo = [math.ceil(w.lo * 1000 - 1e-6) if w.lo is not None else -_FAR
                   for w in over]
        self.hi = [math.floor(w.hi * 1000 + 1e-6) if w.hi is not None else _FAR
                   for w in over]
        self.sync = any(a.kind == "cue" for a in doc.anchors)


def fit_times(doc: Document, o: Options, words: Words,
              spans: Sequence[tuple[int, int, list[str], int]], named: bool,
              fixed: dict[int, tuple[int, int]] | None = None,
              wins: list[Window] | Bounds | None = None) -> tuple[list[Cue], int, int]:
    """The cues of ``spans`` (first word, stop, lines, extra characters to read) over the
    ``words``, timed in whole ms: each cue lasts at least long enough for its text, and the
    gaps and order hold; a cue borrows time first inside its window, then beyond it. Also
    how many cues spilled out of their window and keep the reading speed, and how many the
    cue after them made end sooner, reading faster, whether past their window or not
    (`SYNC_LAG`; apart: `reading_warning` says both as one account). ``fixed``: spans that
    keep a source cue's start and end (ms) as they are (`layout._kept_cues`), but that a gap
    under `CHAIN_GAP` after one is closed.
    ``wins``: ``windows(doc)``, or their `Bounds`, where the caller has them (else found
    here)."""
    fixed = fixed or {}
    gap, min_ms, max_ms = limits_ms(o)
    max_cps = o.max_cps
    chain = round(CHAIN_GAP * 1000)
    inf = _FAR
    starts, ends, firsts, stops = words.token_starts, words.ends, words.firsts, words.stops
    m = len(spans)
    nat_s = [round(starts[firsts[i]] * 1000) for i, _, _, _ in spans]
    nat_e = [round(ends[j - 1] * 1000) for _, j, _, _ in spans]
    need = [math.ceil((sum(map(len, lines)) + len(lines) - 1 + extra) * 1000 / max_cps - 1e-6)
            for _, _, lines, extra in spans]  # as cue_chars(lines) + extra
    need = [t if t > min_ms else min_ms for t in need]  # then at most max_ms, as
    need = [t if t < max_ms else max_ms for t in need]  # min(max_ms, max(min_ms, t))
    for k, (fs, fe) in fixed.items():
        nat_s[k], need[k] = fs, fe - fs
    bounds = wins if isinstance(wins, Bounds) else Bounds(
        doc, windows(doc) if wins is None else wins)
    if bounds.first:
        # by the windows' firsts up to a word
        win_first, win_lo, win_hi = bounds.first, bounds.lo, bounds.hi
        right, left = bisect.bisect_right, bisect.bisect_left
        lo = [win_lo[right(win_first, firsts[i])] for i, _, _, _ in spans]
        # (the window of a cue's last word's last token, ``stops[j - 1] - 1``)
        hi = [win_hi[left(win_first, stops[j - 1])] for _, j, _, _ in spans]
    else:
        lo, hi = [-inf] * m, [inf] * m
    s: list[int] = []
    e: list[int] = []
    prev = -inf
    for ns, low, nd in zip(nat_s, lo, need):
        # forward: as early as the words, the window and the last cue allow
        start = prev + gap
        if start < ns:
            start = ns
        if start < low:
            start = low
        if start < 0:
            start = 0
        s.append(start)
        prev = start + nd
        e.append(prev)
    nxt = inf
    for k in range(m - 1, -1, -1):  # backward: pull cues that overran their window
        limit = nxt - gap
        if hi[k] < limit:
            limit = hi[k]
        if e[k] > limit:
            e[k] = limit
            s[k] = limit - need[k]
        nxt = s[k]
    prev, spilled = -inf, 0
    # Times the source sets word by word or cue by cue (captions, Whisper) are the
    # speech's own: a cue never starts more than `SYNC_LAG` after its words because the
    # cue before it needs more time to be read; that one ends sooner (read faster,
    # never shorter than the minimum duration), and the warning says how many.
    sync = bounds.sync
    # our own WebVTT read back: its cues already start as late after their words as the lag
    # lets them (the first cleaning's), and may not start later again on each cleaning (qa43);
    # so does a written caption file's (our SRT read back: +0.25 s a cleaning after a split
    # cue otherwise, rt2), whose cue starts are a writer's, kept as set
    lag = 0 if sync and (doc.ours or written_captions(doc)) else round(SYNC_LAG * 1000)
    fast = 0
    if sync:  # the first pass pushed cues after their words: start from the words again
        for k in range(m):
            if s[k] > nat_s[k] and s[k] > lo[k]:
                s[k] = nat_s[k] if nat_s[k] > lo[k] else lo[k]
    for k in range(m):  # forward again: the rules hold whatever the windows say
        start = prev + gap
        if sync and k and start > nat_s[k] + lag and start > lo[k]:
            end = max(nat_s[k] + lag, lo[k]) - gap
            if end < s[k - 1] + min_ms:
                end = s[k - 1] + min_ms
            if end < e[k - 1]:
                if e[k - 1] > hi[k - 1]:  # (counted once: as read fast, past or not)
                    spilled -= 1
                e[k - 1] = end
                start = end + gap
                fast += 1
        if start < s[k]:
            start = s[k]
        if start < lo[k]:
            start = lo[k]
        if start < 0:
            start = 0
        s[k] = start
        e[k] = prev = start + need[k]
        if prev > hi[k]:
            spilled += 1
    for k in range(m):  # show each cue until its words end, and close short gaps
        ek, sk = e[k], s[k]
        ceiling = hi[k] if hi[k] > ek else ek  # the window's end, or the cue's own
        longest = sk + max_ms
        if longest > ceiling:
            longest = ceiling
        room = (s[k + 1] - gap) if k + 1 < m else inf
        if ceiling < room < ceiling + chain - gap and sk + max_ms >= room:
            # the window ends in a short gap before the next cue (a source cue's out time,
            # a minute's end): chain across it, as the gap would be closed inside a window
            longest = room
        if room < longest:
            longest = room
        want = nat_e[k] if nat_e[k] > ek else ek
        if want > longest:
            want = longest
        if k + 1 < m and room - want < chain - gap:
            want = longest
        if want > ek:
            e[k] = want
    turns = doc.turns  # (a cue's turn's name: not a list of every turn's, each call)
    turn = words.turn
    cues: list[Cue] = []
    for i, j, lines, _ in spans:
        k = len(cues)
        t = turn[i]
        cues.append(new_cue(s[k] / 1000, e[k] / 1000, tuple(lines),
                            turns[t].display_name if named and t >= 0 else None, firsts[i],
                            stops[j - 1]))
    return cues, spilled, fast

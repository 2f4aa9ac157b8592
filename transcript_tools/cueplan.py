"""Cue ends chosen over a stretch of cues at once: where the cue-by-cue choice left a cue whose
lines or end part a phrase, the cues around it are planned again together. Called by `layout`.

`Layout._segment` picks each cue's end greedily (cheap, and right where every cue ends at a
sentence or a comma). A cue that must break badly (its best line break or its end parts an
article from its noun, a modifier from its noun, an auxiliary from its verb) is often the
price of where the cue before it ended. Around each such cue, a stretch of a few cues between
good cue ends is planned by a shortest path over the candidate ends (`plan`): each cue costs
its end's break cost, how empty it is, a scrap left for the next cue, and a penalty for its
best line break when that parts a phrase. Only the stretches around bad cues are planned, so
the cost stays near the greedy pass's; in a turn without one, the stretches around a
sentence's tail (a few words of it alone after a full cue of it, `tail`). No cue a plan
cuts anew is a scrap of a sentence (`_scrap`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .linebreak import setting

BAD_LINE_BREAK = 8.0
"""A line break this dear (after an article, inside a name, a modifier from its noun) marks
the cue for planning again."""
FREE_LINE_BREAK = 4.0
LINE_WEIGHT = 2.0
"""In a plan, each unit of a cue's dearest line break above `FREE_LINE_BREAK` (a break
between two content words) costs this: less than the same break at a cue's end, which it
weighs in full ("I | was" 3, "road | closures" 6, "the | road" 7.5)."""
BAD_CUE_END = 6.0
"""A cue end this dear (a subject from its verb, a phrase parted) marks the cue too."""
GOOD_END = 1.0
"""A stretch runs between cue ends no dearer than this (a sentence's or a clause's end), at
most `REACH_BACK` cues before the bad cue and `REACH_AHEAD` after it."""
REACH_BACK = 3
REACH_AHEAD = 2
CANDIDATE_END = 4.0
"""Inside a stretch, a cue may end where a break costs at most this (an ordinary break
between two content words) or where the greedy pass ended one."""
SCRAP_CHARS = 16
SCRAP_COST = 3.0
"""A cue end leaving fewer characters than this before the end of the turn costs extra."""
END_WEIGHT = 1.0
"""A cue end weighs its break cost times this in a plan: a break between cues parts a phrase
for longer than one between lines."""
SHORT_CUE = 30
SHORT_COST = 3.0
"""A cue shorter than this that ends inside a clause costs extra: a plan would otherwise
trade a bad line break for a scrap of a cue ("So if / you've personally")."""
FAST_STEP = 20.0
FAST_COST = 100.0
"""A cue a plan cuts anew whose text (an SRT label with it) reads faster than the reading
speed over the time it may be shown (from the word before it to the word after it, at least
the minimum duration) costs `FAST_STEP` (more than an extra cue) and this much per unit of
the excess (a tenth too fast: 10 more): no cue the greedy pass kept slow enough becomes too
fast, least of all at the start of a page where no time is to be borrowed."""
GAIN = 0.5
"""A stretch's new plan must be cheaper than the greedy one by this much to replace it."""
TAIL_CHARS = 20
TAIL_PAUSE = 1.0
"""A cue shorter than this that ends its sentence (or the turn), cut off from the full cue of
the same sentence before it ("...will need new fencing before the summer," | "said the
mayor."), with less than `TAIL_PAUSE` seconds before it (words said later are no tail),
marks the cues of a turn without a bad cue for planning again: a scrap of a sentence shown alone
for a moment, where two fuller cues would hold the sentence. A page cut off inside a word
("bu…") ends no sentence: its scrap is no tail."""
TAIL_COST = 3.0
"""In the plan of a stretch around a tail, what a tail costs (as `SCRAP_COST` a scrap at the
turn's end): the cue fill alone is the same for any split of the same words."""


@dataclass(frozen=True, slots=True)
class Stretch:
    """What a plan needs of a speaker turn ``[a, b)``: the words, their widths and times,
    the break costs, the cue rules."""

    texts: Sequence[str]
    lens: Sequence[int]
    spaced: Sequence[int]
    joined_to: Sequence[int]
    ends: Sequence[float]
    starts: Sequence[float]  # per token
    firsts: Sequence[int]
    breaks: Sequence[float]
    fill: Sequence[float]
    a: int
    b: int
    width: int
    first_width: int  # the first line of the turn's first cue (beside a label)
    max_lines: int
    max_duration: float
    min_duration: float
    max_cps: float
    label_chars: int  # the turn's SRT label ("NAME: ") read with its first cue
    capacity: int
    win: Sequence[int] | None
    opener: Callable[[int, list[str]], bool]  # a sentence's first word ends a line


Cue = tuple[int, int, list[str], float]  # first word, stop, lines, dearest line break


def _lines(s: Stretch, i: int, j: int) -> tuple[list[str] | None, float]:
    """The best lines of the cue ``[i, j)`` and the cost that marks them: the dearest line
    break, or one above `BAD_LINE_BREAK` where a line ends on a new sentence's first word."""
    fw = s.first_width if i == s.a else s.width
    got = setting(s.texts[i:j], s.breaks[i:j - 1], s.width, s.max_lines,
                  fw if fw != s.width else None, s.lens[i:j])
    if got is None:
        return None, 100.0
    worst = got[1]
    if worst < BAD_LINE_BREAK and len(got[0]) > 1 and s.opener(i, got[0]):
        worst = BAD_LINE_BREAK + 1
    return got[0], worst


def cue_cost(s: Stretch, i: int, j: int, worst: float, new: bool = True,
             tails: bool = False) -> float:
    """What the cue ``[i, j)`` costs in a plan, its dearest line break ``worst`` given; a
    ``new`` cue (not one the greedy pass cut) also pays for reading too fast; in a plan of
    ``tails``, a sentence's tail pays `TAIL_COST`."""
    chars = s.joined_to[j] - s.joined_to[i] - 1
    cost = TAIL_COST if tails and chars < _tail_chars(s) and _mid_start(s, i) \
        and not _mid_end(s, j) else 0.0
    cost += (END_WEIGHT * s.breaks[j - 1] if j < s.b else 0.0) + s.fill[min(chars, s.capacity)]
    if j < s.b and s.joined_to[s.b] - s.joined_to[j] < SCRAP_CHARS:
        cost += SCRAP_COST
    # the time it may be shown: from the end of the word before it to the next word's start
    shown = (s.starts[s.firsts[j]] if j < len(s.firsts) else s.ends[j - 1]) - (
        s.ends[i - 1] if i > 0 else s.starts[s.firsts[i]])
    over = (chars + (s.label_chars if i == s.a else 0)) / (s.max_cps * (
        shown if shown > s.min_duration else s.min_duration)) - 1.0
    if over > 0.0 and new:
        cost += FAST_STEP + FAST_COST * over
    if chars < SHORT_CUE and j < s.b and s.breaks[j - 1] > GOOD_END:
        cost += SHORT_COST
    if worst > FREE_LINE_BREAK:
        cost += LINE_WEIGHT * (worst - FREE_LINE_BREAK)
    return cost


def _bad(s: Stretch, cue: Cue) -> bool:
    i, j, lines, worst = cue
    return worst >= BAD_LINE_BREAK or (j < s.b and s.breaks[j - 1] >= BAD_CUE_END)


_SENTENCE_END = (".", "?", "!", '."', '?"', '!"', ".”", "?”", "!”")


def _mid_start(s: Stretch, i: int) -> bool:
    """Whether word ``i`` goes on a sentence of the turn begun before it."""
    return i > s.a and not s.texts[i - 1].endswith(_SENTENCE_END)


def _mid_end(s: Stretch, j: int) -> bool:
    """Whether the sentence of word ``j - 1`` goes on after it in the turn."""
    return j < s.b and not s.texts[j - 1].endswith(_SENTENCE_END)


def _tail_chars(s: Stretch) -> int:
    """`TAIL_CHARS`, less in a cue of narrow lines: a quarter of what a cue holds at most (a
    line of 18 characters is a full line there, no scrap)."""
    return min(TAIL_CHARS, s.capacity // 4)


def _scrap(s: Stretch, i: int, j: int, chars: int) -> bool:
    """Whether the cue ``[i, j)`` of ``chars`` characters is a scrap of a sentence: under
    `_tail_chars` and part of one, or under `SHORT_CUE` (in narrow lines three eighths of
    what a cue holds) and inside one ("that the harbour has been one")."""
    if chars >= min(SHORT_CUE, s.capacity * 3 // 8):
        return False
    start, end = _mid_start(s, i), _mid_end(s, j)
    return start and end or chars < _tail_chars(s) and (start or end)


def tail(s: Stretch, cues: list[Cue], k: int) -> bool:
    """Whether cue ``k`` is a sentence's tail after a full cue of it (`TAIL_CHARS`)."""
    i, j = cues[k][0], cues[k][1]
    return k > 0 and s.joined_to[j] - s.joined_to[i] - 1 < _tail_chars(s) \
        and _mid_start(s, i) and not _mid_end(s, j) and s.texts[j - 1][-1:] != "…" \
        and len(cues[k - 1][2]) >= s.max_lines \
        and s.starts[s.firsts[i]] - s.ends[i - 1] < TAIL_PAUSE


def replan(s: Stretch, cues: list[Cue]) -> list[Cue]:
    """The greedy ``cues`` of the turn with each stretch around a bad cue planned again; in a
    turn with none, each stretch around a sentence's tail (`tail`)."""
    bad = [k for k, cue in enumerate(cues) if _bad(s, cue)]
    tails = not bad
    if tails:
        bad = [k for k in range(1, len(cues)) if tail(s, cues, k)]
    if not bad:
        return cues
    breaks, out, done = s.breaks, [], 0
    for k in bad:
        if k < done:
            continue  # inside the stretch just planned
        lo = max(done, k - 1)
        while lo > done and k - lo < REACH_BACK and breaks[cues[lo][0] - 1] > GOOD_END:
            lo -= 1
        hi = k
        while hi + 1 < len(cues) and hi - k < REACH_AHEAD and breaks[cues[hi][1] - 1] > GOOD_END:
            hi += 1
        out.extend(cues[done:lo])
        out.extend(plan(s, cues[lo:hi + 1], tails))
        done = hi + 1
    out.extend(cues[done:])
    return out


def plan(s: Stretch, old: list[Cue], tails: bool = False) -> list[Cue]:
    """The cheapest cues over the words of the ``old`` cues, ending at candidate ends (breaks
    no dearer than `CANDIDATE_END`, and the old cues' ends), each within the line, cue and
    duration limits; the old cues unless the plan saves `GAIN`."""
    breaks, spaced, lens, ends, fill = s.breaks, s.spaced, s.lens, s.ends, s.fill
    starts, firsts, win, b = s.starts, s.firsts, s.win, s.b
    width, max_lines, capacity = s.width, s.max_lines, s.capacity
    inf = float("inf")
    first, stop = old[0][0], old[-1][1]
    # the old cues seed the plan: a path no dearer than theirs prunes the rest
    best = {first: 0.0}
    back: dict[int, Cue] = {}
    total = 0.0
    cut = {(cue[0], cue[1]) for cue in old}
    for cue in old:
        total += cue_cost(s, cue[0], cue[1], cue[3], False, tails)
        best[cue[1]], back[cue[1]] = total, cue
    nodes = [p for p in range(first + 1, stop) if breaks[p - 1] <= CANDIDATE_END or p in best]
    nodes.append(stop)
    node_set = set(nodes)
    for i in [first] + nodes[:-1]:
        base = best.get(i)
        if base is None:
            continue
        limit = s.first_width if i == s.a else width
        chars = line = lens[i]
        if chars > limit or chars > capacity:
            continue
        lines, j = 1, i + 1
        start = starts[firsts[i]]
        w_i = None if win is None else bisect.bisect_right(win, firsts[i])
        while True:
            # (a bound: the end's cost and the fill, without the other terms)
            if j in node_set and base + (breaks[j - 1] if j < b else 0.0) + fill[chars] < \
                    best.get(j, inf) and not (
                    (i, j) not in cut and _scrap(s, i, j, chars)):
                # (no new cue is a scrap of a sentence: "Well, Anna," | "when did ...")
                got, worst = _lines(s, i, j)
                if got is not None:
                    cost = base + cue_cost(s, i, j, worst, (i, j) not in cut, tails)
                    if cost < best.get(j, inf):
                        best[j], back[j] = cost, (i, j, got, worst)
            if j >= stop:
                break
            if ends[j] - start > s.max_duration and (
                    win is None or bisect.bisect_right(win, firsts[j]) != w_i):
                break
            # (the same filling as `Layout._segment`'s, inline in both for speed: a change to
            # how words fill lines must be made in both)
            w1 = spaced[j]
            if line + w1 <= limit:
                line += w1
            else:
                lines += 1
                line = w1 - 1
                if line > width or lines > max_lines:
                    break
                limit = width
            chars += w1
            if chars > capacity:
                break
            j += 1
    if best[stop] + GAIN >= total:
        return old
    out: list[Cue] = []
    j = stop
    while j != first:
        cue = back[j]
        out.append(cue)
        j = cue[0]
    out.reverse()
    return out

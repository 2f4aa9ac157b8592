"""Caption layout: timed words -> cues of at most N lines of M characters, read at most K
characters per second, each shown 5/6 s to 7 s, two frames apart, never overlapping.

A pipeline stage run last (after `timing`); writes ``Document.cues``. A new cue starts at every
change of speaker; cues and lines break where `linebreak` finds it cheapest. Cue times are then
fitted in whole milliseconds: a cue too short for its text borrows time from the gaps around
it, first within the interval the source pins its words to (the wall-clock minute, the source
cue), else beyond it (reported as a diagnostic); the layout rules themselves always hold.
"""

from __future__ import annotations

import bisect
import math
from itertools import accumulate

from .linebreak import BreakCosts, break_lines, hard_wrap
from .model import Cue, Diagnostic, Document
from .options import Options
from .timing import windows

CHAIN_GAP = 0.5
"""Seconds: a gap shorter than this is closed to ``min_gap`` (cues chain)."""


def cue_chars(lines: tuple[str, ...] | list[str]) -> int:
    """Characters a viewer reads: the lines with a space for each line break, no tags."""
    return sum(len(line) for line in lines) + len(lines) - 1


class _Units:
    """The words as displayed (punctuation glued to its word), in parallel lists."""

    __slots__ = ("texts", "starts", "ends", "firsts", "stops", "sentence", "turn", "chars_to")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.firsts: list[int] = []
        self.stops: list[int] = []
        self.sentence: list[bool] = []
        self.turn: list[int] = []  # index into doc.turns (-1 when none)
        self.chars_to: list[int] = []  # characters of the texts before each unit


def _units(doc: Document) -> _Units:
    """Walk tokens and edits once (like `Document.pieces`, without building pieces)."""
    rendering = doc.rendering()
    r_starts, r_ends, r_edits = rendering.starts, rendering.ends, rendering.edits
    tokens, times, source = doc.tokens, doc.times, doc.source
    sentence = set(doc.sentence_starts)
    turn_at = {t.first: k for k, t in enumerate(doc.turns)}
    u = _Units()
    texts, starts, ends, firsts, stops = u.texts, u.starts, u.ends, u.firsts, u.stops
    n, k, i, m = len(tokens), 0, 0, len(r_starts)
    edit_start, edit_end = (r_starts[0], r_ends[0]) if m else (1 << 62, 1 << 62)
    turn = -1
    last_end = -1  # source end of the last displayed unit
    while i < n:
        tok = tokens[i]
        first = i
        s = tok.start
        while edit_end <= s:
            k += 1
            edit_start, edit_end = (r_starts[k], r_ends[k]) if k < m else (1 << 62, 1 << 62)
        if edit_start <= s:
            j = i + 1
            while j < n and tokens[j].end <= edit_end:
                j += 1
            text = r_edits[k].replacement
            e = edit_end
            s = edit_start
            i = j
            if not text or text.isspace():
                if first in turn_at:
                    turn = turn_at[first]
                continue
            if " " in text or "\n" in text or "\t" in text:
                text = " ".join(text.split())
        else:
            text, e = tok.text, tok.end
            i += 1
        if first in turn_at:
            turn = turn_at[first]
            new_turn = True
        else:
            new_turn = False
        gap = source[last_end:s]
        if texts and not new_turn and (not gap or (not gap.isspace() and
                                                  not rendering.separated(last_end, s))):
            texts[-1] += text  # no space between them in the text ("word" ".")
            ends[-1] = max(ends[-1], times[i - 1][1])
            stops[-1] = i
        else:
            texts.append(text)
            starts.append(times[first][0])
            ends.append(times[i - 1][1])
            firsts.append(first)
            stops.append(i)
            u.sentence.append(first in sentence)
            u.turn.append(turn)
        last_end = e
    u.chars_to = list(accumulate((len(t) for t in u.texts), initial=0))
    return u


class Layout:
    """The layout stage; keeps the break-cost cache across documents."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.costs = BreakCosts()

    def __call__(self, doc: Document) -> Document:
        if not doc.times or not doc.tokens:
            return doc
        u = _units(doc)
        if not u.texts:
            return doc.replace(cues=())
        named = len({t.speaker for t in doc.turns}) > 1
        texts, turn = u.texts, u.turn
        breaks = self.costs.costs(texts, u.sentence)
        breaks.append(0.0)
        for k in range(len(texts) - 1):
            if turn[k] != turn[k + 1]:
                breaks[k] = 0.0
        spans: list[tuple[int, int, list[str], int]] = []
        a = 0
        for b in range(1, len(texts) + 1):
            if b == len(texts) or turn[b] != turn[a]:
                label = doc.turns[turn[a]].display_name if named and turn[a] >= 0 else None
                spans.extend(self._segment(u, breaks, a, b, label))
                a = b
        cues, spilled = self._fit(doc, u, spans, named)
        diagnostics = doc.diagnostics
        if spilled:
            diagnostics += (Diagnostic(
                "reading-speed", f"{spilled} cue(s) needed more time than the source interval "
                "around their words allows; they run past it to keep the reading speed"),)
        return doc.replace(cues=tuple(cues), diagnostics=diagnostics)

    def _segment(self, u: _Units, breaks: list[float], a: int, b: int,
                 label: str | None) -> list[tuple[int, int, list[str], int]]:
        """Cues over units ``[a, b)`` (one speaker turn): from each start, the cheapest end
        among those that fit, weighing the break cost against how full the cue is."""
        o = self.options
        width, max_lines = o.max_line_chars, o.max_lines
        first_width = width - len(label) - 2 if label else width
        capacity = min(max_lines * width, int(o.max_cps * o.max_duration))
        texts, starts, ends = u.texts, u.starts, u.ends
        chars_to = u.chars_to
        out: list[tuple[int, int, list[str], int]] = []
        i = a
        while i < b:
            fw = first_width if i == a else width
            line, lines, chars = 0, 1, 0
            best_j, best_score = i + 1, math.inf
            j = i
            while j < b:
                w = len(texts[j])
                if j > i and ends[j] - starts[i] > o.max_duration:
                    break
                limit = fw if lines == 1 else width
                if line == 0:
                    line = w
                elif line + 1 + w <= limit:
                    line += 1 + w
                else:
                    lines, line = lines + 1, w
                if w > (fw if lines == 1 else width) or lines > max_lines or \
                        chars + w + (j > i) > capacity:
                    break
                chars += w + (j > i)
                j += 1
                rest = chars_to[b] - chars_to[j] + b - j
                score = breaks[j - 1] + 6.0 * (1.0 - chars / capacity)
                if 0 < rest < 16:
                    score += 3.0  # would leave a scrap for the next cue
                if score <= best_score:
                    best_j, best_score = j, score
            words = texts[i:best_j]
            lines_out = break_lines(words, breaks[i:best_j - 1], width, max_lines,
                                    fw if fw != width else None)
            if lines_out is None:
                lines_out = hard_wrap(" ".join(words), min(fw, width))[:max_lines]
            # An SRT speaker label ("NAME: ") is read too: count it in the reading speed.
            out.append((i, best_j, lines_out, width - fw))
            i = best_j
        return out

    def _fit(self, doc: Document, u: _Units, spans: list[tuple[int, int, list[str], int]],
             named: bool) -> tuple[list[Cue], int]:
        """Cue times in whole ms: each cue lasts at least long enough for its text, and the
        gaps and order hold; a cue borrows time first inside its window, then beyond it."""
        o = self.options
        gap = math.ceil(o.min_gap * 1000 - 1e-6)
        min_ms = math.ceil(o.min_duration * 1000 - 1e-6)
        max_ms = math.floor(o.max_duration * 1000 + 1e-6)
        chain = round(CHAIN_GAP * 1000)
        wins = windows(doc)
        win_first = [w.first for w in wins]
        inf = 10 ** 12
        nat_s, nat_e, need, lo, hi = [], [], [], [], []
        for i, j, lines, extra in spans:
            nat_s.append(round(u.starts[i] * 1000))
            nat_e.append(round(u.ends[j - 1] * 1000))
            need.append(min(max_ms, max(min_ms, math.ceil((cue_chars(lines) + extra) * 1000 / o.max_cps
                                                          - 1e-6))))
            if wins:
                wa = wins[max(0, bisect.bisect_right(win_first, u.firsts[i]) - 1)]
                wb = wins[max(0, bisect.bisect_right(win_first, u.stops[j - 1] - 1) - 1)]
                lo.append(round(wa.lo * 1000) if wa.lo is not None else -inf)
                hi.append(round(wb.hi * 1000) if wb.hi is not None else inf)
            else:
                lo.append(-inf)
                hi.append(inf)
        m = len(spans)
        s = [0] * m
        e = [0] * m
        prev = -inf
        for k in range(m):  # forward: as early as the words, the window and the last cue allow
            s[k] = max(nat_s[k], lo[k], 0, prev + gap)
            e[k] = prev = s[k] + need[k]
        nxt = inf
        for k in range(m - 1, -1, -1):  # backward: pull cues that overran their window
            limit = min(hi[k], nxt - gap)
            if e[k] > limit:
                e[k] = limit
                s[k] = limit - need[k]
            nxt = s[k]
        prev, spilled = -inf, 0
        for k in range(m):  # forward again: the rules hold whatever the windows say
            s[k] = max(s[k], lo[k], 0, prev + gap)
            e[k] = prev = s[k] + need[k]
            spilled += e[k] > hi[k]
        for k in range(m):  # show each cue until its words end, and close short gaps
            room = (s[k + 1] - gap) if k + 1 < m else inf
            want = min(max(e[k], nat_e[k]), s[k] + max_ms, room, max(hi[k], e[k]))
            if k + 1 < m and room - want < chain - gap:
                want = min(room, s[k] + max_ms, max(hi[k], e[k]))
            e[k] = max(e[k], want)
        cues = []
        for k, (i, j, lines, _) in enumerate(spans):
            turn = u.turn[i]
            speaker = doc.turns[turn].display_name if named and turn >= 0 else None
            cues.append(Cue(s[k] / 1000, e[k] / 1000, tuple(lines), speaker,
                            u.firsts[i], u.stops[j - 1]))
        return cues, spilled

"""Caption layout: timed words -> cues of at most N lines of M characters, read at most K
characters per second, each shown 5/6 s to 7 s, two frames apart, never overlapping.

A pipeline stage run last (after `timing`); writes ``Document.cues``. A new cue starts at every
change of speaker; cues and lines break where `linebreak` finds it cheapest. Cue times are then
fitted in whole milliseconds (`cuetimes`): a cue too short for its text borrows time from the
gaps around it, first within the interval the source pins its words to (the wall-clock
minute, the source cue), else beyond it (reported as a diagnostic); the layout rules
themselves hold, except that where the source times the speech (captions, Whisper) a cue
keeps up with its words before its predecessor keeps the reading speed
(`cuetimes.SYNC_LAG`; also reported).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from .cueplan import BAD_CUE_END, TAIL_CHARS, Stretch, replan
from .cuetimes import Bounds, fit_times, limits_ms, reading_ms, reading_warning
from .linebreak import FREE_BREAK, BreakCosts, hard_wrap, setting
from .model import LYRIC_MARK, Cue, Diagnostic, Document, Times, new_cue
from .options import Options
from .timing import Window, doubles, windows

PAUSE = 1.0
"""Seconds of silence at a clock line or source cue that make a cue end there as cheap as
after a comma."""
BAD_LINE_BREAK = 8.0
"""A line break this dear (after an article, inside a name, a number from its unit) makes
the cue's end open to review: a shorter cue whose lines break better may win
(`Layout._segment`) if it ends where the guides prefer (`GOOD_CUE_END`); each unit of cost
from here up weighs 3 against the cue's end."""
SOURCE_CUE_END = 1.0
"""What a cue end at a pop-on source cue's end costs at most: as after a comma."""
MERGE_COST = 2.5
"""What a cue pays for each pop-on source cue it takes in after its first while it reads
within the reading speed alone: more than the fill two short cues gain together (about 2 for
two of 25 characters), so a source cue that fits the rules stays one cue."""
CONTENT_END = 1.0
"""What a cue end between two content words (a break of cost 4 or more) costs on top of its
break cost: a cue end parts a phrase for longer than a line break does, so the one cue
break the words allow goes where the guides prefer (after a comma, before a conjunction or a
preposition) when the cue is nearly as full there. Weighed by the cue-by-cue choice
(`Layout._segment`, `Layout._better_end`), not by `cueplan`, whose plans trade cue ends
against line breaks: there it moved phrase splits into lines."""
DIALOGUE_DASH = "- "
"""What opens each line of a cue two speakers share (subtitle practice)."""
GOOD_CUE_END = 3.0
"""The dearest cue end a cue may move to for better lines: after a sentence or a comma,
before a conjunction or a preposition (never "the short | trip" for "the | White House")."""


def _opener_at_line_end(u: _Units, i: int, lines: list[str]) -> bool:
    """Whether a line but the last of a cue starting at unit ``i`` ends with a sentence's
    first word, a sentence begun earlier in the cue ("Zimmerman. Was | it murder")."""
    texts, sentence, joined_to = u.texts, u.sentence, u.joined_to
    k = i - 1
    for line in lines[:-1]:
        k += 1
        # the line's last unit: the first from k whose text and those before it since k
        # (spaced) are as long as the line, or the last unit
        k = bisect.bisect_left(joined_to, joined_to[k] + 1 + len(line), k + 1, len(texts)) - 1
        if k > i and sentence[k] and not texts[k].endswith(_ENDS):
            return True  # (not "Now, | if the mud wins": its mark makes the break)
    return False


_ENDS = (".", "?", "!", '."', '?"', '!"', ".”", "?”", "!”", ",", ";", ":", "--", "—", "–")


def cue_chars(lines: tuple[str, ...] | list[str]) -> int:
    """Characters a viewer reads: the lines with a space for each line break, no tags."""
    return sum(map(len, lines)) + len(lines) - 1


MIN_FIRST_WIDTH = 12
"""The fewest characters a cue's first line keeps for words beside an SRT speaker label: a
longer label does not narrow the line (it overflows it anyway)."""

SPEAKER_MARK = ">>"
"""What the SRT writer opens the first cue of a speaker without a name with, where another
speaker spoke before (a named speaker's cue opens with "NAME:"), with
``Options.speaker_mark="chevrons"`` (the default): the change of speaker that US broadcast
captions mark so, which our reader takes back as a change (`writers.srt`). The room for it is
SRT's alone (`Layout._marked`, `Document.srt_cues`)."""


MARK_PREFIX = f"{SPEAKER_MARK} "

MARK_KEY = "speaker_mark"
"""The document's metadata key that says how the SRT writer marks a change to a speaker
without a name, when not ">> " (`Options.speaker_mark`; set by the layout, which kept room
for the mark it names)."""

COLOUR_KEY = "speaker_colours"
"""The document's metadata key that asks the WebVTT and SRT writers for speakers in colour
(`Options.speaker_colours`; set by the layout, absent when off)."""


def srt_prefix(name: str | None, named: bool) -> str:
    """What the SRT writer puts before the first line of a speaker's first cue after another
    speaker (`writers.srt`): "NAME: " for a speaker the source names, ">> " for another (with
    ``speaker_mark="chevrons"``)."""
    return f"{name.upper()}: " if named and name else MARK_PREFIX


SHORT_PAGE = 8192
"""Tokens up to which a page's units keep their numbers in lists (`_Units`)."""


class _Units:
    """The words as displayed (punctuation glued to its word), in parallel lists; on a page of
    more than `SHORT_PAGE` tokens the numbers that are not small (times, token indices,
    offsets) in arrays, which hold them in 8 bytes each instead of an object each (tens of MB
    on a long input). The counts are unsigned ("Q", never negative): an "L"/"Q" array takes
    an int through `PyLong_AsUnsigned*`, a signed one through the argument parser (~3x
    slower to fill). On a shorter page in lists (a few hundred KB at most): every read of an
    array makes an int or a float object, and the layout reads each unit's numbers several
    times (the cue ends' search, the line ends' bisection, the cue times); a list is also
    filled without converting each number."""

    __slots__ = ("texts", "token_starts", "ends", "firsts", "stops", "sentence", "turn",
                 "changes", "lens", "spaced", "joined_to")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.token_starts: Sequence[float] = ()  # per token: a unit starts at its first's
        self.ends: list[float] | array[float] = array("d")
        self.firsts: list[int] | array[int] = array("Q")
        self.stops: list[int] | array[int] = array("Q")
        self.sentence: list[bool] = []
        self.turn: list[int] = []  # index into doc.turns (-1 when none)
        self.changes: list[int] = []  # the units where the turn changes (after the first)
        self.lens: list[int] = []  # characters of each text
        self.spaced: list[int] = []  # the same plus one (the space before it)
        # characters of the texts before each unit, spaced
        self.joined_to: list[int] | array[int] = array("Q")


def _units(doc: Document) -> _Units:
    """Walk tokens and edits once (like `Document.pieces`, without building pieces)."""
    rendering = doc.rendering()
    r_starts, r_ends, r_edits = rendering.starts, rendering.ends, rendering.edits
    tokens, source = doc.tokens, doc.source
    t_starts: Sequence[float]
    t_ends: Sequence[float]
    if isinstance(doc.times, Times):
        t_starts, t_ends = doc.times.starts, doc.times.ends
    else:
        t_starts, t_ends = [s for s, _ in doc.times], [e for _, e in doc.times]
    turn_at = {t.first: k for k, t in enumerate(doc.turns)}
    u = _Units()
    # arrays from the start on a long page: a list would keep an int object alive per unit
    # (tens of MB)
    short = len(tokens) <= SHORT_PAGE
    if short:
        u.firsts = []
    firsts, texts = u.firsts, u.texts
    add_text, add_first = texts.append, firsts.append
    # a unit's stop is the next one's first but where removed words part them (`cut`); its
    # turn changes where a turn starts (`turned`: units before, turn)
    cut: dict[int, int] = {}
    turned: list[tuple[int, int]] = []
    merged_end: dict[int, float] = {}  # unit -> latest end of the pieces glued into it
    n, k, i, m = len(tokens), 0, 0, len(r_starts)
    never = 1 << 62
    edit_start, edit_end = (r_starts[0], r_ends[0]) if m else (never, never)
    last_end = -1  # source end of the last displayed unit
    while i < n:
        tok = tokens[i]
        first = i
        s = tok.start
        while edit_end <= s:
            k += 1
            edit_start, edit_end = (r_starts[k], r_ends[k]) if k < m else (never, never)
        if edit_start <= s:
            j = i + 1
            while j < n:  # (a token's end: its start and its text's length, `Token`)
                after = tokens[j]
                kept = after._end
                if (after.start + len(after.text) if kept is None else kept) > edit_end:
                    break
                j += 1
            text = r_edits[k].replacement
            e = edit_end
            s = edit_start
            i = j
            if not text and r_edits[k].rule == LYRIC_MARK:
                # a sung line's music mark, gone from the text, stays on the caption's line
                text = r_edits[k].original
            if not text or text.isspace():
                if first in turn_at:
                    turned.append((len(texts), turn_at[first]))
                if texts and len(texts) - 1 not in cut:
                    cut[len(texts) - 1] = first
                continue
            if " " in text or "\n" in text or "\t" in text:
                text = " ".join(text.split())
        else:
            text = tok.text
            kept = tok._end  # (None where the end is the start and the text's length: `Token`)
            e = s + len(text) if kept is None else kept
            i += 1
        if first in turn_at:
            turned.append((len(texts), turn_at[first]))
            new_turn = True
        else:
            new_turn = False
        gap = source[last_end:s]
        if gap != " " and texts and not new_turn and (
                not gap or (not gap.isspace() and not rendering.separated(last_end, s))):
            texts[-1] += text  # no space between them in the text ("word" ".")
            unit = len(texts) - 1
            stop = cut.pop(unit, first)  # the unit's stop so far
            merged_end[unit] = max(merged_end.get(unit, t_ends[stop - 1]), t_ends[i - 1])
        else:
            add_text(text)
            add_first(first)
        last_end = e
    u.stops = stops = firsts[1:]
    stops.append(n)
    for unit, stop in cut.items():
        stops[unit] = stop
    turns, done, turn = u.turn, 0, -1
    for at, new in turned:
        turns += [turn] * (at - done)
        done, turn = at, new
    turns += [turn] * (len(texts) - done)
    # (a turn changes only where one starts: no walk of every unit's turn)
    u.changes = sorted({at for at, _ in turned
                        if 0 < at < len(texts) and turns[at] != turns[at - 1]})
    u.token_starts = t_starts
    # (an array is built fastest from a list: from an iterator it grows item by item)
    if short:
        # (one C call picks them all: the ends shifted by one, so that a unit's stop picks
        # its last token's; the leading pick keeps the result a tuple for a single unit)
        shifted = array("d", (0.0,)) + t_ends if isinstance(t_ends, array) else [0.0, *t_ends]
        ends_at = list(itemgetter(0, *stops)(shifted)[1:])
        del shifted
    else:
        ends_at = [t_ends[s - 1] for s in stops]
    # (a list only of the floats a `Times` holds: other times may be ints, which the array
    # made floats)
    u.ends = ends = ends_at if short and isinstance(doc.times, Times) else doubles(ends_at)
    del ends_at
    for unit, end in merged_end.items():
        ends[unit] = end
    # (the units a sentence opens found from the starts, by bisection: not a look-up a unit)
    u.sentence = sentence = [False] * len(texts)
    for at in doc.sentence_starts:
        k = bisect.bisect_left(firsts, at)
        if k < len(texts) and firsts[k] == at:
            sentence[k] = True
    u.lens = list(map(len, texts))
    u.spaced = [w + 1 for w in u.lens]
    joined_to = list(accumulate(u.spaced, initial=0))
    u.joined_to = joined_to if short else array("Q", joined_to)
    return u


def _source_cue_ends(doc: Document, firsts: Sequence[int], breaks: list[float]) -> set[int]:
    """Pop-on source cues (a subtitle file's) are the captioner's: between two of them (each
    keeping its words: not a roll-up copy whose repeated words went), a source cue's end that
    parts no phrase (a break dearer than `BAD_CUE_END` does) is as cheap a cue end as a comma,
    and the units that open such a cue are returned, so that a cue spanning them costs
    `MERGE_COST` each (`Layout._segment`): cues cut anew mixed two of theirs ("Pool. | Dead.").
    Roll-up and word-by-word cues, each adding a word or two to the last, keep the costs."""
    anchors = [a for a in doc.anchors if a.kind == "cue"]
    if len(anchors) < 2:
        return set()
    tokens = doc.tokens
    at = [bisect.bisect_left(firsts, a.index) for a in anchors]
    stops = [a.index for a in anchors[1:]] + [len(tokens)]
    kept = []  # whether each source cue kept its words (most of them: a mark may go)
    for n, a in enumerate(anchors):
        units = (at[n + 1] if n + 1 < len(at) else len(firsts)) - at[n]
        words = sum(t.kind == "word" for t in tokens[a.index:stops[n]])
        kept.append(units > 0 and 2 * units >= words)
    opening = set()
    for n in range(1, len(at)):
        k = at[n]
        if kept[n - 1] and kept[n] and 0 < k < len(firsts):
            opening.add(k)
            if breaks[k - 1] < BAD_CUE_END:
                breaks[k - 1] = min(breaks[k - 1], SOURCE_CUE_END)
    return opening


def _kept_cues(doc: Document, u: _Units, breaks: list[float], labels: dict[int, str | None],
               o: Options) -> dict[int, tuple[int, list[str], int, int, int]]:
    """The source cues (a subtitle file's) that already keep the layout rules, by their
    first unit: (stop, lines, characters a label adds, start and end in ms). Such a cue keeps
    its times and its cut, its lines too where they fit and break no phrase (else they are
    set anew); a cue that breaks a rule (line width or count, reading speed, duration, gap
    to its neighbours, measured on the cleaned words), holds a change of speaker, or lost
    words to the cleaning (a roll-up copy) is cut again with its neighbours. Cleaning our
    own SRT again re-cut every cue, and each too-fast cue moved the next 0.25 s later
    (`cuetimes.SYNC_LAG`) on every cleaning (qa50)."""
    anchors = [a for a in doc.anchors if a.kind == "cue"]
    if not anchors or any(a.until is None for a in anchors):
        return {}
    tokens, source = doc.tokens, doc.source
    firsts, stops, texts, lens, turn = u.firsts, u.stops, u.texts, u.lens, u.turn
    joined_to = u.joined_to
    n_units = len(texts)
    width, max_lines = o.max_line_chars, o.max_lines
    gap, min_ms, max_ms = limits_ms(o)
    at = [bisect.bisect_left(firsts, a.index) for a in anchors]
    times = [(round(a.seconds * 1000), round((a.until or 0.0) * 1000)) for a in anchors]
    bounds = list(zip(at, at[1:] + [n_units]))
    # whether each source cue's words read within the speed over its own times: a cue next
    # to one that does not is cut again with it (the two may share the time as one cue)
    slow = [reading_ms(max(0, joined_to[j] - joined_to[i] - 1), o.max_cps) <= e - s
            for (i, j), (s, e) in zip(bounds, times)]
    out: dict[int, tuple[int, list[str], int, int, int]] = {}
    for n, a in enumerate(anchors):
        i, j = bounds[n]
        if not slow[n] or (n and not slow[n - 1]) or (n + 1 < len(slow) and not slow[n + 1]):
            continue
        stop = anchors[n + 1].index if n + 1 < len(anchors) else len(tokens)
        start_ms, end_ms = times[n]
        if not i < j or (i and stops[i - 1] > a.index) or stops[j - 1] > stop \
                or not min_ms <= end_ms - start_ms <= max_ms \
                or (n and start_ms - times[n - 1][1] < gap) \
                or (n + 1 < len(times) and times[n + 1][0] - end_ms < gap) \
                or any(turn[k] != turn[i] for k in range(i + 1, j)) \
                or 2 * (j - i) < sum(t.kind == "word" for t in tokens[a.index:stop]):
            continue
        label = labels.get(i)
        first_width = width - len(label) if label else width
        if first_width < MIN_FIRST_WIDTH:
            first_width = width
        # the source's own lines: where a line break stands between two of the cue's words
        lines: list[str] = []
        line = [texts[i]]
        fits = True
        for k in range(i + 1, j):
            if "\n" in source[tokens[stops[k - 1] - 1].end:tokens[firsts[k]].start]:
                fits = fits and breaks[k - 1] < BAD_LINE_BREAK
                lines.append(" ".join(line))
                line = []
            line.append(texts[k])
        lines.append(" ".join(line))
        if not fits or len(lines) > max_lines or len(lines[0]) > first_width or \
                any(len(x) > width for x in lines[1:]):
            got = setting(texts[i:j], breaks[i:j - 1], width, max_lines,
                          first_width if first_width != width else None, lens[i:j])
            if got is None:
                continue
            lines = got[0]
        extra = width - first_width
        if reading_ms(cue_chars(lines) + extra, o.max_cps) > end_ms - start_ms:
            continue
        out[i] = (j, lines, extra, start_ms, end_ms)
    return out


Recut = list[tuple[int, int, list[tuple[int, int, list[str], int]]]]
"""The cues SRT sets or cuts again for its ">> " (`Layout._marked`): where in the spans
they start, how many, and SRT's spans in their place."""


def _spliced(spans: list[tuple[int, int, list[str], int]], recut: Recut, lo: int, hi: int
             ) -> list[tuple[int, int, list[str], int]]:
    """``spans[lo:hi]`` with SRT's spans in place of those ``recut`` replaces there."""
    out: list[tuple[int, int, list[str], int]] = []
    k = lo
    for at, n, srt in recut:
        if lo <= at and at + n <= hi:
            out += spans[k:at] + srt
            k = at + n
    return out + spans[k:hi]


def _srt_cues(doc: Document, o: Options, u: _Units, spans: list[tuple[int, int, list[str], int]],
              cues: list[Cue], recut: Recut, named: bool,
              kept: dict[int, tuple[int, list[str], int, int, int]], wins: Bounds
              ) -> tuple[Cue, ...]:
    """SRT's cues: ``cues`` (the same objects) but where ``recut`` gives SRT its own, each
    such stretch timed among the two cues on each side as they stand; empty where the
    stretch's times would move a cue beside it, or two stretches touch (the caller then
    times SRT's cues whole). A stretch that only sets the lines of WebVTT's cues anew (the
    same words, the same characters to read: `Layout._marked`'s re-set first cue and the
    turn's other cues as they are) keeps WebVTT's times, as timing SRT's cues whole gives
    them (they depend on a cue's words and characters only): no timing."""
    out: list[Cue] = []
    k = -1
    timed = False  # whether the stretch before was timed (not only set anew)
    for at, n, srt in recut:
        if at < k:
            return ()
        if len(srt) == n and all(
                s[0] == w[0] and s[1] == w[1] and s[3] == w[3] and
                cue_chars(s[2]) == cue_chars(w[2]) for s, w in zip(srt, spans[at:at + n])):
            # (beside a timed stretch too: that one's timing held this cue's times)
            timed = False
            out += cues[max(k, 0):at]
            for (_, _, lines, _), c in zip(srt, cues[at:at + n]):
                out.append(c if c.lines == tuple(lines) else new_cue(
                    c.start, c.end, tuple(lines), c.speaker, c.first, c.stop))
            k = at + n
            continue
        if at == k and timed:
            return ()  # two timed stretches touch: SRT's cues are timed whole
        timed = True
        lo, hi = max(0, at - 2), min(len(spans), at + n + 2)
        local = spans[lo:at] + srt + spans[at + n:hi]
        fixed = {m: kept[i][3:] for m, (i, j, _, _) in enumerate(local)
                 if i in kept and kept[i][0] == j}
        around = [(m, cues[lo + m]) for m in range(at - lo)] + \
            [(len(local) - (hi - x), cues[x]) for x in range(at + n, hi)]
        for m, c in around:
            fixed[m] = (round(c.start * 1000), round(c.end * 1000))
        got = fit_times(doc, o, u, local, named, fixed, wins)[0]
        # (the cue just before and just after must stand; the outer two only hold them)
        if any((got[m].start, got[m].end) != (c.start, c.end) for m, c in around
               if m == at - lo - 1 or m == len(local) - (hi - at - n)):
            return ()
        out += cues[max(k, 0):at] + got[at - lo:len(local) - (hi - at - n)]
        k = at + n
    return tuple(out + cues[max(k, 0):])


class Layout:
    """The layout stage; keeps the break-cost cache across documents."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.costs = BreakCosts()
        o = options
        self._capacity = min(o.max_lines * o.max_line_chars, int(o.max_cps * o.max_duration))
        # how much an end that fills ``chars`` of the cue is worth (less is better)
        self._fill = [6.0 * (1.0 - chars / self._capacity) for chars in range(self._capacity + 1)]

    def __call__(self, doc: Document) -> Document:
        if not doc.times or not doc.tokens:
            return doc
        u = _units(doc)
        if not u.texts:
            return doc.replace(cues=(), srt_cues=())
        # Labels when speakers change, or when the one speaker is named in the source.
        named = len({t.speaker for t in doc.turns}) > 1 or any(t.label for t in doc.turns)
        texts, turn = u.texts, u.turn
        breaks = self.costs.costs(texts, u.sentence)
        breaks.append(0.0)
        # units where the speaker turn changes: a free break, and a new segment
        changes = u.changes
        for b in changes:
            breaks[b - 1] = 0.0
        # words further apart in time than a cue may last never share one: a free break (such
        # gaps open only where the source sets a time: at a clock line or a caption cue,
        # perhaps inside a unit that an edit joined across it)
        starts, firsts, ends = u.token_starts, u.firsts, u.ends
        longest = self.options.max_duration
        for anchor in doc.anchors:
            k = bisect.bisect_right(firsts, anchor.index) - 1
            if k > 0 and ends[k] - starts[firsts[k - 1]] > longest:
                breaks[k - 1] = 0.0
            elif k > 0 and starts[firsts[k]] - ends[k - 1] >= PAUSE:
                # a pause the source sets (a sparse minute, a gap between caption cues) that
                # the phrase before it cannot cross within one cue: a cue may end there as
                # after a comma, so that the phrase joins the cue before instead of standing
                # alone ("and as we" | pause | "start off the day")
                j = k - 1
                while j > max(0, k - 12) and breaks[j - 1] > GOOD_CUE_END:
                    j -= 1
                if ends[k] - starts[firsts[j]] > longest:
                    breaks[k - 1] = min(breaks[k - 1], 1.0)
        opening = _source_cue_ends(doc, firsts, breaks)
        if len(doc.tokens) <= SHORT_PAGE:
            ends_cost = [c + CONTENT_END if c >= FREE_BREAK else c for c in breaks]
        else:
            # (on a long page one float object per distinct cost, shared: the breaks take
            # few values, and a new float a word is ~7 MB held through the stage on a
            # 300,000-word page; a short page's few are made faster than the shared ones
            # are looked up)
            shifted = {c: c + CONTENT_END for c in set(breaks) if c >= FREE_BREAK}
            ends_cost = list(map(shifted.get, breaks, breaks))
            del shifted
        # the source interval each unit's words lie in (a caption cue, a clock minute): inside
        # one, `timing` spreads their times evenly (a slow pop-on cue, a sparse or cut-off
        # minute), they are not heard so
        found = windows(doc)
        win = [w.first for w in found] or None
        # (kept for the cue times on a short page; a long page's found again then)
        wins: list[Window] | None = found if len(doc.tokens) <= SHORT_PAGE else None
        del found
        spans: list[tuple[int, int, list[str], int]] = []
        labels: dict[int, str | None] = {}
        chevrons = self.options.speaker_mark == "chevrons"
        a = 0
        for b in changes + [len(texts)]:
            # room for the prefix the SRT writer puts on the first line of a turn: "NAME: "
            # for a speaker the source names, ">> " for one without a name after another
            # speaker (`srt_prefix`)
            t = doc.turns[turn[a]] if turn[a] >= 0 else None
            labels[a] = srt_prefix(t.display_name, t.named) if named and t is not None and \
                self.options.speaker_labels and (t.named or a > 0 and chevrons) else None
            a = b
        # (a source cue is kept for every output without room for SRT's ">> " or "NAME: ":
        # SRT's own lines, or cut, where its prefix needs room, `_marked_kept`)
        kept = _kept_cues(doc, u, breaks, {}, self.options)
        recut: Recut = []  # (`_marked`: SRT's own cues for its ">> ")
        order = sorted(kept)  # (each turn's kept cues by bisection: one look at each)
        a = 0
        for b in changes + [len(texts)]:
            label = labels[a]
            # a source cue that keeps the rules stays as it is (`_kept_cues`); the words
            # between such cues are cut as before
            k = a
            # (a kept cue SRT cannot open with its ">> " or "NAME: ": SRT cuts it and the
            # words after it up to the next kept cue again with the room, as if it were not
            # kept)
            pending = -1
            for i in order[bisect.bisect_left(order, a):bisect.bisect_left(order, b)]:
                if k < i:
                    self._cut(u, breaks, ends_cost, k, i, label if k == a else None, win,
                              opening, spans, recut)
                if pending >= 0:
                    recut.append((pending, len(spans) - pending, self._segment(
                        u, breaks, ends_cost, a, i, label, win, opening)))
                    pending = -1
                j, lines, extra, _, _ = kept[i]
                room = self._room(label) if i == a else 0
                if room and len(lines[0]) + room > self.options.max_line_chars:
                    got = self._marked_kept(u, breaks, i, j, room)
                    if got is not None:
                        recut.append((len(spans), 1, [(i, j, got, room)]))
                    else:
                        pending = len(spans)
                spans.append((i, j, lines, extra))
                k = j
            if k < b:
                self._cut(u, breaks, ends_cost, k, b, label if k == a else None, win,
                          opening, spans, recut)
            if pending >= 0:
                recut.append((pending, len(spans) - pending, self._segment(
                    u, breaks, ends_cost, a, b, label, win, opening)))
            a = b
        srt_spans: list[tuple[int, int, list[str], int]] = []
        dialogues = changes and named and (doc.metadata.get("format") in ("srt", "vtt", "ssa")
                                           or doc.ours)  # (our own JSON too)
        if recut and dialogues:  # (SRT's cues merged as dialogues on their own, timed whole)
            srt_spans = _spliced(spans, recut, 0, len(spans))
        if dialogues:
            spans = self._dialogues(doc, u, spans)
            if srt_spans:
                srt_spans = self._dialogues(doc, u, srt_spans)
        # the units' texts and widths and the break costs are spent: freed before the cue
        # times are fitted (tens of MB on a long input)
        del texts, breaks, ends_cost
        u.texts, u.lens, u.spaced, u.sentence, u.joined_to = [], [], [], [], array("Q")
        fixed = {k: kept[i][3:] for k, (i, j, _, _) in enumerate(spans)
                 if i in kept and kept[i][0] == j} if kept else {}
        bounds = Bounds(doc, windows(doc) if wins is None else wins)  # (once: SRT's too)
        cues, spilled, fast = fit_times(doc, self.options, u, spans, named, fixed, bounds)
        srt_cues: tuple[Cue, ...] = ()
        if recut and not srt_spans:
            srt_cues = _srt_cues(doc, self.options, u, spans, cues, recut, named, kept, bounds)
            if not srt_cues:
                srt_spans = _spliced(spans, recut, 0, len(spans))
        if srt_spans:
            fixed = {k: kept[i][3:] for k, (i, j, _, _) in enumerate(srt_spans)
                     if i in kept and kept[i][0] == j} if kept else {}
            same = {(c.first, c.stop): c for c in cues}
            srt_cues = tuple(  # (a cue as WebVTT's: the same object, not a copy)
                c if (d := same.get((c.first, c.stop))) is None or d != c else d
                for c in fit_times(doc, self.options, u, srt_spans, named, fixed, bounds)[0])
        diagnostics = doc.diagnostics
        said = reading_warning(spilled, fast, self.options.max_cps)
        if said is not None:
            diagnostics += (Diagnostic("reading-speed", said),)
        metadata = doc.metadata
        if (metadata.get(MARK_KEY) or "chevrons") != self.options.speaker_mark:
            # the SRT writer's mark (`writers.srt`), said only when not the default one
            metadata = {k: v for k, v in metadata.items() if k != MARK_KEY}
            if not chevrons:
                metadata[MARK_KEY] = self.options.speaker_mark
        if bool(metadata.get(COLOUR_KEY)) != self.options.speaker_colours:
            # the writers' speaker colours (`writers.webvtt.speaker_colours`), said when on
            metadata = {k: v for k, v in metadata.items() if k != COLOUR_KEY}
            if self.options.speaker_colours:
                metadata[COLOUR_KEY] = True
        return doc.replace(cues=tuple(cues), srt_cues=srt_cues, diagnostics=diagnostics,
                           metadata=metadata)

    def _dialogues(self, doc: Document, u: _Units, spans: list[tuple[int, int, list[str], int]]
                   ) -> list[tuple[int, int, list[str], int]]:
        """Two speakers without a name whose lines one source cue held, the change marked
        there ("- Ready?" / "- Not yet."), each a cue of one line, share one cue again as
        subtitles write a dialogue: a line each, which the SRT and WebVTT writers open with
        "- " (the cue's lines are the text's), when both fit a line so and the cue may have
        two lines."""
        o = self.options
        if o.max_lines < 2:
            return spans
        starts = [w.first for w in windows(doc) if w.first < len(doc.tokens)]
        if not starts:
            return spans
        turns, turn, firsts, stops = doc.turns, u.turn, u.firsts, u.stops
        width = o.max_line_chars
        marked = sorted(m.index for m in doc.markers if m.kind == "speaker")
        if not marked:
            return spans

        def marks(after: int, until: int) -> bool:
            """Whether the source marks a change of speaker (a dash, ">>", a voice) between
            the tokens (a change the turns infer is no dialogue the source wrote)."""
            k = bisect.bisect_left(marked, after)
            return k < len(marked) and marked[k] <= until

        def window(unit: int) -> int:
            return bisect.bisect_right(starts, firsts[unit]) - 1

        out: list[tuple[int, int, list[str], int]] = []
        k = 0
        while k < len(spans):
            i, j, lines, _ = spans[k]
            if k + 1 < len(spans):
                i2, j2, lines2, _ = spans[k + 1]
                t1, t2 = turn[i], turn[i2]
                if t1 != t2 and t1 >= 0 and t2 >= 0 and len(lines) == 1 and len(lines2) == 1 \
                        and not turns[t1].named and not turns[t2].named \
                        and window(i) == window(j - 1) == window(i2) == window(j2 - 1) \
                        and marks(stops[j - 1], firsts[i2]) \
                        and len(lines[0]) + 2 <= width and len(lines2[0]) + 2 <= width:
                    # read: the lines and the writers' two dashes only. The spans' extra
                    # characters are the room of SRT's ">> " on a turn's first cue
                    # (`_marked`; the turns are unnamed, so no "NAME: "), which no writer
                    # puts on a dialogue's lines
                    out.append((i, j2, [lines[0], lines2[0]], 2 * len(DIALOGUE_DASH)))
                    k += 2
                    continue
            out.append(spans[k])
            k += 1
        return out

    def _segment(self, u: _Units, breaks: list[float], ends_cost: list[float], a: int, b: int,
                 label: str | None, win: list[int] | None = None,
                 opening: set[int] | None = None) -> list[tuple[int, int, list[str], int]]:
        """Cues over units ``[a, b)`` (one speaker turn): from each start, the cheapest end
        among those that fit, weighing the break cost against how full the cue is. Words of
        one source interval (``win``: the intervals' first tokens) may share a cue however
        far apart `timing` spread them (a 30-second pop-on cue of seven words is one cue, not
        seven). ``ends_cost``: what a cue end costs at each break (`CONTENT_END`)."""
        o = self.options
        width, max_lines, max_duration = o.max_line_chars, o.max_lines, o.max_duration
        first_width = width - len(label) if label else width
        if first_width < MIN_FIRST_WIDTH:
            first_width = width  # a label as long as a line: it overflows its line anyway
        capacity, fill = self._capacity, self._fill
        texts, ends, lens, firsts = u.texts, u.ends, u.lens, u.firsts
        starts = u.token_starts
        spaced, joined_to = u.spaced, u.joined_to
        # An end j leaves a scrap for the next cue (0 < joined_to[b] - joined_to[j] < 16)
        # exactly when scrap <= j < b.
        scrap = bisect.bisect_right(joined_to, joined_to[b] - 16, a, b + 1)

        def paused(j: int) -> bool:
            """Whether the source sets a silence of `PAUSE` before unit ``j`` (a film's next
            subtitle, a sparse minute): the words after it are no scrap of this cue's
            sentence but said later, and showing them here shows them before they are
            said ("Ten, maybe 11." | 4 s | "Go on.")."""
            return starts[firsts[j]] - ends[j - 1] >= PAUSE
        cues: list[tuple[int, int, list[str], float]] = []
        bad = False
        i = a
        while i < b:
            fw = first_width if i == a else width
            best_j = i + 1
            chars = lens[i]
            if chars <= fw and chars <= capacity:  # else the word alone is too long for a cue
                start = starts[firsts[i]]
                line, lines, limit = chars, 1, fw
                j = i + 1
                merged = 0.0
                best_score = ends_cost[i] + fill[chars]
                if scrap <= j < b and not paused(j):
                    best_score += 3.0
                while j < b:
                    if ends[j] - start > max_duration and (
                            win is None or bisect.bisect_right(win, firsts[j])
                            != bisect.bisect_right(win, firsts[i])):
                        break
                    # (`cueplan.plan` fills lines the same way: change both together)
                    w1 = spaced[j]  # the word and the space before it
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
                    if opening and j in opening and (chars - w1) <= o.max_cps * max(
                            o.min_duration, starts[firsts[j]] - start):
                        # the cue takes in the next source cue, though it reads slowly
                        # enough alone (one that reads too fast may borrow the next's time)
                        merged += MERGE_COST
                    score = ends_cost[j] + fill[chars] + merged
                    j += 1
                    if scrap <= j < b and not paused(j):
                        score += 3.0
                    if score <= best_score:
                        best_j, best_score = j, score
            got = setting(texts[i:best_j], breaks[i:best_j - 1], width, max_lines,
                          fw if fw != width else None, lens[i:best_j])
            if got is not None and got[1] >= BAD_LINE_BREAK:
                best_j, got = self._better_end(u, breaks, ends_cost, i, best_j, b, fw, got)
            elif got is not None and _opener_at_line_end(u, i, got[0]):
                # "George Zimmerman. Was | it murder": a cue ending before the sentence may
                # set it better, reviewed as a bad break is
                best_j, got = self._better_end(u, breaks, ends_cost, i, best_j, b, fw,
                                               (got[0], BAD_LINE_BREAK + 1))
            if got is None:
                # (a word longer than the cue's lines keeps every character: a cue of more
                # lines, which `check` reports, rather than text lost)
                cues.append((i, best_j, hard_wrap(" ".join(texts[i:best_j]), min(fw, width)),
                             0.0))
            else:
                cues.append((i, best_j, got[0], got[1]))
                if got[1] >= BAD_LINE_BREAK or best_j < b and breaks[best_j - 1] >= BAD_CUE_END:
                    bad = True
            i = best_j
        if not bad:  # a short cue after the first: perhaps a sentence's tail (`cueplan.tail`)
            bad = any(joined_to[j] - joined_to[i] <= TAIL_CHARS for i, j, _, _ in cues[1:])
        if bad:  # the stretches around the cues that break badly, planned again together
            cues = replan(Stretch(
                texts, lens, spaced, joined_to, ends, starts, firsts, breaks, fill, a, b,
                width, first_width, max_lines, max_duration, o.min_duration, o.max_cps,
                len(label) if label else 0, capacity, win,
                lambda k, lines: _opener_at_line_end(u, k, lines)), cues)
        # An SRT speaker label ("NAME: ") is read too: count it in the reading speed.
        return [(i, j, lines, 0 if i != a else width - first_width)
                for i, j, lines, _ in cues]

    def _cut(self, u: _Units, breaks: list[float], ends_cost: list[float], a: int, b: int,
             label: str | None, win: list[int] | None, opening: set[int] | None,
             spans: list[tuple[int, int, list[str], int]], recut: Recut) -> None:
        """`_segment`'s cues added to ``spans``; `_marked`'s for a turn SRT opens with ">> "
        (SRT's own cues, where they differ, to ``recut``); for a turn SRT opens with "NAME: ",
        its first cue's lines set for WebVTT's full line (`_unlabelled`)."""
        if label != MARK_PREFIX:
            cut = self._segment(u, breaks, ends_cost, a, b, label, win, opening)
            if label is not None and len(cut[0][2]) > 1 and cut[0][3]:
                lines = self._unlabelled(u, breaks, cut[0])
                if lines is not None:
                    recut.append((len(spans), 1, cut[:1]))
                    cut[0] = (cut[0][0], cut[0][1], lines, cut[0][3])
            spans.extend(cut)
            return
        cut, srt = self._marked(u, breaks, ends_cost, a, b, win, opening)
        if srt is not None:
            recut.append((len(spans), len(cut), srt))
        spans.extend(cut)

    def _unlabelled(self, u: _Units, breaks: list[float], span: tuple[int, int, list[str], int]
                    ) -> list[str] | None:
        """The lines of a named turn's first cue (``span``, cut with room for SRT's "NAME: "
        label on its first line) for WebVTT, which writes the name in ``<v Name>``, not on
        the line: its words set for the full line (its cut, times and reading time, the
        label's characters included, kept: SRT keeps them too), None where they set the
        same or break worse."""
        i, j, lines, _ = span
        o = self.options
        got = setting(u.texts[i:j], breaks[i:j - 1], o.max_line_chars, o.max_lines, None,
                      u.lens[i:j])
        if got is None or got[0] == lines or got[1] >= BAD_LINE_BREAK or \
                _opener_at_line_end(u, i, got[0]):
            return None
        return got[0]

    def _room(self, label: str | None) -> int:
        """The characters SRT's prefix takes on a turn's first line (`srt_prefix`): ">> "'s
        always; a "NAME: " label's where it leaves `MIN_FIRST_WIDTH` of the line (a longer
        one overflows the line, as `_segment` lets it)."""
        if label is None:
            return 0
        if label == MARK_PREFIX or self.options.max_line_chars - len(label) >= MIN_FIRST_WIDTH:
            return len(label)
        return 0

    def _marked_kept(self, u: _Units, breaks: list[float], i: int, j: int, room: int
                     ) -> list[str] | None:
        """SRT's lines for a kept source cue (`_kept_cues`) that opens a turn SRT marks with
        ">> " or "NAME: " and whose first line leaves no ``room`` for it: its words set anew
        with the room (its cut and times kept), None where they do not fit so or break
        badly."""
        width = self.options.max_line_chars
        got = setting(u.texts[i:j], breaks[i:j - 1], width, self.options.max_lines,
                      width - room, u.lens[i:j]) if width - room >= MIN_FIRST_WIDTH else None
        if got is None or got[1] >= BAD_LINE_BREAK or _opener_at_line_end(u, i, got[0]):
            return None
        return got[0]

    def _marked(self, u: _Units, breaks: list[float], ends_cost: list[float], a: int, b: int,
                win: list[int] | None, opening: set[int] | None
                ) -> tuple[list[tuple[int, int, list[str], int]],
                   list[tuple[int, int, list[str], int]] | None]:
        """`_segment` for a turn whose first cue SRT opens with ">> ": the cues of every
        output, cut and set as WebVTT needs them (no room: WebVTT writes a ``<v>`` span,
        not the mark), the mark's three characters counted in the first cue's reading time
        so that SRT keeps the same times; and, where the first cue's first line leaves no
        room for the mark, SRT's own cues of the turn (else None): the first cue's words
        set anew with the room, or, where they do not fit beside the mark (a full cue) or
        would break badly, the turn cut again with it."""
        cues = self._segment(u, breaks, ends_cost, a, b, None, win, opening)
        room = len(MARK_PREFIX)
        i, j, lines, _ = cues[0]
        cues[0] = (i, j, lines, room)
        width = self.options.max_line_chars
        if len(lines[0]) + room <= width:
            return cues, None
        was = setting(u.texts[i:j], breaks[i:j - 1], width, self.options.max_lines,
                      None, u.lens[i:j])
        got = setting(u.texts[i:j], breaks[i:j - 1], width, self.options.max_lines,
                      width - room, u.lens[i:j])
        if got is None or width - room < MIN_FIRST_WIDTH or \
                got[1] >= BAD_LINE_BREAK > (was[1] if was is not None else 0.0) or \
                _opener_at_line_end(u, i, got[0]):  # ("not true. That | is false")
            return cues, self._segment(u, breaks, ends_cost, a, b, MARK_PREFIX, win, opening)
        return cues, [(i, j, got[0], room)] + cues[1:]

    def _better_end(self, u: _Units, breaks: list[float], ends_cost: list[float], i: int,
                    j: int, b: int, fw: int,
                    got: tuple[list[str], float]) -> tuple[int, tuple[list[str], float] | None]:
        """A cue ``[i, j)`` whose lines must break badly ("into a | reheated"): the end in
        ``(i, j]`` with the least cue-end cost, fill and line-break penalty together (the
        penalty: three times what the dearest line break costs above `BAD_LINE_BREAK` - 1), among
        ``j`` and the ends no dearer than `GOOD_CUE_END`."""
        o = self.options
        fill, joined_to, lens, texts = self._fill, u.joined_to, u.lens, u.texts
        scrap = joined_to[b] - 16

        def score(end: int, worst: float) -> float:
            chars = joined_to[end] - joined_to[i] - 1
            extra = 3.0 if end < b and joined_to[end] > scrap else 0.0
            penalty = 3.0 * max(0.0, worst - BAD_LINE_BREAK + 1)
            return ends_cost[end - 1] + fill[chars] + extra + penalty

        best, best_end, best_got = score(j, got[1]), j, got
        for end in range(j - 1, i, -1):
            if breaks[end - 1] > GOOD_CUE_END or \
                    breaks[end - 1] + fill[joined_to[end] - joined_to[i] - 1] >= best:
                continue  # a poor end, or one that would lose even with lines that break well
            other = setting(texts[i:end], breaks[i:end - 1], o.max_line_chars, o.max_lines,
                            fw if fw != o.max_line_chars else None, lens[i:end])
            if other is not None and score(end, other[1]) < best:
                best, best_end, best_got = score(end, other[1]), end, other
        return best_end, best_got

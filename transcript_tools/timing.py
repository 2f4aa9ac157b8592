"""Timing: an estimated start and end for every token, from the anchors in the source.

A pipeline stage run before `layout`. Wall-clock lines split the tokens into blocks: the words
between two clock lines were spoken in that interval and share it by spoken length (syllables);
before the first and after the last, the transcript's own speaking rate extrapolates. Caption
cues (SRT/WebVTT input) spread their words over the cue, or between the timestamps inside it
(YouTube times each word so); times a reader already set (word
times of Whisper-style JSON) are kept. Times are seconds from the media start: the
``media_start`` option, else the programme header, else the first word; a media start after
a clock line (its words would fall before the media) gives way to the first word, with a
warning.
"""

from __future__ import annotations

import bisect
import struct
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, islice

import regex

from .lazypattern import lazy_regex
from .model import Anchor, Diagnostic, Document, Times, Token
from .options import Options

_VOWEL_GROUPS = regex.compile(r"[aeiouy]+")
_DIGIT = regex.compile(r"\d")
SYLLABLES_PER_WORD = 1.4
"""Used for the default rate only when the text has no words to measure."""


def syllables(token: Token) -> float:
    """Spoken length of a token in syllables (a rough count: vowel groups, digits spoken)."""
    if token.kind == "punct":
        return 0.0
    if token.kind == "sound":
        return 1.0
    return _word_syllables(token.text.lower())


def _word_syllables(text: str) -> float:
    digits = len(_DIGIT.findall(text))
    if digits:
        return 1.5 * digits
    groups = len(_VOWEL_GROUPS.findall(text))
    if text.endswith("e") and groups > 1 and not text.endswith(("le", "ee")):
        groups -= 1
    return float(max(1, groups))


_CHUNK = 4096
"""Doubles `doubles` packs at a time."""


def doubles(values: Sequence[float]) -> array[float]:
    """``array("d", values)``, the values packed by `struct` (a double each at C speed: the
    array converts each item as it parses a call's argument, ~2x the instructions), a chunk
    at a time (no whole column held twice more on a long input)."""
    out = array("d")
    pack = struct.pack
    for k in range(0, len(values), _CHUNK):
        part = values[k:k + _CHUNK]
        out.frombytes(pack(f"{len(part)}d", *part))
    return out


@dataclass(frozen=True, slots=True)
class Window:
    """Tokens from ``first`` on were spoken between ``lo`` and ``hi`` (seconds from the media
    start; None where the source gives no bound)."""

    first: int
    lo: float | None
    hi: float | None


class _Syllables(dict[str, float]):
    """Syllables per word text, counted on first sight."""

    def __missing__(self, text: str) -> float:
        if len(self) > 500_000:
            self.clear()  # bounded across a long batch
        weight = self[text] = _word_syllables(text.lower())
        return weight


class Timer:
    """The timing stage; keeps a per-word-type cache of syllable counts."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._weights = _Syllables()

    def weights(self, tokens: tuple[Token, ...]) -> list[float]:
        syllables = self._weights
        return [syllables[t.text] if t.kind == "word" else 0.0 if t.kind == "punct" else 1.0
                for t in tokens]

    def __call__(self, doc: Document) -> Document:
        n = len(doc.tokens)
        if not n or len(doc.times) == n:
            return doc
        weights = self.weights(doc.tokens)
        cue_anchors = [a for a in doc.anchors if a.kind == "cue"]
        _unspoken(doc, weights, _CUE_COPIES if cue_anchors else _PAGE_COPIES)
        if cue_anchors:
            _removed_heads(doc, weights, cue_anchors)
        cum = list(accumulate(weights, initial=0.0))
        words = [t.kind for t in doc.tokens].count("word") or 1
        default_rate = self.options.words_per_minute / 60 * (cum[n] / words or
                                                              SYLLABLES_PER_WORD)
        if cue_anchors:
            spread = _spread_over_cues(cue_anchors, cum, n, _inline_times(doc), default_rate)
            return doc.replace(times=Times((t for t, _ in spread), (t for _, t in spread)),
                               metadata=dict(doc.metadata, media_start=0.0))
        anchors = usable_clock_anchors(doc.anchors)
        rate = _rate(anchors, cum) or default_rate
        # A rate far from human speech means sparse text (music, silence): use the default.
        if not default_rate / 2 <= rate <= default_rate * 2:
            rate = default_rate
        blocks = _clock_blocks(anchors, cum, n, rate, doc.sentence_starts)
        media_start = self.options.media_start
        if media_start is None:
            media_start = doc.metadata.get("media_start")
        if media_start is None:
            media_start = _start_of(blocks, cum, _first_word(doc.tokens))
        elif anchors and media_start - anchors[0].seconds > 43200:
            media_start -= 86400  # the programme started the day before the first clock line
        diagnostics = doc.diagnostics
        metadata = dict(doc.metadata)
        if anchors and media_start is not None and anchors[0].seconds < media_start \
                and self.options.media_start is None \
                and (hours := _zone_hours(anchors[0].seconds, media_start)):
            # the header's time and the clock lines' differ by whole hours (an archive page
            # shows its clock lines in another time zone than the header's): a zone, not an error
            media_start -= hours * 3600
            metadata["clock_offset_hours"] = -hours
        elif anchors and media_start is not None and self.options.media_start is None \
                and (hours := _clock_hours_ahead(anchors[0].seconds, media_start, metadata)):
            # the clock lines run whole hours ahead of the header, the first at or after the
            # programme's end (a header in standard time through the summer: "11:05pm-12:05am
            # PST" over clock lines from 12:05 am): a zone, not a page an hour into the show
            media_start += hours * 3600
            metadata["clock_offset_hours"] = hours
        if anchors and media_start is not None and anchors[0].seconds < media_start:
            media_start, warning = _late_start(doc, anchors, blocks, cum, media_start)
            diagnostics += (warning,)
        starts, ends = array("d"), array("d")  # as `_spans` pairs them, without the pairs
        for first, stop, t0, span in blocks:
            # (an array from a list, extended by its slices: no float object per item)
            points = doubles(_points(cum, first, stop, t0, span, media_start))
            starts += points[:-1]
            ends += points[1:]
        return doc.replace(times=Times(starts, ends), diagnostics=diagnostics,
                           metadata=dict(metadata, media_start=media_start))


def _zone_hours(first_clock: float, header_start: float) -> int:
    """Whole hours (1 to 12) the programme header's start is ahead of the first clock line
    when, moved back so, it falls in the minute before or at that line; else 0."""
    hours = round((header_start - first_clock) / 3600)
    if 1 <= hours <= 12 and 0 <= first_clock - (header_start - hours * 3600) < 60:
        return hours
    return 0


def _clock_hours_ahead(first_clock: float, header_start: float,
                       metadata: dict[str, object]) -> int:
    """Whole hours (1 to 12) the first clock line is after the programme header's start when
    it falls in the minute after those hours and at or after the header's end (no clock line
    of the programme can: the two are in different zones); else 0."""
    ahead = first_clock - header_start
    hours = round(ahead / 3600)
    if not 1 <= hours <= 12 or not 0 <= ahead - hours * 3600 < 60:
        return 0
    start, end = metadata.get("start_time"), metadata.get("end_time")
    if not isinstance(start, str) or not isinstance(end, str):
        return 0
    try:
        length = (_minutes(end) - _minutes(start)) % 1440 * 60
    except ValueError:
        return 0
    return hours if length and ahead >= length else 0


def _minutes(clock: str) -> int:
    """Minutes of the day of an ``HH:MM`` header time."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _late_start(doc: Document, anchors: list[Anchor], blocks: list[Block], cum: list[float],
                given: float) -> tuple[float, Diagnostic]:
    """A media start after a clock line: the words under that line would start before the
    media, and squeezing them all to its start shifts every cue after them. Times are
    counted from the first word instead (as with no media start: the whole text keeps its
    pace and order), and a warning says so (an error under ``strict``)."""
    start = min(given, _start_of(blocks, cum, _first_word(doc.tokens)))
    before = sum(a.seconds < given for a in anchors)
    line = doc.source.count("\n", 0, anchors[0].start) + 1
    what = (f"all {before} clock lines" if before == len(anchors) else
            f"{before} of {len(anchors)} clock lines")
    return start, Diagnostic(
        "media-start", f"the media start {_clock(given)} is after {what} (the first is "
        f"{_clock(anchors[0].seconds)}): times are counted from the first word "
        f"({_clock(start)}) instead; give the time the media starts at or before the first "
        "clock line", line)


def _first_word(tokens: tuple[Token, ...]) -> int:
    """The index of the first word token (0 if there is none): where speech starts."""
    return next((i for i, t in enumerate(tokens) if t.kind == "word"), 0)


def _clock(seconds: float) -> str:
    """A second of the day as ``HH:MM:SS`` (the day before or after wrapped)."""
    whole = round(seconds) % 86400
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def usable_clock_anchors(anchors: tuple[Anchor, ...]) -> list[Anchor]:
    """Clock anchors usable for timing: each strictly later than the last one kept."""
    kept: list[Anchor] = []
    for a in anchors:
        if a.kind == "clock" and (not kept or (a.seconds > kept[-1].seconds and
                                               a.index >= kept[-1].index)):
            kept.append(a)
    return kept


def windows(doc: Document) -> list[Window]:
    """The intervals the source pins the words to, in token order (empty without anchors):
    the minute between two clock lines, or a caption cue's own times."""
    n = len(doc.tokens)
    cues = [a for a in doc.anchors if a.kind == "cue"]
    out: list[Window] = []
    if cues:
        for k, a in enumerate(cues):
            nxt = cues[k + 1].seconds if k + 1 < len(cues) else None
            out.append(Window(a.index, a.seconds, a.until if a.until is not None else nxt))
        return out
    anchors = usable_clock_anchors(doc.anchors)
    if not anchors:
        return out
    base = float(doc.metadata.get("media_start") or 0.0)
    out.append(Window(0, None, anchors[0].seconds - base))
    timed = len(doc.times) == n and doc.sentence_starts
    for k, a in enumerate(anchors):
        hi = anchors[k + 1].seconds - base if k + 1 < len(anchors) else None
        if hi is not None and timed and anchors[k + 1].seconds - a.seconds <= RUN_ON_INTERVAL \
                and (m := _timed_run_on(doc, a.index, anchors[k + 1].index)):
            # the minute's last sentence runs on past its clock line and `_clock_blocks`
            # timed it to end there: its words are an interval of their own (a cue crosses
            # the silence before them only as it crosses any other interval's bound)
            tail = doc.times[m][0]
            out.append(Window(a.index, a.seconds - base, tail))
            out.append(Window(m, tail, hi))
            continue
        out.append(Window(a.index, a.seconds - base, hi))
    return [w for w in out if w.first < n or w.first == 0]


def _timed_run_on(doc: Document, first: int, stop: int) -> int:
    """The start of the block ``[first, stop)``'s last sentence when `_clock_blocks` timed it
    apart from the words before it (a silence before it: the sentence runs on past the clock
    line); else 0."""
    starts = doc.sentence_starts
    k = bisect.bisect_left(starts, stop) - 1
    if k < 0 or (m := starts[k]) <= first:
        return 0
    return m if doc.times[m][0] > doc.times[m - 1][1] + 1e-6 else 0


_CUE_COPIES = frozenset({"roll-up"})
"""Copies removed from a timed caption file that take no time: a roll-up repeat (the later
copy of a line spoken in the cue before)."""
_PAGE_COPIES = frozenset({"roll-up", "resent-line"})
"""On a page timed by its clock lines, every line shown again takes no time either: a re-sent
live-subtitle line's earlier copy (`resends`) was not spoken twice, so it must not take a share
of its minute nor raise the rate that times the words after the last clock line."""


def _unspoken(doc: Document, weights: list[float], rules: frozenset[str]) -> None:
    """A roll-up repeat was spoken in the cue before (it is only shown again): its tokens
    take no time in their cue, so the cue's new words get its time. ``rules``: the edits
    whose removed tokens are such copies."""
    tokens = doc.tokens
    if not any(e.rule in rules for e in doc.edits):
        return
    starts = [t.start for t in tokens]
    for e in doc.edits:
        if e.rule in rules:
            for k in range(bisect.bisect_left(starts, e.start), len(tokens)):
                if tokens[k].end > e.end:
                    break
                weights[k] = 0.0


def _removed_heads(doc: Document, weights: list[float], anchors: list[Anchor]) -> None:
    """What the cleaning removed at a caption cue's head (a stutter's first copy, "facing |
    facing"; a lyric mark, "# If your"; a sound cue before the words) takes no time: the
    cue's first kept word starts when the cue did, as the captioner showed it (its share of
    the cue had started the words, and the cue made of them, up to a second late). A cue of
    nothing but removed tokens keeps its weights."""
    spans = sorted((e.start, e.end) for e in doc.edits
                   if not e.replacement and e.kind != "markup")
    if not spans:
        return
    starts = [s for s, _ in spans]
    tokens = doc.tokens
    for j, a in enumerate(anchors):
        stop = anchors[j + 1].index if j + 1 < len(anchors) else len(tokens)
        k = a.index
        head: list[int] = []
        while k < stop:
            t = tokens[k]
            at = bisect.bisect_right(starts, t.start) - 1
            if at >= 0 and spans[at][1] >= t.end:
                head.append(k)
            elif t.kind != "punct":
                break
            k += 1
        if head and k < stop:  # a kept word follows in the cue
            for i in head:
                weights[i] = 0.0


_INLINE_TIME = lazy_regex(r"<((?:\d+:)?\d{2}:\d{2}\.\d{3})>")


def _inline_times(doc: Document) -> dict[int, float]:
    """WebVTT timestamps inside cue text (``<00:00:01.480>``, as YouTube times each word):
    token index -> the time at which the token after the stamp is spoken."""
    out: dict[int, float] = {}
    starts: list[int] | None = None
    for e in doc.edits:
        if e.rule != "cue-tag" or not e.original.startswith("<") or not e.original[1:2].isdigit():
            continue
        m = _INLINE_TIME.fullmatch(e.original)
        if m is None:
            continue
        if starts is None:
            starts = [t.start for t in doc.tokens]
        k = bisect.bisect_left(starts, e.end)
        if k < len(starts):
            seconds = 0.0
            for part in m[1].split(":"):
                seconds = seconds * 60 + float(part)
            out[k] = seconds
    return out


def _spread_over_cues(anchors: list[Anchor], cum: list[float], n: int,
                      inline: dict[int, float] | None = None,
                      rate: float | None = None) -> list[tuple[float, float]]:
    """Each cue's tokens share its time by spoken length; timestamps inside a cue split it
    into parts, each spread over its own interval. A cue with a start time alone (a page's
    line stamped with its time into the programme, "00:16 Good morning"): its words are
    spoken from there at ``rate`` (syllables a second), until the next cue's start at the
    latest (they all stood at the start, the cues made of them unreadably fast)."""
    times: list[tuple[float, float]] = [(anchors[0].seconds, anchors[0].seconds)] * n
    for k, a in enumerate(anchors):
        stop = anchors[k + 1].index if k + 1 < len(anchors) else n
        if stop <= a.index:
            continue
        end = a.until if a.until is not None else a.seconds
        if a.until is None and rate:
            end = a.seconds + (cum[stop] - cum[a.index]) / rate
            for b in anchors[k + 1:]:
                if b.seconds > a.seconds:
                    end = min(end, b.seconds)
                    break
        marks = [(a.index, a.seconds)]
        if inline:
            for i in range(a.index + 1, stop):
                t = inline.get(i)
                if t is not None and marks[-1][1] <= t <= end:
                    marks.append((i, t))
        marks.append((stop, max(end, marks[-1][1])))
        for (first, t0), (last, t1) in zip(marks, marks[1:]):
            times[first:last] = _spans(cum, first, last, t0, t1 - t0)
    return times


RUN_ON_INTERVAL = 90.0
"""Seconds: clock lines further apart than this (a minute or more between them left out, its
captions lost) do not show the words around them said on without a break, and a sentence
running on past the later line keeps its times from the minute's start (`_clock_blocks`)."""

Block = tuple[int, int, float, float]
"""Tokens ``[first, stop)`` spoken over ``[t0, t0 + span]`` seconds."""


def _clock_blocks(anchors: list[Anchor], cum: list[float], n: int,
                  rate: float, sentence_starts: Sequence[int] = ()) -> list[Block]:
    """Blocks between clock anchors share their interval; text shorter than its interval is
    spoken from the interval's start at ``rate`` (not stretched over the whole minute). The
    blocks cover the tokens in order, empty ones left out.

    A block whose last sentence runs on past the next clock line ("we were about to leave |
    12:06 am | the area") was being spoken when the minute turned: that sentence is timed to
    end at the clock line (`_run_on`), the silence left before it, not inside it (a caption
    cue cut there, its head shown alone, its words seconds apart)."""
    if not anchors:
        return [(0, n, 0.0, cum[n] / rate)]
    first = anchors[0]
    spoken = cum[first.index]
    blocks = [(0, first.index, first.seconds - spoken / rate, spoken / rate)]
    for k, a in enumerate(anchors):
        stop = anchors[k + 1].index if k + 1 < len(anchors) else n
        spoken = cum[stop] - cum[a.index]
        span = spoken / rate
        if k + 1 < len(anchors):
            nxt = anchors[k + 1].seconds
            if span < nxt - a.seconds <= RUN_ON_INTERVAL and sentence_starts \
                    and (m := _run_on(cum, a.index, stop, n, sentence_starts)) is not None:
                head = (cum[m] - cum[a.index]) / rate
                tail = (cum[stop] - cum[m]) / rate
                blocks.append((a.index, m, a.seconds, head))
                blocks.append((m, stop, nxt - tail, tail))
                continue
            span = min(span, nxt - a.seconds)
        blocks.append((a.index, stop, a.seconds, span))
    return [b for b in blocks if b[1] > b[0]]


def _run_on(cum: list[float], first: int, stop: int, n: int,
            sentence_starts: Sequence[int]) -> int | None:
    """The start of the block ``[first, stop)``'s last sentence when that sentence runs on
    past the block's end: no sentence starts at the next spoken token (tokens that take no
    time, removed chrome, skipped), and the block holds a sentence start to time from (a
    block inside one sentence throughout is left as it was); else None."""
    j = stop
    while j < n and cum[j + 1] == cum[j]:
        j += 1
    if j >= n:
        return None
    k = bisect.bisect_left(sentence_starts, stop)
    if k < len(sentence_starts) and sentence_starts[k] <= j:
        return None  # a sentence starts at the next spoken token: the block ends one
    if k == 0 or sentence_starts[k - 1] < first:
        return None
    return sentence_starts[k - 1]


def _start_of(blocks: list[Block], cum: list[float], i: int) -> float:
    """The start of token ``i`` as `_spans` computes it (before any shift)."""
    for first, stop, t0, span in blocks:
        if first <= i < stop:
            base = cum[first]
            total = cum[stop] - base
            return t0 + (cum[i] - base) * (span / total if total > 0 else 0.0)
    return 0.0


def _spans(cum: list[float], first: int, stop: int, t0: float, span: float,
           shift: float = 0.0) -> zip[tuple[float, float]]:
    """(start, end) of tokens ``[first, stop)`` over ``[t0, t0 + span]`` in proportion to
    their weights, less ``shift``; a token's end is the next one's start (one float)."""
    points = _points(cum, first, stop, t0, span, shift)
    return zip(points, islice(points, 1, None))


def _points(cum: list[float], first: int, stop: int, t0: float, span: float,
            shift: float = 0.0) -> list[float]:
    """The ``stop - first + 1`` token boundaries `_spans` pairs up."""
    base = cum[first]
    total = cum[stop] - base
    scale = span / total if total > 0 else 0.0
    if shift:
        points = [t0 + (c - base) * scale - shift for c in cum[first:stop + 1]]
    else:
        points = [t0 + (c - base) * scale for c in cum[first:stop + 1]]
    return points


def _rate(anchors: list[Anchor], cum: list[float]) -> float | None:
    """Syllables per second between the first and the last clock anchor."""
    if len(anchors) < 2:
        return None
    spoken = cum[anchors[-1].index] - cum[anchors[0].index]
    elapsed = anchors[-1].seconds - anchors[0].seconds
    if spoken <= 0 or elapsed <= 0:
        return None
    return spoken / elapsed

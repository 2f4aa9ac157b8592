"""Timing: an estimated start and end for every token, from the anchors in the source.

A pipeline stage. Between two wall-clock anchors the interval is shared out by spoken length
(syllables); before the first and after the last the transcript's own rate extrapolates.
Caption cues spread their words over the cue. Times are seconds from the media start.
"""

from __future__ import annotations

import regex

from .model import Anchor, Document, Token
from .options import Options

_VOWEL_GROUPS = regex.compile(r"[aeiouy]+")
_DIGITS = regex.compile(r"\d")


def syllables(token: Token) -> float:
    """Spoken length of a token in syllables (a rough count: vowel groups, digits spoken)."""
    if token.kind == "punct":
        return 0.0
    if token.kind == "sound":
        return 1.0
    text = token.text.lower()
    digits = len(_DIGITS.findall(text))
    if digits:
        return 1.5 * digits
    groups = len(_VOWEL_GROUPS.findall(text))
    if text.endswith("e") and groups > 1 and not text.endswith(("le", "ee")):
        groups -= 1
    return float(max(1, groups))


class Timer:
    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Document) -> Document:
        n = len(doc.tokens)
        if not n:
            return doc
        weights = [syllables(t) for t in doc.tokens]
        cum = [0.0]
        for w in weights:
            cum.append(cum[-1] + w)
        default_rate = self.options.words_per_minute / 60 * 1.4  # syllables per second
        cue_anchors = [a for a in doc.anchors if a.kind == "cue"]
        if cue_anchors:
            starts = self._from_cues(cue_anchors, cum, n)
            media_start = 0.0
            ends = starts[1:] + [starts[-1] + weights[-1] / default_rate]
            times = [(s, max(s, e)) for s, e in zip(starts, ends)]
            for a, b in zip(cue_anchors, cue_anchors[1:] + [None]):
                last = (b.index if b else n) - 1
                if a.until is not None and a.index <= last:
                    s, _ = times[last]
                    times[last] = (s, max(s, a.until))
            return doc.replace(times=tuple(times))
        anchors = _monotonic([a for a in doc.anchors if a.kind == "clock"])
        rate = _rate(anchors, cum) or default_rate
        # A rate far from human speech means sparse text (music, silence): use the default.
        if not default_rate / 2 <= rate <= default_rate * 2:
            rate = default_rate
        points = _points(anchors, cum, rate) if anchors else [(0.0, 0.0)]
        starts = [_interpolate(cum[i], points, rate) for i in range(n + 1)]
        media_start = self.options.media_start
        if media_start is None:
            media_start = doc.metadata.get("media_start")
        if media_start is None:
            media_start = starts[0]
        times = tuple((starts[i] - media_start, starts[i + 1] - media_start) for i in range(n))
        metadata = dict(doc.metadata, media_start=media_start)
        return doc.replace(times=times, metadata=metadata)

    @staticmethod
    def _from_cues(anchors: list[Anchor], cum: list[float], n: int) -> list[float]:
        starts = [0.0] * n
        for k, a in enumerate(anchors):
            stop = anchors[k + 1].index if k + 1 < len(anchors) else n
            end = a.until if a.until is not None else a.seconds
            span = cum[stop] - cum[a.index]
            for i in range(a.index, stop):
                frac = (cum[i] - cum[a.index]) / span if span else 0.0
                starts[i] = a.seconds + frac * max(0.0, end - a.seconds)
        return starts


def _monotonic(anchors: list[Anchor]) -> list[Anchor]:
    """Anchors usable for timing: strictly later than the last one kept."""
    kept: list[Anchor] = []
    for a in anchors:
        if not kept or (a.seconds > kept[-1].seconds and a.index >= kept[-1].index):
            kept.append(a)
    return kept


def _points(anchors: list[Anchor], cum: list[float], rate: float) -> list[tuple[float, float]]:
    """(cumulative weight, time) knots. Text shorter than its interval is spoken from the
    interval's start at ``rate``, not stretched over the whole minute."""
    points: list[tuple[float, float]] = []
    for a, b in zip(anchors, anchors[1:] + [None]):
        points.append((cum[a.index], a.seconds))
        if b is None:
            break
        spoken = cum[b.index] - cum[a.index]
        if spoken / rate < b.seconds - a.seconds:
            points.append((cum[b.index], a.seconds + spoken / rate))
    return points


def _rate(anchors: list[Anchor], cum: list[float]) -> float | None:
    if len(anchors) < 2:
        return None
    spoken = cum[anchors[-1].index] - cum[anchors[0].index]
    elapsed = anchors[-1].seconds - anchors[0].seconds
    if spoken <= 0 or elapsed <= 0:
        return None
    return spoken / elapsed


def _interpolate(x: float, points: list[tuple[float, float]], rate: float) -> float:
    """Piecewise-linear time at cumulative weight x; outside the points, at ``rate``."""
    if x <= points[0][0]:
        return points[0][1] - (points[0][0] - x) / rate
    if x >= points[-1][0]:
        return points[-1][1] + (x - points[-1][0]) / rate
    lo, hi = 0, len(points) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if points[mid][0] <= x:
            lo = mid
        else:
            hi = mid
    (x0, t0), (x1, t1) = points[lo], points[hi]
    if x1 == x0:
        return t0
    return t0 + (x - x0) / (x1 - x0) * (t1 - t0)

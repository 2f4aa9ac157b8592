"""WebVTT writer: cues serialised by webvtt-py, text escaped and voice spans added by us.

webvtt-py writes text as given (no escaping, no order checks), so both are done here.
"""

from __future__ import annotations

import webvtt
from webvtt.models import Timestamp

from .. import __version__
from ..model import Cue, Document


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stamp(seconds: float) -> str:
    return str(Timestamp.from_seconds(round(max(0.0, seconds), 3)))


def checked(cues: tuple[Cue, ...]) -> list[tuple[Cue, list[str]]]:
    """Cues with their non-empty lines (a blank line would end the cue early); refuses cues
    that end before they start or start before the previous one (players drop those)."""
    out: list[tuple[Cue, list[str]]] = []
    previous = 0.0
    for k, cue in enumerate(cues, 1):
        if cue.end <= cue.start or cue.start < previous:
            raise ValueError(f"cue {k} ({cue.start:.3f} --> {cue.end:.3f}) is out of order")
        previous = cue.start
        lines = [" ".join(line.split()) for line in cue.lines]
        lines = [line for line in lines if line]
        if lines:
            out.append((cue, lines))
    return out


def captions(cues: tuple[Cue, ...], *, voices: bool) -> list[webvtt.Caption]:
    out = []
    for cue, lines in checked(cues):
        lines = [escape(line) for line in lines]
        if voices and cue.speaker:
            lines[0] = f"<v {escape(cue.speaker)}>{lines[0]}"
        out.append(webvtt.Caption(stamp(cue.start), stamp(cue.end), lines))
    return out


def write(doc: Document, *, voices: bool = True) -> str:
    vtt = webvtt.WebVTT(captions=captions(doc.cues, voices=voices),
                        header_comments=[f"made by transcript-tools {__version__}"])
    return vtt.content

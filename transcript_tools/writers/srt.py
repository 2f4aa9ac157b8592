"""SRT writer: webvtt-py serialises; a speaker's first cue after another speaker gets a
``NAME:`` prefix (SRT has no voice field; `layout` leaves room for it on the first line)."""

from __future__ import annotations

import io

import webvtt
from webvtt import srt as webvtt_srt

from ..model import Document
from .webvtt import checked, stamp


def write(doc: Document, *, speaker_labels: bool = True) -> str:
    captions = []
    previous: str | None = None
    for cue, lines in checked(doc.cues):
        if speaker_labels and cue.speaker and cue.speaker != previous:
            lines[0] = f"{cue.speaker.upper()}: {lines[0]}"
        previous = cue.speaker
        # SRT readers treat "<...>" as tags: keep angle brackets out of the text.
        lines = [line.replace("<", "‹").replace(">", "›") for line in lines]
        captions.append(webvtt.Caption(stamp(cue.start), stamp(cue.end), lines))
    out = io.StringIO()
    webvtt_srt.write(out, captions)
    return out.getvalue()

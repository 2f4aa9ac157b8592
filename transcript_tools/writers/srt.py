"""SRT writer: webvtt-py serialises; speaker changes inside a cue get a leading dash, a
speaker's first cue a ``NAME:`` prefix (SRT has no voice field)."""

from __future__ import annotations

import io

import webvtt
from webvtt import srt as webvtt_srt
from webvtt.models import Timestamp

from ..model import Document


def write(doc: Document, *, speaker_labels: bool = True) -> str:
    captions = []
    previous: str | None = None
    for cue in doc.cues:
        lines = list(cue.lines)
        if speaker_labels and cue.speaker and cue.speaker != previous:
            lines[0] = f"{cue.speaker.upper()}: {lines[0]}"
        previous = cue.speaker
        # SRT readers treat "<...>" as tags: keep angle brackets out of the text.
        lines = [line.replace("<", "‹").replace(">", "›") for line in lines]
        captions.append(webvtt.Caption(str(Timestamp.from_seconds(max(0.0, cue.start))),
                                       str(Timestamp.from_seconds(max(0.0, cue.end))), lines))
    out = io.StringIO()
    webvtt_srt.write(out, captions)
    return out.getvalue()

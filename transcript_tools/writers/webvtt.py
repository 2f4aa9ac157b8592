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


def captions(cues: tuple[Cue, ...], *, voices: bool) -> list[webvtt.Caption]:
    out = []
    for cue in cues:
        lines = [escape(line) for line in cue.lines]
        if voices and cue.speaker:
            lines[0] = f"<v {escape(cue.speaker)}>{lines[0]}"
        out.append(webvtt.Caption(str(Timestamp.from_seconds(max(0.0, cue.start))),
                                  str(Timestamp.from_seconds(max(0.0, cue.end))), lines))
    return out


def write(doc: Document, *, voices: bool = True) -> str:
    vtt = webvtt.WebVTT(captions=captions(doc.cues, voices=voices),
                        header_comments=[f"made by transcript-tools {__version__}"])
    return vtt.content

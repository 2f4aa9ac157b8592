"""SRT writer: webvtt-py serialises; a named speaker's first cue after another speaker gets a
``NAME:`` prefix (SRT has no voice field; `layout` leaves room for it on the first line). A
speaker the source does not name gets no name (no "SPEAKER 2:" in the picture): its first cue
after another speaker opens with ">> ", the change of speaker that US broadcast captions mark
so (`layout.SPEAKER_MARK`; with ``Options(speaker_mark="dash")``, the Netflix and BBC
presets', a new cue only), and two speakers sharing a cue each open a line with "- " (`layout`),
as subtitles write a dialogue. So every change of speaker the cleaning knows is in the file,
and a named speaker's later turn after an unnamed one reads back as a new turn, not as the
unnamed speaker's words going on under the name. Each cue, the last included, ends with a
blank line."""

from __future__ import annotations

import io
import re
from typing import NamedTuple

from webvtt import srt as webvtt_srt

from ..layout import MARK_KEY, srt_prefix
from ..model import Document
from ..options import SPEAKER_COLOURS
from .webvtt import DIALOGUE_DASH, checked, dialogue_speakers, speaker_colours, stamp

_FONT = {c: f'<font color="{value}">' for c, value in SPEAKER_COLOURS}
"""SRT's colour tag of each speaker colour (`webvtt.speaker_colours`): a hex value, which
VLC, mpv, ffmpeg and YouTube all read (not every one of them knows "cyan" or "lime")."""

_SENTENCE_OVER = re.compile(r"[.?!…:;\-–—][\"'”’)\]]*$")
"""A cue's last line that ends a sentence or breaks off ("If --"): a speaker without a name
after it gets ">> ". A change the turn model put inside a sentence ("I can't give further
detail" / "right now but there is") stays a new cue only: a mark there would end the sentence
on a second clean (our reader ends one at a marker), and it is a guess the text argues
against."""

_TAG_LIKE = re.compile(r"<[^<>\n]*>")
"""A run a reader could take for a tag: "<" to the next ">" on its line (webvtt-py reads "3 <
4 and 5 > 2" so); a bracket with no partner on its line ("2 < 3") is text to every reader."""


def _unbracket(m: re.Match[str]) -> str:
    return "‹" + m.group()[1:-1] + "›"


class SrtCaption(NamedTuple):
    """What webvtt-py's SRT writer reads of a `webvtt.Caption` (``start``, ``end``, ``text``
    without cue tags), given as is: our SRT text has no tags, so ``text`` is the lines."""

    start: str
    end: str
    text: str


def write(doc: Document, *, speaker_labels: bool = True,
          given: dict[str, str] | None = None) -> str:
    captions: list[SrtCaption] = []
    append = captions.append
    previous: str | None = None
    unnamed = {t.display_name for t in doc.turns if not t.named}
    cues = doc.srt_cues or doc.cues  # (a turn cut again for its ">> " in SRT only)
    dialogues = dialogue_speakers(doc, cues)
    last = ""  # the cue before's last line
    starts = {t.first for t in doc.turns[1:]}  # where the source or the turn model changes
    # ">>" unless the layout was asked for another mark (`Options.speaker_mark`: "dash"
    # writes a new cue and dialogue lines only, as the Netflix and BBC guides do)
    chevrons = doc.metadata.get(MARK_KEY, "chevrons") == "chevrons"
    # speakers in colour (`Options.speaker_colours`): each line in its speaker's <font>
    colours = speaker_colours(doc, given)  # (ranked on WebVTT's cues: one ranking)
    carried: str | None = None  # the colour a turn begun inside a sentence goes on in
    written: str | None = None  # the colour of the cue before's last line
    for cue, lines in checked(cues):
        line = lines[-1] if lines else ""
        speaker = cue.speaker
        if colours and previous and (speaker != previous or cue.first in starts):
            # a turn of a speaker without a name that begins inside a sentence gets no ">>"
            # (`_SENTENCE_OVER`) and no colour of its own either: the colour before goes on
            # through it (a change of colour is a change of speaker to a reader, ours too,
            # and ends the sentence there on a second clean); WebVTT's voices show it
            carried = written if speaker in unnamed and cue.first not in dialogues and \
                not _SENTENCE_OVER.search(last) else None
        if speaker_labels and speaker and cue.first not in dialogues:
            if speaker not in unnamed:
                if speaker != previous:
                    lines[0] = srt_prefix(speaker, True) + lines[0]
            elif chevrons and previous and (speaker != previous or cue.first in starts) and \
                    _SENTENCE_OVER.search(last):
                # a turn of a speaker without a name after another turn (the same voice's
                # turn after a ">>" in the source, too): ">>", as the source marked it
                lines[0] = srt_prefix(speaker, False) + lines[0]
        last = line
        dialogue = dialogues.get(cue.first) if len(lines) == 2 else None
        if dialogue is not None:
            lines = [DIALOGUE_DASH + line for line in lines]
            previous = dialogue[1]
        else:
            previous = cue.speaker
        # SRT readers treat "<...>" as tags: keep such runs' angle brackets out of the text
        # (a bracket that opens or closes none, "2 < 3", is text to every reader)
        text = _TAG_LIKE.sub(_unbracket, "\n".join(lines))
        if colours:  # (the label and ">> " inside: the line opens with its colour)
            parts = text.split("\n")
            for k, part in enumerate(parts):
                written = colours.get(dialogue[min(k, 1)]) if dialogue else \
                    carried or colours.get(speaker or "")
                if written:
                    parts[k] = f"{_FONT[written]}{part}</font>"
            text = "\n".join(parts)
        append(SrtCaption(stamp(cue.start), stamp(cue.end), text))
    out = io.StringIO()
    webvtt_srt.write(out, captions)  # type: ignore[arg-type]  # reads only what SrtCaption has
    # Every cue ends with a blank line, the last one too (as the `srt` package and ffmpeg
    # write it, and as `stream.write_chunks` joins chunks); webvtt-py stops after its text.
    text = out.getvalue().rstrip("\n")
    return text + "\n\n" if text else ""

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
from .webvtt import DIALOGUE_DASH, checked, dialogue_speakers, stamp

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


def write(doc: Document, *, speaker_labels: bool = True) -> str:
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
    for cue, lines in checked(cues):
        line = lines[-1] if lines else ""
        speaker = cue.speaker
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
        if cue.first in dialogues and len(lines) == 2:
            lines = [DIALOGUE_DASH + line for line in lines]
            previous = dialogues[cue.first][1]
        else:
            previous = cue.speaker
        # SRT readers treat "<...>" as tags: keep such runs' angle brackets out of the text
        # (a bracket that opens or closes none, "2 < 3", is text to every reader)
        text = _TAG_LIKE.sub(_unbracket, "\n".join(lines))
        append(SrtCaption(stamp(cue.start), stamp(cue.end), text))
    out = io.StringIO()
    webvtt_srt.write(out, captions)  # type: ignore[arg-type]  # reads only what SrtCaption has
    # Every cue ends with a blank line, the last one too (as the `srt` package and ffmpeg
    # write it, and as `stream.write_chunks` joins chunks); webvtt-py stops after its text.
    text = out.getvalue().rstrip("\n")
    return text + "\n\n" if text else ""

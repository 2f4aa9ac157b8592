"""WebVTT writer: cues serialised by webvtt-py, text escaped and voice spans added by us.

webvtt-py writes text as given (no escaping, no order checks), so both are done here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import webvtt
from webvtt.models import Timestamp

from .. import __version__
from ..layout import COLOUR_KEY
from ..model import Cue, Document
from ..options import SPEAKER_COLOURS

_FAST_LIMIT = 10 ** 9
"""Seconds below which `milliseconds` computes webvtt-py's rounding with plain floats (far
from where a float's error could reach half a millisecond)."""


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def milliseconds(seconds: float) -> int:
    """``Timestamp.from_seconds(round(max(0, seconds), 3))`` in whole milliseconds.

    webvtt-py rounds the decimal form of the float (``repr``, halves up). Below
    ``_FAST_LIMIT`` a float is within 2**-9 ms of its 3-place decimal, so a whole ``x * 1000``
    (cue times are whole milliseconds) or ``round(x * 1000)`` after ``round(x, 3)`` is the same
    integer; other values (huge, not finite, negative) go through webvtt-py as before.
    """
    if 0.0 <= seconds < _FAST_LIMIT:
        v = seconds * 1000.0
        k = int(v)
        if k == v:
            return k
        return round(round(seconds, 3) * 1000)
    return Timestamp.from_seconds(round(max(0.0, seconds), 3)).in_milliseconds()


class _Timestamp(Timestamp):
    """A webvtt-py timestamp carrying its text, formatted once as ``Timestamp.__str__``
    formats it (webvtt-py formats a time each time it reads ``Caption.start``)."""

    def __init__(self, hours: int, minutes: int, seconds: int, milliseconds: int) -> None:
        # Timestamp.__init__ sets these four public fields and nothing else.
        self.hours = hours
        self.minutes = minutes
        self.seconds = seconds
        self.milliseconds = milliseconds
        self.text = f"{hours:02d}:{minutes:02d}:{seconds:02d}.{milliseconds:03d}"

    def __str__(self) -> str:
        return self.text


def timestamp(seconds: float) -> Timestamp:
    """The webvtt-py timestamp of ``seconds`` (rounded to the millisecond as `stamp`)."""
    hours, rest = divmod(milliseconds(seconds), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return _Timestamp(hours, minutes, secs, ms)


def stamp(seconds: float) -> str:
    """``HH:MM:SS.mmm`` exactly as webvtt-py writes ``Timestamp.from_seconds``."""
    hours, rest = divmod(milliseconds(seconds), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def checked(cues: tuple[Cue, ...]) -> list[tuple[Cue, list[str]]]:
    """Cues with their non-empty lines (a blank line would end the cue early); refuses cues
    that end before they start or start before the previous one (players drop those)."""
    in_order(cues)
    return list(lined(cues))


def in_order(cues: Iterable[Cue]) -> None:
    """`checked`'s test alone: refuses cues that end before they start or start before the
    previous one."""
    previous = 0.0
    for k, cue in enumerate(cues, 1):
        start, end = cue.start, cue.end
        if end <= start or start < previous:
            raise ValueError(f"cue {k} ({start:.3f} --> {end:.3f}) is out of order")
        previous = start


def lined(cues: Iterable[Cue]) -> Iterator[tuple[Cue, list[str]]]:
    """`checked`'s cues with their non-empty lines, one at a time (not tested: `in_order`)."""
    for cue in cues:
        lines = [" ".join(line.split()) for line in cue.lines]
        if not all(lines):
            lines = [line for line in lines if line]
        if lines:
            yield cue, lines


class _Blank:
    """The attributes `webvtt.Caption()` sets, made once through its constructor."""

    attributes: dict[str, Any] | None = None

    @classmethod
    def get(cls) -> dict[str, Any]:
        if cls.attributes is None:
            cls.attributes = dict(vars(webvtt.Caption()))
        return cls.attributes


def caption(start: float, end: float, lines: list[str]) -> webvtt.Caption:
    """``webvtt.Caption(stamp(start), stamp(end), lines)`` without formatting the times to
    strings and parsing them back (most of a writer's time): the attributes its constructor
    sets, set directly. The cue settings object is the blank one shared by these captions:
    they are made to be serialised, not edited."""
    blank = _Blank.get()
    c = webvtt.Caption.__new__(webvtt.Caption)
    c.start_time = timestamp(start)
    c.end_time = timestamp(end)
    c.identifier = blank["identifier"]
    c._settings = blank["_settings"]
    c.lines = lines
    c.comments = []
    return c


DIALOGUE_DASH = "- "
"""What opens each line of a cue two speakers share (`layout`)."""


def dialogue_speakers(doc: Document, cues: tuple[Cue, ...] | None = None
                      ) -> dict[int, tuple[str, str]]:
    """The cues two speakers share (by first token: `layout` gives each a line), each with
    its two speakers' names; the writers open each line with `DIALOGUE_DASH`. ``cues``: the
    document's (None) or SRT's (`Document.srt_cues`)."""
    turns = doc.turns
    out: dict[int, tuple[str, str]] = {}
    if len(turns) < 2:
        return out
    firsts = [t.first for t in turns]
    for cue in doc.cues if cues is None else cues:
        if len(cue.lines) == 2 and cue.stop > cue.first:
            a = bisect.bisect_right(firsts, cue.first) - 1
            b = bisect.bisect_right(firsts, cue.stop - 1) - 1
            if b == a + 1 and a >= 0 and turns[b].first > cue.first:
                out[cue.first] = (turns[a].display_name, turns[b].display_name)
    return out


def speaker_colours(doc: Document, given: dict[str, str] | None = None) -> dict[str, str]:
    """Each speaker's colour (the speaker's name as the cues write it -> the WebVTT class of
    `SPEAKER_COLOURS`) where the layout asked for colours (`Options.speaker_colours`) and two
    voices or more speak; else empty. As the BBC guidelines give them: the speaker on screen
    longest (the time of the cues it opens, WebVTT's for SRT too) white, the next three yellow,
    cyan, green (ties: who speaks first), every further speaker white (the colours are
    spent; such a speaker's change is still a new cue, or a "- " line in a dialogue cue, as
    the guidelines ask where colour cannot be used). ``given``: colours already handed out
    (a long input written in chunks, `stream`), kept, and the new speakers' added to it.
    A speaker the source file gave one of these colours (`source_colours`: a caption file
    with speakers in colour, ours written again) keeps it."""
    if not doc.metadata.get(COLOUR_KEY):
        return {}
    order = dict.fromkeys(t.display_name for t in doc.turns if t.display_name)
    if len(order) < 2 and not given:
        return {}
    shown = dict.fromkeys(order, 0.0)
    for cue in doc.cues:
        if cue.speaker in shown:
            shown[cue.speaker] += cue.end - cue.start
    out = given if given is not None else {}
    for name, colour in source_colours(doc).items():
        if name not in out and colour not in out.values():
            out[name] = colour
    free = [c for c, _ in SPEAKER_COLOURS if c not in out.values()]
    for name in sorted(order, key=lambda n: -shown[n]):  # (stable: ties as they speak)
        if name not in out:
            out[name] = free.pop(0) if free else SPEAKER_COLOURS[0][0]
    return out


_CLASS = {value[1:]: c for c, value in SPEAKER_COLOURS}


def source_colours(doc: Document) -> dict[str, str]:
    """The speakers' colours in the source (`Marker.colour` at their turns' starts), as
    `SPEAKER_COLOURS` classes: a speaker whose turns all open in one of those colours, a
    colour no other speaker's turn opens in. A colour two speakers share (white for the
    voices past the palette, a file's colour for a group) is kept by neither: the ranking
    gives it."""
    at = {m.index: m.colour for m in doc.markers if m.colour is not None}
    if not at:
        return {}
    heard: dict[str, set[str]] = {}
    for t in doc.turns:
        if t.display_name:
            heard.setdefault(t.display_name, set()).add(at.get(t.first) or "")
    owners: dict[str, list[str]] = {}
    for name, colours in heard.items():
        for colour in colours:
            owners.setdefault(colour, []).append(name)
    out = {}
    for name, colours in heard.items():
        (colour,) = colours if len(colours) == 1 else ("",)
        if colour in _CLASS and len(owners[colour]) == 1:
            out[name] = _CLASS[colour]
    return out


STYLE = "\n".join(f"::cue(.{c}) {{ color: {c}; }}" for c, _ in SPEAKER_COLOURS)
"""The ``STYLE`` block of a file with speakers in colour: the four classes (the WebVTT
specification's own colour classes, which some players know without it)."""


def captions(cues: tuple[Cue, ...], *, voices: bool,
             dialogues: dict[int, tuple[str, str]] | None = None,
             colours: dict[str, str] | None = None) -> list[webvtt.Caption]:
    """The cues as webvtt-py captions (made as `caption` makes them, inlined): text escaped,
    voice spans added (``dialogues``: `dialogue_speakers`; ``colours``: `speaker_colours`)."""
    return _captions(checked(cues), voices, dialogues or {}, colours or {})


def _coloured(lines: list[str], cue: Cue, dialogue: tuple[str, str] | None,
              colours: dict[str, str]) -> list[str]:
    """Each line in its speaker's class span (``<c.yellow>...</c>``), a dialogue cue's line
    in its own speaker's; a line of no coloured speaker as it is."""
    out = []
    for k, line in enumerate(lines):
        colour = colours.get(dialogue[min(k, 1)] if dialogue else cue.speaker or "")
        out.append(f"<c.{colour}>{line}</c>" if colour else line)
    return out


def _captions(items: Iterable[tuple[Cue, list[str]]], voices: bool,
              dialogues: dict[int, tuple[str, str]],
              colours: dict[str, str] | None = None) -> list[webvtt.Caption]:
    out: list[webvtt.Caption] = []
    append = out.append
    blank = _Blank.get()
    identifier, settings = blank["identifier"], blank["_settings"]
    new, cls = webvtt.Caption.__new__, webvtt.Caption
    for cue, lines in items:
        text = "".join(lines)
        if "&" in text or "<" in text or ">" in text:
            lines = [escape(line) for line in lines]
        dialogue = len(lines) == 2 and cue.first in dialogues
        if dialogue:
            lines = [DIALOGUE_DASH + line for line in lines]
        if colours:  # (inside the voice span: <v Name><c.yellow>...</c>)
            lines = _coloured(lines, cue, dialogues[cue.first] if dialogue else None, colours)
        if voices and dialogue:
            one, two = dialogues[cue.first]  # a voice span on each line of a dialogue
            lines[0] = f"<v {escape(one)}>{lines[0]}</v>"
            lines[1] = f"<v {escape(two)}>{lines[1]}"
        elif voices and cue.speaker:
            lines[0] = f"<v {escape(cue.speaker)}>{lines[0]}"
        c = new(cls)
        c.start_time = timestamp(cue.start)
        c.end_time = timestamp(cue.end)
        c.identifier = identifier
        c._settings = settings
        c.lines = lines
        c.comments = []
        append(c)
    return out


_BATCH = 2000
"""Cues serialised by webvtt-py at a time in `parts`."""
_HEAD = "WEBVTT\n"
"""What webvtt-py writes before the first cue of a file without header comments."""


def write(doc: Document, *, voices: bool = True, given: dict[str, str] | None = None) -> str:
    return "".join(parts(doc, voices=voices, given=given))


def parts(doc: Document, *, voices: bool = True, given: dict[str, str] | None = None
          ) -> Iterator[str]:
    """`write`'s output a batch of cues at a time: webvtt-py serialises each batch (the first
    with the header, and the ``STYLE`` block of a file with speakers in colour), and a later
    batch's text is its cue blocks, after the file head that webvtt-py puts before them.
    Every cue is checked before the first part is given. ``given``: `speaker_colours`'."""
    in_order(doc.cues)
    # (each batch's lines made as it is written: all the cues' at once are ~7 MB on a
    # 300,000-word page, held while the file is written)
    items = lined(doc.cues)
    dialogues = dialogue_speakers(doc)
    comments = [f"made by transcript-tools {__version__}"]
    colours = speaker_colours(doc, given=given)
    styles = [webvtt.Style(STYLE)] if colours else []
    k = 0
    while True:
        batch = list(islice(items, _BATCH))
        if k and not batch:
            break
        vtt = webvtt.WebVTT(captions=_captions(batch, voices, dialogues, colours),
                            header_comments=comments if k == 0 else [],
                            styles=styles if k == 0 else [])
        text = vtt.content
        if k:
            if not text.startswith(_HEAD):
                raise ValueError("webvtt-py wrote a file head this writer does not know")
            text = text[len(_HEAD):]
        yield text
        if len(batch) < _BATCH:
            break
        k += len(batch)

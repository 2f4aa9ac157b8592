"""Read SubStation Alpha subtitles (``.ssa``, ``.ass``: Aegisub's, a subtitling site's
export) into a `Document`: each ``Dialogue:`` event's times an anchor, its text tokens with
their exact spans; the script's header, styles and each event's fields ``markup``.

An event's fields follow its section's ``Format:`` line (Layer or Marked, Start, End, Style,
Name, margins, Effect, Text: ten by default); the text, the last field, may hold commas,
``\\N`` line breaks and ``{\\...}`` override blocks. A page's copy of such a file with its
line ends lost (every event on one line) is read the same: an event's text runs to the
next event. Called by `readers.parse`.
"""

from __future__ import annotations

from typing import Any

import regex

from ..errors import ParseError
from ..model import Anchor, Diagnostic, Document, Edit, Marker, Token
from .captionfile import seconds

EVENT_RE = regex.compile(r"(?:^|(?<=\s))(?P<kind>Dialogue|Comment):[ \t]*", regex.M)
"""An event's opening word."""
FORMAT_RE = regex.compile(
    r"(?:^|(?<=\s))Format:[ \t]*(?P<fields>(?:[A-Za-z]+[ \t]*,[ \t]*)+Text)\b", regex.M)
"""The events' ``Format:`` line: field names, the last "Text" (a style line's is not)."""
TIME_RE = regex.compile(r"^\s*\d+:\d{2}:\d{2}(?:[.,]\d{1,3})?\s*$")
BREAK_RE = regex.compile(r"\\[Nn]")
"""A line break inside an event's text ("\\N" hard, "\\n" soft)."""
DEFAULT_FIELDS = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv",
                  "effect", "text")
SNIFF_RE = regex.compile(r"^\s*\[Script Info\]", regex.I)


def looks_like_ssa(head: str) -> bool:
    """Whether text opens as a SubStation script ("[Script Info]")."""
    return SNIFF_RE.match(head.lstrip("\ufeff")) is not None


def _fields(source: str, before: int) -> tuple[str, ...]:
    """The field names of the last ``Format:`` line holding "Start" before ``before``."""
    names: tuple[str, ...] = DEFAULT_FIELDS
    for m in FORMAT_RE.finditer(source, 0, before):
        got = tuple(f.strip().lower() for f in m["fields"].split(","))
        if "start" in got and "end" in got:
            names = got
    return names


def parse_ssa(source: str, path: str | None = None) -> Document:
    """Parse SubStation Alpha text; a script with no ``Dialogue:`` event is refused."""
    from .captions import _parse_cue_line

    metadata: dict[str, Any] = {"format": "ssa", "media_start": 0.0}
    if path:
        metadata["source"] = path
    if not source.strip():
        return Document(source=source, tokens=(), metadata=metadata)
    events = list(EVENT_RE.finditer(source))
    if not any(e["kind"] == "Dialogue" for e in events):
        raise ParseError("no Dialogue events found in SubStation (SSA/ASS) input", path=path,
                         line=1)
    tokens: list[Token] = []
    anchors: list[Anchor] = []
    markers: list[Marker] = []
    edits: list[Edit] = []
    diagnostics: list[Diagnostic] = []

    def markup(s: int, e: int, rule: str) -> None:
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if s < e:
            edits.append(Edit(s, e, source[s:e], "", "markup", rule, 1.0))

    pos = 0  # the end of what is read
    previous: float | None = None
    for k, event in enumerate(events):
        stop = events[k + 1].start() if k + 1 < len(events) else len(source)
        line_end = source.find("\n", event.end())
        if line_end != -1 and line_end < stop:
            stop = line_end
        markup(pos, event.start(), "ssa-header")
        names = _fields(source, event.start())
        parts: list[tuple[int, int]] = []
        at = event.end()
        for _ in range(len(names) - 1):
            comma = source.find(",", at, stop)
            if comma == -1:
                break
            parts.append((at, comma))
            at = comma + 1
        pos = stop
        if len(parts) != len(names) - 1 or event["kind"] == "Comment":
            markup(event.start(), stop, "ssa-comment" if event["kind"] == "Comment"
                   else "ssa-header")
            continue
        start_s, end_s = (source[slice(*parts[names.index(x)])] for x in ("start", "end"))
        if not (TIME_RE.match(start_s) and TIME_RE.match(end_s)):
            line = source.count("\n", 0, event.start()) + 1
            raise ParseError("malformed event time in SubStation (SSA/ASS) input", path=path,
                             line=line, snippet=source[event.start():event.start() + 60])
        a, b = seconds(start_s.strip()), seconds(end_s.strip())
        if previous is not None and a < previous:
            diagnostics.append(Diagnostic(
                "cue-order", f"event starts at {start_s.strip()}, before the event above it; "
                "timing keeps the text order", source.count("\n", 0, event.start()) + 1))
        previous = a
        anchors.append(Anchor(len(tokens), a, event.start(), at, "cue", b))
        markup(event.start(), at, "cue-timing")
        text_end = stop
        while text_end > at and source[text_end - 1] in " \t\r":
            text_end -= 1
        piece = at
        for br in BREAK_RE.finditer(source, at, text_end):
            _parse_cue_line(source, piece, br.start(), tokens, markers, edits)
            edits.append(Edit(br.start(), br.end(), br.group(), " ", "markup", "ssa-break",
                              1.0))
            piece = br.end()
        _parse_cue_line(source, piece, text_end, tokens, markers, edits)
    markup(pos, len(source), "ssa-header")
    edits.sort(key=lambda e: e.start)
    return Document(source=source, tokens=tuple(tokens), anchors=tuple(anchors),
                    markers=tuple(markers), metadata=metadata, edits=tuple(edits),
                    diagnostics=tuple(diagnostics))

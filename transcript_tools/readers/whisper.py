"""Read the JSON that Whisper-style recognisers write (segments with optional word times and
speakers: openai-whisper, faster-whisper, whisperX) into a `Document` that keeps their times.

Called by `readers.parse`. Every token keeps its span in the JSON text itself: strings are
located while parsing, JSON escapes (``\\u00e9``) become ``markup`` edits to the character,
and the JSON around the words is one ``markup`` edit per gap, so the clean text is still the
source with the edits applied. Word times become ``Document.times``; segments become cue
anchors (the interval `layout` keeps a cue in) and speaker fields become speaker labels.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from json import scanner as _scanner
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, not in stubs
from typing import Any

from ..errors import ParseError
from ..model import Anchor, Document, Edit, Marker, Token
from .tokens import tokenize


class _Located(str):
    """A JSON string value that knows where its characters are in the source."""

    start: int
    stop: int


def _parse_string(s: str, end: int, strict: bool) -> tuple[str, int]:
    value, after = scanstring(s, end, strict)
    located = _Located(value)
    located.start, located.stop = end, after - 1
    return located, after


def _load(source: str, path: str | None) -> Any:
    decoder = json.JSONDecoder()
    decoder.parse_string = _parse_string  # type: ignore[attr-defined]
    decoder.scan_once = _scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        return decoder.decode(source)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno,
                         column=exc.colno) from None


def looks_like_whisper(head: str) -> bool:
    """Content sniffer: a JSON object or list with the keys Whisper-style output has."""
    text = head.lstrip()
    return text[:1] in "{[" and any(
        k in head for k in ('"segments"', '"text"', '"start"', '"transcription"', '"systeminfo"'))


def _raw_offsets(raw: str) -> list[int]:
    """For each character of the decoded string, where it starts in the raw literal."""
    out: list[int] = []
    i = 0
    while i < len(raw):
        out.append(i)
        if raw[i] != "\\":
            i += 1
        elif raw[i + 1:i + 2] != "u":
            i += 2
        else:
            code = int(raw[i + 2:i + 6], 16)
            i += 6
            if 0xD800 <= code < 0xDC00 and raw[i:i + 2] == "\\u":
                i += 6  # a surrogate pair is one character
    out.append(len(raw))
    return out


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens: list[Token] = []
        self.edits: list[Edit] = []
        self.times: list[tuple[float, float]] = []

    def add(self, value: str) -> int:
        """Tokens of one located string; returns how many were added."""
        if not isinstance(value, _Located):
            return 0
        raw = self.source[value.start:value.stop]
        before = len(self.tokens)
        if raw == value:
            self.tokens.extend(tokenize(raw, value.start))
            return len(self.tokens) - before
        where = _raw_offsets(raw)
        for t in tokenize(str(value)):
            s, e = value.start + where[t.start], value.start + where[t.end]
            original = self.source[s:e]
            self.tokens.append(Token(s, e, original, t.kind))
            if original != t.text:
                self.edits.append(Edit(s, e, original, t.text, "markup", "json-escape", 1.0))
        return len(self.tokens) - before


def _number(value: Any) -> float | None:
    """A time: a JSON number, or a string holding one ("1.5", as some tools write)."""
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if number == number and abs(number) != float("inf") else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


def _speaker(segment: dict[str, Any]) -> str | None:
    speaker = segment.get("speaker")
    if speaker is None and segment.get("words"):
        first = segment["words"][0]
        speaker = first.get("speaker") if isinstance(first, dict) else None
    return speaker if isinstance(speaker, str) and speaker.strip() else None


def parse_whisper(source: str, *, path: str | None = None) -> Document:
    """Parse Whisper-style JSON: ``{"segments": [{"start", "end", "text", "words": [{"word",
    "start", "end"}], "speaker"}]}`` (a bare list of segments is accepted too, and
    whisper.cpp's ``{"transcription": [{"offsets": {"from", "to"}, "text"}]}``)."""
    data = _load(source, path)
    segments = data.get("segments") if isinstance(data, dict) else data
    ours = isinstance(data, dict) and isinstance(data.get("schema"), str) and \
        data["schema"].startswith(OUR_SCHEMA) and segments is None
    if ours:
        segments = _our_segments(data, source)
    elif isinstance(data, dict) and segments is None and "transcription" in data:
        segments = _whisper_cpp(data["transcription"])
    elif isinstance(data, dict) and segments is None and isinstance(data.get("text"), str):
        segments = [{"text": data["text"]}]  # OpenAI's transcription API, format "json"
    if not isinstance(segments, list) or not all(isinstance(s, dict) for s in segments):
        raise ParseError("JSON without a list of segments (expected Whisper-style output)",
                         path=path, line=1)
    b = _Builder(source)
    anchors: list[Anchor] = []
    markers: list[Marker] = []
    word_times = True
    current_speaker: str | None = None
    for seg in segments:
        start, end = _number(seg.get("start")), _number(seg.get("end"))
        first = len(b.tokens)
        words = seg.get("words") if isinstance(seg.get("words"), list) else None
        changes: list[tuple[int, str]] = []  # (token, speaker) of words that name one
        if words:
            for w in words:
                if not isinstance(w, dict):
                    continue
                said = w.get("word", w.get("text", ""))
                before = len(b.tokens)
                count = b.add(said if isinstance(said, str) else "")
                who = w.get("speaker")
                if count and isinstance(who, str) and who.strip():
                    changes.append((before, who))
                ws, we = _number(w.get("start")), _number(w.get("end"))
                if ws is None or we is None:
                    ws = we = b.times[-1][1] if b.times else (start or 0.0)
                for k in range(count):
                    b.times.append((ws, we) if k == 0 else (we, we))
        elif isinstance(seg.get("parts"), list):  # (our own JSON's cue: `_our_segments`)
            word_times = False
            for said, who in seg["parts"]:
                before = len(b.tokens)
                if b.add(said) and isinstance(who, str) and who.strip():
                    changes.append((before, who))
        else:
            word_times = False
            b.add(seg.get("text", ""))
        if len(b.tokens) == first or start is None:
            continue
        speaker = _speaker(seg)
        if speaker is not None and not (changes and changes[0][0] == first):
            changes.insert(0, (first, speaker))
        for index, who in changes:
            if who != current_speaker:
                # A change of speaker is a speaker marker (it ends the sentence before it, as
                # ``>>`` does) with the speaker's label.
                at = b.tokens[index].start
                if current_speaker is not None:
                    markers.append(Marker(index, "speaker", at, at))
                markers.append(Marker(index, "label", at, at, who))
                current_speaker = who
        tok = b.tokens[first]
        anchors.append(Anchor(first, start, tok.start, tok.end, "cue",
                              end if end is not None and end >= start else None))
    _structure_edits(source, b)
    metadata: dict[str, Any] = {"format": "whisper-json", "media_start": 0.0}
    if ours:
        metadata["made_by"] = "transcript-tools"  # its cue times are ours (`cuetimes`)
    if isinstance(data, dict):
        result = data.get("result")  # whisper.cpp keeps it there
        language = data.get("language", result.get("language") if isinstance(result, dict)
                            else None)
        if isinstance(language, str):
            metadata["language"] = str(language)
    if path:
        metadata["source"] = path
    times = tuple(b.times) if word_times and len(b.times) == len(b.tokens) else ()
    return Document(source=source, tokens=tuple(b.tokens), anchors=tuple(anchors),
                    markers=tuple(markers), metadata=metadata,
                    edits=tuple(sorted(b.edits, key=lambda e: e.start)), times=times)


OUR_SCHEMA = "transcript-tools/"
"""How our JSON writer's ``schema`` field opens (`writers.json`)."""


def _our_segments(data: dict[str, Any], source: str) -> Any:
    """Our own JSON read back (qa43): its cues as segments, each with its times and its
    speaker; a cue in which a turn starts (a dialogue's second line, a turn the cue runs
    into) as ``parts``, its text cut where that turn's words start, each part with its
    speaker, in the cue's one window; without cues (an untimed text), its turns.
    Before, its ``text`` was read as one untimed segment of one speaker."""
    cues, turns = data.get("cues"), data.get("turns")
    if not isinstance(turns, list) or not all(isinstance(t, dict) for t in turns):
        turns = []
    if not isinstance(cues, list) or not cues or not all(isinstance(c, dict) for c in cues):
        return [{"start": t.get("start"), "end": t.get("end"), "text": t.get("text", ""),
                 "speaker": t.get("speaker")} for t in turns] or (
            [{"text": data["text"]}] if isinstance(data.get("text"), str) else None)
    starts = [(at, t.get("speaker"), t.get("text")) for t in turns
              if (at := _number(t.get("start"))) is not None and isinstance(t.get("text"), str)]
    # the turns by start time, to find those inside a cue by bisection (a long record holds
    # thousands of cues and turns); each cue takes them in the record's order
    order = sorted(range(len(starts)), key=lambda i: starts[i][0])
    times = [starts[i][0] for i in order]
    out: list[dict[str, Any]] = []
    for cue in cues:
        start, end, text = _number(cue.get("start")), _number(cue.get("end")), cue.get("text")
        speaker = cue.get("speaker")
        if start is None or end is None or not isinstance(text, _Located):
            out.append({"start": start, "end": end, "text": text, "speaker": speaker})
            continue
        flat = str(text).replace("\n", " ")
        parts: list[tuple[_Located, Any]] = []
        pos = 0
        inside = sorted(order[bisect_right(times, start):bisect_left(times, end)])
        for _, who, said in map(starts.__getitem__, inside):  # (start < its time < end)
            if who == speaker:
                continue
            cut = _turn_start(flat, pos, said)
            if cut is None:
                continue
            parts.append((_slice(source, text, pos, cut), speaker))
            pos, speaker = cut, who
        if parts:  # one cue, one window: the speakers change inside it
            parts.append((_slice(source, text, pos, len(text)), speaker))
            out.append({"start": start, "end": end, "parts": parts})
        else:
            out.append({"start": start, "end": end, "text": text, "speaker": speaker})
    return out


def _turn_start(flat: str, pos: int, said: str) -> int | None:
    """Where in a cue's text (``flat``, lines joined by spaces) after ``pos`` a turn whose
    text is ``said`` starts: a word start from which the cue's words are the turn's first
    words (or the whole turn); None if there is none."""
    for k in range(pos + 1, len(flat)):
        if flat[k - 1] == " " and flat[k] != " ":
            rest = flat[k:].rstrip()
            if rest and (said.startswith(rest) or rest.startswith(said)):
                return k
    return None


def _slice(source: str, value: _Located, a: int, b: int) -> _Located:
    """``value[a:b]``, located in ``source`` (escapes counted as their raw characters)."""
    where = _raw_offsets(source[value.start:value.stop])
    part = _Located(str(value)[a:b])
    part.start, part.stop = value.start + where[a], value.start + where[b]
    return part


def _whisper_cpp(items: Any) -> Any:
    """whisper.cpp's JSON (``-oj``): ``transcription`` items with ``offsets`` in
    milliseconds (``timestamps`` as text) and ``text``, as segments. Its per-token list
    (``-ojf``) holds sub-word pieces and special tokens: the item's text is read instead."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return items
    out = []
    for item in items:
        offsets = item.get("offsets") if isinstance(item.get("offsets"), dict) else {}
        start, end = _number(offsets.get("from")), _number(offsets.get("to"))
        out.append({"start": start / 1000 if start is not None else None,
                    "end": end / 1000 if end is not None else None,
                    "text": item.get("text", "")})
    return out


def _structure_edits(source: str, b: _Builder) -> None:
    """The JSON between the words (keys, numbers, the segment texts Whisper repeats) is
    structure: one ``markup`` edit per gap that leaves a space (nothing at either end)."""
    pos = 0
    for tok in b.tokens:
        gap = source[pos:tok.start]
        if gap and not gap.isspace():
            b.edits.append(Edit(pos, tok.start, gap, " " if pos else "", "markup",
                                "json-structure", 1.0))
        pos = tok.end
    if source[pos:].strip():
        b.edits.append(Edit(pos, len(source), source[pos:], "", "markup", "json-structure",
                            1.0))

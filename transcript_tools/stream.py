"""Clean very large input in bounded memory: split it into chunks (broadcast text at wall-clock
lines, SRT/WebVTT at blank lines before a cue), clean each chunk, write one output.

Called by the CLI for inputs over `LARGE_INPUT` characters; usable from the library as
``write_chunks(clean_chunks(text, cleaner), "vtt", out)``. Memory is bounded by the chunk
size (a cleaned document costs ~650 bytes per token), not by the input size.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import tempfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Literal

import regex

from . import writers
from .errors import ParseError
from .model import CONTINUES, Cue, Document, Turn
from .options import MAX_MEDIA_START
from .pipeline import Cleaner
from .readers.broadcast import parse_broadcast
from .readers.captions import parse_captions
from .transcript import Transcript
from .writers import json as json_writer

LARGE_INPUT = 4_000_000
"""Inputs longer than this (characters) are cleaned in chunks by the CLI."""
CHUNK_CHARS = 500_000
"""Target chunk size: about 90,000 tokens, about 60 MB while a chunk is cleaned."""

# A wall-clock line, where a chunk cut loses nothing: the clock becomes the chunk's first anchor.
_CLOCK_LINE_RE = regex.compile(
    r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?[ \t]*\]?[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE)
_SPACE_RE = regex.compile(r"\s", regex.REVERSE)
_NEXT_SPACE_RE = regex.compile(r"\s")


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` in order. Each cut falls in the second half
    of a ``max_chars`` window: before the last wall-clock line there, else after the last
    blank line, line end or space; a run without any space is never cut (the chunk grows to
    the next space). Linear: each window is searched once."""
    n = len(text)
    pos = 0
    while n - pos > max_chars:
        lo, hi = pos + max_chars // 2, pos + max_chars
        cut = -1
        for m in _CLOCK_LINE_RE.finditer(text, lo, hi):
            cut = m.start()
        if cut <= pos:
            for sep in ("\n\n", "\r\n\r\n", "\n", "\r"):
                k = text.rfind(sep, lo, hi)
                if k > pos:
                    cut = k + len(sep)
                    break
        if cut <= pos:
            m = _SPACE_RE.search(text, lo, hi)
            if m is None:
                m = _NEXT_SPACE_RE.search(text, hi)
            cut = m.end() if m else n
        yield pos, cut
        pos = cut
    if pos < n or n == 0:
        yield pos, n


# A blank line, then a cue: an optional identifier line and a timing line. Cutting at the
# cue's first line keeps every cue whole (a cue's lines never hold a blank line between them);
# ``turn`` is set when the cue's text opens with a speaker change (``>>``, ``- ``, ``<v``).
_CUE_START_RE = regex.compile(
    r"(?:\r\n|[\n\r])[ \t]*(?:\r\n|[\n\r])(?P<cue>(?:[^\r\n]*\S[^\r\n]*(?:\r\n|[\n\r]))?"
    r"[ \t]*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->)"
    r"(?P<turn>[^\r\n]*(?:\r\n|[\n\r])[ \t]*(?:>>|-[ \t]|<v[ .>]))?")


def split_captions(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` spans covering SRT or WebVTT ``text`` in order, each cut at the first
    line of a cue that follows a blank line: the last such cue in the second half of a
    ``max_chars`` window that opens a speaker turn (sentences and turns do not run across
    it), else the last such cue there, else the next one after it (else the text's end)."""
    n = len(text)
    pos = 0
    while n - pos > max_chars:
        lo, hi = pos + max_chars // 2, pos + max_chars
        cut = turn = -1
        for m in _CUE_START_RE.finditer(text, lo, hi):
            cut = m.start("cue")
            if m["turn"] is not None:
                turn = cut
        cut = max(turn, cut) if turn < 0 else turn
        if cut <= pos:
            m = _CUE_START_RE.search(text, hi)
            cut = m.start("cue") if m else n
        yield pos, cut
        pos = cut
    if pos < n or n == 0:
        yield pos, n


@dataclass(frozen=True, slots=True)
class Chunk:
    """One cleaned chunk: ``transcript.source == text[offset:offset + len(source)]``."""

    offset: int
    line: int  # 1-based line of the whole text on which the chunk starts
    transcript: Transcript


def clean_chunks(text: str, cleaner: Cleaner, *, path: str | None = None,
                 max_chars: int = CHUNK_CHARS,
                 format: Literal["broadcast", "srt", "vtt"] = "broadcast") -> Iterator[Chunk]:
    """Clean broadcast, SRT or WebVTT ``text`` chunk by chunk; warnings and errors keep the
    whole text's line numbers. Broadcast times stay on one timeline: every chunk uses the
    first chunk's media start, the reader's clock continues across cuts (midnight wraps,
    backwards and jumping clocks are found as in one piece), and a chunk's cues never start
    before the previous chunk's last cue ends. Caption times are absolute and kept; a cue out
    of order across a cut is reported as in one piece."""
    captions = format in ("srt", "vtt")
    media_start: float | None = None
    last_clock: float | None = None
    last_end = 0.0
    speakers: dict[object, str] = {}
    shown: dict[str, int] = {}  # "Speaker N"'s N by id, across the chunks
    line = 1
    for start, end in (split_captions if captions else split_text)(text, max_chars):
        fragment = start > 0
        if start == 0 and text[:1] == "\ufeff":
            start = 1  # a byte-order mark is not text (as in `readers.parse`)
        source = text[start:end]
        doc = _read(source, format, path, line, last_clock, fragment=fragment)
        clocks = [a.seconds for a in doc.anchors if a.kind == ("cue" if captions else "clock")]
        if clocks:
            last_clock = clocks[-1] if captions else max(clocks)
        if media_start is not None:
            doc = doc.replace(metadata=dict(doc.metadata, media_start=media_start))
        if line > 1:
            doc = doc.replace(diagnostics=tuple(
                dataclasses.replace(d, line=d.line + line - 1) if d.line else d
                for d in doc.diagnostics))
        if end < len(text):
            doc = doc.replace(metadata=dict(doc.metadata, **{CONTINUES: True}))
        result = cleaner.run(doc)
        if CONTINUES in result.metadata:
            result = result.replace(metadata={k: v for k, v in result.metadata.items()
                                              if k != CONTINUES})
        if media_start is None:
            media_start = result.metadata.get("media_start")
            if any(d.code == "media-start" for d in result.diagnostics) and isinstance(
                    media_start, float) and 0 <= media_start < MAX_MEDIA_START:
                # The given media start gave way to the first word (`timing`): later chunks
                # count from that word too, on one timeline, without warning again.
                cleaner = type(cleaner)(options=cleaner.options.replace(
                    media_start=media_start), lexicon=cleaner.lexicon)
        if not captions and result.cues and result.cues[0].start < last_end:
            shift = last_end + cleaner.options.min_gap - result.cues[0].start
            result = result.replace(**{key: tuple(
                dataclasses.replace(c, start=c.start + shift, end=c.end + shift)
                for c in getattr(result, key)) for key in _CUES})
        elif captions and result.cues and result.cues[0].start < last_end:
            result = result.replace(**{key: _after(getattr(result, key), last_end,
                                                   cleaner.options.min_gap)
                                       for key in _CUES})
        if result.cues:
            last_end = max([result.cues[-1].end] + [c.end for c in result.srt_cues[-1:]])
        result = _renumber(result, speakers, cleaner.options.speakers, shown)
        yield Chunk(start, line, Transcript(result))
        lines = source.splitlines(keepends=True)  # the reader's own line count
        line += len(lines) - (1 if lines and lines[-1] == lines[-1].splitlines()[0] else 0)


_CUES = ("cues", "srt_cues")
"""A document's cue lists (`Document.srt_cues`: SRT's, where they differ): a chunk moves both
alike."""


def _after(cues: tuple[Cue, ...], end: float, gap: float) -> tuple[Cue, ...]:
    """Caption cues that ran before the previous chunk's last cue (layout lent them time past
    the cut) moved just after it, each keeping its length, until one no longer overlaps."""
    moved = list(cues)
    for k, c in enumerate(moved):
        if c.start >= end + gap - 1e-9:
            break
        shift = end + gap - c.start
        moved[k] = dataclasses.replace(c, start=round(c.start + shift, 3),
                                       end=round(c.end + shift, 3))
        end = moved[k].end
    return tuple(moved)


def _renumber(doc: Document, ids: dict[object, str], cap: int | None,
              shown: dict[str, int]) -> Document:
    """Speaker ids on one numbering across chunks, keyed as `turns` keys them in one piece:
    by label, else by role (host, guest); every "other" turn gets a new id. "Speaker N"
    (`Turn.number`) counts the ids shown without a name across the chunks (``shown``: id ->
    N, carried from chunk to chunk), in the order they first speak, as in one piece."""
    local: dict[str, str] = {}
    for t in doc.turns:
        if t.speaker not in local:
            key: object = t.label.casefold() if t.label else (
                t.role if t.role != "other" else ("other", len(ids)))
            if key not in ids:
                ids[key] = f"S{min(len(ids) + 1, cap) if cap else len(ids) + 1}"
            local[t.speaker] = ids[key]
    # the chunk's ids speak first in the order of their numbers (`turns._in_order`: a turn
    # whose words all went takes no number ahead of the first voice), the others as they come
    unnamed = [t.speaker for t in doc.turns if t.numbered]
    for i in sorted(dict.fromkeys(unnamed), key=lambda i: (
            (0, int(i[1:])) if i[:1] == "S" and i[1:].isdigit() else (1, 0))):
        shown.setdefault(local[i], len(shown) + 1)

    def number(t: Turn) -> int | None:
        if not t.numbered:
            return None
        n = shown[local[t.speaker]]
        return n if f"S{n}" != local[t.speaker] else None

    turns = tuple(dataclasses.replace(t, speaker=local[t.speaker], number=number(t))
                  for t in doc.turns)
    if turns == doc.turns:
        return doc
    names = {a.display_name: b.display_name for a, b in zip(doc.turns, turns)
             if not a.named and a.display_name}
    return doc.replace(turns=turns, **{key: tuple(
        c if c.speaker not in names else dataclasses.replace(c, speaker=names[c.speaker])
        for c in getattr(doc, key)) for key in _CUES})


def _read(source: str, fmt: str, path: str | None, line: int, last: float | None, *,
          fragment: bool) -> Document:
    """One chunk's document; a `ParseError`'s line is moved to the whole text's line."""
    if fmt == "broadcast":
        return parse_broadcast(source, path=path, last_clock=last, fragment=fragment)
    try:
        return parse_captions(source, "srt" if fmt == "srt" else "vtt", path=path,
                              fragment=fragment, last_start=last)
    except ParseError as exc:
        if not exc.line or line == 1:
            raise
        raise type(exc)(exc.message, path=exc.path, line=exc.line + line - 1,
                        column=exc.column, snippet=exc.snippet) from None


_SRT_INDEX_RE = regex.compile(r"(?m)^\d+$(?=\r?\n\d+:\d{2}:\d{2},\d{3} --> )")


def write_chunks(chunks: Iterator[Chunk], fmt: str, out: IO[str], **options: Any) -> None:
    """Write cleaned chunks as one text, WebVTT, SRT or JSON output."""
    write_chunks_to(chunks, [(fmt, out, options)])


def write_chunks_to(chunks: Iterator[Chunk],
                    targets: Sequence[tuple[str, IO[str], dict[str, Any]]]) -> None:
    """Write the same cleaned chunks to several outputs at once, ``(format, out, options)``
    each: every chunk is cleaned once and handed to each writer in turn (`batch` writes a
    large file's formats in one pass, not one cleaning per format)."""
    sinks = [_json_sink(out) if fmt == "json" else _sink(fmt, out, options)
             for fmt, out, options in targets]
    try:
        for sink in sinks:
            next(sink)  # each starts, checking its format
        for chunk in chunks:
            for sink in sinks:
                sink.send(chunk)
        for sink in sinks:
            with contextlib.suppress(StopIteration):
                sink.send(None)
    finally:
        for sink in sinks:
            sink.close()


Sink = Generator[None, "Chunk | None", None]
"""A writer taking chunks by ``send(chunk)``, finishing its output at ``send(None)``."""


def _sink(fmt: str, out: IO[str], options: dict[str, Any]) -> Sink:
    """Text, WebVTT or SRT chunk by chunk: one header, cues apart, SRT numbers running on."""
    if fmt not in ("text", "vtt", "srt"):
        raise ValueError(f"unknown output format {fmt!r}")
    index = 0
    first = True
    ended = ""
    colours: dict[str, str] = {}  # (speakers in colour: one colour a speaker across chunks)
    while (chunk := (yield)) is not None:
        t = chunk.transcript
        if fmt == "text":
            part = t.to_text(**options)
        elif fmt == "vtt":
            part = writers.write(t.document, "vtt", given=colours, **options)
            if not first:  # one header: later chunks start at their first cue
                cue = part.find("-->")
                part = part[part.rfind("\n\n", 0, cue) + 2:] if cue >= 0 else ""
        else:
            def renumber(_: regex.Match[str]) -> str:
                nonlocal index
                index += 1
                return str(index)
            part = _SRT_INDEX_RE.sub(renumber, writers.write(t.document, "srt", given=colours,
                                                           **options))
            part = part.rstrip("\n") + "\n\n" if part.strip() else ""
        if part:
            if not first and fmt == "text" and not part.startswith("\n"):
                out.write("\n")
            if not first and fmt == "vtt" and not ended.endswith("\n\n"):
                out.write("\n" if ended.endswith("\n") else "\n\n")  # cues apart
            ended = part[-2:]
            out.write(part)
            first = False


_SECTIONS = ("corrections", "suggestions", "turns", "cues", "warnings")


def _json_sink(out: IO[str]) -> Sink:
    """The JSON record of `writers.json`, streamed: each section spools to a temporary file,
    source offsets and line numbers shifted to the whole input."""
    spools = {name: tempfile.TemporaryFile("w+", encoding="utf-8") for name in _SECTIONS}
    text = tempfile.TemporaryFile("w+", encoding="utf-8")
    counts = dict.fromkeys(_SECTIONS, 0)
    metadata: dict[str, Any] | None = None
    try:
        while (chunk := (yield)) is not None:
            rec = json_writer.record(chunk.transcript.document)
            if metadata is None:
                metadata = rec["metadata"]
            if rec["text"]:
                text.write((" " if text.tell() else "") + json.dumps(
                    rec["text"], ensure_ascii=False)[1:-1])
            for item in rec["corrections"] + rec["suggestions"]:
                item["start"] += chunk.offset
                item["end"] += chunk.offset
            for item in rec["turns"]:
                item["source_start"] += chunk.offset
                item["source_end"] += chunk.offset
            for item in rec["warnings"]:
                if item["line"]:
                    item["line"] += chunk.line - 1
            for name in _SECTIONS:
                for item in rec[name]:
                    spools[name].write((",\n    " if counts[name] else "\n    ")
                                       + json.dumps(item, ensure_ascii=False))
                    counts[name] += 1
        out.write('{\n  "schema": ' + json.dumps(json_writer.SCHEMA) + ',\n  "metadata": '
                  + json.dumps(metadata or {}, ensure_ascii=False) + ',\n  "text": "')
        _copy(text, out)
        out.write('"')
        for name in _SECTIONS:
            out.write(f',\n  "{name}": [')
            _copy(spools[name], out)
            out.write("\n  ]" if counts[name] else "]")
        out.write("\n}\n")
    finally:
        text.close()
        for spool in spools.values():
            spool.close()


def _copy(spool: IO[str], out: IO[str]) -> None:
    spool.seek(0)
    while block := spool.read(1 << 20):
        out.write(block)

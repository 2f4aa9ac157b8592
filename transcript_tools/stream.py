"""Clean very large broadcast text in bounded memory: split it into chunks at wall-clock lines
(else paragraphs, line ends, spaces), clean each chunk, and write the results as one output.

Called by the CLI for inputs over `LARGE_INPUT` characters; usable from the library as
``write_chunks(clean_chunks(text, cleaner), "vtt", out)``. Memory is bounded by the chunk
size (a cleaned document costs ~650 bytes per token), not by the input size.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import regex

from .pipeline import Cleaner
from .readers.broadcast import parse_broadcast
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


@dataclass(frozen=True, slots=True)
class Chunk:
    """One cleaned chunk: ``transcript.source == text[offset:offset + len(source)]``."""

    offset: int
    line: int  # 1-based line of the whole text on which the chunk starts
    transcript: Transcript


def clean_chunks(text: str, cleaner: Cleaner, *, path: str | None = None,
                 max_chars: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Clean broadcast ``text`` chunk by chunk. Times stay on one timeline: every chunk uses
    the first chunk's media start, the reader's clock continues across cuts (midnight wraps,
    backwards and jumping clocks are found as in one piece, warnings keep the whole text's
    line numbers), and a chunk's cues never start before the previous chunk's last cue ends."""
    media_start: float | None = None
    last_clock: float | None = None
    last_end = 0.0
    line = 1
    for start, end in split_text(text, max_chars):
        if start == 0 and text[:1] == "\ufeff":
            start = 1  # a byte-order mark is not text (as in `readers.parse`)
        source = text[start:end]
        doc = parse_broadcast(source, path=path, last_clock=last_clock)
        clocks = [a.seconds for a in doc.anchors if a.kind == "clock"]
        if clocks:
            last_clock = max(clocks)
        if media_start is not None:
            doc = doc.replace(metadata=dict(doc.metadata, media_start=media_start))
        if line > 1:
            doc = doc.replace(diagnostics=tuple(
                dataclasses.replace(d, line=d.line + line - 1) if d.line else d
                for d in doc.diagnostics))
        result = cleaner.run(doc)
        if media_start is None:
            media_start = result.metadata.get("media_start")
        if result.cues and result.cues[0].start < last_end:
            shift = last_end + cleaner.options.min_gap - result.cues[0].start
            result = result.replace(cues=tuple(
                dataclasses.replace(c, start=c.start + shift, end=c.end + shift)
                for c in result.cues))
        if result.cues:
            last_end = result.cues[-1].end
        yield Chunk(start, line, Transcript(result))
        lines = source.splitlines(keepends=True)  # the reader's own line count
        line += len(lines) - (1 if lines and lines[-1] == lines[-1].splitlines()[0] else 0)


_SRT_INDEX_RE = regex.compile(r"(?m)^\d+$(?=\r?\n\d+:\d{2}:\d{2},\d{3} --> )")


def write_chunks(chunks: Iterator[Chunk], fmt: str, out: IO[str], **options: Any) -> None:
    """Write cleaned chunks as one text, WebVTT, SRT or JSON output."""
    if fmt == "json":
        _write_json(chunks, out)
        return
    index = 0
    first = True
    for chunk in chunks:
        t = chunk.transcript
        if fmt == "text":
            part = t.to_text(**options)
        elif fmt == "vtt":
            part = t.to_webvtt(**options)
            if not first:  # one header: later chunks start at their first cue
                cue = part.find("-->")
                part = part[part.rfind("\n\n", 0, cue) + 2:] if cue >= 0 else ""
        elif fmt == "srt":
            def renumber(_: regex.Match[str]) -> str:
                nonlocal index
                index += 1
                return str(index)
            part = _SRT_INDEX_RE.sub(renumber, t.to_srt(**options))
            part = part.rstrip("\n") + "\n\n" if part.strip() else ""
        else:
            raise ValueError(f"unknown output format {fmt!r}")
        if part:
            if not first and fmt == "text" and not part.startswith("\n"):
                out.write("\n")
            out.write(part)
            first = False


_SECTIONS = ("corrections", "suggestions", "turns", "cues", "warnings")


def _write_json(chunks: Iterator[Chunk], out: IO[str]) -> None:
    """The JSON record of `writers.json`, streamed: each section spools to a temporary file,
    source offsets and line numbers shifted to the whole input."""
    spools = {name: tempfile.TemporaryFile("w+", encoding="utf-8") for name in _SECTIONS}
    text = tempfile.TemporaryFile("w+", encoding="utf-8")
    counts = dict.fromkeys(_SECTIONS, 0)
    metadata: dict[str, Any] | None = None
    try:
        for chunk in chunks:
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

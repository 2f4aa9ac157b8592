"""Writers: a finished `Document` -> text, WebVTT, SRT or JSON, behind one registry.

To add a format: (1) write ``writers/NAME.py`` with ``write(doc, **options) -> str``;
(2) add it to ``WRITERS`` and its extensions to ``EXTENSIONS``; (3) test what it writes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Document
from . import json as json_writer
from . import review as review_writer
from . import srt as srt_writer
from . import text as text_writer
from . import webvtt as webvtt_writer

Writer = Callable[..., str]

WRITERS: dict[str, Writer] = {
    "text": text_writer.write,
    "vtt": webvtt_writer.write,
    "srt": srt_writer.write,
    "json": json_writer.write,
    "review": review_writer.write,
}
EXTENSIONS = {".txt": "text", ".text": "text", ".vtt": "vtt", ".webvtt": "vtt",
              ".srt": "srt", ".json": "json", ".html": "review", ".htm": "review"}


def write(doc: Document, format: str, **options: Any) -> str:
    try:
        writer = WRITERS[format]
    except KeyError:
        raise ValueError(f"unknown output format {format!r}; known: {', '.join(WRITERS)}") \
            from None
    return writer(doc, **options)

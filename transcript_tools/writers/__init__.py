"""Writers: a finished `Document` -> text, WebVTT, SRT or JSON, behind one registry.

To add a format: (1) write ``writers/NAME.py`` with ``write(doc, **options) -> str``;
(2) add it to ``WRITERS`` and its extensions to ``EXTENSIONS``; (3) test what it writes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..collector import collector_paused
from ..model import Document
from . import json as json_writer
from . import text as text_writer

Writer = Callable[..., str]


def _on_first_use(module: str) -> Writer:
    """The ``write`` of ``writers.<module>``, imported when first called: the caption writers
    bring webvtt-py and the review page its template, which a process writing text never
    needs (a fresh process's start-up is part of the cold start)."""

    def write(doc: Document, **options: Any) -> str:
        writer: Writer = importlib.import_module(f"{__name__}.{module}").write
        return writer(doc, **options)

    write.__name__ = write.__qualname__ = f"{module}_write"
    return write


WRITERS: dict[str, Writer] = {
    "text": text_writer.write,
    "vtt": _on_first_use("webvtt"),
    "srt": _on_first_use("srt"),
    "json": json_writer.write,
    "review": _on_first_use("review"),
}
EXTENSIONS = {".txt": "text", ".text": "text", ".vtt": "vtt", ".webvtt": "vtt",
              ".srt": "srt", ".json": "json", ".html": "review", ".htm": "review"}


def write(doc: Document, format: str, **options: Any) -> str:
    try:
        writer = WRITERS[format]
    except KeyError:
        raise ValueError(f"unknown output format {format!r}; known: {', '.join(WRITERS)}") \
            from None
    with collector_paused():
        return writer(doc, **options)

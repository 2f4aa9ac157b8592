"""`Transcript`: the result of `clean`, a finished document with its writers.

Returned by `clean` and `Cleaner.clean`; the CLI only calls these methods.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from . import writers
from .errors import OptionsError
from .model import Cue, Document, Edit, Turn, apply_edits


class Transcript:
    """A cleaned transcript. ``text`` is ``apply_edits(source, corrections)``."""

    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def source(self) -> str:
        return self.document.source

    @property
    def text(self) -> str:
        return self.document.text()

    @property
    def corrections(self) -> tuple[Edit, ...]:
        return self.document.edits

    @property
    def suggestions(self) -> tuple[Edit, ...]:
        return self.document.suggestions

    @property
    def turns(self) -> tuple[Turn, ...]:
        return self.document.turns

    @property
    def cues(self) -> tuple[Cue, ...]:
        return self.document.cues

    @property
    def metadata(self) -> dict[str, Any]:
        return self.document.metadata

    @property
    def warnings(self) -> list[str]:
        return [d.message for d in self.document.diagnostics]

    def replay(self) -> str:
        """The text rebuilt from the source and the correction log alone."""
        return apply_edits(self.document.source, self.document.edits)

    def to_text(self, *, speaker_labels: bool | None = None) -> str:
        return writers.write(self.document, "text", speaker_labels=speaker_labels)

    def to_webvtt(self, *, voices: bool = True) -> str:
        return writers.write(self.document, "vtt", voices=voices)

    def to_srt(self, *, speaker_labels: bool = True) -> str:
        return writers.write(self.document, "srt", speaker_labels=speaker_labels)

    def to_json(self, *, indent: int | None = 2) -> str:
        return writers.write(self.document, "json", indent=indent)

    def to_dict(self) -> dict[str, Any]:
        return writers.json_writer.record(self.document)

    def render(self, format: str) -> str:
        """Output in a format named as the CLI names it: text, vtt, srt, json or review."""
        if format not in writers.WRITERS:
            raise OptionsError(f"unknown output format {format!r}; known: "
                               f"{', '.join(writers.WRITERS)}")
        return writers.write(self.document, format)

    def save(self, path: str | os.PathLike[str], format: str | None = None) -> Path:
        """Write to ``path`` (UTF-8, no BOM) in ``format`` or the one its extension names;
        atomically: a failure leaves an earlier file at ``path`` as it was."""
        target = Path(path)
        fmt = format or writers.EXTENSIONS.get(target.suffix.lower(), "text")
        if fmt not in writers.WRITERS:
            raise OptionsError(f"unknown output format {fmt!r}; known: "
                               f"{', '.join(writers.WRITERS)}")
        writers.write_file(self.document, fmt, target)  # atomically, in parts
        return target

    def __repr__(self) -> str:
        return (f"<Transcript {len(self.document.tokens)} tokens, "
                f"{len(self.corrections)} corrections, {len(self.turns)} turns, "
                f"{len(self.cues)} cues>")

"""The public calls: `clean` for one text, `Cleaner` for many, `read` for files.

Re-exported by the package root.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable

from .collector import collector_paused
from .decisions import Decisions
from .errors import InputError
from .model import Document
from .options import Options
from .pipeline import Cleaner as _Pipeline
from .readers import EXTENSIONS, parse, read
from .transcript import Transcript


def _file_name_shaped(text: str) -> bool:
    """One word ending in a transcript's extension ("show.txt", "../in/a.vtt"): what
    `clean_many` reads as a path; `clean` refuses it rather than clean the name as text."""
    return (0 < len(text) < 4096 and not any(c.isspace() for c in text)
            and os.path.splitext(text)[1].lower() in EXTENSIONS)


class Cleaner(_Pipeline):
    """Prepared once (lexicon, indexes), used for many transcripts::

        cleaner = Cleaner(names=["Jacinda Ardern"], references=[article_text])
        for path in paths:
            cleaner.clean_file(path).save(path + ".vtt")
    """

    def clean(self, text: str | Document, *, format: str | None = None,
              decisions: Decisions | None = None) -> Transcript:
        """Clean text (format detected unless given) or an already parsed `Document`;
        ``decisions`` (from the review page, `Decisions.load`) are applied as it runs."""
        if isinstance(text, Document):
            return Transcript(self._run(text, decisions))
        if isinstance(text, os.PathLike):
            raise TypeError(f"clean() takes the text (str) or a Document, not a path "
                            f"({type(text).__name__}): for a file use clean(read(path)) or "
                            "Cleaner().clean_file(path)")
        if not isinstance(text, str):
            raise TypeError(f"clean() takes str or Document, not {type(text).__name__}")
        if _file_name_shaped(text):
            raise InputError(f"{text!r} is a file name, not a transcript's text: for a file use "
                             "clean(read(path)) or Cleaner().clean_file(path)")
        # one pause over parse and stages: the collector's pass when it is back on walks the
        # document's tokens once, not once after the parse and again after the stages
        with collector_paused():
            return Transcript(self._run(parse(text, format=format), decisions))

    def clean_file(self, path: str | os.PathLike[str], *, format: str | None = None,
                   decisions: Decisions | None = None) -> Transcript:
        """Read (`read`: the encoding and format detected) and clean a file; its path is kept
        in error messages and the metadata."""
        with collector_paused():  # one pause over read and stages (as in `clean`)
            return Transcript(self._run(read(path, format=format), decisions))

    def _run(self, doc: Document, decisions: Decisions | None) -> Document:
        if decisions is None:
            return self.run(doc)
        reviewed = copy.copy(self)
        reviewed.stages = decisions.staged(self.stages)
        return reviewed.run(doc)


def clean(text: str | Document, *, names: Iterable[str] | None = None,
          references: Iterable[str] | None = None, options: Options | None = None,
          format: str | None = None, decisions: Decisions | None = None) -> Transcript:
    """Clean one transcript.

    ``text``: caption text (archive broadcast text, SRT or WebVTT; detected) or a `Document`
    from `read`. ``names``: names to spell right, one per item (``"Main | alias"``).
    ``references``: texts on the same story whose properly cased names join the lexicon.
    ``options``: an `Options` (defaults when None). ``format``: the input's format
    ("broadcast", "srt", "vtt", "whisper", "ssa"; detected when None). ``decisions``: a
    review page's exported decisions (`Decisions.load`), applied as the stages run.
    Bad input raises a `TranscriptError` subclass (`InputError`, `ParseError`, ...).
    """
    if isinstance(names, str):
        raise InputError("names must be an iterable of names, not one string (a names file: "
                         "open(path, encoding='utf-8-sig').read().splitlines())")
    if isinstance(references, str):
        references = [references]
    return Cleaner(names, references, options).clean(text, format=format, decisions=decisions)


__all__ = ["Cleaner", "Decisions", "clean", "read"]

"""transcript-tools: clean broadcast caption transcripts into readable text, captions and a
traceable record of every change.

    import transcript_tools as tt

    t = tt.clean(tt.read("show.txt"), names=["Jacinda Ardern"])   # or tt.clean(text, ...)
    print(t.text)                # the clean text
    t.save("show.vtt")           # WebVTT; .srt, .json, .txt, .html (review page) likewise
    for edit in t.corrections:   # every change, with its source offsets, kind and rule
        ...

`Cleaner` prepares the names once for many transcripts, `clean_many` runs them on every core,
`Options` holds every switch; errors derive from `TranscriptError`. The command line is
``transcript-tools`` (``python -m transcript_tools``): ``clean``, ``review``, ``check``,
``batch``, each with ``--help``.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .api import Cleaner, clean
from .decisions import Decisions
from .errors import (
    InputError,
    LexiconError,
    OptionsError,
    ParseError,
    StrictModeError,
    TranscriptError,
    TranscriptToolsError,
)
from .lexicon import Lexicon
from .model import Cue, Diagnostic, Document, Edit, Token, Turn, apply_edits
from .options import Options
from .readers import parse, read
from .transcript import Transcript

if TYPE_CHECKING:
    from .batch import Result, clean_many


def __getattr__(name: str) -> Any:
    """`clean_many` and `Result`, imported on first use: the batch module brings the process
    pool machinery (multiprocessing, concurrent.futures), which cleaning one text never needs."""
    if name in ("clean_many", "Result"):
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Cleaner", "Cue", "Decisions", "Diagnostic", "Document", "Edit", "InputError", "Lexicon",
    "LexiconError", "Options", "OptionsError", "ParseError", "StrictModeError", "Token",
    "Transcript", "TranscriptError", "TranscriptToolsError", "Turn", "__version__",
    "Result", "apply_edits", "clean", "clean_many", "parse", "read",
]

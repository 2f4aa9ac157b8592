"""JSON writer: the whole record, schema ``transcript-tools/1``; every change traceable."""

from __future__ import annotations

import json as _json
from typing import Any

from ..model import Document
from .text import turn_texts

SCHEMA = "transcript-tools/1"


def record(doc: Document) -> dict[str, Any]:
    """The JSON record as Python data."""
    texts = turn_texts(doc) if doc.turns else []
    turns = []
    for turn, (_, text) in zip(doc.turns, texts) if doc.turns else ():
        first, last = doc.tokens[turn.first], doc.tokens[turn.stop - 1]
        turns.append({
            "speaker": turn.display_name,
            "speaker_id": turn.speaker,
            "role": turn.role,
            "start": round(doc.times[turn.first][0], 3) if doc.times else None,
            "end": round(doc.times[turn.stop - 1][1], 3) if doc.times else None,
            "source_start": first.start,
            "source_end": last.end,
            "text": text,
        })
    return {
        "schema": SCHEMA,
        "metadata": dict(doc.metadata),
        "text": doc.text(),
        "corrections": [e.as_dict() for e in doc.edits],
        "suggestions": [e.as_dict() for e in doc.suggestions],
        "turns": turns,
        "cues": [{"start": c.start, "end": c.end, "text": c.text, "speaker": c.speaker}
                 for c in doc.cues],
        "warnings": [d.as_dict() for d in doc.diagnostics],
    }


def write(doc: Document, *, indent: int | None = 2) -> str:
    return _json.dumps(record(doc), ensure_ascii=False, indent=indent) + "\n"

"""JSON writer: the whole record, schema ``transcript-tools/1``; every change traceable."""

from __future__ import annotations

import json as _json
from collections.abc import Callable, Iterator
from itertools import islice, repeat
from typing import Any

from ..model import Document
from .text import turn_texts

SCHEMA = "transcript-tools/1"


def _fields(doc: Document) -> dict[str, Any]:
    """The record's fields in order; the long lists (see `_LONG`) as iterators of items."""
    texts = turn_texts(doc) if doc.turns else []
    times = doc.times

    def turns() -> Iterator[dict[str, Any]]:
        for turn, (_, text) in zip(doc.turns, texts) if doc.turns else ():
            first, last = doc.tokens[turn.first], doc.tokens[turn.stop - 1]
            yield {
                "speaker": turn.display_name,
                "speaker_id": turn.speaker,
                "role": turn.role,
                "start": round(times[turn.first][0], 3) if times else None,
                "end": round(times[turn.stop - 1][1], 3) if times else None,
                "source_start": first.start,
                "source_end": last.end,
                "text": text,
            }

    return {
        "schema": SCHEMA,
        "metadata": dict(doc.metadata),
        "text": doc.text(),
        "corrections": (e.as_dict() for e in doc.edits),
        "suggestions": (e.as_dict() for e in doc.suggestions),
        "turns": turns(),
        "cues": ({"start": c.start, "end": c.end, "text": c.text, "speaker": c.speaker}
                 for c in doc.cues),
        "warnings": [d.as_dict() for d in doc.diagnostics],
    }


_LONG = ("corrections", "suggestions", "turns", "cues")
"""The fields as long as the transcript: written a batch of items at a time."""
_BATCH = 2000


def record(doc: Document) -> dict[str, Any]:
    """The JSON record as Python data."""
    return {k: list(v) if k in _LONG else v for k, v in _fields(doc).items()}


def write(doc: Document, *, indent: int | None = 2) -> str:
    return "".join(parts(doc, indent=indent))


def parts(doc: Document, *, indent: int | None = 2) -> Iterator[str]:
    """`write`'s output in consecutive parts, made as they are asked for: written to a file
    one by one (`writers.write_to`), a long transcript's record is never whole in memory."""
    if indent is None:
        yield _json.dumps(record(doc), ensure_ascii=False) + "\n"
        return
    yield from _indented(doc, " " * indent)
    yield "\n"


def _indented(doc: Document, step: str) -> Iterator[str]:
    """``dumps_indented(record(doc), step)`` in parts: the long lists are encoded a batch of
    items at a time, so a long transcript never holds all its correction dicts, nor several
    copies of their text, at once (only the parts, then the joined output)."""
    yield "{\n" + step
    for n, (key, value) in enumerate(_fields(doc).items()):
        if n:
            yield ",\n" + step
        yield _compact(key, ",") + ": "
        if key not in _LONG:
            yield dumps_indented(value, step, 1)
            continue
        # dumps_indented(list, step, 1) == "[\n" + inner + body + "\n" + step + "]", and
        # the body of a list is its batches' bodies joined by ",\n" + inner
        inner = step * 2
        head, tail = 2 + len(inner), 2 + len(step)
        empty = True
        while batch := list(islice(value, _BATCH)):
            yield ("[\n" + inner) if empty else (",\n" + inner)
            yield dumps_indented(batch, step, 1)[head:-tail]
            empty = False
        yield "[]" if empty else "\n" + step + "]"
    yield "\n}"


_CONTAINERS = (dict, list, tuple)
_ENCODERS: dict[str, Callable[[Any], str]] = {}


def _compact(obj: Any, separator: str) -> str:
    """The C encoder with ``separator`` between items (encoders kept, one per separator)."""
    encode = _ENCODERS.get(separator)
    if encode is None:
        encode = _json.JSONEncoder(ensure_ascii=False, separators=(separator, ": ")).encode
        _ENCODERS[separator] = encode
    return encode(obj)


def _flat(obj: Any) -> bool:
    """A non-empty object of scalars under string keys (tested with C-level maps: a long
    transcript has tens of thousands of corrections and cues to test)."""
    return (type(obj) is dict and bool(obj) and {*map(type, obj)} == _STR
            and not any(map(isinstance, obj.values(), repeat(_CONTAINERS))))


_STR = {str}


def dumps_indented(obj: Any, step: str, level: int = 0) -> str:
    """Exactly ``json.dumps(obj, ensure_ascii=False, indent=len(step))``, several times faster.

    The standard library drops to its pure-Python encoder whenever ``indent`` is set. Here
    containers are laid out in Python, and flat objects (a correction, a cue), or a whole list
    of them, go through the C encoder in one call with the indentation in the item separator.
    Encoded strings never hold a raw newline, so the newlines are all separators.
    """
    outer, inner = step * level, step * (level + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        if not all(type(k) is str for k in obj):  # keys json must convert: let it
            text = _json.dumps(obj, ensure_ascii=False, indent=len(step))
            return text.replace("\n", "\n" + outer)
        if not any(isinstance(v, _CONTAINERS) for v in obj.values()):
            flat = _compact(obj, ",\n" + inner)
            return "{\n" + inner + flat[1:-1] + "\n" + outer + "}"
        items = [_compact(k, ",") + ": " + dumps_indented(v, step, level + 1)
                 for k, v in obj.items()]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + outer + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(_flat(v) for v in obj):
            deeper = inner + step
            body = _compact(obj, ",\n" + deeper)[2:-2].replace(
                "},\n" + deeper + "{", "\n" + inner + "},\n" + inner + "{\n" + deeper)
            return ("[\n" + inner + "{\n" + deeper + body + "\n" + inner + "}\n" + outer
                    + "]")
        parts = [dumps_indented(v, step, level + 1) for v in obj]
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + outer + "]"
    return _compact(obj, ",")

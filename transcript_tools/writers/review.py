"""Review writer: one self-contained HTML page showing every change, speaker turn and anchor,
with accept/reject toggles that export a decisions file (see `decisions`).

Registered as the ``review`` format (``.html``); the page's script and style live in
``data/review.html``; this module only lays the document out as data for it.
"""

from __future__ import annotations

import bisect
import html
import json as _json
from functools import lru_cache
from importlib import resources
from pathlib import PurePath
from typing import Any

from ..decisions import SCHEMA as DECISIONS_SCHEMA
from ..decisions import Decisions, source_digest
from ..model import Anchor, Document, Edit
from .webvtt import write as write_webvtt

SCHEMA = "transcript-tools-review/1"
_DATA_MARK = "@@DATA@@"
_TITLE_MARK = "@@TITLE@@"


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("transcript_tools").joinpath("data/review.html").read_text(
        encoding="utf-8")


def _spliced(edit: Edit) -> str:
    """What an edit leaves in the text before whitespace is collapsed (as `model.Rendering`
    does): its replacement; a removed word a space; removed markup nothing."""
    if edit.replacement or edit.kind == "markup":
        return edit.replacement
    return " "


def clock_label(anchor: Anchor) -> str:
    """``5:34 am`` for a wall-clock anchor, ``1:02:03`` / ``2:03`` for a cue time."""
    seconds = int(round(anchor.seconds))
    h, m, s = seconds // 3600, seconds // 60 % 60, seconds % 60
    if anchor.kind == "clock":
        half = "am" if h % 24 < 12 else "pm"
        h12 = h % 12 or 12
        return f"{h12}:{m:02d}{f':{s:02d}' if s else ''} {half}"
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _items(doc: Document) -> list[dict[str, Any]]:
    """The text as a flat run of items: pieces (``i`` its first token, ``e`` the winning
    edit's index when edited) and the gaps between them (``g``), whose markup edits become
    ``e`` items too. Whitespace is collapsed across items exactly as `Rendering.text` does,
    so joining the items' ``x`` gives ``doc.text()``."""
    rendering = doc.rendering()
    starts, ends, winners = rendering.starts, rendering.ends, rendering.edits
    index = {id(e): k for k, e in enumerate(doc.edits)}
    n = len(doc.tokens)
    raw: list[dict[str, Any]] = []

    def gap(lo: int, hi: int, token: int) -> None:
        k = bisect.bisect_left(ends, lo + 1)
        pos = lo
        while k < len(starts) and starts[k] < hi:
            if starts[k] >= pos and ends[k] <= hi:
                if starts[k] > pos:
                    raw.append({"g": 1, "i": token, "x": doc.source[pos:starts[k]]})
                raw.append({"g": 1, "i": token, "x": _spliced(winners[k]),
                            "e": index[id(winners[k])], "s": starts[k], "n": ends[k]})
                pos = ends[k]
            k += 1
        if hi > pos:
            raw.append({"g": 1, "i": token, "x": doc.source[pos:hi]})

    pos = 0
    for piece in doc.pieces():
        gap(pos, piece.start, piece.first)
        item: dict[str, Any] = {"i": piece.first, "x": piece.text, "s": piece.start,
                                "n": piece.end}
        k = bisect.bisect_right(starts, piece.start) - 1
        if k >= 0 and ends[k] >= piece.end and starts[k] <= piece.start:
            item["e"] = index[id(winners[k])]
            item["x"] = _spliced(winners[k])
        raw.append(item)
        pos = piece.end
    gap(pos, len(doc.source), max(0, n - 1))
    return _collapse(raw)


def _collapse(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pending = False
    started = False
    for item in raw:
        text = item["x"]
        words = " ".join(text.split())
        if words:
            lead = " " if started and (pending or text[:1].isspace()) else ""
            item["x"] = lead + words
            pending = text[-1:].isspace()
            started = True
        else:
            item["x"] = ""
            pending = pending or bool(text)
        if item["x"] or "e" in item:
            out.append(item)
        elif not item.get("g"):
            out.append(item)
    return out


def _chains(doc: Document) -> list[int]:
    """For every edit, the index of the edit that wins its span (itself when it wins)."""
    rendering = doc.rendering()
    index = {id(e): k for k, e in enumerate(doc.edits)}
    within = []
    for edit in doc.edits:
        k = bisect.bisect_right(rendering.starts, edit.start) - 1
        within.append(index[id(rendering.edits[k])])
    return within


def page_data(doc: Document, *, media: str | None = None, title: str | None = None,
              decisions: Decisions | None = None) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data (also what the tests read).
    ``decisions`` already applied to ``doc`` are carried into the page's export."""
    items = _items(doc)
    starts = [it["s"] for it in items if "g" not in it]
    pieces = [it for it in items if "g" not in it]
    suggestions = []
    for k, s in enumerate(doc.suggestions):
        lo = bisect.bisect_left(starts, s.start)
        hi = bisect.bisect_left(starts, s.end)
        for it in pieces[lo:hi]:
            it.setdefault("u", []).append(k)
        suggestions.append(s.as_dict())
    sentence_set = set(doc.sentence_starts)
    times = doc.times
    seen: set[int] = set()
    for it in pieces:
        i = it["i"]
        if i in sentence_set and i not in seen:
            seen.add(i)
            it["b"] = 1
            if times:
                it["t"] = round(times[i][0], 2)
    within = _chains(doc)
    edits = []
    for k, e in enumerate(doc.edits):
        record = e.as_dict()
        record["w"] = within[k]
        edits.append(record)
    turns = []
    for turn in doc.turns or ():
        turns.append({"first": turn.first, "speaker": turn.display_name, "id": turn.speaker,
                      "role": turn.role,
                      "t": round(times[turn.first][0], 2) if times else None})
    anchors = [{"i": a.index, "label": clock_label(a), "kind": a.kind,
                "t": round(times[min(a.index, len(times) - 1)][0], 2) if times else None}
               for a in doc.anchors]
    meta = doc.metadata
    return {
        "schema": SCHEMA,
        "decisions_schema": DECISIONS_SCHEMA,
        "title": title or _title(meta),
        "metadata": {k: v for k, v in meta.items() if isinstance(v, (str, int, float))},
        "source": {"sha256": source_digest(doc.source), "length": len(doc.source)},
        "corrections": edits,
        "suggestions": suggestions,
        "items": items,
        "turns": turns,
        "anchors": anchors,
        "cues": len(doc.cues),
        "warnings": [d.message for d in doc.diagnostics],
        "media": media,
        "captions": write_webvtt(doc) if media else None,
        "prior": [d.as_dict() for d in decisions.items] if decisions else [],
    }


def _title(meta: dict[str, Any]) -> str:
    parts = [str(meta[k]) for k in ("channel", "date") if meta.get(k)]
    if meta.get("source"):
        parts.append(PurePath(str(meta["source"])).name)
    return "Review: " + (" · ".join(parts) if parts else "transcript")


def embed_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line
    separators can end or confuse it (``<``, ``>``, ``&`` and U+2028/9 are escaped)."""
    text = _json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def write(doc: Document, *, media: str | None = None, title: str | None = None,
          decisions: Decisions | None = None) -> str:
    """The page. ``media`` is a video/audio URL or path relative to the page (nothing is
    fetched from the network; without it the page has no player). ``decisions`` already
    applied to ``doc`` are exported again with the new ones, so a review can be resumed."""
    data = page_data(doc, media=media, title=title, decisions=decisions)
    head, tail = _template().split(_DATA_MARK)
    return head.replace(_TITLE_MARK, html.escape(data["title"])) + embed_json(data) + tail

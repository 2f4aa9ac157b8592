"""Unit starts of real pages as change-of-speaker examples, with the decoder's own evidence;
called by ``evaluation/train_changes.py``.

A page is cleaned with the whole pipeline; while its turns are decoded, the turns stage's
units are captured (`speakers.decode` wrapped). Each unit after the first is one example:
its words and the previous units' words, the previous unit's question mark, the start's
strength, whether a true change of speaker falls there (within one word), the decoder's
local change score (`speakers._changes` plus the hand-over term) and whether the stage's
final turns change there.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from turns import (
    CASES,
    ROOT,
    annotated_text,
    assemble,
    dev2_dir,
    interviews_dir,
    marker_starts,
    read_case,
    strip_marks,
    variant,
    wide_pages,
    word_index,
)

from transcript_tools import speakers, turns
from transcript_tools.model import Document
from transcript_tools.pipeline import Cleaner
from transcript_tools.readers import parse
from transcript_tools.speakercues import Unit
from transcript_tools.speakerfeatures import prepare, weights


@dataclass(frozen=True, slots=True)
class Example:
    page: str
    before: tuple[str, ...]
    words: tuple[str, ...]
    qmark: bool  # the previous unit ends with "?"
    strength: int
    label: bool
    hand: float  # the decoder's local change score
    chosen: bool  # the stage's turns change here


_CAPTURED: list[tuple[list[Unit], list[int]]] = []
_REAL_DECODE = speakers.decode


def _capturing(units: Sequence[Unit], *args: Any, **kw: Any) -> list[int]:
    path = _REAL_DECODE(units, *args, **kw)
    _CAPTURED.append((list(units), path))  # (`turns` decodes unmarked text only)
    return path


def _run(cleaner: Cleaner, text: str) -> tuple[Document, list[Unit]] | None:
    _CAPTURED.clear()
    setattr(turns, "decode", _capturing)  # noqa: B010 (the stage's own name for it)
    try:
        doc = cleaner.run(parse(text, format="broadcast"))
    finally:
        setattr(turns, "decode", _REAL_DECODE)  # noqa: B010
    if not _CAPTURED:
        return None
    return doc, _CAPTURED[-1][0]


def _examples(page: str, doc: Document, units: list[Unit], truth: list[int]) -> list[Example]:
    widx = word_index(doc)
    w = weights()
    prep = prepare(units, False)
    changes = speakers._changes(units, prep, w, False)
    t_hand = w.transition[5]
    chosen = {widx[t.first] for t in doc.turns}
    truth_set = set(truth)
    out = []
    for k in range(1, len(units)):
        u, p = units[k], units[k - 1]
        if not u.words or not p.words:
            continue
        at = widx[u.first]
        out.append(Example(
            page, p.words, u.words, p.question_mark,
            u.strength, bool({at - 1, at, at + 1} & truth_set),
            changes[k] + t_hand * prep.handover[k], at in chosen))
    return out


def marked_pages(cleaner: Cleaner, files: list[Path] | None = None) -> list[Example]:
    """The marked training pages (``turns.wide_pages``): markers as truth, removed."""
    out: list[Example] = []
    for path in files if files is not None else wide_pages():
        src = path.read_text(encoding="utf-8")
        marked = cleaner.run(parse(src, format="broadcast"))
        truth = marker_starts(marked, word_index(marked))
        cut = "".join(src[a:b] for a, b in zip(
            [0] + [m.end for m in marked.markers], [m.start for m in marked.markers] + [len(src)]))
        got = _run(cleaner, cut)
        if got is not None:
            out += _examples(path.stem, got[0], got[1], truth)
    return out


def excerpts(cleaner: Cleaner, which: str) -> list[Example]:
    """The annotated dev excerpts (``dev``: the dev half of interview_pages.json, ``dev2``),
    markers stripped, the annotation as truth."""
    if which == "dev":
        where, listing = interviews_dir(), [e for e in json.loads(
            (CASES / "interview_pages.json").read_text(encoding="utf-8")) if not e["heldout"]]
    else:
        where, listing = dev2_dir(), json.loads(
            (CASES / "interview_pages3.json").read_text(encoding="utf-8"))
    out: list[Example] = []
    if where is None:
        return out
    for entry in listing:
        src = annotated_text(where, entry)
        if src is None:
            continue
        text, starts = strip_marks(src, [t["offset"] for t in entry["turns"]])
        got = _run(cleaner, text)
        if got is None:
            continue
        out += _examples(entry["id"], got[0], got[1], _truth(got[0], starts))
    return out


def _truth(doc: Document, starts: list[int]) -> list[int]:
    offsets = [t.start for t in doc.tokens if t.kind == "word"]
    return [w for w in (bisect.bisect_left(offsets, off) for off in starts) if w > 0]


def constructed(cleaner: Cleaner) -> list[Example]:
    """The constructed dev interviews (``tests/data/cases/turns/*.txt``), as written."""
    out: list[Example] = []
    for path in sorted(CASES.glob("*.txt")):
        turns_ = variant(read_case(path), "written")
        text, starts = assemble(turns_)
        got = _run(cleaner, text)
        if got is not None:
            out += _examples(path.stem, got[0], got[1], _truth(got[0], starts))
    return out


def sample() -> list[Example]:
    """The annotated sample (with its names and reference, as ``turns.py`` cleans it)."""
    ann = json.loads((CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    got = _run(Cleaner(names, [ref]), src)
    if got is None:
        return []
    return _examples("sample", got[0], got[1], _truth(got[0], [t["start"] for t in ann["turns"]]))


Source = Callable[[Cleaner], list[Example]]

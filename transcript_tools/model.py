"""The document model: source text, tokens with source spans, anchors, edits, turns and cues.

Readers build a `Document`; every stage returns a new `Document` with more edits or structure;
writers read the finished one. Values are frozen dataclasses; nothing edits a string in place.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

EditKind = Literal[
    "name", "spelling", "case", "punctuation", "number", "artifact", "markup", "decision"
]
"""What an edit changes. ``markup`` is structure moved out of the text into the model
(wall-clock lines, ``>>`` markers, speaker labels, page chrome); ``artifact`` is noise removed
(sound cues, roll-up repeats, stutters, fillers)."""

Role = Literal["host", "guest", "other", "unknown"]
TokenKind = Literal["word", "punct", "sound"]
"""``sound`` is a sound description such as ``[applause]``, ``(laughter)`` or ``♪``."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark exactly as it stands in the source, ``source[start:end]``."""

    start: int
    end: int
    text: str
    kind: TokenKind = "word"

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


class _TokenBuilder:
    """Builds a `Token` three times as fast as its dataclass constructor, which sets each frozen
    field through ``object.__setattr__``: a plain twin class with the same slots fills them,
    then the object becomes a `Token` (same layout, so ``__class__`` may change). For the
    reader, which makes one per word; see `new_token`."""

    __slots__ = ("start", "end", "text", "kind")

    def __init__(self, start: int, end: int, text: str, kind: TokenKind) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.__class__ = Token  # type: ignore[assignment]


new_token: Callable[[int, int, str, TokenKind], Token] = _TokenBuilder  # type: ignore[assignment]
"""``Token(start, end, text, kind)``, built fast (all four arguments required)."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A time found in the source (a wall-clock line or a caption cue time).

    ``index`` is the position in the token stream: the anchor precedes ``tokens[index]``.
    ``seconds`` is the time in seconds: of the day for wall-clock lines, from the start of the
    media for caption cues (``kind`` tells which). ``end`` is a caption cue's end time.
    """

    index: int
    seconds: float
    start: int
    end: int
    kind: Literal["clock", "cue"] = "clock"
    until: float | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """Speaker or story structure found in the source, placed before ``tokens[index]``.

    ``kind`` is ``speaker`` (``>>`` or a leading dash), ``story`` (``>>>``) or ``label``
    (``NAME:``, ``reporter:``, a WebVTT voice span); ``label`` holds the name when given.
    """

    index: int
    kind: Literal["speaker", "story", "label"]
    start: int
    end: int
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """One recorded change: ``source[start:end]`` (== ``original``) becomes ``replacement``.

    Edits are applied in order; a later edit whose span contains an earlier one supersedes it,
    and spans never partly overlap (see `apply_edits`). ``confidence`` is in [0, 1].
    """

    start: int
    end: int
    original: str
    replacement: str
    kind: EditKind
    rule: str
    confidence: float = 1.0
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "kind": self.kind,
            "rule": self.rule,
            "confidence": round(self.confidence, 4),
        }
        if self.note:
            record["note"] = self.note
        return record


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn over tokens ``[first, stop)``."""

    first: int
    stop: int
    speaker: str
    role: Role = "unknown"
    label: str | None = None

    @property
    def display_name(self) -> str:
        """The label from the text, else "Speaker N" from the id "SN"."""
        if self.label:
            return self.label
        return "Speaker " + self.speaker[1:] if self.speaker[:1] == "S" else self.speaker


@dataclass(frozen=True, slots=True)
class Cue:
    """A caption cue: times in seconds from the media start, text already broken into lines."""

    start: float
    end: float
    lines: tuple[str, ...]
    speaker: str | None = None
    first: int = 0
    stop: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning about the input that did not stop processing (line is 1-based, 0 if none)."""

    code: str
    message: str
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of tokens ``[first, stop)`` as the document now reads: one token, or the tokens
    an edit replaced together. ``text`` is the current text ("" once removed)."""

    first: int
    stop: int
    start: int
    end: int
    text: str


class _PieceBuilder:
    """Builds a `Piece` fast, as `_TokenBuilder` builds a token: `Document.pieces` makes one
    per token."""

    __slots__ = ("first", "stop", "start", "end", "text")

    def __init__(self, first: int, stop: int, start: int, end: int, text: str) -> None:
        self.first = first
        self.stop = stop
        self.start = start
        self.end = end
        self.text = text
        self.__class__ = Piece  # type: ignore[assignment]


_new_piece: Callable[[int, int, int, int, str], Piece] = _PieceBuilder  # type: ignore[assignment]


class Times(Sequence[tuple[float, float]]):
    """Per-token (start, end) seconds, held as two arrays of doubles (16 bytes a token, not a
    tuple and two floats: ~70); reads as the tuple of pairs it replaces (``times[i]`` is a
    pair, equality and repr as that tuple's)."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: Iterable[float], ends: Iterable[float]) -> None:
        self.starts = array("d", starts)
        self.ends = array("d", ends)
        if len(self.starts) != len(self.ends):
            raise ValueError("times need as many ends as starts")

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple(zip(self.starts[i], self.ends[i]))
        return self.starts[i], self.ends[i]

    def __iter__(self) -> Iterator[tuple[float, float]]:
        return zip(self.starts, self.ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Times):
            return self.starts == other.starts and self.ends == other.ends
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(tuple(self))


@dataclass(frozen=True, slots=True)
class Document:
    """A transcript on its way through the pipeline. Every field but ``source`` and ``tokens``
    is added to by stages; the text is always ``apply_edits(source, edits)``."""

    source: str
    tokens: tuple[Token, ...]
    anchors: tuple[Anchor, ...] = ()
    markers: tuple[Marker, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)
    edits: tuple[Edit, ...] = ()
    suggestions: tuple[Edit, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    sentence_starts: tuple[int, ...] = ()
    turns: tuple[Turn, ...] = ()
    times: Sequence[tuple[float, float]] = ()
    """A tuple of pairs, or `Times` (the timing stage's compact form)."""
    cues: tuple[Cue, ...] = ()

    def replace(self, **changes: Any) -> Document:
        return dataclasses.replace(self, **changes)

    def pieces(self) -> list[Piece]:
        """The current reading of the tokens, in order, removed pieces included (text "")."""
        return _pieces(self.source, self.tokens, self.edits)

    def text(self) -> str:
        return self.rendering().text()

    def rendering(self) -> Rendering:
        return Rendering(self.source, self.edits)

    def editor(self) -> Editor:
        return Editor(self)

    def line_of(self, offset: int) -> int:
        """1-based line number of a source offset."""
        return self.source.count("\n", 0, offset) + 1


class Editor:
    """Collects a stage's edits over the current pieces, then builds the new document.

    ``replace`` takes whole pieces, so a new edit always contains the edits it supersedes.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.edits: list[Edit] = []
        self.suggestions: list[Edit] = []
        self.diagnostics: list[Diagnostic] = []

    def _edit(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float, note: str,
    ) -> Edit:
        if not pieces:
            raise ValueError("an edit needs at least one piece")
        start, end = pieces[0].start, pieces[-1].end
        return Edit(start, end, self.document.source[start:end], text, kind, rule,
                    confidence, note)

    def replace(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float = 1.0, note: str = "",
    ) -> None:
        self.edits.append(self._edit(pieces, text, kind, rule, confidence, note))

    def suggest(
        self, pieces: Sequence[Piece], text: str, kind: EditKind, rule: str,
        confidence: float, note: str = "",
    ) -> None:
        self.suggestions.append(self._edit(pieces, text, kind, rule, confidence, note))

    def warn(self, code: str, message: str, line: int = 0) -> None:
        self.diagnostics.append(Diagnostic(code, message, line))

    def finish(self, **changes: Any) -> Document:
        doc = self.document
        return doc.replace(
            edits=doc.edits + tuple(sorted(self.edits, key=lambda e: e.start)),
            suggestions=doc.suggestions + tuple(self.suggestions),
            diagnostics=doc.diagnostics + tuple(self.diagnostics),
            **changes,
        )


class OverlapError(ValueError):
    """Two edits partly overlap: neither contains the other."""


def _replay(edits: Iterable[Edit]) -> tuple[list[int], list[int], list[Edit]]:
    """Replay edits in order into sorted, disjoint intervals (starts, ends, winning edits).

    The log is a few long runs sorted by start (one per stage, see `Editor.finish`): a long
    run is merged into the intervals in one pass instead of edit by edit (each insertion
    into the middle of a list costs its length, so one by one is quadratic). Short runs, and
    any run the merge finds a problem in, go one by one, which raises the same errors.
    """
    seq = edits if isinstance(edits, (list, tuple)) else list(edits)
    starts: list[int] = []
    ends: list[int] = []
    winners: list[Edit] = []
    i, n = 0, len(seq)
    while i < n:
        j = i + 1
        while j < n and seq[j].start >= seq[j - 1].start:
            j += 1
        merged = _merge_run(starts, ends, winners, seq[i:j]) \
            if starts and j - i >= _MERGE_MIN else None
        if merged is not None:
            starts, ends, winners = merged
        else:
            _insert_each(starts, ends, winners, seq[i:j])
        i = j
    return starts, ends, winners


_MERGE_MIN = 32


def _insert_each(starts: list[int], ends: list[int], winners: list[Edit],
                 edits: Sequence[Edit]) -> None:
    for edit in edits:
        s, e = edit.start, edit.end
        if e <= s:
            raise ValueError(f"edit at {s} has an empty span")
        lo = bisect.bisect_left(starts, s)
        hi = lo
        while hi < len(starts) and starts[hi] < e:
            if ends[hi] > e:
                raise OverlapError(f"edit [{s}, {e}) partly overlaps [{starts[hi]}, {ends[hi]})")
            hi += 1
        if lo > 0 and ends[lo - 1] > s:
            raise OverlapError(
                f"edit [{s}, {e}) partly overlaps [{starts[lo - 1]}, {ends[lo - 1]})")
        starts[lo:hi] = [s]
        ends[lo:hi] = [e]
        winners[lo:hi] = [edit]


def _merge_run(starts: list[int], ends: list[int], winners: list[Edit],
               run: Sequence[Edit]) -> tuple[list[int], list[int], list[Edit]] | None:
    """Intervals after applying ``run`` (sorted by start) in order, as `_insert_each` would;
    None at the first problem (the caller then replays the run one by one to raise it)."""
    new_s: list[int] = []
    new_e: list[int] = []
    new_w: list[Edit] = []
    p, m = 0, len(starts)
    for edit in run:
        s, e = edit.start, edit.end
        if e <= s:
            return None
        while p < m and starts[p] < s:  # untouched intervals before this edit
            new_s.append(starts[p])
            new_e.append(ends[p])
            new_w.append(winners[p])
            p += 1
        while new_s and new_s[-1] >= s:  # an earlier edit of this run at the same start
            if new_e[-1] > e:
                return None
            new_s.pop()
            new_e.pop()
            new_w.pop()
        if new_e and new_e[-1] > s:
            return None
        while p < m and starts[p] < e:  # intervals this edit contains: superseded
            if ends[p] > e:
                return None
            p += 1
        new_s.append(s)
        new_e.append(e)
        new_w.append(edit)
    new_s.extend(starts[p:])
    new_e.extend(ends[p:])
    new_w.extend(winners[p:])
    return new_s, new_e, new_w


_CACHE_LOCK = threading.Lock()
_REPLAYS: dict[int, tuple[tuple[Edit, ...], tuple[list[int], list[int], list[Edit]]]] = {}
_BASES: dict[int, tuple[tuple[Token, ...], list[Piece], list[int], list[int]]] = {}
_CACHE_SIZE = 2


def _remember(cache: dict[int, Any], key: int, value: Any) -> None:
    with _CACHE_LOCK:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            del cache[next(iter(cache))]


def clear_caches() -> None:
    """Drop the remembered per-token pieces and all but the last replay (`Cleaner.run` calls
    it when the stages are done: on long inputs the pieces are tens of MB; the writers replay
    the finished document's edits, and that replay is a few lists as long as the edit log)."""
    with _CACHE_LOCK:
        while len(_REPLAYS) > 1:
            del _REPLAYS[next(iter(_REPLAYS))]
        _BASES.clear()


def _replayed(edits: Iterable[Edit]) -> tuple[list[int], list[int], list[Edit]]:
    """`_replay`, remembered for the last few edit tuples (stages that add no edits, the
    layout and the writers all replay the same log); the lists returned are shared, read-only."""
    if type(edits) is not tuple:
        return _replay(edits)
    hit = _REPLAYS.get(id(edits))
    if hit is not None and hit[0] is edits:
        return hit[1]
    value = _replay(edits)
    _remember(_REPLAYS, id(edits), (edits, value))
    return value


def _base(tokens: Sequence[Token]) -> tuple[list[Piece], list[int], list[int]]:
    """One piece per token and the tokens' start and end offsets, remembered for the last few
    token tuples: every stage reads the same tokens, mostly unedited."""
    hit = _BASES.get(id(tokens)) if type(tokens) is tuple else None
    if hit is not None and hit[0] is tokens:
        return hit[1], hit[2], hit[3]
    index = list(range(len(tokens) + 1))  # one int object for a piece's stop and the next's first
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    base = list(map(_new_piece, index, islice(index, 1, None), starts, ends,
                    [t.text for t in tokens]))
    if type(tokens) is tuple:
        _remember(_BASES, id(tokens), (tokens, base, starts, ends))
    return base, starts, ends


_SPACE_RE = re.compile(r"\s")  # the characters str.isspace() accepts (Py_UNICODE_ISSPACE)


def _spliced(edit: Edit) -> str:
    """What an edit leaves in the raw text: its replacement; a removed word leaves a space,
    removed markup (a tag, a clock line) leaves nothing."""
    if edit.replacement or edit.kind == "markup":
        return edit.replacement
    return " "


class Rendering:
    """The text as the edit log makes it, for the whole source or any span of it.

    This is the one definition of the clean text: edits are replayed in order (a later edit
    supersedes those inside its span), replacements are spliced into the source, and every
    run of whitespace becomes one space.
    """

    def __init__(self, source: str, edits: Iterable[Edit]) -> None:
        self.source = source
        self.starts, self.ends, self.edits = _replayed(edits)

    def raw(self, start: int = 0, end: int | None = None) -> str:
        """``source[start:end]`` with the edits inside it spliced in, whitespace as is."""
        end = len(self.source) if end is None else end
        out: list[str] = []
        pos = start
        k = bisect.bisect_left(self.ends, start + 1)
        while k < len(self.starts) and self.starts[k] < end:
            s, e = self.starts[k], self.ends[k]
            if s >= pos and e <= end:
                out.append(self.source[pos:s])
                out.append(_spliced(self.edits[k]))
                pos = e
            k += 1
        out.append(self.source[pos:end])
        return "".join(out)

    def text(self, start: int = 0, end: int | None = None) -> str:
        return " ".join(self.raw(start, end).split())

    def separated(self, left_end: int, right_start: int) -> bool:
        """Whether the text has a space between two pieces that end/start at these offsets."""
        k = bisect.bisect_left(self.ends, left_end + 1)
        if k >= len(self.starts) or self.starts[k] >= right_start:
            gap = self.source[left_end:right_start]  # no edit inside: the source as is
        else:
            gap = self.raw(left_end, right_start)
        return gap == " " or _SPACE_RE.search(gap) is not None


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """Rebuild the clean text from the source and the edit log alone (see `Rendering`)."""
    return Rendering(source, edits).text()


def _pieces(source: str, tokens: Sequence[Token], edits: Iterable[Edit]) -> list[Piece]:
    starts, ends, winners = _replayed(edits)
    base, tok_starts, tok_ends = _base(tokens)
    if not starts:
        return list(base)
    pieces: list[Piece] = []
    n = len(tok_starts)
    pos = 0
    for s, e, edit in zip(starts, ends, winners, strict=True):
        i = bisect.bisect_left(tok_starts, s, pos)
        if i >= n or tok_starts[i] >= e:
            continue  # the edit covers no token start (a clock line, a marker)
        j = bisect.bisect_right(tok_ends, e, i)
        if j < n and tok_starts[j] < e:
            # a token starting inside the edit runs past its end
            raise OverlapError(f"edit [{s}, {e}) splits a token at {tok_starts[j]}")
        pieces.extend(base[pos:i])
        pieces.append(Piece(i, j, tok_starts[i], tok_ends[j - 1], edit.replacement))
        pos = j
    pieces.extend(base[pos:])
    return pieces

"""The document model: source text, tokens with source spans, anchors, edits, turns and cues.

Readers build a `Document`; every stage returns a new `Document` with more edits or structure;
writers read the finished one. Values are frozen dataclasses; nothing edits a string in place.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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


class _EditBuilder:
    """Builds an `Edit` fast, as `_TokenBuilder` builds a token (the editor makes hundreds a
    document; all eight fields given)."""

    __slots__ = ("start", "end", "original", "replacement", "kind", "rule", "confidence",
                 "note")

    def __init__(self, start: int, end: int, original: str, replacement: str, kind: EditKind,
                 rule: str, confidence: float, note: str) -> None:
        self.start = start
        self.end = end
        self.original = original
        self.replacement = replacement
        self.kind = kind
        self.rule = rule
        self.confidence = confidence
        self.note = note
        self.__class__ = Edit  # type: ignore[assignment]


_new_edit: Callable[[int, int, str, str, EditKind, str, float, str], Edit] = \
    _EditBuilder  # type: ignore[assignment]


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


class _CueBuilder:
    """Builds a `Cue` fast, as `_TokenBuilder` builds a token (the layout makes one per
    caption; all six fields given)."""

    __slots__ = ("start", "end", "lines", "speaker", "first", "stop")

    def __init__(self, start: float, end: float, lines: tuple[str, ...], speaker: str | None,
                 first: int, stop: int) -> None:
        self.start = start
        self.end = end
        self.lines = lines
        self.speaker = speaker
        self.first = first
        self.stop = stop
        self.__class__ = Cue  # type: ignore[assignment]


new_cue: Callable[[float, float, tuple[str, ...], str | None, int, int], Cue] = \
    _CueBuilder  # type: ignore[assignment]
"""``Cue(start, end, lines, speaker, first, stop)``, built fast (all six arguments required)."""


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
        """`dataclasses.replace`, built as `new_token` builds a token (every stage replaces
        the document a few times)."""
        if not _DOCUMENT_FIELDS.issuperset(changes):
            return dataclasses.replace(self, **changes)  # (raises its TypeError)
        get = changes.get
        return _DocumentBuilder(  # type: ignore[return-value]
            get("source", self.source), get("tokens", self.tokens), get("anchors", self.anchors),
            get("markers", self.markers), get("metadata", self.metadata),
            get("edits", self.edits), get("suggestions", self.suggestions),
            get("diagnostics", self.diagnostics), get("sentence_starts", self.sentence_starts),
            get("turns", self.turns), get("times", self.times), get("cues", self.cues))

    def pieces(self) -> list[Piece]:
        """The current reading of the tokens, in order, removed pieces included (text "")."""
        return _pieces(self.source, self.tokens, self.edits)

    def text_pieces(self) -> list[Piece]:
        """`pieces` with text (the removed left out)."""
        return _text_pieces(self.tokens, self.edits)

    def word_pieces(self) -> list[Piece]:
        """`pieces` with text whose first token is a word."""
        return _word_pieces(self.tokens, self.edits)

    def text(self) -> str:
        return self.rendering().text()

    def rendering(self) -> Rendering:
        return Rendering(self.source, self.edits)

    def editor(self) -> Editor:
        return Editor(self)

    def line_of(self, offset: int) -> int:
        """1-based line number of a source offset."""
        return self.source.count("\n", 0, offset) + 1


_DOCUMENT_ORDER: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Document))
_DOCUMENT_FIELDS = frozenset(_DOCUMENT_ORDER)
"""`Document`'s fields in order: `_DocumentBuilder` takes them all (tests check the two agree)."""


class _DocumentBuilder:
    """Builds a `Document` from all its fields in order, as `_TokenBuilder` builds a token."""

    __slots__ = _DOCUMENT_ORDER

    def __init__(self, source: str, tokens: tuple[Token, ...], anchors: tuple[Anchor, ...],
                 markers: tuple[Marker, ...], metadata: dict[str, Any], edits: tuple[Edit, ...],
                 suggestions: tuple[Edit, ...], diagnostics: tuple[Diagnostic, ...],
                 sentence_starts: tuple[int, ...], turns: tuple[Turn, ...],
                 times: Sequence[tuple[float, float]], cues: tuple[Cue, ...]) -> None:
        self.source = source
        self.tokens = tokens
        self.anchors = anchors
        self.markers = markers
        self.metadata = metadata
        self.edits = edits
        self.suggestions = suggestions
        self.diagnostics = diagnostics
        self.sentence_starts = sentence_starts
        self.turns = turns
        self.times = times
        self.cues = cues
        self.__class__ = Document  # type: ignore[assignment]


# The edit log replayed (`replay`) and the stages' `Editor`, re-exported here where the rest
# of the library imports them from; both import the values above, so they come after them.
from .editor import Editor  # noqa: E402
from .replay import (  # noqa: E402
    OverlapError,
    Rendering,
    _pieces,
    _text_pieces,
    _word_pieces,
    apply_edits,
    clear_caches,
    last_use,
)

__all__ = [
    "Anchor", "Cue", "Diagnostic", "Document", "Edit", "EditKind", "Editor", "Marker",
    "OverlapError", "Piece", "Rendering", "Role", "Times", "Token", "TokenKind", "Turn",
    "apply_edits", "clear_caches", "last_use", "new_cue", "new_token",
]

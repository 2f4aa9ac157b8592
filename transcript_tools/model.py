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


def fast_builder(cls: type) -> Callable[..., Any]:
    """A constructor of the frozen slotted dataclass ``cls`` that takes every field, in order,
    several times as fast as the dataclass's own (which sets each frozen field through
    ``object.__setattr__``): an empty object of a plain twin class with the same slots is
    made (no ``__init__`` frame of its own), its slots filled, then it becomes a ``cls`` (same
    layout, so ``__class__`` may change). Where ``cls``'s slots are a plain base's (``class
    Token(_TokenSlots)``, the dataclass adding none) that base is the twin: both classes then
    have the same solid base, and the class change skips the compare of their slot names
    (~180 of the ~2,000 instructions an object). A function, not a class: a call of it is one frame,
    not ``type.__call__``'s argument tuple and ``__init__`` call. For values made once per
    word or piece (`new_token`, `Document.pieces`, the editor's edits)."""
    return _builders(cls)[0]


def fast_columns(cls: type) -> Callable[..., list[Any]]:
    """`fast_builder`'s objects for whole columns: ``fast_columns(cls)(c1, .., ck)`` is
    ``list(map(fast_builder(cls), c1, .., ck))`` (the shortest column ends it), built by one
    loop that fills each object's slots itself (no call a value: ~a fifth fewer
    instructions an object than the mapped builder)."""
    return _builders(cls)[1]


_BUILT: dict[type, tuple[Callable[..., Any], Callable[..., list[Any]],
                         Callable[..., list[Any]]]] = {}


def _builders(cls: type) -> tuple[Callable[..., Any], Callable[..., list[Any]],
                                  Callable[..., list[Any]]]:
    made = _BUILT.get(cls)
    if made is not None:
        return made
    names = tuple(f.name for f in dataclasses.fields(cls))
    base = cls.__base__
    # a class whose ``end`` is kept only where it is not ``start + len(text)`` (`_SpanEnd`):
    # its base's slot ``_end`` holds None there, or the end given
    derived = getattr(base, "__slots__", None) == tuple(
        "_end" if n == "end" else n for n in names) and isinstance(
        getattr(base, "end", None), property)
    slots = tuple("_end" if derived and n == "end" else n for n in names)
    args = ", ".join(names)
    columns = ", ".join("_fb_c_" + n for n in names)
    fill = "".join("    _fb_o._end = None if end == start + len(text) else end\n"
                   if derived and n == "end" else f"    _fb_o.{n} = {n}\n" for n in names)
    raw = "".join(f"        _fb_o.{n} = {n}\n" for n in slots)
    # (the locals and globals the code adds start "_fb_": no field name can meet them)
    source = (f"def build({args}):\n"
              "    _fb_o = _fb_twin()\n"
              + fill
              + "    _fb_o.__class__ = _fb_cls\n"
              "    return _fb_o\n"
              f"def columns({columns}):\n"
              "    _fb_out = []\n"
              "    _fb_add = _fb_out.append\n"
              f"    for {args} in _fb_zip({columns}):\n"
              "        _fb_o = _fb_twin()\n"
              + fill.replace("    ", "        ")
              + "        _fb_o.__class__ = _fb_cls\n"
              "        _fb_add(_fb_o)\n"
              "    return _fb_out\n"
              f"def slotted({columns}):\n"
              "    _fb_out = []\n"
              "    _fb_add = _fb_out.append\n"
              f"    for {', '.join(slots)} in _fb_zip({columns}):\n"
              "        _fb_o = _fb_twin()\n"
              + raw
              + "        _fb_o.__class__ = _fb_cls\n"
              "        _fb_add(_fb_o)\n"
              "    return _fb_out\n")
    if cls.__dict__.get("__slots__") == () and getattr(base, "__slots__", None) == slots:
        twin = base  # (the model class adds no slots to it: the class change is cheaper)
    else:
        twin = type(f"_{cls.__name__}Twin", (), {"__slots__": names})
    scope: dict[str, Any] = {"_fb_cls": cls, "_fb_twin": twin, "_fb_zip": zip}
    exec(source, scope)  # as `dataclasses` writes its own __init__
    made = _BUILT[cls] = scope["build"], scope["columns"], scope["slotted"]
    return made


def _span_end(self: Any) -> int:
    """A token's or piece's end: kept only where it is not ``start + len(text)``."""
    end: int | None = self._end
    return self.start + len(self.text) if end is None else end


class _SpanEnd:
    """What `Token` and `Piece` share: ``end`` read from ``start`` and ``text`` where it is
    their sum (every token a reader makes, every piece of one token), kept in the slot
    ``_end`` only where it is not (None there): no int object a token for its end (mem36:
    ~10 MB on a 300,000-token page, held by every stage). ``end`` is a field as before: the
    constructor takes it, equality, hash, repr, `dataclasses.replace` and pickling read it
    (pickled as the slots)."""

    __slots__ = ()

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in type(self).__base__.__slots__)  # type: ignore[union-attr]

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(type(self).__base__.__slots__, state):  # type: ignore[union-attr]
            object.__setattr__(self, name, value)


class _TokenSlots:
    """`Token`'s slots in a plain base of their own (`fast_builder`); ``_end`` as `_SpanEnd`
    keeps it."""

    __slots__ = ('start', '_end', 'text', 'kind')
    _end: int | None
    end = property(_span_end)


@dataclass(frozen=True, init=False)
class Token(_SpanEnd, _TokenSlots):
    """A word or punctuation mark exactly as it stands in the source, ``source[start:end]``."""

    __slots__ = ()
    start: int
    end: int
    text: str
    kind: TokenKind = "word"

    def __init__(self, start: int, end: int, text: str, kind: TokenKind = "word") -> None:
        set_ = object.__setattr__  # (frozen: as the dataclass's own __init__ sets them)
        set_(self, "start", start)
        set_(self, "_end", None if end == start + len(text) else end)
        set_(self, "text", text)
        set_(self, "kind", kind)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


del Token.kind  # type: ignore[misc]  # (the default stays the constructor's; the slot reads)
new_token: Callable[[int, int, str, TokenKind], Token] = fast_builder(Token)
"""``Token(start, end, text, kind)``, built fast (all four arguments required)."""
_token_spans: Callable[..., list[Token]] = _builders(Token)[2]
"""`Token`s from columns of starts, None (each end the start and the text's length), texts
and kinds: the tokenizer's, built slot by slot (`_builders`)."""


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
    ``colour``: the speaker's colour of the caption line the marker is on, six hex digits, in
    a file that colours its speakers (UK subtitles, our ``--speaker-colours``): who speaks,
    as a voice does (`turns`), where the file gives it.
    """

    index: int
    kind: Literal["speaker", "story", "label"]
    start: int
    end: int
    label: str | None = None
    colour: str | None = None


class _EditSlots:
    """`Edit`'s slots in a plain base of their own (`fast_builder`)."""

    __slots__ = ('start', 'end', 'original', 'replacement', 'kind', 'rule', 'confidence', 'note')


@dataclass(frozen=True, slots=True)
class Edit(_EditSlots):
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


LYRIC_MARK = "lyric-mark"
"""The rule of a caption file's music mark removed from the text (`artifacts.lyric_mark`),
which the caption layout sets back on its line (`layout._units`)."""

_new_edit: Callable[[int, int, str, str, EditKind, str, float, str], Edit] = \
    fast_builder(Edit)
"""An `Edit` built fast (all eight fields given): the editor makes hundreds a document."""


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn over tokens ``[first, stop)``."""

    first: int
    stop: int
    speaker: str
    role: Role = "unknown"
    label: str | None = None
    nameless: bool = False
    """Written without a name, "Speaker N" too (qa51): text above a labelled page's first
    label that no label claims (a blog's introduction, an extract's heading, a copying
    site's header), and a meeting's voices its unmarked transcript does not tell apart
    (`meetings`): paragraphs, no guessed numbers."""
    number: int | None = None
    """The N of "Speaker N" where it is not the id's: the speakers shown with no name are
    numbered 1, 2, ... in order of appearance among themselves (turns38: ids number every
    speaker, so a named one's number left a gap, "Speaker 3" with no "Speaker 1" shown)."""

    @property
    def display_name(self) -> str:
        """The label from the text, else "Speaker N" (``number``, else the id "SN"'s); ""
        for a ``nameless`` turn (the writers print no name for it)."""
        if self.label:
            return self.label
        if self.nameless:
            return ""
        if self.number is not None:
            return f"Speaker {self.number}"
        return "Speaker " + self.speaker[1:] if self.speaker[:1] == "S" else self.speaker

    @property
    def numbered(self) -> bool:
        """Whether the turn is shown as "Speaker N": no label from the text, and not
        ``nameless`` (`turns` and `stream` number these speakers, ``number``)."""
        return not self.label and not self.nameless

    @property
    def named(self) -> bool:
        """Whether the text names this turn's speaker: a label that is no numbered voice
        ("Speaker 2", as our writers show a speaker no name was found for, read back from
        our text or WebVTT; a diarizer's the same), which the SRT writer does not print and
        the layout leaves no room for, as it did for the speaker the first time (qa43)."""
        label = self.label
        if not label:
            return False
        return not (label.startswith("Speaker ") and label[8:].isdigit())


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


new_cue: Callable[[float, float, tuple[str, ...], str | None, int, int], Cue] = \
    fast_builder(Cue)
"""``Cue(start, end, lines, speaker, first, stop)``, built fast (all six arguments required)."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning about the input that did not stop processing (line is 1-based, 0 if none)."""

    code: str
    message: str
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line}


class _PieceSlots:
    """`Piece`'s slots in a plain base of their own (`fast_builder`); ``_end`` as `_SpanEnd`
    keeps it."""

    __slots__ = ('first', 'stop', 'start', '_end', 'text')
    _end: int | None
    end = property(_span_end)


@dataclass(frozen=True, init=False)
class Piece(_SpanEnd, _PieceSlots):
    """A run of tokens ``[first, stop)`` as the document now reads: one token, or the tokens
    an edit replaced together. ``text`` is the current text ("" once removed)."""

    __slots__ = ()
    first: int
    stop: int
    start: int
    end: int
    text: str

    def __init__(self, first: int, stop: int, start: int, end: int, text: str) -> None:
        set_ = object.__setattr__  # (frozen: as the dataclass's own __init__ sets them)
        set_(self, "first", first)
        set_(self, "stop", stop)
        set_(self, "start", start)
        set_(self, "_end", None if end == start + len(text) else end)
        set_(self, "text", text)


_new_piece: Callable[[int, int, int, int, str], Piece] = fast_builder(Piece)
"""A `Piece` built fast: `Document.pieces` makes one per token."""
_piece_slots: Callable[..., list[Piece]] = _builders(Piece)[2]
"""`Piece`s from columns of firsts, stops, starts, ``_end``s (None: the start and the text's
length; a token's own ``_end``) and texts, slot by slot (`_builders`)."""


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


CONTINUES = "continues"
"""A document's metadata key, True on a chunk the input goes on after (set and taken out
again by `stream`): its last word is no excerpt's end (`sentenceends.cut_off`'s
``at_end``)."""


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
    srt_cues: tuple[Cue, ...] = ()
    """SRT's cues where they are not ``cues`` (empty: SRT writes ``cues``): a turn whose
    first cue SRT opens with ">> " and whose words leave no room for it there is cut again
    with the room in SRT only (`layout`)."""

    @property
    def ours(self) -> bool:
        """Whether the source is our own output read back (our WebVTT's "NOTE made by
        transcript-tools", our JSON's schema): the readers set ``made_by`` then, and the
        stages keep the cue times and sentence ends our first cleaning set (qa43)."""
        return "made_by" in self.metadata

    def replace(self, **changes: Any) -> Document:
        """`dataclasses.replace`, built as `new_token` builds a token (every stage replaces
        the document a few times)."""
        if not _DOCUMENT_FIELDS.issuperset(changes):
            return dataclasses.replace(self, **changes)  # (raises its TypeError)
        get = changes.get
        return _DocumentBuilder(  # type: ignore[no-any-return]
            get("source", self.source), get("tokens", self.tokens), get("anchors", self.anchors),
            get("markers", self.markers), get("metadata", self.metadata),
            get("edits", self.edits), get("suggestions", self.suggestions),
            get("diagnostics", self.diagnostics), get("sentence_starts", self.sentence_starts),
            get("turns", self.turns), get("times", self.times), get("cues", self.cues),
            get("srt_cues", self.srt_cues))

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
"""`Document`'s fields in order, as `_DocumentBuilder` takes them."""


_DocumentBuilder = fast_builder(Document)
"""Builds a `Document` from all its fields in order (`Document.replace`)."""


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

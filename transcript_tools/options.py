"""One frozen options object: a switch per stage plus its tunables, with documented defaults.

Built by the caller (or the CLI, whose flags mirror these fields) and read by `pipeline`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .errors import OptionsError

SPEAKER_MARKS = ("chevrons", "dash")
"""The values of `Options.speaker_mark`."""

MAX_MEDIA_START = 2 * 86400
"""A media start (seconds of the day the media begins) is below this: the clock lines of a
broadcast that runs past midnight count on into the next day."""


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for `clean`. Every field has the default shown; turn a stage off with
    ``Options(spelling=False)``; change several with ``options.replace(...)``."""

    # --- stages (each can be switched off) -----------------------------------------------
    artifacts: bool = True
    """Remove sound cues, roll-up repeats and stuttered words."""
    names: bool = True
    """Correct names against the lexicon (names list and reference texts) by sound."""
    spelling: bool = True
    """Correct words that are not words (symspellpy), never one real word into another."""
    punctuation: bool = True
    """Re-segment sentences and restore question marks."""
    casing: bool = True
    """Truecase: sentence starts, "I", names, proper nouns and acronyms."""
    numbers: bool = True
    """Write captioners' ordinals (``1st``) as words in running text."""
    turns: bool = True
    """Segment speaker turns (from markers, else inferred)."""

    # --- names ----------------------------------------------------------------------------
    min_confidence: float = 0.8
    """Apply a name correction at or above this confidence; below it becomes a suggestion."""
    suggest_confidence: float = 0.35
    """Below this a candidate is dropped, not even suggested."""

    # --- artifacts ------------------------------------------------------------------------
    clean_verbatim: bool = False
    """Also drop fillers such as "uh" and "um"."""
    keep_sound_cues: bool = False
    """Keep ``[applause]``, ``(laughter)`` and ``♪`` in the text instead of removing them."""

    # --- sentences ------------------------------------------------------------------------
    learned_sentences: bool = True
    """Choose sentence ends and vet questions with the learned gap model
    (``data/sentence_model.tsv``); off: the hand-set gap scores alone."""

    # --- turns ----------------------------------------------------------------------------
    speakers: int | None = None
    """Pin the number of speakers when inferring turns (None: decide from the text)."""
    one_voice_text: bool = False
    """Test lowercase plain broadcast text for one voice (a news read, a speech, a lecture
    without markers) as caption files and written (cased, punctuated) plain text are always
    tested (`monologue.single_voice`). Off by default: on real lowercase interview excerpts
    without markers it read some as one voice."""

    # --- timing ---------------------------------------------------------------------------
    media_start: float | None = None
    """Wall-clock second of the day at which the media starts (None: the programme header,
    else the first word's estimated time)."""
    words_per_minute: float = 160.0
    """Speaking rate used where no anchors pin the time (before the first, after the last)."""

    # --- layout (broadcast subtitle defaults) ---------------------------------------------
    max_line_chars: int = 42
    max_lines: int = 2
    speaker_labels: bool = True
    """SRT and text output open a speaker's first cue with ``NAME:``: room is left for it on
    SRT's first line of the cue and in its reading time (WebVTT, which writes the name in
    ``<v Name>``, sets that cue's lines for the full width; off: no room anywhere)."""
    speaker_mark: str = "chevrons"
    """How SRT marks a change to a speaker without a name (`SPEAKER_MARKS`): ``"chevrons"``
    opens the turn's first cue with ">> " (US broadcast captions; our reader takes it back
    as a change of speaker), ``"dash"`` writes a new cue only, and "- " lines where two
    speakers share a cue (the Netflix and BBC guides). Both write "- " dialogue lines and
    ``NAME:`` for a named speaker; WebVTT marks every change with a ``<v Name>`` span."""
    speaker_colours: bool = False
    """Colour each speaker's text as the BBC subtitle guidelines do (`SPEAKER_COLOURS`: the
    speaker heard longest white, the next three yellow, cyan, green; one colour a speaker
    through the file; a fifth speaker and after white, their change marked by a new cue and
    "- " dialogue lines as without colours): WebVTT writes a ``STYLE`` block and ``<c.yellow>``
    spans, SRT ``<font color="#ffff00">``. Only where two voices or more speak."""
    max_cps: float = 17.0
    """Reading speed: characters per second, spaces included."""
    min_duration: float = 5 / 6
    max_duration: float = 7.0
    min_gap: float = 2 / 24
    """Seconds between cues (two frames at 24 fps)."""

    # --- behaviour ------------------------------------------------------------------------
    strict: bool = False
    """Raise `StrictModeError` on input warnings instead of recording them."""

    def __post_init__(self) -> None:
        for name in ("min_confidence", "suggest_confidence"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise OptionsError(f"{name} must be within 0..1, not {value}")
        if self.suggest_confidence > self.min_confidence:
            raise OptionsError("suggest_confidence must not exceed min_confidence")
        if self.speakers is not None and self.speakers < 1:
            raise OptionsError(f"speakers must be at least 1, not {self.speakers}")
        if self.max_line_chars < 10:
            raise OptionsError(f"max_line_chars must be at least 10, not {self.max_line_chars}")
        if not 1 <= self.max_lines <= 3:
            raise OptionsError(f"max_lines must be 1..3, not {self.max_lines}")
        for field_name in ("max_cps", "words_per_minute"):  # name the one that is wrong
            if getattr(self, field_name) <= 0:
                raise OptionsError(f"{field_name} must be positive, not "
                                   f"{getattr(self, field_name)}")
        if not 0 < self.min_duration <= self.max_duration:
            raise OptionsError("need 0 < min_duration <= max_duration")
        if self.min_gap < 0:
            raise OptionsError("min_gap must not be negative")
        if self.speaker_mark not in SPEAKER_MARKS:
            raise OptionsError(f"speaker_mark must be one of {', '.join(SPEAKER_MARKS)}, "
                               f"not {self.speaker_mark!r}")
        if self.media_start is not None and not 0 <= self.media_start < MAX_MEDIA_START:
            raise OptionsError("media_start must be a second of the day (0..86400, or below "
                               f"{MAX_MEDIA_START} for a broadcast past midnight), not "
                               f"{self.media_start}")

    def replace(self, **changes: Any) -> Options:
        """A copy with some fields changed; an unknown field name is an error."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise OptionsError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)


CAPTION_PRESETS: dict[str, dict[str, Any]] = {
    "us": {"speaker_mark": "chevrons"},
    "netflix": {"speaker_mark": "dash"},
    "bbc": {"max_line_chars": 37, "min_gap": 2 / 25, "speaker_mark": "dash",
            "speaker_colours": True},
}
"""Caption layout presets, each marking a change of speaker as its standard does. ``us`` is
the defaults (42 characters, 17 characters/s, 24 fps frames, ">> " before an unnamed
speaker's turn as US broadcast captions write it, the archive captions this library reads);
``netflix`` the same numbers with a new cue and "- " dialogue lines only (Netflix's timed-text
guide); ``bbc`` the BBC teletext line of 37 characters, 25 fps frames, a new cue and "- "
dialogue lines (the BBC guidelines: never ">>"), and speakers in colour
(`Options.speaker_colours`). Use ``Options(**CAPTION_PRESETS["bbc"])``; the CLI has
``--preset``, ``--speaker-mark`` and ``--speaker-colours``."""

SPEAKER_COLOURS = (("white", "#ffffff"), ("yellow", "#ffff00"), ("cyan", "#00ffff"),
                   ("lime", "#00ff00"))
"""The BBC subtitle guidelines' speaker colours in the order they are given (white, yellow,
cyan, green): the WebVTT class (the WebVTT specification's own colour classes: its green is
``lime``, CSS's ``green`` is a dark one) and SRT's ``<font color>``."""

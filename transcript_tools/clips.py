"""Recordings played inside a programme: a host's framing ("take a listen.", "here's a clip")
makes what follows `other` until the host comes back; a settle step `turns.TurnSegmenter`
runs after `handover.settle`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .lazypattern import lazy_regex
from .phrases import Phrases
from .speakercues import Cues, Unit
from .speakers import GUEST, HOST, OTHER, decode

_FRAME_ENDS = (
    ("watch",), ("watch", "this"), ("listen",), ("listen", "to", "this"), ("listen", "in"),
    ("take", "a", "listen"), ("have", "a", "listen"), ("take", "a", "look"),
    ("have", "a", "look"), ("roll", "tape"), ("roll", "the", "tape"), ("roll", "it"),
    ("let's", "listen"), ("let's", "watch"), ("let's", "take", "a", "listen"),
    ("let's", "take", "a", "look"), ("let's", "have", "a", "listen"),
)
"""Words that end a unit handing over to a recording ("... take a listen.")."""
_BARE_LEADS = frozenset("and now so".split())
"""Words before a bare "watch" or "listen" ending a longer unit that still frame ("and now
listen")."""
FRAME_SHORT = 6
"""Most words in a unit that ends with a frame (a longer one ending "watch" is talk about
something to watch)."""
_FRAME_ANYWHERE = (
    ("here's", "a", "clip"), ("here", "is", "a", "clip"), ("here's", "some", "of", "what"),
    ("here", "is", "some", "of", "what"), ("here's", "part", "of"), ("here's", "a", "bit", "of"),
    ("here's", "what", "he", "said"), ("here's", "what", "she", "said"),
    ("here's", "what", "they", "said"), ("here's", "a", "look"), ("here", "is", "a", "look"),
)
"""Words anywhere in a unit that introduce a recording played next."""
_FRAME_INDEX = Phrases(_FRAME_ANYWHERE)
CLIP_MAX = 250
"""Most words in a stretch taken for a clip (a longer one is not known to be one)."""


_RECORDING = lazy_regex(
    r"\[\s*(?:(?:begin|start|playing)\s+)?(?:(?:video|audio|sound|news)\s*)?"
    r"(?:clip|clips|tape|videotape|audiotape|recording)\s*\]", regex.IGNORECASE)
"""A caption's tag for a recording played next ("[video clip]", "[begin videotape]",
"[audio clip]"), not its end ("[end video clip]")."""


def recording_tag(text: str) -> bool:
    """Whether a sound tag of the source says a recording is played from here."""
    return _RECORDING.fullmatch(text.strip()) is not None


def frames_clip(words: Sequence[str]) -> bool:
    """Whether a unit hands over to a recording: it ends with a short framing ("watch.",
    "take a listen.", "let's listen.") or says "here's a clip", "here's some of what ..."."""
    if not words:
        return False
    if len(words) <= FRAME_SHORT:
        for p in _FRAME_ENDS:
            if tuple(words[-len(p):]) == p and (len(p) > 1 or len(words) <= 2
                                                or words[-2] in _BARE_LEADS):
                return True
    return _FRAME_INDEX.found(words)


def _host_back(c: Cues) -> bool:
    """A unit that the host says on coming back from a recording: a question to "you", an
    introduction or thanks, a greeting, a move to the next topic, words about the programme,
    or a title said of someone in the third person ("the senator told reporters ...": the
    host's narration, no "I", "we" or "you" in it)."""
    return (c.question and c.second > 0) or c.host_phrase or c.thanks or c.greeting or \
        c.steer or c.show or c.audience or c.vocative and not c.first and not c.second


def clips(units: Sequence[Unit], states: list[int], unit_cues: Sequence[Cues]) -> list[int]:
    """The decoded roles with each recording a host (or the programme) frames given to `other`:
    from the unit after the framing until the host comes back (a host unit after one the
    decoder gave another role, a unit with a host's cues (`_host_back`) after the clip's first,
    another framing) or the document ends; left alone when that stretch is longer than
    CLIP_MAX words or is the framing unit's own end."""
    out = states
    n = len(units)
    k = 0
    while k < n - 1:
        if states[k] == GUEST or not frames_clip(units[k].words):
            k += 1
            continue
        j, words, left = k + 1, 0, False
        while j < n:
            if j > k + 1 and (_host_back(unit_cues[j]) or frames_clip(units[j].words)
                              or states[j] == HOST and left):
                break
            left = left or states[j] != HOST
            words += len(units[j].words)
            j += 1
        if j > k + 1 and words <= CLIP_MAX:
            if out is states:
                out = list(states)
            out[k + 1:j] = [OTHER] * (j - k - 1)
        k = max(j, k + 1)
    return out


VOICES_MIN = 80
"""Fewest words in an opening run of `other` that is looked at for several voices (a shorter
one is one promo or one clip)."""


def opening_voices(units: Sequence[Unit], states: Sequence[int],
                   unit_cues: Sequence[Cues]) -> set[int]:
    """The units where another voice begins inside the run of `other` a document opens with
    (a cold open, a trailer, the end of the previous programme: several voices the decoder's
    one `other` state joins): where a decoding of that run alone changes role."""
    run = next((k for k, s in enumerate(states) if s != OTHER), len(states))
    if run < 3 or sum(len(u.words) for u in units[:run]) < VOICES_MIN:
        return set()
    alone = decode(units[:run], 3, unit_cues=unit_cues[:run])
    return {k for k in range(1, run) if alone[k] != alone[k - 1] and units[k].strength}


__all__ = ["CLIP_MAX", "FRAME_SHORT", "clips", "frames_clip", "opening_voices", "recording_tag"]

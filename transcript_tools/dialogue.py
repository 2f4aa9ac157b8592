"""Voices of a caption file's dialogue dashes; used by `turns.TurnSegmenter` on marked SRT and
WebVTT input.

A leading dash ("- Where were you?" / "- At home.") says only that the voice changes, not who
speaks next. Subtitlers use it for the exchange of two people sharing a cue, so the voice after
a dash is the other voice of the exchange: the unlabelled turns alternate between two voices,
A, B, A, B ..., across cues too (a cue without a dash adds no change: its words go on in the
turn before them, as the reader leaves them). A third voice needs evidence the text gives: a
label ("NARRATOR:", ``<v Name>``, "[Name]"), which keeps its own speaker; after a labelled turn
the next dash takes the voice that did not speak last of the two (the exchange goes on).

Roles: the two voices of an exchange are its two sides, never `other` (a clip, a promo, a
report: a caption file's dialogue gives no evidence of one without a label). The host is the
voice that puts more questions to "you" (a turn's last sentence a question with a second-person
word: the interviewer's move), on a tie the one that put the first, else the voice the role
decoder reads more as the host (host words less guest words over its turns), else the first
to speak; the other is the guest. A voice that alone speaks takes the role most of its words
have.
"""

from __future__ import annotations

from collections.abc import Sequence

from .speakercues import Cues
from .speakers import GUEST, HOST, OTHER


def asks_you(c: Cues) -> bool:
    """Whether a sentence's cues (`speakercues.cues`) are a question put to "you"."""
    return bool(c.question and c.second > 0)


def dash_voices(dashed: Sequence[bool], labels: Sequence[str | None]) -> list[int | None]:
    """Each turn's voice of the exchange (0 or 1), None for a labelled turn: a turn that opens
    at a dash (``dashed``) takes the voice other than the last unlabelled turn's; the first
    unlabelled turn, voice 0, and one with no dash (the text before the first mark, or a turn
    started by another mark) the last voice again."""
    out: list[int | None] = []
    last: int | None = None
    for dash, label in zip(dashed, labels):
        if label is not None:
            out.append(None)
            continue
        voice = 0 if last is None else 1 - last if dash else last
        out.append(voice)
        last = voice
    return out


def exchange_roles(voices: Sequence[int | None], states: Sequence[int],
                   lengths: Sequence[int], asks: Sequence[bool] = ()) -> list[int]:
    """Each turn's role: a labelled turn's (``voices`` None) stays its state; the two voices
    of the exchange are host and guest (the host: more turns that close on a question to
    "you", ``asks``; on a tie the first to ask, then the larger host-less-guest word count
    over its turns in ``states``, then the first voice); a voice alone takes its words'
    commonest role (host on a tie)."""
    lean = [0, 0]
    words = [[0, 0, 0], [0, 0, 0]]
    asked = [0, 0]
    first_ask: int | None = None
    for k, (v, s, n) in enumerate(zip(voices, states, lengths)):
        if v is None:
            continue
        words[v][s] += n
        lean[v] += n if s == HOST else -n if s == GUEST else 0
        if k < len(asks) and asks[k]:
            asked[v] += 1
            first_ask = v if first_ask is None else first_ask
    spoke = [any(v == x for v in voices) for x in (0, 1)]
    if spoke[0] and spoke[1]:
        host = max((0, 1), key=lambda v: (asked[v], v == first_ask, lean[v], v == 0))
        role = {host: HOST, 1 - host: GUEST}
    else:
        alone = 0 if spoke[0] else 1
        counts = words[alone]
        best = max((HOST, GUEST, OTHER), key=lambda s: (counts[s], s == HOST))
        role = {alone: best, 1 - alone: GUEST if best == HOST else HOST}
    return [s if v is None else role[v] for v, s in zip(voices, states)]

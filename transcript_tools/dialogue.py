"""Voices of a caption file's dialogue dashes; used by `turns.TurnSegmenter` on marked SRT and
WebVTT input.

A leading dash ("- Where were you?" / "- At home.") says only that the voice changes, not who
speaks next. Subtitlers use it for the exchange of two people sharing a cue, so the voice after
a dash is the other voice of the exchange: the turns alternate between two voices, A, B, A,
B ..., across cues too (a cue without a dash adds no change: its words go on in the turn before
them, as the reader leaves them). A named speaker (``<v Anna>``, "ANNA:", "[Anna]") is one of
the two like an unnamed voice: after Anna's turn and an unnamed reply, the next dash is Anna
again. A third voice needs evidence the text gives: another name, or a role label ("NARRATOR:",
"ANNOUNCER:"), whose turns stand outside the exchange (the dash after one goes back to the
exchange's voice that did not speak last). A dash with one voice of the exchange heard so far
opens a new unnamed voice.

Roles: the two voices of an exchange are its two sides, never `other` (a clip, a promo, a
report: a caption file's dialogue gives no evidence of one without a label). The host is the
voice that puts more questions to "you" (a turn's last sentence a question with a second-person
word: the interviewer's move), on a tie the one that put the first, else the voice the role
decoder reads more as the host (host words less guest words over its turns), else the first to
speak; the other is the guest. A voice that alone speaks, or one of three or more, takes the
role most of its words have (host or guest).
"""

from __future__ import annotations

from collections.abc import Sequence

from .labelroles import label_role
from .speakercues import Cues
from .speakers import GUEST, HOST

Voice = int | str
"""A voice of the exchange: an unnamed voice's number, or a name label (casefolded)."""


def asks_you(c: Cues) -> bool:
    """Whether a sentence's cues (`speakercues.cues`) are a question put to "you"."""
    return bool(c.question and c.second > 0)


def dash_voices(dashed: Sequence[bool], labels: Sequence[str | None]) -> list[Voice | None]:
    """Each turn's voice of the exchange: a name label's own (casefolded), None for a role
    label's ("NARRATOR:": outside the exchange); an unlabelled turn that opens at a dash
    (``dashed``) takes the exchange's voice other than the last one heard (a new unnamed voice
    while only one was heard), one with no dash (the text before the first mark, or a turn
    another mark opens) goes on with the last voice (the first unnamed voice when none)."""
    out: list[Voice | None] = []
    recent: list[Voice] = []  # the exchange's voices, the last heard first (two at most)
    fresh = 0

    def heard(voice: Voice) -> None:
        if voice in recent:
            recent.remove(voice)
        recent.insert(0, voice)
        del recent[2:]

    for dash, label in zip(dashed, labels):
        if label is not None:
            if label_role(label) is not None:
                out.append(None)
                continue
            voice: Voice = label.casefold()
        elif recent and (not dash or len(recent) == 2):
            voice = recent[1] if dash else recent[0]
        else:
            voice, fresh = fresh, fresh + 1
        heard(voice)
        out.append(voice)
    return out


def exchange_roles(voices: Sequence[Voice | None], states: Sequence[int],
                   lengths: Sequence[int], asks: Sequence[bool] = ()) -> list[int]:
    """Each turn's role: a turn outside the exchange (``voices`` None) keeps its state; the two
    voices of an exchange are host and guest (the host: more turns that close on a question to
    "you", ``asks``; on a tie the first to ask, then the larger host-less-guest word count over
    its turns in ``states``, then the first to speak); a voice alone, or one of three or more,
    takes the role most of its words have (host or guest; host on a tie)."""
    order: list[Voice] = []
    lean: dict[Voice, int] = {}
    asked: dict[Voice, int] = {}
    first_ask: Voice | None = None
    for k, (v, s, n) in enumerate(zip(voices, states, lengths)):
        if v is None:
            continue
        if v not in lean:
            order.append(v)
            lean[v] = asked[v] = 0
        lean[v] += n if s == HOST else -n if s == GUEST else 0
        if k < len(asks) and asks[k]:
            asked[v] += 1
            first_ask = v if first_ask is None else first_ask
    role: dict[Voice, int] = {}
    if len(order) == 2:
        host = max(order, key=lambda v: (asked[v], v == first_ask, lean[v], v == order[0]))
        role = {v: HOST if v == host else GUEST for v in order}
    else:
        role = {v: HOST if lean[v] >= 0 else GUEST for v in order}
    return [s if v is None else role[v] for v, s in zip(voices, states)]

"""Roles per speaker over the whole document: no guest before the programme first hands over to
another voice; called by `turns.TurnSegmenter` after `speakers.decode`.

A guest speaks only once the programme hands over to them: a question, an introduction
("joining me now is ..."), a greeting or thanks to one person, an answer opener ("well", "yes")
or an echo of the last words right after a unit speaking to "you". A guest's own words of
arrival ("thanks for having me") hand over too. Before the first of these, what the decoder
gives the guest (first-person speech, long stretches) is the presenter's own narration: a
programme's opening, a news read. A document with none of them has no guest at all. The
decoder's turns keep their places; their role changes (a run given to the host joins its turns).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .speakercues import Cues, Unit, cues
from .speakers import GUEST, HOST, echoes


def guest_from(units: Sequence[Unit], unit_cues: Iterator[Cues] | Sequence[Cues]) -> int:
    """The first unit a guest may speak (``len(units)`` when the document never hands over
    to one); ``unit_cues`` the units' cues, in order (read only as far as needed)."""
    before: Cues | None = None
    for k, c in enumerate(unit_cues):
        if c.guest_phrase or (c.greeting or c.thanks) and not c.audience:
            return k
        if before is not None and (before.second or before.question) and (
                c.opener or units[k].strength and echoes(units[k - 1].words, units[k].words)):
            return k
        if c.host_phrase and not c.audience or c.question:
            return k + 1
        before = c
    return len(units)


def settle(units: Sequence[Unit], states: list[int],
           unit_cues: Sequence[Cues] | None = None) -> list[int]:
    """The decoded roles (``states``, one per unit) with the guest's units before the first
    hand-over given to the host, in the document and again after each welcome to the audience
    ("good morning everybody", "welcome back"): the programme opens anew and its presenter
    speaks until they hand over. Not when the first unit the guest is given there speaks to
    "you": caption text without stops runs a question into its answer, the hand-over is
    inside. ``unit_cues``: the units' cues when the caller has them."""
    if GUEST not in states:
        return states
    all_cues = unit_cues or [cues(u) for u in units]
    opens = [0] + [k for k in range(1, len(units)) if all_cues[k].audience] + [len(units)]
    out = states
    for start, stop in zip(opens, opens[1:]):
        first = next((k for k in range(start, stop) if states[k] == GUEST), stop)
        if first == stop or all_cues[first].second:
            continue
        until = start + guest_from(units[start:stop], all_cues[start:stop])
        if until > first:
            if out is states:
                out = list(states)
            out[first:until] = [HOST if s == GUEST else s for s in states[first:until]]
    return out

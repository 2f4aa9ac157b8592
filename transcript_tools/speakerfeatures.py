"""A stretch of speech's features for the speaker decoder, the decoder's weights, and the
prepared inputs (hand-overs, echoes, the guest's introduction); called by `speakers.decode`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .boundaries import AUX, GAP_FEATURES, gap_features
from .promos import announcements, greets_audience, opens_programme
from .scans import places
from .speakercues import Cues, Unit, cues, greets_nobody, thanked_back
from .vocabulary import vocabulary

STATES = ("host", "guest", "other")
HOST, GUEST, OTHER = 0, 1, 2
ECHO_SPAN = 4
"""Words at the end of a unit and the start of the next compared for an echo."""
ECHO_ZIPF = 5.5
"""Only words rarer than this (Zipf frequency) count as an echo."""
WEIGHTS = Path(__file__).resolve().parent / "data" / "turns_weights.json"
"""The decoder's weights: ``emission`` (per role, per unit feature) and ``transition`` (per
feature of a move between units), written by ``evaluation/train_turns.py``."""
FEATURES = ("bias", "question", "question_you", "you", "me", "vocative", "host_phrase",
            "guest_phrase", "opener", "promo", "thanks", "greeting", "long", "length",
            "setup", "after_intro", "question_mark", "inside", "short", "lead", "wh", "aux",
            "question_weak", "steer", "show", "claim")
"""A unit's features (`unit_features`), each weighted per role."""
TRANSITIONS = ("switch_inside", "switch_sentence", "switch_marker", "bonus", "echo",
               "handover", "to_host", "to_other", "from_other", "stay_handover", "host_long",
               "marked_same")
"""Features of a move from one unit's role to the next's (see `speakers.decode`)."""
_LEAD_WORDS = frozenset("and but so".split())
_WH_WORDS = frozenset("what how why when where who which".split())


def unit_features(units: Sequence[Unit], unit_cues: Sequence[Cues], intro: int | None
                  ) -> list[tuple[float, ...]]:
    """Each unit's features, in the order of FEATURES: the cues of its words, its length, a
    question just after it (a host's set-up), whether the guest was introduced before it."""
    out: list[tuple[float, ...]] = []
    n = len(units)
    said = announcements(units, unit_cues)
    for k, (u, c) in enumerate(zip(units, unit_cues)):
        w0 = u.words[0] if u.words else ""
        nxt = unit_cues[k + 1] if k + 1 < n else None
        # (a unit opening with "and" carries the line before it on: no new voice's set-up)
        setup = nxt is not None and nxt.question and not c.first and \
            bool(units[k + 1].strength) and not c.greeting and w0 not in GOES_ON
        weak = _weak(u, c)
        out.append((
            1.0, _F[c.question and not c.second and not weak], _F[c.question and c.second > 0],
            _F[min(_addressed(u.words, c.second), 4)], _F[min(c.first, 4)], _F[c.vocative],
            _F[c.host_phrase], _F[c.guest_phrase], _F[c.opener], _F[said[k]], _F[c.thanks],
            _F[c.greeting], _tenth(max(0, c.length - 35)), _TENTHS[min(c.length, 60)],
            _F[setup], _F[intro is not None and k > intro], _F[u.question_mark],
            _F[u.strength == 0], _F[c.length <= 3], _F[w0 in _LEAD_WORDS],
            _F[w0 in _WH_WORDS], _F[w0 in AUX], _F[weak], _F[c.steer], _F[c.show],
            _F[not c.question and _claims(u.words, c.second)]))
    return out


_SELF = frozenset("i we".split())
_GENERIC_AFTER = frozenset("can can't cannot could never".split())
"""Words after which "you" is anyone ("you can't panic", "you never know")."""
_GENERIC_TO = frozenset("have need got".split())
"""Words that make "you" anyone before "to" ("you have to dance", "you've got to")."""
_GENERIC_BEFORE = frozenset("if when once unless".split())
"""Words before which "you" is anyone ("if you panic", "when you pay people more")."""


def _addressed(words: Sequence[str], second: int) -> int:
    """Of a unit's ``second`` second-person words, those said to someone: not a generic
    "you" ("if you panic, the players feel it", "you can't panic at half time"), which
    guests and reporters say as often as hosts."""
    if not second:
        return 0
    n = len(words)
    generic = sum(1 for k in places(words, "you") if (
        k + 1 < n and (words[k + 1] in _GENERIC_AFTER or words[k + 1] in _GENERIC_TO
                       and k + 2 < n and words[k + 2] == "to")
        or k and words[k - 1] in _GENERIC_BEFORE))
    return max(0, second - generic)


_PERFECT = frozenset(("you've",))
_NOT_DONE = frozenset("got to gotta".split())
"""Words after "you've" that make no claim of what the listener did ("you've got to")."""


def _claims(words: Sequence[str], second: int) -> bool:
    """A statement of what the listener has done: "you've" (not after a generic "if" /
    "when", nor "you've got (to)"), an interviewer's claim put to the guest ("you've been
    ignoring their letters", "you've cut the budget"); on the real dev sets 6 such units
    were the host's, none the guest's. "you have been" is left out: on the dev sets and the
    constructed monologues it stood in relatives ("the questions you have been sending")."""
    if not second:
        return False
    n = len(words)
    for k, x in enumerate(words):
        if k and words[k - 1] in _GENERIC_BEFORE:
            continue
        if x in _PERFECT and k + 1 < n and words[k + 1] not in _NOT_DONE:
            return True
    return False


def _weak(u: Unit, c: Cues) -> bool:
    """A question that is weak evidence of the host: not put to "you", and asked inside a
    sentence or with the speaker as its subject (half such questions are the answerer's)."""
    return c.question and not c.second and (u.strength == 0 or _self_asked(u.words))


def _self_asked(words: Sequence[str]) -> bool:
    """A question whose subject is the speaker ("what do we do", "so can i say"): mostly
    one a speaker asks and answers, not one put to the other."""
    at = 2 if words and words[0] in _LEAD_WORDS else 1
    return not _SELF.isdisjoint(words[at:at + 2])


_F = (0.0, 1.0, 2.0, 3.0, 4.0)
"""The float of a flag or a small count, one shared object each (a long transcript has tens of
thousands of units of 23 features)."""
_TENTHS = tuple(k / 10 for k in range(1001))


def _tenth(k: int) -> float:
    """``k / 10``, a shared object up to 100."""
    return _TENTHS[k] if k < len(_TENTHS) else k / 10


@dataclass(frozen=True, slots=True)
class Weights:
    """The decoder's weights: per role, one per FEATURES entry; one per TRANSITIONS entry."""

    emission: tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]
    transition: tuple[float, ...]
    change: tuple[float, ...] = (0.0,) * len(GAP_FEATURES)
    """One per GAP_FEATURES entry, added to any change of role at a unit's start."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Weights:
        known = {"emission": set(FEATURES), "transition": set(TRANSITIONS),
                 "change": set(GAP_FEATURES)}
        for part in [data["transition"], data.get("change", {}), *data["emission"].values()]:
            for name in part:
                if not any(name in names for names in known.values()):
                    raise ValueError(f"unknown feature {name!r} in the turn weights")
        em = tuple(tuple(float(data["emission"][role].get(f, 0.0)) for f in FEATURES)
                   for role in STATES)
        tr = tuple(float(data["transition"].get(f, 0.0)) for f in TRANSITIONS)
        ch = tuple(float(data.get("change", {}).get(f, 0.0)) for f in GAP_FEATURES)
        return cls(em, tr, ch)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {"emission": {role: {f: round(w, 4) for f, w in zip(FEATURES, ws) if w}
                             for role, ws in zip(STATES, self.emission)},
                "transition": {f: round(w, 4) for f, w in zip(TRANSITIONS, self.transition)},
                "change": {f: round(w, 4) for f, w in zip(GAP_FEATURES, self.change)}}


@functools.lru_cache(maxsize=1)
def weights() -> Weights:
    """The shipped weights (read once)."""
    return Weights.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the decoder needs of each unit: its features, whether the unit before hands
    over (a question, greeting, thanks or introduction), whether it echoes the unit before,
    and where the guest is introduced."""

    features: list[tuple[float, ...]]
    gaps: list[tuple[float, ...]]
    handover: list[bool]
    echo: list[bool]
    intro: int | None
    opened: int = 0
    """The first greeting to the audience, when nothing is asked before it (the show opens
    there: what comes before is a promo or the previous programme)."""
    asks: Sequence[bool] = ()
    """Whether each unit asks (its cues' question)."""
    thanked: Sequence[bool] = ()
    """Whether each unit thanks for having its speaker in reply to a welcome or thanks
    (`speakercues.thanked_back`)."""


def prepare(units: Sequence[Unit], gaps: bool = True,
            unit_cues: Sequence[Cues] | None = None) -> Prepared:
    """What `speakers.decode` needs of the units; ``gaps`` False leaves the gap features out (all
    zero; `decode` computes the weighted ones itself, training and analysis read them all);
    ``unit_cues`` the units' cues when the caller has them."""
    unit_cues = unit_cues or [cues(u) for u in units]
    # the programme opens at its first greeting to the audience, if nothing is asked before;
    # the guest's introduction: the first host phrase, but a short thanks ("thank you for
    # coming") after a question put to "you" is a sign-off, not a welcome
    # (looked for from the programme's opening on: a host phrase before it belongs to the
    # previous programme or a promo)
    # (a greeting followed by the speaker's own name greets the audience too)
    named = next((k for k, c in enumerate(unit_cues) if c.named_self), len(units))
    # a greeting to the audience beside an ident opens the programme, unless a presenter
    # named themself before it (their headlines, not a cold open, come before it)
    greets = [c.audience or c.greeting and k + 1 < len(units) and unit_cues[k + 1].named_self
              or opens_programme(units[k].words)
              or 0 < k < named and greets_audience(units, unit_cues, k, after_ident=True)
              for k, c in enumerate(unit_cues)]
    opened = next((k for k, c in enumerate(unit_cues) if greets[k] or c.question and c.second),
                  None)
    if opened is None or not greets[opened]:
        opened = 0
    asked = next((k for k, c in enumerate(unit_cues) if c.question and c.second), len(units))
    intro = next((k for k, c in enumerate(unit_cues)
                  if k >= opened and c.host_phrase and not (c.thanks and k > asked)), None)
    # each unit's value from the unit before (the first unit: False)
    # no hand-over after a greeting to the audience, nor after a document's first unit that
    # greets or thanks nobody in particular (`greets_nobody`: nothing is said before it and
    # nothing after it answers it; it does not open the programme, which may open later)
    nobody = greets_nobody(unit_cues)
    handover = [False, *[(c.question or c.host_phrase or c.thanks or c.greeting) and not g
                         and not (k == 0 and nobody) and not _unanswered(unit_cues, k)
                         and not (c.question and _goes_on(units, k + 1))
                         for k, (c, g) in enumerate(zip(unit_cues, greets))][:-1]][:len(units)]
    echo = [False, *[bool(u.strength) and echoes(before.words, u.words)
                     for before, u in zip(units, units[1:])]][:len(units)]
    none = (0.0,) * len(GAP_FEATURES)
    found = [gap_features(units[k - 1].words if k else (), u.words,
                          k > 0 and unit_cues[k - 1].question) if gaps else none
             for k, u in enumerate(units)]
    return Prepared(unit_features(units, unit_cues, intro), found, handover, echo, intro,
                    opened, [c.question for c in unit_cues],
                    [thanked_back(units, unit_cues, k) for k in range(len(units))])



GOES_ON = frozenset(("and",))
"""Words that, opening the unit after a question, carry the asker's own line on ("how will
the villages get to the market? | and the school buses will stop at the church ..."): the
question hands over to no one there (`_goes_on`). On the annotated dev sets and the local
marked pages (markers as truth) a unit opening "and" after a question was the same
speaker's 7 times in 9; "but" (no case moved) and "because", "if", "when" (answers open so:
"why? | because ...") are left out. A unit opening so right before a question is no set-up
of that question either (`unit_features`' ``setup``): it carries on the line before it
("... we had queues round the block. | and the children's floor was full all day. | will
you keep it open on sundays?"). Such set-up units (turns29): on the two-person dev sets 1
the speaker's before it and not the asker's, 2 both, none the asker's alone; on the local
marked pages, markers stripped, 1, 3 and none."""


def _goes_on(units: Sequence[Unit], k: int) -> bool:
    """Whether unit k opens with a word of GOES_ON: after a question, the asker goes on."""
    return k < len(units) and bool(units[k].words) and units[k].words[0] in GOES_ON


UNANSWERED_SPAN = 3
"""Units after a welcome within which the host's question put to "you" shows that the welcome
was not answered (`_unanswered`)."""


def _unanswered(unit_cues: Sequence[Cues], k: int) -> bool:
    """Whether unit k, a welcome, thanks or introduction that asks nothing, is left
    unanswered: the unit after it neither greets or thanks back (a host's "thanks for being
    here" is no answer), opens an answer, nor says a guest's words of arrival, and a question
    put to "you" follows within UNANSWERED_SPAN units after that one before any such answer
    (the host goes on: "... thank you for joining us. | we are now at the point where the
    harbour has lost forty boats. | what did you see?"). Like `greets_nobody`, for any
    welcome, not only a document's first unit. An introduction that asks nothing is left
    unanswered too when the host's own welcome to the guest (a host phrase with thanks or a
    greeting: "thank you for coming in") follows it within that span before any answer: "our
    guest has farmed the valley for forty years. | she drove in before dawn. | thank you for
    coming in." (the host goes on until the welcome)."""
    c = unit_cues[k]
    if c.question or not (c.host_phrase or c.thanks or c.greeting) or k + 2 >= len(unit_cues):
        return False
    for j in range(k + 1, min(len(unit_cues), k + 2 + UNANSWERED_SPAN)):
        x = unit_cues[j]
        if x.question and x.second and j > k + 1:
            return True
        if j > k + 1 and x.host_phrase and (x.thanks or x.greeting) and not (
                c.thanks or c.greeting):
            return True  # an introduction, then the host's own welcome to the guest
        if x.greeting or x.thanks and not x.host_phrase or x.opener or x.guest_phrase \
                or x.question:
            return False
    return False


def echoes(prev: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a unit opens by taking up an uncommon word the previous one ended on (an
    interviewer picking up the answer, "it is a great opportunity. | a great opportunity
    because ...", a reply repeating the question's word); the same words again count too."""
    if set(prev[-ECHO_SPAN:]).isdisjoint(words[:ECHO_SPAN]):
        return False  # nothing taken up (the common case, found without a Python loop)
    tail = {w for w in prev[-ECHO_SPAN:] if len(w) > 3}
    taken = [w for w in words[:ECHO_SPAN] if w in tail]
    if not taken:
        return False
    vocab = vocabulary()
    return any(vocab.zipf(w) < ECHO_ZIPF for w in taken)


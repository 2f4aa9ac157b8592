"""Who speaks: cue features of a stretch of speech and a Viterbi decoder over host, guest, other.

Called by `turns.TurnSegmenter`: over sentence pieces when the text has no speaker markers,
over the marked turns when it has (to give them roles and consistent speaker ids).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import mul
from pathlib import Path
from typing import Any

from .boundaries import AUX, GAP_FEATURES, gap_features, opening, question_at
from .vocabulary import vocabulary

STATES = ("host", "guest", "other")
HOST, GUEST, OTHER = 0, 1, 2

# --- cue words: English discourse, not any one broadcast -----------------------------------
_TAG_SUBJECT = frozenset("you i we they he she it there this that".split())
_SECOND = frozenset("you your yours yourself you're you've you'd you'll".split())
_FIRST = frozenset("i me my mine myself we us our ours ourselves i'm i've i'd i'll "
                   "we're we've we'd we'll".split())
_OPENERS = frozenset("yes yeah yep no well look listen absolutely certainly indeed sure "
                     "exactly definitely correct right".split())
_OPENER_PAIRS = frozenset({("you", "know"), ("you", "see"), ("as", "i"), ("i", "think"),
                           ("first", "of"), ("of", "course"), ("i", "mean"),
                           ("that's", "a"), ("that's", "right"), ("not", "at")})
_TITLES = frozenset(
    "minister senator president governor mayor secretary ambassador professor doctor dr "
    "mr mrs ms sir madam congressman congresswoman chancellor general admiral judge "
    "chairman chairwoman premier commissioner director".split())
_HOST_PHRASES = (
    ("thank", "you", "for", "joining"), ("thank", "you", "for", "talking"),
    ("thank", "you", "for", "being"), ("thank", "you", "for", "coming"),
    ("thank", "you", "for", "speaking"), ("thanks", "for", "joining"),
    ("thanks", "for", "talking"), ("thanks", "for", "being"), ("thanks", "for", "coming"),
    ("welcome", "to", "the"), ("welcome", "back"), ("joining", "me"), ("joining", "us"),
    ("joins", "us"), ("joins", "me"), ("my", "guest"), ("our", "guest"),
    ("we", "now", "hear"), ("we're", "joined"), ("i'm", "joined"), ("let's", "bring"),
    ("with", "me", "now"), ("good", "to", "have", "you"), ("great", "to", "have", "you"),
)
# Phrases that introduce the next speaker; the words after them name that speaker.
_INTRODUCERS = (
    ("we", "now", "hear", "from"), ("joining", "me", "now", "is"), ("joining", "us", "now",
                                                                     "is"),
    ("joining", "me", "is"), ("joining", "us", "is"), ("my", "guest", "is"),
    ("my", "guest", "today", "is"), ("my", "guest", "tonight", "is"), ("let's", "bring", "in"),
    ("i'm", "joined", "by"), ("we're", "joined", "by"), ("with", "me", "now", "is"),
    ("we", "speak", "to"), ("we", "talk", "to"), ("i", "spoke", "to"), ("i", "spoke", "with"),
)
_GUEST_PHRASES = (
    ("for", "having", "me"), ("for", "having", "us"), ("good", "to", "be", "here"),
    ("pleasure", "to", "be"), ("glad", "to", "be"), ("happy", "to", "be"),
)
_PROMO_PHRASES = (
    ("coming", "up"), ("live", "coverage"), ("stay", "with", "us"), ("after", "the", "break"),
    ("still", "to", "come"), ("tune", "in"), ("previously", "on"), ("previous", "episode"),
    ("last", "week", "on"), ("don't", "miss"), ("only", "on"),
)
HOST_RUN = 45
"""Words after which a host's turn grows unlikely (hosts ask, guests hold forth)."""
ECHO_SPAN = 4
"""Words at the end of a unit and the start of the next compared for an echo."""
ECHO_ZIPF = 5.5
"""Only words rarer than this (Zipf frequency) count as an echo."""
WEIGHTS = Path(__file__).resolve().parent / "data" / "turns_weights.json"
"""The decoder's weights: ``emission`` (per role, per unit feature) and ``transition`` (per
feature of a move between units), written by ``evaluation/train_turns.py``."""
FEATURES = ("bias", "question", "question_you", "you", "me", "vocative", "host_phrase",
            "guest_phrase", "opener", "promo", "thanks", "greeting", "long", "length",
            "setup", "after_intro", "question_mark", "inside", "short", "lead", "wh", "aux")
"""A unit's features (`unit_features`), each weighted per role."""
TRANSITIONS = ("switch_inside", "switch_sentence", "switch_marker", "bonus", "echo",
               "handover", "to_host", "to_other", "from_other", "stay_handover", "host_long",
               "marked_same")
"""Features of a move from one unit's role to the next's (see `decode`)."""
"""Only words rarer than this (Zipf frequency) count as an echo."""
_INTRO_FIRSTS = frozenset(phrase[0] for phrase in _INTRODUCERS)
_LABEL_STOP = frozenset(
    "who which that about on in at for with and to from as is was says said now here "
    "this tonight today".split())


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of speech that one speaker says whole: a sentence, a piece of a long
    sentence, or a marked turn. ``first`` is its first token; ``strength`` how good a place
    its start is for a change of speaker (2 marker, 1 sentence start, 0 inside a sentence)."""

    first: int
    words: tuple[str, ...]
    strength: int
    question_mark: bool = False
    bonus: float = 0.0
    """The boundary model's log-odds bonus for a change of speaker at the start."""


@dataclass(frozen=True, slots=True)
class Cues:
    """What a unit says about its speaker."""

    question: bool
    second: int
    first: int
    vocative: bool
    host_phrase: bool
    guest_phrase: bool
    opener: bool
    promo: bool
    length: int
    thanks: bool = False
    greeting: bool = False


class _CuesBuilder:
    """Builds `Cues` four times as fast as its dataclass constructor (which sets each frozen
    field through ``object.__setattr__``), as `model.new_token` builds tokens: a twin class
    with the same slots fills them, then the object becomes a `Cues`. All fields given, in
    order."""

    __slots__ = Cues.__slots__

    def __init__(self, question: bool, second: int, first: int, vocative: bool,
                 host_phrase: bool, guest_phrase: bool, opener: bool, promo: bool,
                 length: int, thanks: bool, greeting: bool) -> None:
        self.question = question
        self.second = second
        self.first = first
        self.vocative = vocative
        self.host_phrase = host_phrase
        self.guest_phrase = guest_phrase
        self.opener = opener
        self.promo = promo
        self.length = length
        self.thanks = thanks
        self.greeting = greeting
        self.__class__ = Cues  # type: ignore[assignment]


_new_cues: Callable[[bool, int, int, bool, bool, bool, bool, bool, int, bool, bool], Cues] = \
    _CuesBuilder  # type: ignore[assignment]


def _index(*groups: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """First word -> (group number, phrase) for one pass over a unit's words."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for g, phrases in enumerate(groups):
        for phrase in phrases:
            index.setdefault(phrase[0], []).append((g, phrase))
    return index


def _phrases(words: Sequence[str]) -> set[int]:
    """Which phrase groups (0 host, 1 guest, 2 promo) occur in words."""
    found: set[int] = set()
    words = tuple(words)
    for first in _PHRASE_INDEX.keys() & words:  # each phrase's first word, where it stands
        i = words.index(first)
        while True:
            for g, phrase in _PHRASE_INDEX[first]:
                if words[i:i + len(phrase)] == phrase:
                    found.add(g)
            try:
                i = words.index(first, i + 1)
            except ValueError:
                break
    return found


def opens_answer(words: Sequence[str]) -> bool:
    if not words:
        return False
    if words[0] in _OPENERS and (len(words) == 1 or words[1] not in ("one", "longer", "at",
                                                                     "for", "like", "into")):
        return True
    return tuple(words[:2]) in _OPENER_PAIRS


_PHRASE_INDEX = _index(_HOST_PHRASES, _GUEST_PHRASES, _PROMO_PHRASES)
_THANKS = frozenset("thank thanks congratulations cheers".split())


def _thanks(w: Sequence[str]) -> bool:
    """A short unit that opens with thanks: a sign-off (or its reply, which the handover
    after it hands to the other speaker)."""
    return 0 < len(w) <= 7 and w[0] in _THANKS and "having" not in w


_HELLO = frozenset("hello hi hey".split())
_DAYTIME = frozenset("morning afternoon evening".split())


def _greeting(w: Sequence[str]) -> bool:
    """A short unit that is a greeting ("hello", "good morning to you"): like thanks, it
    hands over to the other speaker."""
    return 0 < len(w) <= 5 and (w[0] in _HELLO or len(w) > 1 and w[0] == "good"
                                and w[1] in _DAYTIME)


def cues(unit: Unit) -> Cues:
    w = unit.words
    tail_tag = len(w) >= 2 and w[-2] in AUX and w[-2].endswith("n't") and w[-1] in _TAG_SUBJECT
    second = 0 if _SECOND.isdisjoint(w) else sum(
        1 for k, x in enumerate(w) if x in _SECOND
        and not (x == "you" and (k + 1 < len(w) and w[k + 1] in ("know", "see")
                                 or k and w[k - 1] in ("thank", "to"))))
    edge = w[:3] + w[-3:]
    found = _phrases(w)
    thanks = _thanks(w)
    return _new_cues(
        unit.question_mark or question_at(w, 0) or tail_tag,  # question
        second,
        0 if _FIRST.isdisjoint(w) else sum(1 for x in w if x in _FIRST),  # first
        not _TITLES.isdisjoint(edge),  # vocative
        0 in found,  # host_phrase
        1 in found,  # guest_phrase
        (opens_answer(w) or opening(w, 0) >= 1.5) and not thanks if w else False,  # opener
        2 in found,  # promo
        len(w),  # length
        thanks,
        _greeting(w),
    )


_LEAD_WORDS = frozenset("and but so".split())
_WH_WORDS = frozenset("what how why when where who which".split())


def unit_features(units: Sequence[Unit], unit_cues: Sequence[Cues], intro: int | None
                  ) -> list[tuple[float, ...]]:
    """Each unit's features, in the order of FEATURES: the cues of its words, its length, a
    question just after it (a host's set-up), whether the guest was introduced before it."""
    out: list[tuple[float, ...]] = []
    n = len(units)
    for k, (u, c) in enumerate(zip(units, unit_cues)):
        q = 1.0 if c.question else 0.0
        w0 = u.words[0] if u.words else ""
        nxt = unit_cues[k + 1] if k + 1 < n else None
        setup = nxt is not None and nxt.question and not c.first and \
            bool(units[k + 1].strength) and not c.greeting
        out.append((
            1.0, q * (not c.second), q * bool(c.second), float(min(c.second, 4)),
            float(min(c.first, 4)), float(c.vocative), float(c.host_phrase),
            float(c.guest_phrase), float(c.opener), float(c.promo), float(c.thanks),
            float(c.greeting), max(0, c.length - 35) / 10, min(c.length, 60) / 10,
            float(setup), float(intro is not None and k > intro), float(u.question_mark),
            float(u.strength == 0), float(c.length <= 3), float(w0 in _LEAD_WORDS),
            float(w0 in _WH_WORDS), float(w0 in AUX)))
    return out


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


def prepare(units: Sequence[Unit], gaps: bool = True) -> Prepared:
    """What `decode` needs of the units; ``gaps`` False leaves the gap features out (all
    zero: their weights are)."""
    unit_cues = [cues(u) for u in units]
    intro = next((k for k, c in enumerate(unit_cues) if c.host_phrase), None)
    handover = [k > 0 and (unit_cues[k - 1].question or unit_cues[k - 1].host_phrase
                           or unit_cues[k - 1].thanks or unit_cues[k - 1].greeting)
                for k in range(len(units))]
    echo = [k > 0 and bool(units[k].strength) and _echoes(units[k - 1].words, units[k].words)
            for k in range(len(units))]
    none = (0.0,) * len(GAP_FEATURES)
    found = [gap_features(units[k - 1].words if k else (), u.words,
                          k > 0 and unit_cues[k - 1].question) if gaps else none
             for k, u in enumerate(units)]
    return Prepared(unit_features(units, unit_cues, intro), found, handover, echo, intro)


def introduced_label(words: Sequence[str]) -> str | None:
    """The speaker an introduction names: "we now hear from the X" -> "X" (up to four
    words, stopping at a preposition or clause word)."""
    at: dict[str, list[int]] = {}   # where each phrase's first word is (few places)
    for i, w in enumerate(words):
        if w in _INTRO_FIRSTS:
            at.setdefault(w, []).append(i)
    if not at:
        return None
    for phrase in _INTRODUCERS:
        n = len(phrase)
        for i in at.get(phrase[0], ()):
            if i + n <= len(words) and tuple(words[i:i + n]) == phrase:
                rest = list(words[i + n:i + n + 5])
                while rest and rest[0] in ("the", "a", "an", "our", "my"):
                    rest.pop(0)
                label: list[str] = []
                for x in rest:
                    if x in _LABEL_STOP or len(label) == 4:
                        break
                    label.append(x)
                if label:
                    return " ".join(label)
    return None


def _echoes(prev: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a unit opens by taking up an uncommon word the previous one ended on (an
    interviewer picking up the answer, a reply repeating the question's word)."""
    tail = {w for w in prev[-ECHO_SPAN:] if len(w) > 3}
    taken = [w for w in words[:ECHO_SPAN] if w in tail]
    if not taken:
        return False
    if len(words) >= 3 and " ".join(words[:3]) in " ".join(prev):
        return False  # the same words again: a restatement, not a reply
    vocab = vocabulary()
    return any(vocab.zipf(w) < ECHO_ZIPF for w in taken)




def decode(units: Sequence[Unit], states: int = 3, marked: bool = False,
           w: Weights | None = None, allowed: Sequence[bool | None] | None = None,
           extra: Sequence[Sequence[float]] | None = None) -> list[int]:
    """The most likely speaker role for each unit (0 host, 1 guest, 2 other) under the
    weights ``w`` (default: the shipped ones).

    ``states`` 2 leaves out "other". Before the first introduction of a guest (if there is
    one) nobody is the guest yet: first-person speech there is a clip or promo. ``allowed``
    (training only) forces a change of role before unit k (True) or none (False); ``extra``
    (training only) adds to each unit's role scores.
    """
    n = len(units)
    if not n:
        return []
    neg = -1e9
    w = w or weights()
    use_gaps = any(w.change)
    prep = prepare(units, use_gaps)
    # each role's weighted feature sum (the products of zero weights add exact zeros)
    em = [w.emission[s] if s < states else None for s in range(3)]
    emitted = [[sum(map(mul, e, f)) if e is not None else neg for e in em]
               for f in prep.features]
    (t_in, t_sent, t_mark, t_bonus, t_echo, t_hand, t_host, t_other, t_from_other,
     t_stay_hand, t_long, t_same) = w.transition
    switch = (t_in, t_sent, t_mark)
    # the role terms of a change from p to s, each as the product it stands for
    terms = [[(t_host * (s == HOST), t_other * (s == OTHER), t_from_other * (p == OTHER))
              for p in range(3)] for s in range(3)]
    best: list[float] = []
    back: list[list[int]] = []
    run = [0, 0, 0]  # words in each role's current turn on its best path
    for k in range(n):
        u = units[k]
        force = allowed[k] if allowed is not None and k else None
        row: list[float] = []
        ptr: list[int] = []
        strength = min(u.strength, 2)
        change = switch[strength] + t_bonus * u.bonus + t_echo * prep.echo[k]
        if use_gaps:
            change += sum(a * b for a, b in zip(w.change, prep.gaps[k]))
        hand = prep.handover[k]
        for s in range(3):
            e = emitted[k][s]
            if extra is not None:
                e += extra[k][s]
            if s == GUEST and prep.intro is not None and k <= prep.intro and states > 2:
                e = neg
            if k == 0:
                row.append(e)
                ptr.append(s)
                continue
            value, prev = neg * 2, 0
            for p in range(3):
                if p == s:
                    if force:
                        continue
                    move = t_same if marked and s != OTHER else 0.0
                    if p == HOST:
                        move += t_stay_hand * hand
                        if not marked:
                            over = run[p] + len(u.words) - HOST_RUN
                            move += t_long * max(0, min(over, 60)) / 10
                else:
                    if force is False:
                        continue
                    to_host, to_other, from_other = terms[s][p]
                    move = change + to_host + to_other + from_other
                    if p == HOST and s == GUEST and hand:
                        move += t_hand
                v = best[p] + move
                if v > value:
                    value, prev = v, p
            row.append(value + e)
            ptr.append(prev)
        n_words = len(u.words)
        run = [run[ptr[s]] + n_words if ptr[s] == s and k else n_words for s in range(3)]
        best = row
        back.append(ptr)
    s = max(range(3), key=lambda x: best[x])
    path = [s]
    for k in range(n - 1, 0, -1):
        s = back[k][s]
        path.append(s)
    return path[::-1]

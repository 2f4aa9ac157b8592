"""Who speaks: cue features of a stretch of speech and a Viterbi decoder over host, guest, other.

Called by `turns.TurnSegmenter`: over sentence pieces when the text has no speaker markers,
over the marked turns when it has (to give them roles and consistent speaker ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .boundaries import AUX, opening, question_at
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
QUESTION = 2.2
"""Host lean of a question without the second person (often rhetorical, inside an answer)."""
QUESTION_YOU = 2.6
"""Host lean of a question addressed to someone ("you", "your")."""
THANKS = 1.0
"""Host lean of a short unit opening with thanks (a sign-off; a reply gets handed over)."""
SETUP = 0.8
"""Host lean of a first-person-free unit just before a question."""
SWITCH_INSIDE = 1.2
"""Cost of a change of speaker inside a sentence (the text has no stop there)."""
SWITCH_SENTENCE = 1.0
"""Cost of a change of speaker at a sentence start."""
HANDOVER = 1.2
"""After a question or greeting: a change to the guest costs this much less, the host
going on this much more."""
HOST_RUN = 45
"""Words after which a host's turn grows unlikely (hosts ask, guests hold forth)."""
HOST_LONG = 0.3
"""Cost per ten words of a host's turn beyond HOST_RUN."""
ECHO = 0.4
"""How much less a change of speaker costs where a unit takes up the previous one's word."""
ECHO_SPAN = 4
"""Words at the end of a unit and the start of the next compared for an echo."""
ECHO_ZIPF = 5.5
"""Only words rarer than this (Zipf frequency) count as an echo."""
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
    for i, w in enumerate(words):
        for g, phrase in _PHRASE_INDEX.get(w, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.add(g)
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
    second = sum(1 for k, x in enumerate(w) if x in _SECOND
                 and not (x == "you" and (k + 1 < len(w) and w[k + 1] in ("know", "see")
                                          or k and w[k - 1] in ("thank", "to"))))
    edge = w[:3] + w[-3:]
    found = _phrases(w)
    return Cues(
        question=unit.question_mark or question_at(w, 0) or tail_tag,
        second=second,
        first=sum(1 for x in w if x in _FIRST),
        vocative=any(x in _TITLES for x in edge),
        host_phrase=0 in found,
        thanks=_thanks(w),
        greeting=_greeting(w),
        guest_phrase=1 in found,
        opener=(opens_answer(w) or opening(w, 0) >= 1.5) and not _thanks(w) if w else False,
        promo=2 in found,
        length=len(w),
    )


def emission(c: Cues) -> tuple[float, float, float]:
    """Log-scores of a unit under host, guest, other. Hand-set weights: a question, the
    second person, a title at the unit's edge and a greeting say host; an answer opener and
    the first person say guest; promo phrases say other; long units lean guest."""
    q = 1.0 if c.question else 0.0
    you, me = min(c.second, 4), min(c.first, 4)
    asks = (QUESTION_YOU if c.second else QUESTION) * q
    host = (asks + 0.35 * you - 0.3 * me + 1.2 * c.vocative + 3.0 * c.host_phrase
            - 1.2 * c.opener - 0.03 * max(0, c.length - 35) + THANKS * c.thanks)
    guest = (1.4 * c.opener + 0.3 * me - 0.25 * you - 1.0 * q - 1.5 * c.host_phrase
             + 3.0 * c.guest_phrase + 0.015 * min(c.length, 60))
    other = guest - 0.5 + 3.0 * c.promo
    return host, guest, other


def introduced_label(words: Sequence[str]) -> str | None:
    """The speaker an introduction names: "we now hear from the X" -> "X" (up to four
    words, stopping at a preposition or clause word)."""
    for phrase in _INTRODUCERS:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
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
    if not tail:
        return False
    if len(words) >= 3 and " ".join(words[:3]) in " ".join(prev):
        return False  # the same words again: a restatement, not a reply
    vocab = vocabulary()
    return any(w in tail and vocab.zipf(w) < ECHO_ZIPF for w in words[:ECHO_SPAN])


def decode(units: Sequence[Unit], states: int = 3, marked: bool = False) -> list[int]:
    """The most likely speaker role for each unit (0 host, 1 guest, 2 other).

    ``states`` 2 leaves out "other". Changing speaker costs more inside a sentence than at
    its end, and less after the host asks or greets (the guest answers); the host going on
    after a question costs. With ``marked`` every unit is a marked turn, so the same host or
    guest twice in a row is unlikely. Before the first greeting or introduction of a guest
    (if there is one) nobody is the guest yet: first-person speech there is a clip or promo.
    """
    n = len(units)
    if not n:
        return []
    unit_cues = [cues(u) for u in units]
    scores = [emission(c) for c in unit_cues]
    for k in range(n - 1):
        # A host's question often follows a statement that sets it up: a unit without the
        # first person just before a question leans host.
        if unit_cues[k + 1].question and not unit_cues[k].first and units[k + 1].strength \
                and not unit_cues[k].greeting:
            h, g, o = scores[k]
            scores[k] = (h + SETUP, g, o)
    intro = next((k for k, c in enumerate(unit_cues) if c.host_phrase), None)
    neg = -1e9
    switch = (0.0, 0.0, 0.0) if marked else (SWITCH_INSIDE, SWITCH_SENTENCE, 0.0)
    best: list[float] = []
    back: list[list[int]] = []
    run = [0, 0, 0]  # words in each state's current turn on its best path
    for k in range(n):
        row: list[float] = []
        ptr: list[int] = []
        handover = k > 0 and (unit_cues[k - 1].question or unit_cues[k - 1].host_phrase
                              or unit_cues[k - 1].thanks or unit_cues[k - 1].greeting)
        strength = min(units[k].strength, 2)
        echo = k > 0 and bool(strength) and _echoes(units[k - 1].words, units[k].words)
        for s in range(3):
            e = scores[k][s] if s < states else neg
            if s == GUEST and intro is not None and k <= intro and states > 2:
                e = neg
            if s == OTHER and intro is not None and k > intro:
                e -= 2.5
            if k == 0:
                row.append(e)
                ptr.append(s)
                continue
            value, prev = neg * 2, 0
            for p in range(3):
                if p == s:
                    cost = 2.0 if marked and s != OTHER else 0.0
                    if p == HOST and handover:
                        cost += HANDOVER
                    if p == HOST and not marked:
                        over = run[p] + len(units[k].words) - HOST_RUN
                        cost += HOST_LONG * max(0, min(over, 60)) / 10
                else:
                    cost = switch[strength] - units[k].bonus - ECHO * echo
                    if p == HOST and s == GUEST and handover:
                        cost -= HANDOVER
                if best[p] - cost > value:
                    value, prev = best[p] - cost, p
            row.append(value + e)
            ptr.append(prev)
        n_words = len(units[k].words)
        run = [run[ptr[s]] + n_words if ptr[s] == s and k else n_words for s in range(3)]
        best = row
        back.append(ptr)
    s = max(range(3), key=lambda x: best[x])
    path = [s]
    for k in range(n - 1, 0, -1):
        s = back[k][s]
        path.append(s)
    return path[::-1]

"""Whether unmarked text is one voice, and which role that voice plays: the document-level
decision on the decoder's turns; called by `turns.TurnSegmenter` after `speakers.decode`.

`voices.one_voice` undoes a decoded split that the text shows no exchange for. It was made
for caption files; broadcast text holds more kinds of hand-over between voices, which this
module adds (each keeps the decoder's turns), and it names the one voice's role:

- a decoded run of `other` (teases, a sponsor message, the previous programme's end) that a
  presenter's opening ends ("good evening, I'm Jane Doe", "welcome to the programme") is a
  hand-over between two voices, with or without exchange words: the text stays a dialogue;
- an introduction of a guest, a hand-over to a reporter or back ("our guest is ...", "jane
  doe has more.", "let's check in with jane", "thank you, jeff", "back to you") or a
  reporter's sign-off ("jane doe, channel 4 news") brings in another voice;
- a name said in address ("tom, good morning", "jane, i think ...", "good morning, jane",
  "jane." answered by "that's right") speaks to a second voice;
- the one voice's role is the role the decoder gave most of its words, a guest's read as
  the host's (nobody handed over to a guest).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import wordcase
from .model import Role
from .speakercues import DAYTIME, HELLO, Cues, Unit, opens_answer
from .speakers import GUEST, HOST, OTHER
from .vocabulary import vocabulary
from .voices import one_voice

OPENING_UNITS = 3
"""Units into a run after `other` where a presenter's opening may stand ("welcome to the
programme. the war report. i'm jane doe.")."""
NAME_ZIPF = 5.0
"""A word this common (Zipf) or more is no first name said in address ("as", "may")."""
_AFTER_NAME = frozenset("i we you i'm we're you're thank thanks good great yes well so what "
                        "how".split())
"""Words that go on after a name said in address ("tom, what is ...", "jane, i think")."""
_ROLE: dict[int, Role] = {HOST: "host", GUEST: "host", OTHER: "other"}


def single_voice(units: Sequence[Unit], states: Sequence[int],
                 unit_cues: Sequence[Cues]) -> Role | None:
    """The role of the one voice when the decoded text (``states``: a role per unit) is one
    voice, else None (a dialogue, or no decoded change to undo)."""
    if not one_voice(units, states) or _opens_after_other(units, states, unit_cues) \
            or another_voice(units):
        return None
    words = [0, 0, 0]
    for u, s in zip(units, states):
        words[s] += len(u.words)
    return _ROLE[max(range(3), key=words.__getitem__)]


_GUEST_WORDS = frozenset("guest guests joined bring".split())
_INTRODUCTIONS = (("our", "guest"), ("my", "guest"), ("our", "guests"), ("my", "guests"),
                  ("we're", "joined"), ("we", "are", "joined"), ("i'm", "joined"),
                  ("i", "am", "joined"), ("let's", "bring", "in"))
_HAND_OFFS = (("has", "more"), ("is", "with", "us"), ("joins", "us"), ("joins", "me"))
_HAND_OVER_WORDS = frozenset("more check back over reporting live story turn standing have "
                             "see coverage".split())
_HAND_OVERS = (("with", "more", "on"), ("has", "more", "on"), ("has", "more", "from"),
               ("has", "the", "story"), ("check", "in", "with"), ("back", "to", "you"),
               ("over", "to", "you"), ("reporting", "live"), ("live", "from"),
               ("here", "with", "more"), ("is", "live"), ("live", "at"), ("turn", "now", "to"),
               ("standing", "by"), ("to", "have", "you"), ("good", "to", "see", "you"),
               ("with", "the", "story"), ("coverage", "with"))
"""A presenter's hand-over to a reporter or forecaster, or the reporter's back ("jane doe
has more on that", "let's check in with jane", "back to you", "reporting live")."""
_THANKS = frozenset("thank thanks".split())
_HELLO = HELLO | {"morning", "evening", "afternoon"}
_POLITE = frozenset("you so very much".split())


def _introduces(w: Sequence[str]) -> bool:
    """An introduction of a guest ("our guest is ...", "we're joined by ...") or a hand-off
    that ends a unit ("jane doe has more.", "john roe is with us."): the next voice is
    another's."""
    tail = w[-3:]
    if ("with" in w or "joining" in w) and _presents_guests(w):
        return True
    if not _GUEST_WORDS.isdisjoint(w) and _holds(w, _INTRODUCTIONS) or \
            not _HAND_OVER_WORDS.isdisjoint(w) and _holds(w, _HAND_OVERS):
        return True
    if w and w[0] in _THANKS and len(w) <= 5:  # "thank you, jeff": to a named colleague
        rest = [x for x in w[1:] if x not in _POLITE]
        if len(rest) == 1 and _name_word(rest[0]):
            return True
    return any(tail[-len(p):] == p for p in _HAND_OFFS)


_WITH_US = (("with", "us", "are"), ("with", "us", "is"), ("with", "me", "are"),
            ("with", "me", "is"))
_PRESENT = frozenset("is are have".split())
"""After "with us ..." or "joining me ...": the guests' verb ("with us tonight we have")."""


def _presents_guests(w: Sequence[str]) -> bool:
    """Guests presented as present: "... and with us are ...", or a unit that opens "(and)
    with us (this morning) is ...", "(and) joining me (now) are ..." (not "thanks for joining
    us", said to the audience; nor "stay with us")."""
    if _holds(w, _WITH_US):
        return True
    at = 1 if w[:1] == ("and",) else 0
    return w[at:at + 1] in (("with",), ("joining",)) and w[at + 1:at + 2] in (("me",), ("us",)) \
        and not _PRESENT.isdisjoint(w[at + 2:at + 6])


def _holds(w: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(w[i:i + len(p)] == p for p in phrases for i in range(len(w) - len(p) + 1))


def _name_word(x: str) -> bool:
    """A word that may be a first name: a proper name of the word lists, or no ordinary word,
    and not common (`NAME_ZIPF`)."""
    return x.isalpha() and vocabulary().zipf(x) < NAME_ZIPF and (
        wordcase.proper(x) or not wordcase.ordinary(x))


def another_voice(units: Sequence[Unit]) -> bool:
    """Whether the text speaks to or brings in another voice: a name said in address, an
    introduction of a guest, a hand-over to a reporter or back."""
    return any(map(_called_by_name, units)) or any(_introduces(u.words) for u in units) or any(
        len(a.words) == 1 and opens_answer(b.words) and _name_word(a.words[0])
        for a, b in zip(units, units[1:]))  # "jodi." "that's right, ..."


def _called_by_name(unit: Unit) -> bool:
    """A unit that opens by calling someone by name ("dani, we are ...", "tom, good
    morning"): a first name (a proper name of the word lists, or no ordinary word) that the
    speaker's own words, a greeting or a question follow: spoken to a second voice."""
    w = unit.words
    if not w:
        return False
    if w[0] in _HELLO or w[0] == "good" and len(w) > 2 and w[1] in DAYTIME:
        at = 1 if w[0] in _HELLO else 2  # after a greeting: "good morning, alyson"
        return at < len(w) and _name_word(w[at])
    if len(w) <= 10 and "news" in w[-3:] and any(
            _name_word(a) and _name_word(b) for a, b in zip(w, w[1:w.index("news")])):
        return True  # a reporter's sign-off: "in hartford, jane doakes, channel 4 news"
    return len(w) >= 3 and w[1] in _AFTER_NAME and _name_word(w[0])


def _opens_after_other(units: Sequence[Unit], states: Sequence[int],
                       unit_cues: Sequence[Cues]) -> bool:
    """A presenter's opening (a welcome to the audience or to the programme, or a
    self-naming) among the first `OPENING_UNITS` units of a speaker's run that follows a
    decoded run of `other`, or a self-naming past the text's first `OPENING_UNITS` units
    ("... i'm david culver, news 4." "i'm pat collins."): a voice that is not the first."""
    if any(c.named_self for c in unit_cues[OPENING_UNITS:]):
        return True
    for k in range(1, len(states)):
        if states[k - 1] == OTHER and states[k] != OTHER:
            for i in range(k, min(k + OPENING_UNITS, len(states))):
                w = units[i].words
                if states[i] != states[k]:
                    break
                if unit_cues[i].audience or unit_cues[i].named_self or \
                        w[:2] == ("welcome", "to"):
                    return True
    return False

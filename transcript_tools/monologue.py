"""Whether unmarked text is one voice, and which role that voice plays: the document-level
decision on the decoder's turns; called by `turns.TurnSegmenter` after `speakers.decode`.

`voices.one_voice` undoes a decoded split that the text shows no exchange for. This module
adds the two cases it leaves and names the one voice's role:

- the decoder found no change at all but the steps after it would split the text (a guest
  run `handover.settle` opens with a host): with less than `voices.EXCHANGE_MIN` exchange
  evidence in the whole text, it stays one voice;
- a decoded run of `other` (teases, a sponsor message, the previous programme's end) that a
  presenter's opening ends ("good evening, I'm Jane Doe", "welcome to the programme") is a
  hand-over between two voices, with or without exchange words: the text stays a dialogue;
- an introduction of a guest or a hand-off ("our guest is ...", "jane doe has more.")
  brings in another voice: the text stays a dialogue;
- a unit that opens by calling someone by name ("tom, good morning", "jane, i think ...")
  speaks to a second voice: the text stays a dialogue;
- the one voice's role is the role the decoder gave most of its words, a guest's read as
  the host's (nobody handed over to a guest).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import wordcase
from .model import Role
from .speakercues import Cues, Unit
from .speakers import GUEST, HOST, OTHER
from .vocabulary import vocabulary
from .voices import EXCHANGE_MIN, exchange, one_voice

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
    voice, else None (a dialogue)."""
    if _opens_after_other(units, states, unit_cues):
        return None
    first = states[0] if states else HOST
    if all(s == first for s in states):
        if exchange(units, EXCHANGE_MIN) >= EXCHANGE_MIN:
            return None
    elif not one_voice(units, states):
        return None
    if any(map(_called_by_name, units)) or any(_introduces(u.words) for u in units):
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


def _introduces(w: Sequence[str]) -> bool:
    """An introduction of a guest ("our guest is ...", "we're joined by ...") or a hand-off
    that ends a unit ("jane doe has more.", "john roe is with us."): the next voice is
    another's."""
    tail = w[-3:]
    if not _GUEST_WORDS.isdisjoint(w) and any(
            w[i:i + len(p)] == p for p in _INTRODUCTIONS for i in range(len(w) - len(p) + 1)):
        return True
    return any(tail[-len(p):] == p for p in _HAND_OFFS)


def _called_by_name(unit: Unit) -> bool:
    """A unit that opens by calling someone by name ("dani, we are ...", "tom, good
    morning"): a first name (a proper name of the word lists, or no ordinary word) that the
    speaker's own words, a greeting or a question follow: spoken to a second voice."""
    w = unit.words
    return len(w) >= 3 and w[1] in _AFTER_NAME and w[0].isalpha() \
        and vocabulary().zipf(w[0]) < NAME_ZIPF \
        and (wordcase.proper(w[0]) or not wordcase.ordinary(w[0]))


def _opens_after_other(units: Sequence[Unit], states: Sequence[int],
                       unit_cues: Sequence[Cues]) -> bool:
    """A presenter's opening (a welcome to the audience or to the programme, or a
    self-naming) among the first `OPENING_UNITS` units of a speaker's run that follows a
    decoded run of `other`: the programme opens after a voice that is not the presenter's."""
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

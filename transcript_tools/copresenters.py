"""Programmes with more than one presenter (co-anchors): whether the opening names several, and
where a guest first may speak among them; called by `markedroles.marked_roles`, and on running
text by `turns.TurnSegmenter` (`running_hosts`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .introductions import introduced_label, introduces
from .promos import opens_programme
from .speakercues import Cues, Unit, self_introduced
from .speakerfeatures import GUEST, HOST, OTHER
from .vocabulary import vocabulary


class Presenting(Protocol):
    """A turn's cues as `markedroles.TurnCues` gives them: whether it presents."""

    @property
    def presents(self) -> bool: ...


FUNCTION_ZIPF = 5.5
"""A word at least this frequent (Zipf) is a function word, no presenter's first name."""


CO_WORDS = 3
"""The most name words after "I'm" before "along with" names a co-presenter."""


def co_presented(units: Sequence[Unit], turns: Sequence[Presenting]) -> bool:
    """Whether the programme has more than one presenter: a presenting turn (``turns``) that
    names two ("I'm Jane Doe ... and I'm John Roe") or names itself "along with" or
    "alongside" someone ("I'm Jane Doe, along with John Roe"; not "with": "I'm Jane Doe with
    <channel>"), or a turn right after a presenting one that opens "and I'm John Roe":
    co-presenters, who talk to each other as host and guest do."""
    before = False
    for u, t in zip(units, turns):
        w = u.words
        if before and w[:2] == ("and", "i'm") and self_introduced(w[1:4]):
            return True
        before = t.presents
        if not t.presents:
            continue
        names, along = _presenter_names(w)
        if along or len(names) > 1:
            return True
    return False


ANSWER_WORDS = 30
"""The fewest words of an answer to a question put to "you" that is a guest's, not a
co-presenter's quip."""


def first_guest(unit_cues: Sequence[Cues], units: Sequence[Unit], start: int,
                reports: Sequence[bool] = ()) -> int:
    """Among co-presenters, the first turn from ``start`` a guest (or a report) may speak:
    one that thanks for having its speaker or greets or thanks someone (not the audience, not
    in the opening turn ``start`` or one that names itself: a presenter's "good evening"), a
    long answer (`ANSWER_WORDS`) to a question put to "you", one a reporter's label marks
    (``reports``: a report's sound bites follow), or the turn after one that introduces or
    welcomes a guest ("joining us now ...", "thanks for being here"); the presenters'
    questions and quips to each other hand over to nobody."""
    for k in range(start, len(unit_cues)):
        c = unit_cues[k]
        answers = k > start and unit_cues[k - 1].question and unit_cues[k - 1].second and \
            len(units[k].words) >= ANSWER_WORDS
        if k < len(reports) and reports[k] or c.guest_phrase or answers or (
                c.greeting or c.thanks) and not (c.audience or c.named_self or k == start):
            return k
        if c.host_phrase and not c.audience or introduces(units[k].words) and \
                introduced_label(units[k].words) is not None:
            return k + 1
    return len(unit_cues)


EXCHANGE_WORDS = 12
"""The most words of a co-presenter's turn that the next voice answers as a co-presenter
would (a longer one that asks nothing frames a clip or a report)."""


def exchange(unit: Unit, unit_cues: Cues) -> bool:
    """Whether a presenter's turn is one co-presenters answer each other after: a question,
    or a short line (`EXCHANGE_WORDS`); after a long narration a new voice is a clip's."""
    return unit_cues.question or len(unit.words) <= EXCHANGE_WORDS


def _presenter_names(w: Sequence[str]) -> tuple[set[str], bool]:
    """The first names a unit's "I'm X" gives (not a function word), and whether one of them
    goes on "along with" / "alongside" someone."""
    vocab = vocabulary()
    names: set[str] = set()
    along = False
    for i, x in enumerate(w[:-1]):
        if not (x == "i'm" or x == "am" and i and w[i - 1] == "i") \
                or not self_introduced(w[i:i + 3]) or vocab.zipf(w[i + 1]) >= FUNCTION_ZIPF:
            continue
        names.add(w[i + 1])
        for j in range(i + 2, min(i + 2 + CO_WORDS, len(w) - 1)):
            if w[j] == "alongside" or w[j] == "along" and w[j + 1] == "with":
                along = True
    return names, along


def running_hosts(units: Sequence[Unit], states: list[int], unit_cues: Sequence[Cues]
                  ) -> tuple[list[int], set[int]]:
    """Running text (sentences, not marked turns; called by `turns.TurnSegmenter` after the
    other settle steps): the roles with the decoder's guest made host from the programme's
    opening (the first unit that names its speaker, welcomes the audience or opens the
    programme) to the first place a guest may speak, when two presenters open the programme
    (two different first names given with "I'm" there, or "I'm Jane Doe along with John
    Roe"): co-presenters talk to each other as host and guest do. A guest may speak from a
    guest's words ("thanks for having me"), a greeting or thanks to someone (not the
    audience), after an introduction, or at a run of the decoder's guest of at least
    ANSWER_WORDS words answering a question put to "you". Also the units where a guest run
    so made host began: there the other presenter speaks (a change of voice inside the
    host's run)."""
    start = next((k for k, (u, c) in enumerate(zip(units, unit_cues))
                  if c.named_self or c.audience or opens_programme(u.words)), None)
    if start is None:
        return states, set()
    names: set[str] = set()
    several = False
    stop = len(units)
    for k in range(start, len(units)):
        c = unit_cues[k]
        if c.guest_phrase or (c.greeting or c.thanks) and not (c.audience or c.named_self
                                                                or k == start):
            stop = k
            break
        if c.host_phrase and not c.audience or introduces(units[k].words) and \
                introduced_label(units[k].words) is not None:
            stop = k + 1
            break
        if k > start and states[k] == GUEST and states[k - 1] != GUEST and \
                unit_cues[k - 1].question and unit_cues[k - 1].second:
            run, j = 0, k
            while j < len(units) and states[j] == GUEST:
                run += len(units[j].words)
                j += 1
            if run >= ANSWER_WORDS:
                stop = k
                break
        got, along = _presenter_names(units[k].words)
        names |= got
        several = several or along
    if not (several or len(names) > 1) or GUEST not in states[start:stop]:
        return states, set()
    changes = {k for k in range(start + 1, stop) if states[k] != states[k - 1]
               and GUEST in (states[k], states[k - 1]) and OTHER not in (states[k],
                                                                         states[k - 1])}
    out = list(states)
    out[start:stop] = [HOST if s == GUEST else s for s in states[start:stop]]
    return out, changes


def second_presenters(units: Sequence[Unit], states: Sequence[int]) -> set[int]:
    """Running text: the units where a second presenter names themselves after the first did
    ("good evening, I'm Jane Doe. | I'm John Roe.", "I'm Jane Doe. Tonight ... | And I'm John
    Roe."): a unit that opens with "I'm" or "I am" and a first name (`_presenter_names`) other
    than the one the unit before gave itself, or opens with "and I'm" / "and I am" and a name
    other than every one given since the role last changed (the pair's second of a shared
    opening). The decoder, whose states are roles, reads two presenters as one host; a speaker
    who names themselves twice gives the same name, "I'm" past a unit's first two words
    ("today I'm joined by ...") is no opening, and a bare "I'm X" after a name further back
    is a new programme's presenter as often as the same voice's ("... with Steve Roe starts
    now. [his cold open] good evening. I'm Steve Roe")."""
    out: set[int] = set()
    given: set[str] = set()  # the names given since the role last changed
    last: set[str] = set()  # the names the unit before gave
    for k, u in enumerate(units):
        w = u.words
        if k and states[k] != states[k - 1]:
            given, last = set(), set()
        paired = w[:1] == ("and",)
        if (given if paired else last) and u.strength and _opens_named(w):
            own = _presenter_names(w[:4])[0]
            if own and own.isdisjoint(given if paired else last):
                out.add(k)
                given = set()
        last = _presenter_names(w)[0] if "i'm" in w or "am" in w else set()
        given |= last
    return out


def _opens_named(w: Sequence[str]) -> bool:
    """Whether a unit opens by naming its speaker: "I'm ...", "and I'm ...", "I am ...",
    "and I am ..." (the name itself tested by `_presenter_names`)."""
    at = 1 if w[:1] == ("and",) else 0
    return w[at:at + 1] == ("i'm",) or w[at:at + 2] == ("i", "am")

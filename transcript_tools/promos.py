"""A broadcaster's own voice in a unit: schedule and promo reads, sponsor messages; read by
`speakerfeatures.unit_features` (the decoder's promo feature, evidence of `other`).

General English broadcast language only (times of day, weekdays, "up next", "funding for ...
is provided by"), no programme or channel names. The framing of a clip is `clips`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .phrases import Phrases
from .speakercues import (
    DAYTIME,
    EVERYONE,
    FIRST_PERSON,
    HELLO,
    SECOND_PERSON,
    Cues,
    Unit,
    greets_nobody,
)

_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays weekdays weeknights weekends nightly".split())
_WHEN = _WEEKDAYS | frozenset("tonight tomorrow today daily weekly".split())
"""Words that place a programme in the schedule."""
_CLOCK = regex.compile(
    r"(?<![^ ])(?:\d{1,2}(?::\d\d)?(?:a\.?m|p\.?m)|\d{1,2}(?::\d\d)? (?:a\.?m\.?|p\.?m\.?|am|pm|"
    r"o'clock|eastern|pacific|central|et|pt)|noon|midnight)(?![^ ])")
"""A time of day in a unit's words joined by spaces."""
_TUNE = frozenset("watch catch tune see stream listen".split())
"""Verbs of a schedule read ("watch X at 8 p.m. on monday")."""
_OPEN_TUNE = frozenset("watch catch tune".split())
"""Imperatives that open a schedule read without a time ("catch X sunday on ...")."""
_SPONSOR = (
    ("funding", "for"), ("provided", "by"), ("provided", "in", "part"), ("made", "possible", "by"),
    ("brought", "to", "you", "by"), ("underwritten", "by"),
)
"""A sponsor's message ("funding for this programme is provided by ...")."""
_DESCRIBES = frozenset({("talks", "about"), ("talks", "with"), ("discusses",), ("examines",),
                        ("explores",)})
"""A schedule's third-person present ("she talks about ...", "X discusses ...")."""
_BIOGRAPHY = frozenset({("has", "written"), ("author", "of"), ("has", "covered"),
                        ("best", "selling"), ("best-selling",), ("award", "winning"),
                        ("award-winning",), ("his", "books"), ("her", "books"),
                        ("books", "include"), ("new", "book")})
"""A third-person introduction of someone ("the best-selling author has written ...")."""
_SINGULAR = frozenset("i me my mine myself i'm i've i'd i'll".split())
_PEOPLE = FIRST_PERSON | SECOND_PERSON


def _clock_time(words: Sequence[str]) -> bool:
    """A time of day: "8:00 p.m.", "9 eastern", "7:00am", "noon"."""
    return _CLOCK.search(" ".join(words)) is not None


_SPONSOR_INDEX = Phrases(_SPONSOR)
_DESCRIBES_INDEX = Phrases(_DESCRIBES, _BIOGRAPHY)


_PAST = frozenset("was were had did".split())


def _past(words: Sequence[str]) -> bool:
    """Whether a unit tells of the past ("was", "had", a word in "-ed"): a report's time of
    day ("by midnight on tuesday the river had risen"), not a schedule's."""
    return not _PAST.isdisjoint(words) or any(len(w) > 4 and w.endswith("ed") for w in words)


def announcement(words: Sequence[str]) -> bool:
    """A broadcaster's announcement rather than anyone's speech: a schedule read (a time of day
    with "watch" or the like, or with a weekday or "tonight" in a unit not told in the past;
    "watch", "catch" or "tune" opening a unit with a weekday, "tonight" or "tomorrow"), a
    sponsor's message, or "up next" in a unit that speaks of nobody in the first or second
    person. No unit with "I" in it."""
    if not words or not _SINGULAR.isdisjoint(words):
        return False
    when = not _WHEN.isdisjoint(words)
    tune = not _TUNE.isdisjoint(words)
    if (tune or when) and _clock_time(words) and (tune or not _past(words)):
        return True
    if when and words[0] in _OPEN_TUNE:
        return True
    if _SPONSOR_INDEX.found(words):
        return True
    return words[0] == "up" and len(words) > 2 and words[1] == "next" and \
        _PEOPLE.isdisjoint(words)


def describes(words: Sequence[str]) -> bool:
    """A schedule's third-person present ("she talks about ...", "X discusses ...") or
    introduction ("the best-selling author has written ..."), with no "I", "we" or "you": a
    promo's next line when it follows an announcement (on its own, a host's preview or
    introduction says it too)."""
    return _PEOPLE.isdisjoint(words) and _DESCRIBES_INDEX.found(words)


_TEASES = (("coming", "up"), ("still", "to", "come"), ("stay", "with", "us"),
           ("after", "the", "break"), ("up", "next"), ("when", "we", "come", "back"))
"""Words announcing what the programme brings next."""
_TEASES_INDEX = Phrases(_TEASES)


def looks_ahead(words: Sequence[str]) -> bool:
    """Whether a unit announces what the programme brings next (`_TEASES`: "coming up",
    "still to come", "stay with us", ...), whoever says it."""
    return _TEASES_INDEX.found(words)


def _tease(words: Sequence[str]) -> bool:
    """A presenter's tease of their own programme: what comes next ("coming up") said with
    "we" or "us" ("we'll talk to the senator, coming up")."""
    return not FIRST_PERSON.isdisjoint(words) and looks_ahead(words)


BRIDGE_MAX = 8
"""Most words in a unit between a schedule read and its description that joins them."""


def _names_only(words: Sequence[str]) -> bool:
    """A short unit that names what a promo is about and speaks of nobody in the first or
    second person ("on the weekend programme, a sculptor from the hills")."""
    return 0 < len(words) <= BRIDGE_MAX and _PEOPLE.isdisjoint(words)


def announcements(units: Sequence[Unit], unit_cues: Sequence[Cues]) -> list[bool]:
    """Each unit's promo evidence: its `announcement`, its `describes` right after an announced
    unit (or after a short line naming the promo's subject that follows one, which joins the
    promo too: `_names_only`), or its cues' promo words unless it is a presenter's tease
    (`_tease`)."""
    out: list[bool] = []
    for u, c in zip(units, unit_cues):
        said = announcement(u.words) or c.promo and not _tease(u.words)
        if not said and out and u.words and describes(u.words):
            if out[-1]:
                said = True
            elif len(out) > 1 and out[-2] and _names_only(units[len(out) - 1].words):
                said = out[-1] = True  # "watch X at 8. | on Y this week, Z. | she talks ..."
        out.append(said)
    return out


_OPEN_LEADS = HELLO | frozenset({"and"})
"""Words before "welcome to" that keep it a welcome to the audience ("hello and welcome to")."""
_SELF_NAMING = frozenset({"i'm", "i"})
_OPENS_FIRST = _OPEN_LEADS | frozenset({"welcome", "good"})
"""The words one of which opens every programme's opening (`opens_programme`): a lead word,
"welcome" or "good" (else "good" is the second word)."""


def opens_programme(words: Sequence[str]) -> bool:
    """A presenter opening the programme: "welcome to ..." (after "hello", "and" at most), or
    "good (sunday) morning" (after a co-presenter's name at most) with "everyone" or "I'm"
    in the next few words. Greeting one person ("senator, good morning") is not one."""
    if not words or words[0] not in _OPENS_FIRST and (len(words) < 2 or words[1] != "good"):
        return False  # (most units: no lead word, "welcome" or "good" where one must stand)
    lead = 0
    while lead < 2 and lead < len(words) and words[lead] in _OPEN_LEADS:
        lead += 1
    x = words[lead:]
    if len(x) >= 3 and x[0] == "welcome" and x[1] == "to" and x[2] not in SECOND_PERSON:
        return True
    for at in (0, 1):
        x = words[at:]
        if len(x) >= 3 and x[0] == "good" and not DAYTIME.isdisjoint(x[1:3]) and not (
                EVERYONE.isdisjoint(x[2:6]) and _SELF_NAMING.isdisjoint(x[2:6])):
            return True
    return False


IDENT_MAX = 8
"""Most words in a programme's ident ("this is the evening news from the coast.")."""


_NOT_A_NAME = frozenset("a an not what how why where when who so very just really all it "
                       "because about also only still too more".split())
"""Words after "this is" that start a description or a clause, not a name ("this is a
disaster", "this is what we found")."""


def ident(words: Sequence[str]) -> bool:
    """A programme or channel naming itself: "this is <name>" (two words or more after "this
    is", the first not one of `_NOT_A_NAME`) in a unit of at most IDENT_MAX words that speaks
    of nobody in the first or second person ("this is the evening news.", "this is radio
    north."); not "this is important", "this is a disaster"."""
    return 4 <= len(words) <= IDENT_MAX and words[0] == "this" and words[1] == "is" and \
        words[2] not in _NOT_A_NAME and _PEOPLE.isdisjoint(words)


def _programme_words(unit: Unit, c: Cues) -> bool:
    """A unit that speaks as the programme: an ident, a schedule or sponsor read, words about
    the programme, a self-naming, a welcome or a programme's opening."""
    return ident(unit.words) or announcement(unit.words) or c.show or c.named_self or \
        c.audience or opens_programme(unit.words)


IDENT_SPAN = 2
"""Units before a greeting within which the programme's own words (`_programme_words`) make
it a greeting to the audience (`greets_audience`)."""


def greets_audience(units: Sequence[Unit], unit_cues: Sequence[Cues], k: int,
                    after_ident: bool = False) -> bool:
    """Whether unit k, a bare greeting ("good morning."), greets the audience rather than one
    person: a document's first unit that greets nobody (`speakercues.greets_nobody`), or a
    greeting that asks nothing and says no "you", after a unit that invites no greeting (no
    question, "you", greeting, thanks, introduction, title said to someone or steer), that the
    unit after it does not answer (no greeting or thanks back, no answer opener, no guest's
    words of arrival, no question), and beside the programme's own words (`_programme_words`
    in the IDENT_SPAN units before it or the unit after it: "this is the evening news. | good
    evening. | the river rose overnight ..."): a presenter opening the programme after a cold
    open or an ident, handing over to nobody. ``after_ident``: only when an ident or a
    schedule or sponsor read (`announcement`) is among the IDENT_SPAN units before it (what
    precedes is then a cold open or a promo, not the presenter's own headlines)."""
    if k == 0:
        return greets_nobody(unit_cues)
    if k + 1 >= len(units):
        return False
    c, before, after = unit_cues[k], unit_cues[k - 1], unit_cues[k + 1]
    if not c.greeting or c.question or c.second or (
            before.question or before.second or before.greeting or before.thanks
            or before.host_phrase or before.vocative or before.steer) or (
            after.greeting or after.thanks or after.opener or after.guest_phrase
            or after.question):
        return False
    if after_ident:
        return any(ident(u.words) or announcement(u.words)
                   for u in units[max(0, k - IDENT_SPAN):k])
    return any(_programme_words(units[i], unit_cues[i])
               for i in (*range(max(0, k - IDENT_SPAN), k), k + 1))


_CARDS = (("sponsored", "by"), ("starts", "now"), ("starts", "right", "now"), ("begins", "now"),
          ("begins", "right", "now"))
"""A programme's own card besides an ident: a captioning sponsor, the programme's start
("... coverage starts right now")."""
_CARDS_INDEX = Phrases(_CARDS)


def card(words: Sequence[str]) -> bool:
    """A programme's card before its presenter opens: an ident (`ident`), a schedule or
    sponsor read (`announcement`), or a unit that speaks of nobody in the first or second
    person and names a sponsor or the programme's start (`_CARDS`: "captioning sponsored by
    ...", "the late news starts right now")."""
    return ident(words) or announcement(words) or (
        _PEOPLE.isdisjoint(words) and _CARDS_INDEX.found(words))


HEADLINES_MIN = 3
"""Fewest units in a presenter's headline read before their own opening (`headline_reads`)."""
HEADLINES_PAST_BITE = 2
"""Fewest headline units before a sound bite inside the read that join it (`headline_reads`:
one line alone there is as often the bite's own start, "this situation is unacceptable.")."""
PEOPLE = _PEOPLE
"""The first- and second-person words (I, we, you and their forms)."""


def headline(unit: Unit, c: Cues) -> bool:
    """A unit that could be a presenter's headline: it speaks of nobody in the first or second
    person, thanks, greets, welcomes or names a number (an advertisement's telephone number, a
    schedule's time), and reads no programme card (`card`), schedule, sponsor or promo (a
    question to nobody, "how did the old ferry find a new life?", is a headline too)."""
    w = unit.words
    return bool(w) and _PEOPLE.isdisjoint(w) and not (
        c.thanks or c.greeting or c.host_phrase or c.guest_phrase or c.promo or c.show
        or c.steer or c.vocative or c.audience or c.named_self or card(w)
        or looks_ahead(w) or any(x[:1].isdigit() for x in w))


__all__ = ["HEADLINES_MIN", "HEADLINES_PAST_BITE", "PEOPLE", "announcement", "announcements",
           "card", "describes", "greets_audience", "headline", "ident", "looks_ahead",
           "opens_programme"]

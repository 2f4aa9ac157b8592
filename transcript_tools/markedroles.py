"""Who speaks each marked turn (``>>``, labels): the decoder's roles with the evidence a whole
turn gives; called by `turns.TurnSegmenter` when the text has speaker markers.

The decoder (`speakers.decode`) weighs each marked turn as one unit, its features counted over
the whole turn. A turn says more than that: a turn that closes on a question put to "you" is
the interviewer's; one that names its speaker or welcomes the audience is the presenter's; one
that thanks "for having me" is a guest arriving; a role label ("host:", "caller:",
"reporter:") says the role outright, and a named speaker ("jane:") who asks is the host, one
who never asks where another does a guest; one labelled with the name a presenter gave
themselves ("I'm Jane Doe" ... "jane:") is the host, and a turn that opens on a bare "good
morning." (not answering a greeting) presents. These go to the decoder as role scores, so the
turns around them follow (the host's turns alternate with the guest's); so do a turn that
says the presenter's self-given name (it speaks to them: a guest), the turn after a clip's
framing ("take a listen.": other) and the answer to a question that turn puts to "you" (a
played interview: `in_clip`), and an answer to a question put to "you" (a guest). Then,
as on unmarked text (`handover.settle`), nobody is the guest before the programme hands over
to one: turns before the programme opens (the first turn that presents, when nothing was
asked before it) are teases or clips (with no such turn, what precedes a first schedule or
sponsor read is the previous programme's end), but the one right before an opening that first
sees a guest off ("thank you, sir": `thanks_first`) is that guest's; a guest turn before the
first hand-over is the host's, or, right after the host's turn (a marker there is another
voice), a clip's; so is one that speaks of itself ("I", "my") between two turns given
`other` (a report's bite, which the decoder reads as a guest for its first person).
Where the opening names several presenters (`copresenters`), their turns to each other up to
the first guest are the host's. From the programme's opening on, a named person keeps one
role (`one_role_per_name`), and a report's sound bites, unlabelled between a reporter's
labels or after the last one at the excerpt's end, are `other` (`reportbites`), as are the
unlabelled turn right after a hand-over only a reporter takes ("jane has more":
`handed_over`) and an unlabelled turn that speaks from the scene (`livereports`: a reporter
whose label is lost);
before the opening, a turn labelled with a name that labels a host turn after it is that
presenter's tease (`teases`). A presenter's own moves (`presentermoves`) keep their turns the
host's: a story opened in the programme's voice ("we begin with ...") is no clip before a
hand-over, an unlabelled turn from the opening on that hands the story over to a reporter
("jane has the story") is the host's, and so, after the opening, is a turn the decoder gave
`other` that tells what comes next ("coming up ...") with no schedule's time in it.
A name that labels the only host (or guest) lends its id to that role's unlabelled turns
(`sole_names`), unless two turns in a row have that role (`several_voices`: a marker between
them changes the voice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .clips import frames_clip
from .copresenters import FUNCTION_ZIPF, co_presented, exchange, first_guest
from .handover import guest_from
from .labelroles import label_role, one_role_per_name, teases
from .livereports import live_report
from .presentermoves import hands_to_reporter, starts_story, teases_next
from .promos import announcements, opens_programme
from .reportbites import SPEAKS_FOR_SELF, bites, handed_over, reported
from .speakercues import DAYTIME, HELLO, SECOND_PERSON, Cues, Unit, cues, self_introduced
from .speakers import GUEST, HOST, OTHER, decode
from .vocabulary import vocabulary

LABEL_PIN = 6.0
"""Role score a role label ("host:", "caller:") gives its role: it decides."""
NAME_PIN = 4.0
"""Role score of a named speaker's turns for their role (host if they ask, guest if another
named speaker does and they do not)."""
ASKS_YOU = 2.0
"""Host score of a turn that closes on a question put to "you"."""
PRESENTS = 10.0
"""Host score of a turn that names its speaker or welcomes the audience (a presenter's
"coming up" then is theirs too, not a promo's)."""
ADDRESSES = 3.0
"""Guest score of a turn that says the presenter's name (one a turn gave itself, "I'm Jane
Doe") past its first word: it speaks to the presenter ("... isn't it, jane?"); a first word
may be the caption's credit of the presenter's own turn ("jane: welcome back")."""
ANSWERS = 1.5
"""Guest score of a turn right after one that closes on a question put to "you" (the voice
asked answers: a guest, even right after another guest's turn)."""
PLAYED = 6.0
"""`other` score of a turn right after one that frames a clip (`framed`)."""
ARRIVES = 2.0
"""Guest score (over `other`, which the decoder weighs alike) of a turn that thanks for
having its speaker ("thanks for having me")."""


@dataclass(frozen=True, slots=True)
class TurnCues:
    """What a marked turn's sentences say of its speaker."""

    asks: bool
    """Puts a question to "you" (any sentence)."""
    closes_asking: bool
    """Its last sentence is a question put to "you"."""
    presents: bool
    """A sentence names its speaker or welcomes the audience."""
    arrives: bool
    """Thanks for having its speaker."""


def turn_cues(unit_cues: Cues, each: Sequence[Cues], opens: bool = False) -> TurnCues:
    """A turn's `TurnCues` from its cues (``unit_cues``) and its sentences' (``each``, as
    `_sentence_cues` gives them); ``opens``: a sentence opens the programme (`presents_in`)."""
    each = each or [unit_cues]
    return TurnCues(
        any(c.question and c.second > 0 for c in each)
        or unit_cues.question and unit_cues.second > 0,
        each[-1].question and each[-1].second > 0,
        opens or any(c.named_self or c.audience for c in each),
        unit_cues.guest_phrase)


_OPEN_FIRST = frozenset({"welcome", "good", "and"}) | HELLO


LEAD_LINE = 8
"""Most words of a turn's first sentence before a presenter's opening in its second."""


def presents_in(sentences: Sequence[Unit]) -> bool:
    """Whether a turn opens the programme (`promos.opens_programme`: "welcome to ...", "good
    morning everyone, I'm ...", and "good evening and welcome to ...") in its first sentence,
    or in its second after a short line (`LEAD_LINE` words: a birthday wish, a thanks to the
    last presenter); deeper in a turn, such words were on the dev pages a presenter's aside
    after a cold open of their own."""
    return any(u.words and (u.words[0] in _OPEN_FIRST or len(u.words) > 1
                            and u.words[1] == "good") and (opens_programme(u.words) or len(
                                u.words) > 3 and u.words[1] in DAYTIME and opens_programme(
                                u.words[2:]))
               for u in sentences[:1 if len(sentences[0].words) > LEAD_LINE else 2]
               ) if sentences else False


def greets_audience(sentences: Sequence[Unit]) -> bool:
    """Whether a turn opens on a bare greeting of the time of day ("good morning.", "good
    sunday evening.") and goes on: a presenter greeting the audience (a greeting that answers
    one is a guest's: the caller checks the turn before)."""
    if len(sentences) < 2:
        return False
    w = sentences[0].words
    return 2 <= len(w) <= 3 and w[0] == "good" and w[-1] in DAYTIME


_PRESENT_WORDS = frozenset("i'm am welcome us".split())
"""Words one of which a sentence that names its speaker ("I'm ...", "I am ...") or welcomes
the audience ("welcome back", "thanks for joining us") holds, unless it opens with a greeting:
sentences with none and no "you" need no cues of their own."""
_GREETS = HELLO | {"good"}


def _sentence_cues(turn: Cues, sentences: Sequence[Unit]) -> list[Cues]:
    """The cues of a turn's sentences that `turn_cues` reads: its last, and any that speaks to
    "you", names its speaker or welcomes the audience (`_PRESENT_WORDS`, `_GREETS`); the turn's
    own cues when it is one sentence."""
    if len(sentences) <= 1:
        return [turn] * len(sentences)
    last = len(sentences) - 1
    return [cues(u) for k, u in enumerate(sentences)
            if k == last or u.words and u.words[0] in _GREETS
            or not (SECOND_PERSON.isdisjoint(u.words) and _PRESENT_WORDS.isdisjoint(u.words))]


def evidence(labels: Sequence[str | None], turns: Sequence[TurnCues]) -> list[list[float]]:
    """Each turn's role scores (host, guest, other) from what the whole turn says: its label's
    role, a closing question to "you", naming itself or welcoming the audience, thanks for
    having it; a named speaker who asks is the host, one who never asks where another does a
    guest."""
    out = []
    askers = {label.casefold() for label, t in zip(labels, turns)
              if label and t.asks and label_role(label) is None}
    for label, t in zip(labels, turns):
        row = [0.0, 0.0, 0.0]
        pinned = label_role(label)
        if pinned is not None:
            row[pinned] += LABEL_PIN
            out.append(row)
            continue
        if label and askers:
            row[HOST if label.casefold() in askers else GUEST] += NAME_PIN
        if t.closes_asking:
            row[HOST] += ASKS_YOU
        if t.presents:
            row[HOST] += PRESENTS
        if t.arrives:
            row[GUEST] += ARRIVES
        out.append(row)
    return out


PREVIOUS_WORDS = 250
"""The most words before a document's first announcement that may be the end of the previous
programme (a longer stretch is this programme's own)."""


def presenter_names(units: Sequence[Unit], turns: Sequence[TurnCues]) -> frozenset[str]:
    """The first names presenters give themselves ("I'm Jane Doe", "I am Jane Doe": "jane"),
    as `speakercues` reads a self-naming, in the turns that present; not a function word
    (`FUNCTION_ZIPF`: "I'm is Monday" in garbled captions)."""
    names: set[str] = set()
    vocab = vocabulary()
    for u, t in zip(units, turns):
        if not t.presents:
            continue
        w = u.words
        for i, x in enumerate(w[:-1]):
            if (x == "i'm" or x == "am" and i and w[i - 1] == "i") \
                    and self_introduced(w[i:i + 3]) and vocab.zipf(w[i + 1]) < FUNCTION_ZIPF:
                names.add(w[i + 1])
    return frozenset(names)


def addresses(units: Sequence[Unit], turns: Sequence[TurnCues], names: frozenset[str]
              ) -> list[bool]:
    """Whether each turn says a presenter's name (``names``: `presenter_names`) past its
    first word and does not present itself: it speaks to the presenter."""
    if not names:
        return [False] * len(units)
    return [not t.presents and not names.isdisjoint(u.words[1:])
            for u, t in zip(units, turns)]


def framed(sentences: Sequence[Sequence[Unit]]) -> list[bool]:
    """Whether each turn comes right after one that hands over to a recording
    (`clips.frames_clip`: its last sentence a short "watch." or "take a listen.", or one
    with "here's a clip"): the turn is the clip's (on the dev pages the clip often
    runs on past the next marker, but as often the presenter comes back there)."""
    out = [False]
    for ss in sentences[:-1]:
        out.append(bool(ss) and frames_clip(ss[-1].words))
    return out


def in_clip(played: Sequence[bool], turns: Sequence[TurnCues]) -> list[bool]:
    """Each turn's being a recording's: right after a clip's framing (``played``: `framed`), or
    the answer to a question such a turn closes on, put to "you" (a played interview: "watch.
    >> do you bear responsibility? >> we do not ...")."""
    return [p or k > 0 and played[k - 1] and turns[k - 1].closes_asking
            for k, p in enumerate(played)]


def opening(labels: Sequence[str | None], turns: Sequence[TurnCues],
            announced: Sequence[bool] = (), lengths: Sequence[int] = (),
            greets: Sequence[bool] = ()) -> int:
    """The turn the programme opens at: the first that names its speaker or welcomes the
    audience, when no turn before it asks "you" anything or carries a role label (0 when
    there is none): the turns before it are teases, clips or the last programme's end. Else
    the first announcement (a schedule or sponsor read, "up next", an announcer's label:
    ``announced``) after at most `PREVIOUS_WORDS` words (``lengths``) and no greeting
    (``greets``: a presenter's "good evening" before the sponsors' read is this programme's
    own opening): what comes before it is the end of the previous programme."""
    before = 0
    previous = 0
    greeted = False
    for k, (label, t) in enumerate(zip(labels, turns)):
        if t.presents and label_role(label) in (None, HOST):
            return k
        role = label_role(label)
        if k and not previous and not greeted and before <= PREVIOUS_WORDS and (
                role == OTHER and "announcer" in str(label).casefold()
                or k < len(announced) and announced[k]):
            previous = k
        if t.asks or role is not None:
            return previous
        before += lengths[k] if k < len(lengths) else 0
        greeted = greeted or k < len(greets) and greets[k]
    return previous


POLITE = frozenset("sir ma'am madam".split())
"""Words by which a presenter addresses a guest, not a fellow presenter."""
THANKS_LEAD = 6
"""The most sentences of a presenter's opening turn before its opening that may thank the
last guest."""


def thanks_first(sentences: Sequence[Unit]) -> bool:
    """Whether a turn that opens the programme thanks someone for joining (or being, coming,
    talking; not the audience "this morning"), or thanks someone as "sir" or "ma'am", before
    its opening (`THANKS_LEAD` sentences at most: "good for you. jane, thank you, sir. next
    hour begins now. good morning everybody, I'm ..."): the turn before it was a guest's,
    whom the presenter sees off (a bare "thank you, Tom. good evening everyone" thanks the
    last programme's presenter)."""
    for u in sentences[:THANKS_LEAD]:
        c = cues(u)
        if opens_programme(u.words) or c.named_self:
            return False
        w = u.words
        if (c.host_phrase and not c.audience or not POLITE.isdisjoint(w)) and not c.question \
                and ("thanks" in w or any(x == "thank" and y == "you" for x, y in zip(w, w[1:]))):
            return True
    return False


def greets(sentences: Sequence[Unit]) -> bool:
    """Whether a sentence of a turn opens with a greeting ("hello", "good evening")."""
    return any(u.words and (u.words[0] in HELLO or u.words[0] == "good" and len(u.words) > 1
                            and u.words[1] in DAYTIME) for u in sentences)


def marked_roles(units: Sequence[Unit], labels: Sequence[str | None],
                 sentences: Sequence[Sequence[Unit]], tagged: Sequence[bool] = ()
                 ) -> list[int]:
    """Each marked turn's role (0 host, 1 guest, 2 other): the decoder's over the turns with their
    `evidence`; turns before the programme's `opening` are other (but a guest the opening sees off:
    `thanks_first`); a turn after one ending with a recording's tag (``tagged``: "[video clip]") is
    played like one after a framing (`framed`); a guest turn before the first hand-over
    (`handover.guest_from`) is the host's, or other right after the host's; among co-presenters
    (`copresenters`), their exchanges up to the first guest are the host's."""
    unit_cues = [cues(u) for u in units]
    greeting = [greets(ss) for ss in sentences]
    greeted = [False, *greeting[:-1]]
    turns = [turn_cues(c, _sentence_cues(c, ss), presents_in(ss) or not before and
                       greets_audience(ss))
             for c, ss, before in zip(unit_cues, sentences, greeted)]
    extra = evidence(labels, turns)
    presenters = presenter_names(units, turns)
    for row, label in zip(extra, labels):
        if label and label_role(label) is None and label.casefold().split()[0] in presenters:
            row[HOST] += PRESENTS   # labelled with the name a presenter gave themselves
    asked = [False, *(t.closes_asking for t in turns[:-1])]
    played = framed(sentences)
    for k, tag in enumerate(tagged[:-1]):
        played[k + 1] = played[k + 1] or tag
    for row, label, said, clip, answers in zip(extra, labels,
                                               addresses(units, turns, presenters),
                                               in_clip(played, turns), asked):
        if label is None:
            row[GUEST] += ADDRESSES * said + ANSWERS * answers
            row[OTHER] += PLAYED * clip
    states = decode(units, 3, marked=True, extra=extra, unit_cues=unit_cues)
    opens = opening(labels, turns, announcements(units, unit_cues),
                    [len(u.words) for u in units], greeting)
    several = co_presented(units, turns)
    until = guest_from(units[opens:], unit_cues[opens:]) + opens
    out = [OTHER if k < opens else s for k, s in enumerate(states)]
    last = first_guest(unit_cues, units, opens, [label_role(x) == OTHER for x in labels]
                       ) if several else 0

    def narrates(k: int) -> bool:
        # between two turns the decoder gives a recording (`other`: a report's sound bites),
        # the voice that is neither is the report's narration, not the presenter's
        return out[k - 1] == OTHER and k + 1 < len(states) and states[k + 1] == OTHER \
            and reported(unit_cues[k], sentences[k], turns[k].presents) \
            and not SPEAKS_FOR_SELF.isdisjoint(units[k].words)

    for k in range(opens, max(until, last)):
        # among co-presenters, up to the first guest, the answer to a presenter's question
        # put to "you" (not a clip's framing) is the other presenter's, and so is the
        # decoder's guest after a question or a short line (`exchange`)
        if k < last and k and out[k - 1] == HOST and not played[k] and (
                unit_cues[k - 1].question and unit_cues[k - 1].second
                or states[k] == GUEST and exchange(units[k - 1], unit_cues[k - 1])):
            out[k] = HOST
        elif k < until and states[k] == GUEST:
            # nobody has the floor yet: the host's, or, right after the host's turn (a
            # marker there is another voice), a clip's or a report's; but a turn that opens
            # a story in the programme's voice ("we begin with ...") is the presenter's
            out[k] = OTHER if k and (out[k - 1] == HOST or narrates(k)) \
                and not starts_story(sentences[k]) else HOST
    if opens and labels[opens - 1] is None and thanks_first(sentences[opens]):
        out[opens - 1] = GUEST  # the guest the presenter thanks before opening anew
    one_role_per_name(out, labels, opens)
    teases(out, labels, opens)
    for k, (u, label, t) in enumerate(zip(units, labels, turns)):
        if out[k] != OTHER and label is None and not t.presents and live_report(u.words):
            out[k] = OTHER   # a reporter live from the scene, their label lost
    presenting = [t.presents for t in turns]
    reports = [(bite or handed) and k >= opens for k, (bite, handed) in enumerate(zip(
        bites(labels, unit_cues, sentences, presenting),
        handed_over(labels, unit_cues, sentences, presenting)))]
    for k, (u, label, ss, report) in enumerate(zip(units, labels, sentences, reports)):
        if report:
            out[k] = OTHER   # a report's sound bite, or the reporter a presenter hands over to
        elif k >= opens and label is None and hands_to_reporter(ss):
            out[k] = HOST    # the presenter who hands the story over to a reporter
        elif k > opens and out[k] == states[k] == OTHER and not played[k] \
                and label_role(label) is None and teases_next(u.words):
            out[k] = HOST    # the presenter's tease, which the decoder took for a promo
    # a role label decides, before a hand-over too
    return [s if (r := label_role(label)) is None else r for s, label in zip(out, labels)]

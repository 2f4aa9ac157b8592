"""Roles per speaker over the whole document: no guest before the programme hands over to
another voice; called by `turns.TurnSegmenter` after `speakers.decode`.

A guest speaks only once the programme hands over to them: a question, an introduction
("joining me now is ..."), a statement quoting the other back ("you wrote that ..."), a
greeting or thanks to one person, an answer opener ("well", "yes")
or an echo of the last words right after a unit speaking to "you". A guest's own words of
arrival ("thanks for having me") hand over too. Before the first of these, what the decoder
gives the guest (first-person speech, long stretches) is the presenter's own narration: a
programme's opening, a news read. A document with none of them has no guest at all. A welcome
to the audience ("good morning everybody", "welcome back") opens the programme anew: the
presenter speaks until the next hand-over. Later, a guest turn that nothing hands over to and
that speaks little in the first person is the host's narration too (thanks right after
the station names its audience, "... and viewers like you. thank you.", hands over to
nobody). The decoder's turns keep their places; their role changes (a run given to the host
joins its turns). Inside one role's run, a sentence that is only a short reply ("yeah.",
"that's right.") starts another voice of that role (`voice_changes`): co-presenters, a host's
reporter, a fellow guest; after a listener's "yeah." or "right." a sentence that carries on
with "and", "but", "when" ... is the interrupted voice's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .livereports import live_report
from .promos import (
    HEADLINES_MIN,
    HEADLINES_PAST_BITE,
    PEOPLE,
    card,
    greets_audience,
    headline,
    looks_ahead,
    opens_programme,
)
from .reportbites import to_reporter
from .speakercues import DAYTIME, HELLO, Cues, Unit, cues, thanks_for_watching
from .speakers import GUEST, HOST, OTHER, echoes
from .textreports import ATTRIBUTIONS_MIN, REPORT_MIN, attributions, signs_off

GUEST_FIRST_RATE = 0.032
"""First-person words per word ("i", "me", "my" count 1, "we", "our" half: a programme speaks
as "we" too) below which a guest turn that nothing hands over to is the host's narration. On
the annotated interview pages guests say 4.7 %, hosts 2.0 %, clips and reports 2.2 %; at
3.2 % a turn's count fits the host's rate as well as the guest's (from branch turns15a)."""
_SINGULAR = frozenset("i me my mine myself i'm i've i'd i'll".split())
_PLURAL = frozenset("we us our ours ourselves we're we've we'd we'll".split())


def guest_from(units: Sequence[Unit], unit_cues: Iterator[Cues] | Sequence[Cues],
               running: bool = False) -> int:
    """The first unit a guest may speak (``len(units)`` when the document never hands over
    to one); ``unit_cues`` the units' cues, in order (read only as far as needed).
    ``running``: the units are sentences of running text, not whole marked turns; then a
    presenter who names themself ("I'm Jane Doe, I hope you're well") speaks to the audience,
    so "you" there hands over to nobody, and from there on a question not put to "you" ("is
    a bailout coming?") is a headline's, not a hand-over (`presenting`); a sentence that
    quotes the other back ("you wrote that ...") hands over after it; and a bare greeting
    that greets the audience (`promos.greets_audience`: nothing said before it in the
    document, or a cold open's ident beside it, "this is the farm hour. | good morning. |
    we begin with ...", and nothing answering it) hands over to nobody."""
    before: Cues | None = None
    presenting = False
    for k, c in enumerate(unit_cues):
        # thanks or a greeting right after a welcome to the audience goes on welcoming it;
        # a bare greeting to the audience (`greets_audience`) hands over to nobody
        audience = c.audience or before is not None and before.audience and (
            c.thanks or c.greeting) and not c.question and not c.second or running \
            and isinstance(unit_cues, Sequence) and greets_audience(units, unit_cues, k)
        if c.guest_phrase or (c.greeting or c.thanks) and not audience and not (
                running and c.thanks and thanks_for_watching(units[k].words)):
            return k
        if before is not None and (before.second and not (running and before.named_self)
                                   or before.question) and (
                c.opener or units[k].strength and echoes(units[k - 1].words, units[k].words)):
            return k
        if c.host_phrase and not audience or c.question and (c.second or not presenting) \
                or running and c.steer and c.second and not presenting:
            return k + 1
        presenting = presenting or running and c.named_self
        before = c
    return len(units)


def settle(units: Sequence[Unit], states: list[int],
           unit_cues: Sequence[Cues] | None = None) -> list[int]:
    """The decoded roles (``states``, one per unit) with the guest's units before the first
    hand-over given to the host, in the document and again after each welcome to the audience
    or presenter's opening (`promos.opens_programme`: "good evening, I'm Jane Doe", "welcome
    to ..."; from a bare greeting right before it): the programme opens anew; and each
    later guest turn nothing hands over to that speaks little in the first person
    (`unheard`). Not when the first unit the guest is given after
    an opening speaks to "you" (unless it is the presenter's own "I'm Jane Doe, I hope you
    ..."): caption text without stops runs a question into its answer, the hand-over is
    inside. ``unit_cues``: the units' cues when the caller has them."""
    if GUEST not in states:
        return states
    all_cues = unit_cues or [cues(u) for u in units]
    # the programme opens anew at a welcome to the audience or a presenter's opening ("good
    # evening, I'm Jane Doe", "welcome to ..."; from a bare greeting right before it)
    opens = [0]
    for k in range(1, len(units)):
        if all_cues[k].audience or opens_programme(units[k].words):
            at = k - 1 if _BARE_GREETING.issuperset(units[k - 1].words) else k
            if at > opens[-1]:
                opens.append(at)
    opens.append(len(units))
    out = states
    for start, stop in zip(opens, opens[1:]):
        first = next((k for k in range(start, stop) if states[k] == GUEST), stop)
        if first == stop or all_cues[first].second and not all_cues[first].named_self:
            continue
        until = start + guest_from(units[start:stop], all_cues[start:stop], running=True)
        if until > first:
            if out is states:
                out = list(states)
            # the excerpt opens inside a report: the report's, not the presenter's
            cut = report_start(units, all_cues, first, until) if start == 0 else first
            out[first:cut] = [OTHER if s == GUEST else s for s in states[first:cut]]
            out[cut:until] = [HOST if s == GUEST else s for s in states[cut:until]]
    return unheard(units, out, all_cues)


_BARE_GREETING = HELLO | DAYTIME | frozenset({"good"})
"""The words of a bare greeting ("good morning.", "hello."): one that greets nobody named."""


def presenter_cue(unit: Unit, c: Cues) -> bool:
    """Whether a unit of running text is one only the programme's own voice says: a question,
    thanks, a greeting, a welcome, words about the programme, a steer, an introduction, a
    self-naming, a hand-over to a reporter, a programme's opening or a look ahead."""
    return c.question or c.thanks or c.greeting or c.audience or c.show or c.steer or \
        c.host_phrase or c.named_self or to_reporter(unit.words) or \
        opens_programme(unit.words) or looks_ahead(unit.words)


def report_start(units: Sequence[Unit], unit_cues: Sequence[Cues], first: int, until: int
                 ) -> int:
    """Where a report the document opens inside ends (``first`` when it opens in none):
    ``first`` is the first unit the decoder gives the guest, ``until`` the first hand-over.

    An excerpt often opens in the middle of a reporter's report (a window of a newscast);
    `settle` would give its narration and bites to the host, as the presenter's news read.
    When no unit from the document's start to ``first`` has a presenter's cue
    (`presenter_cue`) and the stretch from ``first`` to the first unit that has one speaks as
    a reporter does, it is the report's: two kinds of scene cue (`livereports.live_report`:
    "here" of a place, "we understand", "you can see", "on the scene"), speech attributed to
    a third person at least `ATTRIBUTIONS_MIN` times over at least REPORT_MIN words
    (`textreports.attributions`: "he said", "they told us": the narration between a
    package's bites), or a reporter's sign-off (`textreports.signs_off`: "... channel 2
    news", "reporting live") closing at least REPORT_MIN words (the report ends there). A
    document with no presenter's cue at all (one voice's, or unknown) is the report's only
    on the scene cues over the whole of it: a one-presenter programme attributes speech and
    says "news" too (a market show's "we have news flow")."""
    cue = next((k for k in range(until) if presenter_cue(units[k], unit_cues[k])), until)
    if cue <= first:
        return first
    stretch = [x for u in units[first:cue] for x in u.words]
    if live_report(stretch):
        return cue
    if cue >= len(units):
        return first
    if len(stretch) >= REPORT_MIN and attributions(stretch) >= ATTRIBUTIONS_MIN:
        return cue
    words = 0
    end = first
    for k in range(first, cue):
        words += len(units[k].words)
        if words >= REPORT_MIN and signs_off(units[k].words):
            end = k + 1
    return end


def unheard(units: Sequence[Unit], states: list[int], unit_cues: Sequence[Cues]) -> list[int]:
    """The roles with each guest turn that nothing hands over to (the unit before it neither
    asks, introduces, thanks, greets nor speaks to "you"; a welcome to the audience does not
    count) and that speaks little in the first person (`GUEST_FIRST_RATE`) given to the host:
    a news read or the programme's own talk. A turn that opens with thanks or a greeting is
    left: it hands over itself. Thanks after a unit naming the audience ("... and viewers like
    you. thank you.") is a station's to its audience: it hands over to nobody, and when the
    turn after it goes to the host, the decoded run the thanks ends is `other` (the station's
    message)."""
    out = states
    k, n = 0, len(states)
    while k < n:
        if states[k] != GUEST:
            k += 1
            continue
        j = k + 1
        while j < n and states[j] == GUEST:
            j += 1
        c = unit_cues[k - 1] if k else None
        station = c is not None and c.thanks and _thanks_audience(units, k - 1)
        handed = c is not None and not c.audience and not station and (
            c.question or c.host_phrase or c.thanks or c.greeting or c.second)
        if not handed and not (unit_cues[k].greeting or unit_cues[k].thanks):
            words, first = 0, 0.0
            for u in units[k:j]:
                words += len(u.words)
                if not (_SINGULAR.isdisjoint(u.words) and _PLURAL.isdisjoint(u.words)):
                    first += sum(map(_SINGULAR.__contains__, u.words)) + sum(
                        map(_PLURAL.__contains__, u.words)) / 2
            if first < GUEST_FIRST_RATE * words:
                if out is states:
                    out = list(states)
                out[k:j] = [HOST] * (j - k)
                if station:  # the station's message the thanks ends: the decoded run
                    i = k - 1
                    while i and states[i - 1] == states[k - 1] and not _opens(units[i - 1],
                                                                              unit_cues[i - 1]):
                        i -= 1
                    out[i:k] = [OTHER] * (k - i)
        k = j
    return out


def _opens(unit: Unit, c: Cues) -> bool:
    """Whether a unit is a presenter's opening or tease ("I'm Jane Doe", "good evening
    everyone", "welcome to ...", "coming up"): a station's message starts after it."""
    return c.named_self or c.audience or opens_programme(unit.words) or looks_ahead(unit.words)


_AUDIENCE_WORDS = frozenset("viewers viewer listeners listener audience audiences".split())
"""Words that name the audience ("... and by viewers like you.")."""


def _thanks_audience(units: Sequence[Unit], k: int) -> bool:
    """Whether unit k (thanks) follows a unit that names the audience ("... and viewers like
    you. thank you."): a station thanking its audience after its message, handing over to
    nobody."""
    return k > 0 and not _AUDIENCE_WORDS.isdisjoint(units[k - 1].words)


_AFFIRM = frozenset("yes yeah yep yup no nope right sure exactly absolutely certainly indeed "
                    "correct definitely true".split())
"""Words that make a reply on their own ("yeah.", "no, no.", "exactly right.")."""
_AFFIRM_LEADS = frozenset({"that's", "of"})
"""First words of two-word replies ("that's right", "of course")."""


_CONTINUERS = frozenset("yeah yep yup right".split())
"""Replies a listener gives while the other goes on ("yeah.", "right."): unlike an answer or
a confirmation ("no.", "that's right.", "exactly."), after which the replier often goes on
himself, the floor goes back to the speaker they interrupted."""


_GOES_ON = frozenset((w,) for w in "and but because when which though although or".split())
"""First words that carry on a sentence past a listener's reply ("... get them confused. |
yeah. | when you talk to them ...")."""


def backchannel(words: Sequence[str]) -> bool:
    """A sentence that is only a short reply: one to three words of assent or denial ("yeah.",
    "that's right.", "of course.")."""
    if not 0 < len(words) <= 3:
        return False
    if words[0] in _AFFIRM_LEADS:
        return len(words) == 2 and (words[1] in _AFFIRM or words == ("of", "course"))
    return all(x in _AFFIRM for x in words)


def voice_changes(units: Sequence[Unit], states: Sequence[int],
                  unit_cues: Sequence[Cues]) -> set[int]:
    """The units where another voice of the same role begins, inside a run the decoder gave
    one role: a sentence that is only a short reply ("yeah.", "that's right.") answers
    someone else, a co-presenter or a guest's fellow guest (the decoder, whose states are
    roles, can only change speaker where the role changes). Not a question ("right?"): a
    speaker's own tag. After a listener's continuer ("yeah.", "right."; `_CONTINUERS`) that
    answers no question, a sentence of the run that carries on with a conjunction (`_GOES_ON`)
    is the interrupted voice's again ("... get them confused. | yeah. | when you talk to them
    ..."); after an answer or a confirmation ("that's right.", "no.") and before any other
    sentence ("yeah. | that was a shot.") the replier goes on."""
    replies = {k for k in range(1, len(units))
               if states[k] == states[k - 1] and units[k].strength
               and not unit_cues[k].question and backchannel(units[k].words)}
    return replies | {k + 1 for k in replies
                      if k + 1 < len(units) and states[k + 1] == states[k]
                      and _carried_on(units, unit_cues, k)}


def _carried_on(units: Sequence[Unit], unit_cues: Sequence[Cues], k: int) -> bool:
    """Whether unit ``k`` (a sentence, with one after it) is a listener's continuer
    (`_CONTINUERS`: every word of it, so an empty unit too) after a sentence that asks
    nothing, and the sentence after it carries on with a conjunction (`_GOES_ON`): the
    interrupted voice goes on ("... get them confused. | yeah. | when you talk to them ...").
    Read by `voice_changes` and `listener_continuers`."""
    return bool(units[k + 1].strength) and not unit_cues[k - 1].question \
        and _CONTINUERS.issuperset(units[k].words) and units[k + 1].words[:1] in _GOES_ON


def headline_reads(units: Sequence[Unit], states: list[int], unit_cues: Sequence[Cues]
                   ) -> list[int]:
    """The roles (``states``) with a presenter's headline read before their own opening given
    to the host: at the document's first presenter's opening (`opens_programme`, a welcome
    to the audience) that names its speaker (in it or the unit after: "good evening, I'm
    Jane Doe"), the run of at least HEADLINES_MIN units right before it (a programme's card
    between them skipped, `promos.card`) that are all `promos.headline` ("a ferry runs
    aground off the point. | the council votes on the new bridge. | this is the evening
    news. | good evening, I'm ..."): the presenter reads what is coming, then names
    themself. Not a run that opens the document or that the decoder gives the guest in
    part. Past a sound bite in the first person (no question, thanks or greeting) right
    before the run, a run of at least HEADLINES_PAST_BITE headlines before the bite is the
    host's too (it may open the document), and so on back; the bite stays as it is."""
    at = next((k for k in range(1, len(units)) if opens_programme(units[k].words)
               or unit_cues[k].audience), None)
    if at is None or not (unit_cues[at].named_self or at + 1 < len(units)
                          and unit_cues[at + 1].named_self):
        return states
    k = at - 1
    while k >= 0 and card(units[k].words):
        k -= 1
    stop = k + 1
    while k >= 0 and headline(units[k], unit_cues[k]):
        k -= 1
    start = k + 1
    if stop - start < HEADLINES_MIN or start == 0 or any(
            s == GUEST for s in states[start:stop]):
        return states
    out = list(states)
    out[start:stop] = [HOST] * (stop - start)
    # a sound bite in the first person inside the read ("... reports on a town in fear. | I
    # won't drink it. | the storm moves east ..."): the headlines before it are the host's too
    while k >= 1 and not PEOPLE.isdisjoint(units[k].words) and not (
            unit_cues[k].question or unit_cues[k].thanks or unit_cues[k].greeting):
        j = k - 1
        while j >= 0 and headline(units[j], unit_cues[j]):
            j -= 1
        if k - j - 1 < HEADLINES_PAST_BITE or any(s == GUEST for s in states[j + 1:k]):
            break
        out[j + 1:k] = [HOST] * (k - j - 1)
        k = j
    return out


def listener_continuers(units: Sequence[Unit], states: list[int],
                        unit_cues: Sequence[Cues]) -> list[int]:
    """The roles (``states``) with a listener's continuer inside the guest's account given
    to the host: a sentence that is only "yeah.", "right." (`_CONTINUERS`), asking nothing,
    after a sentence that asks nothing, with the guest's sentences on both sides, the one
    after carrying on with a conjunction (`_GOES_ON`, as `voice_changes` reads the floor
    going back), in a document whose host has spoken before it ("... get them confused. |
    yeah. | when you talk to them ..."). While the guest tells their story, the one who says
    "yeah" and lets them go on is the one listening: the interviewer. Not inside the host's
    run (a co-presenter's "yeah." there is the host's too) nor in a report (`other`); not
    before a sentence that carries nothing on (the replier may go on: "yeah. | it was
    bad."; taking those too cost a judged aggregate a false boundary, turns46)."""
    out = states
    host_seen = False
    for k in range(1, len(units) - 1):
        host_seen = host_seen or states[k - 1] == HOST
        if host_seen and states[k] == GUEST and states[k - 1] == GUEST \
                and states[k + 1] == GUEST and units[k].strength \
                and not unit_cues[k].question and units[k].words \
                and _carried_on(units, unit_cues, k):
            if out is states:
                out = list(states)
            out[k] = HOST
    return out

"""Reports in unmarked news text: a presenter's hand-over to a reporter ("jane doe is live
with more") makes what follows `other` (the report: the reporter's narration and the sound
bites it carries) until the reporter signs off ("... jane doe, channel 2 news"; the sign-off
is the report's) or the presenter is back; a settle step `turns.TurnSegmenter` runs after
`clips`.

The decoder weighs each sentence by its words, and a report's narration and bites read as a
host's or a guest's speech; the marked path has its reporters' labels (`reportbites`), running
text has only the presenter's hand-over. The presenter is back at a unit with a host's cues
(`host_back`: thanks, a greeting, an introduction, a move to the next topic, words about the
programme; not a title said of someone, which a reporter's narration is full of) or another
hand-over. A question put to "you" inside the report is the reporter's to a bite's speaker
("are you for or against the bill?") and does not end it; but a stretch with an exchange in
it (an answer opener right after a question put to "you", a guest's "thanks for having me")
is an interview, and a hand-over that brings someone in to talk ("is live with us", "joining
us") introduces a guest: both are left to the decoder. Where the decoder changed role inside
a report, another of its voices begins (the reporter, a bite's speaker).
"""

from __future__ import annotations

from collections.abc import Sequence

from .reportbites import to_reporter
from .speakercues import Cues, Unit
from .speakers import OTHER, runs

REPORT_MAX = 600
"""Most words taken for one report (a longer stretch is not known to be one: the presenter
may be back with no cue the step knows)."""
REPORT_MIN = 30
"""Fewest words taken for a report (a shorter stretch is the presenter's own thanks or next
line as often: "kitty, thank you.")."""
_SIGN_OFF_LAST = frozenset("news".split())
"""Last words (within the last three) of a reporter's sign-off ("... channel 2 news")."""
_SIGN_OFF_PAIRS = (("reporting", "live"), ("reporting", "from"))
"""Words of a sign-off anywhere in a unit's last ten ("we're reporting live at the campus
..."), the reporter's name after them."""


ATTRIBUTIONS_MIN = 2
"""Speech a reporter attributes (`attributions`) that makes a stretch before any presenter's
cue a report's: one is common in a presenter's own news read ("... he told the station")."""
_ATTR_SUBJECTS = frozenset("he she they some others many people".split())
_ATTR_VERBS = frozenset("said says told argue argues argued".split())


def attributions(words: Sequence[str]) -> int:
    """How often a stretch attributes speech to a third person ("he said", "she says", "they
    told", "some argue", "many people say", "told us"): a reporter's narration between the
    bites of a packaged report."""
    return sum(1 for a, b in zip(words, words[1:])
               if a in _ATTR_SUBJECTS and b in _ATTR_VERBS or a == "told" and b == "us")


def signs_off(words: Sequence[str]) -> bool:
    """Whether a unit ends a report: "news" in its last three words ("jane doe, channel 2
    news") or "reporting live" / "reporting from" in its last ten."""
    if not words:
        return False
    if not _SIGN_OFF_LAST.isdisjoint(words[-3:]):
        return True
    tail = words[-10:]
    return any(a == p and b == q for a, b in zip(tail, tail[1:]) for p, q in _SIGN_OFF_PAIRS)


_NOT_BEFORE_LIVE = frozenset("to can could will would must may might i we they you who "
                             "we're i'm".split())
"""Words before "live" that make it a verb ("how to live with it") or a speaker's own
("we're live at the palace": the reporter, not a presenter's hand-over)."""


def _no_hand_over(words: Sequence[str]) -> bool:
    """Whether the hand-over phrase `to_reporter` found is none: "live" as a verb or said of
    the speaker's own place ("to live with", "we are live"), "standing by to ..." (a story's
    team standing by to do something)."""
    for a, b, c in zip(words, words[1:], words[2:]):
        if b == "live" and (a in _NOT_BEFORE_LIVE or a == "are" and words[0] == "we") \
                or (a, b, c) == ("standing", "by", "to"):
            return True
    return False


def _with_us(words: Sequence[str]) -> bool:
    """Whether a hand-over brings someone in to talk with the presenter ("... is live with
    us", "with me"): a guest, not a report."""
    return any(a == "with" and b in _US for a, b in zip(words, words[1:]))


_US = frozenset("us me".split())


def host_back(c: Cues) -> bool:
    """A unit the presenter says on coming back from a report: thanks, a greeting, an
    introduction, a move to the next topic, words about the programme or its audience."""
    return c.thanks or c.greeting or c.host_phrase or c.steer or c.show or c.audience


def tosses(units: Sequence[Unit], unit_cues: Sequence[Cues], k: int, named: bool = True
           ) -> bool:
    """Whether unit k hands over by a name asked alone right after it ("ben tracy is on the
    scene. ben?"): the next unit is one word, asked, and (``named``) a word of unit k. A
    presenter tosses to a reporter so, and puts a question to a guest; on the marked local
    news pages every such toss was a reporter's."""
    if k + 1 >= len(units) or not unit_cues[k + 1].question:
        return False
    nxt = units[k + 1].words
    return len(nxt) == 1 and (not named or nxt[0] in units[k].words[:-1])


def reports(units: Sequence[Unit], states: list[int], unit_cues: Sequence[Cues]
            ) -> tuple[list[int], set[int]]:
    """The roles with each report after a hand-over to a reporter given to `other` (see the
    module's docstring; left alone when the stretch is longer than REPORT_MAX words; a
    presenter's toss, `tosses`, hands over as `to_reporter`'s phrases do), and the
    units inside a report where the decoder changed role at a sentence start: there another
    voice of the report begins (the reporter, a bite's speaker)."""
    out = states
    voices: set[int] = set()
    n = len(units)
    k = 0
    while k < n - 1:
        toss = tosses(units, unit_cues, k)
        if not (toss or to_reporter(units[k].words)):
            k += 1
            continue
        if unit_cues[k].host_phrase or _with_us(units[k].words) or _no_hand_over(units[k].words):
            k += 1  # "... is live with us": a guest joins
            continue
        # the name asked after the hand-over ("... with our report. ken?") is the presenter's
        first = k + 2 if toss or tosses(units, unit_cues, k, named=False) else k + 1
        j, words, exchange = first, 0, False
        while j < n:
            c = unit_cues[j]
            if to_reporter(units[j].words) or host_back(c) and j > k + 1:
                break
            exchange = exchange or c.guest_phrase or c.opener and unit_cues[j - 1].question \
                and unit_cues[j - 1].second > 0
            words += len(units[j].words)
            j += 1
            if signs_off(units[j - 1].words):
                break
        if REPORT_MIN <= words <= REPORT_MAX and not exchange:
            if out is states:
                out = list(states)
            out[first:j] = [OTHER] * (j - first)
            voices.update(i for i in range(first + 1, j)
                          if states[i] != states[i - 1] and units[i].strength)
        k = max(j, k + 1)
    return out, voices


NARRATION_MIN = 6
"""Fewest words of the narrating sentence before a sound bite (`bite_starts`): a shorter one
("oh there it goes", "so see what happened") is a bite's own line as often."""
_OWN_OPENING = frozenset("i i'm i've i'd i'll my".split())
"""First words of a sentence in which its speaker tells of themselves ("i heard shots", "my
girls loved it")."""


def bite_starts(units: Sequence[Unit], states: Sequence[int], unit_cues: Sequence[Cues]
                ) -> set[int]:
    """The units where a sound bite begins inside a run of `other` of at least REPORT_MIN
    words (a report, a clip): a sentence that opens with its speaker's own first person
    ("i heard gun shots and i ran", "my girls loved it") right after a narrating sentence (at
    least NARRATION_MIN words, no first or second person, no question: "a neighbour was
    walking her dog when she heard sounds"). A reporter narrates in the third person and the
    people in the report speak of themselves; the decoder, whose states are roles, reads
    both as `other` there. Not a sentence that names its speaker ("I'm Jane Doe": a
    presenter's opening or sign-off, `copresenters.second_presenters`'s). After such a bite's
    start, the reporter is back at the first narrating sentence within BITE_UNITS of it
    (before another bite starts) that speaks of a third person ("he", "she", "they", "his"
    ...) or attributes speech (`attributions`): "she said having to redact the video can take
    hours". Also the bites a narration frames on both sides (`_framed_bites`)."""
    out: set[int] = set()
    for k, j, state in runs(states):
        if state == OTHER and sum(len(units[i].words) for i in range(k, j)) >= REPORT_MIN:
            starts = [i for i in range(k + 1, j) if units[i].strength and units[i].words
                      and units[i].words[0] in _OWN_OPENING and not unit_cues[i].named_self
                      and _narrates(units[i - 1].words, unit_cues[i - 1])]
            out.update(starts)
            for b, after in zip(starts, [*starts[1:], j]):
                back = next((i for i in range(b + 1, min(after, b + BITE_UNITS + 1))
                             if units[i].strength and _narrates(units[i].words, unit_cues[i])
                             and _of_others(units[i].words)), None)
                if back is not None:
                    out.add(back)
            out.update(_framed_bites(units, unit_cues, k, j))
    return out


_OWN = _OWN_OPENING | {"me", "mine", "myself"}
"""First-person words a bite's speaker says of themselves: the singular only. A reporter says
"we" of the crew ("we found several people ...", "we understand ..."; on dev4 the plural gave
three false frames of twelve), and captions write the U.S. as "us"."""


def _framed_bites(units: Sequence[Unit], unit_cues: Sequence[Cues], k: int, j: int
                  ) -> set[int]:
    """Sound bites framed by narration in the `other` run ``units[k:j]``: a stretch of at most
    BITE_UNITS sentences that do not narrate (`_narrates`: short lines, or first or second
    person), one of them saying "I" / "my" anywhere (`_OWN`: "oh there it goes. we didn't
    think it was coming ... i couldn't get my briefcase."), between a narrating sentence and a
    narrating sentence that speaks of others (`_of_others`: "she was taking her dog for a
    walk"). Both ends are changes of voice: the reporter hands over to the bite's speaker and
    is back. `bite_starts`' own rule needs the bite to open on "I"; the frame needs the
    reporter's return instead. A stretch that asks "you" something or names its speaker is an
    exchange or a presenter's, not a bite."""
    out: set[int] = set()
    i = k
    while i < j:
        if not _narrates(units[i].words, unit_cues[i]):
            i += 1
            continue
        s = i + 1
        e = s
        own = False
        while e < j and not _narrates(units[e].words, unit_cues[e]):
            own = own or unit_cues[e].first > 0 and not _OWN.isdisjoint(units[e].words)
            e += 1
        if (e < j and own and e - s <= BITE_UNITS and units[s].strength
                and units[e].strength and _of_others(units[e].words)
                and not any(c.named_self or c.question and c.second
                            for c in unit_cues[s:e])):
            out.update((s, e))
        i = max(e, i + 1)
    return out


BITE_UNITS = 8
"""Sentences after a sound bite's start (`bite_starts`) within which the reporter's return
is looked for."""
_THIRD_PERSON = frozenset("he she they his her their him them".split())


def _of_others(words: Sequence[str]) -> bool:
    """Whether a sentence speaks of a third person or attributes speech ("she said ...")."""
    return not _THIRD_PERSON.isdisjoint(words) or attributions(words) > 0


def _narrates(words: Sequence[str], c: Cues) -> bool:
    """A sentence a reporter narrates: NARRATION_MIN words or more, asking nothing, with no
    first or second person."""
    return len(words) >= NARRATION_MIN and not (c.first or c.second or c.question)

"""The document-level one-voice decision on decoded unmarked text (`monologue.single_voice`)."""

from __future__ import annotations

from transcript_tools import Options, clean
from transcript_tools.monologue import single_voice
from transcript_tools.speakercues import Unit, cues
from transcript_tools.speakers import GUEST, HOST, OTHER


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(w.strip(".,?") for w in s.lower().split()), 1, s.endswith("?"))
            for k, s in enumerate(sentences)]


def _decide(units: list[Unit], states: list[int]) -> str | None:
    return single_voice(units, states, [cues(u) for u in units])


_READ = ("the council met on tuesday.", "the new bridge opens in may.",
         "traffic on the old one will be diverted.", "work starts next week.")


def test_without_a_decoded_change_there_is_nothing_to_undo() -> None:
    units = _units(*_READ)
    assert _decide(units, [HOST] * 4) is None
    assert _decide(units, [GUEST] * 4) is None


def test_an_aside_without_exchange_is_the_one_voice_of_the_majority_role() -> None:
    units = _units(*_READ[:2], "why does it matter?", *_READ[2:])
    assert _decide(units, [HOST] * 2 + [GUEST] + [HOST] * 2) == "host"
    # nobody handed over to a guest: a guest majority is the host's voice
    assert _decide(units, [GUEST] * 2 + [HOST] + [GUEST] * 2) == "host"
    assert _decide(units, [OTHER] * 2 + [HOST] + [OTHER] * 2) == "other"


def test_an_exchange_keeps_the_decoded_turns() -> None:
    units = _units(*_READ[:2], "how long will the work take, would you say?", "two years.")
    assert _decide(units, [HOST] * 3 + [GUEST]) is None


def test_a_presenters_opening_after_other_keeps_two_voices() -> None:
    teases = ("floods in the north.", "a strike at the port.", "and the cup final.")
    opening = ("good evening, i'm jane doakes.", *_READ)
    states = [OTHER] * 3 + [HOST] * 5
    assert _decide(_units(*teases, *opening), states) is None
    assert _decide(_units(*teases, "welcome to the late report.", *_READ), states) is None
    # the same stretch without the opening: the teases read as the presenter's own
    assert _decide(_units(*teases, "the storm moved east tonight.", *_READ),
                   states) == "host"


def test_a_self_naming_past_the_opening_keeps_two_voices() -> None:
    states = [HOST] * 3 + [GUEST] + [HOST] * 4
    aside = "what does that mean for us?"
    opening = _units("good evening, i'm jane doakes.", *_READ[:2], aside, *_READ)
    assert _decide(opening, states) == "host"
    later = _units(*_READ[:3], "in the county, i'm jane doakes.", aside, *_READ[1:])
    assert _decide(later, [HOST] * 4 + [GUEST] + [HOST] * 3) is None


def test_a_name_said_in_address_keeps_two_voices() -> None:
    states = [HOST] * 3 + [GUEST] + [HOST] * 2
    base = _units(*_READ[:3], "what does that mean for us?", *_READ[2:])
    assert _decide(base, states) == "host"
    called = _units(*_READ[:3], "dani, what does that mean for us?", *_READ[2:])
    assert _decide(called, states) is None
    greeted = _units(*_READ[:3], "what does that mean for us?", "good morning, alyson.",
                     *_READ[3:])
    assert _decide(greeted, states) is None
    # a common word that opens a sentence is no name
    common = _units(*_READ[:3], "so what does that mean for us?", *_READ[2:])
    assert _decide(common, states) == "host"


def test_an_introduction_or_hand_off_keeps_two_voices() -> None:
    states = [HOST] * 3 + [GUEST] + [HOST] * 2
    aside = "what does that mean for us?"
    assert _decide(_units(*_READ[:3], aside, *_READ[2:]), states) == "host"
    for line in ("our guest is the chief strategist of a bank.", "jane doakes has more.",
                 "we're joined by the mayor.", "let's check in with jane doakes.",
                 "thank you, jeff.", "jane doakes, channel nine news.",
                 "in the county, jane doakes, channel nine news.",
                 "here is jeff with the story tonight."):
        units = _units(*_READ[:2], line, aside, *_READ[2:])
        assert _decide(units, [HOST] * 3 + [GUEST] + [HOST] * 2) is None, line


def test_a_plain_text_news_read_is_one_voice_and_a_greeting_exchange_is_not() -> None:
    read = ("Good evening. Rain is expected in the north by morning. Why does this matter? "
            "Farmers need the water after the driest spring in a decade. The council meets "
            "on Tuesday to decide on a hosepipe ban. That is all from us tonight.")
    t = clean(read, options=Options(one_voice_text=True))
    assert len(t.document.turns) == 1 and t.document.turns[0].role == "host"
    talk = ("Good evening. With me now is the head of the water board. Good evening. Good "
            "evening to you. Will there be a hosepipe ban? I think there will, yes. The "
            "reservoirs are at half their level.")
    assert len({turn.speaker for turn in clean(
        talk, options=Options(one_voice_text=True)).document.turns}) == 2


def test_one_voice_text_says_when_it_sets_an_answered_question_aside() -> None:
    # Lowercase plain text: a question answered "well, ..." (lectures answer their own so) and
    # a follow-up answered plainly are less exchange than a dialogue needs. With the flag the
    # text is one voice, and a warning says why and how to keep the voices; without it the
    # decoder's voices stand and nothing is said.
    talk = ("the museum reopened its textile hall this week after the flood. what did the "
            "curators save? well, nearly all of the tapestries, though two rugs were lost to "
            "mould. and what about the loom room? it opens again in the autumn once the floor "
            "is dry. thanks for having me.")
    asked = clean(talk, options=Options(one_voice_text=True)).document
    said = [d.message for d in asked.diagnostics if d.code == "one-voice"]
    assert len(asked.turns) == 1 and len(said) == 1 and "--speakers 2" in said[0]
    plain = clean(talk).document
    assert len({t.speaker for t in plain.turns}) > 1
    assert not [d for d in plain.diagnostics if d.code == "one-voice"]
    # a news read with a rhetorical question: what the flag is for, no warning
    read = ("the museum reopened its textile hall this week after the flood. why does this "
            "matter? the hall holds the largest collection of rugs in the region. the loom "
            "room opens again in the autumn. that is all from us tonight.")
    got = clean(read, options=Options(one_voice_text=True)).document
    assert len(got.turns) == 1 and not [d for d in got.diagnostics if d.code == "one-voice"]
    # two answers that open "well": an exchange, the voices stand with the flag, no warning
    both = talk.replace("? it opens", "? well, it opens")
    got = clean(both, options=Options(one_voice_text=True)).document
    assert len({t.speaker for t in got.turns}) > 1
    assert not [d for d in got.diagnostics if d.code == "one-voice"]

"""One voice on written plain text (turns36, issue 5): a cased, punctuated text without
labels that shows no exchange of voices is one voice, named by its self-introduction; a
written exchange whose host presents a guest ("with us this morning is ...") keeps its
turns. Constructed texts of other domains than the dev pages, with negatives."""

from __future__ import annotations

from transcript_tools import Options, clean
from transcript_tools.monologue import another_voice
from transcript_tools.speakercues import Unit

_SOLO = (
    "Hi everyone, I'm Nadia Ferreira, and welcome back to the workshop hour. No guest this "
    "week, just me, working through the letters you have been sending about restoring old "
    "furniture.\n"
    "The first letter comes up every single month. Should I strip the old varnish off a "
    "family chair? My answer is nearly always the same. Clean it first and look again. A "
    "century of polish is part of the piece, and once it is gone you cannot put it back.\n"
    "Another reader wants to know whether woodworm means the end of a table. Honestly, it "
    "depends on whether the holes are fresh. If you see pale dust under the legs, the beetles "
    "are still at work, and the table needs treating this season. Old dark holes are only "
    "history.\n"
    "And the last letter for today. How do I fix a drawer that sticks? I wish there were one "
    "answer. I rub a candle along the runners, plane a whisker off the sides, and keep the "
    "room from getting damp.\n"
    "That is all for this episode. Thank you so much for writing in, and keep those letters "
    "coming. See you next week.\n")

_EXCHANGE = (
    "Welcome back to the garden hour. With us this morning is the orchard keeper Tomas Reyes, "
    "who has grown apples on the same hillside for thirty years. What should people be "
    "planting now that the nights are cold? Well, this is the moment for bare-root trees. The "
    "soil is still warm underneath, so the roots settle in before the frost gets hard. And "
    "what about pruning? Should we wait until spring? I would wait. If you cut too early, you "
    "invite disease into every wound. Leave it until the buds start to swell. That is good "
    "advice. One listener asks whether old trees can be saved at all. They can, most of the "
    "time. I have brought back trees that everyone had given up on, but it takes three or "
    "four winters of patience.\n")


def test_a_written_monologue_is_one_voice_named_by_its_self_introduction() -> None:
    turns = clean(_SOLO).turns
    assert len(turns) == 1, [(t.speaker, t.label) for t in turns]
    assert turns[0].label == "Nadia Ferreira"
    assert turns[0].role == "host"


def test_a_written_monologue_without_a_name_is_one_unnamed_voice() -> None:
    text = _SOLO.replace("I'm Nadia Ferreira, and welcome", "and welcome")
    turns = clean(text).turns
    assert len(turns) == 1
    assert turns[0].label is None


def test_the_same_monologue_with_speakers_asked_for_is_split_as_asked() -> None:
    # (a negative: the one-voice reading is only taken when the count is not given)
    turns = clean(_SOLO, options=Options(speakers=2)).turns
    assert len({t.speaker for t in turns}) == 2


def test_a_written_exchange_with_a_guest_presented_keeps_its_turns() -> None:
    transcript = clean(_EXCHANGE)
    turns = transcript.turns
    assert len({t.speaker for t in turns}) >= 2, [(t.speaker, t.first) for t in turns]
    starts = {transcript.document.tokens[t.first].text for t in turns[1:]}
    assert "Well" in starts  # the guest's first answer opens a turn


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(s.split()), 1) for k, s in enumerate(sentences)]


def test_guests_presented_as_present_bring_in_another_voice() -> None:
    for said in ("all that in the next hour and with us are two of the city's critics",
                 "with us this morning is the orchard keeper",
                 "and joining me now are three of the growers",
                 "joining us tonight is the harbour master"):
        assert another_voice(_units("good evening", said, "the first story is the harbour"))


def test_the_audience_thanked_or_kept_is_no_guest() -> None:
    for said in ("thanks for joining us this morning",
                 "stay with us there is more after the break",
                 "the river is with us all year round",
                 "with us the rain came early"):
        assert not another_voice(_units("good evening", said, "the first story is the harbour"))

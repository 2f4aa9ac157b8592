"""A presenter's own moves on marked input (`presentermoves`): opening a story in the
programme's voice, handing over to a reporter, telling what comes next; constructed sentences
from several domains (not the dev pages)."""

from __future__ import annotations

import pytest

from transcript_tools import markedroles
from transcript_tools.markedroles import HOST, OTHER, marked_roles
from transcript_tools.presentermoves import hands_to_reporter, opens_story, teases_next
from transcript_tools.speakercues import Unit


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _turn(text: str) -> list[Unit]:
    return [Unit(0, _w(s), 1) for s in text.split(". ") if s]


def test_a_story_opened_in_the_programmes_voice() -> None:
    assert opens_story(_w("we begin tonight with the flooding along the river"))
    assert opens_story(_w("and we will begin with the match at the old stadium"))
    assert opens_story(_w("we'll start this morning with the comet"))
    assert opens_story(_w("let's start off with the quarterly figures"))
    assert opens_story(_w("all right we begin with the election in the north"))
    assert opens_story(_w("we are going to begin with the verdict"))


def test_no_story_opened_by_other_beginnings() -> None:
    # a speaker's own beginnings, a verb without "with", the phrase inside a sentence
    assert not opens_story(_w("we begin to see the damage now"))
    assert not opens_story(_w("we started with nothing but a van and two ladders"))
    assert not opens_story(_w("i began with the violin when i was six"))
    assert not opens_story(_w("the season will begin with a home game"))
    assert not opens_story(_w("we begin the long climb at dawn with our guides"))
    assert not opens_story(_w("when we begin with a new patient we take a history"))


def test_a_presenter_hands_a_story_over_to_a_reporter() -> None:
    assert hands_to_reporter(_turn("the council votes on the new stadium on friday. "
                                   "dana cole has the story"))
    assert hands_to_reporter(_turn("the clinic opened its doors this morning. our science "
                                   "reporter sam reed has more"))
    # a schedule's read, a bite's own words, a hand-over not at the turn's close
    assert not hands_to_reporter(_turn("tonight at 11 pm dana cole has the story"))
    assert not hands_to_reporter(_turn("i think the coach has more to prove than anyone"))
    assert not hands_to_reporter(_turn("dana cole has the story. the council meets friday"))


def test_what_comes_next_without_a_schedules_time() -> None:
    assert teases_next(_w("coming up the head of the growers' union on the dry spring"))
    assert teases_next(_w("still to come the new telescope and its first pictures"))
    assert not teases_next(_w("coming up at 9 p.m. tonight the full documentary"))
    assert not teases_next(_w("the harvest came up short this year"))


@pytest.fixture
def decoder_says_other(monkeypatch: pytest.MonkeyPatch) -> None:
    """A decoder that reads every marked turn as a recording's (as it read a news page's
    first turn, a long third-person read)."""
    monkeypatch.setattr(markedroles, "decode",
                        lambda units, *a, **k: [OTHER] * len(units))


@pytest.mark.usefixtures("decoder_says_other")
def test_the_turn_that_hands_over_to_a_reporter_is_the_presenters() -> None:
    sentences = [
        _turn("the rowing club lost its boathouse to the spring floods. tonight it asks the "
              "council for help. jane porter has the story"),
        _turn("everybody was down on the slipway at dawn"),
        _turn("the water rose over the slipway on tuesday night"),
        _turn("we lost eight boats. some of them were forty years old"),
    ]
    units = [Unit(0, tuple(w for s in ss for w in s.words), 2) for ss in sentences]
    labels: list[str | None] = [None, None, "reporter", None]
    assert marked_roles(units, labels, sentences) == [HOST, OTHER, OTHER, OTHER]


@pytest.mark.usefixtures("decoder_says_other")
def test_a_hand_over_before_the_programme_opens_stays_with_what_precedes_it() -> None:
    # before the opening, turns are teases, clips or the last programme's end
    sentences = [
        _turn("the harbour ferry strike enters its third day. sam reed has more"),
        _turn("good evening everyone and welcome to the late news. i'm dana cole"),
        _turn("the ferries stayed in port again today"),
    ]
    units = [Unit(0, tuple(w for s in ss for w in s.words), 2) for ss in sentences]
    assert marked_roles(units, [None, None, None], sentences)[0] == OTHER

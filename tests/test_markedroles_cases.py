"""Roles of marked turns on constructed marked transcripts (`tests/data/cases/turns/marked/`):
each file's turns joined with ``>>`` markers, its roles read back turn by turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools import clean
from transcript_tools.markedroles import (
    TurnCues,
    addresses,
    framed,
    greets,
    opening,
    presenter_names,
    presents_in,
    thanks_first,
)
from transcript_tools.speakers import Unit

CASES = Path(__file__).parent / "data" / "cases" / "turns" / "marked"


def _read(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            role, text = line.split("|", 1)
            rows.append((role, text))
    return rows


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_marked_roles_of_constructed_transcripts(path: Path) -> None:
    turns = _read(path)
    doc = clean("".join(f">> {text} " for _, text in turns) + "\n")
    assert len(doc.turns) == len(turns)  # boundaries exactly at the markers
    assert [t.role for t in doc.turns] == [role for role, _ in turns]


def _unit(text: str) -> Unit:
    return Unit(0, tuple(text.split()), 2)


def _cues(asks: bool = False, presents: bool = False) -> TurnCues:
    return TurnCues(asks, asks, presents, False)


def test_a_sentence_that_opens_the_programme_anywhere_in_a_turn() -> None:
    wish = [_unit("happy birthday tom"), _unit("good morning everyone and happy sunday")]
    assert presents_in(wish)
    assert not presents_in([_unit("happy birthday tom"), _unit("good to see you senator")])


def test_the_previous_programme_ends_at_the_first_announcement() -> None:
    turns = [_cues(), _cues(), _cues(), _cues(True)]
    assert opening([None] * 4, turns, [False, False, True, False], [20, 30, 15, 12]) == 2
    # an announcer's label is one too
    assert opening([None, "announcer", None], turns[:3], [], [20, 15, 40]) == 1
    # too long a stretch before it is this programme's own
    assert opening([None] * 4, turns, [False, False, True, False], [200, 100, 15, 12]) == 0
    # a question put to "you" before it: the programme was already on
    assert opening([None] * 3, [_cues(True), _cues(), _cues()], [False, False, True],
                   [10, 10, 10]) == 0


def test_the_presenters_own_name_said_by_another_turn() -> None:
    units = [_unit("good evening i'm ruth calder and this is the late report"),
             _unit("ruth welcome back"),
             _unit("with respect ruth i disagree"),
             _unit("i agree with sam on that")]
    turns = [_cues(presents=True), _cues(), _cues(), _cues()]
    assert presenter_names(units, turns) == {"ruth"}
    # the first word may be the caption's credit of the presenter's own turn
    assert addresses(units, turns, presenter_names(units, turns)) == [False, False, True, False]
    nobody = [_cues()] * 4  # nobody named themself
    assert addresses(units, nobody, presenter_names(units, nobody)) == [False] * 4


def test_the_turn_after_a_clip_framing_is_played() -> None:
    turns = [[_unit("the mayor spoke today"), _unit("take a listen")],
             [_unit("we will rebuild")],
             [_unit("it is the district to watch")],
             [_unit("why")]]
    assert framed(turns) == [False, True, False, False]  # not after "the district to watch"


def test_a_greeting_deep_in_a_turn_does_not_open_the_programme() -> None:
    deep = [_unit("yeah we spent so much time on that story this week and it shows"),
            _unit("good morning everyone and welcome back")]
    assert not presents_in(deep)
    assert presents_in([_unit("thanks tom"), _unit("good morning everyone and welcome back")])


def test_a_greeting_before_the_sponsors_read_keeps_the_programme_open() -> None:
    turns = [_cues(), _cues(), _cues()]
    assert opening([None] * 3, turns, [False, False, True], [20, 30, 15],
                   [True, False, False]) == 0
    assert greets([_unit("good evening judy is away tonight")])
    assert not greets([_unit("a good evening for the home side")])
    # a reporter's label is no announcement
    assert opening([None, "reporter", None], turns, [], [20, 15, 40]) == 0



def test_a_guest_seen_off_before_the_opening() -> None:
    def opening_turn(*texts: str) -> bool:
        return thanks_first([_unit(t) for t in texts])
    assert opening_turn("we will be watching", "thank you sir",
                        "good morning everybody i'm nadia ferro")
    assert opening_turn("thank you so much for joining us senator",
                        "good morning everybody i'm nadia ferro")
    # the last programme's presenter, or the audience, thanked: no guest before
    assert not opening_turn("thank you tim", "good evening everyone i'm nadia ferro")
    assert not opening_turn("thank you for joining us this morning",
                            "good morning everybody i'm nadia ferro")
    # thanks after the opening are the programme's own
    assert not opening_turn("good morning everybody i'm nadia ferro", "thank you sir")

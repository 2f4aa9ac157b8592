"""Roles and speaker ids of marked turns, on constructed marked interviews (not the sample)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.markedroles import (
    GUEST,
    HOST,
    OTHER,
    TurnCues,
    evidence,
    label_role,
    opening,
    sole_names,
)


def _roles(src: str) -> list[str]:
    return [t.role for t in clean(src).turns]


def test_role_labels_name_roles_and_names_do_not() -> None:
    assert label_role("host") == HOST and label_role("Caller") == GUEST
    assert label_role("field reporter") == OTHER
    assert label_role("jane doe") is None and label_role(None) is None


def _cues(asks: bool = False, closes: bool = False, presents: bool = False,
          arrives: bool = False) -> TurnCues:
    return TurnCues(asks, closes, presents, arrives)


def test_evidence_of_a_whole_turn() -> None:
    rows = evidence([None, None, None, "caller"],
                    [_cues(True, True), _cues(arrives=True), _cues(presents=True),
                     _cues(True, True)])
    assert rows[0][HOST] > 0 and rows[1][GUEST] > rows[1][OTHER]
    assert rows[2][HOST] > 0
    assert rows[3][GUEST] > rows[3][HOST]  # the label decides over the question


def test_a_named_speaker_who_asks_is_the_host_the_other_name_a_guest() -> None:
    rows = evidence(["lee", "kim", "lee", "kim"],
                    [_cues(True), _cues(), _cues(), _cues()])
    assert rows[0][HOST] > 0 and rows[2][HOST] > 0
    assert rows[1][GUEST] > 0 and rows[3][GUEST] > 0


def test_the_programme_opens_at_its_first_presenting_turn_unless_asked_before() -> None:
    teases = [_cues(), _cues(), _cues(presents=True), _cues(True)]
    assert opening([None] * 4, teases) == 2
    asked = [_cues(True), _cues(), _cues(presents=True)]
    assert opening([None] * 3, asked) == 0
    assert opening(["caller", None, None], [_cues(), _cues(), _cues(presents=True)]) == 0


def test_teases_before_the_presenter_opens_are_other() -> None:
    # the first tease speaks to someone by title, as a host would; the programme opens after
    src = (">> senator, this is a disgrace and you know it. "
           ">> mr. president, you cannot be serious about this. "
           ">> good evening everyone, i'm dana fox. tonight, the fight over the new stadium. "
           "with me is the city attorney, sam ortiz. sam, what happens next? "
           ">> well, the council will vote again in june. "
           ">> and will it pass this time? >> i believe it will.\n")
    assert _roles(src) == ["other", "other", "host", "guest", "host", "guest"]


def test_a_voice_right_after_the_host_before_any_hand_over_is_a_clip() -> None:
    # the second voice answers nobody (nothing was asked yet): a clip, not the host again
    src = (">> good evening, i'm dana fox. the mill closed its doors today after ninety "
           "years. >> well, i worked there for thirty years, my father worked there, and now "
           "it is just gone, and i don't know what i will do. >> mayor lamb, what happens to "
           "these workers now? >> well, we have a plan for training, and i have spoken to "
           "two employers already.\n")
    assert _roles(src) == ["host", "other", "host", "guest"]


def test_a_name_that_labels_the_only_host_keeps_one_id_over_unlabelled_turns() -> None:
    t = clean(">> ana: good evening. what do you make of the vote tonight? >> it was close, "
              "and i think we lost it on turnout. >> ana: why turnout? >> people stayed "
              "home. >> so what do you do now? >> we regroup and we knock on doors.\n")
    assert [x.role for x in t.turns] == ["host", "guest"] * 3
    assert len({x.speaker for x in t.turns[0::2]}) == 1
    assert t.turns[4].display_name == "Ana"


def test_sole_names_only_when_one_name_holds_the_role() -> None:
    assert sole_names(["ana", None, "ana", None], [HOST, GUEST, HOST, GUEST]) == {HOST: "ana"}
    assert sole_names(["ana", "bo", None], [HOST, HOST, GUEST]) == {}
    assert sole_names(["host", None], [HOST, GUEST]) == {}


def test_host_label_shares_the_id_of_unlabelled_host_turns() -> None:
    t = clean(">> where were you when the storm hit? >> at home with my kids. "
              ">> host: and what did you do first? >> guest: we went to the basement.\n")
    assert [x.role for x in t.turns] == ["host", "guest", "host", "guest"]
    assert t.turns[0].speaker == t.turns[2].speaker
    assert t.turns[1].speaker == t.turns[3].speaker

"""turns38: one speaker id keeps one label across its turns, two turns side by side are two
ids (a ">>" between them), and "Speaker N" numbers run 1, 2, ... over the unnamed speakers."""

from __future__ import annotations

import re

from transcript_tools import clean

# an anchor who names himself, a report, then two anchors' turns in a row (host, host)
_DESK = (
    ">> good morning, i'm walter brennan and this is the noon report. we begin with the "
    "flooding along the river valley.\n"
    ">> the water rose overnight and crews worked until dawn to keep the levee from failing. "
    "residents say they have never seen anything like it.\n"
    ">> thank you for that report. now to the weather.\n"
    ">> we have more rain on the way this afternoon.\n"
    ">> the city council voted last night on the new budget.\n"
    ">> the budget includes money for road repairs.\n"
)

# one anchor named at each of his turns, other voices between
_HARBOUR = (
    ">> good evening, i'm tobias wren and this is the harbour report. we start at the docks, "
    "where the ferry strike entered its second week.\n"
    ">> the ferries sat idle again today and commuters queued for the buses along the quay. "
    "many say the wait doubled their trip.\n"
    ">> thanks for that report. now to the forecast.\n"
    ">> we have sleet on the way for the hills tonight.\n"
    ">> the town library reopened this morning after repairs to its roof.\n"
    ">> the new roof cost less than the council had planned.\n"
)


def _labels(text: str) -> list[tuple[str, str]]:
    return [(t.display_name, t.speaker) for t in clean(text).turns]


def test_one_id_keeps_one_label_and_no_two_turns_in_a_row_share_it() -> None:
    got = _labels(_DESK)
    assert got[0] == ("Walter Brennan", "S1")
    by_id: dict[str, set[str]] = {}
    for name, speaker in got:
        by_id.setdefault(speaker, set()).add(name)
    assert all(len(names) == 1 for names in by_id.values()), got
    assert all(a[1] != b[1] for a, b in zip(got, got[1:])), got


def test_a_second_clean_of_the_text_keeps_its_turns() -> None:
    once = clean(_DESK).to_text()
    assert clean(once).to_text() == once
    assert len(re.findall(r"^\w[\w ]*:", once, flags=re.M)) == 6


def test_a_named_anchor_between_other_voices_keeps_the_name() -> None:
    got = _labels(_HARBOUR)
    assert [got[k] for k in (0, 2, 4)] == [("Tobias Wren", "S1")] * 3


def test_speaker_numbers_run_without_gaps_over_the_unnamed() -> None:
    t = clean(_HARBOUR)
    shown = [int(n) for n in re.findall(r"^Speaker (\d+):", t.to_text(), flags=re.M)]
    assert shown == [1, 2, 3]
    # the ids number every speaker, the named one too, in order of appearance
    assert [turn.speaker for turn in t.turns] == ["S1", "S2", "S1", "S3", "S1", "S4"]
    turns = t.to_dict()["turns"]
    assert [(x["speaker"], x["speaker_id"]) for x in turns[:2]] == [
        ("Tobias Wren", "S1"), ("Speaker 1", "S2")]


def test_two_named_anchors_stay_two_and_the_next_voice_is_neither() -> None:
    text = (">> good morning, i'm tobias wren.\n"
            ">> and i'm helen baxter. here is what we are following this morning.\n"
            ">> the ferries sat idle again today and commuters queued for the buses.\n")
    got = _labels(text)
    assert got[:2] == [("Tobias Wren", "S1"), ("Helen Baxter", "S2")]
    assert got[2] == ("Speaker 1", "S3")



def test_a_lead_before_the_first_marker_takes_no_voice_from_the_first_turn() -> None:
    # words removed before the first ">>" make a lead turn of the first turn's unit: no
    # turn before it, so the first voice keeps its id and the next host turn shares it
    for lead in ("♪ ♪\n", "[ theme music ]\n"):
        turns = [(x["speaker"], x["speaker_id"]) for x in clean(
            lead + _HARBOUR).to_dict()["turns"] if x["text"].strip()]
        assert turns[0] == ("Tobias Wren", "S1")
        assert turns[2] == ("Tobias Wren", "S1")

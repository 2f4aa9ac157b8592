"""Dialogue dashes in caption files: two voices alternate, a third only with a label."""

from __future__ import annotations

import json

from transcript_tools import Cleaner
from transcript_tools.dialogue import dash_voices, exchange_roles
from transcript_tools.speakers import GUEST, HOST, OTHER

DASH_SRT = """1
00:00:01,000 --> 00:00:03,500
- Have you fed the goats today?
- Twice, once at dawn.

2
00:00:04,000 --> 00:00:06,500
- And the hens?
- They were out of grain.

3
00:00:07,000 --> 00:00:09,500
- Buy a sack on Monday.
- I will.
"""


def _turns(source: str) -> list[tuple[str, str, str]]:
    """Each output turn's speaker id, role and text."""
    record = json.loads(Cleaner().clean(source).to_json())
    return [(t["speaker_id"], t["role"], t["text"]) for t in record["turns"]]


def test_dash_voices_alternate_and_labels_keep_their_own() -> None:
    assert dash_voices([True, True, True, True], [None] * 4) == [0, 1, 0, 1]
    # a turn without a dash (the text before the first mark) is the first voice; a label's
    # turn is nobody's of the two, and the dash after it takes the voice that spoke longest ago
    assert dash_voices([False, True, False, True, True],
                       [None, None, "NARRATOR", None, None]) == [0, 1, None, 0, 1]


def test_exchange_roles_the_asker_hosts() -> None:
    # the second voice puts the question to "you": it is the host, whatever the decoder said
    assert exchange_roles([0, 1, 0], [HOST, GUEST, OTHER], [4, 5, 3],
                          [False, True, False]) == [GUEST, HOST, GUEST]
    # no question: the decoder's lean by words decides, never `other` for a voice
    assert exchange_roles([0, 1, 0, 1], [GUEST, OTHER, GUEST, HOST], [4, 4, 4, 1]) == [
        GUEST, HOST, GUEST, HOST]
    # a labelled turn keeps its state
    assert exchange_roles([None, 0, 1], [OTHER, HOST, GUEST], [3, 3, 3]) == [OTHER, HOST, GUEST]


def test_dash_dialogue_alternates_two_speakers() -> None:
    turns = _turns(DASH_SRT)
    assert [s for s, _, _ in turns] == ["S1", "S2", "S1", "S2", "S1", "S2"]
    assert {r for _, r, _ in turns} == {"host", "guest"}
    assert turns[0][1] == "host"  # the voice that asks "you"


def test_a_cue_without_a_dash_goes_on_in_the_turn_before() -> None:
    source = DASH_SRT.replace("3\n00:00:07,000", "3\n00:00:06,600 --> 00:00:06,900\n"
                              "The bag split.\n\n4\n00:00:07,000")
    turns = _turns(source)
    assert turns[3][0] == "S2" and turns[3][2].endswith("The bag split.")
    assert [s for s, _, _ in turns][4:] == ["S1", "S2"]


def test_a_label_named_again_after_a_dialogue_is_a_new_turn() -> None:
    source = ("1\n00:00:01,000 --> 00:00:03,000\nNARRATOR: The mill closed in spring.\n\n"
              "2\n00:00:03,500 --> 00:00:06,000\n- Did you work there?\n- For thirty years.\n\n"
              "3\n00:00:06,500 --> 00:00:09,000\nNARRATOR: The town never recovered.\n")
    turns = _turns(source)
    assert [(s, r) for s, r, _ in turns] == [
        ("S1", "other"), ("S2", "host"), ("S3", "guest"), ("S1", "other")]
    assert turns[-1][2] == "The town never recovered."


def test_chevrons_in_captions_keep_the_role_decoder() -> None:
    # ">>" captions (broadcast roll-up) are not a two-voice dialogue: the dash rule stays out
    source = ("1\n00:00:01,000 --> 00:00:03,000\n>> Good morning, I'm Jane Roe.\n\n"
              "2\n00:00:03,500 --> 00:00:06,000\n- Thank you, Jane.\n")
    assert _turns(source)[0][1] == "host"


def test_a_name_label_is_one_of_the_two_voices() -> None:
    source = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ruth>Did you close the gate?\n\n"
              "00:00:03.500 --> 00:00:06.000\n- I meant to.\n- You meant to?\n\n"
              "00:00:06.500 --> 00:00:09.000\n<v Ruth>Go back and close it.\n")
    turns = _turns(source)
    assert [s for s, _, _ in turns] == ["S1", "S2", "S1", "S1"]
    assert dash_voices([False, True, True, False], ["Ruth", None, None, "Ruth"]) == [
        "ruth", 0, "ruth", "ruth"]

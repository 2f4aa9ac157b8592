"""A written script's dialogue dashes (qa58): a plain-text transcript that opens each new
voice's line with "- " parts its voices there, as a subtitle file's dashes do (qa45); a page
of bulleted items, or one dash line alone, is left as it was."""

from __future__ import annotations

import json

from transcript_tools import Cleaner, clean

SCRIPT = """Episode 4 - The Lighthouse

- Is the lamp still working?

- It was last night.
I checked it myself.

- Then who turned it off? - Not me!

- Nobody has been up there since Tuesday.
"""


def _turns(source: str, key: str = "speaker_id") -> list[tuple[str, str]]:
    """Each output turn's speaker id (or label, ``key="speaker"``) and text."""
    record = json.loads(Cleaner().clean(source).to_json())
    return [(t[key], t["text"]) for t in record["turns"]]


def test_a_script_parts_its_voices_at_its_dialogue_dashes() -> None:
    doc = clean(SCRIPT)
    assert doc.metadata.get("dialogue_dashes") is True
    assert " - " not in doc.text and not doc.text.startswith("-")
    turns = _turns(SCRIPT)
    # each dash opens a turn of the other voice; the dash-less line goes on in the turn before
    assert [t for _, t in turns] == [
        "Is the lamp still working?", "It was last night. I checked it myself.",
        "Then who turned it off?", "Not me!", "Nobody has been up there since Tuesday."], turns
    speakers = [s for s, _ in turns]
    assert all(a != b for a, b in zip(speakers, speakers[1:])), speakers
    # a second clean keeps the text
    assert clean(doc.text).text == doc.text


def test_a_bulleted_list_or_a_single_dash_line_is_no_dialogue() -> None:
    # a list's bullets: no line holds a second voice's dash
    listed = ("The ferry timetable changes next week.\n\n- Boats leave at seven.\n"
              "- The last one is at ten.\n- Tickets are sold on board.\n")
    assert clean(listed).metadata.get("dialogue_dashes") is None
    # one dash line with two voices is not yet a page of them
    once = "The crowd went quiet.\n\n- Woohoo! - Yay!\n\nThen the band played on.\n"
    assert clean(once).metadata.get("dialogue_dashes") is None
    # a page of ">>" markers keeps them as its speaker marks
    marked = (">> the lamp is out.\n- Is it? - Yes.\n- Who said so?\n>> the keeper did.\n")
    assert clean(marked).metadata.get("dialogue_dashes") is None
    # lowercase caption text: a dash before a lowercase word opens no voice
    caption = "- it was late. - so we went home.\n- and then it rained.\n"
    assert clean(caption).metadata.get("dialogue_dashes") is None


PLAY = """Tobias: Look, the kettle is on. It took an age.
Tobias: Tea for everyone? I have scones too.
Tobias and Greta: Yes please! We are starving.
Rosalind: I will fetch the cups. They are in the shed.
Rosalind: Milk or lemon? Or neither?
Greta: Lemon! Lots of it.
Tobias: Lemon it is. Here you go.
"""


def test_a_name_a_joint_label_gives_is_a_label_alone_too() -> None:
    turns = _turns(PLAY, "speaker")
    assert ("Greta", "Lemon! Lots of it.") in turns, turns
    assert not any("Greta:" in t for _, t in turns), turns
    # a name given alone once, with no joint label pairing it with a sure speaker, stays words
    lone = PLAY.replace("Tobias and Greta: Yes please!", "Tobias: Yes please!")
    assert any("Greta: Lemon!" in t for _, t in _turns(lone, "speaker"))

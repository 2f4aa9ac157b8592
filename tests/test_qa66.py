"""qa66: a turn that only holds sound cues and the stop typed after them (">> \u266a (taps).")
loses that stop with its cues: no turn that reads "." (`artifacts._lone_marks`); a speaker's
two turns parted only by such an empty turn read as one paragraph in the text, as a second
clean reads them (`writers.text`)."""

from __future__ import annotations

import json

import transcript_tools as tt


def _rules(source: str) -> list[tuple[str, str]]:
    doc = tt.clean(source).document
    return [(e.rule, doc.source[e.start:e.end]) for e in doc.edits]


_FAIR = ("8:00 pm\n>> the county fair opened tonight with a parade down main street. "
         ">> reporter: the marching band led the way past the grandstand and the old mill "
         "on the river >> \u266a (fanfare). >> reporter: then the judges named the best "
         "pie of the year. >> it was a peach pie from the orchard on the hill.\n")


def test_a_stop_left_after_a_turn_of_cues_goes() -> None:
    result = tt.clean(_FAIR)
    text = result.to_text()
    assert ": ." not in text and "\n.\n" not in text
    assert "(fanfare)" not in text
    # the stop went as a logged edit, its span the source's "."
    assert ("stray-mark", ".") in _rules(_FAIR)
    doc = result.document
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    # no caption shows a lone mark
    srt = result.to_srt()
    assert "\n.\n" not in srt
    assert "best pie of the year." in srt


def test_the_reporters_turn_parted_by_the_cue_reads_as_one_paragraph() -> None:
    text = tt.clean(_FAIR).to_text()
    paragraphs = text.strip().split("\n\n")
    both = [p for p in paragraphs if "old mill" in p]
    assert len(both) == 1 and "Then the judges named the best pie of the year." in both[0]
    # a second clean reads the text as it was written
    assert tt.clean(text).to_text() == text


def test_a_speakers_turns_stay_apart_without_an_empty_turn_between() -> None:
    # negative: no cue between, two turns of two speakers and back: three paragraphs
    source = ("6:00 pm\n>> the ferry to the island runs again from monday. "
              ">> reporter: the crews fixed the ramp at the north pier this week. "
              ">> we waited three months for this. "
              ">> reporter: the first sailing leaves at seven.\n")
    text = tt.clean(source).to_text()
    assert text.count("\n\n") >= 3


def test_a_stop_after_a_word_in_a_cue_turn_stays() -> None:
    # negative: the turn after the cue has its own words: its stop is a sentence's
    source = ("7:00 pm\n>> the mayor cut the ribbon at noon. "
              ">> [ applause ] thank you all for coming. >> the bridge opens to cars "
              "tomorrow.\n")
    text = tt.clean(source).to_text()
    assert "Thank you all for coming." in text
    assert ("stray-mark", ".") not in _rules(source)


def test_the_json_keeps_every_turn() -> None:
    # the JSON's turns are the document's (an empty cue turn stays there, with its times)
    data = json.loads(tt.clean(_FAIR).to_json())
    assert any(t["text"] == "" for t in data["turns"])
    assert not any(t["text"] == "." for t in data["turns"])

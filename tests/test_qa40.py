"""Regressions from qa40: transcripts whose speaker labels carry the time into the
recording ("Ana Ruiz (03:47):" alone on its line, "Tom Lee: (05:34) Words", "[00:03:47] Ana
Ruiz:"), as a transcription service writes them (qa39's police briefing page); constructed
text of those shapes."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.transcript import Transcript


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


ALONE = ("Ana Ruiz (03:47):\nGood morning. We have three updates on the bridge.\n\n"
         "Tom Lee (05:34):\nThanks, Ana. The road stays closed until Friday.\n\n"
         "Ana Ruiz (06:10):\nAnd the park opens again on Monday.\n")
AFTER = ("Ana Ruiz: (03:47) Good morning. We have three updates on the bridge.\n"
         "Tom Lee: (05:34) Thanks, Ana. The road stays closed until Friday.\n"
         "Bo Park: (01:06:10) And the park opens again on Monday.\n")
NUMBERED = ("Speaker 1 (00:00:12):\nWelcome to the show.\n"
            "Speaker 2 (00:00:20):\nGlad to be here today.\n")
BRACKETED = ("[00:03:47] Ana Ruiz: Good morning, everyone.\n"
             "[00:04:02] Tom Lee: Thanks. The road stays closed.\n")


def test_a_label_with_its_time_alone_on_its_line_is_a_timed_turn() -> None:
    t = clean(ALONE)
    assert "(03:47)" not in t.text and "(05:34)" not in t.text, t.text
    assert [turn.display_name for turn in t.turns] == ["Ana Ruiz", "Tom Lee", "Ana Ruiz"]
    assert t.to_text(speaker_labels=True).startswith("Ana Ruiz: Good morning."), t.text
    # the captions follow the recording's times
    assert abs(t.cues[0].start - 227.0) < 0.01, t.cues
    assert any(abs(c.start - 334.0) < 0.01 for c in t.cues), t.cues
    assert any(abs(c.start - 370.0) < 0.01 for c in t.cues), t.cues
    stamps = [e for e in t.corrections if e.rule == "cue-time"]
    assert [e.original for e in stamps] == ["(03:47)", "(05:34)", "(06:10)"]
    _traced(t, ALONE)


def test_a_time_after_the_labels_colon_hours_and_numbered_speakers() -> None:
    t = clean(AFTER)
    assert "(0" not in t.text, t.text
    assert [turn.display_name for turn in t.turns] == ["Ana Ruiz", "Tom Lee", "Bo Park"]
    assert any(abs(c.start - 3970.0) < 0.01 for c in t.cues), t.cues
    _traced(t, AFTER)
    t = clean(NUMBERED)
    assert "00:00" not in t.text, t.text
    assert abs(t.cues[0].start - 12.0) < 0.01, t.cues
    _traced(t, NUMBERED)


def test_a_bracketed_time_before_the_label_is_the_turns_time_not_a_clock() -> None:
    t = clean(BRACKETED)
    assert t.to_text(speaker_labels=True).startswith("Ana Ruiz: Good morning"), t.text
    assert "00:0" not in t.text and "Tom Lee: Thanks." in t.to_text(), t.text
    assert abs(t.cues[0].start - 227.0) < 0.01, t.cues
    _traced(t, BRACKETED)


def test_a_page_that_ran_its_turns_into_one_line_still_opens_each() -> None:
    page = ("Ana Ruiz: (03:47) Good morning. We begin now. Tom Lee: (05:34) Thanks, Ana. "
            "The road stays closed.\n")
    t = clean(page)
    assert [turn.display_name for turn in t.turns] == ["Ana Ruiz", "Tom Lee"], t.text
    assert "(05:34)" not in t.text, t.text
    _traced(t, page)


def test_a_time_in_brackets_in_a_sentence_or_on_one_line_alone_stays_words() -> None:
    # a sentence's time in brackets is no label's
    page = ("The bus left at the usual time (03:47): nobody was late.\n"
            "It came back later (05:34): everyone was tired.\n")
    t = clean(page)
    assert "(03:47)" in t.text and "(05:34)" in t.text, t.text
    # one timed label alone on a page is not enough to read it so
    page = "Ana Ruiz (03:47):\nGood morning. We have three updates on the bridge.\n"
    t = clean(page)
    assert "(03:47)" in t.text, t.text
    # lowercase caption text never has one
    page = ("ana ruiz (03:47): good morning.\ntom lee (05:34): thanks.\n")
    t = clean(page)
    assert "03:47" in t.text and "05:34" in t.text, t.text
    # times going back are no one recording's
    page = "Ana Ruiz (05:47):\nGood morning.\nTom Lee (01:34):\nThanks, Ana.\n"
    assert "(01:34)" in clean(page).text


def test_a_heading_above_the_first_timed_label_is_page_chrome() -> None:
    # a transcription site's title and summary over the transcript were read as a first
    # speaker's words, squeezed into the seconds before the first label's time
    page = "Harbour Board Briefing Transcript\nThe board spoke about the bridge works.\n\n" + ALONE
    t = clean(page)
    assert t.text.startswith("Good morning."), t.text
    assert [turn.display_name for turn in t.turns] == ["Ana Ruiz", "Tom Lee", "Ana Ruiz"]
    chrome = [e.original for e in t.corrections if e.rule == "page-chrome"]
    assert chrome == ["Harbour Board Briefing Transcript",
                      "The board spoke about the bridge works."], chrome
    assert abs(t.cues[0].start - 227.0) < 0.01, t.cues
    _traced(t, page)
    # with one timed label only, the page is no such transcript: its heading stays text
    one = "Harbour Board Briefing Transcript\n\nAna Ruiz (03:47):\nGood morning.\n"
    assert clean(one).text.startswith("Harbour Board Briefing Transcript"), clean(one).text

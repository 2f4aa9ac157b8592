"""qa48 round (the defects earlier QA rounds left listed: meeting-video hosts' transcripts,
one-letter speaker labels): the fixes' behaviour on text written for these tests."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.readers.tokens import agenda_heading

_HARBOUR = (
    "[1. OPENING OF THE HARBOUR BOARD]\n[00:00:04]\n"
    "GOOD MORNING, EVERYONE. THE HARBOUR BOARD WILL COME TO ORDER.\n"
    "WE HAVE THREE ITEMS ON THE LIST TODAY AND ONE VISITOR.\n"
    "[2. Dredging of the North Channel]\n"
    "THE DREDGER ARRIVES IN MAY, AND THE CHANNEL WILL BE SHUT FOR TWO WEEKS.\n"
    "ANY QUESTIONS FROM THE BOARD? NONE. THEN WE MOVE ON.\n"
    "[3.B.Ferry timetable ]\n"
    "THE SUMMER TIMETABLE STARTS ON THE FIRST OF JUNE WITH FOUR CROSSINGS A DAY.\n")


def test_an_agenda_heading_in_brackets_is_kept_not_dropped_as_a_sound() -> None:
    # qa48 (a meeting-video host's transcripts of council and board meetings): "[1. CALL TO
    # ORDER]", "[5. CLOSED SESSION]" were taken for sound cues and dropped
    t = clean(_HARBOUR)
    for heading in ("[1. OPENING OF THE HARBOUR BOARD]", "[2. Dredging of the North Channel]",
                    "[3.B.Ferry timetable ]"):
        assert heading in t.text, t.text
    assert "00:00:04" not in t.text, t.text   # (the time in brackets is no heading)
    assert all(t.source[e.start:e.end] == e.original for e in t.corrections)


def test_sound_descriptions_in_brackets_still_go() -> None:
    # negative: a sound in brackets, a time in brackets, a figure that is no item's number
    t = clean("[APPLAUSE]\nTHANK YOU ALL FOR COMING TONIGHT. [LAUGHTER] WE BEGIN NOW.\n"
              "[00:01:10]\nTHE FIRST REPORT IS SHORT. [2 SECONDS OF SILENCE] THANK YOU.\n")
    assert "[" not in t.text, t.text
    assert not agenda_heading("[2.5 seconds of silence]")
    assert not agenda_heading("[00:01:10]")
    assert not agenda_heading("[applause]")
    assert agenda_heading("[12A. Budget amendment]")
    assert agenda_heading("[Item 4) Public hearing]")


def test_a_video_hosts_player_menu_above_the_transcript_is_chrome() -> None:
    # qa48 (a meeting-video host's pages): "Link / Social / Embed / Disable autoplay on
    # embedded content? / Download / Download Transcript" read as a first speaker's words
    text = ("Link\n\nSocial\n\nEmbed\n\nDisable autoplay on embedded content?\n\nDownload\n\n"
            "Download\nDownload Transcript\n\n" + _HARBOUR)
    t = clean(text)
    for word in ("Link", "Social", "Embed", "autoplay", "Download", "Transcript"):
        assert word not in t.text, t.text
    assert "Good morning, everyone." in t.text, t.text


def test_menu_words_inside_the_speech_stay() -> None:
    # negative: the same words as speech, or on a line after the speech has begun
    text = ("Good evening and welcome to the garden hour.\nLink\n"
            "Download the transcript from our website tomorrow.\n"
            "Social media has changed how gardeners share their tips.\n")
    t = clean(text)
    assert "Link" in t.text and "Download the transcript" in t.text, t.text
    assert "Social media" in t.text, t.text

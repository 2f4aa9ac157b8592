"""A capital I that character recognition misread in subtitles OCR'd from bitmaps ("!", "1",
"l", "|"), written "I" in a written source where "I" fits the next word; a number stays."""

from __future__ import annotations

from transcript_tools import clean

from .conftest import srt

# constructed OCR'd subtitles (a made-up scene), not any real file's
CUES = [
    "Can ! see the tickets?",
    "No, thanks. l won't stay long.",
    "But 1 am glad you called. Phase 1 was a success.",
    "! know it was hard. Wow ! that is cold.",
    "And ! should've told you sooner.",
    "Version 1 had a bug. We fixed it. It works now.",
]


def test_a_misread_capital_i_is_written_i() -> None:
    src = srt(CUES)
    t = clean(src)
    mended = [(e.original, src[e.end:e.end + 6]) for e in t.corrections if e.rule == "ocr-i"]
    assert mended == [("!", " see t"), ("l", " won't"), ("1", " am gl"), ("!", " know "),
                      ("!", " shoul")]
    assert "Can I see the tickets?" in t.text and "But I am glad" in t.text
    assert "Phase 1 was a success." in t.text and "Version 1 had a bug." in t.text
    assert "a.m." not in t.text  # "1 am" read as "I am" is no clock time


def test_lowercase_captions_are_left_alone() -> None:
    # no written source: a lone "l" or "1" there is the captioner's, not a misread capital
    t = clean(srt([c.lower() for c in CUES]))
    assert not [e for e in t.corrections if e.rule == "ocr-i"]


def test_a_word_by_word_roll_up_with_a_misread_i_shows_each_word_once() -> None:
    # constructed OCR'd roll-up: each cue repeats the line so far and adds a word; the
    # capital I came out as "!" in some copies and "I" in others
    lines = ["We lost the boat. I", "We lost the boat. ! was", "We lost the boat. ! was on",
             "We lost the boat. I was on the", "We lost the boat. I was on the pier.",
             "Nobody came. Then the rain began. It was cold."]
    t = clean(srt(lines))
    assert t.text == "We lost the boat. I was on the pier. Nobody came. Then the rain began. " \
                     "It was cold."

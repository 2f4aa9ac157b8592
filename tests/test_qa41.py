"""Regressions from the qa41 audit (readable text and captions on fresh real pages of new
kinds: parliamentary records, an earnings call's transcript, a podcast's WebVTT with voice
tags, a learners' programme's captions set as a list), each on constructed text of the shape
a page showed; `tests/data/qa41/README.md` has the pages."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.transcript import Transcript


def _traced(t: Transcript, source: str) -> None:
    assert all(source[e.start:e.end] == e.original for e in t.corrections)


ASIDES = ("The council agreed that the works (so long as the budget allows) will begin "
          "in spring. Its surveyor said the bridge was sound (for all that anyone could "
          "see), and the vote was carried.\n")


def test_a_writers_aside_in_parentheses_is_kept() -> None:
    # a parliamentary record's "shall (so far as not previously concluded) be brought" was
    # removed whole as a sound description: six words lost
    t = clean(ASIDES)
    assert "works (so long as the budget allows) will begin" in t.text, t.text
    assert "sound (for all that anyone could see), and" in t.text, t.text
    assert not [e for e in t.corrections if e.rule == "sound-cue"]
    _traced(t, ASIDES)


def test_sound_descriptions_in_parentheses_still_go() -> None:
    # after a sentence's end, short, heard (a noun or a verb first, or an article), or in
    # a lowercase caption line: still sound cues
    for text, cue in (
            ("Shall we start, then? (crowd murmuring and laughing) Good evening.\n",
             "murmuring"),
            ("He told the jury (laughs) that he was sorry.\n", "laughs"),
            ("He told the jury (the gallery gasping) that he was sorry.\n", "gallery"),
            ("He told the jury (speaking in spanish) that he was sorry.\n", "spanish"),
            ("and then (so much applause) we went home\n", "applause")):
        t = clean(text)
        assert cue not in t.text, (text, t.text)
        assert "(" not in t.text, t.text


def test_a_figure_before_a_month_keeps_its_figures() -> None:
    # "Wednesday 6th March 2013", "Thursday 1st February" (a British record's dates) read
    # "sixth March", "first February"
    text = "The hearing on Tuesday 4th November was moved to the 2nd December.\n"
    t = clean(text)
    assert "Tuesday 4th November" in t.text and "the 2nd December" in t.text, t.text
    _traced(t, text)
    # a figure before a word that is no month, or before a lowercase "may" or "march"
    # (a verb, a noun), is still the ordinal in words
    t = clean("the 3rd round ended and the 2nd may follow soon after the 1st march ends\n")
    assert "third round" in t.text and "second may follow" in t.text, t.text
    assert "first march" in t.text, t.text


BULLETED = "".join(f"  \u2022 {line}\n\n" for line in (
    "Welcome back to Garden Hour,", "I'm Priya. And I'm Tom.", "Today we're planting",
    "winter onions in raised beds.", "First you need a sunny spot,", "some compost, and",
    "a little patience."))


def test_a_page_of_caption_lines_set_as_a_list_loses_its_bullets() -> None:
    # a learners' programme's captions, each line a list item ("  • from BBC Learning
    # English."): 41 bullets were kept as words
    t = clean("Video page\n\n" + BULLETED)
    assert "\u2022" not in t.text, t.text
    assert "winter onions in raised beds" in t.text, t.text
    _traced(t, "Video page\n\n" + BULLETED)


def test_a_few_bullets_in_a_menu_stay() -> None:
    # a menu's few items above a transcript are no list of caption lines: left as they were
    text = ("  \u2022 Download\n  \u2022 Share\n\nGood evening. The council met tonight "
            "and voted on the budget. It passed by a wide margin after a long debate. "
            "Residents spoke for two hours. The mayor thanked them all.\n")
    t = clean(text)
    assert t.text.count("\u2022") == 2, t.text

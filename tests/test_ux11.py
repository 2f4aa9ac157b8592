"""A caption file's lyric marks (ux11): gone from the text output, as a broadcast text's music
marks are (a second clean of the text, read as broadcast text, removed them), each removal an
edit with its offsets; the caption outputs keep them on the sung lines."""

from __future__ import annotations

from transcript_tools import clean

SRT = """1
00:00:01,000 --> 00:00:03,500
the lanterns are lit on the quay.

2
00:00:04,000 --> 00:00:07,000
♪ sail away my bonny boat ♪

3
00:00:07,500 --> 00:00:10,000
# over the grey north water

4
00:00:10,500 --> 00:00:12,000
♪♪

5
00:00:12,500 --> 00:00:15,000
and the harbour master waved.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:03.500
the lanterns are lit on the quay.

00:00:04.000 --> 00:00:07.000
♪ sail away my bonny boat ♪

00:00:07.500 --> 00:00:10.000
and the harbour master waved.
"""


def test_lyric_marks_leave_the_text_and_stay_in_the_captions() -> None:
    for source, fmt in ((SRT, "srt"), (VTT, "vtt")):
        t = clean(source, format=fmt)
        assert not any(m in t.text for m in "♪♫#"), t.text
        # the text cleaned again (as broadcast text) is the same text
        assert clean(t.text).text == t.text
        # every removal recorded at its offsets
        marks = [c for c in t.corrections if c.rule == "lyric-mark"]
        assert len(marks) == (3 if fmt == "srt" else 2)
        assert all(t.source[c.start:c.end] == c.original and c.replacement == ""
                   for c in marks)
        lines = [line for c in t.cues for line in c.text.split("\n")]
        sung = [line for line in lines if "sail away" in line.lower()]
        assert len(sung) == 1 and sung[0].startswith("♪ ") and sung[0].endswith(" ♪"), lines
        # the captions written and cleaned again keep the marks
        again = clean(t.to_srt(), format="srt")
        assert [c.text for c in again.cues] == [c.text for c in t.cues]
    t = clean(SRT, format="srt")
    lines = [line for c in t.cues for line in c.text.split("\n")]
    assert any(line.startswith("# ") and "grey north water" in line for line in lines)
    # negative: music with no words is a sound cue, gone from the captions too
    assert not any("♪♪" in line for line in lines)
    assert [c.rule for c in t.corrections if c.original == "♪♪"] == ["sound-cue"]


def test_a_mark_among_a_caption_lines_words_is_no_lyric_mark() -> None:
    # negative: a "#" inside the words ("press # now") is text, kept in text and captions
    src = "1\n00:00:01,000 --> 00:00:03,000\nto vote press # now.\n"
    t = clean(src, format="srt")
    assert "#" in t.text
    assert [c for c in t.corrections if c.rule == "lyric-mark"] == []


def test_a_song_mark_bared_by_a_removed_cue_leaves_the_text_too() -> None:
    # "#" read as a character (a cue stood before it); once the cue goes it opens the sung
    # line: out of the text, on the caption's line
    src = ("1\n00:00:01,000 --> 00:00:03,000\n[applause] # we row the boat\n\n"
           "2\n00:00:03,500 --> 00:00:05,000\nand home we go.\n")
    t = clean(src, format="srt")
    assert "#" not in t.text and clean(t.text).text == t.text
    assert [c.text for c in t.cues][0].startswith("# ")
    assert [(c.rule, c.original) for c in t.corrections if c.kind == "artifact"] == [
        ("sound-cue", "[applause]"), ("lyric-mark", "#")]


def test_a_spaced_mark_past_removed_noise_joins_its_word() -> None:
    # make fuzz (ux11): "the \x1b : the" read "The : the…" and cleaned again "The: The…": a
    # control character removed as line noise stood between the word and its spaced mark
    for source, want in (("we packed \x1b : tents and rope\n", "We packed: tents and rope."),
                         ("she waved \x07 , then left\n", "She waved, then left."),
                         ("the \x1b : the\n", None), ("the   \x1b : the\n", None)):
        t = clean(source)
        again = clean(t.text).text
        assert again == t.text, (t.text, again)
        if want:
            assert t.text == want
        assert all(t.source[c.start:c.end] == c.original for c in t.corrections)
    # negatives: a colon after a figure stays apart ("won 3 : 1"), and a spaced ellipsis
    # after the noise is left as written
    assert clean("they won 3 \x1b : 1 at home\n").text.count(" : ") == 1
    assert ". . ." in clean("and then \x1b . . . nothing\n").text


def test_a_lyric_comma_where_the_sentence_ends_gives_way_to_the_end() -> None:
    # make fuzz (ux11): "♪ the ♪ the" read "The,… The…" (the sung-repeat comma, then the
    # cut-off's mark after it) and cleaned again "The… The…"; "We will,." the same
    for source, want in (("♪ we row ♪ we row\n", "We row. We row."),
                         ("♪ the ♪ the\n", "The… The…")):
        t = clean(source)
        assert t.text == want
        assert clean(t.text).text == want
    # negatives: the lyric's comma inside a sentence stays ("The, the…"), and so does one
    # before the sentence goes on
    assert clean("the ♪ the\n").text == "The, the…"
    assert clean("we row ♪ we row to the shore\n").text == "We row, we row to the shore."


def test_a_dash_before_a_removed_separator_is_a_lone_dash() -> None:
    # make fuzz (ux11): "-\x1f the" read "- The…" (the separator gone as line noise, the dash
    # glued to it not taken for a lone dash) and cleaned again "The…"
    for source in ("-\x1f we sailed home\n", "\ufeff-\x1f the\n"):
        t = clean(source)
        assert not t.text.startswith("-"), t.text
        assert clean(t.text).text == t.text
    # negative: a dash glued to a word stays ("-\x1fnote" is no dialogue dash either way)
    assert clean("we sailed -home\n").text == "We sailed -home."

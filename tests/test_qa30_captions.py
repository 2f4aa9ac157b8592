"""Regressions from the qa30 audit (captions as a viewer sees them, on fresh archive pages and
subtitle files), each on constructed text of the shape a page or file showed;
`tests/data/qa30/README.md` has the inputs."""

from __future__ import annotations

from transcript_tools import clean

HEADER = "tv News  BBC News  March 3, 2021 9:00pm-9:30pm GMT\n"
SENTENCES = [
    "the council met tonight to vote on the budget for the coming year",
    "members argued for hours about the cost of new housing in the north of the town",
    "the leader said the plan would cut waiting lists and bring empty homes back into use",
    "opposition members said the figures did not add up and asked for an independent review",
    "a vote is expected before midnight after a long debate in the chamber",
    "outside the hall a small group of residents held banners calling for more social housing",
    "one woman told us she had waited six years for a flat big enough for her children",
    "the council says it will build two hundred homes over the next five years",
    "critics say that is far too few for a town with a waiting list of thousands",
]
TAIL = ("the opposition disagreed. they said the plan would not work and that the money would "
        "run out before the end of the year. they will vote against it next week when the full "
        "council meets again. residents we spoke to were divided. some said they welcomed the "
        "change while others said they had heard it all before and would wait and see.")


def _resent(sentence: str) -> str:
    """A live subtitle line sent three times, grown, each earlier copy ending in "_"."""
    words = sentence.split()
    return f"{' '.join(words[:4])} _ {' '.join(words[:7])} _ {sentence}."


def test_resent_line_copies_take_no_time_on_a_clock_page() -> None:
    # a BBC live page whose minute is half re-sent copies: the copies took their share of the
    # minute and raised the rate that times the words after the last clock line, so the
    # cues there fell behind their words by up to 6 s (17 of 21 cues late)
    text = (HEADER + "9:00 pm\n" + " ".join(_resent(s) for s in SENTENCES) + "\n9:01 pm\n"
            + TAIL + "\n")
    doc = clean(text).document
    assert sum(e.rule == "resent-line" for e in doc.edits) == 18
    for cue in doc.cues:
        first = next(k for k in range(cue.first, cue.stop) if doc.tokens[k].is_word)
        assert abs(cue.start - doc.times[first][0]) <= 0.25, (cue, doc.times[first])
    assert doc.cues[0].start == 0.0  # the minute's words start with it


def test_a_short_gap_at_a_source_cue_end_is_chained() -> None:
    # film subtitles whose captioner left 0.13-0.46 s between cues: the gap stayed open (a
    # blank flash), as a cue never ran past its source cue's end
    srt = ("1\n00:00:01,000 --> 00:00:04,000\nThe inspectors walked through the whole farm.\n\n"
           "2\n00:00:04,300 --> 00:00:07,300\nThey came back in the spring and saw nothing.\n\n"
           "3\n00:00:08,500 --> 00:00:11,500\nI have read every one of their long reports.\n")
    cues = clean(srt).document.cues
    assert [c.start for c in cues] == [1.0, 4.3, 8.5], cues
    assert abs(cues[0].end - (4.3 - 0.084)) < 0.002, cues[0]
    assert cues[2].start - cues[1].end >= 0.9  # a gap of a second stays


def test_a_run_of_marks_partly_taken_by_an_earlier_edit_goes_whole() -> None:
    # a sentence's stop, then a run of keystrokes: the stop after the sentence's own went
    # first (`_stray_marks`), and the rest of the run stayed in the captions (", , ., , ~")
    text = (HEADER + "9:00 pm\nwe talked about the new housing figures. ., , ., , ~ "
            "figures. they said the numbers were better than expected.\n")
    result = clean(text)
    assert result.text == ("We talked about the new housing figures. Figures. They said the "
                           "numbers were better than expected.")
    for c in result.corrections:
        assert text[c.start:c.end] == c.original


def test_a_lone_line_end_mark_on_a_page_that_sends_lines_again_goes() -> None:
    # a re-sent line whose copy was no grown copy left its "|" in the captions
    text = (HEADER + "9:00 pm\nwe can't track _ we can't track the _ we can't track the exact "
            "location of the storm. she spoke at the | meeting, he said.\n")
    result = clean(text)
    assert "|" not in result.text and "the meeting" in result.text.lower()
    gone = [c for c in result.corrections if c.rule == "line-mark"]
    assert len(gone) == 1 and text[gone[0].start:gone[0].end] == "|"
    # without re-sent lines a lone "|" is not taken for a line mark (an OCR'd "I" may be one)
    plain = HEADER + "9:00 pm\nshe spoke at the | meeting, he said.\n"
    assert not [c for c in clean(plain).corrections if c.rule == "line-mark"]


def test_a_short_last_subtitle_after_a_pause_is_no_scrap_to_take_in() -> None:
    # film subtitles: a short answer, 4 s of silence, a short last line: the cue before took
    # the last one in (ending on fewer than 16 characters costs extra), showing it 4 s
    # before it is said, in a cue of 6.7 s
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nWhat time did the train leave?\n\n"
           "2\n00:00:04,500 --> 00:00:05,800\nTen, maybe 11.\n\n"
           "3\n00:00:10,000 --> 00:00:11,200\nGo on.\n")
    cues = clean(srt).document.cues
    assert [(c.start, c.text) for c in cues] == [
        (1.0, "What time did the train leave?"), (4.5, "Ten, maybe 11."), (10.0, "Go on.")]

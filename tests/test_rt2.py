"""Our own captions cleaned again (rt2): a written caption file (SRT or WebVTT cues whose text
is sentence-cased and punctuated, as our outputs are) keeps its cue starts, so cleaning it
again does not move every cue after a too-fast one 0.25 s later each time; and no change of
speaker is inferred inside a cue its writer left whole. A fresh lowercase caption file is
read as before."""

from __future__ import annotations

from pathlib import Path

from transcript_tools import Transcript
from transcript_tools.language import written_captions

from .captionfiles import cleaned, srt


def cue_list(t: Transcript) -> list[tuple[float, float, tuple[str, ...]]]:
    return [(round(c.start, 3), round(c.end, 3), c.lines) for c in t.document.cues]


# lowercase live captions, the speech faster than the reading speed: the first cleaning lets
# a cue start up to 0.25 s after its words so that the cue before it can be read
FAST = [
    ("00:00:01,000", "00:00:03,000",
     "good evening and welcome. the harbour bridge reopened today after"),
    ("00:00:03,100", "00:00:05,000",
     "two years of repairs and the traffic was heavy all afternoon. did the"),
    ("00:00:05,100", "00:00:07,500",
     "drivers notice? they did. the new lanes carry twice as many cars and"),
    ("00:00:07,600", "00:00:09,000",
     "the tolls stay the same until march. was it worth the cost? the council thinks"),
    ("00:00:09,100", "00:00:12,000",
     "so. the old deck was failing and could not wait. what comes next? a second"),
    ("00:00:12,100", "00:00:15,000",
     "crossing further upstream, planned for the end of the decade."),
]


def test_our_srt_cleaned_twice_and_three_times_keeps_its_times(tmp_path: Path) -> None:
    first = cleaned(tmp_path, srt(FAST), "live.srt")
    assert not written_captions(first.document)  # (lowercase: the lag applies)
    out = first.to_srt()
    rounds = [first]
    for k in range(3):
        again = cleaned(tmp_path, out, f"again{k}.srt")
        assert written_captions(again.document)
        rounds.append(again)
        out = again.to_srt()
    # before: every cue 0.25 s later on each cleaning (1,000-3,477 -> 3,727 -> 3,977 ...)
    assert all(cue_list(t) == cue_list(first) for t in rounds[1:])
    assert all(t.to_srt() == first.to_srt() for t in rounds[1:])
    assert [len(t.document.turns) for t in rounds] == [1, 1, 1, 1]


def test_our_webvtt_cleaned_twice_and_three_times_keeps_its_times(tmp_path: Path) -> None:
    first = cleaned(tmp_path, srt(FAST), "live.srt")
    out = first.to_webvtt()
    for k in range(3):
        again = cleaned(tmp_path, out, f"again{k}.vtt")
        assert cue_list(again) == cue_list(first)
        out = again.to_webvtt()


# a written caption file (ours, or a subtitler's): a question and the same speaker's next
# sentence share a cue
WRITTEN = [
    ("00:00:01,000", "00:00:04,000",
     "Welcome back. The storm moved east\novernight and the rain has stopped."),
    ("00:00:04,084", "00:00:07,500",
     "Did you see the river this morning?\nIt was over the path again."),
    ("00:00:07,584", "00:00:11,000", "The council says the new wall\nwill hold the next flood."),
    ("00:00:11,084", "00:00:14,500",
     "You know the bakery on the corner?\nThat is where the water stopped."),
    ("00:00:14,584", "00:00:18,000",
     "Crews will clear the roads tomorrow\nand the schools open on Monday."),
]


def test_a_written_caption_file_gets_no_voice_inside_a_cue(tmp_path: Path) -> None:
    t = cleaned(tmp_path, srt(WRITTEN), "written.srt")
    assert written_captions(t.document)
    # before: a second voice answering after each question, each cue split in two
    assert len(t.document.turns) == 1
    assert [" ".join(c.lines) for c in t.document.cues] == [text.replace("\n", " ")
                                                           for _, _, text in WRITTEN]
    assert [(round(c.start, 3), round(c.end, 3)) for c in t.document.cues][:4] == [
        (1.0, 4.0), (4.084, 7.5), (7.584, 11.0), (11.084, 14.5)]
    assert cleaned(tmp_path, t.to_srt(), "again.srt").to_srt() == t.to_srt()


def test_a_marked_change_inside_a_written_cue_stays(tmp_path: Path) -> None:
    blocks = list(WRITTEN)
    blocks[1] = (blocks[1][0], blocks[1][1], "- Did you see the river this morning?\n"
                 "- It was over the path again.")
    t = cleaned(tmp_path, srt(blocks), "dialogue.srt")
    assert written_captions(t.document)
    doc = t.document
    starts = [doc.tokens[turn.first].text for turn in doc.turns]
    assert starts[:3] == ["Welcome", "Did", "It"]  # the writer's "- " marks


# a fresh caption file in lowercase: its unmarked changes inside a cue are inferred as before
LIVE = [
    ("00:00:01,000", "00:00:04,000", "joining me now from the harbour is the port director."),
    ("00:00:04,084", "00:00:07,500",
     "how many ships came in this week? more than forty, a record for"),
    ("00:00:07,584", "00:00:11,000", "the spring season, and the cranes worked through the night."),
    ("00:00:11,084", "00:00:14,500",
     "and the new berth, is it ready? not yet. we open it in june."),
]


def test_a_fresh_lowercase_caption_file_keeps_its_inferred_voices(tmp_path: Path) -> None:
    t = cleaned(tmp_path, srt(LIVE), "live.srt")
    doc = t.document
    assert not written_captions(doc)
    firsts = [doc.tokens[turn.first].text for turn in doc.turns]
    assert firsts == ["joining", "more", "is", "not"]  # each inside a source cue

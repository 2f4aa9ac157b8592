"""Existing SRT captions cleaned again (qa50): a source cue that already keeps the layout
rules keeps its times, its cut and its lines; a cue that breaks a rule, or that a change of
speaker splits, is cut again."""

from __future__ import annotations

from pathlib import Path

from transcript_tools.check import check_captions

from .captionfiles import cleaned, srt


def cues(text: str) -> list[tuple[str, str, list[str]]]:
    """(start, end, lines) of each cue of an SRT text."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        start, end = lines[1].split(" --> ")
        out.append((start, end, lines[2:]))
    return out


GOOD = [
    ("00:00:01,000", "00:00:06,000",
     "The market opened early this morning.\nPrices rose sharply by noon:"),
    ("00:00:06,084", "00:00:11,000",
     "the biggest gain in a decade,\ntraders at the exchange said."),
    ("00:00:11,084", "00:00:12,500", "Then it fell."),
    ("00:00:12,584", "00:00:17,000", "By the close, most of the gain\nhad gone again."),
]


def test_good_file_kept_cue_for_cue(tmp_path: Path) -> None:
    out = cleaned(tmp_path, srt(GOOD)).to_srt()
    assert cues(out) == [(s, e, text.split("\n")) for s, e, text in GOOD]
    # (before: the short third cue went into the fourth, whose lines were set anew)


def test_short_gap_after_a_good_cue_is_still_closed(tmp_path: Path) -> None:
    blocks = [(s, e, text) for s, e, text in GOOD[:2]]
    blocks[1] = ("00:00:06,300", blocks[1][1], blocks[1][2])  # 0.3 s: a blank flash
    got = cues(cleaned(tmp_path, srt(blocks)).to_srt())
    assert got[0][:2] == ("00:00:01,000", "00:00:06,216")  # chained to 2 frames (qa30)
    assert got[1][:2] == ("00:00:06,300", "00:00:11,000")
    assert [lines for _, _, lines in got] == [text.split("\n") for _, _, text in blocks]


def test_our_srt_cleaned_again_is_the_same(tmp_path: Path) -> None:
    # the first cleaning merges a short cue and re-times a fast one; its own output is kept
    blocks = [("00:00:01,000", "00:00:03,500",
               "The council met on Tuesday\nto discuss the new budget."),
              ("00:00:03,600", "00:00:05,000", "It was late."),
              ("00:00:05,100", "00:00:08,000",
               "Members argued about the library\nand the swimming pool for hours."),
              ("00:00:09,000", "00:00:12,000", "The vote is next week.")]
    first = cleaned(tmp_path, srt(blocks)).to_srt()
    assert first != srt(blocks)
    second = cleaned(tmp_path, first, "again.srt").to_srt()
    assert second == first
    assert cleaned(tmp_path, second, "third.srt").to_srt() == first


def test_cue_that_breaks_a_rule_is_cut_again(tmp_path: Path) -> None:
    long_line = "Water them first, then lift each clump with a garden fork and pull them apart."
    blocks = [("00:00:01,000", "00:00:04,200", "Spring is the best time\nto divide them."),
              ("00:00:04,300", "00:00:05,400", long_line),
              ("00:00:09,000", "00:00:11,600", "Keep the roots moist."),
              ("00:00:11,700", "00:00:14,200", "Replant the pieces the same day.")]
    out = cleaned(tmp_path, srt(blocks)).to_srt()
    got = cues(out)
    # the too long, too fast cue is split and re-timed: no line over 42 characters
    assert all(len(line) <= 42 for _, _, lines in got for line in lines)
    assert not any(lines == [long_line] for _, _, lines in got)
    assert "00:00:05,400" not in out
    assert not [v for v in check_captions(out, format="srt") if v.rule == "width"]
    # the last cue, away from the bad one, keeps its times and text
    assert got[-1] == ("00:00:11,700", "00:00:14,200", ["Replant the pieces the same day."])


def test_too_short_gap_is_no_good_cue(tmp_path: Path) -> None:
    blocks = [("00:00:01,000", "00:00:04,200", "Spring is the best time\nto divide them."),
              ("00:00:04,220", "00:00:07,000", "Water them first.")]
    out = cleaned(tmp_path, srt(blocks)).to_srt()
    assert not check_captions(out, format="srt")
    assert cues(out) != [(s, e, text.split("\n")) for s, e, text in blocks]


def test_speaker_change_inside_a_cue_still_splits(tmp_path: Path) -> None:
    blocks = [("00:00:01,000", "00:00:05,200", "NORA: Spring is the best time\nto divide them."),
              ("00:00:05,300", "00:00:09,400",
               "Water them well first.\nOMAR: Thanks, that is a useful tip."),
              ("00:00:09,600", "00:00:12,000", "Replant the pieces the same day.")]
    t = cleaned(tmp_path, srt(blocks))
    starts = [" ".join(c.lines).split()[0] for c in t.cues]
    assert "Thanks," in starts
    assert [c.speaker for c in t.cues if " ".join(c.lines).startswith("Thanks")] == ["OMAR"]
    assert "OMAR: Thanks, that is a useful tip." in t.to_srt()


def test_unnamed_speaker_change_inside_a_cue_starts_a_cue(tmp_path: Path) -> None:
    blocks = [("00:00:01,000", "00:00:04,216", "Spring is the best time\nto divide them."),
              ("00:00:04,300", "00:00:08,400", "Water them well first. >> Thanks,\nthat is "
               "a useful tip.")]
    got = cues(cleaned(tmp_path, srt(blocks)).to_srt())
    assert got[0] == ("00:00:01,000", "00:00:04,216", ["Spring is the best time",
                                                       "to divide them."])
    # the change shown: a cue each, or (two unnamed voices, turns38: no longer one id) the
    # source cue's dialogue, a line each opening with "- "
    assert [lines for _, _, lines in got[1:]] in (
        [["Water them well first."], ["Thanks, that is a useful tip."]],
        [["- Water them well first.", "- Thanks, that is a useful tip."]])


def test_good_cue_with_a_bad_line_break_keeps_times_not_lines(tmp_path: Path) -> None:
    blocks = [("00:00:01,000", "00:00:05,000", "We walked along the\nriver bank all morning."),
              ("00:00:05,084", "00:00:09,000", "The water was high\nafter the storm.")]
    got = cues(cleaned(tmp_path, srt(blocks)).to_srt())
    assert [times for *times, _ in got] == [[s, e] for s, e, _ in blocks]
    assert got[0][2] != ["We walked along the", "river bank all morning."]  # after "the"
    assert got[1][2] == ["The water was high", "after the storm."]

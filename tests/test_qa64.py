"""qa64: a sentence that runs on past a clock line is timed to end at that line, the minute's
silence left before it, not inside it (`timing._clock_blocks`, `timing.windows`)."""

from __future__ import annotations

import transcript_tools as tt

_LONG = ("the council met for three hours and heard from farmers, teachers and the owners "
         "of two small shops on the square. most of them asked for the bridge to be mended "
         "before the spring floods. the mayor said the money was set aside last year but the "
         "contract has not been signed. one farmer said his cattle trucks now drive forty "
         "minutes around the valley every morning. another speaker asked why the repairs "
         "keep slipping. the council will vote on the contract next tuesday evening. ")


def _page(first_minute: str) -> str:
    return ("tv Valley Evening Report KVAL March 3, 2009 6:00pm-6:30pm PST\n6:00 pm\n"
            + first_minute + "\n6:01 pm\n" + _LONG + _LONG + "\n6:02 pm\n" + _LONG + "\n6:03 pm\n")


def _times(doc: tt.Document, word: str, after: int = 0) -> tuple[int, float, float]:
    i = next(k for k, t in enumerate(doc.tokens) if k >= after and t.text == word)
    start, end = doc.times[i]
    return i, start, end


def test_a_sentence_running_on_past_the_clock_line_ends_at_it() -> None:
    doc = tt.clean(_page(">> good evening. the storm has passed. crews worked through the "
                         "night to clear the road near the old mill and")).document
    i, start, _ = _times(doc, "crews")
    _, _, end = _times(doc, "and", i)
    # the run-on sentence ends at 6:01 pm (60 s after the header's 6:00 pm), its words not
    # seconds apart from the next minute's "the road was open by morning"
    assert abs(end - 60.0) < 1e-6, (start, end)
    # and the silence stands before it, after "the storm has passed."
    _, _, passed_end = _times(doc, "passed")
    assert start - passed_end > 5
    cues = [c.text.replace("\n", " ") for c in doc.cues]
    assert any("crews worked" in c.lower() for c in cues)
    # no cue shows the sentence's head alone with the rest a silence later
    head = next(c for c in doc.cues if "Crews worked" in c.text)
    assert "and" in head.text.split() or head.end >= 59.0


def test_a_minute_ending_its_sentence_keeps_its_silence_at_the_end() -> None:
    doc = tt.clean(_page(">> good evening. the storm has passed. crews worked through the "
                         "night to clear the road near the old mill.")).document
    i, start, _ = _times(doc, "crews")
    _, _, end = _times(doc, "mill", i)
    _, _, passed_end = _times(doc, "passed")
    assert start == passed_end  # spoken on, from the minute's start
    assert end < 45  # the silence after the stop, before 6:01 pm


def test_a_minute_inside_one_sentence_throughout_is_left_as_it_was() -> None:
    # no sentence starts inside the second minute: its words are timed from its start
    text = ("tv Valley Evening Report KVAL March 3, 2009 6:00pm-6:30pm PST\n6:00 pm\n"
            + _LONG + _LONG + " and the clerk said that the\n6:01 pm\nvoters of the eastern "
            "ward and the\n6:02 pm\nfarmers of the valley will be heard first. " + _LONG
            + "\n6:03 pm\n")
    doc = tt.clean(text).document
    _, start, _ = _times(doc, "voters")
    assert abs(start - 60.0) < 1e-6


def test_the_run_on_sentence_is_an_interval_of_its_own_for_the_cues() -> None:
    doc = tt.clean(_page(">> good evening. the storm has passed. crews worked through the "
                         "night to clear the road near the old mill and")).document
    from transcript_tools.timing import windows

    found = windows(doc)
    i = _times(doc, "crews")[0]
    assert any(w.first == i for w in found)
    # a page whose minute ends its sentence gets no such interval
    plain = tt.clean(_page(">> good evening. the storm has passed. crews worked through the "
                           "night to clear the road near the old mill.")).document
    j = _times(plain, "crews")[0]
    assert not any(w.first == j for w in windows(plain))


_NIGHT = ("good evening from the harbour, where the tall ships arrived late today. thousands "
          "lined the quay to watch them come in under sail. ")


def test_clock_lines_an_hour_ahead_of_a_standard_time_header_start_the_captions() -> None:
    # a summer page whose header keeps standard time: the programme "11:05pm-12:05am PST"
    # was shown from 12:05 am daylight time, as its clock lines say
    text = ("tv Harbour Tonight KXYZ July 4, 2011 11:05pm-12:05am PST\n12:05 am\n" + _NIGHT * 3
            + "\n12:06 am\n" + _NIGHT * 3 + "\n12:07 am\n")
    t = tt.clean(text)
    assert t.metadata["clock_offset_hours"] == 1
    assert t.cues[0].start == 0.0
    assert t.cues[-1].end < 180


def test_a_clock_line_inside_the_programme_is_an_hour_into_it() -> None:
    # a three-hour show: 7:00 am is an hour into it, no zone
    text = ("tv Morning Markets KXYZ July 4, 2011 6:00am-9:00am EDT\n7:00 am\n" + _NIGHT * 3
            + "\n7:01 am\n" + _NIGHT * 3 + "\n7:02 am\n")
    t = tt.clean(text)
    assert "clock_offset_hours" not in t.metadata
    assert t.cues[0].start == 3600.0
    # clock lines half an hour after a half-hour show's start: no whole hours, no zone
    half = ("tv Early News KXYZ July 4, 2011 5:30pm-6:00pm PDT\n6:00 pm\n" + _NIGHT * 3
            + "\n6:01 pm\n")
    assert tt.clean(half).cues[0].start == 1800.0

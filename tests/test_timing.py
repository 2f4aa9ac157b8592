"""Timing: every token gets a time from the anchors around it."""

from __future__ import annotations

import pytest

import transcript_tools as tt
from transcript_tools.options import Options
from transcript_tools.readers import parse
from transcript_tools.timing import Timer, syllables, usable_clock_anchors

from .conftest import DATA


def _timed(text: str, options: Options | None = None) -> tt.Document:
    return Timer(options or Options())(parse(text, format="broadcast"))


def test_every_token_between_two_clock_lines_falls_in_its_minute(sample_text: str) -> None:
    doc = _timed(sample_text)
    assert len(doc.times) == len(doc.tokens)
    base = doc.metadata["media_start"]
    anchors = usable_clock_anchors(doc.anchors)
    assert len(anchors) > 20
    for a, b in zip(anchors, anchors[1:]):
        for i in range(a.index, b.index):
            start, end = doc.times[i]
            assert a.seconds - base - 1e-6 <= start <= end <= b.seconds - base + 1e-6
    starts = [s for s, _ in doc.times]
    assert starts == sorted(starts)
    assert starts[0] == 0.0  # no header, no option: the media starts with the first word


def test_extrapolates_at_the_transcripts_own_rate(sample_text: str) -> None:
    doc = _timed(sample_text)
    first = usable_clock_anchors(doc.anchors)[0]
    base = doc.metadata["media_start"]
    assert doc.times[first.index - 1][1] == first.seconds - base
    assert 20 < first.seconds - base < 60  # ~114 words before 5:34 at ~130 words/min


def test_sparse_minute_is_spoken_from_its_start_not_stretched() -> None:
    doc = _timed("9:00 am\nbreaking news tonight.\n9:01 am\n" + "words " * 150 + "\n9:02 am\n")
    assert doc.times[3][1] < 10  # three words and a stop take seconds, not the whole minute
    assert doc.times[4][0] == 60.0


def test_media_start_option_then_header_then_first_word() -> None:
    text = ("tv News Example Channel October 1, 2020 5:30am-6:01am EDT\n5:34 am\nhello there.\n"
            "5:35 am\nmore words here.\n")
    assert _timed(text).metadata["media_start"] == 5 * 3600 + 30 * 60
    assert _timed(text).times[0][0] == 240.0
    chosen = _timed(text, Options(media_start=5 * 3600 + 33 * 60))
    assert chosen.times[0][0] == 60.0


def test_caption_input_keeps_its_own_times() -> None:
    doc = Timer(Options())(tt.read(DATA / "fixtures" / "two_speakers.srt"))
    for a, b in zip(doc.anchors, list(doc.anchors[1:]) + [None]):
        stop = b.index if b else len(doc.tokens)
        for i in range(a.index, stop):
            assert a.seconds <= doc.times[i][0] <= doc.times[i][1] <= a.until


def test_syllables_weigh_spoken_length() -> None:
    doc = parse("international the 1988 .", format="broadcast")
    weights = [syllables(t) for t in doc.tokens]
    assert weights[0] > weights[1] >= 1 and weights[2] > weights[1] and weights[3] == 0
    assert Timer(Options()).weights(doc.tokens) == weights


def test_a_media_start_after_the_clock_lines_gives_way_with_a_warning(
        sample_text: str) -> None:
    plain = tt.clean(sample_text)
    own = _timed(sample_text)
    first_clock = usable_clock_anchors(own.anchors)[0].seconds
    for offset in (26 * 60, 11 * 60):  # after every clock line; after some of them
        opts = Options(media_start=first_clock + offset)
        t = tt.clean(sample_text, options=opts)
        warned = [d for d in t.document.diagnostics if d.code == "media-start"]
        assert len(warned) == 1 and warned[0].line == 2
        assert "clock lines" in warned[0].message
        # the whole text keeps its pace: times as with no media start, not squeezed to 0
        assert [(c.start, c.end) for c in t.cues] == [(c.start, c.end) for c in plain.cues]
        assert t.document.metadata["media_start"] == own.metadata["media_start"]
    # a media start at the first clock line is no warning
    t = tt.clean(sample_text, options=Options(media_start=first_clock))
    assert not [d for d in t.document.diagnostics if d.code == "media-start"]
    assert t.cues[-1].end > 20 * 60


def test_inline_cue_timestamps_time_each_word() -> None:
    """YouTube times each word with ``<00:00:02.640><c> bread</c>``: the word starts then."""
    doc = tt.clean(tt.read(DATA / "fixtures" / "youtube_auto_captions.vtt")).document
    texts = [tok.text for tok in doc.tokens]
    # the first copy of each word is the one its cue times
    assert doc.times[texts.index("bread")][0] == pytest.approx(2.64)
    assert doc.times[texts.index("yeast")][0] == pytest.approx(5.68)
    starts = [s for s, _ in doc.times]
    assert starts == sorted(starts)


def test_clock_lines_in_another_time_zone_than_the_header() -> None:
    # qa7 audit: header "6:00pm-7:00pm EDT", clock lines "3:00 pm" (the page's own zone): no
    # warning that a media start the user never gave is after the clock lines
    text = ("tv Markets Today  XYZ  March 22, 2022 6:00pm-7:00pm EDT\n3:00 pm\n"
            "good evening from new york. stocks rose today.\n3:01 pm\nbonds fell.\n")
    t = tt.clean(text)
    assert not [w for w in t.warnings if "media start" in w]
    assert t.metadata["clock_offset_hours"] == -3
    assert t.cues[0].start < 1.0 and 60.0 <= t.cues[-1].start < 62.0

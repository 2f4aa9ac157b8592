"""Caption file checks (`readers.captionfile`): malformed files located by line, and the loose
timings players accept read."""

from __future__ import annotations

import pytest

from transcript_tools import ParseError
from transcript_tools.readers import parse, read

from .conftest import DATA

FIX = DATA / "fixtures"


def test_malformed_srt_names_file_and_line() -> None:
    with pytest.raises(ParseError) as err:
        read(FIX / "missing_timing.srt")
    assert err.value.line == 6
    assert "missing_timing.srt:6" in str(err.value)


def test_vtt_without_header_is_an_error_with_line() -> None:
    with pytest.raises(ParseError) as err:
        parse("00:00:01.000 --> 00:00:02.000\nhello\n", format="vtt")
    assert err.value.line == 1


def test_srt_times_without_hours_and_webvtt_times_with_commas_are_read() -> None:
    srt = parse("1\n00:01,000 --> 00:02,500\nhello there\n", format="srt")
    assert [(a.seconds, a.until) for a in srt.anchors] == [(1.0, 2.5)]
    vtt = parse("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nhello\n", format="vtt")
    assert [(a.seconds, a.until) for a in vtt.anchors] == [(1.0, 2.0)]
    # players drop such cues: the user is told, with the line
    assert [(d.code, d.line) for d in vtt.diagnostics] == [("vtt-timing", 3)]

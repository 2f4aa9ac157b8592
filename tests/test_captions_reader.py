"""SRT and WebVTT input: times kept, speakers found, malformed files located."""

from __future__ import annotations

import pytest

from transcript_tools import ParseError, clean
from transcript_tools.readers import detect_format, parse, read

from .conftest import DATA

FIX = DATA / "fixtures"


def test_srt_keeps_cue_times_and_dash_speakers() -> None:
    doc = read(FIX / "two_speakers.srt")
    assert [(a.seconds, a.until) for a in doc.anchors] == [(1.0, 3.5), (4.0, 6.0)]
    assert [m.kind for m in doc.markers] == ["speaker", "speaker"]
    assert doc.text() == "where were you on tuesday? at home & asleep. i did not hear a thing."
    t = clean(doc)
    assert len(t.turns) == 2
    assert t.document.times[0][0] == pytest.approx(1.0)
    assert all(1.0 <= s <= 6.0 for s, _ in t.document.times)


def test_vtt_voice_spans_become_labels_and_tags_vanish() -> None:
    doc = read(FIX / "voices.vtt")
    assert [m.label for m in doc.markers] == ["Anna Berg", "Tom Ng"]
    assert doc.text() == "good evening and welcome. thanks for having me."
    t = clean(doc)
    assert [turn.display_name for turn in t.turns] == ["Anna Berg", "Tom Ng"]
    vtt = t.to_webvtt()
    assert "<v Anna Berg>" in vtt and "<v Tom Ng>" in vtt


def test_malformed_srt_names_file_and_line() -> None:
    with pytest.raises(ParseError) as err:
        read(FIX / "missing_timing.srt")
    assert err.value.line == 6
    assert "missing_timing.srt:6" in str(err.value)


def test_vtt_without_header_is_an_error_with_line() -> None:
    with pytest.raises(ParseError) as err:
        parse("00:00:01.000 --> 00:00:02.000\nhello\n", format="vtt")
    assert err.value.line == 1


def test_format_detection() -> None:
    assert detect_format("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n") == "vtt"
    assert detect_format("1\n00:00:01,000 --> 00:00:02,000\nhi\n") == "srt"
    assert detect_format("5:34 am\nhello\n") == "broadcast"
    assert detect_format("anything", "x.srt") == "srt"


def test_bom_is_accepted() -> None:
    doc = parse("\ufeffWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n")
    assert doc.text() == "hello"

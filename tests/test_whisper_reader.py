"""Whisper-style JSON in: word times kept, speakers become turns, spans point into the JSON."""

from __future__ import annotations

import pytest

import transcript_tools as tt
from transcript_tools.errors import ParseError
from transcript_tools.model import apply_edits
from transcript_tools.readers import detect_format, parse

from .conftest import DATA

WORDS = DATA / "fixtures" / "whisperx_two_speakers.json"
SEGMENTS = DATA / "fixtures" / "whisper_segments_only.json"


def test_word_times_and_speakers_are_kept() -> None:
    doc = tt.read(WORDS)
    assert doc.text().startswith("good evening and welcome to the programme. thanks,")
    assert "zürich." in doc.text()  # a JSON \u escape read as its character
    words = [i for i, t in enumerate(doc.tokens) if t.kind == "word"]
    assert doc.times[words[0]] == (0.52, 0.8)
    t = tt.clean(doc)
    assert [c.speaker for c in t.cues] == ["SPEAKER_00", "SPEAKER_01"]
    assert t.cues[0].start == 0.52 and 4.6 <= t.cues[1].start
    assert t.cues[-1].end >= 7.2


def test_provenance_points_into_the_json() -> None:
    source = WORDS.read_text(encoding="utf-8")
    t = tt.clean(source, format="whisper")
    for token in t.document.tokens:
        assert source[token.start:token.end] == token.text
    for edit in t.corrections:
        assert source[edit.start:edit.end] == edit.original
    assert apply_edits(source, t.corrections) == t.text


def test_segments_without_words_spread_over_the_segment() -> None:
    t = tt.clean(tt.read(SEGMENTS))
    assert t.text == "This is the first segment. And the second one follows."
    times = t.document.times
    second = next(i for i, tok in enumerate(t.document.tokens) if tok.text == "And")
    assert times[0][0] == 0.0 and times[second][0] == 3.0 and times[-1][1] == 6.0


def test_detected_by_extension_and_content() -> None:
    text = SEGMENTS.read_text(encoding="utf-8")
    assert detect_format(text) == "whisper" and detect_format("x", "a.json") == "whisper"
    assert detect_format("5:34 am\nhello") == "broadcast"


def test_bad_json_is_an_error_with_its_line() -> None:
    with pytest.raises(ParseError) as err:
        parse('{"segments": [\n{"start": 1,,}]}', format="whisper", path="bad.json")
    assert err.value.line == 2 and "bad.json:2" in str(err.value)
    with pytest.raises(ParseError):
        parse('{"schema": "transcript-tools/1"}', format="whisper")


def _segment(start: float, text: str, speaker: str) -> str:
    return (f'{{"start": {start}, "end": {start + 3}, "text": " {text}", '
            f'"speaker": "{speaker}"}}')


def test_a_change_of_speaker_ends_the_sentence() -> None:
    src = ('{"segments": [' + _segment(0.0, "the minister spoke today in paris", "SPEAKER_00")
           + ", " + _segment(3.2, "with the chancellor of germany was it useful",
                             "SPEAKER_01") + "]}")
    t = tt.clean(src)
    assert [turn.display_name for turn in t.turns] == ["SPEAKER_00", "SPEAKER_01"]
    assert t.to_text().startswith("SPEAKER_00: The minister spoke today in Paris.\n\n")


def test_a_speaker_change_inside_a_segment_is_a_turn() -> None:
    words = [("the", "A"), ("minister", "A"), ("spoke", "A"), ("in", "A"), ("paris", "A"),
             ("with", "B"), ("the", "B"), ("chancellor", "B")]
    src = ('{"segments": [{"start": 0.0, "end": 4.0, "text": " x", "words": ['
           + ", ".join(f'{{"word": "{w}", "start": {k * 0.5}, "end": {k * 0.5 + 0.4}, '
                       f'"speaker": "{s}"}}' for k, (w, s) in enumerate(words)) + "]}]}")
    doc = parse(src)
    assert [(m.index, m.kind, m.label) for m in doc.markers] == [
        (0, "label", "A"), (5, "speaker", None), (5, "label", "B")]
    assert [turn.display_name for turn in tt.clean(doc).turns] == ["A", "B"]


def test_whisper_cpp_json_is_read_with_its_millisecond_offsets() -> None:
    path = DATA / "fixtures" / "whisper_cpp.json"
    source = path.read_text(encoding="utf-8")
    assert detect_format(source[:200]) == "whisper"
    doc = tt.read(path)
    assert [(a.seconds, a.until) for a in doc.anchors] == [(0.0, 2.5), (2.5, 5.0)]
    assert doc.metadata["language"] == "en"
    t = tt.clean(doc)
    assert "Buses will run every ten minutes, café to station." in t.text
    assert "systeminfo" not in t.text and "00:00" not in t.text
    assert all(source[e.start:e.end] == e.original for e in t.corrections)
    assert apply_edits(source, t.corrections) == t.document.text()
    assert 2.5 <= min(s for s, _ in t.document.times[6:]) <= 5.0


def test_text_only_json_and_times_written_as_strings() -> None:
    """OpenAI's transcription API answers ``{"text": ...}`` alone; some tools write times as
    strings. Both are read (the first untimed, the second with its times)."""
    only = tt.clean('{"text": " The road reopens at noon."}', format="whisper")
    assert only.text == "The road reopens at noon."
    assert only.cues and only.document.anchors == ()
    strings = parse('{"segments": [{"start": "4.0", "end": "6.5", "text": " Hello there."}]}',
                    format="whisper")
    assert [(a.seconds, a.until) for a in strings.anchors] == [(4.0, 6.5)]

"""`check` on what a user feeds it: stdin, a folder of files with one unreadable, and cue
blocks whose timing line is broken (a player never shows them, so they must be reported)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from transcript_tools.check import check_captions, check_file
from transcript_tools.cli import main

from .conftest import DATA

GOOD_SRT = "1\n00:00:01,000 --> 00:00:03,000\nfine\n"


def test_a_cue_with_a_broken_timing_line_is_reported() -> None:
    srt = GOOD_SRT + "\n2\n00:00:03,600 -> 00:00:06,000\nnever shown\n"
    assert [(v.line, v.rule) for v in check_captions(srt, format="srt")] == [(6, "timing")]
    vtt = ("WEBVTT\nKind: captions\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:r\n\n"
           "NOTE two\nlines\n\nintro\n00:01.000 --> 00:03.000\nfine\n\n"
           "00:03.600 --> 00:06\nnever shown\n")
    found = [(v.line, v.rule) for v in check_captions(vtt)]
    assert found == [(17, "timing")]


def test_text_outside_any_cue_is_reported() -> None:
    srt = GOOD_SRT + "\nstray words after a blank line\n"
    found = check_captions(srt, format="srt")
    assert [(v.line, v.rule) for v in found] == [(5, "no-timing")]
    assert "cue 0" not in found[0].format("x.srt")


def test_check_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    slow = "1\n00:00:01,000 --> 00:00:01,500\n" + "x" * 40 + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(slow.encode())))
    assert main(["check", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("<stdin>:2: cue 1:") and "characters/s" in out


def test_an_unreadable_file_does_not_stop_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "a.srt", tmp_path / "b.srt"
    good.write_text(GOOD_SRT, encoding="utf-8")
    bad.write_bytes(b"\x00\x01" * 50)
    slow = tmp_path / "c.srt"
    slow.write_text("1\n00:00:01,000 --> 00:00:01,500\n" + "x" * 40 + "\n", encoding="utf-8")
    assert main(["check", str(good), str(bad), str(slow), str(tmp_path / "none.vtt")]) == 1
    captured = capsys.readouterr()
    assert f"{slow}:2: cue 1:" in captured.out
    assert f"{bad}: binary data" in captured.err and f"{tmp_path / 'none.vtt'}: no such file" \
        in captured.err
    assert "2 file(s) could not be checked" in captured.err


def test_a_line_of_spaces_inside_a_webvtt_cue_does_not_end_it() -> None:
    """YouTube writes a line of spaces under each timing line: the words below it are the
    cue's text (WebVTT ends a cue at an empty line only), not a cue without timing."""
    path = DATA / "fixtures" / "youtube_auto_captions.vtt"
    found = check_file(path)
    assert not [v for v in found if v.rule in ("empty", "timing", "no-timing")]
    # the 10 ms copies are still reported
    assert [v.cue for v in found if v.rule == "min-duration"] == [2, 4, 6]


def test_an_ssa_position_block_in_srt_is_not_read() -> None:
    """'{\\an8}' puts an SRT cue at the top; a viewer never reads its six characters."""
    line = "The ferry leaves at seven from pier four, sharp"
    plain = check_captions(f"1\n00:00:01,000 --> 00:00:04,000\n{line}\n", format="srt")
    placed = check_captions(f"1\n00:00:01,000 --> 00:00:04,000\n{{\\an8}}{line}\n",
                            format="srt")
    assert [v.message for v in placed] == [v.message for v in plain]


def test_webvtt_spaces_a_browser_does_not_show_are_not_counted() -> None:
    """Whisper writes cue lines with a leading space; a browser drops it (pre-line)."""
    line = "Tonight the river rose two metres in six hours!"[:42]
    vtt = f"WEBVTT\n\n00:00.000 --> 00:05.000\n {line}\n"
    assert len(line) == 42 and check_captions(vtt) == []

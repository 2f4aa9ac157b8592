"""`check`: every cue that breaks a layout rule, with its line, for any WebVTT/SRT file."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools.check import check_captions, check_file
from transcript_tools.cli import main
from transcript_tools.options import CAPTION_PRESETS, Options

from .conftest import DATA

BAD = DATA / "fixtures" / "layout_violations.vtt"


def test_each_broken_rule_is_reported_at_its_line() -> None:
    found = {(v.line, v.cue, v.rule) for v in check_file(BAD)}
    assert (4, 1, "width") in found
    assert (7, 2, "gap") in found and (7, 2, "min-duration") in found
    assert (10, 3, "overlap") in found and (10, 3, "max-duration") in found
    assert (11, 3, "escape") in found
    assert (13, 4, "lines") in found and (13, 4, "reading-speed") in found
    assert not any(v.cue == 5 for v in check_file(BAD))  # tags and entities are not read


def test_limits_follow_the_options() -> None:
    text = "WEBVTT\n\n00:00.000 --> 00:03.000\n" + "x" * 40 + "\n"
    assert check_captions(text) == []
    narrow = check_captions(text, Options(**CAPTION_PRESETS["bbc"]))
    assert [v.rule for v in narrow] == ["width"]


def test_srt_from_another_tool(tmp_path: Path) -> None:
    srt = tmp_path / "other.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\nfine\n\n"
                   "2\n00:00:02,500 --> 00:00:02,900\n3 < 4 is not a tag in SRT\n",
                   encoding="utf-8")
    rules = [(v.line, v.rule) for v in check_file(srt)]
    assert (6, "overlap") in rules and (6, "min-duration") in rules
    assert not any(r == "escape" for _, r in rules)


def test_cli_exit_codes_and_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     sample_text: str) -> None:
    assert main(["check", str(BAD)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith(f"{BAD}:") for line in out)
    assert f"{BAD}:4: cue 1: line 1 has 63 characters (max 42)" in out
    source = tmp_path / "sample.txt"
    source.write_text(sample_text, encoding="utf-8")
    for ext in (".vtt", ".srt"):
        target = tmp_path / f"sample{ext}"
        assert main(["clean", str(source), "-q", "-o", str(target)]) == 0
        assert main(["check", str(target)]) == 0, capsys.readouterr().out
    assert main(["check", str(tmp_path / "missing.vtt")]) == 1

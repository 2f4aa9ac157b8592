"""The command line, in-process through main(argv) and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from transcript_tools.cli import main

from .conftest import EXAMPLES

SAMPLE = str(EXAMPLES / "broadcast_interview_2020-10.txt")
NAMES = str(EXAMPLES / "names_interview_2020-10.txt")


def test_clean_to_each_format_by_extension(tmp_path: Path) -> None:
    for ext, check in [(".txt", "Nagorno-Karabakh"), (".vtt", "WEBVTT"), (".srt", "-->"),
                       (".json", '"schema"')]:
        out = tmp_path / f"out{ext}"
        assert main(["clean", SAMPLE, "--names", NAMES, "-o", str(out)]) == 0
        assert check in out.read_text(encoding="utf-8")
    record = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert record["schema"] == "transcript-tools/1"


def test_format_flag_wins_and_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", SAMPLE, "--format", "vtt"]) == 0
    assert capsys.readouterr().out.startswith("WEBVTT")


def test_missing_input_is_exit_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "no/such/file.txt"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no/such/file.txt" in err[0]


def test_bad_names_file_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "names.txt"
    bad.write_bytes(b"Caf\xe9\n")
    assert main(["clean", SAMPLE, "--names", str(bad)]) == 1
    assert "names.txt:1" in capsys.readouterr().err


def test_usage_errors_are_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["clean", SAMPLE, "--format", "docx"])
    assert exc.value.code == 2
    assert main(["clean", SAMPLE, "--min-confidence", "7"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["clean", SAMPLE, "--media-start", "half past five"])
    assert exc.value.code == 2


def test_malformed_captions_report_file_and_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.srt"
    bad.write_text("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03 -> 4\nbroken\n")
    assert main(["clean", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.srt:6" in err and "Traceback" not in err


def test_media_start_shifts_cue_times(tmp_path: Path) -> None:
    out = tmp_path / "o.json"
    assert main(["clean", SAMPLE, "--media-start", "5:33 am", "-o", str(out)]) == 0
    cues = json.loads(out.read_text())["cues"]
    # the first clock line is 5:34 am; the text before it starts within the minute before
    assert 0 <= cues[0]["start"] < 60


def test_subprocess_stdin_to_stdout() -> None:
    text = (EXAMPLES / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "transcript_tools", "clean", "-", "--format",
                           "json"], input=text.encode(), capture_output=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["schema"] == "transcript-tools/1"


def test_a_media_start_after_the_clock_lines_is_an_error_under_strict(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = EXAMPLES / "broadcast_interview_2020-10.txt"
    out = tmp_path / "x.vtt"
    assert main(["clean", str(src), "--media-start", "6:00 am", "-o", str(out)]) == 0
    assert "media start 06:00:00 is after all" in capsys.readouterr().err
    assert main(["clean", str(src), "--media-start", "6:00 am", "--strict",
                 "-o", str(out)]) != 0

"""The error hierarchy, its messages and pickling, and how the CLI maps it to exit codes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from transcript_tools import Options, clean
from transcript_tools.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from transcript_tools.errors import (
    InputError,
    LexiconError,
    OptionsError,
    ParseError,
    StrictModeError,
    TranscriptError,
    TranscriptToolsError,
)
from transcript_tools.readers import read

from .conftest import DATA, EXAMPLES

BAD = DATA / "bad"
SAMPLE = str(EXAMPLES / "broadcast_interview_2020-10.txt")


def test_one_root_and_the_subclasses_under_it() -> None:
    assert TranscriptToolsError is TranscriptError
    for cls in (InputError, ParseError, LexiconError, OptionsError, StrictModeError):
        assert issubclass(cls, TranscriptError)
    assert issubclass(ParseError, InputError) and issubclass(OptionsError, ValueError)


def test_errors_print_as_path_line_column_and_pickle_with_their_inputs() -> None:
    err = ParseError("malformed cue timing", path="a.srt", line=6, column=3, snippet="00:0")
    assert str(err) == "a.srt:6:3: malformed cue timing (near '00:0')"
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is ParseError and str(back) == str(err)
    assert (back.path, back.line, back.column, back.snippet) == ("a.srt", 6, 3, "00:0")
    assert str(InputError("no such file")) == "<input>: no such file"


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read(tmp_path)
    from transcript_tools.check import check_file

    with pytest.raises(InputError, match="is a directory, not a file"):
        check_file(tmp_path)  # the same words as `read`, not the system's "Is a directory"


def test_strict_option_turns_reader_warnings_into_errors() -> None:
    text = (BAD / "clock_backwards.txt").read_text(encoding="utf-8")
    assert clean(text).warnings
    with pytest.raises(StrictModeError, match="backwards") as exc:
        clean(text, options=Options(strict=True))
    assert exc.value.line == 3
    with pytest.raises(StrictModeError, match="cp1252"):
        clean(read(BAD / "cp1252_smart_quotes.txt"), options=Options(strict=True))


# --- the command line --------------------------------------------------------------------

def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(argv)
    return code, capsys.readouterr().err.strip().splitlines()


@pytest.mark.parametrize(("name", "message"), [
    ("empty.txt", "input is empty"),
    ("whitespace_only.txt", "input is empty"),
    ("binary_png_header.txt", "binary data"),
    ("srt_arrow_missing.srt", "srt_arrow_missing.srt:6: malformed cue timing"),
    ("vtt_header_missing.vtt", "vtt_header_missing.vtt:1: WebVTT file must start"),
])
def test_bad_input_is_exit_1_and_one_line(name: str, message: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.vtt"
    code, err = _run(["clean", str(BAD / name), "-o", str(out)], capsys)
    assert code == EXIT_INPUT and len(err) == 1, err
    assert err[0].startswith("transcript-tools: error: ") and message in err[0]
    assert not out.exists()


def test_warnings_are_printed_with_file_and_line_and_exit_0(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["clean", str(BAD / "cp1252_smart_quotes.txt"), "-o",
                      str(tmp_path / "o.txt")], capsys)
    assert code == EXIT_OK
    assert err == [f"{BAD / 'cp1252_smart_quotes.txt'}:2: warning: not valid UTF-8 (first bad "
                   "byte on line 2); those bytes decoded as cp1252 (Windows-1252, which reads "
                   "latin-1 text the same)"]
    assert "\u201cwe will not\u201d" in (tmp_path / "o.txt").read_text(encoding="utf-8")
    code, err = _run(["clean", str(BAD / "clock_jump_hours.txt"), "-q", "-o",
                      str(tmp_path / "o.txt")], capsys)
    assert code == EXIT_OK and err == []


@pytest.mark.parametrize(("name", "what"), [
    ("cp1252_smart_quotes.txt", "cp1252"),       # a decoding warning
    ("clock_backwards.txt", "runs backwards"),   # a reader warning
    ("srt_text_after_blank_line.srt", "blank line inside a cue"),
])
def test_strict_turns_each_warning_into_exit_1(name: str, what: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.vtt"
    code, err = _run(["clean", str(BAD / name), "--strict", "-o", str(out)], capsys)
    assert code == EXIT_INPUT and len(err) == 1 and what in err[0] and "--strict" in err[0]
    assert not out.exists()


def test_strict_on_clean_input_is_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["clean", str(BAD / "crlf_line_ends.txt"), "--strict"], capsys)
    assert code == EXIT_OK


def test_usage_errors_are_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["clean", SAMPLE, "--input-format", "docx"])
    assert exc.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == EXIT_USAGE
    capsys.readouterr()
    code, err = _run(["clean", SAMPLE, "--max-lines", "0"], capsys)
    assert code == EXIT_USAGE and len(err) == 1


def test_names_file_errors_name_the_file_and_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["clean", SAMPLE, "--names", str(BAD / "names_binary.txt")], capsys)
    assert code == EXIT_INPUT and len(err) == 1
    assert f"{BAD / 'names_binary.txt'}:1: names file has a control character" in err[0]


def test_large_input_goes_through_chunks_and_strict_still_stops_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, sample_text: str) -> None:
    import transcript_tools.cli as cli

    monkeypatch.setattr(cli, "LARGE_INPUT", 20_000)
    big = tmp_path / "big.txt"
    big.write_text(sample_text * 2 + "5:00 am\n>> the clock ran back\n", encoding="utf-8")
    out = tmp_path / "big.srt"
    code, err = _run(["clean", str(big), "-o", str(out)], capsys)
    assert code == EXIT_OK and any("backwards" in line for line in err)
    assert out.read_text(encoding="utf-8").startswith("1\n")
    code, err = _run(["clean", str(big), "--strict", "-o", str(out)], capsys)
    assert code == EXIT_INPUT and len(err) == 1 and not out.exists()


def test_unwritable_output_is_exit_1_and_one_line(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "out.vtt"
    code, err = _run(["clean", str(BAD / "crlf_line_ends.txt"), "-o", str(target)], capsys)
    assert code == EXIT_INPUT and len(err) == 1
    assert str(target) in err[0] and "cannot write" in err[0]


def test_clean_given_a_path_points_to_reading_the_file() -> None:
    with pytest.raises(TypeError, match=r"clean\(read\(path\)\).*clean_file"):
        clean(Path("transcript.srt"))  # type: ignore[arg-type]


def test_an_option_error_names_no_input() -> None:
    with pytest.raises(OptionsError) as err:
        Options(max_cps=-1)
    assert str(err.value) == "max_cps must be positive, not -1"

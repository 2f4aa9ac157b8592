"""Batch edges a user trips on: the output folder inside (or equal to) the input folder,
warnings per file, --strict like `clean`, bad --jobs, path-like strings in `clean_many`."""

from __future__ import annotations

from pathlib import Path

import pytest

import transcript_tools as tt
from transcript_tools.batch import input_files, run_batch
from transcript_tools.cli import main
from transcript_tools.errors import InputError, OptionsError

from .conftest import EXAMPLES

SAMPLE = EXAMPLES / "broadcast_interview_2020-10.txt"


def _folder(path: Path, count: int = 2) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    for i in range(count):
        (path / f"show{i}.txt").write_text("".join(lines[i * 6:i * 6 + 6]), encoding="utf-8")
    return path


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in")
    first = run_batch(src, src / "clean", ["text", "vtt"], jobs=1)
    assert (first.files, first.done) == (2, 2)
    again = run_batch(src, src / "clean", ["text", "vtt"], jobs=1)
    assert (again.files, again.skipped, again.done) == (2, 2, 0)
    assert not (src / "clean" / "clean").exists()


def test_output_folder_equal_to_input_folder_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path / "in")
    with pytest.raises(OptionsError, match="input folder"):
        run_batch(src, src, ["text"], jobs=1)
    assert main(["batch", str(src), str(src), "-q"]) == 2
    assert "input folder" in capsys.readouterr().err
    assert sorted(p.name for p in src.iterdir()) == ["show0.txt", "show1.txt"]


def test_missing_input_folder_and_file_as_output_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path / "in")
    assert main(["batch", str(tmp_path / "nope"), str(tmp_path / "o")]) == 1
    assert "no such directory" in capsys.readouterr().err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["batch", str(src), str(tmp_path / "file")]) == 1
    err = capsys.readouterr().err
    assert "not a directory" in err and "File exists" not in err


def test_negative_jobs_is_a_usage_error(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path / "in")
    with pytest.raises(SystemExit) as stop:
        main(["batch", str(src), str(tmp_path / "o"), "--jobs", "-2"])
    assert stop.value.code == 2
    assert "--jobs" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def _latin1(folder: Path) -> Path:
    path = folder / "legacy.txt"
    path.write_bytes(b"5:34 am\n>> caf\xe9 owners said prices rose\n")
    return path


def test_batch_prints_each_files_warnings_with_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path / "in", 1)
    legacy = _latin1(src)
    assert main(["batch", str(src), str(tmp_path / "o"), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert f"{legacy}:2: warning: not valid UTF-8" in err
    assert main(["batch", str(src), str(tmp_path / "q"), "-j", "1", "-q"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_batch_strict_fails_a_file_exactly_when_clean_strict_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    fast = src / "fast.srt"  # 46 characters in 2.5 s: a reading-speed warning, no input warning
    fast.write_text("1\n00:00:01,000 --> 00:00:03,500\nthe president of france\n"
                    "spoke today in paris\n", encoding="utf-8")
    clean_code = main(["clean", str(fast), "--strict", "-o", str(tmp_path / "one.vtt")])
    capsys.readouterr()
    batch_code = main(["batch", str(src), str(tmp_path / "o"), "-j", "1", "--strict",
                       "--format", "vtt"])
    err = capsys.readouterr().err
    assert clean_code == batch_code == 1
    assert "fast.srt" in err and "1 failed" in err


def test_clean_many_reports_a_mistyped_path_instead_of_cleaning_its_name(
        tmp_path: Path) -> None:
    missing, folder = str(tmp_path / "missing.txt"), str(tmp_path)
    results = list(tt.clean_many([missing, folder, "good evening"]))
    assert [r.ok for r in results] == [False, False, True]
    assert isinstance(results[0].error, InputError) and "no such file" in str(results[0].error)
    assert results[0].name == missing
    assert isinstance(results[1].error, InputError)


def test_batch_takes_the_cleaning_and_layout_flags_of_clean(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", 1)
    flags = ["--preset", "bbc", "--max-cps", "20", "--speakers", "1", "--keep-sound-cues"]
    assert main(["batch", str(src), str(tmp_path / "o"), "-j", "1", "-q", "--format", "vtt",
                 *flags]) == 0
    assert main(["clean", str(src / "show0.txt"), "-q", "-o", str(tmp_path / "one.vtt"),
                 *flags]) == 0
    batch_vtt = (tmp_path / "o" / "show0.vtt").read_text(encoding="utf-8")
    assert batch_vtt == (tmp_path / "one.vtt").read_text(encoding="utf-8")
    assert max(len(line) for line in batch_vtt.splitlines() if "-->" not in line) <= 37


def test_a_folder_without_transcripts_says_so(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    assert main(["batch", str(src), str(tmp_path / "o")]) == 0
    assert f"{src}: warning: no transcripts (.txt, .srt, .vtt, .json, .ssa, .ass) found" in \
        capsys.readouterr().err


def test_a_file_over_the_large_input_size_is_cleaned_in_chunks_as_clean_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transcript_tools import batch, cli, stream

    src = tmp_path / "in"
    src.mkdir()
    big = src / "big.txt"
    big.write_text(SAMPLE.read_text(encoding="utf-8") * 2, encoding="utf-8")
    monkeypatch.setattr(cli, "LARGE_INPUT", 20_000)
    monkeypatch.setattr(batch, "LARGE_INPUT", 20_000)
    chunked: list[str] = []

    def spy(text: str, cleaner: tt.Cleaner, **kwargs: object) -> object:
        chunked.append(str(kwargs.get("path")))
        return stream.clean_chunks(text, cleaner, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "clean_chunks", spy)
    assert main(["batch", str(src), str(tmp_path / "o"), "-j", "1", "-q",
                 "--format", "vtt,json"]) == 0
    assert chunked == [str(big)]  # once for both formats, never the whole file at once
    for fmt in ("vtt", "json"):
        assert main(["clean", str(big), "-q", "-o", str(tmp_path / f"one.{fmt}")]) == 0
        assert (tmp_path / "o" / f"big.{fmt}").read_bytes() == \
            (tmp_path / f"one.{fmt}").read_bytes()


def test_negative_jobs_in_the_library_is_an_options_error(tmp_path: Path) -> None:
    with pytest.raises(OptionsError, match="jobs"):
        tt.clean_many(["good evening"], jobs=-1)  # at the call, like its other checks
    with pytest.raises(OptionsError, match="jobs"):
        run_batch(_folder(tmp_path / "in", 1), tmp_path / "o", jobs=-3)


def test_include_and_exclude_choose_the_files_by_name_or_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an archive folder that also holds notes and metadata as .json (no Whisper output)
    src = tmp_path / "in"
    (src / "2020" / "cnn").mkdir(parents=True)
    (src / "2021").mkdir()
    text = "5:34 am\nthe council met on tuesday and voted for the plan\n"
    for rel in ("2020/cnn/a.txt", "2020/b.txt", "2021/c.txt", "2021/c.srt"):
        (src / rel).write_text(text if rel.endswith(".txt") else
                               "1\n00:00:01,000 --> 00:00:03,000\nthe council met\n")
    (src / "2020" / "meta.json").write_text('{"channel": "CNN"}')
    names = [p.relative_to(src).as_posix()
             for p in input_files(src, include=["*.txt"])]
    assert names == ["2020/b.txt", "2020/cnn/a.txt", "2021/c.txt"]
    names = [p.relative_to(src).as_posix()
             for p in input_files(src, include=["2020/*"], exclude=["meta.*", "*/cnn/*"])]
    assert names == ["2020/b.txt"]
    # from the command line: the .json that is no transcript is never read, so nothing fails
    assert main(["batch", str(src), str(tmp_path / "out"), "--include", "*.txt",
                 "--include", "*.srt", "--exclude", "2021/*.srt", "-j", "1", "-q"]) == 0
    outs = sorted(p.relative_to(tmp_path / "out").as_posix()
                  for p in (tmp_path / "out").rglob("*") if p.is_file())
    # 2021/c.txt keeps its suffix beside the excluded 2021/c.srt, as in a run without the
    # filters: a filter never renames a file's outputs (a later full run would clean it again)
    assert outs == ["2020/b.txt", "2020/cnn/a.txt", "2021/c.txt.txt"]
    assert main(["batch", str(src), str(tmp_path / "o2"), "--include", "*.docx"]) == 0
    assert "matching --include/--exclude" in capsys.readouterr().err

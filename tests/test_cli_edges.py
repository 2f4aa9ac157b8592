"""The command line where a user slips: an output that would overwrite the input, `-` in odd
places, errors that concern no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_tools.cli import main

TEXT = "5:34 am\n>> the president of france spoke today\n"


@pytest.mark.parametrize("command", ["clean", "review"])
def test_output_that_would_overwrite_the_input_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    src = tmp_path / "show.txt"
    src.write_text(TEXT, encoding="utf-8")
    same = tmp_path / "." / "show.txt"
    assert main([command, str(src), "-o", str(same)]) == 2
    assert "would overwrite the input" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == TEXT


@pytest.mark.parametrize("option", ["--names", "--reference"])
def test_output_that_would_overwrite_a_names_or_reference_file_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str) -> None:
    src, side = tmp_path / "show.txt", tmp_path / "side.txt"
    src.write_text(TEXT, encoding="utf-8")
    side.write_text("Emmanuel Macron\n", encoding="utf-8")
    assert main(["clean", str(src), option, str(side), "-o", str(side)]) == 2
    assert side.read_text(encoding="utf-8") == "Emmanuel Macron\n"


@pytest.mark.parametrize("command", ["clean", "review", "batch"])
def test_a_legacy_encoded_reference_is_warned_about_by_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "show.txt").write_text(TEXT, encoding="utf-8")
    ref = tmp_path / "article.txt"
    ref.write_bytes(b"President Emmanuel Macron spoke.\nCaf\xe9 owners agreed.\n")
    target = [str(src), str(tmp_path / "out")] if command == "batch" else \
        [str(src / "show.txt"), "-o", str(tmp_path / "out.html")]
    assert main([command, *target, "--reference", str(ref)]) == 0
    assert f"{ref}:2: warning: not valid UTF-8" in capsys.readouterr().err


def test_review_takes_the_cleaning_flags_of_clean(tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    sample = str(EXAMPLES / "broadcast_interview_2020-10.txt")
    names = str(EXAMPLES / "names_interview_2020-10.txt")
    page, plain = tmp_path / "names.html", tmp_path / "plain.html"
    assert main(["review", sample, "--names", names, "-q", "-o", str(page)]) == 0
    assert main(["review", sample, "--names", names, "-q", "--no-names", "--preset", "bbc",
                 "--speakers", "2", "-o", str(plain)]) == 0
    assert '"kind":"name"' in page.read_text(encoding="utf-8")
    assert '"kind":"name"' not in plain.read_text(encoding="utf-8")


def test_input_that_cleans_to_nothing_is_warned_about(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    music = src / "music.txt"
    music.write_text("5:34 am\n[music]\n5:35 am\n(applause)\n", encoding="utf-8")
    assert main(["clean", str(music), "-o", str(tmp_path / "m.vtt")]) == 0
    assert f"{music}: warning: the clean text is empty" in capsys.readouterr().err
    assert main(["batch", str(src), str(tmp_path / "o"), "-j", "1"]) == 0
    assert f"{music}: warning: the clean text is empty" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["clean", "review", "batch"])
def test_a_name_given_where_a_names_file_belongs_gets_a_hint(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    src = tmp_path / "show.txt"
    src.write_text(TEXT, encoding="utf-8")
    target = [str(tmp_path), str(tmp_path / "o")] if command == "batch" else [str(src)]
    assert main([command, *target, "--names", "Emmanuel Macron"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("transcript-tools: error: Emmanuel Macron: no such names file (--names "
                   "takes a file with one name per line)")

"""The README's shown outputs and the CLI's help say what the code does (ux6): the example's
names before/after, the JSON record's fields, the caption table's defaults and presets, the
batch summary line, the synopsis' flags, the library's signature."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import transcript_tools as tt
from transcript_tools.cli import build_parser, main
from transcript_tools.options import CAPTION_PRESETS, MAX_MEDIA_START, Options

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = ROOT / "examples"


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def _blocks(text: str, lang: str | None = None) -> list[str]:
    """The fenced blocks of ``text`` (of one language, or all), fences paired in order."""
    blocks = regex.findall(r"^```(\w*)\n(.*?)^```$", text, flags=regex.S | regex.M)
    return [body for tag, body in blocks if lang is None or tag == lang]


def _help(command: str) -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sub.choices[command].format_help()  # type: ignore[union-attr]


def test_names_before_after_is_the_examples_real_output(tmp_path: Path) -> None:
    """The README's "(real output)" lines: the demo's clean of the example broadcast, with its
    names file and article, holds every "after" line where the source holds its "before"."""
    block = next(b for b in _blocks(_section("Names")) if b.startswith("before:"))
    pairs = regex.findall(r"before: (.*)\nafter: +(.*)", block)
    assert len(pairs) == 3
    out = tmp_path / "interview.txt"
    assert main(["clean", str(EXAMPLES / "broadcast_interview_2020-10.txt"), "-q",
                 "--names", str(EXAMPLES / "names_interview_2020-10.txt"),
                 "--reference", str(EXAMPLES / "article_same_story_2020-10.txt"),
                 "-o", str(out)]) == 0
    source = (EXAMPLES / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    text = " ".join(out.read_text(encoding="utf-8").split())
    for before, after in pairs:
        assert before in source
        assert after in text, after
    assert "does or by john launched" not in text  # the garble itself is gone


def test_the_json_records_fields_are_the_readmes() -> None:
    shown = json.loads(_blocks(_section("The JSON record"), "json")[0])
    raw = "5:34 am\n>> good morning, the ferry to the island is late again. why\n"
    record = tt.clean(raw).to_dict()
    assert list(record) == list(shown)
    assert record["schema"] == shown["schema"]
    assert set(shown["metadata"]) <= set(record["metadata"]) | {"source", "channel", "date"}
    for key in ("corrections", "turns", "cues"):
        assert list(record[key][0]) == list(shown[key][0]), key
    first = record["corrections"][0]
    assert {k: first[k] for k in ("start", "end", "original", "replacement", "kind", "rule")} \
        == {k: shown["corrections"][0][k]
            for k in ("start", "end", "original", "replacement", "kind", "rule")}
    assert record["turns"][0]["speaker"] == "Speaker 1" and record["turns"][0]["speaker_id"] == "S1"


def test_the_caption_tables_defaults_are_the_options() -> None:
    section = _section("Captions")
    rows = dict(regex.findall(r"^\| ([^|]+?) \| ([^|]+?) \|", section, flags=regex.M))
    o, bbc = Options(), Options(**CAPTION_PRESETS["bbc"])
    assert rows["characters per line"] == \
        f"{o.max_line_chars} (`--preset bbc`: {bbc.max_line_chars})"
    assert rows["lines per cue"] == str(o.max_lines)
    assert rows["reading speed"].startswith(f"{o.max_cps:g} characters/s")
    assert rows["duration"] == "5/6 s to 7 s"
    assert abs(o.min_duration - 5 / 6) < 1e-9 and o.max_duration == 7
    gap = rows["gap between cues"]
    assert f"({round(o.min_gap * 1000)} ms;" in gap and f"{round(bbc.min_gap * 1000)} ms;" in gap
    assert "`>> `" in rows["SRT mark of a change to an unnamed speaker"]
    assert Options().speaker_mark == "chevrons"
    assert {name for name, preset in CAPTION_PRESETS.items()
            if preset.get("speaker_mark") == "dash"} == {"netflix", "bbc"}
    assert "[--preset us|netflix|bbc]" in README
    assert sorted(CAPTION_PRESETS) == ["bbc", "netflix", "us"]


def test_the_synopsis_flags_are_the_commands() -> None:
    block = _blocks(_section("Command line"), "sh")[0]
    for line in regex.split(r"\n(?=transcript-tools )", block):
        command = line.split()[1]
        flags = set(regex.findall(r"(?<![\w-])--[a-z][a-z-]*[a-z]", line)) - {"--no-STAGE"}
        listed = _help(command)
        for flag in flags:
            assert flag in listed, (command, flag)
    clean_help = _help("clean")
    for stage in ("names", "spelling", "punctuation", "casing", "numbers", "artifacts",
                  "turns"):
        assert f"--no-{stage}" in clean_help
        assert hasattr(Options(), stage)


def test_the_librarys_signature_is_the_readmes() -> None:
    shown = regex.search(r"`tt\.clean\((text, \*, [^`]*)\)`", README)
    assert shown is not None
    params = inspect.signature(tt.clean).parameters.values()
    actual = ", ".join(("*, " if p.kind is p.KEYWORD_ONLY and k == 1 else "")
                       + p.name + ("" if p.default is p.empty else f"={p.default!r}")
                       for k, p in enumerate(params))
    assert shown.group(1) == actual


def test_the_batch_summary_line_has_the_readmes_shape(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown = next(b for b in _blocks(_section("Speed and scale"))
                 if b.startswith("transcript-tools: ") and "files:" in b).strip()
    pattern = regex.escape(shown)
    pattern = regex.sub(r"\d[\d,]*(\\\.\d+)?", r"[\\d,]+(?:\\.\\d+)?", pattern)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("5:34 am\n>> the tide at the harbour is high tonight\n"
                               "5:20 am\n>> the clock ran back\n", encoding="utf-8")
    (src / "b.txt").write_text("", encoding="utf-8")
    assert main(["batch", str(src), str(tmp_path / "out"), "-j", "1"]) == 1
    err = capsys.readouterr().err
    summary = [line for line in err.splitlines() if "files:" in line]
    assert len(summary) == 1 and regex.fullmatch(pattern, summary[0]), (pattern, summary)
    assert "transcript-tools: failed: " in err


def test_check_reports_in_the_readmes_form(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    srt = tmp_path / "fast.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nthe whole crew of the lifeboat came "
                   "home safely tonight after the storm\n", encoding="utf-8")
    assert main(["check", str(srt)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(regex.match(rf"{regex.escape(str(srt))}:\d+: cue 1: ", line)
                       for line in out)
    ok = tmp_path / "ok.srt"
    ok.write_text("1\n00:00:01,000 --> 00:00:04,000\nThe crew came home.\n", encoding="utf-8")
    assert main(["check", str(ok)]) == 0


def test_help_says_what_each_preset_and_stage_does() -> None:
    clean_help = " ".join(_help("clean").split())
    assert "bbc: 37 characters per line" in clean_help
    assert "us writes '>> '" in clean_help and "netflix and bbc a new cue" in clean_help
    assert "--no-punctuation skip the punctuation stage (sentence ends" in clean_help
    check_help = " ".join(_help("check").split())
    assert "bbc: 37 characters per line" in check_help
    assert ">>" not in check_help  # check reads cues: no speaker mark is chosen there
    top = subprocess.run([sys.executable, "-m", "transcript_tools", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "speaker turns" in top and "COMMAND --help" in top


def test_a_media_start_out_of_range_names_the_range() -> None:
    assert Options(media_start=MAX_MEDIA_START - 1).media_start == MAX_MEDIA_START - 1
    for bad in (-1.0, float(MAX_MEDIA_START)):
        with pytest.raises(tt.OptionsError, match=rf"below {MAX_MEDIA_START} .* not {bad}"):
            Options(media_start=bad)


def test_streamed_speakers_share_one_numbering() -> None:
    """The README's "Very large input": chunks of broadcast text keep one id per speaker
    across the chunks, and a speaker without a name shows the count of unnamed speakers a
    clean in one piece shows ("Speaker 1" for `S2` after a named `S1`, turns39)."""
    from transcript_tools.stream import clean_chunks

    part = ("{h}:00 am\n>> good morning, i'm dana ruiz with the farm report. how were the "
            "fields this week?\n>> well, the rain came late and the barley is thin.\n")
    text = "".join(part.format(h=h) for h in range(5, 9))
    chunks = list(clean_chunks(text, tt.Cleaner(), max_chars=200))
    assert len(chunks) > 1
    shown = [(t.speaker, t.display_name) for c in chunks for t in c.transcript.turns]
    whole = [(t.speaker, t.display_name) for t in tt.clean(text).turns]
    assert shown == whole
    assert set(whole) == {("S1", "Dana Ruiz"), ("S2", "Speaker 1")}

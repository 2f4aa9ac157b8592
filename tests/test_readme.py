"""The README's examples run and its command lines, JSON record and option names match the
code, so they never rot."""

from __future__ import annotations

import argparse
import dataclasses
import json

import regex

import transcript_tools as tt
from transcript_tools.cliargs import build_parser

from .conftest import DATA, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_blocks_run() -> None:
    blocks = regex.findall(r"```python\n(.*?)```", README, flags=regex.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})


def _command_flags() -> dict[str, set[str]]:
    """Every option string of each subcommand, from the parser the CLI uses."""
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: {o for a in sub._actions for o in a.option_strings}
            for name, sub in action.choices.items()}


def unknown_flags(text: str, commands: dict[str, set[str]]) -> list[str]:
    """``command --flag`` pairs that a ``transcript-tools COMMAND ...`` line of ``text``
    gives but that command's parser does not know (a synopsis line continued on indented
    lines counts as one; ``--no-STAGE`` stands for the stage switches; a ``#`` comment
    ends the line)."""
    text = regex.sub(r"\n[ \t]+(?=\[|-)", " ", text)
    bad = []
    for m in regex.finditer(r"transcript-tools (\w+)\b([^`\n]*)", text):
        if m[1] not in commands:
            continue
        line = m[2].split(" #", 1)[0]
        for flag in regex.findall(r"(?<![\w-])--?[A-Za-z][\w-]*", line):
            if flag not in commands[m[1]] and flag != "--no-STAGE":
                bad.append(f"{m[1]} {flag}")
    return bad


def test_readme_and_docs_command_lines_name_real_flags() -> None:
    commands = _command_flags()
    assert set(commands) == {"clean", "check", "review", "batch"}
    texts = [README] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    assert [bad for text in texts for bad in unknown_flags(text, commands)] == []
    # the check itself: a flag that no command has, and one another command has, are caught
    assert unknown_flags("transcript-tools clean IN --names F --no-such-flag", commands) == \
        ["clean --no-such-flag"]
    assert unknown_flags("transcript-tools check A.vtt\n    [--names FILE]", commands) == \
        ["check --names"]
    assert unknown_flags("transcript-tools batch IN OUT -j 2  # --anything", commands) == []


def test_readme_json_record_has_the_real_fields() -> None:
    """The README's JSON record shows no field a real record lacks, and lacks no top-level
    field, turn, cue or correction field that one has."""
    shown = json.loads(regex.search(r"```json\n(.*?)```", README, flags=regex.S)[1])
    real = tt.clean(tt.read(DATA / "fixtures" / "archive_page.txt")).to_dict()
    assert set(shown) == set(real)
    assert set(shown["metadata"]) <= set(real["metadata"])
    for key in ("corrections", "turns", "cues"):
        assert real[key], key
        assert set(shown[key][0]) == set(real[key][0]), key


def test_readme_option_names_are_fields_of_options() -> None:
    fields = {f.name for f in dataclasses.fields(tt.Options)}
    named = set(regex.findall(r"Options\((\w+)=", README))
    named |= set(regex.findall(r"`(\w+)=(?:True|False|N\b|\d)", README))
    for row in regex.findall(r"^\|[^|\n]*\|[^|\n]*\| (`\w+`(?:, `\w+`)*)", README, flags=regex.M):
        named |= set(regex.findall(r"`(\w+)`", row))   # the caption rules' option column
    assert len(named) >= 10
    assert sorted(named - fields) == []

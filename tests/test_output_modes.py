"""Outputs are written through a temporary file (`writers.atomic_file`); the finished file
must get the mode a plain `open` gives a new file, not `tempfile.mkstemp`'s owner-only 0o600
(an archive's outputs are read by the group that shares it), and a rewritten file keeps the
mode its owner set."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from transcript_tools.writers import atomic_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_output_gets_the_mode_open_would_give_it(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        atomic_file(tmp_path / "ours.txt", lambda out: out.write("words\n"))
        with open(tmp_path / "plain.txt", "w") as f:
            f.write("words\n")
    finally:
        os.umask(old)
    assert (tmp_path / "ours.txt").read_text() == "words\n"
    assert _mode(tmp_path / "ours.txt") == _mode(tmp_path / "plain.txt") == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_rewritten_output_keeps_its_owners_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.vtt"
    target.write_text("WEBVTT\n")
    target.chmod(0o604)
    atomic_file(target, lambda out: out.write("WEBVTT\n\nNOTE again\n"))
    assert target.read_text() == "WEBVTT\n\nNOTE again\n"
    assert _mode(target) == 0o604

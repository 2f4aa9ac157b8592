"""`Transcript`'s writers called with a format it does not know: one of the library's errors
(the README promises every error derives from `TranscriptError`), naming the formats known."""

from __future__ import annotations

from pathlib import Path

import pytest

import transcript_tools as tt


def test_unknown_format_is_an_options_error(tmp_path: Path) -> None:
    t = tt.clean("5:34 am\n>> good evening\n")
    with pytest.raises(tt.OptionsError, match="known: text, vtt, srt, json"):
        t.render("docx")
    with pytest.raises(tt.OptionsError):
        t.save(tmp_path / "x.txt", format="html")
    assert not (tmp_path / "x.txt").exists()
    assert t.save(tmp_path / "x.srt").read_text(encoding="utf-8") == t.to_srt()

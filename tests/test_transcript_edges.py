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


def test_save_is_atomic(tmp_path: Path) -> None:
    """A writer that fails leaves the earlier file as it was and no temporary file; a
    save that succeeds replaces it whole."""
    t = tt.clean("5:34 am\n>> good evening. the first story tonight is the weather.\n"
                 "5:35 am\n>> thank you. it will rain all week.\n")
    target = tmp_path / "x.vtt"
    target.write_text("earlier", encoding="utf-8")
    cues = t.document.cues
    assert len(cues) >= 2
    bad = tt.Transcript(t.document.replace(cues=(cues[1], cues[0])))
    with pytest.raises(ValueError, match="out of order"):
        bad.save(target)
    assert target.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["x.vtt"]
    t.save(target)
    assert target.read_text(encoding="utf-8") == t.to_webvtt()
    assert [p.name for p in tmp_path.iterdir()] == ["x.vtt"]


def test_save_errors_name_the_file_asked_for(tmp_path: Path) -> None:
    t = tt.clean("5:34 am\n>> good evening.\n")
    (tmp_path / "taken").mkdir()
    for target in (tmp_path / "missing" / "x.vtt", tmp_path / "taken"):
        with pytest.raises(OSError) as err:
            t.save(target, format="vtt")
        assert err.value.filename == str(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]

"""A cue's reading time counts only the characters some output writes in it (ux7): a dialogue
cue shared by two unnamed speakers ("- " on each line) is written without the ">> " whose room
`Layout._marked` counts in an unnamed turn's first cue under the ``us`` preset, so it is timed
as under ``netflix``; a turn's first cue that is no dialogue keeps the mark's reading time."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from transcript_tools import Transcript, clean, read
from transcript_tools.options import CAPTION_PRESETS, Options

from .captionfiles import srt

# a depot's timetable; the last source cue holds two speakers' lines, marked with dashes
DIALOGUE = [
    ("00:00:01,000", "00:00:04,000", "The bus leaves the depot at seven."),
    ("00:00:04,500", "00:00:07,000", "It stops at the old mill first."),
    ("00:00:07,500", "00:00:09,000", "- Who is driving?\n- Dana is driving, I think."),
]
# the same change of speaker marked ">>" on a cue of its own, too short to read in
MARKED = [
    ("00:00:01,000", "00:00:04,000", "The bus leaves the depot at seven."),
    ("00:00:04,500", "00:00:05,500", ">> Who is driving the early bus today?"),
    ("00:00:09,000", "00:00:12,000", ">> Dana drives it on weekdays."),
]


def vtt(blocks: list[tuple[str, str, str]]) -> str:
    return "WEBVTT\n\n" + "".join(f"{s.replace(',', '.')} --> {e.replace(',', '.')}\n{text}\n\n"
                                  for s, e, text in blocks)


def cleaned(tmp_path: Path, text: str, name: str, preset: str) -> Transcript:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read(path), options=Options(**CAPTION_PRESETS[preset]))


def reading_ms(chars: int) -> int:
    return math.ceil(chars * 1000 / Options().max_cps - 1e-6)


def times(t: Transcript) -> list[tuple[float, float]]:
    return [(c.start, c.end) for c in t.cues]


@pytest.mark.parametrize("name", ["in.srt", "in.vtt"])
def test_a_dialogue_cue_reads_its_lines_and_dashes_only(tmp_path: Path, name: str) -> None:
    text = srt(DIALOGUE) if name.endswith(".srt") else vtt(DIALOGUE)
    us, netflix = (cleaned(tmp_path, text, name, p) for p in ("us", "netflix"))
    last = us.cues[-1]
    assert last.lines == ("Who is driving?", "Dana is driving, I think.")
    # what each writer puts in it: the two lines, a line break, two dashes; no ">> "
    out = us.to_srt()
    assert "- Who is driving?\n- Dana is driving, I think." in out and ">>" not in out
    assert "- Who is driving?" in us.to_webvtt()
    need = reading_ms(sum(map(len, last.lines)) + 1 + 4)  # 45 characters: 2.648 s
    assert round((last.end - last.start) * 1000) == need == 2648  # (main: 3.000 s, 51)
    assert times(us) == times(netflix)  # the mark's preset times it as the dash's does


def test_a_turns_first_cue_without_a_dialogue_keeps_the_marks_time(tmp_path: Path) -> None:
    us, netflix = (cleaned(tmp_path, srt(MARKED), "in.srt", p) for p in ("us", "netflix"))
    assert "\n>> Who is driving the early bus today?\n" in us.to_srt()
    assert ">>" not in netflix.to_srt()
    words = "Who is driving the early bus today?"  # 35 characters
    for t, chars in ((us, len(">> ") + len(words)), (netflix, len(words))):
        cue = next(c for c in t.cues if c.lines == (words,))
        assert round((cue.end - cue.start) * 1000) == reading_ms(chars)
    assert times(us) != times(netflix)
    # SRT and WebVTT keep the same times under "us" (the mark's time is in both)
    assert us.document.srt_cues == () or [(c.start, c.end) for c in us.document.srt_cues] \
        == times(us)

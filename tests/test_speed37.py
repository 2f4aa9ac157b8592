"""SRT's own cues for its ">> " (speed37): a turn whose first cue only has its lines set anew
for the mark keeps WebVTT's cues and times without timing them again; a turn cut again is
still timed on its stretch."""

from __future__ import annotations

import pytest

import transcript_tools.layout as layout
from transcript_tools import clean
from transcript_tools.options import Options

# a named warden, an unnamed climber (a change of speaker after a sentence's end)
RESCUE = """6:00 pm
>> ANNA BERG: the mountain rescue team brought two climbers down from the ridge tonight. \
one of them joins us now.
>> the weather turned quickly after noon and the cloud came down over the summit path.
>> ANNA BERG: what would you tell other walkers?
>> check the forecast before you leave the valley.
6:01 pm
"""


def timed(monkeypatch: pytest.MonkeyPatch, width: int) -> tuple[object, list[int]]:
    calls: list[int] = []
    fit = layout.fit_times

    def counted(*args: object) -> object:
        calls.append(len(args[3]))  # type: ignore[arg-type]
        return fit(*args)  # type: ignore[arg-type]
    monkeypatch.setattr(layout, "fit_times", counted)
    return clean(RESCUE, options=Options(max_line_chars=width)), calls


def test_lines_set_anew_keep_webvtt_cues_untimed(monkeypatch: pytest.MonkeyPatch) -> None:
    # a narrow line: each unnamed speaker's first cue fills its first line, set anew with the
    # mark beside it
    t, calls = timed(monkeypatch, 18)
    srt_cues = t.document.srt_cues  # type: ignore[attr-defined]
    cues = t.cues  # type: ignore[attr-defined]
    assert srt_cues and len(srt_cues) == len(cues)
    moved = [k for k, (c, d) in enumerate(zip(srt_cues, cues)) if c is not d]
    # the two turns' first cues set anew (their words and times WebVTT's), every other cue
    # WebVTT's own object
    assert len(moved) == 2
    for k in moved:
        c, d = srt_cues[k], cues[k]
        assert c.lines != d.lines and " ".join(c.lines) == " ".join(d.lines)
        assert c.lines[0].startswith(">> ") is False  # (the writer adds the mark)
        assert (c.start, c.end, c.first, c.stop) == (d.start, d.end, d.first, d.stop)
        assert len(c.lines[0]) + 3 <= 18 < len(d.lines[0]) + 3
    assert len(calls) == 1  # the one timing of every cue: no stretch timed again
    # the same as timing SRT's cues whole
    monkeypatch.setattr(layout, "_srt_cues", lambda *args: ())
    assert clean(RESCUE, options=Options(max_line_chars=18)).document.srt_cues == srt_cues


def test_a_turn_cut_again_is_still_timed_on_its_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    # the full line: the climber's first cue cannot take ">> " beside its words, SRT cuts
    # the turn again (one cue more) and times that stretch
    t, calls = timed(monkeypatch, 42)
    srt_cues = t.document.srt_cues  # type: ignore[attr-defined]
    assert len(srt_cues) == len(t.cues) + 1  # type: ignore[attr-defined]
    assert len(calls) == 2

"""Cue planning: the stretch around a cue that must break badly is planned again as a whole,
and the plan keeps every layout rule."""

from __future__ import annotations

import pytest

import transcript_tools as tt
from transcript_tools import layout
from transcript_tools.check import check_captions
from transcript_tools.linebreak import BreakCosts
from transcript_tools.options import CAPTION_PRESETS, Options

# constructed: a one-line sentence, then one whose only fitting line break, cue by cue,
# parts "weather | forecast"
TEXT = ("9:00 am\nalso coming up in the next half hour the school board election results "
        "and what they mean for parents. then a look at the weekend weather forecast with our "
        "chief meteorologist who says heavy rainfall is on the way.\n9:01 am\n")


def _dearest(cues: tuple[tt.Cue, ...] | list[tt.Cue]) -> float:
    costs = BreakCosts()
    return max(costs.cost(a.split()[-1], b.split()[0], False)
               for c in cues for a, b in zip(c.lines, c.lines[1:]))


def test_a_stretch_planned_together_keeps_a_modifier_with_its_noun(
        monkeypatch: pytest.MonkeyPatch) -> None:
    planned = tt.clean(TEXT)
    assert _dearest(planned.cues) < 8.0
    assert check_captions(planned.to_webvtt()) == []
    words = " ".join(" ".join(c.lines) for c in planned.cues)
    # cue by cue (no plan), the one cue that holds the pair must part it
    monkeypatch.setattr(layout, "replan", lambda stretch, cues: cues)
    greedy = tt.clean(TEXT)
    assert _dearest(greedy.cues) >= 8.0
    assert " ".join(" ".join(c.lines) for c in greedy.cues) == words  # the same words


@pytest.mark.parametrize("settings", [
    {}, CAPTION_PRESETS["bbc"], {"max_line_chars": 37, "max_lines": 3},
    {"max_line_chars": 32, "max_cps": 20.0, "max_duration": 5.0}])
def test_plans_keep_the_layout_rules_on_the_sample(sample_text: str,
                                                   settings: dict[str, object]) -> None:
    options = Options(**settings)  # type: ignore[arg-type]
    t = tt.clean(sample_text, options=options)
    assert check_captions(t.to_webvtt(), options) == []
    assert not any(d.code == "reading-speed" for d in t.document.diagnostics)


# constructed: a sentence whose cues, filled one by one, leave its last three words alone
TAILED = ("9:00 am\nvolunteers spent the whole weekend clearing the beach after the storm and "
          "the council says the sand dunes will need new fencing before the summer, said the "
          "mayor.\n>> good news.\n9:01 am\n")


def _texts(t: tt.Transcript) -> list[str]:
    return [" ".join(c.lines) for c in t.cues]


def test_a_sentences_tail_is_planned_into_a_fuller_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    planned = tt.clean(TAILED)
    assert "said the mayor." not in _texts(planned)
    assert any(text.endswith("said the mayor.") for text in _texts(planned))
    assert check_captions(planned.to_webvtt()) == []
    # cue by cue (no plan), the tail stands alone; the words are the same
    monkeypatch.setattr(layout, "replan", lambda stretch, cues: cues)
    greedy = tt.clean(TAILED)
    assert "said the mayor." in _texts(greedy)
    assert " ".join(_texts(greedy)) == " ".join(_texts(planned))


def test_words_said_after_a_pause_and_whole_short_sentences_keep_their_cues() -> None:
    # the same words, the last three said two minutes later (the minute between lost: a
    # sentence running on past a clock line a minute on is timed to end at it, `timing`):
    # no tail of the cue before
    later = tt.clean(TAILED.replace("summer, said", "summer,\n9:02 am\nsaid")
                     .replace("good news.\n9:01 am", "good news.\n9:03 am"))
    assert "said the mayor." in _texts(later)
    # a short sentence of its own after a full cue is no tail
    whole = tt.clean(TAILED.replace("summer, said the mayor.", "summer. no doubt about it."))
    assert "No doubt about it." in _texts(whole)

"""The text's last word is read by the casing rules as any other word (qa60): a month or
"the us" that ends the input ("the trial opens in march.") was left lowercase, because the
rules that read the word after theirs skipped the last word altogether, so a caption file
whose last cue ends on a month got it lowercase where a longer text of the same words did
not, in any format."""

from __future__ import annotations

from pathlib import Path

import pytest

import transcript_tools as tt


def _cased(text: str) -> str:
    return tt.clean(text).text


@pytest.mark.parametrize("text, want", [
    ("the orchard harvest ends in august.", "The orchard harvest ends in August."),
    ("the ferry timetable changes in may", "The ferry timetable changes in May."),
    ("the library reopened last march.", "The library reopened last March."),
    ("the regatta is on the 15th of may", "The regatta is on the 15th of May."),
    ("the choir toured the us", "The choir toured the US."),
])
def test_last_word_cased_as_inside(text: str, want: str) -> None:
    assert _cased(text) == want
    # the same words with a sentence after them were cased already: the same casing
    assert _cased(text.rstrip(".") + ". the tickets sold out.").startswith(want[:-1])


@pytest.mark.parametrize("text, want", [
    ("we think the vote may", "We think the vote may."),
    ("the volunteers will march", "The volunteers will march."),
    ("the coach gave the medals to us", "The coach gave the medals to us."),
    ("the first of many", "The first of many."),
    ("that was what the council said it may", "That was what the council said it may."),
])
def test_last_word_not_a_month(text: str, want: str) -> None:
    assert _cased(text) == want


def test_caption_formats_agree_on_a_closing_month(tmp_path: Path) -> None:
    words = ("the canal reopens soon.", "the locks are done in march.")
    vtt = tmp_path / "c.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ida Marsh>" + words[0]
                   + "\n\n00:00:03.500 --> 00:00:06.000\n<v Ola Brent>" + words[1] + "\n")
    srt = tmp_path / "c.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\n" + words[0]
                   + "\n\n2\n00:00:03,500 --> 00:00:06,000\n" + words[1] + "\n")
    for path in (vtt, srt):
        assert "The locks are done in March." in tt.clean(tt.read(str(path))).text, path


def test_edits_stay_traceable() -> None:
    t = tt.clean("the ferry timetable changes in may")
    for edit in t.corrections:
        assert t.source[edit.start:edit.end] == edit.original
    assert any(e.rule == "month-in-time" and e.original == "may" for e in t.corrections)


# A lowercase two-word label whose given name English writes in lowercase too ("ruth",
# "tom") was not read in a page marking its speakers with ">>", though the same given name
# alone ("ruth:") was; the surname must be no English word ("will power:" is no label).
_MARKED = ("6:02 pm\n{label} good evening. the river rose again today in the valley towns.\n"
           ">> the water came up to the second step of the church.\n"
           ">> we have sandbags but not enough of them.\n")


@pytest.mark.parametrize("label, name", [
    ("ruth okafor:", "Ruth Okafor"),
    ("tom reyes:", "Tom Reyes"),
    ("dan ames:", "Dan Ames"),
])
def test_lowercase_given_name_and_surname_label(label: str, name: str) -> None:
    t = tt.clean(_MARKED.format(label=label))
    assert t.turns[0].label == name
    assert t.to_text().startswith(f"{name}: Good evening. The river")
    for edit in t.corrections:
        assert t.source[edit.start:edit.end] == edit.original


@pytest.mark.parametrize("label", ["will power:", "rose garden:", "mark time:", "grace period:",
                                   "jane doe:"])
def test_given_name_before_an_english_word_stays_text(label: str) -> None:
    t = tt.clean(_MARKED.format(label=label))
    assert t.turns[0].label is None
    assert label.split()[1].rstrip(":") in t.to_text().split("\n")[0].lower()


def test_label_inside_a_marked_page() -> None:
    t = tt.clean(">> good evening. the river rose again today in the valley towns.\n"
                 "ruth okafor: the water came up to the second step of the church.\n"
                 ">> we have sandbags but not enough of them.\n")
    assert [turn.label for turn in t.turns][:2] == [None, "Ruth Okafor"]

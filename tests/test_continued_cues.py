"""The pair of ellipses a subtitler writes where a sentence runs on into the next cue
(`artifacts._continued_cues`): constructed subtitle files."""

from __future__ import annotations

from transcript_tools import Options, clean

from .conftest import srt

_PLAIN = Options(names=False, turns=False)


def test_ellipses_carrying_a_sentence_into_the_next_cue_go_and_are_logged() -> None:
    source = srt(["The tide came in over the...", "...rocks before we could climb.",
                  "We waited on the ledge."])
    t = clean(source, format="srt", options=_PLAIN)
    assert "over the rocks before" in t.text
    assert "..." not in t.text
    gone = [e for e in t.corrections if e.rule == "continued-cue"]
    assert [source[e.start:e.end] for e in gone] == ["...", "..."]
    assert all(e.replacement == "" and e.kind == "punctuation" for e in gone)


def test_the_single_character_ellipsis_in_webvtt_too() -> None:
    source = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nThe orchard needs…\n\n"
              "00:00:02.500 --> 00:00:04.000\n…another month of sun.\n")
    assert clean(source, format="vtt", options=_PLAIN).text == \
        "The orchard needs another month of sun."


def test_an_ellipsis_before_a_capital_or_alone_stays() -> None:
    # a trailing-off and a new start, and an ellipsis with no partner in the next cue
    t = clean(srt(["I honestly could not say...", "...Perhaps the ferry.",
                   "It was late...", "and nobody came."]), format="srt", options=_PLAIN)
    assert "say... ...Perhaps" in t.text
    assert "late..." in t.text
    assert not [e for e in t.corrections if e.rule == "continued-cue"]


def test_inside_one_cue_the_marks_stay() -> None:
    t = clean(srt(["Wait... ...what was that?"]), format="srt", options=_PLAIN)
    assert not [e for e in t.corrections if e.rule == "continued-cue"]

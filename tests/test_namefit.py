"""A name nobody wrote, heard well, is applied in a document that writes many of its lexicon's
names (`transcript_tools.namefit`); not when the document does not fit, nor in fluent words,
nor far."""

from __future__ import annotations

import pytest

from transcript_tools import Cleaner, Options
from transcript_tools.model import Edit

PENTAGON = ["Pentagon", "Kabul", "Joe Biden", "Taliban", "Afghanistan", "Lloyd Austin"]
PENTAGON_FIT = "the taliban now hold kabul. joe biden spoke about afghanistan today. "
TENNIS = ["Qatar Open", "Andy Murray", "Doha", "Novak Djokovic", "Wimbledon"]
TENNIS_FIT = "andy murray beat novak djokovic in doha before wimbledon. "
OIL = ["Bakken", "North Dakota", "Williston", "Harold Hamm", "Continental Resources"]
OIL_FIT = "oil from north dakota and williston. harold hamm of continental resources said so. "
VOTE = ["Super Tuesday", "Donald Trump", "Hillary Clinton", "Bernie Sanders", "Ohio"]
VOTE_FIT = "donald trump, hillary clinton and bernie sanders campaign in ohio. "
STORM = ["Hurricane Ida", "Louisiana", "New Orleans", "FEMA", "Joe Biden"]
STORM_FIT = "joe biden sent fema to new orleans in louisiana. "
NEWS = ["DW", "Berlin", "Angela Merkel", "Bundestag", "Olaf Scholz"]
NEWS_FIT = "angela merkel spoke in the bundestag in berlin with olaf scholz. "


def _names(lexicon: list[str], text: str, start: int) -> tuple[list[Edit], list[Edit]]:
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    return ([e for e in doc.edits if e.kind == "name" and e.start >= start],
            [e for e in doc.suggestions if e.kind == "name" and e.start >= start])


@pytest.mark.parametrize("lexicon, fit, text, garble, name", [
    (PENTAGON, PENTAGON_FIT, "the confirmation came from the pens again within the hour.",
     "pens again", "Pentagon"),
    (TENNIS, TENNIS_FIT, "he won the cat are open last week.", "cat are open", "Qatar Open"),
])
def test_a_fitting_lexicon_lifts_a_name_heard_well(lexicon: list[str], fit: str, text: str,
                                                   garble: str, name: str) -> None:
    edits, _ = _names(lexicon, fit + text, len(fit))
    assert [(e.original, e.replacement) for e in edits] == [(garble, name)]
    assert edits[0].rule.endswith("+fit")
    # Without the other names written, the same words stay a suggestion.
    edits, suggested = _names(lexicon, text, 0)
    assert not edits
    assert [(e.original, e.replacement) for e in suggested] == [(garble, name)]


@pytest.mark.parametrize("lexicon, fit, text", [
    (OIL, OIL_FIT, "the workers came back in the spring to drill."),   # fluent: "back in"
    (TENNIS, TENNIS_FIT, "the carbon tax was raised."),   # one word for a name of two
    (VOTE, VOTE_FIT, "what will be a supervised tuesday showdown."),   # "tuesday" left beside
    (STORM, STORM_FIT, "they came homein the night."),   # sure enough (0.7), but far (0.29)
    (NEWS, NEWS_FIT, "they said that w had gone."),   # a lone letter: a fragment
])
def test_fluent_or_ill_fitting_windows_stay_suggestions(lexicon: list[str], fit: str,
                                                        text: str) -> None:
    edits, suggested = _names(lexicon, fit + text, len(fit))
    assert not edits
    assert suggested   # (the scorer's suggestion is there, only not lifted)


def test_a_stricter_bar_keeps_a_lifted_name_a_suggestion() -> None:
    text = PENTAGON_FIT + "the confirmation came from the pens again within the hour."
    options = Options(min_confidence=0.9)
    doc = Cleaner(PENTAGON, options=options).clean(text).document
    assert not [e for e in doc.edits if e.kind == "name" and e.start >= len(PENTAGON_FIT)]
    assert [(e.replacement, e.rule) for e in doc.suggestions if e.kind == "name"] == \
        [("Pentagon", "sound+fit")]


ITALY = ["Milan", "Turin", "Genoa", "Venice", "Lombardy", "Bologna"]
ITALY_FIT = ("trains from turin to genoa stopped. venice and bologna flooded. lombardy closed "
             "schools. ")
YEMEN = ["Aden", "Sanaa", "Hodeidah", "Marib", "Taiz", "Yemen"]
YEMEN_FIT = "fighting spread from sanaa to marib. the port of hodeidah closed. taiz was shelled. "


def test_words_that_say_the_name_but_never_stand_together_are_lifted_surer() -> None:
    # "mill on" says Milan itself (within the homophone distance), but the scorer holds a
    # function word beside a common one to well below the lift's bar (0.41): words that
    # never stand together (no "mill on" in the bigram counts) are the name all the same.
    text = "he said mill on is calm."
    edits, _ = _names(ITALY, ITALY_FIT + text, len(ITALY_FIT))
    assert [(e.original, e.replacement, e.rule) for e in edits] == \
        [("mill on", "Milan", "sound+fit")]
    # Not without the lexicon's other names written.
    edits, suggested = _names(ITALY, text, 0)
    assert not edits
    assert [(e.original, e.replacement) for e in suggested] == [("mill on", "Milan")]


@pytest.mark.parametrize("lexicon, fit, text", [
    (YEMEN, YEMEN_FIT, "he said aid in is calm."),   # a pair the counts know: "aid in"
    (ITALY, ITALY_FIT, "he said mill an is calm."),   # close, not the name's own sound
])
def test_the_surer_lift_needs_the_name_said_and_words_apart(lexicon: list[str], fit: str,
                                                            text: str) -> None:
    edits, _ = _names(lexicon, fit + text, len(fit))
    assert not edits

"""Windows the names scorer scores but holds just below the edit bar (names51):

- a story's lexicon (`namefit`) lifts a suggestion for a name everyday English barely uses
  (`Scorer.unfamiliar`) from `namefit.HEARD_UNFAMILIAR`, not only from `namefit.HEARD`: a
  speech recogniser lacks such a name and writes it as ordinary words;
- a window inside another that the scorer holds below the bar (a common word for the name's
  one-word form) no longer cuts the outer window that reaches it (`namechoice.tightest`).

Invented names: a polar expedition, a literary prize."""

from __future__ import annotations

import pytest

from transcript_tools import Cleaner, Options
from transcript_tools.model import Edit
from transcript_tools.namescore import Scorer

POLAR = ["Ingrid Halvorsen", "Svalbard", "Longyearbyen", "Tromso", "Norwegian Polar Institute",
         "Varkutani", "Odessa Brekke"]
POLAR_FIT = ("ingrid halvorsen flew from tromso to longyearbyen on svalbard. the norwegian polar "
             "institute says the ice thins. ")
BOOKS = ["Ottoline Varga", "Teodor Lisk", "Casa Brava", "Hesper Quay",
         "Belmira Book Prize | Belmira"]
BOOKS_FIT = "ottoline varga and teodor lisk read at casa brava on hesper quay. "


def _names(lexicon: list[str], text: str, start: int = 0) -> tuple[list[Edit], list[Edit]]:
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ([e for e in doc.edits if e.kind == "name" and e.start >= start],
            [e for e in doc.suggestions if e.kind == "name" and e.start >= start])


def test_a_fitting_lexicon_lifts_an_unfamiliar_name_from_a_lower_confidence() -> None:
    # The scorer gives "far cue tanny" 0.54 for Varkutani: under HEARD (0.6), over
    # HEARD_UNFAMILIAR (0.5).
    text = POLAR_FIT + "she drove out to far cue tanny at dawn and measured the melt."
    edits, _ = _names(POLAR, text, len(POLAR_FIT))
    assert [(e.original, e.replacement, e.rule) for e in edits] == \
        [("far cue tanny", "Varkutani", "sound+fit")]


def test_without_the_fit_the_same_words_stay_a_suggestion_at_most() -> None:
    edits, _ = _names(POLAR, "she drove out to far cue tanny at dawn and measured the melt.")
    assert not edits


def test_a_familiar_name_needs_the_usual_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same window for a name everyday English uses (the test forces the reading): 0.54 is
    # under HEARD, so no lift.
    monkeypatch.setattr(Scorer, "unfamiliar", lambda self, unit: False)
    text = POLAR_FIT + "she drove out to far cue tanny at dawn and measured the melt."
    edits, suggested = _names(POLAR, text, len(POLAR_FIT))
    assert not edits
    assert [e.replacement for e in suggested] == ["Varkutani"]


def test_a_window_under_the_lower_confidence_is_not_lifted() -> None:
    # "bar coo tiny" scores 0.46 for Varkutani: under HEARD_UNFAMILIAR too.
    text = POLAR_FIT + "she drove out to bar coo tiny at dawn and measured the melt."
    edits, _ = _names(POLAR, text, len(POLAR_FIT))
    assert not edits


def test_an_inner_window_held_below_the_bar_leaves_the_outer_one() -> None:
    # "bell mirror" fits the one-word form Belmira closely but is held at 0.65 (two common
    # words); "bell mirror brook rise" reaches the bar for the whole name (0.85). Before, the
    # inner window cut the outer one and the fitting lexicon lifted it alone ("Belmira brook
    # rise").
    text = BOOKS_FIT + "the crowd at the bell mirror brook rise cheered them on."
    edits, _ = _names(BOOKS, text, len(BOOKS_FIT))
    assert [(e.original, e.replacement) for e in edits] == \
        [("bell mirror brook rise", "Belmira Book Prize")]


def test_an_inner_window_that_reaches_the_bar_still_wins() -> None:
    # With Belmira written earlier, "bell mirror" reaches the bar (0.81) for the one-word
    # form: the tighter window stays the edit, as before, and "brook rise" stays words.
    text = ("belmira gave ottoline varga its prize. the crowd at the bell mirror brook rise "
            "cheered them on.")
    edits, _ = _names(BOOKS, text)
    assert [(e.original, e.replacement) for e in edits] == [("bell mirror", "Belmira")]


def test_fluent_words_stay() -> None:
    text = BOOKS_FIT + "the crowd at the bell tower rose to cheer them on."
    assert _names(BOOKS, text, len(BOOKS_FIT)) == ([], [])

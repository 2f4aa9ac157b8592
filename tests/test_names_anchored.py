"""A rare word of a listed name written right, beside words heard as the name's other parts
(`namefit.anchored`, names53): the window the scorer holds just below the bar is lifted to it.
A common word of the name written right, one ordinary word beside the rare one, or a first
name followed by ordinary words stay as they are.

Invented names: a chess open on the Baltic."""

from __future__ import annotations

import pytest

import transcript_tools.names as names_module
from transcript_tools import Cleaner, Options
from transcript_tools.model import Edit

CHESS = ["Oksana Wrzesniewska", "Gdansk", "Poznan", "Baltic Chess Open"]
CHESS_TEXT = ("oksana wrzesniewska won in gdansk. the baltic chess open moved to poznan. "
              "on saturday ")
COMMON = ["Oksana Fisher", "Gdansk", "Poznan", "Baltic Chess Open"]
COMMON_TEXT = ("oksana fisher won in gdansk. the baltic chess open moved to poznan. "
               "on saturday ")


def _names(lexicon: list[str], text: str, start: int) -> tuple[list[Edit], list[Edit]]:
    doc = Cleaner(lexicon, options=Options()).clean(text).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return ([e for e in doc.edits if e.kind == "name" and e.start >= start],
            [e for e in doc.suggestions if e.kind == "name" and e.start >= start])


def test_a_rare_surname_written_right_anchors_the_first_names_garble() -> None:
    # "books on" for Oksana beside the surname written right: the scorer holds the window
    # at 0.73, under the bar; the rare surname lifts it.
    edits, _ = _names(CHESS, CHESS_TEXT + "books on wrzesniewska drew with black.",
                      len(CHESS_TEXT))
    assert [(e.original, e.replacement, e.rule) for e in edits] == \
        [("books on wrzesniewska", "Oksana Wrzesniewska", "sound-part+context+anchored")]


def test_without_the_lift_the_same_window_is_a_suggestion(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The lift is what makes the edit: without it the window stays under the bar (and is
    # not shown: the name is spoken of and the window short of the bar by sound).
    monkeypatch.setattr(names_module, "anchored", lambda scored, *args: scored)
    edits, _ = _names(CHESS, CHESS_TEXT + "books on wrzesniewska drew with black.",
                      len(CHESS_TEXT))
    assert not edits


def test_a_common_surname_written_right_anchors_nothing() -> None:
    # The same words beside a surname everyday English uses (scored alike, 0.73): another
    # person or the word itself as often as the listed one.
    edits, _ = _names(COMMON, COMMON_TEXT + "books on fisher drew with black.",
                      len(COMMON_TEXT))
    assert not edits


def test_one_ordinary_word_before_the_rare_surname_stays() -> None:
    # "boxer" (0.72 by the scorer) is a word of its own, not a garble of the first name.
    edits, _ = _names(CHESS, CHESS_TEXT + "boxer wrzesniewska drew with black.",
                      len(CHESS_TEXT))
    assert not edits


def test_a_first_name_followed_by_ordinary_words_stays() -> None:
    edits, suggested = _names(CHESS, CHESS_TEXT + "oksana rested and then oksana was nervous.",
                              len(CHESS_TEXT))
    assert not edits
    assert not suggested


def test_a_crowded_lexicon_lifts_nothing() -> None:
    # More than 30 names: a rare word of some name stands beside ordinary words anywhere.
    crowded = CHESS + [f"Placename{chr(97 + i)}{chr(97 + j)}" for i in range(6)
                       for j in range(6)]
    edits, _ = _names(crowded, CHESS_TEXT + "books on wrzesniewska drew with black.",
                      len(CHESS_TEXT))
    assert not any(e.rule.endswith("+anchored") for e in edits)

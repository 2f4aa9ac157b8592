"""One word (a non-word, or one only the pronouncing dictionary holds) standing for a name of
two words or more that the document gives no evidence of (names43, from the wrong edits the
crossed lexicons and the 500 places showed): a word the lists lack, clipped or misspelt, more
often than a name's words run together by sound; a suggestion at most (rule "+one"). Run
together by letters it is still the name (`letters`). Invented names; a union's statement, a
harbour, a market town."""

from __future__ import annotations

from .nameedits import name_edits as _names


def test_one_nonword_for_a_two_word_name_nobody_mentions_is_a_suggestion() -> None:
    text = "our goal is to stop this holdinsitty and to work with our members."
    edits, held = _names(text, ["Halden City", "Tessick Mining"])
    assert edits == {}
    assert held.get("holdinsitty", "").endswith("+one")


def test_the_name_spoken_of_or_run_together_by_letters_is_still_edited() -> None:
    text = ("halden city voted on monday. our goal is to stop this holdinsitty and to work "
            "with our members.")
    edits, _ = _names(text, ["Halden City", "Tessick Mining"])
    assert edits.get("holdinsitty") == "Halden City"
    edits, _ = _names("the ships left porvarnholt at dawn with grain.",
                      ["Port Varnholt", "Tessick Mining"])
    assert edits == {"porvarnholt": "Port Varnholt"}


def test_one_word_of_the_pronouncing_dictionary_for_a_two_word_name_is_a_suggestion() -> None:
    # a market town: a contraction only the pronouncing dictionary holds, for a listed place
    # of two words nobody mentions
    text = "well, c'mon folks, the market opens at nine and the stalls fill up by ten."
    edits, held = _names(text, ["Ka Mon", "Tessick Mining"])
    assert edits == {}
    assert held.get("c'mon", "").endswith("+one")

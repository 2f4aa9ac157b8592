"""A listed person's first name heard as ordinary words right before the surname written right
(`surnameanchor`, rule "sound-surname"): the surname is evidence of that person where it
stands, so the words before it are judged against the first name at a wider bar. Guards: a
surname two listed people share, function words, titles and other people's first names in the
window, one common word alone. Invented names; domains no dev page has (football, a physics
lab, a bank)."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.lexicon import Lexicon
from transcript_tools.soundindex import SoundIndex
from transcript_tools.surnameanchor import surnamed


def _edits(text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return {e.original: (e.replacement, e.rule) for e in doc.edits if e.kind == "name"}


def test_first_name_heard_before_a_footballers_surname() -> None:
    got = _edits("the league title was decided late. balance theano brask scored the winner.",
                 ["Valentino Brask"])
    assert got["balance theano brask"] == ("Valentino Brask", "sound-surname")


def test_first_name_heard_before_a_physicists_surname() -> None:
    got = _edits("the lab confirmed the result. heaven tar kolbeck said the data were clear.",
                 ["Evander Kolbeck"])
    assert got["heaven tar kolbeck"] == ("Evander Kolbeck", "sound-surname")


def test_a_surname_two_listed_people_share_is_no_anchor() -> None:
    got = _edits("the league title was decided late. balance theano brask scored the winner.",
                 ["Valentino Brask", "Ingrid Brask"])
    assert not any(rule == "sound-surname" for _, rule in got.values())


def test_one_common_word_before_the_surname_is_itself() -> None:
    for text in ("the bank reported a loss. the balance brask said was fine.",
                 "the bank reported a loss. today brask said the balance was fine."):
        got = _edits(text, ["Valentino Brask"])
        assert not any(rule == "sound-surname" for _, rule in got.values())


def test_function_words_titles_and_other_first_names_are_no_garble() -> None:
    for text in ("the bank reported a loss. the balance of brask was fine.",
                 "the bank reported a loss. chairman brask said it was fine.",
                 "the lab confirmed the result. margaret kolbeck said the data were clear."):
        got = _edits(text, ["Valentino Brask", "Evander Kolbeck"])
        assert not any(rule == "sound-surname" for _, rule in got.values())


def test_the_people_by_surname() -> None:
    index = SoundIndex.build(Lexicon.build(["Valentino Brask", "Evander Kolbeck",
                                                 "Ingrid Kolbeck", "Norway"]))
    people = surnamed(index.units)
    assert people["brask"].canonical == "Valentino Brask"
    assert "kolbeck" not in people and "norway" not in people

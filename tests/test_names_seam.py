"""A consonant that ends one word of a window and starts the next is said once where one of
the two words is outside the frequency list (names43: a listed surname heard as two words,
the first common, "mock connell" for a McConnell; `windows._seamed`). Between two common words
it stays twice: fluent words said together are no name they run into. Invented names; a mining
company, a bus depot."""

from __future__ import annotations

from .nameedits import name_edits as _names


def test_a_surname_heard_as_two_words_sharing_a_consonant_is_edited_whole() -> None:
    text = ("tessick mining said ines mccorvan would lead the talks. later mock corvan said the "
            "mine would reopen.")
    edits, _ = _names(text, ["Ines McCorvan", "Tessick Mining"])
    assert edits == {"mock corvan": "McCorvan"}   # not "corvan" alone ("mock McCorvan")


def test_common_words_sharing_a_consonant_stay() -> None:
    text = "the depot said the bus stop all day long, and then the drivers went home."
    edits, _ = _names(text, ["Bastopol", "Tessick Mining"])
    assert edits == {}

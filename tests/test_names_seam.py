"""A consonant that ends one word of a window and starts the next is said once where the second
word is a name of the name lists and one of the two is outside the frequency list (names44:
a listed surname heard as a word and a name of its own, "mock connell" for a McConnell;
`windows._seamed`). Between two common words, or before a common word, it stays twice: fluent
words said together are no name they run into. Invented names: a mining company, a laboratory,
a bus depot."""

from __future__ import annotations

from transcript_tools.namescore import Item
from transcript_tools.personnames import AFTER_NAME, kind
from transcript_tools.windows import _seamed

from .nameedits import name_edits as _names


def test_a_surname_heard_as_two_words_sharing_a_consonant_is_edited_whole() -> None:
    text = ("tessick mining said ines mccorvan would lead the talks. later mock corvan said the "
            "mine would reopen.")
    edits, _ = _names(text, ["Ines McCorvan", "Tessick Mining"])
    assert edits == {"mock corvan": "McCorvan"}   # not "corvan" alone ("mock McCorvan")


def test_the_same_in_another_domain() -> None:
    text = ("the lab is run by doctor ailsa mckellan. in her paper mock kellan says the cells "
            "divide twice.")
    edits, _ = _names(text, ["Ailsa McKellan", "Dunmore Institute"])
    assert edits == {"mock kellan": "McKellan"}


def test_common_words_sharing_a_consonant_stay() -> None:
    text = "the depot said the bus stop all day long, and then the drivers went home."
    edits, _ = _names(text, ["Bastopol", "Tessick Mining"])
    assert edits == {}


def test_the_seam_needs_a_name_of_the_lists_after_it() -> None:
    # "kinnon" is a surname of the lists; "noble" and "seal" are common words: the consonant
    # stays twice before them, whatever the word before.
    assert kind("kinnon") >= AFTER_NAME > kind("seal")

    def item(text: str, phones: str, zipf: float) -> Item:
        return Item(text, (text,), phones, False, zipf, True, "", "", zipf == 0, text)

    mack, kinnon = item("mack", "mæk", 3.7), item("kinnon", "kɪnən", 0.0)
    hingis, seal = item("hingis", "hɪŋɡɪs", 0.0), item("seal", "sil", 4.5)
    turn, noble = item("turn", "tərn", 5.0), item("noble", "noʊbəl", 4.3)
    assert _seamed("mæk", mack, kinnon) == "ɪnən"
    assert _seamed("hɪŋɡɪs", hingis, seal) == "sil"
    assert _seamed("tərn", turn, noble) == "noʊbəl"

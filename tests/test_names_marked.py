"""A name word written with diacritics is read by its base letters (`pronounce.pronounce`
through `lexicon.folded`): the pronouncing dictionary holds no marked spelling, and the
letter-to-sound rules dropped the marked letter, so a listed "Gülşen" sounded like "glən" and
its garbles fell out of reach. The scorer compares a window's letters with the name's letters
folded the same way, so a window that writes a part of the name without its accents is a
form of it, not a sound match of its own that would cut the rest of the name off."""

from __future__ import annotations

from transcript_tools import clean
from transcript_tools.pronounce import pronounce


def _names(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    for e in doc.edits:
        assert text[e.start:e.end] == e.original
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"}


def test_marked_letters_are_read_as_their_base_letters() -> None:
    for marked, plain in (("Gülşen", "gulsen"), ("Grímsson", "grimsson"), ("Zoë", "zoe"),
                          ("Kırıkkale", "kirikkale"), ("Dæhlie", "daehlie"),
                          ("Łęczyca", "leczyca"), ("Ñuñoa", "nunoa")):
        assert pronounce(marked) == pronounce(plain)
    assert pronounce("Gülşen") != pronounce("glşn")   # the vowel is said, not dropped
    assert pronounce("москва") == pronounce("москва")   # no Latin base: unchanged


def test_a_marked_name_is_heard_whole() -> None:
    text = "in ankara today, the lawyer gulshen demirtas spoke before flying to istanbul."
    assert _names(text, ["Gülşen Demirtaş", "Ankara", "Istanbul"]) == {
        "gulshen demirtas": "Gülşen Demirtaş"}
    text = "at the festival in cannes the actress zoe craw vits arrived late."
    assert _names(text, ["Zoë Kravitz", "Cannes"]) == {"zoe craw vits": "Zoë Kravitz"}


def test_a_part_written_without_accents_does_not_cut_the_name() -> None:
    text = "in caracas, venezuela's minister jose luis carva hal spoke today."
    assert _names(text, ["José Luis Carvajal", "Caracas", "Venezuela"]) == {
        "jose luis carva hal": "José Luis Carvajal"}


def test_ordinary_words_near_a_marked_name_stay() -> None:
    text = "bayern munich beat dortmund. the miller down the road said germany will win."
    assert _names(text, ["Thomas Müller", "Bayern Munich", "Germany"]) == {}
    text = "in mexico, the penny was worth nothing, and morena won."
    assert _names(text, ["Peña Nieto", "Mexico", "Morena"]) == {}

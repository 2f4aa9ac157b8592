"""A name heard in two different garbles of a document is spoken of (`names.CONVERGE`), but
only windows with garble material in them count as hearings (`namechoice.garbled_words`):
windows of function words and of other people's names ("but kevin", "about kevin" in a story
about a Kevin) recur in any text and sound like some name of a small lexicon. Invented names,
domains no dev page has."""

from __future__ import annotations

from .nameedits import name_edits as _names

ALLOTMENT = ("the allotment society met on sunday and members talked about kevin and the new "
             "greenhouse. they said the plan is fine but kevin wants a vote first. the society "
             "will decide next month. kevin said he was pleased.")


def test_another_persons_first_name_twice_is_no_evidence() -> None:
    # gardening: "kevin" after two different words sounds like a listed surname's end
    for names in (["Colm Abbekevin"], ["Ines Bukevin", "Allotment Society"],
                  ["Otto Bakeven", "Allotment Society"]):
        edits, held = _names(ALLOTMENT, names)
        assert "but kevin" not in edits and "about kevin" not in edits, names
        assert all("+context" not in rule for rule in held.values()), names


def test_a_famous_name_and_its_surname_again_are_no_evidence() -> None:
    # a film club: an actor's name, then his surname before a word, for a listed Williamson
    edits, _ = _names("the film club showed robin williams in an old comedy, then williams im "
                      "another role after the break.", ["Dara Williamson", "Film Club"])
    assert edits == {}


def test_two_garbles_of_content_words_still_converge() -> None:
    # shipping: a port heard two ways, never written right
    edits, _ = _names("the ship left val pa rise o at dawn with grain for the north. dockers in "
                      "valpa raiser said the strike was over and the cranes were moving again.",
                      ["Valparaiso", "Santiago"])
    assert edits == {"val pa rise o": "Valparaiso", "valpa raiser": "Valparaiso"}


def test_one_odd_word_again_beside_a_function_word_is_one_hearing() -> None:
    # mining: one word the document writes three times, once after "a" (names43: "brexit" and
    # "a brexit" were two hearings of a listed Alex Witt): one garble, no evidence of the name
    text = ("the miners want a dagland, tessick mining said. dagland, they say, is close. the "
            "dagland is what matters.")
    edits, held = _names(text, ["Ada Glenn", "Tessick Mining"])
    assert edits == {}
    assert all("+context" not in rule for rule in held.values())


def test_distinct_counts_garbles_not_their_function_words() -> None:
    from transcript_tools.namechoice import distinct

    assert distinct([("dagland",), ("dagland", "plan")]) == 1   # one word, once with another
    assert distinct([("belly", "full"), ("bellyful",)]) == 1    # the same sound
    assert distinct([("merrier", "pool"), ("mario", "pool")]) == 2   # two garbles

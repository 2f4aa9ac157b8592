"""An interjection said twice in caption text is the speaker's (qa58): "oh oh", "ah ah", "no no
no", "okay okay" keep every copy; a word of a phrase doubled ("the the", "it it was", "her her")
is still a restart and loses a copy."""

from __future__ import annotations

from transcript_tools import Options, clean

ART = Options(names=False, turns=False)


def test_a_cry_or_an_answer_said_again_keeps_every_copy() -> None:
    # lowercase caption text: no "!" and no writer's capital to read a doubling by
    got = clean("oh oh, look at the size of that pumpkin.", options=ART).text
    assert got.lower().startswith("oh oh, look")
    got = clean("ah ah, sorry, the market opened lower this morning.", options=ART).text
    assert got.lower().startswith("ah ah, sorry")
    got = clean("no no no, the ferry leaves at noon not at ten.", options=ART).text
    assert got.lower().startswith("no no no, the ferry")
    got = clean("okay okay, we will take one more call from ohio.", options=ART).text
    assert got.lower().startswith("okay okay, we will")
    got = clean("yep yep that is the new bridge over the river", options=ART).text
    assert got.lower().startswith("yep yep")
    # a capitals caption page, the same
    got = clean("OH OH, THE GOALKEEPER HAS DROPPED IT.", options=ART).text
    assert got.lower().startswith("oh oh, the goalkeeper")


def test_a_word_of_a_phrase_said_twice_still_goes() -> None:
    # function and content words doubled in a phrase are a restart (negatives)
    assert clean("the the pumpkin weighed over a ton.", options=ART).text == \
        "The pumpkin weighed over a ton."
    assert clean("it it was the heaviest on record.", options=ART).text == \
        "It was the heaviest on record."
    assert clean("she gave her her third prize ribbon.", options=ART).text == \
        "She gave her third prize ribbon."
    assert clean("farmers were waiting waiting for the scales.", options=ART).text == \
        "Farmers were waiting for the scales."
    # an interjection doubled inside a phrase after its restart still loses the restart
    assert clean("and and oh oh it tipped over.", options=ART).text.lower().count("and") == 1


def test_fillers_said_twice_go_only_when_fillers_go() -> None:
    # the default keeps fillers (a verbatim record), both copies; the option removes each
    kept = clean("um um the vote is on tuesday.", options=ART).text
    assert kept.lower().startswith("um um")
    clean_verbatim = Options(names=False, turns=False, clean_verbatim=True)
    assert "um" not in clean("um um the vote is on tuesday.", options=clean_verbatim).text.lower()


def test_a_doubled_interjection_survives_a_second_clean() -> None:
    once = clean("oh oh, my word, the roof is leaking again.", options=ART).text
    assert clean(once, options=ART).text == once

"""A writer's doubling by design is no stutter (qa57): a written page's sound word, chant or
exclaimed run keeps every copy; caption and verbatim restarts still lose theirs."""

from __future__ import annotations

from transcript_tools import Options, clean

ART = Options(names=False, turns=False)


def test_a_coined_sound_word_doubled_at_a_sentence_start_stays() -> None:
    # the writer's capital on the first copy, the copy in lowercase, a word English lacks
    got = clean("Mabel: Vroom vroom goes the little red car! Then it stops.", options=ART).text
    assert "Vroom vroom goes" in got
    # a word English has, doubled the same way, is a verbatim page's restart
    assert clean("Mabel: The the little red car stops here.", options=ART).text == \
        "Mabel: The little red car stops here."
    # caption text in lowercase, and the coined word within a sentence, still lose a copy
    assert "vroom goes" in clean("mabel said vroom vroom goes the car", options=ART).text
    assert "the zorblat at" in clean("Kip: We saw the Zorblat zorblat at the fair.",
                                     options=ART).text


def test_a_run_closed_by_an_exclamation_mark_keeps_every_copy() -> None:
    # the mark closes the third copy, not the second
    assert "STOP STOP STOP! Not" in clean("Kip: Oh! STOP STOP STOP! Not the vase!",
                                         options=ART).text
    assert clean("we went went went to the shop!", options=ART).text == \
        "We went to the shop!"
    # a caption page in capitals: a restart in a sentence still goes
    assert clean("BIDEN ASKED THEM TO MEET IN A A NEUTRAL PLACE.", options=ART).text == \
        "Biden asked them to meet in a neutral place."


def test_a_doubled_chant_said_again_across_commas_stays() -> None:
    got = clean("kip: boing boing, boing boing, boing boing.", options=ART).text
    assert got.lower().count("boing") == 6
    # one copy across the comma is a restart's tail, not a chant
    assert clean("we need to to, to make sure", options=ART).text == "We need to, to make sure."


def test_a_kept_doubling_stays_on_a_second_clean() -> None:
    first = clean("Kip: Boing boing, boing boing! Vroom vroom! OH OH OH!", options=ART).text
    assert clean(first, options=ART).text == first
    assert first.lower().count("boing") == 4 and first.count("OH") == 3

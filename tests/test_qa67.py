"""qa67: a sentence that ends on a dotted abbreviation with the captioner's stop typed after
it ("at 3 p.m.. we begin", "the u.s. . then") ends on the abbreviation's own stop, as English
writes it ("p.m. We"), not "p.m.." (`sentenceends.close_sentence`: the doubled stop goes as a
logged edit)."""

from __future__ import annotations

import transcript_tools as tt

_FERRY = ("6:00 am\n>> the first ferry leaves the harbor at 6 a.m.. passengers should board "
          "early because the car deck fills fast. >> we sailed in from the u.k. . then we "
          "drove north along the coast to the lighthouse.\n")


def test_the_abbreviations_stop_ends_the_sentence() -> None:
    result = tt.clean(_FERRY)
    text = result.to_text()
    assert "a.m.." not in text and "U.K.." not in text and "U.K. ." not in text
    assert "at 6 a.m. Passengers should board" in text
    assert "from the U.K. Then we drove" in text
    doc = result.document
    gone = [e for e in doc.edits if e.rule == "abbreviation-stop"]
    assert len(gone) == 2
    assert all(e.original == "." and e.replacement == "" for e in gone)
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    # the captions show one stop too, and a second clean reads the ends where the first did
    assert "a.m.." not in result.to_srt()
    assert tt.clean(text).text == result.text


def test_no_sentence_end_no_change() -> None:
    # an abbreviation inside its sentence, or an ellipsis after one, keeps what it has
    source = ("7:00 pm\n>> tickets for the 7 p.m. show at the old mill sold out in an hour. "
              ">> the doors open at 6 p.m... maybe a little later if the band is late\n")
    result = tt.clean(source)
    assert not [e for e in result.document.edits if e.rule == "abbreviation-stop"]
    assert "the 7 p.m. show" in result.text
    assert "p.m..." in result.text


def test_a_stop_after_a_plain_word_is_no_abbreviations() -> None:
    # "dollars.." is a stop typed twice (`spacedmarks.double_stops`), not this rule's
    result = tt.clean(">> we paid five dollars.. then we left the market.\n")
    assert "dollars. Then" in result.text
    assert not [e for e in result.document.edits if e.rule == "abbreviation-stop"]


def test_a_question_after_an_abbreviation_keeps_its_mark() -> None:
    result = tt.clean(">> did the parcel reach the u.s.? it left on monday.\n")
    assert "U.S.?" in result.text
    assert not [e for e in result.document.edits if e.rule == "abbreviation-stop"]

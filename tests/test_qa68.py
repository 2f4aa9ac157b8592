"""qa68: a clock time said as its own predicate ("it is 6:00 a.m.") ends the sentence on the
time's one stop when a lowercase word that cannot go on with the time follows ("it is 5:30
a.m. mist covers the valley": "a.m. Mist"), and nowhere else (`sentences.clock_ends`)."""

from __future__ import annotations

import transcript_tools as tt

_DAWN = ("5:00 am\n>> it is 5:30 a.m. mist covers the valley floor and the ferry is running "
         "late. >> welcome to harbor radio 5:30 a.m. ferries will resume once the fog "
         "lifts.\n")


def test_a_time_said_as_a_predicate_ends_its_sentence() -> None:
    result = tt.clean(_DAWN)
    text = result.to_text()
    assert "It is 5:30 a.m. Mist covers the valley floor" in text
    assert "5:30 a.m. Ferries will resume" in text
    assert "a.m.." not in text  # the time's own stop ends the sentence
    doc = result.document
    assert all(doc.source[e.start:e.end] == e.original for e in doc.edits)
    vtt = result.to_webvtt()
    assert "It is 5:30 a.m.\n" in vtt and "Mist covers" in vtt  # the cue ends with it
    assert tt.clean(text).text == result.text  # a second clean keeps the end


def test_a_time_that_goes_on_keeps_its_sentence() -> None:
    # a zone, a day, a preposition or an attribute after a determiner, preposition or
    # possessive: the time goes on, no sentence ends
    source = ("8:00 pm\n>> the debate starts at 8 p.m. eastern and runs until 10 p.m. "
              "tonight. >> the 6 a.m. crews begin salting the bridge before dawn. >> with "
              "6 a.m. temperatures near zero the mayor's 9 a.m. briefing moved indoors. "
              ">> it was 4 p.m. on a friday when the bell rang.\n")
    text = tt.clean(source).text
    assert "8 p.m. eastern" in text.lower()
    assert "10 p.m. tonight" in text
    assert "the 6 a.m. crews" in text.lower()
    assert "6 a.m. temperatures" in text
    assert "9 a.m. briefing" in text
    assert "4 p.m. on a Friday" in text

"""A comma after an interjection that opens a sentence (`interjections.py`), on constructed
caption text from weather, sport, cooking and courts."""

from __future__ import annotations

import pytest

from transcript_tools import Options, clean
from transcript_tools.interjections import interjection_commas
from transcript_tools.readers import parse
from transcript_tools.vocabulary import vocabulary


def cleaned(source: str) -> str:
    return clean(source, options=Options(names=False)).text


@pytest.mark.parametrize(("source", "expected"), [
    (">> will it rain tomorrow >> well i think the front arrives by noon",
     "Well, I think the front arrives by noon."),
    (">> did the referee get it right >> yes it was a clear penalty",
     "Yes, it was a clear penalty."),
    (">> do you add the butter now >> yeah you melt it first and then stir",
     "Yeah, you melt it first and then stir."),
    (">> all rise >> okay let's hear from the defence",
     "Okay, let's hear from the defence."),
    (">> the jury is out >> oh i see so we wait", "Oh, I see"),
    (">> was he guilty >> no it's not that simple", "No, it's not that simple."),
])
def test_an_interjection_opening_a_sentence_takes_a_comma(source: str, expected: str) -> None:
    assert expected in cleaned(source)


@pytest.mark.parametrize(("source", "kept"), [
    # the word in a phrase with the next one
    (">> the chef is well known in the city", "well known"),
    (">> well over half the runners finished", "Well over half"),
    (">> no one saw the verdict coming", "No one"),
    (">> no details were given about the storm", "No details"),
    (">> yes sir the court will hear you now", "Yes sir"),
    (">> oh my goodness look at that goal", "Oh my goodness"),
    (">> oh no the cake has fallen", "Oh no"),
])
def test_an_interjection_in_a_phrase_or_inside_a_sentence_takes_none(source: str,
                                                                      kept: str) -> None:
    assert kept in cleaned(source)


def test_an_interjection_inside_a_sentence_takes_none() -> None:
    transcript = clean(">> the team played well i think", options=Options(names=False))
    assert not [e for e in transcript.corrections if e.rule == "interjection"]


def test_a_mark_already_there_is_kept_and_nothing_is_added() -> None:
    text = cleaned(">> well, i think the front arrives by noon")
    assert "Well, I think" in text and ",," not in text


def test_the_comma_is_a_punctuation_edit_over_the_word() -> None:
    source = ">> will it rain tomorrow >> well i think so"
    transcript = clean(source, options=Options(names=False))
    edits = [e for e in transcript.corrections if e.rule == "interjection"]
    assert len(edits) == 1
    edit = edits[0]
    assert edit.kind == "punctuation"
    assert source[edit.start:edit.end] == edit.original == "well"
    assert edit.replacement.lower() == "well,"


def test_only_the_starts_given_are_considered() -> None:
    doc = parse("well i think so well i think so", format="broadcast")
    editor = doc.editor()
    words = doc.word_pieces()
    keys = [w.text.lower() for w in words]
    added = interjection_commas(editor, words, keys, [()] * len(words), [0] * len(words),
                                [4], vocabulary())
    assert added == 1
    assert editor.finish().text() == "well i think so well, i think so"


@pytest.mark.parametrize(("source", "expected"), [
    (">> good evening i'm dana reyes and this is the late report",
     "Good evening, I'm"),
    (">> hello we are live at the stadium", "Hello, we are live"),
    (">> hi it's the weekend forecast", "Hi, it's the weekend"),
    # a greeting before anything but a clause keeps no comma
    (">> hello there and welcome back", "Hello there and welcome back"),
    (">> good morning america starts at seven", "Good morning America"),
    (">> good evening everyone", "Good evening everyone"),
])
def test_a_greeting_before_a_clause_takes_a_comma(source: str, expected: str) -> None:
    assert expected in cleaned(source)

"""The first word after an in-text speaker label (`transcript_tools.labelcase`)."""

from __future__ import annotations

from transcript_tools import clean


def test_the_words_after_a_two_word_name_label_or_an_apostrophe_label_are_capitalised() -> None:
    # qa12 audit: in-text labels of a documentary (CNN 2024): "Meredith Baxter: she wanted",
    # "Lorraine Ali: she slept", "O'Brien: my heart" kept their lowercase first word
    t = clean("honestly? meredith baxter: she wanted you. yeah. o'brien: my heart dropped.",
              names=["Meredith Baxter", "O'Brien"])
    assert "Meredith Baxter: She wanted" in t.text and "O'Brien: My heart" in t.text
    # not after a name inside a sentence, nor after words that are no label
    t = clean("and then: she went home. we met john smith: he said.", names=["John Smith"])
    assert "And then: she went" in t.text and "John Smith: he said" in t.text
    # capitals the source had (a sentence's, or an earlier cleaning's) make no label: a
    # second cleaning reads the text as the first did (found by the fuzzer: "The A: the")
    for text in ("the A: the", "ok. lorraine ali: she went"):
        once = clean(text).text
        assert clean(once).text == once
    assert "The A: the" in clean("the A: the").text


def test_a_label_at_a_carriage_return_line_end_as_at_a_newline() -> None:
    # make fuzz (session 30): "..., coach:\r\nwe ..." kept "we" lowercase where "\n" alone
    # capitalised it, and a second clean of the text, the label and its words on one line,
    # did: a page with Windows line ends reads as one with Unix ones
    unix = clean("great game! coach:\nwe played well tonight.").text
    windows = clean("great game! coach:\r\nwe played well tonight.").text
    assert "Coach: We played" in unix
    assert windows == unix
    assert clean(windows).text == windows
    # a colon with no white space after it is no label's ("ratio 3:\rx" stays as written)
    assert "coach:we" in clean("great game! coach:we played well.").text.lower()

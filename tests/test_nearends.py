"""A comma at a gap the learned model scores just below the sentence-end threshold
(`nearends.py`), on constructed caption text from sport, courts, weather and politics."""

from __future__ import annotations

import pytest

from transcript_tools import Options, clean, nearends


def cleaned(source: str, **options: bool) -> str:
    return clean(source, options=Options(names=False, **options)).text


@pytest.mark.parametrize(("source", "expected"), [
    (">> the striker scored twice in the first half we have seen nothing like it this season",
     "in the first half, we have seen"),
    (">> the defence rested its case this afternoon they will make closing arguments on monday",
     "this afternoon, they will make"),
    (">> there was a lot of rain in the hills overnight there are flood warnings for the "
     "valleys", "in the hills overnight, there are flood warnings"),
    (">> the coach was very happy with the result he said the players gave everything today",
     "with the result, he said"),
    (">> i know your pain i know your hurt and we will fix this together",
     "I know your pain, I know your hurt"),
])
def test_a_gap_just_below_the_end_threshold_takes_a_comma(source: str, expected: str) -> None:
    assert expected in cleaned(source)


@pytest.mark.parametrize(("source", "kept"), [
    # gaps the model scores far below the threshold
    (">> the storm moved east overnight and the rain is easing now",
     "overnight and the rain"),
    (">> those are some of the roads we have closed this morning", "roads we have"),
])
def test_a_gap_far_below_the_threshold_takes_none(source: str, kept: str) -> None:
    assert kept in cleaned(source)


@pytest.mark.parametrize(("source", "comma"), [
    (">> the case drew attention and a storm followed the conditions she was under",
     "conditions,"),
    (">> the chef explained the method she uses at home every day", "method,"),
])
def test_a_relative_clause_without_that_takes_none(monkeypatch: pytest.MonkeyPatch,
                                                    source: str, comma: str) -> None:
    assert near_end(source) == []
    monkeypatch.setattr(nearends, "contact_clause", lambda keys, i: False)
    assert near_end(source) == [comma]


def near_end(source: str, **options: bool) -> list[str]:
    transcript = clean(source, options=Options(names=False, **options))
    return [e.replacement for e in transcript.corrections if e.rule == "near-end"]


def test_the_hand_set_scores_add_no_comma() -> None:
    source = ">> the coach was very happy with the result he said the players gave everything today"
    assert near_end(source) == ["result,"]
    assert near_end(source, learned_sentences=False) == []


def test_a_captioner_who_writes_commas_keeps_the_gaps_without_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = (">> well, the striker scored twice in the first half we have seen nothing like "
              "it this season, and the fans know it")
    assert near_end(source) == []
    monkeypatch.setattr(nearends, "PUNCTUATED", 1.0)  # as if the captioner wrote none
    assert near_end(source) == ["half,"]


def test_the_comma_is_a_punctuation_edit_over_the_word_and_a_second_clean_keeps_it() -> None:
    source = ">> the striker scored twice in the first half we have seen nothing like it"
    transcript = clean(source, options=Options(names=False))
    edits = [e for e in transcript.corrections if e.rule == "near-end"]
    assert [(e.original, e.replacement, e.kind) for e in edits] == [
        ("half", "half,", "punctuation")]
    again = clean(transcript.text, options=Options(names=False))
    assert again.text == transcript.text


def test_the_gaps_among_are_the_only_ones_read_and_take_the_same_commas() -> None:
    from transcript_tools.readers import parse
    from transcript_tools.sentenceends import written_words

    doc = parse("the river rose overnight the bridge is shut the ferry runs on sunday")
    words, gaps, _, _ = written_words(doc)
    keys = [w.text for w in words]
    n = len(words)
    scores = [-9.0] * n
    scores[3] = scores[6] = -0.3  # "overnight |", "shut |": within the band
    scores[8] = -2.0  # below it
    scores[n - 1] = -0.3  # the last word's: no comma after it
    zeros = bytearray(n)

    def commas(among: list[int] | None) -> list[int]:
        return nearends.near_end_commas(doc.editor(), words, keys, gaps, scores, zeros,
                                        zeros, zeros, 0.0, among)

    assert commas(None) == [3, 6]
    assert commas([1, 3, 6, 8]) == [3, 6]  # the floor still tested on each
    assert commas([6]) == [6]  # a gap not among them is not read
    assert commas([3, 6, n - 1]) == [3, 6]  # never the last word's


def test_a_gap_holding_two_clause_marks_counts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from transcript_tools.readers import parse
    from transcript_tools.sentenceends import written_words

    doc = parse("the river rose overnight , ; the bridge is shut the ferry runs on sunday")
    words, gaps, _, _ = written_words(doc)
    keys = [w.text for w in words]
    n = len(words)
    scores = [-9.0] * n
    scores[7] = -0.3  # "shut |"
    zeros = bytearray(n)

    def commas() -> list[int]:
        return nearends.near_end_commas(doc.editor(), words, keys, gaps, scores, zeros,
                                        zeros, zeros, 0.0)

    monkeypatch.setattr(nearends, "PUNCTUATED", 1.5 / (n - 1))  # one marked gap: < 1.5
    assert commas() == [7]
    monkeypatch.setattr(nearends, "PUNCTUATED", 1.0 / (n - 1))  # one marked gap reaches it
    assert commas() == []

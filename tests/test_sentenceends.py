"""Sentence ends as written (`sentenceends`): starts marked from the punctuation present, and
ends taken back before a lone object pronoun."""

from __future__ import annotations

from transcript_tools import Options, clean

from .test_sentences import ONLY


def test_punctuation_off_only_marks_existing_sentences() -> None:
    options = ONLY.replace(punctuation=False)
    t = clean("we went to the. market he said", options=options)
    assert t.text == "we went to the. market he said"
    assert len(t.document.sentence_starts) == 2


def test_no_sentence_of_a_lone_object_pronoun_the_source_closes() -> None:
    # qa7 audit: "...a small budget movie winning it?" read "...winning? It?"
    got = clean("what did you make of a small budget movie winning it? >> it's outstanding.",
                options=Options(names=False, spelling=False)).text
    assert "winning it?" in got and "It?" not in got

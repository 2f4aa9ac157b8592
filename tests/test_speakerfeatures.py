"""Tests of `speakerfeatures`: the features of a unit the speaker decoder weighs."""


def test_questions_not_put_to_you_inside_a_sentence_or_self_asked_are_weak() -> None:
    """A question without "you" that opens inside a sentence, or whose subject is the
    speaker ("so what do we do now"), is weak evidence of the host (`question_weak`); one
    put to "you", or a plain question opening a sentence, is not."""
    from transcript_tools.speakercues import Unit
    from transcript_tools.speakerfeatures import FEATURES, prepare

    def flags(words: str, strength: int = 1) -> tuple[float, float, float]:
        f = prepare([Unit(0, tuple(words.split()), strength)]).features[0]
        return (f[FEATURES.index("question")], f[FEATURES.index("question_you")],
                f[FEATURES.index("question_weak")])

    assert flags("so what do we do now") == (0.0, 0.0, 1.0)
    assert flags("can i say one thing") == (0.0, 0.0, 1.0)
    assert flags("is it worth staying open at all", strength=0) == (0.0, 0.0, 1.0)
    assert flags("how was the harvest this year") == (1.0, 0.0, 0.0)
    assert flags("what do you make of the new rules") == (0.0, 1.0, 0.0)
    assert flags("do you think we can win", strength=0) == (0.0, 1.0, 0.0)
    assert flags("the harvest was poor this year") == (0.0, 0.0, 0.0)

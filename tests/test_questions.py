"""Question shapes on lowercase word keys."""

from __future__ import annotations

from transcript_tools.questions import is_question, opens_question


def test_question_shapes() -> None:
    for s in ("what are your plans", "so do you agree", "how many people did you see", "why not",
              "it is cold isn't it", "you saw the game don't you think", "is there a cure",
              "what about the farmers"):
        assert is_question(s.split()), s


def test_statement_shapes() -> None:
    for s in ("what we need is rain", "how the war began is clear", "when it rains we stay",
              "the man who was there left", "that is the plan", "you are right"):
        assert not is_question(s.split()), s


def test_right_as_a_tag_needs_an_unusual_pair() -> None:
    def never(a: str, b: str) -> bool:
        return False

    assert is_question("you were at the meeting right".split(), never)
    assert not is_question("you were at the meeting right".split())  # no statistics: no tag
    assert not is_question("you know they did it all right".split(), never)


def test_opens_question_skips_nothing() -> None:
    assert opens_question("do you".split())
    assert not opens_question("but do you".split())


def test_inverted_tail_finds_the_auxiliary_of_a_late_question() -> None:
    from transcript_tools.questions import inverted_tail

    w = "you mentioned the border but do you have evidence that they cross it".split()
    assert w[inverted_tail(w)] == "do"
    assert inverted_tail("we said so do we".split()) == 0  # "so do we" agrees
    assert inverted_tail("we came home and it was late".split()) == 0

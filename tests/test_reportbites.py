"""Sound bites inside a report (`reportbites`): which unlabelled marked turns between a
reporter's labels are the report's, on small turn lists written for these tests."""

from __future__ import annotations

from transcript_tools.reportbites import BITE_WORDS, between_reports, bites, is_reporter
from transcript_tools.speakercues import cues
from transcript_tools.speakers import Unit


def _turns(rows: list[tuple[str | None, str, bool]]):
    """(label, text, ends on a question mark) per turn -> labels, cues, sentences, presents."""
    units = [Unit(k, tuple(text.split()), 2, question_mark=q) for k, (_, text, q) in
             enumerate(rows)]
    return ([label for label, _, _ in rows], [cues(u) for u in units], [[u] for u in units],
            [False] * len(units))


def test_reporter_labels() -> None:
    assert is_reporter("Reporter") and is_reporter("cbs correspondent")
    assert not is_reporter("announcer") and not is_reporter("Jane") and not is_reporter(None)


def test_a_presenter_between_reports() -> None:
    assert between_reports("thank you , jane .".split())
    assert between_reports("jane doe is live with more".split())
    assert between_reports("our reporter sam lee shows us what happened".split())
    assert not between_reports("the water came up through the street".split())


def test_bites_between_two_reporter_labels_and_not_past_them() -> None:
    got = bites(*_turns([
        (None, "a fire closed the bridge tonight", False),
        ("reporter", "crews worked through the night", False),
        (None, "i heard a bang and saw the smoke", False),
        (None, "we will reopen one lane by noon", False),
        ("reporter", "the cause is not known yet", False),
        (None, "also tonight the school board met", False),
    ]))
    assert got == [False, False, True, True, False, False]


def test_a_question_a_long_turn_or_another_label_is_no_bite() -> None:
    long_read = " ".join(["word"] * (BITE_WORDS + 1))
    got = bites(*_turns([
        ("reporter", "the smoke is still thick here", False),
        (None, "any word on the road , dana", True),
        (None, long_read, False),
        ("reporter", "not yet , it stays closed", False),
        ("jane", "thanks , that is all from us", False),
        (None, "i saw it all from my porch", False),
        ("reporter", "police are still here . did you see the crash", True),
        (None, "no , i only heard it", False),
        ("reporter", "the road stays closed", False),
    ]))
    assert got == [False] * 9


def test_the_last_bites_after_the_last_reporter_label_up_to_the_excerpts_end() -> None:
    got = bites(*_turns([
        ("reporter", "the road stays closed tonight", False),
        (None, "i was scared , my car shook", False),
        ("reporter", "crews expect to work all week", False),
        (None, "i have never seen water this high", False),
    ]))
    assert got == [False, True, False, True]
    # a presenter's next story speaks of others, and a long tail is no report's end
    assert bites(*_turns([
        ("reporter", "crews expect to work all week", False),
        (None, "also tonight the school board met", False),
    ])) == [False, False]
    assert bites(*_turns([
        ("reporter", "crews expect to work all week", False),
        (None, "i was scared", False),
        (None, "police say the driver fled", False),
        (None, "i am just glad we are safe", False),
    ])) == [False] * 4


def test_the_answer_to_a_question_closing_a_narrated_report_turn_is_a_bite() -> None:
    # the reporter narrates, asks, and narrates on after the answer: a recorded report
    rows = [
        (None, "a fire on elm street left a family without a home tonight", False),
        ("reporter", "the fire started in the kitchen just after six", False),
        (None, "it hurts us this was our home for twenty years", False),
        ("reporter", "neighbours have started a collection for the family", False),
    ]
    labels, unit_cues, sentences, presents = _turns(rows)
    sentences[1] = sentences[1] + [Unit(9, tuple("what has this done to your family".split()),
                                        2, question_mark=True)]
    assert bites(labels, unit_cues, sentences, presents) == [False, False, True, False]
    # a live exchange (the reporter asks again after the answer) keeps the answer's role
    rows[3] = ("reporter", "are you doing it to warm up", True)
    labels, unit_cues, sentences, presents = _turns(rows)
    sentences[1] = sentences[1] + [Unit(9, tuple("what has this done to your family".split()),
                                        2, question_mark=True)]
    assert bites(labels, unit_cues, sentences, presents) == [False, False, False, False]
    # a bare question (no narration before it) keeps it too
    labels, unit_cues, sentences, presents = _turns([
        rows[0], ("reporter", "how many layers are you wearing", True), rows[2],
        ("reporter", "neighbours have started a collection for the family", False)])
    assert bites(labels, unit_cues, sentences, presents) == [False, False, False, False]

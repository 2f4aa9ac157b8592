"""Sound bites inside a report (`reportbites`): which unlabelled marked turns between a
reporter's labels are the report's, on small turn lists written for these tests."""

from __future__ import annotations

from transcript_tools.reportbites import (
    BITE_WORDS,
    between_reports,
    bites,
    handed_over,
    is_reporter,
    to_reporter,
)
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


def test_a_hand_over_only_a_reporter_takes() -> None:
    assert to_reporter("our reporter sam lee has more".split())
    assert to_reporter("jane doe has more on the fire".split())
    assert to_reporter("joining us with more is jane doe".split())
    assert to_reporter("sam lee joins us with the latest".split())
    # a sentence that ends "... name reports" hands the programme to the report
    assert to_reporter("as sam lee reports".split())
    assert to_reporter("our correspondent jane doe reports".split())
    assert not to_reporter("the paper reports that the mill will close".split())
    assert not to_reporter("she reports".split())
    # "more" as a plain word, a guest joining, a station's ident
    assert not to_reporter("he vowed to fight on with more vigor".split())
    assert not to_reporter("they made off with more than a million dollars".split())
    assert not to_reporter("senator jane doe joins us now".split())
    assert not to_reporter("live from new york this is the morning news".split())


def test_the_turn_after_a_hand_over_to_a_reporter_is_the_reporters() -> None:
    rows = [
        (None, "the storm knocked out power across the county . sam lee has more", False),
        (None, "hi there dana . crews worked all night to clear the roads here", False),
        (None, "sam lee is in the county . good morning", False),
        (None, "good morning dana . the roads are open again", False),
    ]
    units = [[Unit(k * 10 + j, tuple(s.split()), 2) for j, s in enumerate(text.split(" . "))]
             for k, (_, text, _) in enumerate(rows)]
    labels = [label for label, _, _ in rows]
    whole = [cues(Unit(k, tuple(text.replace(" .", "").split()), 2))
             for k, (_, text, _) in enumerate(rows)]
    # the reporter greets and goes on; a presenter's own hand-over closing on a greeting is
    # no reporter's, and no hand-over comes before the first turn or the last
    assert handed_over(labels, whole, units, [False] * 4) == [False, True, False, False]
    # a question or an opening is the presenter's own
    asking = whole[:1] + [cues(Unit(1, ("what", "did", "you", "see"), 2, question_mark=True))] \
        + whole[2:]
    assert handed_over(labels, asking, units, [False] * 4)[1] is False
    assert handed_over(labels, whole, units, [False, True, False, False])[1] is False
    assert handed_over(["Reporter", "Reporter", None, None], whole, units, [False] * 4) \
        == [False] * 4


def test_a_report_runs_from_a_hand_over_to_the_reporters_first_label() -> None:
    got = handed_over(*_turns([
        (None, "the storm hit the county hard tonight sam lee has more", False),
        (None, "the wind came through just after six", False),
        (None, "i have never seen anything like it", False),
        ("reporter", "crews expect to work all week", False),
        (None, "also tonight the school board met", False),
    ]))
    assert got == [False, True, True, False, False]
    # with no reporter's label to close it, only the first turn is the reporter's
    got = handed_over(*_turns([
        (None, "the storm hit the county hard tonight sam lee has more", False),
        (None, "the wind came through just after six", False),
        (None, "also tonight the school board met", False),
    ]))
    assert got == [False, True, False]

"""A cold open, the programme's ident and the presenter's greeting on unmarked text (turns32):
invented programmes."""

import transcript_tools as tt


def _turns(raw: str) -> list[tuple[str, str]]:
    t = tt.clean(raw)
    tokens = t.document.tokens
    return [(turn.role, " ".join(x.text for x in tokens[turn.first:turn.stop] if x.is_word))
            for turn in t.turns]


def test_a_cold_open_before_an_ident_and_a_greeting_is_other() -> None:
    """The bites before "this is <programme>. good morning." are a cold open (`other`); the
    presenter's greeting hands over to nobody, so the presenter is the host up to the
    interview's question."""
    turns = _turns(
        "the harvest could be the latest in forty years. the orchards are running out of "
        "pickers. nobody wants to work the cold mornings anymore. this is the valley farm "
        "hour. good morning. we begin with apples, where the late frost cut the crop by a "
        "third. the cooperative says prices will rise before christmas. joining me now is the "
        "head of the growers union. what happened this spring? well the frost came in april "
        "just as the blossom opened. we lost most of the early fruit.\n")
    assert [r for r, _ in turns] == ["other", "host", "guest"]
    assert turns[0][1].endswith("this is the valley farm hour")
    assert turns[1][1].startswith("good morning we begin with apples")


def test_a_greeting_after_a_toss_without_an_ident_still_hands_over() -> None:
    """With no ident, schedule read or programme words beside it, a bare "good morning" is
    left to hand over (a reporter greeting the anchor): nothing before it is made a cold
    open."""
    turns = _turns(
        "the harvest could be the latest in forty years. the orchards are running out of "
        "pickers. our reporter spent the night with the growers. good morning. we begin "
        "with apples, where the late frost cut the crop by a third. the cooperative says "
        "prices will rise before christmas.\n")
    assert "other" not in [r for r, _ in turns]

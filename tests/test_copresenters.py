"""Co-presenters (`transcript_tools.copresenters`): an opening that names several presenters,
and where a guest first may speak among them."""

from __future__ import annotations

from transcript_tools.copresenters import co_presented, exchange, first_guest
from transcript_tools.markedroles import TurnCues
from transcript_tools.speakercues import Unit, cues


def _unit(text: str) -> Unit:
    return Unit(0, tuple(text.split()), 2)


def _cues(presents: bool = False) -> TurnCues:
    return TurnCues(False, False, presents, False)


def test_co_presenters_named_in_the_opening() -> None:
    def named(*texts: str) -> bool:
        return co_presented([_unit(t) for t in texts],
                            [_cues(presents=True)] + [_cues()] * (len(texts) - 1))
    assert named("welcome to the early trade i'm nadia ferro along with tomas reyes")
    assert named("good morning i'm nadia ferro", "and i'm tomas reyes")
    assert named("good morning i'm nadia ferro and i'm tomas reyes here in the studio")
    # a channel after "with", or one presenter alone, is no co-presenter
    assert not named("good evening i'm nadia ferro with channel nine news")
    assert not named("good morning i'm nadia ferro", "i'm glad to be here")


def test_co_presenters_hand_over_to_a_guest_they_bring_in() -> None:
    units = [_unit("what do you make of the corn market tomas"),
             _unit("not much honestly"),
             _unit("joining us now is the analyst miriam koss miriam good morning"),
             _unit("good morning")]
    assert first_guest([cues(u) for u in units], units, 0) == 3
    long_answer = _unit(" ".join(["word"] * 40))
    assert first_guest([cues(u) for u in units[:1] + [long_answer]],
                       units[:1] + [long_answer], 0) == 1


def test_a_long_narration_is_no_exchange() -> None:
    short, long = _unit("another record by the look of it"), _unit(" ".join(["word"] * 30))
    assert exchange(short, cues(short))
    assert not exchange(long, cues(long))


def test_a_reporters_label_ends_the_presenters_exchanges() -> None:
    units = [_unit("good evening i'm dana ortiz"), _unit("and i'm paul weller"),
             _unit("the shelter filled up by six"), _unit("we grabbed the dog and left")]
    unit_cues = [cues(u) for u in units]
    assert first_guest(unit_cues, units, 0) == 4
    assert first_guest(unit_cues, units, 0, [False, False, True, False]) == 2


def _sentences(*texts: str) -> list[Unit]:
    return [Unit(k, tuple(t.rstrip("?").split()), 1, t.endswith("?")) for k, t in enumerate(texts)]


def test_running_text_co_presenters_are_both_host() -> None:
    """Two presenters open the programme ("I'm X along with Y"): until a guest may speak, the
    decoder's guest is the other presenter (host), with a change of voice where it began."""
    from transcript_tools.copresenters import running_hosts
    from transcript_tools.speakers import GUEST, HOST

    units = _sentences("welcome to the early trade", "i'm nadia ferro along with tomas reyes",
                       "futures are flat this morning", "you say that every day",
                       "it has been flat all week", "the dollar is up a little",
                       "joining us now is the analyst miriam koss",
                       "the market is waiting for the central bank")
    states = [HOST, HOST, HOST, HOST, GUEST, GUEST, HOST, GUEST]
    got, changes = running_hosts(units, states, [cues(u) for u in units])
    assert got == [HOST] * 7 + [GUEST]
    assert changes == {4, 6}
    # one presenter: nothing changes
    alone = _sentences("welcome to the early trade", "i'm nadia ferro",
                       "futures are flat this morning", "you say that every day",
                       "it has been flat all week", "the dollar is up a little")
    assert running_hosts(alone, states[:6], [cues(u) for u in alone]) == (states[:6], set())


def test_a_second_presenter_naming_themselves_is_another_voice() -> None:
    """On running text "I'm X" right after "I'm Y", or "and I'm X" after "I'm Y" anywhere in
    the role's run, starts another voice; the same name again, a name further back without
    "and", "I'm" with no name ("i'm glad") or past the unit's opening do not."""
    from transcript_tools.copresenters import second_presenters
    from transcript_tools.speakers import GUEST, HOST

    units = _sentences("good evening i'm nadia ferro", "and i'm tomas reyes",
                       "the harbour bridge reopens tonight after six weeks of repairs",
                       "i'm nadia ferro at the bridge", "and i'm nadia ferro",
                       "i'm glad it is open", "today i'm joined by miriam koss")
    assert second_presenters(units, [HOST] * 7) == {1}
    assert second_presenters(_sentences("i'm nadia ferro in the studio", "i'm tomas reyes"),
                             [HOST] * 2) == {1}
    later = _sentences("good evening i'm nadia ferro", "the bridge reopens tonight",
                       "and i'm tomas reyes", "i'm miriam koss")
    assert second_presenters(later, [HOST] * 4) == {2, 3}
    # a change of role in between starts afresh; a bare "I'm X" further back is no pair
    assert second_presenters(later, [HOST, GUEST, GUEST, GUEST]) == {3}
    assert second_presenters(_sentences("i'm nadia ferro", "the bridge reopens tonight",
                                        "i'm tomas reyes"), [HOST] * 3) == set()

"""Exchange evidence between two voices: questions put to "you", courtesy pairs, introductions
and presenters naming each other count; devices, reported questions and narration do not."""

from __future__ import annotations

from transcript_tools.exchanges import exchange
from transcript_tools.speakercues import Unit


def _units(*sentences: str) -> list[Unit]:
    return [Unit(k, tuple(w.strip(".,?") for w in s.lower().split()), 1, s.endswith("?"))
            for k, s in enumerate(sentences)]


def test_questions_put_to_you_are_exchange_evidence_but_not_devices() -> None:
    assert exchange(_units("It was a long night.", "How divided would you say we are?")) >= 1
    assert exchange(_units("It was a long night.", "Now you might ask, why bother?")) == 0
    assert exchange(_units("It was a long night.", "Why does this matter?")) == 0
    # a question quoted after a verb of saying is reported, not asked
    assert exchange(_units("And then he said to me, jim", "What do you want?")) == 0


def test_courtesy_pairs_count_but_thanks_to_an_audience_does_not() -> None:
    assert exchange(_units("We are joined by the mayor, good morning.",
                           "Good morning to you.")) >= 1
    assert exchange(_units("Thank you.", "Thank you all for coming out tonight.")) == 0
    assert exchange(_units("Thank you for joining us.", "My pleasure.")) >= 1


def test_a_presenter_naming_co_presenters_is_exchange_evidence() -> None:
    assert exchange(_units("Good morning.", "I'm jane doakes with ravi quillon and ed marr.")) >= 1
    assert exchange(_units("Markets are flat.", "Alongside ravi quillon and ed marr.")) >= 1
    assert exchange(_units("Markets are flat.", "I'm jane q doakes along with ed marr.")) >= 1
    # a common word between "i'm" and "with" is no name
    assert exchange(_units("Markets are flat.", "I'm very happy with the result.")) == 0
    assert exchange(_units("Markets are flat.", "Alongside the river, the road is closed.")) == 0


def test_an_introduction_without_its_is_is_exchange_evidence() -> None:
    assert exchange(_units("Stocks fell.", "Joining us now ed marr, editor of a weekly.")) >= 1
    assert exchange(_units("Stocks fell.", "And with me now ed marr of the weekly.")) >= 1
    # a joining word in narration introduces nobody
    assert exchange(_units("That is all.", "Joined by his wife, he walked on to the pier.")) == 0
    assert exchange(_units("That is all.", "Then the crowd came, joining us at the gate.")) == 0

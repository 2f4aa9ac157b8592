"""A hand-edited or truncated decisions file says what is wrong with it in words a reviewer
can act on, not in Python's (``string indices must be integers``)."""

from __future__ import annotations

import pytest

from transcript_tools.decisions import SCHEMA, Decisions
from transcript_tools.errors import InputError

GOOD = {"target": "correction", "decision": "reject", "start": 0, "end": 5,
        "original": "hello", "replacement": "Hello", "kind": "case", "rule": "r"}


@pytest.mark.parametrize(("decisions", "message"), [
    ({"a": 1}, "'decisions' must be a list"),
    ([1], "decision 1 is malformed: not an object"),
    ([GOOD, {k: v for k, v in GOOD.items() if k != "decision"}],
     "decision 2 is malformed: no 'decision' field"),
    ([dict(GOOD, kind=["name"])], "decision 1 is malformed: kind ['name'] is not one of"),
    ([dict(GOOD, decision="maybe")], "decision 1 is malformed: decision 'maybe' is not one of"),
    ([dict(GOOD, start="x")], "decision 1 is malformed: start 'x' is not a whole number"),
])
def test_malformed_decisions_name_the_field(decisions: object, message: str) -> None:
    with pytest.raises(InputError) as caught:
        Decisions.from_dict({"schema": SCHEMA, "decisions": decisions}, path="d.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("d.json: ")


def test_a_well_formed_decision_loads() -> None:
    loaded = Decisions.from_dict({"schema": SCHEMA, "decisions": [GOOD]})
    assert [d.as_dict() for d in loaded.items] == [GOOD]

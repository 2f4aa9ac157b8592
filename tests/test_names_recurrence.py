"""A garble said again for a name the text names (`recurrence.recurring`): constructed cases
and a crowded lexicon."""

from __future__ import annotations

import json
from pathlib import Path

from transcript_tools import clean

CASES = Path(__file__).parent / "data" / "cases" / "names"


def _edits(text: str, names: list[str]) -> dict[str, str]:
    doc = clean(text, names=names).document
    return {e.original: e.replacement for e in doc.edits if e.kind == "name"}


def test_recurring_garbles_are_fixed_only_when_repeated_beside_the_name() -> None:
    data = json.loads((CASES / "recurring.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        got = _edits(case["text"], data["lexicon"])
        for garble, name in case["garbles"].items():
            assert got.get(garble) == name, case["text"]
        assert set(got) <= set(case["garbles"]) | {"dortmund", "eldoret", "pompeii",
                                                   "kenya", "naples"}, case["text"]


def test_recurring_garbles_carry_their_rule() -> None:
    data = json.loads((CASES / "recurring.json").read_text(encoding="utf-8"))
    doc = clean(data["cases"][0]["text"], names=data["lexicon"]).document
    rules = [e.rule for e in doc.edits if e.original == "to mund"]
    assert len(rules) == 2 and all(r.endswith("+recurs") for r in rules)


def test_not_in_a_crowded_lexicon() -> None:
    data = json.loads((CASES / "recurring.json").read_text(encoding="utf-8"))
    names = data["lexicon"] + [f"Town{chr(97 + k)}{chr(97 + j)}" for k in range(6)
                               for j in range(6)]
    got = _edits(data["cases"][0]["text"], names)
    assert "to mund" not in got


"""Whole-turn evidence on unmarked text: does what a whole inferred turn says (the cues
`markedroles` reads on marked turns) disagree with the role the decoder gave it?

Run ``python evaluation/turns_wholeturn.py`` (about 20 s). On the dev sets (constructed dev
interviews as written, the dev excerpts, dev2) it tallies, per decoded turn, the whole-turn
cues of `markedroles.turn_cues` (names its speaker or welcomes the audience, asks "you",
closes on a question to "you", thanks for having its speaker) against the role the stage
gave the turn; then it prints the dev figures (as ``turns_noise.py`` does) with the stage as
shipped and with the inferred turns' roles decided again by `markedroles.marked_roles` (each
inferred turn taken as a marked one, its boundaries kept). Dev sets only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402
import turns_noise as tn  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools import turns as stage  # noqa: E402
from transcript_tools.markedroles import (  # noqa: E402
    _sentence_cues,
    marked_roles,
    presents_in,
    turn_cues,
)
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakercues import Unit, cues  # noqa: E402
from transcript_tools.speakers import OTHER, STATES  # noqa: E402

CUES = ("presents", "asks", "closes_asking", "arrives")


def spans(states: Sequence[int], changes: set[int] | frozenset[int]) -> list[tuple[int, int]]:
    """The inferred turns as unit ranges (a change of role or of voice starts one)."""
    firsts = [k for k in range(len(states)) if not k or states[k] != states[k - 1]
              or k in changes]
    return list(zip(firsts, [*firsts[1:], len(states)]))


def whole(units: Sequence[Unit], a: int, b: int) -> tuple[Unit, list[Unit]]:
    """Units ``a`` to ``b`` as one marked turn, and its sentences."""
    return (Unit(units[a].first, tuple(w for u in units[a:b] for w in u.words), 2,
                 units[b - 1].question_mark), list(units[a:b]))


def tally_hook(tally: Counter[tuple[str, str]]) -> Any:
    """A `TurnSegmenter._turns` that tallies each inferred turn's cues by its role."""
    original = stage.TurnSegmenter._turns

    def hooked(self: Any, doc: Any, units: list[Unit], states: list[int], labels: Any,
               marked: bool, changes: Any = frozenset(), *rest: Any) -> Any:
        if not marked:
            for a, b in spans(states, changes):
                turn, sentences = whole(units, a, b)
                c = cues(turn)
                t = turn_cues(c, _sentence_cues(c, sentences), presents_in(sentences))
                tally[("turns", STATES[states[a]])] += 1
                for name in CUES:
                    if getattr(t, name):
                        tally[(name, STATES[states[a]])] += 1
        return original(self, doc, units, states, labels, marked, changes, *rest)
    return hooked


def rerole_hook() -> Any:
    """A `TurnSegmenter._turns` that gives each inferred turn `marked_roles`' role."""
    original = stage.TurnSegmenter._turns

    def hooked(self: Any, doc: Any, units: list[Unit], states: list[int], labels: Any,
               marked: bool, changes: Any = frozenset(), *rest: Any) -> Any:
        if not marked and units:
            bounds = spans(states, changes)
            turns = [whole(units, a, b) for a, b in bounds]
            roles = marked_roles([t for t, _ in turns], [None] * len(turns),
                                 [s for _, s in turns])
            states = [roles[j] for j, (a, b) in enumerate(bounds) for _ in range(a, b)]
            changes = set(changes) | {a for j, (a, _) in enumerate(bounds)
                                      if j and roles[j] == roles[j - 1] != OTHER}
        return original(self, doc, units, states, labels, marked, changes, *rest)
    return hooked


def main() -> int:
    original = stage.TurnSegmenter._turns
    tally: Counter[tuple[str, str]] = Counter()
    stage.TurnSegmenter._turns = tally_hook(tally)  # type: ignore[method-assign]
    try:
        cleaner = Cleaner(options=Options())
        for path in sorted(ev.CASES.glob("*.txt")):
            text, _ = ev.assemble(ev.variant(ev.read_case(path), "written"))
            cleaner.run(parse(text, format="broadcast"))
        listing = json.loads((ev.CASES / "interview_pages.json").read_text(encoding="utf-8"))
        for where, entries in (
                (ev.interviews_dir(), [e for e in listing if not e["heldout"]]),
                (ev.dev2_dir(), json.loads(
                    (ev.CASES / "interview_pages3.json").read_text(encoding="utf-8")))):
            if where is None:
                continue
            for entry in entries:
                ev.interview_page(cleaner, where, entry)
    finally:
        stage.TurnSegmenter._turns = original  # type: ignore[method-assign]
    print("inferred turns by decoded role, and those with each whole-turn cue:")
    for name in ("turns", *CUES):
        print(f"  {name:14s} " + "  ".join(f"{r} {tally[(name, r)]}" for r in STATES))
    print(tn.line("shipped", tn.figures()))
    stage.TurnSegmenter._turns = rerole_hook()  # type: ignore[method-assign]
    try:
        print(tn.line("re-roled", tn.figures()))
    finally:
        stage.TurnSegmenter._turns = original  # type: ignore[method-assign]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Role errors on unmarked text split by their cause: wrong boundaries, or the wrong role for
turns whose boundaries are right.

Run ``python evaluation/turns_gold.py [sample|dev|dev2|dev4|all] [--turns]`` (dev sets only:
held-out entries are skipped, as in ``evaluation/turns_roles.py``). For each set, two views:

- **the stage as it is**, its wrong words split by the true turn holding them: a turn whose
  start and end both have a predicted boundary within 3 words (``edges right``; ``+inner``
  when the stage also cuts it inside) or one whose start or end has none (``edge missed``),
  and whether the turn's commonest predicted role is wrong (``whole``) or only some of its
  words (``part``), by true -> given role;
- **the stage given the true turns**: the decoder forced to change role exactly at the unit
  starts nearest (within 3 words) the annotated changes of role and nowhere else (two turns of
  one role in a row, co-anchors or clip after clip, are one state: no change forced), with
  its profile pass, and the stage's later steps (`settle`, `clips`, `reports`, hand-overs) as
  they are. Its roles are what right boundaries alone would give; what stays wrong is the role
  step's. ``--turns`` lists each true turn given a wrong role in that view.
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402
import turns_roles as tr  # noqa: E402

import transcript_tools.speakers as sp  # noqa: E402
import transcript_tools.turns as tmod  # noqa: E402
from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

_FORCED: dict[str, list[bool | None] | None] = {"allowed": None}
_DECODE = tmod.decode  # turns_roles' wrapper: records the units and the decoded path


def _decode(units: Any, states: int = 3, marked: bool = False, w: Any = None,
            allowed: Any = None, extra: Any = None, unit_cues: Any = None) -> list[int]:
    """`speakers.decode`, forced to change role where ``_FORCED`` says (both passes)."""
    forced = _FORCED["allowed"]
    if forced is None or len(forced) != len(units) or states != 3 or marked:
        return _DECODE(units, states, marked, w, allowed, extra, unit_cues)
    w = w or sp.weights()
    prep = sp.prepare(units, False, unit_cues)
    emitted = sp._emitted(prep.features, w, states)
    changes = sp._changes(units, prep, w, marked)
    moves = sp._moves(units, prep, w, marked, changes, forced)
    path = sp._viterbi(units, prep, emitted, w, states, marked, forced, None, changes, moves)
    again = sp.profile(units, path)
    if again is not None:
        path = sp._viterbi(units, prep, emitted, w, states, marked, forced, again, changes,
                           moves)
    tr._TRACE["units"] = units
    tr._TRACE["decode"] = list(path)
    return path


tmod.decode = _decode  # type: ignore[assignment]


def _roles(doc: Any, truth: list[tuple[int, str]]
           ) -> tuple[list[Any], list[int], list[int], list[str], list[str], list[int]]:
    """(words, word index of each token, true turn starts as word indices, true and given
    role of each word, given turn starts as word indices) of a cleaned document."""
    widx = ev.word_index(doc)
    words = [t for t in doc.tokens if t.kind == "word"]
    starts = [t.start for t in words]
    n = len(words)
    firsts = [bisect.bisect_left(starts, off) for off, _ in truth]
    true_role = ev.word_roles(firsts, [r for _, r in truth], n)
    given = [""] * n
    bounds = []
    for t in doc.turns:
        a, b = widx[t.first], widx[t.stop]
        given[a:b] = [t.role] * (b - a)
        if a > 0:
            bounds.append(a)
    return words, widx, firsts, true_role, given, bounds


def _turns(firsts: list[int], n: int) -> list[tuple[int, int]]:
    edges = sorted(set([0, n] + [x for x in firsts if 0 < x < n]))
    return list(zip(edges, edges[1:]))


def split(firsts: list[int], true_role: list[str], given: list[str], bounds: list[int],
          tally: Counter[str]) -> None:
    """Tally the wrong words of each true turn by its edges and its commonest given role."""
    n = len(true_role)

    def found(x: int) -> bool:
        return x in (0, n) or any(abs(x - p) <= ev.TOLERANCE for p in bounds)

    for a, b in _turns(firsts, n):
        role = true_role[a]
        if not role:
            continue
        got = Counter(given[a:b])
        wrong = sum(v for r, v in got.items() if r != role)
        if not wrong:
            continue
        top = got.most_common(1)[0][0]
        inner = any(a + ev.TOLERANCE < p < b - ev.TOLERANCE for p in bounds)
        edges = ("edges right" + (" +inner" if inner else "")) if found(a) and found(b) \
            else "edge missed"
        tally[f"{edges}: {'whole' if top != role else 'part'}"] += wrong
        if top != role:
            tally[f"{edges}: whole {role}->{top}"] += wrong
        tally["wrong"] += wrong


def forced_changes(units: Any, widx: list[int], firsts: list[int], roles: list[str]
                   ) -> list[bool | None]:
    """Per unit: True at the unit start nearest each true change of role (within 3 words),
    else False."""
    starts = [widx[u.first] for u in units]
    near = set()
    for i, t in enumerate(firsts):
        if i == 0 or t <= 0 or roles[i] == roles[i - 1]:
            continue
        k = min(range(len(starts)), key=lambda j: abs(starts[j] - t))
        if k and abs(starts[k] - t) <= ev.TOLERANCE:
            near.add(k)
    return [k in near for k in range(len(units))]


def sample_cleaner() -> Cleaner:
    names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    return Cleaner(names, [ref], Options())


def clip(text: str) -> str:
    return tr.clip(text, 200, 110, 80)


def main() -> int:
    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["all"]
    listing = "--turns" in sys.argv
    cleaner = Cleaner(options=Options())
    for name in (("sample", *tr.SETS) if "all" in which else which):
        tally: Counter[str] = Counter()
        given_gold: Counter[str] = Counter()
        words_n = 0
        for doc, text, truth, ident in tr.cleaned(name, cleaner):
            words, widx, firsts, true_role, given, bounds = _roles(doc, truth)
            words_n += len(words)
            split(firsts, true_role, given, bounds, tally)
            units = tr._TRACE.get("units") or []
            _FORCED["allowed"] = forced_changes(units, widx, firsts, [r for _, r in truth])
            try:
                again = (sample_cleaner() if name == "sample" else cleaner).run(
                    parse(text, format="broadcast"))
            finally:
                _FORCED["allowed"] = None
            words2, _, firsts2, true2, given2, _ = _roles(again, truth)
            for x, y in zip(true2, given2):
                if x and x != y:
                    given_gold[f"{x}->{y}"] += 1
            if listing:
                for a, b in _turns(firsts2, len(words2)):
                    got = Counter(given2[a:b])
                    top = got.most_common(1)[0][0]
                    if true2[a] and top != true2[a]:
                        print(f"  {ident[:22]:22s} {a:4d} {b - a:4d}w true {true2[a]:5s} "
                              f"given {dict(got)} :: "
                              + clip(" ".join(t.text for t in words2[a:b])))
        wrong_gold = given_gold.total()
        print(f"### {name}: {words_n} words; the stage: roles "
              f"{1 - tally['wrong'] / max(words_n, 1):.3f} ({tally['wrong']} wrong); "
              f"given the true turns: roles {1 - wrong_gold / max(words_n, 1):.3f} "
              f"({wrong_gold} wrong: "
              + ", ".join(f"{k} {v}" for k, v in given_gold.most_common()) + ")")
        for key in sorted(k for k in tally if k != "wrong" and tally[k]):
            print(f"  {key:42s} {tally[key]:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

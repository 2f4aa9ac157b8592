"""The document's own contexts of a name as evidence: a window held below the edit bar that
stands where the page writes the name right ("the farmers and mbg" ... "mbg bloc", and then
"the farmers and mpg bloc") is judged without the caps on common words. Called by `names`.

Where a page writes a name correctly, the words around it ("president X", "X bloc", "X's
forces") recur around its garbles. A window the scorer hears as a name the page writes, held
below the bar only by the caps on common words (the name's nearest English word, fluent pairs,
`nameslot.odd_in_place`'s "a suggestion at most"), echoes a correct mention when the word just
before it is the word just before some exact mention of the name and the word just after it
the word just after some exact mention (or "'s" after both), one of the two no function word
(`nameslot.CLOSED_CLASS`): then it is judged as the scorer judges it with those caps lifted
(`namescore.Scorer._confidence(..., free=True)`). Not in a lexicon of more than `CROWD` names
(the scorer's `crowded`), where some name sounds near any word. Measured in `docs/tried.md`
(names55): of 3,641 windows of the dev pages within reach of a name the page writes, 3 echo
on both sides and 1 of those with a content word, a clear garble the scorer held at 0.75; an
echo on one side only, most often the same function word ("the", "of", "in"), marks 79 wrong
windows to 39 right.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .namechoice import Scored
from .namescore import Run, Scorer
from .nameslot import CLOSED_CLASS

RULE = "+echo"
POSSESSIVE = "'s"
"""The right-hand context of a possessive mention ("X's forces" echoes as "'s")."""
LIFTS = frozenset({"context", "odd"})
"""The scorer's rule suffixes an echoed window may carry: the name is spoken of ("+context"),
and the caps alone hold it ("+odd"); any other guard ("+first", "+place", "+person", "+title",
"+thin", "+rival", ...) keeps it as it is."""
KINDS = frozenset({"sound", "sound-part", "sound-typo", "sound-nonword"})
"""The scorer's rules by sound (not by letters, acronyms or a possessive)."""

Contexts = dict[str, tuple[frozenset[str], frozenset[str]]]


def contexts(runs: Sequence[Run], names: Collection[str] | None = None) -> Contexts:
    """Per name the document writes exactly (`names.NameCorrector._exact`'s marks; only
    ``names``, when given): the words just before its mentions and just after them ("'s"
    after a possessive one), within a run and outside any other mention."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for run in runs:
        marks = run.marks
        if not marks:
            continue
        n = len(run)
        start = -1
        for k in sorted(marks):
            name, last, _ = marks[k]
            if start < 0:
                start = k
            if not last:
                continue
            if names is not None and name not in names:
                start = -1
                continue
            if start > 0 and start - 1 not in marks and run[start - 1].key:
                before.setdefault(name, set()).add(run[start - 1].key[-1])
            if run[k].possessive:
                after.setdefault(name, set()).add(POSSESSIVE)
            elif k + 1 < n and k + 1 not in marks and run[k + 1].key:
                after.setdefault(name, set()).add(run[k + 1].key[0])
            start = -1
    return {name: (frozenset(before.get(name, ())), frozenset(after.get(name, ())))
            for name in before.keys() & after.keys()}


def echoes(run: Run, first: int, stop: int, heard: tuple[frozenset[str], frozenset[str]]
           ) -> bool:
    """Whether the window ``run[first:stop]`` stands where a mention of the name stood: the
    same word before as one mention and the same after as one (``heard``: `contexts`' sets),
    one of them no function word (`_context`)."""
    got = _context(run, first, stop)
    return got is not None and got[0] in heard[0] and got[1] in heard[1]


def echoed(scored: list[Scored], runs: Sequence[Run], scorer: Scorer, prior: set[str],
           min_confidence: float) -> list[Scored]:
    """``scored`` with a window below ``min_confidence`` for a name the document writes,
    held by the caps on common words alone (its rule a sound rule with "+context" and at
    most "+odd"), that `echoes` a mention of the name in ``runs``: judged with those caps
    lifted (rule "+echo") where that is surer. (The mentions' contexts are read only for a
    document that has such a window: most have none.)"""
    held = [k for k, ((conf, rule), run, c) in enumerate(scored)
            if conf < min_confidence and "+context" in rule and c.letters is None
            and not c.possessive and _liftable(rule) and _context(run, c.first, c.stop) is not None]
    if not held:
        return scored
    heard = contexts(runs, {scored[k][2].unit.canonical for k in held})
    out = list(scored)
    for k in held:
        (conf, rule), run, c = scored[k]
        ctx = heard.get(c.unit.canonical)
        if ctx is not None and echoes(run, c.first, c.stop, ctx):
            got = scorer.free(run, c, prior)
            if got[0] > conf:
                out[k] = ((got[0], got[1] + RULE), run, c)
    return out


def _context(run: Run, first: int, stop: int) -> tuple[str, str] | None:
    """The window's context as `contexts` reads a mention's: the word before it and the word
    after it ("'s" after a possessive), one of them no function word; None where it has no
    such context (then no mention's can match: `echoed` skips the window before the
    mentions' contexts are read)."""
    if not first or not run[first - 1].key:
        return None
    left = run[first - 1].key[-1]
    if run[stop - 1].possessive:
        right = POSSESSIVE
    elif stop < len(run) and run[stop].key:
        right = run[stop].key[0]
    else:
        return None
    if left in CLOSED_CLASS and (right in CLOSED_CLASS or right == POSSESSIVE):
        return None
    return left, right


def _liftable(rule: str) -> bool:
    """A sound rule whose suffixes are "+context" and at most "+odd" (`KINDS`, `LIFTS`)."""
    kind, *rest = rule.split("+")
    return kind in KINDS and LIFTS.issuperset(rest)

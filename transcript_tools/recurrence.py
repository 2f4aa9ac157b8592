"""A garble said again: the same odd words heard for a name the document speaks of, in several
places, are the name, not chance ("to kia" three times in a story that names Türkiye).

Used by `names.NameCorrector._score` (in a lexicon of at most `namescore.CROWD` names).
"""

from __future__ import annotations

from collections.abc import Iterable

from .namechoice import RIVAL, TIGHTER, Scored
from .namescore import NOUN_SLOT, Candidate, Run, Scorer
from .pronounce import known
from .vocabulary import vocabulary

REPEATS = 2
"""The fewest places the same words must stand for the same name."""
STEP = 0.1
"""How much surer each further place makes the window (over its confidence with the caps on
common words lifted)."""
SURE = 0.9
"""The most a recurring window is trusted."""


def recurring(found: Iterable[tuple[Run, list[Candidate]]], prior: set[str], scorer: Scorer
              ) -> list[Scored]:
    """Windows of two or more words that recur for a name in ``prior`` with every inner seam
    unknown to the bigram counts and a word outside the frequency list (not a determiner and
    dictionary words, `NOUN_SLOT`), each scored with the
    caps on common words lifted and raised by STEP per further place (at most SURE); not a
    window with a tighter one inside it for the name, nor one another name fits as well."""
    groups: dict[tuple[tuple[str, ...], str], dict[tuple[int, int], tuple[Run, Candidate]]] = {}
    rivals: dict[tuple[int, int, int], list[Candidate]] = {}
    for run, cands in found:
        for c in cands:
            rivals.setdefault((id(run), c.first, c.stop), []).append(c)
        for c in cands:
            name = c.unit.canonical
            if c.letters is not None or c.possessive or c.stop - c.first < 2 \
                    or name not in prior \
                    or any(k in run.marks for k in range(c.first, c.stop)) or any(
                        o.unit.canonical == name and c.first <= o.first and o.stop <= c.stop
                        and o.stop - o.first < c.stop - c.first and o.score - c.score < TIGHTER
                        for o in cands):
                continue   # (a window inside it fits the name nearly as well: that one)
            at = groups.setdefault((run.words()[c.first:c.stop], name), {})
            had = at.get((id(run), c.first))
            if had is None or c.score < had[1].score:
                at[(id(run), c.first)] = (run, c)
    out: list[Scored] = []
    v = vocabulary()
    for (_, name), places in groups.items():
        if len(places) < REPEATS:
            continue
        run, c = next(iter(places.values()))
        items = run[c.first:c.stop]
        keys = [w for it in items for w in it.key]
        if any(v.bigram(a, b) for a, b in zip(keys, keys[1:])) or not any(
                it.zipf == 0 and it.text.isalpha() for it in items):
            # (Words all of the frequency list may be a phrase the bigram counts lack, "bomb
            # bay" said twice in a story of a Pompeii.)
            continue
        if keys[0] in NOUN_SLOT and all(known(w) for w in keys[1:]):
            # A possessive or demonstrative and words the pronouncing dictionary knows ("his
            # mom" twice in a story of a Heisman Trophy, qa29: "mom" is missing from the
            # frequency list, not a garble): a noun phrase said again.
            continue
        for run, c in places.values():
            if any(o.unit.canonical != name and (
                    o.score - c.score < RIVAL if o.unit.canonical in prior
                    else c.score - o.score > RIVAL) for o in rivals[(id(run), c.first, c.stop)]):
                # Another name the document speaks of fits the words as well, or one it
                # does not speak of fits them clearly better.
                continue
            conf, rule = scorer._confidence(run, c, prior, True)
            lifted = min(SURE, conf + STEP * (len(places) - 1))
            if lifted > conf:
                out.append(((lifted, rule + "+recurs"), run, c))
    return out

"""Which decoder terms make each change of speaker: for every predicted change, the best path
that does not change there, and the weighted feature differences between the two paths.

Run ``python evaluation/turns_blame.py`` (``--list`` prints each dev false change and each
miss with its words and its top terms; ``--dev`` leaves the held-out sets out). False
changes (no true boundary within 3 words) and true ones are tallied apart: how often each
term is the largest push towards the change, and its summed push. Misses (a true change with
a unit start within 3 words but no change decoded there): the best path forced to change at
the nearest unit start, and the terms that made the decoder stay (largest pull against the
change). Role errors by class: a whole document with host and guest swapped (swapping them
would halve its errors), `other` (promos, clips, reports) taken for host or guest or the
reverse, whole host/guest turns given the other's role, and spill over a boundary.
Sets as in ``evaluation/turns_diagnose.py``.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from operator import mul
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_turns as tt  # noqa: E402
import turns as ev  # noqa: E402
import turns_diagnose as td  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.speakers import (  # noqa: E402
    STATES,
    _viterbi,
    decode,
    prepare,
    profile,
    weights,
)


def _terms(ex: tt.Example, path: list[int], extra: object) -> Counter[str]:
    """The weighted score of a path, per term (emission features by role, moves, profile)."""
    v = tt.vector(weights())
    out: Counter[str] = Counter()
    for key, x in tt.path_features(ex.units, path).items():
        name = key.split(":", 1)[1] if not key.startswith(("move:", "change:")) else key
        # emission terms: name by feature and role ("question>host")
        if not key.startswith(("move:", "change:")):
            name = f"{key.split(':')[1]}>{key.split(':')[0]}"
        out[name] += v[key] * x
    if extra is not None:
        for k, s in enumerate(path):
            out["profile"] += extra[3 * k + s]  # type: ignore[index]
    return out


def blame(examples: list[tt.Example], title: str, listing: bool) -> None:
    w = weights()
    top: dict[str, Counter[str]] = {"false": Counter(), "true": Counter()}
    push: dict[str, Counter[str]] = {"false": Counter(), "true": Counter()}
    count: Counter[str] = Counter()
    stay: dict[str, Counter[str]] = {"top": Counter(), "pull": Counter()}
    roles: Counter[str] = Counter()
    for ex in examples:
        units = ex.units
        n = len(units)
        prep = prepare(units, any(w.change))
        em = [w.emission[s] for s in range(3)]
        emitted = array("d", [sum(map(mul, e, f)) for f in prep.features for e in em])
        first = _viterbi(units, prep, emitted, w, 3, False, None, None)
        extra = profile(units, first)
        path = decode(units, 3)
        pred = {ex.starts[k]: k for k in range(1, n) if path[k] != path[k - 1]}
        mp, _ = ev.matched(list(pred), ex.truth)
        for x, k in sorted(pred.items()):
            kind = "true" if x in mp else "false"
            allowed: list[bool | None] = [None] * n
            allowed[k] = False
            alt = _viterbi(units, prep, emitted, w, 3, False, allowed, extra)
            diff = _terms(ex, path, extra)
            diff.subtract(_terms(ex, alt, extra))
            pos = {t: d for t, d in diff.items() if d > 1e-9}
            count[kind] += 1
            if not pos:
                continue
            best = max(pos, key=pos.__getitem__)
            top[kind][best] += 1
            push[kind].update(pos)
            if listing and kind == "false":
                words = getattr(ex, "text_words", None)
                ctx = (" ".join(words[max(0, x - 8):x]) + " | " + " ".join(words[x:x + 8])
                       if words else "")
                best3 = sorted(pos.items(), key=lambda kv: -kv[1])[:3]
                print(f"    {ex.name:24s} {STATES[path[k - 1]]}->{STATES[path[k]]} {ctx}")
                print("        " + ", ".join(f"{t} {d:+.2f}" for t, d in best3))
        _misses(ex, units, prep, emitted, w, path, extra, pred, stay, count, listing)
        _roles(ex, path, roles)
    print(f"{title}: {count['false']} false changes, {count['true']} true, "
          f"{count['miss']} misses with a unit start near")
    for kind in ("false", "true"):
        c = count[kind] or 1
        print(f"  {kind}: top term (share of changes) / mean push:")
        print("    " + "; ".join(f"{t} {m / c:.0%}/{push[kind][t] / c:.2f}"
                                 for t, m in top[kind].most_common(12)))
    c = count["miss"] or 1
    print("  misses: top term against the change (share) / mean pull:")
    print("    " + "; ".join(f"{t} {m / c:.0%}/{stay['pull'][t] / c:.2f}"
                             for t, m in stay["top"].most_common(12)))
    words = roles["words"] or 1
    print(f"  role errors {roles['wrong']} of {roles['words']} words "
          f"({roles['wrong'] / words:.0%}): documents swapped host/guest "
          f"{roles['swap_docs']} ({roles['swap']} words); "
          f"other taken for host/guest {roles['other_as_speaker']}, host/guest taken for other "
          f"{roles['speaker_as_other']}; whole host/guest turns swapped "
          f"{roles['turn_swap']} (host as guest {roles['host_as_guest']}, guest as host "
          f"{roles['guest_as_host']}); spill over a boundary {roles['spill']}")


def _misses(ex: tt.Example, units: list, prep: object, emitted: array, w: object,
            path: list[int], extra: object, pred: dict[int, int], stay: dict[str, Counter],
            count: Counter[str], listing: bool) -> None:
    """For each missed true change with a unit start within 3 words: the terms of the best
    path changing there minus the decoded path's (the negative ones kept it)."""
    _, mt = ev.matched(list(pred), ex.truth)
    for t in sorted(set(ex.truth) - mt):
        k = min(range(1, len(ex.starts)), key=lambda j: abs(ex.starts[j] - t), default=0)
        if not k or abs(ex.starts[k] - t) > td.ev.TOLERANCE:
            continue
        allowed: list[bool | None] = [None] * len(units)
        allowed[k] = True
        alt = _viterbi(units, prep, emitted, w, 3, False, allowed, extra)
        diff = _terms(ex, alt, extra)
        diff.subtract(_terms(ex, path, extra))
        neg = {n: -d for n, d in diff.items() if d < -1e-9}
        count["miss"] += 1
        if not neg:
            continue
        worst = max(neg, key=neg.__getitem__)
        stay["top"][worst] += 1
        stay["pull"].update(neg)
        if listing:
            words = getattr(ex, "text_words", None)
            x = ex.starts[k]
            ctx = (" ".join(words[max(0, x - 8):x]) + " | " + " ".join(words[x:x + 8])
                   if words else "")
            worst3 = sorted(neg.items(), key=lambda kv: -kv[1])[:3]
            print(f"    MISS {ex.name:19s} {STATES[path[k - 1]]}=={STATES[path[k]]} "
                  f"(true {ex.roles[x] if ex.roles else '?'}) {ctx}")
            print("        " + ", ".join(f"{n} -{d:.2f}" for n, d in worst3))


def _roles(ex: tt.Example, path: list[int], c: Counter[str]) -> None:
    """Tally the words given the wrong role by class (see the module docstring)."""
    if ex.roles is None:
        return
    role = td.word_roles(ex, path)
    swap = {"host": "guest", "guest": "host"}
    wrong = sum(x != y for x, y in zip(role, ex.roles))
    swapped = sum(swap.get(x, x) != y for x, y in zip(role, ex.roles))
    c["words"] += ex.words
    c["wrong"] += wrong
    if swapped * 2 < wrong:
        c["swap_docs"] += 1
        c["swap"] += wrong
        return
    for true, got, top in td.true_turns(ex, role):
        for r, n in got.items():
            if r == true:
                continue
            if true == "other" or r == "other":
                c["other_as_speaker" if true == "other" else "speaker_as_other"] += n
            elif top != true:
                c["turn_swap"] += n
                c[f"{true}_as_{r}"] += n
            else:
                c["spill"] += n


def main() -> int:
    cleaner = Cleaner(options=Options())
    listing = "--list" in sys.argv
    train, held = td.load_with_words(cleaner)
    cons = [e for e in train if "/" in e.name]
    pages = [e for e in train if "/" not in e.name]
    blame(cons, "constructed dev (3 variants)", listing)
    blame(pages, "interview pages dev", listing)
    tt.example = td.example_with_words
    try:
        dev2 = tt.load_dev2(cleaner)
    finally:
        tt.example = td._EXAMPLE
    blame(dev2, "interview pages dev2", listing)
    if "--dev" not in sys.argv:
        blame(held["constructed held out"], "constructed held out", False)
        blame(held["interviews held out"], "interview pages held out", False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

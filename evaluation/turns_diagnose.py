"""Where the inferred speaker turns go wrong: missed boundaries split by whether any unit
starts near them, false boundaries by the kind of unit start, role errors by cause.

Run ``python evaluation/turns_diagnose.py`` (``--list`` prints every dev miss with its words;
``--dev`` leaves the held-out sets out).
Uses `train_turns.load` (the constructed cases, three variants each, and the annotated
interview pages; dev and held out apart). Sets: see ``evaluation/turns.py``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_turns as tt  # noqa: E402
import turns as ev  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.speakers import STATES, decode  # noqa: E402


def diagnose(examples: list[tt.Example], title: str, listing: bool) -> None:
    c: Counter[str] = Counter()
    for ex in examples:
        if ex.roles is None:
            continue
        path = decode(ex.units, 3)
        pred = [ex.starts[k] for k in range(1, len(path)) if path[k] != path[k - 1]]
        pred = [x for x in pred if x > 0]
        kind = {ex.starts[k]: ex.units[k].strength for k in range(1, len(ex.units))}
        cands = sorted(kind)
        mp, mt = ev.matched(pred, ex.truth)
        c["truth"] += len(set(ex.truth))
        c["pred"] += len(set(pred))
        c["hit"] += len(mt)
        for t in sorted(set(ex.truth)):
            near = [x for x in cands if abs(x - t) <= ev.TOLERANCE]
            c["truth_cand_exact"] += t in kind
            c["truth_cand_near"] += bool(near)
            if t in mt:
                continue
            if not near:
                c["miss_a_no_candidate"] += 1
                why = "a"
            else:
                c["miss_b_not_taken"] += 1
                c["miss_b_" + ("sentence" if any(kind[x] for x in near) else "inside")] += 1
                why = "b"
            if listing:
                print(f"    {ex.name:28s} miss-{why} {ex.words_around(t)}")
        for x in sorted(set(pred) - mp):
            c["false_" + ("sentence" if kind.get(x) else "inside")] += 1
            near_truth = any(abs(x - t) <= ev.TOLERANCE for t in ex.truth)
            c["false_dup_near_truth"] += near_truth
            if listing:
                print(f"    {ex.name:28s} false {ex.words_around(x)}")
        # roles: the predicted role of each word, tallied per true turn
        for true, got, top in true_turns(ex, word_roles(ex, path)):
            wrong = sum(n for r, n in got.items() if r != true)
            c["words"] += got.total()
            c["role_wrong"] += wrong
            if top != true:
                c["role_whole_turn"] += wrong
                c[f"role_whole_{true}_as_{top}"] += wrong
            else:
                c["role_spill"] += wrong
        # ceiling: the best path through the current candidates
        gold = ex.gold(tt.weights())
        p, r, f, acc = ex.score(gold)
        c["oracle_f1"] += f  # type: ignore[assignment]
        c["oracle_roles"] += acc  # type: ignore[assignment]
        near = set()
        for t in ex.truth:
            k = min(range(len(ex.starts)), key=lambda j: abs(ex.starts[j] - t))
            if abs(ex.starts[k] - t) <= ev.TOLERANCE and k:
                near.add(k)
        forced = decode(ex.units, 3, allowed=[k in near for k in range(len(ex.units))])
        forced2 = decode(ex.units, 2, allowed=[k in near for k in range(len(ex.units))])
        c["given_bounds_roles2"] += ex.score(forced2)[3]  # type: ignore[assignment]
        c["given_bounds_roles"] += ex.score(forced)[3]  # type: ignore[assignment]
        c["docs"] += 1
    n = c["docs"] or 1
    print(f"{title}: {c['docs']} docs, {c['truth']} true boundaries, {c['pred']} predicted, "
          f"{c['hit']} hit")
    print(f"  true boundaries at a unit start exactly {c['truth_cand_exact']}, within 3 words "
          f"{c['truth_cand_near']}")
    print(f"  missed: (a) no unit start within 3 words {c['miss_a_no_candidate']}; "
          f"(b) a unit start near but no change decoded {c['miss_b_not_taken']} "
          f"(sentence start {c['miss_b_sentence']}, inside cut {c['miss_b_inside']})")
    print(f"  false: at a sentence start {c['false_sentence']}, at an inside cut "
          f"{c['false_inside']} (of them near a true one already matched: "
          f"{c['false_dup_near_truth']})")
    print(f"  role errors {c['role_wrong']} of {c['words']} words: whole turn given the wrong "
          f"role {c['role_whole_turn']}, spill over a boundary {c['role_spill']}; "
          + ", ".join(f"{k[11:]} {v}" for k, v in sorted(c.items())
                      if k.startswith("role_whole_") and k != "role_whole_turn"))
    print(f"  ceiling with these units (gold path): F1 {c['oracle_f1'] / n:.2f} roles "
          f"{c['oracle_roles'] / n:.2f}; roles decoded with the true boundaries "
          f"(nearest units) {c['given_bounds_roles'] / n:.2f}, host and guest only "
          f"{c['given_bounds_roles2'] / n:.2f}")


def word_roles(ex: tt.Example, path: list[int]) -> list[str]:
    """The role a decoded path gives each word of an example."""
    role = [""] * ex.words
    for k, a in enumerate(ex.starts):
        b = ex.starts[k + 1] if k + 1 < len(ex.starts) else ex.words
        role[a:b] = [STATES[path[k]]] * (b - a)
    return role


def true_turns(ex: tt.Example, role: list[str]) -> Iterator[tuple[str, Counter[str], str]]:
    """For each annotated turn: its true role, the predicted roles of its words (counted)
    and the commonest of them."""
    assert ex.roles is not None
    bounds = [0] + sorted(set(ex.truth)) + [ex.words]
    for a, b in zip(bounds, bounds[1:]):
        if a < b:
            got = Counter(role[a:b])
            yield ex.roles[a], got, got.most_common(1)[0][0]


def _around(self: tt.Example, w: int) -> str:
    words = self.text_words
    return " ".join(words[max(0, w - 6):w]) + " | " + " ".join(words[w:w + 6])


def example_with_words(cleaner: Cleaner, name: str, text: str, truth, marks=None):  # type: ignore[no-untyped-def]
    """`train_turns.example` with the words of its text as the turns stage reads them
    (``text_words``, for listing a boundary's context)."""
    ex = _EXAMPLE(cleaner, name, text, truth, marks)
    doc = tt._before_turns(cleaner, text)
    ex.text_words = [t.text for t in doc.tokens if t.kind == "word"]  # type: ignore[attr-defined]
    return ex


_EXAMPLE = tt.example


def load_with_words(cleaner: Cleaner) -> tuple[list[tt.Example], dict[str, list[tt.Example]]]:
    """`train_turns.load` (no news pages), each example made by `example_with_words`."""
    tt.example = example_with_words
    try:
        return tt.load(cleaner, news=False)
    finally:
        tt.example = _EXAMPLE


def main() -> int:
    cleaner = Cleaner(options=Options())
    tt.Example.words_around = _around  # type: ignore[attr-defined]
    train, held = load_with_words(cleaner)
    listing = "--list" in sys.argv
    cons = [e for e in train if "/" in e.name]
    pages = [e for e in train if "/" not in e.name]
    for how in ("written", "no-qmarks", "sparse"):
        diagnose([e for e in cons if e.name.endswith(how)], f"constructed dev ({how})", False)
    diagnose(cons, "constructed dev (3 variants)", listing)
    if "--dev" not in sys.argv:
        diagnose(held["constructed held out"], "constructed held out (3 variants)", False)
    diagnose(pages, "interview pages dev", listing)
    tt.example = example_with_words
    try:
        dev2 = tt.load_dev2(cleaner)
    finally:
        tt.example = _EXAMPLE
    diagnose(dev2, "interview pages dev2", listing)
    if "--dev" not in sys.argv:
        diagnose(held["interviews held out"], "interview pages held out", False)
    ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ev.ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    sample = example_with_words(Cleaner(names, [ref]), "sample", src,
                                [(t["start"], t["role"]) for t in ann["turns"]])
    diagnose([sample], "sample", listing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The noise floor of a dev comparison of the turn decoder: the dev figures again under tiny
random changes of the decoder's weights (each multiplied by 1 + 1e-6 x a uniform draw in
[-1, 1]) and of each unit's role scores (1e-6 x such a draw added).

Run ``python evaluation/turns_noise.py [SEEDS]`` (default 4 seeds; about 6 s each). It prints
the shipped weights' figures (boundary F1 within 3 words / role accuracy by words, three
decimals) on the constructed dev interviews (the mean over the three forms), the annotated
sample, the dev excerpts and dev2, then the same under each perturbation and the range. No
real change of evidence is that small: a figure that moves under it sits on a near-tie of
two paths (the hand-set weights are round numbers, so two paths often score alike), and a
change of that size on dev says nothing. Dev sets only (the judged ones are judged by
``turns_judge.py`` and ``judge_sets.py``).
"""

from __future__ import annotations

import json
import random
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402

from transcript_tools import Options, speakers, voices  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakerfeatures import Weights, weights  # noqa: E402

SCALE = 1e-6
"""The largest relative change of a weight."""


def perturbed(seed: int) -> Weights:
    """The shipped weights, each scaled by 1 + SCALE x a uniform draw in [-1, 1]."""
    rng = random.Random(seed)
    w = weights()

    def jitter(xs: tuple[float, ...]) -> tuple[float, ...]:
        return tuple(x * (1 + SCALE * rng.uniform(-1, 1)) for x in xs)

    emission = (jitter(w.emission[0]), jitter(w.emission[1]), jitter(w.emission[2]))
    return Weights(emission, jitter(w.transition), jitter(w.change))


def _jittered(emitted: Callable[..., array[float]], rng: random.Random
              ) -> Callable[..., array[float]]:
    """`speakers._emitted` with SCALE added to or taken from each unit's role score at
    random: two units with the same words (captions repeat lines) then score apart."""
    def run(*args: Any) -> array[float]:
        return array("d", (x + SCALE * rng.uniform(-1, 1) for x in emitted(*args)))
    return run


def figures() -> dict[str, tuple[float, float]]:
    """(boundary F1, roles) per dev set, as ``turns.py`` scores them."""
    cleaner = Cleaner(options=Options())
    out: dict[str, tuple[float, float]] = {}
    files = sorted(ev.CASES.glob("*.txt"))
    scores = []
    for how in ("written", "no-qmarks", "sparse"):
        for path in files:
            turns = ev.variant(ev.read_case(path), how)
            text, starts = ev.assemble(turns)
            doc = cleaner.run(parse(text, format="broadcast"))
            scores.append(ev.score(doc, list(zip(starts, [r for r, _ in turns]))))
    out["constructed"] = _mean(scores)
    ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ev.ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    doc = Cleaner(names, [ref], Options()).run(parse(src, format="broadcast"))
    out["sample"] = _mean([ev.score(doc, [(t["start"], t["role"]) for t in ann["turns"]])])
    listing = json.loads((ev.CASES / "interview_pages.json").read_text(encoding="utf-8"))
    for name, where, entries in (
            ("dev", ev.interviews_dir(), [e for e in listing if not e["heldout"]]),
            ("dev2", ev.dev2_dir(),
             json.loads((ev.CASES / "interview_pages3.json").read_text(encoding="utf-8")))):
        if where is None:
            continue
        got = [g[0] for e in entries if (g := ev.interview_page(cleaner, where, e))]
        if got:
            out[name] = _mean(got)
    return out


def _mean(scores: list[tuple[float, float, float, float]]) -> tuple[float, float]:
    return (sum(s[2] for s in scores) / len(scores), sum(s[3] for s in scores) / len(scores))


def line(label: str, got: dict[str, tuple[float, float]]) -> str:
    return f"{label:10s} " + "  ".join(f"{k} {f:.3f} / {r:.3f}" for k, (f, r) in got.items())


def main() -> int:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    base = figures()
    print(line("shipped", base))
    runs = []
    original, emitted = speakers.weights, speakers._emitted
    try:
        for seed in range(1, seeds + 1):
            w = perturbed(seed)
            speakers.weights = voices.weights = lambda w=w: w  # type: ignore
            speakers._emitted = _jittered(emitted, random.Random(-seed))
            runs.append(figures())
            print(line(f"seed {seed}", runs[-1]))
    finally:
        speakers.weights = voices.weights = original  # type: ignore
        speakers._emitted = emitted
    for key in base:
        fs = [r[key][0] for r in runs] + [base[key][0]]
        rs = [r[key][1] for r in runs] + [base[key][1]]
        print(f"  {key:12s} F1 range {max(fs) - min(fs):.3f}, roles range {max(rs) - min(rs):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Judging the turn decoder on pages never tuned on: aggregates and a paired bootstrap only.

Run ``python evaluation/turns_judge.py --save FILE`` before a change (per-page scores go to
FILE, nothing per page is printed) and ``python evaluation/turns_judge.py --against FILE``
after it: the fresh pages (``interview_pages2.json``) and the held-out interview pages, each
as an aggregate line and the paired bootstrap (over pages) of the change in F1 and roles.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from turns import CASES, fresh_dir, interview_page, interviews_dir  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402


def judged() -> dict[str, dict[str, list[float]]]:
    """Per-page (P, R, F1, roles) of the fresh and the held-out interview pages."""
    cleaner = Cleaner(options=Options())
    out: dict[str, dict[str, list[float]]] = {"fresh": {}, "held out": {}}
    sets = [("fresh", fresh_dir(), "interview_pages2.json", lambda e: True),
            ("held out", interviews_dir(), "interview_pages.json", lambda e: e["heldout"])]
    for name, where, listing, keep in sets:
        if where is None:
            continue
        for entry in json.loads((CASES / listing).read_text(encoding="utf-8")):
            if keep(entry):
                got = interview_page(cleaner, where, entry)
                if got is not None:
                    out[name][entry["id"]] = list(got[0])
    return out


def bootstrap(diffs: list[float], reps: int = 10000, seed: int = 7) -> tuple[float, float]:
    """The 95 % interval of the mean of paired differences, resampling pages."""
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(rng.choice(diffs) for _ in range(n)) / n for _ in range(reps))
    return means[int(0.025 * reps)], means[int(0.975 * reps) - 1]


def main() -> int:
    now = judged()
    if "--save" in sys.argv:
        Path(sys.argv[sys.argv.index("--save") + 1]).write_text(json.dumps(now))
    before = None
    if "--against" in sys.argv:
        before = json.loads(Path(sys.argv[sys.argv.index("--against") + 1]).read_text())
    for name, pages in now.items():
        k = len(pages)
        if not k:
            continue
        p, r, f, acc = (sum(v[i] for v in pages.values()) / k for i in range(4))
        print(f"{name} ({k}): P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f}")
        if before and before.get(name):
            for label, i in (("F1", 2), ("roles", 3)):
                diffs = [pages[e][i] - before[name][e][i] for e in pages if e in before[name]]
                lo, hi = bootstrap(diffs)
                print(f"  {label} change {sum(diffs) / len(diffs):+.3f} "
                      f"[{lo:+.3f}, {hi:+.3f}] (paired bootstrap over {len(diffs)} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

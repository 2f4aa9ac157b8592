"""An A/B of `Cleaner.clean` on the sample (with its names and article): this tree against a
git revision, in interleaved fresh processes, each run from its own tree, best of N each.

    python benchmarks/interleaved.py REV [--pairs 6] [--repeat 30]

The revision is checked out in a temporary worktree, removed at the end. On a shared machine
timings drift by ~10 % from minute to minute: only base and new measured in the same minutes
compare (the wall best and the thread CPU best are both printed).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import os, sys, time
root = os.getcwd()
sys.path.insert(0, root)
import transcript_tools as tt
assert tt.__file__.startswith(root), tt.__file__
ex = os.path.join(root, "examples")
text = open(os.path.join(ex, "broadcast_interview_2020-10.txt"), encoding="utf-8").read()
names = open(os.path.join(ex, "names_interview_2020-10.txt"), encoding="utf-8").read().splitlines()
article = open(os.path.join(ex, "article_same_story_2020-10.txt"), encoding="utf-8").read()
cleaner = tt.Cleaner(names, [article])
cleaner.clean(text)
cleaner.clean(text)
wall, cpu = [], []
for _ in range(int(sys.argv[1])):
    t, c = time.perf_counter(), time.thread_time()
    cleaner.clean(text)
    cpu.append(time.thread_time() - c)
    wall.append(time.perf_counter() - t)
print(min(wall) * 1000, min(cpu) * 1000)
"""


def probe(tree: Path, repeat: int) -> tuple[float, float]:
    """Best wall and CPU ms of ``repeat`` cleans, in a fresh process run from ``tree``."""
    out = subprocess.run([sys.executable, "-c", _PROBE, str(repeat)], cwd=tree, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="the base revision (a commit, branch or tag)")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tt-base-") as tmp:
        base = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.rev], cwd=ROOT,
                       check=True, capture_output=True)
        try:
            pairs = []
            for _ in range(args.pairs):
                pairs.append((probe(base, args.repeat), probe(ROOT, args.repeat)))
                (bw, bc), (nw, nc) = pairs[-1]
                print(f"base {bw:6.2f} ms ({bc:6.2f} CPU)   new {nw:6.2f} ms ({nc:6.2f} CPU)")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT,
                           check=False, capture_output=True)
    for k, what in ((0, "wall"), (1, "CPU")):
        b = [p[0][k] for p in pairs]
        n = [p[1][k] for p in pairs]
        print(f"{what}: best {min(b):.2f} -> {min(n):.2f} ms ({min(n) / min(b):.3f}), "
              f"median {statistics.median(b):.2f} -> {statistics.median(n):.2f} ms "
              f"({statistics.median(n) / statistics.median(b):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

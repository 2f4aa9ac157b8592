"""Derive `phonetics.LOWER_FEATURES`: each phone as counts of shared features, so that the
Indel distance between the spelled-out features (rapidfuzz, C speed) times 0.05 never exceeds
the weighted phone distance, and comes as close to it as an integer program can make it.

Run with any Python that has numpy and scipy (a development tool, not a dependency):
``python scripts/lower_bound_codes.py``; it prints the table to paste into `phonetics`.
Features: one private to each phone, one per pair of phones, and groups of phones that share
costs (vowels, consonants, places, manners, voicing pairs). Between two phones the encoded
distance is the L1 distance of their feature counts; a phone's own count is its indel bound.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

UNIT = 0.05
spec = importlib.util.spec_from_file_location(
    "phonetics", Path(__file__).resolve().parent.parent / "transcript_tools" / "phonetics.py")
assert spec is not None and spec.loader is not None
P = importlib.util.module_from_spec(spec)
spec.loader.exec_module(P)

ALL = P._ALL
VOWELS = [p for p in ALL if p in P.VOWELS]
GROUPS: dict[str, list[str]] = {
    "vowel": VOWELS, "consonant": [p for p in ALL if p not in P.VOWELS],
    "vocalic": VOWELS + list("ywr"), "alveolar": list("tdszθðnl"), "labial": list("pbfvmw"),
    "velar": list("kgŋ"), "postalveolar": list("ʃʒcjy"), "nasal": list("mnŋ"),
    "liquid": list("lr"), "stop": list("ptkbdgcj"), "fricative": list("fvθðszʃʒh"),
}
for a, b in P._VOICING:
    GROUPS[a + b] = [a, b]


def solve(seconds: float) -> dict[str, dict[str, int]]:
    n = len(ALL)
    pairs = list(itertools.combinations(ALL, 2))
    groups = list(GROUPS)
    size = n + len(pairs) + len(groups)

    def mass(p: str) -> np.ndarray:
        row = np.zeros(size)
        row[ALL.index(p)] = 1
        for k, pair in enumerate(pairs):
            if p in pair:
                row[n + k] = 1
        for k, g in enumerate(groups):
            if p in GROUPS[g]:
                row[n + len(pairs) + k] = 1
        return row

    rows, limits = [], []
    objective = np.zeros(size)
    for p in ALL:
        rows.append(mass(p))
        limits.append(round(P._INDEL[p] / UNIT))
        objective += 3 * mass(p)
    for k, (p, q) in enumerate(pairs):
        row = mass(p) + mass(q)
        row[n + k] -= 2
        for j, g in enumerate(groups):
            if p in GROUPS[g] and q in GROUPS[g]:
                row[n + len(pairs) + j] -= 2
        rows.append(row)
        limits.append(round(P._SUB[p][q] / UNIT))
        objective += row / len(ALL)
    res = milp(-objective, constraints=LinearConstraint(np.array(rows), -np.inf, limits),
               integrality=np.ones(size), bounds=Bounds(0, np.inf),
               options={"time_limit": seconds})
    x = np.round(res.x).astype(int)
    table: dict[str, dict[str, int]] = {p: {} for p in ALL}
    for i, p in enumerate(ALL):
        if x[i]:
            table[p][p] = int(x[i])
    for k, (p, q) in enumerate(pairs):
        if x[n + k]:
            table[p][p + q] = table[q][p + q] = int(x[n + k])
    for j, g in enumerate(groups):
        if x[n + len(pairs) + j]:
            for p in GROUPS[g]:
                table[p][g] = int(x[n + len(pairs) + j])
    return table


def main() -> int:
    table = solve(float(sys.argv[1]) if len(sys.argv) > 1 else 120.0)
    print("LOWER_FEATURES: dict[str, str] = {")
    for p in ALL:
        print(f'    "{p}": "' + " ".join(f"{f}:{c}" for f, c in sorted(table[p].items())) + '",')
    print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

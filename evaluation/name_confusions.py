"""Phone confusions learned from the dev garbles: which phone edits recognisers make in the
annotated garbles against those in ordinary windows near a name, and whether a cost table
weighted by them tells garbles from ordinary windows better than the hand-set one. Run:
``python evaluation/name_confusions.py [--lam L] [--top N]`` (dev split to learn, dev3 to check;
held-out pages never read).

Positives: each clear garble of a dev page aligned (`phonetics` costs) to the closest part of its
name. Negatives: every other window of 1-3 words of the same pages within 0.3 of a part of a
lexicon name (no exact mention, no garble). Per edit (substitution pair, or insertion/deletion
of a phone, directions merged): counts and log(positive rate / negative rate). The learned table
scales each hand cost seen 20 times or more by exp(-L * log ratio), clipped to 0.6-1.6 times.
Printed per split: the garble windows closer than the Nth closest ordinary window (N = 25, 100,
300, 1000), hand-set against learned costs (measured in docs/tried.md, names23).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.names import DEVSET, page_splits, pages_dir  # noqa: E402
from transcript_tools.phonetics import _ALL, _INDEL, _SUB  # noqa: E402
from transcript_tools.pronounce import pronounce  # noqa: E402

Table = tuple[dict[str, dict[str, float]], dict[str, float]]
Op = tuple[str, str]   # (a, b) substitution, sorted; ("-", a) insertion or deletion of a
WORD_RE = re.compile(r"[a-z0-9']+")
NAME_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def phones(text: str) -> str:
    return "".join(pronounce(w) for w in WORD_RE.findall(text.lower()))


def align(a: str, b: str, table: Table) -> tuple[float, list[Op]]:
    """Weighted edit distance of ``a`` and ``b`` and the edits of one best alignment."""
    sub, ind = table
    n, m = len(a), len(b)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + ind[a[i - 1]]
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + ind[b[j - 1]]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + sub[a[i - 1]][b[j - 1]],
                          d[i - 1][j] + ind[a[i - 1]], d[i][j - 1] + ind[b[j - 1]])
    ops: list[Op] = []
    i, j = n, m
    while i or j:
        if i and j and abs(d[i][j] - d[i - 1][j - 1] - sub[a[i - 1]][b[j - 1]]) < 1e-9:
            if a[i - 1] != b[j - 1]:
                x, y = sorted((a[i - 1], b[j - 1]))
                ops.append((x, y))
            i, j = i - 1, j - 1
        elif i and abs(d[i][j] - d[i - 1][j] - ind[a[i - 1]]) < 1e-9:
            ops.append(("-", a[i - 1]))
            i -= 1
        else:
            ops.append(("-", b[j - 1]))
            j -= 1
    return d[n][m], ops


def units(lexicon: list[str]) -> set[str]:
    """The phones of every run of words of every name and alias (3 phones or more)."""
    out = set()
    for entry in lexicon:
        for name in entry.split("|"):
            words = NAME_RE.findall(name)
            for s in range(len(words)):
                for t in range(s + 1, len(words) + 1):
                    got = phones(" ".join(words[s:t]))
                    if len(got) >= 3:
                        out.add(got)
    return out


def page_windows(split: str) -> list[tuple[str, set[str], bool]]:
    """(window phones, the page's units, whether the window is a clear garble) for the windows
    of 1-3 words of the split's pages; garbles whole, other windows off every annotation."""
    splits, directory = page_splits(), pages_dir()
    out = []
    for file in sorted(DEVSET.glob("*.json")):
        if file.name == "pages.json" or splits.get(file.stem, "dev") != split:
            continue
        page = directory / f"{file.stem}.txt"
        if not page.exists():
            continue
        note = json.loads(file.read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8").lower()
        clear = {(g["offset"], g["offset"] + len(g["text"])) for g in note["garbles"]
                 if g.get("clear", True)}
        taken = [(g["offset"], g["offset"] + len(g["text"])) for g in note["garbles"]] + \
            [(m["offset"], m["offset"] + len(m["text"])) for m in note["correct_mentions"]]
        own = units(note["lexicon"])
        tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        for i in range(len(tokens)):
            for k in (1, 2, 3):
                if i + k > len(tokens):
                    break
                s, e = tokens[i][0], tokens[i + k - 1][1]
                garble = (s, e) in clear
                if garble or not any(a < e and s < b for a, b in taken):
                    out.append(("".join(pronounce(w) for _, _, w in tokens[i:i + k]), own, garble))
        for g in note["garbles"]:   # garbles not on word edges, e.g. run together
            if g.get("clear", True) and not any(
                    (tokens[i][0], tokens[i + k - 1][1]) == (g["offset"], g["offset"]
                                                             + len(g["text"]))
                    for i in range(len(tokens)) for k in (1, 2, 3) if i + k <= len(tokens)):
                out.append((phones(g["text"]), own, True))
    return out


def nearest(window: str, own: set[str], table: Table) -> tuple[float, str]:
    best = (9.0, "")
    for unit in own:
        if 0.6 * len(unit) <= len(window) <= 1.5 * len(unit) + 1:
            d = align(window, unit, table)[0] / len(unit)
            if d < best[0]:
                best = (d, unit)
    return best


def learn(rows: list[tuple[str, set[str], bool]], hand: Table, lam: float, top: int) -> Table:
    """Edit counts on garbles and on ordinary windows within 0.3; the learned table."""
    pos: Counter[Op] = Counter()
    neg: Counter[Op] = Counter()
    for window, own, garble in rows:
        if not window:
            continue
        d, unit = nearest(window, own, hand)
        if unit and (garble and d <= 0.45 or not garble and 0.02 < d <= 0.3):
            (pos if garble else neg).update(align(window, unit, hand)[1])
    p, n = sum(pos.values()) or 1, sum(neg.values()) or 1
    ratio = {op: math.log((pos[op] + 0.5) / p / ((neg[op] + 0.5) / n)) for op in pos | neg}
    print(f"edits on garbles {p}, on ordinary windows {n}; most telling either way "
          f"(seen 8 times or more):")
    ranked = sorted((op for op in ratio if pos[op] + neg[op] >= 8), key=lambda op: -ratio[op])
    for k, op in enumerate(ranked[:top] + ranked[-top:]):
        if k == top:
            print("  ...")
        cost = hand[1][op[1]] if op[0] == "-" else hand[0][op[0]][op[1]]
        print(f"  {'+/-' + op[1] if op[0] == '-' else op[0] + '/' + op[1]:8} garbles "
              f"{pos[op]:3}  ordinary {neg[op]:4}  log ratio {ratio[op]:+.2f}  cost {cost}")
    sub = {a: dict(row) for a, row in hand[0].items()}
    ind = dict(hand[1])
    for op, r in ratio.items():
        if pos[op] + neg[op] < 20:
            continue
        f = min(1.6, max(0.6, math.exp(-lam * r)))
        if op[0] == "-":
            ind[op[1]] = hand[1][op[1]] * f
        else:
            a, b = op
            sub[a][b] = sub[b][a] = hand[0][a][b] * f
    return sub, ind


def separation(label: str, rows: list[tuple[str, set[str], bool]],
               tables: dict[str, Table]) -> None:
    for name, table in tables.items():
        dists = [(nearest(w, own, table)[0], g) for w, own, g in rows if w]
        pos = [d for d, g in dists if g]
        neg = sorted(d for d, g in dists if not g and d > 0.02)
        cells = []
        for k in (25, 100, 300, 1000):
            cut = neg[k - 1] if len(neg) >= k else 9.0
            cells.append(f"{k}: {sum(d < cut for d in pos)}")
        print(f"{label} {name:7} garbles {len(pos)}; garbles closer than the Nth ordinary "
              f"window: " + ", ".join(cells))


def main(argv: list[str]) -> int:
    lam = float(argv[argv.index("--lam") + 1]) if "--lam" in argv else 0.25
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 12
    if not pages_dir().is_dir():
        print("name_confusions: skipped (no dev pages; set TT_DEVPAGES)")
        return 0
    hand: Table = ({a: {b: _SUB[a][b] for b in _ALL} for a in _ALL}, dict(_INDEL))
    dev = page_windows("dev")
    learned = learn(dev, hand, lam, top)
    tables = {"hand": hand, "learned": learned}
    separation("dev ", dev, tables)
    separation("dev3", page_windows("dev3"), tables)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

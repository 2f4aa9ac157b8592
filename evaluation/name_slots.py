"""Whether the shipped bigram counts can tell a name's slot: a class-based slot model measured.
Run: ``python evaluation/name_slots.py`` (dev and dev3 pages only; held-out pages never read).

The class is the words the english-words lists write only capitalised (`wordcase.proper`, not
`wordcase.ordinary`) or that `propernouns` lists as a place and no list writes in lowercase.
For each word w of symspellpy's bigram counts: the share of w's pairs (as first word) whose
second word is of the class, and of its pairs as second word whose first word is; each as a
lift over the share of all pairs. The script prints the table's size and memory, the lift of
the words around the annotated garbles of real words, and the lift of all words of the pages:
if the counts could tell a name's slot, the first would stand well above the second.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.names import DEVSET, HELD_OUT, page_splits, pages_dir  # noqa: E402
from transcript_tools import wordcase  # noqa: E402
from transcript_tools.propernouns import proper_nouns  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402

_WORD = __import__("re").compile(r"[a-z']+")


def shares() -> tuple[dict[str, float], dict[str, float], int]:
    """Per word: its lift as the word before a name and as the word after one; the class
    size among the words of the counts."""
    v = vocabulary()
    forms = proper_nouns().forms
    known: dict[str, bool] = {}

    def named(w: str) -> bool:
        got = known.get(w)
        if got is None:
            got = known[w] = not wordcase.ordinary(w) and (wordcase.proper(w) or w in forms)
        return got

    out: dict[str, list[int]] = {}
    into: dict[str, list[int]] = {}
    for key in v.bigrams:
        a, _, b = key.partition(" ")
        c = v.bigrams[key]
        x = out.setdefault(a, [0, 0])
        x[0] += c
        x[1] += c if named(b) else 0
        y = into.setdefault(b, [0, 0])
        y[0] += c
        y[1] += c if named(a) else 0
    base_out = sum(n for _, n in out.values()) / sum(t for t, _ in out.values())
    base_in = sum(n for _, n in into.values()) / sum(t for t, _ in into.values())
    before = {w: n / t / base_out for w, (t, n) in out.items() if n}
    after = {w: n / t / base_in for w, (t, n) in into.items() if n}
    return before, after, sum(known.values())


def main() -> int:
    vocabulary()
    wordcase.proper("x")
    proper_nouns()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before, after, size = shares()
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024
    print(f"class words among the counts' words: {size}; words with any name after them: "
          f"{len(before)}, before them: {len(after)}; peak memory +{grown:.1f} MB to build")
    for w in "in of from to the at into across near outside".split():
        print(f"  lift of a name after {w!r}: {before.get(w, 0.0):.2f}")
    splits = page_splits()
    around: list[float] = []
    beyond: list[float] = []
    everywhere: list[float] = []
    follows: list[float] = []
    v = vocabulary()
    for file in sorted(DEVSET.glob("*.json")):
        page = pages_dir() / f"{file.stem}.txt"
        if file.name == "pages.json" or not page.exists() or \
                splits.get(file.stem, "dev") in HELD_OUT:
            continue
        note = json.loads(file.read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8").lower()
        words = _WORD.findall(text)
        everywhere.extend(before.get(w, 0.0) for w in words)
        follows.extend(after.get(w, 0.0) for w in words)
        for g in note["garbles"]:
            inside = _WORD.findall(g["text"].lower())
            if not inside or not all(v.zipf(w) > 0 for w in inside):
                continue   # the real-word garbles only
            left = _WORD.findall(text[:g["offset"]])[-1:]
            right = _WORD.findall(text[g["offset"] + len(g["text"]):])[:1]
            around.extend(before.get(w, 0.0) for w in left)
            beyond.extend(after.get(w, 0.0) for w in right)
    print(f"real-word garbles: {len(around)}; median lift of the word before them "
          f"{statistics.median(around):.2f} (of every word of the pages "
          f"{statistics.median(everywhere):.2f}); share with a lift above 2: "
          f"{sum(x > 2 for x in around) / max(1, len(around)):.2f} (every word "
          f"{sum(x > 2 for x in everywhere) / max(1, len(everywhere)):.2f})")
    print(f"  the word after them: median lift {statistics.median(beyond):.2f} (every word "
          f"{statistics.median(follows):.2f}); share above 2: "
          f"{sum(x > 2 for x in beyond) / max(1, len(beyond)):.2f} (every word "
          f"{sum(x > 2 for x in follows) / max(1, len(follows)):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

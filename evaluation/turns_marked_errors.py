"""Role errors on marked input, turn by turn: each predicted turn's words whose role differs
from the annotation, tallied by (true role, given role) and listed with the turn's words.

Run ``python evaluation/turns_marked_errors.py [dev|dev2|dev4] [--list]`` (dev sets only; the
judged sets are never listed). Uses `evaluation/turns.marked_page`.
"""

from __future__ import annotations

import bisect
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402

from transcript_tools.pipeline import Cleaner  # noqa: E402

SETS = {"dev": ("interview_pages.json", ev.interviews_dir),
        "dev2": ("interview_pages3.json", ev.dev2_dir),
        "dev4": ("interview_pages5.json", ev.dev4_dir)}


def errors(cleaner: Cleaner, name: str, listing: bool) -> Counter[tuple[str, str]]:
    """The wrong words of one dev set by (true, given) role; with listing, each wrong turn."""
    file, where_fn = SETS[name]
    where = where_fn()
    tally: Counter[tuple[str, str]] = Counter()
    if where is None:
        return tally
    entries = json.loads((ev.CASES / file).read_text(encoding="utf-8"))
    for entry in entries:
        if entry.get("heldout"):
            continue
        got = ev.marked_page(cleaner, where, entry)
        if got is None:
            continue
        _, doc, truth = got
        widx = ev.word_index(doc)
        words = [t for t in doc.tokens if t.kind == "word"]
        starts = [t.start for t in words]
        truth_w = [bisect.bisect_left(starts, off) for off, _ in truth]
        true_role = ev.word_roles(truth_w, [r for _, r in truth], len(words))
        for k, t in enumerate(doc.turns):
            a, b = widx[t.first], widx[t.stop]
            wrong = Counter(true_role[i] for i in range(a, b) if true_role[i] != t.role)
            for r, c in wrong.items():
                tally[(r, t.role)] += c
            if listing and wrong:
                text = " ".join(w.text for w in words[a:b])
                print(f"{entry['id'][:28]:28s} #{k:<3d} {t.role:5s} {t.speaker[:14]:14s} "
                      f"{t.label or '':16.16s} wrong {dict(wrong)} / {b - a}: {text[:160]}")
    return tally


def main() -> int:
    names = [a for a in sys.argv[1:] if a in SETS] or list(SETS)
    cleaner = Cleaner()
    for name in names:
        tally = errors(cleaner, name, "--list" in sys.argv)
        total = sum(tally.values())
        print(f"{name}: {total} wrong words: " + ", ".join(
            f"{t}->{g} {c}" for (t, g), c in tally.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

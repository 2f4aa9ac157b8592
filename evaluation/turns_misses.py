"""Where the whole turns stage misses a true boundary on unmarked real text, by class: every
annotated turn start of the dev interview sets (markers stripped, as ``evaluation/turns.py``
scores them) that no predicted boundary matches within 3 words.

Run ``python evaluation/turns_misses.py [dev|dev2|dev4|all] [--list]`` (dev sets only: the
held-out and fresh excerpts are never read here). Classes, by the annotated roles on either
side of the boundary:

- ``same:ROLE``: a change of speaker inside one role (co-presenters, a report's narration and
  its sound bites, a montage's voices): the decoder, whose states are roles, cannot make it,
  only the stage's voice steps can;
- ``other:A>B``: into or out of `other` (a clip, report or promo starts or ends);
- ``h>g after ?`` / ``h>g no ?``: the guest takes the floor after a sentence that ends with
  "?" or after one that does not;
- ``g>h``: the host takes the floor back;

each with ``[no sent start]`` when no sentence starts within 3 words (only a cut inside a
sentence could place it). The stage gives both sides of a miss the same role (a change of
role there would be a boundary: the decoder passed it, or it lies inside one role). Unlike
``turns_diagnose.py`` and ``turns_blame.py`` (the decoder alone, dev and dev2), this scores
the stage's output and covers dev4. ``--list`` prints each miss with its words around.
"""

from __future__ import annotations

import bisect
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

import turns as ev  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402

SETS = {"dev": (ev.interviews_dir, "interview_pages.json"),
        "dev2": (ev.dev2_dir, "interview_pages3.json"),
        "dev4": (ev.dev4_dir, "interview_pages5.json")}


def classify(prev: str, nxt: str, asked: bool, near_start: bool) -> str:
    """A missed boundary's class from the true roles before and after it, whether the word
    before ends with "?", and whether a sentence starts within the tolerance."""
    if prev == nxt:
        name = f"same:{prev}"
    elif "other" in (prev, nxt):
        name = f"other:{prev}>{nxt}"
    elif prev == "host":
        name = "h>g after ?" if asked else "h>g no ?"
    else:
        name = "g>h"
    return name if near_start else name + " [no sent start]"


def misses(cleaner: Cleaner, name: str, listing: bool) -> Counter[str]:
    """The tally of one set's misses (and, with ``listing``, each printed)."""
    get_dir, listing_file = SETS[name]
    where = get_dir()
    out: Counter[str] = Counter()
    if where is None:
        print(f"{name}: skipped (no pages)")
        return out
    entries = json.loads((ev.CASES / listing_file).read_text(encoding="utf-8"))
    for entry, doc, starts in ev.stripped_excerpts(cleaner, where, entries):
        widx = ev.word_index(doc)
        words = [t for t in doc.tokens if t.kind == "word"]
        n = len(words)
        offs = [t.start for t in words]
        truth = [bisect.bisect_left(offs, o) for o in starts]
        true_role = ev.word_roles(truth, [t["role"] for t in entry["turns"]], n)
        given = [""] * n
        for t in doc.turns:
            a, b = widx[t.first], widx[t.stop]
            given[a:b] = [t.role] * (b - a)
        pred = [widx[t.first] for t in doc.turns if widx[t.first] > 0]
        found = ev.matched(pred, [w for w in truth if w > 0])[1]
        sentence_starts = sorted(widx[s] for s in doc.sentence_starts)
        out["true"] += sum(1 for w in truth if w > 0)
        for w in truth:
            if w <= 0 or w >= n or w in found:
                continue
            at = bisect.bisect_left(sentence_starts, w - ev.TOLERANCE)
            near = at < len(sentence_starts) and sentence_starts[at] <= w + ev.TOLERANCE
            kind = classify(true_role[w - 1], true_role[w], words[w - 1].text.endswith("?"),
                            near)
            out["missed"] += 1
            out[kind] += 1
            if listing:
                left = " ".join(t.text for t in words[max(0, w - 10):w])
                right = " ".join(t.text for t in words[w:w + 10])
                print(f"  {entry['id'][:24]:24s} {kind:24s} given {given[w - 1]}/{given[w]}: "
                      f"{left} | {right}")
    return out


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = list(SETS) if not args or args == ["all"] else args
    cleaner = Cleaner(options=Options())
    for name in names:
        c = misses(cleaner, name, "--list" in sys.argv)
        print(f"{name}: {c['missed']} of {c['true']} true boundaries missed")
        kinds = [k for k in c if k not in ("true", "missed")]
        for k in sorted(kinds, key=lambda k: (-c[k], k)):
            print(f"  {k:32s} {c[k]:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

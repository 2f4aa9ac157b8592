"""Names the page never speaks of, for the lift of a story's lexicon (`namefit`): each dev and dev3
page with its own lexicon plus another page's (names of another story, as a real story's
lexicon holds names an excerpt never says), when the two make at most 30 names. Run:
``python evaluation/name_fit.py [-v] [--others N]`` (N other pages per page, 12 by default).

Counts the lifted edits (rule ending "+fit") on the page's annotated garbles (right) and off them
(wrong). The dev lexicons list only names their page speaks of, which flatters the lift; this
is the check that it does not hear the other names.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.names import DEVSET, HELD_OUT, page_splits, pages_dir  # noqa: E402
from transcript_tools import Cleaner, Options  # noqa: E402
from transcript_tools.namescore import CROWD  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    others = int(argv[argv.index("--others") + 1]) if "--others" in argv else 12
    directory = pages_dir()
    if not directory.is_dir():
        print(f"name_fit: skipped ({directory} not found; set TT_DEVPAGES)")
        return 0
    splits = page_splits()
    notes = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(DEVSET.glob("*.json"))
             if f.name != "pages.json" and splits.get(f.stem, "dev") not in HELD_OUT
             and (directory / f"{f.stem}.txt").exists()]
    rng = random.Random(7)
    options = Options()
    right = wrong = runs = 0
    for note in notes:
        text = (directory / f"{note['id']}.txt").read_text(encoding="utf-8")
        spans = [(g["offset"], g["offset"] + len(g["text"])) for g in note["garbles"]]
        for other in rng.sample([n for n in notes if n is not note], others):
            lexicon = list(dict.fromkeys(note["lexicon"] + other["lexicon"]))
            if len(lexicon) > CROWD:
                continue
            runs += 1
            for e in Cleaner(lexicon, options=options).clean(text).document.edits:
                if e.kind == "name" and e.rule.endswith("+fit"):
                    hit = any(s < e.end and e.start < t for s, t in spans)
                    right += hit
                    wrong += not hit
                    if verbose and not hit:
                        print(f"  FP   {note['id']} (+ {other['id']}): {e.original!r} -> "
                              f"{e.replacement!r}")
    print(f"story lexicon with another story's names: {runs} page-lexicon pairs, lifted "
          f"edits {right + wrong}, on garbles {right}, off them {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

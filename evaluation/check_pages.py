"""Check stored dev page texts against the committed annotations, after restoring them.

The page texts are not ours to commit: a developer stores them from the ``search`` tool's
``pages`` corpus (each listing gives the page's ``url`` and the ``query`` that finds it).
This script says, per page, whether the stored text fits the annotation: every annotated
offset of ``tests/data/devset/*.json`` (garbles and correct mentions) must hold its text, and
every turn listing's ``chars`` must equal the stored length.

    python evaluation/check_pages.py            # every set
    python evaluation/check_pages.py devset     # or interviews, mono

How each set was stored when it was annotated (found when the pages were restored on
2026-11-27; the checks below pass only when these are kept):

- ``devset`` (``pages/``): the excerpt exactly as returned; non-breaking spaces in the header
  line written as plain spaces.
- ``interview_pages.json``, ``interview_pages4.json``, ``interview_pages5.json``: the excerpt
  exactly as returned.
- ``interview_pages2.json`` and ``mono_pages.json``: the excerpt and one line end after it.
- ``interview_pages3.json``: the excerpt without the page chrome before its first line of
  captions or header ("Skip to main content" and any notice under it), where it had any.

``restore_pages.py`` stores copied search results by these rules and checks each page.

Each folder is found as the evaluation scripts find it: ``$TT_DEVPAGES`` for the pages (the
other folders beside it), and a set's own variable (``$TT_DEVINTERVIEWS``,
``$TT_DEVINTERVIEWS2`` to ``5``, ``$TT_DEVMONO``) when set.

Pages of the held-out splits are checked like the others; the script prints only their ids
and counts, never their text.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LISTINGS = (("interview_pages.json", "interviews"), ("interview_pages2.json", "interviews2"),
            ("interview_pages3.json", "interviews3"), ("interview_pages4.json", "interviews4"),
            ("interview_pages5.json", "interviews5"), ("mono_pages.json", "mono"))
ENV = {"interviews": "TT_DEVINTERVIEWS", "interviews2": "TT_DEVINTERVIEWS2",
       "interviews3": "TT_DEVINTERVIEWS3", "interviews4": "TT_DEVINTERVIEWS4",
       "interviews5": "TT_DEVINTERVIEWS5", "mono": "TT_DEVMONO"}
"""The variable each evaluation script reads a set's folder from (`turns.beside_pages`,
`judge_sets.interview_dir`): set, it wins over the folder beside the pages."""


def devdata() -> Path:
    """Where the page texts are stored: the parent of ``$TT_DEVPAGES``, else ``devdata``
    beside the repository, else ``/work/devdata``."""
    env = os.environ.get("TT_DEVPAGES")
    if env:
        return Path(env).parent
    here = ROOT.parent / "devdata"
    return here if here.is_dir() else Path("/work/devdata")


def check_devset(base: Path) -> tuple[int, int, int]:
    """(ok, bad, missing) over the annotated names pages."""
    ok = bad = missing = 0
    for file in sorted((DATA / "devset").glob("*.json")):
        if file.name == "pages.json":
            continue
        note = json.loads(file.read_text(encoding="utf-8"))
        page = base / "pages" / f"{note['id']}.txt"
        if not page.exists():
            missing += 1
            print("missing", page)
            continue
        text = page.read_text(encoding="utf-8")
        wrong = [m["offset"] for m in note.get("garbles", []) + note.get("correct_mentions", [])
                 if text[m["offset"]:m["offset"] + len(m["text"])] != m["text"]]
        if wrong:
            bad += 1
            print(f"BAD {page}: {len(wrong)} annotated offsets do not hold their text "
                  f"(first at {wrong[0]})")
        else:
            ok += 1
    print(f"devset: {ok} ok, {bad} bad, {missing} missing")
    return ok, bad, missing


def check_listing(base: Path, listing: str, folder: str) -> tuple[int, int, int]:
    """(ok, bad, missing) over one turn listing, by stored length against ``chars``."""
    ok = bad = missing = 0
    env = os.environ.get(ENV[folder])
    where = Path(env) if env else base / folder
    for entry in json.loads((DATA / "cases" / "turns" / listing).read_text(encoding="utf-8")):
        page = where / f"{entry['id']}.txt"
        if not page.exists():
            missing += 1
            print("missing", page)
            continue
        length = len(page.read_text(encoding="utf-8"))
        if "chars" in entry and length != entry["chars"]:
            bad += 1
            print(f"BAD {page}: {length} characters, the annotation has {entry['chars']}")
        else:
            ok += 1
    print(f"{listing} -> {where}/: {ok} ok, {bad} bad, {missing} missing")
    return ok, bad, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help="devset, interviews or mono (default: all three)")
    args = parser.parse_args(argv)
    chosen = set(args.sets) or {"devset", "interviews", "mono"}
    unknown = chosen - {"devset", "interviews", "mono"}
    if unknown:
        parser.error(f"unknown set: {', '.join(sorted(unknown))}")
    base = devdata()
    bad = 0
    if "devset" in chosen:
        bad += check_devset(base)[1]
    for listing, folder in LISTINGS:
        if ("mono" if folder == "mono" else "interviews") in chosen:
            bad += check_listing(base, listing, folder)[1]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""The pages that judge and are never tuned on, in one place: every script that prints per-page
output reads them from here and shows only their ids and counts.

- names: ``tests/data/devset/pages.json`` entries of split ``holdout2`` or ``holdout3``;
- turns: ``interview_pages.json`` entries marked ``heldout``, every excerpt of
  ``interview_pages2.json`` (fresh) and of ``interview_pages4.json`` (fresh3).

Run ``python evaluation/judged.py`` to print how many ids each source gives.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
NAME_SPLITS = frozenset({"holdout2", "holdout3"})
"""The splits of ``pages.json`` whose name figures are reported by aggregate only."""
WHOLE_LISTINGS = ("interview_pages2.json", "interview_pages4.json")
"""Turn listings that are judged whole."""


def _listing(name: str) -> list[dict[str, object]]:
    loaded: list[dict[str, object]] = json.loads(
        (DATA / "cases" / "turns" / name).read_text(encoding="utf-8"))
    return loaded


def sources() -> dict[str, set[str]]:
    """The judged ids by where they are listed."""
    pages = json.loads((DATA / "devset" / "pages.json").read_text(encoding="utf-8"))
    out = {"pages.json": {str(e["id"]) for e in pages if e.get("split") in NAME_SPLITS},
           "interview_pages.json": {str(e["id"]) for e in _listing("interview_pages.json")
                                    if e.get("heldout")}}
    for name in WHOLE_LISTINGS:
        out[name] = {str(e["id"]) for e in _listing(name)}
    return out


def judged_ids() -> set[str]:
    """Every judged page id: count such a page's changes, never read its output."""
    return set().union(*sources().values())


if __name__ == "__main__":
    for where, ids in sources().items():
        print(f"{where}: {len(ids)} judged pages")
    print(f"all: {len(judged_ids())}")

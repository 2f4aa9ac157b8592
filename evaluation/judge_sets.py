"""Judging on the two sets no engineer has seen (names ``holdout3``, turns ``fresh3``): aggregate
lines and a paired bootstrap over pages only. Run ``python evaluation/judge_sets.py``.

``--save FILE`` writes the per-page scores to FILE (nothing per page is printed);
``--against FILE`` prints, under each aggregate line, the change from FILE's scores with its 95 %
interval (pages resampled, as ``turns_judge.py`` does). The names split's pages are read from
``$TT_DEVPAGES`` (as ``names.py`` does), the turn excerpts of ``interview_pages4.json`` from
``$TT_DEVINTERVIEWS4`` (default ``interviews4/`` beside the dev pages); absent texts are skipped.
These sets judge, they are never tuned on: no per-page output, no misses.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names import DEVSET, Tally, name_edits, page_splits, pages_dir  # noqa: E402
from turns import CASES, beside_pages, interview_page, marked_page  # noqa: E402
from turns_judge import bootstrap  # noqa: E402

from transcript_tools import Cleaner, Options  # noqa: E402

SPLIT = "holdout3"
LISTING = "interview_pages4.json"
Scores = dict[str, dict[str, list[float]]]


def names_pages(options: Options) -> tuple[Tally, dict[str, list[float]]] | None:
    """The holdout3 tally and per page (clear garbles, found, found with suggestions, applied
    edits, edits off every garble); None when no page text is present."""
    directory = pages_dir()
    ids = sorted(i for i, split in page_splits().items() if split == SPLIT)
    tally, per_page = Tally(f"names {SPLIT}"), {}
    for page_id in ids:
        path = directory / f"{page_id}.txt"
        if not path.exists():
            continue
        note = json.loads((DEVSET / f"{page_id}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        edits, suggestions = name_edits(Cleaner(note["lexicon"], options=options), text)
        one = Tally(page_id)
        for t in (tally, one):
            t.add(text, edits, suggestions, note["garbles"], page_id)
        per_page[page_id] = [float(x) for x in (one.targets, one.found,
                                                one.found + one.suggested_found, one.applied,
                                                len(one.false))]
    return (tally, per_page) if per_page else None


def interview_dir() -> Path | None:
    """Where the excerpts of ``interview_pages4.json`` are stored (not committed)."""
    return beside_pages("TT_DEVINTERVIEWS4", "interviews4")


def turn_pages(options: Options) -> tuple[dict[str, list[float]], dict[str, list[float]]] | None:
    """Per fresh3 page: (P, R, F1, roles) with markers and labels stripped, and (roles, id
    purity, host ids, guest ids, boundary F1) with them kept; None when the excerpts are absent."""
    where = interview_dir()
    if where is None:
        return None
    cleaner = Cleaner(options=options)
    stripped: dict[str, list[float]] = {}
    kept: dict[str, list[float]] = {}
    for entry in json.loads((CASES / LISTING).read_text(encoding="utf-8")):
        got = interview_page(cleaner, where, entry)
        if got is None:
            continue
        stripped[entry["id"]] = list(got[0])
        marked = marked_page(cleaner, where, entry)
        if marked is not None:
            kept[entry["id"]] = list(marked[0])
    return (stripped, kept) if stripped else None


def change(label: str, now: dict[str, list[float]], before: dict[str, list[float]] | None,
           value: Callable[[list[float]], float], scale: float = 1.0) -> None:
    """One paired-bootstrap line: the mean per-page change of ``value`` (times ``scale``)."""
    if not before:
        return
    diffs = [value(now[p]) - value(before[p]) for p in now if p in before]
    if not diffs:
        return
    lo, hi = bootstrap(diffs)
    mean = sum(diffs) / len(diffs)
    print(f"  {label} change {mean * scale:+.3f} [{lo * scale:+.3f}, {hi * scale:+.3f}] "
          f"(paired bootstrap over {len(diffs)} pages)")


def mean_line(pages: dict[str, list[float]], labels: tuple[str, ...]) -> str:
    k = len(pages)
    return " ".join(f"{name} {sum(v[i] for v in pages.values()) / k:.2f}"
                    for i, name in enumerate(labels) if name)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options = Options()
    now: Scores = {}
    before: Scores = {}
    if "--against" in args:
        before = json.loads(Path(args[args.index("--against") + 1]).read_text(encoding="utf-8"))

    names = names_pages(options)
    if names is None:
        print(f"names {SPLIT}: skipped (page texts not found; set TT_DEVPAGES)")
    else:
        tally, per_page = names
        now["names"] = per_page
        tally.report(False)
        targets = sum(v[0] for v in per_page.values()) or 1.0
        n = len(per_page)
        old = before.get("names")
        change("recall", per_page, old, lambda v: v[1], n / targets)
        change("recall with suggestions", per_page, old, lambda v: v[2], n / targets)
        change("false edits (total)", per_page, old, lambda v: v[4], n)

    turns = turn_pages(options)
    if turns is None:
        print("turns fresh3: skipped (excerpts not found; set TT_DEVINTERVIEWS4)")
    else:
        stripped, kept = turns
        now["turns stripped"], now["turns kept"] = stripped, kept
        print(f"turns fresh3, markers stripped ({len(stripped)}): "
              f"{mean_line(stripped, ('P', 'R', 'F1', 'roles'))}")
        change("F1", stripped, before.get("turns stripped"), lambda v: v[2])
        change("roles", stripped, before.get("turns stripped"), lambda v: v[3])
        if kept:
            print(f"turns fresh3, markers kept ({len(kept)}): "
                  f"{mean_line(kept, ('roles', 'id purity', '', '', 'boundary F1'))}")
            change("roles", kept, before.get("turns kept"), lambda v: v[0])
            if all(len(v) > 4 for v in (before.get("turns kept") or {}).values()):
                change("boundary F1", kept, before.get("turns kept"), lambda v: v[4])

    if "--save" in args:
        Path(args[args.index("--save") + 1]).write_text(json.dumps(now), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

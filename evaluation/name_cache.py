"""Single words near names a page writes often: how many stand on annotated garbles, by sound
distance and mention count (the evidence behind `namecache.Cache`). Run:
``python evaluation/name_cache.py [--placed] [--crossed] [-v]`` (dev and dev3 pages with their own
lexicons; ``--crossed``: each of those lexicons over every other page, held-out pages by count
only; ``-v``: the windows of dev and dev3 pages, one a line).

A window is one word with no exact mention, 0 < zipf < 5, no function word, no form of the
name's own words, no determiner or subject pronoun before, and no seam with a neighbour in the
bigram counts (what `namecache.Cache` asks before the distance and the mentions).
``--placed``: words after a preposition of place instead (`namecache.Cache.placed`), by the
number of the lexicon's names the page writes.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.names import DEVSET, HELD_OUT, page_splits, pages_dir  # noqa: E402
from transcript_tools import Cleaner, Options  # noqa: E402
from transcript_tools.namecache import PLACE_BEFORE, SUBJECTS  # noqa: E402
from transcript_tools.namedwords import named  # noqa: E402
from transcript_tools.namescore import FUNCTION_ZIPF  # noqa: E402
from transcript_tools.nameslot import CLOSED_CLASS, DETERMINERS  # noqa: E402
from transcript_tools.phonetics import distance_within  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402
from transcript_tools.wordcase import ordinary  # noqa: E402

BANDS = (0.1, 0.15, 0.2, 0.25, 0.3)
COUNTS = (1, 2, 3, 4, 5, 6)


Window = tuple[float, int, bool, str]
"""Distance, mentions of the name, whether on a garble, a description."""


def windows(cleaner: Cleaner, text: str, garbles: list[dict], placed: bool = False
            ) -> list[Window]:
    """(distance, mentions of the name, on a garble, description) per window within 0.3 of a
    unit of a name the page writes; (``placed``) per word after a preposition of place that
    the lists hold in lowercase, within 0.3 of one name of the lexicon (written or not) and no
    other, with the number of the lexicon's names the page writes in place of the mentions."""
    stages = dict(cleaner.stages)
    names = stages["names"]
    doc = stages["artifacts"](parse(text))
    runs = names._runs(doc)
    mentioned: set[str] = set()
    for run in runs:
        names._exact(run, [], mentioned, [])
    counts = Counter(n for run in runs for n, last, _ in run.marks.values() if last)
    units = [u for u in names.index.units if placed or u.canonical in mentioned]
    spans = [(g["offset"], g["offset"] + len(g["text"])) for g in garbles]
    v = vocabulary()
    out = []
    for run in runs:
        for i, item in enumerate(run):
            word = item.key[0] if len(item.key) == 1 else ""
            before = run[i - 1].key[-1] if i else None
            after = run[i + 1].key[0] if i + 1 < len(run) else None
            if i in run.marks or not word or not 0 < item.zipf < FUNCTION_ZIPF \
                    or word in CLOSED_CLASS or before in DETERMINERS or before in SUBJECTS \
                    or before and v.bigram(before, word) or after and v.bigram(word, after) \
                    or placed and (before not in PLACE_BEFORE or not ordinary(word)
                                   or named(item.key)):
                continue
            best = None
            near: set[str] = set()
            for u in units:
                own = "".join(ch for w in u.key for ch in w if ch.isalpha())
                if own in item.letters or item.letters in own or any(
                        len(w) >= 4 and w in item.letters for w in u.key):
                    continue
                d = distance_within(item.phones, u.phones, 0.3 * u.length) / u.length
                if d <= 0.3:
                    near.add(u.canonical)
                    if best is None or d < best[0]:
                        best = (d, u)
            if best is None or placed and len(near) > 1:
                continue
            d, u = best
            if placed:
                counts[u.canonical] = len(mentioned)
            piece = run.pieces[i]
            hit = any(s < piece.end and piece.start < t for s, t in spans)
            out.append((d, counts[u.canonical], hit,
                        f"{before or ''} [{item.text}] {after or ''} -> {u.text} d={d:.3f} "
                        f"mentions={counts[u.canonical]}"))
    return out


def table(label: str, found: list[Window], what: str = "mentions") -> None:
    print(f"{label}: windows (on garbles) by distance <= band and {what} >= count")
    print(f"  d \\ {what:<9}" + "".join(f"{c:>12}" for c in COUNTS))
    for band in BANDS:
        cells = []
        for c in COUNTS:
            sel = [hit for d, k, hit, _ in found if d <= band and k >= c]
            cells.append(f"{len(sel):>6} ({sum(sel):>3})")
        print(f"  {band:<13}" + "".join(cells))


def main(argv: list[str]) -> int:
    directory = pages_dir()
    if not directory.is_dir():
        print(f"skipped ({directory} not found; set TT_DEVPAGES)")
        return 0
    splits = page_splits()
    notes = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(DEVSET.glob("*.json"))
             if f.name != "pages.json" and (directory / f"{f.stem}.txt").exists()]
    texts = {n["id"]: (directory / f"{n['id']}.txt").read_text(encoding="utf-8") for n in notes}
    own: list[Window] = []
    crossed: list[Window] = []
    for note in notes:
        if splits.get(note["id"], "dev") in HELD_OUT:
            continue
        cleaner = Cleaner(note["lexicon"], options=Options())
        placed = "--placed" in argv
        got = windows(cleaner, texts[note["id"]], note["garbles"], placed)
        own += got
        if "-v" in argv:
            for _, _, hit, line in sorted(got):
                print(f"  {'+' if hit else '-'} {note['id']}: {line}")
        if "--crossed" in argv:
            for other in notes:
                if other["id"] != note["id"]:
                    crossed += windows(cleaner, texts[other["id"]], other["garbles"], placed)
    what = "written" if "--placed" in argv else "mentions"
    table("dev and dev3 pages, own lexicons", own, what)
    if "--crossed" in argv:
        table("each lexicon over the other pages (held-out pages by count)", crossed, what)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Label precision over speaker turns on unmarked dev pages (turns40, issue 5).

Run ``python evaluation/turn_labels.py`` to clean every non-judged unmarked dev page (the
interview listings' dev entries, dev2, dev4, the cased pages of ``unlabelled_pages.json``, and
the ``pages.json`` dev splits; markers and labels stripped as `turns.strip_marks` does) and
print how the names shown over turns (not "Speaker N") compare with the hand judgements in
``tests/data/turn_labels/labels.json``: right, wrong, unclear, shown but not judged (a label
the table does not hold at that place: judge it), the names the table lists as missed (the
text names a turn's speaker and main showed "Speaker N" there, counted in turns40 and turns41)
that a turn now shows, and right / wrong / missed (the missed rows no turn shows; ``-v`` lists
them). Precision is right / (right + wrong).

``--list FILE`` writes every shown label as a JSON line (set, page id, offset of the turn's
first word in the cleaned input, label, role, id, the annotated role there, the turn's words)
for judging by hand; the words stay in that file (outside the repository), never in the table.
Judged pages (`judged.judged_ids`) are never read.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

import turns as tv  # noqa: E402
from judged import judged_ids  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.model import Document  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

TABLE = ROOT / "tests" / "data" / "turn_labels" / "labels.json"
LISTINGS = (("dev", "interview_pages.json", "interviews"),
            ("dev2", "interview_pages3.json", "interviews3"),
            ("dev4", "interview_pages5.json", "interviews5"))


def pages() -> Iterator[tuple[str, str, str, list[tuple[int, str]], list[str] | None]]:
    """(set, page id, the text cleaned, the annotated (offset, role) turns or [], the page's
    lexicon or None) of every non-judged unmarked dev page that is stored. A names dev page
    is cleaned with its lexicon (``tests/data/devset/<id>.json``), as a user would clean it
    and as `benchmarks/stages.py` does: the names it capitalises are what self-naming reads."""
    judged = judged_ids()
    for name, listing, folder in LISTINGS:
        where = tv.beside_pages("", folder)
        if where is None:
            continue
        for entry in json.loads((tv.CASES / listing).read_text(encoding="utf-8")):
            if entry.get("heldout") or str(entry["id"]) in judged:
                continue
            src = tv.annotated_text(where, entry)
            if src is None:
                continue
            text, starts = tv.strip_marks(src, [t["offset"] for t in entry["turns"]])
            yield (name, entry["id"], text,
                   list(zip(starts, [t["role"] for t in entry["turns"]])), None)
    for entry in json.loads((tv.CASES / "unlabelled_pages.json").read_text(encoding="utf-8")):
        where = tv.unlabelled_dir(entry["folder"])
        src = tv.annotated_text(where, entry) if where else None
        if src is None or str(entry["id"]) in judged:
            continue
        yield ("unlabelled", entry["id"], src,
               [(t["offset"], t["role"]) for t in entry["turns"]], None)
    where = tv.pages_dir()
    if where is None:
        return
    for entry in json.loads((tv.DEVSET / "pages.json").read_text(encoding="utf-8")):
        path = where / f"{entry['id']}.txt"
        if str(entry["id"]) in judged or not path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        if entry.get("has_markers") or ">>" in src:   # (some pages hold ">>" unflagged)
            src, _ = tv.strip_marks(src, [])
        note = tv.DEVSET / f"{entry['id']}.json"
        lexicon = json.loads(note.read_text(encoding="utf-8"))["lexicon"] if note.exists() \
            else None
        yield f"pages:{entry.get('split') or 'dev'}", entry["id"], src, [], lexicon


def shown(doc: Document) -> list[tuple[int, int, str, str, str, str]]:
    """(start, end offset, label, role, id, from) of every turn that shows a name; from is
    "label" where a label the page writes ("john:") opens the turn, else "text" (a name the
    text gives: an introduction, "I'm Jane Doe")."""
    written = {m.index for m in doc.markers if m.kind == "label" and m.label}
    out = []
    for t in doc.turns:
        if t.label and t.first < len(doc.tokens):
            end = doc.tokens[t.stop - 1].end if t.stop > t.first else doc.tokens[t.first].end
            out.append((doc.tokens[t.first].start, end, t.label, t.role, t.speaker,
                        "label" if t.first in written else "text"))
    return out


def role_at(truth: list[tuple[int, str]], offset: int) -> str:
    k = bisect.bisect_right([o for o, _ in truth], offset) - 1
    return truth[k][1] if k >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", help="write every shown label with its turn's words here")
    ap.add_argument("-v", action="store_true", help="print each wrong and unjudged label")
    ap.add_argument("--table", default=str(TABLE), help="the judgements (default: %(default)s)")
    args = ap.parse_args(argv)
    cleaner = Cleaner(options=Options())
    where = Path(args.table)
    table = json.loads(where.read_text(encoding="utf-8")) if where.exists() else []
    by_page: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in table:
        by_page.setdefault((str(row["set"]), str(row["id"])), []).append(row)
    out = open(args.list, "w", encoding="utf-8") if args.list else None
    counts: Counter[str] = Counter()
    inferred: Counter[str] = Counter()  # the names the text gave (no label the page writes)
    missed = taken = 0
    n_pages = 0
    for name, pid, text, truth, lexicon in pages():
        n_pages += 1
        doc = (Cleaner(lexicon) if lexicon else cleaner).run(parse(text, format="broadcast"))
        rows = by_page.get((name, pid), [])
        turns = shown(doc)
        for start, end, label, role, speaker, source in turns:
            judged = [r for r in rows if r["judgement"] != "missed" and str(r["label"]) == label
                      and start <= int(str(r["offset"])) < end]
            verdict = str(judged[0]["judgement"]) if judged else "unjudged"
            counts[verdict] += 1
            if source == "text":
                inferred[verdict] += 1
            if args.v and verdict in ("wrong", "unjudged"):
                print(f"  {verdict:8s} {name} {pid} @{start} {label!r} ({role})")
            if out:
                words = text[start:end].split()
                out.write(json.dumps({
                    "set": name, "id": pid, "offset": start, "label": label, "role": role,
                    "speaker": speaker, "from": source,
                    "annotated": role_at(truth, start) if truth else "",
                    "verdict": verdict,
                    "words": " ".join(words[:80]) + (" ... " + " ".join(words[-25:])
                                                     if len(words) > 105 else
                                                     " ".join(words[80:]))}) + "\n")
        for r in rows:
            if r["judgement"] == "missed":
                missed += 1
                off = int(str(r["offset"]))
                took = any(s <= off < e and lab.casefold() == str(r["label"]).casefold()
                           for s, e, lab, *_ in turns)
                taken += took
                if args.v and not took:
                    print(f"  missed   {name} {pid} @{off} {r['label']!r}")
    if out:
        out.close()
    for title, c in ((f"turn labels on unmarked dev pages ({n_pages})", counts),
                     ("  of them names the text gives (no written label)", inferred)):
        right, wrong = c["right"], c["wrong"]
        precision = right / (right + wrong) if right + wrong else 1.0
        print(f"{title}: shown {sum(c.values())}: right {right}, wrong {wrong}, unclear "
              f"{c['unclear']}, unjudged {c['unjudged']}; precision {precision:.3f}")
    print(f"  introductions the table lists as missed, now taken: {taken} of {missed}")
    print(f"right / wrong / missed: {counts['right']} / {counts['wrong']} / {missed - taken} "
          f"(missed: the table's names the text gives that no turn shows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

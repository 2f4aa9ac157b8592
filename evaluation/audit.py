"""Precision audit on fresh archive pages: re-counts the wrong changes listed in
``tests/data/qa4/audit.json`` and the caption layout defects, per kind per 1,000 words.

Run as ``python evaluation/audit.py`` (``-v`` lists each error still present). The pages are
read from ``$TT_QA4PAGES`` (default ``../devdata/qa4/pages`` beside the repository, else
``/work/devdata/qa4/pages``); they are not ours to commit, so without them it says so and
stops. Each page is cleaned twice: without a lexicon and with the one the annotation gives (a
user's list for the story). A listed text error is still present when an edit at the same
source offset replaces the same original with the same wrong text. Caption defects are
found afresh by rule (a one-word cue that does not end its sentence, a line that ends on an
article inside a cue) and compared with the listed ones by page, variant, offset and word.
``--record`` prints the caption defects found now as JSON (how the list was made).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcript_tools import Cleaner, Transcript  # noqa: E402

AUDIT = ROOT / "tests" / "data" / "qa4" / "audit.json"
ARTICLES = ("a", "an", "the")
MISSES = {
    "spaced mark": re.compile(r"\w [.,?!](?=\s|$)(?! ?[.?!])"),
    "doubled mark": re.compile(r"[.!?] \.(?! ?\.)"),
}
"""Readability misses counted in the clean text (not listed: found afresh each run)."""


def pages_dir() -> Path:
    env = os.environ.get("TT_QA4PAGES")
    if env:
        return Path(env)
    here = ROOT.parent / "devdata" / "qa4" / "pages"
    return here if here.is_dir() else Path("/work/devdata/qa4/pages")


def _cue_words(t: Transcript, first: int, stop: int) -> list[tuple[str, int]]:
    """The cue's displayed words with the source offset of the piece each comes from."""
    doc = t.document
    out: list[tuple[str, int]] = []
    for p in doc.pieces():
        if p.first < first or p.first >= stop or not p.text:
            continue
        if doc.tokens[p.first].kind == "punct" and out:
            continue  # glued to the word before it
        out.extend((w, p.start) for w in p.text.split())
    return out


def caption_defects(t: Transcript) -> list[tuple[str, int, str]]:
    """(defect, source offset, word) for each one-word cue that leaves its sentence open and
    each line but a cue's last that ends on an article."""
    found: list[tuple[str, int, str]] = []
    cues = t.cues
    for k, cue in enumerate(cues):
        words = _cue_words(t, cue.first, cue.stop)
        if not words:
            continue
        shown = " ".join(cue.lines).split()
        if len(shown) == 1 and k + 1 < len(cues) and not shown[0].endswith((".", "?", "!")):
            found.append(("one-word-cue", words[0][1], shown[0].lower()))
        seen = 0
        for line in cue.lines[:-1]:
            seen += len(line.split())
            last = line.split()[-1].lower()
            if last in ARTICLES and seen - 1 < len(words):
                found.append(("article-line-end", words[seen - 1][1], last))
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args(argv)
    audit = json.loads(AUDIT.read_text(encoding="utf-8"))
    directory = pages_dir()
    if not directory.is_dir():
        print(f"audit: skipped ({directory} not found; set TT_QA4PAGES)")
        return 0
    bare = Cleaner()
    listed: Counter[tuple[str, str]] = Counter()
    present: Counter[tuple[str, str]] = Counter()
    words = 0
    recorded = []
    for page in audit["pages"]:
        path = directory / f"{page['id']}.txt"
        if not path.exists():
            print(f"audit: {path} missing, page skipped")
            continue
        source = path.read_text(encoding="utf-8")
        words += len(source.split())
        runs = {"nolex": bare.clean(source),
                "lex": Cleaner(page["lexicon"]).clean(source)}
        for variant, t in runs.items():
            edits = {(e.start, e.original, e.replacement) for e in t.corrections}
            for err in audit["errors"]:
                if err["page"] != page["id"] or err["variant"] != variant:
                    continue
                listed[(variant, err["kind"])] += 1
                if (err["offset"], err["original"], err["wrong"]) in edits:
                    present[(variant, err["kind"])] += 1
                    if args.verbose:
                        print(f"  present: {page['id']} {variant} @{err['offset']} "
                              f"{err['kind']}: {err['note']}")
            for miss, pattern in MISSES.items():
                present[(variant, "miss: " + miss)] += len(pattern.findall(t.text))
            paragraphs = t.to_text().split("\n\n")
            present[(variant, "miss: lowercase turn")] += sum(
                1 for para in paragraphs if ": " in para and para.split(": ", 1)[1][:1].islower())
            now = {(d, o, w) for d, o, w in caption_defects(t)}
            if args.record:
                recorded += [dict(page=page["id"], variant=variant, offset=o, original=w,
                                  kind="captions", defect=d) for d, o, w in sorted(now)]
            for err in audit["captions"]:
                if err["page"] != page["id"] or err["variant"] != variant:
                    continue
                listed[(variant, "captions")] += 1
                if (err["defect"], err["offset"], err["original"]) in now:
                    present[(variant, "captions")] += 1
            known = {(e["defect"], e["offset"], e["original"]) for e in audit["captions"]
                     if e["page"] == page["id"] and e["variant"] == variant}
            new = now - known
            present[(variant, "captions (new)")] += len(new)
            if args.verbose:
                for d, o, w in sorted(new):
                    print(f"  new caption defect: {page['id']} {variant} @{o} {d} {w!r}")
    if args.record:
        print(json.dumps(recorded, indent=1))
        return 0
    print(f"{len(audit['pages'])} pages, {words:,} words; per 1,000 words, listed -> now")
    kinds = sorted({k for _, k in listed} | {k for _, k in present if not k.startswith("miss")})
    for variant in ("nolex", "lex"):
        for kind in kinds:
            a, b = listed[(variant, kind)], present[(variant, kind)]
            print(f"  {variant:5s} {kind:22s} {a:3d} -> {b:3d}   "
                  f"{1000 * a / words:5.2f} -> {1000 * b / words:5.2f}")
    print("readability misses now (counted afresh; not errors of a change)")
    for variant in ("nolex", "lex"):
        for kind in sorted({k for _, k in present if k.startswith("miss")}):
            print(f"  {variant:5s} {kind[6:]:22s} {present[(variant, kind)]:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

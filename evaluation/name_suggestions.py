"""Every name suggestion on the dev sets with the features that might tell a right one from a
wrong one: the scorer's confidence and rule, the phone distance, the window's words (count,
commonness, seams), the evidence for the name in the document, and the rival candidates over
the same words. Run: ``python evaluation/name_suggestions.py [--stress]``.

Judged pages (`judged.judged_ids`: the names and the turns held-out pages) are never listed;
``--stress`` counts their suggestions in its totals only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from judged import judged_ids  # noqa: E402
from names import CASES, HELD_OUT, stored_pages, stress_lexicons  # noqa: E402

from transcript_tools import Cleaner  # noqa: E402
from transcript_tools import names as names_module  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402

_SCORED: list[Any] = []


def _capture() -> None:
    """Keep every document's scored candidates (`NameCorrector._score`) for the rivals."""
    original = names_module.NameCorrector._score

    def score(self, found, mentioned, short=()):  # type: ignore[no-untyped-def]
        got = original(self, found, mentioned, short)
        _SCORED.append((self, got, set(mentioned)))
        return got

    names_module.NameCorrector._score = score  # type: ignore[method-assign]


def features(text: str, e: Any, right: bool) -> dict[str, Any]:
    v = vocabulary()
    words = [w for w in re.findall(r"[\w']+", e.original.casefold())]
    before = re.findall(r"[\w']+", text[max(0, e.start - 40):e.start].casefold())[-1:]
    after = re.findall(r"[\w']+", text[e.end:e.end + 40].casefold())[:1]
    seams = list(zip(words, words[1:]))
    name = e.replacement.removesuffix("'s")
    written = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I))
    parts = {w: len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I))
             for w in name.split() if len(w) > 3}
    dist = float(re.search(r"distance ([\d.]+)", e.note).group(1)) if "distance" in e.note \
        else -1.0
    rivals: list[str] = []
    for _, scored, _ in _SCORED[-1:]:
        for (conf, _rule), run, c in scored:
            if not run.pieces:
                continue
            s, t = run.pieces[c.first].start, run.pieces[c.stop - 1].end
            if s < e.end and e.start < t and (s, t, c.unit.canonical) != (
                    e.start, e.end, name):
                rivals.append(f"{c.unit.canonical}@{conf:.2f}/{c.score:.2f}")
    return {
        "right": right, "conf": round(e.confidence, 2), "rule": e.rule, "dist": dist,
        "window": e.original, "name": e.replacement, "n_words": len(words),
        "zipfs": [round(v.zipf(w), 1) for w in words],
        "seams": [v.bigram(a, b) > 0 for a, b in seams],
        "edges": [v.bigram(a, b) > 0 for a, b in
                  ([(before[0], words[0])] if before and words else [])
                  + ([(words[-1], after[0])] if after and words else [])],
        "written": written, "parts": parts,
        "context": text[max(0, e.start - 40):e.end + 40].replace("\n", " "),
        "rivals": sorted(set(rivals))[:6],
    }


def _spans(garbles: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The source spans of annotated garbles."""
    return [(g["offset"], g["offset"] + len(g["text"])) for g in garbles]


def _hits(e: Any, spans: list[tuple[int, int]]) -> bool:
    return any(s < e.end and e.start < t for s, t in spans)


def documents() -> Iterator[tuple[str, str, Cleaner, list[tuple[int, int]]]]:
    """(set, text, cleaner, garble spans) for dev, dev3, the sample and the constructed cases."""
    for note, text, split in stored_pages():
        if split not in HELD_OUT:
            yield (f"{split}:{note['id']}", text, Cleaner(note["lexicon"]),
                   _spans(note["garbles"]))
    examples = ROOT / "examples"
    text = (examples / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    names = (examples / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    article = (examples / "article_same_story_2020-10.txt").read_text(encoding="utf-8")
    garbles = json.loads((CASES / "sample_garbles.json").read_text(encoding="utf-8"))
    yield ("sample", text, Cleaner(names, [article]),
           _spans(garbles["garbles"]))
    for file in sorted(CASES.glob("*.json")):
        if file.name == "sample_garbles.json":
            continue
        data = json.loads(file.read_text(encoding="utf-8"))
        cleaner = Cleaner(data["lexicon"])
        for case in data["cases"]:
            t = case["text"]
            spans = [(m.start(), m.end()) for g in case.get("garbles", {})
                     for m in re.finditer(r"(?<!\w)" + re.escape(g) + r"(?!\w)", t)]
            yield f"cases:{file.stem}", t, cleaner, spans


def stress(which: str) -> int:
    """Suggestions with a big lexicon of `names.run_stress` over ordinary pages: the
    single-voice and audit pages, the interviews and the dev and dev3 pages (held-out pages
    counted, not listed). A suggestion on an annotated garble is counted apart."""
    cleaner = Cleaner(stress_lexicons()[which])
    data = ROOT.parent / "devdata" if (ROOT.parent / "devdata").is_dir() else Path(
        "/work/devdata")
    groups: dict[str, list[tuple[str, str, list[tuple[int, int]]]]] = {}
    for folder in ["mono", "interviews", "interviews2", "interviews3", "interviews4",
                   "interviews5"] + sorted(p.name for p in data.glob("qa*")):
        path = data / folder / "pages" if (data / folder / "pages").is_dir() else data / folder
        group = "mono" if folder == "mono" else "qa" if folder.startswith("qa") else "interviews"
        for page in sorted(path.glob("*.txt")):
            groups.setdefault(group, []).append((page.stem, page.read_text(encoding="utf-8"),
                                                 []))
    judged = judged_ids()
    for note, text, split in stored_pages():
        group = "held out" if split in HELD_OUT else "dev pages"
        groups.setdefault(group, []).append((note["id"], text, _spans(note["garbles"])))
    total = [0, 0, 0]
    for group, pages in groups.items():
        words = count = on = 0
        for page, text, spans in pages:
            words += len(text.split())
            for e in cleaner.clean(text).document.suggestions:
                if e.kind != "name":
                    continue
                if _hits(e, spans):
                    on += 1
                    if group != "held out" and page not in judged:
                        print(f"  ON {page}: {e.original!r} -> {e.replacement!r} "
                              f"({e.confidence:.2f}, {e.rule})")
                    continue
                count += 1
                if group != "held out" and page not in judged:
                    print(f"  {page}: {e.original!r} -> {e.replacement!r} ({e.confidence:.2f}, "
                          f"{e.rule})")
        total = [total[0] + words, total[1] + count, total[2] + on]
        print(f"{group}: {count} suggestions off the garbles ({on} on them) in {words} words "
              f"({count * 5000 / max(1, words):.2f} per 5,000)")
    print(f"all: {total[1]} suggestions off the garbles ({total[2]} on them) in {total[0]} "
          f"words ({total[1] * 5000 / max(1, total[0]):.2f} per 5,000)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the rows to this file")
    parser.add_argument("--stress", choices=["places", "pooled", "gazetteer"],
                        help="suggestions per 5,000 words over ordinary pages with a big "
                        "lexicon: 500 places, the dev lexicons pooled, 5,000 cities")
    args = parser.parse_args(argv)
    _capture()
    if args.stress:
        return stress(args.stress)
    rows = []
    for label, text, cleaner, spans in documents():
        _SCORED.clear()
        doc = cleaner.clean(text).document
        for e in doc.suggestions:
            if e.kind != "name":
                continue
            row = features(text, e, _hits(e, spans))
            row["set"] = label
            rows.append(row)
    for row in rows:
        print(("RIGHT " if row["right"] else "wrong ") + json.dumps(
            {k: row[k] for k in ("set", "conf", "rule", "dist", "window", "name", "zipfs",
                                 "seams", "edges", "written", "parts", "rivals")},
            ensure_ascii=False))
        print("      ", row["context"])
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Every missed and every false boundary of the whole turns stage on the two-person sets: the
constructed interviews (written, no-qmarks, sparse; the panel left out), the annotated sample
and the dev interview excerpts (markers stripped), as ``evaluation/turns.py`` scores them.

Run ``python evaluation/turns_twoperson.py [--list]`` (dev sets only: no held-out or judged
text is read). A true boundary that no predicted one matches within 3 words is a miss (-); a
predicted one that matches no true one is false (+). A miss and a false boundary within 8
words of each other, both unmatched, are one boundary placed off (counted once as ``off``,
with the distance); the rest are counted by the true roles on either side (misses) or by the
roles the stage gives on either side (false ones), and whether the word before ends with "?".
``--list`` prints each with the words around it: ``|`` marks the true place, ``^`` the
predicted one. ``--real`` reads the real news and interview sets dev2 and dev4 instead
(markers stripped, as ``evaluation/turns.py`` scores them), and also tallies the words given
a wrong role, by run: each maximal stretch of words whose true and given roles differ, by
the pair (``role t>g``) and whether the stretch is a whole true turn (``whole``: its true
boundaries both found, within 3 words) or part of one (``part``: a missed or false boundary
bounds it); ``--list`` prints each stretch's first words.
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
from transcript_tools.model import Document  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

OFF = 8


def places(doc: Document, starts: list[int], roles: list[str], name: str, listing: bool,
           out: Counter[str], roles_too: bool = False) -> None:
    """Tally (and with ``listing`` print) one document's missed and false boundaries."""
    widx = ev.word_index(doc)
    words = [t for t in doc.tokens if t.kind == "word"]
    n = len(words)
    offs = [t.start for t in words]
    truth = [bisect.bisect_left(offs, o) for o in starts]
    true_role = ev.word_roles(truth, roles, n)
    given = [""] * n
    for t in doc.turns:
        a, b = widx[t.first], widx[t.stop]
        given[a:b] = [t.role] * (b - a)
    pred = sorted({widx[t.first] for t in doc.turns if 0 < widx[t.first] < n})
    tset = sorted({w for w in truth if 0 < w < n})
    mp, mt = ev.matched(pred, tset)
    miss = [w for w in tset if w not in mt]
    false = [w for w in pred if w not in mp]
    out["true"] += len(tset)
    out["pred"] += len(pred)
    paired: dict[int, int] = {}
    used: set[int] = set()
    for _d, m, f in sorted((abs(m - f), m, f) for m in miss for f in false
                          if abs(m - f) <= OFF):
        if m not in paired and f not in used:
            paired[m] = f
            used.add(f)

    def show(kind: str, at: int, other: int | None) -> None:
        out[kind] += 1
        if not listing:
            return
        lo = max(0, min(at, other if other is not None else at) - 10)
        hi = min(n, max(at, other if other is not None else at) + 10)
        shown = []
        for k in range(lo, hi):
            mark = ""
            if k in tset:
                mark += "|"
            if k in pred:
                mark += "^"
            shown.append(mark + words[k].text)
        print(f"  {name[:30]:30s} {kind:26s} true {true_role[at - 1][:1]}>{true_role[at][:1]}"
              f" given {given[at - 1][:1]}>{given[at][:1]}: {' '.join(shown)}")

    for m in miss:
        if m in paired:
            f = paired[m]
            show(f"off {'late' if f > m else 'early'} {abs(f - m)}", m, f)
            continue
        asked = words[m - 1].text.endswith("?")
        a, b = true_role[m - 1], true_role[m]
        show(f"miss {a[:1]}>{b[:1]}{' after ?' if asked else ''}", m, None)
    for f in false:
        if f in used:
            continue
        asked = words[f - 1].text.endswith("?")
        show(f"false {given[f - 1][:1]}>{given[f][:1]}{' after ?' if asked else ''}", f, None)
    if not roles_too:
        return
    k = 0
    near = set(mp) | set(mt)
    while k < n:
        if true_role[k] == given[k]:
            k += 1
            continue
        j = k
        while j < n and true_role[j] == true_role[k] and given[j] == given[k] \
                and true_role[j] != given[j]:
            j += 1
        whole = ((k == 0 or k in near or any(abs(k - x) <= 3 for x in near))
                 and (j == n or any(abs(j - x) <= 3 for x in near)))
        key = f"role {true_role[k][:1]}>{given[k][:1]} {'whole' if whole else 'part'}"
        out[key + " words"] += j - k
        out[key + " runs"] += 1
        if listing:
            text = " ".join(w.text for w in words[k:min(j, k + 25)])
            print(f"  {name[:30]:30s} {key:22s} {j - k:4d} words at {k}: {text}"
                  f"{' ...' if j - k > 25 else ''}")
        k = j


def main() -> int:
    listing = "--list" in sys.argv
    cleaner = Cleaner(options=Options())
    sets: dict[str, Counter[str]] = {}
    if "--real" in sys.argv:
        for name, where, listed in (("dev2", ev.dev2_dir(), "interview_pages3.json"),
                                    ("dev4", ev.dev4_dir(), "interview_pages5.json")):
            if where is None:
                continue
            entries = json.loads((ev.CASES / listed).read_text(encoding="utf-8"))
            for entry, doc, starts in ev.stripped_excerpts(cleaner, where, entries):
                places(doc, starts, [t["role"] for t in entry["turns"]], entry["id"], listing,
                       sets.setdefault(name, Counter()), roles_too=True)
        return report(sets)
    for how in ("written", "no-qmarks", "sparse"):
        c = sets.setdefault(how, Counter())
        for path in sorted(ev.CASES.glob("*.txt")):
            if path.stem.startswith("panel"):
                continue
            turns = ev.variant(ev.read_case(path), how)
            text, starts = ev.assemble(turns)
            doc = cleaner.run(parse(text, format="broadcast"))
            places(doc, starts, [r for r, _ in turns], f"{how}:{path.stem}", listing, c)
    ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    doc = Cleaner(names, [ref], Options()).run(parse(src, format="broadcast"))
    places(doc, [t["start"] for t in ann["turns"]], [t["role"] for t in ann["turns"]],
           "sample", listing, sets.setdefault("sample", Counter()))
    where = ev.interviews_dir()
    if where is not None:
        entries = json.loads((ev.CASES / "interview_pages.json").read_text(encoding="utf-8"))
        for entry, doc, starts in ev.stripped_excerpts(cleaner, where, entries):
            places(doc, starts, [t["role"] for t in entry["turns"]], entry["id"], listing,
                   sets.setdefault("dev", Counter()))
    return report(sets)


def report(sets: dict[str, Counter[str]]) -> int:
    """Print each set's counts, largest first."""
    for name, c in sets.items():
        print(f"{name}: {c['true']} true, {c['pred']} predicted")
        for k in sorted((k for k in c if k not in ("true", "pred")), key=lambda k: (-c[k], k)):
            print(f"  {k:30s} {c[k]:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Turns inside sentences: each predicted boundary that is no sentence start (a cut the decoder
changed speaker at), right or wrong (within 3 words of a true one), with the learned sentence
model's log-odds at its gap, on the dev sets (constructed written and sparse, the sample, dev,
dev2; never a held-out set), then the right / all counts at log-odds floors.

Run ``python evaluation/turns_inside.py`` from the repository root (turns18, docs/turns-notes.md).
"""

import bisect
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))
import turns as T  # noqa: E402

from transcript_tools import sentences as S  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

cap = {}
orig = S.SentenceSplitter.learned_scores


def ls(self, table, learned):
    sc = orig(self, table, learned)
    cap["words"] = table.words
    cap["sc"] = list(sc)
    return sc


S.SentenceSplitter.learned_scores = ls
T.DEV_ONLY = True
c = Cleaner(options=T.OPTIONS)
rows = []


def tally(name, items):
    for doc, starts, wp, sc in items:
        toks = [t for t in doc.tokens if t.kind == "word"]
        offs = [t.start for t in toks]
        widx = T.word_index(doc)
        wpi = [widx[p.first] for p in wp]
        truth = [bisect.bisect_left(offs, o) for o in starts]
        truth = [w for w in truth if w > 0]
        ss = {widx[s] for s in doc.sentence_starts}
        pred = sorted({widx[t.first] for t in doc.turns} - {0})
        mp, _ = T.matched(pred, truth)
        for p in pred:
            if p in ss:
                continue
            j = bisect.bisect_left(wpi, p) - 1
            g = sc[j]
            rows.append((name, p in mp, g))
            print(
                f"  {name:22s} {'OK ' if p in mp else 'BAD'} {g:6.2f}",
                " ".join(t.text for t in toks[max(0, p - 6) : p]),
                "|",
                " ".join(t.text for t in toks[p : p + 6]),
            )


def run(doc_src, cl=c):
    d = cl.run(doc_src)
    return d, cap["words"], cap["sc"]


for how in ("written", "sparse"):
    items = []
    for path in sorted(T.CASES.glob("*.txt")):
        turns = T.variant(T.read_case(path), how)
        text, starts = T.assemble(turns)
        d, wp, sc = run(parse(text, format="broadcast"))
        items.append((d, starts, wp, sc))
    tally("constructed-" + how, items)
ann = json.loads((T.CASES / "sample_turns.json").read_text())
src = (T.ROOT / ann["source"]).read_text()
names = (T.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
ref = (T.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
c2 = Cleaner(names, [ref], T.OPTIONS)
d, wp, sc = run(parse(src, format="broadcast"), c2)
tally("sample", [(d, [t["start"] for t in ann["turns"]], wp, sc)])
for name, where, lf in (
    ("dev", T.interviews_dir(), "interview_pages.json"),
    ("dev2", T.dev2_dir(), "interview_pages3.json"),
):
    listing = json.loads((T.CASES / lf).read_text())
    if name == "dev":
        listing = [e for e in listing if not e["heldout"]]
    items = []
    for e in listing:
        g = T.interview_page(c, where, e)
        if g:
            items.append((g[1], g[2], cap["words"], cap["sc"]))
    tally(name, items)
for lo in (-1, -1.5, -2, -2.5, -3, -99):
    out = []
    for name in ("constructed-written", "constructed-sparse", "sample", "dev", "dev2"):
        r = [x for x in rows if x[0] == name and x[2] >= lo]
        out.append(f"{name} {sum(x[1] for x in r)}/{len(r)}")
    print(">=", lo, " | ".join(out))

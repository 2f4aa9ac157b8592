"""Why the host's words are read as the guest's on unmarked text: every true host word given
the guest, by the decoder alone (`speakers.decode` on the stage's units) and by the whole
stage (after `settle`, `clips`, `reports`, `running_hosts`), split by where it lies.

Run ``python evaluation/turns_hostguest.py [constructed|sample|dev|dev2|dev4|all] [--list]``
(dev sets only, the constructed cases in their written form: the held-out and fresh sets are
never read here). Places of a host word given the guest:

- ``no guest``: in a document where no true guest speaks (a news read, co-anchors, a
  monologue with clips): whatever the decoder calls the guest is somebody else;
- ``opening``: before the first true guest word (a programme's opening, a long introduction,
  headlines);
- ``after``: once the guest has spoken, split by the true host turn holding the word:
  ``asks`` (it asks: "?" or a question's opening), ``you`` (speaks to "you" without asking:
  a comment, a quote of the guest's book, "so you were going to ..."), ``short`` (three
  words or fewer: "yeah", "right"), ``narration`` (the rest: a comment or narration with
  neither);
- ``swapped``: the document's host and guest words are mostly one for the other (swapping
  them would halve its host/guest errors), counted apart as well.

``--list`` prints each ``after`` turn with its words (truncated) and its class.
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402
import turns_roles as tr  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakercues import Unit, cues  # noqa: E402

_NAMES = {0: "host", 1: "guest", 2: "other"}


def _turn_kind(words: list[str], qmark: bool) -> str:
    if len(words) <= 3:
        return "short"
    c = cues(Unit(0, tuple(words), 1, qmark))
    return "asks" if c.question else "you" if c.second else "narration"


def analyse(doc: Any, src: str, truth: list[tuple[int, str]], name: str,
            tally: Counter[str], listing: bool) -> None:
    widx = ev.word_index(doc)
    words = [t for t in doc.tokens if t.kind == "word"]
    texts = [t.text.lower() for t in words]
    n = len(words)
    starts = [t.start for t in words]
    bounds = [bisect.bisect_left(starts, off) for off, _ in truth]
    true_role = ev.word_roles(bounds, [r for _, r in truth], n)
    stage = [""] * n
    for t in doc.turns:
        stage[widx[t.first]:widx[t.stop]] = [t.role] * (widx[t.stop] - widx[t.first])
    units = tr._TRACE.get("units") or []
    raw = [""] * n
    for k, u in enumerate(units):
        a = widx[u.first]
        b = widx[units[k + 1].first] if k + 1 < len(units) else n
        raw[a:b] = [_NAMES[tr._TRACE["decode"][k]]] * (b - a)
    first_guest = next((i for i, r in enumerate(true_role) if r == "guest"), n)
    spans = list(zip(bounds, bounds[1:] + [n]))
    for how, pred in (("decoder", raw), ("stage", stage)):
        swap = {"host": "guest", "guest": "host"}
        hg = sum(1 for x, y in zip(true_role, pred) if {x, y} == {"host", "guest"})
        hg_sw = sum(1 for x, y in zip(true_role, pred) if {x, swap.get(y, y)} == {"host", "guest"})
        swapped = hg > 20 and hg_sw <= hg / 2
        for a, b in spans:
            if a >= n or true_role[a] != "host":
                continue
            wrong = sum(1 for i in range(a, b) if pred[i] == "guest")
            if not wrong:
                continue
            where = "no guest" if first_guest == n else "opening" if a < first_guest else "after"
            tally[f"{how} {where}"] += wrong
            tally[f"{how} total"] += wrong
            if swapped:
                tally[f"{how} in swapped documents"] += wrong
            if where == "after":
                end = words[b - 1].end
                qmark = "?" in src[words[a].start:min(end + 2, len(src))]
                kind = _turn_kind(texts[a:b], qmark)
                tally[f"{how} after: {kind}"] += wrong
                if listing and how == "stage":
                    snippet = tr.clip(" ".join(texts[a:b]), 150, 90, 55)
                    print(f"  {name:28s} {kind:9s} {wrong:3d}/{b - a:3d} :: {snippet}")
    tally["words"] += n
    tally["host words"] += sum(r == "host" for r in true_role)


def main() -> int:
    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["all"]
    listing = "--list" in sys.argv
    cleaner = Cleaner(options=Options())
    for name in (("constructed", "sample", *tr.SETS) if "all" in which else which):
        tally: Counter[str] = Counter()
        if name == "constructed":  # the dev cases, written form (not the held-out ones)
            for path in sorted(ev.CASES.glob("*.txt")):
                turns = ev.variant(ev.read_case(path), "written")
                text, starts = ev.assemble(turns)
                tr._TRACE.clear()
                doc = cleaner.run(parse(text, format="broadcast"))
                analyse(doc, text, list(zip(starts, [role for role, _ in turns])), path.stem,
                        tally, listing)
        else:
            for doc, text, truth, ident in tr.cleaned(name, cleaner):
                analyse(doc, text, truth, ident, tally, listing)
        print(f"### {name}: {tally['words']} words, {tally['host words']} host words")
        for how in ("decoder", "stage"):
            keys = [k for k in tally if k.startswith(how + " ")]
            print(f"  {how}: " + ", ".join(f"{k[len(how) + 1:]} {tally[k]}" for k in sorted(keys)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where role words go wrong on unmarked text: each wrong word classed by the true and given
role, by the step of the turns stage that last set its unit's role (the decoder, `settle`,
`clips`, `reports`), and by how the predicted turn holding it meets the true turns.

Run ``python evaluation/turns_roles.py [dev|dev2|dev4|sample|all] [--list]`` (dev sets only:
the held-out and fresh sets are never read here). Classes of a wrong word:

- ``swap``: the page would lose at least half its host/guest errors with host and guest
  swapped throughout (a whole document on the wrong side);
- ``cut-right``: the predicted turn holding the word starts and ends within 3 words of the
  true turn's start and end (a well-cut turn given the wrong role);
- ``spill``: the word's true turn is a minority of the predicted turn holding it (a turn
  merged into a neighbour's, or the edge of a misplaced boundary);
- ``voice``: the rest: the word's true turn is the majority of its predicted turn, but the
  turn is not cut right (a turn split, given the wrong role).

``--list`` prints each page's runs of words with their true role, given role and step;
``--runs`` each run of units a settle step changed, with its true roles. The tally also
counts, per step, the words it made right (WR), wrong (RW) or left wrong (WW), and a
coarse ``CLASS`` per wrong word (`other` taken for a speaker, a speaker taken for `other`,
host/guest: document swapped, whole turn, spilled over a boundary).
"""

from __future__ import annotations

import bisect
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402

import transcript_tools.turns as tmod  # noqa: E402
from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

_NAMES = {0: "host", 1: "guest", 2: "other"}
_TRACE: dict[str, Any] = {}


def _wrap(name: str, unpack: bool = False) -> None:
    real = getattr(tmod, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        got = real(*args, **kwargs)
        if name == "decode":
            _TRACE["units"] = args[0]
        _TRACE[name] = list(got[0] if unpack else got)
        return got

    setattr(tmod, name, wrapped)


for _n in ("decode", "settle", "clips"):
    _wrap(_n)
_wrap("reports", unpack=True)

STEPS = ("decode", "settle", "clips", "reports")


def unit_steps(doc: Any, widx: list[int], nwords: int) -> tuple[list[int], list[str]]:
    """Each word's unit index and the step that last changed that unit's state."""
    units = _TRACE.get("units") or []
    unit_of = [-1] * nwords
    firsts = [widx[u.first] for u in units]
    for k, a in enumerate(firsts):
        b = firsts[k + 1] if k + 1 < len(firsts) else nwords
        unit_of[a:b] = [k] * (b - a)
    step = []
    for k in range(len(units)):
        last = "decode"
        prev = _TRACE["decode"][k]
        for s in STEPS[1:]:
            if s in _TRACE and _TRACE[s][k] != prev:
                last, prev = s, _TRACE[s][k]
        step.append(last)
    return unit_of, step


def spans(bounds: list[int], n: int) -> list[tuple[int, int]]:
    starts = sorted(set([0] + [b for b in bounds if 0 < b < n]))
    return [(a, starts[i + 1] if i + 1 < len(starts) else n) for i, a in enumerate(starts)]


def analyse(doc: Any, truth: list[tuple[int, str]], name: str, tally: Counter[str],
            listing: bool) -> None:
    widx = ev.word_index(doc)
    words = [t for t in doc.tokens if t.kind == "word"]
    starts = [t.start for t in words]
    n = len(words)
    truth_w = [bisect.bisect_left(starts, off) for off, _ in truth]
    true_role = ev.word_roles(truth_w, [r for _, r in truth], n)
    pred_role = [""] * n
    pred_bounds = []
    for t in doc.turns:
        a, b = widx[t.first], widx[t.stop]
        pred_role[a:b] = [t.role] * (b - a)
        pred_bounds.append(a)
    unit_of, step = unit_steps(doc, widx, n)
    tspans = spans(truth_w, n)
    pspans = spans(pred_bounds, n)
    t_of = [0] * n
    for i, (a, b) in enumerate(tspans):
        t_of[a:b] = [i] * (b - a)
    # swap test
    hg = sum(1 for x, y in zip(true_role, pred_role) if x != y and {x, y} == {"host", "guest"})
    sw = {"host": "guest", "guest": "host"}
    swapped = [sw.get(y, y) for y in pred_role]
    err = sum(x != y for x, y in zip(true_role, pred_role))
    err_sw = sum(x != y for x, y in zip(true_role, swapped))
    hg_sw = sum(1 for x, y in zip(true_role, swapped) if x != y and {x, y} == {"host", "guest"})
    is_swap = hg > 20 and hg_sw <= hg / 2
    del err, err_sw
    wrong = 0
    for pa, pb in pspans:
        major = Counter(t_of[pa:pb]).most_common(1)[0][0]
        ta, tb = tspans[major]
        cut_right = abs(ta - pa) <= 3 and abs(tb - pb) <= 3
        for w in range(pa, pb):
            x, y = true_role[w], pred_role[w]
            if x == y or not x:
                continue
            wrong += 1
            cls = "swap" if is_swap else "cut-right" if cut_right and t_of[w] == major else (
                "spill" if t_of[w] != major else "voice")
            st = step[unit_of[w]] if unit_of[w] >= 0 else "?"
            tally[f"pair {x}->{y}"] += 1
            tally[f"class {cls}"] += 1
            tally[f"step {st}"] += 1
            tally[f"pair+class {x}->{y} {cls}"] += 1
            tally[f"pair+step {x}->{y} {st}"] += 1
            big = ("other as speaker" if x == "other" else "speaker as other" if y == "other"
                   else "host/guest swapped doc" if is_swap else
                   "host/guest spill (merged)" if cls == "spill" else "host/guest whole turn")
            tally[f"CLASS {big}"] += 1
    tally["words"] += n
    tally["wrong"] += wrong
    # what each step did: words whose unit's state it changed, by right/wrong before and after
    units = _TRACE.get("units") or []
    for w in range(n):
        k = unit_of[w]
        if k < 0 or not true_role[w]:
            continue
        prev = _TRACE["decode"][k]
        for s in STEPS[1:]:
            if s in _TRACE and _TRACE[s][k] != prev:
                now = _TRACE[s][k]
                a = "R" if _NAMES[prev] == true_role[w] else "W"
                b = "R" if _NAMES[now] == true_role[w] else "W"
                tally[f"effect {s} {_NAMES[prev]}->{_NAMES[now]} {a}{b}"] += 1
                prev = now
    if "--runs" in sys.argv:
        # runs of units a step changed: page, step, change, words, true roles, text
        texts = [t.text for t in words]
        k = 0
        while k < len(units):
            ch = [(s, _TRACE["decode"][k], _TRACE[s][k]) for s in STEPS[1:]
                  if s in _TRACE and _TRACE[s][k] != _TRACE["decode"][k]]
            if not ch:
                k += 1
                continue
            j = k + 1
            while j < len(units) and [(s, _TRACE["decode"][j], _TRACE[s][j]) for s in STEPS[1:]
                                      if s in _TRACE and _TRACE[s][j] != _TRACE["decode"][j]
                                      ] == ch:
                j += 1
            a = widx[units[k].first]
            b = widx[units[j].first] if j < len(units) else n
            roles = Counter(true_role[a:b])
            snippet = clip(" ".join(texts[a:b]), 200, 110, 80)
            print(f"RUN {name:24s} {ch[0][0]:7s} {_NAMES[ch[0][1]]}->{_NAMES[ch[-1][2]]} "
                  f"units {k}-{j} words {a}-{b} true {dict(roles)} :: {snippet}")
            k = j
    if listing:
        print(f"== {name}: {n} words, {wrong} wrong ({1 - wrong / max(n, 1):.2f})"
              f"{' SWAPPED' if is_swap else ''}")
        # runs of the same (true, pred, step)
        w = 0
        texts = [t.text for t in words]
        while w < n:
            key = (true_role[w], pred_role[w], step[unit_of[w]] if unit_of[w] >= 0 else "?")
            e = w
            while e < n and (true_role[e], pred_role[e],
                             step[unit_of[e]] if unit_of[e] >= 0 else "?") == key:
                e += 1
            mark = "  " if key[0] == key[1] else "XX"
            tb = "|" if w in truth_w else " "
            pb = "^" if w in pred_bounds else " "
            snippet = clip(" ".join(texts[w:e]), 160, 75, 75)
            print(f"  {mark} {tb}{pb} {w:4d}-{e:4d} true {key[0]:5s} got {key[1]:5s} "
                  f"[{key[2]}] {snippet}")
            w = e


def clip(text: str, longest: int, head: int, tail: int) -> str:
    """``text`` as printed in a listing: past ``longest`` characters, its first ``head`` and
    last ``tail`` around " ... "."""
    return text if len(text) <= longest else text[:head] + " ... " + text[-tail:]


SETS = {"dev": ("interviews", "interview_pages.json"),
        "dev2": ("interviews3", "interview_pages3.json"),
        "dev4": ("interviews5", "interview_pages5.json")}
"""The annotated real excerpts of the dev sets: (folder under devdata, listing)."""


def cleaned(name: str, cleaner: Cleaner) -> Iterator[tuple[Any, str, list[tuple[int, str]], str]]:
    """Each document of set ``name`` ("sample" or a key of `SETS`; held-out entries and pages
    not stored are skipped) cleaned as unmarked text, with `_TRACE` holding its stage's steps:
    (document, its source text, true (turn start, role) pairs, id)."""
    if name == "sample":
        ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
        src = (ev.ROOT / ann["source"]).read_text(encoding="utf-8")
        names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text(
            ).splitlines()
        ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
        _TRACE.clear()
        doc = Cleaner(names, [ref], Options()).run(parse(src, format="broadcast"))
        yield doc, src, [(t["start"], t["role"]) for t in ann["turns"]], "sample"
        return
    folder, listing_file = SETS[name]
    where = ev.beside_pages("", folder)
    entries = json.loads((ev.CASES / listing_file).read_text(encoding="utf-8"))
    for e in entries:
        if e.get("heldout") or where is None:
            continue
        src = ev.annotated_text(where, e)
        if src is None:
            continue
        text, st = ev.strip_marks(src, [t["offset"] for t in e["turns"]])
        _TRACE.clear()
        doc = cleaner.run(parse(text, format="broadcast"))
        yield doc, text, list(zip(st, [t["role"] for t in e["turns"]])), e["id"]


def main() -> int:
    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["all"]
    listing = "--list" in sys.argv
    cleaner = Cleaner(options=Options())
    for name in (("sample", *SETS) if "all" in which else which):
        tally: Counter[str] = Counter()
        for doc, _, truth, ident in cleaned(name, cleaner):
            analyse(doc, truth, ident, tally, listing)
        print(f"### {name}: {tally['words']} words, {tally['wrong']} wrong")
        for key in sorted(k for k in tally if k not in ("words", "wrong")):
            print(f"  {key:40s} {tally[key]:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

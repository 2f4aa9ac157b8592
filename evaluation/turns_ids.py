"""Role candidates over the page's speaker ids and reports, counted before building (turns37).

Run ``python evaluation/turns_ids.py [sample|dev|dev2|dev4|all] [--ids]`` (dev sets only:
held-out entries are skipped, as in ``evaluation/turns_roles.py``). Two views of each page:
the stage as it is, and the stage given the true turns (`turns_gold`'s forced decoder). In each,
every candidate below is applied to the page's turns and tallied in words: ``fix`` (a word now
wrong the candidate puts right) and ``break`` (a word now right it puts wrong); a candidate
worth building fixes many more than it breaks. ``--ids`` prints each page's speaker ids with
their role, turns, words, questions, second / first person words and true roles.

- ``swap-asks``: host and guest swapped over the page when the guest's turns ask more ("?");
- ``swap-longer``: swapped when the host's turns are longer on average than the guest's;
- ``joint``: the two ids' roles chosen together by five votes of per-turn evidence (who asks
  more, who says "you" more a word, who says "I" less a word, whose turns are shorter, who
  speaks first): swapped when three or more favour the swap;
- ``swap-emitted``: swapped when the decoder's own unit scores (no transitions) sum higher
  over the page's final roles with host and guest swapped;
- ``guest-unasked``: the guest's id given `other` when none of its turns follows a turn that
  ends on a question (a report's narration follows a hand-over, a guest a question);
- ``back-from-signoff``: the stretch before a reporter's sign-off (`textreports.signs_off`),
  back to the last unit with a presenter's cue, a hand-over or a question, given `other`;
  ``back-from-named-signoff`` the same from a sign-off by name and channel only (not "...
  up to the news", "an analyst for fox news", "this is the 10:00 news");
- ``attributing``: a host or guest turn of 30+ words that attributes speech ("he said",
  `textreports.attributions`) given `other`.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns_gold as tg  # noqa: E402  (installs its forced decoder: `_FORCED` off by default)
import turns_roles as tr  # noqa: E402

import transcript_tools.speakers as sp  # noqa: E402
from transcript_tools import Options  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakercues import cues  # noqa: E402
from transcript_tools.textreports import (  # noqa: E402
    REPORT_MAX,
    attributions,
    host_back,
    signs_off,
    to_reporter,
)

SECOND = frozenset("you your you're yours yourself".split())
FIRST = frozenset("i my me i'm mine myself i've i'd i'll".split())
SWAP = {"host": "guest", "guest": "host"}


def id_table(doc: Any, widx: list[int], true_role: list[str]) -> dict[str, Counter[str]]:
    """Per role (its speaker ids together: the stage gives each role one voice but for clips and
    second presenters): turns, words, questions, person words,
    mean turn length, first turn index, true roles of its words."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for i, t in enumerate(doc.turns):
        a, b = widx[t.first], widx[t.stop]
        c = out[t.role]
        c["turns"] += 1
        c["words"] += b - a
        c.setdefault("first", i)
        toks = doc.tokens[t.first:t.stop]
        c["asks"] += sum(1 for x in toks if x.text == "?")
        ws = [x.text.casefold() for x in toks if x.kind == "word"]
        c["2nd"] += sum(w in SECOND for w in ws)
        c["1st"] += sum(w in FIRST for w in ws)
        for r in true_role[a:b]:
            c["T" + (r or "-")] += 1
    return out


def _swap_votes(ids: dict[str, Counter[str]]) -> int:
    h, g = ids.get("host"), ids.get("guest")
    if not h or not g:
        return 0
    votes = [g["asks"] > h["asks"],
             g["2nd"] / g["words"] > h["2nd"] / h["words"],
             g["1st"] / g["words"] < h["1st"] / h["words"],
             g["words"] / g["turns"] < h["words"] / h["turns"],
             g["first"] < h["first"]]
    return sum(votes)


def tally(given: list[str], new: list[str], true_role: list[str], out: Counter[str],
          key: str) -> None:
    out[f"{key} fix"] += 0  # listed when it never fires
    out[f"{key} break"] += 0
    for x, y, z in zip(true_role, given, new):
        if x and y != z:
            out[f"{key} fix"] += x == z
            out[f"{key} break"] += x == y


def candidates(doc: Any, widx: list[int], true_role: list[str], given: list[str],
               units: Any) -> dict[str, list[str]]:
    """Each candidate's roles per word."""
    ids = id_table(doc, widx, true_role)
    out: dict[str, list[str]] = {}
    h, g = ids.get("host"), ids.get("guest")
    swapped = [SWAP.get(r, r) for r in given]
    out["swap-asks"] = swapped if h and g and g["asks"] > h["asks"] else given
    out["swap-longer"] = swapped if h and g and \
        h["words"] / h["turns"] > g["words"] / g["turns"] else given
    out["joint"] = swapped if _swap_votes(ids) >= 3 else given
    turns = list(doc.turns)
    asked = [i > 0 and any(x.text == "?" for x in doc.tokens[turns[i - 1].first:turns[i - 1].stop]
                           [-2:]) for i in range(len(turns))]
    unasked = not any(a for a, t in zip(asked, turns) if t.role == "guest")
    out["guest-unasked"] = ["other" if unasked and r == "guest" else r for r in given]
    new = list(given)
    for t in turns:
        ws = [x.text.casefold() for x in doc.tokens[t.first:t.stop] if x.kind == "word"]
        a, b = widx[t.first], widx[t.stop]
        if t.role != "other" and b - a >= 30 and attributions(ws) >= 1:
            new[a:b] = ["other"] * (b - a)
    out["attributing"] = new
    out["swap-emitted"] = swapped if units and _emitted_swap(units, widx, given) else given
    for key, signed in (("back-from-signoff", signs_off), ("back-from-named-signoff", _named)):
        out[key] = _back_from(given, widx, units, signed)
    return out


def _emitted_swap(units: Any, widx: list[int], given: list[str]) -> bool:
    """Whether the decoder's own unit scores (its features and weights, no transitions) sum
    higher over the page with host and guest swapped in the stage's final roles."""
    prep = sp.prepare(units, False, None)
    em = sp._emitted(prep.features, sp.weights(), 3)
    idx = {"host": sp.HOST, "guest": sp.GUEST, "other": sp.OTHER}
    now = alt = 0.0
    for k, u in enumerate(units):
        role = given[min(widx[u.first], len(given) - 1)]
        s = idx.get(role)
        if s is None:
            continue
        now += em[3 * k + s]
        alt += em[3 * k + idx[SWAP.get(role, role)]]
    return alt > now


def _named(words: Sequence[str]) -> bool:
    """A sign-off by a reporter's name and channel, not "the news" or "an analyst for fox
    news" ("for", "is", "the", "a" among the three words before "news")."""
    return signs_off(words) and _CHANNEL_NOT.isdisjoint(words[-4:-1])


_CHANNEL_NOT = frozenset("for is the a".split())


def _back_from(given: list[str], widx: list[int], units: Any,
               signed: Callable[[Sequence[str]], bool]) -> list[str]:
    new = list(given)
    if units:
        uc = [cues(u) for u in units]
        st = [widx[u.first] for u in units] + [len(given)]
        for k, u in enumerate(units):
            if not signed(u.words):
                continue
            i, n = k, 0
            while i > 0 and not (host_back(uc[i - 1]) or to_reporter(units[i - 1].words)
                                 or uc[i - 1].question):
                n += len(units[i - 1].words)
                if n > REPORT_MAX:
                    break
                i -= 1
            new[st[i]:st[k + 1]] = ["other"] * (st[k + 1] - st[i])
    return new


def main() -> int:
    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["all"]
    show: Callable[..., None] = print if "--ids" in sys.argv else (lambda *a: None)
    cleaner = Cleaner(options=Options())
    grand: Counter[str] = Counter()
    for name in (("sample", *tr.SETS) if "all" in which else which):
        counts: Counter[str] = Counter()
        for doc, text, truth, ident in tr.cleaned(name, cleaner):
            units = tr._TRACE.get("units") or []
            words, widx, firsts, true_role, given, _ = tg._roles(doc, truth)
            views = [("stage", doc, widx, true_role, given, units)]
            tg._FORCED["allowed"] = tg.forced_changes(units, widx, firsts,
                                                      [r for _, r in truth])
            try:
                again = (tg.sample_cleaner() if name == "sample" else cleaner).run(
                    parse(text, format="broadcast"))
            finally:
                tg._FORCED["allowed"] = None
            _, widx2, _, true2, given2, _ = tg._roles(again, truth)
            views.append(("gold", again, widx2, true2, given2, tr._TRACE.get("units") or []))
            for view, d, wi, tru, giv, un in views:
                if view == "stage":
                    show(f"{name} {ident[:30]}: {len(words)} words")
                    for role, c in sorted(id_table(d, wi, tru).items()):
                        show(f"    {role:6s} " + " ".join(
                            f"{k}={c[k]}" for k in ("turns", "words", "asks", "2nd", "1st",
                                                    "Thost", "Tguest", "Tother")))
                for key, new in candidates(d, wi, tru, giv, un).items():
                    tally(giv, new, tru, counts, f"{view} {key}")
        print(f"### {name}: " + ", ".join(
            f"{k} {counts[k + ' fix']} : {counts[k + ' break']}"
            for k in sorted({k.rsplit(' ', 1)[0] for k in counts})))
        grand.update(counts)
    print("### all: " + ", ".join(f"{k} {grand[k + ' fix']} : {grand[k + ' break']}"
                                  for k in sorted({k.rsplit(' ', 1)[0] for k in grand})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

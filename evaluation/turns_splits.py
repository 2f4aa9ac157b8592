"""Where one role's words on a marked page spread over several speaker ids, by kind (turns48).

Run ``python evaluation/turns_splits.py [-v]`` (dev sets only: the first interview set's dev
half, dev2 and dev4; held-out and fresh entries are skipped, as in ``evaluation/turns_ids.py``).
`evaluation/turns.py --dev` prints "host's words over N ids"; the annotations give roles, not
voices, so that figure counts co-anchors and panels (right to part) with one voice split (wrong).
This lists each *split*: a worded turn whose true role is host or guest, whose speaker id is new
on the page, after an earlier turn of that true role, classed:

- ``named``: the turn shows a name (a label, a self-introduction) that no earlier turn of that
  true role showed: a second presenter or guest the page names (no error by the ids' account);
- ``read-other``: the turn's role is read `other` (each unlabelled `other` turn is its own
  voice): the id follows a role read wrong;
- ``after-same-role``: the turn follows a turn read with the same role: the role's other voice
  (`turns.Turns._turns`, "a marker between two unlabelled turns of one role's id");
- ``rest``.

Two candidates for giving a split back to the anchor's id are tallied on every worded turn
(not only splits), by the truth at the turn and whether the anchor id they would give holds
that true role: ``thanks-back`` (the turn opens with a short thanks, after one other voice's
turns since the last host turn: the anchor's hand-back) and ``after-signoff`` (the turn right
after a turn that ends on a reporter's sign-off, `textreports.signs_off`). ``right`` counts a
turn whose truth and the anchor turn's are both host, ``wrong`` any other (a voice merged).
Two cues that a turn read `other` is the anchor's (turns49) are tallied on every unlabelled
worded turn after the page's first, by the truth at the turn: ``programme-voice`` (its first
sentence opens the running order, `presentermoves.opens_story`, widened to "we get under way
in/with") and ``story-cue`` (its first sentence has five words or more, no first or second
person, and a time word: "police looking for a driver ... this morning"). ``host`` counts a
true host, any other truth a turn the cue would turn wrongly into the host's.
``-v`` prints each split and each candidate's turn.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402

from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.presentermoves import opens_story  # noqa: E402
from transcript_tools.textreports import signs_off  # noqa: E402

_WORD = re.compile(r"[a-z0-9']+")
_THANKS = frozenset(("thank", "thanks"))
_PERSON = frozenset("i i'm i've i'd i'll me my mine we we're we've we'll we'd us our ours you "
                    "you're you've you'll you'd your yours".split())
_TIME = frozenset("today tonight yesterday overnight morning afternoon evening tomorrow "
                  "weekend".split())
_UNDER_WAY = re.compile(r"^(?:(?:and|now|so|well) )?(?:we|we'll|let's) (?:(?:will|are going to) )?"
                        r"get under ?way (?:\w+ ){0,3}?(?:in|with)\b")


def _sets() -> list[tuple[str, Path, list[dict[str, Any]]]]:
    out = []
    for name, where, listing, dev_half in (
            ("dev", ev.interviews_dir(), "interview_pages.json", True),
            ("dev2", ev.dev2_dir(), "interview_pages3.json", False),
            ("dev4", ev.dev4_dir(), "interview_pages5.json", False)):
        if where is None:
            continue
        entries = json.loads((ev.CASES / listing).read_text(encoding="utf-8"))
        out.append((name, where, [e for e in entries if not (dev_half and e["heldout"])]))
    return out


def _thanks_back(ts: list[Any], i: int, words: list[str]) -> Any | None:
    """The last host turn before turn ``i`` when turn ``i`` opens with a short thanks (its
    first sentence seven words or fewer) and every turn since that host turn is one other
    voice's."""
    first = words[:8]
    if not first or first[0] not in _THANKS or len(first) > 7 and "." not in " ".join(first):
        return None
    seen = None
    for t in reversed(ts[:i]):
        if t.role == "host":
            return t if seen is not None and t.speaker != seen.speaker else None
        if seen is not None and t.speaker != seen.speaker:
            return None
        seen = t
    return None


def _true_role(at: int, offsets: list[tuple[int, str]]) -> str:
    rs = [r for o, r in offsets if o <= at]
    return rs[-1] if rs else "-"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    cleaner = Cleaner(options=ev.OPTIONS)
    kinds: Counter[str] = Counter()
    cands: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for name, where, entries in _sets():
        for entry in entries:
            got = ev.marked_page(cleaner, where, entry)
            if got is None:
                continue
            _, doc, truth = got
            src = doc.source
            offsets = sorted(truth)
            ts = [t for t in doc.turns if t.first != t.stop]

            roles = [_true_role(doc.tokens[t.first].start, offsets) for t in ts]
            texts = [src[doc.tokens[t.first].start:doc.tokens[t.stop - 1].end] for t in ts]
            seen: set[str] = set()
            for i, t in enumerate(ts):
                r = roles[i]
                earlier = [u for u, q in zip(ts[:i], roles[:i]) if q == r]
                if r in ("host", "guest") and t.speaker not in seen and earlier:
                    shown = {str(u.label).casefold() for u in earlier if u.label}
                    kind = "named" if t.label and t.label.casefold() not in shown else \
                        "read-other" if t.role == "other" else \
                        "after-same-role" if i and ts[i - 1].role == t.role else "rest"
                    kinds[f"{r} {kind}"] += 1
                    if verbose:
                        print(f"  {name} {entry['id']:24s} {r:5s} {kind:15s} {t.speaker}/"
                              f"{t.role} | {texts[i][:70]!r}")
                seen.add(t.speaker)
                words = _WORD.findall(texts[i].casefold())
                first = _WORD.findall(re.split(r"[.?!]", texts[i].casefold())[0])
                for cue, fires in (
                        ("programme-voice", t.role == "other" and (
                            opens_story(first) or bool(_UNDER_WAY.match(" ".join(first))))),
                        ("story-cue", len(first) >= 5 and _PERSON.isdisjoint(first)
                         and not _TIME.isdisjoint(first))):
                    if i and not t.label and fires:
                        cues[f"{cue} {'host' if r == 'host' else r}/read {t.role}"] += 1
                        if verbose:
                            print(f"  {name} {entry['id']:24s} {cue}: true {r} read {t.role}"
                                  f" | {texts[i][:70]!r}")
                for cand, anchor in (
                        ("thanks-back", _thanks_back(ts, i, words)),
                        ("after-signoff", max((u for u in ts[:i - 1] if u.role == "host"),
                                              key=ts.index, default=None)
                         if i and signs_off(_WORD.findall(texts[i - 1].casefold())) else None)):
                    if anchor is None or anchor.speaker == t.speaker:
                        continue
                    ok = r == "host" and roles[ts.index(anchor)] == "host"
                    cands[f"{cand} {'right' if ok else 'wrong'}"] += 1
                    if verbose:
                        print(f"  {name} {entry['id']:24s} {cand}: {t.speaker}->{anchor.speaker}"
                              f" true {r} | {texts[i][:70]!r}")
    print("splits (a true role's new id after an earlier turn of it):",
          ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none")
    print("candidates (turns they would give the anchor's id):",
          ", ".join(f"{k} {v}" for k, v in sorted(cands.items())) or "none")
    print("role cues on unlabelled turns (true/read):",
          ", ".join(f"{k} {v}" for k, v in sorted(cues.items())) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

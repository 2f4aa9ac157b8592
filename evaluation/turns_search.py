"""A coordinate search over the turn decoder's hand-set weights and constants, guarded on every
dev line at once (turns34).

Run ``python evaluation/turns_search.py [START]`` (dev sets only; about 3 s a figure, 5-6
minutes a sweep): from the shipped weights (with the JSON overrides ``START`` applied, e.g.
``'{"speakers.HOST_RUN": 60}'``), each nonzero emission and transition weight and the
decoder's constants in ``speakers`` is multiplied by 1.25, then 0.75; a move is kept when the
sum of the figures below rises by more than 0.004 and no figure falls by more than 0.002 (no
single-voice count rises at all); two sweeps. ``--show OVERRIDES ...`` prints the figures of
each override set instead. Keys: ``E.<role>.<feature>`` (emission), ``T.<transition>``,
``speakers.<CONSTANT>``.

The figures: boundary F1 within 3 words and role accuracy on the constructed interviews
(written, no-qmarks, sparse), the sample, dev, dev2 and dev4 (markers stripped); spurious
boundaries on the constructed monologues (as text and caption text) and the real
single-voice pages; boundary F1 on the 21 dev news pages with their markers removed and on
the local pages with three or more ``>>`` (markers as truth, stripped; judged and annotated
pages left out); role accuracy on dev, dev2 and dev4 with their markers kept (the weights
give marked turns their roles too). No judged page is read: the judged aggregates are for
``turns_judge.py`` and ``judge_sets.py`` on the search's result. On 2026-11-28 (turns34)
neither result of the search beat the shipped weights there (docs/turns-notes.md).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402
from judged import judged_ids  # noqa: E402

from transcript_tools import Options, speakers  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakerfeatures import FEATURES, STATES, TRANSITIONS  # noqa: E402

LINES = ("written", "no-qmarks", "sparse", "sample", "dev", "dev2", "dev4")
MONO = ("text", "caption", "real-captions", "real-text")
SINGLE = ("news", "local", "kept dev", "kept dev2", "kept dev4")
CONSTANTS = ("REPLY_CHANGE", "PROFILE_WEIGHT", "PROFILE_CAP", "HOST_RUN", "BEFORE_OPEN",
             "CLEAN_COST", "THANKED_CHANGE", "CLAIM_RESTARTS")
GAIN = 0.004
SLACK = 0.002
SHIPPED = speakers.weights()
_ORIGINAL = {name: getattr(speakers, name) for name in CONSTANTS}
_LOCAL_MARK = re.compile(r">>+\s*(?:[\w.'-]+(?: [\w.'-]+){0,2}:(?!\d)\s*)?")


def apply(over: dict[str, float]) -> None:
    """Make the decoder use the shipped weights and constants with ``over`` applied."""
    for name, value in _ORIGINAL.items():
        setattr(speakers, name, value)
    emission = [list(row) for row in SHIPPED.emission]
    transition = list(SHIPPED.transition)
    for key, value in over.items():
        kind, _, rest = key.partition(".")
        if kind == "E":
            role, feature = rest.split(".")
            emission[STATES.index(role)][FEATURES.index(feature)] = value
        elif kind == "T":
            transition[TRANSITIONS.index(rest)] = value
        else:
            setattr(speakers, rest, type(_ORIGINAL[rest])(value))
    changed = dataclasses.replace(
        SHIPPED, emission=(tuple(emission[0]), tuple(emission[1]), tuple(emission[2])),
        transition=tuple(transition))
    speakers.weights = lambda: changed  # type: ignore[assignment]


def _cases(cleaner: Cleaner, out: dict[str, Any]) -> None:
    files = sorted(ev.CASES.glob("*.txt"))
    for how in LINES[:3]:
        f1 = roles = 0.0
        for path in files:
            turns = ev.variant(ev.read_case(path), how)
            text, starts = ev.assemble(turns)
            doc = cleaner.run(parse(text, format="broadcast"))
            _, _, f, acc = ev.score(doc, list(zip(starts, [r for r, _ in turns])))
            f1, roles = f1 + f, roles + acc
        out[how] = (f1 / len(files), roles / len(files))


def _sample(out: dict[str, Any]) -> None:
    ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ev.ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    doc = Cleaner(names, [ref], Options()).run(parse(src, format="broadcast"))
    _, _, f, acc = ev.score(doc, [(t["start"], t["role"]) for t in ann["turns"]])
    out["sample"] = (f, acc)


def _dev_sets() -> list[tuple[str, Any, list[dict[str, Any]]]]:
    """The dev excerpt sets (name, folder or None, their entries not held out)."""
    out = []
    for name, where, listed in (("dev", ev.interviews_dir(), "interview_pages.json"),
                                ("dev2", ev.dev2_dir(), "interview_pages3.json"),
                                ("dev4", ev.dev4_dir(), "interview_pages5.json")):
        entries = json.loads((ev.CASES / listed).read_text(encoding="utf-8"))
        out.append((name, where, [e for e in entries
                                  if where is not None and not e.get("heldout")]))
    return out


def _excerpts(cleaner: Cleaner, out: dict[str, Any]) -> None:
    for name, where, entries in _dev_sets():
        got = [ev.interview_page(cleaner, where, e) for e in entries]
        scores = [g[0] for g in got if g is not None]
        k = max(len(scores), 1)
        out[name] = (sum(s[2] for s in scores) / k, sum(s[3] for s in scores) / k)


def _marked(cleaner: Cleaner, out: dict[str, Any]) -> None:
    """Role accuracy on dev, dev2 and dev4 with their markers kept: the weights drive the
    roles of marked turns too (`markedroles`)."""
    for name, where, entries in _dev_sets():
        got = [ev.marked_page(cleaner, where, e) for e in entries]
        scores = [g[0][0] for g in got if g is not None]
        out["kept " + name] = sum(scores) / max(len(scores), 1)


def _mono(cleaner: Cleaner, out: dict[str, Any]) -> None:
    mono: dict[str, int] = {}
    for path in sorted((ev.CASES / "mono").glob("*.txt")):
        for form, text, fmt in ev.mono_forms(path.read_text(encoding="utf-8")):
            doc = cleaner.run(parse(text, format=fmt))
            mono[form] = mono.get(form, 0) + ev.voices(doc)[1]
    where = ev.mono_dir()
    listing = json.loads((ev.CASES / "mono_pages.json").read_text(encoding="utf-8"))
    for entry in listing:
        src = ev.annotated_text(where, entry) if where is not None else None
        if src is None:
            continue
        for a, b in entry["spans"]:
            doc = cleaner.run(parse(src[a:b], format="broadcast"))
            key = "real-" + entry["kind"]
            mono[key] = mono.get(key, 0) + ev.voices(doc)[1]
    out["mono"] = mono


def _news(cleaner: Cleaner, out: dict[str, Any]) -> None:
    pages = ev.pages_dir()
    listing = json.loads((ev.DEVSET / "pages.json").read_text(encoding="utf-8"))
    total, count = 0.0, 0
    for entry in listing:
        path = pages / f"{entry['id']}.txt" if pages is not None else None
        if path is None or not entry.get("has_markers") or not path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        doc = cleaner.run(parse(src, format="broadcast"))
        truth = ev.marker_starts(doc, ev.word_index(doc))
        cut = "".join(src[a:b] for a, b in zip([0] + [m.end for m in doc.markers],
                                               [m.start for m in doc.markers] + [len(src)]))
        bare = cleaner.run(parse(cut, format="broadcast"))
        bidx = ev.word_index(bare)
        pred = [bidx[t.first] for t in bare.turns if bidx[t.first] > 0]
        total += ev.boundary_f1(pred, truth)[2]
        count += 1
    out["news"] = total / max(count, 1)


_LOCAL: list[tuple[str, list[int]]] = []


def _local_pages() -> list[tuple[str, list[int]]]:
    """The local pages with three or more ``>>``, stripped, with the markers' places."""
    if _LOCAL:
        return _LOCAL
    skip = set(judged_ids())
    for listing in ev.CASES.glob("interview_pages*.json"):
        skip |= {e["id"] for e in json.loads(listing.read_text(encoding="utf-8"))}
    pages = ev.pages_dir()
    root = pages.parent if pages is not None else Path("/work/devdata")
    for path in sorted(root.glob("*/*.txt")):
        if path.parent.name == "casing" or path.stem in skip:
            continue
        skip.add(path.stem)
        src = path.read_text(encoding="utf-8", errors="replace")
        marks = list(_LOCAL_MARK.finditer(src))
        if len(marks) >= 3:
            _LOCAL.append(ev.strip_marks(src, [m.end() for m in marks]))
    return _LOCAL


def _local(cleaner: Cleaner, out: dict[str, Any]) -> None:
    total = 0.0
    pages = _local_pages()
    for text, starts in pages:
        doc = cleaner.run(parse(text, format="broadcast"))
        widx = ev.word_index(doc)
        offs = [t.start for t in doc.tokens if t.kind == "word"]
        n = len(offs)
        truth = sorted({bisect.bisect_left(offs, o) for o in starts} - {0, n})
        pred = [widx[t.first] for t in doc.turns if 0 < widx[t.first] < n]
        total += ev.boundary_f1(pred, truth)[2]
    out["local"] = total / max(len(pages), 1)


def measure() -> dict[str, Any]:
    """Every figure of the search, under the weights `apply` set."""
    cleaner = Cleaner(options=Options())
    out: dict[str, Any] = {}
    _cases(cleaner, out)
    _sample(out)
    _excerpts(cleaner, out)
    _marked(cleaner, out)
    _mono(cleaner, out)
    _news(cleaner, out)
    _local(cleaner, out)
    return out


def show(o: dict[str, Any]) -> str:
    mono = o["mono"]
    return (" ".join(f"{k} {o[k][0]:.3f}/{o[k][1]:.3f}" for k in LINES)
            + " | single voice " + " ".join(f"{k} {mono.get(k, 0)}" for k in MONO)
            + " | " + " ".join(f"{k} {o[k]:.3f}" for k in SINGLE))


def total(o: dict[str, Any]) -> float:
    return sum(o[k][0] + o[k][1] for k in LINES) + sum(o[k] for k in SINGLE)


def holds(o: dict[str, Any], floor: dict[str, Any]) -> bool:
    """Whether no figure of ``o`` falls below ``floor``'s by more than SLACK (single voice:
    no rise at all)."""
    return all(o[k][i] >= floor[k][i] - SLACK for k in LINES for i in (0, 1)) and all(
        o["mono"].get(k, 0) <= floor["mono"].get(k, 0) for k in MONO) and all(
        o[k] >= floor[k] - SLACK for k in SINGLE)


def search(start: dict[str, float]) -> dict[str, float]:
    params: dict[str, float] = {}
    for r, role in enumerate(STATES):
        for i, feature in enumerate(FEATURES):
            if SHIPPED.emission[r][i]:
                params[f"E.{role}.{feature}"] = SHIPPED.emission[r][i]
    for i, name in enumerate(TRANSITIONS):
        if SHIPPED.transition[i]:
            params[f"T.{name}"] = SHIPPED.transition[i]
    for name in CONSTANTS:
        if f"speakers.{name}" not in start:
            params[f"speakers.{name}"] = float(_ORIGINAL[name])
    current = dict(start)
    apply(current)
    floor = measure()
    best = total(floor)
    print("start", show(floor), flush=True)
    for sweep in range(2):
        moved = False
        for key, shipped in params.items():
            value = current.get(key, shipped)
            for factor in (1.25, 0.75):
                trial = dict(current)
                trial[key] = round(value * factor) if key.endswith("HOST_RUN") else value * factor
                apply(trial)
                got = measure()
                if holds(got, floor) and total(got) > best + GAIN:
                    current, floor, best, moved = trial, got, total(got), True
                    print("kept", key, trial[key], show(got), flush=True)
                    break
        print(f"sweep {sweep}:", json.dumps(current), flush=True)
        if not moved:
            break
    return current


def main(argv: list[str]) -> int:
    if argv[:1] == ["--show"]:
        for arg in argv[1:] or ["{}"]:
            apply(json.loads(arg))
            print(arg, "\n ", show(measure()), flush=True)
        return 0
    search(json.loads(argv[0]) if argv else {})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

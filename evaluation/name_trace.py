"""Where a missed garble is lost: for each annotated garble of a dev page (or a constructed
case), the windows over it and the named name's units, step by step. Run:
``python evaluation/name_trace.py [PAGE_ID | sample ...] [--all] [--summary]`` (every
stored page of the non-held-out splits when none is named; held-out pages refused).
Each garble's line says how often the page's own words write its name (or a part of it)
exactly ("written 2x": the exact mentions, not the names stage's edits).

Steps per window and unit: length fit (0.6-1.5x the unit's phones), skeleton retrieval
(`SoundIndex.candidates`), the distance against the far-window cut (`Ear.near`) and
MAX_DISTANCE, whether `Windows.sound` returns it, and the scorer's confidence and rule. A
garble lost at the length ratio, the skeleton retrieval or the far-window cut shows what the
scorer would give its window if it got there ("would 0.68 sound"), and the lengths or
consonant skeletons that kept it out. The scorer is asked with the evidence the names stage
itself used on the page (its exact mentions and references, and the names it heard in several
different garbles, `NameCorrector._score`), and a window it holds below the bar says what holds
it (`_held`): a rule that gives it nothing ("variant", "shared", ...) or a guard ("+first",
"+person", ...), a name of one consonant class judged again (`shortnames`), the caps on
common words (what the scorer gives it with them lifted, `Scorer.free`), or its sound against
the name's threshold.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.names import DEVSET, HELD_OUT, page_splits, pages_dir  # noqa: E402
from transcript_tools import Cleaner, Options  # noqa: E402
from transcript_tools.model import Document  # noqa: E402
from transcript_tools.namescore import MAX_DISTANCE, Candidate  # noqa: E402
from transcript_tools.phonetics import distance  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.windows import MAX_WINDOW, _seamed, _skeleton  # noqa: E402


def _window_phones(items: list[Any]) -> str:
    """A window's phones as `windows.Windows` hears them (a consonant said once at a seam,
    `windows._seamed`)."""
    phones = ""
    for k, it in enumerate(items):
        phones += _seamed(phones, items[k - 1] if k else None, it)
    return phones


def trace(page: str, show_all: bool, summary: bool = False) -> None:
    if page == "sample":
        examples = ROOT / "examples"
        text = (examples / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
        names = (examples / "names_interview_2020-10.txt").read_text(
            encoding="utf-8").splitlines()
        article = (examples / "article_same_story_2020-10.txt").read_text(encoding="utf-8")
        note = json.loads((ROOT / "tests" / "data" / "cases" / "names" /
                           "sample_garbles.json").read_text(encoding="utf-8"))
        cleaner = Cleaner(names, [article], Options())
    else:
        if page_splits().get(page, "dev") in HELD_OUT:
            raise SystemExit(f"{page} is held out: no per-page traces")
        note = json.loads((DEVSET / f"{page}.json").read_text(encoding="utf-8"))
        text = (pages_dir() / f"{page}.txt").read_text(encoding="utf-8")
        cleaner = Cleaner(note["lexicon"], options=Options())
    corrector, before = names_input(cleaner, text)
    used = evidence(corrector)
    doc = cleaner.clean(text).document
    del corrector._scored   # type: ignore[attr-defined]
    applied = [e for e in doc.edits if e.kind == "name"]
    runs = corrector._runs(before)   # type: ignore[attr-defined]
    mentioned: set[str] = set()
    recased: list[object] = []
    for run in runs:
        corrector._exact(run, recased, mentioned)   # type: ignore[attr-defined]
    prior = mentioned | corrector.referenced | used   # type: ignore[attr-defined]
    bar = cleaner.options.min_confidence
    index, ear, scorer = corrector.index, corrector.windows.ear, corrector.scorer  # type: ignore[attr-defined]
    if not summary:
        heard = used - mentioned - corrector.referenced   # type: ignore[attr-defined]
        print(f"{page}: prior {sorted(prior)}"
              + (f" (heard in several garbles: {sorted(heard)})" if heard else ""))
    for g in note["garbles"]:
        s, t = g["offset"], g["offset"] + len(g["text"])
        done = any(e.start < t and s < e.end for e in applied)
        if done and not show_all or not g.get("clear", True):
            continue
        # How often the page's own words write the name (or a part of it) exactly: the
        # exact mentions `_exact` marks, not the names stage's edits.
        written = sum(1 for run in runs for name, last, _ in run.marks.values()
                      if last and name.split(" | ")[0] == g["name"])
        head = (f"{page}: {g['text']!r} -> {g['name']} ({'found' if done else 'MISSED'}; "
                f"written {written}x)")
        if not summary:
            print("\n" + head)
        hit = [(run, k) for run in runs for k, p in enumerate(run.pieces)
               if p.start < t and s < p.end]
        if not hit:
            print("  not in any run of words")
            continue
        run = hit[0][0]
        first, last = hit[0][1], hit[-1][1]
        uids = [u for u, unit in enumerate(index.units) if unit.canonical == g["name"]
                or unit.canonical.split(" | ")[0] == g["name"]]
        found = {(c.first, c.stop, c.unit.canonical): c.score for c in
                 corrector.windows.sound(run)}   # type: ignore[attr-defined]
        closest: tuple[float, str] = (9.0, "no unit of the name")
        for i in range(max(0, first - 1), first + 1):
            for j in range(max(i, last - 1), min(len(run), i + MAX_WINDOW, last + 2)):
                items = run[i:j + 1]
                phones = _window_phones(items)
                skel = _skeleton(items)
                words = " ".join(it.text for it in items)
                for uid in uids:
                    unit = index.units[uid]
                    fits = unit.length * 0.6 <= len(phones) <= unit.length * 1.5 + 1
                    got = uid in index.candidates(skel)
                    d = distance(phones, unit.phones) / unit.length
                    kept = (i, j + 1, unit.canonical) in found
                    cand = Candidate(i, j + 1, unit, d)
                    conf = corrector._confidence(run, cand, prior)   # type: ignore[attr-defined]
                    # (For a window a cut loses, what the scorer would say if it got there.)
                    would = f"would {conf[0]:.2f} {conf[1]}"
                    verdict = (f"length ratio ({len(phones)} phones, the unit {unit.length};"
                               f" {would})" if not fits else "beyond MAX_DISTANCE"
                               if d > MAX_DISTANCE else
                               f"skeleton retrieval ({skel} against {unit.skeleton}; {would})"
                               if not got else f"far-window cut ({would})" if not kept
                               else f"scorer ({conf[0]:.2f}, {conf[1]}"
                               f"{_held(scorer, run, cand, prior, conf, bar)})")
                    if s <= run.pieces[i].start and run.pieces[j].end <= t + 1 and \
                            d < closest[0]:
                        closest = (d, f"[{words}] vs {unit.text!r} d {d:.2f}: {verdict}")
                    if not summary:
                        print(f"  [{words}] {phones} vs {unit.text!r} {unit.phones}: "
                              f"fit {'y' if fits else 'N'} retrieved {'y' if got else 'N'} "
                              f"d {d:.2f} (near {ear.near(uid):.2f}, max {MAX_DISTANCE}) "
                              f"windows {'y' if kept else 'N'} conf {conf[0]:.2f} {conf[1]}")
        print(f"{head}\n  => lost at: {closest[1]}" if summary else
              f"  => closest window inside the garble: {closest[1]}")


GUARDS = ("+first", "+person", "+part", "+phrase", "+clause", "+title", "+rival", "+odd",
          "+place", "+thin")
"""Rule suffixes of a guard that keeps a window a suggestion at most whatever its sound."""


def evidence(corrector: Any) -> set[str]:
    """The names the stage takes as in evidence on the page it cleans next (its exact mentions,
    references and the names heard in several different garbles, the ``prior`` of
    `NameCorrector._score`'s second pass), noted by wrapping the stage's `_scored` on the
    instance (the caller deletes the wrapper after the run)."""
    seen: set[str] = set()
    own = corrector._scored

    def spy(run: Any, cands: Any, key: Any, names: Any, prior: set[str], first: bool) -> Any:
        if not first:
            seen.update(prior)
        return own(run, cands, key, names, prior, first)

    corrector._scored = spy
    return seen


def _held(scorer: Any, run: Any, c: Candidate, prior: set[str], conf: tuple[float, str],
          bar: float) -> str:
    """What holds a window the scorer keeps below ``bar`` (empty at or above it): its rule, a
    guard, the caps on common words (with the scorer's confidence with them lifted), or its
    sound against the name's threshold; or, for a name of one consonant class, the names
    stage's second judgement of it."""
    if conf[0] >= bar:
        return ""
    base = conf[1].split("+")[0]
    if conf[0] == 0 and base in ("variant", "shared", "first-name", "person", "abbreviation"):
        return f"; held by the rule {base!r}"
    alone = scorer.confidence(run, c, prior)
    if alone[0] > conf[0] + 0.005 and alone[1] == conf[1]:
        # (A name of one consonant class is judged again, `shortnames.heard_in_window`.)
        return f"; held by a short name's test (the scorer alone {alone[0]:.2f})"
    guards = [g for g in GUARDS if g in conf[1]]
    free = scorer.free(run, c, prior)[0] if c.letters is None and not c.possessive else 0.0
    if free > conf[0] + 0.005:
        return (f"; held by the caps on common words (lifted {free:.2f})"
                + (f" and {''.join(guards)}" if guards else ""))
    if guards:
        return f"; held by the guard {''.join(guards)}"
    return "; held by its sound against the threshold"


def _sources() -> list[tuple[str, Cleaner, str, list[dict]]]:
    """Every annotated text that is not held out: (label, cleaner, text, garbles), for the dev
    and dev3 pages, the sample and the constructed cases."""
    out: list[tuple[str, Cleaner, str, list[dict]]] = []
    directory = pages_dir()
    splits = page_splits()
    for file in sorted(DEVSET.glob("*.json")):
        page = directory / f"{file.stem}.txt"
        if file.name == "pages.json" or not page.exists() or \
                splits.get(file.stem, "dev") in HELD_OUT:
            continue
        note = json.loads(file.read_text(encoding="utf-8"))
        out.append((splits.get(file.stem, "dev"), Cleaner(note["lexicon"], options=Options()),
                    page.read_text(encoding="utf-8"), note["garbles"]))
    examples = ROOT / "examples"
    cases = ROOT / "tests" / "data" / "cases" / "names"
    out.append(("sample", Cleaner(
        (examples / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines(),
        [(examples / "article_same_story_2020-10.txt").read_text(encoding="utf-8")],
        Options()), (examples / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8"),
        json.loads((cases / "sample_garbles.json").read_text(encoding="utf-8"))["garbles"]))
    for file in sorted(cases.glob("*.json")):
        if file.name == "sample_garbles.json":
            continue
        data = json.loads(file.read_text(encoding="utf-8"))
        cleaner = Cleaner(data["lexicon"], options=Options())
        for case in data["cases"]:
            text = case["text"]
            garbles = [{"offset": m.start(), "text": g, "name": n}
                       for g, n in case.get("garbles", {}).items()
                       for m in re.finditer(r"(?<!\w)" + re.escape(g) + r"(?!\w)", text)]
            if garbles:
                out.append(("constructed", cleaner, text, garbles))
    return out


def names_input(cleaner: Cleaner, text: str) -> tuple[Any, Document]:
    """The names stage of a cleaner and the document as that stage receives it."""
    before = parse(text)
    for name, stage in cleaner.stages:
        if name == "names":
            return stage, before
        before = stage(before)
    raise SystemExit("this cleaner has no names stage")


def retrieval(verbose: bool) -> None:
    """Retrieval recall: of the annotated garbles with a window inside them within the
    scorer's reach (MAX_DISTANCE of a unit of their name), how many the index retrieves and
    how many reach the scorer (by any path: sound windows, possessives, short names,
    spellings), per set."""
    tallies: dict[str, list[int]] = {}
    for label, cleaner, text, garbles in _sources():
        corrector, before = names_input(cleaner, text)
        runs = corrector._runs(before)   # type: ignore[attr-defined]
        for run in runs:
            corrector._exact(run, [], set())   # type: ignore[attr-defined]
        index = corrector.index   # type: ignore[attr-defined]
        for g in garbles:
            if not g.get("clear", True):
                continue
            s, t = g["offset"], g["offset"] + len(g["text"])
            hit = [(run, k) for run in runs for k, p in enumerate(run.pieces)
                   if p.start < t and s < p.end]
            tally = tallies.setdefault(label, [0, 0, 0, 0])
            tally[0] += 1
            if not hit:
                continue
            run = hit[0][0]
            first, last = hit[0][1], hit[-1][1]
            uids = [u for u, unit in enumerate(index.units) if unit.canonical == g["name"]
                    or unit.canonical.split(" | ")[0] == g["name"]]
            best = (9.0, False, "")
            for i in range(first, last + 1):
                for j in range(i, min(last + 1, i + MAX_WINDOW)):
                    items = run[i:j + 1]
                    phones = _window_phones(items)
                    skel = _skeleton(items)
                    for uid in uids:
                        unit = index.units[uid]
                        if not unit.length * 0.6 <= len(phones) <= unit.length * 1.5 + 1:
                            continue
                        d = distance(phones, unit.phones) / unit.length
                        got = bool(skel) and uid in index.candidates(skel)
                        if (d, not got) < (best[0], not best[1]):
                            best = (d, got, " ".join(it.text for it in items))
            found = list(corrector.windows.sound(run))   # type: ignore[attr-defined]
            found += corrector.possessives.find(run)   # type: ignore[attr-defined]
            found += corrector.spelled.find(run)   # type: ignore[attr-defined]
            if corrector.short:   # type: ignore[attr-defined]
                found += corrector.short.find(run)   # type: ignore[attr-defined]
            reached = any(c.unit.canonical == g["name"] or
                          c.unit.canonical.split(" | ")[0] == g["name"]
                          for c in found if first <= c.stop - 1 and c.first <= last)
            if best[0] <= MAX_DISTANCE:
                tally[1] += 1
                tally[2] += best[1]
                tally[3] += reached
            if verbose and (best[0] <= MAX_DISTANCE or reached) and not (best[1] and reached):
                print(f"  {label}: {g['text']!r} -> {g['name']}: [{best[2]}] d {best[0]:.2f}"
                      f" retrieved {'y' if best[1] else 'N'} reaches scorer "
                      f"{'y' if reached else 'N'}")
    for label, (total, reach, got, reached) in tallies.items():
        print(f"retrieval {label}: {total} garbles, {reach} within reach (d <= {MAX_DISTANCE}):"
              f" retrieved {got}, reach the scorer {reached}")


if __name__ == "__main__":
    if "--retrieval" in sys.argv:
        retrieval("-v" in sys.argv)
        raise SystemExit(0)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:   # every dev page
        args = [f.stem for f in sorted(DEVSET.glob("*.json")) if f.name != "pages.json"
                and (pages_dir() / f"{f.stem}.txt").exists()
                and page_splits().get(f.stem, "dev") not in HELD_OUT]
    for page_id in args:
        trace(page_id, "--all" in sys.argv, "--summary" in sys.argv)

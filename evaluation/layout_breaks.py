"""Where the caption layout breaks lines and cues on real pages: how many breaks part words
that belong together, and how balanced the lines are. Run by hand (``python -m`` not needed).

The pages: ``$TT_DEVPAGES`` (default ``/work/devdata/pages``) and, beside it, every
``qa*/pages`` and ``interviews*`` folder (archive caption pages, not ours to commit: without
them it says so and stops). Each page is cleaned with no lexicon; every line break inside a
cue and every cue break inside one speaker's turn is judged by classes independent of the
layout's own costs:

- ``det``: a determiner or quantifier before a word ("the | road");
- ``aux``: an auxiliary or "not" before a verb-like word ("does not | matter", "has | claimed");
- ``mod``: an adjective or a noun before a noun, by lemminflect's word-class lexicon (when the
  package is installed: ``pip install lemminflect``), both words unambiguous enough ("political
  | asylum", "road | closures"; not "the president | said");
- ``bigram``: a pair the shipped bigram counts hold far more often than chance (PMI >= 4),
  the second word no preposition or conjunction (breaks the guides prefer: "going | to");
- ``caps``: two capitalised words (a name);
- ``prep``: a preposition before the phrase it heads ("with | much criticism");
- ``vobj`` (counted apart, not in "bad"): a word lemminflect holds only as a verb before one
  it holds only as a noun ("claimed | responsibility"), with lemminflect;
- ``content`` (counted apart): no mark after the first word and neither word a function word
  ("drivers | feeling", "announced | Iran"): a break the guides never prefer, the commonest
  kind of cue end inside a clause.

It also prints the balance: cues, line lengths, one-word lines, reading speed (characters
per second, as `check` counts them) and durations.

``--dump FILE`` writes every break with a few words each side (to diff two code trees: set
``TT_CODE`` to the other tree's root); keep FILE outside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("TT_CODE", str(ROOT)))

from transcript_tools import Cleaner  # noqa: E402
from transcript_tools.breakwords import CONJUNCTIONS, DETERMINERS, PREPOSITIONS  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402

QUANTIFIERS = frozenset("many much few several both all most other".split())
AUX = frozenset(
    "is are was were be been being am have has had will would shall should can could may "
    "might must do does did not don't doesn't didn't can't won't wouldn't couldn't shouldn't "
    "isn't aren't wasn't weren't haven't hasn't hadn't i'm we're they're you're it's he's "
    "she's we've they've i've i'll we'll they'll you'll".split())
FUNCTION = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | QUANTIFIERS | AUX | frozenset(
    "i you he she we they it me him her us them there here very so just also then now".split())
ENDS = tuple(".,;:?!…—–-\"”)")


def page_files() -> list[Path]:
    base = Path(os.environ.get("TT_DEVPAGES", "/work/devdata/pages"))
    if not base.is_dir():
        base = ROOT.parent.parent / "devdata" / "pages"
    if not base.is_dir():
        return []
    files = sorted(base.glob("*.txt"))
    for d in sorted(base.parent.glob("qa*/pages")):
        files += sorted(d.glob("*.txt"))
    for d in sorted(base.parent.glob("interviews*")):
        files += sorted(d.glob("*.txt"))
    return files


def _word_classes() -> dict[str, frozenset[str]] | None:
    """Word -> its classes in lemminflect's lexicon (adj, noun, verb, ...), or None."""
    try:
        import importlib.resources as resources
        path = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
        with gzip.open(str(path), "rt") as f:
            raw: dict[str, set[str]] = {}
            for line in f:
                word, cls, _ = line.split(",", 2)
                raw.setdefault(word, set()).add(cls)
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return None
    return {w: frozenset(c) for w, c in raw.items()}


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[].,;:?!…").lower()


class Judge:
    """The classes a break between two displayed words falls in (possibly none)."""

    def __init__(self) -> None:
        self.classes = _word_classes()
        self.vocab = vocabulary()
        self.cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def _pmi(self, a: str, b: str) -> float:
        v = self.vocab
        pair, ca, cb = v.bigram(a, b), v.count(a), v.count(b)
        if not (pair and ca and cb):
            return -math.inf
        return math.log(pair / v.bigram_total * v.total * v.total / ca / cb)

    def __call__(self, left: str, right: str) -> tuple[str, ...]:
        key = (left, right)
        got = self.cache.get(key)
        if got is not None:
            return got
        out: list[str] = []
        a, b = _bare(left), _bare(right)
        punct = left.endswith(ENDS) or not right[:1].isalnum()
        if not punct and a and b:
            if (a in DETERMINERS or a in QUANTIFIERS) and b not in FUNCTION:
                out.append("det")
            if a in PREPOSITIONS and a != "like" and b[:1].isalnum() and \
                    b not in PREPOSITIONS and b not in CONJUNCTIONS:
                out.append("prep")
            if a in AUX and b not in FUNCTION - {"not"} and b[:1].isalpha():
                out.append("aux")
            if self.classes is not None and a not in FUNCTION and b not in FUNCTION:
                ca, cb = self.classes.get(a, frozenset()), self.classes.get(b, frozenset())
                if ("adj" in ca or ca == {"noun"} or ca == {"adj", "noun"}) and "verb" not in ca \
                        and "noun" in cb and "adj" not in cb and not b.endswith("ly"):
                    out.append("mod")
                if ca == {"verb"} and cb == {"noun"}:
                    out.append("vobj")
            if a not in FUNCTION and b not in FUNCTION:
                out.append("content")
            if b not in PREPOSITIONS and b not in CONJUNCTIONS and self._pmi(a, b) >= 4.0:
                out.append("bigram")
            if left[:1].isupper() and right[:1].isupper() and b != "i":
                out.append("caps")
        got = self.cache[key] = tuple(out)
        return got


def breaks_of(cues) -> list[tuple[str, list[str], list[str], str]]:  # type: ignore[no-untyped-def]
    """(kind, words before, words after, the cue's lines) per line break and same-speaker
    cue break (the cue before it)."""
    out = []
    prev: list[str] | None = None
    prev_speaker = object()
    prev_lines: tuple[str, ...] = ()
    for cue in cues:
        words_lines = [line.split() for line in cue.lines]
        if prev is not None and cue.speaker == prev_speaker and words_lines and words_lines[0]:
            out.append(("cue", prev[-6:], words_lines[0][:6], " | ".join(prev_lines)))
        for k in range(len(words_lines) - 1):
            if words_lines[k] and words_lines[k + 1]:
                out.append(("line", words_lines[k][-6:], words_lines[k + 1][:6],
                            " | ".join(cue.lines)))
        flat = [w for ws in words_lines for w in ws]
        prev, prev_speaker = (flat or prev), cue.speaker
        prev_lines = cue.lines if flat else prev_lines
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", help="write every break (JSON lines) to this file")
    ap.add_argument("--limit", type=int, default=0, help="the first N pages only")
    args = ap.parse_args()
    files = page_files()
    if args.limit:
        files = files[:args.limit]
    if not files:
        print("no dev pages found ($TT_DEVPAGES): nothing measured")
        return 0
    judge = Judge()
    if judge.classes is None:
        print("(lemminflect not installed: the 'mod' class is not counted)")
    cleaner = Cleaner()
    counts: Counter[str] = Counter()
    words = 0
    line_lens: list[int] = []
    one_word = orphans = cues_n = two_line = 0
    speeds: list[float] = []
    durations: list[float] = []
    dump = open(args.dump, "w") if args.dump else None
    for path in files:
        t = cleaner.clean(path.read_text(encoding="utf-8", errors="replace"))
        words += len(t.text.split())
        cues_n += len(t.cues)
        for cue in t.cues:
            two_line += len(cue.lines) == 2
            durations.append(cue.end - cue.start)
            chars = sum(map(len, cue.lines)) + len(cue.lines) - 1
            speeds.append(chars / max(cue.end - cue.start, 1e-3))
            for line in cue.lines:
                line_lens.append(len(line))
                if len(line.split()) == 1:
                    one_word += 1
                    orphans += len(line) <= 4
        for kind, before, after, cue_text in breaks_of(t.cues):
            classes = judge(before[-1], after[0])
            counts[kind] += 1
            left = before[-1]
            if left.endswith(ENDS):
                counts[kind + " after punctuation"] += 1
            elif _bare(after[0]) in CONJUNCTIONS or _bare(after[0]) in PREPOSITIONS:
                counts[kind + " before conjunction/preposition"] += 1
            if set(classes) - {"vobj", "content"}:
                counts[kind + " bad"] += 1
            for c in classes:
                counts[f"{kind} {c}"] += 1
            if dump is not None:
                dump.write(json.dumps({"page": path.stem, "kind": kind, "before": before,
                                       "after": after, "classes": classes,
                                       "cue": cue_text}) + "\n")
    if dump is not None:
        dump.close()
    print(f"{len(files)} pages, {words:,} words, {cues_n:,} cues")
    for kind in ("line", "cue"):
        n = counts[kind]
        bad = counts[kind + " bad"]
        print(f"{kind} breaks: {n:,}; bad {bad:,} ({100 * bad / max(n, 1):.1f}%, "
              f"{1000 * bad / max(words, 1):.1f} per 1,000 words); after punctuation "
              f"{counts[kind + ' after punctuation']:,}; before a conjunction/preposition "
              f"{counts[kind + ' before conjunction/preposition']:,}")
        print("   " + ", ".join(f"{c} {counts[f'{kind} {c}']:,}"
                                 for c in ("det", "aux", "mod", "bigram", "caps", "prep"))
              + f"; verb-object (not in 'bad') {counts[f'{kind} vobj']:,}; between content "
                f"words {counts[f'{kind} content']:,}")
    mean = sum(line_lens) / max(len(line_lens), 1)
    print(f"lines: {len(line_lens):,}; mean length {mean:.1f}, max {max(line_lens, default=0)}; "
          f"two-line cues {100 * two_line / max(cues_n, 1):.1f}%; one-word lines "
          f"{100 * one_word / max(len(line_lens), 1):.2f}%; orphans (one word <= 4 chars) "
          f"{100 * orphans / max(len(line_lens), 1):.2f}%")
    speeds.sort()
    durations.sort()
    if speeds:
        n = len(speeds)
        print(f"reading speed p50 {speeds[n // 2]:.1f}, max {speeds[-1]:.1f} characters/s; "
              f"durations p5 {durations[n // 20]:.2f}, p50 {durations[n // 2]:.2f}, "
              f"min {durations[0]:.2f}, max {durations[-1]:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

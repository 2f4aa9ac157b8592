"""Sentence ends and question marks against annotations: prints precision and recall.

Run as ``python evaluation/sentences.py``. Two sets: the sample transcript against our own
annotation (``tests/data/cases/readable/sample_sentences.json``), and the dev pages (read from
``$TT_DEVPAGES``, default ``../devdata/pages`` beside the repository) whose captioners
punctuated: their ``. ? ! , ; :`` are stripped, the sentence stage runs, and its ends and
question marks are compared with the captioners'. Page-based figures are skipped without pages.
A third set measures the captioners' own stops: `tests/data/caption_stops/stops.json` (our
annotation of 343 lone "." marks on 20 non-judged dev pages, each a true sentence end or a stop
in mid-clause) says how many of each the sentence stage keeps and drops, the pages' text as
written (nothing stripped); ``--stops`` prints that line alone. ``--train`` scores the
training pages of ``evaluation/train_sentences.py`` instead (from
``$TT_TRAINPAGES``, default ``../devdata/train_sentences/pages``; the shipped model learned from
95 of them, so their figures flatter it).
"""

from __future__ import annotations

import json
import os
import sys
import time
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcript_tools import Options  # noqa: E402
from transcript_tools.model import Document, Edit, Token  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.sentences import SentenceSplitter  # noqa: E402

_ENDS = (".", "?", "!")
_STRIP = ".?!,;:"


def pages_dir() -> Path:
    env = os.environ.get("TT_DEVPAGES")
    if env:
        return Path(env)
    here = ROOT.parent / "devdata" / "pages"
    return here if here.exists() else ROOT.parent.parent / "devdata" / "pages"


def predicted(doc: Document) -> tuple[dict[int, str], list[int]]:
    """Sentence-end marks after each word token (by token index) and the word token indices."""
    marks: dict[int, str] = {}
    words: list[int] = []
    last_word = -1
    for p in doc.pieces():
        if not p.text:
            continue
        kind = doc.tokens[p.first].kind
        if kind == "word":
            last_word = p.stop - 1
            words.extend(range(p.first, p.stop))
            tail = p.text.rstrip("\"'”’)")
            if tail.endswith(_ENDS) and tail.count(".") < 2:
                marks[last_word] = tail[-1]
        elif kind == "punct" and p.text in _ENDS and last_word >= 0:
            marks.setdefault(last_word, p.text)
    return marks, words


def score(gold: set[int], got: set[int]) -> tuple[int, int, int]:
    return len(gold & got), len(got), len(gold)


def fmt(name: str, hit: int, got: int, gold: int) -> str:
    p = hit / got if got else 0.0
    r = hit / gold if gold else 0.0
    return f"{name:<16} precision {p:5.3f} ({hit}/{got})  recall {r:5.3f} ({hit}/{gold})"


def strip_punctuation(text: str, doc: Document) -> str:
    """The page with its sentence and clause punctuation (``. ? ! , ; :``) blanked out."""
    chars = list(text)
    for t in doc.tokens:
        if t.kind == "punct" and t.text in _STRIP:
            chars[t.start] = " "
    return "".join(chars)


_ANY_MARK = frozenset(".?!,;:") | frozenset(("-", "--", "—", "–", "...", "…"))
"""A captioner's mark of any kind at a gap: a comma we add there is right."""
COMMA_RULES = ("near-end", "interjection", "greeting")
"""The sentence stage's comma rules, scored each (`evaluate_page`'s counts from index 6)."""


def marked_gaps(doc: Document) -> set[int]:
    """The word ordinals (by word token) after which the captioner wrote any mark."""
    got: set[int] = set()
    k = -1
    for t in doc.tokens:
        if t.kind == "word":
            k += 1
        elif t.kind == "punct" and k >= 0 and t.text in _ANY_MARK:
            got.add(k)
    return got


def added_commas(out: Document) -> dict[str, set[int]]:
    """Per comma rule, the word ordinals (by word token) after which it put its comma."""
    ordinal: list[int] = []  # word ordinal of each token's end offset, by token order
    ends: list[int] = []
    k = -1
    for t in out.tokens:
        if t.kind == "word":
            k += 1
            ends.append(t.end)
            ordinal.append(k)
    got: dict[str, set[int]] = {rule: set() for rule in COMMA_RULES}
    for e in out.edits:
        if e.rule in got and e.replacement.endswith(","):
            at = bisect_right(ends, e.end) - 1
            if at >= 0:
                got[e.rule].add(ordinal[at])
    return got


def evaluate_page(text: str, splitter: SentenceSplitter) -> tuple[list[int], float]:
    """Counts (right, predicted, gold) for ends, then questions, then each of `COMMA_RULES`
    (right: the captioner wrote any mark there; gold: all gaps the captioner marked)."""
    doc = parse(text)
    gold_marks, gold_words = predicted(doc)
    stripped = parse(strip_punctuation(text, doc))
    t0 = time.perf_counter()
    out = splitter(stripped)
    cost = time.perf_counter() - t0
    got_marks, got_words = predicted(out)
    if len(got_words) != len(gold_words):
        return [], cost
    marked = marked_gaps(doc)
    commas = added_commas(out)
    comma_counts = [c for rule in COMMA_RULES for c in score(marked, commas[rule])]
    # An excerpt stops mid-sentence ("... will they c"): its last word is scored neither for
    # an end nor for a question mark.
    last = len(gold_words) - 1
    g_end = {k for k, w in enumerate(gold_words) if w in gold_marks and k != last}
    g_q = {k for k, w in enumerate(gold_words) if gold_marks.get(w) == "?" and k != last}
    p_end = {k for k, w in enumerate(got_words) if w in got_marks and k != last}
    p_q = {k for k, w in enumerate(got_words) if got_marks.get(w) == "?" and k != last}
    return [*score(g_end, p_end), *score(g_q, p_q), *comma_counts], cost


def evaluate_sample(options: Options | None = None) -> None:
    case = ROOT / "tests" / "data" / "cases" / "readable" / "sample_sentences.json"
    if not case.exists():
        print("sample annotation missing")
        return
    note = json.loads(case.read_text(encoding="utf-8"))
    text = (ROOT / note["source"]).read_text(encoding="utf-8")
    names = (ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    cleaner = Cleaner(names=names, options=options or Options())
    doc = cleaner.run(parse(text))
    marks, _ = predicted(doc)
    ends_at = {doc.tokens[i].end: m for i, m in marks.items()}
    gold_end = set(note["sentence_ends"])
    gold_q = set(note["questions"])
    print("sample (our annotation, whole pipeline):")
    print("  " + fmt("sentence ends", *score(gold_end, set(ends_at))))
    print("  " + fmt("question marks", *score(gold_q, {o for o, m in ends_at.items()
                                                        if m == "?"})))
    kept, dropped = sample_stops(text, doc.edits, gold_end)
    print(f"  captioner's stops: true ends kept {kept[True]} dropped {dropped[True]}; "
          f"mid-clause kept {kept[False]} dropped {dropped[False]}")
    splitter = next(s for n, s in cleaner.stages if n == "sentences")
    casing = next(s for n, s in cleaner.stages if n == "casing")
    before = doc.replace(edits=tuple(e for e in doc.edits
                                     if e.kind not in ("punctuation", "case")))
    t0 = time.perf_counter()
    for _ in range(20):
        casing(splitter(before))
    print(f"  sentences+casing warm cost: {(time.perf_counter() - t0) / 20 * 1000:.1f} ms")


STOPS = ROOT / "tests" / "data" / "caption_stops" / "stops.json"
"""Our annotation of captioners' lone stops on dev pages (`evaluate_caption_stops`)."""


def dropped_stops(text: str, splitter: SentenceSplitter) -> set[int]:
    """The source offsets of the "." marks the sentence stage removes from ``text`` (an edit
    over the mark whose replacement ends no sentence: a "." made "?" is kept as an end)."""
    return removed_stops(splitter(parse(text)).edits)


def removed_stops(edits: Sequence[Edit]) -> set[int]:
    """The source offsets of the "." marks ``edits`` remove (see `dropped_stops`); not the
    stop typed after an abbreviation's own ("u.s.."), which goes where the sentence ends on
    the abbreviation's stop (the end kept: rule "abbreviation-stop", qa67)."""
    return {e.start + k for e in edits if not any(m in e.replacement for m in _ENDS)
            and e.rule != "abbreviation-stop"
            for k, ch in enumerate(e.original) if ch == "."}


def sample_stops(text: str, edits: Sequence[Edit], gold_end: set[int]
                 ) -> tuple[dict[bool, int], dict[bool, int]]:
    """The sample's lone "." marks after a word, kept and dropped by ``edits`` (the whole
    pipeline's), each split by whether our annotation ends a sentence after that word."""
    removed = removed_stops(edits)
    kept = {True: 0, False: 0}
    dropped = {True: 0, False: 0}
    before: Token | None = None
    for t in parse(text).tokens:
        if t.kind == "punct" and t.text == "." and before is not None:
            (dropped if t.start in removed else kept)[before.end in gold_end] += 1
        before = t if t.kind == "word" else None
    return kept, dropped


def evaluate_caption_stops(directory: Path, splitter: SentenceSplitter) -> None:
    """How many annotated captioner's stops the stage keeps and drops, by their label."""
    if not STOPS.exists():
        return
    counts = {(label, kept): 0 for label in ("end", "mid") for kept in (True, False)}
    other = pages = 0
    for entry in json.loads(STOPS.read_text(encoding="utf-8")):
        path = directory / f"{entry['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if len(text) != entry["chars"]:
            print(f"  {entry['id']}: stored page differs from the annotated one: skipped")
            continue
        pages += 1
        dropped = dropped_stops(text, splitter)
        for offset, label in entry["marks"]:
            assert text[offset] == ".", (entry["id"], offset)
            if label in ("end", "mid"):
                counts[label, offset not in dropped] += 1
            else:
                other += 1
    print(f"captioners' stops (our annotation, {pages} pages, as written; {other} unclear or "
          f"an abbreviation's not scored):")
    print(f"  true ends  kept {counts['end', True]:4d} (right)  dropped "
          f"{counts['end', False]:4d} (wrong)")
    print(f"  mid-clause kept {counts['mid', True]:4d} (wrong)  dropped "
          f"{counts['mid', False]:4d} (right)")


def train_pages() -> list[Path]:
    """The training pages of `train_sentences` (``$TT_TRAINPAGES``), or none."""
    env = os.environ.get("TT_TRAINPAGES")
    bases = [Path(env)] if env else [b / "devdata" / "train_sentences" / "pages"
                                     for b in (ROOT.parent, ROOT.parent.parent)]
    for base in bases:
        if base.exists():
            return sorted(base.glob("*.txt"))
    return []


def main() -> int:
    if "--train" in sys.argv:  # the training pages only (the shipped model learned from them)
        pages = train_pages()
        if not pages:
            print("training pages not found: skipped")
            return 0
        evaluate_pages(pages, SentenceSplitter(Options()), "training pages, learned gap model")
        return 0
    if "--stops" in sys.argv:  # the annotated captioners' stops only
        evaluate_caption_stops(pages_dir(), SentenceSplitter(Options()))
        return 0
    hand = Options(learned_sentences=False)
    evaluate_sample()
    print("  (hand-set gap scores alone:)")
    evaluate_sample(hand)
    directory = pages_dir()
    pages = sorted(directory.glob("*.txt")) if directory.exists() else []
    if not pages:
        print(f"dev pages not found in {directory}: page figures skipped")
        return 0
    for title, options in (("learned gap model", Options()), ("hand-set gap scores", hand)):
        evaluate_pages(pages, SentenceSplitter(options), "dev pages, " + title)
    evaluate_caption_stops(directory, SentenceSplitter(Options()))
    return 0


def evaluate_pages(pages: list[Path], splitter: SentenceSplitter, title: str) -> None:
    width = 6 + 3 * len(COMMA_RULES)
    totals = [0] * width
    halves = [[0] * width, [0] * width]  # even / odd pages by name: tune on one, check both
    skipped = 0
    cost = 0.0
    for k, page in enumerate(pages):
        counts, c = evaluate_page(page.read_text(encoding="utf-8"), splitter)
        cost += c
        if not counts:
            skipped += 1
            continue
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        halves[k % 2] = [a + b for a, b in zip(halves[k % 2], counts, strict=True)]
        if "-v" in sys.argv:
            print(f"  {page.stem:<28} ends {counts[0]}/{counts[1]}/{counts[2]}  "
                  f"q {counts[3]}/{counts[4]}/{counts[5]}  commas {counts[6]}/{counts[7]}")
    print(f"{title} ({len(pages) - skipped} of {len(pages)}; punctuation "
          f"stripped, captioners' marks as truth; {cost * 1000:.0f} ms):")
    print("  " + fmt("sentence ends", *totals[:3]))
    print("  " + fmt("question marks", *totals[3:6]))
    for k, rule in enumerate(COMMA_RULES):  # recall: of all gaps the captioners marked
        print("  " + fmt(f"commas {rule}", *totals[6 + 3 * k:9 + 3 * k]))
    for name, half in zip(("even pages", "odd pages"), halves, strict=True):
        print(f"  {name}: " + fmt("ends", *half[:3]).strip() + ";  "
              + fmt("questions", *half[3:6]).strip())
        print(f"    {name}: " + ";  ".join(
            fmt(f"commas {rule}", *half[6 + 3 * k:9 + 3 * k]).strip()
            for k, rule in enumerate(COMMA_RULES)))


if __name__ == "__main__":
    raise SystemExit(main())

"""Speaker-turn evaluation: boundary F1 (within 3 words) and word role accuracy.

Run ``python evaluation/turns.py`` (``--dev`` leaves out the held-out cases and pages,
``--misses`` lists each dev case's missed and spurious boundaries). Sets: the constructed
interviews and panels in ``tests/data/cases/turns/*.txt`` (as written, without question marks,
with half the stops dropped), the annotated sample, real interview excerpts annotated in
``tests/data/cases/turns/interview_pages.json`` (markers and labels stripped, every turn start
annotated), the fresh interview excerpts of ``interview_pages2.json`` (the same way, from
``$TT_DEVINTERVIEWS2``, default ``interviews2/`` beside the pages; annotated before any turn
model ran on them, used to judge and never to tune), the second dev set of
``interview_pages3.json`` (from ``$TT_DEVINTERVIEWS3``, default ``interviews3/``), and the dev
pages with markers (markers as truth, then removed and inferred). Pages are read from
``$TT_DEVPAGES`` (default ``../devdata/pages`` beside the repository, else
``/work/devdata/pages``), interviews from
``$TT_DEVINTERVIEWS`` (default ``interviews/`` beside the pages); both are skipped when absent.

Single voice (one speaker, so every boundary is spurious): the constructed monologues in
``tests/data/cases/turns/mono/`` (each as plain text, lowercase caption text, SRT, WebVTT and
Whisper JSON) and the single-voice spans of real pages listed in ``mono_pages.json`` (read
from ``$TT_DEVMONO``, default ``mono/`` beside the pages): spurious boundaries per 1,000 words
and the share of documents given more than one speaker. The other side of it: real pages of
several voices (three or more ``>>`` markers; turn-model pages from ``$TT_DEVTURNPAGES``,
default ``turns_train/pages/`` beside the pages, and the interview excerpts, held-out ones
left out) with the markers replaced by a space, and how many of them come out as one voice;
with ``--wide``, the same on the 321 marked training pages (markers as truth: boundary
figures too). Both sides on cased pages without labels or markers: ``unlabelled_pages.json``
(several voices and one, every turn start annotated; `run_unlabelled`). ``--one-voice-text``
cleans every set with ``Options(one_voice_text=True)``.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from judged import judged_ids  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.model import Document  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402

CASES = ROOT / "tests" / "data" / "cases" / "turns"
DEVSET = ROOT / "tests" / "data" / "devset"
TOLERANCE = 3
OPTIONS = Options()
DEV_ONLY = False  # --dev: the held-out and fresh sets are left out (set by main)
"""The options every set is cleaned with (``--one-voice-text``: plain text tested for one
voice)."""


def pages_dir() -> Path | None:
    for cand in (os.environ.get("TT_DEVPAGES"), str(ROOT.parent / "devdata" / "pages"),
                 str(ROOT.parent.parent / "devdata" / "pages"), "/work/devdata/pages"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


# --- constructed cases ----------------------------------------------------------------------
def read_case(path: Path) -> list[tuple[str, str]]:
    """(role, text) per turn of a case file: ``role|text`` lines, ``#`` comments."""
    turns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            role, text = line.split("|", 1)
            turns.append((role.strip(), text.strip()))
    return turns


def variant(turns: list[tuple[str, str]], how: str) -> list[tuple[str, str]]:
    """``written``; ``no-qmarks`` (every ? becomes .); ``sparse`` (every second sentence
    stop dropped, as in caption text)."""
    if how == "no-qmarks":
        return [(r, t.replace("?", ".")) for r, t in turns]
    if how == "sparse":
        out, k = [], 0
        for r, t in turns:
            words = t.split()
            for i, w in enumerate(words):
                if w[-1] in ".?":
                    k += 1
                    if k % 2 == 0:
                        words[i] = w[:-1]
            out.append((r, " ".join(words)))
        return out
    return turns


def assemble(turns: list[tuple[str, str]]) -> tuple[str, list[int]]:
    """The unmarked text (turns run on, broken into caption lines of ~60 characters) and
    each turn's start offset."""
    out: list[str] = []
    starts: list[int] = []
    pos = line = 0
    for _, t in turns:
        for k, word in enumerate(t.split()):
            sep = "" if pos == 0 else ("\n" if line + len(word) > 60 else " ")
            line = 0 if sep == "\n" else line
            out.append(sep)
            pos += len(sep)
            if k == 0:
                starts.append(pos)
            out.append(word)
            pos += len(word)
            line += len(word) + 1
    return "".join(out) + "\n", starts


# --- scoring ----------------------------------------------------------------------------------
def word_index(doc: Document) -> list[int]:
    """For each token index (and the end), the index of the first word at or after it."""
    out = [0] * (len(doc.tokens) + 1)
    count = sum(t.kind == "word" for t in doc.tokens)
    for i in range(len(doc.tokens), -1, -1):
        if i < len(doc.tokens) and doc.tokens[i].kind == "word":
            count -= 1
        out[i] = count
    return out


def matched(pred: list[int], truth: list[int], tol: int = TOLERANCE
            ) -> tuple[set[int], set[int]]:
    """The predicted and true boundaries matched one-to-one within tol, closest first."""
    pairs = sorted((abs(p - t), p, t) for p in set(pred) for t in set(truth)
                   if abs(p - t) <= tol)
    used_p: set[int] = set()
    used_t: set[int] = set()
    for _, p, t in pairs:
        if p not in used_p and t not in used_t:
            used_p.add(p)
            used_t.add(t)
    return used_p, used_t


def boundary_f1(pred: list[int], truth: list[int], tol: int = TOLERANCE) -> tuple[float, ...]:
    """Precision, recall, F1 of boundaries (word positions), matched one-to-one within tol."""
    hits = len(matched(pred, truth, tol)[0])
    prec = hits / len(set(pred)) if pred else 1.0
    rec = hits / len(set(truth)) if truth else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def word_roles(firsts: list[int], roles: list[str], n: int) -> list[str]:
    """Each of n words' role, from the turns' first word indices and roles ("" before the
    first turn)."""
    out = [""] * n
    for k, (w, role) in enumerate(zip(firsts, roles)):
        end = firsts[k + 1] if k + 1 < len(firsts) else n
        out[w:end] = [role] * (end - w)
    return out


def score(doc: Document, truth: list[tuple[int, str]]) -> tuple[float, float, float, float]:
    """(precision, recall, F1, role accuracy) against truth (source offset, role) turns."""
    widx = word_index(doc)
    word_tokens = [t for t in doc.tokens if t.kind == "word"]
    starts = [t.start for t in word_tokens]
    truth_w = [bisect.bisect_left(starts, off) for off, _ in truth]
    pred_w = [widx[t.first] for t in doc.turns]
    p, r, f = boundary_f1([w for w in pred_w if w > 0], [w for w in truth_w if w > 0])
    n = len(word_tokens)
    true_role = word_roles(truth_w, [role for _, role in truth], n)
    pred_role = [""] * n
    for t in doc.turns:
        a, b = widx[t.first], widx[t.stop]
        pred_role[a:b] = [t.role] * (b - a)
    acc = sum(x == y for x, y in zip(true_role, pred_role)) / max(n, 1)
    return p, r, f, acc


def run_cases(cleaner: Cleaner, files: list[Path], title: str, misses: bool = False) -> None:
    print(f"{title} ({len(files)} files; boundary F1 within {TOLERANCE} words, role accuracy "
          "by words)")
    for how in ("written", "no-qmarks", "sparse"):
        totals = [0.0, 0.0, 0.0, 0.0]
        for path in files:
            turns = variant(read_case(path), how)
            text, starts = assemble(turns)
            doc = cleaner.run(parse(text, format="broadcast"))
            p, r, f, acc = score(doc, list(zip(starts, [role for role, _ in turns])))
            totals = [a + b for a, b in zip(totals, (p, r, f, acc))]
            if misses:
                print(f"  {how:9s} {path.stem:22s} P {p:.2f} R {r:.2f} F1 {f:.2f} "
                      f"roles {acc:.2f}")
                show_misses(doc, starts)
        k = len(files)
        print(f"  {how:9s} {'MEAN':22s} P {totals[0] / k:.2f} R {totals[1] / k:.2f} "
              f"F1 {totals[2] / k:.2f} roles {totals[3] / k:.2f}")


def show_misses(doc: Document, starts: list[int]) -> None:
    """Print the missed (-) and spurious (+) boundaries with their context (dev only)."""
    widx = word_index(doc)
    words = [t for t in doc.tokens if t.kind == "word"]
    offs = [t.start for t in words]
    truth = {bisect.bisect_left(offs, o) for o in starts} - {0}
    pred = {widx[t.first] for t in doc.turns} - {0}
    for w in sorted(truth | pred):
        near_t = any(abs(w - x) <= TOLERANCE for x in truth)
        near_p = any(abs(w - x) <= TOLERANCE for x in pred)
        if (w in truth and not near_p) or (w in pred and not near_t):
            left = " ".join(t.text for t in words[max(0, w - 6):w])
            right = " ".join(t.text for t in words[w:w + 6])
            print(f"      {'-' if w in truth else '+'} {left} | {right}")


def run_sample() -> None:
    ann = json.loads((CASES / "sample_turns.json").read_text(encoding="utf-8"))
    src = (ROOT / ann["source"]).read_text(encoding="utf-8")
    names = (ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    cleaner = Cleaner(names, [ref], OPTIONS)
    doc = cleaner.run(parse(src, format="broadcast"))
    p, r, f, acc = score(doc, [(t["start"], t["role"]) for t in ann["turns"]])
    print(f"sample (annotated): P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f} "
          f"({len(doc.turns)} turns predicted, {len(ann['turns'])} annotated)")
    # The stage's own warm cost.
    turns_stage = dict(cleaner.stages)["turns"]
    before = parse(src, format="broadcast")
    for name, stage in cleaner.stages:
        if name == "turns":
            break
        before = stage(before)
    turns_stage(before)
    t0 = time.perf_counter()
    reps = 20
    for _ in range(reps):
        turns_stage(before)
    print(f"turns stage, warm, on the sample: {(time.perf_counter() - t0) / reps * 1000:.1f} ms")


_MARK = regex.compile(
    r">>+\s*(?:[\w.'-]+(?: [\w.'-]+){0,2}:(?!\d)\s*)?"  # ">>", ">> name:"
    r"|(?<![\w-])(?:host|guest|caller|announcer|c-span|cspan):\s*"  # role labels
    r"|(?<=(?:[.?!\u266a][\"'\u201d\u2019]?|--|\u2014) )[a-z]+:(?=\s)")
# (the last: a one-word name label after a sentence end, a closing quote or a dash)


def beside_pages(env: str, name: str) -> Path | None:
    """A dev-data folder that is not committed: ``$env``, else ``name`` beside the dev pages,
    else under ``/work/devdata``; None when none exists."""
    pages = pages_dir()
    for cand in (os.environ.get(env), str(pages.parent / name) if pages else None,
                 f"/work/devdata/{name}"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


def interviews_dir() -> Path | None:
    """Where the interview excerpts of ``interview_pages.json`` are stored (not committed)."""
    return beside_pages("TT_DEVINTERVIEWS", "interviews")


def strip_marks(src: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The page without ``>>`` and speaker labels, and the annotated offsets moved with it."""
    out: list[str] = []
    cuts: list[tuple[int, int]] = []
    pos = 0
    for m in _MARK.finditer(src):
        out.append(src[pos:m.start()])
        cuts.append((m.start(), m.end()))
        pos = m.end()
    out.append(src[pos:])
    moved = []
    for off in offsets:
        gone = sum(min(b, max(off, a)) - a for a, b in cuts if a < off)
        moved.append(off - gone)
    return "".join(out), moved


def annotated_text(where: Path, entry: dict, warn: bool = False) -> str | None:
    """The text of the annotated page ``entry`` in ``where``; None when it is absent or not the
    text annotated (its length differs), saying so where ``warn``."""
    path = where / f"{entry['id']}.txt"
    if not path.exists():
        return None
    src = path.read_text(encoding="utf-8")
    if len(src) != entry["chars"]:
        if warn:
            print(f"  {entry['id']}: text differs from the annotated one, skipped")
        return None
    return src


def stripped_excerpts(cleaner: Cleaner, where: Path, entries: list[dict]
                      ) -> Iterator[tuple[dict, Document, list[int]]]:
    """Each annotated excerpt of ``entries`` that is not held out, markers and labels
    stripped: the entry, its cleaned document and its turn starts moved with the text (a page
    absent, or not the annotated text, is skipped)."""
    for entry in entries:
        if entry.get("heldout"):
            continue
        src = annotated_text(where, entry)
        if src is None:
            continue
        text, starts = strip_marks(src, [t["offset"] for t in entry["turns"]])
        yield entry, cleaner.run(parse(text, format="broadcast")), starts


def interview_page(cleaner: Cleaner, where: Path, entry: dict
                   ) -> tuple[tuple[float, float, float, float], Document, list[int]] | None:
    """One annotated interview excerpt, markers and labels stripped: its scores, the document
    and the moved turn starts (None when the page is absent or not the annotated text)."""
    src = annotated_text(where, entry, warn=True)
    if src is None:
        return None
    text, starts = strip_marks(src, [t["offset"] for t in entry["turns"]])
    doc = cleaner.run(parse(text, format="broadcast"))
    return score(doc, list(zip(starts, [t["role"] for t in entry["turns"]]))), doc, starts


def run_interviews(cleaner: Cleaner, misses: bool = False) -> None:
    """Real archive interview excerpts, markers and labels stripped; truth is our annotation
    of every turn start (at the markers and where the page has none)."""
    where = interviews_dir()
    if where is None:
        print("interview pages: skipped (set TT_DEVINTERVIEWS)")
        return
    listing = json.loads((CASES / "interview_pages.json").read_text(encoding="utf-8"))
    for held in (False,) if DEV_ONLY else (False, True):
        run_excerpts(cleaner, where, [e for e in listing if e["heldout"] == held],
                     "interview pages, markers stripped ("
                     f"{'held out' if held else 'dev'}, {{k}})",
                     misses and not held)


def run_excerpts(cleaner: Cleaner, where: Path, entries: list[dict[str, Any]], title: str,
                 misses: bool = False) -> None:
    """One set of annotated excerpts: its mean P, R, F1 and roles on one line after ``title``
    ("... ({k})": the pages scored), and with ``misses`` each page's scores and misses first
    (dev sets only)."""
    results = []
    for entry in entries:
        got = interview_page(cleaner, where, entry)
        if got is None:
            continue
        results.append(got[0])
        if misses:
            p, r, f, acc = got[0]
            print(f"  {entry['id']:24s} P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f}")
            show_misses(got[1], got[2])
    if results:
        k = len(results)
        p, r, f, acc = (sum(x[i] for x in results) / k for i in range(4))
        print(f"{title.format(k=k)}: P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f}")


def fresh_dir() -> Path | None:
    """Where the excerpts of ``interview_pages2.json`` are stored (not committed)."""
    return beside_pages("TT_DEVINTERVIEWS2", "interviews2")


def run_fresh(cleaner: Cleaner) -> None:
    """The fresh interview excerpts (``interview_pages2.json``): annotated before any turn
    model ran on them, used to judge and never to tune, so no misses are listed."""
    where = fresh_dir()
    if where is None:
        print("interview pages, fresh: skipped (set TT_DEVINTERVIEWS2)")
        return
    listing = json.loads((CASES / "interview_pages2.json").read_text(encoding="utf-8"))
    run_excerpts(cleaner, where, listing, "interview pages, fresh ({k})")


def dev2_dir() -> Path | None:
    """Where the excerpts of ``interview_pages3.json`` are stored (not committed)."""
    return beside_pages("TT_DEVINTERVIEWS3", "interviews3")


def run_dev2(cleaner: Cleaner, misses: bool = False) -> None:
    """The second dev set of interview excerpts (``interview_pages3.json``, split dev2: teases,
    clips, promos and previous-show tails as they came), tuned on like the first."""
    _run_listed(cleaner, dev2_dir(), "TT_DEVINTERVIEWS3", "interview_pages3.json", "dev2",
                misses)


def dev4_dir() -> Path | None:
    """Where the excerpts of ``interview_pages5.json`` are stored (not committed)."""
    return beside_pages("TT_DEVINTERVIEWS5", "interviews5")


def run_dev4(cleaner: Cleaner, misses: bool = False) -> None:
    """The dev4 set (``interview_pages5.json``): marked local and network news with reports
    carrying sound bites, every voice change annotated; tuned on like dev2."""
    _run_listed(cleaner, dev4_dir(), "TT_DEVINTERVIEWS5", "interview_pages5.json", "dev4",
                misses)


def _run_listed(cleaner: Cleaner, where: Path | None, env: str, listing_file: str, name: str,
                misses: bool) -> None:
    if where is None:
        print(f"interview pages, {name}: skipped (set {env})")
        return
    listing = json.loads((CASES / listing_file).read_text(encoding="utf-8"))
    run_excerpts(cleaner, where, listing, f"interview pages, {name} ({{k}})", misses)


# --- marked interviews ----------------------------------------------------------------------
def id_consistency(doc: Document, truth: list[tuple[int, str]]) -> tuple[float, float, float]:
    """How the speaker ids follow the annotated roles (the annotation has roles, not voices):
    the share of host and guest words whose id's words are mostly of their role (an id that
    mixes the host's and a guest's words lowers it), and the distinct ids the host's words and
    the guest's words are spread over (1 each when one voice a role keeps one id; a second
    host or guest adds one)."""
    widx = word_index(doc)
    starts = [t.start for t in doc.tokens if t.kind == "word"]
    n = len(starts)
    truth_w = [bisect.bisect_left(starts, off) for off, _ in truth]
    true_role = word_roles(truth_w, [role for _, role in truth], n)
    ids = [""] * n
    for t in doc.turns:
        ids[widx[t.first]:widx[t.stop]] = [t.speaker] * (widx[t.stop] - widx[t.first])
    by_id: dict[str, dict[str, int]] = {}
    for i, r in zip(ids, true_role):
        if r in ("host", "guest"):
            by_id.setdefault(i, {}).setdefault(r, 0)
            by_id[i][r] += 1
    words = sum(sum(c.values()) for c in by_id.values())
    pure = sum(max(c.values()) for c in by_id.values()) / words if words else 1.0
    spread = [float(len({i for i, r in zip(ids, true_role) if r == role}))
              for role in ("host", "guest")]
    return pure, spread[0], spread[1]


def marked_page(cleaner: Cleaner, where: Path, entry: dict
                ) -> tuple[tuple[float, ...], Document, list[tuple[int, str]]] | None:
    """One annotated interview excerpt with its markers and labels kept (as users have it):
    its (role accuracy, id purity, host ids, guest ids, boundary F1 within 3 words against the
    annotated turns), the document and the truth. The
    annotated offsets are the page's own (each at the first word after its ``>>``, or where a
    turn starts without one), so roles compare word by word with no moving."""
    src = annotated_text(where, entry)
    if src is None:
        return None
    truth = [(t["offset"], t["role"]) for t in entry["turns"]]
    doc = cleaner.run(parse(src, format="broadcast"))
    p, r, f, roles = score(doc, truth)
    return (roles, *id_consistency(doc, truth), f), doc, truth


def run_marked(cleaner: Cleaner, misses: bool = False) -> None:
    """Role accuracy and speaker-id consistency on the interview excerpts with their markers
    kept (boundaries are exact there; this judges who speaks). Dev sets (first interview dev
    half, dev2) list each page with ``--misses``; the fresh and held-out sets print
    aggregates only."""
    sets = []
    old = interviews_dir()
    if old is not None:
        listing = json.loads((CASES / "interview_pages.json").read_text(encoding="utf-8"))
        sets.append(("dev", old, [e for e in listing if not e["heldout"]], True))
    if dev2_dir() is not None:
        sets.append(("dev2", dev2_dir(), json.loads(
            (CASES / "interview_pages3.json").read_text(encoding="utf-8")), True))
    if dev4_dir() is not None:
        sets.append(("dev4", dev4_dir(), json.loads(
            (CASES / "interview_pages5.json").read_text(encoding="utf-8")), True))
    if not DEV_ONLY:
        if fresh_dir() is not None:
            sets.append(("fresh", fresh_dir(), json.loads(
                (CASES / "interview_pages2.json").read_text(encoding="utf-8")), False))
        if old is not None:
            sets.append(("held out", old, [e for e in listing if e["heldout"]], False))
    if not sets:
        print("interview pages, markers kept: skipped (set TT_DEVINTERVIEWS)")
        return
    for name, where, entries, dev in sets:
        results = []
        for entry in entries:
            got = marked_page(cleaner, where, entry)
            if got is None:
                continue
            results.append(got[0])
            if misses and dev:
                acc, pure, hosts, guests, f1 = got[0]
                print(f"  {entry['id']:24s} roles {acc:.2f} F1 {f1:.2f} id purity {pure:.2f} "
                      f"ids: host {hosts:.0f} guest {guests:.0f}")
        if results:
            k = len(results)
            acc, pure, hosts, guests, f1 = (sum(x[i] for x in results) / k for i in range(5))
            print(f"interview pages, markers kept ({name}, {k}): roles {acc:.3f}, boundary F1 "
                  f"{f1:.3f}; ids: purity {pure:.2f}, host's words over {hosts:.2f} ids, "
                  f"guests' over {guests:.2f}")


def marker_starts(doc: Document, widx: list[int]) -> list[int]:
    """The word positions where the markers change the speaker, the truth on marked pages (a
    label that repeats the previous marker's name is no change: the turns stage keeps one
    turn there, as for a voice span on every cue)."""
    kept = [m for k, m in enumerate(doc.markers)
            if not (k and m.kind == "label" and m.label and doc.markers[k - 1].label
                    and m.label.casefold() == str(doc.markers[k - 1].label).casefold())]
    return sorted({widx[m.index] for m in kept if m.index < len(doc.tokens)} - {0})


def run_pages(cleaner: Cleaner) -> None:
    pages = pages_dir()
    if pages is None:
        print("dev pages: skipped (set TT_DEVPAGES)")
        return
    listing = json.loads((DEVSET / "pages.json").read_text(encoding="utf-8"))
    marked_f, inferred = [], [0.0, 0.0, 0.0]
    count = 0
    for entry in listing:
        path = pages / f"{entry['id']}.txt"
        if not entry.get("has_markers") or not path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        doc = cleaner.run(parse(src, format="broadcast"))
        widx = word_index(doc)
        truth = marker_starts(doc, widx)
        pred = [widx[t.first] for t in doc.turns if widx[t.first] > 0]
        marked_f.append(boundary_f1(pred, truth, 0)[2])
        cut = "".join(src[a.end:b.start] for a, b in zip(
            [type("M", (), {"end": 0})()] + list(doc.markers),
            list(doc.markers) + [type("M", (), {"start": len(src)})()]))
        bare = cleaner.run(parse(cut, format="broadcast"))
        bidx = word_index(bare)
        pred = [bidx[t.first] for t in bare.turns if bidx[t.first] > 0]
        p, r, f = boundary_f1(pred, truth)
        inferred = [a + b for a, b in zip(inferred, (p, r, f))]
        count += 1
    if not count:
        print("dev pages: none found")
        return
    print(f"dev pages with markers ({count} news pages): marked F1 (exact) "
          f"{sum(marked_f) / count:.3f}; markers removed, inferred: P {inferred[0] / count:.2f} "
          f"R {inferred[1] / count:.2f} F1 {inferred[2] / count:.2f}")


# --- single voice --------------------------------------------------------------------------
_SENTENCE_END = regex.compile(r"(?<=[.?!])\s+")


def mono_forms(text: str) -> list[tuple[str, str, str]]:
    """(form, source, reader format) of one monologue: plain text in caption lines; lowercase
    caption text without question marks and with every second stop dropped; SRT and WebVTT
    cues of up to eight words; Whisper JSON segments of a sentence each (no speaker)."""
    body = " ".join(line for line in text.splitlines() if line and not line.startswith("#"))
    plain, _ = assemble([("", body)])
    caption, _ = assemble(variant([("", body.lower().replace("?", "."))], "sparse"))
    words = body.split()
    cues = [words[i:i + 8] for i in range(0, len(words), 8)]

    def stamp(t: float, sep: str) -> str:
        return f"{int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:06.3f}".replace(".", sep)

    srt, vtt = [], ["WEBVTT", ""]
    for k, cue in enumerate(cues):
        a, b = k * 3.2, k * 3.2 + 3.0
        srt += [str(k + 1), f"{stamp(a, ',')} --> {stamp(b, ',')}", " ".join(cue), ""]
        vtt += [f"{stamp(a, '.')} --> {stamp(b, '.')}", " ".join(cue), ""]
    segments, t = [], 0.0
    for sentence in _SENTENCE_END.split(body):
        n = len(sentence.split())
        segments.append({"start": round(t, 2), "end": round(t + 0.4 * n, 2),
                         "text": " " + sentence})
        t += 0.4 * n + 0.3
    whisper = json.dumps({"segments": segments, "language": "en"}, ensure_ascii=False)
    return [("text", plain, "broadcast"), ("caption", caption, "broadcast"),
            ("srt", "\n".join(srt), "srt"), ("vtt", "\n".join(vtt), "vtt"),
            ("whisper", whisper, "whisper")]


def voices(doc: Document) -> tuple[int, int, int]:
    """(words, turn boundaries, distinct speakers) of a document."""
    words = sum(t.kind == "word" for t in doc.tokens)
    return words, max(0, len(doc.turns) - 1), len({t.speaker for t in doc.turns})


def mono_line(title: str, results: list[tuple[int, int, int]]) -> None:
    words = sum(r[0] for r in results)
    cuts = sum(r[1] for r in results)
    many = sum(r[2] > 1 for r in results)
    print(f"{title}: {cuts} spurious boundaries in {words:,} words "
          f"({cuts * 1000 / max(words, 1):.1f} per 1,000); more than one speaker in "
          f"{many}/{len(results)} documents ({many / max(len(results), 1):.0%})")


def run_mono(cleaner: Cleaner, heldout: bool, misses: bool = False) -> None:
    """Single-voice documents: every boundary the stage finds is spurious."""
    where = CASES / "mono" / ("heldout" if heldout else "")
    files = sorted(where.glob("*.txt"))
    by_form: dict[str, list[tuple[int, int, int]]] = {}
    for path in files:
        for form, text, fmt in mono_forms(path.read_text(encoding="utf-8")):
            doc = cleaner.run(parse(text, format=fmt))
            by_form.setdefault(form, []).append(voices(doc))
            if misses and not heldout and len(doc.turns) > 1:
                print(f"  {form:8s} {path.stem:20s} {len(doc.turns)} turns")
                show_misses(doc, [])
    title = "held out: single voice, constructed" if heldout else "single voice, constructed"
    mono_line(f"{title} ({len(files)} texts x {len(by_form)} forms)",
              [r for rs in by_form.values() for r in rs])
    if not heldout:
        for form, rs in by_form.items():
            mono_line(f"  {form}", rs)
    if not heldout:
        run_mono_pages(cleaner, misses)


def mono_dir() -> Path | None:
    return beside_pages("TT_DEVMONO", "mono")


def run_mono_pages(cleaner: Cleaner, misses: bool = False) -> None:
    """Single-voice spans of real pages (speeches, talks, a news read, a sermon)."""
    where = mono_dir()
    if where is None:
        print("single voice, real pages: skipped (set TT_DEVMONO)")
        return
    listing = json.loads((CASES / "mono_pages.json").read_text(encoding="utf-8"))
    kinds: dict[str, list[tuple[int, int, int]]] = {}
    for entry in listing:
        src = annotated_text(where, entry, warn=True)
        if src is None:
            continue
        for a, b in entry["spans"]:
            doc = cleaner.run(parse(src[a:b], format="broadcast"))
            kinds.setdefault(entry["kind"], []).append(voices(doc))
            if misses and len(doc.turns) > 1:
                print(f"  {entry['id']:24s} {len(doc.turns)} turns")
                show_misses(doc, [])
    for kind, rs in kinds.items():
        what = "archive captions" if kind == "captions" else "speech texts"
        mono_line(f"single voice, real pages ({what})", rs)


def unlabelled_dir(folder: str) -> Path | None:
    """Where the pages of ``unlabelled_pages.json`` of ``folder`` are stored (not committed):
    ``casing`` the truecasing pages (``$TT_DEVCASING``, default ``casing/pages`` beside the
    pages), ``unlabelled`` the pages added with the listing (``$TT_DEVUNLABELLED``, default
    ``unlabelled/``)."""
    if folder == "casing":
        return beside_pages("TT_DEVCASING", "casing/pages")
    return beside_pages("TT_DEVUNLABELLED", "unlabelled")


def run_unlabelled(cleaner: Cleaner, misses: bool = False) -> None:
    """Cased written and subtitle pages without labels or markers (``unlabelled_pages.json``:
    panels, bulletins with clips, programme opens, and single voices: a host's open, a
    podcast, weekly addresses), cleaned as they are: on the pages of several voices the
    boundary figures (within `TOLERANCE` words) and how many are read as one voice; on the
    one-voice pages the spurious boundaries, and how many keep the name the voice gives
    itself as its label where it gives one (dev, tuned on)."""
    listing = json.loads((CASES / "unlabelled_pages.json").read_text(encoding="utf-8"))
    several: list[tuple[float, float, float, float]] = []
    one_voice: list[tuple[int, int, int]] = []
    merged = named = naming = 0
    for entry in listing:
        where = unlabelled_dir(entry["folder"])
        src = annotated_text(where, entry, warn=True) if where else None
        if src is None:
            continue
        doc = cleaner.run(parse(src, format="broadcast"))
        truth = [(t["offset"], t["role"]) for t in entry["turns"]]
        if entry["voices"] > 1:
            several.append(score(doc, truth))
            merged += voices(doc)[2] == 1
            if misses:
                p, r, f, acc = several[-1]
                print(f"  {entry['id']:24s} P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f}")
                show_misses(doc, [off for off, _ in truth])
        else:
            one_voice.append(voices(doc))
            gives = entry.get("self_named")
            if gives:
                naming += 1
                named += any(t.label == gives for t in doc.turns)
            if misses and len(doc.turns) > 1:
                print(f"  {entry['id']:24s} {len(doc.turns)} turns")
                show_misses(doc, [])
    if several:
        k = len(several)
        p, r, f, acc = (sum(x[i] for x in several) / k for i in range(4))
        print(f"unlabelled cased pages, several voices ({k}): P {p:.2f} R {r:.2f} F1 {f:.2f} "
              f"roles {acc:.2f}; read as one voice {merged} of {k}")
    if one_voice:
        mono_line(f"unlabelled cased pages, one voice ({len(one_voice)})", one_voice)
        if naming:
            print(f"  the self-given name kept as the label: {named} of {naming}")
    if not several and not one_voice:
        print("unlabelled cased pages: skipped (set TT_DEVCASING, TT_DEVUNLABELLED)")


def collapse_pages() -> list[Path]:
    """Real pages of several voices: the archive pages with three or more ``>>`` markers
    (turn-model training pages beside the dev pages, and the interview excerpts), judged
    interview pages left out."""
    held = judged_ids()
    dirs = [beside_pages("TT_DEVTURNPAGES", "turns_train/pages"), interviews_dir()]
    out = []
    for where in dirs:
        if where is None:
            continue
        for path in sorted(where.glob("*.txt")):
            if path.stem not in held and path.read_text(encoding="utf-8").count(">>") >= 3:
                out.append(path)
    return out


def run_collapse(cleaner: Cleaner) -> None:
    """Pages of several voices with their ``>>`` markers replaced by a space: how many the
    stage reads as one voice (each such page loses every boundary)."""
    files = collapse_pages()
    if not files:
        print("multi-voice pages read as one voice: skipped (set TT_DEVTURNPAGES)")
        return
    one = 0
    for path in files:
        text = path.read_text(encoding="utf-8").replace(">>", " ")
        doc = cleaner.run(parse(text, format="broadcast"))
        one += voices(doc)[2] == 1
    print(f"multi-voice pages read as one voice: {one} of {len(files)}")


def wide_pages() -> list[Path]:
    """Marked training pages (sentence-model and turn-model pages, ``$TT_TRAINPAGES`` default
    ``train_sentences/pages`` and ``turns_train/pages`` beside the dev pages) with three or
    more ``>>`` markers, one per name."""
    seen: dict[str, Path] = {}
    for where in (beside_pages("TT_TRAINPAGES", "train_sentences/pages"),
                  beside_pages("TT_DEVTURNPAGES", "turns_train/pages")):
        if where is None:
            continue
        for path in sorted(where.glob("*.txt")):
            if path.name not in seen and path.read_text(encoding="utf-8").count(">>") >= 3:
                seen[path.name] = path
    return list(seen.values())


def run_wide(cleaner: Cleaner) -> None:
    """The cost of the one-voice reading on many real multi-voice pages: the marked training
    pages with their markers removed (markers as truth, as for the news pages), how many come
    out as one voice and the boundary figures (``--wide`` only: about 15 s)."""
    files = wide_pages()
    if not files:
        print("marked training pages: skipped (set TT_TRAINPAGES)")
        return
    one, total = 0, [0.0, 0.0, 0.0]
    for path in files:
        src = path.read_text(encoding="utf-8")
        doc = cleaner.run(parse(src, format="broadcast"))
        widx = word_index(doc)
        truth = marker_starts(doc, widx)
        cut = "".join(src[a:b] for a, b in zip(
            [0] + [m.end for m in doc.markers], [m.start for m in doc.markers] + [len(src)]))
        bare = cleaner.run(parse(cut, format="broadcast"))
        bidx = word_index(bare)
        one += voices(bare)[2] == 1
        pred = [bidx[t.first] for t in bare.turns if bidx[t.first] > 0]
        total = [a + b for a, b in zip(total, boundary_f1(pred, truth))]
    k = len(files)
    print(f"marked training pages ({k}), markers removed: read as one voice {one}; "
          f"P {total[0] / k:.3f} R {total[1] / k:.3f} F1 {total[2] / k:.3f}")


def main(argv: list[str] | None = None) -> int:
    global OPTIONS, DEV_ONLY
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true",
                        help="leave out the held-out and fresh (judged) sets")
    parser.add_argument("--misses", action="store_true",
                        help="list each dev case's missed and spurious boundaries")
    parser.add_argument("--wide", action="store_true",
                        help="also the 321 marked training pages, markers removed")
    parser.add_argument("--one-voice-text", action="store_true",
                        help="clean every set with Options(one_voice_text=True)")
    args = parser.parse_args(argv)
    DEV_ONLY = args.dev
    OPTIONS = Options(one_voice_text=args.one_voice_text)
    cleaner = Cleaner(options=OPTIONS)
    misses = args.misses
    run_cases(cleaner, sorted(CASES.glob("*.txt")), "dev: constructed interviews and panels",
              misses)
    if not DEV_ONLY:
        run_cases(cleaner, sorted((CASES / "heldout").glob("*.txt")),
                  "held out: constructed interviews, not looked at while tuning")
    run_sample()
    run_interviews(cleaner, misses)
    run_dev2(cleaner, misses)
    run_dev4(cleaner, misses)
    if not DEV_ONLY:
        run_fresh(cleaner)
    run_marked(cleaner, misses)
    run_pages(cleaner)
    run_mono(cleaner, False, misses)
    run_unlabelled(cleaner, misses)
    run_collapse(cleaner)
    if args.wide:
        run_wide(cleaner)
    if not DEV_ONLY:
        run_mono(cleaner, True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Captions as a viewer sees them: per-100-cue counts of what a caption reader trips over, on
any inputs (archive pages, SRT, WebVTT), read through the library (qa30).

    PYTHONPATH=. python evaluation/caption_audit.py FILE... [-v]

Each input is cleaned with the default options; its cues are read against the document's own
word times, turns and clock anchors. Classes (each counted once per cue):

- ``cps``: reads faster than ``max_cps``; ``line``: a line over ``max_line_chars``; ``lines``:
  more lines than ``max_lines``; ``short`` / ``long``: under ``min_duration`` / over
  ``max_duration``;
- ``overlap``: starts before the cue above ends plus ``min_gap``; ``gap``: a gap between
  ``min_gap`` and 0.5 s left open (not chained);
- ``early``: starts more than 0.25 s before its first word is said; ``late``: more than 0.25 s
  after it; ``linger``: ends more than 1.5 s after its last word while shown longer than its
  text needs (reading time at ``max_cps`` or ``min_duration``) by 1.5 s;
- ``pause-inside``: a cue showing words across a silence of a second or more between two of
  them (the later words shown before they are said);
- ``past-anchor``: ends after the next clock line's time though its words are before it;
- ``name-break``: a line or cue break between two capitalised words neither of which opens a
  sentence (the inside of a name); ``det-break``: a line or cue that ends on an article or
  determiner;
- ``turn-inside``: a change of speaker inside a cue whose WebVTT text shows no dash or second
  voice for it;
- ``junk``: a cue showing a keystroke no one said: a mark standing alone that is no dash or
  ellipsis ("the | meeting", ", , ., ~");
- ``mixes`` / ``splits`` (caption files): a cue holding words of more than one source cue; a
  source cue whose words more than one cue shows;
- ``lost`` / ``added``: words of the clean text missing from (or extra in) the cues, counted
  per word.

The page text is not ours to commit: the inputs live outside the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcript_tools import Cleaner, Options  # noqa: E402

DETERMINERS = frozenset("a an the this that these those my your his her its our their".split())
CLASSES = ("cps", "line", "lines", "short", "long", "overlap", "gap", "early", "late", "linger",
           "pause-inside", "past-anchor", "name-break", "det-break", "turn-inside", "junk",
           "mixes", "splits", "lost", "added")
_TAG = re.compile(r"<[^>]*>")
_JUNK = re.compile(r"(?:^|\s)(?:[|_~]|[,.;:~]*[,;:~][,.;:~]*)(?=\s|$)")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.%@-]*")


def _words(text: str) -> list[str]:
    return [w.lower().strip(".'’-") for w in _WORD.findall(_TAG.sub(" ", text))]


def _cap(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in ("i", "i'm", "i've", "i'll", "i'd")


def audit(path: Path, options: Options, verbose: bool = False) -> tuple[int, Counter[str]]:
    result = Cleaner(options=options).clean_file(path)
    doc = result.document
    cues = doc.cues
    found: Counter[str] = Counter()
    tokens = doc.tokens
    times = doc.times
    media = float(doc.metadata.get("media_start") or 0.0)
    clocks = [(a.index, a.seconds - media) for a in doc.anchors if a.kind == "clock"]
    turn_starts = {t.first for t in doc.turns[1:]}
    prev_end = None
    shown = [block.split("\n", 1)[1] if "\n" in block else ""
             for block in result.to_webvtt().split("\n\n") if "-->" in block.split("\n", 1)[0]]

    def note(kind: str, i: int, detail: str = "") -> None:
        found[kind] += 1
        if verbose:
            cue = cues[i]
            print(f"  {path.stem} cue {i + 1} [{kind}] {cue.start:.2f}-{cue.end:.2f} "
                  f"{cue.text!r} {detail}")

    for i, cue in enumerate(cues):
        dur = cue.end - cue.start
        plain = _TAG.sub("", cue.text)
        chars = len(plain.replace("\n", " "))
        if dur > 0 and chars / dur > options.max_cps + 0.05:
            note("cps", i, f"{chars / dur:.1f}/s")
        if any(len(ln) > options.max_line_chars for ln in plain.split("\n")):
            note("line", i)
        if len(cue.lines) > options.max_lines:
            note("lines", i)
        if dur < options.min_duration - 0.002:
            note("short", i, f"{dur:.2f}s")
        if dur > options.max_duration + 0.002:
            note("long", i, f"{dur:.2f}s")
        if prev_end is not None:
            gap = cue.start - prev_end
            if gap < options.min_gap - 0.002:
                note("overlap", i, f"gap {gap:.3f}")
            elif options.min_gap + 0.002 < gap < 0.5:
                note("gap", i, f"gap {gap:.3f}")
        prev_end = cue.end
        words = [k for k in range(cue.first, cue.stop) if tokens[k].is_word]
        if words and times:
            w0, w1 = times[words[0]][0], times[words[-1]][1]
            if cue.start < w0 - 0.25:
                note("early", i, f"first word at {w0:.2f}")
            if cue.start > w0 + 0.25:
                note("late", i, f"first word at {w0:.2f}")
            need = max(options.min_duration, chars / options.max_cps)
            if cue.end > w1 + 1.5 and dur > need + 1.5:
                note("linger", i, f"last word ends {w1:.2f}")
            if any(times[b][0] - times[a][1] >= 1.0 for a, b in zip(words, words[1:])):
                note("pause-inside", i)
            nxt = [t for idx, t in clocks if idx > words[-1]]
            if nxt and cue.end > nxt[0] + 0.01:
                note("past-anchor", i, f"next clock at {nxt[0]:.2f}")
        if _JUNK.search(plain):
            note("junk", i)
        if any(cue.first < k < cue.stop for k in turn_starts):
            written = shown[i] if i < len(shown) else cue.text
            lines = _TAG.sub("", written).split("\n")
            if written.count("<v ") < 2 and not all(ln.startswith("- ") for ln in lines):
                note("turn-inside", i)
        # breaks: each line end inside the cue, and the cue end before the next cue
        ends = [ln.split() for ln in plain.split("\n")]
        nexts = ends[1:] + ([_TAG.sub("", cues[i + 1].text).split()] if i + 1 < len(cues) else [])
        for here, after in zip(ends, nexts):
            if not here or not after:
                continue
            last, first = here[-1], after[0]
            if last.lower() in DETERMINERS:
                note("det-break", i, f"{last!r} | {first!r}")
            if (_cap(last) and _cap(first) and len(here) > 1 and here[-2][-1:] not in ".?!:"
                    and last[-1:].isalpha() and first[:1].isalpha()):
                note("name-break", i, f"{last!r} | {first!r}")
    sources = sorted(a.index for a in doc.anchors if a.kind == "cue")
    if sources:
        import bisect
        seen: Counter[int] = Counter()
        for i, cue in enumerate(cues):
            ws = [k for k in range(cue.first, cue.stop) if tokens[k].is_word]
            srcs = {bisect.bisect_right(sources, k) for k in ws}
            if len(srcs) > 1:
                note("mixes", i)
            seen.update(srcs)
        found["splits"] += sum(1 for v in seen.values() if v > 1)
    text_words = Counter(_words(result.text))
    cue_words: Counter[str] = Counter()
    for cue in cues:
        cue_words.update(_words(cue.text))
    lost = text_words - cue_words
    added = cue_words - text_words
    found["lost"] += sum(lost.values())
    found["added"] += sum(added.values())
    if verbose and (lost or added):
        print(f"  {path.stem} lost {dict(lost)} added {dict(added)}")
    return len(cues), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    options = Options()
    total = 0
    counts: Counter[str] = Counter()
    for path in args.files:
        n, found = audit(path, options, args.verbose)
        total += n
        counts.update(found)
        print(f"{path.stem}: {n} cues " + " ".join(f"{k}={found[k]}" for k in CLASSES if found[k]))
    print(f"total {total} cues; per 100 cues:")
    print("  " + "  ".join(f"{k} {100 * counts[k] / max(total, 1):.1f}" for k in CLASSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

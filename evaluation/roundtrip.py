"""Do our own outputs read back as what they are? Counted on the real pages.

Run as ``python evaluation/roundtrip.py [-v] [--only SUBSTRING] [--preset NAME]`` (a caption
preset, `options.CAPTION_PRESETS`: both cleans use it; default the defaults). Every local page
(``devdata/pages``, ``interviews*``, ``mono``, ``casing/pages``, ``qa36``..``qa39`` pages) is
cleaned once and written as text (``to_text``: labelled paragraphs), WebVTT (``<v>`` voices,
"- " dialogue lines), SRT ("NAME:" labels, "- " dashes) and JSON (its turns' and cues' text,
speakers and times: its ``text``, ``turns`` and ``cues`` are compared); each output is written
to a temp file with its extension, read back as the CLI reads a file (``read``) and cleaned
again.

Per format the script counts the pages whose

- output differs at all (the second clean written in the same format is not the first
  output);
- words change (the clean words of the second clean against the first's);
- turns change: a turn boundary added or lost, or a boundary's shown name changed (the names
  the first output wrote: text labels when it wrote labels, voices, SRT labels), the first
  output's words aligned with the second's;
- cues change (WebVTT, SRT, JSON): the cue count, or, with the same count, a cue's start or
  end;
- errors (an exception reading or cleaning the output).

``-v`` prints each changed place of a non-held-out page. Judged pages (``evaluation/judged.py``)
are counted in an aggregate only.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from check_pages import devdata  # noqa: E402
from idempotence import list_diff as word_diff  # noqa: E402
from judged import judged_ids  # noqa: E402

from transcript_tools import Cleaner, Transcript, read  # noqa: E402
from transcript_tools.options import CAPTION_PRESETS, Options  # noqa: E402
from transcript_tools.writers.text import turn_texts  # noqa: E402

FORMATS = {"text": ".txt", "vtt": ".vtt", "srt": ".srt", "json": ".json"}
KINDS = ("output", "words", "turns", "cues", "errors")


def pages() -> list[Path]:
    base = devdata()
    folders = ["pages", "mono", "casing/pages"] + sorted(
        d.name for d in base.glob("interviews*") if d.is_dir()) + sorted(
        f"{d.name}/pages" for d in base.glob("qa[0-9]*") if (d / "pages").is_dir())
    return sorted(p for folder in folders for p in (base / folder).glob("*")
                  if p.suffix in (".txt", ".vtt", ".srt", ".ssa") and p.is_file())


def shown(t: Transcript, fmt: str) -> list[tuple[int, str | None]]:
    """(word offset, name the output shows) of each turn start the output shows: in text
    every paragraph's (its label where it writes labels, else None), in WebVTT every voice's,
    in SRT a labelled speaker's ("NAME:"), an unnamed speaker's ">>" and a dialogue's second
    line ("- "; an unnamed speaker's new cue without a mark shows nothing). A turn of the same
    shown name as the one before (two paragraphs of one speaker) is no speaker change and is
    left out, but for ">>", which shows every turn it opens."""
    doc = t.document
    marked = set()
    if fmt == "srt":
        blocks = [b.split("\n") for b in t.to_srt().strip().split("\n\n")]
        marked = {cue.first for cue, b in zip(doc.srt_cues or doc.cues, blocks)
                  if len(b) > 2 and b[2].startswith(">> ")}
    labels = len({tt.speaker for tt in doc.turns}) > 1 or any(tt.label for tt in doc.turns)
    dashed = {turn.first for turn in doc.turns for cue in doc.cues
              if len(cue.lines) == 2 and cue.first < turn.first < cue.stop}
    out: list[tuple[int, str | None]] = []
    offset = 0
    previous: str | None = None
    for (name, text), turn in zip(turn_texts(doc), doc.turns):
        n = len(text.split())
        if not n:
            continue
        if fmt == "text":
            label = name if labels else None
        elif fmt in ("vtt", "json"):
            label = name
        else:
            named = getattr(turn, "named", bool(turn.label))  # (a numbered voice: no name)
            label = turn.label.upper() if turn.label and named else \
                "-" if turn.first in dashed else ">>" if turn.first in marked else ""
        if label != "" and not (label and label == previous and label != ">>"):
            out.append((offset, label))
        previous = label or previous
        offset += n
    return out


def words(t: Transcript) -> list[str]:
    return [w for _, text in turn_texts(t.document) for w in text.split()]


def turn_diff(a: Transcript, b: Transcript, fmt: str) -> list[str]:
    """The turn starts of ``a`` and ``b`` that differ, on ``a``'s words aligned to ``b``'s."""
    x, y = words(a), words(b)
    where: dict[int, int] = {}
    for i, j, n in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks():
        for k in range(n):
            where[i + k] = j + k
    back = {j: i for i, j in where.items()}
    first = dict(shown(a, fmt))
    second = dict(shown(b, fmt))
    out = []
    for i, name in sorted(first.items()):
        j = where.get(i)
        if i == 0 and 0 in second:
            j = 0
        ctx = " ".join(x[max(0, i - 3):i + 5])
        if j is None or j not in second:
            out.append(f"lost turn ({name}) at ... {ctx} ...")
        elif second[j] != name:
            out.append(f"name {name!r} -> {second[j]!r} at ... {ctx} ...")
    for j, name in sorted(second.items()):
        i = back.get(j)
        if j == 0 and 0 in first:
            continue
        if i is None or i not in first:
            ctx = " ".join(y[max(0, j - 3):j + 5])
            out.append(f"new turn ({name}) at ... {ctx} ...")
    return out


def cue_diff(a: Transcript, b: Transcript, fmt: str) -> list[str]:
    """The cues the first output wrote (SRT's own where a turn is cut again for its ">> ",
    `Document.srt_cues`) against the second clean's, in the same format."""
    ca, cb = ((t.document.srt_cues or t.cues) if fmt == "srt" else t.cues for t in (a, b))
    if len(ca) != len(cb):
        return [f"cues {len(ca)} -> {len(cb)}"]
    out = []
    for k, (p, q) in enumerate(zip(ca, cb), 1):
        if round(p.start, 3) != round(q.start, 3) or round(p.end, 3) != round(q.end, 3):
            out.append(f"cue {k} {p.start:.3f}-{p.end:.3f} -> {q.start:.3f}-{q.end:.3f}")
    return out


def render(t: Transcript, fmt: str) -> str:
    return t.to_text() if fmt == "text" else t.to_webvtt() if fmt == "vtt" else \
        t.to_srt() if fmt == "srt" else t.to_json()


def same_output(a: str, b: str, fmt: str) -> bool:
    if fmt == "vtt":  # the NOTE naming the writer is ours both times
        a, b = (s.split("\n", 1)[1] if s.startswith("WEBVTT") else s for s in (a, b))
    if fmt == "json":  # what the JSON says of its text: its turns and cues, not its source
        import json
        def said(data: dict[str, Any]) -> list[Any]:
            return [data.get("text"), *([{k: v for k, v in item.items()
                                         if not k.startswith("source")} for item in
                                        data.get(key) or []] for key in ("turns", "cues"))]
        return said(json.loads(a)) == said(json.loads(b))
    return a == b


def main() -> int:
    verbose = "-v" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    held = judged_ids()
    preset = sys.argv[sys.argv.index("--preset") + 1] if "--preset" in sys.argv else ""
    cleaner = Cleaner(options=Options(**CAPTION_PRESETS[preset]) if preset else None)
    counts = {(h, f): dict.fromkeys(KINDS + ("pages",), 0) for h in (False, True)
              for f in FORMATS}
    unread = 0
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages():
            if only and only not in str(page):
                continue
            is_held = page.stem in held
            try:
                first = cleaner.clean(read(page))
            except Exception:  # noqa: BLE001 - the input itself is refused: not ours
                unread += 1
                continue
            for fmt, ext in FORMATS.items():
                tally = counts[is_held, fmt]
                tally["pages"] += 1
                notes: list[str] = []
                try:
                    out = render(first, fmt)
                    path = Path(tmp) / f"{page.stem}{ext}"
                    path.write_text(out, encoding="utf-8")
                    again = cleaner.clean(read(path))
                    out2 = render(again, fmt)
                except Exception as e:  # noqa: BLE001 - counted and shown
                    tally["errors"] += 1
                    notes.append(f"error {type(e).__name__}: {e}")
                else:
                    found = {"output": [] if same_output(out, out2, fmt) else ["output differs"],
                             "words": word_diff(words(first), words(again)),
                             "turns": turn_diff(first, again, fmt),
                             "cues": cue_diff(first, again, fmt) if fmt != "text" else []}
                    for kind, places in found.items():
                        if places:
                            tally[kind] += 1
                            if kind != "output":
                                notes.extend(f"{kind}: {p}" for p in places)
                if verbose and notes and not is_held:
                    print(f"{page.relative_to(devdata())} [{fmt}]:")
                    for line in notes[:12]:
                        print("   ", line)
                    if len(notes) > 12:
                        print(f"    ... {len(notes) - 12} more")
    for is_held in (False, True):
        for fmt in FORMATS:
            c = counts[is_held, fmt]
            name = "held-out" if is_held else "dev"
            print(f"{name:<8} {fmt:<4}: {c['pages']} pages; output differs {c['output']}, "
                  f"words {c['words']}, turns {c['turns']}, cues {c['cues']}, "
                  f"errors {c['errors']}")
    print(f"pages the first clean refuses (not counted): {unread}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

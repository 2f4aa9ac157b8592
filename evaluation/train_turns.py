"""Learn the turn decoder's weights (an averaged structured perceptron over its Viterbi path)
and write ``transcript_tools/data/turns_weights.json``; run by hand after changing features.

Run ``python evaluation/train_turns.py`` (about 10 s): it prints the bare decoder's figures
under the start, shipped and learned weights on every training set; ``--write`` writes the
learned ones (then ``evaluation/turns.py --dev`` gives the whole pipeline's figures);
``--no-news`` leaves the news pages out; ``--heldout`` adds the held-out sets (judged sets:
only when judging). It trains with `CHOSEN` on `dev_sets`: the constructed dev cases (three
variants each), the marked dev news pages (markers as boundaries, roles latent: the best path
through the markers), the dev half of the annotated real interview excerpts
(``interview_pages.json``), the dev2 excerpts (``interview_pages3.json``) and, if the
settings name it, the constructed dev monologues (no boundary); never on held-out cases or
pages, the fresh pages (``interview_pages2.json``) or the sample. Training starts from the
hand-set weights (`start_weights`: a previous run's learned values put back) and is seeded,
so a rerun gives the same file.

`CHOSEN` is the best of the settings `evaluation/turns_cv.py` cross-validated over the real
dev pages (through the whole stage): learn only the switch costs and the gap weights
(``move:switch_*``, ``change:*``), every role-annotated set's roles latent (trained on
boundaries only), real pages and constructed cases weighted 2, 2 epochs at rate 0.1, the
weights of 5 seeded runs averaged. On 2026-11-26 its weights raised the real dev pages'
cross-validated F1/roles .381/.612 -> .409/.635 but read 3 of 9 constructed monologues as
several voices in caption files (SRT/WebVTT/Whisper: 0 -> 5.6 spurious boundaries per 1,000
words), lowered the sample's F1 .57 -> .51 and did not help the judged pages (fresh F1
+.016 [-.038, +.062], held out -.018 [-.046, .000]), so the shipped weights stay hand-set;
``--write`` would replace them.
"""

from __future__ import annotations

import bisect
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turns as ev  # noqa: E402  (evaluation/turns.py)

from transcript_tools import Options  # noqa: E402
from transcript_tools.boundaries import GAP_FEATURES  # noqa: E402
from transcript_tools.model import Document  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.speakers import (  # noqa: E402
    FEATURES,
    GUEST,
    HOST,
    HOST_RUN,
    OTHER,
    STATES,
    TRANSITIONS,
    WEIGHTS,
    Prepared,
    Unit,
    Weights,
    decode,
    prepare,
    weights,
)
from transcript_tools.turns import TurnSegmenter  # noqa: E402

EPOCHS = 12
RATE = 0.1


@dataclass
class Example:
    """One training or test text: its units, the word index each unit starts at, the true
    boundaries (word indices) and the true role of every word (None: roles unknown)."""

    name: str
    units: list[Unit]
    starts: list[int]
    truth: list[int]
    roles: list[str] | None
    words: int
    doc: Document | None = None
    """The text as the turns stage receives it (for scoring through the whole stage)."""
    offsets: list[tuple[int, str]] | None = None
    """The true turns as (source offset, role), for `evaluation/turns.score`."""
    weight: float = 1.0
    """How much each of its perceptron updates counts (`Settings.scale`)."""

    def gold(self, w: Weights) -> list[int]:
        if self.roles is not None:
            out = []
            for k, a in enumerate(self.starts):
                b = self.starts[k + 1] if k + 1 < len(self.starts) else self.words
                span = self.roles[a:b] or [self.roles[min(a, self.words - 1)]]
                out.append(STATES.index(max(STATES, key=span.count)))
            return out
        near = set()
        for t in self.truth:  # the unit start nearest each true boundary (within 3 words)
            k = min(range(len(self.starts)), key=lambda j: abs(self.starts[j] - t))
            if abs(self.starts[k] - t) <= ev.TOLERANCE and k:
                near.add(k)
        return decode(self.units, 3, w=w, allowed=[k in near for k in range(len(self.units))])

    def score(self, path: list[int]) -> tuple[float, float, float, float]:
        pred = [self.starts[k] for k in range(1, len(path)) if path[k] != path[k - 1]]
        p, r, f = ev.boundary_f1([x for x in pred if x > 0], self.truth)
        if self.roles is None:
            return p, r, f, 0.0
        role = [""] * self.words
        for k, a in enumerate(self.starts):
            b = self.starts[k + 1] if k + 1 < len(self.starts) else self.words
            role[a:b] = [STATES[path[k]]] * (b - a)
        return p, r, f, sum(x == y for x, y in zip(role, self.roles)) / max(self.words, 1)


def _before_turns(cleaner: Cleaner, text: str, fmt: str = "broadcast") -> Document:
    doc = parse(text, format=fmt)
    for name, stage in cleaner.stages:
        if name == "turns":
            break
        doc = stage(doc)
    return doc


def example(cleaner: Cleaner, name: str, text: str, truth: list[tuple[int, str]] | None,
            marks: list[int] | None = None, fmt: str = "broadcast") -> Example:
    """``truth``: (source offset, role) per turn; ``marks``: true boundaries as word
    indices (roles unknown); ``fmt``: the reader's format."""
    doc = _before_turns(cleaner, text, fmt)
    live = [p for p in doc.pieces() if p.text]
    units = TurnSegmenter._units(live, set(doc.sentence_starts), live[0].first)
    widx = ev.word_index(doc)
    n = sum(t.kind == "word" for t in doc.tokens)
    starts = [widx[u.first] for u in units]
    if truth is None:
        return Example(name, units, starts, sorted(set(marks or []) - {0}), None, n, doc)
    offs = [t.start for t in doc.tokens if t.kind == "word"]
    tw = [bisect.bisect_left(offs, o) for o, _ in truth]
    roles = [""] * n
    for k, (a, (_, r)) in enumerate(zip(tw, truth)):
        b = tw[k + 1] if k + 1 < len(tw) else n
        roles[a:b] = [r] * (b - a)
    return Example(name, units, starts, sorted(set(tw) - {0}), roles, n, doc, list(truth))


def constructed(cleaner: Cleaner, folder: Path) -> list[Example]:
    """The constructed cases of a folder, three variants each (`evaluation/turns.variant`)."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        for how in ("written", "no-qmarks", "sparse"):
            turns = ev.variant(ev.read_case(path), how)
            text, starts = ev.assemble(turns)
            out.append(example(cleaner, f"{path.stem}/{how}", text,
                               list(zip(starts, [r for r, _ in turns]))))
    return out


def excerpts(cleaner: Cleaner, where: Path | None, listing: str, held: bool | None = None
             ) -> list[Example]:
    """The annotated interview excerpts of ``listing`` (markers and labels stripped) stored
    in ``where``; ``held`` keeps only the held-out (True) or dev (False) entries."""
    if where is None:
        return []
    out = []
    for entry in json.loads((ev.CASES / listing).read_text(encoding="utf-8")):
        path = where / f"{entry['id']}.txt"
        if (held is not None and entry["heldout"] != held) or not path.exists():
            continue
        text, starts = ev.strip_marks(path.read_text(encoding="utf-8"),
                                      [t["offset"] for t in entry["turns"]])
        out.append(example(cleaner, entry["id"], text,
                           list(zip(starts, [t["role"] for t in entry["turns"]]))))
    return out


def news_pages(cleaner: Cleaner) -> list[Example]:
    """The dev news pages with markers, markers removed: boundaries known, roles latent."""
    pages = ev.pages_dir()
    if pages is None:
        return []
    out = []
    for entry in json.loads((ev.DEVSET / "pages.json").read_text(encoding="utf-8")):
        path = pages / f"{entry['id']}.txt"
        if not entry.get("has_markers") or not path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        marked = parse(src, format="broadcast")
        cut, pos = [], 0
        for m in marked.markers:
            cut.append(src[pos:m.start])
            pos = m.end
        cut.append(src[pos:])
        widx = ev.word_index(marked)
        truth = [widx[m.index] for m in marked.markers if m.index < len(marked.tokens)]
        out.append(example(cleaner, entry["id"], "".join(cut), None, truth))
    return out


def monologues(cleaner: Cleaner) -> list[Example]:
    """The constructed dev monologues (``mono/*.txt``) as plain text, caption text and SRT
    (`evaluation/turns.mono_forms`): one voice, so no boundary (roles latent)."""
    out = []
    for path in sorted((ev.CASES / "mono").glob("*.txt")):
        for form, text, fmt in ev.mono_forms(path.read_text(encoding="utf-8")):
            if form in ("text", "caption", "srt"):
                out.append(example(cleaner, f"{path.stem}/{form}", text, None, [], fmt))
    return out


def load(cleaner: Cleaner, news: bool) -> tuple[list[Example], dict[str, list[Example]]]:
    """(the constructed dev cases, dev interview pages and, with ``news``, the news
    pages; {held-out set name: examples}): the diagnostics' sets."""
    train = constructed(cleaner, ev.CASES) + excerpts(
        cleaner, ev.interviews_dir(), "interview_pages.json", False)
    held = {"constructed held out": constructed(cleaner, ev.CASES / "heldout"),
            "interviews held out": excerpts(cleaner, ev.interviews_dir(),
                                            "interview_pages.json", True)}
    return train + (news_pages(cleaner) if news else []), held


def load_dev2(cleaner: Cleaner) -> list[Example]:
    """The second dev set's interview pages (``interview_pages3.json``)."""
    return excerpts(cleaner, ev.dev2_dir(), "interview_pages3.json")


def dev_sets(cleaner: Cleaner) -> dict[str, list[Example]]:
    """Every set the trainer may learn from, by name (nothing held out is read)."""
    return {"constructed": constructed(cleaner, ev.CASES), "news": news_pages(cleaner),
            "interviews": excerpts(cleaner, ev.interviews_dir(), "interview_pages.json",
                                   False),
            "dev2": load_dev2(cleaner), "mono": monologues(cleaner)}


def move_features(units: Sequence[Unit], prep: Prepared, k: int, p: int, s: int, run: int,
                  marked: bool) -> tuple[float, ...]:
    """The TRANSITIONS features of unit k's role s after role p (as `speakers.decode`
    weighs them); ``run`` is the words of p's turn so far (for a long host turn's cost)."""
    u = units[k]
    if p == s:
        over = run + len(u.words) - HOST_RUN
        return (0.0,) * 9 + (
            float(p == HOST and prep.handover[k]),
            max(0, min(over, 60)) / 10 if p == HOST and not marked else 0.0,
            float(marked and s != OTHER))
    strength = min(u.strength, 2)
    return (float(strength == 0), float(strength == 1), float(strength == 2), u.bonus,
            float(prep.echo[k]), float(p == HOST and s == GUEST and prep.handover[k]),
            float(s == HOST), float(s == OTHER), float(p == OTHER), 0.0, 0.0, 0.0)


def path_features(units: Sequence[Unit], path: Sequence[int], marked: bool = False
                  ) -> dict[str, float]:
    """The summed features of one role sequence (the score `speakers.decode`
    maximises is the weights' dot product with these)."""
    prep = prepare(units)
    out: dict[str, float] = {}
    run = 0
    for k, s in enumerate(path):
        for f, x in zip(FEATURES, prep.features[k]):
            if x:
                out[f"{STATES[s]}:{f}"] = out.get(f"{STATES[s]}:{f}", 0.0) + x
        if k:
            p = path[k - 1]
            for f, x in zip(TRANSITIONS, move_features(units, prep, k, p, s, run, marked)):
                if x:
                    out[f"move:{f}"] = out.get(f"move:{f}", 0.0) + x
            if p != s:
                for f, x in zip(GAP_FEATURES, prep.gaps[k]):
                    out[f"change:{f}"] = out.get(f"change:{f}", 0.0) + x
            run = run + len(units[k].words) if p == s else len(units[k].words)
        else:
            run = len(units[k].words)
    return out


def vector(w: Weights) -> dict[str, float]:
    out = {f"{r}:{f}": x for r, ws in zip(STATES, w.emission) for f, x in zip(FEATURES, ws)}
    out.update({f"move:{f}": x for f, x in zip(TRANSITIONS, w.transition)})
    out.update({f"change:{f}": x for f, x in zip(GAP_FEATURES, w.change)})
    return out


def unvector(v: dict[str, float]) -> Weights:
    return Weights(tuple(tuple(v[f"{r}:{f}"] for f in FEATURES) for r in STATES),  # type: ignore[arg-type]
                   tuple(v[f"move:{f}"] for f in TRANSITIONS),
                   tuple(v[f"change:{f}"] for f in GAP_FEATURES))


def train(examples: list[Example], start: Weights, epochs: int = EPOCHS,
          rate: float = RATE, seed: int = 0, learn: tuple[str, ...] = ("",)) -> Weights:
    """Averaged structured perceptron: decode, and move the weights towards the gold path's
    features and away from the decoded one's (each example's updates scaled by its
    ``weight``). Only weights whose names start with one of ``learn`` ("host:", "move:",
    "change:", "move:switch_", ...) change. Seeded: the same inputs give the same weights."""
    v = vector(start)
    total = dict(v)
    steps = 1
    order = list(examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for ex in order:
            w = unvector(v)
            gold = ex.gold(w)
            pred = decode(ex.units, 3, w=w)
            if pred != gold:
                step = rate * ex.weight
                for key, x in path_features(ex.units, gold).items():
                    if key.startswith(learn):
                        v[key] += step * x
                for key, x in path_features(ex.units, pred).items():
                    if key.startswith(learn):
                        v[key] -= step * x
            for key in v:
                total[key] += v[key]
            steps += 1
    return unvector({k: x / steps if k.startswith(learn) else v[k]  # others exactly as given
                     for k, x in total.items()})


@dataclass(frozen=True, slots=True)
class Settings:
    """How `fit` trains: the sets it learns from (`dev_sets` names), the weight of each real
    interview page's updates, which weights it learns (name prefixes), epochs, rate, seed."""

    epochs: int = EPOCHS
    rate: float = RATE
    sets: tuple[str, ...] = ("constructed", "news", "interviews", "dev2")
    scale: tuple[tuple[str, float], ...] = ()
    """(set, weight of its examples' updates) for sets not weighted 1."""
    learn: tuple[str, ...] = ("",)
    seed: int = 0
    latent: tuple[str, ...] = ()
    """Sets trained on their boundaries only, their roles latent (as the news pages')."""
    runs: int = 1
    """Runs (seeds ``seed``, ``seed + 1``, ...: orders of the examples) whose weights are
    averaged (one run's weights vary with the order)."""

    def describe(self) -> str:
        return (f"{self.epochs} epochs, rate {self.rate}, sets {'+'.join(self.sets)}"
                + "".join(f", {name} x{x:g}" for name, x in self.scale) + ", learning "
                f"{'all' if '' in self.learn else '|'.join(self.learn) or 'nothing'}"
                f"{', roles latent in ' + '+'.join(self.latent) if self.latent else ''}"
                f"{f', {self.runs} runs averaged' if self.runs > 1 else ''}"
                f" (seed {self.seed})")


CHOSEN = Settings(epochs=2, rate=0.1, sets=("constructed", "news", "interviews", "dev2"),
                  scale=(("interviews", 2.0), ("dev2", 2.0), ("constructed", 2.0)),
                  learn=("move:switch_", "change:"),
                  latent=("constructed", "interviews", "dev2"), runs=5)
"""The settings ``--write`` trains with (chosen by `evaluation/turns_cv.py`)."""
REAL = ("interviews", "dev2")
"""The sets of real interview pages (roles annotated)."""
MONO = "mono"
"""The set of constructed monologues."""


def fit(sets: dict[str, list[Example]], settings: Settings, start: Weights) -> Weights:
    """The weights `train` learns from ``start`` on ``settings.sets`` of ``sets``."""
    examples = []
    for name in settings.sets:
        for ex in sets.get(name, []):
            ex = replace(ex, weight=dict(settings.scale).get(name, 1.0))
            if name in settings.latent:
                ex = replace(ex, roles=None)
            examples.append(ex)
    if not examples or settings.epochs <= 0:
        return start
    total: dict[str, float] = {}
    for seed in range(settings.seed, settings.seed + settings.runs):
        v = vector(train(examples, start, settings.epochs, settings.rate, seed,
                         settings.learn))
        total = {k: total.get(k, 0.0) + x / settings.runs for k, x in v.items()}
    given = vector(start)
    return unvector({k: x if k.startswith(settings.learn) else given[k]
                     for k, x in total.items()})


def start_weights() -> Weights:
    """The weights training starts from: the shipped ones, each weight a previous run learned
    put back to the value it was trained from (``trained_from`` in the weights file), so a
    rerun gives the same weights and hand-set ones added since are kept."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    v = vector(Weights.from_json(data))
    v.update(data.get("trained_from", {}))
    return unvector(v)


def report(title: str, examples: list[Example], w: Weights) -> tuple[float, ...]:
    """One line: the bare decoder's mean figures on examples (the whole stage's:
    `evaluation/turns.py`, `turns_cv.staged`)."""
    sums = [0.0] * 4
    for ex in examples:
        sums = [a + b for a, b in zip(sums, ex.score(decode(ex.units, 3, w=w)))]
    k = max(len(examples), 1)
    p, r, f, acc = (x / k for x in sums)
    roles = f" roles {acc:.2f}" if examples and examples[0].roles is not None else ""
    if examples and not any(ex.truth for ex in examples):  # one voice: every cut is spurious
        cuts = sum(sum(a != b for a, b in zip(path, path[1:]))
                   for path in (decode(ex.units, 3, w=w) for ex in examples))
        per = cuts * 1000 / max(sum(ex.words for ex in examples), 1)
        print(f"  {title:22s} ({len(examples):2d}) {per:.1f} boundaries per 1,000 words")
        return p, r, f, acc
    print(f"  {title:22s} ({len(examples):2d}) P {p:.2f} R {r:.2f} F1 {f:.2f}{roles}")
    return p, r, f, acc


def write(learned: Weights, start: Weights, settings: Settings) -> None:
    """Write the learned weights, with the values they were trained from."""
    data: dict[str, object] = {"note": (
        f"learned by evaluation/train_turns.py ({settings.describe()}) from the hand-set "
        "weights (trained_from: the hand-set value of each weight it changed, where a rerun "
        "starts again; the rest are as set by hand). Sets: " + ", ".join(
            _SET_NOTES[name] for name in settings.sets) + ". Settings chosen by "
        "leave-pages-out cross-validation over the real dev pages (evaluation/turns_cv.py).")}
    data.update(learned.to_json())
    before, after = vector(start), vector(unvector(vector(learned)))
    data["trained_from"] = {k: before[k] for k in before
                            if round(after[k], 4) != round(before[k], 4)}
    WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")


_SET_NOTES = {
    "constructed": "the constructed dev cases (tests/data/cases/turns/*.txt, three variants "
                   "each)",
    "news": "the marked dev news pages (markers as boundaries, roles latent)",
    "interviews": "the dev half of interview_pages.json",
    "dev2": "the dev2 interview pages (interview_pages3.json)",
    "mono": "the constructed dev monologues (mono/*.txt as text, caption text and SRT; no "
            "boundary)"}


def main() -> int:
    cleaner = Cleaner(options=Options())
    settings = CHOSEN
    if "--no-news" in sys.argv:
        settings = replace(settings, sets=tuple(x for x in settings.sets if x != "news"))
    sets = dev_sets(cleaner)
    start = start_weights()
    learned = fit(sets, settings, start)
    held: dict[str, list[Example]] = {}
    if "--heldout" in sys.argv:  # judged sets: look only when judging
        held = {"constructed held out": constructed(cleaner, ev.CASES / "heldout"),
                "interviews held out": excerpts(cleaner, ev.interviews_dir(),
                                                "interview_pages.json", True)}
    shown = [("start (hand-set) weights", start)]
    if weights() != start:
        shown.append(("shipped weights", weights()))
    for title, w in shown + [(f"learned ({settings.describe()})", learned)]:
        print(f"{title}:")
        for name, exs in {**sets, **held}.items():
            report(name, exs, w)
    if "--write" in sys.argv:
        write(learned, start, settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

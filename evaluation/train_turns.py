"""Learn the turn decoder's weights (an averaged structured perceptron over its Viterbi path)
and write ``transcript_tools/data/turns_weights.json``; run by hand after changing features.

Run ``python evaluation/train_turns.py``: it prints the shipped and the learned weights'
figures on the training and held-out sets; ``--write`` writes the learned ones (``--no-news``
leaves the news pages out). Trained on the constructed dev cases (three variants each), the
dev half of the annotated real interview excerpts and the dev news pages' markers (boundaries
as truth, roles latent: the best path through the markers); never on the held-out cases or
interview pages, never on the sample. ``evaluation/turns.py`` gives the figures through the
whole pipeline.
"""

from __future__ import annotations

import bisect
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
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


def _before_turns(cleaner: Cleaner, text: str) -> Document:
    doc = parse(text, format="broadcast")
    for name, stage in cleaner.stages:
        if name == "turns":
            break
        doc = stage(doc)
    return doc


def example(cleaner: Cleaner, name: str, text: str, truth: list[tuple[int, str]] | None,
            marks: list[int] | None = None) -> Example:
    """``truth``: (source offset, role) per turn; ``marks``: true boundaries as word
    indices (roles unknown)."""
    doc = _before_turns(cleaner, text)
    live = [p for p in doc.pieces() if p.text]
    units = TurnSegmenter._units(live, set(doc.sentence_starts), live[0].first)
    widx = ev.word_index(doc)
    n = sum(t.kind == "word" for t in doc.tokens)
    starts = [widx[u.first] for u in units]
    if truth is None:
        return Example(name, units, starts, sorted(set(marks or []) - {0}), None, n)
    offs = [t.start for t in doc.tokens if t.kind == "word"]
    tw = [bisect.bisect_left(offs, o) for o, _ in truth]
    roles = [""] * n
    for k, (a, (_, r)) in enumerate(zip(tw, truth)):
        b = tw[k + 1] if k + 1 < len(tw) else n
        roles[a:b] = [r] * (b - a)
    return Example(name, units, starts, sorted(set(tw) - {0}), roles, n)


def load(cleaner: Cleaner, news: bool) -> tuple[list[Example], dict[str, list[Example]]]:
    """(training examples, {held-out set name: examples})."""
    train: list[Example] = []
    held: dict[str, list[Example]] = {"constructed held out": [], "interviews held out": []}
    for folder, into in ((ev.CASES, train), (ev.CASES / "heldout", held["constructed held out"])):
        for path in sorted(folder.glob("*.txt")):
            for how in ("written", "no-qmarks", "sparse"):
                turns = ev.variant(ev.read_case(path), how)
                text, starts = ev.assemble(turns)
                into.append(example(cleaner, f"{path.stem}/{how}", text,
                                    list(zip(starts, [r for r, _ in turns]))))
    where = ev.interviews_dir()
    if where is not None:
        listing = json.loads((ev.CASES / "interview_pages.json").read_text(encoding="utf-8"))
        for entry in listing:
            path = where / f"{entry['id']}.txt"
            if not path.exists():
                continue
            text, starts = ev.strip_marks(path.read_text(encoding="utf-8"),
                                          [t["offset"] for t in entry["turns"]])
            ex = example(cleaner, entry["id"], text,
                         list(zip(starts, [t["role"] for t in entry["turns"]])))
            (held["interviews held out"] if entry["heldout"] else train).append(ex)
    pages = ev.pages_dir()
    if news and pages is not None:
        listing = json.loads((ev.DEVSET / "pages.json").read_text(encoding="utf-8"))
        for entry in listing:
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
            train.append(example(cleaner, entry["id"], "".join(cut), None, truth))
    return train, held


def load_dev2(cleaner: Cleaner) -> list[Example]:
    """The second dev set's interview pages (``interview_pages3.json``; analysis only, not
    in `load`'s training examples)."""
    where = ev.dev2_dir()
    if where is None:
        return []
    out = []
    for entry in json.loads((ev.CASES / "interview_pages3.json").read_text(encoding="utf-8")):
        path = where / f"{entry['id']}.txt"
        if not path.exists():
            continue
        text, starts = ev.strip_marks(path.read_text(encoding="utf-8"),
                                      [t["offset"] for t in entry["turns"]])
        out.append(example(cleaner, entry["id"], text,
                           list(zip(starts, [t["role"] for t in entry["turns"]]))))
    return out


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
    features and away from the decoded one's. Only weights whose names start with one of
    ``learn`` ("host:", "move:", "change:", ...) change."""
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
                for key, x in path_features(ex.units, gold).items():
                    if key.startswith(learn):
                        v[key] += rate * x
                for key, x in path_features(ex.units, pred).items():
                    if key.startswith(learn):
                        v[key] -= rate * x
            for key in v:
                total[key] += v[key]
            steps += 1
    return unvector({k: x / steps for k, x in total.items()})


def report(title: str, examples: list[Example], w: Weights) -> tuple[float, ...]:
    sums = [0.0] * 4
    for ex in examples:
        sums = [a + b for a, b in zip(sums, ex.score(decode(ex.units, 3, w=w)))]
    k = max(len(examples), 1)
    p, r, f, acc = (x / k for x in sums)
    print(f"  {title:28s} ({len(examples):2d}) P {p:.2f} R {r:.2f} F1 {f:.2f} roles {acc:.2f}")
    return p, r, f, acc


def main() -> int:
    cleaner = Cleaner(options=Options())
    news = "--no-news" not in sys.argv
    examples, held = load(cleaner, news)
    hand = weights()
    labelled = [e for e in examples if e.roles is not None]
    unlabelled = [e for e in examples if e.roles is None]
    learned = train(examples, hand)
    for title, w in (("shipped weights", hand),
                     (f"learned ({EPOCHS} epochs, rate {RATE}, news pages "
                      f"{'in' if news else 'out'})", learned)):
        print(f"{title}:")
        report("train, roles known", labelled, w)
        if unlabelled:
            report("train, news pages (no roles)", unlabelled, w)
        for name, exs in held.items():
            report(name, exs, w)
    if "--write" in sys.argv:
        data = learned.to_json()
        data["note"] = (
            "learned by evaluation/train_turns.py (averaged structured perceptron from the "
            f"previous weights, {EPOCHS} epochs, rate {RATE}) on the constructed dev cases "
            "(tests/data/cases/turns/*.txt, three variants each), the dev half of "
            "interview_pages.json" + (" and the marked dev news pages (roles latent)"
                                      if news else ""))
        WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the learned sentence model (``transcript_tools/data/sentence_model.tsv``) on
human-punctuated archive caption pages; prints cross-validated figures and what it trained on.

Run as ``python evaluation/train_sentences.py [--write]``. Pages are read from
``$TT_TRAINPAGES`` (default ``../devdata/train_sentences/pages`` beside the repository); their
addresses and the searches that found them are listed in
``evaluation/train_sentences_sources.jsonl``. The pages are never the dev pages
(``evaluation/sentences.py`` scores on those). Each page's ``. ? ! , ; :`` are stripped, the
sentence stage's gap table is built, and each gap is labelled by the captioner's mark: a
logistic model learns the gap log-odds of a sentence end, a second one the log-odds that a
sentence is a question. Decoding settings (end threshold, length prior, question threshold)
are chosen by page-wise cross-validation for precision first (F0.5), then the models are
refitted on every page. Pure Python: no training dependency.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from sentences import evaluate_page, predicted, strip_punctuation  # noqa: E402

from transcript_tools import Options  # noqa: E402
from transcript_tools.readers import parse  # noqa: E402
from transcript_tools.sentencemodel import (  # noqa: E402
    DATA,
    FEATURE_VERSION,
    NEVER,
    Decoding,
    Feature,
    SentenceModel,
    gap_features,
    question_features,
)
from transcript_tools.sentences import SentenceSplitter  # noqa: E402
from transcript_tools.spelling import dictionary_words  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402

SOURCES = ROOT / "evaluation" / "train_sentences_sources.jsonl"
IDENTITY = {"p", "a", "b", "c", "ab", "bcw", "f1", "f2", "s1", "l1", "l2"}
"""Templates keyed by words: kept only for keys seen ``MIN_COUNT`` times in training whose
words are all dictionary words (language statistics, never the names of a story)."""
MIN_COUNT = 3
EPOCHS = 4
RATE = 0.1
L2 = 2e-5
THRESHOLDS = (0.0, 0.5, 1.0, 1.5, 2.0)
PRECISION_FLOOR = 0.8
"""Ends: the setting with the most right ends among those whose cross-validated precision
reaches this (a wrong cut reads worse than a missing one)."""
BETA = 0.5
"""Questions: the setting with the best F-beta (precision counts twice as much)."""
KEEP = 0.01
"""Weights smaller than this are left out of the file (they change no decision)."""


def train_dir() -> Path:
    env = os.environ.get("TT_TRAINPAGES")
    if env:
        return Path(env)
    for base in (ROOT.parent, ROOT.parent.parent):
        here = base / "devdata" / "train_sentences" / "pages"
        if here.exists():
            return here
    return ROOT.parent / "devdata" / "train_sentences" / "pages"


Example = tuple[list[Feature], int]


def page_examples(text: str, splitter: SentenceSplitter
                  ) -> tuple[list[Example], list[Example]] | None:
    """Gap examples (label 1 = a sentence ends there) and sentence examples (label 1 = a
    question) of one page; None when stripping changed the words."""
    doc = parse(text)
    gold_marks, gold_words = predicted(doc)
    table = splitter.gap_table(parse(strip_punctuation(text, doc)))
    if table is None or len(table.keys) != len(gold_words):
        return None
    n = len(gold_words)
    gaps: list[Example] = []
    sentences: list[Example] = []
    first = 0
    fluent = splitter.model.fluent
    from transcript_tools.questions import is_question
    for i in range(n - 1):
        mark = gold_marks.get(gold_words[i])
        if not (table.fixed[i] or table.blocked[i]):
            gaps.append((gap_features(*splitter.gap_inputs(table, i)), int(mark is not None)))
        if mark is not None or table.fixed[i]:
            words = table.keys[first:i + 1]
            shape = is_question(words, fluent)
            sentences.append((question_features(words, shape), int(mark == "?")))
            first = i + 1
    return gaps, sentences


def fit(examples: list[Example], seed: int = 0) -> dict[str, dict[str, float]]:
    """Logistic regression by AdaGrad with L2, over features that pass the count cap."""
    counts = Counter(f for feats, _ in examples for f in feats)
    unigrams = vocabulary().unigrams
    lexical = dictionary_words()
    # A word's identity is a feature only for dictionary words and contractions: the names
    # of the training pages' stories ("obama", "biden") are no general statistics.
    words = {w for w in unigrams if w in lexical or "'" in w}
    keep = {f for f, k in counts.items() if f[0] not in IDENTITY
            or (k >= MIN_COUNT and all(w in words for w in f[1].split()))}
    index = {f: j for j, f in enumerate(sorted(keep))}
    rows = [([index[f] for f in feats if f in index], y) for feats, y in examples]
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for r in order:
            ids, y = rows[r]
            z = sum(w[j] for j in ids)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            for j in ids:
                grad = g + L2 * w[j]
                g2[j] += grad * grad
                w[j] -= RATE * grad / math.sqrt(g2[j])
    weights: dict[str, dict[str, float]] = {}
    for (template, key), j in index.items():
        if abs(w[j]) >= KEEP:
            weights.setdefault(template, {})[key] = w[j]
    return weights


def build(gaps: list[Example], sentences: list[Example], decoding: Decoding,
          meta: dict[str, str] | None = None) -> SentenceModel:
    weights = fit(gaps)
    weights.update(fit(sentences))
    return SentenceModel(weights, decoding, meta)


def decode_figures(pages: list[str], model: SentenceModel) -> list[int]:
    """Ends and questions (hits, predicted, gold) of the splitter using ``model``."""
    splitter = SentenceSplitter(Options())
    splitter._learned = model  # noqa: SLF001 - the model under test, not the stored one
    totals = [0] * 6
    for text in pages:
        counts, _ = evaluate_page(text, splitter)
        if counts:
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
    return totals


def f_beta(hit: int, got: int, gold: int) -> float:
    """F-measure weighting precision ``1 / BETA`` times as much as recall."""
    p = hit / got if got else 0.0
    r = hit / gold if gold else 0.0
    b2 = BETA * BETA
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


def figures(hit: int, got: int, gold: int) -> str:
    return f"P {hit / max(1, got):.2f} R {hit / max(1, gold):.2f} ({hit}/{got}/{gold})"


def main() -> int:
    directory = train_dir()
    paths = sorted(directory.glob("*.txt")) if directory.exists() else []
    if not paths:
        print(f"training pages not found in {directory}")
        return 1
    splitter = SentenceSplitter(Options(), learned=False)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    data = [page_examples(t, splitter) for t in texts]
    kept = [(t, d) for t, d in zip(texts, data, strict=True) if d is not None]
    gap_count = sum(len(d[0]) for _, d in kept)
    end_count = sum(y for _, d in kept for _, y in d[0])
    print(f"{len(kept)} of {len(paths)} pages, {gap_count} gaps, {end_count} ends, "
          f"{sum(y for _, d in kept for _, y in d[1])} questions "
          f"of {sum(len(d[1]) for _, d in kept)} sentences")
    folds = 5
    models = []
    for k in range(folds):
        train = [d for j, (_, d) in enumerate(kept) if j % folds != k]
        models.append(build([e for d in train for e in d[0]],
                            [e for d in train for e in d[1]], Decoding()))

    def cross(decoding: Decoding) -> list[int]:
        totals = [0] * 6
        for k in range(folds):
            held = [t for j, (t, _) in enumerate(kept) if j % folds == k]
            got = decode_figures(held, SentenceModel(models[k].weights, decoding))
            totals = [a + b for a, b in zip(totals, got, strict=True)]
        return totals

    ends = {(t, c): cross(Decoding(threshold=t, comfortable=c))
            for t in THRESHOLDS for c in (20, 28)}
    for (t, c), e in sorted(ends.items()):
        print(f"  threshold {t:+.1f} comfortable {c}: ends {figures(*e[:3])}")
    sure = [k for k in ends if ends[k][0] >= PRECISION_FLOOR * ends[k][1]] or list(ends)
    t_best, c_best = max(sure, key=lambda k: (ends[k][0], -k[0]))
    asks = {(q, v): cross(Decoding(threshold=t_best, comfortable=c_best, question=q, veto=v))
            for q in (-2.0, -1.5, -1.0, -0.5, 99.0) for v in (NEVER, -3.0, -2.0)}
    for (q, v), e in sorted(asks.items()):
        print(f"  question {q:+.1f} veto {v:+.1f}: questions {figures(*e[3:])}")
    q_best, v_best = max(asks, key=lambda k: f_beta(*asks[k][3:]))
    print(f"chosen: threshold {t_best} comfortable {c_best} question {q_best} veto {v_best}")
    decoding = Decoding(threshold=t_best, comfortable=c_best, question=q_best, veto=v_best)
    digest = hashlib.sha1("".join(texts).encode()).hexdigest()[:12]
    meta = {"pages": str(len(kept)), "gaps": str(gap_count), "ends": str(end_count),
            "sources": SOURCES.name, "pages_sha1": digest,
            "trainer": "evaluation/train_sentences.py"}
    model = build([e for _, d in kept for e in d[0]], [e for _, d in kept for e in d[1]],
                  decoding, meta)
    size = sum(len(v) for v in model.weights.values())
    print(f"final model: {size} weights (feature version {FEATURE_VERSION}), {decoding}")
    if "--write" in sys.argv:
        model.dump(DATA)
        print(f"wrote {DATA} ({DATA.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

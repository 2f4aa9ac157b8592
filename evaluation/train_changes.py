"""A learned change-of-speaker model at sentence starts, trained on real marked caption pages:
leave-channels-out figures against the decoder's own evidence, and the whole stage with it.

Run as ``python evaluation/train_changes.py`` (``--fresh`` rebuilds the cached examples;
``--decoder W`` then runs ``evaluation/turns.py --dev --wide`` with W times the model's
centred log-odds added to the decoder's score of a change at every sentence start,
``--one-sided`` only where they are negative; ``--voices T`` instead starts another voice
inside a run the stage gave `other` where they exceed T). Not shipped: on 2026-11-27 (turns32, see
``docs/turns-notes.md``) no weight won on the dev sets without losing on the constructed
interviews and the sample, so the library has no such term.

Pages: the 321 marked training pages of ``evaluation/turns.py --wide``
(``train_sentences/pages`` and ``turns_train/pages`` beside the dev pages, three or more
``>>``; never a dev or judged page). Each is cleaned with its markers (the truth) and again
with them removed; each unit start the turns stage decodes over is an example, a change when
a marker falls within one word of it (`change_examples`). Features (`features`): the new
unit's first word, the previous unit's first, last and last two words (a word's identity
only for dictionary words seen ``MIN_COUNT`` times that are no names: no place or demonym,
none the word lists write capitalised unless very common; else its Zipf class), its "?",
both lengths, I / we / you on either side, the start's strength. A logistic model (pure
Python: AdaGrad, L2, seed ``SEED``, ``EPOCHS`` passes) is scored in 5 folds of whole
channels (AUC, precision / recall) against the decoder's local change score
(`speakers._changes` plus the hand-over term) and its final choices; the model refitted on
every page is then scored on the dev excerpts (dev, dev2), the constructed dev interviews
and the sample. Examples are cached in ``$TMPDIR/tt_change_examples.pickle``.
"""

from __future__ import annotations

import math
import os
import pickle
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from change_examples import Example, constructed, excerpts, marked_pages, sample  # noqa: E402

from transcript_tools import Options, speakers  # noqa: E402
from transcript_tools.pipeline import Cleaner  # noqa: E402
from transcript_tools.propernouns import proper_nouns  # noqa: E402
from transcript_tools.speakercues import Unit  # noqa: E402
from transcript_tools.spelling import dictionary_words  # noqa: E402
from transcript_tools.vocabulary import vocabulary  # noqa: E402
from transcript_tools.wordcase import proper  # noqa: E402

SEED = 7
FOLDS = 5
EPOCHS = 3
RATE = 0.1
L2 = 1e-4
MIN_COUNT = 3
COMMON = 6.0
"""A word the lists write capitalised too ("eric", "bill") is kept only this common ("the")."""
CACHE = Path(tempfile.gettempdir()) / "tt_change_examples.pickle"


_FIRST = frozenset("i me my mine myself i'm i've i'd i'll".split())
_WE = frozenset("we us our ours ourselves we're we've we'd we'll".split())
_SECOND = frozenset("you your yours yourself you're you've you'd you'll".split())
_LENGTHS = (1, 2, 3, 5, 8, 12, 18, 27, 40)


def word_class(word: str) -> str:
    """A word's class when its identity is not kept: a number, unseen, or its Zipf band."""
    if any(ch.isdigit() for ch in word):
        return "#num"
    z = vocabulary().zipf(word)
    return "#oov" if z <= 0 else f"#z{min(7, int(z))}"


def length_bin(n: int) -> str:
    return next((str(top) for top in _LENGTHS if n <= top), "more")


def person(words: Sequence[str]) -> str:
    """Which of I, we, you the words hold ("i", "w", "y" in that order, "-" for none)."""
    s = set(words)
    got = ("i" if s & _FIRST else "") + ("w" if s & _WE else "") + ("y" if s & _SECOND else "")
    return got or "-"


def features(before: Sequence[str], words: Sequence[str], qmark: bool, strength: int,
             token: Callable[[str], str]) -> list[str]:
    """The feature keys of a change before ``words`` after ``before`` (both non-empty);
    ``token`` maps a word to itself or its class. (Also tried and dropped, by the
    cross-validated AUC: the first two and three words, the last word and first word
    paired, "?" with the first two words, the length of the unit before the previous one,
    rare words shared across the start, the decoder's own change score as a feature, and
    I / we / you counts over 20 words either side.)"""
    a1 = token(words[0])
    b = [token(x) for x in before[-2:]]
    b1 = b[-1]
    q = "q" if qmark else "s"
    lb = length_bin(len(before))
    pa, pb = person(words[:8]), person(before[-8:])
    return [
        "bias", f"st={strength}", f"a1={a1}", f"b1={b1}", f"b2={' '.join(b)}", f"q={q}",
        f"qa1={q}|{a1}", f"lb={lb}", f"la={length_bin(len(words))}", f"ql={q}|{lb}",
        f"pa={pa}", f"pb={pb}", f"pp={pb}|{pa}", f"c1={token(before[0])}",
    ]


def load(fresh: bool) -> dict[str, list[Example]]:
    if CACHE.exists() and not fresh:
        got: dict[str, list[Example]] = pickle.loads(CACHE.read_bytes())
        return got
    cleaner = Cleaner(options=Options())
    data = {"train": marked_pages(cleaner), "dev": excerpts(cleaner, "dev"),
            "dev2": excerpts(cleaner, "dev2"), "constructed": constructed(cleaner),
            "sample": sample()}
    CACHE.write_bytes(pickle.dumps(data))
    return data


def channel(page: str) -> str:
    return page.split("-")[0]


def vocabulary_of(examples: list[Example]) -> frozenset[str]:
    """Words whose identity is a feature: dictionary words (or contractions) seen MIN_COUNT
    times at the edges of the training units."""
    counts: Counter[str] = Counter()
    for e in examples:
        counts[e.words[0]] += 1
        counts.update(e.before[-2:])
        counts[e.before[0]] += 1
    lexical, places, v = dictionary_words(), proper_nouns().forms, vocabulary()
    return frozenset(w for w, c in counts.items()
                     if c >= MIN_COUNT and (w in lexical or "'" in w) and
                     not any(ch.isdigit() for ch in w) and w not in places and
                     (not proper(w) or v.zipf(w) >= COMMON))


def tokenizer(kept: frozenset[str]) -> Callable[[str], str]:
    """A word as the model reads it: itself when kept, else its class (memoised)."""
    memo: dict[str, str] = {}

    def token(w: str) -> str:
        got = memo.get(w)
        if got is None:
            got = memo[w] = w if w in kept else word_class(w)
        return got

    return token


def featurize(examples: list[Example], kept: frozenset[str]) -> list[list[str]]:
    token = tokenizer(kept)
    return [features(e.before, e.words, e.qmark, e.strength, token)
            for e in examples]


def fit(xs: list[list[str]], ys: list[bool], seed: int = SEED) -> dict[str, float]:
    """Logistic weights by AdaGrad with L2 (applied lazily on each update)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(xs)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x = xs[i]
            z = sum(w.get(f, 0.0) for f in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - ys[i]
            for f in x:
                wf = w.get(f, 0.0)
                grad = g + L2 * wf
                acc = g2.get(f, 1e-8) + grad * grad
                g2[f] = acc
                w[f] = wf - RATE * grad / math.sqrt(acc)
    return w


def score(w: dict[str, float], x: list[str]) -> float:
    return sum(w.get(f, 0.0) for f in x)


def auc(scores: list[float], ys: list[bool]) -> float:
    """Area under the ROC curve (ties count half)."""
    pairs = sorted(zip(scores, ys))
    pos = sum(ys)
    neg = len(ys) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum, k = 0.0, 0
    while k < len(pairs):
        j = k
        while j < len(pairs) and pairs[j][0] == pairs[k][0]:
            j += 1
        mid = (k + j + 1) / 2  # mean 1-based rank of the tie block
        rank_sum += mid * sum(y for _, y in pairs[k:j])
        k = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def pr(pred: list[bool], ys: list[bool]) -> tuple[float, float, int]:
    hits = sum(p and y for p, y in zip(pred, ys))
    n = sum(pred)
    return (hits / n if n else 1.0), hits / max(1, sum(ys)), n


def report(name: str, ex: list[Example], model: list[float]) -> None:
    ys = [e.label for e in ex]
    base = sum(ys) / max(1, len(ys))
    hand = [e.hand for e in ex]
    print(f"{name}: {len(ex)} unit starts, {sum(ys)} changes ({base:.2f}); AUC model "
          f"{auc(model, ys):.3f}, decoder's change score {auc(hand, ys):.3f}, "
          f"sum {auc([a + b for a, b in zip(model, hand)], ys):.3f}")
    at = [i for i, e in enumerate(ex) if e.strength == 1]
    ys1 = [ys[i] for i in at]
    print(f"  sentence starts only ({len(at)}, {sum(ys1)} changes): AUC model "
          f"{auc([model[i] for i in at], ys1):.3f}, decoder's change score "
          f"{auc([hand[i] for i in at], ys1):.3f}")
    p, r, n = pr([e.chosen for e in ex], ys)
    print(f"  decoder's choices: P {p:.3f} R {r:.3f} ({n} changes)")
    for t in (0.0, 1.0, 2.0):
        p, r, n = pr([s > t for s in model], ys)
        print(f"  model log-odds > {t}: P {p:.3f} R {r:.3f} ({n})")
    ranked = sorted(range(len(ex)), key=lambda i: -model[i])[:sum(e.chosen for e in ex)]
    top = set(ranked)
    p, r, n = pr([i in top for i in range(len(ex))], ys)
    print(f"  model, as many changes as the decoder: P {p:.3f} R {r:.3f}")


def main() -> int:
    data = load("--fresh" in sys.argv)
    train = data["train"]
    if not train:
        print("no marked training pages found (set TT_TRAINPAGES / TT_DEVTURNPAGES)")
        return 0
    channels = sorted({channel(e.page) for e in train})
    rng = random.Random(SEED)
    rng.shuffle(channels)
    fold_of = {c: k % FOLDS for k, c in enumerate(channels)}
    held: list[float] = [0.0] * len(train)
    for fold in range(FOLDS):
        tr = [e for e in train if fold_of[channel(e.page)] != fold]
        kept = vocabulary_of(tr)
        w = fit(featurize(tr, kept), [e.label for e in tr])
        at = [i for i, e in enumerate(train) if fold_of[channel(e.page)] == fold]
        xs = featurize([train[i] for i in at], kept)
        for i, x in zip(at, xs):
            held[i] = score(w, x)
    pages = len({e.page for e in train})
    report(f"training pages ({pages}), {FOLDS} folds of whole channels", train, held)
    kept = vocabulary_of(train)
    w = fit(featurize(train, kept), [e.label for e in train])
    for name in ("dev", "dev2", "constructed", "sample"):
        if data[name]:
            ex = data[name]
            report(f"{name} excerpts (model fitted on every training page)", ex,
                   [score(w, x) for x in featurize(ex, kept)])
    sentences = [x for x, e in zip(featurize(train, kept), train) if e.strength == 1]
    center = sum(score(w, x) for x in sentences) / len(sentences)
    if "--voices" in sys.argv:
        top = float(sys.argv[sys.argv.index("--voices") + 1])
        print(f"\nthe whole stage, another voice inside `other` where log-odds - {center:.3f}"
              f" > {top}; the marked training pages are the model's own (in-sample):")
        patch_voices(w, kept, center, top)
    elif "--decoder" in sys.argv:
        weight = float(sys.argv[sys.argv.index("--decoder") + 1])
        print(f"\nthe whole stage, {weight} x (log-odds - {center:.3f}) at sentence starts"
              f"{' (negative part only)' if '--one-sided' in sys.argv else ''}; the marked "
              "training pages are the model's own (in-sample):")
        patch_decoder(w, kept, center, weight, "--one-sided" in sys.argv)
    if "--voices" in sys.argv or "--decoder" in sys.argv:
        import turns  # evaluation/turns.py

        sys.argv = ["turns.py", "--dev", "--wide"]
        turns.main()
    return 0


def patch_decoder(w: dict[str, float], kept: frozenset[str], center: float, weight: float,
                  one_sided: bool) -> None:
    """Make `speakers.decode` add ``weight`` times the model's log-odds less ``center`` to
    the score of a change at each sentence start of unmarked text (only the negative part
    with ``one_sided``)."""
    real = speakers._changes
    token = tokenizer(kept)

    def changes(units: Sequence[Unit], prep: Any, wts: Any, marked: bool) -> list[float]:
        out = real(units, prep, wts, marked)
        if marked:
            return out
        for k in range(1, len(units)):
            p, u = units[k - 1], units[k]
            if u.strength == 1 and u.words and p.words:
                x = score(w, features(p.words, u.words, p.question_mark, 1, token)) - center
                out[k] += weight * (min(0.0, x) if one_sided else x)
        return out

    speakers._changes = changes  # type: ignore[assignment]


def patch_voices(w: dict[str, float], kept: frozenset[str], center: float, top: float) -> None:
    """Make the turns stage start another voice inside a run of `other` at each sentence
    start whose log-odds less ``center`` exceed ``top`` (clip after clip)."""
    from transcript_tools import turns as stage

    real = stage.voice_changes

    def token(x: str) -> str:
        return x if x in kept else word_class(x)

    def voices(units: Sequence[Unit], states: Sequence[int], cues: Any) -> set[int]:
        out = real(units, states, cues)
        for k in range(1, len(units)):
            p, u = units[k - 1], units[k]
            if states[k] == states[k - 1] == speakers.OTHER and u.strength == 1 and \
                    u.words and p.words and score(w, features(
                        p.words, u.words, p.question_mark, 1, token)) - center > top:
                out.add(k)
        return out

    setattr(stage, "voice_changes", voices)  # noqa: B010


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())

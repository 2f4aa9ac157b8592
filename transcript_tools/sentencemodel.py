"""A learned sentence-boundary model: logistic weights over word-gap and sentence features,
trained on human-punctuated caption pages (``evaluation/train_sentences.py``). Used by `sentences`.

Two small linear models share one weight file (``data/sentence_model.tsv``): the *gap* model
gives the log-odds that a sentence ends between two words, from the words on each side (their
identity when frequent in the training captions, else their frequency class), the word pairs'
association in English (symspellpy bigrams), the hand-set gap score of `sentencegaps` and the
distance to the nearest speaker marker; the *question* model gives the log-odds that a
sentence is a question, from its opening and closing words and the shape rules of `questions`.
Features are general language statistics, never phrases of any one transcript.
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, islice
from pathlib import Path
from typing import Any

from . import memos
from .memos import WORD_MEMO
from .questions import inverted_tail, lead_length, opens_question
from .scans import indices
from .vocabulary import _data_stamp, cached

NEVER = -99.0
DATA = Path(__file__).parent / "data" / "sentence_model.tsv"
FEATURE_VERSION = 1
"""Bump when a feature template changes: a weight file of another version is refused."""

Feature = tuple[str, str]


def word_class(word: str, zipf: float) -> str:
    """A word's coarse class: a number, an unknown word (a name, a garble) or its Zipf band."""
    if not word:
        return "none"
    if any(ch.isdigit() for ch in word):
        return "num"
    if zipf <= 0.0:
        return "oov"
    return f"z{min(7, int(zipf))}"


def pmi_bin(pmi: float | None) -> str:
    if pmi is None:
        return "none"
    return str(max(-4, min(4, math.floor(pmi * 2))))


def hand_bin(score: float) -> str:
    if score <= NEVER / 2:
        return "never"
    return str(max(-4, min(5, round(score))))


def distance_bin(d: int) -> str:
    for top in (1, 2, 3, 4, 6, 9, 14, 24):
        if d <= top:
            return str(top)
    return "far"


MAX_DISTANCE = 25
"""Distances are counted up to this (longer ones share the last bin)."""
_NEAR = tuple(distance_bin(d) for d in range(MAX_DISTANCE + 1))


def gap_features(p: str, a: str, b: str, c: str, classes: tuple[str, str, str, str],
                 pmi_ab: float | None, pmi_bc: float | None, hand: float,
                 since: int, until: int) -> list[Feature]:
    """The features of the gap between ``a`` and ``b`` (``p`` before, ``c`` after);
    ``since``/``until``: words from the last fixed boundary and to the next one."""
    cp, ca, cb, cc = classes
    return [("bias", ""), ("p", p), ("a", a), ("b", b), ("c", c),
            ("pc", cp), ("ac", ca), ("bc", cb), ("cc", cc),
            ("ab", f"{a} {b}"), ("bcw", f"{b} {c}"),
            ("pmi_ab", pmi_bin(pmi_ab)), ("pmi_bc", pmi_bin(pmi_bc)),
            ("hand", hand_bin(hand)), ("since", distance_bin(since)),
            ("until", distance_bin(until))]


def question_features(words: list[str], shape: bool) -> list[Feature]:
    """The features of a whole sentence (lowercase keys) for the question model; ``shape``:
    whether the hand rules of `questions` call it a question."""
    lead = lead_length(words)
    w = words[lead:] or words
    first = w[0] if w else ""
    second = w[1] if len(w) > 1 else ""
    last = words[-1] if words else ""
    before = words[-2] if len(words) > 1 else ""
    return [("qbias", ""), ("f1", first), ("f2", f"{first} {second}"), ("s1", second),
            ("l1", last), ("l2", f"{before} {last}"), ("qlen", distance_bin(len(words))),
            ("shape", str(shape)),
            ("opens", str(opens_question(w))), ("tail", str(inverted_tail(w) > 0)),
            ("lead", str(lead > 0))]


@dataclass(frozen=True, slots=True)
class Decoding:
    """How the segmenter turns gap log-odds into ends (tuned on training pages, stored
    with the weights)."""

    threshold: float = 0.0
    comfortable: int = 28
    per_word: float = 0.05
    question: float = 0.0
    """A sentence is a question when its question log-odds exceed this..."""
    veto: float = NEVER
    """... or when the shape rules of `questions` call it one and its log-odds exceed this
    (the learned model may overrule the rules only below it)."""


class SentenceModel:
    """Weights by template and key; a missing weight counts 0."""

    def __init__(self, weights: dict[str, dict[str, float]], decoding: Decoding,
                 meta: dict[str, str] | None = None) -> None:
        self.weights = weights
        for template in _TEMPLATES:
            weights.setdefault(template, {})
        self.decoding = decoding
        self.meta = meta or {}
        self._side: dict[tuple[str, str, str], float] = {}
        self._sides: dict[str, tuple[float, float, float, float]] = {}
        memos.bound(self, ("_side", WORD_MEMO), ("_sides", WORD_MEMO))
        self._by_pair = _by_pair(weights["ab"], weights["bcw"])
        self._bias = weights["bias"].get("", 0.0)

    @property
    def asks(self) -> bool:
        """Can the question model change a decision of the shape rules at all?"""
        d = self.decoding
        return d.question < -NEVER / 2 or d.veto > NEVER / 2

    def score(self, features: Iterable[Feature]) -> float:
        w = self.weights
        total = 0.0
        for template, key in features:
            table = w.get(template)
            if table:
                total += table.get(key, 0.0)
        return total

    def side(self, template: str, word: str, cls: str) -> float:
        """A word's identity weight plus its class weight at one position (cached)."""
        k = (template, word, cls)
        got = self._side.get(k)
        if got is None:
            w = self.weights
            got = w.get(template, {}).get(word, 0.0) + w.get(template + "c", {}).get(cls, 0.0)
            if len(self._side) < 200_000:
                self._side[k] = got
        return got

    def gap(self, p: str, a: str, b: str, c: str, classes: tuple[str, str, str, str],
            pmi_ab: float | None, pmi_bc: float | None, hand: float,
            since: int, until: int) -> float:
        """``score(gap_features(...))``, with the per-word parts cached."""
        w = self.weights
        cp, ca, cb, cc = classes
        return (w["bias"].get("", 0.0) + self.side("p", p, cp) + self.side("a", a, ca)
                + self.side("b", b, cb) + self.side("c", c, cc)
                + w["ab"].get(f"{a} {b}", 0.0) + w["bcw"].get(f"{b} {c}", 0.0)
                + w["pmi_ab"].get(pmi_bin(pmi_ab), 0.0) + w["pmi_bc"].get(pmi_bin(pmi_bc), 0.0)
                + w["hand"].get(hand_bin(hand), 0.0) + w["since"].get(distance_bin(since), 0.0)
                + w["until"].get(distance_bin(until), 0.0))

    def _word(self, k: str, classify: Callable[[str], str]) -> tuple[float, float, float, float]:
        """A word's four identity-plus-class weights (stored in ``_sides``, capped)."""
        cl = classify(k)
        w = self.weights  # as `side` adds them, without its memo
        got = (w["p"].get(k, 0.0) + w["pc"].get(cl, 0.0), w["a"].get(k, 0.0) + w["ac"].get(cl, 0.0),
               w["b"].get(k, 0.0) + w["bc"].get(cl, 0.0), w["c"].get(k, 0.0) + w["cc"].get(cl, 0.0))
        if len(self._sides) < 100_000:
            self._sides[k] = got
        return got

    def pair_weights(self, a: str, b: str, pmi: float | None, classify: Callable[[str], str]
                     ) -> tuple[float, float, float, float, float]:
        """The weights a gap's score takes from the word pair a b (of PMI ``pmi``), by where
        the pair stands around the gap (`paired_gaps`): at it, the pair's ``ab`` weight and
        its PMI bin's ``pmi_ab`` weight; before it (a b = p a), ``bias`` + ``p`` of a + ``a``
        of b; at it, ``b`` of b; after it (a b = b c), ``c`` of b + its PMI bin's ``pmi_bc``
        weight + the pair's ``bcw`` weight. Each sum is added in the order `gap` adds it."""
        ab, bcw = self._by_pair.get(a, _NONE).get(b, _NO_PAIR)
        w = self.weights
        bin_ = pmi_bin(pmi)
        sides = self._sides
        first = sides.get(a) or self._word(a, classify)
        second = sides.get(b) or self._word(b, classify)
        return (ab, w["pmi_ab"].get(bin_, 0.0), self._bias + first[0] + second[1], second[2],
                second[3] + w["pmi_bc"].get(bin_, 0.0) + bcw)

    def gaps(self, keys: list[str], classify: Callable[[str], str], pmis: list[float | None],
             hand: Sequence[float], since: Sequence[int], until: Sequence[int],
             skip: Sequence[int]) -> array.array[float]:
        """``gap`` for every gap of a document at once (NEVER where ``skip``); ``classify``
        gives a word's `word_class`, ``pmis[i]`` the PMI of words i and i+1."""
        pairs = [(0, 0, *self.pair_weights(a, b, pmi, classify))
                 for a, b, pmi in zip(keys, keys[1:], pmis)]
        return self.paired_gaps(keys, classify, pairs, hand, since, until, bytearray(skip))

    def paired_gaps(self, keys: list[str], classify: Callable[[str], str],
                    pairs: Sequence[Sequence[Any]], hand: Sequence[float], since: Sequence[int],
                    until: Sequence[int], skip: bytearray) -> array.array[float]:
        """`gaps` with each word pair's weights given: ``pairs[i][2:7]`` is
        ``pair_weights(keys[i], keys[i + 1], PMI, classify)`` (the caller memoises them with
        its own facts about the pair in ``pairs[i][:2]``). Gap i adds the parts of pairs
        i - 1, i and i + 1 (the first and last gaps: of the words next to the document's
        ends), its hand score's and distances' weights."""
        w = self.weights
        n = len(keys)
        if n < 2:
            return array.array("d", (NEVER,)) * n
        w_since, w_until, w_hand = w["since"], w["until"], w["hand"]
        since_w = [w_since.get(b, 0.0) for b in _NEAR]
        until_w = [w_until.get(b, 0.0) for b in _NEAR]
        hand_w: dict[float, float] = {}
        # the pair before the first gap and after the last (a missing word: class "none")
        first = self._word(keys[0], classify)
        before = (0, 0, 0.0, 0.0, self._bias + (w["pc"].get("none", 0.0) + w["p"].get("", 0.0))
                  + first[1], 0.0, 0.0)
        after = (0, 0, 0.0, 0.0, 0.0, 0.0, w["cc"].get("none", 0.0) + w["c"].get("", 0.0)
                 + w["pmi_bc"].get("none", 0.0) + w["bcw"].get(f"{keys[-1]} ", 0.0))
        out = array.array("d", (NEVER,)) * n  # 8 bytes a gap, not a float object
        # only the gaps not skipped are scored (numbered by `indices`' shared ints: the
        # range made an int object at every gap, the skipped ones too)
        for i, prev, pair, follow, h, s, u in compress(zip(
                indices(n - 1), chain((before,), pairs), pairs, chain(islice(pairs, 1, None),
                                                                   (after,)),
                hand, since, until), skip.translate(_KEPT)):
            got = hand_w.get(h)
            if got is None:
                got = hand_w[h] = w_hand.get(hand_bin(h), 0.0)
            out[i] = (prev[4] + pair[5] + follow[6] + pair[2] + pair[3] + got
                      + since_w[s] + until_w[u])
        return out

    # -- the weight file ---------------------------------------------------------------------
    def dump(self, path: Path) -> None:
        lines = [f"#\tversion\t{FEATURE_VERSION}"]
        lines += [f"#\t{k}\t{v}" for k, v in sorted(self.meta.items())]
        d = self.decoding
        lines += [f"=\t{k}\t{getattr(d, k)}" for k in Decoding.__slots__]
        for template in sorted(self.weights):
            for key, value in sorted(self.weights[template].items()):
                lines.append(f"{template}\t{key}\t{value:.4g}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = DATA) -> SentenceModel | None:
        """The stored model, or None when the file is missing or of another version. The
        shipped file's reading is kept in the disk cache (`vocabulary.cached`, stamped with
        the file's size and time): loaded in ~2 ms where parsing its 8,000 lines took ~8."""
        try:
            if path == DATA:
                parsed = cached("sentencemodel", f"{PARSED_VERSION};{_data_stamp(path)}",
                                lambda: _parse(path))
            else:
                parsed = _parse(path)
        except OSError:
            return None
        weights, decoding, meta = parsed
        if meta.get("version") != str(FEATURE_VERSION):
            return None
        d = Decoding(threshold=decoding.get("threshold", 0.0),
                     comfortable=int(decoding.get("comfortable", 28)),
                     per_word=decoding.get("per_word", 0.05),
                     question=decoding.get("question", 0.0),
                     veto=decoding.get("veto", NEVER))
        return cls(weights, d, meta)


Parsed = tuple[dict[str, dict[str, float]], dict[str, float], dict[str, str]]
"""A weight file read: weights by template and key, decoding settings, meta lines."""
PARSED_VERSION = 1
"""Part of the cached reading's stamp: the layout of `Parsed`."""


def _parse(path: Path) -> Parsed:
    text = path.read_text(encoding="utf-8")
    weights: dict[str, dict[str, float]] = {t: {} for t in _TEMPLATES}
    meta: dict[str, str] = {}
    decoding: dict[str, float] = {}
    for line in text.splitlines():
        template, key, value = line.split("\t")
        if template == "#":
            meta[key] = value
        elif template == "=":
            decoding[key] = float(value)
        else:
            weights.setdefault(template, {})[key] = float(value)
    return weights, decoding, meta


_NO_PAIR = (0.0, 0.0)
_KEPT = bytes([1] + [0] * 255)
"""`bytes.translate` table: a skip flag (0 or 1) to whether the gap is scored."""
_NONE: dict[str, tuple[float, float]] = {}


def _by_pair(ab: dict[str, float], bcw: dict[str, float]
             ) -> dict[str, dict[str, tuple[float, float]]]:
    """The pair templates' weights as ``nested[a][b] == (ab[f"{a} {b}"], bcw[f"{a} {b}"])``
    (0.0 when missing) for every split of every key at a space, so the lookup agrees with the
    joined key for any words, spaced or not; read without building the joined string."""
    nested: dict[str, dict[str, tuple[float, float]]] = {}
    for key in ab.keys() | bcw.keys():
        value = (ab.get(key, 0.0), bcw.get(key, 0.0))
        at = key.find(" ")
        while at >= 0:
            nested.setdefault(key[:at], {})[key[at + 1:]] = value
            at = key.find(" ", at + 1)
    return nested


_TEMPLATES = ("bias", "p", "a", "b", "c", "pc", "ac", "bc", "cc", "ab", "bcw", "pmi_ab",
              "pmi_bc", "hand", "since", "until")

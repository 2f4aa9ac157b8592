"""Phones and how far apart two pronunciations are: a one-character-per-phone alphabet over
ARPAbet, a weighted phone edit distance, and coarse consonant keys for candidate retrieval.

Used by `pronounce` (which writes pronunciations in this alphabet) and by `names`.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Indel

from . import memos
from .memos import DISTANCE_MEMO, PAIR_MEMO

# ARPAbet (stress removed) -> one character. ER is written as schwa + r so that "er",
# "a r" and a dropped r align cheaply.
ARPABET: dict[str, str] = {
    "AA": "ɑ", "AE": "æ", "AH": "ə", "AO": "ɔ", "AW": "ä", "AY": "ï", "EH": "ɛ", "ER": "ər",
    "EY": "e", "IH": "ɪ", "IY": "i", "OW": "o", "OY": "ö", "UH": "ʊ", "UW": "u",
    "B": "b", "CH": "c", "D": "d", "DH": "ð", "F": "f", "G": "g", "HH": "h", "JH": "j",
    "K": "k", "L": "l", "M": "m", "N": "n", "NG": "ŋ", "P": "p", "R": "r", "S": "s",
    "SH": "ʃ", "T": "t", "TH": "θ", "V": "v", "W": "w", "Y": "y", "Z": "z", "ZH": "ʒ",
}
VOWELS = frozenset("ɑæəɔäïɛeɪioöʊu")

# Substitution costs (symmetric). Vowels are cheap to swap, voicing pairs cheap, places close.
_VOICING = ["pb", "td", "kg", "fv", "sz", "ʃʒ", "cj", "θð"]
_CLOSE = ["θf", "ðv", "ðd", "θt", "sʃ", "zʒ", "sθ", "zð", "mn", "nŋ", "lr", "wv", "cʃ", "jʒ",
          "ct", "jd", "ʃc", "yj", "kŋ", "gŋ", "ts", "dz", "bv", "pf", "bm", "pm", "dn", "ln"]
_SEMI = ["yi", "yɪ", "wu", "wʊ", "wo", "rə"]
_CHEAP_INDEL = {"ə": 0.3, "h": 0.35, "y": 0.4, "w": 0.4, "r": 0.45, "t": 0.55, "d": 0.55,
                "l": 0.6, "n": 0.6}
VOWEL_INDEL = 0.45
CONSONANT_INDEL = 0.75
VOWEL_SUB = 0.25
VOWEL_CONSONANT_SUB = 1.2
CONSONANT_SUB = 1.0


def _build_costs() -> dict[tuple[str, str], float]:
    costs: dict[tuple[str, str], float] = {}
    for pairs, cost in ((_VOICING, 0.3), (_CLOSE, 0.55), (_SEMI, 0.45)):
        for pair in pairs:
            a, b = pair[0], pair[1]
            costs[a, b] = costs[b, a] = min(cost, costs.get((a, b), 9.0))
    return costs


_COSTS = _build_costs()


def substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    cost = _COSTS.get((a, b))
    if cost is not None:
        return cost
    va, vb = a in VOWELS, b in VOWELS
    if va and vb:
        return 0.15 if "ə" in (a, b) else VOWEL_SUB
    if va or vb:
        return VOWEL_CONSONANT_SUB
    return CONSONANT_SUB


def indel(a: str) -> float:
    cost = _CHEAP_INDEL.get(a)
    if cost is not None:
        return cost
    return VOWEL_INDEL if a in VOWELS else CONSONANT_INDEL


_ALL = sorted(set("".join(ARPABET.values())))
_SUB: dict[str, dict[str, float]] = {a: {b: substitution(a, b) for b in _ALL} for a in _ALL}
_INDEL: dict[str, float] = {a: indel(a) for a in _ALL}


@lru_cache(maxsize=200_000)
def distance(a: str, b: str) -> float:
    """Weighted edit distance between two phone strings (global alignment)."""
    if a == b:
        return 0.0
    sub, ind = _SUB, _INDEL
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + ind.get(ch, CONSONANT_INDEL))
    for ca in a:
        row_sub = sub.get(ca)
        da = ind.get(ca, CONSONANT_INDEL)
        cur = [prev[0] + da]
        for j, cb in enumerate(b):
            s = prev[j] + (row_sub.get(cb, CONSONANT_SUB) if row_sub else CONSONANT_SUB)
            d = prev[j + 1] + da
            i = cur[j] + ind.get(cb, CONSONANT_INDEL)
            cur.append(s if s <= d and s <= i else (d if d <= i else i))
        prev = cur
    return prev[-1]


_COLUMNS: dict[str, tuple[list[float], list[float], dict[str, list[float]]]] = {}


def _columns(b: str) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Per second string: its indel costs, the DP's first row, and (filled as met) each
    phone's substitution costs against it; names are few and compared again and again."""
    got = _COLUMNS.get(b)
    if got is None:
        ins = [_INDEL.get(ch, CONSONANT_INDEL) for ch in b]
        first = [0.0]
        for cost in ins:
            first.append(first[-1] + cost)
        if len(_COLUMNS) > 50_000:
            _COLUMNS.clear()
        got = _COLUMNS[b] = (ins, first, {})
    return got


_WITHIN: dict[tuple[str, str], tuple[float, float]] = {}
WITHIN_MEMO = 60_000
"""Pairs `distance_within` remembers (started afresh past this many)."""


def distance_within(a: str, b: str, bound: float) -> float:
    """`distance`, or infinity as soon as every alignment costs more than ``bound``.

    Memoised per pair, whatever the bound: a finite answer is the exact distance, so it
    answers every bound (itself if within, else infinity); infinity under a bound answers
    every tighter bound. Only a wider bound after an infinity computes again."""
    key = (a, b)
    got = _WITHIN.get(key)
    if got is not None:
        at, d = got
        if d != _INF:
            return d if d <= bound else _INF
        if at >= bound:
            return _INF
    d = _within(a, b, bound)
    if len(_WITHIN) > WITHIN_MEMO:
        _WITHIN.clear()
    _WITHIN[key] = (bound, d)
    return d


_INF = float("inf")


def _within(a: str, b: str, bound: float) -> float:
    if a == b:
        return 0.0
    ins, prev, rows = _columns(b)
    ind = _INDEL
    for ca in a:
        subs = rows.get(ca)
        if subs is None:
            row_sub = _SUB.get(ca)
            subs = rows[ca] = [row_sub.get(cb, CONSONANT_SUB) if row_sub else CONSONANT_SUB
                               for cb in b]
        da = ind.get(ca, CONSONANT_INDEL)
        v = prev[0] + da
        cur = [v]
        low = v
        up = iter(prev)
        next(up)
        for p0, p1, sj, ij in zip(prev, up, subs, ins):
            s = p0 + sj
            d = p1 + da
            i = v + ij
            v = s if s <= d and s <= i else (d if d <= i else i)
            cur.append(v)
            if v < low:
                low = v
        if low > bound:
            return float("inf")
        prev = cur
    return prev[-1] if prev[-1] <= bound else float("inf")


# A lower bound of `distance` at C speed. Each phone is written as counts of features it
# shares with phones it is cheaply confused with (derived by scripts/lower_bound_codes.py, an
# integer program); the Indel distance (rapidfuzz) between two spelled-out strings, times
# `lower_unit`, never exceeds `distance` (the unit is checked against the cost tables when first
# used, so a change of costs cannot make it overshoot). Only pairs that could be near enough
# reach the exact DP.
LOWER_FEATURES: dict[str, str] = {
    "b": "bm:2 bp:1 bv:1 consonant:5 stop:1",
    "c": "cj:4 consonant:5 ct:1 cʃ:2 stop:1",
    "d": "alveolar:3 consonant:5 d:1 dj:1 stop:1",
    "e": "eæ:1 eɑ:1 eɛ:1 vocalic:3 vowel:3",
    "f": "consonant:5 fp:1 fricative:2 fv:3 fθ:2",
    "g": "consonant:5 g:1 gk:3 gŋ:2 stop:1 velar:3",
    "h": "consonant:5 fricative:2",
    "i": "i:1 vocalic:3 vowel:3",
    "j": "cj:4 consonant:5 dj:1 jʒ:2 stop:1",
    "k": "consonant:5 gk:3 k:1 kŋ:2 stop:1 velar:3",
    "l": "alveolar:3 consonant:5 l:4",
    "m": "bm:2 consonant:5 m:3 mn:1 mp:2 nasal:2",
    "n": "alveolar:3 consonant:5 mn:1 nasal:2 nŋ:1",
    "o": "o:1 vocalic:3 vowel:3",
    "p": "bp:1 consonant:5 fp:1 mp:2 stop:1",
    "r": "consonant:5 r:1 vocalic:3",
    "s": "alveolar:3 consonant:5 fricative:2 s:2 sz:2 sʃ:1",
    "t": "alveolar:3 consonant:5 ct:1 stop:1 t:1",
    "u": "u:1 vocalic:3 vowel:3",
    "v": "bv:1 consonant:5 fricative:2 fv:3 vð:2",
    "w": "consonant:5 vocalic:3",
    "y": "consonant:5 vocalic:3",
    "z": "alveolar:3 consonant:5 fricative:2 sz:2 z:2 zʒ:1",
    "ä": "vocalic:3 vowel:3 ä:2",
    "æ": "eæ:1 vocalic:3 vowel:3 æɑ:1 æɛ:1",
    "ï": "vocalic:3 vowel:3 ï:2",
    "ð": "alveolar:3 consonant:5 fricative:2 vð:2 ð:1 θð:2",
    "ö": "vocalic:3 vowel:3 ö:2",
    "ŋ": "consonant:5 gŋ:2 kŋ:2 nasal:2 nŋ:1 velar:3",
    "ɑ": "eɑ:1 vocalic:3 vowel:3 æɑ:1 ɑɛ:1",
    "ɔ": "vocalic:3 vowel:3 ɔ:2",
    "ə": "vocalic:3 vowel:3",
    "ɛ": "eɛ:1 vocalic:3 vowel:3 æɛ:1 ɑɛ:1",
    "ɪ": "vocalic:3 vowel:3 ɪ:1",
    "ʃ": "consonant:5 cʃ:2 fricative:2 sʃ:1 ʃʒ:2",
    "ʊ": "vocalic:3 vowel:3 ʊ:1",
    "ʒ": "consonant:5 fricative:2 jʒ:2 zʒ:1 ʃʒ:2",
    "θ": "alveolar:3 consonant:5 fricative:2 fθ:2 θ:1 θð:2",
}

lower_steps = Indel.distance
"""The coarse distance in steps: ``lower_steps(coarse(a), coarse(b), score_cutoff=k)``."""


def _symbol(k: int) -> str:
    """The k-th feature's character: control characters (no phone is one), rising with k so
    that each phone's code sorts the same whatever the range. One byte each, so rapidfuzz
    compares them through its direct table (about twice as fast as for wider characters)."""
    if k < 31:
        return chr(1 + k)
    if k < 63:
        return chr(0x80 + k - 31)
    return chr(0xE000 + k)


def _lower_encoding() -> tuple[dict[int, str], float]:
    symbols: dict[str, str] = {}
    enc: dict[str, str] = {}
    for phone in _ALL:
        code = []
        for item in LOWER_FEATURES.get(phone, "").split():
            feature, count = item.rsplit(":", 1)
            symbol = symbols.setdefault(feature, _symbol(len(symbols)))
            code.append(symbol * int(count))
        enc[phone] = "".join(sorted("".join(code)))
    unit = min((_INDEL[a] / len(enc[a]) for a in _ALL if enc[a]), default=0.0)
    for a in _ALL:
        if not enc[a]:
            continue
        for b in _ALL:
            steps = lower_steps(enc[a], enc[b])
            if steps:
                unit = min(unit, _SUB[a][b] / steps)
    return {ord(ch): code for ch, code in enc.items()}, unit


_LOWER: tuple[dict[int, str], float] | None = None


SOUNDS_VERSION = 3
"""Raised whenever `pronounce`'s letter-to-sound rules change: part of `costs_stamp`, so disk
caches of distances between pronunciations are rebuilt."""


def costs_stamp() -> str:
    """A fingerprint of the cost tables (and the letter-to-sound rules' version), for disk
    caches of derived distances."""
    import hashlib

    table = repr((sorted((a, sorted(row.items())) for a, row in _SUB.items()),
                  sorted(_INDEL.items()), SOUNDS_VERSION))
    return hashlib.sha1(table.encode()).hexdigest()[:16]


def coarse(phones: str) -> str:
    """Phones spelled out as features for `lower_steps` (unknown characters kept as they
    are: they cost at least a full step either way)."""
    global _LOWER
    if _LOWER is None:
        _LOWER = _lower_encoding()
    return phones.translate(_LOWER[0])


def lower_unit() -> float:
    """What one step of the coarse distance is worth at least in `distance` units."""
    global _LOWER
    if _LOWER is None:
        _LOWER = _lower_encoding()
    return _LOWER[1]


def steps_within(bound: float) -> int:
    """The most coarse steps a pair within ``bound`` can be apart (a margin for rounding)."""
    return int(bound / lower_unit() + 1e-6)


# Coarse consonant classes for retrieval keys: voicing and close places merged; glides,
# h and r dropped (they come and go in garbles).
_CLASS = {"p": "P", "b": "P", "f": "F", "v": "F", "θ": "T", "ð": "T", "t": "T", "d": "T",
          "s": "S", "z": "S", "ʃ": "S", "ʒ": "S", "c": "C", "j": "C", "k": "K", "g": "K",
          "m": "N", "n": "N", "ŋ": "N", "l": "L"}


def skeleton(phones: str) -> str:
    """The consonant-class skeleton of a pronunciation ("mccarthy" -> "NKT")."""
    out: list[str] = []
    for ch in phones:
        c = _CLASS.get(ch)
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def prefix_keys(skel: str) -> set[str]:
    """Retrieval keys of a skeleton: ordered pairs from its first three classes, so one
    inserted or dropped consonant near the start still shares a key."""
    head = skel[:3]
    if len(head) < 2:
        return {head} if head else set()
    return {head[i] + head[j] for i in range(len(head)) for j in range(i + 1, len(head))}


def vowel_count(phones: str) -> int:
    return sum(1 for ch in phones if ch in VOWELS)

memos.bound_global(distance, PAIR_MEMO)
memos.bound_global(_WITHIN, DISTANCE_MEMO)

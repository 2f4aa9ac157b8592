"""How close a sound comes to a common English word (the false-alarm distance a name's threshold
shrinks under): a branch-and-bound search of a cached table. Called by `soundindex.SoundIndex`."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from rapidfuzz import process

from .phonetics import (
    SOUNDS_VERSION,
    coarse,
    distance_within,
    lower_steps,
    lower_unit,
    skeleton,
    steps_within,
)
from .pronounce import pronounce
from .vocabulary import cached, vocabulary

COMMON_WORDS = 25_000
"""How many of the most frequent English words a name is compared with for its false-alarm
distance."""
FALSE_ALARM_CAP = 0.45
"""False-alarm distances beyond this change no threshold: the search stops there."""
NEAREST_FIRST = 24
"""How many nearest words (by the coarse bound) of each key the false-alarm search tries
before it asks for all of them."""


def nearest_word(phones: str, own: str) -> float:
    """The normalised distance from ``phones`` to the nearest common word that is not the
    name itself (``own``, its letters) nor its plural or demonym, capped at FALSE_ALARM_CAP.

    Branch and bound: the words sharing a skeleton key are ranked by a C-speed lower bound
    (`phonetics.coarse`), and the exact DP runs only while that bound can still beat the best.
    """
    table = common_skeletons()
    words, word_phones = table.words, table.phones
    skel = skeleton(phones)
    length = len(phones)
    slack = max(2, length // 3)
    unit = lower_unit()
    rough = coarse(phones)
    keys = [k for k in {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}
            if k in table.by_key]
    cut = steps_within(FALSE_ALARM_CAP * length)
    best = 9.0
    tried: set[int] = set()
    # First the nearest few words of each key, then (only when those cannot settle it) all
    # within the best distance found so far.
    for limit in (NEAREST_FIRST, None):
        ranked: list[tuple[int, int]] = []
        floor = 1 << 30   # below this every candidate of every key is in ``ranked``
        for k in keys:
            ids = table.by_key[k]
            got = process.extract(rough, table.rough(k), scorer=lower_steps, limit=limit,
                                  score_cutoff=cut)
            if limit is not None and len(got) == limit:
                floor = min(floor, got[-1][1])
            ranked.extend((steps, ids[j]) for _, steps, j in got)
        ranked.sort()
        settled = True
        for steps, i in ranked:
            if steps >= floor:
                settled = False
                break
            bound = min(best, FALSE_ALARM_CAP) * length
            if steps * unit > bound + 1e-6:
                break
            if i in tried:
                continue
            tried.add(i)
            word = words[i]
            if abs(len(word_phones[i]) - length) > slack or word.startswith(own) \
                    or own.startswith(word):
                continue   # the name itself, its plural or demonym; or too long or short
            d = distance_within(word_phones[i], phones, bound)
            best = min(best, d / length)
        if settled:
            break
        cut = min(cut, steps_within(min(best, FALSE_ALARM_CAP) * length))
    return min(best, FALSE_ALARM_CAP)


class KeyedIds:
    """Key -> word ids, packed (the keys in one string, the ids in one array) and read in
    place: loading it is one unmarshal of a few strings, not of ten thousand lists."""

    __slots__ = ("_at", "_ends", "_ids")

    def __init__(self, keys: str, ends: bytes, ids: bytes) -> None:
        names = keys.split("\n")
        self._at = dict(zip(names, range(len(names))))
        self._ends = array("i")
        self._ends.frombytes(ends)
        self._ids = array("i")
        self._ids.frombytes(ids)

    @staticmethod
    def pack(table: dict[str, list[int]]) -> tuple[str, bytes, bytes]:
        ends, ids = array("i"), array("i")
        for got in table.values():
            ids.extend(got)
            ends.append(len(ids))
        return "\n".join(table), ends.tobytes(), ids.tobytes()

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def __getitem__(self, key: str) -> list[int]:
        k = self._at[key]
        return self._ids[self._ends[k - 1] if k else 0:self._ends[k]].tolist()

    def get(self, key: str, default: tuple[()] = ()) -> list[int] | tuple[()]:
        return self[key] if key in self._at else default


@dataclass(frozen=True, slots=True)
class CommonWords:
    """The most common English words with their phones; ``by_key``: skeleton (and each
    one-class deletion of it) -> word ids."""

    words: list[str]
    phones: list[str]
    by_key: KeyedIds
    _rough: dict[str, list[str]] = field(default_factory=dict)

    def rough(self, key: str) -> list[str]:
        """The `coarse` forms of the words under a key (built when the key is first met)."""
        got = self._rough.get(key)
        if got is None:
            phones = self.phones
            got = self._rough[key] = [coarse(phones[i]) for i in self.by_key.get(key, ())]
        return got


_COMMON: CommonWords | None = None


def common_skeletons() -> CommonWords:
    """The common-word table, built once and cached on disk."""
    global _COMMON
    if _COMMON is None:
        def build() -> tuple[str, str, tuple[str, bytes, bytes]]:
            v = vocabulary()
            top = sorted(v.unigrams.items(), key=lambda kv: -kv[1])[:COMMON_WORDS]
            words: list[str] = []
            phones: list[str] = []
            table: dict[str, list[int]] = {}
            for word, _ in top:
                if not word.isalpha():
                    continue
                ph = pronounce(word)
                skel = skeleton(ph)
                for k in {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}:
                    table.setdefault(k, []).append(len(words))
                words.append(word)
                phones.append(ph)
            return "\n".join(words), "\n".join(phones), KeyedIds.pack(table)
        words, phones, table = cached("common-skeletons",
                                      f"4:{COMMON_WORDS}:{SOUNDS_VERSION}", build)
        _COMMON = CommonWords(words.split("\n"), phones.split("\n"), KeyedIds(*table))
    return _COMMON

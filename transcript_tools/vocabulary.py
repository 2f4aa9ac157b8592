"""English word statistics from the dictionaries symspellpy ships: how common a word or a
word pair is. Loaded lazily, once per process, from a versioned on-disk cache.

Used by the stages that must tell fluent English from a garble (names, spelling, casing).
"""

from __future__ import annotations

import array
import functools
import hashlib
import importlib.util
import itertools
import marshal
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from . import memos
from .memos import PAIR_MEMO

CACHE_VERSION = 5
UNIGRAM_FILE = "frequency_dictionary_en_82_765.txt"
BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"


def cache_dir() -> Path | None:
    """Where derived indexes are kept: ``$TRANSCRIPT_TOOLS_CACHE``, else the user cache
    directory; None when neither can be written (then nothing is cached)."""
    env = os.environ.get("TRANSCRIPT_TOOLS_CACHE")
    if env:
        base = Path(env)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "transcript-tools"
    try:
        base.mkdir(parents=True, exist_ok=True)
        return base if os.access(base, os.W_OK) else None
    except OSError:
        return None


def cached(name: str, stamp: str, build):  # type: ignore[no-untyped-def]
    """Load ``name`` from the cache if its stamp matches, else ``build()`` and store it.

    Values must be marshal-able (dicts, lists, tuples, str, numbers). Writes are atomic, so
    parallel workers never read half a file.
    """
    directory = cache_dir()
    # the stamp in the file name: installs with different data (several environments on one
    # machine) keep their own files instead of rebuilding over each other's at every start
    tag = hashlib.sha1(stamp.encode()).hexdigest()[:12]
    path = directory / f"{name}-{tag}.marshal" if directory else None
    if path is not None and path.exists():
        try:
            # one read, then one unmarshal from memory: `marshal.load` on the file reads
            # object by object (85 ms against 9 ms on a file of many small strings)
            got_stamp, value = marshal.loads(path.read_bytes())
            if got_stamp == stamp:
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        try:
            (path.parent / f"{name}.marshal").unlink(missing_ok=True)  # before stamped names
        except OSError:
            pass
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((stamp, value), fh)
            os.replace(tmp, path)
        except OSError:
            pass
    return value


def _package_file(package: str, file: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {package!r} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / file


def _data_stamp(*files: Path) -> str:
    digest = hashlib.sha1(str(CACHE_VERSION).encode())
    for file in files:
        st = file.stat()
        digest.update(f"{file}:{st.st_size}:{st.st_mtime_ns}".encode())
    return digest.hexdigest()


def _read_counts(file: Path, width: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == width + 1:
            key = " ".join(parts[:width])
            counts[key] = counts.get(key, 0) + int(parts[width])
    return counts


def _pack(counts: dict[str, int]) -> tuple[str, bytes]:
    """Counts as one newline-joined string and an int64 array: loads ~5x faster than a dict."""
    return "\n".join(counts), array.array("q", counts.values()).tobytes()


def _unpack(packed: tuple[str, bytes]) -> dict[str, int]:
    words, raw = packed
    counts = array.array("q")
    counts.frombytes(raw)
    return dict(zip(words.split("\n"), counts))


PackedPairs = tuple[str, str, bytes, int]
"""Word-pair counts as stored: the first words (newline-joined); each first word's pairs as
lines "second count", sorted by the second word, one group after another in one string, and
where each group ends (int64 array); how many pairs. Strings and arrays load in a few ms
where a dict of 30k strings took 20. (An int64 array of every count, 1.9 MB of the 7.3 MB
cache file that nothing read, is no longer stored: the counts are in the lines.)"""

PAIRS_FORMAT = "sorted-lines;no-count-array"
"""Part of the vocabulary cache's stamp: the layout of `PackedPairs`."""


def _pack_pairs(counts: dict[str, int]) -> PackedPairs:
    groups: dict[str, list[tuple[str, int]]] = {}
    for key, count in counts.items():
        first, second = key.split(" ")
        groups.setdefault(first, []).append((second, count))
    runs = ["".join(f"{second} {count}\n" for second, count in sorted(items))
            for items in groups.values()]
    ends = array.array("q", itertools.accumulate(map(len, runs)))
    return "\n".join(groups), "".join(runs), ends.tobytes(), len(counts)


class PairCounts(Mapping[str, int]):
    """Word-pair counts keyed "first second" (as a dict of them would be), kept packed: a
    pair is found by binary search in its first word's sorted group of lines, and remembered
    (found or not). Loading the 243k pairs as a dict took ~60 ms and ~30 MB; unpacking each
    group asked about (as this did before) held ~10 MB on long transcripts, most of it the
    groups of "the", "and", "of", whose pairs a transcript mostly never meets."""

    _MEMO_CAP = 100_000
    """Pairs remembered at most (~13 MB); the memo starts over when full."""
    _BLOCK = 4096
    """Characters of a group below which `_find` looks for the line by `str.find` (in C)
    rather than by halving in Python: 7.1 -> 4.6 us a lookup over the pairs the sample
    asks about."""

    def __init__(self, packed: PackedPairs) -> None:
        firsts, self._runs, ends, self._size = packed
        self._ends = array.array("q")
        self._ends.frombytes(ends)
        self._firsts = dict(zip(firsts.split("\n"), range(len(self._ends))))
        self._asked: dict[str, int] = {}  # pairs looked up: their count, -1 when absent
        memos.bound(self, ("_asked", PAIR_MEMO))

    def _span(self, first: str) -> tuple[int, int] | None:
        k = self._firsts.get(first)
        if k is None:
            return None
        return (self._ends[k - 1] if k else 0), self._ends[k]

    def _find(self, key: str) -> int:
        """The count of a pair (-1 when absent): binary search over the lines of its group
        down to a block of `_BLOCK` characters, then the line found there by `str.find`."""
        first, _, second = key.partition(" ")
        span = self._span(first)
        if span is None or " " in second or "\n" in second:
            return -1   # (no second word holds a space or a line break)
        run = self._runs
        lo, hi = span  # [lo, hi): whole lines, each ending in "\n"
        while hi - lo > self._BLOCK:
            mid = (lo + hi) // 2
            start = run.rfind("\n", lo, mid) + 1 or lo  # the line holding ``mid``
            end = run.index("\n", start, hi)
            gap = run.index(" ", start, end)
            word = run[start:gap]
            if word == second:
                return int(run[gap + 1:end])
            if word < second:
                lo = end + 1
            else:
                hi = start
        if run.startswith(f"{second} ", lo, hi):   # the block's first line
            start = lo
        else:
            start = run.find(f"\n{second} ", lo, hi) + 1
            if not start:
                return -1
        gap = start + len(second)
        return int(run[gap + 1:run.index("\n", gap, hi)])

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        got = self._asked.get(key)
        if got is None:
            got = self._find(key)
            if len(self._asked) >= self._MEMO_CAP:
                self._asked.clear()
            self._asked[key] = got
        return default if got < 0 else got

    def __getitem__(self, key: str) -> int:
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        for first in self._firsts:
            span = self._span(first)
            assert span is not None
            for line in self._runs[span[0]:span[1]].splitlines():
                yield f"{first} {line.partition(' ')[0]}"

    def __len__(self) -> int:
        return self._size

    def values(self) -> array.array[int]:  # type: ignore[override]
        """Every count (in no particular order), read from the packed lines (~0.1 s: the
        shared vocabulary knows its total and least count without asking)."""
        run = self._runs
        return array.array("q", map(int, run[run.index(" ") + 1:-1].replace(
            "\n", " ").split(" ")[::2]) if run else ())


class Vocabulary:
    """Unigram and bigram counts of English (lowercase keys).

    ``bigrams`` may be given packed (as the cache stores them, see `PairCounts`): a process
    then unpacks only the word pairs it asks about.
    """

    def __init__(self, unigrams: dict[str, int],
                 bigrams: Mapping[str, int] | PackedPairs,
                 totals: tuple[int, int] | None = None, least_pair: int | None = None) -> None:
        self.unigrams = unigrams
        self.bigrams: Mapping[str, int] = \
            PairCounts(bigrams) if isinstance(bigrams, tuple) else bigrams
        uni, bi = totals or (sum(unigrams.values()), sum(self.bigrams.values()))
        self.least_pair = least_pair if least_pair is not None else \
            min(self.bigrams.values(), default=1)
        """The least count of a known word pair (1 when none is known)."""
        self.total = float(uni) or 1.0
        self.bigram_total = float(bi) or 1.0
        self._least: dict[float, int] = {}
        self._compounds: dict[str, bool] = {}

    def count(self, word: str) -> int:
        return self.unigrams.get(word.lower(), 0)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.unigrams

    def zipf(self, word: str) -> float:
        """log10 of frequency per billion words (0 for unseen; ~7 for "the")."""
        c = self.unigrams.get(word.lower(), 0)
        return math.log10(c / self.total * 1e9) if c else 0.0

    def least_count(self, zipf: float) -> int | None:
        """The least count whose `zipf` (computed exactly as `zipf` does) reaches ``zipf``:
        a word reaches it when its count does, so a test of many candidates costs a dict
        lookup each. None for ``zipf`` <= 0 (unseen words reach it too). Found from the
        closed form, then stepped to the exact float boundary (the test rises with the
        count: division, product and log10 are monotone)."""
        if zipf <= 0:
            return None
        got = self._least.get(zipf)
        if got is None:
            def reaches(c: int) -> bool:
                return math.log10(c / self.total * 1e9) >= zipf
            got = max(1, math.ceil(10 ** zipf * self.total / 1e9))
            while got > 1 and reaches(got - 1):
                got -= 1
            while not reaches(got):
                got += 1
            self._least[zipf] = got
        return got

    def compound(self, word: str) -> bool:
        """Whether a word outside the list is two common words written as one ("sportsday",
        "streetside"): each part of at least 3 letters and zipf >= 4. Such a word is English
        run together, not a garble. Remembered per word."""
        got = self._compounds.get(word)
        if got is None:
            least = self.least_count(4.0) or 1
            unigrams = self.unigrams
            got = word not in unigrams and any(
                unigrams.get(word[:i], 0) >= least and unigrams.get(word[i:], 0) >= least
                for i in range(3, len(word) - 2))
            if len(self._compounds) < 65536:
                self._compounds[word] = got
        return got

    def bigram(self, first: str, second: str) -> int:
        return self.bigrams.get(f"{first.lower()} {second.lower()}", 0)

    def associated(self, first: str, second: str, times: float) -> bool:
        """Whether the pair stands together at least ``times`` as often as chance (its words'
        own frequencies) would have it; False when either word is not counted."""
        n, m = self.count(first), self.count(second)
        return bool(n and m) and self.bigram(first, second) / self.bigram_total \
            >= times * n / self.total * m / self.total

    def bigram_zipf(self, first: str, second: str) -> float:
        c = self.bigram(first, second)
        return math.log10(c / self.bigram_total * 1e9) if c else 0.0


_T = TypeVar("_T")


def once(build: Callable[[], _T]) -> Callable[[], _T]:
    """A shared table: ``build`` runs on first use, once per process even with threads, and
    its value is kept (the stages' data tables use this)."""
    lock = threading.Lock()
    box: list[_T] = []

    @functools.wraps(build)
    def get() -> _T:
        if not box:
            with lock:
                if not box:
                    box.append(build())
        return box[0]

    return get


@once
def vocabulary() -> Vocabulary:
    """The shared `Vocabulary` (built on first use, then cached on disk and in memory)."""
    uni_file = _package_file("symspellpy", UNIGRAM_FILE)
    bi_file = _package_file("symspellpy", BIGRAM_FILE)

    def build() -> tuple[tuple[str, bytes], PackedPairs, tuple[int, int, int]]:
        unigrams, bigrams = _read_counts(uni_file, 1), _read_counts(bi_file, 2)
        return (_pack(unigrams), _pack_pairs(bigrams),
                (sum(unigrams.values()), sum(bigrams.values()), min(bigrams.values())))

    packed = cached("vocabulary", f"{_data_stamp(uni_file, bi_file)};{PAIRS_FORMAT}", build)
    total, bigram_total, least_pair = packed[2]
    return Vocabulary(_unpack(packed[0]), packed[1], (total, bigram_total), least_pair)

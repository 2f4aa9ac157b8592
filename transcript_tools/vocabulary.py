"""English word statistics from the dictionaries symspellpy ships: how common a word or a
word pair is. Loaded lazily, once per process, from a versioned on-disk cache.

Used by the stages that must tell fluent English from a garble (names, spelling, casing).
"""

from __future__ import annotations

import array
import functools
import hashlib
import importlib.util
import marshal
import math
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_VERSION = 1
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
    path = directory / f"{name}.marshal" if directory else None
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                got_stamp, value = marshal.load(fh)
            if got_stamp == stamp:
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
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


class Vocabulary:
    """Unigram and bigram counts of English (lowercase keys).

    ``bigrams`` may be given packed (as the cache stores them): the 243k-entry dict is then
    built on first use, so a process that never asks for a word pair never pays for it.
    """

    def __init__(self, unigrams: dict[str, int],
                 bigrams: dict[str, int] | tuple[str, bytes]) -> None:
        self.unigrams = unigrams
        self.total = float(sum(unigrams.values())) or 1.0
        self._bigrams: dict[str, int] | None = None
        self._packed: tuple[str, bytes] | None = None
        if isinstance(bigrams, dict):
            self._bigrams = bigrams
            self.bigram_total = float(sum(bigrams.values())) or 1.0
        else:
            self._packed = bigrams
            counts = array.array("q")
            counts.frombytes(bigrams[1])
            self.bigram_total = float(sum(counts)) or 1.0

    @property
    def bigrams(self) -> dict[str, int]:
        if self._bigrams is None:
            with _LOCK:
                if self._bigrams is None:
                    assert self._packed is not None
                    self._bigrams = _unpack(self._packed)
                    self._packed = None
        return self._bigrams

    def count(self, word: str) -> int:
        return self.unigrams.get(word.lower(), 0)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.unigrams

    def zipf(self, word: str) -> float:
        """log10 of frequency per billion words (0 for unseen; ~7 for "the")."""
        c = self.unigrams.get(word.lower(), 0)
        return math.log10(c / self.total * 1e9) if c else 0.0

    def bigram(self, first: str, second: str) -> int:
        return self.bigrams.get(f"{first.lower()} {second.lower()}", 0)

    def bigram_zipf(self, first: str, second: str) -> float:
        c = self.bigram(first, second)
        return math.log10(c / self.bigram_total * 1e9) if c else 0.0


_LOCK = threading.RLock()  # guards the lazy unpacking of word pairs

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
    packed = cached("vocabulary", _data_stamp(uni_file, bi_file), lambda: (
        _pack(_read_counts(uni_file, 1)), _pack(_read_counts(bi_file, 2))))
    return Vocabulary(_unpack(packed[0]), tuple(packed[1]))

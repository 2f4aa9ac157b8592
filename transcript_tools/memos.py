"""Memos that persist between documents, bounded between documents.

The stages memoise per word, word pair, window or phone string (`Cleaner` keeps them across
documents: common words repeat). Each memo also has its own cap inside a document (emptied
past it: one long document is cleaned as fast as before); across a long batch of new text
those caps let one `Cleaner` grow by ~290 MB of RSS over 3,000 short documents, per worker.
Here each memo also gets a cap (smaller, or its own) that `trim` (called by `Pipeline.run`
after each document) applies: a memo over it is emptied. A memo is a pure function of its
key, so emptying one changes no output, only what is computed again.

A memo of an object is registered with `bound` (the object is held weakly: a dropped
`Cleaner`'s memos go with it); a module's memo or `functools.lru_cache` with `bound_global`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Protocol


class _Cache(Protocol):
    def cache_info(self) -> Any: ...
    def cache_clear(self) -> None: ...


WORD_MEMO = 20_000
"""Between documents, a memo per word type keeps up to this many (a batch's common words)."""
RUN_MEMO = 20_000
"""... per run or window of words, or per set of names (they repeat within a document more
than across documents)."""
PHONES_MEMO = 10_000
"""... per phone string or skeleton heard (of a word or a window)."""
HEARD_MEMO = 60_000
"""... per phone string or skeleton heard as names (`hearing.Ear`: one document of 3,000
words asks ~11,000 phone strings, and a batch of new text recomputes them at a cost: the
same as `hearing.MEMO`, their cap inside a document)."""
DISTANCE_MEMO = 30_000
"""... per pair of phone strings whose distance was bounded (`phonetics.distance_within`)."""
STARTS_MEMO = 50_000
"""... per run's windows' starts (`windows.Windows._starts`: asked of every run again; the
same as `windows.STARTS`, its cap inside a document)."""
PAIR_MEMO = 100_000
"""... per pair or triple of words."""

_OWNED: list[tuple[weakref.ref[Any], tuple[tuple[str, int, str], ...]]] = []
_GLOBAL: list[tuple[Any, int]] = []


def bound(owner: object, *memos: tuple[str, int] | tuple[str, int, str]) -> None:
    """Between documents, empty ``owner``'s memo attribute NAME when it holds more than CAP
    entries: each of ``memos`` is (NAME, CAP) or (NAME, CAP, COUNT), COUNT naming an int
    attribute that counts its entries (a memo of memos), set to 0 when it is emptied."""
    _OWNED.append((weakref.ref(owner), tuple((m[0], m[1], m[2] if len(m) > 2 else "")
                                             for m in memos)))


def bound_global(memo: dict[Any, Any] | set[Any] | _Cache, cap: int) -> None:
    """Between documents, empty a module's ``memo`` (a dict, a set or a `functools.lru_cache`
    function) when it holds more than ``cap`` entries."""
    _GLOBAL.append((memo, cap))


def _size(memo: Any) -> int:
    info: Callable[[], Any] | None = getattr(memo, "cache_info", None)
    return info().currsize if info is not None else len(memo)


def _empty(memo: Any) -> None:
    clear = getattr(memo, "cache_clear", None)
    (clear if clear is not None else memo.clear)()


def trim(limit: int | None = None) -> None:
    """Empty every registered memo over its cap (after a document: `Pipeline.run`), or over
    ``limit`` when given (0: every memo)."""
    dead = False
    for ref, memos in _OWNED:
        owner = ref()
        if owner is None:
            dead = True
            continue
        for name, cap, count in memos:
            memo = getattr(owner, name)
            if (getattr(owner, count) if count else len(memo)) > (cap if limit is None
                                                                  else limit):
                memo.clear()
                if count:
                    setattr(owner, count, 0)
    if dead:
        _OWNED[:] = [(ref, memos) for ref, memos in _OWNED if ref() is not None]
    for memo, cap in _GLOBAL:
        if _size(memo) > (cap if limit is None else limit):
            _empty(memo)


def sizes() -> list[tuple[str, int]]:
    """(what, entries) of every registered memo alive (for tests and measurement)."""
    out = []
    for ref, memos in _OWNED:
        owner = ref()
        if owner is not None:
            for name, _, count in memos:
                size = getattr(owner, count) if count else len(getattr(owner, name))
                out.append((f"{type(owner).__name__}.{name}", size))
    for memo, _ in _GLOBAL:
        out.append((getattr(memo, "__qualname__", type(memo).__name__), _size(memo)))
    return out

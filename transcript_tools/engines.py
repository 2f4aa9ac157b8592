"""Where batch work runs: in this process, in a pool of local processes, or on a Dask cluster.

Used by `batch` (and so by `clean_many` and the ``batch`` command). Every engine builds the
`Cleaner` (lexicon and indexes) once per worker from a `Recipe`, never once per item.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from .api import Cleaner
from .errors import InputError, OptionsError, TranscriptError
from .options import Options

T = TypeVar("T")
R = TypeVar("R")
Task = Callable[[Cleaner, Any], Any]
"""What a worker runs for one item: ``task(cleaner, item) -> result`` (both picklable)."""


@dataclass(frozen=True, slots=True)
class Recipe:
    """What a worker needs to build its `Cleaner`: small, picklable, shipped once."""

    names: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    options: Options | None = None

    def build(self) -> Cleaner:
        return Cleaner(self.names, self.references, self.options)


def portable(exc: BaseException) -> BaseException:
    """The exception itself when it pickles (ours always do), else a `TranscriptError`
    carrying its type and message, so an error can cross a process boundary."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure to pickle means "send a stand-in"
        return TranscriptError(f"{type(exc).__name__}: {exc}")


# --- in this process ------------------------------------------------------------------------

class SerialEngine:
    """Runs every item here, in order (``jobs=1``)."""

    def __init__(self, recipe: Recipe) -> None:
        self.cleaner = recipe.build()

    def map(self, task: Task, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield task(self.cleaner, item)

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


# --- local processes ------------------------------------------------------------------------

_WORKER_CLEANER: Cleaner | None = None


def _init_worker(recipe: Recipe) -> None:
    global _WORKER_CLEANER
    # Ctrl-C reaches the whole process group: the parent stops the pool (`ProcessEngine.abort`),
    # a worker does not print a traceback of its own; SIGTERM ends a worker as it ends any
    # process, whatever handler the parent had when the worker was forked.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    _WORKER_CLEANER = recipe.build()
    gc.freeze()  # the lexicon and indexes live as long as the worker: never walk them again


PARENT_CHECK = 1.0
"""Seconds between a worker's looks at whether the process that started it is still there."""


def _watch_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, by the OOM killer): it
    would otherwise wait forever on a pipe no one reads, holding its memory."""
    while True:
        time.sleep(PARENT_CHECK)
        if os.getppid() != parent:
            os._exit(1)


def _run_in_worker(task: Task, item: Any) -> Any:
    assert _WORKER_CLEANER is not None, "worker not initialised"
    # The process is ours and does one item at a time: the cycle collector would only walk the
    # document's objects (a sixth of the time on long inputs), which reference counting frees
    # at the end of the item anyway; it runs again between items.
    gc.disable()
    try:
        return task(_WORKER_CLEANER, item)
    finally:
        gc.enable()


def _context() -> multiprocessing.context.BaseContext:
    # fork is fast (no re-import) but unsafe once threads run; then start fresh interpreters.
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class ProcessEngine:
    """A pool of ``jobs`` local processes, each with its own `Cleaner` built at start."""

    def __init__(self, recipe: Recipe, jobs: int) -> None:
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                                        initializer=_init_worker, initargs=(recipe,))

    def map(self, task: Task, items: Iterable[Any]) -> Iterator[Any]:
        """Results in input order; at most a few items per worker in flight (bounded memory)."""
        window: deque[Future[Any]] = deque()
        limit = self.jobs * 4
        for item in items:
            window.append(self.pool.submit(_run_in_worker, task, item))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop now (an interrupt, an error in the caller, an iterator dropped early): the
        items queued are cancelled and the workers terminated, not waited for (a long file
        would hold the stop for as long as it takes to clean)."""
        workers = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            if process.is_alive():
                process.terminate()
        for process in workers:
            process.join(timeout=5)


Engine = Any
"""An object with ``map(task, items)`` (results in input order), ``close()`` (when every
result is in) and ``abort()`` (stop at once: an interrupt or an error)."""


def make_engine(recipe: Recipe, *, jobs: int | None = 1, engine: str = "local",
                scheduler: Any = None) -> Engine:
    """``engine="local"`` with ``jobs`` processes (None: every core; 1: this process), or
    ``engine="dask"`` on the cluster at ``scheduler`` (an address or a `distributed.Client`)."""
    if engine == "dask":
        from .dask_engine import DaskEngine  # optional extra: imported only when asked for

        return DaskEngine(recipe, scheduler)
    if engine != "local":
        raise InputError(f"unknown engine {engine!r}; known: local, dask")
    if jobs is not None and jobs < 0:
        raise OptionsError(f"jobs must be 1 or more (0 or None: every core), not {jobs}")
    n = jobs if jobs else (os.cpu_count() or 1)
    return SerialEngine(recipe) if n <= 1 else ProcessEngine(recipe, n)

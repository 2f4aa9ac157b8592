"""The Dask engine: batch work on a Dask cluster (optional extra ``transcript-tools[dask]``).

Imported by `engines.make_engine` only when ``engine="dask"`` is asked for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError, OptionsError, TranscriptError

try:
    from distributed import Client, WorkerPlugin, get_worker
except ImportError:  # pragma: no cover - exercised only without the extra
    raise InputError("the dask engine needs the optional extra: "
                     "pip install '.[dask]' in the transcript-tools clone") from None

from .api import Cleaner
from .engines import Recipe, Task

PLUGIN_NAME = "transcript-tools-cleaner"


class CleanerPlugin(WorkerPlugin):
    """Shipped to each worker once; builds the `Cleaner` there when the worker joins (workers
    that join later get it too). Tasks find it on their worker by name."""

    def __init__(self, recipe: Recipe) -> None:
        self.recipe = recipe
        self.cleaner: Cleaner | None = None

    def setup(self, worker: Any) -> None:
        self.cleaner = self.recipe.build()


def run_on_worker(task: Task, item: Any) -> Any:
    plugin: CleanerPlugin = get_worker().plugins[PLUGIN_NAME]  # type: ignore[assignment]
    if plugin.cleaner is None:  # setup has not run on this worker (it always should)
        plugin.cleaner = plugin.recipe.build()
    return task(plugin.cleaner, item)


def _connect(address: Any) -> Client:
    """A client of the scheduler at ``address``; a malformed or unreachable address is one
    of our errors naming it (distributed's own are a bare ValueError or OSError)."""
    try:
        return Client(address)  # type: ignore[no-untyped-call]
    except ValueError as exc:
        raise OptionsError(f"bad Dask scheduler address {address!r}: {exc} (expected e.g. "
                           "tcp://10.0.0.5:8786)") from None
    except (OSError, TimeoutError) as exc:
        raise TranscriptError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


class DaskEngine:
    """Runs items on a Dask cluster at ``scheduler`` (an address, or a `Client` to reuse);
    results come back in input order, a bounded window of tasks in flight."""

    def __init__(self, recipe: Recipe, scheduler: Any = None, *, window: int = 0) -> None:
        if isinstance(scheduler, Client):
            self.client, self._own = scheduler, False
        else:
            self.client, self._own = _connect(scheduler), True
        self.client.register_plugin(CleanerPlugin(recipe), name=PLUGIN_NAME)
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = window or workers * 8

    def map(self, task: Task, items: Iterable[Any]) -> Iterator[Any]:
        window: deque[Any] = deque()
        for item in items:
            window.append(self.client.submit(run_on_worker, task, item, pure=False))
            if len(window) >= self.window:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        if self._own:
            self.client.close()  # type: ignore[no-untyped-call]

    def abort(self) -> None:
        """Stop (an interrupt, an error): the tasks in flight are released with their futures
        when the window is dropped; a client of our own is closed."""
        self.close()

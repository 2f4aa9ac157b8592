"""The cyclic garbage collector paused while a document is parsed, cleaned and written.

Used by `readers.parse`, `pipeline.Cleaner.run` and `writers.write`.
"""

from __future__ import annotations

import gc
import sys
import sysconfig
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_GC_LOCK = threading.Lock()
_GC_STATE = [0, False]  # runs in progress, whether the collector was on before the first
_SPLICE = sys.version_info < (3, 14) and not sysconfig.get_config_var("Py_GIL_DISABLED")
"""Whether `gc.freeze` and `gc.unfreeze` splice the generational collector's lists (constant
time) and reset its young count: so on the GIL builds of 3.10 to 3.13. The free-threaded
build walks the whole heap for them; 3.14's incremental collector is left as it is."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while documents are parsed, cleaned and written
    (restored when the last concurrent run ends). A long document makes hundreds of thousands
    of small acyclic objects (tokens, pieces, edits, cues); the collector's passes over them
    made time grow faster than the input (x10 input took 14x the time, ~10.5x with the
    collector off). Reference counting still frees everything the stages drop.

    The caller's young objects are collected as the pause starts (as the collector would
    have, cycles among them freed); as it ends, what the run made and kept (the document
    returned: its tokens, edits, cues) joins the oldest generation directly (`_promote`)
    instead of being walked by a young collection as soon as the collector is back on (a
    third of a millisecond on a 3,000-word document). The stages make no reference cycles
    (tests/test_collector.py checks), so nothing is kept that the walk would have freed."""
    with _GC_LOCK:
        if _GC_STATE[0] == 0:
            _GC_STATE[1] = gc.isenabled()
            gc.disable()
            if _GC_STATE[1] and _SPLICE:
                gc.collect(1)
        _GC_STATE[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE[0] -= 1
            if _GC_STATE[0] == 0 and _GC_STATE[1]:
                _promote()
                gc.enable()


def _promote() -> None:
    """Every tracked object to the oldest generation and the young count to zero: one
    `gc.freeze` and `gc.unfreeze` (two list splices), only where nothing of the caller's is
    frozen (unfreezing would thaw it) and the build splices."""
    if _SPLICE and not gc.get_freeze_count():
        gc.freeze()
        gc.unfreeze()

"""Fuzz the readers and the whole pipeline for a time budget: ``python -m fuzz --minutes 15``.

Runs the hypothesis properties of `fuzz.invariants` in rounds with fresh random seeds until
the budget is spent; prints each distinct failure (shrunk) and exits 1 if there was one.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcript_tools.errors import TranscriptError
from transcript_tools.readers import decode, parse

from .invariants import (
    KNOWN_HITS,
    check_broadcast,
    check_captions,
    check_chunked,
    check_reader,
    cleaner,
)
from .strategies import broadcast_text, caption_file, damaged

_ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]


def _bytes_target(data: bytes) -> None:
    """Any bytes: decoded and parsed, or refused with a `TranscriptError`."""
    try:
        text, _ = decode(data, "fuzz.bin")
        doc = parse(text, path="fuzz.bin")
    except TranscriptError:
        return
    check_reader(doc)
    cleaner().clean(doc)


_encoded = st.tuples(broadcast_text(), st.sampled_from(_ENCODINGS)).map(
    lambda te: te[0].encode(te[1], errors="replace"))

def _captions_target(fmt_text: tuple[str, str]) -> None:
    check_captions(*fmt_text)


def _broadcast_target(text: str) -> None:
    check_broadcast(text)


TARGETS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]] = {
    "broadcast": (broadcast_text(max_lines=60), _broadcast_target),
    "captions": (caption_file(), _captions_target),
    "damaged-captions": (st.tuples(st.sampled_from(["srt", "vtt"]),
                                   damaged(caption_file().map(lambda fc: fc[1]))),
                         _captions_target),
    "chunked": (st.tuples(broadcast_text(max_lines=60), st.integers(8, 600)),
                lambda tm: check_chunked(*tm)),
    "bytes": (st.one_of(st.binary(max_size=400), _encoded), _bytes_target),
}


def _signature(target: str, exc: BaseException) -> str:
    """A failure's identity: target, exception type and the innermost frame's place."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{target} {type(exc).__name__} {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--round", type=int, default=500, help="examples per target per round")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    parser.add_argument("--keep-going", action="store_true",
                        help="keep fuzzing a target after it failed, reporting new failures")
    parser.add_argument("--strict", action="store_true",
                        help="do not tolerate the known bugs of fuzz.invariants.KNOWN_BUGS")
    args = parser.parse_args(argv)
    if args.strict:
        os.environ["TT_FUZZ_STRICT"] = "1"
    names = args.target or list(TARGETS)
    deadline = time.monotonic() + args.minutes * 60
    config = settings(max_examples=args.round, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck), print_blob=False)
    started = time.monotonic()
    counts = dict.fromkeys(names, 0)
    failures: dict[str, str] = {}
    stopped: set[str] = set()
    while time.monotonic() < deadline:
        for name in names:
            if time.monotonic() >= deadline or (name in stopped and not args.keep_going):
                continue
            try:
                strategy, check = TARGETS[name]
                config(given(strategy)(check))()
                counts[name] += args.round
            except Exception as exc:  # noqa: BLE001 - report every failure, keep fuzzing
                stopped.add(name)
                for sub in getattr(exc, "exceptions", [exc]):
                    key = _signature(name, sub)
                    if key not in failures:
                        failures[key] = "".join(traceback.format_exception(sub))
                        print(f"[{name}] FAILED\n{failures[key]}", flush=True)
        if not args.keep_going and len(stopped) == len(names):
            break
        elapsed = (time.monotonic() - started) / 60
        print(f"{elapsed:6.1f} min  " + "  ".join(f"{n}={c}" for n, c in counts.items()),
              flush=True)
    print(f"ran {(time.monotonic() - started) / 60:.1f} min; examples: {counts}; "
          f"distinct failures: {sorted(failures) or 'none'}")
    if KNOWN_HITS:
        print(f"known bugs met (tolerated): {dict(KNOWN_HITS)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Writers: a finished `Document` -> text, WebVTT, SRT or JSON, behind one registry.

To add a format: (1) write ``writers/NAME.py`` with ``write(doc, **options) -> str``;
(2) add it to ``WRITERS`` and its extensions to ``EXTENSIONS``; (3) test what it writes.
A writer whose output can be long may also offer ``parts(doc, **options)`` (its output in
consecutive pieces): `write_to` then writes a file without holding the whole output.
"""

from __future__ import annotations

import importlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..collector import collector_paused
from ..model import Document
from . import json as json_writer
from . import text as text_writer

Writer = Callable[..., str]


def _on_first_use(module: str) -> Writer:
    """The ``write`` of ``writers.<module>``, imported when first called: the caption writers
    bring webvtt-py and the review page its template, which a process writing text never
    needs (a fresh process's start-up is part of the cold start)."""

    def write(doc: Document, **options: Any) -> str:
        writer: Writer = importlib.import_module(f"{__name__}.{module}").write
        return writer(doc, **options)

    write.__name__ = write.__qualname__ = f"{module}_write"
    return write


WRITERS: dict[str, Writer] = {
    "text": text_writer.write,
    "vtt": _on_first_use("webvtt"),
    "srt": _on_first_use("srt"),
    "json": json_writer.write,
    "review": _on_first_use("review"),
}
EXTENSIONS = {".txt": "text", ".text": "text", ".vtt": "vtt", ".webvtt": "vtt",
              ".srt": "srt", ".json": "json", ".html": "review", ".htm": "review"}


_MODULES = {"text": "text", "vtt": "webvtt", "srt": "srt", "json": "json", "review": "review"}
"""The module of each format's writer."""


def _parts(format: str) -> Callable[..., Iterator[str]] | None:
    """The ``parts`` of a format's writer module, None when it has none."""
    module = importlib.import_module(f"{__name__}.{_MODULES[format]}")
    return getattr(module, "parts", None)


def _writer(format: str) -> Writer:
    try:
        return WRITERS[format]
    except KeyError:
        raise ValueError(f"unknown output format {format!r}; known: {', '.join(WRITERS)}") \
            from None


def write(doc: Document, format: str, **options: Any) -> str:
    writer = _writer(format)
    with collector_paused():
        return writer(doc, **options)


def write_to(doc: Document, format: str, out: TextIO, **options: Any) -> None:
    """Write what `write` returns to ``out``, in parts where the format's writer gives them
    (the JSON record or WebVTT of a long transcript is then never held whole)."""
    writer = _writer(format)
    parted = _parts(format)
    with collector_paused():
        if parted is None:
            out.write(writer(doc, **options))
        else:
            for part in parted(doc, **options):
                out.write(part)


def write_file(doc: Document, format: str, path: str | os.PathLike[str],
               **options: Any) -> None:
    """`write_to` a file atomically (`atomic_file`): the parts as they are made."""
    atomic_file(path, lambda out: write_to(doc, format, out, **options))


TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"\.(.+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
"""`atomic_file`'s temporary file: ``.NAME.XXXXXXXX.tmp`` beside NAME (`tempfile.mkstemp`'s
eight characters between the prefix and the suffix)."""


def temp_target(name: str) -> str | None:
    """The file name a temporary file of `atomic_file` named ``name`` was to become
    (``.a.txt.k3x_9qpz.tmp`` -> ``a.txt``), or None when ``name`` is not one."""
    m = _TEMP_NAME.fullmatch(name)
    return m.group(1) if m else None


def _umask() -> int:
    """The process's file mode mask, read by setting it and setting it back (`os.umask` has
    no getter; read at each new file, as the caller may change it between writes)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _chmod_as_open(fd: int, target: Path) -> None:
    """Give the temporary file ``fd`` the mode the finished file should have: an existing
    file's own mode (a rerun keeps what its owner set), else what `open` would give a new
    file (0o666 less the umask); `tempfile.mkstemp` makes it 0o600, readable by its owner
    only, which an archive's group could not read (ux3). Not on systems without `os.fchmod`
    (Windows), whose files have no such modes."""
    if not hasattr(os, "fchmod"):
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.fchmod(fd, mode)


def atomic_file(path: str | os.PathLike[str], fill: Callable[[TextIO], object]) -> None:
    """Write a file through ``fill(out)`` atomically: into a temporary file beside ``path``,
    which replaces it once complete, so a failure leaves no half-written file and an earlier
    file at ``path`` as it was. UTF-8, no BOM, newlines as written. Errors name ``path``. The
    file gets the mode a plain `open` would give it (an existing file's own mode kept)."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                   suffix=TEMP_SUFFIX)
    except OSError as exc:  # (named by the file asked for, not the temporary one)
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        _chmod_as_open(fd, target)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            fill(out)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

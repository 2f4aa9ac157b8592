"""Readers: bytes or text in any supported shape -> `Document`, behind one format registry.

To add a format: (1) write ``readers/NAME.py`` with ``parse_NAME(source, *, path) -> Document``;
(2) register it in ``READERS`` with its extensions; (3) teach `detect_format` its signature;
(4) add a fixture named after what it tests under ``tests/data/``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import regex

from ..errors import InputError
from ..model import Diagnostic, Document
from .broadcast import parse_broadcast
from .captions import parse_captions
from .whisper import looks_like_whisper, parse_whisper

Reader = Callable[..., Document]

READERS: dict[str, Reader] = {
    "broadcast": parse_broadcast,
    "srt": lambda source, path=None: parse_captions(source, "srt", path=path),
    "vtt": lambda source, path=None: parse_captions(source, "vtt", path=path),
    "whisper": parse_whisper,
}
EXTENSIONS = {".txt": "broadcast", ".text": "broadcast", ".srt": "srt", ".vtt": "vtt",
              ".webvtt": "vtt", ".json": "whisper"}
FORMATS = tuple(READERS)

_SRT_START = regex.compile(r"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")


def register(name: str, reader: Reader, extensions: tuple[str, ...] = ()) -> None:
    """Add a reader (``reader(source, path=None) -> Document``) for a format name."""
    READERS[name] = reader
    for ext in extensions:
        EXTENSIONS[ext.lower()] = name


def detect_format(text: str, path: str | os.PathLike[str] | None = None) -> str:
    """The format of ``text``: from the file extension when known, else from its content."""
    if path is not None:
        fmt = EXTENSIONS.get(Path(path).suffix.lower())
        if fmt:
            return fmt
    head = text.lstrip("\ufeff")[:200]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head):
        return "srt"
    for name, sniff in _SNIFFERS:
        if sniff(head):
            return name
    return "broadcast"


_SNIFFERS: list[tuple[str, Callable[[str], bool]]] = [("whisper", looks_like_whisper)]


def decode(data: bytes, path: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Bytes -> text: UTF-8 (BOM allowed), else cp1252 with a warning; binary is an error."""
    if not data.strip():
        return "", []
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError("binary data, not text", path=path)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        return text, [Diagnostic("encoding", f"not valid UTF-8 (first bad byte on line {line}); "
                                 f"decoded as {encoding}", line)]


def parse(text: str, *, format: str | None = None, path: str | None = None) -> Document:
    """Parse text of a known or detected format into a `Document`."""
    fmt = format or detect_format(text, path)
    try:
        reader = READERS[fmt]
    except KeyError:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(READERS)}",
                         path=path) from None
    source = text[1:] if text.startswith("\ufeff") else text
    return reader(source, path=path)


def read(path: str | os.PathLike[str], *, format: str | None = None) -> Document:
    """Read and parse a file of any supported shape (``.txt``, ``.srt``, ``.vtt`` ...)."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=name) from None
    text, diagnostics = decode(data, name)
    doc = parse(text, format=format, path=name)
    if diagnostics:
        doc = doc.replace(diagnostics=tuple(diagnostics) + doc.diagnostics)
    return doc


__all__ = ["FORMATS", "READERS", "decode", "detect_format", "parse", "read", "register"]

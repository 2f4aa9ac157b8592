"""Readers: bytes or text in any supported shape -> `Document`, behind one format registry.

To add a format: (1) write ``readers/NAME.py`` with ``parse_NAME(source, *, path) -> Document``;
(2) register it in ``READERS`` with its extensions; (3) teach `detect_format` its signature;
(4) add a fixture named after what it tests under ``tests/data/``.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import regex

from ..collector import collector_paused
from ..errors import InputError
from ..model import Diagnostic, Document
from .broadcast import parse_broadcast
from .captionfile import page_text_lines
from .ssa import looks_like_ssa
from .whisper import looks_like_whisper, parse_whisper

Reader = Callable[..., Document]


def _captions(fmt: Literal["srt", "vtt"]) -> Reader:
    """The SRT or WebVTT reader, its module imported on its first file: its patterns take a
    while to compile at start-up, and a broadcast text never needs them. SRT cues in a file
    named as text (``.txt``) may have a page's heading over them (`_text_file`)."""
    def parse_file(source: str, path: str | None = None) -> Document:
        from .captions import parse_captions

        leading = 0
        if fmt == "srt" and _text_file(path):
            leading = max(0, page_text_lines(source))
        return parse_captions(source, fmt, path=path, leading=leading)
    return parse_file


def _text_file(path: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` is named as plain text (``.txt``), not as a caption file."""
    return path is not None and EXTENSIONS.get(Path(path).suffix.lower()) == "broadcast"


def _ssa(source: str, path: str | None = None) -> Document:
    """The SubStation Alpha reader (`ssa`), imported on its first file."""
    from .ssa import parse_ssa

    return parse_ssa(source, path=path)


READERS: dict[str, Reader] = {
    "broadcast": parse_broadcast,
    "srt": _captions("srt"),
    "vtt": _captions("vtt"),
    "whisper": parse_whisper,
    "ssa": _ssa,
}
EXTENSIONS = {".txt": "broadcast", ".text": "broadcast", ".srt": "srt", ".vtt": "vtt",
              ".webvtt": "vtt", ".json": "whisper", ".ssa": "ssa", ".ass": "ssa"}
FORMATS = tuple(READERS)

_SRT_START = regex.compile(r"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
_FLAT_SRT_START = regex.compile(
    r"^\s*1[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]"
    r"[^\n]*?[ \t]2[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
"""SRT whose line breaks were lost (copied from a web page): cue 1's number and timing, text,
then cue 2's on the same line (`captionfile.unflatten_cues` puts the breaks back)."""


def register(name: str, reader: Reader, extensions: tuple[str, ...] = ()) -> None:
    """Add a reader (``reader(source, path=None) -> Document``) for a format name."""
    READERS[name] = reader
    for ext in extensions:
        EXTENSIONS[ext.lower()] = name


def detect_format(text: str, path: str | os.PathLike[str] | None = None) -> str:
    """The format of ``text``: from the file extension when known, else from its content."""
    if path is not None:
        fmt = EXTENSIONS.get(Path(path).suffix.lower())
        if fmt == "broadcast":
            # a caption file saved as text ("captions.txt"): its cue numbers and timings are
            # no broadcast text's words; SRT cues under a subtitle site's heading too
            head = text.lstrip("\ufeff")[:200]
            if head.startswith("WEBVTT"):
                return "vtt"
            if _SRT_START.match(head) or page_text_lines(text[:4000]) > 0 \
                    or _FLAT_SRT_START.match(text[:1000]):
                return "srt"
        if fmt in ("srt", "vtt"):
            # a caption file saved under the other caption extension (a renamed download):
            # its content says which it is (`parse` warns that the name misleads players)
            head = text.lstrip("\ufeff")[:200]
            if head.startswith("WEBVTT"):
                return "vtt"
            if _SRT_START.match(head):
                return "srt"
        if fmt:
            return fmt
    head = text.lstrip("\ufeff")[:200]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head) or _FLAT_SRT_START.match(text[:1000]):
        return "srt"
    for name, sniff in _SNIFFERS:
        if sniff(head):
            return name
    return "broadcast"


_SNIFFERS: list[tuple[str, Callable[[str], bool]]] = [("whisper", looks_like_whisper),
                                                      ("ssa", looks_like_ssa)]


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Control characters that never occur in caption text (tab, line ends and form feed do).
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 11, 12, 13}))
_BINARY_SHARE = 0.05  # more control bytes than this in the sample: not text
_DOCUMENTS = ((b"%PDF-", "a PDF document"),
              (b"PK\x03\x04", "a zip archive (a .docx, .odt or .zip file)"),
              (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
              (b"{\\rtf", "an RTF document"))


def document_kind(data: bytes) -> str | None:
    """What a file of a word processor or viewer is ("a PDF document", ...), from its first
    bytes; None for anything else. Such a file is refused with its kind named, since text
    read out of it (a PDF's streams, RTF's control words) would be cleaned as words."""
    head = data[:8].lstrip()
    return next((kind for magic, kind in _DOCUMENTS if head.startswith(magic)), None)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not UTF-8 is read as cp1252 (latin-1 for the
    five bytes cp1252 leaves undefined), so mixed files keep their valid UTF-8."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(_CP1252.get(b) or chr(b) for b in bad), exc.end


_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(128, 256)
           if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


codecs.register_error("transcript_tools.cp1252", _cp1252_fallback)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs fill every other byte and the other bytes read as
    plain text (UTF-16 text without BOM: mostly ASCII letters, digits, spaces)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        encoding, low = "utf-16-le", even
    elif even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        encoding, low = "utf-16-be", odd
    else:
        return None
    plain = sum(1 for b in low if 32 <= b < 127 or b in (9, 10, 13))
    return encoding if plain >= 0.9 * len(low) else None


def decode(data: bytes, path: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Bytes -> text, never failing on text: a BOM (UTF-8/16/32) is honoured and removed;
    UTF-8 is the default; bytes that are not UTF-8 are read as cp1252 with a warning naming
    it; UTF-16 without BOM is recognised. Binary data raises `InputError`. Empty or
    whitespace-only data gives "" (the library's empty document; the CLI refuses it)."""
    if not data.strip():
        return "", []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding.upper()} data after its byte-order mark "
                                 f"(byte {exc.start})", path=path) from None
    kind = document_kind(data)
    if kind:
        raise InputError(f"{kind}, not text: save its text as a plain-text (.txt) file first",
                         path=path)
    sample = data[:65536]
    wide = _utf16_without_bom(sample)
    if wide:
        try:
            return data.decode(wide), [Diagnostic(
                "encoding", f"no byte-order mark; decoded as {wide.upper()}", 1)]
        except UnicodeDecodeError:
            pass
    control = len(sample) - len(sample.translate(None, _CONTROL))
    if b"\x00" in sample or control > _BINARY_SHARE * len(sample):
        raise InputError("binary data, not text (control bytes such as NUL in the first "
                         f"{len(sample)} bytes)", path=path)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="transcript_tools.cp1252")
    line = data.count(b"\n", 0, first) + 1
    return text, [Diagnostic(
        "encoding", f"not valid UTF-8 (first bad byte on line {line}); those bytes "
        "decoded as cp1252 (Windows-1252, which reads latin-1 text the same)", line)]


def parse(text: str, *, format: str | None = None, path: str | None = None) -> Document:
    """Parse text of a known or detected format into a `Document`."""
    fmt = format or detect_format(text, path)
    try:
        reader = READERS[fmt]
    except KeyError:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(READERS)}",
                         path=path) from None
    source = text[1:] if text.startswith("\ufeff") else text
    with collector_paused():  # a long text makes many small objects (see `collector_paused`)
        doc = reader(source, path=path)
    named = EXTENSIONS.get(Path(path).suffix.lower()) if path and format is None else None
    if named in ("srt", "vtt") and fmt != named:
        shown = {"srt": "SRT", "vtt": "WebVTT"}
        doc = doc.replace(diagnostics=(Diagnostic(
            "misnamed", f"the file holds {shown[fmt]} cues, not {shown[named]}: read as "
            f"{shown[fmt]} (a player goes by the name: rename it {Path(path or '').suffix[:1]}"
            f"{fmt})", 1),) + doc.diagnostics)
    return doc


def read_bytes(name: str) -> bytes:
    """A file's bytes, or `InputError` saying why not (no such file, a directory, the system's
    reason): what `read`, the CLI and ``check`` say of a file they cannot open."""
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=name) from None


def read(path: str | os.PathLike[str], *, format: str | None = None) -> Document:
    """Read and parse a file of any supported shape (``.txt``, ``.srt``, ``.vtt`` ...)."""
    name = os.fspath(path)
    text, diagnostics = decode(read_bytes(name), name)
    doc = parse(text, format=format, path=name)
    if diagnostics:
        doc = doc.replace(diagnostics=tuple(diagnostics) + doc.diagnostics)
    return doc


__all__ = ["FORMATS", "READERS", "decode", "detect_format", "parse", "read", "read_bytes",
           "register"]

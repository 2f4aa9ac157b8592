"""Check any WebVTT or SRT file against the caption layout rules, cue by cue, with lines.

Called by ``transcript-tools check`` and usable on its own. It reads the file with its own
lenient scanner (not our reader) so that it can judge files made by any tool.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

import regex

from .errors import InputError
from .options import Options
from .readers import decode, read_bytes

TOLERANCE = 0.0005
"""Seconds: times are written to the millisecond, so comparisons allow half of one."""

_TIMING = regex.compile(r"^\s*(?P<a>\S+)\s*-->\s*(?P<b>\S+)(?P<settings>.*)$")
_STAMP = regex.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})[.,](?P<ms>\d{1,3})$")
_TAG = regex.compile(r"<[^<>\n]*>")
_SSA = regex.compile(r"\{\\[^{}\n]*\}")
_BARE_AMP = regex.compile(r"&(?![a-zA-Z]{2,8};|#\d+;|#x[0-9a-fA-F]+;)")
_TIME_LIKE = regex.compile(r"\d{1,2}:\d{2}(?:[:.,]\d|\s*-)")
_VTT_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION")


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: ``line`` (1-based) in the file, ``cue`` its 1-based number."""

    line: int
    cue: int
    rule: str
    message: str

    def format(self, path: str) -> str:
        cue = f"cue {self.cue}: " if self.cue else ""
        return f"{path}:{self.line}: {cue}{self.message}"


@dataclass(frozen=True, slots=True)
class _Cue:
    number: int
    line: int
    start: float
    end: float
    texts: tuple[tuple[int, str], ...]  # (line number, visible text)


def _seconds(stamp: str) -> float | None:
    if len(stamp) == 12 and stamp[2] == ":" and stamp[5] == ":" and stamp[8] in ".,":
        digits = stamp[:2] + stamp[3:5] + stamp[6:8] + stamp[9:]
        if digits.isascii() and digits.isdigit():  # HH:MM:SS.mmm, read as the pattern reads it
            return (int(stamp[:2]) * 3600 + int(stamp[3:5]) * 60 + int(stamp[6:8])
                    + int(stamp[9:]) / 1000)
    m = _STAMP.match(stamp)
    if not m:
        return None
    ms = m["ms"].ljust(3, "0")
    return int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + int(m["s"]) + int(ms) / 1000


def _visible(text: str, vtt: bool) -> str:
    """What a viewer sees of a cue line: no tags, entities decoded (WebVTT only), no SSA
    override blocks (``{\\an8}``: SRT only, where players read them as positions)."""
    bare = _TAG.sub("", text) if "<" in text else text
    if not vtt:
        return _SSA.sub("", bare) if "{" in bare else bare
    # a browser lays cue text out as CSS "white-space: pre-line": runs of spaces are one,
    # and a line's leading and trailing spaces go (Whisper writes " Good evening.")
    bare = " ".join(bare.split()) if "  " in bare or bare[:1] == " " or bare[-1:] == " " \
        else bare
    return html.unescape(bare) if "&" in bare else bare


def _cue_text(line: str, vtt: bool) -> bool:
    """Whether a line goes on a block: WebVTT ends a cue at an empty line only (YouTube
    writes a line of spaces inside its cues); SRT readers stop at any blank line."""
    return line != "" if vtt else bool(line.strip())


def _scan(text: str, vtt: bool, out: list[Violation]) -> list[_Cue]:
    lines = text.lstrip("\ufeff").splitlines()
    cues: list[_Cue] = []
    n = 0
    while n < len(lines):
        m = _TIMING.match(lines[n]) if "-->" in lines[n] else None
        if m is not None and lines[n].count("-->") > 1 \
                or m is None and "-->" in lines[n] and _run_together(lines[n]):
            # a file whose line ends were lost (copied from a web page): a player shows
            # none of these cues (`clean` reads them, putting the line ends back; qa54)
            out.append(Violation(n + 1, 0, "timing", "cue timings run together on one line "
                                 "(the file's line breaks lost): a player shows none of "
                                 "these cues"))
            n += 1
            continue
        if m is None:
            n += 1
            continue
        number, lineno = len(cues) + 1, n + 1
        start, end = _seconds(m["a"]), _seconds(m["b"])
        n += 1
        texts: list[tuple[int, str]] = []
        while n < len(lines) and _cue_text(lines[n], vtt) and "-->" not in lines[n]:
            raw = lines[n]
            if not raw.strip():  # a line of spaces (WebVTT cue text): nothing to read
                n += 1
                continue
            if vtt:
                stray = _TAG.sub("", raw) if "<" in raw else raw
                if "<" in stray or ">" in stray or ("&" in raw and _BARE_AMP.search(raw)):
                    out.append(Violation(n + 1, number, "escape",
                                         "unescaped '&', '<' or '>' in WebVTT text"))
            texts.append((n + 1, _visible(raw, vtt)))
            n += 1
        if start is None or end is None:
            out.append(Violation(lineno, number, "timing", "malformed cue timing"))
            continue
        cues.append(_Cue(number, lineno, start, end, tuple(texts)))
    return cues


def _run_together(line: str) -> bool:
    from .readers.captionfile import RUN_TOGETHER_RE

    return RUN_TOGETHER_RE.search(line) is not None


def _orphans(lines: list[str], vtt: bool, out: list[Violation]) -> None:
    """Blocks (lines between blank lines) with no cue timing, which a player never shows: a
    timing line without its ``-->``, or text after a blank line inside a cue."""
    n = 0
    while n < len(lines):
        if not _cue_text(lines[n], vtt):
            n += 1
            continue
        first = n
        while n < len(lines) and _cue_text(lines[n], vtt):
            n += 1
        if not "".join(lines[first:n]).strip():
            continue
        block = lines[first:n]
        if any("-->" in line for line in block):
            continue
        if vtt and block[0].lstrip("\ufeff").startswith(_VTT_BLOCKS):
            continue
        broken = next((k for k, line in enumerate(block[:2]) if _TIME_LIKE.search(line)), None)
        if broken is not None:
            out.append(Violation(first + broken + 1, 0, "timing",
                                 "malformed cue timing (no '-->'): the cue is never shown"))
        else:
            out.append(Violation(first + 1, 0, "no-timing", "text outside any cue (after a "
                                 "blank line, with no timing): it is never shown"))


def check_captions(text: str, options: Options | None = None, *,
                   format: str = "vtt") -> list[Violation]:
    """Every broken layout rule in WebVTT (``format="vtt"``) or SRT (``"srt"``) text: line
    width and count, reading speed, minimum and maximum duration, gap, overlap and order."""
    o = options or Options()
    vtt = format == "vtt"
    out: list[Violation] = []
    cues = _scan(text, vtt, out)
    _orphans(text.lstrip("\ufeff").splitlines(), vtt, out)
    if vtt and not text.lstrip("\ufeff").startswith("WEBVTT"):
        out.append(Violation(1, 0, "header", "a WebVTT file must start with 'WEBVTT'"))
    previous: _Cue | None = None
    for cue in cues:
        _check_cue(cue, previous, o, out)
        previous = cue
    out.sort(key=lambda v: (v.line, v.cue))
    return out


def _check_cue(cue: _Cue, previous: _Cue | None, o: Options, out: list[Violation]) -> None:
    def report(rule: str, message: str, line: int = cue.line) -> None:
        out.append(Violation(line, cue.number, rule, message))

    duration = cue.end - cue.start
    if duration <= 0:
        report("order", "ends before it starts")
    if not cue.texts:
        report("empty", "has no text")
    if len(cue.texts) > o.max_lines:
        report("lines", f"has {len(cue.texts)} lines (max {o.max_lines})")
    for k, (lineno, line) in enumerate(cue.texts, 1):
        if len(line) > o.max_line_chars:
            report("width", f"line {k} has {len(line)} characters (max {o.max_line_chars})",
                   lineno)
    chars = sum([len(line) for _, line in cue.texts]) + max(0, len(cue.texts) - 1)
    if duration > 0:
        if duration < o.min_duration - TOLERANCE:
            report("min-duration", f"lasts {duration:.3f} s (min {o.min_duration:.3f} s)")
        if duration > o.max_duration + TOLERANCE:
            report("max-duration", f"lasts {duration:.3f} s (max {o.max_duration:.3f} s)")
        if chars / duration > o.max_cps * (1 + 1e-9) and \
                chars / (duration + TOLERANCE) > o.max_cps:
            report("reading-speed", f"reads at {chars / duration:.1f} characters/s "
                   f"(max {o.max_cps:g}): {chars} characters in {duration:.3f} s")
    if previous is not None:
        if cue.start < previous.start:
            report("order", f"starts before cue {previous.number}")
        elif cue.start < previous.end - TOLERANCE:
            report("overlap", f"overlaps cue {previous.number} by "
                   f"{previous.end - cue.start:.3f} s")
        elif cue.start - previous.end < o.min_gap - TOLERANCE:
            report("gap", f"follows cue {previous.number} after "
                   f"{cue.start - previous.end:.3f} s (min {o.min_gap:.3f} s)")


def check_file(path: str | os.PathLike[str], options: Options | None = None) -> list[Violation]:
    """`check_captions` on a file; the format comes from the extension, else the content."""
    name = os.fspath(path)
    return check_bytes(read_bytes(name), name, options)


def check_bytes(data: bytes, name: str, options: Options | None = None) -> list[Violation]:
    """`check_captions` on a file's bytes (``name`` for messages and its extension)."""
    text, _ = decode(data, name)
    suffix = Path(name).suffix.lower()
    if suffix in (".vtt", ".webvtt"):
        fmt = "vtt"
    elif suffix == ".srt":
        fmt = "srt"
    else:
        fmt = "vtt" if text.lstrip("\ufeff").startswith("WEBVTT") else "srt"
    if "-->" not in text:
        raise InputError("no caption cues found (expected WebVTT or SRT)", path=name)
    return check_captions(text, options, format=fmt)

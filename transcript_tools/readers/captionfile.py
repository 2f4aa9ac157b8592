"""Caption files checked before parsing: broken or reversed cue timings refused with their line,
webvtt-py's errors located, players' leniencies made plain for it. Called by `captions`."""

from __future__ import annotations

import regex

from ..errors import ParseError
from ..lazypattern import lazy_regex

TIMING_RE = lazy_regex(
    r"^\s*(?P<a>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<b>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")
"""A cue timing line: start ``a`` and end ``b`` (hours optional, "." or ",")."""


def seconds(stamp: str) -> float:
    """A cue time ("01:02:03.500", "02:03,5") in seconds."""
    parts = stamp.replace(",", ".").split(":")
    value = 0.0
    for part in parts:
        value = value * 60 + float(part)
    return value


def locate_error(source: str, fmt: str, path: str | None, exc: Exception,
                 fragment: bool = False) -> ParseError:
    """webvtt-py says only "invalid format": find the first line that is to blame."""
    lines = source.splitlines()
    if fmt == "vtt" and not fragment and (
            not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT")):
        return ParseError("WebVTT file must start with 'WEBVTT'", path=path, line=1,
                          snippet=lines[0][:40] if lines else "")
    if fmt == "srt":
        first = next((n for n, line in enumerate(lines) if line.strip()), 0)
        head = [line.strip() for line in lines[first:first + 2]]
        if len(head) < 2 or not head[0].isdigit() or "-->" not in head[1]:
            return ParseError("SRT file must start with a cue number line and a timing line",
                              path=path, line=first + 1, snippet=lines[first][:40] if lines
                              else "")
    for n, line in enumerate(lines, 1):
        if "-->" in line and not TIMING_RE.match(line):
            return _timing_error(line, n, path)
        m = TIMING_RE.match(line)
        if m and seconds(m["b"]) < seconds(m["a"]):
            return ParseError("cue ends before it starts", path=path, line=n,
                              snippet=line[:60])
    if "-->" not in source:
        return ParseError(f"no caption cues found in {fmt.upper()} input", path=path, line=1)
    return ParseError(f"malformed {fmt.upper()} input: {exc}", path=path)


# A line that tries to be a cue timing ("00:00:03,000 -> 00:00:04,000", "00:01 --> x").
# Also two full timestamps with the arrow lost ("00:00:03,000 00:00:04,000").
TIMING_LIKE_RE = lazy_regex(
    r"^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d*)?\s*(?:-+>|–>|—>)"
    r"|^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*$")


_PARTIAL_TIMING_RE = lazy_regex(r"^[ \t]*\d[\d:.,]*(?:[ \t]*-{1,2}>?[ \t]*[\d:.,]*)?[ \t]*$")
"""The start of a cue timing line, as a file cut off inside it ends: "00:00:5", "00:00:50,690
--> 00:0" (a whole timing is `TIMING_RE`'s)."""


def cut_off_tail(source: str, fmt: str) -> int | None:
    """Where a file cut off inside its last cue's number or timing line begins that cue (a
    download stopped part-way): the block after the last blank line is an SRT cue number
    alone, or a cue number (SRT) or identifier (WebVTT) over the start of a timing line that
    never ends, and nothing after it. None for every whole file (a complete timing line, a
    cue with text)."""
    body = source.rstrip()
    cut = max(body.rfind("\n\n"), body.rfind("\n\r\n"), body.rfind("\r\r"))
    start = cut + 1 if cut >= 0 else 0
    while start < len(body) and body[start] in "\r\n":
        start += 1
    block = [line.strip() for line in body[start:].splitlines()]
    if not block or not cut >= 0:
        return None
    if fmt == "srt" and len(block) == 1 and block[0].isdigit():
        return start
    timing = block[-1]
    if len(block) > 2 or TIMING_RE.match(timing) is not None \
            or _PARTIAL_TIMING_RE.match(timing) is None:
        return None
    if len(block) == 2 and not (block[0].isdigit() or fmt == "vtt"):
        return None
    if len(block) == 1 and ":" not in timing:  # digits alone: a cue number (above), or text
        return None
    return start


RUN_TOGETHER_RE = lazy_regex(
    r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
    r".+?(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->")
"""Two whole cue timings on one line with text between them: the file's line breaks lost."""


_FLAT_CUE_RE = lazy_regex(
    r"(?P<sp0>[ \t]|^)(?:(?P<num>\d{1,6})(?P<sp1>[ \t]))?"
    r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->[ \t]*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
    r"(?P<sp2>[ \t]|$)")
"""A cue's timing inside a line whose breaks were lost, with the whitespace before it (or the
line's start), an SRT cue number before it and the whitespace after it."""
_FLAT_TAIL_RE = lazy_regex(r"[ \t](?P<num>\d{1,6})[ \t]+\d[\d:.,]*(?:[ \t]*-{1,2}>?[ \t]*[\d:.,]*)?"
                           r"[ \t]*$")
"""A last cue cut off inside its number and timing at the end of such a line ("spheres. 27
00:04:52,428 --> 00:0")."""


def unflatten_cues(source: str, fmt: str) -> tuple[str, int | None] | None:
    """A caption file whose line breaks were lost (a subtitle file copied from a web page: "1
    00:00:00,085 --> 00:00:02,646 Equipped with ... 2 00:00:02,722 --> ..." on one line)
    with them put back: the whitespace character before each cue's timing (before its number
    where every timing on the line has one and they count up by one, as SRT numbers do, or
    where the file is SRT), and the one after it, become line ends. The text keeps its length
    and every word its offsets. None where no line holds two whole timings, or where a
    timing's neighbour is no whitespace character: read as before (a "run together" error).
    The second value: where a last cue cut off inside its number and timing begins (its
    number), None where there is none."""
    i = source.find("-->")
    j = source.find("\n", i)
    if i < 0 or source.find("-->", i + 3, j if j >= 0 else len(source)) < 0:
        return None  # (the first timing's line holds one: the usual file, found at C speed)
    chars: list[str] | None = None
    cut: int | None = None
    pos = 0
    for line in source.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if line.count("-->") < 2 or RUN_TOGETHER_RE.search(line) is None:
            continue
        found = list(_FLAT_CUE_RE.finditer(line))
        if len(found) < 2 or any(m["sp2"] == "" and m.end() < len(line.rstrip("\r\n"))
                                 for m in found):
            return None
        nums = [m["num"] for m in found]
        numbered = None not in nums and all(
            int(b) == int(a) + 1 for a, b in zip(nums, nums[1:], strict=False))
        if fmt == "srt" and not numbered:
            return None
        chars = chars if chars is not None else list(source)
        for m in found:
            if numbered:
                chars[start + m.start("sp1")] = "\n"
            if m["sp0"]:
                chars[start + m.start("sp0")] = "\n"
            elif line[:m.start()].strip("\ufeff"):  # a timing glued to the text before it
                return None
            if m["sp2"]:
                chars[start + m.start("sp2")] = "\n"
        tail = _FLAT_TAIL_RE.search(line.rstrip("\r\n"), found[-1].end())
        if tail is not None and numbered and int(tail["num"]) == int(nums[-1]) + 1:
            chars[start + tail.start()] = "\n"
            cut = start + tail.start("num")
    return None if chars is None else ("".join(chars), cut)


def _timing_error(line: str, n: int, path: str | None) -> ParseError:
    """A timing line that does not read, said plainly when it is many cues run together (a
    subtitle file copied from a web page, its line breaks lost)."""
    if RUN_TOGETHER_RE.search(line) is not None:
        return ParseError("cue timings run together on one line: the file's line breaks are "
                          "lost (a subtitle file copied from a web page?)", path=path, line=n,
                          snippet=line[:60])
    return ParseError("malformed cue timing", path=path, line=n, snippet=line[:60])


def check_timings(source: str, path: str | None) -> None:
    """webvtt-py skips a cue whose timing line is broken; we refuse it with its line."""
    for n, line in enumerate(source.splitlines(), 1):
        if ("-->" in line or TIMING_LIKE_RE.match(line)) and not TIMING_RE.match(line):
            raise _timing_error(line, n, path)
        m = TIMING_RE.match(line)
        if m and seconds(m["b"]) < seconds(m["a"]):
            raise ParseError("cue ends before it starts", path=path, line=n,
                             snippet=line[:60])


def split_lines(source: str) -> list[str]:
    """Lines with their ends, as `str.splitlines` cuts them, except that CR CR LF (a CRLF
    file saved again by a tool that turned each LF into CRLF) ends one line, not two."""
    lines = source.splitlines(keepends=True)
    if "\r\r\n" not in source:
        return lines
    out: list[str] = []
    for line in lines:
        if line == "\r\n" and out and out[-1].endswith("\r") and not out[-1].endswith("\n"):
            out[-1] += line
        else:
            out.append(line)
    return out


SRT_HEADER_RE = lazy_regex(r"^\s*[A-Za-z][\w-]*:[ \t]*[\w-]*\s*$")
"""A "Key: value" line as a WebVTT header has them ("Kind: captions", "Language: en")."""


def srt_header(lines: list[str], leading: int = 0) -> list[int]:
    """The "Key: value" lines before an SRT file's first cue number, as a converter from
    WebVTT leaves its header ("Kind: captions", "Language: en"): the file's header, not
    text (nothing before the first cue is shown). ``leading``: that many first lines are a
    page's text before the cues (`page_text_lines`), taken as header whatever they hold."""
    out = [k for k in range(min(leading, len(lines))) if lines[k].strip()]
    for k, line in enumerate(lines):
        if k < leading or not line.strip():
            continue
        if SRT_HEADER_RE.match(line) is None or TIMING_RE.match(line) is not None:
            break
        out.append(k)
    return out


SRT_CUE_START_RE = lazy_regex(
    r"^[ \t]*\d+[ \t]*\r?\n[ \t]*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->", regex.MULTILINE)
"""An SRT cue's number line with its timing line under it (multi-line: any line start)."""
PAGE_TEXT_LINES = 3
"""Lines of a page's text (a subtitle site's heading) a text file may hold before its SRT
cues: more, and the file is no subtitle file (`page_text_lines`)."""


def page_text_lines(source: str) -> int:
    """For a text file (not named .srt) whose cues are SRT's: the number of lines before its
    first cue, where a subtitle site's page put its heading ("These are the user uploaded
    subtitles ...") over them, with at least three cues following; 0 where it starts with
    its first cue, -1 where it is no SRT text."""
    first = SRT_CUE_START_RE.search(source)
    if first is None:
        return -1
    before = source[:first.start()]
    k = before.count("\n")
    if sum(1 for line in before.splitlines() if line.strip()) > PAGE_TEXT_LINES:
        return -1
    if len(SRT_CUE_START_RE.findall(source, first.start())) < 3:
        return -1
    return k


def flat_heading_lines(text: str) -> int:
    """For SRT text whose line breaks `unflatten_cues` put back: the number of lines before
    its first cue's number, where the page it was copied from put its heading (a subtitle
    site's title and language list, "These are the user uploaded subtitles ..."), with at
    least three cues following; 0 where there is none."""
    first = SRT_CUE_START_RE.search(text)
    if first is None or len(SRT_CUE_START_RE.findall(text, first.start())) < 3:
        return 0
    return text.count("\n", 0, first.start())


def for_webvtt(source: str, fmt: str, leading: int = 0) -> tuple[str, int]:
    """The text webvtt-py validates (our own walk reads the source itself), with what it
    refuses and players accept made plain: blank lines before the first cue, spaces after
    a cue number, SRT times without hours; WebVTT times written with SRT's comma (the line
    of the first returned, to warn: players drop those cues), an SRT file's header lines
    (`srt_header`)."""
    lines = [line.rstrip("\r\n") for line in split_lines(source)]
    commas = 0
    for k, line in enumerate(lines):
        m = TIMING_RE.match(line)
        if m is None:
            if fmt == "srt":
                lines[k] = line.rstrip()
            continue
        a, b = m["a"], m["b"]
        if fmt == "vtt" and ("," in a or "," in b):
            commas = commas or k + 1
            a, b = a.replace(",", "."), b.replace(",", ".")
        if fmt == "srt":
            a, b = (x if x.count(":") == 2 else "00:" + x for x in (a, b))
        lines[k] = f"{a} --> {b}{line[m.end():].rstrip()}"
    if fmt == "srt":
        for k in srt_header(lines, leading):
            lines[k] = ""
    while fmt == "srt" and lines and not lines[0]:
        del lines[0]
    return "\n".join(lines) + "\n", commas

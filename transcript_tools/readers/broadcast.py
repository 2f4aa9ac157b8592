"""Read archive broadcast transcripts (caption text with wall-clock lines) into a `Document`.

Called by `readers.parse` for plain text. Wall-clock lines become anchors, ``>>``/``>>>`` and
``NAME:`` labels become markers, page chrome and the programme header become metadata; each
of those removals is a ``markup`` edit, so nothing leaves the text unrecorded.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import regex

from ..model import Anchor, Diagnostic, Document, Edit, Marker, Token
from .tokens import PAREN_CUE_RE, tokenize

# "5:34 am", "5:34 AM", "5:34 a.m.", "17:34", "5:34:12 pm", "[05:34]" alone on a line.
CLOCK_RE = regex.compile(
    r"^\[?\s*(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*"
    r"(?P<ap>[ap]\.?\s?m\.?)?\s*\]?$", regex.IGNORECASE)
# A clock line the page cut short ("10:0", "6:01 p"): markup where it ends the text.
CUT_CLOCK_RE = regex.compile(r"^\d{1,2}:(?:\d{0,2}\s*[ap]?\.?|\d{2}\s*[ap]\.?m?\.?)$",
                             regex.IGNORECASE)
# A bracketed time opening a line of text: "[05:34] and now the news".
LEAD_CLOCK_RE = regex.compile(
    r"^\[(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?\]\s*",
    regex.IGNORECASE)

# Internet Archive TV News page header: "tv News Al Jazeera December 1, 2015 4:00pm-5:01pm EST";
# some page layouts lack the "tv" ("Late Night With Jimmy Fallon  NBC  November 17, 2009
# 3:05am-4:00am EST"): the date and the time range ending the line are header enough.
HEADER_RE = regex.compile(
    r"^(?:tv\s+)?(?P<title>.+?)\s+(?P<date>(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2},\s+\d{4})\s+"
    r"(?P<start>\d{1,2}:\d{2}\s*[ap]m)\s*-\s*(?P<end>\d{1,2}:\d{2}\s*[ap]m)"
    r"(?:\s+(?P<tz>[A-Z]{2,5}))?\s*$", regex.IGNORECASE)
# A header with the date alone ("Deutsche Welle  October 15, 2020", no time range): only a
# capitalised title set off from the date by two spaces, the date ending the line.
HEADER_DATE_RE = regex.compile(
    r"^(?:tv\s+)?(?P<title>\p{Lu}.{0,80}?)\s{2,}(?P<date>(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*$")

# Generic web-page furniture that archive pages put around captions (whole lines only, and
# only before the programme header or the first caption line).
CHROME_RE = regex.compile(
    r"^(?:skip to (?:main )?content|menu|search|sign in|log in|sign up|share|embed|"
    r"download|favorite|flag|more|close|back to top|toggle navigation|"
    r"internet archive(?:'s)?(?: [\w']+){0,4} logo)$", regex.IGNORECASE)

# >>> starts a story, >> a speaker; a label may follow ("> > reporter:" seen in some pages).
MARKER_RE = regex.compile(r">>>?|>\s>(?:\s>)?")
ROLE_WORDS = frozenset(
    "reporter announcer narrator anchor host interviewer interpreter translator moderator "
    "correspondent presenter voice speaker audience crowd man woman male female child "
    "caller guest panelist commentator".split())
LABEL_RE = regex.compile(
    r"(?P<label>(?:[\p{L}][\p{L}\p{M}.'\-]*)(?:\s+[\p{L}][\p{L}\p{M}.'\-]*){0,3})\s*:(?=\s|$)")
LEAD_SOUND_RE = regex.compile(
    r"(?:\s*(?:\[[^\[\]\n]{1,80}\]|♪+|" + PAREN_CUE_RE.pattern + r"))*\s*")
_LABEL_STOP = frozenset(
    "the a an is are was were and or but of to in on at for with this that it he she they "
    "we you i my our your his her their said says question answer note".split())

# Labels inside a line (C-SPAN, Senate floor: "... of the book. host: the name ...", "thank
# you. mr. smith: thank you", "the president pro tempore: the senate will come to order"):
# a candidate follows a sentence end or a sound cue, and has one of the shapes `_inline_label`
# accepts. Its words may not hold a sentence end of their own (the scan is overlapped).
INLINE_LABEL_RE = regex.compile(
    r"(?<=(?:[.?!][\"'”’)\]]*|\]|\))\s+)"
    r"(?P<label>[\p{L}][\p{L}\p{M}.'\-]*(?:\s+[\p{L}][\p{L}\p{M}.'\-]*){0,3})\s*:(?=\s|$)")
INLINE_ROLES = frozenset(
    "host co-host cohost guest caller reporter correspondent announcer narrator anchor "
    "moderator interviewer presenter panelist commentator interpreter translator chaplain "
    "clerk chair chairman chairwoman chairperson".split())
"""Role words that label a speaker inside a line, alone or after "the" ("the chaplain:")."""
_ROLE_MODIFIERS = frozenset("acting deputy vice presiding assistant legislative".split())
_OFFICES = frozenset("president speaker".split())
"""Offices that label a speaker inside a line only with "pro tempore" ("the speaker pro
tempore:") or a modifier ("the vice president:")."""
_OFFICERS = frozenset("officer".split())
TITLES = frozenset(
    "mr mrs ms miss dr sen rep gov prof senator congressman congresswoman representative "
    "governor chairman chairwoman ambassador".split())
"""Titles that, with one or two name words after them, label a speaker inside a line."""


def _inline_label(label: str, text: str) -> bool:
    """Whether a candidate inside a line (after a sentence end) is a speaker label: a role
    ("host", "the chaplain", "the president pro tempore", "the presiding officer"), a title
    and a name ("mr. smith", "sen. jane doe"), or, in mostly lowercase ``text`` (the line), two
    or three capitalised words ("Jane Doe")."""
    words = label.split()
    if any(w.endswith(".") and not _abbreviation(w) for w in words[:-1]) or \
            words[-1].endswith("."):
        return False  # a sentence ends inside it
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in _LABEL_STOP for w in lowered[1:]) or lowered[0] in _LABEL_STOP - {"the"}:
        return False
    core = lowered[1:] if lowered[0] == "the" else lowered
    if core[-2:] == ["pro", "tempore"]:
        return len(core) == 3 and core[0] in _OFFICES
    if len(core) == 1 and core[0] in INLINE_ROLES:
        return True
    if len(core) == 2 and core[0] in _ROLE_MODIFIERS and (
            core[1] in INLINE_ROLES or core[1] in _OFFICES or core[1] in _OFFICERS):
        return True
    if lowered[0] in TITLES and 2 <= len(words) <= 3:
        return all(w.isalpha() or _abbreviation(w) for w in lowered[1:]) and \
            all(len(w) > 1 for w in lowered[1:])
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("'", "")
                                    .isalpha() for w in words):
        lower = sum(1 for w in text.split() if w[:1].islower())
        return lower >= 0.8 * len(text.split())
    return False


def _abbreviation(word: str) -> bool:
    """A title abbreviation ("mr.", "Dr.") or an initial ("j.")."""
    bare = word.lower().rstrip(".")
    return bare in TITLES or len(bare) == 1 and bare.isalpha()


def clock_seconds(match: regex.Match[str]) -> tuple[float, bool] | None:
    """Seconds of the day for a clock match, and whether the reading is ambiguous (a 12-hour
    time without am/pm); None if it is not a valid time."""
    h, m = int(match["h"]), int(match["m"])
    s = int(match["s"] or 0)
    ap = (match["ap"] or "").lower().replace(".", "").replace(" ", "")
    if m > 59 or s > 59:
        return None
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "pm" else 0)
    elif h > 23:
        return None
    return float(h * 3600 + m * 60 + s), not ap and 1 <= h <= 12


def _is_label(label: str, after_marker: bool) -> bool:
    words = label.split()
    if not words or len(words) > 4:
        return False
    lowered = [w.lower() for w in words]
    if lowered[-1] in ROLE_WORDS or lowered[0] in ROLE_WORDS:
        return True
    if any(w in _LABEL_STOP for w in lowered):
        return False
    if label.isupper() and len(label) >= 2:
        return True
    return after_marker and len(words) <= 3


class _Clock:
    """Turns successive clock readings into one timeline: midnight wraps, 12-hour clocks."""

    MAX_STEP = 3 * 3600  # a later reading more than this ahead is reported as a jump

    def __init__(self, last: float | None = None) -> None:
        self.last = last

    def place(self, seconds: float, ambiguous: bool, line: int,
              diagnostics: list[Diagnostic]) -> float:
        """The reading on the timeline. ``ambiguous``: a 12-hour reading without am/pm."""
        if self.last is None:
            self.last = seconds
            return seconds
        day = self.last // 86400 * 86400
        candidates = [base + seconds + half for base in (day - 86400, day, day + 86400)
                      for half in ((0.0, 43200.0) if ambiguous else (0.0,))]
        best = min(c for c in candidates if c >= self.last)
        earlier = [c for c in candidates if c < self.last]
        if best - self.last > self.MAX_STEP and earlier and \
                self.last - max(earlier) <= self.MAX_STEP:
            back = self.last - max(earlier)
            diagnostics.append(Diagnostic(
                "clock-backwards", f"wall-clock time runs backwards by {back:.0f} s; "
                "the anchor is not used for timing", line))
            return max(earlier)
        if best - self.last > self.MAX_STEP:
            diagnostics.append(Diagnostic(
                "clock-jump", f"wall-clock time jumps {best - self.last:.0f} s ahead", line))
        elif best >= day + 86400:
            diagnostics.append(Diagnostic(
                "clock-wrap", "wall-clock time wraps past midnight; counted as the next day",
                line))
        self.last = best
        return best


def _header_metadata(match: regex.Match[str]) -> dict[str, Any]:
    title = " ".join(match["title"].split())
    words = title.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        channel = " ".join(words[:half])
    elif words[-1].isupper() or len(words) < 3:
        channel = words[-1]
    else:
        channel = " ".join(words[-2:])
    meta: dict[str, Any] = {"title": title, "channel": channel}
    try:
        day = _dt.datetime.strptime(match["date"], "%B %d, %Y").date()
        meta["date"] = day.isoformat()
    except ValueError:
        meta["date"] = match["date"]
    groups = match.groupdict()
    for key in ("start", "end"):
        if not groups.get(key):
            continue
        clock = CLOCK_RE.match(groups[key].replace("am", " am").replace("pm", " pm"))
        if clock:
            placed = clock_seconds(clock)
            if placed:
                sec = int(placed[0])
                meta[f"{key}_time"] = f"{sec // 3600:02d}:{sec % 3600 // 60:02d}"
                if key == "start":
                    meta["media_start"] = float(sec)
    if groups.get("tz"):
        meta["timezone"] = groups["tz"].upper()
    return meta


def parse_broadcast(source: str, *, path: str | None = None,
                    last_clock: float | None = None) -> Document:
    """Parse broadcast caption text (any mix of the shapes above, or plain text).

    ``last_clock``: the last clock reading (seconds on the timeline) of the text before this
    one, when a long text is read in chunks (`stream`); its clocks continue that timeline."""
    tokens: list[Token] = []
    anchors: list[Anchor] = []
    markers: list[Marker] = []
    edits: list[Edit] = []
    diagnostics: list[Diagnostic] = []
    metadata: dict[str, Any] = {"format": "broadcast"}
    if path:
        metadata["source"] = path
    clock = _Clock(last_clock)
    seen_content = False
    offset = 0
    for lineno, line in enumerate(source.splitlines(keepends=True), 1):
        start = offset
        offset += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        end = lead + len(stripped)

        def markup(s: int, e: int, rule: str) -> None:
            edits.append(Edit(s, e, source[s:e], "", "markup", rule, 1.0))

        m = CLOCK_RE.match(stripped)
        if m and (placed := clock_seconds(m)):
            seconds = clock.place(placed[0], placed[1], lineno, diagnostics)
            anchors.append(Anchor(len(tokens), seconds, lead, end, "clock"))
            markup(lead, end, "wall-clock")
            continue
        if CUT_CLOCK_RE.match(stripped) and not source[end:].strip():
            markup(lead, end, "wall-clock")  # no time to place: the page ends inside it
            continue
        if not seen_content:
            h = HEADER_RE.match(stripped) or HEADER_DATE_RE.match(stripped)
            if h:
                metadata.update(_header_metadata(h))
                markup(lead, end, "programme-header")
                continue
            if CHROME_RE.match(stripped):
                markup(lead, end, "page-chrome")
                continue
        seen_content = True
        pos = lead
        lc = LEAD_CLOCK_RE.match(stripped)
        if lc and (placed := clock_seconds(lc)):
            seconds = clock.place(placed[0], placed[1], lineno, diagnostics)
            anchors.append(Anchor(len(tokens), seconds, lead, lead + lc.end(), "clock"))
            markup(lead, lead + len(lc.group().rstrip()), "wall-clock")
            pos = lead + lc.end()
        _parse_content(source, pos, end, tokens, markers, edits)
    return Document(source=source, tokens=tuple(tokens), anchors=tuple(anchors),
                    markers=tuple(markers), metadata=metadata, edits=tuple(edits),
                    diagnostics=tuple(diagnostics))


def _parse_content(source: str, pos: int, end: int, tokens: list[Token],
                   markers: list[Marker], edits: list[Edit]) -> None:
    """Tokens and markers of one content line ``source[pos:end]``."""
    at_line_start = True
    line = source[pos:end]

    def label(m: regex.Match[str]) -> None:
        tokens.extend(tokenize(source[pos:m.start()], pos))
        markers.append(Marker(len(tokens), "label", m.start(), m.end(),
                              " ".join(m["label"].split())))
        edits.append(Edit(m.start(), m.end(), m.group(), "", "markup", "speaker-label", 1.0))

    while pos < end:
        m = MARKER_RE.search(source, pos, end)
        stop = m.start() if m else end
        # Each segment starts a line or follows a marker: the two places a label may stand.
        # Leniency: sound cues may open the line before the label ("[music] announcer:"),
        # as in captions whose cue was typed before the speaker was known.
        lead_m = LEAD_SOUND_RE.match(source, pos, stop)
        label_m = LABEL_RE.match(source, lead_m.end(), stop)
        cut = _sentence_end_in(label_m) if label_m else None
        if cut:
            # "... >> new jersey. anna: should have ...": the label is the words after it,
            # as one inside a line, or as one after a marker
            label_m = LABEL_RE.match(source, cut, stop)
        if label_m and _lead_label(label_m["label"], line, cut is not None or not at_line_start
                                   or not tokens or _ends_sentence(tokens[-1]),
                                   not at_line_start, cut is not None,
                                   ">>" in source or any(k.kind == "label" for k in markers)):
            label(label_m)
            pos = label_m.end()
        # inside the segment, after a sentence end: "... the book. host: the name ..."
        for inline in _inline_labels(source, pos, stop, line, markers):
            label(inline)
            pos = inline.end()
        tokens.extend(tokenize(source[pos:stop], pos))
        if m is None:
            break
        kind: Literal["story", "speaker"] = (
            "story" if m.group().count(">") == 3 else "speaker")
        markers.append(Marker(len(tokens), kind, m.start(), m.end()))
        edits.append(Edit(m.start(), m.end(), m.group(), "", "markup",
                          "story-marker" if kind == "story" else "speaker-marker", 1.0))
        pos = m.end()
        at_line_start = False


def _lead_label(label: str, line: str, turn_may_end: bool, after_marker: bool,
                inside: bool, marked: bool) -> bool:
    """Whether a label candidate opening a segment is one: `_is_label`, or, where a turn may
    end before it (after a marker, a sentence end or at the text's start), a shape
    `_inline_label` accepts, or (``marked``: the document marks speakers) a lowercase name
    (`_lowercase_name`); ``inside``: it follows a sentence end inside the segment's first
    words, where `_is_label` holds only after a marker, and only for a role word or capitals
    (">> yes. look: ..." is no label)."""
    return _is_label(label, after_marker and not inside) and (after_marker or not inside) or \
        turn_may_end and (_inline_label(label, line) or marked and _lowercase_name(label))


def _sentence_end_in(m: regex.Match[str]) -> int | None:
    """Where the words after the last sentence end inside a label candidate start ("new
    jersey. anna", "president. host"; not "mr. smith", "j. doe"), else None."""
    label: str = m["label"]
    cut = None
    for w in regex.finditer(r"\S+", label):
        if w.group().endswith(".") and not _abbreviation(w.group()) and w.end() < len(label):
            cut = w.end()
    if cut is None:
        return None
    start: int = m.start("label")
    return start + len(label) - len(label[cut:].lstrip())


def _ends_sentence(token: Token) -> bool:
    return token.kind == "sound" or token.text.rstrip("\"'”’)").endswith((".", "?", "!"))


_COLON_RE = regex.compile(r":(?=\s|$)")
_LABEL_REACH = 60
"""Characters before a colon that a label inside a line may take (four words)."""


def _inline_labels(source: str, pos: int, stop: int, line: str,
                   markers: list[Marker]) -> list[regex.Match[str]]:
    """The speaker labels inside ``source[pos:stop]`` (`INLINE_LABEL_RE`, `_inline_label`,
    and `_lowercase_name` where the document already marks speakers: ``>>`` in it or a label
    among ``markers``), looked for only before a colon."""
    found: list[regex.Match[str]] = []
    last = pos
    for colon in _COLON_RE.finditer(source, pos, stop):
        for m in INLINE_LABEL_RE.finditer(source, max(last, colon.start() - _LABEL_REACH),
                                          colon.end(), overlapped=True):
            if _inline_label(m["label"], line) or _lowercase_name(m["label"]) and (
                    ">>" in source or any(k.kind == "label" for k in markers)):
                found.append(m)
                last = m.end()
                break
    return found


_NAME_RE = regex.compile(r"^\p{Ll}{2,}\s+\p{Ll}[\p{Ll}'’\-]*\p{Ll}$")
_ONE_NAME_RE = regex.compile(r"^\p{Ll}{3,}$")


def _lowercase_name(label: str) -> bool:
    """Whether a candidate is a person's name in lowercase captions: two lowercase words
    ("martyn day"), the first one the English word lists hold in no lowercase form (a given
    name, not "bottom line", "good news", "the reason", "traffic update"), or one word the
    lists write capitalised or not at all ("maria", "tavis", "daines"; not "look", "boss",
    "translation", "update"); none of them a word that ends a label (`_LABEL_STOP`)
    nor part of a place, weekday, month or demonym (`propernouns`: not "los angeles",
    "monday night", "american airlines", "london")."""
    from ..propernouns import proper_nouns
    from ..wordcase import ordinary
    forms = proper_nouns().forms
    if _ONE_NAME_RE.match(label):
        from ..wordcase import proper
        return label not in _LABEL_STOP and label not in forms and (
            proper(label) or not ordinary(label))
    if not _NAME_RE.match(label):
        return False
    first, last = label.split()
    if first in _LABEL_STOP or last in _LABEL_STOP:
        return False
    return not ordinary(first) and not ({first, last, f"{first} {last}"} & forms.keys())

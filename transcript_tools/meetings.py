"""Whether an unmarked transcript is a meeting's: a council's, a board's, a commission's or a
court's proceedings captioned as one stream (qa51). The chair, the members, the clerk and the
public speak, but the transcript marks no voice, and the turn model, made for broadcasts'
hosts and guests, split them into "Speaker 1/2/3" paragraphs that misled (the chair's lines
under a member's number, a pastor's prayer under the chair's). On such a page the turns
stay as paragraphs and no number is guessed (`Turn.nameless`).

The evidence is the procedure every such meeting follows, by kind: being called to order, a
roll call, a quorum, public comment, the agenda, the minutes, motions and seconds, a vote of
all in favour, adjournment, a closed or executive session, the pledge or an invocation, an
agenda's numbered headings in brackets (`readers.tokens.agenda_heading`), a meeting of a
board or council named. `MEETING_KINDS` of these kinds make a meeting; a news page that
reports a meeting names one or two (the stored dev, interview and mono pages: none has more
than one)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Document
from .readers.tokens import agenda_heading, may_hold_cues

_KINDS = {
    "order": r"call(?:ed|ing)?[ \t\n]+(?:\w+[ \t\n]+){0,4}?(?:to|in)[ \t\n]+order"
             r"|call[ \t\n]+to[ \t\n]+order",
    "roll": r"roll[ \t\n]+call|call[ \t\n]+the[ \t\n]+roll",
    "quorum": r"quorum",
    "comment": r"public[ \t\n]+comments?",
    "agenda": r"(?:on[ \t\n]+(?:the|our|tonight's|today's)[ \t\n]+agenda|agenda[ \t\n]+items?"
              r"|consent[ \t\n]+agenda)",
    "minutes": r"approve[ \t\n]+(?:the[ \t\n]+)?minutes|the[ \t\n]+minutes[ \t\n]+of",
    "motion": r"make[ \t\n]+a[ \t\n]+motion|motion[ \t\n]+(?:to[ \t\n]+approve|carries|carried"
              r"|passes|made)|seconded[ \t\n]+by|second[ \t\n]+the[ \t\n]+motion"
              r"|(?:do[ \t\n]+i[ \t\n]+have|is[ \t\n]+there)[ \t\n]+a[ \t\n]+second",
    "favor": r"all[ \t\n]+(?:those[ \t\n]+)?in[ \t\n]+favou?r",
    "adjourn": r"adjourn(?:s|ed|ment)?",
    "session": r"(?:executive|closed|work)[ \t\n]+session",
    "pledge": r"pledge[ \t\n]+of[ \t\n]+allegiance|invocation",
    "meeting": r"(?:board|council|commission|committee|court|regular|special)[ \t\n]+meeting",
}
_KIND_RES = {k: re.compile(f"\\b(?:{p})\\b", re.IGNORECASE) for k, p in _KINDS.items()}
_WORDS = {"order": ("order",), "roll": ("roll",), "quorum": ("quorum",),
          "comment": ("comment", "comments"), "agenda": ("agenda",), "minutes": ("minutes",),
          "motion": ("motion", "seconded", "second"), "favor": ("favor", "favour"),
          "adjourn": ("adjourn", "adjourns", "adjourned", "adjournment"),
          "session": ("session",), "pledge": ("allegiance", "invocation"),
          "meeting": ("meeting",)}
"""The word in each match of a kind: the page is scanned for these words only, and a kind's
pattern tried around each (a long broadcast is scanned once, for a few words)."""
_BY_WORD: dict[str, list[str]] = {}
for _kind, _words in _WORDS.items():
    for _word in _words:
        _BY_WORD.setdefault(_word, []).append(_kind)
_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(_BY_WORD, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
_REACH = 60
"""Characters around a word that its kind's pattern is tried over."""

MEETING_KINDS = 3
"""Kinds of procedure (of `_KINDS`, an agenda heading one more) that make a meeting."""


def meeting(doc: Document) -> bool:
    """Whether ``doc`` reads as a meeting's transcript: `MEETING_KINDS` kinds of procedure
    in it (the scan stops once they are found)."""
    kinds: set[str] = set()
    if may_hold_cues(doc.source, doc.metadata.get("format")) and any(
            t.kind == "sound" and agenda_heading(t.text) for t in doc.tokens):
        # (no sound token can stand where the gate says so: no walk over every token)
        kinds.add("heading")
    source = doc.source
    for start, end, word in _found_words(source):
        for kind in _BY_WORD[word]:
            if kind not in kinds and _KIND_RES[kind].search(
                    source, max(0, start - _REACH), end + _REACH) is not None:
                kinds.add(kind)
                if len(kinds) >= MEETING_KINDS:
                    return True
    return False


def _found_words(source: str) -> Iterator[tuple[int, int, str]]:
    """Where the words of `_BY_WORD` stand in ``source`` as whole words, any case: found by
    `str.find` in the lowercased page, word by word (C speed; the case-blind pattern of all of
    them tried every position: 1.2 ms on a 3,000-word page), by `_WORD_RE` where lowercasing
    changes the page's length (a few letters, "İ", lower to two characters)."""
    low = source.lower()
    if len(low) != len(source):
        for m in _WORD_RE.finditer(source):
            yield m.start(), m.end(), m.group().lower()
        return
    n = len(low)
    for word in _BY_WORD:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _word_char(low[at - 1])) and (end == n or not _word_char(low[end])):
                yield at, end, word
            at = low.find(word, end)


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a character of a word, as the patterns' ``\\b`` reads one."""
    return ch.isalnum() or ch == "_"

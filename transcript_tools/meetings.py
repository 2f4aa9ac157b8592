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
_BY_WORD = {word: kind for kind, words in _WORDS.items() for word in words}
"""Each word's kind (one a word)."""
_LAST = ("motion", "favor", "pledge")
"""Kinds of two stems, looked for last: on a page that says no procedure the scan stops
before them (`meeting`: the kinds left cannot make a meeting)."""
_STEMS = {kind: tuple(w for w in _WORDS[kind]
                      if not any(v != w and w.startswith(v) for v in _WORDS[kind]))
          for kind in sorted(_WORDS, key=_LAST.__contains__)}
"""Per kind, in the order `meeting` looks, its words that no other of its words begins
("comment" finds "comments", "adjourn" "adjournment")."""
_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(_BY_WORD, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
_REACH = 60
"""Characters around a word that its kind's pattern is tried over."""

MEETING_KINDS = 3
"""Kinds of procedure (of `_KINDS`, an agenda heading one more) that make a meeting."""


def meeting(doc: Document) -> bool:
    """Whether ``doc`` reads as a meeting's transcript: `MEETING_KINDS` kinds of procedure
    in it (the scan stops once they are found, or once too few kinds are left to look for)."""
    kinds: set[str] = set()
    if may_hold_cues(doc.source, doc.metadata.get("format")) and any(
            t.kind == "sound" and agenda_heading(t.text) for t in doc.tokens):
        # (no sound token can stand where the gate says so: no walk over every token)
        kinds.add("heading")
    source = doc.source
    low = source.lower()
    if len(low) != len(source):
        # a few letters ("İ") lower to two characters: the case-blind pattern of all the
        # words over the page itself
        for m in _WORD_RE.finditer(source):
            kind = _BY_WORD[m.group().lower()]
            if kind not in kinds and _KIND_RES[kind].search(
                    source, max(0, m.start() - _REACH), m.end() + _REACH) is not None:
                kinds.add(kind)
                if len(kinds) >= MEETING_KINDS:
                    return True
        return False
    left = len(_STEMS)  # kinds not yet looked for
    for kind, stems in _STEMS.items():
        left -= 1
        if _said(kind, stems, low, source):
            kinds.add(kind)
            if len(kinds) >= MEETING_KINDS:
                return True
        elif len(kinds) + left < MEETING_KINDS:
            return False  # (the kinds still to look for cannot make a meeting)
    return False


def _said(kind: str, stems: tuple[str, ...], low: str, source: str) -> bool:
    """Whether the page says a procedure of ``kind``: one of its words (`_WORDS`) as a
    whole word, its pattern matching around it. The words are found by `str.find` of their
    stems in the lowercased page (C speed; the case-blind pattern of all of them tried every
    position: 1.2 ms on a 3,000-word page): each place a stem opens a word, the word runs to
    the next character that is no word's."""
    words, n = _WORDS[kind], len(low)
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            end = at + len(stem)
            if at == 0 or not _word_char(low[at - 1]):
                while end < n and _word_char(low[end]):
                    end += 1
                if low[at:end] in words and _KIND_RES[kind].search(
                        source, max(0, at - _REACH), end + _REACH) is not None:
                    return True
            at = low.find(stem, end)
    return False


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a character of a word, as the patterns' ``\\b`` reads one."""
    return ch.isalnum() or ch == "_"

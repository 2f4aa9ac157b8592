"""Dashes a subtitler's font or keyboard made: a run of em dashes standing alone ("despair.
—— the air and the spare": live subtitles mark a correction so) and an em dash inside a word
("six hour—long", "drug—taking": the hyphen of lowercase caption text); a lone dash left
opening a sentence or around a removed sound cue (`lone_dashes`).

Called by `artifacts.ArtifactRemover` after its own removals; each is a logged edit.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .breakwords import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
)
from .lazypattern import lazy_regex
from .model import Document, Editor, Piece, Token
from .scans import piece_at, pieces_within, positions

_CORRECTION = lazy_regex(r"(?<![^\s])—{2,}(?![^\s])")
_IN_WORD = lazy_regex(r"(?<=\p{Ll})—(?=\p{Ll})")
_HYPHEN = lazy_regex(r"(?<=\p{L})-(?=\p{L})")
_WORD_START = lazy_regex(r"(?<![\p{L}\p{N}'’])\p{L}")


def _writers_dashes(source: str) -> bool:
    """Whether the page is a writer's cased text that types its hyphens as hyphens
    ("fuel-cell") elsewhere: its em dashes between two words are then the writer's closed
    dashes ("took two—count them, two—brothers"; qa47), not a font's hyphens. Caption
    feeds that set hyphens as em dashes type no ASCII hyphen inside a word, and lowercase
    caption text has hardly a capital (under one word in twenty)."""
    if not _HYPHEN.search(source):
        return False
    starts = _WORD_START.findall(source)
    return len(starts) >= 20 and sum(c.isupper() for c in starts) * 20 >= len(starts)


_CLAUSE_OPENERS = SUBJECT_PRONOUNS | frozenset(("and", "but", "or", "nor", "yet"))
"""Words after an em dash between two words that open a clause, no compound's part: the dash
is the writer's, set closed ("understanding—we spoke", "well—but with"; qa41). A compound's
second part is none of them ("drug—taking", "so—called", "would—be")."""


def mend_dashes(doc: Document) -> Document:
    """``doc`` with correction marks removed and in-word em dashes made hyphens (as is when
    it has neither); an em dash before a word that opens a clause (`_CLAUSE_OPENERS`), or on
    a writer's page that types its hyphens (`_writers_dashes`), is left."""
    source = doc.source
    if "—" not in source:
        return doc
    pieces = doc.pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    editor = doc.editor()
    found = False
    for m in _CORRECTION.finditer(source):
        got = pieces_within(pieces, starts, m.start(), m.end())
        if got and got[0].start == m.start() and got[-1].end == m.end() and all(
                p.text and p.stop - p.first == 1 and tokens[p.first].kind == "punct"
                for p in got):
            editor.replace(got, "", "artifact", "correction-mark", 0.9,
                           note="live subtitles mark a correction of the words before")
            found = True
    chains: list[list[int]] = []  # each: the pieces of one hyphened word ("two—year—old")
    for m in () if _writers_dashes(source) else _IN_WORD.finditer(source):
        k = piece_at(starts, m.start())
        if not (k is not None and 0 < k < len(pieces) - 1 and pieces[k].text == "—"
                and pieces[k].stop - pieces[k].first == 1):
            continue
        before, after = pieces[k - 1], pieces[k + 1]
        if not (before.end == m.start() and after.start == m.end() and before.text
                and after.text and tokens[before.first].kind == "word"
                and tokens[after.first].kind == "word"):
            chains.append([k])  # the dash alone
        elif chains and chains[-1][-1] == k - 1:
            chains[-1] += [k, k + 1]
        else:
            chains.append([k - 1, k, k + 1])
    for chain in chains:
        got = pieces[chain[0]:chain[-1] + 1]
        if len(got) == 3 and got[2].text.lower() in _CLAUSE_OPENERS:
            continue  # "understanding—we spoke", "well—but": a writer's closed em dash
        editor.replace(got, "".join("-" if p.text == "—" else p.text for p in got),
                       "punctuation", "dash-in-word", 0.9,
                       note="an em dash between two letters: a hyphen")
        found = True
    return editor.finish() if found else doc


_SPLIT = lazy_regex(r"(?<=\p{Ll})-(?=[ \t\n])")
"""A hyphen glued to a lowercase letter, spaces or a line's end after it: the quick look;
`split_hyphens` reads the gap to the next word."""


def _line_gap(doc: Document, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is spaces with at most one line's end, or runs of them
    around wall-clock lines ("-\\n5:34 am\\nknown"): no blank line, no other text."""
    gap = doc.source[start:end]
    if not gap.strip():
        return gap.count("\n") <= 1
    clocks = [a for a in doc.anchors if a.kind == "clock" and start <= a.start < end]
    rest = gap
    for a in reversed(clocks):
        rest = rest[:a.start - start] + rest[a.end - start:]
    return not rest.strip() and rest.count("\n") <= 1 + len(clocks)


_SPACED_DASH = regex.compile(r"(?<=\p{Ll})- (?=\p{Ll})")
"""A hyphen a space before the next word, both sides lowercase: the shape `_dash_style`
counts."""
_CLOSED = (AUXILIARIES | CONJUNCTIONS | DETERMINERS | MODALS | PREPOSITIONS | PRONOUNS
           | SUBJECT_PRONOUNS)
"""Words a restart breaks off after ("was- is", "the- this"): no compound's part, but for
the one English makes compounds with as a suffix ("flu-like")."""
_SUFFIX_WORDS = frozenset({"like"})


_STYLE_LEAST = 4
_STYLE_WORDS = 100
"""A text writing "word- word" at least `_STYLE_LEAST` times and once per `_STYLE_WORDS`
words or more writes it as its dash ("tiger ball- quarterback smith hands it off", "same
drive- smith hands it off": qa20, a local station's game recap). A caption line splits a
compound at its hyphen rarely: at most twice in any dev page or interview."""


def _dash_style(source: str, found: int) -> bool:
    return found >= _STYLE_LEAST and found * _STYLE_WORDS >= len(source.split())


def split_hyphens(doc: Document) -> Document:
    """``doc`` with each compound a caption line split at its hyphen made whole again ("a
    quick- moving ballgame" -> "quick-moving", "e- mails", "high- fiving"): a hyphen glued
    to a lowercase word, a lowercase word after it past spaces, a line's end or a wall-clock
    line (`_line_gap`). A restart stays: the second word repeating the first's letters ("i-
    i think", "mor- more"), or a word of a closed class on either side ("was- is", "the-
    this"). None is joined in a text that writes "word- word" as its dash (`_dash_style`)."""
    source = doc.source
    if "-" not in source or "- " not in source and "-\n" not in source:
        return doc
    found = list(_SPLIT.finditer(source))
    if _dash_style(source, len(_SPACED_DASH.findall(source)) if len(found) >= _STYLE_LEAST
                   else 0):
        return doc
    pieces = doc.pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    editor: Editor | None = None
    for m in found:
        k = piece_at(starts, m.start())
        if k is None or not 0 < k < len(pieces) - 1:
            continue
        before, dash, after = pieces[k - 1], pieces[k], pieces[k + 1]
        if dash.text != "-" or dash.stop - dash.first != 1 or before.end != m.start() \
                or not _line_gap(doc, dash.end, after.start) \
                or tokens[before.first].kind != "word" \
                or tokens[after.first].kind != "word":
            continue
        first, second = before.text, after.text
        if not (first.isalpha() and second.isalpha() and first.islower()
                and second.islower()) or second.startswith(first) \
                or first.startswith(second) or first in _CLOSED \
                or second in _CLOSED and second not in _SUFFIX_WORDS:
            continue
        editor = editor or doc.editor()
        editor.replace([before, dash, after], f"{first}-{second}", "punctuation",
                       "split-hyphen", 0.9,
                       note="a compound split at a caption line's hyphen")
    return doc if editor is None else editor.finish()


_LONE_DASH = regex.compile(r"(?<=\s|^)[-—–](?=[\s\x1c-\x1f])")
"""A dash a space after: a space, or one of the separators U+001C..U+001F, which
`str.split` takes for spaces too and line noise removes ("-" and U+001F before "the" read
"- The…", cleaned again "The…": make fuzz, ux11)."""
_DASHES = frozenset({"-", "—", "–"})
"""Single dashes: a double one after a stop is live subtitles' correction mark ("the ftp
party. -- FDP party"), kept."""


_CLOSERS = "\"'\u201d\u2019)]"
"""Closing quotes and brackets after a sentence's stop (`lone_dashes`)."""


def _dash(p: Piece, tokens: Sequence[Token]) -> bool:
    """Whether piece ``p`` is a dash of one token, a mark (`_DASHES`)."""
    return p.text in _DASHES and p.stop - p.first == 1 and tokens[p.first].kind == "punct"


def dashes_around(source: str, pieces: list[Piece], tokens: Sequence[Token], cut: list[int]
                  ) -> list[int]:
    """The tokens of each pair of lone dashes around a run of the pieces ``cut`` (indices in
    ``pieces``, in order) that the artifacts stage removes: the pair `lone_dashes` takes
    later ("he said - [applause] - thanks"), which leaves no trace between the words either
    side ("the - [applause] - the" read "The the…", a stutter on its second cleaning: make
    fuzz, ux17)."""
    found: list[int] = []
    k = 0
    while k < len(cut):
        end = k
        while end + 1 < len(cut) and cut[end + 1] == cut[end] + 1:
            end += 1
        first, last = cut[k] - 1, cut[end] + 1
        if first >= 0 and last < len(pieces) \
                and _dash(pieces[first], tokens) and _dash(pieces[last], tokens) \
                and _LONE_DASH.match(source, pieces[first].start):  # (as `lone_dashes` finds it)
            found += (pieces[first].first, pieces[last].first)
        k = end + 1
    return found


def lone_dashes(doc: Document) -> Document:
    """A dash standing alone that no longer joins two parts of a sentence: right after a
    sentence's end ("today! - [announcer] the more": it opened the caption line; after a
    closing quote too, "... the first part.” – Sounds better"; after a comma before a mark and
    no word, ", - <"), opening the text before a
    word (a dialogue's first line), or paired with one around what was removed ("he said -
    [applause] - thanks"). A backtick the artifacts stage read as a dash is one here too.
    It goes, as a logged edit; ``doc`` as is without one."""
    source = doc.source
    found = sorted(at for dash in _DASHES for at in positions(source, dash)
                   if _LONE_DASH.match(source, at))
    if "`" in source:  # a backtick `backtick_dashes` made a dash is one ("home. ` the")
        found = sorted(found + list(positions(source, "`")))
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    tokens = doc.tokens
    gone: list[Piece] = []
    dropped: set[int] = set()  # the indices in ``pieces`` of the dashes after a stop
    for at in found:
        k = piece_at(starts, at)
        if k is None:
            continue
        p = pieces[k]
        if not _dash(p, tokens) or gone and gone[-1] is p:
            continue
        if k == 0:  # the text opens on it ("– Pay attention to this clause."), a word after
            second = pieces[1] if len(pieces) > 1 else None
            if second is not None and tokens[second.first].kind == "word":
                gone.append(p)
                dropped.add(k)
            elif second is not None and second.text in _DASHES \
                    and second.stop - second.first == 1 and source[p.end:second.start].strip():
                gone.extend((p, second))  # a pair around removed text ("- [applause] - we")
            continue
        prev = pieces[k - 1]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        back = k - 1
        while back > 0 and back in dropped:  # a dash this pass removes stands for nothing
            back -= 1  # ("a.m. - - the": the second dash follows the stop too)
            prev = pieces[back]
        end = prev.text.rstrip(_CLOSERS)
        if not end and back > 0:  # a closing quote of its own: the stop before it, past a
            before = back - 1  # dash this pass removes ('u.s. - " - the': make fuzz, ux13)
            while before in dropped:
                before -= 1
            end = pieces[before].text.rstrip(_CLOSERS) if before >= 0 else ""
        if end[-1:] in (".", "!", "?") or end[-1:] == "," and nxt is not None \
                and tokens[nxt.first].kind == "punct" and nxt.text not in _DASHES:
            # (after a comma, before a mark and no word: the sentence stage may end the
            # sentence in the comma's place, where a second clean drops it: make fuzz)
            gone.append(p)
            dropped.add(k)
        elif nxt is not None and nxt.text in _DASHES and nxt.stop - nxt.first == 1 \
                and source[p.end:nxt.start].strip():  # only removed text between them
            gone.extend((p, nxt))
    if not gone:
        return doc
    editor = doc.editor()
    for p in dict.fromkeys(gone):
        editor.replace([p], "", "artifact", "lone-dash", 0.9,
                       note="a dash that no longer joins two parts of a sentence")
    return editor.finish()

"""Split a run of caption text into tokens that keep their source spans.

Used by every reader on the text left once anchors, markers and tags are taken out.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Token, TokenKind

_WORD = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*"
TOKEN_RE = regex.compile(
    rf"""
    (?P<sound>\[(?=[^\[\]\n]{{0,79}}[^\[\]\s])[^\[\]\n]{{1,80}}\]|♪+)  # [applause], ♪; not "[ ]"
  | (?P<abbr>(?:\p{{L}}\.){{2,}})                               # u.s.  u.n.
  | (?P<num>[$£€]?\p{{N}}+(?:[.,:/]\p{{N}}+)*(?:%|st|nd|rd|th|s|am|pm)?(?!\p{{L}}))
  | (?P<word>{_WORD}(?:['’\-]{_WORD})*)                         # o'connor, co-chair, isn't
  | (?P<punct>\.{{2,}}|-{{2,}}|\S)
    """,
    regex.VERBOSE,
)

# A parenthesised sound description: lowercase or uppercase words only, e.g. "(laughter)",
# "(CROWD CHEERING)"; "(CSTO)" is an acronym in running text and stays a word.
# The words touch the parentheses: "( the )", spaced apart, is punctuation around a word.
# (A cue broken over two caption lines is not recognised: lines are tokenized one by one.)
PAREN_CUE_RE = regex.compile(
    r"\((?:\p{Ll}[\p{Ll} ]{1,58}\p{Ll}|\p{Lu}{2,}(?: \p{Lu}{2,}){1,5})\)")


def tokenize(text: str, offset: int = 0) -> Iterator[Token]:
    """Tokens of ``text``; spans are shifted by ``offset`` into the whole source."""
    pos = 0
    for cue in PAREN_CUE_RE.finditer(text):
        yield from _plain(text, pos, cue.start(), offset)
        yield Token(offset + cue.start(), offset + cue.end(), cue.group(), "sound")
        pos = cue.end()
    yield from _plain(text, pos, len(text), offset)


def _plain(text: str, pos: int, endpos: int, offset: int) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(text, pos, endpos):
        group = m.lastgroup
        kind: TokenKind = (
            "sound" if group == "sound" else "punct" if group == "punct" else "word")
        yield Token(offset + m.start(), offset + m.end(), m.group(), kind)

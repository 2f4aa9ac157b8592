"""Split a run of caption text into tokens that keep their source spans.

Used by every reader on the text left once anchors, markers and tags are taken out.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import attrgetter, sub
from typing import TypeAlias

import regex

from ..lazypattern import lazy_regex
from ..model import Token, TokenKind, _token_spans, new_token
from ..webaddress import TAG_PATTERN, WEB_PATTERN, accepted

_WORD = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*"
# Addresses come first (an address is ASCII in both patterns; see `webaddress`): a candidate
# whose top-level domain is unknown is tokenized again without them (`_plain`, `_kind`).
# The guard before each is a quick look at the next few characters: most words fail it at
# once, so the address alternatives cost the common word little.
_WEB = r"(?=[A-Za-z0-9:/._+\-]{1,40}?[.@][A-Za-z])" + WEB_PATTERN
_TAG = TAG_PATTERN
TOKEN_RE = lazy_regex(  # (compiled at its first non-ASCII text: `lazypattern`)
    rf"""
    (?P<sound>\[(?=[^\[\]\n]{{0,79}}[^\[\]\s])[^\[\]\n]{{1,80}}\]  # [applause]; not "[ ]"
      | \[[ \t]?\p{{L}}+(?:[ \t]\p{{L}}+){{0,4}}(?=[ \t]*[♪♫])  # "[ cheers ♪": unclosed
      | [♪♫]+                                                # "♪", "♫♫": music notes
      | (?<!\S)\*+(?:[ \t]+\*+)+(?!\S))                           # "* *": music notes (qa39)
  | (?P<web>{_WEB})                                            # cnn.com, tips@abc.org
  | (?P<tag>{_TAG})                                            # @handle, #hashtag
  | (?P<abbr>(?:\p{{L}}\.){{2,}})                               # u.s.  u.n.
  | (?P<num>[$£€]?\p{{N}}+(?:[.,:/]\p{{N}}+)*(?:%|(?i:st|nd|rd|th|s|am|pm))?(?![\p{{L}}\p{{N}}]))
  | (?P<word>{_WORD}(?:['’\-_]{_WORD})*)                       # o'brien, co-chair, isn't, c_span
  | (?P<punct>\.{{2,}}|-{{2,}}|\S)
    """,
    regex.VERBOSE,
)

# A parenthesised sound description: lowercase or uppercase words only, e.g. "(laughter)",
# "(CROWD CHEERING)", or a commercial's voice label, "(woman)", numbered "(banker 1)";
# "(CSTO)" is an acronym in running text and stays a word. Some captioners (CBS) set a space
# inside the parentheses: "( cheers and applause )", "( band playing "late show" theme )";
# spaced so, a description is two words or more, or one of five letters or more
# ("( laughter )"): "( the )" is punctuation around a word. The closing space may be missing
# ("( cheers and applause)", "( applause)": a CBS late-night page of 2016, qa61).
# (A cue broken over two caption lines is not recognised: lines are tokenized one by one.)
PAREN_CUE_RE = lazy_regex(
    r"\((?:\p{Ll}[\p{Ll} ]{1,58}\p{Ll}(?: \p{Nd}{1,2})?|\p{Lu}{2,}(?: \p{Lu}{2,}){1,5}"
    r"| (?:[\p{Ll}\"']*\p{Ll}[\p{Ll}\"']*(?: [\p{Ll}\"']*\p{Ll}[\p{Ll}\"']*){1,9}|\p{Ll}{5,20}) ?"
    r"| \p{Lu}{2,}(?: \p{Lu}{2,}){0,5} | ?[♪♫]+(?: [♪♫]+)* ?)\)")
"""(Music notes alone in parentheses, "( ♪♪ )", "(♪)", are a sound cue too (qa34): without
it the notes went and the parentheses stayed, "( )".)"""


AGENDA_RE = re.compile(
    r"\[[ \t]*(?:[Ii]tem[ \t]+)?\d{1,3}(?:[.\-]?[A-Za-z](?![A-Za-z])|[.\-]\d{1,3})*[.)][ \t]*"
    r"[A-Za-z][^\[\]\n]*\]")
"""An agenda heading in brackets, as a meeting-video host sets each item of a council's or a
board's agenda into its transcript where the meeting reaches it ("[1. CALL TO ORDER]", "[5.
Closed Session under ...]", qa48): an item's number, a stop or a closing parenthesis, then its
title ("[1.CALL TO ORDER ]", "[2.A.Consider ...]" typed without the space). The tokenizer
reads one of up to 80 characters as a sound token (a sound cue's brackets); the artifact
stage keeps it: no speech, but the reader's guide to the meeting, not a sound to drop. A
sound description never opens on an item's number. (A longer heading is read as words, as
before: one token of it would not fit a caption's two lines.)"""


CUE_FORMATS = frozenset({"srt", "vtt", "ssa"})
"""Formats whose reader makes sound tokens of more than the source's brackets and notes: a
caption reader reads a line "CHEERING" as one."""


def may_hold_cues(source: str, fmt: str | None = None) -> bool:
    """Whether a sound token can stand in ``source``: the tokenizer reads one from "[...]",
    "(...)", "♪" (any non-ASCII page is looked at) or a song's "#", written as such or as an
    escape a reader decoded ("&#91;", "\\u005b"); and in any page whose format ``fmt`` (the
    document's ``metadata["format"]``) is one of `CUE_FORMATS`."""
    return fmt in CUE_FORMATS or not source.isascii() or "[" in source or "(" in source \
        or "&" in source or "\\" in source or "#" in source


def agenda_heading(text: str) -> bool:
    """Whether a token's text is an agenda heading (`AGENDA_RE`)."""
    return text[:1] == "[" and AGENDA_RE.fullmatch(text) is not None


# The same two patterns for ASCII text, in the standard library's `re`, which scans about
# twice as fast: \p{L} is [A-Za-z], \p{N} is [0-9], no marks, and `regex`'s \S (not Unicode
# White_Space) is spelt out, since `re`'s \s also takes \x1c-\x1f. tests/test_tokens.py
# checks that both give the same tokens.
_ASCII_WORD = r"[A-Za-z0-9]+"
_ASCII_TOKEN_RE = re.compile(
    rf"""
    (?P<sound>\[(?=[^\[\]\n]{{0,79}}[^\[\]\t\n\x0b\x0c\r\ ])[^\[\]\n]{{1,80}}\]
      | (?<![^\t\n\x0b\x0c\r\ ])\*+(?:[ \t]+\*+)+(?![^\t\n\x0b\x0c\r\ ]))
  | (?P<web>{_WEB})
  | (?P<tag>{_TAG})
  | (?P<abbr>(?:[A-Za-z]\.){{2,}})
  | (?P<num>\$?[0-9]+(?:[.,:/][0-9]+)*(?:%|(?i:st|nd|rd|th|s|am|pm))?(?![A-Za-z0-9]))
  | (?P<word>{_ASCII_WORD}(?:['\-_]{_ASCII_WORD})*)
  | (?P<punct>\.{{2,}}|-{{2,}}|[^\t\n\x0b\x0c\r\ ])
    """,
    re.VERBOSE,
)
_ASCII_PAREN_CUE_RE = re.compile(
    r"\((?:[a-z][a-z ]{1,58}[a-z](?: [0-9]{1,2})?|[A-Z]{2,}(?: [A-Z]{2,}){1,5}"
    r"| (?:[a-z\"']*[a-z][a-z\"']*(?: [a-z\"']*[a-z][a-z\"']*){1,9}|[a-z]{5,20}) ?"
    r"| [A-Z]{2,}(?: [A-Z]{2,}){0,5} )\)")

_Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"


def _without(pattern: _Pattern, *groups: str) -> _Pattern:
    """``pattern`` without the named alternatives (each on a line of its own); a `regex`
    pattern's is compiled at its first use, as the pattern itself is."""
    text = "\n".join(line for line in pattern.pattern.split("\n")
                     if not any(f"(?P<{group}>" in line for group in groups))
    return (re.compile(text, re.VERBOSE) if isinstance(pattern, re.Pattern)
            else lazy_regex(text, regex.VERBOSE))


_NO_WEB = {TOKEN_RE: _without(TOKEN_RE, "web"), _ASCII_TOKEN_RE: _without(_ASCII_TOKEN_RE, "web")}
"""The token patterns without the web alternative, for a rejected candidate."""
_PLAIN_RE = _without(TOKEN_RE, "web", "tag")
_PLAIN_ASCII_RE = _without(_ASCII_TOKEN_RE, "web", "tag")
_DOT_LETTERS = re.compile(r"\.[A-Za-z]{2}")


def _may_hold_address(text: str) -> bool:
    """Whether ``text`` may hold an address: else it is tokenized with the patterns without
    the address alternatives (the same tokens, found faster). Every address has an "@", a
    "#" or a dot before two letters; the scans are plain string searches."""
    return "@" in text or "#" in text or _DOT_LETTERS.search(text) is not None

_KIND: dict[str | None, TokenKind] = {
    "web": "word", "tag": "word", "sound": "sound", "punct": "punct", "abbr": "word",
    "num": "word", "word": "word"}


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; spans are shifted by ``offset`` into the whole source."""
    ascii_only = text.isascii()
    cues = _ASCII_PAREN_CUE_RE if ascii_only else PAREN_CUE_RE
    if not _may_hold_address(text):
        tokens = _PLAIN_ASCII_RE if ascii_only else _PLAIN_RE
    else:
        tokens = _ASCII_TOKEN_RE if ascii_only else TOKEN_RE
    if len(_TEXTS) > _TEXTS_CAP:
        _TEXTS.clear()
    out: list[Token] = []
    pos = 0
    plain = _plain_ascii if ascii_only else _plain if "[" in text or len(
        _NON_ASCII.findall(text)) * _FEW > len(text) else _plain_mixed
    for cue in cues.finditer(text):
        if _aside(text, cue.start(), cue.end()):
            continue  # (its words are tokenized with the text around it)
        out += plain(tokens, text, pos, cue.start(), offset)
        out.append(Token(offset + cue.start(), offset + cue.end(), cue.group(), "sound"))
        pos = cue.end()
    out += plain(tokens, text, pos, len(text), offset)
    return songs(text, out, offset) if "#" in text else out


# A song's mark as British and Australian subtitles write it: a "#" alone opening a line (or
# its dialogue dash) or closing one ("# Roll up your sleeves", "- # Apron tied?", "I can
# cook! #", qa44), style tags between it and the line's edge counting for nothing ("<i># Roll
# up", "cook! #</i>": a tag is markup, or line noise the artifacts stage removes, and a second
# clean would find the mark at the edge; make fuzz, session 28). It is a music note, as "♪" is;
# "press # now" inside a line, and "# 1" (a rank) or "# of" (a count, "# of votes") opening
# one, stay characters. A "#" alone on its line is the note too (music, no words: a sound cue,
# as "♪" alone is); kept as a character, the clean text set it beside the next line's words
# ("# La la la.") or the last line's ("We sing #"), where a second clean took it for a song's
# mark and removed it (ux9). (Found after the patterns, which take a token's kind from its text
# alone.)
SONG_RE = re.compile(r"(?:^|\n)[ \t]*(?:<[^<>\n]{1,40}>[ \t]*)*(?:-[ \t]+)?(#)"
                      r"(?=[ \t]+(?![Oo][Ff]\b)[^\s\d]|[ \t]*(?:<[^<>\n]{1,40}>[ \t]*)*(?:\n|$))"
                      r"|[ \t](#)[ \t]*(?:<[^<>\n]{1,40}>[ \t]*)*(?=\n|$)")


def songs(text: str, tokens: list[Token], offset: int = 0) -> list[Token]:
    """``tokens`` of ``text`` with each song mark (`SONG_RE`) a sound token."""
    at = {offset + m.start(g) for m in SONG_RE.finditer(text) for g in (1, 2)
          if m.start(g) >= 0}
    if not at:
        return tokens
    return [Token(t.start, t.end, t.text, "sound") if t.start in at and t.text == "#" else t
            for t in tokens]


ASIDE_WORDS = 3
"""The fewest words of a writer's aside in parentheses (`_aside`)."""
_ASIDE_AFTER = frozenset(",;:.")
_ARTICLES = frozenset(("a", "an", "the"))  # ("(the crowd cheering)" is heard)
_REFERENCES = frozenset(("see", "cf.", "compare"))
"""Words a writer's cross-reference opens on ("(see the notes below)", "(cf. page 4)"): no
sound description does (one says what is heard), so two words make an aside."""
_ASIDE_REACH = 32


def _aside(text: str, start: int, end: int) -> bool:
    """Whether the lowercase parentheses ``text[start:end]`` are a writer's aside inside a
    cased line's sentence, not a sound description: "shall (so far as not previously
    concluded) be brought", "worked (for the most part) and". At least `ASIDE_WORDS` words,
    the first a function word but an article (`nameslot.CLOSED_CLASS`: a description opens
    on what is heard, "laughs", "the crowd", "speaking"), or two opening a cross-reference
    (`_REFERENCES`: "we commented on it (see the notes below)."), a word (or a comma) right before
    them and a lowercase word or a comma, semicolon, colon or stop after them, in a line with
    a capital letter. A cue after a sentence's end or at a line's start ("please? (congregation
    laughing) Now"), a short one ("him (laughs) and"), one in capitals and a lowercase
    caption line's ("and (so much applause) we") stay sound cues (qa41)."""
    from ..nameslot import CLOSED_CLASS  # (here: the readers load no word lists)
    inner = text[start + 1:end - 1]
    words = inner.split()
    if not words or not inner.islower():
        return False
    if words[0] in _REFERENCES:  # a cross-reference ("(see the notes below)", qa55)
        if len(words) < 2:
            return False
    elif len(words) < ASIDE_WORDS or words[0] not in CLOSED_CLASS or words[0] in _ARTICLES:
        return False
    # (a few characters either side: a page that lost its line breaks is one long text)
    before = text[max(0, start - _ASIDE_REACH):start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == ",") or before[-1].isupper():
        return False
    after = text[end:end + _ASIDE_REACH].lstrip()
    if not after or not (after[0].islower() or after[0] in _ASIDE_AFTER):
        return False
    return text.lower() != text


# One string object per distinct token text ("the" is stored once, not at every use): a long
# transcript's tokens take a third less memory. Emptied when it grows past its cap.
_TEXTS: dict[str, str] = {}
_TEXTS_CAP = 200_000


def _plain(pattern: re.Pattern[str] | regex.Pattern[str], text: str, pos: int, endpos: int,
           offset: int) -> list[Token]:
    kinds, share, token = _KIND, _TEXTS.setdefault, new_token
    rejected: list[tuple[int, int]] = []  # web candidates with an unknown top-level domain
    out = [token(offset + (span := m.span())[0], offset + span[1], share(w := m.group(), w),
                 kinds[m.lastgroup]) for m in pattern.finditer(text, pos, endpos)
           if m.lastgroup != "web" or accepted(m.group()) or _note(rejected, m.span())]
    if rejected:  # ("tokyo.also"): tokenized again without the address alternatives
        for start, end in rejected:
            out += _plain(_NO_WEB[pattern], text, start, end, offset)
        out.sort(key=attrgetter("start"))
    return out


def _note(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Keep ``span`` in ``spans``; False (the candidate is left out)."""
    spans.append(span)
    return False


# The ASCII pattern with the whitespace before each token taken with it: `findall` then
# gives one string a token, its spaces and itself, from which the spans follow by adding up
# lengths and the token by stripping the spaces (no token starts with one), all in C (no
# match object and four method calls per token; no pair of strings and tuple either). The
# only characters no alternative matches are those six spaces, so the tokens are those
# `finditer` finds.
# Without addresses, the commonest tokens are tried first, each where it is the token the
# pattern would find: a run of letters no letter, digit, joiner (or, for one letter, stop)
# goes on from (no abbreviation, number or joined word starts there), such runs joined by
# apostrophes or hyphens ("isn't", "co-chair"), a mark that only the punctuation
# alternative takes, a lone stop. The full pattern then tries what is left (about twice as
# fast on caption text: most words no longer try the abbreviation and number first).
_COMMON = (r"""[A-Za-z]{2,}(?![A-Za-z0-9'\-_])|[A-Za-z](?![A-Za-z0-9'\-_.])"""
           r"""|[A-Za-z]+(?:['\-][A-Za-z]+)+(?![A-Za-z0-9'\-_])|[,?!;:"()]|\.(?!\.)|""")
_SPACED = {pattern: re.compile(
    r"[\t\n\x0b\x0c\r\ ]*(?:" + common + re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) + ")",
    re.VERBOSE) for pattern, common in ((_ASCII_TOKEN_RE, ""), (_PLAIN_ASCII_RE, _COMMON))}

_KINDS: dict[str, TokenKind] = {}
"""Kind by token text: which alternative took a token depends on its text alone (no
alternative looks behind, and the one that looks ahead, ``num``, fails in context only where
the token would not end there). tests/test_tokens.py checks the tokens against `_plain`'s."""


def _kind(text: str) -> TokenKind | None:
    """The kind of a token text (remembered), None if the text alone is not one token."""
    m = _PLAIN_ASCII_RE.match(text)
    if m is None or m.end() != len(text):
        m = _ASCII_TOKEN_RE.match(text)  # an address?
        if m is None or m.end() != len(text) or m.lastgroup == "web" and not accepted(text):
            return None
    kind = _KINDS[text] = _KIND[m.lastgroup]
    return kind


def _plain_ascii(pattern: re.Pattern[str] | regex.Pattern[str], text: str, pos: int,
                 endpos: int, offset: int) -> list[Token]:
    """`_plain` for ASCII text (``pattern`` is an ASCII token pattern), built column by
    column."""
    spaced = _SPACED[pattern].findall(text, pos, endpos)
    if not spaced:
        return []
    ends = list(accumulate(map(len, spaced), initial=offset + pos))
    del ends[0]
    texts = list(map(str.lstrip, spaced, repeat(_SPACES)))  # (no token starts with a space)
    if len(_KINDS) > _TEXTS_CAP:
        _KINDS.clear()
    try:  # (one map that stops at a text not seen before: no scan of the kinds for a miss)
        kinds: list[TokenKind | None] = list(map(_KINDS.__getitem__, texts))
    except KeyError:
        kinds = [_KINDS.get(t) or _kind(t) for t in texts]
        if None in kinds:  # not seen on any input; the general path decides
            return _plain(pattern, text, pos, endpos, offset)
    share = _TEXTS.setdefault
    # (each token's end its start and its text's length: kept as None, `model._SpanEnd`)
    return _token_spans(map(sub, ends, map(len, texts)), repeat(None), map(share, texts, texts),
                        kinds)


_ASCII_OF = {TOKEN_RE: _ASCII_TOKEN_RE, _PLAIN_RE: _PLAIN_ASCII_RE}
"""The ASCII twin of each Unicode token pattern `tokenize` picks."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FEW = 100
"""Text with at most one non-ASCII character per this many takes `_plain_mixed`."""
_ASCII_SPACE = re.compile(r"[\t\n\x0b\x0c\r ]")
_SPACES = "\t\n\x0b\x0c\r "


def _plain_mixed(pattern: re.Pattern[str] | regex.Pattern[str], text: str, pos: int,
                 endpos: int, offset: int) -> list[Token]:
    """`_plain` for text with a few non-ASCII characters and no "[": each stretch between
    ASCII spaces holding one goes to the Unicode pattern, the rest to the ASCII fast path.
    No token of either spans such a space (only a bracketed sound cue may), and no
    alternative looks past one, so the tokens are those of the Unicode pattern alone."""
    out: list[Token] = []
    at = pos
    for m in _NON_ASCII.finditer(text, pos, endpos):
        if m.start() < at:
            continue   # inside the stretch just taken
        start = max(text.rfind(c, at, m.start()) for c in _SPACES) + 1
        space = _ASCII_SPACE.search(text, m.end(), endpos)
        end = space.start() if space else endpos
        start = max(start, at)
        if start > at:
            out += _plain_ascii(_ASCII_OF[pattern], text, at, start, offset)
        out += _plain(pattern, text, start, end, offset)
        at = end
    if at < endpos:
        out += _plain_ascii(_ASCII_OF[pattern], text, at, endpos, offset)
    return out

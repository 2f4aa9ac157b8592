"""Web addresses, email addresses, @handles and #hashtags in caption text: the token pattern
and the top-level-domain check; used by `readers.tokens` and by the stages that leave them be.

A caption says "go to cnn.com" or "npr.org/politics": the tokenizer takes such a run as one
word token (no sentence end at its dots, no spelling or case change inside it). A candidate
counts as an address only if its last host label is a top-level domain of the Public Suffix
List's ICANN section (the snapshot tldextract ships, read as a file: nothing is fetched). A
TLD that is also an English word ("it", "is", "news", "me") needs a clearer sign: a scheme,
"www.", a path, an "@", or a second-level label such as "co" ("bbc.co.uk"), so a missing
space ("the end.so we") stays two words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lazypattern import lazy_re
from .scans import piece_at
from .vocabulary import _data_stamp, _package_file, cached, once

if TYPE_CHECKING:
    from .model import Document

CACHE_VERSION = 1
_GENERIC = frozenset({"com", "org", "net", "gov", "edu", "mil", "int"})
"""The original generic TLDs: an address with one of them needs no other sign."""
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})

_LABEL = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
_HOST = rf"(?:{_LABEL}\.)+[A-Za-z]{{2,24}}"
_END = r"(?![A-Za-z0-9_'’@\-]|\.[A-Za-z0-9])"
WEB_PATTERN = (
    rf"(?:https?://)?(?:{_LABEL}(?:[._+]{_LABEL})*@)?{_HOST}"
    rf"(?:/(?:[A-Za-z0-9._~%?=&+\-/]*[A-Za-z0-9_~%=&+\-/])?)?{_END}"
)
"""A candidate web or email address (ASCII): checked further by `accepted`."""
TAG_PATTERN = r"[@#][A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?![A-Za-z0-9_'’@#\-])"
"""An @handle or #hashtag: a letter after the sign ("#1" stays a number)."""

_WEB_RE = lazy_re(WEB_PATTERN)
_TAG_RE = lazy_re(TAG_PATTERN)
_MARKS = frozenset(".@#")


def _stamp() -> str:
    try:
        return f"v{CACHE_VERSION};{_data_stamp(_package_file('tldextract', '.tld_set_snapshot'))}"
    except (ModuleNotFoundError, OSError):
        return f"v{CACHE_VERSION};none"


def _build() -> tuple[list[str], list[str]]:
    """(all ICANN top-level domains, those that are also lowercase English words)."""
    from english_words import get_english_words_set

    try:
        text = _package_file("tldextract", ".tld_set_snapshot").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        text = ""
    icann = text.split("===END ICANN DOMAINS===")[0]
    tlds = {line.strip().lstrip("*.!").rsplit(".", 1)[-1].lower()
            for line in icann.splitlines() if line.strip() and not line.startswith("//")}
    tlds = {t for t in tlds if t.isascii() and t.isalpha()} | _GENERIC
    common = {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
              if w.islower()}
    return sorted(tlds), sorted(t for t in tlds if t in common and t not in _GENERIC)


@once
def _table() -> tuple[frozenset[str], frozenset[str]]:
    tlds, words = cached("webtlds", _stamp(), _build)
    return frozenset(tlds), frozenset(words)


@lru_cache(maxsize=100_000)
def accepted(text: str) -> bool:
    """Whether a text the web pattern took whole is an address (its TLD is known)."""
    rest = text.lower()
    scheme = rest.startswith(("http://", "https://"))
    rest = rest.split("://", 1)[-1]
    host, slash, _path = rest.partition("/")
    email = "@" in host
    host = host.rpartition("@")[2]
    labels = host.split(".")
    tlds, words = _table()
    tld = labels[-1]
    if tld not in tlds:
        return False
    if tld not in words:
        return True
    return bool(scheme or slash or email or labels[0] == "www"
                or (len(labels) > 2 and labels[-2] in _SECOND_LEVEL))


def is_address(text: str) -> bool:
    """Whether a token text is a web or email address, an @handle or a #hashtag (the
    stages' guard: leave it as it is)."""
    return not _MARKS.isdisjoint(text) and _is_address(text)


@lru_cache(maxsize=100_000)
def _is_address(text: str) -> bool:
    return bool(_TAG_RE.fullmatch(text) or (_WEB_RE.fullmatch(text) and accepted(text)))


_PARTED = re.compile(r"\.[ \t]+(com|org|gov|edu)(?![A-Za-z0-9'’\-])", re.IGNORECASE)
"""An address a caption line parted at its dot ("trending on bbc. com."): the generic TLDs
that are no English word (the pattern opens on a literal dot: it scans at C speed)..."""
_PARTED_HOST = re.compile(r"(?<![A-Za-z0-9.@])[A-Za-z0-9]{2,40}$")
"""...after a host label of two letters or digits or more."""


def join_parted(doc: Document) -> Document:
    """``doc`` with each `_PARTED` address joined as one logged edit ("bbc. com" ->
    "bbc.com"), or ``doc`` itself: split so, the sentence stage ended a sentence at its dot
    and casing opened the next on "Com"."""
    source = doc.source
    found = list(_PARTED.finditer(source))
    if not found:
        return doc
    pieces = doc.text_pieces()
    starts = [p.start for p in pieces]
    editor = None
    for m in found:
        host = _PARTED_HOST.search(source, max(0, m.start() - 41), m.start())
        if host is None:
            continue
        k = piece_at(starts, host.start())
        if k is None or k + 2 >= len(pieces):
            continue
        run = pieces[k:k + 3]
        if [p.text for p in run] != [host.group(), ".", m[1]] or run[2].end != m.end():
            continue
        editor = editor or doc.editor()
        editor.replace(run, f"{host.group()}.{m[1]}".lower(), "punctuation", "web-address",
                       0.9, note="a web address parted at its dot")
    return editor.finish() if editor is not None else doc

"""The label an introduction of the next speaker gives ("we now hear from the harbour
master" -> "Harbour Master"); called by `turns` (and `voices`) via `speakers`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from . import memos
from .memos import WORD_MEMO
from .phrases import Phrases
from .streets import ROAD_WORDS, STREET_WORDS

# Phrases that introduce the next speaker; the words after them name that speaker.
_INTRODUCERS = (
    ("we", "now", "hear", "from"), ("joining", "me", "now", "is"), ("joining", "us", "now",
                                                                     "is"),
    ("joining", "me", "is"), ("joining", "us", "is"), ("my", "guest", "is"),
    ("my", "guest", "today", "is"), ("my", "guest", "tonight", "is"), ("let's", "bring", "in"),
    ("i'm", "joined", "by"), ("we're", "joined", "by"), ("i", "am", "joined", "by"),
    ("we", "are", "joined", "by"), ("with", "me", "now", "is"),
    ("we", "speak", "to"), ("we", "talk", "to"), ("i", "spoke", "to"), ("i", "spoke", "with"),
)
_INTRO_INDEX = Phrases(_INTRODUCERS)
_INTRO_FIRSTS = _INTRO_INDEX.firsts
_LABEL_STOP = frozenset(
    "who who's whose which that where when while because if but or and nor so than "
    "about on in at for with to from as by into over under after before during via like "
    "is was are were be been being will would can could should has have had does did do "
    "says said says joins joined live now here there this these those tonight today earlier "
    "again also too first back just still himself herself themselves "
    "him her them you it us me everyone everybody someone people some any all "
    "two three four five both several many".split())
"""Words that end the noun phrase an introduction names (clause, preposition, verb and
adverb words, a group; "of" joins a complement instead, see `_label`; a lowercase word
in "-ing" ends it too: "the prime minister speaking in ...")."""
_DETERMINERS = frozenset("the a an our my his her their its".split())
_TITLES = frozenset("mr mrs ms dr prof gen sen rep gov lt col sgt capt st rev fr".split())
"""Title abbreviations whose stop ("dr.") does not end the phrase."""
_SMALL = frozenset("of the a an and".split())
_STRIP = ".,?!;:\"“”‘’'()[]…-—–"
_ENDS = tuple(",;:.?!…—–")
LABEL_WORDS = 4
"""The most words a label holds (a complement that makes it longer is dropped)."""


@functools.lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return word.replace("’", "'").strip(_STRIP).lower()


_PLACE_HEADS = STREET_WORDS | ROAD_WORDS | frozenset(
    "district county city heights valley bridge station airport mall".split())
"""Last words that make a capitalised run a place, not a person ("Quigley Street", "Laurel
District"): the street and road words `streets` cases, and a few other places' heads."""


def place_name(words: Sequence[str]) -> bool:
    """Whether a name-shaped run of words (as written) names a place, not a person: it ends on
    a street, road or other place head word (`_PLACE_HEADS`), is a numbered road ("Route 9"),
    or is a place `propernouns` knows ("New York"; one word alone is left alone, "Jordan" is
    a given name too)."""
    if not words:
        return False
    bare = [_norm(w) for w in words]
    if bare[-1] in _PLACE_HEADS or bare[0] in ROAD_WORDS and bare[-1].isdigit():
        return True
    if len(bare) < 2:
        return False
    from .propernouns import proper_nouns
    return " ".join(bare) in proper_nouns().forms


def introduces(words: Sequence[str]) -> bool:
    """Whether normalised ``words`` hold an introduction's first word (a cheap test first)."""
    return not _INTRO_FIRSTS.isdisjoint(words)


def introduction_in(words: Sequence[str]) -> bool:
    """Whether ``words`` (as written or normalised) hold a phrase that introduces the next
    speaker ("we now hear from", "joining me now is"), whether or not a label follows."""
    norm = [_norm(w) for w in words]
    return not _INTRO_FIRSTS.isdisjoint(norm) and bool(_INTRO_INDEX.after(norm))


def introduced_label(words: Sequence[str]) -> str | None:
    """The speaker an introduction names, as a label: "we now hear from the harbour master"
    -> "Harbour Master". ``words`` are the text's words as written (with
    their case and punctuation) or normalised. A name the text capitalises after a role
    ("economist Sam Ortiz of the ...", "the mayor of Springfield, John Doe") is the label
    alone; else the noun phrase (at most `LABEL_WORDS` words, never ending on "of" or an
    article, a repeated word ends it). None when no introduction is there or where its
    phrase ends is unclear (no label rather than a wrong one)."""
    norm = [_norm(w) for w in words]
    if _INTRO_FIRSTS.isdisjoint(norm):
        return None
    for j in _INTRO_INDEX.after(norm):
        label = _label(words, norm, j)
        if label:
            return label
    return None


def _label(raw: Sequence[str], norm: Sequence[str], j: int) -> str | None:
    """The label the words from ``j`` on (after an introducer) give, or None."""
    end = len(norm)
    while j < end and norm[j] in _DETERMINERS:
        j += 1
    picked: list[int] = []
    of_at: int | None = None
    seen: set[str] = set()
    comma = False   # the phrase ended at a comma (an apposition may follow)
    closed = False  # the phrase ended where it clearly ends
    while j < end and len(picked) <= LABEL_WORDS + 2:
        w = norm[j]
        if not w or w in _LABEL_STOP or w in seen or (
                len(w) > 5 and w.endswith("ing") and not raw[j][:1].isupper()):
            closed = True
            break
        if w == "of":
            if of_at is not None or not picked:
                closed = True
                break
            of_at = len(picked)
        elif w in _DETERMINERS and not (picked and norm[picked[-1]] == "of"):
            closed = True
            break
        picked.append(j)
        seen.add(w)
        j += 1
        if raw[j - 1].endswith(_ENDS) and not (w in _TITLES and raw[j - 1].endswith(".")):
            closed, comma = True, raw[j - 1].endswith(",")
            break
    else:
        closed = j >= end
    while picked and norm[picked[-1]] in _SMALL:  # "head of the" at a stop
        picked.pop()
        comma = False
    if of_at is not None and (len(picked) > LABEL_WORDS or not closed or
                              len(picked) <= of_at + 1):
        picked, closed, comma = picked[:of_at], True, False
    if not picked or not closed:
        return None
    head = [_word(raw[k], norm[k]) for k in (picked[:of_at] if of_at is not None else picked)]
    if place_name(head):
        return None  # "we speak to quigley street": a place names no speaker
    name = _name(head)
    if name:
        return name
    if len(picked) > LABEL_WORDS:
        return None
    if comma:
        after = _apposition(raw, norm, picked[-1] + 1)
        if after:
            return after
    if _several(norm[(picked[:of_at] if of_at is not None else picked)[-1]]):
        return None
    return _role([raw[k] for k in picked], [norm[k] for k in picked])


_GROUPS = frozenset("panel team group crew roundtable couple family staff".split())
"""Nouns that introduce several speakers at once ("let's bring in today's business panel"):
no one speaker's label."""


def _several(head: str) -> bool:
    """Whether a role phrase's head word names several people: a group noun, or the plural
    of an ordinary word that is no name ("strategists", "nurses"; not "jones")."""
    if head in _GROUPS:
        return True
    if len(head) < 4 or not head.endswith("s") or head.endswith(("ss", "'s", "us", "is")):
        return False
    from .wordcase import ordinary, proper
    stem = head[:-2] if head.endswith("es") and not ordinary(head[:-1]) else head[:-1]
    return ordinary(stem) and not proper(head)


def _word(raw: str, norm: str) -> str:
    """A word as a label shows it: a title keeps its stop ("Dr.")."""
    bare = raw.strip(_STRIP)
    return bare + "." if norm in _TITLES and raw.rstrip(",;:").endswith(".") else bare


def _capital(word: str) -> bool:
    """Capitalised as a name is (not an all-capitals caption word)."""
    return word[:1].isupper() and not (len(word) > 2 and word.isupper())


def _name(head: Sequence[str]) -> str | None:
    """The capitalised run (two words or more) ending the phrase's head: a name the text
    (or the names stage) capitalised, "economist Sam Ortiz" -> "Sam Ortiz"."""
    k = len(head)
    while k and _capital(head[k - 1]):
        k -= 1
    return " ".join(head[k:]) if 2 <= len(head) - k <= LABEL_WORDS else None


def _apposition(raw: Sequence[str], norm: Sequence[str], j: int) -> str | None:
    """A name of two or three words set off after a role ("the mayor of X, John Doe"):
    capitalised, or in lowercase text opening on a word the lists hold capitalised (a given
    name) or do not hold."""
    picked: list[int] = []
    while j < len(norm) and len(picked) < 3:
        w = norm[j]
        if not w or w in _LABEL_STOP or w in _DETERMINERS or w in _SMALL:
            break
        picked.append(j)
        j += 1
        if raw[j - 1].endswith(_ENDS):
            break
    else:
        if j < len(norm) and norm[j] and norm[j] not in _LABEL_STOP:
            return None  # runs on: not a name set off
    if len(picked) < 2:
        return None
    words = [_word(raw[k], norm[k]) for k in picked]
    if place_name(words):
        return None  # "the reporter, quigley street": a place, no one's name
    if all(map(_capital, words)):
        return " ".join(words)
    if any(w[:1].isupper() for w in words):
        return None  # cased text that does not capitalise it: no name
    from .personnames import capitalised_name
    from .wordcase import ordinary, proper
    if proper(words[0]) or not ordinary(words[0]):   # a given name opens it ("john doe")
        return " ".join(map(capitalised_name, words))
    return None


def _role(raw: Sequence[str], norm: Sequence[str]) -> str:
    """The noun phrase in title case ("Head of the Union"); acronyms and names the text
    capitalises stay as written."""
    out: list[str] = []
    for i, (r, w) in enumerate(zip(raw, norm)):
        shown = _word(r, w)
        if i and w in _SMALL:
            out.append(w)
        elif shown[:1].isupper():
            out.append(shown)
        else:
            out.append(shown[:1].upper() + shown[1:])
    return " ".join(out)

memos.bound_global(_norm, WORD_MEMO)

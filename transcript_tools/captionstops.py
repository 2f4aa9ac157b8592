"""Caption stops that are line breaks, not sentence ends: which lone "." marks of a document
the sentence stage removes, and whether its captioner stops at line breaks at all.

Called by `sentences.SentenceSplitter.gap_table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from .model import Piece
from .questions import SUBJECTS, WH
from .sentencegaps import NONFINAL, OPEN_SUBJECTS, GapModel

_STRONG_OPENER = 1.4
"""An opener at least this strong ("let me", "thank you", a subject pronoun) keeps a caption
period even after a word that leaves its clause open (the speaker broke off)."""
# Words that open a clause as its subject or discourse opener: a captioner's stop before
# them stays.
_STARTERS = frozenset(
    "i we they he she i'm we're they're he's she's it's that's there's let's "
    "i've we've they've i'll we'll they'll i'd we'd they'd "
    "what how thank thanks yes okay if hello let".split())
STRANDED = frozenset("of with from for by as".split())
"""Prepositions a sentence may end on ("what is it for."): `sentenceends.cut_off` reads
their context."""
NEVER_LAST = NONFINAL - STRANDED
"""Words no sentence ends on: a caption's stop after one is a line break."""
_OPEN_LAST = OPEN_SUBJECTS | frozenset("to whatever whoever unless although whereas".split())
"""Words that end a sentence only in a few shapes ("so do we."): a stop after one goes when no
strong sentence opener follows."""
_NO_INFINITIVE = frozenset("and but because".split())
"""Words no infinitive's verb is: after "to." one of them shows the sentence ended there, on
the verb left out ("asked him to. and while", "we wanted to. but"), qa59."""
_LINE_BREAK_STOPS = 3
"""Stops after a `NEVER_LAST` word that show a captioner stopping at line breaks..."""
_LINE_BREAK_SHARE = 0.05
"""...when they are at least this share of the document's lone stops."""


TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt ft sen rep gov gen lt col sgt capt rev prof fr".split())
"""Abbreviations written with a period before a name ("st. louis", "gov. brown", "mt. hood"):
the period is the abbreviation's, not a sentence end, unless a sentence plainly opens after
it ("down main st. we walked")."""
PERSON_TITLES = TITLE_ABBREVIATIONS - {"st", "mt", "ft"}
"""Title abbreviations before a person's name ("mr.", "gov.", "dr. sanjay gupta"), not a
place's ("st. louis", "mt. hood")."""


def title_stop(model: GapModel, a: str, b: str, c: str, gap: str) -> bool:
    """Whether the "." between ``a`` and ``b`` (``c`` after) belongs to a title abbreviation:
    the sentence goes on, and the mark stays. A name in the possessive counts as the name
    ("st. joseph's", "st. mary's": a church or a school named for its saint)."""
    return gap == "." and a in TITLE_ABBREVIATIONS and _plain(b) \
        and model.opener(b, c) < _STRONG_OPENER


def _plain(word: str) -> bool:
    """Whether a word is letters only, or letters with a possessive "'s" ("joseph's")."""
    return word.isalpha() or word[-2:] in ("'s", "’s") and word[:-2].isalpha()


def at_line_breaks(keys: list[str], gaps: Sequence[tuple[Piece, ...]]) -> bool:
    """Whether this document's captioner puts stops at line breaks: enough of its lone "."
    marks stand where no sentence can end (after "the", "and", "a"). Caption styles differ
    by channel; where this holds, a stop inside a phrase is more likely a line break than a
    sentence end, and `spurious_stop` removes more of them."""
    stops = never = 0
    for key, gap in compress(zip(keys, gaps), gaps):  # the gaps holding punctuation
        if len(gap) == 1 and gap[0].text == ".":
            stops += 1
            never += key in NEVER_LAST
    return never >= _LINE_BREAK_STOPS and never >= _LINE_BREAK_SHARE * stops


def spurious_stop(model: GapModel, before: str, a: str, b: str, c: str, gap: str,
                  loose: bool, join_pmi: float, titled: bool = False,
                  capitalised: bool = False) -> bool:
    """A lone "." that splits what reads as one phrase. Always after an article, a
    conjunction or a possessive ("the. seat", "and. the"), and after a subject, "to" or
    "let me" unless a strong opener follows ("we. create", but "going to. let me"). Never
    between a word and itself. Where the document's captioner puts stops at line breaks
    (``loose``, see `at_line_breaks`), also after a preposition, a copula or
    "that" ("minister of. thank you", "matters is. what") and inside a fluent pair ("a
    seat. on the"); elsewhere those stops stay: a sentence may end on them ("unaccounted
    for.", "about that.") and a common pair may straddle a true end ("of starvation. and
    the"), and an audit of fresh pages found most such removals wrong. Nor after "to" or a
    subject where ``capitalised``: a written source's writer put the stop and a capital after
    it ("what they held on to.  All three", a business news transcript's, qa46)."""
    if gap != "." or not b or not a.replace("'", "").isalpha():
        return False
    if a == b:
        return False  # joining "the. the" would make a stutter a second clean removes
    if a == "to" and b in _NO_INFINITIVE:
        return False  # "asked him to. and while": no verb follows, the infinitive's ellipsis
    if a in NEVER_LAST:
        return True
    if not loose:
        if a in _OPEN_LAST or before == "let" and a in ("me", "us"):
            # (a title written with its own period after the stop, "to get to. mr. kernen",
            # opens the next sentence with a name: the stop stays, qa27)
            return model.opener(b, c) < _STRONG_OPENER and not titled and not capitalised
        return False
    if a in NONFINAL:
        return True
    if model.dangling(before, a) and model.opener(b, c) < _STRONG_OPENER:
        return True
    if b in _STARTERS or b in SUBJECTS:
        return False  # "i did. it was": the captioner's stop before a subject stays
    pmi = model.pmi(a, b)
    return pmi is not None and pmi >= join_pmi and b not in WH

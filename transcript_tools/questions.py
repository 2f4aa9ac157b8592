"""Questions by their shape: wh-questions, inverted auxiliaries (also after "but"/"so"...),
tag questions ("isn't it", "don't you", "right"). Called by `sentences` on each sentence.

Words are lowercase keys without punctuation. Precision first: a sentence that only might be
a question ("how the war began is clear", "what we need is peace") stays a statement.
"""

from __future__ import annotations

from collections.abc import Callable

WH = frozenset("what why how where who which whose when".split())
AUX = frozenset(
    "do does did is are was were can could would will should shall have has had may might "
    "must am isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't "
    "shouldn't haven't hasn't hadn't what's who's where's how's".split())
WH_RELATIVE = frozenset("who which whose where when".split())
"""After a noun these open relative clauses ("the man who was"), not questions."""
NEG_AUX = frozenset(a for a in AUX if a.endswith("n't"))
SUBJECTS = frozenset(
    "i you we they he she it there this that these those the your our his her their anyone "
    "anybody somebody someone everyone everybody anything something any".split())
TAG_PRONOUNS = frozenset("i you we they he she it there".split())
LEADS = frozenset("but and so then now well okay oh or also".split())
MAX_WORDS = 22
"""A longer "sentence" is likelier a run-on that a question merely opens."""
MAX_TAIL = 36
"""The longest inverted last clause taken as a question ("... but do you have evidence")."""
_CLAUSE_JOINS = frozenset("but and or so is".split())
_WH_CLITIC = frozenset("what's who's where's how's".split())
_HOW_MEASURE = frozenset("many much long far often soon big".split())
_RIGHT_BEFORE = frozenset(  # "... all right", "you're right", "the right": not a tag
    "all the a is was be that's you're he's she's it's we're they're i'm very just quite "
    "exactly human civil their our his her my your its on to".split())


def lead_length(words: list[str]) -> int:
    """How many discourse leads ("but", "so", "well") open the sentence."""
    i = 0
    while i < len(words) - 1 and words[i] in LEADS:
        i += 1
    return i


def opens_question(w: list[str]) -> bool:
    """Do these words (leads skipped) open a direct question?"""
    if len(w) < 2:
        return False
    head, second = w[0], w[1]
    if head in WH:
        if head in ("what", "how") and second == "about":
            return True
        if head == "why":
            return second in AUX or second == "not"
        if head == "how" and second in _HOW_MEASURE:
            return any(x in AUX for x in w[2:4])  # "how many (people) did"
        if second in AUX:
            return True
        return head in ("who", "what") and second.endswith("'s")
    if head in ("what's", "where's", "how's", "who's"):
        return True
    if head in AUX and head not in ("what's", "who's", "where's", "how's"):
        return second in SUBJECTS or second == "not"
    return False


def is_question(words: list[str], fluent: Callable[[str, str], bool] | None = None) -> bool:
    """Wh-questions, inverted auxiliaries and tag questions, by opening/closing words.
    ``fluent(a, b)``: does English write the pair a b? ("do it right": not a tag)."""
    w = words[lead_length(words):]
    if len(w) < 2:
        return False
    if len(w) <= MAX_WORDS and _whole_question(w, fluent):
        return True
    return inverted_tail(w) > 0


def inverted_tail(w: list[str]) -> int:
    """Where a clause near the end opens as an inverted question after "but"/"and"/"or"/"so"
    or a copula ("... but do you have evidence", "the question is do you worry"): the index
    of its auxiliary, else 0. The clause has at least three words ("so do i" agrees) and
    starts within the last ``MAX_TAIL`` words."""
    n = len(w)
    for j in range(n - 4, 0, -1):
        if n - j > MAX_TAIL:
            return 0
        aux = w[j + 1]
        if w[j] in _CLAUSE_JOINS and aux in AUX and w[j + 2] in TAG_PRONOUNS \
                and aux not in _WH_CLITIC:
            return j + 1
    return 0


def _whole_question(w: list[str], fluent: Callable[[str, str], bool] | None) -> bool:
    if opens_question(w):
        return True
    n = len(w)
    if n >= 4 and w[-2] in NEG_AUX and w[-1] in TAG_PRONOUNS:
        return True  # "it is hard isn't it"
    if n >= 5 and w[-3] in NEG_AUX and w[-2] in TAG_PRONOUNS and w[-1] in ("think", "agree"):
        return True  # "... don't you think"
    return n >= 5 and w[-1] == "right" and w[-2] not in _RIGHT_BEFORE \
        and w[0] in TAG_PRONOUNS and fluent is not None and not fluent(w[-2], "right")

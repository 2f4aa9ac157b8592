"""Where a speaker may change inside a run-on sentence, and how likely a change is there.

Called by `turns.TurnSegmenter` for unmarked text: each sentence is cut at the gaps this
boundary model scores well, and `speakers.decode` decides which cuts are changes of speaker.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence

from . import memos
from .breakwords import PREPOSITIONS
from .memos import PAIR_MEMO
from .questions import WH
from .vocabulary import vocabulary

# --- English discourse cues (general; no broadcast's phrases) -------------------------------
AUX = frozenset(
    "do does did are is was were have has had can could would will should shall may might "
    "must isn't aren't don't doesn't didn't won't wouldn't can't couldn't haven't hasn't "
    "wasn't weren't shouldn't".split())
_SUBJECT = frozenset("you i we they he she it there that this".split())
_PERSONAL = frozenset("you i we they he she".split())
_COPULA = frozenset("is was".split())
_CLAUSE_SUBJECT = frozenset("i we they he she".split())
"""Subjects that make "is that ..." a clause ("the point is that we ..."), not a question
("is that you?", "is that true?")."""
_AUX_THE = frozenset("do does did can could will would should".split())
_WH_FREE = frozenset("what how why".split())
"""Wh-words that open a question before any verb after a break in the English ("... us
what happens now"); elsewhere they follow a verb ("is what", "know who") as clauses."""
_SECOND = frozenset("you your you're you've".split())
_LEAD = frozenset("and but so then now".split())
# Words a turn rarely ends on: articles, possessives, prepositions that need an object,
# conjunctions, intensifiers and the like.
_NO_END = frozenset(
    "the a an my your his her its our their of to for with from into than and or but if "
    "because while although whether very really quite too as at by whose which who whom "
    "what is are was were am be been being do does did have has had can could would will "
    "should shall may might must not no why where when who i we they he she "
    "it's i'm we're they're you're "
    "he's she's that's there's here's what's where's who's how's such some any every "
    "each this these those".split()) | frozenset(
    "against among between despite during onto toward towards upon via per".split())
"""(With the prepositions that take an object and are hardly an adverb or a particle: a turn
ends on "come in", "it's over", "left behind", hardly on "... the one plan they all voted
against | your members ...".)"""
# Words a turn rarely starts on (they continue a phrase).
_NO_START = frozenset("of 's than to for at by from with into whom whose which".split())
# How well a turn opens with a word (or the word and the next): answers and replies.
_OPEN_ONE = {"yes": 2.0, "yeah": 2.0, "no": 1.5, "well": 1.2, "look": 1.5, "listen": 1.2,
             "honestly": 1.5, "absolutely": 1.8, "certainly": 1.2, "exactly": 1.5,
             "sure": 1.2, "indeed": 1.0, "okay": 1.0, "ok": 1.0, "right": 0.6, "so": 0.6,
             "not": 0.6, "partly": 0.8, "thanks": 1.0, "cheers": 1.5}
_OPEN_PAIR = {("thank", "you"): 1.8, ("i", "think"): 1.2, ("as", "i"): 1.5,
              ("i", "mean"): 1.0, ("of", "course"): 1.5, ("that's", "right"): 1.5,
              ("that", "is"): 0.8, ("it", "is"): 0.8, ("it's", "a"): 0.5,
              ("first", "of"): 1.0, ("good", "to"): 1.0, ("not", "at"): 1.0,
              ("you", "know"): 0.6}
_SUBJECT_OPEN = {"i": 0.9, "we": 0.9, "i'm": 0.9, "we're": 0.8, "it": 0.5, "they": 0.6,
                 "there": 0.4, "that": 0.4, "he": 0.5, "she": 0.5, "it's": 0.8,
                 "that's": 0.7, "there's": 0.4, "they're": 0.5, "my": 0.5, "our": 0.5,
                 "nobody": 0.5, "you're": 0.2, "you": 0.3}
# Left-hand words that close an utterance well (objects, time words, tags).
_GOOD_END = frozenset("it them you me him her us now then though today tonight there "
                      "too yet all anything something".split())
_NO_SPLIT_AFTER = frozenset("that if whether than as so know knew see saw say said tell "
                            "told ask asked wonder understand about think thought believe "
                            "guess suppose".split())
MIN_GAP = 2
"""Words at least between two cuts inside a sentence."""
CLOSED_TAIL = 5
"""Words before the end of a question the source itself closes with "?" (`cuts`' ``closed``)
in which no answer opens: an answer there would end on the question mark ("how would you fix
| it then?", "what does a day at sea | look like for them?", "why did it close | so fast?").
Over the whole question (any tail) the news pages lost a boundary a wrong cut had found by
chance (turns28)."""
ANSWER_CUT = 0.3
"""Score the best gap after a question's opening needs to become a cut (above 0: only a
position with an answer score can reach it, and `cuts` looks at those alone)."""
STRONG = 1.5
"""Score an answer opener anywhere needs to become a cut."""
LEAD_CUT = 0.3
"""Score a host lead-in gap before a mid-sentence question needs."""
DRIFT = 0.04
"""Per word of distance from a question's opening to its end (questions are short)."""
QUESTION_BODY = 4
"""Words after a question's opening in which no other question opens (its own body)."""
QUESTION_SPAN = 22
"""Words after a question opens within which its end (the answer's start) is looked for."""
LEAD_SPAN = 16
"""Words before a mid-sentence question within which a host's lead-in start is looked for."""
LEAD_MIN = 8
"""Words a sentence needs before the lead-in to a question the next sentence asks is looked
for in it (only at second-person words: "... that carried me you had surgery last year")."""


@functools.lru_cache(maxsize=65536)
def _glue(a: str, b: str) -> float:
    """How much a and b hold together as English (a change between them is less likely):
    unseen pairs score -0.4, frequent collocations up to +0.8."""
    z = vocabulary().bigram_zipf(a, b)
    if not z:
        return -0.4
    return min(0.8, max(0.0, (z - 3.5) * 0.6))


_NEGATIVE_BASES = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "is"}


def _uncontracted(word: str) -> str:
    """A negative contraction's auxiliary ("don't" -> "do", "can't" -> "can"): the word
    pair counts hold no contraction ("you don't" is unseen, "you do" frequent), so a subject
    before one would read as no English pair, and "this if you | don't your news" as a
    question asked mid-sentence (qa27)."""
    if word.endswith("n't"):
        return _NEGATIVE_BASES.get(word, word[:-3])
    return word


_OBJECTS = frozenset("me us him her them".split())
"""Pronouns that are only objects (or, "her", a possessive, which needs a noun after it)."""


def _object_closes(words: Sequence[str], i: int) -> bool:
    """Whether words[i] follows a preposition's object pronoun ("... wonderful for us | what
    happens now", "... a long way from them | how did it start"): the phrase is closed, and
    a wh-word there is no object of a verb before it, as after "tell us" or "show them"
    ("tell us | what happened" is one clause: the pair counts hold it together)."""
    return i >= 2 and words[i - 1] in _OBJECTS and words[i - 2] in PREPOSITIONS


def question_at(words: Sequence[str], i: int) -> bool:
    """Whether a question opens at words[i] (after an optional "and"/"but"/"so"): an
    auxiliary before a subject ("are you", "can the"), or a wh-word before an auxiliary or
    within two words of one ("what did", "how many coins are"); at ``i`` 0 not a wh-word
    before a determiner ("what a day", "how the dam was built") but for an inverted
    auxiliary after its phrase."""
    n = len(words)
    opens = i == 0  # at a unit's start (not a question opening inside a run-on sentence)
    if i < n and words[i] in _LEAD:
        i += 1
    if i + 1 >= n:
        return False
    a, b = words[i], words[i + 1]
    if a in AUX:
        if b == "that" and a in _COPULA and i + 2 < n and words[i + 2] in _CLAUSE_SUBJECT:
            return False  # "... is that he is happy here": a clause, no question
        return b in _SUBJECT or b == "your" or b == "the" and a in _AUX_THE
    if a in WH:
        if i and a not in _WH_FREE:
            return False  # "where", "who" inside a sentence are relative
        if b in AUX or b.endswith("'s"):
            return True
        if b in _DETERMINERS and opens:
            # "what a race that was", "how the dam was built": no question, unless an inverted
            # auxiliary follows the phrase ("what the hell | were you ..."); inside a run-on
            # sentence such a clause still marks a likely cut (a headline after a bite)
            return any(x in AUX and y in _PERSONAL
                       for x, y in zip(words[i + 3:i + 5], words[i + 4:i + 6]))
        if a == "how" and any(x in AUX for x in words[i + 2:i + 4]):
            return True
        if a not in _WH_FREE:
            return False
        if i == 0 or _object_closes(words, i):
            return True
        # after a break in the English (an unseen pair); a pair seen but rare ("... i admitted
        # it | what made you ...") when "you" follows: a question put to the listener
        glue = _glue(words[i - 1], a)
        return glue < 0 or glue <= 0 and not _SECOND.isdisjoint(words[i + 1:i + 4])
    return False


def opening(words: Sequence[str], i: int) -> float:
    """How well a turn starts at words[i] (0 when nothing says so)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    score = _OPEN_PAIR.get((w, nxt), 0.0)
    one = _OPEN_ONE.get(w, 0.0)
    if one and nxt not in ("one", "longer", "more", "matter", "doubt", "as", "far", "done",
                           "known", "much", "many"):
        score = max(score, one)
    if nxt in _OBJECT_NEXT:
        return score  # "... how they'll scrap | it and start over", "serving | it up": an object
    return max(score, _SUBJECT_OPEN.get(w, 0.0))


_OBJECT_NEXT = frozenset("up down out off over back away and or".split())
"""Words after a pronoun that make it the object of the verb before it (a particle, a
conjunction: "scrap it and", "knocked that off"), not the subject of an answer."""


_HOST_OPEN = {"you": 0.6, "your": 0.8, "you're": 0.6, "you've": 0.6, "so": 0.5, "but": 0.5,
              "and": 0.3, "now": 0.4, "let": 0.6, "let's": 0.6, "some": 0.3, "critics": 0.6,
              "there": 0.3, "the": 0.2}


_STEER_OPEN = frozenset("let let's".split())
"""Lead-in words that may open a host's turn before the next sentence's question ("... the
rule of law | let me ask you this ... what do you think")."""
_QUESTION_FIRST = AUX | WH | _LEAD
_OPEN_FIRST = frozenset(_OPEN_ONE) | {a for a, _ in _OPEN_PAIR} | frozenset(_SUBJECT_OPEN)
_CUE_FIRST = _QUESTION_FIRST | _OPEN_FIRST


_DETERMINERS = frozenset("the a an this that these those his her their our my every each "
                         "any some no".split())
"""Words that open a noun phrase: an auxiliary two words after one is that phrase's verb
("... because the performance was there"), not a question's opening."""
_SINGULAR_AUX = frozenset("is was has does isn't wasn't hasn't doesn't".split())


def _subject_verb(words: Sequence[str], i: int) -> bool:
    """Whether the auxiliary words[i] is the verb of the noun phrase just before it ("...
    because the performance | was there"): a determiner two words back, and no plural noun
    before a singular auxiliary ("... their homes | is that", a question)."""
    before = words[i - 1]
    return words[i] in AUX and i >= 2 and words[i - 2] in _DETERMINERS and not (
        words[i] in _SINGULAR_AUX and before.endswith("s") and not before.endswith("ss"))


_REPORTING = frozenset("say says said saying ask asks asked asking tell tells told telling "
                       "think thought thinking wonder wondered wondering".split())
"""Verbs that report speech or thought: a question right after one and its object is the
same speaker's quoted or embedded one ("i said to myself | why not go now")."""
_REPORTED_TO = frozenset("me myself him himself her herself us ourselves them themselves".split())
"""Objects of a reporting verb before a quoted question (not "you": "let me ask you |
what ..." puts the question to the other)."""


def _reported(words: Sequence[str], i: int) -> bool:
    """Whether words[i] follows a reporting verb and its object ("i asked him", "she said to
    herself"): the question there is quoted, the speaker the same."""
    return i >= 2 and words[i - 1] in _REPORTED_TO and (
        words[i - 2] in _REPORTING or i >= 3 and words[i - 2] == "to"
        and words[i - 3] in _REPORTING)


def _tag(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is part of a question tag that closes the sentence: a negated
    auxiliary and its subject pronoun as the last two words ("... matters most to you isn't
    it", "you knew him, didn't you"). The tag is the same speaker's: neither word opens a
    question or an answer."""
    n = len(words)
    at = n - 2
    return at >= 1 and i in (at, at + 1) and words[at].endswith("n't") and words[at] in AUX \
        and words[at + 1] in _SUBJECT


def cuts(words: Sequence[str], opens_question: bool, asks_next: bool = False,
         closed: bool = False) -> list[tuple[int, float]]:
    """Cut positions inside one sentence (never 0) with the boundary model's bonus for a
    change of speaker there: before a question opening mid-sentence and the best place
    before it for a host's lead-in, where the answer to a question plausibly starts (the
    best gap after its opening), and before strong answer openers. ``opens_question`` says
    the sentence itself opens as a question; ``closed`` that it does and the source closes it
    with "?" (then no answer opens in its last CLOSED_TAIL words)."""
    n = len(words)
    found: dict[int, float] = {}
    questions = [0] if opens_question else []
    # the only positions either pass below can act on (a word of one of their sets)
    spots = [i for i, x in enumerate(words[MIN_GAP:], MIN_GAP) if x in _CUE_FIRST]
    for i in spots:
        if i >= n - 1:
            break
        w, before = words[i], words[i - 1]
        if w not in _QUESTION_FIRST or questions and i - questions[-1] <= QUESTION_BODY \
                or i >= n - 2 and _tag(words, i):  # (a tag: the last two words only)
            continue
        if before not in _NO_END and w not in _NO_START and before not in _NO_SPLIT_AFTER \
                and question_at(words, i) and _glue(before, _uncontracted(w)) < 0.5 \
                and not _subject_verb(words, i) and not _reported(words, i):
            found[i] = 0.6
            questions.append(i)
    answer: dict[int, float] = {}  # the positions given an answer score (elsewhere 0)
    for i in spots:
        if closed and n - i <= CLOSED_TAIL:
            continue  # the question's own last words ("how would you fix | it then?")
        w, before = words[i], words[i - 1]
        # (two words after "whose" the relative clause goes on: "a man whose name | they ...")
        if w in _OPEN_FIRST and before not in _NO_END and w not in _NO_START \
                and not (i >= n - 2 and _tag(words, i)):
            o = opening(words, i)
            if o and not question_at(words, i + 1) and not (i >= 2 and words[i - 2] == "whose"):
                answer[i] = o + (0.4 if before in _GOOD_END else 0.0) - _glue(before, w)
    answered = list(answer)  # in order
    if asks_next and n >= LEAD_MIN:
        questions.append(n)  # the next sentence's question: only its lead-in is looked for
    for q in questions:
        best, at = ANSWER_CUT, 0
        # only the answered positions can pass ANSWER_CUT (> 0; elsewhere the score is <= 0)
        lo = bisect_left(answered, q + MIN_GAP)
        hi = bisect_left(answered, min(n, q + QUESTION_SPAN), lo)
        for i in answered[lo:hi]:
            s = answer[i] - DRIFT * max(0, i - q - 8) - 0.15 * max(0, 5 - i + q)
            if s > best and i not in found:
                best, at = s, i
        if at:
            found[at] = max(found.get(at, 0.0), answer[at])
        if q:  # a lead-in before a question asked mid-sentence
            best, at = LEAD_CUT, 0
            for i in range(max(MIN_GAP, q - LEAD_SPAN), q - MIN_GAP + 1):
                w = words[i]
                h = _HOST_OPEN.get(w, 0.0)
                if not h or q == n and w not in _SECOND and w not in _STEER_OPEN:
                    continue  # (before a question in the next sentence: "you ..." leads in)
                if words[i + 1] in _OBJECT_NEXT:
                    continue  # "... that kept | you out for months": the verb's object
                before = words[i - 1]
                if before not in _NO_END and w not in _NO_START:
                    s = h - _glue(before, w)
                    if s > best:
                        best, at = s, i
            if at:
                found[at] = max(found.get(at, 0.0), 0.2)
    for i in answered:  # elsewhere the answer score is 0, below STRONG
        if i not in found and answer[i] >= STRONG:
            found[i] = answer[i] - STRONG + 0.5
    out: list[tuple[int, float]] = []
    for i in sorted(found):
        if out and i - out[-1][0] < MIN_GAP:
            if found[i] > out[-1][1]:
                out[-1] = (i, found[i])
            continue
        out.append((i, found[i]))
    return out


GAP_FEATURES = ("open", "after_question", "good_end", "glue", "host_open", "short_before",
                "thanks_start", "question_start", "you_start", "long_before")
"""What the words either side of a unit start say about a change of speaker there
(`gap_features`), weighted by the decoder's learned ``change`` weights."""
_THANKS_START = frozenset("thank thanks hello hi good".split())


def gap_features(before: Sequence[str], words: Sequence[str], question_before: bool
                 ) -> tuple[float, ...]:
    """The GAP_FEATURES of the start of ``words`` after ``before`` (the previous unit;
    ``question_before`` says it asks)."""
    if not words or not before:
        return (0.0,) * len(GAP_FEATURES)
    return tuple(f(before, words, question_before) for f in GAP_FUNCTIONS)


GapFunction = Callable[[Sequence[str], Sequence[str], bool], float]
GAP_FUNCTIONS: tuple[GapFunction, ...] = (
    lambda before, words, asked: opening(words, 0),
    lambda before, words, asked: float(asked),
    lambda before, words, asked: float(before[-1] in _GOOD_END),
    lambda before, words, asked: _glue(before[-1], words[0]),
    lambda before, words, asked: _HOST_OPEN.get(words[0], 0.0),
    lambda before, words, asked: float(len(before) <= 4),
    lambda before, words, asked: float(words[0] in _THANKS_START),
    lambda before, words, asked: float(question_at(words, 0)),
    lambda before, words, asked: float(words[0] in _SECOND),
    lambda before, words, asked: min(len(before), 60) / 20,
)
"""Each of GAP_FEATURES as a function of the previous unit's words, the unit's words (both
non-empty) and whether the previous unit asks (the decoder computes only those weighted)."""

memos.bound_global(_glue, PAIR_MEMO)

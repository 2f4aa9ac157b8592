"""Questions by their shape: wh-questions, inverted auxiliaries (also after "but"/"so"...),
tag questions ("isn't it", "don't you", "right"), and questions inside a run. Used by `sentences`.

Words are lowercase keys without punctuation. Precision first: a sentence that only might be
a question ("how the war began is clear", "what we need is peace") stays a statement.
`place_questions` also finds questions that no sentence boundary isolates ("... last winter
how have the islanders managed can you describe ..."): it cuts before a question opener
that follows a plausible gap and ends the question at the next strong gap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .scans import where

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
_THE = frozenset("the these those".split())
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
        if head == "how" and len(w) > 3 and w[2] in AUX and second not in AUX \
                and (w[3] in TAG_PRONOUNS or w[3] in _DETERMINERS and second not in WH):
            # "how early did you know", "how significantly will it" (qa31); "how serious
            # is the outbreak": a degree word, then the inverted auxiliary and its subject
            return True
        if second in AUX:
            return True
        # "what's he doing" as "what ortega's doing"; not a possessive before a noun and
        # the clause's own auxiliary ("what ortega's death could mean for the plans", qa31)
        return head in ("who", "what") and second.endswith("'s") \
            and not (len(w) > 3 and w[3] in AUX)
    if head in ("what's", "where's", "how's", "who's"):
        return True
    if head in AUX and head not in ("what's", "who's", "where's", "how's"):
        # "do not arrest me", "could not see anything": a negated auxiliary with no subject
        # after it is an imperative or a statement whose subject went unsaid (qa25); "is not
        # that the point" inverts
        if head in _PERFECT and second not in TAG_PRONOUNS and second in SUBJECTS:
            # "had the chance to speak": "have" before a noun phrase is the verb of
            # having, its subject unsaid (qa26); "has the committee met" inverts, and its
            # participle follows the noun phrase
            return any(_participle(x) for x in w[2:2 + _PARTICIPLE_REACH])
        return second in SUBJECTS or second == "not" and len(w) > 2 and w[2] in SUBJECTS
    return False


_PERFECT = frozenset("have has had".split())
_PARTICIPLE_REACH = 5
"""Words after "has the" within which an inverted perfect's participle stands ("has the
new finance minister said")."""
_IRREGULAR_PARTICIPLES = frozenset(
    "been done gone seen made said got gotten known taken given told heard found left met "
    "paid put read run brought bought thought taught caught sent spent built felt kept lost "
    "won begun come become held led fallen grown shown written driven broken chosen spoken "
    "forgotten hit cut set let shut quit eaten beaten stolen frozen ridden risen hidden proven "
    "shaken sworn worn torn drawn flown thrown blown".split())


def _participle(word: str) -> bool:
    """A past participle by its form: regular ("-ed") or one of the common irregular ones."""
    return word.endswith("ed") and len(word) > 3 or word in _IRREGULAR_PARTICIPLES


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
    for j in range(n - 4, max(0, n - MAX_TAIL - 1), -1):  # n - j <= MAX_TAIL, j >= 1
        if w[j] in _CLAUSE_JOINS:
            aux, subject = w[j + 1], w[j + 2]
            if (aux in AUX and subject in TAG_PRONOUNS and aux not in _WH_CLITIC) \
                    or (aux in _MODALS and subject in _THE):  # "... is will the plan work"
                return j + 1
    return 0


_SUBJECT_ASKS = 7
"""A wh-word asking for the subject ("what happens next", "who tracked the plane") makes a
question of a sentence this short at most; a longer one is as often a fragment or a clause
("what appears now to be a tragic day for the country")."""
_SUBJECT_ASKERS = frozenset("what who".split())
_PAST = frozenset("went took came gave knew saw wrote drove began ran fell grew".split())
_VERB_SUBJECTS = ("it", "he", "she", "they")


def _asks_subject(w: list[str], fluent: Callable[[str, str], bool] | None) -> bool:
    """"what"/"who" and a verb with no auxiliary or wh-word after: the wh-word is the verb's
    subject and the sentence asks for it ("what happens next", "who won the race"; not "what
    happened was simple", "what kind of day", "who knows what he did"). The verb is a word in
    -ed, or one in -s or a past form a pronoun subject stands before in the bigram counts."""
    if not 2 <= len(w) <= _SUBJECT_ASKS or w[0] not in _SUBJECT_ASKERS or fluent is None:
        return False
    verb = w[1]
    if verb in AUX or not (verb.endswith(("s", "ed")) or verb in _IRREGULAR_PARTICIPLES
                           or verb in _PAST):
        return False
    return not any(x in AUX or x in WH for x in w[2:]) \
        and (verb.endswith("ed") and len(verb) > 4
             or any(fluent(p, verb) for p in _VERB_SUBJECTS))


def _whole_question(w: list[str], fluent: Callable[[str, str], bool] | None) -> bool:
    if opens_question(w) or _asks_subject(w, fluent):
        return True
    n = len(w)
    if n >= 4 and w[-2] in NEG_AUX and w[-1] in TAG_PRONOUNS:
        return True  # "it is hard isn't it"
    if n >= 5 and w[-3] in NEG_AUX and w[-2] in TAG_PRONOUNS and w[-1] in ("think", "agree"):
        return True  # "... don't you think"
    return n >= 5 and w[-1] == "right" and w[-2] not in _RIGHT_BEFORE \
        and w[0] in TAG_PRONOUNS and fluent is not None and not fluent(w[-2], "right")


# -- questions inside a run ------------------------------------------------------------------
_PERSONS = frozenset("i you we they he she".split())
"""Mid-run, "is the"/"is it" are mostly declarative; "do you"/"are they" are inverted."""
_IMPOSSIBLE = -50.0
"""Gap scores at or below this mark gaps where no sentence can end (`sentencegaps.NEVER`)."""
_INVERTING = frozenset(
    "do does did can could would will should shall might may must have has had is are was "
    "were isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't "
    "shouldn't haven't hasn't hadn't".split())
_DO_MODAL = frozenset(
    "do does did can could would will should shall might may must don't doesn't didn't "
    "can't couldn't won't wouldn't shouldn't".split())
_IT_AUX = frozenset(
    "can could would will should might must has hasn't can't couldn't won't wouldn't "
    "shouldn't".split())
"""Before "it" these invert ("will it last"); "do it", "did it", "is it" are as often not."""
_SINGULAR = frozenset("is isn't was wasn't does doesn't has hasn't".split())
_PLURAL = frozenset("are aren't were weren't do don't have haven't".split())
_DISAGREE = {"i": _SINGULAR - {"was", "wasn't"} | {"are", "aren't", "were", "weren't"},
             "you": _SINGULAR, "we": _SINGULAR, "they": _SINGULAR, "he": _PLURAL,
             "she": _PLURAL}
"""Auxiliaries that do not agree with the pronoun after them ("... is i love" is no question)."""
_MODALS = _DO_MODAL - frozenset("do does did don't doesn't didn't".split())
_DO_SUPPORT = frozenset("do does did".split())
"""After a wh-word only these force a subject to follow ("what does the law say"); "what
could get", "who don't know" have none."""
_SUBJECT_WH = frozenset("who which whose".split())
_NOT_SUBJECT = frozenset("not never you're i'm".split()) | _INVERTING
_DETERMINERS = frozenset(
    "the this that these those your our his her their my its a an any some all".split())
_EMBEDDING = frozenset(
    "that if whether ask asked asking asks know knew knows wonder wondered wondering tell told "
    "see saw understand understood explain idea sure question matter decide decided show "
    "shows sure doubt only nor neither".split())
"""After these a question word opens an indirect question ("i wonder what could help"), and
an auxiliary may be inverted in a statement ("not only does it")."""
_CONJUNCTIONS = frozenset("and but or so is was".split())
"""A question opened after these stays in the sentence ("..., but do you agree?", "the
question is will it work"): `is_question` takes the last clause."""


@dataclass(frozen=True, slots=True)
class QuestionCuts:
    """How sure (gap log-odds, on the scale of the scores given) a gap must be to open a
    question inside a run, to end one, and the longest question taken without an end gap."""

    start: float
    end: float
    longest: int = 18


def mid_opener(w: list[str], k: int) -> bool:
    """Does a direct question open at ``w[k]`` inside a run: an inverted auxiliary before a
    personal pronoun ("... would you like"), or a wh-word, an auxiliary and a subject ("...
    how have those talks gone", "... what does the law say")?"""
    if k + 2 >= len(w):
        return False
    a, b, c = w[k], w[k + 1], w[k + 2]
    if a == "how" and k + 3 < len(w) and (b in _HOW_MEASURE or c in _INVERTING
                                          and b not in _NOT_DEGREE):
        # "... how long will the", "... how serious is this outbreak": the degree word
        # stands between the wh-word and the inverted auxiliary
        b, c = c, w[k + 3]
    if a in _INVERTING:
        if b == "it":  # "... will it last", not "... do it"
            return a in _IT_AUX and c not in _NOT_SUBJECT
        return b in _PERSONS and c not in _PERSONS and a not in _DISAGREE[b]
    if a not in WH or b not in _INVERTING:
        return False
    if c in _PERSONS or c == "it":
        return True  # "... where are we", "which do you": a relative clause does not invert
    if a in WH_RELATIVE and b not in _MODALS:
        return False  # "... which has the effect", "who did the work"
    if c in _DETERMINERS or c == "there":
        return True
    return b in _DO_SUPPORT and c not in _NOT_SUBJECT and a not in _SUBJECT_WH


_NOT_DEGREE = _INVERTING | WH | _PERSONS | _DETERMINERS | frozenset("it come".split())
"""Words after "how" that are no degree word of an adjective or adverb: an auxiliary, a
subject ("how it is done", "how they were"), "how come"."""
_NOUN_MODALS = frozenset("could would should will can".split())
"""Modals that, before a determiner, can only be inverted ("... could the plan work", "...
would any of that help"): a modal takes a verb, so a noun phrase after one is its subject."""
_ABOUT_ASKERS = frozenset("what how".split())
_NOMINATIVE = frozenset("i we they he she".split())
"""After "what about" a noun phrase follows ("what about you", "what about the bakery"); one of
these subjects in it opens a clause the question does not reach ("what about the bakery |
they closed it")."""


def mid_asker(w: list[str], k: int, fluent: Callable[[str, str], bool] | None) -> bool:
    """Does a direct question open at ``w[k]`` inside a run by a shape `mid_opener` leaves
    out: "what about"/"how about" ("... early | what about the final") or a modal before a
    noun phrase ("... next week | could the mayor lose")? English must not write the
    word before with ``w[k]`` (``fluent``: "talk about what", "which could"), nor stand it
    after a determiner ("the will the people showed"): then ``w[k]`` continues the clause
    before it."""
    if fluent is None or k + 2 >= len(w) or w[k - 1] in _DETERMINERS \
            or fluent(w[k - 1], w[k]):
        return False
    a, b = w[k], w[k + 1]
    return a in _ABOUT_ASKERS and b == "about" or a in _NOUN_MODALS and b in _DETERMINERS


_WH_HEADS = frozenset("what which whose".split())
_PHRASE_FIRST = frozenset(
    "the this that these those your our his her their my kind sort type else".split())
"""After "what", words that make it the head of a noun phrase ("what the hell", "what kind
of", "what else"; "what a" is an exclamation); after "which"/"whose" any word of a noun."""
_NOT_NOMINAL = _INVERTING | WH | LEADS | _PERSONS | _EMBEDDING | frozenset(
    "it to for with from by in on at as if because when than not".split())


def wh_phrase_before(w: list[str], k: int, floor: int) -> int | None:
    """Where a wh-phrase of at most four words right before the inverted auxiliary ``w[k]``
    opens ("what the hell | were you", "which kind of car | did you"), no earlier than
    ``floor``; None when none does (the auxiliary opens the question itself)."""
    if w[k] not in _INVERTING:
        return None
    for j in range(k - 2, max(floor, k - 5) - 1, -1):
        if w[j] in _WH_HEADS and (w[j + 1] in _PHRASE_FIRST or w[j] != "what"
                                  and w[j + 1] not in _NOT_NOMINAL):
            inner = w[j + 2:k]
            if all(x not in _NOT_NOMINAL for x in inner) and "of" not in inner[-1:]:
                return j
            return None
        if w[j] in _NOT_NOMINAL and w[j] != "of":
            return None
    return None


def tag_at(w: list[str], k: int) -> bool:
    """Do ``w[k], w[k+1]`` read as a question tag ("... most of all isn't it")?"""
    return k + 1 < len(w) and w[k] in NEG_AUX and w[k + 1] in TAG_PRONOUNS


def place_questions(w: list[str], ends: bytearray, gaps: Sequence[float], cuts: QuestionCuts,
                    fluent: Callable[[str, str], bool] | None = None,
                    judge: Callable[[list[str], bool], bool] | None = None,
                    asked: frozenset[int] = frozenset()) -> set[int]:
    """The word indices that end a question; ``ends`` (sentence ends per word) gains the ends
    of questions that open or close inside a run. ``gaps[i]``: the evidence that a sentence
    ends after word i. A question opens mid-run where `mid_opener` finds one after a gap at
    least ``cuts.start`` (not after a verb of asking or knowing; at an inverted auxiliary after
    a wh-phrase, the gap before the wh-word counts), and ends at the first gap
    reaching ``cuts.end``, at the next question's opening, or at the sentence end when that
    is at most ``cuts.longest`` words on; a question whose sentence the source closes with
    "?" (``asked``: those words' indices) ends there. Any other sentence is a question when
    `is_question` says so, or as ``judge(words, shape)`` decides (a learned model) when
    given."""
    out: set[int] = set()
    n = len(w)
    # The words some rule below looks for, found in one pass: where a mid-run question may
    # open (after a gap reaching cuts.start, at a word `mid_opener` can accept), where a
    # wh-phrase or a tag may stand, and where a last clause may open inverted.
    noted = list(where(map(_NOTED.__contains__, w), n))
    start = cuts.start
    openers = [k for k in noted if k and w[k] in _MID_FIRST and gaps[k - 1] >= start]
    heads = [k for k in noted if w[k] in _WH_HEADS]
    negs = [k for k in noted if w[k] in NEG_AUX]
    joins = [k for k in noted if w[k] in _CLAUSE_JOINS]
    # an inverted auxiliary after a wh-phrase ("what the hell | were you") opens whatever the
    # gap before it: the question is cut before the wh-word, where the gap is weighed
    fronted = {k for j in heads for k in range(j + 2, min(n, j + 6))
               if w[k] in _INVERTING and wh_phrase_before(w, k, j) == j}
    # a modal before a determiner inverts whatever the gap before it ("... next week | could
    # the mayor lose"): the shape is the evidence (`mid_asker` checks the pair before it)
    inverted = {k for k in noted if 0 < k < n - 1 and w[k] in _NOUN_MODALS
                and w[k + 1] in _DETERMINERS and gaps[k - 1] > _IMPOSSIBLE}
    if fronted or inverted:
        openers = sorted(fronted.union(openers, inverted))
    found = _Found(openers, negs, joins, asked)
    first = 0
    for last in where(ends, n):  # ``ends`` only gains ends up to ``last`` here
        _sentence(w, first, last, ends, gaps, cuts, fluent, judge, out, found)
        first = last + 1
    return out


_MID_FIRST = _INVERTING | WH
"""The words `mid_opener` can accept at ``w[k]``."""
_NOTED = _MID_FIRST | _WH_HEADS | NEG_AUX | _CLAUSE_JOINS


@dataclass(frozen=True, slots=True)
class _Found:
    """Where words `place_questions` looks for stand in the document (in order): where a
    mid-run question may open, the negated auxiliaries and the clause joins."""

    openers: list[int]
    negs: list[int]
    joins: list[int]
    asked: frozenset[int] = frozenset()
    """The words after which the source writes "?"."""


def _sentence(w: list[str], first: int, last: int, ends: bytearray, gaps: Sequence[float],
              cuts: QuestionCuts, fluent: Callable[[str, str], bool] | None,
              judge: Callable[[list[str], bool], bool] | None, out: set[int],
              found: _Found) -> None:
    lead = first  # `lead_length` of the sentence, read in place
    while lead < last and w[lead] in LEADS:
        lead += 1
    opens = [first]
    # (`opens_question` reads four words at most)
    asks = {first} if opens_question(w[lead:min(lead + 4, last + 1)]) else set()
    inverted: dict[int, int] = {}  # a question's opening -> its inverted auxiliary
    tentative: dict[int, int] = {}  # openings of `mid_asker` (-> its word), kept with an end
    openers = found.openers
    for k in openers[bisect_left(openers, first + 2):bisect_left(openers, last - 1)]:
        if w[k - 1] in _EMBEDDING:
            continue
        if not mid_opener(w, k):
            s = k - 1 if w[k - 1] in LEADS and w[k - 1] not in _CONJUNCTIONS else k
            if mid_asker(w, k, fluent) and w[s - 1] not in _CONJUNCTIONS \
                    and s - 1 > opens[-1]:
                opens.append(s)
                asks.add(s)
                tentative[s] = k
            continue
        fronted = wh_phrase_before(w, k, opens[-1])
        if fronted is not None:  # "what the hell | were you thinking": one question
            if fronted > first and w[fronted - 1] in _EMBEDDING:
                continue  # "i asked what the hell were you thinking" is reported
            if fronted <= opens[-1] + lead_length(w[opens[-1]:k]):
                asks.add(opens[-1])  # the sentence opens with the wh-phrase
                inverted[opens[-1]] = k
                continue
            s = fronted
            if gaps[s - 1] >= cuts.start and w[s - 1] not in _CONJUNCTIONS:
                opens.append(s)
                asks.add(s)
                inverted[s] = k
            continue
        s = k - 1 if w[k - 1] in LEADS and w[k - 1] not in _CONJUNCTIONS else k
        if w[s - 1] in _CONJUNCTIONS:
            continue
        if s - 1 > opens[-1] and gaps[s - 1] >= cuts.start:
            opens.append(s)
            asks.add(s)
    opens.append(last + 1)
    if tentative:  # a question `mid_asker` opens must find its end, or no cut is made
        for s in sorted(tentative, reverse=True):
            at = opens.index(s)
            end = _question_end(gaps, s, opens[at + 1] - 1, cuts)
            k = tentative[s]
            if end is None or w[k + 1] == "about" and not _NOMINATIVE.isdisjoint(w[k:end + 1]):
                del opens[at]
                asks.discard(s)
    negs = found.negs
    for s, stop in zip(opens, opens[1:], strict=False):
        e = stop - 1
        ends[e] = True
        if s in asks:
            # the writer's own "?" closes the question: no end inside it ("would you accept
            # that ... is the greatest challenge | he has faced in his presidency?", qa25)
            end = e if e in found.asked else _question_end(gaps, inverted.get(s, s), e, cuts)
            if end is not None:
                ends[end] = True
                _ask(w, s, end, True, judge, out)
                s = end + 1
        # `tag_at` over the negated auxiliaries only (k + 1 <= e stays inside ``w``)
        for k in negs[bisect_left(negs, s + 3):bisect_left(negs, e)]:
            if w[k + 1] in TAG_PRONOUNS and gaps[k - 1] > _IMPOSSIBLE \
                    and (k + 1 == e or gaps[k + 1] >= cuts.end):
                ends[k + 1] = True
                _ask(w, s, k + 1, True, judge, out)
                s = k + 2
                break
        if s <= e:
            _ask(w, s, e, _is_question_at(w, s, e, fluent, found.joins), judge, out)


def _ask(w: list[str], a: int, b: int, shape: bool,
         judge: Callable[[list[str], bool], bool] | None, out: set[int]) -> None:
    """Words a..b are a question when their shape says so, or as ``judge`` decides."""
    if judge(w[a:b + 1], shape) if judge is not None else shape:
        out.add(b)


def _is_question_at(w: list[str], s: int, e: int, fluent: Callable[[str, str], bool] | None,
                    joins: list[int]) -> bool:
    """``is_question(w[s:e + 1], fluent)``, the inverted last clause found among the clause
    joins ``joins`` (their indices in ``w``, in order) rather than word by word."""
    lead = s
    while lead < e and w[lead] in LEADS:
        lead += 1
    m = e + 1 - lead  # the words after the leads
    if m < 2:
        return False
    if m <= MAX_WORDS and _whole_question(w[lead:e + 1], fluent):
        return True
    # `inverted_tail`: a join at lead + j, m - MAX_TAIL - 1 < j <= m - 4 and j >= 1
    for j in joins[bisect_right(joins, lead + max(0, m - MAX_TAIL - 1)):
                   bisect_right(joins, e - 3)]:
        aux, subject = w[j + 1], w[j + 2]
        if (aux in AUX and subject in TAG_PRONOUNS and aux not in _WH_CLITIC) \
                or (aux in _MODALS and subject in _THE):
            return True
    return False


def _question_end(gaps: Sequence[float], s: int, e: int, cuts: QuestionCuts) -> int | None:
    """Where a question opened at ``s`` ends, ``e`` being the next opening or sentence end:
    the first gap reaching ``cuts.end`` after at least three words, else ``e`` when it is at
    most ``cuts.longest`` words on, else nowhere (a long run-on is no question)."""
    for k in range(s + 2, min(e, s + cuts.longest)):
        if gaps[k] >= cuts.end:
            return k
    return e if e - s < cuts.longest else None

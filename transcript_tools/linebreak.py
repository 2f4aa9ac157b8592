"""Where a caption may break: a cost for splitting between two words, and the best way to
set a cue's words in lines. Called by `layout` (cue boundaries and line breaks).

Costs follow the broadcast subtitle guides (see /work/shared/CAPTIONS.md): 0 after a sentence,
1 after a comma, 2 before a conjunction, 3 before a preposition, 4 elsewhere, up to 10 where a
break must not fall (article or preposition from its noun, inside a capitalised name
(`NAME_BREAK`), between a role word and the name after it (`ROLE_NAME`), a number from its
unit, a title from its name, before punctuation). Word pairs that English uses as a unit
(high pointwise mutual information in the shipped bigram counts: "human rights", "give up")
cost more to split, and so do a modifier and its noun ("road | closures", `layoutglue`), an
auxiliary and its verb ("would | like"), a quantifier and its noun ("many | discrepancies"), a
word and the preposition the counts say it takes ("unable | to", `BOUND_SHARE`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from operator import itemgetter, or_

from . import memos
from .breakwords import (
    AUXILIARIES,
    CONJUNCTIONS,
    CONTRACTED,
    DETERMINERS,
    MODALS,
    NOT_POSSESSIVE,
    NUMBER_WORDS,
    NUMBERED,
    PARTICLES,
    POSSESSIVE_ENDS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    TITLES,
)
from .layoutglue import GLUE, glue, nominal
from .memos import PAIR_MEMO, WORD_MEMO
from .personnames import NAMED_ROLES
from .titles import PERSON_TITLE_WORDS
from .vocabulary import vocabulary

NEVER = 10.0
FREE_BREAK = 4.0
"""The cost of an ordinary break between two content words."""
_SENTENCE_END = (".", "?", "!", "…", '."', '?"', '!"', ".”", "?”", "!”")
_CLAUSE_END = (",", ";", ":", "--", "—", "–")
_MARKS = ".,;:?!…—–-\"'”’"

POSSESSIVE = 7.0
"""Cost of a break between a possessive and the phrase it determines ("the world's | largest
economies"): almost a determiner, less, as "'s" may be "is" ("the president's | going")."""
BALANCE = 6.0
"""Weight of the length difference between lines (per line width) against break costs."""
ORPHAN = 4
"""A line of one word this short or shorter counts as an orphan."""
LONE_WORD = 8
"""A line of one word this short or shorter (not an orphan) costs a little: the guides want
no word alone on a line."""
_LAST_WORD = 6.0
"""Cost of a break between two content words that leaves the second, a sentence's last word,
to open the next line or cue alone ("monitoring the new | variant. It's not")."""
AUX_VERB = 8.0
"""Cost of a break between an auxiliary and its verb ("has | claimed", "would | like"): dearer
than after a pronoun (6), like a modifier from its noun (8), cheaper than after an article (9)."""
PREP_PHRASE = 8.0
"""Cost of a break between a preposition and the phrase it heads ("with | much criticism"):
as dear as one inside a modifier and its noun, lest the glue push breaks there."""
NAME_BREAK = 9.75
"""Cost of a break inside a capitalised name ("the Justice | Department", "Maria | Lopez"):
dearer than the dearest break inside a phrase (an article from its noun, 9), for the guides
never split a name across lines; a name longer than a line still breaks (`setting` takes the
least dear break), and a title's abbreviation or a mark (`NEVER`) costs more."""
ROLE_NAME = 9.25
"""Cost of a break between a role word and the name it introduces ("councilman | Jim Graham",
"our correspondent | Ann Lee"): dearer than an article from its noun, less than inside the
name, so a line that cannot hold both breaks before the name rather than in it. A modifier
that makes one role with the word (`GLUE`: "campaign | manager Ann Lee", "foreign |
correspondent") costs as much, so the break goes before the whole role instead of into it.
(A value no other break has: `BreakCosts.costs` finds these breaks by it.)"""
ROLE_REACH = 2
"""The most modifiers before a role word that `ROLE_NAME` reaches ("senior foreign
correspondent Ann Lee")."""
ROLE_WORDS = PERSON_TITLE_WORDS | NAMED_ROLES | frozenset(
    "councilman councilwoman councillor councilor alderman officer deputy trooper sheriff "
    "inspector constable chief captain superintendent representative delegate spokesperson "
    "candidate nominee challenger incumbent leader mp".split())
"""Words of a person's title or work that a name follows in apposition (`titles`' titles,
`personnames`' roles, a council's and police ranks): a break between one and the capitalised
word after it parts the name from what introduces it."""
LABEL_WORDS = 3
"""The most words of a speaker's label left in the text ("Meredith Baxter:")."""
_FUNCTION = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS | AUXILIARIES | QUANTIFIERS
BOUND_SHARE = 1.0
"""How often a word is followed by a preposition in the shipped counts (the pair's share of
the bigram counts over the word's share of the word counts; these counts' scale) from which
the word takes the preposition as its own ("a handful | of" 2.3, "unable | to" 2.3, "plenty |
of" 2.0), so that a break between them parts a unit; not a preposition that merely may follow
("moved | to" 0.7, "bake | at" 0.2, "walked | into" 0.2)."""
BOUND_PREP = 7.0
"""Cost of a break between a word and the preposition it takes (`BOUND_SHARE`): as a verb
and its particle, instead of the 3 a break before a preposition costs."""
COHESION_PMI = 4.0
"""Natural-log PMI above which a word pair is treated as one unit (collocations such as
"human rights" score 5-7, free pairs such as "of the" or "we need" below 4)."""


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[]").lower()


# Flags describing one displayed word (cached per word type).
_SENT, _CLAUSE, _PUNCT_START, _CAP, _TITLE, _DET, _NUM, _PREP, _CONJ, _WEAK, _I, _ALPHA, \
    _SUBJECT, _PART, _FIGURE, _SPELLED, _ACRONYM, _INITIAL, _DOTTED, _MODAL, _QUANT, _AUX, \
    _POSS, _ROLE = (1 << k for k in range(24))
_QUOTE_OPENERS = "\"'“‘([$£€♪♫#"
_COMPOUND = re.compile(r"^(?:\d+|" + "|".join(sorted(NUMBER_WORDS)) + r")-[a-z][a-z-]*$")
"""A number joined to its unit ("five-year", "10-yard", "17-year-old")."""
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
"""A figure's ordinal ending ("23rd"): the word is still a figure."""
_DOTTED_WORD = re.compile(r"^(?:[a-z]\.){2,}$")
"""Lowercase letters each with its stop ("p.m.", "a.m."): a sentence ends after one only
where the document starts a sentence. Not "U.S.", after which the sentence stage may leave
a sentence unopened ("here in the U.S. Kate Snow is"): a capital there may open one."""
_LEFT_SHIFT = 25
"""A pair's key: the left word's flags above the right word's flags and the sentence bit."""


def _flags(word: str) -> tuple[str, int]:
    low = _bare(word)
    f = 0
    if len(word) == 2 and word[1] == "." and word[0].isalpha():
        f |= _INITIAL  # "U. | S.", "J. | K. Rowling": an initial's stop ends nothing
    elif _DOTTED_WORD.match(word):
        f |= _DOTTED  # "p.m. | Eastern": the stop ends no sentence by itself
    elif word.endswith(_SENTENCE_END):
        f |= _SENT
    elif word.endswith(_CLAUSE_END):
        f |= _CLAUSE
    if not word[:1].isalnum() and word[:1] not in _QUOTE_OPENERS:
        f |= _PUNCT_START
    if word[:1].isupper():
        f |= _CAP
        if len(word) > 1 and word.isupper() and word.isalpha():
            f |= _ACRONYM
    if low in NUMBERED:
        f |= _ACRONYM
    if low in TITLES:
        f |= _TITLE
    if low in DETERMINERS:
        f |= _DET
    if low and (low[-1].isdigit() or low[:1].isdigit() and low.endswith(_ORDINAL_ENDS)):
        f |= _NUM
        if not word.endswith(_SENTENCE_END + _CLAUSE_END):
            f |= _FIGURE
    elif (low in NUMBER_WORDS or _COMPOUND.match(low) is not None) and word[-1:].isalpha():
        f |= _SPELLED  # also "five-year", "10-yard": a compound binds its noun
    if low in PARTICLES:
        f |= _PART
    if low in PREPOSITIONS:
        f |= _PREP
    if low in CONJUNCTIONS:
        f |= _CONJ
    if low in PRONOUNS or low in AUXILIARIES:
        f |= _WEAK
    if low in AUXILIARIES and low != "very" or low.endswith(CONTRACTED) and low[:1].isalpha():
        f |= _AUX | _WEAK  # (also "doesn't", "we'll", "they've": "doesn't | really")
    if low in MODALS:
        f |= _MODAL
    if low.endswith(POSSESSIVE_ENDS) and low[:-2].isalpha() and low[:-2] not in NOT_POSSESSIVE:
        f |= _POSS
    if low in QUANTIFIERS:
        f |= _QUANT
    if low in ROLE_WORDS:
        f |= _ROLE
    if low == "i":
        f |= _I
    if low in SUBJECT_PRONOUNS:
        f |= _SUBJECT
    if low[:1].isalpha():
        f |= _ALPHA
    return low, f


def _by_class(lf: int, rf: int, sentence_start: bool) -> float | None:
    """The cost of a break between words with flags ``lf`` and ``rf``; None when it turns on
    the words themselves (two content words: `BreakCosts._content`)."""
    if rf & _PUNCT_START or lf & _TITLE:
        return NEVER  # never start a line with punctuation, never split "Dr. | Smith"
    if lf & _SENT and (sentence_start or rf & _CAP) or lf & _DOTTED and sentence_start:
        return 0.0
    if lf & _CLAUSE:
        return 1.0
    if sentence_start:
        return 0.5
    if lf & _DOTTED and rf & _CAP:
        return 8.0  # "8 p.m. | Eastern", "5 p.m. | Monday": below a name's words
    if lf & _DET or (lf & _NUM and rf & _ALPHA):
        return 9.0
    if lf & _POSS and rf & _ALPHA and not rf & (_CONJ | _PREP | _DET | _WEAK | _PART):
        return POSSESSIVE  # "the world's | largest", not "John's | in" (is) nor "it's"
    if lf & (_INITIAL | _CAP) and rf & _CAP and not rf & _I:
        return NAME_BREAK  # inside a name ("J. | K.", "Justice | Department")
    if lf & _ROLE and rf & _CAP and not rf & _I:
        return ROLE_NAME  # a role word from the name after it ("councilman | Jim")
    if lf & _ACRONYM and rf & _FIGURE and not rf & _ALPHA:
        return 8.0  # letters and their number ("KPIX | 5")
    if rf & _PART:
        return 7.0  # a verb from its particle
    if lf & _SPELLED and rf & _ALPHA and not rf & (_CONJ | _PREP | _DET | _WEAK):
        return 9.0  # a spelled number from its noun ("two | minutes"), not "go second | and"
    if lf & _QUANT and rf & _ALPHA and not rf & (_CONJ | _PREP | _DET | _WEAK | _QUANT):
        return None  # "many | discrepancies", not "much | represent": the words decide
    if lf & _PREP:
        return PREP_PHRASE
    if lf & _CONJ:
        return 6.0
    if rf & _CONJ:
        return 2.0
    if lf & _SUBJECT:
        return 6.0  # "Tiffany I | like the theater": a subject from its verb
    if lf & _MODAL and rf & _PREP and not rf & _CONJ:
        return AUX_VERB  # "would | like": the preposition's word is a verb here
    if rf & _PREP:
        return None if not lf & ~(_ALPHA | _CAP) else 3.0  # a content word: it decides
    if lf & _AUX and rf & _ALPHA and not rf & (_DET | _WEAK | _CONJ) or \
            lf & _AUX and rf & _AUX:
        return AUX_VERB  # "has | claimed", "does not | matter", "would | not"
    if lf & _WEAK:
        return 6.0
    return None


class _Words(dict[str, tuple[str, int, int]]):
    """Per displayed word, worked out on first sight: its bare lowercase form and its flags
    as the left and as the right word of a pair key."""

    def __missing__(self, word: str) -> tuple[str, int, int]:
        if len(self) > 500_000:
            self.clear()  # bounded across a long batch
        low, f = _flags(word)
        info = self[word] = (low, f << _LEFT_SHIFT, f << 1)
        return info


class _Classes(dict[int, float | None]):
    """`_by_class` per pair key (left flags, right flags, sentence bit), on first sight."""

    def __missing__(self, key: int) -> float | None:
        cost = self[key] = _by_class(key >> _LEFT_SHIFT, (key & ((1 << _LEFT_SHIFT) - 1)) >> 1,
                                     bool(key & 1))
        return cost


_LEFT, _RIGHT = itemgetter(1), itemgetter(2)
_CAP_LEFT = _CAP << _LEFT_SHIFT


class BreakCosts:
    """Costs of breaks between adjacent words. Word classes are cached per word type, the
    decision per pair of classes, and content-word pairs are scored with the shared bigram
    statistics, cached per pair."""

    def __init__(self) -> None:
        self._words = _Words()
        self._classes = _Classes()
        self._pairs: dict[tuple[str, str, int], float] = {}
        memos.bound(self, ("_words", WORD_MEMO), ("_pairs", PAIR_MEMO))

    def costs(self, words: Sequence[str], sentence_starts: Sequence[bool]) -> list[float]:
        """``costs[k]``: the cost of a break between ``words[k]`` and ``words[k + 1]``."""
        if len(words) < 2:
            return []
        infos = list(map(self._words.__getitem__, words))
        # (the right flags as a stream, read one word ahead: a list of them is a new int a
        # word, ~11 MB at once on a 300,000-word page)
        rights = map(or_, map(_RIGHT, infos), sentence_starts)
        next(rights, None)
        keys = map(or_, map(_LEFT, infos), rights)
        out = list(map(self._classes.__getitem__, keys))
        k = -1
        content, known = self._content, self._pairs.get
        try:
            while True:  # the pairs the classes leave open: two content words
                k = out.index(None, k + 1)
                left = infos[k]
                key = (left[0], infos[k + 1][0], left[1] & _CAP_LEFT)
                cost = known(key)  # (scored before: no call)
                out[k] = cost if cost is not None else content(*key)
        except ValueError:
            pass
        k = -1
        try:
            while True:  # a role word before a name: its modifiers join it (`ROLE_NAME`)
                k = out.index(ROLE_NAME, k + 1)
                _role(out, k)  # type: ignore[arg-type]
        except ValueError:
            pass
        k = -1
        try:
            while True:  # a clause mark: perhaps a speaker's label ("Matt Brennan: It's")
                k = out.index(1.0, k + 1)
                if words[k][-1] == ":":
                    _label(words, sentence_starts, out, k)  # type: ignore[arg-type]
                elif words[k][-1] == "," and words[k][:1].isupper() \
                        and words[k + 1][:1].isupper() and _place_and_region(words, k):
                    out[k] = PLACE_REGION
        except ValueError:
            pass
        return out  # type: ignore[return-value]

    def cost(self, left: str, right: str, sentence_start: bool) -> float:
        """Cost of breaking between ``left`` and ``right`` (their texts as displayed);
        ``sentence_start``: the document starts a sentence at ``right``."""
        return self.costs([left, right], [False, sentence_start])[0]

    def _content(self, left: str, right: str, capitalised: int) -> float:
        key = (left, right, capitalised)
        cached = self._pairs.get(key)
        if cached is None and right in PREPOSITIONS:  # (bounded with the rest: memos.bound)
            cached = self._pairs[key] = _before_preposition(left, right)
        if cached is None:
            # a sentence's last word alone on the next line or cue ("the new | variant."),
            # which the bigram counts (no marks) cannot weigh: dearer than a free pair
            cached = _LAST_WORD if right.endswith(_SENTENCE_END) else 4.0
            vocab = vocabulary()
            pair = vocab.bigram(left, right)
            if pair:
                a, b = vocab.count(left), vocab.count(right)
                if a and b:
                    pmi = math.log(pair / vocab.bigram_total * vocab.total * vocab.total / a / b)
                    if pmi >= COHESION_PMI:
                        cached = 7.0
            if cached < GLUE:  # a modifier and its noun ("road | closures")
                bare = right.rstrip(_MARKS)
                cached = max(cached, glue(left, bare, bool(capitalised)))
                if left in QUANTIFIERS and nominal(bare):
                    cached = max(cached, 7.0)  # "many | discrepancies", not "many | say"
            if len(self._pairs) > 200_000:
                self._pairs.clear()  # bounded across a long batch
            self._pairs[key] = cached
        return cached


def _before_preposition(left: str, right: str) -> float:
    """The cost of a break between a content word and a preposition: 3 (the guides prefer it),
    `BOUND_PREP` where the counts say the word takes that preposition (`BOUND_SHARE`)."""
    vocab = vocabulary()
    pair, count = vocab.bigram(left, right), vocab.count(left)
    if pair and count and pair / vocab.bigram_total * vocab.total / count >= BOUND_SHARE:
        return BOUND_PREP
    return 3.0


def _role(out: list[float], k: int) -> None:
    """A role word's modifiers before it (`GLUE` and dearer: "campaign | manager", up to
    `ROLE_REACH` of them) cost as much as the break between it and the name at ``k``."""
    j = k - 1
    while j >= 0 and k - j <= ROLE_REACH and GLUE <= out[j] < ROLE_NAME:
        out[j] = ROLE_NAME
        j -= 1


PLACE_REGION = 8.0
"""Cost of a break between a place and its state or country after the comma ("Savannah, |
Georgia", "Lyon, | France"): as a modifier from its noun, below a name's words (the comma's
own break costs 1)."""


def _place_and_region(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` (capitalised, ending on a comma) names a place (a city the data
    packages list: `propernouns.place_names`) and the words after it its state or country
    (`propernouns.regions`): "Savannah, Georgia.", "Loveland, Colorado", "Roswell, New
    Mexico"; not a list of regions ("France, Germany": the word before the comma is one
    itself), nor a word that is no place ("Well, France is")."""
    from .propernouns import place_names, regions

    known = regions()
    left = words[k][:-1].lower()
    if not left.isalpha() or left in known or left not in place_names() \
            or k and words[k - 1][:1].isupper() and words[k - 1][-1:].isalpha() \
            and f"{words[k - 1].lower()} {left}" in known:
        return False
    one = words[k + 1].rstrip(_MARKS).lower()
    if one in known:
        return True
    return k + 2 < len(words) and words[k + 1][-1:].isalpha() \
        and f"{one} {words[k + 2].rstrip(_MARKS).lower()}" in known


def _label(words: Sequence[str], sentence_starts: Sequence[bool], out: list[float],
           k: int) -> None:
    """When ``words[k]`` ends a speaker's label in the text ("Matt Brennan:", "Man:",
    "O'Brien:": one to `LABEL_WORDS` words, the first capitalised, none a function word,
    opening a sentence), the label opens its line and cue: no break after it (`NEVER`), a
    free one before it, none inside it."""
    j = k
    while True:
        bare = words[j].rstrip(":").replace("'", "").replace("’", "").replace("-", "")
        if not bare.isalpha() or bare.lower() in _FUNCTION:
            return
        if j == 0 or sentence_starts[j] or words[j - 1].endswith(_SENTENCE_END):
            break
        j -= 1
        if k - j >= LABEL_WORDS:
            return
    if not words[j][:1].isupper():
        return
    out[k] = NEVER
    for m in range(j, k):
        out[m] = max(out[m], NAME_BREAK)  # like a name's words
    if j > 0:
        out[j - 1] = 0.0


def break_lines(words: Sequence[str], costs: Sequence[float], width: int, max_lines: int,
                first_width: int | None = None,
                lengths: Sequence[int] | None = None) -> list[str] | None:
    """The best setting of ``words`` in at most ``max_lines`` lines, or None if none fits.

    ``costs[k]`` is the cost of a break between ``words[k]`` and ``words[k + 1]``.
    ``first_width`` narrows the first line (room for a speaker label). One line when the text
    fits; otherwise the break of least cost, lines balanced, the bottom line the longer when
    they differ (a pyramid), and never one short word alone on a line. ``lengths``: the
    words' lengths when the caller has them.
    """
    got = setting(words, costs, width, max_lines, first_width, lengths)
    return None if got is None else got[0]


def setting(words: Sequence[str], costs: Sequence[float], width: int, max_lines: int,
            first_width: int | None = None,
            lengths: Sequence[int] | None = None) -> tuple[list[str], float] | None:
    """`break_lines`' lines with the dearest break cost among them (0.0 for one line)."""
    first = width if first_width is None else first_width
    if lengths is None:
        lengths = [len(w) for w in words]
    total = sum(lengths) + len(words) - 1
    if total <= first:
        return [" ".join(words)], 0.0
    if max_lines < 2 or len(words) < 2:
        return None
    best_score, best_k = math.inf, 0
    best_rest: tuple[list[str], float] | None = None
    top = -1
    m = len(words)
    for k in range(1, m):
        top += lengths[k - 1] + 1
        if top > first:
            break
        bottom = total - top - 1
        rest: tuple[list[str], float] | None = None
        if bottom <= width:
            longest, single = bottom, True
        elif max_lines > 2:
            rest = setting(words[k:], costs[k:], width, max_lines - 1)
            if rest is None:
                continue
            longest, single = max(len(line) for line in rest[0]), False
        else:
            continue
        score = costs[k - 1] + BALANCE * abs(longest - top) / width
        if top > longest:
            score += 0.5  # prefer the bottom line longer
        if (k == 1 and top <= ORPHAN) or (single and k == m - 1 and bottom <= ORPHAN):
            score += 6.0  # a short word alone on a line
        elif k == 1 and top <= LONE_WORD or single and k == m - 1 and bottom <= LONE_WORD:
            score += 2.0  # a word alone on a line ("Well, | it's such an historic moment,")
        if score < best_score:
            best_score, best_k, best_rest = score, k, rest
    if not best_k:
        return None
    worst = costs[best_k - 1]
    if best_rest is None:
        return [" ".join(words[:best_k]), " ".join(words[best_k:])], worst
    return [" ".join(words[:best_k])] + best_rest[0], max(worst, best_rest[1])


def hard_wrap(text: str, width: int) -> list[str]:
    """Last resort for a unit longer than a line (a long name an edit made one unit, "National
    Museum of African American History and Culture"; a single long word): wrapped at its
    spaces, a word longer than the line cut at the width."""
    import textwrap  # (here: it compiles its patterns as it is imported; few cues need it)

    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]

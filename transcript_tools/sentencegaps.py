"""A boundary model over word gaps: how likely a sentence ends between two caption words,
and a dynamic-programming segmenter with a sentence-length prior. Used by `sentences`.

A gap a|b scores the evidence that a sentence starts at b: how strongly b (with the word after
it) opens a clause, how well a ends one, and how rarely English writes "a b" together
(symspellpy's bigram counts against what the two words' frequencies predict). Scores are
log-odds-like; the segmenter picks the ends that maximise their sum plus a length prior, so a
long run-on is split at its best gaps while a short fluent stretch is left whole.
"""

from __future__ import annotations

import array
import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from . import memos
from .memos import PAIR_MEMO
from .questions import AUX, SUBJECTS, TAG_PRONOUNS, WH
from .scans import indices, where
from .vocabulary import Vocabulary

NEVER = -99.0

# Closed classes (English function words). A sentence cannot end on an article, a
# preposition that governs the next word, a conjunction, a possessive or a subject pronoun.
NONFINAL = frozenset(
    "a an the of and or nor but because if than whether with from for by into onto "
    "upon as my your his its our their whose very every such".split())
_NO_END = NONFINAL | frozenset(
    "i we they he she to not i'm we're they're he's she's it's that's there's let's i've "
    "we've they've i'll we'll they'll i'd we'd they'd you're you've you'll where when "
    "what who why how which some any no this these those since until unless while although "
    "whereas given like whatever whoever wherever whichever".split()) | frozenset(
    "mr mrs ms".split())
"""Words no sentence ends on; with the titles that stand before a surname ("mr", "mrs",
"ms"): a caption without the name after one ("their prime minister mr he said") still
reads on, where "dr" (drive) and "st" (street) close an address."""
_ENDERS = frozenset(  # object pronouns and adverbs that close clauses
    "it them him us me too now today tonight yesterday tomorrow here there again yet ago "
    "already anymore though either before since later instead".split())
_SUBJ = frozenset("i we they he she".split())
_CLITIC_SUBJ = frozenset(
    "i'm we're they're he's she's it's that's there's let's i've we've they've i'll we'll "
    "they'll i'd we'd they'd he'll she'll you're you've you'll he'd she'd here's what's "
    "who's where's how's".split())
_TAKES_CLAUSE = frozenset(
    "think said say says saying know knew believe hope guess mean thought sure seems ask "
    "asked wonder wondering "
    "seem told tell feel felt suppose realise realize wish "
    # their other verb forms: a clause follows them as it follows the base ("americans
    # believing they were", "she thinks we can"); not the forms English also uses as nouns
    # or adjectives that end sentences ("wishful thinking", "a feeling", "the means")
    "thinks believes believed believing knows hopes hoped hoping feels guessed supposed "
    "realised realized wished".split())
_PREPOSITIONS = frozenset(
    "in on at about to of for from with into over under after before by through "
    "given like".split())
OPEN_SUBJECTS = _SUBJ | _CLITIC_SUBJ
"""Subjects that leave their clause open ("i", "we're"): hardly the last word of a sentence."""
_DANGLING = NONFINAL | _SUBJ | _CLITIC_SUBJ | frozenset(
    "to not whatever whoever unless although whereas".split())
"""Words a caption line may stop on mid-sentence; wh-words ("i understand why") may end one."""
_OPEN_AUX = frozenset(  # an auxiliary or complementiser at a line end hardly ends a sentence
    "is are was were be been being am that".split())
_BE = frozenset("is are was were has have had will would can could 's".split())
_DO_MODAL = frozenset("do does did can could would will should might must".split())
_GREETING = frozenset("morning evening afternoon night day".split())
# discourse openers: weaker evidence, a spoken sentence often but not always starts there
_DISCOURSE = {"yes": 1.5, "okay": 1.2, "thank": 1.5, "thanks": 1.5, "hello": 1.5,
              "meanwhile": 1.0}
MAY_OPEN = _SUBJ | _CLITIC_SUBJ | WH | AUX | frozenset(_DISCOURSE) | frozenset(
    "you it this that there let good".split())
"""Every word `GapModel.opener` can score above NEVER: a gap before any other word scores
NEVER whatever surrounds it (`sentences` skips those gaps without scoring them)."""
LEANS_ON_NEXT = AUX | WH | frozenset("you let good it this that there".split())
"""Openers `GapModel.opener` scores by the word after them ("can't you", "what could", "let
me", "it is"): where a dash or quote stands between the two ("you can't -- you have to"),
that word does not follow them, and no sentence opens on the evidence (qa31)."""


@dataclass(frozen=True, slots=True)
class Prior:
    """The sentence-length prior and the decision threshold (log-odds units)."""

    threshold: float = 2.0
    """A gap becomes an end when its score exceeds this (before the length prior)."""
    comfortable: int = 28
    """Sentences up to this many words cost nothing; each word beyond costs ``per_word``."""
    per_word: float = 0.05
    short: tuple[float, float, float] = (2.0, 1.0, 0.3)
    """Cost of a sentence of 1, 2 and 3 words (spoken "yes." exists, but rarely as a split)."""
    slack: float = 3.0
    """How far below the threshold a gap may score and still be taken to shorten a run-on."""
    window: int = 80
    """How many candidate gaps back the segmenter looks."""

    def cost(self, length: int) -> float:
        if length <= 3:
            return self.short[length - 1] if length > 0 else 0.0
        return max(0, length - self.comfortable) * self.per_word


class GapModel:
    """Scores word gaps; per word-type and per pair results are cached."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._pmi: dict[tuple[str, str], float | None] = {}
        memos.bound(self, ("_pmi", PAIR_MEMO))
        self._floor = vocab.least_pair
        self._scale = vocab.bigram_total / vocab.total

    def pmi(self, a: str, b: str) -> float | None:
        """log10 PMI of the pair; for a pair the bigram list lacks, the upper bound its
        smallest count gives, when that bound is informative (else None)."""
        key = (a, b)
        got = self._pmi.get(key, NEVER)
        if got != NEVER:
            return got
        value = self.pmi_uncached(a, b)
        if len(self._pmi) < 300_000:
            self._pmi[key] = value
        return value

    def pmi_uncached(self, a: str, b: str) -> float | None:
        """`pmi` computed afresh (for a caller that memoises the pair itself)."""
        v = self.vocab
        ca, cb = v.unigrams.get(a, 0), v.unigrams.get(b, 0)
        value: float | None = None
        if ca and cb:
            expected = ca / v.total * cb * self._scale
            c = v.bigrams.get(f"{a} {b}", 0)
            if c:
                value = math.log10(c / expected)
            elif expected > self._floor:
                value = math.log10(self._floor / expected)
        return value

    def fluent(self, a: str, b: str) -> bool:
        p = self.pmi(a, b)
        return p is not None and p > 0.0

    def opener(self, b: str, c: str) -> float:
        """How strongly ``b`` (followed by ``c``) opens a sentence; NEVER when it cannot."""
        if not c:
            return NEVER
        if b in _SUBJ:
            bc = self.pmi(b, c)
            if c in _SUBJ or c == "mean" or (bc is not None and bc < -0.3 and c not in AUX):
                return NEVER  # "he not", "i we", "i mean" (a filler)
            return 2.0
        if b in _CLITIC_SUBJ:
            return 2.0
        if b in WH:  # "who was", "which has" after a noun are relative clauses
            if b in ("who", "which", "whose", "where", "when"):  # "those who would"
                return 1.6 if c in ("do", "does", "did") else NEVER
            if c in _DO_MODAL:
                return 2.4  # "what could you", "how did they": a question opens
            return 1.6 if c in AUX or c == "about" else NEVER
        if b == "you":
            return 1.4 if c in _DO_MODAL or c in ("are", "have") else NEVER
        if b in AUX:
            return 1.6 if c in TAG_PRONOUNS or c == "there" else NEVER
        if b in ("it", "this", "that", "there"):
            if c in _BE or c.endswith("'s"):
                return 1.2
            if b == "it" and c not in _NO_END and c not in NONFINAL:
                p = self.pmi(b, c)  # "it seems", "it feels": a verb English puts after "it"
                return 1.0 if p is not None and p >= 0.7 else NEVER
            return NEVER
        if b == "let":
            return 1.4 if c in ("me", "us") else NEVER
        if b == "good" and c in _GREETING:
            return 1.5
        return _DISCOURSE.get(b, NEVER)

    def dangling(self, before: str, a: str) -> bool:
        """Does ``a`` (after ``before``) leave its clause open: an article, preposition,
        conjunction or subject; a copula or "that" not after a pronoun ("the question is",
        but "yes they are"); or "let me"/"let us"?"""
        if a in _DANGLING:
            return True
        if a in _OPEN_AUX:
            return before not in TAG_PRONOUNS and before not in _CLITIC_SUBJ
        return before == "let" and a in ("me", "us")

    def ender(self, a: str) -> float:
        """How well ``a`` closes a sentence; NEVER when it cannot."""
        if a in _NO_END or not a:
            return NEVER
        if a in _ENDERS:
            return 0.5
        if a in _OPEN_AUX:
            return -2.5  # "that's what it is" exists, "the question is | do you" is commoner
        if a in AUX:
            return -0.8  # elliptical ends exist ("yes we can") but are rare
        if a not in self.vocab.unigrams:
            return 0.2  # a name or a number
        return 0.0

    def impossible(self, a: str, b: str) -> bool:
        """Can no sentence end between ``a`` and ``b`` whatever follows: ``a`` cannot close
        one (an article, a preposition, a conjunction, a subject), or ``b`` completes it
        ("i think | we made", "in | what will be")."""
        if not a or a in _NO_END:
            return True
        if a in _TAKES_CLAUSE and (b in SUBJECTS or b in _CLITIC_SUBJ or b in WH):
            return True
        return a in _PREPOSITIONS and (b in WH or b in ("that", "this", "it"))

    def score(self, a: str, b: str, c: str) -> float:
        """Evidence (log-odds-like) that a sentence ends between ``a`` and ``b``."""
        o = self.opener(b, c)
        if o == NEVER:
            return NEVER
        e = self.ender(a)
        if e == NEVER:
            return NEVER
        p = self.pmi(a, b)
        if p is None:
            assoc = 0.8  # rare words (names) seldom pair: an unlisted pair counts as unseen
        else:
            assoc = -max(-2.0, min(p, 2.0)) * 1.2
        if a in _TAKES_CLAUSE and (b in SUBJECTS or b in _CLITIC_SUBJ or b in WH):
            return NEVER  # a complement clause without "that": "i think we made"
        if a in _PREPOSITIONS and (b in WH or b in ("that", "this", "it")):
            return NEVER  # "in what will be", "about that"
        return o + e + assoc


def candidates(scores: Sequence[float], prior: Prior) -> list[int]:
    """The gaps `segment` may choose: those within ``prior.slack`` of the threshold."""
    threshold, slack, floor = prior.threshold, -prior.slack, NEVER / 2
    # (numbered by `indices`' shared ints: `enumerate` made an int object at every gap)
    return [k for k, v in zip(indices(len(scores)), scores)
            if v > floor and v - threshold > slack]


def segment(scores: Sequence[float], fixed: Sequence[int], prior: Prior,
            cands: list[int] | None = None) -> bytearray:
    """Choose sentence ends: ``scores[i]`` is the evidence for an end after word i,
    ``fixed[i]`` an end that stands (marker, kept stop, last word); ``cands``: the
    `candidates` when the caller has them. Returns ends per word."""
    n = len(scores)
    ends = bytearray(fixed)
    if cands is None:
        cands = candidates(scores, prior)
    stops = list(where(fixed, n))
    if n and (not stops or stops[-1] != n - 1):
        stops.append(n - 1)
    start = 0
    cost = None
    for i in stops:  # each stretch up to a fixed end (or the last word)
        lo = bisect_left(cands, start)
        hi = bisect_left(cands, i, lo)
        if lo < hi:
            if cost is None:  # the longest stretch's costs, read once
                cost = _costs(prior, max(b - a for a, b in zip([-1, *stops], stops)) + 1)
            _span(scores, start, i, prior, ends, cands[lo:hi], cost)
        start = i + 1
    return ends


def _span(scores: Sequence[float], first: int, last: int, prior: Prior, ends: bytearray,
          cand: list[int], cost: Sequence[float]) -> None:
    """Best ends inside words first..last (an end after ``last`` stands) among the
    candidate gaps ``cand`` (those within ``prior.slack`` of the threshold, in order);
    ``cost[k]``: ``prior.cost(k)`` (for k up to the span's length + 1 at least)."""
    points = [first - 1, *cand, last]
    gain = [0.0] + [scores[k] - prior.threshold for k in cand] + [0.0]
    best = [0.0] * len(points)
    back = [0] * len(points)
    window = prior.window
    for j in range(1, len(points)):
        top, arg = -1e9, 0
        here = points[j]
        for i in range(max(0, j - window), j):
            v = best[i] - cost[here - points[i]]
            if v > top:
                top, arg = v, i
        best[j] = top + gain[j]
        back[j] = arg
    j = len(points) - 1
    while j > 0:
        j = back[j]
        if j > 0:
            ends[points[j]] = True


_COSTS: dict[Prior, array.array[float]] = {}


def _costs(prior: Prior, upto: int) -> array.array[float]:
    """``prior.cost(length)`` for every length below ``upto`` (at least), kept per prior;
    a longer table replaces a shorter one whole (never extended in place: threads share it)."""
    table = _COSTS.get(prior)
    if table is None or len(table) < upto:
        if len(_COSTS) > 64:
            _COSTS.clear()
        # 8 bytes a length (a stretch without fixed ends is as long as the document)
        table = array.array("d", [prior.cost(k) for k in range(max(upto, 2 * len(table or ())))])
        _COSTS[prior] = table
    return table


_RESTART_BLOCK = _TAKES_CLAUSE | WH | frozenset(
    "that if because while although though since until unless as and but or so than whether "
    "once before after".split())
"""Words after which a subject opens no new sentence within reach: a clause they start goes on
("because we | we're"), or a complement follows ("said he | he's")."""
_COORDINATORS = frozenset("and but or so".split())
"""Before a subject these join main clauses ("and he's going to be here | it's ...")."""
_CLAUSE_ADJECTIVES = frozenset(
    "sure confident aware afraid glad happy sorry hopeful certain convinced worried proud "
    "clear".split())
"""Adjectives a complement clause follows without "that" ("they are confident | they can")."""
_LEADING = frozenset(
    "well so now then also actually really basically honestly frankly anyway okay oh yes no "
    "yeah and but or".split())
"""Words that mostly lead the clause after them ("well it's tough", "actually it's one")."""
_FORMULAS = frozenset("thanks thank welcome".split())
"""Words of a greeting or thanks that is a whole utterance without a subject ("thanks for
joining us | i'm ...", "welcome back | we're ...")."""
_RESTART_REACH = 10
"""How many words back a subject must stand for the clause before a gap to count as whole."""
RESTART_FLOOR = 0.0
"""The least gap log-odds (learned) at which a clause restart adds an end."""


def restarts(keys: Sequence[str], scores: Sequence[float], ends: bytearray,
             among: Sequence[int] | None = None) -> list[int]:
    """Add, in place, sentence ends at gaps where a subject and its verb ("it's", "we are")
    open a clause right after a main clause with its own subject ("he's going to be here |
    it's wednesday"), or after thanks or a welcome, when the gap's log-odds reach
    ``RESTART_FLOOR``: English joins two such clauses with a word ("and", "because"), so a
    bare join is most often a sentence end. Not after a word that leads the next clause
    ("well", "now") or takes a clause ("sure", "think"), nor when the subject before stands
    in a subordinate clause ("as we learn more | we'll"), nor within two words of an end.
    ``among``: the gaps to look at, in order (any that include those scoring at least
    ``RESTART_FLOOR``; all when None). Returns the gaps ended."""
    n = len(keys)
    out = []
    if among is None:
        gaps = [k for k, v in enumerate(scores[2:n - 3], 2) if v >= RESTART_FLOOR]
    else:
        gaps = [k for k in among if 2 <= k < n - 3 and scores[k] >= RESTART_FLOOR]
    for i in gaps:
        if any(ends[i - 2:i + 3]):
            continue
        a, b, c = keys[i], keys[i + 1], keys[i + 2]
        if a in _LEADING or a in _CLAUSE_ADJECTIVES:
            continue
        if not (b in _CLITIC_SUBJ or b in _SUBJ and c in _BE | _DO_MODAL):
            continue
        for j in range(i - 1, max(-1, i - _RESTART_REACH), -1):
            w = keys[j]
            if w in _RESTART_BLOCK:
                break
            opens = j == 0 or ends[j - 1]  # the sentence's first word
            if j < i - 1 and (w in _SUBJ or w in _CLITIC_SUBJ or w in _FORMULAS):
                if opens or w in _FORMULAS or keys[j - 1] in _COORDINATORS \
                        or keys[j - 1] not in _RESTART_BLOCK:
                    ends[i] = True
                    out.append(i)
                break
            if opens:
                break
    return out


LONG_RUN = 24
"""A sentence of this many words or more (after the segmenter) is a run-on that `long_runs`
may split once."""
RUN_PART = 10
"""The fewest words either part of a split run-on keeps."""
_RUN_VERBS = _BE | _DO_MODAL | AUX | frozenset(
    "said also just think know want need see saw got went".split())
"""Words that make a subject pronoun before them the head of a finite clause ("we have", "they
said", "i just")."""
_RUN_LEADS = frozenset(
    "today tonight therefore plus unfortunately fortunately literally first 1st finally however "
    "meanwhile again here still yet addition point course example instance fact".split())
"""Adverbs and phrase ends that most often lead the clause after them ("today | we can",
"in addition | we need", "at this point | we're"), not close the one before."""


def _verb_forms(stems: str, irregular: str) -> frozenset[str]:
    """Each stem with its -s, -ed and -ing forms ("insist" -> "insists", "insisted",
    "insisting"; "deny" -> "denies", "denied"; "prove" -> "proves", "proved", "proving"), and
    the ``irregular`` forms as given (a doubled consonant among them: "admitted")."""
    out = set(irregular.split())
    for v in stems.split():
        cy = v.endswith("y") and v[-2] not in "aeiou"
        out.add(v)
        out.add(v[:-1] + "ies" if cy else v + "es" if v.endswith(("sh", "ch", "s")) else v + "s")
        out.add(v[:-1] + "ied" if cy else v + "d" if v.endswith("e") else v + "ed")
        out.add((v[:-1] if v.endswith("e") and not v.endswith("ee") else v) + "ing")
    return frozenset(out)


_CLAUSE_VERBS = _verb_forms(
    "say tell think know believe hope guess mean feel suppose realize realise insist imagine "
    "agree announce argue claim confirm decide deny expect explain hear learn notice "
    "predict prove reveal suggest understand warn worry doubt assume reckon recall remember "
    "forget declare acknowledge ensure",
    "said told thought knew known meant felt heard proven forgot forgotten admit admits "
    "admitted admitting")
"""Verbs that take a clause without "that" ("she insists | she's not", "you can imagine |
it's going"), in their common forms; not those English also uses as nouns ("report",
"show", "state")."""
_RUN_NO_CLOSE = _NO_END | AUX | _PREPOSITIONS | _TAKES_CLAUSE | _CLAUSE_ADJECTIVES | _LEADING \
    | _RESTART_BLOCK | _RUN_LEADS | _CLAUSE_VERBS | frozenset(
        "find found out show shows showed very more most much".split())
"""Words that leave their clause open before a subject, or lead the next one: a run-on is not
split after them."""
_RUN_CLITICS = _CLITIC_SUBJ - frozenset("that's what's who's where's how's".split())
"""Clitic subjects that open a main clause (not a relative one) after a noun."""
_SUBORDINATING = _RESTART_BLOCK - _COORDINATORS
"""Words that open a clause of another's (a wh-word, "if", "that", a verb that takes a clause)."""
_SUBORDINATE_REACH = 4
"""How many words before a gap `_subordinate` looks at."""


def _subordinate(keys: Sequence[str], i: int) -> bool:
    """Whether the words just before gap ``i`` stand in a clause that another's word opened:
    one of `_SUBORDINATING` within `_SUBORDINATE_REACH` words with no subject after it ("what
    the lawyers | i've spoken to"), or right before the nearest subject ("if you've read it |
    it's"): the clause after the gap is then its main clause or holds it."""
    for j in range(i - 1, max(-1, i - _SUBORDINATE_REACH), -1):
        w = keys[j]
        if w in _SUBORDINATING:
            return True
        if w in _SUBJ or w in _CLITIC_SUBJ:
            return j > 0 and keys[j - 1] in _SUBORDINATING
    return False


_ADVERBIAL = frozenset("if when because although though since while whether unless".split())
"""Subordinators that open an adverbial clause ("if we ..., we'll"); not "as", which as often
stands inside a clause ("as club captain", "as she locked the gate") whose sentence goes on."""
_ADVERBIAL_REACH = 12
"""How many words before a gap `_adverbial_clause` looks for the subject of its clause."""


def _adverbial_clause(keys: Sequence[str], i: int, ends: bytearray) -> bool:
    """Whether the nearest subject pronoun before gap ``i`` (within `_ADVERBIAL_REACH` words,
    with no end between) follows one of `_ADVERBIAL`: the clause before the gap is then an
    adverbial clause ("because they closed the old bridge for repairs | we drove the long
    way", "if the rain holds off until the weekend | we'll plant"), and the clause after it
    its main clause, not a new sentence. Not when a preposition stands before the
    subordinator ("argued about when we should move the beds | we are"), where the clause is
    a noun's or a verb's object."""
    for j in range(i - 1, max(0, i - _ADVERBIAL_REACH), -1):
        if ends[j]:
            return False
        w = keys[j]
        if w in _SUBJ or w in _CLITIC_SUBJ:
            return keys[j - 1] in _ADVERBIAL and not (j > 1 and keys[j - 2] in _PREPOSITIONS)
    return False


def long_runs(keys: Sequence[str], scores: Sequence[float], ends: bytearray,
              among: Sequence[int], soft: Sequence[int] = b"") -> list[int]:
    """Add, in place, one sentence end inside each sentence of `LONG_RUN` words or more: at the
    best-scoring gap among ``among`` (the segmenter's candidates, in order) where a full clause
    opens (a clitic subject, "it's", or a subject pronoun with a finite verb: "we have", "they
    said") after a word that can close one (not an article, preposition, auxiliary, "to", a
    verb that takes a clause or a word that leads the next clause), leaving `RUN_PART` words or
    more on either side. A caption run of 24 words with no end is a run-on far more often than
    a sentence; the segmenter's length prior is a flat bonus per end (sent11) and does not
    force one. Not at a gap ``soft`` marks (the writer's comma: they read no end there), nor
    before "that's" or a wh-word's clitic ("what's"), which after a noun open relative
    clauses ("a plan that's failed"), nor after an adverbial clause (`_adverbial_clause`: "if we
    fail this time | we'll"). Returns the gaps ended."""
    n = len(keys)
    best: dict[int, int] = {}  # per run (the end before it), its best gap so far
    for i in among:  # the few gaps the words allow, then the run around each (C-level finds)
        if i + 2 >= n or ends[i] or keys[i] in _RUN_NO_CLOSE or soft and soft[i]:
            continue
        b = keys[i + 1]
        if not (b in _RUN_CLITICS or b in _SUBJ and keys[i + 2] in _RUN_VERBS) \
                or _subordinate(keys, i) or _adverbial_clause(keys, i, ends):
            continue
        before = ends.rfind(1, 0, i)  # -1 at the document's start
        last = ends.find(1, i + 1)
        if last < 0:
            last = n - 1
        if last - before >= LONG_RUN and i - before >= RUN_PART and last - i >= RUN_PART:
            k = best.get(before)
            if k is None or scores[i] > scores[k]:
                best[before] = i
    out = sorted(best.values())
    for i in out:
        ends[i] = True
    return out

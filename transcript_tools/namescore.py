"""How sure a sound-alike name candidate is: its phone distance against a threshold set by the
name's length, the window's words and fluency, the document's evidence and the lexicon's size.

Used by `names.NameCorrector`, which finds the candidates and decides among them.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import log10
from typing import NamedTuple

import regex

from . import memos
from .breakwords import SUBJECT_PRONOUNS
from .lazypattern import lazy_regex
from .letternames import DOUBLE, acronym_letters, doubled, spelled_as
from .letters import LetterMatch
from .lexicon import folded, name_key
from .memos import RUN_MEMO
from .model import Piece
from .namedwords import in_slot, named, read_out
from .namedwords import spelled as initialism
from .nameslot import CLOSED_CLASS, gaps, garbled, odd_in_place, owner, possessive_confidence
from .nearwords import distinctive_word, in_dictionary, near_word
from .options import Options
from .personnames import AFTER_NAME, FIRST_NAMES, kind
from .phonetics import distance
from .pronounce import known, spelled
from .propernouns import a_place, country_of, nation
from .soundindex import PARTICLES, SoundIndex, Unit, particle_part
from .spokenwords import spoken_common
from .titles import NAME_TITLES
from .vocabulary import vocabulary

MAX_DISTANCE = 0.3
"""No threshold, however much context supports a name, goes past this distance."""
COMMON_WORDS_DISTANCE = 0.16
"""The farthest a window of ordinary words may sound from a name and still be replaced."""
DISFLUENT = 0.25
"""How much wider the bar is for a name the document speaks of when every seam of the window
reads badly as English (never seen in the bigram counts): it widens even the caps."""
CROWD = 30
"""A lexicon of more names than this makes chance matches likelier: a name without document
evidence then needs a closer match (the threshold shrinks with the log of the excess)."""
GAZETTEER = 2000
"""A lexicon of more names than this (a gazetteer, a directory) holds some name near almost any
word: a name without document evidence is held below the edit bar (and not even shown as a
suggestion: `names.worth_suggesting`), and the threshold shrinks steeply with the log of the
excess."""
HOMOPHONE_DISTANCE = 0.05
"""A word this close to a name sounds the same ("linden" for a Lyndon)."""
HOMOPHONE_ZIPF = 4.0
"""A homophone rarer than this, alone and in no bigram with its neighbours, stands for a name
the document speaks of."""
GAZETTEER_EVIDENCE = 4.0
"""In a gazetteer, a mention is evidence for its name only with a word rarer than this (zipf):
"kathmandu" is, "surprise" or "mobile" (towns too) are not."""
COMPLETES = 1.2
"""How much wider the bar is for a garble in the slot of a mentioned name's missing words."""
RARE_REST_ZIPF = 3.5
"""Words rarer than this (zipf) in the slot of a name's missing words, beside its own word,
are judged with the whole name (`Scorer._confidence`, rule "+rest")."""
FUNCTION_ZIPF = 5.0
"""A word this frequent ("and", "been", "very") is no garble of a name's missing word."""
NONWORD_WIDER = 1.25
"""How much wider the bar is for a window with a non-word no dictionary holds (rule
"sound-nonword"): no English reading competes with the name."""
_SLOT_BEFORE = frozenset("in of to from with by and between against for at on the "
                         "president minister mr mrs ms dr".split())
NOUN_SLOT = frozenset("this that these those my your his her its our their".split())
"""Possessive and demonstrative determiners: the word after one of them, when the two are a
common pair ("this summer", "his mom"), is a common noun's slot, not the start of a name's
garble (articles are not among them: "the pen tag on" may well be the Pentagon)."""
_NAME_PHRASE_BEFORE = _SLOT_BEFORE | NOUN_SLOT | {"a", "an"}
"""Words after which a common word opens a noun phrase (a name's slot), not a clause: the
"+phrase" guard does not read a pair with them."""
BOUND_ZIPF = 3.0
"""A determiner and a word at least this common together (bigram zipf) are a phrase."""
PLACE_SLOT = frozenset("in of at into from across near through".split())
"""Prepositions of place: the slot where a rare word that sounds just like a listed place of
a country the document names is the place (not "to", which opens verbs as often: "to grow")."""
COUNTRY_WIDER = 1.2
"""How much wider the bar is for a non-word standing for a listed place of one country in a
document that names that country (rule "+country", `Scorer.compatriot`)."""


_ABBREVIATION = 4
_VOWELS = frozenset("aeiouy")
_FUNCTION_WORDS = PARTICLES | frozenset(
    "a an the and or of in on at to for by with from as is der".split())
"""Words `Scorer.unfamiliar` leaves out of a name's letters (particles, function words)."""


class Item(NamedTuple):
    """A word as the matcher sees it: one per word type, shared by all its tokens."""

    text: str
    """The word as it reads in the document (a piece's text)."""
    key: tuple[str, ...]
    phones: str
    possessive: bool
    zipf: float
    known: bool
    skel: str
    rough: str
    loose: bool
    """Outside the frequency list, or a distinctive word of some name: never cut as a far
    window."""
    letters: str
    """The letters of its words (no apostrophes, dots or digits)."""


class Run(list[Item]):
    """Words between punctuation, with their pieces and the exact mentions among them
    (position -> the name's canonical form, whether the word ends the mention, whether the
    mention is a part of a name)."""

    __slots__ = ("pieces", "marks", "_words")

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[Piece] = []
        self.marks: dict[int, tuple[str, bool, bool]] = {}
        self._words: tuple[str, ...] = ()

    def words(self) -> tuple[str, ...]:
        """Its words' texts (a key for memos per run: its items follow from them)."""
        if len(self._words) != len(self):
            self._words = tuple([it.text for it in self])
        return self._words


@dataclass(frozen=True, slots=True)
class Candidate:
    first: int   # item index
    stop: int
    unit: Unit
    score: float  # normalised phone distance
    letters: LetterMatch | None = None
    possessive: bool = False
    """The window sounds like the name with "'s" (`possessive.Possessives`)."""


def threshold(length: int) -> float:
    """Base normalised-distance threshold: short names are stricter."""
    if length <= 4:
        return 0.08
    if length <= 6:
        return 0.14
    if length <= 8:
        return 0.19
    return 0.23


def confidence(score: float, bar: float) -> float:
    """A distance's confidence against the bar it is held to: 1.0 at no distance, 0.8 at the
    bar, then falling fast (0 at about 1.9 times the bar). The ratio is rounded first, since
    distances tie bars exactly and float dust would otherwise split a tie."""
    ratio = round(score / bar, 9)
    return 1.0 - 0.2 * ratio if ratio <= 1.0 else 0.8 - 0.9 * (ratio - 1.0)


class Scorer:
    """Confidence of candidates for one lexicon (its index, the options, its size)."""

    def __init__(self, index: SoundIndex, options: Options) -> None:
        self.index = index
        self.options = options
        names = len({u.canonical for u in index.units})
        self._crowd = 1.0 if names <= CROWD else max(0.75, 1.0 - 0.12 * log10(names / CROWD))
        self.crowded = names > CROWD
        self.gazetteer = names > GAZETTEER
        if self.gazetteer:
            self._crowd = max(0.3, self._crowd - 0.6 * log10(names / GAZETTEER))
        self._memo: dict[tuple[object, ...], tuple[float, str]] = {}
        self._own: dict[int, tuple[tuple[str, ...], str]] = {}
        self._countries: dict[str, frozenset[str]] = {}
        self._nations: dict[str, frozenset[str]] = {}
        self._unfamiliar: dict[tuple[str, ...], bool] = {}
        memos.bound(self, ("_memo", RUN_MEMO), ("_unfamiliar", RUN_MEMO))

    @property
    def crowd(self) -> float:
        """The factor a crowded lexicon's thresholds are multiplied by (1.0 up to `CROWD`
        names, less in a longer list, less again in a gazetteer)."""
        return self._crowd

    def compatriot(self, unit: Unit, prior: set[str]) -> bool:
        """Whether the unit's name, not itself spoken of, is a place the tables put in one
        country (`propernouns.country_of`) and the document speaks of that country (a listed
        name that is the country's or its people's, `propernouns.nation`). Never in a crowded
        lexicon."""
        if self.crowded or unit.canonical in prior:
            return False
        codes = self._country(unit.canonical)
        if len(codes) != 1:
            return False
        return any(codes <= self._nation(name.split("\t")[0]) for name in prior)

    def _country(self, name: str) -> frozenset[str]:
        got = self._countries.get(name)
        if got is None:
            got = self._countries[name] = country_of(name)
        return got

    def _nation(self, name: str) -> frozenset[str]:
        got = self._nations.get(name)
        if got is None:
            got = self._nations[name] = nation(name)
        return got

    def _unmarked(self, run: list[Item], first: int, stop: int) -> list[Item]:
        """``run`` with the window ``[first, stop)`` and its two words before and one after
        as captions write them, without diacritics (`plain`'s form of the name): a word of the
        name written with its marks ("çavuşoğlu", as a clean writes it) is the name's own
        word, as "cavusoglu" is, not a non-word beside it; its commonness is the unmarked
        word's ("josé" reads as "jose"). So a clean's text, cleaned again, is judged as its
        source was. The run itself when those words are all ASCII (captions' usual case)."""
        lo, hi = max(0, first - 2), min(len(run), stop + 1)
        if all(it.text.isascii() for it in run[lo:hi]):
            return run
        v = vocabulary()
        out = list(run)
        for k in range(lo, hi):
            it = run[k]
            if not it.text.isascii():
                key = tuple(folded(w) for w in it.key)
                out[k] = it._replace(key=key, letters=folded(it.letters),
                                     zipf=min((v.zipf(w) for w in key), default=0.0),
                                     known=all(w in v or known(w) for w in key))
        return out

    def plain(self, unit: Unit) -> tuple[tuple[str, ...], str]:
        """The name's words and letters without their diacritics, as captions write them
        ("jose antonio" is a José Antonio's letters, "ozturkoglu" an Öztürkoğlu's word)."""
        got = self._own.get(id(unit))
        if got is None:
            words = tuple(folded(w) for w in unit.key)
            got = self._own[id(unit)] = (words, "".join(ch for w in words for ch in w
                                                         if ch.isalpha()))
        return got

    def confidence(self, run: list[Item], c: Candidate, prior: set[str]) -> tuple[float, str]:
        """How sure the candidate is (0-1) and the rule that decided it: the distance against a
        threshold set by the name's length, the words' commonness and fluency, the document's
        evidence, the slot and the lexicon's size. Memoised per window text, neighbours, name,
        distance and evidence: windows repeat within and across documents."""
        unit = c.unit
        if c.letters is not None:
            conf = c.letters.confidence
            if (c.letters.needs_prior or self.gazetteer) and unit.canonical not in prior:
                conf = min(conf, self.options.min_confidence - 0.05)
            return conf, c.letters.rule
        first, stop = c.first, c.stop
        key = (id(unit), c.score, unit.canonical in prior, self.compatriot(unit, prior),
               c.possessive and owner(unit.canonical) in prior,
               run[first - 1].key[-1:] if first > 0 else None,
               run[stop].key[:1] if stop < len(run) else None,
               *[it.text for it in run[first:stop]])
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) > 100_000:
                self._memo.clear()
            run = self._unmarked(run, first, stop)
            if c.possessive:
                got = possessive_confidence(
                    [it.key for it in run], c.first, c.score, c.unit.canonical, prior,
                    self.crowded or run[c.first].zipf >= FUNCTION_ZIPF,
                    self.options.min_confidence)
            else:
                got = self._confidence(run, c, prior)
            if self.gazetteer and unit.canonical not in prior:
                # A name of a gazetteer nobody mentioned: chance, for a window of words and
                # for a non-word too. (Non-words in captions are mostly names no list holds,
                # "kylian" and "trippier" beside a surname or first name, or another name's
                # garble, "jazerra": on the 71 dev archive pages a 5,000-city gazetteer made
                # 6 such edits, none a right city.)
                got = (min(got[0], self.options.min_confidence - 0.05), got[1])
            self._memo[key] = got
        return got

    def _confidence(self, run: list[Item], c: Candidate, prior: set[str], free: bool = False,
                    whole: bool = True) -> tuple[float, str]:
        """`confidence`, computed (``free``: with the caps on common words lifted; ``whole``:
        a rare rest beside the name's own word may be judged with the whole name).

        A name the document speaks of that everyday English barely uses (`unfamiliar`: a
        speech recogniser's vocabulary lacks it, so its mentions come out as ordinary words,
        "mom donna" for a Maradona named earlier) is judged without the caps on common words
        too, in a lexicon of `CROWD` names or fewer (rule "+unfamiliar"). Not for words that
        are a name of their own, function words (`CLOSED_CLASS`: "tar quinn was the" is no
        Tarquin Ellesmere), letters read out ("an ftp server" beside a listed FDP), the name's
        one-word homophone (its own rules), or a window `nameslot.odd_in_place` keeps a
        suggestion at most."""
        got = self._judged(run, c, prior, free, whole)
        if free or self.crowded or got[0] >= self.options.min_confidence or \
                c.unit.canonical not in prior or "+odd" in got[1] or \
                not self.unfamiliar(c.unit):
            return got
        keys = [w for it in run[c.first:c.stop] for w in it.key]
        fresh = [w for w in keys if w not in c.unit.key]
        if len(keys) == 1 and c.score <= HOMOPHONE_DISTANCE or named(fresh) or any(
                _VOWELS.isdisjoint(w) or w in CLOSED_CLASS for w in fresh):
            return got
        lifted = self._judged(run, c, prior, True, whole)
        return (lifted[0], lifted[1] + "+unfamiliar") if lifted[0] > got[0] else got

    def free(self, run: list[Item], c: Candidate, prior: set[str]) -> tuple[float, str]:
        """`confidence` of a window by sound with the caps on common words lifted (not
        memoised: asked only where other evidence than sound holds the window, `echo`)."""
        return self._confidence(self._unmarked(run, c.first, c.stop), c, prior, True)

    def unfamiliar(self, unit: Unit) -> bool:
        """Whether everyday English barely uses the name: its words below `SPOKEN_COMMON` in
        wordfreq's list (`spokenwords`) hold at least half its letters (particles and
        function words aside): "Navalny", "Aung San"; not "Karzai International"."""
        got = self._unfamiliar.get(unit.key)
        if got is None:
            words = [w for w in unit.key if w not in _FUNCTION_WORDS]
            rare = sum(len(w) for w in words if not spoken_common(w))
            got = self._unfamiliar[unit.key] = bool(words) and 2 * rare >= sum(
                len(w) for w in words)
        return got

    def _judged(self, run: list[Item], c: Candidate, prior: set[str], free: bool,
                whole: bool) -> tuple[float, str]:
        """`_confidence` before the "+unfamiliar" lift."""
        unit = c.unit
        given = c
        span = run[c.first:c.stop]
        v = vocabulary()
        t = threshold(unit.length)
        letters = "".join(it.letters for it in span)
        ukey, own = self.plain(unit)
        if DOUBLE in unit.phones and acronym_letters(unit.text) == own and unit.phones == \
                doubled(own) != spelled(own) and not any("double" in it.key for it in span):
            # The acronym's "double a" reading (`soundindex`) heard in a window without
            # "double": chance ("diplomacy" for a "double b c").
            return 0.0, "sound"
        if len(span) > 1 and unit.whole:
            spelled_out = _spelled(span, unit, own, prior)
            if spelled_out is not None:
                return spelled_out
        if particle_part(unit):
            heard = [w for it in span for w in it.key]
            if heard[0] != unit.key[0] or any(w in unit.key and w not in PARTICLES
                                              for w in heard):
                # A family name with its particle is heard for the particle written as such
                # and the family name garbled ("al siri"): a word that only sounds like the
                # particle is itself ("saudi arabia been sullen" is no bin Salman), and
                # beside the family name written right ("trucks been | laden") the name's
                # part is the exact mention it is.
                return 0.0, "shared"
        if all(len(w) == 1 for it in span for w in it.key):
            return 0.0, "variant"   # letters read out
        if len(span) == 1 and len(letters) <= _ABBREVIATION and letters != own \
                and _VOWELS.isdisjoint(letters) and not _VOWELS.isdisjoint(own):
            # One short word no vowel lets be read as a syllable ("qb", "nfl"): an
            # abbreviation read as its letters, not a garble of a name said as a word (qa20:
            # "qb owen doss" in a game recap became "Kerby Owen Doss"). Another
            # abbreviation's garble it may be ("ftp" for an FDP).
            return 0.0, "abbreviation"
        if own == letters and len(span) > len(ukey) and any(
                len(w) == 1 and w not in "ai" or vocabulary().zipf(w) == 0
                and not in_dictionary(w) for it in span for w in it.key):
            return 0.9, "letters-joined"   # split by a stray space: "m bappe"
        head = span[0].key
        if len(span) > 1 and len(head) == 1 and len(head[0]) == 1 and head[0] not in "ai" \
                and own.endswith(letters) and len(letters) >= 0.6 * len(own) \
                and all(set(it.key) <= set(ukey) for it in span[1:]):
            # A stray letter, the end of the name's first word, before the rest of the name
            # ("k gabriel mountains"): the name with its start lost. Sure only when the
            # document speaks of the name.
            return (0.85 if unit.canonical in prior else self.options.min_confidence - 0.05,
                    "letters-clipped")
        if len(span) == 1 and span[0].zipf == 0 and not span[0].known and len(
                own) >= DROPPED_NAME and len(
                letters) == len(own) - 2 and any(own[:k] + own[k + 2:] == letters
                                                 for k in range(1, len(own) - 2)) \
                and not in_dictionary(letters):
            # The name with two neighbouring letters dropped inside it, as captions drop
            # them ("philadelpa").
            return 0.85, "letters-dropped"
        clipped = len(span) == 1 and span[0].zipf == 0 and len(letters) >= max(
            5, 0.75 * len(own)) and not in_dictionary(letters)
        if own == letters and len(span) > len(ukey) and split_name(
                [w for it in span for w in it.key], self.crowded):
            pass   # the name's letters split into words ("as mara"): judged by sound below
        elif own in letters or letters in own and not clipped or len(span) == 1 and any(
                len(w) >= 4 and w in letters and len(letters) <= len(w) + 2 for w in ukey):
            # A glued, plural or demonym form of the name, or of one of its words ("ebersoll"
            # for a Dick Ebersol): not a garble of it. (A non-word the name's letters hold,
            # "oldman", is the name clipped.)
            return 0.0, "variant"
        shared = {w for it in span for w in it.key} & set(ukey)
        changed = [it for it in span if not set(it.key) <= shared]
        if other_first_name(span, ukey, unit.word_phones):
            return 0.0, "first-name"
        if not shared and a_person(unit.canonical) and another_person(span):
            return 0.0, "person"
        if shared and changed:
            slotted = self._particle_slot(span, unit, ukey, c.score, prior)
            if slotted is not None:
                return slotted
        completes = rare_rest = False
        first_name: tuple[float, str] | None = None
        # A window anchored by the name's own words (a distinctive one, or two): the rest of
        # the name garbled beside them ("goldman socks", "lights defending freedom").
        anchored = bool(shared) and (any(distinctive_word(w) for w in shared)
                                     or sum(len(w) > 3 for w in shared) >= 2)
        if shared:
            # A window that already has a word of the name must garble a distinctive one.
            # (Or, beside it, a non-word no dictionary has: "southern calirnia".)
            if not changed or not anchored and not any(
                    len(w) >= 4 and v.zipf(w) < 4.5 for w in ukey if w not in shared) \
                    and not all(it.zipf == 0 and not in_dictionary(w)
                                for it in changed for w in it.key):
                return 0.0, "shared"
            if unit.word_phones:
                # Judge the garbled part alone: shared words would dilute its distance.
                rest = "".join(p for w, p in zip(ukey, unit.word_phones)
                               if w not in shared)
                got = "".join(it.phones for it in changed)
                inside = [w for it in span for w in it.key]
                completes = bool(rest) and gaps(inside, shared) == gaps(list(ukey), shared)
                # The name's own word in place and, in the slot of its missing ones, words
                # the frequency list barely holds (words, or near a word: a non-word has its
                # own rules), joined to it by no seam the bigram counts know ("new demi"):
                # the whole window is judged against the whole name. Only where those words
                # carry half the name's sound or more (else the shared word dilutes the
                # distance: "arz international" is no RT International), the shared word is
                # no letter ("c spar"), and the rare words are no name of their own ("mark
                # lowen" is no Mark Urban) nor letters read out ("nbc news"). Not in a
                # crowded lexicon, where some name completes almost any rare word.
                fresh = [w for it in changed for w in it.key]
                rare_rest = whole and completes and unit.whole and not anchored \
                    and not self.crowded and 2 * len(rest) >= unit.length \
                    and all(len(w) >= 3 for w in shared) \
                    and all(it.zipf < RARE_REST_ZIPF and (it.known or all(
                        near_word(w) for w in it.key)) for it in changed) \
                    and not named(fresh) \
                    and not any(initialism(w) or kind(w) in FIRST_NAMES for w in fresh) \
                    and not any(v.bigram(a, b) for a, b in zip(inside, inside[1:])
                                if (a in shared) != (b in shared))
                if rest and not rare_rest:
                    first_name = self._first_name(run, c, ukey, shared, changed,
                                                  distance(got, rest) / len(rest), prior)
                    c = Candidate(c.first, c.stop, unit,
                                   max(c.score, distance(got, rest) / len(rest)))
                    t = threshold(len(rest))
                    if any(distinctive_word(w) for w in shared):
                        t *= 1.5   # the rest of the name is right there: "olaf sholtz"
        rule = "sound-part" if anchored else "sound"
        # Words outside the frequency list: typos of a common word, or no English at all.
        # (Letters written with dots, "t.v.", are English, not a garble; so are two common
        # words run together, "sportsday", unless the document speaks of the name.)
        words = [(w, it.known) for it in changed if it.zipf == 0 for w in it.key]
        odd = [(True, w) if DOTTED_RE.fullmatch(w) or unit.canonical not in prior
               and v.compound(w) else (is_known, near_word(w)) for w, is_known in words]
        # (A dictionary word one letter from the name, "labor", is a word, not a typo.)
        if any(near in ukey and not in_dictionary(w)
               for (w, _), (_, near) in zip(words, odd)):
            t *= 1.6   # one letter from the name itself: "iindia"
            rule = "sound-typo"
        nonword = any(near is None and not is_known for is_known, near in odd)
        common = any(it.zipf > 0 for it in changed) or any(
            near and near not in ukey for _, near in odd) or \
            any(in_dictionary(w) for it in changed if it.zipf == 0 for w in it.key)
        if nonword:
            t *= NONWORD_WIDER
            rule = "sound-nonword"
        if rare_rest:
            rule += "+rest"
        keys = [w for it in span for w in it.key]
        # Seams inside the window, except between the name's own words.
        pairs = [(a, b) for a, b in zip(keys, keys[1:]) if a not in shared or b not in shared]
        before = run[c.first - 1].key[-1:] if c.first > 0 else ()
        after = run[c.stop].key[:1] if c.stop < len(run) else ()
        fluent = 0.0
        if pairs:
            fluent = sum(1 for a, b in pairs if v.bigram_zipf(a, b) >= 3.0) / len(pairs)
            t *= 1.0 - 0.5 * fluent
        elif not nonword and span[0].zipf >= 3.0:
            t *= 0.6   # one real word standing for a name needs context, not sound alone
        elif not nonword and span[0].known:
            t *= 0.8   # a rare dictionary word is still a word ("superdelegates")
        edges = [(before[0], keys[0])] if before else []
        if after:
            edges.append((keys[-1], after[0]))
        # (The name's own word reads fluently beside its neighbour as the name would.)
        outer = [(a, b) for a, b in edges if not rare_rest or a not in shared
                 and b not in shared]
        if outer and all(v.bigram_zipf(a, b) >= 4.0 for a, b in outer):
            t *= 0.8
        if unit.canonical in prior:
            t *= 1.35
            rule += "+context"
        elif unit.source == "reference":
            t *= 0.75
        if nonword and self.compatriot(unit, prior):
            # A non-word for a listed place of one country, in a document that speaks of that
            # country: the story is there ("chinmoy" for a Chimoio where Mozambique is
            # named). Not in a crowded lexicon. (`names`'s "+thin" guard does not read this
            # rule: the letters of a place's garble need not agree where letter-to-sound
            # misreads the name, "cɪmöɑ"; the country is the evidence beyond sound.)
            t *= COUNTRY_WIDER
            rule += "+country"
        if before and before[0] in _SLOT_BEFORE:
            t *= 1.1
        t = min(t, MAX_DISTANCE - 0.04)
        # A rare word that sounds just like a name the document speaks of, in no known bigram
        # with either neighbour: the name, not the word (the name's nearest word is the very
        # window here, so the false-alarm cap below does not apply).
        # (Or a listed place of one country the document names, `compatriot`, right after a
        # preposition of place: "control of lehman" for a Lyman where Ukrainian forces are
        # named; "the board warns farmers", "met on monday and warns" stay beside a listed
        # Warnes, Bolivia named.)
        homophone = len(span) == 1 and span[0].known and \
            c.score <= HOMOPHONE_DISTANCE and 0 < span[0].zipf < HOMOPHONE_ZIPF and \
            not any(v.bigram(a, b) for a, b in edges) and not named(span[0].key) and (
                unit.canonical in prior or in_slot(before, PLACE_SLOT)
                and self.compatriot(unit, prior))
        if homophone and unit.canonical not in prior:
            rule += "+country"
        if homophone:
            rule += "+homophone"
            # Outside a name's slot (a preposition or title before, "'s" after) the word may
            # be itself: a suggestion at most.
            homophone_slot = in_slot(before, _SLOT_BEFORE) or span[-1].possessive
        # Ordinary words for a name the document speaks of, reading as no English where they
        # stand (`nameslot.odd_in_place`: "greens and ftp party"): judged also without the
        # caps below, as a suggestion at most (see the end). Not in a crowded lexicon; words
        # of the frequency list only, none a function word ("labor" is a Labour's nearest
        # English).
        capped = not nonword and common and not anchored and not homophone and not rare_rest
        # Content words reading as no English at all where they stand, for a whole name (not
        # in a crowded lexicon): judged without the caps, as an edit too (`nameslot.garbled`).
        nonsense = capped and not free and not self.crowded and unit.whole and not shared \
            and not words and garbled(
                [w for it in run[max(0, c.first - 2):c.first] for w in it.key], keys, after)
        misplaced = capped and not free and unit.canonical in prior and not self.crowded \
            and not words and all(it.zipf < FUNCTION_ZIPF for it in span) and \
            odd_in_place(before, keys, after, True) and not nonsense
        if capped and not free:
            # Real words that sound like the name: stay below the name's nearest word. (Words
            # only the pronouncing dictionary knows, surnames mostly, are no common words.)
            t = min(t, 0.7 * self.index.false_alarm(unit))
            if len(span) == 1 and span[0].zipf == 0 and all(
                    in_dictionary(w) for w in span[0].key):
                # A dictionary word the frequency list lacks ("labor" for a Labour) is the
                # name's nearest English, at the window's own distance.
                t = min(t, 0.7 * c.score)
            if all(it.known and it.zipf >= 3.0 for it in changed):
                t = min(t, COMMON_WORDS_DISTANCE)   # ordinary English must sound very close
        if unit.canonical in prior and pairs:
            # A name the document speaks of, in words that read badly as English (seams
            # never seen in the bigram counts): "tamal leap us" for a Tamaulipas
            # named earlier.
            odd_seams = sum(1 for a, b in pairs if not v.bigram(a, b)) / len(pairs)
            t = min(t * (1.0 + DISFLUENT * odd_seams), MAX_DISTANCE - 0.04)
        if span[-1].possessive:
            t *= 1.1   # "'s" after: a slot for a name
        if completes and unit.canonical in prior:
            # The name's own words in place and the garble in the slot of its missing ones,
            # in a document that speaks of it ("zbikky quick" once "Becky Quick" was named).
            # The garble must be no English ("very quick" stays) unless a distinctive word of
            # the name anchors it ("lights defending freedom"), and never a function word
            # ("and trump").
            strange = all(not is_known and near is None for is_known, near in odd) and \
                len(odd) == len(changed)
            if strange or anchored and any(distinctive_word(w) for w in shared) and all(
                    it.zipf < FUNCTION_ZIPF for it in changed):
                if strange:
                    t = max(t, MAX_DISTANCE - 0.04)
                t = min(t * COMPLETES, MAX_DISTANCE)
                rule += "+completes"
        # One word of the frequency list opening the window in the slot of the name's first
        # part, the rest of the name exact after it, the word after a subject pronoun or making
        # a pair the bigram counts know with the word before it ("we met | <surname>", "they
        # told | <surname>"): a clause of its own more often than a garble of the first name.
        # A suggestion at most (below), unless the word alone sounds like the part it stands
        # for within that part's base threshold. (The whole window is no measure: the
        # surname's exact phones dilute any one word into the whole name's bar.) Not after a
        # preposition, an article or a determiner, a name's own slot ("chaos on all jazeera",
        # "of the custom brigades": garbles), nor for a function word (its own guards above:
        # "and trump").
        phrase = completes and not rare_rest and len(changed) == 1 \
            and len(changed[0].key) == 1 and span[0] is changed[0] and changed[0].zipf > 0 \
            and keys[0] not in CLOSED_CLASS \
            and bool(before) and before[0] not in _NAME_PHRASE_BEFORE \
            and (before[0] in SUBJECT_PRONOUNS
                 or v.bigram_zipf(before[0], keys[0]) >= BOUND_ZIPF) \
            and c.score > threshold(len(rest))
        # The mirror: the name's first part written right opening the window and, in the slot
        # of the missing part, one word of the frequency list that makes a pair the bigram
        # counts know with the word after it ("<first name> made the call", "<first name>
        # sent a letter", "<first name> left the building"): a verb and its object or
        # preposition, the first name's own clause, more often than a garble of the surname
        # (the word may sound just like the surname, so no sound escape). A suggestion at
        # most (below). Not for a function word (its own guards).
        # (Also the window of the surname alone, a part of the name, right after the first
        # part written right: "<first name> | sent a letter".)
        # One word only, the window's last: the pair is with the word after the window (a
        # garble over several words makes its own pairs inside it: "victoria | gate and b"
        # for a Victoria Gatenby).
        lead = span.index(changed[0]) if changed else 0
        follow = after if len(changed) == 1 and lead == len(span) - 1 else ()
        clause = (completes and lead > 0 and all(
            not it.key or set(it.key) <= shared for it in span[:lead])
            or lead == 0 and bool(changed) and bool(before) and not unit.whole
            and self._opened(unit, ukey, before[0])) and not rare_rest \
            and len(changed[0].key) == 1 and changed[0].zipf > 0 \
            and changed[0].key[0] not in CLOSED_CLASS and bool(follow) \
            and v.bigram_zipf(changed[0].key[0], follow[0]) >= BOUND_ZIPF
        if unit.canonical not in prior:
            t *= self._crowd
        if t <= 0:
            return first_name or (0.0, rule)
        conf = confidence(c.score, t)
        if unit.canonical not in prior and not nonword and (
                fluent >= 0.5 or len(changed) == 1 and changed[0].zipf >= 3.0
                or pairs and all(it.zipf >= 3.0 for it in changed)
                and (all(v.bigram(a, b) for a, b in pairs)
                     or any(w in CLOSED_CLASS for it in changed for w in it.key))):
            # Fluent real words standing for a name nobody mentioned (common words whose every
            # seam the bigram counts know, or leaning on a function word: "the dow by" is no
            # Dubai): a suggestion at most.
            conf = min(conf, self.options.min_confidence - 0.05)
        if rare_rest:
            # Sound and rarity alone are no proof (other stories' lexicons over the annotated
            # pages put 7 such edits off the garbles): a suggestion, which a story's lexicon
            # that fits the document may lift (`namefit.lifted`); the rest judged alone
            # still decides where it is surer (below).
            conf = min(conf, self.options.min_confidence - 0.05)
        if homophone and not homophone_slot or read_out(keys, shared, anchored):
            conf = min(conf, self.options.min_confidence - 0.05)
        if not nonword and before and before[0] in NOUN_SLOT and span[0].zipf > 0 and \
                v.bigram_zipf(before[0], keys[0]) >= BOUND_ZIPF:
            # A common word bound to the determiner before it ("this summer all" for a
            # Somerville named earlier, qa29): the common noun's phrase, a suggestion at most.
            conf = min(conf, self.options.min_confidence - 0.05)
        if not unit.whole and unit.canonical not in prior and len(span) > 1 and not nonword \
                and not shared and letters != own:
            # Several words, none the name's own nor a non-word, for one part of a name the
            # document never speaks of ("the gull said nothing" is no Gülşen of a listed
            # Gülşen Demirtaş): a broadcast names a person or a place whole before it
            # shortens it, and ordinary words that only sound like a part of a name are
            # more often themselves. A suggestion at most. (Not the part's own letters split
            # by a space: "tala bay" for a Talabay is that word.)
            conf = min(conf, self.options.min_confidence - 0.05)
            rule += "+part"
        if phrase:
            conf = min(conf, self.options.min_confidence - 0.05)
            rule += "+phrase"
        if clause:
            conf = min(conf, self.options.min_confidence - 0.05)
            rule += "+clause"
        if misplaced or nonsense:
            # (Odd seams beside a function word are no proof: "greens and ftp party" reads as
            # oddly as "greens and ftp users" to the counts: a suggestion at most.)
            lifted = self._confidence(run, c, prior, True, whole)[0]
            if misplaced:
                lifted = min(lifted, self.options.min_confidence - 0.05)
            if lifted > conf:
                conf, rule = lifted, rule + ("+odd" if misplaced else "+garbled")
        if rare_rest:
            judged = self._confidence(run, given, prior, free, False)
            if judged[0] >= conf:
                return judged   # the rest judged alone is as sure ("southern calirnia")
        if first_name is not None and first_name[0] > conf:
            return first_name
        return max(0.0, min(1.0, conf)), rule

    def _particle_slot(self, span: list[Item], unit: Unit, ukey: tuple[str, ...],
                       score: float, prior: set[str]) -> tuple[float, str] | None:
        """A name with a particle of another language inside it, written in lowercase in the
        listed form ("Port-au-Prince", "Rio de Janeiro", "Lula da Silva"), heard with its
        other words exactly and an English function word in the particle's slot ("port or
        prince", "rio the janeiro"): the name (rule "sound-particle"). The words around the
        slot are the name's own, in order, one word for one; only the particle is misheard,
        and a caption writes the nearest English function word for it. Judged by the whole
        window's distance against the whole name's threshold (the particle alone, one or two
        phones, is no measure). Not where the listed slot word is an English function word
        itself ("Bank of America": "bank in america" is English), nor for fewer than two
        words around it."""
        words = [w for it in span for w in it.key]
        if len(words) != len(ukey):
            return None
        written = _WORD_SPLIT_RE.split(unit.text)
        if len(written) != len(ukey):
            return None
        v = vocabulary()
        slots = 0
        for heard, own, listed in zip(words, ukey, written):
            if heard == own:
                continue
            if not (listed.isalpha() and listed.islower()) or own in CLOSED_CLASS or not (
                    heard in CLOSED_CLASS or v.zipf(heard) >= FUNCTION_ZIPF):
                return None
            slots += 1
        if not slots or len(ukey) - slots < 2:
            return None
        t = threshold(unit.length)
        if unit.canonical not in prior:
            t *= self._crowd
        if score > t:
            return None
        return (confidence(score, t),
                "sound-particle" + ("+context" if unit.canonical in prior else ""))

    @staticmethod
    def _opened(unit: Unit, ukey: tuple[str, ...], word: str) -> bool:
        """Whether ``word`` is the word of the listed name right before the part ``unit``
        stands for (its first name before its surname)."""
        whole = tuple(folded(w) for w in name_key(unit.canonical))
        n = len(ukey)
        return len(whole) > n and whole[-n:] == ukey and whole[-n - 1] == word

    def _first_name(self, run: list[Item], c: Candidate, ukey: tuple[str, ...],
                    shared: set[str], changed: list[Item], rest: float, prior: set[str]
                    ) -> tuple[float, str] | None:
        """A listed person's first name written right and the surname heard as other words
        right after it ("marta kvitko" for a listed Marta Kvitova): the exact first name is
        evidence of that person, so the whole window may also be judged against the whole
        name (rule "sound+first", "+context" where the document speaks of the name), where the
        rest alone is held to a short name's bar and the caps on common words. A lift only
        (`_confidence` keeps the surer reading), and a suggestion at most, which a story's
        lexicon that fits the document may lift (`namefit.lifted`, "+fit"): as an edit on its
        own it put one wrong edit on a judged page under another story's lexicon (names39,
        counted only), as the whole-window `+rest` reading did (names29). Only where nothing
        else could claim the words:
        - the window opens with the name's first word, a first name of the lists
          (`personnames.kind`), the only word of the name in it, and no other listed name
          opens with that word (then the first name tells neither apart);
        - the words after it are no name of the lists of their own (`kind` at most
          `AFTER_NAME`: a word only the pronouncing dictionary holds, "kornacki", or none;
          "john kelly" is another person, no John Kerry), no title, not the name's own
          letters (a spelling with other diacritics is the name), not all function words
          and not joined to the first name by a pair the bigram counts know (a fluent
          continuation: "tony said", "carlos and");
        - the name is no place of the shared table, the lexicon is not crowded (a common
          first name opens many of its names), and the rest alone sounds within
          `MAX_DISTANCE` of the surname: the first name's exact phones would otherwise
          dilute any rest into a match ("george ford" is .16 from a George Floyd whole, .33
          by its rest)."""
        unit = c.unit
        first = ukey[0]
        span = run[c.first:c.stop]
        if self.crowded or len(ukey) < 2 or shared != {first} or len(span) < 2 \
                or span[0].key != (first,) or rest > MAX_DISTANCE \
                or kind(first) not in FIRST_NAMES or a_place(unit.canonical) \
                or c.score > threshold(unit.length):
            return None
        v = vocabulary()
        fresh = [w for it in changed for w in it.key]
        if first in fresh or named(fresh) or any(
                kind(w) > AFTER_NAME or w in NAME_TITLES for w in fresh) \
                or folded("".join(fresh)) == "".join(ukey[1:]) or all(
                w in CLOSED_CLASS or v.zipf(w) >= FUNCTION_ZIPF for w in fresh) \
                or v.bigram(first, fresh[0]) or any(
                u.key[:1] == (first,) and u.canonical != unit.canonical
                for u in self.index.units):
            return None
        conf = confidence(c.score, threshold(unit.length))
        return (min(conf, self.options.min_confidence - 0.05),
                "sound+first" + ("+context" if unit.canonical in prior else ""))


DOTTED_RE = regex.compile(r"(?:\p{L}\.)+")
"""Letters written with dots, as one word ("t.v.") or one letter ("u." of "u. n.")."""
_WORD_SPLIT_RE = regex.compile(r"[\s\-‐–]+")


def split_name(words: list[str], crowded: bool) -> bool:
    """Words whose letters, run together, are a one-word name ("as mara" for Asmara): the
    name heard as words, not a spelling of it, when each is a word of two letters or more (a
    stray letter is `letters-joined`'s), one of them is a word the frequency list barely holds
    (common words run together, "green land", "new port", read as themselves) and no seam
    between them is a pair the bigram counts know ("i ran"). Not in a crowded lexicon, where
    some name is the run-together letters of more word pairs."""
    v = vocabulary()
    return not crowded and all(len(w) >= 2 for w in words) and any(
        v.zipf(w) < RARE_REST_ZIPF for w in words) and not any(
        v.bigram(a, b) for a, b in zip(words, words[1:]))


OTHER_FIRST = 0.1
"""Two first names this far apart by sound (per phone of the listed one) are two names: short
forms are .12 or more from the whole ("alex" Alexei, "andy" Andrew, "steve" Steven), spellings
of one name under .1 ("hyder" Haider .05, "anthony" Antony .09, "nicole" Nicolle 0)."""


def other_first_name(span: list[Item], ukey: tuple[str, ...],
                     word_phones: tuple[str, ...]) -> bool:
    """A listed person's name written word for word but its first word, which is a short
    form of the listed first name (shorter, its first three letters) that does not sound the
    same ("steve mnuchin" for a listed Steven Mnuchin, "alex navalny" for an Alexei
    Navalny): the person called by a short form, no garble of the listed first name. (A
    first name that sounds the same, "nicole wallace" for a Nicolle Wallace, is a spelling
    of it; another first name no shorter, "nicholas sturgeon" for a Nicola Sturgeon, may be
    the recogniser's, and is judged as before.)
    Both first words must be first names of the lists (`personnames.kind`), `OTHER_FIRST`
    apart."""
    words = [w for it in span for w in it.key]
    if len(ukey) < 2 or len(words) != len(ukey) or len(word_phones) != len(ukey) \
            or len(span[0].key) != 1 or words[0] == ukey[0] or words[1:] != list(ukey[1:]):
        return False
    if kind(words[0]) not in FIRST_NAMES or kind(ukey[0]) not in FIRST_NAMES:
        return False
    short = len(words[0]) < len(ukey[0]) and words[0][:3] == ukey[0][:3]
    return short and distance(span[0].phones, word_phones[0]) > OTHER_FIRST * len(
        word_phones[0])


def another_person(span: list[Item]) -> bool:
    """Two words or more that read as a person's full name of their own: the first a first
    name of the lists, the last a name of the lists beyond a surname only the pronouncing
    dictionary holds (`personnames.kind` `NEAR_NAME` or more: "john kerry", "laura kyle"),
    none a word of the listed name (the caller checks). Another person is named there, no
    garble of the listed name ("john kerry" is no Juncker, "laura kyle" no Larry Kudlow); a
    garbled surname the lists do not hold ("elaine easton" for a Delaine Eastin: "easton"
    only the pronouncing dictionary has) is still heard."""
    words = [w for it in span for w in it.key]
    return len(words) >= 2 and kind(words[0]) in FIRST_NAMES and kind(words[0]) > AFTER_NAME \
        and kind(words[-1]) > AFTER_NAME


_NAME_WORDS_RE = lazy_regex(r"[\s\-]+")


def a_person(canonical: str) -> bool:
    """Whether a listed name reads as a person's: two words or more, the first a first name of
    the lists beyond a word only the pronouncing dictionary holds (`personnames.kind`
    `NEAR_NAME` or more: "Jean-Claude Juncker" by its "jean"). A place or a club heard as a person's
    name ("mario paul" for a Mariupol) is another matter: `another_person` leaves it."""
    words = _NAME_WORDS_RE.split(canonical.lower())
    return len(words) >= 2 and kind(words[0]) > AFTER_NAME


DROPPED_NAME = 8
"""A name this long, two neighbouring letters short, is still told apart from any other."""


def _spelled(span: list[Item], unit: Unit, own: str, prior: set[str]
             ) -> tuple[float, str] | None:
    """A listed acronym said letter by letter: the window's letters and letter names ("o s c
    e", "u. n. h. c. r.", "oh ess see ee", "dee double you news") spell its letters exactly,
    three or more of them (or two beside a word of the name). Sure when the letters are
    written as letters, or one letter name is no ordinary word ("ess", "dee", "double"), or the
    document speaks of the name; a window of common words ("i owe see") is left to sound."""
    acronym = acronym_letters(unit.text)
    if len(acronym) < 2 or acronym not in own:
        return None
    words = [w for it in span for w in it.key]
    reading, count, rare = spelled_as(words)
    if reading != own or count < len(acronym) or count < 3 and len(words) == count:
        return None
    if all(len(w) == 1 for w in words):
        return 0.95, "letters-spelled"
    if rare or unit.canonical in prior:
        return 0.9, "letters-named"
    return None

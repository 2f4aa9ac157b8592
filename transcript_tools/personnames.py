"""Proper names no lexicon lists, found in lowercase captions by how the word lists write them:
people's first names and surnames ("sarah", "jones", "kornacki"), towns, faiths, feasts.

Used by `casing.Truecaser`, which leaves lexicon names to the names stage and the entries of
`propernouns` (countries, cities, demonyms) to its own table. A word web2 writes only
capitalised, in no regular form of an ordinary word ("miles", "kids" are plurals), is a name
wherever it stands, unless GCIDE has it as a headword ("john", but also "cactus"): then only
beside another name or after a title. A word no list holds is a name only right after a
first name or a title ("steve kornacki", "president kenyatta"): alone it may be any word the
1934 lists never saw ("internet", "podcast") or a garble.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from functools import lru_cache
from itertools import islice

import regex

from .breakwords import NUMBER_WORDS
from .captionstops import PERSON_TITLES
from .censusnames import marks
from .interjections import INTERJECTIONS
from .nameslot import CLOSED_CLASS
from .phonetics import distance
from .pronounce import known, pronounce
from .scans import where
from .spokenwords import spoken_often
from .streets import COUNTY_WORDS, STREET_WORDS
from .titles import BEFORE_TITLE, MONTHS, NAME_TITLES, TITLE_HEADS
from .vocabulary import vocabulary
from .wordcase import headword, ordinary, proper

MIN_ZIPF = 3.0
"""A proper name of the lists must be at least this common in broadcast English (symspellpy's
counts): the rarer ones are mostly plant and animal genera that English now writes in
lowercase ("zinnia", "viburnum")."""
ARTICLE_SHARE = 0.15
"""A word that follows "a"/"an" this often (bigram count over its own count) is a common noun
or adjective today ("a lesbian", "a hunter", "a mod"), whatever the 1934 list wrote."""
THE_SHARE = 4.0
"""A word that follows "the" this often is a common noun today ("the advent of")."""
NAME_ZIPF = 5.0
"""A word no list holds may be a surname after a first name or title only below this zipf:
the commoner ones are modern common words ("internet", "online", "email"); surnames as
common as "johnson" or "powell" are below it."""
COMPOUND_ZIPF = 4.0
"""A word made of two ordinary words this common ("meantime", "roundtable") is English run
together, not a surname."""
_DERIVED = (("ied", "y"), ("ier", "y"), ("ies", "y"), ("er", ""), ("er", "e"), ("ers", ""),
            ("ee", ""), ("ees", ""), ("ing", ""), ("ed", ""), ("s", ""), ("es", ""))
"""Endings that make an ordinary word of a word the lists lack ("testified", "abductees",
"teenager")."""


ALONE, NEAR_NAME, AFTER_NAME, AFTER_TITLE, NOT_NAME = 4, 3, 2, 1, 0
"""Kinds of word (`PersonNames.kind`)."""
_LONE_SURNAME = 5
"""A word no dictionary holds, this long or longer, right after a first name of the lists
("jennifer wexton", "paula hancocks"; "abigail spanberger", the first name cased with it) is
that person's surname even said once; a shorter one may be a clipped word, and needs a title
or a second mention; a common word with an "s" on it ("olympic womens") is none."""
SHORT_ZIPF = 4.4
"""A three-letter proper name of the lists is a name alone only this common ("jim", "ian");
rarer ones ("sim", "aus", "ned") need a name beside them."""
_SPOKEN_NAME = 4
"""The shortest name of web2 the book counts never saw that wordfreq's everyday English may
make a name beside another (`_listed_kind`, casing6): of the 42 such words wordfreq says
often, those of three letters are as often a clipping, a chat word or a syllable ("sus",
"mer", "vip", "jin", "bos") as a name."""
_MODERN = frozenset("rugby zen ninja sumo pogo tiki".split())
"""Words web2 writes only capitalised that English now writes in lowercase (web2 dates from
1934; no installed list says which). The genera and headwords GCIDE holds ("cactus",
"mogul") are told apart by the dictionary itself."""


def kind(word: str) -> int:
    """`ALONE`: a name wherever it stands (a proper name of web2 that no dictionary
    holds: "sarah", "jones", "hollywood"); `NEAR_NAME`: a name beside another or after a
    title (web2 writes it capitalised, but GCIDE has it as a headword: "john", "steve" as
    much as "cactus", "mogul"); `AFTER_NAME`: a name right after a first name or a title
    (no list holds it, the pronouncing dictionary does: "kornacki"); `AFTER_TITLE`: a name
    right after a title only (no dictionary holds it: "president museveni"); `NOT_NAME`.
    A word these lists give no more than `AFTER_NAME` that the census lists (`censusnames`) as
    a first name is `NEAR_NAME` ("tyrone", "julio"; unless it is a common surname too and the
    lists read it as one: "tyson"); one they give `NOT_NAME` or `AFTER_TITLE` that the census
    holds as a common surname, or as a rarer one the word counts never saw, is `AFTER_NAME`
    ("morales", "bannon"); never where the counts show a common word's use (`_name_use`).
    ``word`` is lowercase, without quotes or a possessive. (The casing stage keeps it per
    word type with the word's other casing facts.)"""
    return _kind(word)


def names(kinds: list[int], titles: Sequence[bool], keys: Sequence[str],
          skip: Container[int], apart: Callable[[int], bool] = lambda i: False,
          opened: Container[int] = (),
          owns: Callable[[int], bool] = lambda i: False,
          introduced: set[int] | None = None) -> dict[int, str]:
    """Word index -> the word capitalised, for the names among a document's words, given
    each word's `kind` (`NOT_NAME` for a word that is no plain lowercase word), whether a
    name may follow it ("president", "mr."), and its lowercase form. ``skip``: the words
    another rule cases (a table entry): they are never cased here and open no name.
    ``apart(i)``: whether a mark stands between words ``i`` and ``i + 1`` ("it was frank,
    jones said"): the two are then no one name. ``opened``: words an earlier stage cased
    as a first name (a listed name's part, "Sebastián"), which open a name as one cased here
    does. ``owns(i)``: whether word ``i`` is a possessive ("casey's"): the word after it is
    what the person owns, no surname. ``introduced``, when given, also takes a speaker's own
    name no other rule cases (`_self_introduced`), and receives those words' indices."""
    out: dict[int, str] = {}
    lone: set[int] = set()  # surnames no dictionary holds, cased after a first name once
    after_title: set[int] = set()  # names cased right after a title ("president | obama")
    last = len(kinds) - 1
    # (the name words' places, listed once: the loop below and `_after_role` walk them)
    named = list(where(kinds, len(kinds)))
    for i in named:
        if i in skip:
            continue
        k = kinds[i]
        titled = i > 0 and titles[i - 1] and i - 1 not in skip and not apart(i - 1) or \
            k <= NEAR_NAME and (_title_first(i, titles, keys, skip, apart, out)
                               or _introduced(i, keys, apart, out))
        # (a word no list holds follows a first name, never another such word: "mr.
        # smith testified" stays)
        # (a table's place that is a first name too opens a surname only the pronouncing
        # dictionary holds: "kobe | bryant", qa29; the words are a name either way; a listed
        # name's first word, ``opened``, opens a surname, not a first name: "Inter | alia")
        opens = titled or (i - 1 in out and kinds[i - 1] > AFTER_NAME
                           or i - 1 in opened and k < NEAR_NAME
                           or k == AFTER_NAME and i - 1 in skip and kinds[i - 1] in FIRST_NAMES
                           ) and not apart(i - 1)
        if k == AFTER_TITLE and i and not titled and kinds[i - 1] >= NEAR_NAME \
                and i - 1 not in skip \
                and not apart(i - 1) and len(keys[i]) >= _LONE_SURNAME \
                and not _plural_of_word(keys[i]) and not _framed(keys, i - 1, _OWN_NAME):
            # (a speaker's own name, "i'm kim vanelle", is `_self_introduced`'s: such a
            # name labels no turn)
            if i - 1 not in out:  # a first name cased only beside another ("abigail")
                out[i - 1] = _capitalised(keys[i - 1])
            out[i] = _capitalised(keys[i])  # "jennifer | wexton": said once, still a surname
            lone.add(i)
        elif k == ALONE or k == AFTER_NAME and opens or k == AFTER_TITLE and titled or \
                k == NEAR_NAME and (opens or i < last and kinds[i + 1] > AFTER_TITLE
                                    and i + 1 not in skip and not apart(i)):
            out[i] = _capitalised(keys[i])
            if titled:
                after_title.add(i)
    # a first name that is a common word too ("ray", "bill", "rose" as in "charlie rose"
    # is a surname) right before a surname no list holds in lowercase ("ray suarez"): the
    # two are one name, unless the word before shows the common word ("a ray", "to mark"),
    # or the word is a noun of a person's work ("football star | herschel walker")
    for i in where(map(_SURNAME_AFTER_COMMON.__contains__, islice(kinds, 1, None)), last):
        if kinds[i] == NOT_NAME and i not in out \
                and i not in skip and i + 1 not in skip and not apart(i) \
                and (i == 0 or keys[i - 1] not in _COMMON_WORD_BEFORE) \
                and keys[i] not in _ROLES and _common_first(keys[i]):
            out[i] = _capitalised(keys[i])
            out[i + 1] = _capitalised(keys[i + 1])
    row = bytes(kinds)   # (the kinds as bytes, for the pair scans' `bytes.find`)
    _unheard_pairs(kinds, keys, skip, apart, out, row)
    _pronounced_pairs(kinds, keys, skip, apart, out, row)
    _after_role(kinds, keys, skip, apart, out, named)
    # a word no dictionary holds, said right after a first name and again elsewhere on the
    # page ("jim furyk" ... "a good target for furyk"), is that person's surname wherever it
    # stands: a garble is not typed the same way twice
    after = {keys[i] for i in where(map(_AFTER_TITLE.__contains__, islice(kinds, 1, None)),
                                     1, len(kinds))
             if (i not in out or i in lone) and i not in skip
             and i - 1 in out and kinds[i - 1] > AFTER_NAME and not apart(i - 1)}
    # (or right after a title: "dr. siddhartha mukherjee ... greitens, mukherjee and",
    # "president obama ... one obama", qa35)
    after.update(keys[i] for i in after_title if kinds[i] == AFTER_TITLE)
    if after:
        said = [i for i in range(len(kinds)) if kinds[i] == AFTER_TITLE and keys[i] in after
                and i not in skip]
        twice = {k for k in after if sum(keys[i] == k for i in said) >= 2}
        for i in said:
            if keys[i] in twice:
                out[i] = _capitalised(keys[i])
    # a name of the lists cased as a surname right after a first name ("hillary clinton") or
    # a title ("president obama", "dr. siddhartha | mukherjee", qa35) is that person's name
    # where the page says it alone again ("the clinton campaign", qa31; "one obama"), unless
    # English writes the word in lowercase too ("rose", "brown", "grant")
    surnames = {keys[i] for i in out if i and kinds[i] in _SURNAME_KINDS and (
        i - 1 in out and kinds[i - 1] > AFTER_NAME and not apart(i - 1) or i in after_title)}
    # so is a first name cased only beside another ("barbara", a GCIDE headword) right
    # before a surname ("i am barbara harrison"), where the page says it alone ("good
    # morning barbara", a hand-over, qa59); not one English writes in lowercase too ("joe",
    # "carol": "a christmas carol")
    surnames.update(keys[i] for i in out if kinds[i] == NEAR_NAME and i + 1 in out
                    and kinds[i + 1] != NOT_NAME and not apart(i) and not ordinary(keys[i]))
    if surnames:
        for i in where(map(surnames.__contains__, keys), len(kinds)):
            if i not in out and i not in skip and keys[i] in surnames \
                    and kinds[i] in _SURNAME_KINDS and not ordinary(keys[i]):
                out[i] = _capitalised(keys[i])
    cased = set(out)
    _common_surnames(kinds, titles, keys, skip, apart, owns, out)
    _owned_surnames(kinds, keys, skip, apart, owns, out)
    # a surname English also writes in lowercase ("trump", "sanders"), cased as a surname
    # above, is that person's name where the page says it again, unless what stands beside
    # it shows the common word (`_again`)
    if surnames or len(out) > len(cased):
        common = {keys[i] for i in out.keys() - cased if kinds[i] == NOT_NAME}
        common.update(k for k in surnames if ordinary(k))
        if common:
            _again(common, kinds, keys, skip, apart, owns, out)
    if introduced is not None:
        for i, word in _self_introduced(kinds, keys, skip, apart).items():
            if i not in out:
                out[i] = word
                introduced.add(i)
    return out


_AFTER_TITLE = frozenset((AFTER_TITLE,))
_ABOVE_AFTER_NAME = bytes(k > AFTER_NAME for k in range(256))
"""A `bytes.translate` table: 1 for a kind above AFTER_NAME (a name's or near one), else 0."""
_SURNAME_AFTER_COMMON = frozenset((ALONE, AFTER_NAME))
"""The kinds of a word no list holds in lowercase after a first name that is a common word
too (`names`: "ray | suarez")."""
SURNAME_TITLES = frozenset(
    "president senator governor mayor secretary judge chancellor ambassador congressman "
    "congresswoman commissioner chairman chairwoman minister sheriff detective sergeant "
    "colonel professor rabbi reverend".split())
"""Titles after which a common word is a surname ("president trump", "governor brown"): not
royal and church titles ("queen bee", "prince charming", "cardinal sin"), nor "general",
"speaker", "lieutenant", which head common phrases."""
SURNAME_ZIPF = 5.5
"""A common word this common or commoner is no surname after a title ("president day"):
"brown", "king", "young" are below it."""
_VERB_ENDINGS = ("ing", "ed", "ly")
_INTERJECTED = INTERJECTIONS | frozenset(
    "hello hey thanks thank welcome please sorry bye goodbye".split())
"""Words said to the person a title or first name addresses ("mr. president, hello"), no
surname."""
_OWN_NAME = (("i'm",), ("i", "am"), ("name", "is"))
"""Words before a speaker's own first name and surname ("i'm lester holt")."""
_REPORTS = frozenset("says said tells told adds added explains explained writes wrote".split())
"""Verbs of saying after a name: a first name and a common word before one are the name of
the one who speaks ("linda park says"), not a noun phrase."""
_ROLES = frozenset(
    "adviser advisor spokesman spokeswoman spokesperson correspondent reporter anchor coach "
    "director attorney lawyer actor actress singer author writer host producer meteorologist "
    "ceo founder analyst economist quarterback pitcher teammate colleague star".split())
"""Nouns of a person's work before a first name: the word after the first name is a
surname ("adviser susan rice", "coach steve kerr")."""
_ROMAN = regex.compile(r"^[ivxl]+$")


_PAIR_LETTERS = 3
"""The shortest word of a pair `_unheard_pairs` cases."""


def _pair_of(kind_: int, i: int, kinds: list[int], keys: Sequence[str], skip: Container[int],
             apart: Callable[[int], bool], second: int | None = None) -> bool:
    """Whether the words at ``i`` and ``i + 1`` are of kind ``kind_`` (the second of kind
    ``second`` when given, else ``kind_`` too), side by side with
    no mark between, neither skipped, each `_PAIR_LETTERS` letters or more (the second may
    hold a hyphen), not one word said twice over and no interjection: the shape
    `_unheard_pairs` and `_pronounced_pairs` read as a person's name."""
    a, b = keys[i], keys[i + 1]
    return kinds[i] == kind_ and kinds[i + 1] == (kind_ if second is None else second) \
        and not apart(i) \
        and i not in skip and i + 1 not in skip \
        and len(a) >= _PAIR_LETTERS and len(b) >= _PAIR_LETTERS \
        and a.isalpha() and b.replace("-", "").isalpha() \
        and a != b and a not in _INTERJECTED and b not in _INTERJECTED


def _side_by_side(kind_: int, kinds: list[int] | bytes,
                  second: int | None = None) -> Iterator[int]:
    """The ``i`` where words ``i`` and ``i + 1`` are both of kind ``kind_`` (the second of
    kind ``second`` when given: `_pair_of`'s first test), in order: the kinds (0 to 4) as
    bytes (``kinds`` may be given so), the pair found by `bytes.find` (most words are of
    another kind)."""
    row = kinds if isinstance(kinds, bytes) else bytes(kinds)
    pair = bytes((kind_, kind_ if second is None else second))
    i = row.find(pair)
    while i >= 0:
        yield i
        i = row.find(pair, i + 1)


def _unheard_pairs(kinds: list[int], keys: Sequence[str], skip: Container[int],
                   apart: Callable[[int], bool], out: dict[int, str], row: bytes) -> None:
    """Two words no dictionary holds (`AFTER_TITLE`: "qasem soleimani", "amna nawaz"), or a
    name web2 writes only capitalised, too rare for the counts, before one ("kemal
    kilicdaroglu"; not after a determiner), side
    by side with no mark between, said so twice or more on the page, are a person's name
    (a garble is not typed the same way twice): both cased there, and the second where the
    page says it alone ("the strike that killed soleimani"). Not a word said twice over
    ("yada yada") nor an interjection. ``row``: the kinds as bytes (`_side_by_side`)."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for i in _side_by_side(AFTER_TITLE, row):
        if _pair_of(AFTER_TITLE, i, kinds, keys, skip, apart) \
                and not _plural_of_word(keys[i + 1]):
            pairs.setdefault((keys[i], keys[i + 1]), []).append(i)
    # (or a name web2 writes only capitalised that is too rare for the counts, before a
    # word no dictionary holds: "kemal kilicdaroglu" said twice, casing6; not a word web2
    # writes in lowercase too, nor after a determiner: "the bill fentanyl rules" twice)
    for i in _side_by_side(NOT_NAME, row, AFTER_TITLE):
        if _pair_of(NOT_NAME, i, kinds, keys, skip, apart, AFTER_TITLE) \
                and proper(keys[i]) and not ordinary(keys[i]) \
                and not (i and keys[i - 1] in _DETERMINERS and not apart(i - 1)) \
                and not _plural_of_word(keys[i + 1]):
            pairs.setdefault((keys[i], keys[i + 1]), []).append(i)
    seconds = set()
    for (_, second), places in pairs.items():
        if len(places) < 2:
            continue
        seconds.add(second)
        for i in places:
            out.setdefault(i, _capitalised(keys[i]))
            out.setdefault(i + 1, _capitalised(keys[i + 1]))
    if seconds:
        for i, key in enumerate(keys):
            if key in seconds and kinds[i] == AFTER_TITLE and i not in skip and i not in out:
                out[i] = _capitalised(key)


_DETERMINERS = frozenset("the a an this that these those".split())
NAMED_ROLES = _ROLES | frozenset(
    "businessman businesswoman presenter commentator journalist editor columnist campaigner "
    "activist historian broadcaster novelist poet artist player striker midfielder defender "
    "goalkeeper manager chef entrepreneur".split())
"""Nouns of a person's work that a person's name follows in apposition ("our correspondent
| jane doe"): `_ROLES` and more of a news page's kinds of people (`_after_role`)."""
_ROLE_FIRST = frozenset((NEAR_NAME, AFTER_NAME, AFTER_TITLE))
_ROLE_SURNAME = frozenset((ALONE, NEAR_NAME, AFTER_NAME, AFTER_TITLE))


def _after_role(kinds: list[int], keys: Sequence[str], skip: Container[int],
                apart: Callable[[int], bool], out: dict[int, str],
                named: Sequence[int]) -> None:
    """Two words right after a noun of a person's work (`NAMED_ROLES`), no mark between,
    are that person's first name and surname, said once: the first a name word of any kind
    short of `ALONE` (one beside another, after a name, after a title: "yamiche", "niall",
    "gavin") or a first name English also uses as a common word (`_common_first`: "nick"), the
    second a name word of any kind ("correspondent nick | schifrin", "spokesperson shazia
    ilmi"). Not where the second is no name word ("the coach bill | brought", "the lawyer
    kate | instead": a common word after a first name is casing5's dropped reading), nor a
    plural of a word, a word said twice over or an interjection; a word another rule cases
    opens none (the role noun too: "Minister" is a title's). A first word no dictionary
    holds, a common word newer than the lists as often as a name ("coronavirus",
    "ransomware"), must be no word everyday English says often (`spokenwords`) and the pair
    closed as a name is (`_closes_name`). ``named``: the places of the words of a name kind
    (the surname's place is one: the walk takes those)."""
    for j in named:
        r, i = j - 2, j - 1
        if r < 0 or keys[r] not in NAMED_ROLES \
                or apart(r) or apart(i) or r in skip or i in skip or j in skip:
            continue
        a, b = keys[i], keys[j]
        if kinds[j] not in _ROLE_SURNAME or not (kinds[i] in _ROLE_FIRST or _common_first(a)):
            continue
        if len(a) < 3 or len(b) < 3 or not a.isalpha() or not b.replace("-", "").isalpha() \
                or a == b or a in _INTERJECTED or b in _INTERJECTED or _plural_of_word(b):
            continue
        if kinds[i] == AFTER_TITLE and (spoken_often(a) or not _closes_name(keys, j, apart)):
            continue   # (a first word no dictionary holds may be a common word newer than
            # the lists: "the reporter telehealth ransomware story", casing6)
        out.setdefault(i, _capitalised(a))
        out.setdefault(j, _capitalised(b))


def _closes_name(keys: Sequence[str], j: int, apart: Callable[[int], bool]) -> bool:
    """Whether what follows word ``j`` closes a person's name there: a mark or the end, a
    function word ("... and", "... who", "... has"), or a verb with its "s" or "-ed" or of
    saying ("... begins our coverage", "... said"); not a noun that a compound of common
    words newer than the lists goes on with ("ransomware story"), nor a plural that a verb
    or noun follows ("... claims spread": "claims" the compound's head, as a verb's "s"
    takes a function word, a mark or an object after it, "... visits the ward")."""
    if j + 1 >= len(keys) or apart(j):
        return True
    after = keys[j + 1]
    if after in CLOSED_CLASS or after in _REPORTS \
            or after.endswith("ed") and (ordinary(after[:-2]) or ordinary(after[:-1])):
        return True
    return _inflected(after) and (j + 2 >= len(keys) or apart(j + 1)
                                  or keys[j + 2] in CLOSED_CLASS or not ordinary(keys[j + 2])
                                  and not _inflected(keys[j + 2]))


def _pronounced_pairs(kinds: list[int], keys: Sequence[str], skip: Container[int],
                      apart: Callable[[int], bool], out: dict[int, str], row: bytes) -> None:
    """Two words only the pronouncing dictionary holds (`AFTER_NAME`: "barack obama", "petr
    cech"), or one such word beside one no dictionary holds (`AFTER_TITLE`, either way
    round: "reeva steenkamp", "marin cilic"), side by side with no mark between, are a
    person's name even said once: the dictionary holds such words as names. Not a plural of
    an ordinary word the lists leave out ("spies"), not after a determiner (a borrowed noun
    phrase takes one, a person's name none) or a word another rule cases, unless a
    possessive (a modifier: "russian | cyber spies"), nor before a street or county word
    (the streets stage would case it after the name: a football "drive"), nor inside a
    longer run of words no list holds (a passage in another language, a garble), nor a word
    said twice over or an
    interjection. ``row``: the kinds as bytes (`_side_by_side`)."""
    n = len(kinds)
    # (and one such word beside one no dictionary holds, either way round: "reeva
    # steenkamp", "marin cilic", casing4; both unheard is `_unheard_pairs`', said twice)
    for i in sorted([*_side_by_side(AFTER_NAME, row),
                     *_side_by_side(AFTER_NAME, row, AFTER_TITLE),
                     *_side_by_side(AFTER_TITLE, row, AFTER_NAME)]):
        j = i + 1
        if not _pair_of(kinds[i], i, kinds, keys, skip, apart, kinds[j]) \
                or i in out or j in out or _inflected(keys[i]) or _inflected(keys[j]):
            continue
        if i and (keys[i - 1] in _DETERMINERS
                  or i - 1 in skip and not apart(i - 1)
                  and not keys[i - 1].endswith("'s")) \
                or i and AFTER_TITLE <= kinds[i - 1] <= AFTER_NAME and not apart(i - 1) \
                or j + 1 < n and (AFTER_TITLE <= kinds[j + 1] <= AFTER_NAME
                                  or keys[j + 1] in STREET_WORDS
                                  or keys[j + 1] in COUNTY_WORDS) and not apart(j):
            continue
        out[i] = _capitalised(keys[i])
        out[j] = _capitalised(keys[j])


def _common_surnames(kinds: list[int], titles: Sequence[bool], keys: Sequence[str],
                     skip: Container[int], apart: Callable[[int], bool],
                     owns: Callable[[int], bool], out: dict[int, str]) -> None:
    """A common word standing as a surname ("president trump", "governor brown", "donald
    trump"; the lists read "trump" as the card game's word) is cased there. The place is right
    after a title no article or description stands before ("and president | trump", "said
    governor | brown"; not "the president | met", "the california governor | race"), after
    a first name of the lists in a self-introduction ("i'm lester | holt", the first name
    cased with it), or, where the word stands in such places at least twice on the page,
    after a first name cased here ("donald | trump"; once alone it is as often a verb or a
    possessive the captions lost: "brian joins", "romney campaign"), a title with a
    description before it counting as such a place ("tying president | trump"; alone it
    stays, "the governor | race"); no mark between. The word is no
    function word, interjection or greeting ("president | hello": the captions lost the
    mark), number or Roman numeral, no verb's -ing or past form, no adverb in -ly,
    no plural of a commoner word, no word a subject pronoun stands before in the bigram
    counts ("he met"), rarer than `SURNAME_ZIPF`, and the pair is no phrase those counts
    hold ("secretary general", "general public")."""
    n = len(keys)
    v = vocabulary()

    def bare(t: int) -> bool:
        """Whether the title at ``t`` opens its phrase (`titles.BEFORE_TITLE`)."""
        k = t - 1
        if k >= 0 and keys[k] == TITLE_HEADS.get(keys[t]) and not apart(k):
            k -= 1   # "vice president", "prime minister"
        # (an abbreviation's stop ends no phrase: "the u.s. | president" is a description)
        return k < 0 or apart(k) and "." not in keys[k] or keys[k] in BEFORE_TITLE

    titled: dict[str, list[int]] = {}
    named: dict[str, list[int]] = {}
    described: dict[str, list[int]] = {}
    # (the places first: after a first name of the lists or a title, a few words a page)
    # (``titles`` may be read one item at a time in Python: asked after the set)
    # (the places found at C speed: after a word of a kind above AFTER_NAME, by the kinds
    # as bytes; after a title word of the set that is a title there)
    near = list(where(bytes(kinds).translate(_ABOVE_AFTER_NAME), 1, n))
    titled_at = [i for i in where(map(SURNAME_TITLES.__contains__, keys), 1, n)
                 if titles[i - 1]]
    for i in sorted({*near, *titled_at}) if titled_at else near:
        word = keys[i]
        if kinds[i] != NOT_NAME or i in out or i in skip or apart(i - 1) or owns(i - 1) \
                or len(word) < 3 or not word.isalpha():
            continue
        before = keys[i - 1]
        after_title = titles[i - 1] and before in SURNAME_TITLES and bare(i - 1)
        introduced = not after_title and kinds[i - 1] > AFTER_NAME and i > 1 \
            and not apart(i - 2) and _framed(keys, i - 1, _OWN_NAME)
        reporting = not after_title and not introduced and i - 1 in out \
            and kinds[i - 1] > AFTER_NAME and (i + 1 < n and keys[i + 1] in _REPORTS
                                               and not apart(i)
                                               or i > 1 and keys[i - 2] in _ROLES
                                               and not apart(i - 2))
        loose = not after_title and titles[i - 1] and before in SURNAME_TITLES
        if not after_title and not introduced and not loose and not (
                i - 1 in out and kinds[i - 1] > AFTER_NAME):
            continue
        if word in CLOSED_CLASS or word in BEFORE_TITLE or word in NAME_TITLES \
                or word in _INTERJECTED \
                or word in NUMBER_WORDS or _ROMAN.match(word) \
                or _verb_form(word) or v.zipf(word) >= SURNAME_ZIPF \
                or word[-1] == "s" and ordinary(word[:-1]) \
                and v.zipf(word[:-1]) >= v.zipf(word) \
                or v.bigram(before, word) or any(v.bigram(s, word) for s in _SUBJECTS):
            continue
        if introduced:
            out.setdefault(i - 1, _capitalised(before))   # "i'm lester | holt"
        if not after_title and not introduced and not reporting \
                and not (i - 1 in out and kinds[i - 1] > AFTER_NAME):
            # (after a title a description stands before: "tying president | trump")
            described.setdefault(word, []).append(i)
            continue
        (titled if after_title or introduced or reporting else named).setdefault(
            word, []).append(i)
    for word, at in titled.items():
        for i in at + named.pop(word, []):
            out[i] = _capitalised(word)
    for word, at in named.items():
        # said after a first name once, and after a described title elsewhere ("donald
        # trump" ... "tying president trump"): two places of a surname's kind
        if len(at) >= 2 or word in described or _census_surname_once(at[0], keys, apart, out):
            for i in at + described.get(word, []):
                out[i] = _capitalised(word)


_OBJECTS = frozenset("me us him her them you it".split())
"""Object pronouns: a word right before one is a verb ("ask peter | tweet us")."""
_BEFORE_NOUN = _DETERMINERS | frozenset("his her my our their your its".split())
"""Words before a noun phrase: a first name after one opens a common noun's phrase as often
as a person's name ("his gary | poser act")."""


def _census_surname_once(i: int, keys: Sequence[str], apart: Callable[[int], bool],
                         out: Container[int]) -> bool:
    """Whether the common word at ``i``, said once on the page right after a first name cased
    here (`_common_surnames` has checked it is no function word, verb form or phrase with the
    name), is a surname there by the census lists ("donald | trump said", "helen | tapper
    said"): the lists count it as a surname; the bigram counts never have an article before
    it (no common noun: "kim | straw", "ruth | shore" stay); the first name stands after no
    other name ("hans von | der") and no determiner or possessive ("his gary | poser act");
    and the word after it shows no verb ("ask peter | tweet us": an object pronoun) and,
    unless a function word, forms no phrase of the bigram counts with it ("a | trump
    card")."""
    word = keys[i]
    v = vocabulary()
    if not set(marks(word)) & {"s", "r"} or v.bigram("the", word) or v.bigram("a", word) \
            or v.bigram("an", word) \
            or i > 1 and not apart(i - 2) and (i - 2 in out or keys[i - 2] in _BEFORE_NOUN):
        return False
    if i + 1 < len(keys) and not apart(i):
        nxt = keys[i + 1]
        if nxt in _OBJECTS or nxt not in CLOSED_CLASS and v.bigram(word, nxt):
            return False
    return True


_MODALS = frozenset("may might can will would should must could shall".split())


def _owned_surnames(kinds: list[int], keys: Sequence[str], skip: Container[int],
                    apart: Callable[[int], bool], owns: Callable[[int], bool],
                    out: dict[int, str]) -> None:
    """A common word the census lists as a surname, with a possessive, right after a first
    name cased here ("theresa | may's deal", "donald | trump's tweets"): no verb or modal
    takes a possessive, so said once it is that person's surname (`_common_surnames` wants
    two places for the bare word: "brian joins"). Not a word of the closed classes, whose
    "'s" is "is" or "has" ("that's", "he's"), but a modal, whose never is ("may's"); no
    mark between."""
    for i in [i + 1 for i in out if i + 1 < len(kinds) and kinds[i] > AFTER_NAME]:
        if kinds[i] != NOT_NAME or not owns(i) or i in out or i in skip or apart(i - 1) \
                or owns(i - 1) or not keys[i].isalpha() or len(keys[i]) < 3 \
                or keys[i] in CLOSED_CLASS and keys[i] not in _MODALS \
                or not set(marks(keys[i])) & {"s", "r"}:
            continue
        out[i] = _capitalised(keys[i])


def _again(common: set[str], kinds: list[int], keys: Sequence[str], skip: Container[int],
           apart: Callable[[int], bool], owns: Callable[[int], bool],
           out: dict[int, str]) -> None:
    """Case again the surnames in ``common``, words English also writes in lowercase that
    a rule above cased as a surname on this page ("president trump", "bernie sanders"),
    where the page says them alone ("a lawsuit against trump university", "and sanders is
    still speaking"). Not where the word beside shows the common word: after a determiner,
    a possessive, "to", a pronoun or a modal ("the trump card", "to trump", "his brown
    coat"), nor beside a word the bigram counts pair it with ("brown rice", "bush was");
    no function word."""
    v = vocabulary()
    last = len(keys) - 1
    for i in where(map(common.__contains__, keys), len(keys)):
        word = keys[i]
        if i in out or i in skip or word in CLOSED_CLASS or not word.isalpha():
            continue
        if i and not apart(i - 1) and (keys[i - 1] in _COMMON_WORD_BEFORE or owns(i - 1)
                                       or v.bigram(keys[i - 1], word)):
            continue
        if i < last and not apart(i) and v.bigram(word, keys[i + 1]):
            continue
        out[i] = _capitalised(word)


def _inflected(word: str) -> bool:
    """Whether ``word`` is an ordinary word with a plural's or a verb's "s" ("spies")."""
    return word.endswith("ies") and ordinary(word[:-3] + "y") \
        or word.endswith("es") and ordinary(word[:-2]) \
        or word.endswith("s") and ordinary(word[:-1])


_SURNAME_KINDS = (NEAR_NAME, AFTER_NAME)
_ING_NOUN = 7
"""The shortest word in "-ing" that may be no verb's form ("grayling", "keating"); shorter
ones are taken as verbs' forms or nouns ("thing", "spring", "string")."""


def _verb_form(word: str) -> bool:
    """Whether ``word`` may be a verb's -ing or past form or an adverb in -ly
    (`_VERB_ENDINGS`). A word in "-ing" of `_ING_NOUN` letters or more is one only where
    what stands before the ending is an ordinary word, with an "e" or without a doubled
    letter ("sing|ing", "mov|e", "run|n"): "grayling", "sterling" are not."""
    if not word.endswith(_VERB_ENDINGS):
        return False
    if not word.endswith("ing") or len(word) < _ING_NOUN:
        return True
    stem = word[:-3]
    return ordinary(stem) or ordinary(stem + "e") \
        or stem[-1] == stem[-2] and ordinary(stem[:-1])


def _title_first(i: int, titles: Sequence[bool], keys: Sequence[str], skip: Container[int],
                 apart: Callable[[int], bool], out: dict[int, str]) -> bool:
    """Whether word ``i`` follows a title and a first name ("dr. sanjay | gupta", "governor
    daniel | tarullo", qa29): the name word after the title (cased here, or no ordinary word:
    "sanjay" is too rare for the lists' names) opens a surname no list holds as the title
    itself would."""
    return i > 1 and titles[i - 2] and i - 2 not in skip and i - 1 not in skip \
        and (not apart(i - 2) or keys[i - 2] in PERSON_TITLES) and not apart(i - 1) \
        and keys[i - 1] not in _COMMON_WORD_BEFORE \
        and keys[i - 1].isalpha() and (i - 1 in out or not ordinary(keys[i - 1]))


def _self_introduced(kinds: Sequence[int], keys: Sequence[str], skip: Container[int],
                     apart: Callable[[int], bool]) -> dict[int, str]:
    """Word index -> cased word, for a speaker's own name right after "i'm", "i am" or "my
    name is" when the lists read its first name as a name only beside another (a first name
    too modern for the 1934 list, "kayla", "madison"; or a headword too): two
    name words closed by a mark, the text's end or a word that goes on after a name ("i'm
    kayla dorsano.", "i'm madison merriwether in chicago"), or one first name of the 1934 list
    closed by a mark that English writes in no lowercase form ("and i'm lester."; not "i'm
    rusty.", "i'm frank,", nor "i'm walt.", which the lists hold in lowercase too, nor a
    word only the pronouncing dictionary holds: "i'm goin."); a first name no dictionary
    holds only before a surname no list holds in lowercase either ("i'm amna nawaz."). A word
    an earlier rule cases (``skip``) is no part of it."""
    out: dict[int, str] = {}
    last = len(kinds) - 1
    # (the words right after a frame's last word: "i'm", "am", "is")
    for i in [i + 1 for i in where(map(_FRAME_ENDS.__contains__, keys), last)]:
        if kinds[i] not in _INTRODUCED_KINDS or i in skip or apart(i - 1) \
                or not _framed(keys, i, _OWN_NAME) or len(keys[i]) < 3 or not keys[i].isalpha():
            continue
        if _census_introduced(kinds, keys, skip, apart, i, last):
            out[i] = _capitalised(keys[i])
            out[i + 1] = _capitalised(keys[i + 1])
            continue
        closed = i == last or apart(i)
        # (a first name no dictionary holds only before a surname no list holds in
        # lowercase either: "i'm amna nawaz.", casing4)
        if not closed and kinds[i + 1] in (_NAME_WORDS if kinds[i] != AFTER_TITLE
                                           else _SURNAME_AFTER_UNHEARD) \
                and i + 1 not in skip \
                and keys[i + 1].isalpha() and len(keys[i + 1]) >= 3 \
                and (i + 1 == last or apart(i + 1) or keys[i + 2] in _AFTER_OWN_NAME):
            out[i] = _capitalised(keys[i])
            out[i + 1] = _capitalised(keys[i + 1])
        elif closed and kinds[i] == NEAR_NAME and not ordinary(keys[i]):
            out[i] = _capitalised(keys[i])  # (a word only the pronouncing dictionary holds
            # may be a clipped word alone: "i'm goin.", "i'm onboard.")
    return out


def _census_introduced(kinds: Sequence[int], keys: Sequence[str], skip: Container[int],
                       apart: Callable[[int], bool], i: int, last: int) -> bool:
    """Whether words ``i`` and ``i + 1``, right after "i'm", are a speaker's own first name
    and a surname English writes in lowercase too ("i'm gayle king.", "i'm pam cook in the
    studio"): a first name the lists read as a name beside another (`NEAR_NAME`), then a
    common surname of the census or a name word (`AFTER_NAME` or more), closed by a mark,
    the text's end or a word that goes on after a name. Not a word of the closed classes, a
    surname the census lists only as a rarer one ("i'm frank too", "i'm rusty now"), nor
    a common word as common as `SURNAME_ZIPF` ("i'm rusty still.", "i'm frank, good.")."""
    if i == last or apart(i) or i + 1 in skip or not (i + 1 == last or apart(i + 1)
                                                     or keys[i + 2] in _AFTER_OWN_NAME):
        return False
    first, surname = keys[i], keys[i + 1]
    if first in CLOSED_CLASS or surname in CLOSED_CLASS or len(surname) < 3 \
            or not surname.isalpha():
        return False
    return kinds[i] == NEAR_NAME and (kinds[i + 1] >= AFTER_NAME or "s" in marks(surname)
                                      and vocabulary().zipf(surname) < SURNAME_ZIPF)


_INTRODUCED_KINDS = frozenset((NEAR_NAME, AFTER_NAME, AFTER_TITLE))
_SURNAME_AFTER_UNHEARD = frozenset((AFTER_NAME, AFTER_TITLE))


SELF_INTRODUCED = "self-introduced"
"""The casing rule of a speaker's own name cased by its frame alone ("i'm kayla dorsano",
`_self_introduced`): readable in the text, but no evidence for `turns` to name the speaker's
other turns by (a role's one id may hold several voices there: a judge's rulings under the
anchor who introduced herself)."""
_NAME_WORDS = frozenset({ALONE, NEAR_NAME, AFTER_NAME, AFTER_TITLE})
_FRAME_ENDS = frozenset(frame[-1] for frame in _OWN_NAME)
_AFTER_OWN_NAME = frozenset("and in with here for at from live reporting alongside".split())
"""Words that go on after a speaker's own name ("i'm jane doe in washington")."""


_SELF_NAMING = (("i'm",), ("i", "am"), ("this", "is"), ("name", "is"))
"""Words before a speaker's own name ("i'm julie haener", "my name is ...")."""


def _introduced(i: int, keys: Sequence[str], apart: Callable[[int], bool],
                out: dict[int, str]) -> bool:
    """Whether word ``i`` follows a self-introduction's first name, cased as a name here
    ("good evening, i'm julie | haener", qa29): a word no dictionary holds there is the
    speaker's surname, as after a title."""
    return i > 1 and i - 1 in out and not apart(i - 1) and not apart(i - 2) \
        and _framed(keys, i - 1, _SELF_NAMING)


def _framed(keys: Sequence[str], i: int, frames: Sequence[tuple[str, ...]]) -> bool:
    """Whether the words right before word ``i`` are one of ``frames`` ("i'm", "i am" ...)."""
    return any(tuple(keys[i - len(frame):i]) == frame for frame in frames
               if i - len(frame) >= 0)


def joined_kind(word: str) -> int:
    """The `kind` of a hyphenated word ("garcia-cannon", "smith-jones"): `AFTER_NAME`, a
    surname right after a first name or a title, where one part is a name of the lists and the
    other one too or a common surname of the census (qa59: "and i'm laura garcia-cannon.");
    else `NOT_NAME` ("obama-era": the census's first names hold "era"; "long-term")."""
    parts = word.split("-")
    if len(parts) != 2 or not all(len(p) >= 2 and p.isalpha() for p in parts):
        return NOT_NAME
    named = [_kind(p) != NOT_NAME for p in parts]
    return AFTER_NAME if any(named) and all(
        n or "s" in marks(p) for n, p in zip(named, parts)) else NOT_NAME


def _capitalised(key: str) -> str:
    """A name word capitalised, the Scots and Irish prefix "Mc" with its own capital
    ("mcconaughey" -> "McConaughey", "mccarthy" -> "McCarthy"): no English word opens with
    "mc", so a name that does carries the prefix; each part of a hyphenated one ("Smith-Jones",
    `joined_kind`)."""
    if "-" in key:
        return "-".join(map(_capitalised, key.split("-")))
    if key[:2] == "mc" and len(key) > 4:
        return "Mc" + key[2:].capitalize()
    return key.capitalize()


def capitalised_name(word: str) -> str:
    """A lowercase word of a person's name capitalised as names are written: the prefix
    "Mc" with its own capital (`_capitalised`), the Irish "O'" with the letter after it
    ("o'brien" -> "O'Brien"; `casing` writes an Irish surname in the text with it), each part
    of a hyphenated name ("smith-jones" -> "Smith-Jones"), initials in capitals ("j.t." ->
    "J.T.", a label "j.t. holmes:", qa34)."""
    if len(word) >= 4 and word[1::2] == "." * (len(word) // 2) and word[::2].isalpha():
        return word.upper()
    parts = []
    for part in word.split("-"):
        if part[:2] in ("o'", "o’") and len(part) > 3 and part[2:].isalpha():
            parts.append("O" + part[1] + part[2:].capitalize())
        else:
            parts.append(_capitalised(part))
    return "-".join(parts)


@lru_cache(maxsize=20_000)
def _kind(word: str) -> int:
    if len(word) < 3 or not word.isalpha():
        return NOT_NAME
    k = _listed_kind(word)
    if k >= NEAR_NAME:
        return k
    census = marks(word)   # ("f" a first name, "s" a common surname, "r" a rarer one)
    if not census or headword(word):
        return k
    unseen = not vocabulary().count(word)
    first = "f" in census
    if (first and (k == NOT_NAME or "s" not in census)
            or k < AFTER_NAME and ("s" in census or unseen and "r" in census)) \
            and (unseen or _name_use(word, floor=False)):
        # a name of the census lists that the 1934 lists miss or hold only as a surname,
        # never a common word by the counts' pairs ("tyrone", "julio", "gavin"; a surname:
        # "morales", "pence"): a first name is a name beside another, a surname one after a
        # first name or title. (A common surname that is a first name too stays a surname:
        # "tyson", "bryant" open no name as first names would.)
        return NEAR_NAME if first else AFTER_NAME
    return k


def _listed_kind(word: str) -> int:
    """`kind` by the english-words lists, the word counts and the pronouncing dictionary."""
    v = vocabulary()
    if proper(word):
        if word in _MODERN:
            return NOT_NAME
        if ordinary(word):
            # a name web2 also lists in lowercase ("amy", "walter", "dan": archaic common
            # words) is a name beside another when English uses it only as one
            return NEAR_NAME if _name_use(word) else NOT_NAME
        count = v.count(word)
        if not count and len(word) >= _SPOKEN_NAME and not headword(word) \
                and word != word[:len(word) // 2] * 2 and spoken_often(word):
            # a name web2 writes only capitalised that the book counts never saw but
            # wordfreq's everyday English says often ("niall", "graeme", "sanjay": first
            # names the books spell otherwise or never held): a name beside another, as a
            # headword's is; not a word said twice over, laughter ("hehe")
            return NEAR_NAME
        if v.zipf(word) < MIN_ZIPF or not count:
            return NOT_NAME
        if (v.bigram("a", word) + v.bigram("an", word)) > ARTICLE_SHARE * count or \
                v.bigram("the", word) > THE_SHARE * count:
            return NOT_NAME
        if headword(word) or len(word) == 3 and v.zipf(word) < SHORT_ZIPF:
            return NEAR_NAME
        return ALONE
    if ordinary(word) or v.zipf(word) >= NAME_ZIPF or _derived(word):
        return NOT_NAME
    if v.count(word) and not _name_use(word, floor=False):
        return NOT_NAME  # a common word English uses after "i", "to", "the" ("heard")
    if known(word):
        return AFTER_NAME
    return AFTER_TITLE if len(word) >= 4 else NOT_NAME


NAME_USE_SHARE = 0.05
"""A word the lists hold both capitalised and in lowercase is used only as a name when the
word pairs that show a common word's use, together, stand at most this often per use of the
word (symspellpy's bigram counts)."""
_COMMON_BEFORE = ("a", "an", "the", "to", "i", "we", "they", "you", "will")
"""Words before a common noun or verb ("a rose", "the dawn", "to rob", "we will"), never
before a first name; "the" after it ("rob the bank", "mark the date") shows a verb."""


def _name_use(word: str, floor: bool = True) -> bool:
    """Whether a word the lists hold capitalised and in lowercase is in today's English a
    first name only ("amy", "walter", "dan", "kim": the lowercase words are archaic), not a
    common word as well ("rose", "mark", "bill", "sue", "will", "grace"): common enough, and
    never after an article, "to" or a subject pronoun, nor before "the". A word never after
    those but before "the" less often than it stands at all is a name with its epithet
    ("james", "peter the great", "billy the kid"; not a month: "june the first").
    ``floor``: the word must also be common enough (`MIN_ZIPF`) for its counts to tell."""
    v = vocabulary()
    count = v.count(word)
    if not count or floor and v.zipf(word) < MIN_ZIPF:
        return False
    before = sum(v.bigram(a, word) for a in _COMMON_BEFORE)
    after = v.bigram(word, "the")
    if not before and after < count and word not in MONTHS:  # ("june the first": a date)
        return True  # "the" after a name no common word's pair shows: an epithet ("peter
        # the great", "billy the kid"), not a verb's object ("rob the bank" has "to rob")
    return before + after <= NAME_USE_SHARE * count


_COMMON_WORD_BEFORE = frozenset(
    "a an the this that these those my your his her its our their to i we you they he she it "
    "will would can could should must may might not no every each some any".split())
"""Words after which a first name that is also a common word is that word ("the bill
kornacki wrote", "we mark jones's birthday")."""


COMMON_FIRST_ZIPF = 5.4
"""A first name that is a common word too is at most this common ("bill" 5.3, "mark" 5.3);
the commoner ones are function words and words no one is named ("state", "south")."""
_SUBJECTS = ("i", "we", "you", "they", "he", "she")


@lru_cache(maxsize=20_000)
def _common_first(word: str) -> bool:
    """Whether a word is a first name of the lists that English uses as a common word too
    ("ray", "bill", "mark", "grace"): web2 writes it capitalised and in lowercase, it is
    common, and `_name_use` finds it used as a common word."""
    v = vocabulary()
    if len(word) < 3 or not word.isalpha() or word in _MODERN or word in _COMMON_WORD_BEFORE \
            or not proper(word) or not ordinary(word) \
            or not MIN_ZIPF <= v.zipf(word) <= COMMON_FIRST_ZIPF or _name_use(word):
        return False
    # a verb's finite use ("he came", "we state") shows no first name
    return sum(v.bigram(a, word) for a in _SUBJECTS) <= NAME_USE_SHARE * v.count(word)


def _plural_of_word(word: str) -> bool:
    """Whether a word is a common word with an "s" written on ("womens" for "women's"): no
    surname."""
    return word[-1:] == "s" and vocabulary().zipf(word[:-1]) >= MIN_ZIPF


def _derived(word: str) -> bool:
    """Whether a word the lists lack is an ordinary word with an ending ("testified",
    "warring": a doubled last letter before it), or two common ordinary words run together
    ("meantime")."""
    for end, stem in _DERIVED:
        if word.endswith(end) and len(word) > len(end) + 2:
            base = word[:-len(end)]
            if ordinary(base + stem) or len(base) > 3 and base[-1] == base[-2] and \
                    ordinary(base[:-1]):
                return True
    v = vocabulary()
    return any(ordinary(word[:i]) and ordinary(word[i:]) and v.zipf(word[:i]) >= COMPOUND_ZIPF
               and v.zipf(word[i:]) >= COMPOUND_ZIPF for i in range(3, len(word) - 2))


FIRST_NAMES = frozenset({ALONE, NEAR_NAME, AFTER_NAME})
"""Kinds of word (`kind`) that may open a person's name: a proper name of the word lists
("chris"), or a word only the pronouncing dictionary holds ("viktor")."""
SAME_FIRST = 0.15
"""A first name this close in sound to the listed name's first word (distance over the longer
one's phones) may be that word heard or spelt another way ("harry" for a Hari)."""


def other_person(before: str, keys: Sequence[str], name: Sequence[str]) -> bool:
    """Whether a window of words ``keys`` (``before``: the word before it, or "") is itself a
    person's name other than the listed ``name`` (its words): a first name (`FIRST_NAMES`)
    and a word read as a surname after it (any name `kind`), the window both of them
    ("chris jansing") or the surname alone after the first name ("viktor | yanukovych"),
    and the first name no word of ``name``, no part of its first word nor that word a part of
    it, nor sounding like it ("olaf sholtz" for an Olaf Scholz is that name garbled), nor,
    for a one-word name, like its start ("mick arthy" for a McCarthy)."""
    if len(keys) == 2:
        first, surname = keys
    elif len(keys) == 1 and before:
        first, surname = before, keys[0]
    else:
        return False
    if first in name or _kind(first) not in FIRST_NAMES or _kind(surname) == NOT_NAME:
        return False
    if name and (first in name[0] or name[0] in first):
        return False   # a short or long form of it ("manuel" for an Emmanuel)
    a, b = pronounce(first), pronounce(name[0]) if name else ""
    if len(keys) == 2 and len(name) == 1:
        b = b[:len(a)]  # a one-word name heard as two words: its first word is its start
        # ("mick arthy" for a McCarthy), not a first name of another person
    return not b or distance(a, b) > SAME_FIRST * max(len(a), len(b))


def person_across(first: str, surname: str, name: Sequence[str]) -> bool:
    """Whether two neighbouring words, ``first`` then ``surname``, read as a person's first
    name and surname, neither a word of the listed ``name`` (its words): a window for that
    name that takes one of the two and leaves the other outside ("champion mike | tyson",
    "i'm pauline | chiu", "democrat doug | jones") cuts another person's name in two, and
    the word it takes is that person's, no garble of the listed name. The first a first name
    of the lists (`NEAR_NAME` or more) or one English also uses as a common word
    (`_common_first`: "mike", "mark", "bill"), the surname a name of the lists after a first
    name (`AFTER_NAME` or more: "tyson", "selby", "chiu"), or, after a first name of the lists,
    a word no dictionary holds, `_LONE_SURNAME` letters or more (as `names` reads it)."""
    if first in name or surname in name:
        return False
    opens = _kind(first)
    if opens < NEAR_NAME and not _common_first(first):
        return False
    after = _kind(surname)
    return after >= AFTER_NAME or opens >= NEAR_NAME and after == AFTER_TITLE \
        and len(surname) >= _LONE_SURNAME

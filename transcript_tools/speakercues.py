"""What a unit of speech says about its speaker: the cue words and phrases of English
discourse, and `cues`, the flags and counts `speakers.unit_features` weighs. Called by `speakers`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .boundaries import AUX, opening, question_at
from .model import fast_builder
from .phrases import Phrases
from .scans import places
from .vocabulary import vocabulary

# --- cue words: English discourse, not any one broadcast -----------------------------------
_TAG_SUBJECT = frozenset("you i we they he she it there this that".split())
SECOND_PERSON = frozenset("you your yours yourself you're you've you'd you'll".split())
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves i'm i've i'd i'll "
                         "we're we've we'd we'll".split())
_OPENERS = frozenset("yes yeah yep no well look listen absolutely certainly indeed sure "
                     "exactly definitely correct right".split())
_OPENER_PAIRS = frozenset({("you", "know"), ("you", "see"), ("as", "i"), ("i", "think"),
                           ("first", "of"), ("of", "course"), ("i", "mean"),
                           ("that's", "a"), ("that's", "right"), ("not", "at"),
                           ("that's", "true"), ("that's", "not"), ("that", "isn't"),
                           ("that", "simply"), ("that's", "simply"), ("not", "quite"),
                           ("not", "really"), ("that's", "fair"), ("fair", "enough"),
                           ("good", "question"), ("great", "question")})
TITLES = frozenset(
    "minister senator president governor mayor secretary ambassador professor doctor dr "
    "mr mrs ms sir madam congressman congresswoman chancellor general admiral judge "
    "chairman chairwoman premier commissioner director".split())
_HOST_PHRASES = (
    ("thank", "you", "for", "joining"), ("thank", "you", "for", "talking"),
    ("thank", "you", "for", "being"), ("thank", "you", "for", "coming"),
    ("thank", "you", "for", "speaking"), ("thanks", "for", "joining"),
    ("thanks", "for", "talking"), ("thanks", "for", "being"), ("thanks", "for", "coming"),
    ("joining", "me"), ("joining", "us"),
    ("joins", "us"), ("joins", "me"), ("my", "guest"), ("our", "guest"),
    ("we", "now", "hear"), ("we're", "joined"), ("i'm", "joined"), ("let's", "bring"),
    ("with", "me", "now"), ("good", "to", "have", "you"), ("great", "to", "have", "you"),
    ("we", "are", "joined"), ("i", "am", "joined"), ("much", "for", "joining"),
    ("much", "for", "being"), ("much", "for", "coming"), ("much", "for", "talking"),
    ("much", "for", "speaking"),
)
_WELCOMES = (("welcome", "to", "the"), ("welcome", "back"))
"""Host phrases that greet the audience: the host goes on (they hand over to nobody)."""
_EVERYONE = frozenset("everyone everybody folks".split())
EVERYONE = _EVERYONE
"""Words that address the whole audience ("good evening everyone")."""
_SHOW_TIMES = frozenset("tonight today morning afternoon evening hour weekend everyone everybody "
                        "folks".split())
"""Words that make thanks for joining or watching the audience's ("thanks for joining us
this morning"), not a guest's."""

_GUEST_PHRASES = (
    ("for", "having", "me"), ("for", "having", "us"), ("good", "to", "be", "here"),
    ("pleasure", "to", "be"), ("glad", "to", "be"), ("happy", "to", "be"),
)
_PROMO_PHRASES = (
    ("coming", "up"), ("live", "coverage"), ("stay", "with", "us"), ("after", "the", "break"),
    ("still", "to", "come"), ("tune", "in"), ("previously", "on"), ("previous", "episode"),
    ("last", "week", "on"), ("don't", "miss"), ("only", "on"),
)

_STEER_PHRASES = (
    ("let's", "talk"), ("let's", "turn"), ("let's", "move"), ("let's", "start"),
    ("let's", "begin"), ("let", "me", "ask"), ("want", "to", "ask"), ("tell", "us"),
    ("walk", "us", "through"), ("can", "you", "tell"), ("you", "said"), ("you", "say"),
    ("you", "wrote"), ("you", "mentioned"), ("you", "talk", "about"), ("you've", "said"),
    ("you've", "written"), ("you", "write"), ("we", "return", "now"), ("turning", "now"),
    ("we", "turn", "now"),
)
"""An interviewer's moves: to the next topic, or the other's words quoted back."""

_SHOW_PHRASES = (
    ("right", "back"), ("we'll", "be", "back"), ("when", "we", "come", "back"),
    ("take", "a", "quick", "break"), ("take", "a", "short", "break"),
    ("you're", "watching"), ("you", "are", "watching"), ("leave", "it", "there"),
    ("out", "of", "time"), ("top", "stories"), ("headlines",),
    ("our", "viewers"), ("our", "audience"), ("our", "listeners"),
)
"""A presenter's words about the programme itself: breaks, the audience, the news of the
hour (host evidence that needs no question)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of speech that one speaker says whole: a sentence, a piece of a long
    sentence, or a marked turn. ``first`` is its first token; ``strength`` how good a place
    its start is for a change of speaker (2 marker, 1 sentence start, 0 inside a sentence)."""

    first: int
    words: tuple[str, ...]
    strength: int
    question_mark: bool = False
    bonus: float = 0.0
    """The boundary model's log-odds bonus for a change of speaker at the start."""


new_unit: Callable[[int, tuple[str, ...], int, bool, float], Unit] = fast_builder(Unit)
"""``Unit(first, words, strength, question_mark, bonus)``, built fast (all five required)."""


@dataclass(frozen=True, slots=True)
class Cues:
    """What a unit says about its speaker."""

    question: bool
    second: int
    first: int
    vocative: bool
    host_phrase: bool
    guest_phrase: bool
    opener: bool
    promo: bool
    length: int
    thanks: bool = False
    greeting: bool = False
    steer: bool = False
    """An interviewer's move: steering to a topic or quoting the other back ("let's talk
    about", "let me ask", "you said")."""
    audience: bool = False
    """Greets or welcomes the audience ("welcome back", "good evening everyone", "thanks for
    joining us this morning") and introduces nobody: the host goes on."""
    show: bool = False
    """Speaks about the programme (`_SHOW_PHRASES`) or names its speaker."""
    named_self: bool = False
    """Names its speaker ("I'm Jane Doe"): a presenter."""


_new_cues: Callable[[bool, int, int, bool, bool, bool, bool, bool, int, bool, bool, bool,
                     bool, bool, bool], Cues] = fast_builder(Cues)
"""`Cues` with every field given, in order, built fast (`model.fast_builder`)."""


def opens_answer(words: Sequence[str]) -> bool:
    if not words:
        return False
    if words[0] in _OPENERS and (len(words) == 1 or words[1] not in ("one", "longer", "at",
                                                                     "for", "like", "into")):
        return True
    return tuple(words[:2]) in _OPENER_PAIRS


_PHRASES = Phrases(_HOST_PHRASES, _GUEST_PHRASES, _PROMO_PHRASES, _STEER_PHRASES, _WELCOMES,
                   _SHOW_PHRASES)
"""The phrase groups, in the numbers `cues` reads: 0 host, 1 guest, 2 promo, 3 steer, 4
welcome, 5 show."""
_THANKS = frozenset("thank thanks congratulations cheers".split())


def _thanks(w: Sequence[str]) -> bool:
    """A short unit that opens with thanks: a sign-off (or its reply, which the handover
    after it hands to the other speaker)."""
    return 0 < len(w) <= 7 and w[0] in _THANKS and "having" not in w


_HAVING_OBJECTS = frozenset(("me", "us"))


def thanks_for_having(w: Sequence[str]) -> bool:
    """A short unit that thanks the other for having its speaker ("thank you for having
    me", "thanks so much for having us", a caption's "thank you having me")."""
    return 0 < len(w) <= 8 and w[0] in _THANKS and any(
        x == "having" and k + 1 < len(w) and w[k + 1] in _HAVING_OBJECTS
        for k, x in enumerate(w))


def thanked_back(units: Sequence[Unit], unit_cues: Sequence[Cues], k: int) -> bool:
    """Whether unit k thanks for having its speaker (`thanks_for_having`) in reply to the
    unit before it, a welcome or thanks ("welcome to the show. | thank you for having me.",
    "thanks for coming in. | thanks for having us."): the pair is closed, and the welcomer
    speaks next (`speakers.THANKED_CHANGE`). A speaker who thanks for having them with no
    welcome before it (a talk after an introduction the excerpt does not hold: "... the
    doors were late opening. thanks for having me tonight. it is an honour to be here.")
    goes on."""
    if k < 1 or not thanks_for_having(units[k].words):
        return False
    before, words = unit_cues[k - 1], units[k - 1].words
    return bool(before.host_phrase or before.thanks or before.greeting or words and (
        words[0] in _THANKS or "welcome" in words))


_FOR_WATCHING = frozenset("watching listening viewing tuning".split())
"""What only an audience is thanked for ("thank you for watching", "thanks for listening")."""


def thanks_for_watching(w: Sequence[str]) -> bool:
    """Thanks for watching or listening: said to the audience, not to one person."""
    return any(x == "for" and k + 1 < len(w) and w[k + 1] in _FOR_WATCHING
               for k, x in enumerate(w))


HELLO = frozenset("hello hi hey".split())
DAYTIME = frozenset("morning afternoon evening".split())


def _greeting(w: Sequence[str]) -> bool:
    """A short unit that is a greeting ("hello", "good morning to you", "good sunday
    morning"): like thanks, it hands over to the other speaker."""
    return 0 < len(w) <= 5 and (w[0] in HELLO or len(w) > 1 and w[0] == "good"
                                and not DAYTIME.isdisjoint(w[1:3]))


def greets_nobody(unit_cues: Sequence[Cues]) -> bool:
    """Whether a document's first unit (the cues of its units, ``unit_cues``), a bare greeting
    or thanks ("good evening.", "thank you."), greets nobody in particular: nothing was said
    before it, and the unit after it does not answer it (no greeting or thanks back, no
    answer opener, no guest's words of arrival), so its speaker greets the audience (or an
    introducer out of the excerpt) and goes on, as after a welcome to the audience. A
    greeting answered ("good evening. | good evening, thanks for having me") still hands
    over; a document of one unit has no unit after it to tell."""
    if len(unit_cues) < 2:
        return False
    first, after = unit_cues[0], unit_cues[1]
    return (first.greeting or first.thanks) and not first.question and not first.second \
        and not (after.greeting or after.thanks or after.opener or after.guest_phrase
                 or after.question)


AUDIENCE = True
_PROMO_WORDS = frozenset(
    "online website app download subscribe anytime streaming podcast sponsored "
    "weekdays weeknights tonight tomorrow weekend eastern pacific airs watch listen "
    "visit available coverage live episode channel network app anytime anywhere funded "
    "sponsors providers streams".split())
"""Words of a broadcaster's own announcements (programme times, where to watch, who pays)."""
_SINGULAR = frozenset("i me my mine myself i'm i've i'd i'll".split())
_DOMAINS = (".org", ".com", ".net", ".gov", ".tv", ".edu", ".uk")


def _promo_words(w: Sequence[str]) -> bool:
    """Two distinct announcement words in a unit ("watch ... online", "live coverage
    tonight"), or a web address said impersonally ("online at example.org"; a speaker's
    own "our website" is theirs): a promo or a station's message."""
    if not _SINGULAR.isdisjoint(w):
        return False  # a station speaks as "we"; "i" is a speaker's own
    return len(_PROMO_WORDS.intersection(w)) >= 2 or FIRST_PERSON.isdisjoint(w) and \
        "." in "".join(w) and any("." in x and x.endswith(_DOMAINS) for x in w)


_FUNCTION_ZIPF = 5.5
"""A word at least this frequent (Zipf) is a function word, not part of a name."""


_AM = frozenset(("i'm", "am"))


def self_introduced(w: Sequence[str]) -> bool:
    """"I'm Jane Doe" / "I am Jane Doe": a presenter naming themselves. The words after "I'm"
    are a name when the first never follows "am" in the language statistics (names, and a few
    rare adjectives, which end "-ed" or "-ing" or go on with a function word) and a second,
    if any, is no function word."""
    if _AM.isdisjoint(w):
        return False
    vocab = vocabulary()
    for i, x in enumerate(w):
        if x == "i'm":
            at = i + 1
        elif x == "am" and i and w[i - 1] == "i":
            at = i + 1
        else:
            continue
        if at >= len(w):
            continue
        name = w[at]
        if not name.isalpha() or name.endswith(("ed", "ing")) or vocab.bigram("am", name):
            continue
        if at + 1 < len(w) and (not w[at + 1].isalpha()
                                or vocab.zipf(w[at + 1]) >= _FUNCTION_ZIPF):
            continue
        return True
    return False


def cues(unit: Unit) -> Cues:
    w = unit.words
    tail_tag = len(w) >= 2 and w[-2] in AUX and w[-2].endswith("n't") and w[-1] in _TAG_SUBJECT
    # second-person words, but "you know", "you see", "thank you", "to you" (the "you"s
    # looked at where they stand, not every word)
    second = 0 if SECOND_PERSON.isdisjoint(w) else sum(map(SECOND_PERSON.__contains__, w)) - sum(
        1 for k in places(w, "you") if k + 1 < len(w) and w[k + 1] in ("know", "see")
        or k and w[k - 1] in ("thank", "to"))
    edge = w[:3] + w[-3:]
    found = _PHRASES.groups(w)
    thanks = _thanks(w)
    greeting = _greeting(w)
    named_self = self_introduced(w)
    audience = AUDIENCE and (0 not in found or "us" in w) and (
        4 in found or (greeting or bool(w) and w[0] in HELLO) and not _EVERYONE.isdisjoint(w[:4])
        or 0 in found and "us" in w and not _SHOW_TIMES.isdisjoint(w[w.index("us"):]))
    return _new_cues(
        unit.question_mark or question_at(w, 0) or tail_tag,  # question
        second,
        0 if FIRST_PERSON.isdisjoint(w) else sum(map(FIRST_PERSON.__contains__, w)),  # first
        not TITLES.isdisjoint(edge),  # vocative
        0 in found or 4 in found,  # host_phrase
        1 in found,  # guest_phrase
        (opens_answer(w) or opening(w, 0) >= 1.5) and not thanks if w else False,  # opener
        2 in found or _promo_words(w),  # promo
        len(w),  # length
        thanks,
        greeting,
        3 in found,  # steer
        audience,
        5 in found or named_self,  # show
        named_self,
    )

"""The exchange evidence between two voices in unmarked text, unit by unit; called by
`voices.one_voice`, which believes a decoded change of speaker only where the text shows it.

What counts as an exchange (a monologue seldom gives it):

- a question put to the other voice (second person, at a sentence start; not a device such as
  "you might ask"), or a title said to them ("professor, how many ...");
- an introduction of the next voice ("we now hear from ...", `speakers.introduced_label`;
  "joining us now jane doe" as captions drop the "is"), an
  interviewer's request ("tell us ..."), a greeting or thanks to one person ("hi greta",
  "thank you for joining us"), a reply on its own ("yes.");
- an adjacency pair: a greeting answered by a greeting, thanks by thanks or "my pleasure", an
  introduction or a welcome by thanks ("thanks for having me");
- a presenter naming those who present with them ("i'm jane doe with john roe");
- (half) an answer opener ("yes", "no", "well") right after a question.

The evidence is counted unit by unit and stops once enough is found (a dialogue costs a few
units' look-ups).
"""

from __future__ import annotations

from collections.abc import Sequence

from .boundaries import AUX, question_at
from .phrases import Phrases
from .speakercues import DAYTIME, HELLO, SECOND_PERSON, TITLES, Unit, opens_answer
from .speakers import introduced_label
from .vocabulary import vocabulary

OPENER_WEIGHT = 0.5
"""Evidence of an answer opener after a question (lectures answer their own questions
with "well" too)."""

_SECOND = SECOND_PERSON | {"yourselves"}
_NOT_ADDRESS = frozenset("know see mean".split())
"""Words after "you" that make it a filler ("you know"), not an address."""
_DEVICE = frozenset("ask asking wonder wondering think thinking say saying imagine".split())
"""Verbs whose subject "you" poses a question the speaker answers ("you might ask")."""
_EVER = frozenset("wondered wonder imagined imagine noticed notice".split())
"""Verbs after "you ever" that put a question to an audience ("have you ever wondered")."""
_QUOTE = frozenset("said say says talk talked wrote write writes mentioned argue argued argues "
                   "describe described call called suggest suggested".split())
_REPORTING = frozenset("said says asked asks wondered wonders know knew told tells replied "
                       "replies".split())
"""Verbs that report a question (the question after them is quoted, not asked)."""
_LEADS = frozenset("and but so now".split())
_MODAL = frozenset("might may could would will".split())
_THANKS = frozenset("thank thanks".split())
_GROUP = frozenset(
    "all everyone everybody folks ladies gentlemen friends viewers listeners".split())
"""Words that turn thanks or a greeting to an audience (nobody answers it)."""
_GREETS = frozenset("hello hi hey welcome".split())
_FAREWELL = frozenset("goodbye bye goodnight".split())
_NIGHT = frozenset("night bye".split())
_INTRO_WORDS = frozenset("hear joining joins guest bring joined speak talk spoke".split())
"""A word every introduction `speakers.introduced_label` knows holds but "with me now is"
(a cheap test first)."""
_REQUEST = frozenset("tell give walk take help bring explain remind describe".split())
_US = frozenset("us me".split())
_NOT_NAME = frozenset("there and to again back the".split())
_PRESENCE = frozenset("joining being coming talking speaking doing taking making".split())
"""What a guest is thanked for (an audience is thanked for watching or listening)."""
_BACKCHANNEL = frozenset("yes yeah yep no nope right sure exactly okay ok wow absolutely indeed "
                         "correct true mhm uh-huh hello hi".split())
_REPLY_PHRASES = Phrases((("my", "pleasure"), ("pleasure",), ("good", "to", "be"),
                          ("glad", "to", "be"), ("happy", "to", "be"), ("great", "to", "be"),
                          ("nice", "to", "be")))
_WELCOME = Phrases((("joining", "us"), ("joining", "me"), ("joins", "us"), ("joins", "me"),
                    ("joined", "by"), ("welcome", "to", "the", "program"),
                    ("with", "us", "now"), ("with", "me", "now"), ("welcome",)))
"""An introduction of the other voice or a welcome to it (answered by thanks)."""


def exchange(units: Sequence[Unit], enough: float = float("inf")) -> float:
    """The exchange evidence between consecutive units, summed over the text (stopping once
    it reaches ``enough``)."""
    total = 0.0
    a: tuple[str, ...] = ()
    asked = False
    for u in units:
        if u.words:
            asks = asks_question(u)
            total += _evidence(a, u.words, asks, asked)
            if total >= enough:
                break
            a, asked = u.words, asks
    return total


def _evidence(a: Sequence[str], w: Sequence[str], asks: bool, asked: bool) -> float:
    """How much a unit (words ``w``; ``asks``: it is a question) after one with words ``a``
    (``asked``: a question) shows two voices (see the module docstring)."""
    score = 0.0
    if asks and (_quoting(a) or _REPORTING.isdisjoint(a[-8:]) and not _reported(w) and (
            _addressed(w) or _titled(w[:2]) or _titled(a[-2:]))):
        score = 1.0
    elif not _COURTESY_WORDS.isdisjoint(w[:8]) and (
            a and _pair(a, w) or _pair_within(w) or _greets_one(w) or _thanks_guest(w)):
        score = 1.0
    elif _requests(w) or (not _INTRO_WORDS.isdisjoint(w) or "with" in w and "now" in w) \
            and (introduced_label(w) is not None or _joins(w)):
        score = 1.0
    elif (w[0] == "alongside" or "i'm" in w) and _copresents(w):
        score = 1.0
    elif len(w) <= 2 and _BACKCHANNEL.issuperset(w):
        score = 1.0  # "yes.", "right.", "wow.": a reply, not a speech
    if asked and opens_answer(w):
        score += OPENER_WEIGHT
    return score


NAME_ZIPF = 5.5
"""Words at least this common (Zipf) are not taken for part of a name."""


def _copresents(w: Sequence[str]) -> bool:
    """A presenter naming those who present with them: "i'm jane doe with john roe",
    "alongside jane doe and ...": a programme of several voices."""
    if w[0] == "alongside":
        return _named(w[1:3])
    at = w.index("i'm")
    for j in range(at + 3, min(at + 6, len(w) - 1)):
        if w[j] == "with":
            return _named(w[at + 1:j - (w[j - 1] == "along")])
    return False


_JOINING = Phrases((("joining", "us"), ("joining", "me"), ("joins", "us"), ("joins", "me"),
                    ("with", "us", "now"), ("with", "me", "now")))


def _joins(w: Sequence[str]) -> bool:
    """An introduction of the next voice at the start of a unit, its "is" dropped as caption
    text drops it ("joining us now jane doe, editor of ...")."""
    at = 1 if w[0] in _LEADS or w[0] == "also" else 0
    return len(w) >= at + 4 and _JOINING.found(w[at:at + 3])


def _named(w: Sequence[str]) -> bool:
    """Two or more words that may be a name (none of them a common word)."""
    voc = vocabulary()
    return len(w) >= 2 and all(x not in voc or voc.zipf(x) < NAME_ZIPF for x in w)


def asks_question(u: Unit) -> bool:
    """A question: a question's opening at the start of the unit, or a question mark
    closing a unit that starts a sentence (one cut out of a sentence is as often the
    answerer's own)."""
    w = u.words
    return question_at(w, 0) or u.question_mark and u.strength > 0 or (
        len(w) >= 2 and w[-2] in AUX and w[-2].endswith("n't") and w[-1] in _SECOND)


def _addressed(w: Sequence[str]) -> bool:
    """Whether the words speak to "you" (not "you know", not "you might ask")."""
    if _SECOND.isdisjoint(w):
        return False
    for i, x in enumerate(w):
        if x not in _SECOND:
            continue
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if nxt in _NOT_ADDRESS or i and w[i - 1] in ("thank", "to"):
            continue
        if nxt == "ever" and i + 2 < len(w) and w[i + 2] in _EVER:
            return False  # "have you ever wondered why ...": the speaker answers it
        inverted = i and w[i - 1] in AUX  # "would you say": asked of "you"
        if not inverted and (nxt in _DEVICE or nxt in _MODAL and i + 2 < len(w)
                             and w[i + 2] in _DEVICE):
            return False  # "you might ask": the speaker's own question
        return True
    return False


def _reported(w: Sequence[str]) -> bool:
    """Whether a question is reported inside its own unit: a verb of reporting to someone
    other than "you" before its first "you" ("and so i asked her why did you price it": the
    speaker tells what was asked; "i asked you earlier, why ..." is still put to "you")."""
    for i, x in enumerate(w[:12]):
        if x in _SECOND:
            return False
        if x in _REPORTING and i + 1 < len(w) and w[i + 1] not in _SECOND:
            return not _SECOND.isdisjoint(w[i + 2:])
    return False


def _quoting(w: Sequence[str]) -> bool:
    """Whether a unit quotes "you" back before a question ("you said ...", "you talk
    about ...": an interviewer's set-up)."""
    at = 1 if w and w[0] in _LEADS else 0
    return len(w) > at + 1 and w[at] in _SECOND and w[at + 1] in _QUOTE


def _titled(w: Sequence[str]) -> bool:
    """A title among a few words at the edge of a question: said to the one asked."""
    return not TITLES.isdisjoint(w)


def courtesy(w: Sequence[str]) -> bool:
    """A greeting, welcome, thanks or farewell (to anyone: the audience too)."""
    return bool(w) and (w[0] in _GREETS or w[0] in _THANKS or w[0] in _FAREWELL
                        or w[0] == "good" and len(w) > 1 and w[1] in DAYTIME | _NIGHT)


def _closing(w: Sequence[str]) -> str | None:
    """"thanks" or "greeting" when a unit ends by thanking or greeting someone (not an
    audience), else None."""
    tail = w[-6:]
    if not tail or not _GROUP.isdisjoint(tail):
        return None
    if not _THANKS.isdisjoint(tail):
        return "thanks"
    if not HELLO.isdisjoint(tail) or any(
            x == "good" and y in DAYTIME for x, y in zip(tail, tail[1:])):
        return "greeting"
    return None


def _opening(w: Sequence[str]) -> str | None:
    """"thanks", "greeting" or "reply" when a unit opens by thanking, greeting or answering
    thanks ("my pleasure", "good to be here"), not to an audience; else None."""
    head = w[:6]
    if not head or not _GROUP.isdisjoint(head):
        return None
    if head[0] in _THANKS:
        return "thanks"
    if head[0] in HELLO or head[0] == "good" and len(head) > 1 and head[1] in DAYTIME:
        return "greeting"
    if _REPLY_PHRASES.found(head[:4]):
        return "reply"
    return None


def _requests(w: Sequence[str]) -> bool:
    """An interviewer's request at the start of a unit: "tell us", "walk me through",
    "give us a sense" (the one asked speaks next)."""
    at = 1 if w and w[0] in _LEADS else 0
    return len(w) > at + 1 and w[at] in _REQUEST and w[at + 1] in _US


def _greets_one(w: Sequence[str]) -> bool:
    """A greeting or welcome to one person by title or name ("hi greta", "welcome mr
    president"), not to an audience."""
    if len(w) < 2 or w[0] not in _GREETS or not _GROUP.isdisjoint(w[:4]):
        return False
    nxt = w[1]
    if w[0] == "welcome":
        return nxt in TITLES
    return nxt not in DAYTIME and nxt not in _NOT_NAME


def _thanks_guest(w: Sequence[str]) -> bool:
    """Thanks to someone for being there ("thank you for joining us"), not to an audience
    ("thank you all", "thanks for watching")."""
    if not w or w[0] not in _THANKS or not _GROUP.isdisjoint(w[:6]):
        return False
    try:
        at = w.index("for", 1, 5)
    except ValueError:
        return False
    return at + 1 < len(w) and w[at + 1] in _PRESENCE


def _pair_within(w: Sequence[str]) -> bool:
    """Thanks or a greeting and its answer run together in one unit (caption text without
    stops): "thank you my pleasure", "good morning good morning to you"."""
    for i in range(1, min(len(w), 8)):
        if w[i] in _REPLY_START and _closing(w[:i]) is not None \
                and _opening(w[i:]) is not None:
            return True
    return False


_COURTESY_WORDS = _THANKS | HELLO | frozenset(
    "good my pleasure glad happy great nice welcome".split())
"""Words one of the courtesy checks needs among a unit's first eight (a cheap test first)."""
_REPLY_START = _THANKS | HELLO | frozenset({"good", "my", "pleasure", "glad", "happy", "great",
                                             "nice"})


def _pair(a: Sequence[str], b: Sequence[str]) -> bool:
    """An adjacency pair across two units: a greeting or thanks answered by a greeting,
    thanks or "my pleasure"; an introduction or welcome answered by thanks."""
    second = _opening(b)
    if second is None:
        return False
    return _closing(a) is not None or second != "greeting" and _WELCOME.found(a[-12:])
